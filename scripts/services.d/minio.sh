# MinIO (S3-compatible object store) built from the Go module proxy; the
# proxy serves MinIO only as commit pseudo-versions, this one is its newest.
# Buckets and objects persist under .services/minio/data.
minio_version=v0.0.0-20260212201848-7aac2a2c5b7c
minio_port=29000
minio_console_port=29001
minio_root_user=minio-test
minio_root_password=minio-test-secret
minio_dir="$state_dir/minio"

minio_install() {
  apt_install curl
  go_install "github.com/minio/minio@$minio_version" minio >/dev/null
}

minio_start() {
  mkdir -p "$minio_dir/data"
  start_daemon minio env MINIO_ROOT_USER="$minio_root_user" MINIO_ROOT_PASSWORD="$minio_root_password" \
    MINIO_UPDATE=off \
    "$cache_dir/bin/minio-$minio_version" server --quiet --anonymous \
    --address "127.0.0.1:$minio_port" --console-address "127.0.0.1:$minio_console_port" "$minio_dir/data"
  wait_until 60 minio minio_healthy
}

minio_stop() {
  stop_daemon minio
}

minio_healthy() {
  http_ok "http://127.0.0.1:$minio_port/minio/health/live"
}

minio_env() {
  cat <<ENV
export MINIO_ENDPOINT=http://127.0.0.1:$minio_port
export MINIO_ROOT_USER=$minio_root_user
export MINIO_ROOT_PASSWORD=$minio_root_password
ENV
}
