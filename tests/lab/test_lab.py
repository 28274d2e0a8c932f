"""The lab itself: generator checksums (unit) and every lab server answering as designed
(integration: open ones readable without credentials, locked ones refusing).

Start the lab with ``lab/up.sh`` first; integration tests fail (never skip) when it is down.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import socket
import time
from pathlib import Path
from typing import Any

import pytest
import stdnum.cn.ric as ric
import stdnum.iban
import stdnum.imei
import stdnum.luhn

from ajar.lab import LOCKED_CREDENTIALS as CREDS
from ajar.lab.generator import Generator, make_ric, ric_check_digit

ROOT = Path(__file__).resolve().parents[2]
LAB_DIR = Path(os.environ.get("LAB_DIR", ROOT / ".lab"))
OPEN, LOCK = "127.0.0.2", "127.0.0.3"


# ----------------------------------------------------------------------------- unit: generator
def test_ric_check_digit_matches_standard_examples() -> None:
    # the worked example of GB 11643-1999 and a number with an X check character
    assert ric_check_digit("11010519491231002") == "X"
    assert ric.is_valid("11010519491231002X")
    assert make_ric("110105", dt.date(1949, 12, 31), 2) == "11010519491231002X"


def test_people_ids_are_checksum_valid_and_consistent() -> None:
    people = Generator(2026).people(2000)
    assert len({p["sfzh"] for p in people}) > 1990
    for p in people:
        assert ric.is_valid(p["sfzh"]), p["sfzh"]
        assert ric.get_birth_date(p["sfzh"]).isoformat() == p["csrq"]
        assert p["sfzh"][:6] == p["region"]
        assert (int(p["sfzh"][16]) % 2 == 1) == (p["xb"] == "男")
    scripts = {"han": 0, "arabic": 0, "cyrillic": 0, "latin": 0}
    for p in people:
        ch = p["xm"][0]
        if "\u4e00" <= ch <= "\u9fff":
            scripts["han"] += 1
        elif "\u0600" <= ch <= "\u06ff":
            scripts["arabic"] += 1
        elif "\u0400" <= ch <= "\u04ff":
            scripts["cyrillic"] += 1
        elif ch.isascii():
            scripts["latin"] += 1
    assert all(n > 10 for n in scripts.values()), scripts
    assert {"汉族", "维吾尔族", "回族", "哈萨克族"} <= {p["mz"] for p in people}


def test_generator_is_deterministic() -> None:
    a, b = Generator(7), Generator(7)
    assert a.people(50) == b.people(50)
    assert a.customers(20) == b.customers(20)
    assert Generator(8).people(5) != a.people(5)


def test_other_identifiers_are_checksum_valid() -> None:
    g = Generator()
    custs = g.customers(500)
    assert all(stdnum.luhn.is_valid(c["card_number"]) for c in custs if c["card_number"])
    assert all(stdnum.iban.is_valid(c["iban"]) for c in custs if c["iban"])
    assert all(c["card_number"] or c["iban"] for c in custs)
    assert all(stdnum.imei.is_valid(v["imei"]) for v in g.vehicles(50))


def test_sightings_history_has_the_writer_rate() -> None:
    g = Generator()
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    s = g.sightings(g.people(100), 3000, per_minute=60, now=now)
    ts = sorted(x["ts"] for x in s)
    assert ts[-1] <= now
    assert abs((now - ts[0]).total_seconds() - 3000) < 2
    last10 = sum(1 for t in ts if t >= now - dt.timedelta(minutes=10))
    assert abs(last10 - 600) <= 1
    assert s[0]["location"]["type"] == "Point" and len(s[0]["location"]["coordinates"]) == 2


def test_redis_cache_covers_every_type() -> None:
    kinds = {k for _, k, _, _ in Generator().redis_cache()}
    assert kinds == {"hash", "string", "list", "set", "zset", "stream"}


# ----------------------------------------------------------------------------- integration
def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def need(*endpoints: tuple[str, int]) -> None:
    down = [f"{h}:{p}" for h, p in endpoints if not _port_open(h, p)]
    if down:
        pytest.fail(f"lab server(s) not running: {', '.join(down)}; start them with `lab/up.sh`")


def refused(fn: Any) -> BaseException:
    try:
        fn()
    except BaseException as e:  # noqa: BLE001
        return e
    raise AssertionError("the locked server answered without credentials")


integration = pytest.mark.integration


@integration
def test_mongodb_open_seeded_and_live() -> None:
    from pymongo import MongoClient

    need((OPEN, 27017))
    c: MongoClient[dict[str, Any]] = MongoClient(
        OPEN, 27017, directConnection=True, serverSelectionTimeoutMS=3000, tz_aware=True
    )
    assert "watchlist" in c.list_database_names()
    db = c.watchlist
    assert db.people.estimated_document_count() == 2000
    assert db.checkins.count_documents({}) == 500
    person = db.people.find_one()
    assert person and ric.is_valid(person["sfzh"])
    rate = float((LAB_DIR / "writer.rate").read_text().split()[0])
    before = db.sightings.count_documents({})
    assert before >= 5000
    # by protocol: the first new sighting, against a deadline of several of the writer's periods
    started = dt.datetime.now(dt.UTC)
    deadline = time.monotonic() + max(30.0, 4 * 180 / rate)
    while (after := db.sightings.count_documents({})) <= before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert after > before, "the writer is not adding sightings"
    newest = db.sightings.find_one(sort=[("ts", -1)])
    assert newest and newest["location"]["type"] == "Point"
    # it was written while we waited, stamped with its slot's due time (``ajar.lab.writer``: a writer starved on a
    # busy machine inserts the slots it missed in one batch, each with its own time): not before the wait began, less
    # a minute of such lag and two of the writer's periods, nor after now; an age bound from now (10 s + two periods)
    # failed at 16.8 s on a loaded 2-core machine
    slack = dt.timedelta(seconds=60 + 120 / rate)
    latest = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=10)
    assert started - slack <= newest["ts"] <= latest, (started, newest["ts"])
    # the history has the same rate as the writer: count the last 10 minutes
    window = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
    n = db.sightings.count_documents({"ts": {"$gte": window}})
    assert abs(n - rate * 10) <= max(3, rate * 10 * 0.05), (n, rate)


@integration
def test_mongodb_locked_refuses() -> None:
    from pymongo import MongoClient
    from pymongo.errors import OperationFailure

    need((LOCK, 27017))
    c: MongoClient[dict[str, Any]] = MongoClient(LOCK, 27017, directConnection=True, serverSelectionTimeoutMS=3000)
    assert c.admin.command("hello")["ok"]
    e = refused(c.list_database_names)
    assert isinstance(e, OperationFailure) and e.code == 13
    bad: MongoClient[dict[str, Any]] = MongoClient(
        LOCK, 27017, directConnection=True, username="x", password="y", serverSelectionTimeoutMS=3000
    )
    e = refused(lambda: bad.admin.command("ping"))
    assert isinstance(e, OperationFailure) and e.code == 18


@integration
def test_redis() -> None:
    import redis

    need((OPEN, 6379), (LOCK, 6379))
    r = redis.Redis(OPEN, 6379, socket_timeout=3, retry=None)
    ks = r.info("keyspace")
    # 304 session-cache keys, plus backup1..4: the crypto-mining cron payload (a compromise sign)
    assert ks["db0"]["keys"] == 304 + 4 and ks["db2"]["keys"] == 20
    assert all(b"curl" in (r.get(f"backup{i}") or b"") for i in range(1, 5))
    types = {r.type(k) for k in r.scan_iter(count=500)}
    assert types == {b"hash", b"string", b"list", b"set", b"zset", b"stream"}
    sess = next(r.scan_iter("session:*"))
    assert set(r.hgetall(sess)) == {b"email", b"ip", b"user_agent", b"created"}
    e = refused(lambda: redis.Redis(LOCK, 6379, socket_timeout=3, retry=None).dbsize())
    assert isinstance(e, redis.AuthenticationError | redis.ResponseError)
    assert redis.Redis(LOCK, 6379, password=CREDS["redis"][1], retry=None).dbsize() == 304


@integration
async def test_postgres() -> None:
    import asyncpg

    need((OPEN, 5432), (LOCK, 5432))
    conn = await asyncpg.connect(host=OPEN, user="postgres", database="crm", timeout=5)
    try:
        assert await conn.fetchval("select count(*) from customers") == 1000
    finally:
        await conn.close()
    with pytest.raises((asyncpg.InvalidPasswordError, asyncpg.InvalidAuthorizationSpecificationError)):
        await asyncpg.connect(host=LOCK, user="postgres", database="crm", timeout=5)
    conn = await asyncpg.connect(host=LOCK, user="postgres", password=CREDS["postgres"][1], database="crm", timeout=5)
    await conn.close()
    log = LAB_DIR / "logs" / "postgres-open.log"
    assert "select count(*) from customers" in log.read_text(errors="replace")


@integration
def test_mariadb() -> None:
    import pymysql

    need((OPEN, 3306), (LOCK, 3306))
    c = pymysql.connect(host=OPEN, user="root", password="", connect_timeout=5)
    cur = c.cursor()
    cur.execute("select count(*) from shop.customers")
    assert cur.fetchone() == (1000,)
    c.close()
    e = refused(lambda: pymysql.connect(host=LOCK, user="root", password="", connect_timeout=5))
    assert isinstance(e, pymysql.err.OperationalError) and e.args[0] == 1045
    pymysql.connect(host=LOCK, user="root", password=CREDS["mariadb"][1], connect_timeout=5).close()
    assert "select count(*) from shop.customers" in (LAB_DIR / "logs" / "mariadb-open-general.log").read_text(
        errors="replace"
    )


def _mysql_anonymous(host: str) -> Any:
    """A login as the anonymous user ``''`` (PyMySQL turns an empty name into the OS user)."""
    import pymysql

    c = pymysql.connect(host=host, user="-", password="", connect_timeout=5, defer_connect=True)
    c.user = ""
    c.connect()
    return c


@integration
def test_mariadb_open_has_an_anonymous_account() -> None:
    """What a real leak holds: ajar's default login (user '', no password) reads the data."""
    import pymysql

    need((OPEN, 3306), (LOCK, 3306))
    c = _mysql_anonymous(OPEN)
    try:
        cur = c.cursor()
        cur.execute("select current_user(), (select count(*) from shop.customers)")
        assert cur.fetchone() == ("@%", 1000)
        cur.execute("select email from shop.customers limit 1")
        assert "@" in cur.fetchone()[0]
        with pytest.raises(pymysql.err.OperationalError) as ei:  # SELECT only
            cur.execute("create table shop.anon_write_probe (a int)")
        assert ei.value.args[0] == 1142
    finally:
        c.close()
    e = refused(lambda: _mysql_anonymous(LOCK))
    assert isinstance(e, pymysql.err.OperationalError) and e.args[0] == 1045


def _mqtt_read(host: str, creds: tuple[str, str] | None = None, vehicles: int = 1) -> tuple[Any, list[str]]:
    """The broker's answer to a connect and the topics received on ``vehicles/#``: by protocol, until
    the connect is refused or ``vehicles`` vehicles were heard (a 30 s deadline), then one more
    second (the writer re-publishes every second: a vehicle beyond them would be heard)."""
    import paho.mqtt.client as mqtt

    got: list[str] = []
    st: dict[str, Any] = {}
    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    if creds:
        c.username_pw_set(*creds)
    c.on_connect = lambda cl, u, f, rc, p: (st.setdefault("rc", rc), cl.subscribe("vehicles/#"))
    c.on_message = lambda cl, u, m: got.append(m.topic)
    c.connect(host, 1883, 5)
    c.loop_start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        rc = st.get("rc")
        if rc is not None and (rc.is_failure or len({t.split("/")[1] for t in list(got)}) >= vehicles):
            break
        time.sleep(0.05)
    if rc is not None and not rc.is_failure:
        time.sleep(1.0)
    c.loop_stop()
    c.disconnect()
    return st.get("rc"), got


@integration
def test_mosquitto() -> None:
    need((OPEN, 1883), (LOCK, 1883))
    rc, topics = _mqtt_read(OPEN, vehicles=20)
    assert rc is not None and not rc.is_failure
    imeis = {t.split("/")[1] for t in topics}
    assert len(imeis) == 20 and all(stdnum.imei.is_valid(i) for i in imeis)
    rc, topics = _mqtt_read(LOCK)
    assert rc is not None and rc.is_failure and not topics
    rc, topics = _mqtt_read(LOCK, CREDS["mqtt"])
    assert not rc.is_failure and topics


def _mc(host: str, cmds: bytes, auth: bytes = b"") -> bytes:
    with socket.create_connection((host, 11211), timeout=3) as s:
        if auth:
            s.sendall(b"set auth x 0 %d\r\n%s\r\n" % (len(auth), auth))
            assert s.recv(100) == b"STORED\r\n"
        s.sendall(cmds)
        buf = b""
        while not (buf.endswith(b"END\r\n") or buf.endswith(b"ERROR\r\n") or b"unauthenticated" in buf):
            d = s.recv(65536)
            if not d:
                break
            buf += d
        return buf


@integration
def test_memcached() -> None:
    need((OPEN, 11211), (LOCK, 11211))
    dump = _mc(OPEN, b"lru_crawler metadump all\r\n")
    assert dump.count(b"key=session%3A") == 200
    assert b"unauthenticated" in _mc(LOCK, b"lru_crawler metadump all\r\n")
    user, pw = CREDS["memcached"]
    cred = f"{user} {pw}".encode()
    dump = _mc(LOCK, b"lru_crawler metadump all\r\n", auth=cred)
    assert dump.count(b"key=session%3A") == 200


@integration
def test_etcd() -> None:
    import httpx

    need((OPEN, 2379), (LOCK, 2379))
    body = {"key": base64.b64encode(b"\0").decode(), "range_end": base64.b64encode(b"\0").decode()}
    r = httpx.post(f"http://{OPEN}:2379/v3/kv/range", json=body, timeout=5)
    keys = {base64.b64decode(kv["key"]).decode() for kv in r.json()["kvs"]}
    assert "/app/prod/database/password" in keys and len(keys) == 30
    r = httpx.post(f"http://{LOCK}:2379/v3/kv/range", json=body, timeout=5)
    assert r.status_code >= 400 and "user name is empty" in r.text
    tok = httpx.post(
        f"http://{LOCK}:2379/v3/auth/authenticate", json={"name": "root", "password": CREDS["etcd"][1]}, timeout=5
    ).json()["token"]
    r = httpx.post(f"http://{LOCK}:2379/v3/kv/range", json=body, headers={"Authorization": tok}, timeout=5)
    assert len(r.json()["kvs"]) == 30


@integration
def test_influxdb() -> None:
    import httpx

    need((OPEN, 8086), (LOCK, 8086))
    r = httpx.get(f"http://{OPEN}:8086/query", params={"db": "telemetry", "q": "SELECT count(lat) FROM gps"})
    assert r.json()["results"][0]["series"][0]["values"][0][1] == 1000
    r = httpx.get(f"http://{LOCK}:8086/query", params={"q": "SHOW DATABASES"})
    assert r.status_code == 401
    u, p = CREDS["influxdb"]
    r = httpx.get(f"http://{LOCK}:8086/query", params={"q": "SHOW DATABASES", "u": u, "p": p})
    assert r.status_code == 200 and "telemetry" in r.text


@integration
def test_clickhouse() -> None:
    from clickhouse_driver import Client
    from clickhouse_driver.errors import ServerException

    need((OPEN, 9000), (LOCK, 9000))
    assert Client(OPEN).execute("SELECT count() FROM analytics.events") == [(2000,)]
    e = refused(lambda: Client(LOCK, connect_timeout=3).execute("SHOW DATABASES"))
    assert isinstance(e, ServerException) and e.code in (192, 193, 194, 516)
    assert Client(LOCK, password=CREDS["clickhouse"][1]).execute("SELECT count() FROM analytics.events") == [(2000,)]


@integration
def test_zookeeper() -> None:
    import logging

    from kazoo.client import KazooClient

    logging.getLogger("kazoo").setLevel(logging.CRITICAL)
    need((OPEN, 2181), (LOCK, 2181))
    z = KazooClient(f"{OPEN}:2181", timeout=10)
    z.start(30)  # a session on a busy 2-core machine: the deadline, not the usual time
    try:
        assert {"database", "aws", "stripe", "admin"} <= set(z.get_children("/app/prod"))
        assert len(z.get_children("/app/users")) == 20
        assert b"postgres://" in z.get("/app/prod/database/url")[0]
    finally:
        z.stop()
        z.close()

    def anon() -> None:
        z2 = KazooClient(f"{LOCK}:2181", timeout=3, connection_retry={"max_tries": 0})
        try:
            z2.start(3)
            z2.get_children("/")
        finally:
            z2.stop()
            z2.close()

    refused(anon)


@integration
def test_opensearch() -> None:
    import httpx

    need((OPEN, 9200), (LOCK, 9200))
    r = httpx.get(f"http://{OPEN}:9200/_cat/indices?format=json", timeout=5)
    counts = {i["index"]: int(i["docs.count"]) for i in r.json()}
    assert counts.get("app-logs") == 2000 and counts.get("customers") == 1000


_ES_CHALLENGE = ['Basic realm="security" charset="UTF-8"', "ApiKey"]


def _es_refusal(reason: str) -> dict[str, Any]:
    err = {"type": "security_exception", "reason": reason, "header": {"WWW-Authenticate": _ES_CHALLENGE}}
    return {"error": {"root_cause": [err], **err}, "status": 401}


@integration
def test_opensearch_locked_answers_like_elasticsearch_security() -> None:
    import httpx

    need((LOCK, 9200))
    r = httpx.get(f"http://{LOCK}:9200/", timeout=5)
    assert r.status_code == 401
    assert r.json() == _es_refusal("missing authentication credentials for REST request [/]")
    assert r.headers.get_list("www-authenticate") == _ES_CHALLENGE
    assert r.headers["x-elastic-product"] == "Elasticsearch"
    r = httpx.get(f"http://{LOCK}:9200/_cat/indices?format=json", timeout=5)
    assert r.json() == _es_refusal("missing authentication credentials for REST request [/_cat/indices?format=json]")
    user, pw = CREDS["opensearch"]
    r = httpx.get(f"http://{LOCK}:9200/_cat/indices", auth=(user, "wrong"), timeout=5)
    assert r.status_code == 401
    assert r.json() == _es_refusal(f"unable to authenticate user [{user}] for REST request [/_cat/indices]")
    r = httpx.get(f"http://{LOCK}:9200/_cat/indices?format=json", auth=(user, pw), timeout=5)
    assert r.status_code == 200
    counts = {i["index"]: int(i["docs.count"]) for i in r.json()}
    assert counts.get("app-logs") == 2000 and counts.get("customers") == 1000
    r = httpx.post(
        f"http://{LOCK}:9200/customers/_search", json={"size": 1, "query": {"match_all": {}}}, auth=(user, pw)
    )
    assert r.status_code == 200 and r.json()["hits"]["hits"][0]["_source"]["email"]


@integration
def test_gateway_survives_junk() -> None:
    """Malformed requests get 400 and close; the gateway keeps serving."""
    import httpx

    need((LOCK, 9200))
    for junk in (b"GARBAGE\r\n\r\n", os.urandom(70000), b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n"):
        with socket.create_connection((LOCK, 9200), timeout=5) as s:
            s.sendall(junk)
            s.shutdown(socket.SHUT_WR)
            head = s.recv(200)
        assert head.startswith((b"HTTP/1.1 400", b"HTTP/1.1 431", b"HTTP/1.1 401")), head
    assert httpx.get(f"http://{LOCK}:9200/", auth=CREDS["opensearch"], timeout=5).status_code == 200


@integration
def test_s3() -> None:
    import httpx

    need((OPEN, 4566))
    r = httpx.get(f"http://{OPEN}:4566/customer-exports", timeout=5)  # anonymous ListObjects
    assert r.status_code == 200
    for key in ("customers.csv", "customers.ndjson", "orders.json"):
        assert f"<Key>{key}</Key>" in r.text
    r = httpx.get(f"http://{OPEN}:4566/customer-exports/customers.ndjson", timeout=5)
    assert len(r.text.splitlines()) == 1000 and json.loads(r.text.splitlines()[0])["email"]


@integration
def test_s3_locked_refuses_anonymous_requests() -> None:
    import boto3
    import botocore.exceptions
    import httpx

    need((LOCK, 4566))
    for path in ("/", "/customer-exports", "/customer-exports?list-type=2", "/customer-exports/customers.csv"):
        r = httpx.get(f"http://{LOCK}:4566{path}", timeout=5)
        assert r.status_code == 403, path
        assert r.text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>')
        assert "<Message>Access Denied</Message>" in r.text and r.headers["x-amz-request-id"]
        assert f"<RequestId>{r.headers['x-amz-request-id']}</RequestId>" in r.text

    def client(key: str, secret: str) -> Any:
        return boto3.client(
            "s3",
            endpoint_url=f"http://{LOCK}:4566",
            region_name="us-east-1",
            aws_access_key_id=key,
            aws_secret_access_key=secret,
        )

    with pytest.raises(botocore.exceptions.ClientError) as ei:
        client("AKIAOTHERKEY00000000", "x").list_buckets()
    assert ei.value.response["Error"]["Code"] == "InvalidAccessKeyId"
    s3 = client(*CREDS["s3"])
    assert [b["Name"] for b in s3.list_buckets()["Buckets"]] == ["customer-exports"]
    keys = {o["Key"] for o in s3.list_objects_v2(Bucket="customer-exports")["Contents"]}
    assert keys == {"customers.csv", "customers.ndjson", "orders.json"}
    body = s3.get_object(Bucket="customer-exports", Key="customers.ndjson")["Body"].read().decode()
    assert len(body.splitlines()) == 1000
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "customer-exports", "Key": "orders.json"})
    assert httpx.get(url, timeout=5).status_code == 200


@integration
def test_couchdb() -> None:
    import httpx

    need((OPEN, 5984), (LOCK, 5984))
    base = f"http://{OPEN}:5984"
    assert httpx.get(base + "/", timeout=5).json()["express-pouchdb"] == "Welcome!"
    assert "_admin" in httpx.get(base + "/_session", timeout=5).json()["userCtx"]["roles"]  # admin party
    assert {"customers", "orders"} <= set(httpx.get(base + "/_all_dbs", timeout=5).json())
    assert httpx.get(base + "/customers", timeout=5).json()["doc_count"] == 1000
    assert httpx.get(base + "/orders", timeout=5).json()["doc_count"] == 300
    r = httpx.get(base + "/customers/_all_docs", params={"include_docs": "true", "limit": "2"}, timeout=5)
    doc = r.json()["rows"][0]["doc"]
    assert doc["_id"].startswith("customer:") and "@" in doc["email"]


@integration
def test_couchdb_locked_answers_like_couchdb_3() -> None:
    import httpx

    need((LOCK, 5984))
    base = f"http://{LOCK}:5984"
    assert httpx.get(base + "/", timeout=5).status_code == 200  # the welcome is public, as in CouchDB
    s = httpx.get(base + "/_session", timeout=5).json()
    assert s["userCtx"] == {"name": None, "roles": []}
    r = httpx.get(base + "/_all_dbs", timeout=5)
    assert r.status_code == 401 and r.json() == {"error": "unauthorized", "reason": "You are not a server admin."}
    assert r.headers["server"].startswith("CouchDB/3.")
    r = httpx.get(base + "/customers/_all_docs", timeout=5)
    assert r.status_code == 401
    assert r.json() == {"error": "unauthorized", "reason": "You are not authorized to access this db."}
    user, pw = CREDS["couchdb"]
    r = httpx.get(base + "/_all_dbs", auth=(user, "wrong"), timeout=5)
    assert r.status_code == 401 and r.json()["reason"] == "Name or password is incorrect."
    assert {"customers", "orders"} <= set(httpx.get(base + "/_all_dbs", auth=(user, pw), timeout=5).json())
    r = httpx.get(base + "/customers/_all_docs", params={"include_docs": "true", "limit": "1"}, auth=(user, pw))
    assert r.json()["total_rows"] == 1000


@integration
def test_only_lab_addresses_listen_on_lab_hosts() -> None:
    """Every listener on 127.0.0.2/.3 is one of the lab's known ports."""
    import subprocess

    expected = {27017, 6379, 5432, 3306, 1883, 11211, 2379, 2380, 8086, 8088, 9000, 8123, 2181, 9200, 4566, 5984}
    out = subprocess.run(["ss", "-Htln"], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        local = line.split()[3]
        host, _, port = local.rpartition(":")
        if host.strip("[]").removeprefix("::ffff:") in (OPEN, LOCK):
            assert int(port) in expected, line
