"""Engine probes. ``PROBES`` is the one registry of built-ins: alphabetical, one line each.

Adding an engine: one file ``probes/<id>.py`` (see ``base.py``), one line here, one test
file ``tests/probes/test_<id>.py``. ``tests/contract/test_probes.py`` fails until all three exist.
"""

from __future__ import annotations

from ajar.probes.base import Probe
from ajar.probes.clickhouse import ClickhouseProbe
from ajar.probes.couchdb import CouchdbProbe
from ajar.probes.elasticsearch import ElasticsearchProbe
from ajar.probes.etcd import EtcdProbe
from ajar.probes.influxdb import InfluxdbProbe
from ajar.probes.memcached import MemcachedProbe
from ajar.probes.mongodb import MongodbProbe
from ajar.probes.mqtt import MqttProbe
from ajar.probes.mysql import MysqlProbe
from ajar.probes.postgresql import PostgresqlProbe
from ajar.probes.redis import RedisProbe
from ajar.probes.s3 import S3Probe
from ajar.probes.zookeeper import ZookeeperProbe

PROBES: tuple[type[Probe], ...] = (
    ClickhouseProbe,
    CouchdbProbe,
    ElasticsearchProbe,
    EtcdProbe,
    InfluxdbProbe,
    MemcachedProbe,
    MongodbProbe,
    MqttProbe,
    MysqlProbe,
    PostgresqlProbe,
    RedisProbe,
    S3Probe,
    ZookeeperProbe,
)

__all__ = ["PROBES", "Probe"]
