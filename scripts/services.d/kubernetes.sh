# A Kubernetes API server for the Harvester plugin: its own etcd from Debian
# plus k8s.io/apiextensions-apiserver, serving the Harvester and KubeVirt
# CustomResourceDefinitions of ../shared/harvester/crds over HTTPS.
#
# Limitation: apiextensions-apiserver serves only CustomResourceDefinitions and
# custom resources. There are no core resources (Nodes, Namespaces, Pods,
# PersistentVolumeClaims, TokenReviews, ...) and no KubeVirt subresources
# (start/stop/restart), so namespaced custom resources can be created in any
# namespace without creating it first. Building the full kube-apiserver from
# k8s.io/kubernetes is out of scope for now.
#
# Authentication: this binary has no static token file; it delegates bearer
# tokens (TokenReview) and authorization (SubjectAccessReview) to a
# kube-apiserver and needs one for a Services informer. A tiny stand-in,
# kubernetes/core-stub.mjs, does those three: the token of the generated
# kubeconfig is a member of system:masters, which the server always
# authorizes; other tokens get 401, anonymous requests 403 (except /healthz,
# /readyz, /livez).
kubernetes_port=56443
kubernetes_etcd_port=52379
kubernetes_etcd_peer_port=52380
kubernetes_stub_port=52381
kubernetes_version=v0.37.2
kubernetes_dir="$state_dir/kubernetes"
kubernetes_files="$services_dir/kubernetes"
kubernetes_crds="$root/../shared/harvester/crds"
kubernetes_url="https://127.0.0.1:$kubernetes_port"

kubernetes_install() {
  apt_install etcd-server openssl curl
  kubernetes_stop_packaged_etcd
  go_install "k8s.io/apiextensions-apiserver@$kubernetes_version" apiextensions-apiserver >/dev/null
}

# The Debian package's own etcd (port 2379) is never used; apt may start it.
kubernetes_stop_packaged_etcd() {
  if [ -d /run/systemd/system ] && systemctl is-active --quiet etcd 2>/dev/null; then
    systemctl disable --now etcd >/dev/null 2>&1 || true
  elif [ -x /etc/init.d/etcd ] && /etc/init.d/etcd status >/dev/null 2>&1; then
    /etc/init.d/etcd stop >/dev/null 2>&1 || true
  fi
}

kubernetes_stub_healthy() {
  curl -sf "http://127.0.0.1:$kubernetes_stub_port/healthz" | grep -qx ok
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
  # How the server reaches the stand-in for the core API.
  cat >"$kubernetes_dir/core-stub.kubeconfig" <<KUBECONFIG
apiVersion: v1
kind: Config
clusters:
  - name: core-stub
    cluster:
      server: http://127.0.0.1:$kubernetes_stub_port
users:
  - name: apiserver
    user: {}
contexts:
  - name: core-stub
    context:
      cluster: core-stub
      user: apiserver
current-context: core-stub
KUBECONFIG
}

kubernetes_start() {
  local bin
  bin="$(go_install "k8s.io/apiextensions-apiserver@$kubernetes_version" apiextensions-apiserver)"
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
  if ! kubernetes_stub_healthy; then
    start_daemon kubernetes/core-stub "$root/scripts/toolchain" node "$kubernetes_files/core-stub.mjs" \
      "$kubernetes_stub_port" "$kubernetes_dir/token"
    wait_until 30 kubernetes-core-stub kubernetes_stub_healthy || return 1
  fi
  # The admission plugins and priority-and-fairness need core resources that
  # the stand-in does not serve, so they are off.
  if ! kubernetes_api_ready; then
    start_daemon kubernetes "$bin" \
      --etcd-servers "http://127.0.0.1:$kubernetes_etcd_port" \
      --bind-address 127.0.0.1 --secure-port "$kubernetes_port" \
      --tls-cert-file "$kubernetes_dir/tls.crt" --tls-private-key-file "$kubernetes_dir/tls.key" \
      --kubeconfig "$kubernetes_dir/core-stub.kubeconfig" \
      --authentication-kubeconfig "$kubernetes_dir/core-stub.kubeconfig" --authentication-skip-lookup \
      --authorization-kubeconfig "$kubernetes_dir/core-stub.kubeconfig" \
      --disable-admission-plugins NamespaceLifecycle,MutatingAdmissionWebhook,ValidatingAdmissionWebhook,ValidatingAdmissionPolicy,MutatingAdmissionPolicy \
      --enable-priority-and-fairness=false
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
  stop_daemon kubernetes/core-stub
  stop_daemon kubernetes/etcd
}

kubernetes_healthy() {
  [ -f "$kubernetes_dir/crds-applied" ] && kubernetes_api_ready
}

kubernetes_env() {
  cat <<ENV
export KUBECONFIG=$kubernetes_dir/kubeconfig
export KUBERNETES_API_URL=$kubernetes_url
ENV
}
