# etcd 3.4 (Debian etcd-server), v3 API (+ JSON gateway on the client port).
# open: 127.0.0.2:2379 no auth. locked: 127.0.0.3:2379, auth enabled, root/$ETCD_PASS.
# (Each also listens on its own peer port :2380 on the same loopback address.)
# Seeded: 10 secrets under /app/prod/ + 20 /app/users/<id>.
# What clients sent: $LOGS/etcd-open.log / etcd-lock.log (--log-level debug).
etcd_ports() { echo "$OPEN:2379 $OPEN:2380 $LOCK:2379 $LOCK:2380"; }
etcd_start() {
  local side ip
  fresh "$LAB_DIR/etcd" etcd
  for side in open lock; do
    ip=$OPEN; [ $side = lock ] && ip=$LOCK
    spawn etcd etcd-$side --as etcd -- etcd --name $side --data-dir "$LAB_DIR/etcd/$side" \
      --listen-client-urls http://$ip:2379 --advertise-client-urls http://$ip:2379 \
      --listen-peer-urls http://$ip:2380 --initial-advertise-peer-urls http://$ip:2380 \
      --initial-cluster $side=http://$ip:2380 --log-level debug --logger zap
  done
}
etcd_ready() { wait_until 30 curl -sf http://$OPEN:2379/health && wait_until 30 curl -sf http://$LOCK:2379/health; }
etcd_seed() { seed etcd --host $OPEN && seed etcd --host $LOCK --user root --password "$ETCD_PASS" --enable-auth; }
