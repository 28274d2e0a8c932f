# MongoDB. open: nx-27017 (MongoDB wire protocol over SQLite; has no auth at all) on
# 127.0.0.2:27017, database watchlist (people 2000, sightings 5000, checkins 500) plus the live
# writer adding sightings at $WRITER_PER_MINUTE per minute (recorded in $LAB_DIR/writer.rate);
# and the 2019 compromise shape: a READ_ME_TO_RECOVER_YOUR_DATA ransom note beside crm.customers wiped to 0.
# locked: mockupdb (python -m ajar.lab.locked_mongo) on 127.0.0.3:27017, answers the
# handshake, refuses everything else with code 13 Unauthorized.
# What clients sent: $LOGS/nx-27017.log (nx's own log; -v would add DEBUG) and
# $LOGS/mongodb-lock.log (one line per command received by the locked one).
mongodb_ports() { echo "$OPEN:27017 $LOCK:27017"; }
mongodb_start() {
  fresh "$LAB_DIR/mongodb"
  rm -f "$LOGS/nx-27017.log"
  spawn mongodb mongodb-open -- "$VENV_BIN/nx-27017" --host $OPEN -p 27017 --data-dir "$LAB_DIR/mongodb" \
    --log-file "$LOGS/nx-27017.log" --pid-file "$LAB_DIR/mongodb/nx-27017.pid"
  spawn mongodb mongodb-lock -- "$PY" -m ajar.lab.locked_mongo --host $LOCK --port 27017
}
mongo_hello() { "$PY" -c "import sys; from ajar.lab.mongo import ping; sys.exit(0 if ping('$1', 27017) else 1)"; }
mongodb_ready() { wait_until 30 mongo_hello $OPEN && wait_until 30 mongo_hello $LOCK; }
mongodb_seed() {
  seed mongodb --host $OPEN --per-minute "$WRITER_PER_MINUTE" --compromised || return 1
  spawn mongodb mongodb-writer -- "$PY" -m ajar.lab.writer --host $OPEN --port 27017 --per-minute "$WRITER_PER_MINUTE"
  echo "$WRITER_PER_MINUTE" > "$LAB_DIR/writer.rate"
  printf '{"per_minute": %s, "unit": "sightings per minute", "host": "%s", "port": 27017, "database": "watchlist", "collection": "sightings"}\n' \
    "$WRITER_PER_MINUTE" $OPEN > "$LAB_DIR/writer.json"
}
