# OpenSearch API stand-in: osmem-server (in-memory, no security at all).
# open: osmem on 127.0.0.2:9200. locked: 127.0.0.3:9200 is ajar.lab.gateway --style elasticsearch
# (Elasticsearch 8 security's 401 security_exception without Basic $ES_USER/$ES_PASS) in front of
# a second osmem on 127.0.0.1:<free port> ($LAB_DIR/ports/opensearch-upstream).
# Seeded (both, the locked one through its gateway): indices app-logs (2000), customers (1000).
# What clients sent: osmem-server has no request log; $LOGS/opensearch-lock.log has one line per
# request that reached the gateway (client, method, target, status, user).
opensearch_ports() { echo "$OPEN:9200 $LOCK:9200"; }
opensearch_start() {
  local bin up
  bin=$("$PY" -c 'import osmem_server; print(osmem_server.resolve_binary())') || return 1
  up=$(hidden_port opensearch-upstream) || return 1
  spawn opensearch opensearch-open -- "$bin" -addr $OPEN:9200 -no-stdin-watch -no-ja
  spawn opensearch opensearch-upstream -- "$bin" -addr 127.0.0.1:$up -no-stdin-watch -no-ja
  gateway opensearch opensearch-lock $LOCK:9200 127.0.0.1:$up elasticsearch "$ES_USER" "$ES_PASS"
}
opensearch_ready() {
  wait_until 30 curl -sf http://$OPEN:9200/ && \
  wait_until 30 curl -sf -u "$ES_USER:$ES_PASS" http://$LOCK:9200/
}
opensearch_seed() { seed opensearch --host $OPEN && seed opensearch --host $LOCK --user "$ES_USER" --password "$ES_PASS"; }
