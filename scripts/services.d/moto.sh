# moto (AWS API fake) from PyPI, for the IAM calls of the AWS integrations.
# It keeps everything in memory: a restart starts from an empty account.
moto_version=5.2.5
moto_port=25000
moto_venv="$cache_dir/moto-$moto_version"

moto_install() {
  apt_install python3-venv curl
  [ -x "$moto_venv/bin/moto_server" ] && return 0
  echo "services: installing moto[server]==$moto_version from PyPI (cached afterwards)" >&2
  rm -rf "$moto_venv"
  /usr/bin/python3 -m venv "$moto_venv"
  "$moto_venv/bin/pip" install -q --disable-pip-version-check "moto[server]==$moto_version" >&2
}

moto_start() {
  start_daemon moto "$moto_venv/bin/moto_server" -H 127.0.0.1 -p "$moto_port"
  wait_until 60 moto moto_healthy
}

moto_stop() {
  stop_daemon moto
}

moto_healthy() {
  http_ok "http://127.0.0.1:$moto_port/moto-api/"
}

moto_env() {
  cat <<ENV
export AWS_ENDPOINT_URL_IAM=http://127.0.0.1:$moto_port
export AWS_ACCESS_KEY_ID=testing
export AWS_SECRET_ACCESS_KEY=testing
export AWS_REGION=us-east-1
ENV
}
