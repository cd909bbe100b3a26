# Redis from Debian, the backend cache in production.
redis_port=26379
redis_dir="$state_dir/redis"

redis_install() {
  apt_install redis-server
}

redis_start() {
  mkdir -p "$redis_dir"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$redis_dir" \
    --daemonize yes --pidfile "$redis_dir/redis.pid" \
    --logfile "$redis_dir/server.log" --save '' --appendonly no
  wait_until 30 redis redis_healthy
}

redis_stop() {
  [ -f "$redis_dir/redis.pid" ] || return 0
  redis-cli -h 127.0.0.1 -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
}

redis_healthy() {
  [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" = PONG ]
}

redis_env() {
  echo "export REDIS_URL=redis://127.0.0.1:$redis_port"
}
