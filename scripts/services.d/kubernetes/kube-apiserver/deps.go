// Package kubeapiserver pins k8s.io/kubernetes for building kube-apiserver:
// the module's go.mod points its staging modules at ./staging, so they are
// replaced here with their published versions (kubernetes.sh builds it).
package kubeapiserver

import _ "k8s.io/kubernetes/cmd/kube-apiserver/app"
