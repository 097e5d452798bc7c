#!/usr/bin/env bash
# The fault figures of issue 16 counted on the real binary, for the faults that need no mount (the disk-full
# and read-only cases need root and mount(8): they are in tests/Review.Cli.Tests/Faults, run with
#   dotnet test tests/Review.Cli.Tests --filter "FullyQualifiedName~Review.Cli.Tests.Faults").
#   - FLIPS single-byte flips spread across a database (as PageFlipTests spreads them), each followed by
#     `stats`, `export` and `check`: stack traces, failures that are not one `review:` line, exports that
#     failed yet left an output or a temp file behind;
#   - KILLS `kill -9` of a JSONL export and of a Moses export with --force over an older one, each
#     followed by a second export: temp files left after that export, Moses .en/.ko pairs with different
#     line counts (mixed), and outputs with the wrong number of records (half-written).
# Usage: bench/fault-counts.sh [FLIPS] [KILLS]   (defaults 30 and 10; builds Release; prints counts, all must be 0)
set -euo pipefail
cd "$(dirname "$0")/.."
flips=${1:-30}
kills=${2:-10}
dotnet build -c Release src/Review.Cli -v q -nologo >/dev/null
review=(dotnet "$PWD/src/Review.Cli/bin/Release/net10.0/review.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
def pairs(path, count, padding=0):
    with open(path, "w") as out:
        for i in range(1, count + 1):
            out.write(json.dumps({"id": f"fault-{i:06}", "source": f"Sentence number {i} is about faults." + "x" * padding,
                                  "target": f"문장 {i}번은 오류에 관한 것이다."}, ensure_ascii=False) + "\n")
pairs(f"{w}/small.jsonl", 200)
pairs(f"{w}/big.jsonl", 40000, padding=1500)
PY

failed=0 traces=0 not_one_line=0 half_written=0 stale=0 mixed=0 runs=0
count_run() { # exit code, stderr file, output path (or "") that must not exist after a failure
  local code=$1 err=$2 out=$3
  runs=$((runs + 1))
  if grep -q -e "   at " -e "Unhandled exception" "$err"; then traces=$((traces + 1)); fi
  if [ "$code" -ne 0 ]; then
    failed=$((failed + 1))
    if [ "$(grep -c . "$err")" -ne 1 ] || ! head -1 "$err" | grep -q "^review: "; then not_one_line=$((not_one_line + 1)); fi
    if [ -n "$out" ] && [ -e "$out" ]; then half_written=$((half_written + 1)); fi
  fi
}
temp_files() { find "$1" -maxdepth 1 \( -name '*.review-tmp' -o -name '*.review-old' \) | wc -l; }

# Byte flips
"${review[@]}" import "$work/small.jsonl" --db "$work/pristine.db" --no-checks >/dev/null
size=$(stat -c %s "$work/pristine.db")
for ((flip = 0; flip < flips; flip++)); do
  dir="$work/flip$flip"; mkdir "$dir"; cp "$work/pristine.db" "$dir/flipped.db"
  offset=$(( size * flip / flips + 37 + flip * 131 % 997 ))
  python3 -c "import sys; p=sys.argv[1]; o=int(sys.argv[2]); b=bytearray(open(p,'rb').read()); b[o]^=0xFF; open(p,'wb').write(b)" "$dir/flipped.db" "$offset"
  set +e
  "${review[@]}" stats --db "$dir/flipped.db" >/dev/null 2>"$dir/err1"; count_run $? "$dir/err1" ""
  "${review[@]}" export --db "$dir/flipped.db" --out "$dir/out.jsonl" >/dev/null 2>"$dir/err2"; count_run $? "$dir/err2" "$dir/out.jsonl"
  "${review[@]}" check --db "$dir/flipped.db" >/dev/null 2>"$dir/err3"; count_run $? "$dir/err3" ""
  set -e
  stale=$((stale + $(temp_files "$dir")))
done
echo "byte flips: $flips flips x (stats, export, check) = $runs runs, $failed refused with a message, the others succeeded"

# kill -9 mid-export, then a second export
"${review[@]}" import "$work/big.jsonl" --db "$work/big.db" --no-checks >/dev/null
killed=0
kill_mid_export() { # folder, export arguments...
  local dir=$1; shift
  "${review[@]}" export --db "$work/big.db" "$@" >/dev/null 2>&1 &
  local pid=$! waited=0
  while [ "$(temp_files "$dir")" -eq 0 ] && kill -0 "$pid" 2>/dev/null && [ $waited -lt 6000 ]; do sleep 0.01; waited=$((waited + 1)); done
  if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2>/dev/null || true
}
mkdir "$work/kill"
"${review[@]}" import "$work/small.jsonl" --db "$work/older.db" --no-checks >/dev/null
"${review[@]}" export --db "$work/older.db" --out "$work/kill/corpus" --format moses >/dev/null
for ((k = 0; k < kills; k++)); do
  kill_mid_export "$work/kill" --out "$work/kill/out.jsonl" --force
  kill_mid_export "$work/kill" --out "$work/kill/corpus" --format moses --force
  # Whatever the kill left, the folder holds the whole older Moses pair or the whole new one.
  if [ "$(wc -l < "$work/kill/corpus.en")" -ne "$(wc -l < "$work/kill/corpus.ko")" ]; then mixed=$((mixed + 1)); fi
done
left_before=$(temp_files "$work/kill")
set +e
"${review[@]}" export --db "$work/big.db" --out "$work/kill/out.jsonl" --force >/dev/null 2>"$work/kill.err"; count_run $? "$work/kill.err" ""
"${review[@]}" export --db "$work/big.db" --out "$work/kill/corpus" --format moses --force >/dev/null 2>"$work/kill2.err"; count_run $? "$work/kill2.err" ""
set -e
stale=$((stale + $(temp_files "$work/kill")))
if [ "$(wc -l < "$work/kill/out.jsonl")" -ne 40000 ]; then half_written=$((half_written + 1)); fi
if [ "$(wc -l < "$work/kill/corpus.en")" -ne 40000 ] || [ "$(wc -l < "$work/kill/corpus.ko")" -ne 40000 ]; then mixed=$((mixed + 1)); fi
echo "kill -9: $killed of $((2 * kills)) exports killed mid-write (JSONL and Moses --force over an older pair); $left_before temp files left by the kills before the next export"

echo "stack traces: $traces (of $runs runs)"
echo "failures that were not one review: line: $not_one_line"
echo "half-written outputs: $half_written"
echo "mixed Moses pairs: $mixed"
echo "stale temp files after the next export: $stale"
