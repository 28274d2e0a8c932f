"""How to close what a rule found, per engine, and how to check that it is closed.

:func:`remediation_for` gives ``(remediation, verify)`` for a rule id and an engine id. The
texts hold exact configuration lines where the engine has them (``mongod.conf``
``security.authorization: enabled``, ``redis.conf`` ``requirepass``, ``pg_hba.conf``
``scram-sha-256``...). ``HOST`` and ``PORT`` are placeholders; ``assess_service`` fills them in for the service.

The 2019 lesson is built in: blocking foreign IP addresses is not a fix. Every exposure
remediation says to require authentication first, then to limit the listening interface.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EngineGuide:
    """Per engine: require authentication, bind to a private interface, enable TLS, verify."""

    name: str
    auth: str
    bind: str
    tls: str
    verify: str
    upgrade: str = ""


NOT_GEO_BLOCK = (
    "Do not rely on blocking foreign IP addresses or hiding the port: anyone in the allowed ranges, "
    "and anyone who reaches an allowed host, still reads everything. Require authentication."
)

_GUIDES: dict[str, EngineGuide] = {
    "mongodb": EngineGuide(
        "MongoDB",
        auth="Create an administrator through the localhost exception, then enable authorization in "
        "mongod.conf and restart:\n  security:\n    authorization: enabled",
        bind="In mongod.conf listen on loopback or a private address only:\n  net:\n    bindIp: 127.0.0.1",
        tls="In mongod.conf:\n  net:\n    tls:\n      mode: requireTLS\n      certificateKeyFile: /etc/ssl/mongodb.pem",
        verify='`ajar scan HOST:PORT` shows access auth_required; `mongosh "mongodb://HOST:PORT" --eval '
        '"db.adminCommand({listDatabases: 1})"` fails with "requires authentication".',
        upgrade="Upgrade to a supported MongoDB release (https://www.mongodb.com/legal/support-policy/lifecycles).",
    ),
    "redis": EngineGuide(
        "Redis",
        auth="In redis.conf set a long random password (or ACL users with `user default off`):\n"
        "  requirepass <long random secret>\n  protected-mode yes",
        bind='In redis.conf:\n  bind 127.0.0.1 -::1\n  rename-command CONFIG ""',
        tls="In redis.conf:\n  port 0\n  tls-port 6379\n  tls-cert-file /etc/redis/redis.crt\n"
        "  tls-key-file /etc/redis/redis.key\n  tls-ca-cert-file /etc/redis/ca.crt",
        verify="`ajar scan HOST:PORT` shows access auth_required; `redis-cli -h HOST -p PORT ping` answers "
        '"NOAUTH Authentication required."',
        upgrade="Upgrade to a supported Redis release "
        "(https://redis.io/docs/latest/operate/rs/installing-upgrading/"
        "product-lifecycle/).",
    ),
    "elasticsearch": EngineGuide(
        "Elasticsearch / OpenSearch",
        auth="Elasticsearch, in elasticsearch.yml:\n  xpack.security.enabled: true\nthen "
        "`bin/elasticsearch-reset-password -u elastic`. OpenSearch: keep the security plugin enabled "
        "(opensearch.yml `plugins.security.disabled: false`) and run securityadmin.sh.",
        bind="In elasticsearch.yml / opensearch.yml:\n  network.host: 127.0.0.1",
        tls="In elasticsearch.yml:\n  xpack.security.http.ssl.enabled: true\n"
        "  xpack.security.http.ssl.keystore.path: http.p12\n(OpenSearch: "
        "plugins.security.ssl.http.enabled: true)",
        verify="`ajar scan HOST:PORT` shows access auth_required; `curl -s -o /dev/null -w '%{http_code}' "
        "http://HOST:PORT/_cat/indices` answers 401.",
        upgrade="Upgrade to a supported release (https://www.elastic.co/support/eol).",
    ),
    "postgresql": EngineGuide(
        "PostgreSQL",
        auth="In pg_hba.conf replace every `trust` line with password authentication, e.g.\n"
        "  host  all  all  <your application subnet, e.g. 192.0.2.0/24>  scram-sha-256\nand in postgresql.conf:\n"
        "  password_encryption = scram-sha-256\nthen `SELECT pg_reload_conf();`.",
        bind="In postgresql.conf:\n  listen_addresses = 'localhost'",
        tls="In postgresql.conf:\n  ssl = on\n  ssl_cert_file = 'server.crt'\n  ssl_key_file = 'server.key'\n"
        "and use `hostssl` instead of `host` lines in pg_hba.conf.",
        verify='`ajar scan HOST:PORT` shows access auth_required; `psql "host=HOST port=PORT user=postgres '
        'dbname=postgres" -w -c \'select 1\'` fails with "no password supplied".',
        upgrade="Upgrade to a supported PostgreSQL major version (https://www.postgresql.org/support/versioning/).",
    ),
    "mysql": EngineGuide(
        "MySQL / MariaDB",
        auth="Remove anonymous users and empty passwords:\n  DROP USER IF EXISTS ''@'%', ''@'localhost';\n"
        "  ALTER USER 'root'@'%' IDENTIFIED BY '<long random secret>';\nand make sure my.cnf has no "
        "`skip-grant-tables`.",
        bind="In my.cnf:\n  [mysqld]\n  bind-address = 127.0.0.1",
        tls="In my.cnf:\n  [mysqld]\n  require_secure_transport = ON\n  ssl_cert = "
        "/etc/mysql/server-cert.pem\n"
        "  ssl_key = /etc/mysql/server-key.pem",
        verify="`ajar scan HOST:PORT` shows access auth_required; `mysql -h HOST -P PORT -u root "
        "--skip-password "
        "-e 'select 1'` fails with \"Access denied\".",
        upgrade="Upgrade to a supported MySQL (https://www.mysql.com/support/eol-notice.html) or MariaDB "
        "(https://mariadb.org/about/#maintenance-policy) release.",
    ),
    "memcached": EngineGuide(
        "Memcached",
        auth="Memcached has no authentication unless built with SASL: start it with `-S` (SASL) and a "
        "sasldb, or keep it unreachable from other hosts.",
        bind="In /etc/memcached.conf:\n  -l 127.0.0.1\n  -U 0",
        tls="Start memcached with TLS:\n  -Z -o ssl_chain_cert=/etc/memcached/cert.pem,ssl_key=/etc/memcached/key.pem",
        verify="`ajar scan HOST:PORT` shows no open service; `printf 'stats\\r\\nquit\\r\\n' | nc -w 3 "
        "HOST PORT` "
        "gets no STAT lines.",
    ),
    "mqtt": EngineGuide(
        "MQTT broker (Mosquitto)",
        auth="In mosquitto.conf:\n  allow_anonymous false\n  password_file /etc/mosquitto/passwd\n"
        "(create it with `mosquitto_passwd -c /etc/mosquitto/passwd <user>`) and an `acl_file` that limits "
        "topics per user.",
        bind="In mosquitto.conf:\n  listener 1883 127.0.0.1",
        tls="In mosquitto.conf:\n  listener 8883\n  certfile /etc/mosquitto/certs/server.crt\n"
        "  keyfile /etc/mosquitto/certs/server.key",
        verify="`ajar scan HOST:PORT` shows access auth_required; `mosquitto_sub -h HOST -p PORT -t '#' "
        "-C 1 -W 5` "
        'fails with "not authorised".',
    ),
    "etcd": EngineGuide(
        "etcd",
        auth="Enable authentication:\n  etcdctl user add root\n  etcdctl auth enable\nor require client "
        "certificates: `--client-cert-auth=true --trusted-ca-file=/etc/etcd/ca.crt`.",
        bind="Listen on loopback or a private address:\n  --listen-client-urls=https://127.0.0.1:2379",
        tls="  --cert-file=/etc/etcd/server.crt --key-file=/etc/etcd/server.key --listen-client-urls=https://…",
        verify="`ajar scan HOST:PORT` shows access auth_required; `etcdctl --endpoints=http://HOST:PORT "
        "get / "
        '--prefix --keys-only` fails with "user name is empty".',
        upgrade="Upgrade to a supported etcd release (https://etcd.io/docs/latest/op-guide/versioning/).",
    ),
    "influxdb": EngineGuide(
        "InfluxDB",
        auth="Create an admin (`CREATE USER admin WITH PASSWORD '<secret>' WITH ALL PRIVILEGES`), then in "
        "influxdb.conf:\n  [http]\n  auth-enabled = true",
        bind='In influxdb.conf:\n  [http]\n  bind-address = "127.0.0.1:8086"',
        tls='In influxdb.conf:\n  [http]\n  https-enabled = true\n  https-certificate = "/etc/ssl/influxdb.pem"',
        verify="`ajar scan HOST:PORT` shows access auth_required; `curl -s "
        "'http://HOST:PORT/query?q=SHOW+DATABASES'` "
        "answers 401.",
        upgrade="Upgrade to a supported InfluxDB release.",
    ),
    "clickhouse": EngineGuide(
        "ClickHouse",
        auth="Give the `default` user a password and limit its networks, in users.d/default.xml:\n"
        "  <password_sha256_hex>…</password_sha256_hex>\n  "
        "<networks><ip>127.0.0.1</ip><ip>::1</ip></networks>",
        bind="In config.xml:\n  <listen_host>127.0.0.1</listen_host>",
        tls="In config.xml enable `<https_port>8443</https_port>` and "
        "`<tcp_port_secure>9440</tcp_port_secure>` "
        "with `<openSSL><server>` certificates, and remove the plain ports.",
        verify="`ajar scan HOST:PORT` shows access auth_required; `curl -s "
        "'http://HOST:8123/?query=SELECT%201'` "
        'answers "Authentication failed".',
        upgrade="Upgrade to a supported ClickHouse release (https://clickhouse.com/docs/knowledgebase/production).",
    ),
    "zookeeper": EngineGuide(
        "ZooKeeper",
        auth="Enable SASL and set ACLs on every znode, in zoo.cfg:\n"
        "  authProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\n"
        "then `setAcl -R / sasl:<admin>:cdrwa`; restrict four-letter words: `4lw.commands.whitelist=srvr`.",
        bind="In zoo.cfg:\n  clientPortAddress=127.0.0.1",
        tls="In zoo.cfg:\n  secureClientPort=2281\n  "
        "serverCnxnFactory=org.apache.zookeeper.server.NettyServerCnxnFactory",
        verify="`ajar scan HOST:PORT` shows access auth_required; `zkCli.sh -server HOST:PORT ls /` fails "
        "with "
        '"Insufficient permission".',
        upgrade="Upgrade to a supported ZooKeeper release (https://zookeeper.apache.org/releases.html).",
    ),
    "couchdb": EngineGuide(
        "CouchDB",
        auth="In local.ini define an admin and require a valid user:\n  [admins]\n  admin = <long random "
        "secret>\n"
        "  [chttpd]\n  require_valid_user = true",
        bind="In local.ini:\n  [chttpd]\n  bind_address = 127.0.0.1",
        tls="In local.ini:\n  [ssl]\n  enable = true\n  cert_file = /etc/couchdb/cert.pem\n"
        "  key_file = /etc/couchdb/key.pem",
        verify="`ajar scan HOST:PORT` shows access auth_required; `curl -s http://HOST:PORT/_all_dbs` "
        "answers "
        "401 unauthorized.",
        upgrade="Upgrade to CouchDB 3.x.",
    ),
    "s3": EngineGuide(
        "S3 bucket",
        auth="Remove public ACLs and bucket policies that grant `*`, and turn on Block Public Access:\n"
        "  aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration "
        "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
        bind="Serve objects through signed URLs or an authenticated front end, not a public bucket.",
        tls='Deny plain HTTP with a bucket policy condition `"aws:SecureTransport": "false"` → Deny.',
        verify="`ajar scan HOST:PORT` shows access auth_required; `aws s3 ls s3://BUCKET "
        "--no-sign-request` fails "
        "with AccessDenied.",
    ),
    "files": EngineGuide(
        "Data files",
        auth="Move the files out of any shared or served directory, restrict them to their owner "
        "(`chmod 600 FILE`), encrypt them at rest, and delete copies that are not needed.",
        bind="Make sure no web server, share or sync folder serves the directory.",
        tls="Transfer such files only over encrypted channels (SFTP, HTTPS).",
        verify="`ls -l FILE` shows mode -rw-------; fetching it through the share or URL answers 403 or 404; "
        "`ajar scan PATH` after moving finds nothing.",
    ),
}

_GENERIC = EngineGuide(
    "the service",
    auth="Require authentication for every client (the engine's password or certificate setting), with a "
    "unique long secret.",
    bind="Listen on loopback or a private interface only.",
    tls="Enable TLS on the listener and disable the plain-text port.",
    verify="`ajar scan HOST:PORT` shows access auth_required.",
    upgrade="Upgrade to a release the vendor still supports.",
)

_SETTINGS: dict[str, str] = {
    "redis": 'In redis.conf:\n  protected-mode yes\n  rename-command CONFIG ""\n  rename-command MODULE ""',
    "mongodb": "Do not start mongod with `--noauth` or `net.bindIpAll: true`; keep `security.authorization: enabled`.",
    "elasticsearch": "Do not disable security (`xpack.security.enabled: false`, `plugins.security.disabled: true`).",
    "postgresql": "Remove `trust` entries from pg_hba.conf and do not grant superuser to login roles used by apps.",
    "mysql": "Remove `skip-grant-tables` and `skip-networking=0` overrides; set `local_infile = 0`.",
    "memcached": "Disable UDP (`-U 0`) so the server cannot be used for reflection attacks.",
    "zookeeper": "Limit four-letter words: `4lw.commands.whitelist=srvr,ruok`.",
}


def guide(engine: str | None) -> EngineGuide:
    """The engine's guide (``opensearch`` shares Elasticsearch's), or a generic one."""
    key = "elasticsearch" if engine == "opensearch" else (engine or "")
    return _GUIDES.get(key, _GENERIC)


def _close(g: EngineGuide, urgent: str = "") -> str:
    parts = [urgent] if urgent else []
    parts += [f"1. Require authentication. {g.auth}", f"2. Limit where it listens. {g.bind}", NOT_GEO_BLOCK]
    return "\n".join(parts)


_INCIDENT = (
    "Treat this as an incident: keep a copy of the evidence (the note, the logs), assume the data was "
    "copied, do not pay, restore from a backup taken before the intrusion, rotate every credential the "
    "server held, and notify the people affected and the regulator where the law requires it "
    "(GDPR Art. 33: within 72 hours)."
)


def remediation_for(rule_id: str, engine: str | None) -> tuple[str, str]:
    """``(remediation, verify)`` for a rule id on an engine. Unknown rules get the closing advice."""
    g = guide(engine)
    family = rule_id.split(".", 1)[0]
    if rule_id == "access.auth_required":
        return (
            "Nothing to close. Keep authentication on, use unique long secrets, and enable TLS.",
            g.verify,
        )
    if rule_id == "weak.no_tls":
        return (
            f"Enable TLS. {g.tls}",
            "`ajar scan HOST:PORT` shows tls: true; "
            "`openssl s_client -connect HOST:PORT </dev/null` completes a handshake.",
        )
    if rule_id == "weak.eol_version":
        return (
            g.upgrade or _GENERIC.upgrade,
            "`ajar scan HOST:PORT` shows the new version and no weak.eol_version finding.",
        )
    if rule_id == "weak.dangerous_setting":
        setting = _SETTINGS.get(engine or "", "Restore the engine's secure default for the setting named above.")
        return (setting, "`ajar scan HOST:PORT` no longer reports weak.dangerous_setting.")
    if rule_id == "compromise.redis_cron":
        return (
            _INCIDENT + "\nThe host itself may be taken over: look for the payload in /var/spool/cron, "
            "/etc/crontab and ~/.ssh/authorized_keys, kill unknown processes (coin miners), rebuild the "
            "host. "
            "Then, in redis.conf:\n  requirepass <long random secret>\n  protected-mode yes\n  bind "
            "127.0.0.1 -::1\n"
            '  rename-command CONFIG ""\n'
            "and run Redis as an unprivileged user that cannot write cron or ssh files.",
            g.verify + " `crontab -l` and /etc/cron.d show no unknown entries.",
        )
    if family == "compromise":
        return (_INCIDENT + "\n" + _close(g), g.verify)
    if rule_id == "exposure.unknown":
        return (
            "ajar could not tell whether this service requires credentials; this is not a sign that it is "
            "closed. Check by hand and, if it answers without credentials:\n" + _close(g),
            g.verify,
        )
    if family == "stakes":
        urgent = {
            "stakes.live_personal": "Close it now: new personal data keeps arriving, so every hour adds to the leak.",
            "stakes.live_data": "Close it now: new records keep arriving.",
            "stakes.volume": "Close it now, then assess your notification duties for the people affected.",
            "stakes.volume_massive": "Close it now, then assess your notification duties for the people affected.",
        }.get(rule_id, "")
        return (_close(g, urgent), g.verify)
    if rule_id == "access.anonymous_write":
        return (
            _close(g, "Anonymous clients can change or delete the data (and leave ransom notes)."),
            g.verify,
        )
    return (_close(g), g.verify)
