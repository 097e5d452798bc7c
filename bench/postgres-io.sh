#!/usr/bin/env bash
# review's import and export on PostgreSQL at 1M pairs, side by side with what they are measured against,
# on a throwaway server of its own (Debian's postgresql 15, default durability: fsync and
# synchronous_commit on), over TCP on loopback:
#  - import of N pairs into a new corpus, as a user runs it (with the checks) and with --no-checks,
#    against psql \copy of the same TSV into a plain 4-column table; runs alternate
#    (review, review --no-checks, \copy), median of RUNS each, every run into an empty schema/table;
#  - for each: wall time, the client's CPU (user+sys) and the server backends' CPU (the postmaster's
#    reaped children), so that a ratio can be read as client work or server work;
#  - export of the N pairs to JSONL from PostgreSQL and from an SQLite file of the same corpus:
#    wall time and peak RSS (GNU time), to show memory stays flat on both.
# Usage: bench/postgres-io.sh [N] [RUNS]   (default 1000000 3). Run as root (the server runs as postgres).
# REVIEW="command" picks the binary (default: the Native AOT publish, built when missing);
# TSV=path an already generated corpus (bench/Review.Bench generate N FOLDER).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
runs=${2:-3}
work=$(mktemp -d /tmp/review-pgio-XXXXXX)
source bench/pg-server.sh
cleanup() { pg_server_stop; rm -rf "$work"; }
trap cleanup EXIT

if [ -n "${REVIEW:-}" ]; then
  read -ra review <<< "$REVIEW"
else
  review=(src/Review.Cli/bin/Release/net10.0/linux-x64/publish/review)
  [ -x "${review[0]}" ] || dotnet publish src/Review.Cli -c Release -r linux-x64 -nologo -v quiet >/dev/null
fi

pg_server_start

tsv=${TSV:-$work/synthetic-$n.tsv}
if [ ! -f "$tsv" ]; then
  dotnet build -c Release bench/Review.Bench -nologo -v quiet >/dev/null
  dotnet bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll generate "$n" "$work" >/dev/null
fi
chmod a+r "$tsv"
url="postgresql://postgres@127.0.0.1:$port/bench"

# CPU seconds of the server's backends that have exited so far (utime+stime of reaped children).
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{print ($16 + $17) / hz}' "/proc/$postmaster/stat"; }

# "WALL_S CLIENT_CPU_S SERVER_CPU_S PEAK_MIB" of one run of "$@".
measure() {
  local before
  before=$(server_cpu)
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  sleep 1 # the backend exits after the client disconnects
  read -r wall user sys kib < "$work/time"
  python3 -c "import sys; w, u, s, k, b, a = sys.argv[1:]; print(w, f'{float(u) + float(s):.1f}', f'{float(a) - float(b):.1f}', int(k) // 1024)" \
    "$wall" "$user" "$sys" "$kib" "$before" "$(server_cpu)"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column() { local i=$1; shift; printf '%s\n' "$@" | awk -v i="$i" '{print $i}'; }

echo "review on PostgreSQL, import and export: $("${review[@]}" --version), $(psql -V), $(nproc) cores, $(date -u '+%F %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
checked=() unchecked=() copied=()
for run in $(seq "$runs"); do
  psql -q -c "DROP SCHEMA IF EXISTS corpus CASCADE" >/dev/null
  checked+=("$(measure "${review[@]}" import "$tsv" --db "$url?schema=corpus")")
  psql -q -c "DROP SCHEMA IF EXISTS corpus CASCADE" >/dev/null
  unchecked+=("$(measure "${review[@]}" import "$tsv" --db "$url?schema=corpus" --no-checks)")
  psql -q -c "DROP TABLE IF EXISTS plain; CREATE TABLE plain (id text, source text, target text, suggestion text)" >/dev/null
  copied+=("$(measure psql -q -c "\\copy plain FROM '$tsv' WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', HEADER)")")
done
report() {
  local name=$1; shift
  printf '  %-28s wall %6ss (runs: %s)  client CPU %5ss  server CPU %5ss  peak %s MiB\n' "$name" \
    "$(median $(column 1 "$@"))" "$(column 1 "$@" | paste -sd' ')" "$(median $(column 2 "$@"))" "$(median $(column 3 "$@"))" "$(median $(column 4 "$@"))"
}
echo "import of $n pairs into an empty corpus, median of $runs alternating runs:"
report "review import" "${checked[@]}"
report "review import --no-checks" "${unchecked[@]}"
report "psql \\copy (plain table)" "${copied[@]}"
c=$(median $(column 1 "${copied[@]}"))
printf '  ratio to \\copy: %.2fx with the checks, %.2fx with --no-checks\n' \
  "$(python3 -c "print($(median $(column 1 "${checked[@]}")) / $c)")" "$(python3 -c "print($(median $(column 1 "${unchecked[@]}")) / $c)")"

# The SQLite file of the same corpus, for the export beside it.
measure "${review[@]}" import "$tsv" --db "$work/corpus.db" --no-checks >/dev/null
echo "export of $n pairs to JSONL (one run each; corpus imported --no-checks into both):"
read -r w _ _ mib < <(measure "${review[@]}" export --db "$url?schema=corpus" --out "$work/pg.jsonl")
echo "  PostgreSQL: ${w}s, peak RSS ${mib} MiB"
read -r w _ _ mib < <(measure "${review[@]}" export --db "$work/corpus.db" --out "$work/sqlite.jsonl")
echo "  SQLite:     ${w}s, peak RSS ${mib} MiB"
cmp -s "$work/pg.jsonl" "$work/sqlite.jsonl" && echo "  the two exports are identical ($(stat -c %s "$work/pg.jsonl") bytes)" \
  || echo "  the two exports DIFFER"
