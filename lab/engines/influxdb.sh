# InfluxDB 1.6 (Debian influxdb). open: 127.0.0.2:8086 auth-enabled=false. locked:
# 127.0.0.3:8086 auth-enabled=true, admin $INFLUX_USER/$INFLUX_PASS. (RPC on :8088, same address.)
# Seeded: database telemetry, measurement gps (10 devices x 100 points, lat/lon/battery).
# What clients sent: $LOGS/influxdb-open.log / influxdb-lock.log (HTTP access log + query log).
influxdb_ports() { echo "$OPEN:8086 $OPEN:8088 $LOCK:8086 $LOCK:8088"; }
influxdb_start() {
  local d=$LAB_DIR/influxdb side ip auth
  fresh "$d" influxdb
  for side in open lock; do
    ip=$OPEN; auth=false; [ $side = lock ] && { ip=$LOCK; auth=true; }
    mkdir -p "$d/$side"; chown influxdb: "$d/$side"
    influxd config 2>/dev/null | sed -e "s|^bind-address = .*|bind-address = \"$ip:8088\"|" \
      -e "s|/var/lib/influxdb|$d/$side|" \
      -e "0,/^  bind-address = \":8086\"/s||  bind-address = \"$ip:8086\"|" \
      -e "s|^  auth-enabled = false|  auth-enabled = $auth|" \
      -e "s|^  reporting-disabled = false|  reporting-disabled = true|" > "$d/$side.conf"
    grep -q "bind-address = \"$ip:8086\"" "$d/$side.conf" || { echo "influx config rewrite failed"; return 1; }
    spawn influxdb influxdb-$side --as influxdb -- influxd run -config "$d/$side.conf"
  done
}
influxdb_ready() { wait_until 30 curl -sf -o /dev/null http://$OPEN:8086/ping && wait_until 30 curl -sf -o /dev/null http://$LOCK:8086/ping; }
influxdb_seed() { seed influxdb --host $OPEN && seed influxdb --host $LOCK --user "$INFLUX_USER" --password "$INFLUX_PASS"; }
