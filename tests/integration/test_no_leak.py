"""No sampled value escapes: canaries seeded in the lab are searched for in every output.

Canary values are synthetic, unique, and shaped like personal data so that the classifier
finds them and reports masked examples. The test searches the JSON, every other report
format, stdout, stderr and the log files for each canary and for long fragments of it.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from pymongo import MongoClient
from stdnum.cn import ric

from tests.conftest import OPEN, port_open, run_cli
from tests.support import free_port

pytestmark = pytest.mark.integration


def _ric(seq: int) -> str:
    base = f"653101198{seq % 10}0{(seq % 9) + 1}0{seq % 10}{seq % 900 + 100:03d}"
    return base + ric.calc_check_digit(base)


CANARIES = {
    "name": "Qzwcanary Vexlethorpe",
    "email": "qzw.canary.4417@canary-example.org",
    "phone": "+86 138 0013 4417",
    "sfzh": _ric(4417),
    "token": "cnry_9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    "ip": "203.0.113.217",
}


def _fragments(value: str) -> set[str]:
    """The value and every 8-character window of it without separators (long enough to identify)."""
    compact = "".join(ch for ch in value if ch.isalnum())
    return {value} | {compact[i : i + 8] for i in range(0, max(1, len(compact) - 7))}


@pytest.fixture
def canaries(lab: Path) -> Iterator[dict[str, str]]:
    m: MongoClient[dict[str, object]] = MongoClient(OPEN, 27017, directConnection=True)
    r = redis.Redis(host=OPEN, port=6379, db=7)
    docs = [
        {"xm": CANARIES["name"], "sfzh": CANARIES["sfzh"], "email": CANARIES["email"], "dh": CANARIES["phone"],
         "csrq": dt.datetime(1981, 1, 1), "mz": "维吾尔族", "lat": 39.47, "lng": 75.99}
        for _ in range(12)
    ]
    m["canarydb"]["suspects"].insert_many(docs)
    for i in range(12):
        r.hset(f"session:{CANARIES['token']}{i}", mapping={"email": CANARIES["email"], "ip": CANARIES["ip"],
                                                           "token": CANARIES["token"]})
    try:
        yield CANARIES
    finally:
        m.drop_database("canarydb")
        r.flushdb()
        m.close()
        r.close()


def test_no_canary_in_any_output(canaries: dict[str, str], lab: Path, tmp_path: Path) -> None:
    outputs: dict[str, str] = {}
    jpath = tmp_path / "r.json"
    r = run_cli("scan", f"mongodb://{OPEN}:27017", f"redis://{OPEN}:6379", "-o", str(jpath), "--sample", "20")
    assert r.returncode == 0, r.stderr[-2000:]
    outputs["stdout"], outputs["stderr"], outputs["json"] = r.stdout, r.stderr, jpath.read_text()
    rep = json.loads(outputs["json"])
    suspects = [d for s in rep["services"] for d in s["datasets"] if d["name"] == "canarydb.suspects"]
    assert suspects and suspects[0]["fields"], "the canary dataset must be sampled and classified"
    assert any(f["examples"] for f in suspects[0]["fields"]), "masked examples must be reported"
    for fmt in ("md", "html", "csv", "letter"):
        rr = run_cli("report", str(jpath), "--format", fmt)
        assert rr.returncode == 0, rr.stderr
        outputs[fmt] = rr.stdout + rr.stderr
    for where, text in outputs.items():
        for key, value in canaries.items():
            for frag in _fragments(value):
                assert frag not in text, f"canary {key} leaked into {where} (fragment {frag!r})"


def test_no_canary_in_a_scan_checkpoint_in_the_store(canaries: dict[str, str], lab: Path, tmp_path: Path) -> None:
    """What an interrupted run leaves in the store (every checkpoint row it wrote) holds no canary."""
    import asyncio

    import sqlalchemy as sa

    from ajar.config import ScanConfig
    from ajar.pipeline.run import scan
    from ajar.resume import open_run

    url = f"sqlite:///{tmp_path / 'ajar.db'}"
    config, run, _ = open_run(ScanConfig(targets=[f"mongodb://{OPEN}:27017", f"redis://{OPEN}:6379"], sample=20),
                              None, store=url)
    run.end = run.close  # type: ignore[method-assign]  # killed before the end: every row stays
    rep = asyncio.run(scan(config, run=run))
    assert any(d.name == "canarydb.suspects" and d.fields for s in rep.services for d in s.datasets)
    engine = sa.create_engine(url)
    with engine.connect() as c:
        rows = c.execute(sa.text("SELECT endpoint, service FROM checkpoint_jobs")).all()
        text = json.dumps([list(r) for r in rows]) + json.dumps(list(c.execute(sa.text("SELECT * FROM checkpoints"))
                                                                   .one()), default=str)
    engine.dispose()
    assert "canarydb.suspects" in text and len(rows) == 2  # the finished services are there, masked
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("ajar.db*"))  # the file and its WAL, as on disk
    for key, value in canaries.items():
        for frag in _fragments(value):
            assert frag not in text, f"canary {key} leaked into the checkpoint (fragment {frag!r})"
            assert frag.encode() not in raw, f"canary {key} is in the store file (fragment {frag!r})"


# --- canaries in NAMES: keys, collections, field names, indices, topics, object keys, headers, URIs ---

def _ric_digit_check(seq: int) -> str:
    """A checksum-valid ID whose check digit is a digit (index names are lower-cased)."""
    while not _ric(seq)[-1].isdigit():
        seq += 1
    return _ric(seq)


NAME_CANARIES = {
    "phone": "+8613800135521",
    "email": "qzw.namecanary.5521@canary-example.org",
    "ric": _ric_digit_check(5521),
    "token": "nmcy_7e6d5c4b3a2918f7e6d5c4b3a2918f70",
    "password": "Pw0rdCanary9931",
}


def _wait(predicate: Callable[[], bool], what: str, proc: subprocess.Popen[bytes], seconds: float = 30) -> None:
    """Readiness by protocol, against a deadline (never a fixed sleep)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if predicate():
                return
        except Exception:  # noqa: BLE001 - not ready yet
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"{what} did not start")
        time.sleep(0.1)


def _start(cmd: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)


@pytest.fixture
def name_servers(tmp_path: Path) -> Iterator[dict[str, int]]:
    """Private servers on 127.0.0.1 (free ports), each holding canaries in names; stopped by PID."""
    import boto3
    import httpx
    import osmem_server
    from paho.mqtt import client as mqtt

    from ajar.lab.mongo import start_nx

    c = NAME_CANARIES
    digits = c["phone"].lstrip("+")
    procs: list[subprocess.Popen[bytes]] = []
    ports = {k: free_port() for k in ("redis", "mongodb", "elasticsearch", "mqtt", "s3")}
    try:
        # Redis: key prefixes that carry a phone, an ID, an e-mail address and a session token
        rp = ports["redis"]
        procs.append(_start([shutil.which("redis-server") or "redis-server", "--port", str(rp), "--bind", "127.0.0.1",
                             "--save", "", "--appendonly", "no", "--protected-mode", "no"], tmp_path / "redis.log"))
        r = redis.Redis(host="127.0.0.1", port=rp)
        _wait(lambda: bool(r.ping()), "redis-server", procs[-1])
        for i in range(12):
            r.hset(f"u{digits}:{i}", mapping={"status": "active"})
            r.set(f"ID-{c['ric']}:{i}", "1")
            r.set(f"profile:{c['email']}:{i}", "seen")
            r.set(f"session:{c['token']}{i}", "x")
        r.close()
        # MongoDB stand-in: a collection and nested field names made of personal data
        mp = ports["mongodb"]
        procs.append(start_nx("127.0.0.1", mp, Path("memory"), tmp_path / "nx.log"))
        m: MongoClient[dict[str, object]] = MongoClient("127.0.0.1", mp, directConnection=True)
        m["crm"][f"contacts_{digits}"].insert_many(  # nx-27017 allows identifiers only as collection names
            [{"contacts": {c["phone"]: "mobile", c["ric"]: "id", c["token"]: "t"}, "n": i} for i in range(12)])
        m["crm"][f"people_{c['ric']}"].insert_many([{"n": i, "note": "ok"} for i in range(12)])
        m.close()
        # OpenSearch stand-in: index names and a field name
        ep = ports["elasticsearch"]
        procs.append(_start([osmem_server.resolve_binary(), "-addr", f"127.0.0.1:{ep}", "-no-stdin-watch", "-no-ja"],
                            tmp_path / "osmem.log"))
        es = httpx.Client(base_url=f"http://127.0.0.1:{ep}", timeout=10)
        _wait(lambda: es.get("/").status_code == 200, "osmem-server", procs[-1])
        for idx in (f"people-{c['ric']}", f"u{digits}"):
            for i in range(12):
                es.put(f"/{idx}/_doc/{i}", json={"owner_" + digits: i, "state": "ok"}).raise_for_status()
            es.post(f"/{idx}/_refresh")
        es.close()
        # Mosquitto: topics that name a person
        qp = ports["mqtt"]
        conf = tmp_path / "mosquitto.conf"
        conf.write_text(f"listener {qp} 127.0.0.1\nallow_anonymous true\npersistence false\n")
        procs.append(_start([shutil.which("mosquitto") or "mosquitto", "-c", str(conf)], tmp_path / "mosquitto.log"))
        _wait(lambda: port_open("127.0.0.1", qp), "mosquitto", procs[-1])
        pub = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
        pub.connect("127.0.0.1", qp)
        pub.loop_start()
        for topic in (f"users/{c['email']}/location", f"devices/{digits}/status"):
            msg = json.dumps({"lat": 39.9, "lon": 116.4, "ts": 1700000000})
            pub.publish(topic, msg, qos=1, retain=True).wait_for_publish(10)
        pub.loop_stop()
        pub.disconnect()
        # S3 (moto): an object key and an object's metadata header that carry an e-mail address
        sp = ports["s3"]
        procs.append(_start([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(sp)],
                            tmp_path / "moto.log"))
        _wait(lambda: port_open("127.0.0.1", sp), "moto", procs[-1])
        s3 = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{sp}", region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")
        s3.create_bucket(Bucket="exports")
        s3.put_object(Bucket="exports", Key=f"users/{c['email']}.json", ACL="public-read",
                      Body=json.dumps([{"n": i, "state": "ok"} for i in range(12)]).encode(),
                      Metadata={"owner": c["email"], "phone": c["phone"]})
        yield ports
    finally:
        for p in procs:  # only what this fixture started, by PID
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


def test_no_canary_from_names_in_any_output(name_servers: dict[str, int], tmp_path: Path) -> None:
    p, c = name_servers, NAME_CANARIES
    jpath = tmp_path / "names.json"
    r = run_cli(
        "scan", f"redis://admin:{c['password']}@127.0.0.1:{p['redis']}", f"mongodb://127.0.0.1:{p['mongodb']}",
        f"127.0.0.1:{p['elasticsearch']}", f"mqtt://127.0.0.1:{p['mqtt']}", f"s3://127.0.0.1:{p['s3']}/exports",
        "-o", str(jpath), "--sample", "20",
    )  # fmt: skip
    assert r.returncode in (0, 1), r.stderr[-2000:]
    outputs = {"stdout": r.stdout, "stderr": r.stderr, "json": jpath.read_text(encoding="utf-8")}
    rep = json.loads(outputs["json"])
    engines = {s["engine"] for s in rep["services"]}
    assert {"redis", "mongodb", "elasticsearch", "mqtt", "s3"} <= engines, engines
    names = [d["name"] for s in rep["services"] for d in s["datasets"]]
    assert len(names) >= 6, "the named datasets must be inventoried for the test to mean anything"
    for fmt in ("md", "html", "csv", "letter", "sarif", "jsonl"):
        rr = run_cli("report", str(jpath), "--format", fmt)
        assert rr.returncode == 0, rr.stderr
        outputs[fmt] = rr.stdout + rr.stderr
    for where, text in outputs.items():
        for key, value in c.items():
            for frag in _fragments(value):
                assert frag not in text, f"name canary {key} leaked into {where} (fragment {frag!r})"
