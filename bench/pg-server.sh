# Sourced by the PostgreSQL benches (postgres.sh, postgres-io.sh, migrate.sh, queue-compare.sh):
# a throwaway server of Debian's postgresql 15 with default durability (fsync and
# synchronous_commit on), in "$work/data", listening on a free port on 127.0.0.1 only, with an
# empty database "bench". The server refuses to run as root, so it runs as the postgres user, and
# "$work" must be a folder that user may write to.
# pg_server_start exports PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE for psql and review,
# and sets $port and $postmaster (its pid); pg_server_stop belongs in the caller's EXIT trap.
pg_bin=/usr/lib/postgresql/15/bin

pg_server_start() {
  chown postgres:postgres "$work"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  export PGPASSWORD=bench-secret PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=bench
  echo "$PGPASSWORD" > "$work/pw" && chown postgres "$work/pw"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/data" -U postgres --pwfile "$work/pw" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C >/dev/null
  mkdir -p "$work/sock" && chown postgres "$work/sock"
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/sock -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null
  postmaster=$(head -1 "$work/data/postmaster.pid")
  psql -q -d postgres -c "CREATE DATABASE bench" >/dev/null
}

pg_server_stop() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
}
