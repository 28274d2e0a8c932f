"""The lab: real data stores on loopback, seeded with synthetic leak-shaped data.

``127.0.0.2`` hosts every engine open (no credentials); ``127.0.0.3`` hosts the same engines
requiring authentication. ``lab/up.sh`` / ``lab/down.sh`` run the whole set from a checkout;
this package holds what also works from a pip install (``ajar demo``): the data generator
(:mod:`~ajar.lab.generator`), per-engine seeding (:mod:`~ajar.lab.seed`), the live sightings
writer (:mod:`~ajar.lab.writer`), the MongoDB stand-ins (:mod:`~ajar.lab.mongo`,
:mod:`~ajar.lab.locked_mongo`) and the authenticating gateway (:mod:`~ajar.lab.gateway`) that
locks OpenSearch, S3 and CouchDB stand-ins which have no security of their own. All data is
synthetic; nothing describes a real person.
"""

from __future__ import annotations

OPEN_HOST = "127.0.0.2"
LOCKED_HOST = "127.0.0.3"

#: Credentials of the locked (127.0.0.3) instances, kept in sync with lab/lib.sh.
LOCKED_CREDENTIALS: dict[str, tuple[str, str]] = {
    "redis": ("", "RedisPass1"),
    "postgres": ("postgres", "PgPass1"),
    "mariadb": ("root", "MyPass1"),
    "mqtt": ("auditor", "MqPass1"),
    "memcached": ("auditor", "McPass1"),
    "etcd": ("root", "EtcdPass1"),
    "influxdb": ("admin", "InfluxPass1"),
    "clickhouse": ("default", "ChPass1"),
    "zookeeper": ("auditor", "ZkPass1"),
    # behind ajar.lab.gateway (the engines themselves have no security): HTTP Basic for
    # opensearch and couchdb; the S3 access key id and secret key (SigV4) for s3
    "opensearch": ("elastic", "EsPass1"),
    "s3": ("AKIAAJARLABLOCKED001", "S3SecretPass1"),
    "couchdb": ("admin", "CouchPass1"),
}

#: Default ports of the lab (S3 on 4566: ClickHouse's native protocol already uses 9000).
PORTS: dict[str, int] = {
    "mongodb": 27017,
    "redis": 6379,
    "postgres": 5432,
    "mariadb": 3306,
    "mqtt": 1883,
    "memcached": 11211,
    "etcd": 2379,
    "influxdb": 8086,
    "clickhouse": 9000,
    "clickhouse_http": 8123,
    "zookeeper": 2181,
    "opensearch": 9200,
    "s3": 4566,
    "couchdb": 5984,
}

#: Default rate of the live writer, in sightings per minute.
WRITER_PER_MINUTE = 60.0

__all__ = ["LOCKED_CREDENTIALS", "LOCKED_HOST", "OPEN_HOST", "PORTS", "WRITER_PER_MINUTE"]
