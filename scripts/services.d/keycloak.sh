# Keycloak (Quarkus distribution from Maven Central) in dev mode with the
# `platform` realm: the platform-portal OIDC client and the demo users of
# catalog-info/org/users.yaml. Its H2 database lives under .services/keycloak
# and is thrown away (re-imported) when the generated realm changes.
keycloak_version=26.5.6
keycloak_port=28080
keycloak_admin_password=keycloak-admin
keycloak_client_secret=platform-portal-test-secret
keycloak_user_password=password
keycloak_dir="$state_dir/keycloak"
keycloak_home="$cache_dir/keycloak/keycloak-$keycloak_version"
# Keycloak 26 needs Java 21 or newer; the machine's default Java is 17.
keycloak_java_home="${KEYCLOAK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
keycloak_issuer="http://127.0.0.1:$keycloak_port/realms/platform"

keycloak_install() {
  apt_install python3-yaml curl unzip
  [ -x "$keycloak_home/bin/kc.sh" ] && return 0
  echo "services: fetching Keycloak $keycloak_version (cached afterwards)" >&2
  mvn -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$keycloak_version:zip" \
    -DoutputDirectory="$cache_dir/keycloak" >&2
  unzip -q -o "$cache_dir/keycloak/keycloak-quarkus-dist-$keycloak_version.zip" -d "$cache_dir/keycloak"
  rm -f "$cache_dir/keycloak/keycloak-quarkus-dist-$keycloak_version.zip"
}

keycloak_start() {
  mkdir -p "$keycloak_dir" "$keycloak_home/data/import"
  /usr/bin/python3 "$services_dir/keycloak/realm-import.py" "$services_dir/keycloak/platform-realm.json" \
    "$root/catalog-info/org/users.yaml" "$keycloak_client_secret" "$keycloak_user_password" \
    >"$keycloak_dir/platform-realm.json"
  # --import-realm skips realms that exist, so a changed realm needs a fresh database.
  if ! cmp -s "$keycloak_dir/platform-realm.json" "$keycloak_home/data/import/platform-realm.json"; then
    rm -rf "$keycloak_dir/h2"
    cp "$keycloak_dir/platform-realm.json" "$keycloak_home/data/import/platform-realm.json"
  fi
  start_daemon keycloak env JAVA_HOME="$keycloak_java_home" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$keycloak_admin_password" \
    "$keycloak_home/bin/kc.sh" start-dev --import-realm \
    --db=dev-file --db-url="jdbc:h2:file:$keycloak_dir/h2/keycloakdb;NON_KEYWORDS=VALUE" \
    --http-host=127.0.0.1 --http-port="$keycloak_port" --hostname="http://127.0.0.1:$keycloak_port"
  wait_until 180 keycloak keycloak_healthy
}

keycloak_stop() {
  stop_daemon keycloak
}

keycloak_healthy() {
  http_ok "$keycloak_issuer/.well-known/openid-configuration"
}

keycloak_env() {
  cat <<ENV
export OIDC_ISSUER_URL=$keycloak_issuer
export OIDC_CLIENT_ID=platform-portal
export OIDC_CLIENT_SECRET=$keycloak_client_secret
ENV
}
