"""The scan checkpoint in the store (migration 0003), on SQLite and on our own PostgreSQL.

The end-to-end proof (a scan killed with ``kill -9`` and resumed) is in
``tests/scale/test_find_all.py``; here: the migration up and down, and what a run records,
replays and clears.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from ajar.config import ScanConfig
from ajar.errors import UsageError
from ajar.models import Service, Status
from ajar.pipeline.discover import Checkpoint
from ajar.pipeline.scope import HostPort
from ajar.resume import find_run, open_run
from ajar.store import Store, make_engine, migrate
from ajar.store.checkpoint import StoreRun

NEW = {"checkpoints", "checkpoint_jobs"}


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migration_0003_up_and_down(store_url: str) -> None:
    engine = make_engine(store_url)
    migrate(engine, "0002")
    assert not NEW & _tables(store_url) and "runs" in _tables(store_url)
    migrate(engine, "0003")
    assert NEW <= _tables(store_url)
    migrate(engine, "0002", down=True)
    assert not NEW & _tables(store_url) and "runs" in _tables(store_url)  # the rest stays
    migrate(engine)
    assert NEW <= _tables(store_url)
    engine.dispose()


def _svc(port: int) -> Service:
    return Service(host="127.0.0.9", port=port, status=Status.REFUSED, error="port is closed")


def test_a_run_records_replays_and_clears(store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = tmp_path / "state"
    monkeypatch.setenv("AJAR_STATE_DIR", str(state))  # no journal file may appear
    config, run, replay = open_run(ScanConfig(targets=["127.0.0.0/24"], ports=[6379, 27017]), None,
                                   {"output": ["/tmp/r.json"], "format": None}, store=store_url)
    assert replay is None and isinstance(run, StoreRun) and config.seed
    other = StoreRun.create(Store(store_url), config)  # another unfinished run is left alone
    for port in (1, 2, 3):
        run.found(HostPort("127.0.0.9", None, "db.example", "redis", True, "/b"), port)
    run.service(_svc(2))
    run.service(_svc(4))  # a named port that was closed: never "found"
    for w in range(0, 50_000, 1000):  # marks replace each other: one row, whatever the scope's size
        run.mark(Checkpoint(w, {w + 5, w + 9}))
    run.close()  # as kill -9 would leave it

    again = find_run(run.id, store_url, False)
    assert isinstance(again, StoreRun) and again.config() == config
    assert again.meta()["output"] == {"output": ["/tmp/r.json"], "format": None}
    got = again.replay()
    assert got.checkpoint == Checkpoint(49_000, {49_005, 49_009})
    assert sorted(s.port for s in got.services) == [2, 4]
    assert sorted(p for _, p in got.pending) == [1, 3]
    assert got.pending[0][0] == HostPort("127.0.0.9", None, "db.example", "redis", True, "/b")
    with pytest.raises(UsageError, match="still running"):
        find_run(other.id, store_url, False)  # `other` is open: its process holds the run
    with pytest.raises(UsageError, match="still running"):
        find_run(run.id, store_url, False)  # and so does `again` now
    again.close()
    free = find_run(None, store_url, False)
    assert free.id == run.id  # the last one not running, by default
    free.close()  # type: ignore[attr-defined]
    other.close()  # as kill -9 would leave it
    last = find_run(None, store_url, False)
    assert last.id == max(run.id, other.id)
    last.close()  # type: ignore[attr-defined]
    again = find_run(run.id, store_url, False)

    engine = make_engine(store_url)
    with engine.connect() as c:
        assert c.execute(sa.text("SELECT COUNT(*) FROM checkpoints")).scalar_one() == 2
        row = c.execute(sa.text("SELECT config, done FROM checkpoints WHERE id = :i"), {"i": run.id}).one()
    assert json.loads(row.config)["targets"] == ["127.0.0.0/24"] and json.loads(row.done) == [49_005, 49_009]

    again.end()  # finished: its rows go, the other run's stay
    with engine.connect() as c:
        assert c.execute(sa.text("SELECT id FROM checkpoints")).scalars().all() == [other.id]
        assert c.execute(sa.text("SELECT COUNT(*) FROM checkpoint_jobs")).scalar_one() == 0
    engine.dispose()
    with pytest.raises(UsageError, match=f"no interrupted run .*interrupted runs in the store: {other.id}"):
        find_run(run.id, store_url, False)  # the message lists the runs there are
    other.end()
    with pytest.raises(UsageError, match="no interrupted run"):
        find_run(None, store_url, False)
    assert not list(state.glob("*"))  # no journal, and no lock left behind


def test_an_unreachable_store_is_a_usage_error_that_names_no_store() -> None:
    with pytest.raises(UsageError, match="--no-store"):
        open_run(ScanConfig(targets=["127.0.0.1"]), None, store="postgresql://u@127.0.0.1:1/x")
