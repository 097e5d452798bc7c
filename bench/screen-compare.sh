#!/usr/bin/env bash
# The screen figures of two commits side by side: builds each commit's bench project in its own
# worktree, then runs the in-process screen benchmarks (keystroke latency, bytes per frame, first
# frame) for each in turn, A B A B, so both sides see the same machine. Each side gets its own temp
# folder, so each builds its 1M-pair database with its own schema.
#   bench/screen-compare.sh BEFORE [AFTER] [ROUNDS]     e.g. bench/screen-compare.sh 0f25374 HEAD 2
set -euo pipefail
before=${1:?usage: bench/screen-compare.sh BEFORE [AFTER] [ROUNDS]}
after=${2:-HEAD}
rounds=${3:-2}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'for s in before after; do git -C "$root" worktree remove --force "$work/$s" 2>/dev/null || true; done' EXIT

for side in before after; do
  git -C "$root" worktree add -q --detach "$work/$side" "${!side}"
  dotnet build -c Release "$work/$side/bench/Review.Bench" -nologo -v q >/dev/null
  mkdir -p "$work/$side-tmp"
done

for round in $(seq "$rounds"); do
  for side in before after; do
    out="$work/$side-$round"
    (cd "$work/$side" && TMPDIR="$work/$side-tmp" dotnet run -c Release --no-build --project bench/Review.Bench -- \
      --filter '*ScreenKeystroke*' '*ScreenTraffic*' '*ScreenFirstFrame*' --artifacts "$out" >"$out.log" 2>&1)
    echo "## $side (${!side}), round $round"
    cat "$out"/results/*-report-github.md | grep -E '^\|' | grep -v -- '---'
    grep -h '// screen-traffic' "$out.log" || true
  done
done
