#!/bin/bash
# Start the lab: real data stores on loopback, seeded with synthetic data.
#   127.0.0.2 = every engine open;  127.0.0.3 = every engine requiring authentication.
# Usage: lab/up.sh [ENGINE...]      (default: all; see lab/engines/*.sh)
#        LAB_DIR=... (default <repo>/.lab)  WRITER_PER_MINUTE=60  LAB_PYTHON=<repo>/.venv/bin/python
# Safe to re-run: an engine whose recorded processes are all alive is left alone; one that
# is partly dead is stopped (by PID) and started fresh. Each start wipes that engine's data
# and re-seeds it (deterministic generator). Stop with lab/down.sh [ENGINE...].
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

engines=("$@"); [ ${#engines[@]} -gt 0 ] || read -ra engines <<< "$ALL_ENGINES"
for e in "${engines[@]}"; do
  [ -f "$LAB_REPO/lab/engines/$e.sh" ] || { echo "unknown engine: $e (have: $ALL_ENGINES)"; exit 2; }
  source "$LAB_REPO/lab/engines/$e.sh"
done
[ -x "$PY" ] || { echo "no python at $PY (make the venv with the lab extra, or set LAB_PYTHON)"; exit 2; }
mkdir -p "$LOGS"; chmod 755 "$LAB_DIR" "$LOGS"; touch "$PIDS"
exec 9>"$LAB_DIR/up.lock"; flock -w 600 9 || { echo "another lab/up.sh holds $LAB_DIR/up.lock"; exit 1; }

T0=$(date +%s%N)
el() { printf '%6.1fs  %s\n' "$(( ($(date +%s%N) - T0) / 1000000 ))e-3" "$*"; }

bring_up() { # runs in a subshell per engine
  local e=$1; CUR_ENGINE=$e
  local hp
  for hp in $("${e}_ports"); do
    port_free "${hp%:*}" "${hp##*:}" || { echo "$hp is already in use by a process this lab did not start"; return 1; }
  done
  "${e}_start" || { echo "start failed"; return 1; }
  "${e}_ready" || { echo "not ready"; return 1; }
  if declare -F "${e}_seed" >/dev/null; then "${e}_seed" || { echo "seed failed"; return 1; }; fi
}

declare -A job
todo=()
for e in "${engines[@]}"; do
  if engine_running "$e"; then el "$e: already running"; continue; fi
  # leftovers of a half-dead engine: stop them by recorded PID (before any start, because
  # stop_engines rewrites the registry that the starting engines append to)
  [ -z "$(entries "$e")" ] || stop_engines "$e"
  todo+=("$e")
done
for e in "${todo[@]}"; do
  ( bring_up "$e" ) > "$LOGS/up-$e.log" 2>&1 &
  job[$e]=$!
done
rc=0
for e in "${engines[@]}"; do
  [ -n "${job[$e]:-}" ] || continue
  if wait "${job[$e]}"; then el "$e: up"
  else el "$e: FAILED (see $LOGS/up-$e.log)"; sed 's/^/    /' "$LOGS/up-$e.log" | tail -n 20; rc=1; fi
done
rss=0
while read -r _ _ pid _ st; do alive "$pid" "$st" && rss=$(( rss + $(ps -o rss= -p "$pid" 2>/dev/null || echo 0) )); done < "$PIDS"
el "lab up: $(grep -c . "$PIDS") processes, $(( rss / 1024 )) MB RSS; registry $PIDS; logs $LOGS"
exit $rc
