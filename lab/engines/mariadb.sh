# MariaDB 10.11 (Debian mariadb-server). open: 127.0.0.2:3306, what a real leak holds: the
# anonymous account (''@'%' and ''@'localhost', no password, SELECT on shop.*: how ajar logs in
# by default, no credential guessing) and root with an EMPTY password (found only with
# --try-default-credentials). locked: 127.0.0.3:3306, root/$MY_PASS, no anonymous account.
# Seeded: database shop (customers 1000, orders 300).
# What clients sent: $LOGS/mariadb-open-general.log / mariadb-lock-general.log (general log).
mariadb_ports() { echo "$OPEN:3306 $LOCK:3306"; }
mariadb_start() {
  local d=$LAB_DIR/mariadb side ip extra
  fresh "$d" mysql
  if [ ! -d "$LAB_DIR/cache/my-open/mysql" ]; then
    mkdir -p "$LAB_DIR/cache"; rm -rf "$LAB_DIR/cache/my-open"
    mariadb-install-db --no-defaults --datadir="$LAB_DIR/cache/my-open" --user=mysql \
      --auth-root-authentication-method=normal --skip-test-db >"$LOGS/mariadb-install-db.log" 2>&1 || return 1
  fi
  printf "DROP USER IF EXISTS root@'%s';\nALTER USER root@localhost IDENTIFIED BY '%s';\nALTER USER root@'127.0.0.1' IDENTIFIED BY '%s';\nALTER USER root@'::1' IDENTIFIED BY '%s';\n" \
    "$(hostname)" "$MY_PASS" "$MY_PASS" "$MY_PASS" > "$d/lock-init.sql"
  printf "CREATE USER IF NOT EXISTS ''@'%%';\nCREATE USER IF NOT EXISTS ''@'localhost';\nGRANT SELECT ON shop.* TO ''@'%%';\nGRANT SELECT ON shop.* TO ''@'localhost';\n" \
    > "$d/open-init.sql"
  chown mysql "$d/lock-init.sql" "$d/open-init.sql"
  for side in open lock; do
    ip=$OPEN; extra=(--init-file="$d/open-init.sql"); [ $side = lock ] && { ip=$LOCK; extra=(--init-file="$d/lock-init.sql"); }
    cp -a "$LAB_DIR/cache/my-open" "$d/$side"
    : > "$LOGS/mariadb-$side-general.log"; chown mysql "$LOGS/mariadb-$side-general.log"
    spawn mariadb mariadb-$side -- mariadbd --no-defaults --datadir="$d/$side" --user=mysql --bind-address=$ip \
      --port=3306 --socket="$d/$side.sock" --pid-file="$d/$side.pid" --skip-name-resolve \
      --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=0 \
      --general-log=1 --general-log-file="$LOGS/mariadb-$side-general.log" "${extra[@]}"
  done
}
mariadb_ready() {
  wait_until 30 mariadb-admin --no-defaults -h $OPEN -P 3306 -u root ping && \
  wait_until 30 mariadb-admin --no-defaults -h $LOCK -P 3306 -u root -p"$MY_PASS" ping
}
mariadb_seed() { seed mariadb --host $OPEN && seed mariadb --host $LOCK --password "$MY_PASS"; }
