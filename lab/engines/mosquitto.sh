# Mosquitto 2.0 (Debian). open: 127.0.0.2:1883 allow_anonymous. locked: 127.0.0.3:1883
# password_file ($MQ_USER/$MQ_PASS). Seeded by a tracker publisher per broker (python -m
# ajar.lab.seed mqtt --live): 20 retained fixes on vehicles/<imei>/gps, re-published every second.
# What clients sent: $LOGS/mosquitto-open.log / mosquitto-lock.log (connections + subscriptions).
mosquitto_ports() { echo "$OPEN:1883 $LOCK:1883"; }
mosquitto_start() {
  local d=$LAB_DIR/mosquitto side ip
  fresh "$d"
  mosquitto_passwd -c -b "$d/passwd" "$MQ_USER" "$MQ_PASS" >/dev/null 2>&1 || return 1
  chown mosquitto: "$d/passwd"; chmod 600 "$d/passwd"
  for side in open lock; do
    ip=$OPEN; [ $side = lock ] && ip=$LOCK
    {
      echo "listener 1883 $ip"
      echo "persistence false"
      echo "log_dest stdout"
      for t in error warning notice information subscribe unsubscribe; do echo "log_type $t"; done
      echo "connection_messages true"
      echo "log_timestamp_format %Y-%m-%dT%H:%M:%S"
      if [ $side = open ]; then echo "allow_anonymous true"
      else echo "allow_anonymous false"; echo "password_file $d/passwd"; fi
    } > "$d/$side.conf"
    spawn mosquitto mosquitto-$side -- mosquitto -c "$d/$side.conf"
  done
}
mosquitto_ready() { wait_until 20 tcp_open $OPEN 1883 && wait_until 20 tcp_open $LOCK 1883; }
mosquitto_seed() {
  spawn mosquitto mosquitto-open-tracker -- "$PY" -m ajar.lab.seed mqtt --host $OPEN --live
  spawn mosquitto mosquitto-lock-tracker -- "$PY" -m ajar.lab.seed mqtt --host $LOCK --live --user "$MQ_USER" --password "$MQ_PASS"
  wait_until 20 mosquitto_sub -h $OPEN -t 'vehicles/#' -C 1 -W 2
}
