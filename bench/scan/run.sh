#!/usr/bin/env bash
# Whole-lab scan benchmark: ajar against nmap -sV on the same loopback targets, same run.
# Usage: bash bench/scan/run.sh [runs]    (starts the lab if needed; installs nmap if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh
command -v nmap >/dev/null || { apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 nmap >/dev/null; }
bash lab/up.sh >/dev/null
exec .venv/bin/python bench/scan/run.py "${1:-3}"
