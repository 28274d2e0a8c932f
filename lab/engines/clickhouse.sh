# ClickHouse 18.16 (Debian clickhouse-server). open: 127.0.0.2 native :9000, HTTP :8123, user
# default with no password. locked: 127.0.0.3, default/$CH_PASS. Minimal config (no
# interserver port), query_log on (log_queries=1).
# Seeded: database analytics (events 2000, customers 1000).
# What clients sent: table system.query_log (flushed every second) and
# $LOGS/clickhouse-open.log / clickhouse-lock.log (debug log, "executeQuery: (from ...) <query>").
clickhouse_ports() { echo "$OPEN:9000 $OPEN:8123 $LOCK:9000 $LOCK:8123"; }
clickhouse_start() {
  local d=$LAB_DIR/clickhouse side ip pw
  fresh "$d" clickhouse
  for side in open lock; do
    ip=$OPEN; pw=""; [ $side = lock ] && { ip=$LOCK; pw=$CH_PASS; }
    mkdir -p "$d/$side/data"
    cat > "$d/$side/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>debug</level><console>1</console></logger>
  <http_port>8123</http_port><tcp_port>9000</tcp_port><listen_host>$ip</listen_host>
  <path>$d/$side/data/</path><tmp_path>$d/$side/data/tmp/</tmp_path>
  <user_files_path>$d/$side/data/user_files/</user_files_path>
  <format_schema_path>$d/$side/data/format_schemas/</format_schema_path>
  <users_config>users.xml</users_config><default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>67108864</mark_cache_size><uncompressed_cache_size>67108864</uncompressed_cache_size>
  <timezone>UTC</timezone>
  <query_log><database>system</database><table>query_log</table>
    <flush_interval_milliseconds>1000</flush_interval_milliseconds></query_log>
</yandex>
XML
    cat > "$d/$side/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles>
    <default><max_memory_usage>2000000000</max_memory_usage><log_queries>1</log_queries></default>
    <readonly><readonly>1</readonly></readonly>
  </profiles>
  <users>
    <default><password>$pw</password><networks><ip>::/0</ip></networks>
      <profile>default</profile><quota>default</quota></default>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
  done
  chown -R clickhouse: "$d"
  for side in open lock; do
    spawn clickhouse clickhouse-$side --as clickhouse -- clickhouse-server --config-file="$d/$side/config.xml"
  done
}
clickhouse_ready() { wait_until 30 curl -sf http://$OPEN:8123/ping && wait_until 30 curl -sf http://$LOCK:8123/ping; }
clickhouse_seed() { seed clickhouse --host $OPEN && seed clickhouse --host $LOCK --password "$CH_PASS"; }
