# PostgreSQL 15 (preinstalled /usr/lib/postgresql/15/bin). open: 127.0.0.2:5432 trust auth.
# locked: 127.0.0.3:5432 scram-sha-256, postgres/$PG_PASS. Separate unix-socket dirs (same port).
# Seeded: database crm (customers 1000, orders 300) on both.
# What clients sent: $LOGS/postgres-open.log / postgres-lock.log (log_statement=all,
# log_connections, prefix "time [pid] client user@db").
PGBIN=/usr/lib/postgresql/15/bin
postgres_ports() { echo "$OPEN:5432 $LOCK:5432"; }
postgres_start() {
  local d=$LAB_DIR/postgres side ip
  fresh "$d" postgres
  # initdb takes ~2 s; keep pristine clusters in $LAB_DIR/cache/pg (postgres's own folder:
  # other engines keep their caches beside it) and copy them.
  local c=$LAB_DIR/cache/pg
  if [ ! -f "$c/pg-lock/PG_VERSION" ]; then
    mkdir -p "$LAB_DIR/cache"; fresh "$c" postgres
    printf '%s\n' "$PG_PASS" > "$c/pgpw"; chown postgres "$c/pgpw"; chmod 600 "$c/pgpw"
    setpriv --reuid=postgres --regid=postgres --init-groups $PGBIN/initdb -D "$c/pg-open" -A trust -U postgres >"$LOGS/initdb-open.log" 2>&1 &
    setpriv --reuid=postgres --regid=postgres --init-groups $PGBIN/initdb -D "$c/pg-lock" -A scram-sha-256 -U postgres --pwfile="$c/pgpw" >"$LOGS/initdb-lock.log" 2>&1 &
    wait || return 1
    rm -f "$c/pgpw"
    echo "host all all 127.0.0.0/8 trust" >> "$c/pg-open/pg_hba.conf"
    echo "host all all 127.0.0.0/8 scram-sha-256" >> "$c/pg-lock/pg_hba.conf"
  fi
  for side in open lock; do
    ip=$OPEN; [ $side = lock ] && ip=$LOCK
    cp -a "$c/pg-$side" "$d/$side"
    mkdir -p "$d/sock-$side"; chown postgres: "$d/sock-$side"
    spawn postgres postgres-$side --sig INT --as postgres -- $PGBIN/postgres -D "$d/$side" \
      -c listen_addresses=$ip -p 5432 -k "$d/sock-$side" -c fsync=off -c synchronous_commit=off \
      -c full_page_writes=off -c shared_buffers=32MB -c log_statement=all -c log_connections=on \
      -c log_disconnections=on -c 'log_line_prefix=%m [%p] %r %u@%d ' -c logging_collector=off
  done
}
postgres_ready() { wait_until 30 $PGBIN/pg_isready -h $OPEN -p 5432 -q && wait_until 30 $PGBIN/pg_isready -h $LOCK -p 5432 -q; }
postgres_seed() { seed postgres --host $OPEN && seed postgres --host $LOCK --password "$PG_PASS"; }
