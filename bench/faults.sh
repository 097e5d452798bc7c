#!/usr/bin/env bash
# The costs issue 16 bounds, measured on the real binary (GNU time for wall time and peak memory):
#   a 7 MB TMX of a million nested <g>, a 1 MB pair of 62,000 short lines (with and without numbers,
#   since the number check is the checks issue's), and the review screen on a 5 MB pair (per key).
#   CPU time is printed beside wall time (on a loaded machine wall time is mostly waiting for a core), and a
#   one-pair import gives the cost of starting the process, which every import pays.
# Usage: bench/faults.sh   (builds Release; writes its inputs under a temp folder it removes)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Review.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/Review.Bench -v q -nologo >/dev/null
review=(dotnet src/Review.Cli/bin/Release/net10.0/review.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
n = 1_000_000
open(f"{w}/nested.tmx", "w").write('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>'
    + "<g>" * n + "x" + "</g>" * n + '</seg></tuv><tuv xml:lang="ko"><seg>y</seg></tuv></tu></body></tmx>')
for name, line_en, line_ko in [("lines-numbers", "Line {} ok.", "줄 {} 확인."), ("lines-words", "Line ok here.", "줄 확인.")]:
    src = "\n".join(line_en.format(i) for i in range(62000))
    tgt = "\n".join(line_ko.format(i) for i in range(62000))
    open(f"{w}/{name}.jsonl", "w").write(json.dumps({"id": "big", "source": src, "target": tgt}, ensure_ascii=False) + "\n")
open(f"{w}/one.jsonl", "w").write(json.dumps({"id": "one", "source": "Line 1 ok.", "target": "줄 1 확인."}, ensure_ascii=False) + "\n")
PY

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label: %e s, %U s user + %S s sys, %M KB peak" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  cat "$work/time" | grep -v "exited with"
  head -c 200 "$work/err"; echo
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "nested TMX (7 MB, 1M nested <g>)" "${review[@]}" import "$work/nested.tmx" --db "$work/n.db"
measure "one short pair (start-up)" "${review[@]}" import "$work/one.jsonl" --db "$work/o.db"
measure "62,000 short lines, no numbers" "${review[@]}" import "$work/lines-words.jsonl" --db "$work/w.db"
measure "62,000 short lines, no numbers, --no-checks" "${review[@]}" import "$work/lines-words.jsonl" --db "$work/w2.db" --no-checks
measure "62,000 short lines with a number each (number check)" timeout 120 "${review[@]}" import "$work/lines-numbers.jsonl" --db "$work/l.db"
echo "review screen, 5 MB pair (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
dotnet bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll bigpair 5
