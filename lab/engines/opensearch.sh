# OpenSearch API stand-in: osmem-server (in-memory, no security at all) on 127.0.0.2:9200 only
# (there is no locked OpenSearch in the lab). Seeded: indices app-logs (2000), customers (1000).
# What clients sent: osmem-server has no request log ($LOGS/opensearch-open.log has its start line).
opensearch_ports() { echo "$OPEN:9200"; }
opensearch_start() {
  local bin
  bin=$("$PY" -c 'import osmem_server; print(osmem_server.resolve_binary())') || return 1
  spawn opensearch opensearch-open -- "$bin" -addr $OPEN:9200 -no-stdin-watch -no-ja
}
opensearch_ready() { wait_until 30 curl -sf http://$OPEN:9200/; }
opensearch_seed() { seed opensearch --host $OPEN; }
