# Memcached 1.6 (Debian). open: 127.0.0.2:11211 (UDP off). locked: 127.0.0.3:11211 with
# -Y authfile (ASCII auth: "set auth x 0 <len>\r\n$MC_USER $MC_PASS\r\n"). Seeded: 200 session:<token>.
# What clients sent: $LOGS/memcached-open.log / memcached-lock.log (-vv: every command).
memcached_ports() { echo "$OPEN:11211 $LOCK:11211"; }
memcached_start() {
  fresh "$LAB_DIR/memcached"
  printf '%s:%s\n' "$MC_USER" "$MC_PASS" > "$LAB_DIR/memcached/auth"; chmod 644 "$LAB_DIR/memcached/auth"
  spawn memcached memcached-open -- memcached -l $OPEN -p 11211 -U 0 -u memcache -m 64 -vv
  spawn memcached memcached-lock -- memcached -l $LOCK -p 11211 -U 0 -u memcache -m 64 -vv -Y "$LAB_DIR/memcached/auth"
}
memcached_ready() { wait_until 20 tcp_open $OPEN 11211 && wait_until 20 tcp_open $LOCK 11211; }
memcached_seed() { seed memcached --host $OPEN && seed memcached --host $LOCK --user "$MC_USER" --password "$MC_PASS"; }
