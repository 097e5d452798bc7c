#!/usr/bin/env bash
# review on PostgreSQL at 1M pairs, on a throwaway server of its own (Debian's postgresql 15, default
# durability: fsync on, synchronous_commit on), over TCP on loopback:
#  - import of N pairs (binary COPY in one transaction) against psql \copy of the same TSV into a plain
#    table, alternating A B A B, median of RUNS runs each (each run starts from an empty schema/table);
#  - "next pair" through the queue (ClaimNextPending) p50/p99 with 1 and with 8 annotators, each on a
#    connection of its own (bench/Review.Bench claimlatency);
#  - the review screen through a real pty (bench/screen-timing.py): first frame, next pair p50/p99, peak RSS.
# Usage: bench/postgres.sh [N] [RUNS]   (default 1000000 3). Run as root (the server runs as postgres).
# REVIEW=path/to/review picks the binary (default: the Native AOT publish, built when missing);
# TSV=path an already generated corpus (bench/Review.Bench generate N FOLDER).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
runs=${2:-3}
work=$(mktemp -d /tmp/review-pgbench-XXXXXX)
source bench/pg-server.sh
cleanup() { pg_server_stop; rm -rf "$work"; }
trap cleanup EXIT

review=${REVIEW:-src/Review.Cli/bin/Release/net10.0/linux-x64/publish/review}
[ -x "$review" ] || dotnet publish src/Review.Cli -c Release -r linux-x64 -nologo -v quiet >/dev/null
benchdll=bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll
dotnet build -c Release bench/Review.Bench -nologo -v quiet >/dev/null

pg_server_start

tsv=${TSV:-$work/synthetic-$n.tsv}
[ -f "$tsv" ] || dotnet "$benchdll" generate "$n" "$work" >/dev/null
chmod a+r "$tsv"
url="postgresql://postgres@127.0.0.1:$port/bench"

# "WALL_S PEAK_MIB" of one run of "$@".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r wall kib < "$work/time"
  echo "$wall $((kib / 1024))"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "review on PostgreSQL: $($review --version), $(psql -V), $(nproc) cores, $(date -u +%F), load $(cut -d' ' -f1-3 /proc/loadavg)"
review_s=() copy_s=() review_mib=()
for run in $(seq "$runs"); do
  psql -q -c "DROP SCHEMA IF EXISTS corpus CASCADE" >/dev/null
  read -r s mib < <(measure "$review" import "$tsv" --db "$url?schema=corpus" --no-checks)
  review_s+=("$s") review_mib+=("$mib")
  psql -q -c "DROP TABLE IF EXISTS plain; CREATE TABLE plain (id text, source text, target text, suggestion text)" >/dev/null
  read -r s _ < <(measure psql -q -c "\\copy plain FROM '$tsv' WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', HEADER)")
  copy_s+=("$s")
done
ri=$(median "${review_s[@]}") ci=$(median "${copy_s[@]}")
printf '%s pairs: review import %ss (median of %s: %s; peak %s MiB), psql \\copy %ss (%s) = %.2fx\n' \
  "$n" "$ri" "$runs" "${review_s[*]}" "$(median "${review_mib[@]}")" "$ci" "${copy_s[*]}" "$(python3 -c "print($ri / $ci)")"

psql -q -c "VACUUM ANALYZE corpus.pairs" >/dev/null
echo "next pair (ClaimNextPending), $n pairs:"
dotnet "$benchdll" claimlatency "$url?schema=corpus" 1 2000
dotnet "$benchdll" claimlatency "$url?schema=corpus" 8 500
echo "screen: $(python3 bench/screen-timing.py "$url?schema=corpus" 200 -- "$review" open)"
