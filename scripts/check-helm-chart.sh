#!/usr/bin/env bash
# Checks deploy/helm/qbo-sync: `helm lint --strict` (default values, and every optional part on),
# then `helm template` rendered through kubeconform (-strict) against Kubernetes schemas, offline.
# Tools are Go modules at pinned versions, built once into .tools/bin (`go install`; a minute or
# two the first time, nothing after); the schemas are generated once into .tools/k8s-schemas from
# pinned Go modules: the OpenAPI documents sigs.k8s.io/kubectl-validate embeds for each Kubernetes
# version, and the CRDs of prometheus-operator (ServiceMonitor, PrometheusRule) and KEDA
# (ScaledObject). Called by .ci/run; run it by hand the same way: scripts/check-helm-chart.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

HELM_VERSION=v4.3.2
KUBECONFORM_VERSION=v0.8.0
KUBECTL_VALIDATE_VERSION=v0.0.5-0.20260105161640-a97ccfaca20b
PROMETHEUS_OPERATOR_VERSION=v0.85.0
KEDA_VERSION=v2.21.0
K8S_VERSION=1.34
CHART=deploy/helm/qbo-sync

TOOLS=$PWD/.tools
BIN=$TOOLS/bin
SCHEMAS=$TOOLS/k8s-schemas/$K8S_VERSION-$KUBECTL_VALIDATE_VERSION-$PROMETHEUS_OPERATOR_VERSION-$KEDA_VERSION
mkdir -p "$BIN"
command -v go >/dev/null 2>&1 || { echo "needs Go (1.24 or newer) to build helm and kubeconform: https://go.dev/dl/" >&2; exit 1; }
# An older Go (1.21+, e.g. from Debian) fetches the pinned toolchain from the Go module proxy.
export GOTOOLCHAIN=${GOTOOLCHAIN:-go1.24.0+auto}

# go install <module>@<version> into .tools/bin, unless that version is already there.
tool() {
  local name=$1 module=$2 version=$3
  if [ ! -x "$BIN/$name" ] || [ "$(cat "$BIN/.$name.version" 2>/dev/null)" != "$version" ]; then
    echo "building $name $version (go install $module@$version)"
    GOBIN=$BIN GOFLAGS=-mod=mod go install "$module@$version"
    echo "$version" >"$BIN/.$name.version"
  fi
}

# The directory of a downloaded Go module (go mod download, checked against the checksum database).
module_dir() {
  go mod download -json "$1@$2" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);if(j.Error){console.error(j.Error);process.exit(1)}console.log(j.Dir)})'
}

tool helm helm.sh/helm/v4/cmd/helm "$HELM_VERSION"
tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"

if [ ! -f "$SCHEMAS/.complete" ]; then
  echo "generating Kubernetes $K8S_VERSION schemas into $SCHEMAS"
  validate=$(module_dir sigs.k8s.io/kubectl-validate "$KUBECTL_VALIDATE_VERSION")
  promop=$(module_dir github.com/prometheus-operator/prometheus-operator "$PROMETHEUS_OPERATOR_VERSION")
  keda=$(module_dir github.com/kedacore/keda/v2 "$KEDA_VERSION")
  rm -rf "$SCHEMAS"
  node scripts/k8s-schemas.cjs "$SCHEMAS" "$validate/pkg/openapiclient/builtins/$K8S_VERSION" \
    "$promop/example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml" \
    "$promop/example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml" \
    "$keda/config/crd/bases/keda.sh_scaledobjects.yaml"
  touch "$SCHEMAS/.complete"
fi

kubeconform() {
  "$BIN/kubeconform" -strict -summary -kubernetes-version "$K8S_VERSION.0" \
    -schema-location "$SCHEMAS/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json" "$@"
}

echo "helm lint"
"$BIN/helm" lint --strict "$CHART"
"$BIN/helm" lint --strict "$CHART" -f "$CHART/ci/all-on-values.yaml"

echo "helm template | kubeconform (default values, then every optional part on)"
"$BIN/helm" template qbo-sync "$CHART" --namespace qbo | kubeconform -
rendered=$("$BIN/helm" template qbo-sync "$CHART" --namespace qbo -f "$CHART/ci/all-on-values.yaml")
echo "$rendered" | kubeconform -
for kind in Deployment Service ServiceAccount PodDisruptionBudget ServiceMonitor PrometheusRule ScaledObject; do
  grep -q "^kind: $kind$" <<<"$rendered" || { echo "the rendered chart has no $kind" >&2; exit 1; }
done

# The validator itself: a misspelt field and a missing schema must fail, or this check proves nothing.
if echo "$rendered" | sed 's/readinessProbe:/readinesProbe:/' | kubeconform - >/dev/null 2>&1; then
  echo "kubeconform accepted a misspelt field: the schemas are not strict" >&2
  exit 1
fi
if printf 'apiVersion: example.com/v1\nkind: Nothing\nmetadata:\n  name: x\n' | kubeconform - >/dev/null 2>&1; then
  echo "kubeconform accepted a kind it has no schema for" >&2
  exit 1
fi
# values.schema.json: a values file breaking it is refused.
if "$BIN/helm" template qbo-sync "$CHART" --set securityContext.readOnlyRootFilesystem=false >/dev/null 2>&1; then
  echo "values.schema.json accepted a writable root file system" >&2
  exit 1
fi
echo "chart ok"
