#!/usr/bin/env bash
# Make .venv (Python 3.11+) and install ajar with its pinned dependencies (requirements.lock).
# Idempotent: re-installs only when the lock file or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for c in python3.11 python3.12 python3.13 python3; do
    if command -v "$c" >/dev/null && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then PY=$c; break; fi
  done
fi
[ -n "$PY" ] || { echo "error: ajar needs Python 3.11 or newer (apt-get install python3)" >&2; exit 2; }

if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv .venv 2>/dev/null; then
    # Debian ships venv/ensurepip separately
    rm -rf .venv
    echo "installing python3-venv (Debian keeps venv apart from python3)" >&2
    as_root apt-get -o DPkg::Lock::Timeout=300 update -qq  # lab/install.sh may run apt-get beside it
    as_root apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 python3-venv python3-dev gcc >/dev/null
    "$PY" -m venv .venv
  fi
fi

stamp=.venv/.ajar-installed
want=$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  echo "$want" > "$stamp"
fi
