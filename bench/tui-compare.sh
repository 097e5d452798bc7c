#!/usr/bin/env bash
# Terminal.Gui 2.5.0 (bench/TuiSpike, the review screen's "next pair" built on it) against review
# on the same data at 80x24 under tmux: bytes and write() calls per "next pair", output while idle,
# and the terminal's state after a quit, SIGTERM and SIGHUP. The figures are in docs/decisions.md;
# run this again when a new Terminal.Gui comes out.
#
#   bench/tui-compare.sh [STEPS]      (default 10 "next pair" steps; needs tmux and strace)
set -euo pipefail
cd "$(dirname "$0")/.."
steps=${1:-10}
work=$(mktemp -d)
sessions=()
cleanup() {
  for s in "${sessions[@]}"; do tmux kill-session -t "$s" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Review.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/TuiSpike -c Release -v q -nologo >/dev/null
review="$PWD/src/Review.Cli/bin/Release/net10.0/review"
spike="dotnet $PWD/bench/TuiSpike/bin/Release/net10.0/TuiSpike.dll $PWD/data/demo-ko.jsonl"
"$review" import data/demo-ko.jsonl --db "$work/demo.db" >/dev/null
declare -A apps=([review]="$review open $work/demo.db --annotator bench" [terminal-gui]="$spike")

# Waits for the first pair on screen, then 3 s more: review redraws once when the terminal answers
# its synchronized-output question and when the first frame's notice times out.
wait_for_frame() {
  for _ in $(seq 60); do
    tmux capture-pane -p -t "$1" 2>/dev/null | grep -q 'pair 1 of' && break
    sleep 0.5
  done
  sleep 3
}

# Sums the bytes of write()/writev() calls to stdout in trace lines FROM..TO: "calls bytes".
writes() {
  sed -n "$2,$3p" "$1" | grep -E '^[0-9]+ +(write|writev)\(1,' | sed -E 's/.*= ([0-9]+)$/\1/' |
    awk '{n++; b+=$1} END {printf "%d %d\n", n, b}'
}

traffic() {
  local name=$1 session="tuicmp-$$-traffic-$1" trace="$work/$1.trace"
  sessions+=("$session")
  tmux new-session -d -s "$session" -x 80 -y 24 "strace -f -qq -e trace=write,writev -e signal=none -s 0 -o $trace ${apps[$name]}; sleep 600"
  wait_for_frame "$session"
  local start; start=$(wc -l < "$trace")
  sleep 10                                  # idle: no key pressed
  local idle_end; idle_end=$(wc -l < "$trace")
  for _ in $(seq "$steps"); do tmux send-keys -t "$session" j; sleep 0.5; done
  sleep 1
  local end; end=$(wc -l < "$trace")
  tmux send-keys -t "$session" q
  read -r idle_calls idle_bytes < <(writes "$trace" $((start + 1)) "$idle_end")
  read -r step_calls step_bytes < <(writes "$trace" $((idle_end + 1)) "$end")
  # The steps window lasts steps*0.5+1 s; what the app sends idle in that time is not the step's.
  local idle_rate; idle_rate=$(awk -v b="$idle_bytes" 'BEGIN {printf "%.0f", b / 10}')
  local net; net=$(awk -v b="$step_bytes" -v r="$idle_rate" -v s="$steps" 'BEGIN {v = (b - r * (s * 0.5 + 1)) / s; printf "%.0f", v < 0 ? 0 : v}')
  printf '%-13s next pair: %6.0f bytes in %5.1f write() calls each (%s bytes net of idle output); idle: %s bytes/s in %s calls over 10 s\n' \
    "$name" "$(awk -v b="$step_bytes" -v s="$steps" 'BEGIN {print b / s}')" "$(awk -v c="$step_calls" -v s="$steps" 'BEGIN {print c / s}')" \
    "$net" "$idle_rate" "$idle_calls"
}

# The terminal after the app ends by q, SIGTERM or SIGHUP: termios as before, and tmux's view of
# the modes it tracks (alternate screen, cursor shown, keypad modes, mouse reporting).
restore() {
  local name=$1 how=$2 session="tuicmp-$$-restore-$1-$2"
  sessions+=("$session")
  rm -f "$work/before" "$work/after"
  tmux new-session -d -s "$session" -x 80 -y 24 "stty -g > $work/before; ${apps[$name]}; stty -g > $work/after; sleep 600"
  wait_for_frame "$session"
  local pid; pid=$(pgrep -n -f "${apps[$name]}" || true)
  case $how in
    quit) tmux send-keys -t "$session" q ;;
    TERM | HUP) kill -"$how" "$pid" ;;
  esac
  local waited=0
  while [ ! -s "$work/after" ] && [ $waited -lt 8 ]; do sleep 1; waited=$((waited + 1)); done
  local verdict
  if [ ! -s "$work/after" ]; then
    verdict="still running after 8 s ($(ps -o %cpu= -p "$pid" | tr -d ' ')% CPU); killed"
    kill -9 "$pid" 2>/dev/null || true
    sleep 1
  else
    local modes; modes=$(tmux display -p -t "$session" 'alternate=#{alternate_on} cursor=#{cursor_flag} keypad=#{keypad_flag} keypad_cursor=#{keypad_cursor_flag} mouse=#{mouse_any_flag}')
    local termios=same; cmp -s "$work/before" "$work/after" || termios=CHANGED
    verdict="termios $termios; $modes"
  fi
  printf '%-13s after %-5s %s\n' "$name" "$how" "$verdict"
}

echo "tui-compare $(date -u +%F) at 80x24, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for app in review terminal-gui; do traffic "$app"; done
for app in review terminal-gui; do for how in quit TERM HUP; do restore "$app" "$how"; done; done
echo "(review restores to: alternate=0 cursor=1 keypad=0 keypad_cursor=0 mouse=0 and the same termios)"
