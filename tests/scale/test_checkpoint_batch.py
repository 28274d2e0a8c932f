"""The checkpoint is written in batches, and a ``kill -9`` loses at most the batch not yet written.

A scan records open ports, finished services and discovery progress (``pipeline/checkpoint.py``);
they are written together, by count (``AJAR_CHECKPOINT_BATCH``) or time (``AJAR_CHECKPOINT_SECONDS``),
at the end of each stage and on a signal. What a resumed scan repeats is bounded by that batch:

* a real scan does far fewer writes than events (before batching: one transaction per event);
* a process killed with SIGKILL keeps every batch written, loses fewer events than a batch, and
  its written progress never runs ahead of the results written (so no target is lost);
* a lone event is written within the time limit, with no further event to push it;
* SIGTERM writes the waiting batch: every service streamed before the stop is in the checkpoint.

Each on the store (SQLite, our own PostgreSQL) and on the journal of ``--no-store``.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.scale.test_find_all import Field, ajar, listening
from tests.watch.conftest import new_pg_db, pg_server  # noqa: F401 - our own PostgreSQL, as the store tests

NET = "127.24.0.0/20"


@pytest.fixture(params=["sqlite", "journal", "postgresql"])
def where(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """A store URL, or None for the journal of --no-store (in a temporary state directory)."""
    monkeypatch.setenv("AJAR_STATE_DIR", str(tmp_path / "state"))
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ajar.db'}"
    if request.param == "postgresql":
        return new_pg_db(request.getfixturevalue("pg_server"))
    return None


@pytest.fixture
def field() -> Iterator[Field]:
    yield from listening(NET, 60)


def _replay(url: str | None) -> tuple[set[str], set[str], int]:
    """(hosts with a finished service, hosts still to probe, watermark) of the one unfinished run,
    read as ``--resume`` reads it (the journal), or from the rows (the store: the run may still hold its lock)."""
    from ajar.pipeline.checkpoint import FileRun

    if url is None:
        r = FileRun.open(None).replay()
        return {s.host for s in r.services}, {ep.host for ep, _ in r.pending}, r.checkpoint.watermark
    engine = sa.create_engine(url)
    try:
        with engine.connect() as c:
            watermark = c.execute(sa.text("SELECT watermark FROM checkpoints")).scalar_one()
            jobs = c.execute(sa.text("SELECT host, service FROM checkpoint_jobs")).all()
    finally:
        engine.dispose()
    return {h for h, svc in jobs if svc is not None}, {h for h, svc in jobs if svc is None}, int(watermark)


def test_a_scan_writes_its_checkpoint_in_batches(field: Field, where: str | None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """60 open ports (60 found + 60 services) and discovery progress: a few writes, not one per event.
    Writes are counted below the code: store commits (the driver's), journal flushes (the file's)."""
    from ajar.config import ScanConfig
    from ajar.pipeline.run import scan
    from ajar.probes import PROBES
    from ajar.resume import open_run

    every, seconds = 64, 1.0
    monkeypatch.setenv("AJAR_CHECKPOINT_BATCH", str(every))
    monkeypatch.setenv("AJAR_CHECKPOINT_SECONDS", str(seconds))
    writes = [0]
    fdopen = os.fdopen

    def counted_fdopen(fd: int, *args: Any, **kw: Any) -> Any:
        f = fdopen(fd, *args, **kw)
        flush = f.flush

        def counted() -> None:
            writes[0] += 1
            flush()

        f.flush = counted
        return f

    monkeypatch.setattr(os, "fdopen", counted_fdopen)
    config = ScanConfig(targets=[NET], ports=[field.port, field.port + 1], timeout=2, rate=None,
                        concurrency=256, per_host=2)
    config, run, _ = open_run(config, None, store=where, no_store=where is None)
    if where is not None:
        writes[0] = 0  # the run's own row is written: count from here, by the driver's commits
        sa.event.listen(run.store.engine, "commit", lambda _c: writes.__setitem__(0, writes[0] + 1))  # type: ignore[attr-defined]
    t0 = time.monotonic()
    rep = asyncio.run(scan(config, run=run, probes=PROBES[:1]))
    elapsed = time.monotonic() - t0
    assert sorted(s.host for s in rep.services if s.port == field.port) == sorted(field.hosts)
    events = 2 * len(field.hosts)
    # at most one write per full batch, one per period, one per stage end; before batching: a write
    # per event (120), plus progress 4 times a second
    bound = events // every + elapsed / seconds + 3
    assert writes[0] <= bound, (writes[0], bound, elapsed)
    run.end()


_CHILD = """
import asyncio, os, signal, sys
from ajar.config import ScanConfig
from ajar.models import Service, Status
from ajar.pipeline.discover import Checkpoint
from ajar.pipeline.scope import HostPort
from ajar.resume import open_run

url, kill_at, linger = sys.argv[1] or None, int(sys.argv[2]), float(sys.argv[3])

async def main() -> None:
    _, run, _ = open_run(ScanConfig(targets=["127.0.0.0/24"]), None, store=url, no_store=url is None)
    n = 0
    def count() -> None:
        nonlocal n
        n += 1
        if n == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)  # kill -9 here, the batch half full
    for i in range(200):
        run.found(HostPort(f"127.0.0.{i}"), 1)  # position i was open
        count()
        if i % 2:
            run.service(Service(host=f"127.0.0.{i}", port=1, status=Status.REFUSED))
            count()
        run.mark(Checkpoint(watermark=i + 1))  # every position up to i is done
        await asyncio.sleep(0)
    print("waiting", flush=True)
    await asyncio.sleep(linger)

asyncio.run(main())
"""


def _child(url: str | None, kill_at: int, linger: float, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", _CHILD, url or "", str(kill_at), str(linger)],
                            env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("kill_at", [3, 17, 42, 99])
def test_a_kill_loses_less_than_a_batch_and_never_a_target(where: str | None, kill_at: int) -> None:
    p = _child(where, kill_at, 0, AJAR_CHECKPOINT_BATCH="8", AJAR_CHECKPOINT_SECONDS="3600")
    _, err = p.communicate(timeout=120)
    assert p.returncode == -signal.SIGKILL, err
    finished, pending, watermark = _replay(where)
    written = len(finished) + len(pending) + len(finished)  # each finished one was found, then finished
    assert kill_at - 8 < written <= kill_at  # whole batches of 8: only the last, unwritten one is lost
    assert written % 8 == 0
    # no target lost: every open position below the written progress is still to probe, or finished
    assert {f"127.0.0.{i}" for i in range(watermark)} <= finished | pending
    assert all(int(h.rsplit(".", 1)[1]) % 2 for h in finished)


def test_a_lone_event_is_written_within_the_time_limit(where: str | None) -> None:
    """No count fills the batch and nothing else happens: the timer writes it."""
    p = _child(where, 0, 60, AJAR_CHECKPOINT_BATCH="100000", AJAR_CHECKPOINT_SECONDS="0.5")
    try:
        assert p.stdout is not None and p.stdout.readline() == "waiting\n"  # 300 events recorded, none more
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            finished, pending, watermark = _replay(where)
            if watermark == 200:
                break
            time.sleep(0.1)
        assert p.poll() is None  # written while the process waits, not at its end
        assert watermark == 200 and len(finished) == 100 and len(pending) == 100
    finally:
        p.kill()
        p.wait()


def test_sigterm_writes_the_waiting_batch(field: Field, where: str | None, tmp_path: Path) -> None:
    """A batch that would wait for an hour: SIGTERM writes it; every service streamed is in the checkpoint."""
    stream = tmp_path / "r.jsonl"
    store = ["--no-store"] if where is None else ["--store", where]
    p = subprocess.Popen(ajar(NET, "-p", f"{field.port},{field.port + 1}", "-q", "--timeout", "2", "--rate", "2000",
                              "-o", str(stream), *store),
                         env={**os.environ, "AJAR_CHECKPOINT_BATCH": "100000", "AJAR_CHECKPOINT_SECONDS": "3600"},
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and p.poll() is None:
        if stream.exists() and stream.read_text().count("\n") >= 5:
            break
        time.sleep(0.05)
    assert p.poll() is None, "the scan ended before it could be stopped"
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 143, err
    streamed = {json.loads(line)["host"] for line in stream.read_text().splitlines()
                if json.loads(line).get("port") == field.port}
    finished, pending, _ = _replay(where)
    assert len(streamed) >= 5 and streamed <= finished


@pytest.mark.parametrize("kill_at", [23, 58])
def test_a_resumed_scan_repeats_only_the_unwritten_batch(field: Field, where: str | None, tmp_path: Path,
                                                         kill_at: int) -> None:
    """A real scan killed (SIGKILL, at its ``kill_at``-th checkpoint event, batches of 4) and resumed:
    no service in the checkpoint is probed again (its address gets at most the discovery connect),
    of the services finished before the kill at most a batch are not in it (they are probed
    again), and the report has all sixty, once each. The kill can land on the event that fills a
    batch, before that batch is written: then a whole batch of four services is the loss, and which
    event that is depends on how discovery's progress marks interleave with the services."""
    stream, out = tmp_path / "r.jsonl", tmp_path / "r.json"
    store = ["--no-store"] if where is None else ["--store", where]
    batch = {"AJAR_CHECKPOINT_BATCH": "4", "AJAR_CHECKPOINT_SECONDS": "3600"}
    r = subprocess.run(ajar(NET, "-p", f"{field.port},{field.port + 1}", "-q", "--timeout", "2", "--rate", "2000",
                            "-o", str(stream), "-o", str(out), *store),
                       env={**os.environ, **batch, "AJAR_FAULT": f"checkpoint.event@{kill_at}"},
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == -signal.SIGKILL, r.stderr
    before = field.so_far()
    streamed = {json.loads(line)["host"] for line in stream.read_text().splitlines()}  # finished before the kill
    finished, pending, _ = _replay(where)
    assert finished <= streamed and len(streamed - finished) <= 4  # at most the unwritten batch is lost
    again = subprocess.run(ajar("--resume", *store), env={**os.environ, **batch}, capture_output=True, text=True,
                           timeout=300)
    assert again.returncode in (0, 1), again.stderr
    after = field.hits()
    hosts = [s["host"] for s in json.loads(out.read_text())["services"] if s["port"] == field.port]
    assert sorted(hosts) == sorted(field.hosts)  # all sixty, once each
    for h in finished:  # written as finished: the resumed scan never probes it again
        assert after.get(h, 0) - before.get(h, 0) <= 1, (h, before.get(h), after.get(h))
