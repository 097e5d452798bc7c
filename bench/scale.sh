#!/usr/bin/env bash
# How review's costs grow with the corpus: for each size, import (with and without the checks,
# against sqlite3 .import of the same TSV), first frame, first key, next-pair p50/p99 and peak
# memory on the screen (bench/screen-timing.py, a real pty), stats, export and their peak memory.
# One run per figure: a 10M-pair database is ~5 GB and its import takes minutes.
# Usage: bench/scale.sh [SIZE...]   (default: 1000000 10000000; check `df -h` first)
# REVIEW=path/to/review picks the binary (default: the Native AOT publish, built here when missing);
# GENERATOR=path/to/Review.Bench.dll an already built corpus generator.
# Needs sqlite3, GNU time (/usr/bin/time), python3, clang and zlib1g-dev (for the AOT publish).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)
work=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

review=${REVIEW:-src/Review.Cli/bin/Release/net10.0/linux-x64/publish/review}
[ -x "$review" ] || dotnet publish src/Review.Cli -c Release -r linux-x64 -nologo -v quiet >/dev/null
generator=${GENERATOR:-bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll}
[ -f "$generator" ] || dotnet build -c Release bench/Review.Bench -nologo -v quiet >/dev/null
generate=(dotnet "$generator" generate)

# "WALL_S PEAK_MIB" of one run of "$@" (its output goes to $work/out).
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r wall kib < "$work/time"
  echo "$wall $((kib / 1024))"
}

ratio() { python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{a / b:.2f}x')" "$1" "$2"; }

echo "review scale: $($review --version), sqlite3 $(sqlite3 --version | cut -d' ' -f1), $(nproc) cores, $(date -u +%F), load $(cut -d' ' -f1-3 /proc/loadavg)"
read -r version_s _ < <(measure "$review" --version)
echo "--version: ${version_s}s"
for n in "${sizes[@]}"; do
  tsv="$work/synthetic-$n.tsv"
  [ -f "$tsv" ] || "${generate[@]}" "$n" "$work" >/dev/null
  rm -f "$work/sqlite-$n.db"
  read -r sqlite_s _ < <(measure sqlite3 "$work/sqlite-$n.db" \
    "CREATE TABLE pairs (id TEXT, source TEXT, target TEXT, suggestion TEXT);" ".mode csv" ".separator \"\t\"" ".import --skip 1 $tsv pairs")
  rm -f "$work/sqlite-$n.db"
  rm -f "$work/plain-$n.db"*
  read -r plain_s plain_mib < <(measure "$review" import "$tsv" --db "$work/plain-$n.db" --no-checks)
  rm -f "$work/plain-$n.db"*
  db="$work/review-$n.db"
  rm -f "$db"*
  read -r checked_s checked_mib < <(measure "$review" import "$tsv" --db "$db")
  screen=$(python3 bench/screen-timing.py "$db" 200 -- "$review" open)
  read -r stats_s stats_mib < <(measure "$review" stats --db "$db")
  read -r export_s export_mib < <(measure "$review" export --db "$db" --out "$work/out-$n.jsonl")
  rm -f "$work/out-$n.jsonl"
  printf '%9s pairs: import %ss (%s MiB) with checks = %s of sqlite3 .import %ss; --no-checks %ss = %s\n' \
    "$n" "$checked_s" "$checked_mib" "$(ratio "$checked_s" "$sqlite_s")" "$sqlite_s" "$plain_s" "$(ratio "$plain_s" "$sqlite_s")"
  printf '%9s pairs: screen %s\n' "$n" "$screen"
  printf '%9s pairs: stats %ss (%s MiB), export %ss (%s MiB), database %s\n' \
    "$n" "$stats_s" "$stats_mib" "$export_s" "$export_mib" "$(du -h "$db" | cut -f1)"
  rm -f "$db"* "$tsv"
done
