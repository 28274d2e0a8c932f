#!/usr/bin/env bash
# Make .venv-bench: ajar (editable) plus Microsoft Presidio's analyzer, for bench/classify/run.py.
# Presidio is used WITHOUT an NLP model (pattern recognizers only), so no spaCy model is fetched.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY="${PYTHON:-python3.11}"
if [ ! -x .venv-bench/bin/python ]; then
  "$PY" -m venv .venv-bench
fi
.venv-bench/bin/pip install -q --upgrade pip
.venv-bench/bin/pip install -q presidio-analyzer
.venv-bench/bin/pip install -q -e .
echo "ready: .venv-bench/bin/python bench/classify/run.py"
