#!/usr/bin/env bash
# "Next pair" through the team queue, two builds side by side, A B A B on the same machine (helpers
# share it, so each line carries the load average). Each side is a checkout whose bench/Review.Bench
# is built in Release; BEFORE's store code runs under AFTER's bench harness (copied over it), so an
# older commit without the `processes` mode is measured the same way.
#  - SQLite, 1M pairs: `queue 1000000 A STEPS 100 OVERLAP threads|processes` for 8 annotators in one
#    process, 8 in separate processes, 8 at overlap 2 in separate processes, and 1 annotator;
#  - PostgreSQL over loopback, 1M pairs (a throwaway server, as bench/postgres.sh starts; run as
#    root): `claimlatency URL 1 2000` and `claimlatency URL 8 500`.
# Usage: bench/queue-compare.sh BEFORE [AFTER] [ROUNDS] [STEPS]   e.g. bench/queue-compare.sh main HEAD 2 300
# BEFORE_DIR / AFTER_DIR: already built checkouts to use instead of building the commits.
# PG_ONLY=1 skips the SQLite rounds.
set -euo pipefail
before=${1:?usage: bench/queue-compare.sh BEFORE [AFTER] [ROUNDS] [STEPS]}
after=${2:-HEAD}
rounds=${3:-2}
steps=${4:-300}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d /tmp/review-queue-compare-XXXXXX)
source "$root/bench/pg-server.sh"
cleanup() {
  pg_server_stop
  for s in before after; do git -C "$root" worktree remove --force "$work/$s" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

for side in before after; do
  dir_var=${side^^}_DIR
  if [ -n "${!dir_var:-}" ]; then
    declare "$side=${!dir_var}"
    continue
  fi
  git -C "$root" worktree add -q --detach "$work/$side" "${!side}"
  [ "$side" = before ] && cp -r "$root/bench/Review.Bench/." "$work/before/bench/Review.Bench/"
  dotnet build -c Release "$work/$side/bench/Review.Bench" -nologo -v q >/dev/null
  declare "$side=$work/$side"
done
dll() { echo "$1/bench/Review.Bench/bin/Release/net10.0/Review.Bench.dll"; }

echo "queue-compare $(date -u +%FT%TZ), $(nproc) cores; before $before, after $after"
for round in $(seq "$([ -n "${PG_ONLY:-}" ] && echo 0 || echo "$rounds")"); do
  for run in "8 1 threads" "8 1 processes" "8 2 processes" "1 1 threads"; do
    read -r annotators overlap mode <<<"$run"
    for side in before after; do
      echo "## SQLite, $side, round $round: queue 1000000 $annotators $steps 100 $overlap $mode"
      dotnet "$(dll "${!side}")" queue 1000000 "$annotators" "$steps" 100 "$overlap" "$mode" 2>&1 | head -5 || true
    done
  done
done

[ -x "$pg_bin/initdb" ] || { echo "no PostgreSQL 15 server here: SQLite figures only"; exit 0; }
pg_server_start
dotnet "$(dll "$after")" generate 1000000 "$work" >/dev/null
url="postgresql://postgres@127.0.0.1:$port/bench?schema=corpus"
dotnet "$after/src/Review.Cli/bin/Release/net10.0/review.dll" import "$work"/synthetic-1000000.tsv --db "$url" --no-checks >/dev/null
psql -q -c "VACUUM ANALYZE corpus.pairs" >/dev/null
for round in $(seq "$rounds"); do
  for run in "1 2000" "8 500"; do
    for side in before after; do
      echo "## PostgreSQL, $side, round $round: claimlatency $run; load $(cut -d' ' -f1-3 /proc/loadavg)"
      dotnet "$(dll "${!side}")" claimlatency "$url" $run 2>&1 | head -5 || true
    done
  done
done
