# MariaDB 10.11 from Debian in a throw-away datadir under .services/mariadb,
# the MySQL-family source the data-catalog connector tests read.
mariadb_port=23306
mariadb_user=portal
mariadb_password=portal
mariadb_dir="$state_dir/mariadb"

mariadb_install() {
  apt_install mariadb-server mariadb-client
}

# mariadbd refuses to run as root unless told; the datadir belongs to `mysql`.
mariadb_owner() {
  if [ "$(id -u)" = 0 ]; then echo mysql; else id -un; fi
}

mariadb_client() {
  mariadb --no-defaults --protocol=TCP -h 127.0.0.1 -P "$mariadb_port" "$@"
}

mariadb_start() {
  local owner
  owner="$(mariadb_owner)"
  mkdir -p "$mariadb_dir"
  [ "$(id -u)" = 0 ] && chown "$owner" "$mariadb_dir"
  local first_start=false
  if [ ! -d "$mariadb_dir/data/mysql" ]; then
    first_start=true
    mariadb-install-db --no-defaults --user="$owner" --datadir="$mariadb_dir/data" \
      --auth-root-authentication-method=normal --skip-test-db >"$mariadb_dir/install-db.log" 2>&1
  fi
  # --no-defaults keeps the host's /etc/mysql config (socket, port) out of it.
  start_daemon mariadb mariadbd --no-defaults --user="$owner" \
    --datadir="$mariadb_dir/data" --bind-address=127.0.0.1 --port="$mariadb_port" \
    --socket="$mariadb_dir/mariadb.sock" --pid-file="$mariadb_dir/mariadbd.pid" \
    --performance-schema=ON --skip-name-resolve --innodb-flush-log-at-trx-commit=0 \
    --max-connections=300
  # Until the portal user exists the root account answers on the socket only.
  wait_until 60 mariadb mariadb --no-defaults --socket="$mariadb_dir/mariadb.sock" -u root -e 'select 1'
  if [ "$first_start" = true ]; then
    mariadb --no-defaults --socket="$mariadb_dir/mariadb.sock" -u root <<SQL
CREATE USER '$mariadb_user'@'%' IDENTIFIED BY '$mariadb_password';
GRANT ALL PRIVILEGES ON *.* TO '$mariadb_user'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
  fi
  wait_until 30 mariadb mariadb_healthy
}

mariadb_stop() {
  stop_daemon mariadb
}

mariadb_healthy() {
  mariadb_client -u "$mariadb_user" -p"$mariadb_password" -e 'select 1' >/dev/null 2>&1
}

mariadb_env() {
  cat <<ENV
export MARIADB_HOST=127.0.0.1
export MARIADB_PORT=$mariadb_port
export MARIADB_USER=$mariadb_user
export MARIADB_PASSWORD=$mariadb_password
ENV
}
