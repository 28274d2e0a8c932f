# CouchDB HTTP API: PouchDB Server 4.2.0 (npm pouchdb-server, LevelDB; installed by
# lab/install.sh into $LAB_DIR/cache/npm). open: 127.0.0.2:5984, "admin party" (every client is
# a server admin). locked: 127.0.0.3:5984 is ajar.lab.gateway --style couchdb (CouchDB 3's 401
# {"error":"unauthorized",...} without Basic $COUCH_USER/$COUCH_PASS; GET / and /_up stay public,
# anonymous /_session shows an empty userCtx) in front of a second pouchdb-server on
# 127.0.0.1:<free port> ($LAB_DIR/ports/couchdb-upstream). pouchdb-server's own security is not
# used: it ignores require_valid_user and crashed on anonymous writes (research/lab.md §5).
# Seeded (both, the locked one through its gateway): databases customers (1000), orders (300).
# What clients sent: $LOGS/couchdb-open-requests.log / couchdb-upstream-requests.log
# (pouchdb-server's log: method, path, status) and $LOGS/couchdb-lock.log (the gateway).
couchdb_ports() { echo "$OPEN:5984 $LOCK:5984"; }
couchdb_start() {
  local d=$LAB_DIR/couchdb side ip port
  [ -x "$POUCHDB" ] || { echo "pouchdb-server is not installed ($POUCHDB): run lab/install.sh"; return 1; }
  fresh "$d"
  port=$(hidden_port couchdb-upstream) || return 1
  for side in open upstream; do
    ip=$OPEN; [ $side = upstream ] && ip=127.0.0.1
    mkdir -p "$d/$side/data"
    : > "$LOGS/couchdb-$side-requests.log"
    printf '{"log": {"file": "%s"}}\n' \
      "$LOGS/couchdb-$side-requests.log" > "$d/$side/config.json"
    if [ $side = open ]; then
      spawn couchdb couchdb-open -- "$POUCHDB" --host $ip --port 5984 --dir "$d/$side/data" --config "$d/$side/config.json"
    else
      spawn couchdb couchdb-upstream -- "$POUCHDB" --host $ip --port "$port" --dir "$d/$side/data" --config "$d/$side/config.json"
    fi
  done
  gateway couchdb couchdb-lock $LOCK:5984 127.0.0.1:$port couchdb "$COUCH_USER" "$COUCH_PASS"
}
couchdb_ready() {
  wait_until 30 curl -sf http://$OPEN:5984/ && \
  wait_until 30 curl -sf -u "$COUCH_USER:$COUCH_PASS" http://$LOCK:5984/_all_dbs
}
couchdb_seed() { seed couchdb --host $OPEN && seed couchdb --host $LOCK --user "$COUCH_USER" --password "$COUCH_PASS"; }
