"""No sampled value escapes: canaries seeded in the lab are searched for in every output.

Canary values are synthetic, unique, and shaped like personal data so that the classifier
finds them and reports masked examples. The test searches the JSON, every other report
format, stdout, stderr and the log files for each canary and for long fragments of it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from pymongo import MongoClient
from stdnum.cn import ric

from tests.conftest import OPEN, run_cli

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


# Canaries in NAMES (keys, collections, indices, topics, object keys, headers, URIs, files) and every other
# output (history, diff, store, checkpoints, alerts, dashboard): tests/integration/test_no_leak_anywhere.py
