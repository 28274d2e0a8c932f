# S3 API: moto's server (not 9000: ClickHouse's native port).
# open: moto on 127.0.0.2:4566, any or no credentials accepted.
# locked: 127.0.0.3:4566 is ajar.lab.gateway --style s3 (403 AccessDenied unless the request is
# SigV4-signed with access key id $S3_USER; the signature itself is not checked) in front of a
# second moto on 127.0.0.1:<free port> ($LAB_DIR/ports/s3-upstream).
# Seeded (both, the locked one through its gateway): bucket customer-exports with customers.csv,
# customers.ndjson (1000 rows each), orders.json (300).
# What clients sent: $LOGS/s3-open.log / s3-upstream.log (werkzeug access log: method, path,
# status) and $LOGS/s3-lock.log (the gateway: every request, refused or forwarded).
s3_ports() { echo "$OPEN:4566 $LOCK:4566"; }
s3_start() {
  local up
  up=$(hidden_port s3-upstream) || return 1
  spawn s3 s3-open -- "$VENV_BIN/moto_server" -H $OPEN -p 4566
  spawn s3 s3-upstream -- "$VENV_BIN/moto_server" -H 127.0.0.1 -p "$up"
  gateway s3 s3-lock $LOCK:4566 127.0.0.1:$up s3 "$S3_USER" "$S3_PASS"
}
s3_ready() {
  wait_until 30 curl -s -o /dev/null http://$OPEN:4566/ && \
  wait_until 30 curl -sf -o /dev/null "http://127.0.0.1:$(cat "$LAB_DIR/ports/s3-upstream")/" && \
  wait_until 30 tcp_open $LOCK 4566
}
s3_seed() {
  seed s3 --host $OPEN --port 4566 && seed s3 --host $LOCK --port 4566 --user "$S3_USER" --password "$S3_PASS"
}
