# Shared helpers for lab/up.sh, lab/down.sh and lab/engines/*.sh (sourced, not run).
#
# PID registry: $LAB_DIR/pids, one line per process we started:
#     <engine> <name> <pid> <stop-signal> <starttime>
# <starttime> is field 22 of /proc/<pid>/stat, so a recycled PID is never signalled.

LAB_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LAB_DIR=${LAB_DIR:-$LAB_REPO/.lab}
LOGS=$LAB_DIR/logs
PIDS=$LAB_DIR/pids
PY=${LAB_PYTHON:-$LAB_REPO/.venv/bin/python}
VENV_BIN=$(dirname "$PY")
OPEN=127.0.0.2   # every engine open, no credentials
LOCK=127.0.0.3   # every engine requiring authentication

# Credentials of the locked instances (keep in sync with src/ajar/lab/__init__.py).
REDIS_PASS=RedisPass1
PG_PASS=PgPass1
MY_PASS=MyPass1
MQ_USER=auditor MQ_PASS=MqPass1
MC_USER=auditor MC_PASS=McPass1
ETCD_PASS=EtcdPass1
INFLUX_USER=admin INFLUX_PASS=InfluxPass1
CH_PASS=ChPass1
ZK_USER=auditor ZK_PASS=ZkPass1
ES_USER=elastic ES_PASS=EsPass1                         # gateway (ajar.lab.gateway) in front of osmem
S3_USER=AKIAAJARLABLOCKED001 S3_PASS=S3SecretPass1      # access key id / secret, gateway in front of moto
COUCH_USER=admin COUCH_PASS=CouchPass1                  # gateway in front of pouchdb-server
WRITER_PER_MINUTE=${WRITER_PER_MINUTE:-60}

ALL_ENGINES="mongodb redis postgres mariadb mosquitto memcached etcd influxdb clickhouse zookeeper opensearch s3 couchdb"

export PYTHONPATH="$LAB_REPO/src${PYTHONPATH:+:$PYTHONPATH}"

starttime() { awk '{print $22}' "/proc/$1/stat" 2>/dev/null; }

# alive PID STARTTIME: the recorded process still exists (not a zombie) and is the same one.
alive() {
  local st
  st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [ "${st#Z}" = "$st" ] || return 1
  [ -z "${2:-}" ] || [ "$(starttime "$1")" = "$2" ]
}

record() { # engine name pid sig
  local st; st=$(starttime "$3")
  echo "$1 $2 $3 $4 ${st:-0}" >> "$PIDS"
}

# spawn ENGINE NAME [--sig SIG] [--as USER] -- CMD...
# Runs CMD in the background (its own session, stdin /dev/null, output to $LOGS/NAME.log),
# optionally as USER via setpriv (which execs, so $! is the server's own PID), and records it.
spawn() {
  local engine=$1 name=$2 sig=TERM user=""; shift 2
  while [ $# -gt 0 ]; do
    case $1 in
      --sig) sig=$2; shift 2;;
      --as) user=$2; shift 2;;
      --) shift; break;;
      *) break;;
    esac
  done
  local logf="$LOGS/$name.log"
  if [ -n "$user" ]; then
    setsid setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups "$@" </dev/null >>"$logf" 2>&1 9>&- &
  else
    setsid "$@" </dev/null >>"$logf" 2>&1 9>&- &
  fi
  local pid=$!
  sleep 0.02
  record "$engine" "$name" "$pid" "$sig"
}

# Lines of the registry for one engine (or all).
entries() { [ -f "$PIDS" ] || return 0; if [ -n "${1:-}" ]; then awk -v e="$1" '$1==e' "$PIDS"; else cat "$PIDS"; fi; }

# engine_running ENGINE: it has recorded processes and all of them are alive.
engine_running() {
  local n=0 e name pid sig st
  while read -r e name pid sig st; do
    [ -n "$pid" ] || continue
    alive "$pid" "$st" || return 1
    n=$((n + 1))
  done < <(entries "$1")
  [ $n -gt 0 ]
}

# engine_dead ENGINE: some recorded process of ENGINE has exited (used while waiting).
engine_dead() {
  local e name pid sig st
  while read -r e name pid sig st; do
    alive "$pid" "$st" || { echo "$name (pid $pid) exited; last log lines:"; tail -n 15 "$LOGS/$name.log" 2>/dev/null; return 0; }
  done < <(entries "$1")
  return 1
}

# stop_engines [ENGINE...]: signal recorded PIDs (never by name), wait, then SIGKILL.
stop_engines() {
  [ -f "$PIDS" ] || return 0
  local want=" $* " e name pid sig st
  local -a victims=()
  while read -r e name pid sig st; do
    [ -n "$pid" ] || continue
    if [ $# -gt 0 ] && [ "${want/ $e /}" = "$want" ]; then continue; fi
    if alive "$pid" "$st"; then kill "-$sig" "$pid" 2>/dev/null && victims+=("$pid:$st:$name"); fi
  done < <(tac "$PIDS")
  local i left v
  for i in $(seq 1 150); do   # up to 15 s
    left=0
    for v in "${victims[@]}"; do alive "${v%%:*}" "$(echo "$v" | cut -d: -f2)" && left=1; done
    [ $left = 0 ] && break
    sleep 0.1
  done
  for v in "${victims[@]}"; do
    if alive "${v%%:*}" "$(echo "$v" | cut -d: -f2)"; then
      echo "SIGKILL ${v##*:} (pid ${v%%:*})"; kill -KILL "${v%%:*}" 2>/dev/null
    fi
  done
  # drop the stopped engines from the registry
  if [ $# -gt 0 ]; then
    awk -v want="$want" 'index(want, " " $1 " ") == 0' "$PIDS" > "$PIDS.tmp" && mv "$PIDS.tmp" "$PIDS"
  else
    : > "$PIDS"
  fi
}

# wait_until TIMEOUT CMD...: poll CMD every 0.1 s; fail early if $CUR_ENGINE lost a process.
wait_until() {
  local t=$1; shift
  local end=$(( $(date +%s%N) + t * 1000000000 ))
  until "$@" >/dev/null 2>&1; do
    if [ -n "${CUR_ENGINE:-}" ] && engine_dead "$CUR_ENGINE"; then return 1; fi
    if [ "$(date +%s%N)" -gt "$end" ]; then echo "timeout after ${t}s: $*"; return 1; fi
    sleep 0.1
  done
}

tcp_open() { timeout 1 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

# port_free HOST PORT: nothing listens there (checked before starting an engine).
port_free() { ! ss -Htln "src $1 and sport = :$2" 2>/dev/null | grep -q .; }

# fresh DIR [OWNER]: empty directory (data is re-seeded on every start).
fresh() { rm -rf "$1"; mkdir -p "$1"; [ -z "${2:-}" ] || chown "$2:" "$1"; }

seed() { "$PY" -m ajar.lab.seed "$@"; }

# hidden_port NAME: a free TCP port on 127.0.0.1 for an engine's hidden upstream (the process
# behind a lab gateway), remembered in $LAB_DIR/ports/NAME so tests and people can find it.
hidden_port() {
  local p
  p=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') || return 1
  mkdir -p "$LAB_DIR/ports"; echo "$p" > "$LAB_DIR/ports/$1"; echo "$p"
}

# gateway ENGINE NAME LISTEN UPSTREAM STYLE USER PASS: the authenticating proxy (ajar.lab.gateway).
gateway() {
  spawn "$1" "$2" -- "$PY" -m ajar.lab.gateway --listen "$3" --upstream "$4" --style "$5" --user "$6" --password "$7"
}

# POUCHDB: pouchdb-server installed by lab/install.sh (npm, into $LAB_DIR/cache/npm).
POUCHDB=$LAB_DIR/cache/npm/node_modules/.bin/pouchdb-server
