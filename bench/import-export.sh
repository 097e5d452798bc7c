#!/usr/bin/env bash
# Import and export speed of `review` against the sqlite3 shell on the same synthetic TSV, and
# peak memory at each size, to show it levels off; each figure is the faster of two runs.
# Usage: bench/import-export.sh [SIZE...]   (default: 10000 200000 1000000)
# Needs sqlite3 (apt-get install sqlite3) and GNU time (/usr/bin/time). Work files go to
# $BENCH_DIR (default: a fresh temporary folder, removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 200000 1000000)
work=${BENCH_DIR:-$(mktemp -d)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

dotnet build -c Release src/Review.Cli -nologo -v quiet >/dev/null
dotnet build -c Release bench/Review.Bench -nologo -v quiet >/dev/null
review=(dotnet src/Review.Cli/bin/Release/net10.0/review.dll)
generate=(dotnet bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll generate)

# Runs a command under GNU time; prints "WALL_SECONDS CPU_SECONDS PEAK_KIB". CPU time (user + sys) is
# reported too because on a shared machine wall time mostly measures the neighbours.
measure_once() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  read -r wall user sys kib < "$work/time"
  python3 -c "import sys; print(sys.argv[1], f'{float(sys.argv[2]) + float(sys.argv[3]):.2f}', sys.argv[4])" "$wall" "$user" "$sys" "$kib"
}

# The faster of two runs of "$@" after running "$CLEAN" before each, so that one run slowed by the
# kernel still writing back the previous step's files does not decide the ratio (both tools get it).
measure() {
  local first second
  eval "$CLEAN"; first=$(measure_once "$@")
  eval "$CLEAN"; second=$(measure_once "$@")
  python3 -c "import sys; a, b = sys.argv[1].split(), sys.argv[2].split(); print(' '.join(min(a, b, key=lambda r: float(r[0]))))" "$first" "$second"
}

ratio() { python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{a / b:.2f}x' if b else 'n/a')" "$1" "$2"; }

# report N WHAT REVIEW_WALL REVIEW_CPU OTHER_NAME OTHER_WALL OTHER_CPU REVIEW_PEAK_KIB
report() {
  printf '%8s pairs %s: review %7.2fs (cpu %7.2fs)  %s %7.2fs (cpu %7.2fs)  ratio wall %s cpu %s  review peak RSS %s MiB\n' \
    "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$(ratio "$3" "$6")" "$(ratio "$4" "$7")" $(($8 / 1024))
}

run_size() {
  local n=$1
  local tsv="$work/synthetic-$n.tsv"
  [ -f "$tsv" ] || "${generate[@]}" "$n" "$work" >/dev/null
  # --no-checks: sqlite3 .import only stores rows; what the checks add is measured by bench/import-checks.sh.
  CLEAN="rm -f '$work/review-$n.db'*"
  read -r review_import review_import_cpu review_import_kib < <(measure "${review[@]}" import "$tsv" --db "$work/review-$n.db" --no-checks)
  CLEAN="rm -f '$work/sqlite-$n.db'"
  read -r sqlite_import_s sqlite_import_cpu _ < <(measure sqlite3 "$work/sqlite-$n.db" \
    "CREATE TABLE pairs (id TEXT, source TEXT, target TEXT, suggestion TEXT);" ".mode csv" ".separator \"\t\"" ".import --skip 1 $tsv pairs")
  CLEAN="rm -f '$work/out-$n.jsonl'"
  read -r review_export review_export_cpu review_export_kib < <(measure "${review[@]}" export --db "$work/review-$n.db" --out "$work/out-$n.jsonl")
  CLEAN="rm -f '$work/out-$n.json'"
  read -r sqlite_export sqlite_export_cpu _ < <(measure sh -c "sqlite3 -json '$work/sqlite-$n.db' 'SELECT * FROM pairs' > '$work/out-$n.json'")
  local imported
  imported=$(sqlite3 "$work/review-$n.db" "SELECT count(*) FROM pairs")
  report "$n" import "$review_import" "$review_import_cpu" "sqlite3 .import" "$sqlite_import_s" "$sqlite_import_cpu" "$review_import_kib"
  report "$n" export "$review_export" "$review_export_cpu" "sqlite3 -json  " "$sqlite_export" "$sqlite_export_cpu" "$review_export_kib"
  [ "$imported" -eq "$n" ] || { echo "review imported $imported of $n pairs" >&2; exit 1; }
}

echo "review import/export vs sqlite3 $(sqlite3 --version | cut -d' ' -f1), $(nproc) cores"
for n in "${sizes[@]}"; do run_size "$n"; done
