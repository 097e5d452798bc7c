#!/usr/bin/env bash
# Throughput of `review align`: the 20 readable paragraph pairs of data/demo-ko.jsonl repeated
# (fresh ids) to N pairs, aligned by the Release build under farm-bench (whole process, start-up
# included; median of the runs). Usage: bench/align.sh [N=200000] [RUNS=3]
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
echo "$n paragraph pairs, $(du -h "$work/paragraphs.jsonl" | cut -f1)"
farm-bench -n "$runs" --timeout 900 -- dotnet src/Review.Cli/bin/Release/net10.0/review.dll \
  align "$work/paragraphs.jsonl" --out "$work/aligned.jsonl" --force
echo "groups written: $(wc -l < "$work/aligned.jsonl")"
