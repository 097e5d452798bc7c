#!/usr/bin/env bash
# What the checks cost at import: the same synthetic TSV imported with the checks (the default)
# and with --no-checks, three runs each, median wall and CPU. Usage: bench/import-checks.sh [N=200000]
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-200000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/Review.Cli -nologo -v quiet >/dev/null
dotnet build -c Release bench/Review.Bench -nologo -v quiet >/dev/null
dotnet bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll generate "$n" "$work" >/dev/null

# Prints "WALL CPU" of one import into a fresh database.
import_once() {
  rm -f "$work/r.db"*
  /usr/bin/time -f "%e %U %S" -o "$work/time" dotnet src/Review.Cli/bin/Release/net10.0/review.dll \
    import "$work/synthetic-$n.tsv" --db "$work/r.db" "$@" >/dev/null
  read -r wall user sys < "$work/time"
  python3 -c "import sys; print(sys.argv[1], f'{float(sys.argv[2]) + float(sys.argv[3]):.2f}')" "$wall" "$user" "$sys"
}

median() { sort -n | sed -n 2p; }

for label in "with checks" "no checks"; do
  args=(); [ "$label" = "no checks" ] && args=(--no-checks)
  runs=$(for _ in 1 2 3; do import_once "${args[@]}"; done)
  printf '%-12s %8s pairs: wall %6ss  cpu %6ss (median of 3)\n' "$label" "$n" \
    "$(cut -d' ' -f1 <<<"$runs" | median)" "$(cut -d' ' -f2 <<<"$runs" | median)"
done
