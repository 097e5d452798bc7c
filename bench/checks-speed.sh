#!/usr/bin/env bash
# The checks' three speed figures (issue 13), with the load average before and after each:
#  1. `review check` over a database of N synthetic pairs: pairs/s (wall, both cores) and pairs
#     per CPU-second;
#  2. the import's checks overhead: bench/import-checks.sh N (with checks against --no-checks);
#  3. one pair of 40,000 numbers a side (80,000 with the decimals), one in a thousand changed, imported
#     with the checks against the same with the number check off (a review.toml next to the
#     database), median of three each.
# Usage: bench/checks-speed.sh [N=200000]
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-200000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
review=(dotnet src/Review.Cli/bin/Release/net10.0/review.dll)

dotnet build -c Release src/Review.Cli -nologo -v quiet >/dev/null
dotnet build -c Release bench/Review.Bench -nologo -v quiet >/dev/null
dotnet bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll generate "$n" "$work" >/dev/null

load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -n | sed -n 2p; }

# Prints "WALL CPU" of one command.
timed() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null
  read -r wall user sys < "$work/time"
  python3 -c "import sys; print(sys.argv[1], f'{float(sys.argv[2]) + float(sys.argv[3]):.2f}')" "$wall" "$user" "$sys"
}

echo "1. review check, $n pairs (load before: $(load))"
"${review[@]}" import "$work/synthetic-$n.tsv" --db "$work/check.db" --no-checks >/dev/null
runs=$(for _ in 1 2 3; do timed "${review[@]}" check --db "$work/check.db"; done)
wall=$(cut -d' ' -f1 <<<"$runs" | median)
cpu=$(cut -d' ' -f2 <<<"$runs" | median)
python3 -c "import sys; n,w,c=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print(f'   wall {w:.2f} s: {n/w:,.0f} pairs/s; cpu {c:.2f} s: {n/c:,.0f} pairs per CPU-second (median of 3)')" "$n" "$wall" "$cpu"
echo "   load after: $(load)"

echo "2. import with and without the checks (load before: $(load))"
bench/import-checks.sh "$n" | sed 's/^/   /'
echo "   load after: $(load)"

echo "3. one pair of 40,000 numbers a side (load before: $(load))"
python3 - "$work/numbers.tsv" <<'EOF'
import sys
# A faithful translation with one number in a thousand changed: the matching runs on every number,
# and about 80 findings are stored, as a reviewer would see on a real long pair.
source = " ".join(f"item {i} costs {i}.5," for i in range(40000))
target = " ".join(f"항목 {i + (i % 1000 == 999)}의 값 {i}.5," for i in range(40000))
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("source\ttarget\n" + source + "\t" + target + "\n")
EOF
for label in "all checks" "number off"; do
  mkdir -p "$work/$label"
  [ "$label" = "number off" ] && printf '[check.number]\nenabled = false\n' > "$work/$label/review.toml"
  runs=$(for _ in 1 2 3; do rm -f "$work/$label/n.db"*; timed "${review[@]}" import "$work/numbers.tsv" --db "$work/$label/n.db"; done)
  printf '   %-10s wall %6ss  cpu %6ss (median of 3)\n' "$label" "$(cut -d' ' -f1 <<<"$runs" | median)" "$(cut -d' ' -f2 <<<"$runs" | median)"
done
echo "   load after: $(load)"
