# OpenSearch 2.19 (the minimal integ-test distribution from Maven Central:
# core and the netty transport, no security plugin), one node on loopback.
# It runs on the machine's Java 17 and refuses to run as root, so as root the
# node runs as `nobody`.
opensearch_version=2.19.6
opensearch_port=29200
opensearch_dir="$state_dir/opensearch"
opensearch_home="$cache_dir/opensearch/opensearch-$opensearch_version"

opensearch_install() {
  apt_install curl unzip
  [ -x "$opensearch_home/bin/opensearch" ] && return 0
  echo "services: fetching OpenSearch $opensearch_version (cached afterwards)" >&2
  mvn -q -B dependency:copy -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$opensearch_version:zip" \
    -DoutputDirectory="$cache_dir/opensearch" >&2
  unzip -q -o "$cache_dir/opensearch/opensearch-$opensearch_version.zip" -d "$cache_dir/opensearch"
  rm -f "$cache_dir/opensearch/opensearch-$opensearch_version.zip"
}

opensearch_start() {
  local java_home as_owner=()
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  mkdir -p "$opensearch_dir/config" "$opensearch_dir/data" "$opensearch_dir/logs" "$opensearch_dir/tmp"
  cp "$opensearch_home/config/log4j2.properties" "$opensearch_dir/config/"
  # The shipped jvm.options writes GC logs and heap dumps relative to the
  # (read-only) install; point them into the state folder.
  sed -e "s|logs/|$opensearch_dir/logs/|g" -e "s|HeapDumpPath=data|HeapDumpPath=$opensearch_dir/data|" \
    "$opensearch_home/config/jvm.options" >"$opensearch_dir/config/jvm.options"
  cp "$services_dir/opensearch/opensearch.yml" "$opensearch_dir/config/"
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody:nogroup "$opensearch_dir"
    as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
  fi
  # setpriv execs, so the pid file holds the JVM itself.
  start_daemon opensearch "${as_owner[@]}" env HOME="$opensearch_dir" OPENSEARCH_JAVA_HOME="$java_home" \
    OPENSEARCH_STATE_DIR="$opensearch_dir" OPENSEARCH_PATH_CONF="$opensearch_dir/config" \
    OPENSEARCH_TMPDIR="$opensearch_dir/tmp" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx1g" \
    "$opensearch_home/bin/opensearch"
  wait_until 120 opensearch opensearch_healthy
}

opensearch_stop() {
  stop_daemon opensearch
}

opensearch_healthy() {
  http_ok "http://127.0.0.1:$opensearch_port/_cluster/health?wait_for_status=yellow&timeout=1s"
}

opensearch_env() {
  echo "export OPENSEARCH_URL=http://127.0.0.1:$opensearch_port"
}
