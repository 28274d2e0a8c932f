# Redis (Debian redis-server). open: 127.0.0.2:6379, protected mode off, no password.
# locked: 127.0.0.3:6379 --requirepass. Both seeded with the session cache (ajar.lab.seed redis);
# the open one also holds backup1..4 keys with a crypto-mining cron payload (a compromise sign).
# What clients sent: $LOGS/redis-open-monitor.log / redis-lock-monitor.log (redis-cli MONITOR,
# started after seeding; note the monitor shows up as one extra connected client).
redis_ports() { echo "$OPEN:6379 $LOCK:6379"; }
redis_start() {
  fresh "$LAB_DIR/redis/open" redis; fresh "$LAB_DIR/redis/lock" redis
  spawn redis redis-open --as redis -- redis-server --bind $OPEN --port 6379 --protected-mode no \
    --dir "$LAB_DIR/redis/open" --save '' --appendonly no
  spawn redis redis-lock --as redis -- redis-server --bind $LOCK --port 6379 --requirepass "$REDIS_PASS" \
    --dir "$LAB_DIR/redis/lock" --save '' --appendonly no
}
redis_ready() {
  wait_until 20 redis-cli -h $OPEN -p 6379 ping && \
  wait_until 20 redis-cli -h $LOCK -p 6379 -a "$REDIS_PASS" --no-auth-warning ping
}
redis_seed() {
  seed redis --host $OPEN --compromised && seed redis --host $LOCK --password "$REDIS_PASS" || return 1
  spawn redis redis-open-monitor -- redis-cli -h $OPEN -p 6379 monitor
  spawn redis redis-lock-monitor -- redis-cli -h $LOCK -p 6379 -a "$REDIS_PASS" --no-auth-warning monitor
}
