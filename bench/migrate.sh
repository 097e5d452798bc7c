#!/usr/bin/env bash
# review migrate of N pairs with one decision each (a quarter rejected, a quarter skipped, half
# accepted, by 8 annotators), SQLite file -> PostgreSQL schema and back, two builds side by side:
# A = this tree, B = the commit BEFORE (default ba9a5b6, the last one that replayed the history one
# decision per transaction), alternating A B A B, RUNS runs each, every run into a new schema / file.
# The server is a throwaway one of its own (Debian's postgresql 15, default durability), over TCP on loopback.
# Usage: bench/migrate.sh [N] [RUNS] [BEFORE]   (default 100000 3 ba9a5b6). Run as root (the server runs as postgres).
# BEFORE_DIR: a folder holding BEFORE's tree with src/Review.Cli already built in Release, instead of building it.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
runs=${2:-3}
before=${3:-ba9a5b6}
work=$(mktemp -d /tmp/review-migratebench-XXXXXX)
source bench/pg-server.sh
cleanup() { pg_server_stop; rm -rf "$work"; }
trap cleanup EXIT

# Both builds in Release, the earlier one from a plain export of its commit.
dotnet build -c Release src/Review.Cli -nologo -v quiet >/dev/null
before_dir=${BEFORE_DIR:-$work/before}
if [ -z "${BEFORE_DIR:-}" ]; then
  mkdir -p "$before_dir" && git archive "$before" | tar -x -C "$before_dir"
  dotnet build -c Release "$before_dir/src/Review.Cli" -nologo -v quiet >/dev/null
fi
a=src/Review.Cli/bin/Release/net10.0/review
b=$before_dir/src/Review.Cli/bin/Release/net10.0/review
benchdll=bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll
dotnet build -c Release bench/Review.Bench -nologo -v quiet >/dev/null

pg_server_start
url="postgresql://postgres@127.0.0.1:$port/bench"

# The corpus: N pairs imported, then one decision per pair written the way the store writes them.
dotnet "$benchdll" generate "$n" "$work" >/dev/null
db=$work/source.db
"$a" import "$work/synthetic-$n.tsv" --db "$db" --no-checks >/dev/null
sqlite3 "$db" <<'SQL'
BEGIN;
INSERT INTO decisions (pair_id, kind, final_target, annotator, at)
  SELECT id, CASE id % 4 WHEN 0 THEN 'reject' WHEN 1 THEN 'skip' ELSE 'accept' END,
         CASE WHEN id % 4 IN (2, 3) THEN target END, 'a' || (id % 8),
         strftime('%Y-%m-%dT%H:%M:%fZ', '2026-12-01', '+' || id || ' seconds')
  FROM pairs ORDER BY id;
UPDATE pairs SET decision_id = (SELECT d.id FROM decisions d WHERE d.pair_id = pairs.id),
                 status = CASE id % 4 WHEN 0 THEN 'rejected' WHEN 1 THEN 'skipped' ELSE 'accepted' END;
COMMIT;
SQL

# "WALL_S PEAK_MIB" of one run of "$@".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  read -r wall kib < "$work/time"
  echo "$wall $((kib / 1024))"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The source's export, which every copy brought back must match byte for byte.
"$a" export --db "$db" --with-decisions --out "$work/source.jsonl" >/dev/null

echo "review migrate, $n pairs and $(sqlite3 "$db" 'SELECT count(*) FROM decisions') decisions: A = this tree, B = $before;" \
  "$(psql -V), $(nproc) cores, $(date -u '+%F %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall peak
for run in $(seq "$runs"); do
  for side in A B; do
    exe=$a && [ "$side" = B ] && exe=$b
    schema="m${side,,}$run"
    read -r s mib < <(measure "$exe" migrate --from "$db" --to "$url?schema=$schema")
    wall[$side.to]+="$s " peak[$side.to]+="$mib "
    read -r s mib < <(measure "$exe" migrate --from "$url?schema=$schema" --to "$work/back-$side$run.db")
    wall[$side.back]+="$s " peak[$side.back]+="$mib "
    "$a" export --db "$work/back-$side$run.db" --with-decisions --out "$work/back.jsonl" >/dev/null
    cmp -s "$work/source.jsonl" "$work/back.jsonl" || echo "run $run $side: the copy's export differs from the source's" >&2
  done
done
for way in to back; do
  label="SQLite -> PostgreSQL" && [ "$way" = back ] && label="PostgreSQL -> SQLite"
  # shellcheck disable=SC2086
  printf '%s: A %ss (runs: %s; peak %s MiB)  B %ss (runs: %s; peak %s MiB)\n' "$label" \
    "$(median ${wall[A.$way]})" "${wall[A.$way]% }" "$(median ${peak[A.$way]})" \
    "$(median ${wall[B.$way]})" "${wall[B.$way]% }" "$(median ${peak[B.$way]})"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
