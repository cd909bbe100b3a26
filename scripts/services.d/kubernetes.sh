# A Kubernetes API server for the Harvester plugin and the Kubernetes Jobs
# executor: its own etcd from Debian plus the full kube-apiserver, built from
# the k8s.io/kubernetes module through the replace wrapper in
# kubernetes/kube-apiserver/ (its staging modules pinned to their published
# versions). It serves the core resources (Namespaces, Nodes, Pods, PVCs, ...)
# and the Harvester and KubeVirt CustomResourceDefinitions of
# ../shared/harvester/crds over HTTPS. No kubelet or controller-manager runs:
# objects are stored and served, nothing is scheduled, and KubeVirt
# subresources (start/stop/restart) do not exist.
#
# Authentication: a static token file; the kubeconfig's token belongs to
# system:masters. Authorization is RBAC, so any other identity is denied.
kubernetes_port=26443
kubernetes_etcd_port=22379
kubernetes_etcd_peer_port=22380
kubernetes_version=v1.37.2
kubernetes_bin="$cache_dir/bin/kube-apiserver-$kubernetes_version"
kubernetes_dir="$state_dir/kubernetes"
kubernetes_files="$services_dir/kubernetes"
kubernetes_crds="$root/../shared/harvester/crds"
kubernetes_url="https://127.0.0.1:$kubernetes_port"

kubernetes_install() {
  apt_install etcd-server openssl curl
  kubernetes_stop_packaged_etcd
  kubernetes_build_apiserver
}

kubernetes_build_apiserver() {
  [ -x "$kubernetes_bin" ] && return 0
  echo "services: building kube-apiserver $kubernetes_version (cached afterwards)" >&2
  local version_pkg=k8s.io/component-base/version
  go build -C "$kubernetes_files/kube-apiserver" -o "$kubernetes_bin.partial" \
    -ldflags "-X $version_pkg.gitVersion=$kubernetes_version -X $version_pkg.gitMajor=1 -X $version_pkg.gitMinor=37" \
    k8s.io/kubernetes/cmd/kube-apiserver >&2
  mv "$kubernetes_bin.partial" "$kubernetes_bin"
}

# The Debian package's own etcd (port 2379) is never used; apt may start it.
kubernetes_stop_packaged_etcd() {
  if [ -d /run/systemd/system ] && systemctl is-active --quiet etcd 2>/dev/null; then
    systemctl disable --now etcd >/dev/null 2>&1 || true
  elif [ -x /etc/init.d/etcd ] && /etc/init.d/etcd status >/dev/null 2>&1; then
    /etc/init.d/etcd stop >/dev/null 2>&1 || true
  fi
}

kubernetes_etcd_healthy() {
  curl -sf "http://127.0.0.1:$kubernetes_etcd_port/health" | grep -q '"health":"true"'
}

kubernetes_api_ready() {
  [ -f "$kubernetes_dir/token" ] || return 1
  curl -sf --cacert "$kubernetes_dir/tls.crt" -H "Authorization: Bearer $(cat "$kubernetes_dir/token")" \
    "$kubernetes_url/readyz" | grep -qx ok
}

# Self-signed certificate (also the kubeconfig's CA), token and kubeconfig, made once.
kubernetes_credentials() {
  mkdir -p "$kubernetes_dir"
  if [ ! -f "$kubernetes_dir/tls.crt" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=127.0.0.1 \
      -addext 'subjectAltName=IP:127.0.0.1,DNS:localhost' \
      -keyout "$kubernetes_dir/tls.key" -out "$kubernetes_dir/tls.crt" 2>/dev/null
  fi
  [ -f "$kubernetes_dir/token" ] || openssl rand -hex 24 >"$kubernetes_dir/token"
  cat >"$kubernetes_dir/kubeconfig" <<KUBECONFIG
apiVersion: v1
kind: Config
clusters:
  - name: local
    cluster:
      server: $kubernetes_url
      certificate-authority-data: $(base64 -w0 <"$kubernetes_dir/tls.crt")
users:
  - name: test
    user:
      token: $(cat "$kubernetes_dir/token")
contexts:
  - name: local
    context:
      cluster: local
      user: test
      namespace: default
current-context: local
KUBECONFIG
  # Static tokens: token,user,uid,"groups".
  printf '%s,portal-test,portal-test,"system:masters"\n' "$(cat "$kubernetes_dir/token")" \
    >"$kubernetes_dir/tokens.csv"
}

kubernetes_start() {
  kubernetes_credentials
  rm -f "$kubernetes_dir/crds-applied"
  if ! kubernetes_etcd_healthy; then
    start_daemon kubernetes/etcd etcd --name kubernetes --data-dir "$kubernetes_dir/etcd/data" \
      --listen-client-urls "http://127.0.0.1:$kubernetes_etcd_port" \
      --advertise-client-urls "http://127.0.0.1:$kubernetes_etcd_port" \
      --listen-peer-urls "http://127.0.0.1:$kubernetes_etcd_peer_port" \
      --initial-advertise-peer-urls "http://127.0.0.1:$kubernetes_etcd_peer_port" \
      --initial-cluster "kubernetes=http://127.0.0.1:$kubernetes_etcd_peer_port" \
      --logger zap --log-level warn
    wait_until 60 kubernetes-etcd kubernetes_etcd_healthy || return 1
  fi
  if ! kubernetes_api_ready; then
    start_daemon kubernetes "$kubernetes_bin" \
      --etcd-servers "http://127.0.0.1:$kubernetes_etcd_port" \
      --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$kubernetes_port" \
      --tls-cert-file "$kubernetes_dir/tls.crt" --tls-private-key-file "$kubernetes_dir/tls.key" \
      --token-auth-file "$kubernetes_dir/tokens.csv" --authorization-mode RBAC \
      --service-account-issuer https://kubernetes.default.svc \
      --service-account-key-file "$kubernetes_dir/tls.key" \
      --service-account-signing-key-file "$kubernetes_dir/tls.key" \
      --service-cluster-ip-range 10.96.0.0/24 --enable-priority-and-fairness=false \
      --endpoint-reconciler-type none
    wait_until 90 kubernetes kubernetes_api_ready || return 1
  fi
  # Harvester's CRDs as shipped, KubeVirt's built from its schemas into .services.
  "$root/scripts/toolchain" node "$kubernetes_files/apply-crds.mjs" \
    "$kubernetes_crds" "$kubernetes_dir/crds" "$kubernetes_dir/kubeconfig" >"$kubernetes_dir/apply-crds.log" 2>&1 ||
    { cat "$kubernetes_dir/apply-crds.log" >&2; return 1; }
  touch "$kubernetes_dir/crds-applied"
}

kubernetes_stop() {
  rm -f "$kubernetes_dir/crds-applied"
  stop_daemon kubernetes
  stop_daemon kubernetes/etcd
}

kubernetes_healthy() {
  [ -f "$kubernetes_dir/crds-applied" ] && kubernetes_api_ready
}

kubernetes_env() {
  cat <<ENV
export KUBECONFIG=$kubernetes_dir/kubeconfig
export KUBERNETES_API_URL=$kubernetes_url
export KUBERNETES_ETCD_URL=http://127.0.0.1:$kubernetes_etcd_port
ENV
}
