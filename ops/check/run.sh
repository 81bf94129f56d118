#!/usr/bin/env bash
# Checks the deployment material without a cluster, a container daemon or a running systemd:
#   - the systemd unit with systemd-analyze verify and security --offline (ExecStart pointed at a local JDK);
#   - the Helm chart with helm lint, then its rendered manifests (defaults and every option set)
#     decoded strictly into the Kubernetes API types (an unknown or misplaced field fails).
# Needs go (helm and the checker are built from the Go module proxy into .test-tools/ops) and systemd-analyze.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/.test-tools/ops"
mkdir -p "$tools"
[ -x "$tools/helm" ] || GOBIN="$tools" go install helm.sh/helm/v3/cmd/helm@v3.22.0
(cd "$root/ops/check" && go build -o "$tools/k8s-decode" .)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

. "$root/.mvn/select-jdk.sh"
sed "s#/usr/lib/jvm/java-21-openjdk-amd64#$JAVA_HOME#" "$root/ops/systemd/guichet.service" > "$work/guichet.service"
systemd-analyze verify "$work/guichet.service"
systemd-analyze security --offline=true --threshold=40 "$work/guichet.service" | tail -1

chart="$root/ops/helm/guichet"
"$tools/helm" lint --strict "$chart"
"$tools/helm" template check "$chart" > "$work/defaults.yaml"
"$tools/helm" template check "$chart" --set javaOptions=-Xmx4g --set env.GUICHET_INFERENCE_SLOTS=4 \
  --set existingSecret=guichet-secrets --set persistence.storageClassName=fast \
  --set 'networkPolicy.egressCidrs={10.1.2.0/24}' \
  --set 'networkPolicy.ingressFrom[0].namespaceSelector.matchLabels.name=ingress' > "$work/options.yaml"
"$tools/helm" template check "$chart" --set persistence.existingClaim=guichet-data \
  --set networkPolicy.enabled=false > "$work/minimal.yaml"
for manifest in defaults options minimal; do
  echo "rendered with $manifest:"
  "$tools/k8s-decode" "$work/$manifest.yaml"
done
echo "ops: all checks passed"
