# Open Policy Agent built from the Go module proxy: a server for the REST API
# and, through OPA_BIN, the CLI for `opa build -t wasm` and `opa test`.
# Policies and data pushed over the API live in memory only.
opa_version=v1.22.3
opa_port=28181
opa_bin="$cache_dir/bin/opa-$opa_version"

opa_install() {
  apt_install curl
  go_install "github.com/open-policy-agent/opa@$opa_version" opa >/dev/null
}

opa_start() {
  start_daemon opa "$opa_bin" run --server --addr "127.0.0.1:$opa_port" --skip-version-check
  wait_until 60 opa opa_healthy
}

opa_stop() {
  stop_daemon opa
}

opa_healthy() {
  http_ok "http://127.0.0.1:$opa_port/health"
}

opa_env() {
  cat <<ENV
export OPA_URL=http://127.0.0.1:$opa_port
export OPA_BIN=$opa_bin
ENV
}
