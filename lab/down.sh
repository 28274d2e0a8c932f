#!/bin/bash
# Stop lab processes by their recorded PIDs only (SIGTERM or the engine's signal, wait up to
# 15 s, then SIGKILL). Idempotent. Usage: lab/down.sh [ENGINE...]   (default: all)
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ -f "$PIDS" ] || { echo "lab down (nothing recorded)"; exit 0; }
exec 9>"$LAB_DIR/up.lock"; flock -w 600 9 || { echo "lab/up.sh is running (holds $LAB_DIR/up.lock)"; exit 1; }
T0=$(date +%s%N)
stop_engines "$@"
echo "lab down${*:+: $*} ($(( ($(date +%s%N) - T0) / 1000000 )) ms)"
