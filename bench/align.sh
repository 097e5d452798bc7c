#!/usr/bin/env bash
# Throughput of `review align`: the 20 readable paragraph pairs of data/demo-ko.jsonl repeated
# (fresh ids) to N pairs, aligned by the Release build (whole process, start-up and tuning
# included), RUNS times under GNU time. Prints each run's wall and CPU seconds, the paragraph pairs
# per second of wall time (the issue's figure: both cores) and per CPU-second, then the medians.
# Usage: bench/align.sh [N=200000] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-200000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/Review.Cli -nologo -v quiet >/dev/null
python3 - "$n" "$work/paragraphs.jsonl" <<'PY'
import json, sys
n, out = int(sys.argv[1]), sys.argv[2]
pairs = [json.loads(line) for line in open("data/demo-ko.jsonl", encoding="utf-8")]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        p = pairs[i % len(pairs)]
        f.write(json.dumps({"id": f"p{i}", "source": p["source"], "target": p["target"]}, ensure_ascii=False) + "\n")
PY
echo "$n paragraph pairs, $(du -h "$work/paragraphs.jsonl" | cut -f1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.$run" \
    dotnet src/Review.Cli/bin/Release/net10.0/review.dll align "$work/paragraphs.jsonl" --out "$work/aligned.jsonl" --force >/dev/null
  read -r wall user sys peak < "$work/time.$run"
  awk -v n="$n" -v run="$run" -v wall="$wall" -v user="$user" -v sys="$sys" -v peak="$peak" 'BEGIN {
    cpu = user + sys
    printf "run %d: wall %.2f s, cpu %.2f s, peak %.0f MiB: %.0f pairs/s, %.0f pairs per cpu-second\n", run, wall, cpu, peak / 1024, n / wall, n / cpu }'
done
python3 - "$n" "$work"/time.* <<'PY'
import statistics, sys
n = int(sys.argv[1])
runs = [[float(x) for x in open(f).read().split()] for f in sys.argv[2:]]
wall = statistics.median(r[0] for r in runs)
cpu = statistics.median(r[1] + r[2] for r in runs)
print(f"median: wall {wall:.2f} s = {n / wall:,.0f} paragraph pairs/s; cpu {cpu:.2f} s = {n / cpu:,.0f} pairs per cpu-second")
PY
echo "groups written: $(wc -l < "$work/aligned.jsonl"), load average after $(cut -d' ' -f1-3 /proc/loadavg)"
