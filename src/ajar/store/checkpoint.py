"""The checkpoint of a run in the store: the :class:`~ajar.pipeline.checkpoint.RunLog` of every
scan that uses the store (the default), so that ``ajar scan --resume`` finishes it after ``kill -9``.

Two tables (migration 0003): ``checkpoints`` holds a run's config, where its report goes, and its
discovery progress, compact whatever the scope's size (a watermark in the seeded permutation and the
positions done above it: at most those in flight); ``checkpoint_jobs`` holds one row per open
port found (the endpoint to probe, then the finished service, masked as in the report: never a
sampled value). Events are written in batches (``pipeline/checkpoint.py``, :class:`Batched`),
one transaction each, so a process killed at any point leaves the store consistent: at most the
batch not yet written is lost, and the resumed scan repeats only the jobs in flight or in that
batch. A finished run's rows are deleted by the transaction that records the run
(:meth:`ajar.store.Store.record`): a kill at any point leaves the run resumable or finished.

A running scan holds a lock on ``RUN.lock`` in the state directory (``flock``: the kernel releases
it when the process dies, even by kill -9), so ``--resume`` never picks a run that is still running
on this machine. The run keeps one connection for its whole life (opened before the first packet) and writes without
the store's writer lock on PostgreSQL: a checkpoint touches only its own rows, and a long
``record`` by another process must not stall the scan's event loop.
"""

from __future__ import annotations

import fcntl
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ajar.config import ScanConfig
from ajar.errors import UsageError
from ajar.models import Service
from ajar.pipeline.checkpoint import Batched, Job, Replay, endpoint_fields, endpoint_from, new_run_id, state_dir
from ajar.pipeline.discover import Checkpoint
from ajar.store import Store, forget_checkpoint, redact_url
from ajar.store import schema as t


class StoreRun(Batched):
    """One unfinished run's rows in the store."""

    in_store = True

    def __init__(self, store: Store, run_id: str) -> None:
        super().__init__()
        self.store = store
        self.id = run_id
        self._lock: int | None = _hold(run_id)  # while this process has the run, no other may resume it
        self._conn: sa.Connection | None = store.engine.connect()

    # -- opening --------------------------------------------------------------------------------

    @classmethod
    def create(cls, store: Store, config: ScanConfig, output: dict[str, Any] | None = None) -> StoreRun:
        run = cls(store, new_run_id())
        with run._tx():
            run._c().execute(sa.insert(t.ScanCheckpoint).values(
                id=run.id, created=datetime.now(UTC), config=config.model_dump_json(),
                output=json.dumps(output or {}), watermark=0, done="[]"))
        return run

    @staticmethod
    def ids(store: Store) -> list[str]:
        """Every unfinished run in the store, oldest first."""
        with store.engine.connect() as c:
            return list(c.scalars(sa.select(t.ScanCheckpoint.id).order_by(t.ScanCheckpoint.id)))

    @classmethod
    def open(cls, store: Store, run_id: str) -> StoreRun:
        """The unfinished run ``run_id``; :class:`UsageError` if the store has none of that id."""
        if run_id not in cls.ids(store):
            raise UsageError(f"no interrupted run {run_id!r} in the store {redact_url(store.url)}")
        return cls(store, run_id)

    @staticmethod
    def running(run_id: str) -> bool:
        """Whether a process on this machine is running ``run_id`` now (it holds the run's lock)."""
        try:
            fd = os.open(_lock_path(run_id), os.O_RDWR)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)  # closing releases a lock taken just now
        return False

    def _row(self) -> t.ScanCheckpoint:
        with self.store.read() as s:
            row = s.get(t.ScanCheckpoint, self.id)
        if row is None:
            raise UsageError(f"run {self.id!r} is no longer in the store (finished meanwhile?)")
        return row

    def meta(self) -> dict[str, Any]:
        row = self._row()
        return {"id": self.id, "config": json.loads(row.config), "output": json.loads(row.output)}

    def config(self) -> ScanConfig:
        return ScanConfig.model_validate_json(self._row().config)

    # -- recording (RunLog) ---------------------------------------------------------------------

    def _tx(self) -> Any:
        if self._conn is None:
            self._conn = self.store.engine.connect()
        return self._conn.begin()

    def _c(self) -> sa.Connection:
        assert self._conn is not None
        return self._conn

    def _write(self, jobs: list[Job], mark: Checkpoint | None) -> None:
        """One transaction: the jobs' rows (an open port's endpoint, then its service; new rows in
        one insert, the others in one update per kind), then the discovery progress."""
        rows: dict[tuple[str, int], dict[str, str]] = {}
        for j in jobs:
            if isinstance(j, Service):
                rows.setdefault((j.host, j.port), {})["service"] = j.model_dump_json()
            else:
                rows.setdefault((j[0].host, j[1]), {})["endpoint"] = json.dumps(endpoint_fields(j[0]))
        job = t.CheckpointJob
        with self._tx():
            c = self._c()
            hosts = sorted({h for h, _ in rows})
            have: set[tuple[str, int]] = set()
            for i in range(0, len(hosts), 500):
                have.update((h, p) for h, p in c.execute(sa.select(job.host, job.port).where(
                    job.checkpoint_id == self.id, job.host.in_(hosts[i:i + 500]))))
            new = [{"checkpoint_id": self.id, "host": h, "port": p, "endpoint": v.get("endpoint", "null"),
                    "service": v.get("service")} for (h, p), v in rows.items() if (h, p) not in have]
            if new:
                c.execute(sa.insert(job), new)
            for cols in (("endpoint",), ("service",), ("endpoint", "service")):
                old = [{"b_host": h, "b_port": p, **{f"b_{k}": v[k] for k in cols}}
                       for (h, p), v in rows.items() if (h, p) in have and tuple(sorted(v)) == cols]
                if old:
                    c.execute(sa.update(job).where(job.checkpoint_id == self.id, job.host == sa.bindparam("b_host"),
                                                   job.port == sa.bindparam("b_port"))
                              .values({k: sa.bindparam(f"b_{k}") for k in cols}), old)
            if mark is not None:
                c.execute(sa.update(t.ScanCheckpoint).where(t.ScanCheckpoint.id == self.id).values(
                    watermark=mark.watermark, done=json.dumps(sorted(mark.done))))

    def end(self) -> None:
        """The scan finished (and is not recorded: a recorded run's record deletes the rows itself):
        both tables forget it in one transaction."""
        self._discard()
        with self._tx():
            forget_checkpoint(self._c(), self.id)
        self.release()

    def release(self) -> None:
        """Let the run go and remove its lock file: after its record deleted its rows (or failed
        to: then they stay, to be resumed)."""
        self._discard()
        self.close()
        _lock_path(self.id).unlink(missing_ok=True)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    # -- resuming -------------------------------------------------------------------------------

    def replay(self) -> Replay:
        """What the run had done: finished services, open ports still to probe, discovery progress."""
        row = self._row()
        out = Replay(checkpoint=Checkpoint(row.watermark, set(json.loads(row.done))))
        with self.store.read() as s:
            for job in s.scalars(sa.select(t.CheckpointJob).where(t.CheckpointJob.checkpoint_id == self.id)):
                if job.service is not None:
                    out.services.append(Service.model_validate_json(job.service))
                elif (fields := json.loads(job.endpoint)) is not None:
                    out.pending.append((endpoint_from(fields), job.port))
        return out


def _lock_path(run_id: str) -> Path:
    return state_dir() / f"{run_id}.lock"


def _hold(run_id: str) -> int:
    """Take the run's lock (a ``flock`` on a file in the state directory, released by the kernel
    when the process dies, even by kill -9); :class:`UsageError` if another process has it."""
    path = _lock_path(run_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise UsageError(f"run {run_id!r} is still running in another process on this machine; "
                         "wait for it, or stop it first") from None
    return fd
