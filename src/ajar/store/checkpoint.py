"""The checkpoint of a run in the store: the :class:`~ajar.pipeline.checkpoint.RunLog` of every
scan that uses the store (the default), so that ``ajar scan --resume`` finishes it after ``kill -9``.

Two tables (migration 0003): ``checkpoints`` holds a run's config, where its report goes, and its
discovery progress, compact whatever the scope's size (a watermark in the seeded permutation and the
positions done above it: at most those in flight); ``checkpoint_jobs`` holds one row per open
port found (the endpoint to probe, then the finished service, masked as in the report: never a
sampled value). Each event is one small transaction, committed before the scan goes on, so a
process killed at any point leaves the store consistent: at most the event being written is lost,
and the resumed scan repeats only the jobs that were in flight. A finished run deletes its rows.

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
from ajar.pipeline.checkpoint import Replay, endpoint_fields, endpoint_from, new_run_id, state_dir
from ajar.pipeline.discover import Checkpoint
from ajar.pipeline.scope import HostPort
from ajar.store import Store, redact_url
from ajar.store import schema as t


class StoreRun:
    """One unfinished run's rows in the store."""

    def __init__(self, store: Store, run_id: str) -> None:
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

    def mark(self, cp: Checkpoint) -> None:
        with self._tx():
            self._c().execute(sa.update(t.ScanCheckpoint).where(t.ScanCheckpoint.id == self.id).values(
                watermark=cp.watermark, done=json.dumps(sorted(cp.done))))

    def found(self, ep: HostPort, port: int) -> None:
        with self._tx():
            self._upsert(ep.host, port, endpoint=json.dumps(endpoint_fields(ep)))

    def service(self, svc: Service) -> None:
        with self._tx():
            self._upsert(svc.host, svc.port, service=svc.model_dump_json())

    def _upsert(self, host: str, port: int, **values: str) -> None:
        job = t.CheckpointJob
        key = (job.checkpoint_id == self.id) & (job.host == host) & (job.port == port)
        if self._c().execute(sa.update(job).where(key).values(**values)).rowcount == 0:
            self._c().execute(sa.insert(job).values(
                checkpoint_id=self.id, host=host, port=port, **{"endpoint": "null", "service": None, **values}))

    def end(self) -> None:
        """The scan finished: its checkpoint has served; both tables forget it in one transaction."""
        with self._tx():
            self._c().execute(sa.delete(t.CheckpointJob).where(t.CheckpointJob.checkpoint_id == self.id))
            self._c().execute(sa.delete(t.ScanCheckpoint).where(t.ScanCheckpoint.id == self.id))
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
