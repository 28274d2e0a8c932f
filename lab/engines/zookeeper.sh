# ZooKeeper 3.8 (Debian zookeeper, OpenJDK 17, -Xmx128m, AdminServer off).
# open: 127.0.0.2:2181, world ACL. locked: 127.0.0.3:2181, SASL DIGEST-MD5 required
# (sessionRequireClientSASLAuth=true), user $ZK_USER/$ZK_PASS.
# Seeded (open only: seeding the locked one would need pure-sasl, not in the venv):
# 10 secret znodes under /app/prod/ + 20 /app/users/<id>.
# What clients sent: nothing (the Debian jar has no slf4j binding, so ZooKeeper logs nothing);
# 4lw commands ruok,srvr,stat,cons,mntr,conf are enabled ("cons" lists client connections).
zookeeper_ports() { echo "$OPEN:2181 $LOCK:2181"; }
zookeeper_start() {
  local d=$LAB_DIR/zookeeper side ip jaas
  fresh "$d" zookeeper
  for side in open lock; do
    ip=$OPEN; jaas=(); [ $side = lock ] && { ip=$LOCK; jaas=(-Djava.security.auth.login.config="$d/lock/jaas.conf"); }
    mkdir -p "$d/$side"
    printf 'tickTime=2000\ndataDir=%s/%s\nclientPort=2181\nclientPortAddress=%s\nadmin.enableServer=false\n4lw.commands.whitelist=ruok,srvr,stat,cons,mntr,conf\n' "$d" $side $ip > "$d/$side/zoo.cfg"
    if [ $side = lock ]; then
      printf 'authProvider.sasl=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\nsessionRequireClientSASLAuth=true\n' >> "$d/lock/zoo.cfg"
      printf 'Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_%s="%s";\n};\n' "$ZK_USER" "$ZK_PASS" > "$d/lock/jaas.conf"
    fi
    chown -R zookeeper: "$d/$side"
    spawn zookeeper zookeeper-$side --as zookeeper -- java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
      "${jaas[@]}" -cp "$d/$side:/usr/share/java/zookeeper.jar" \
      org.apache.zookeeper.server.quorum.QuorumPeerMain "$d/$side/zoo.cfg"
  done
}
zk_ruok() { [ "$(printf ruok | timeout 1 bash -c "exec 3<>/dev/tcp/$1/2181; cat >&3; cat <&3" 2>/dev/null)" = imok ]; }
zookeeper_ready() { wait_until 40 zk_ruok $OPEN && wait_until 40 zk_ruok $LOCK; }
zookeeper_seed() { seed zookeeper --host $OPEN; }
