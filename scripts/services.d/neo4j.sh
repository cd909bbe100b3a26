# Neo4j 5 (community, from Maven Central): the test harness run in process by
# a small launcher (neo4j/Neo4jLauncher.java) with Bolt, HTTP and
# authentication on loopback. Data lives in a fresh folder per start.
neo4j_version=5.26.13
neo4j_bolt_port=27687
neo4j_http_port=27474
neo4j_password=neo4j-test-password
neo4j_dir="$state_dir/neo4j"
neo4j_home="$cache_dir/neo4j/$neo4j_version"

neo4j_install() {
  apt_install curl
  if [ ! -f "$neo4j_home/lib/.complete" ]; then
    echo "services: fetching Neo4j $neo4j_version (cached afterwards)" >&2
    rm -rf "$neo4j_home/lib"
    mvn -q -B -f "$services_dir/neo4j/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$neo4j_home/lib" >&2
    touch "$neo4j_home/lib/.complete"
  fi
  if [ "$services_dir/neo4j/Neo4jLauncher.java" -nt "$neo4j_home/classes/Neo4jLauncher.class" ]; then
    javac -cp "$neo4j_home/lib/*" -d "$neo4j_home/classes" "$services_dir/neo4j/Neo4jLauncher.java" >&2
  fi
}

neo4j_start() {
  rm -rf "$neo4j_dir/data"
  mkdir -p "$neo4j_dir/data"
  start_daemon neo4j env NEO4J_PASSWORD="$neo4j_password" \
    java -Xms256m -Xmx1g -cp "$neo4j_home/classes:$neo4j_home/lib/*" \
    Neo4jLauncher "$neo4j_dir/data" "$neo4j_bolt_port" "$neo4j_http_port"
  wait_until 120 neo4j neo4j_healthy
}

neo4j_stop() {
  stop_daemon neo4j
}

# A real query over HTTP with the test password, so that it also proves the
# launcher has set the password.
neo4j_healthy() {
  http_ok "http://127.0.0.1:$neo4j_http_port/db/neo4j/tx/commit" -u "neo4j:$neo4j_password" \
    -H 'Content-Type: application/json' -d '{"statements":[{"statement":"RETURN 1"}]}'
}

neo4j_env() {
  cat <<ENV
export NEO4J_URI=bolt://127.0.0.1:$neo4j_bolt_port
export NEO4J_HTTP_URL=http://127.0.0.1:$neo4j_http_port
export NEO4J_USER=neo4j
export NEO4J_PASSWORD=$neo4j_password
ENV
}
