# PostgreSQL 15 from Debian in a throw-away cluster under .services/postgres.
postgres_port=25432
postgres_password=postgres
postgres_dir="$state_dir/postgres"
postgres_bin=/usr/lib/postgresql/15/bin

postgres_install() {
  apt_install postgresql-15 postgresql-contrib
}

# The server refuses to run as root, so the cluster belongs to `postgres`.
postgres_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  mkdir -p "$postgres_dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$postgres_dir"
  if [ ! -f "$postgres_dir/data/PG_VERSION" ]; then
    echo "$postgres_password" >"$postgres_dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres "$postgres_dir/pwfile"
    postgres_as_owner "$postgres_bin/initdb" -D "$postgres_dir/data" -U postgres \
      --pwfile="$postgres_dir/pwfile" --auth-host=scram-sha-256 \
      --auth-local=trust >"$postgres_dir/initdb.log"
  fi
  postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $postgres_port -k $postgres_dir -c max_connections=300 -c fsync=off -c shared_preload_libraries=pg_stat_statements" \
    start >/dev/null
  wait_until 60 postgres postgres_healthy
}

postgres_stop() {
  [ -f "$postgres_dir/data/postmaster.pid" ] || return 0
  postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -m fast -w stop >/dev/null
}

postgres_healthy() {
  PGPASSWORD="$postgres_password" psql -h 127.0.0.1 -p "$postgres_port" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1
}

postgres_env() {
  cat <<ENV
export PGHOST=127.0.0.1
export PGPORT=$postgres_port
export PGUSER=postgres
export PGPASSWORD=$postgres_password
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres:$postgres_password@127.0.0.1:$postgres_port
ENV
}
