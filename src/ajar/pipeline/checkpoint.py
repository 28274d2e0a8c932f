"""The checkpoint of a run, so that a scan killed with ``kill -9`` can be finished (``--resume``).

:class:`RunLog` is the interface the pipeline records to. Two implementations:

* the store (``ajar/store/checkpoint.py``, :class:`~ajar.store.checkpoint.StoreRun`): every scan
  that uses the store, the default, is checkpointed there;
* a journal file (:class:`FileRun`), for a scan run with ``--no-store``, which writes nothing to
  the store. A run is a directory under the state directory (``$AJAR_STATE_DIR``, else
  ``$XDG_STATE_HOME/ajar/runs``, else ``~/.local/state/ajar/runs``), mode 0700:

  * ``run.json``: the scan's config (with the seed of its random order) and where its report goes;
  * ``journal.jsonl``: an append-only journal, one event per line, flushed as written, so a
    killed process loses at most the line it was writing:
    ``mark`` (discovery progress: a watermark in the permutation and the positions done above
    it), ``open`` (an open port found, before it is probed), ``service`` (a finished service,
    exactly as the report holds it: masked, no sampled value), ``end``.

Both record the same events, in batches (:class:`Batched`): an event waits in memory until
:data:`BATCH_EVENTS` open ports and services wait, or :data:`BATCH_SECONDS` after the first of
them, whichever comes first, and at the end of each stage, on Ctrl-C/SIGTERM and before the
report is written; a batch is one store transaction or one ``write`` to the journal, its
discovery progress written last, after the results it covers. A finished run deletes its
checkpoint (after its report is written and the run recorded): only interrupted runs stay.

Replaying gives the finished services, the open ports still to probe, and the discovery
checkpoint: the resumed scan probes those ports and walks the rest of the permutation. After
``kill -9`` no job is lost, and what is repeated is bounded by what was in flight plus the batch
not yet written:

* connects: the positions of the permutation after the last written progress, i.e. those in
  flight then and those walked since: at most :data:`BATCH_SECONDS`, plus the quarter second
  between two progress reports of discovery;
* probes: the open ports whose service was not written yet: those being probed, and the
  services finished in the unwritten batch (fewer than :data:`BATCH_EVENTS`, all finished in
  the last :data:`BATCH_SECONDS`).

Each service is still reported once: a resumed scan skips what the checkpoint holds.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

from ajar import faults
from ajar.config import ScanConfig
from ajar.errors import UsageError
from ajar.models import Service
from ajar.pipeline.discover import Checkpoint
from ajar.pipeline.scope import HostPort


class RunLog(Protocol):
    """What the pipeline records while it runs (in the store, or in a journal file)."""

    def mark(self, cp: Checkpoint) -> None:
        """Discovery progress."""

    def found(self, ep: HostPort, port: int) -> None:
        """An open port, before it is probed."""

    def service(self, svc: Service) -> None:
        """A finished service."""

    def flush(self) -> None:
        """Write what waits (the end of a stage, a signal): everything recorded so far survives ``kill -9``."""

    def end(self) -> None:
        """The scan finished and its report is safe: forget its checkpoint."""


class SavedRun(RunLog, Protocol):
    """A run that can be resumed: its id, what it was started with, and what it had done."""

    @property
    def id(self) -> str:
        """The run's id (its start time and a random suffix)."""

    @property
    def in_store(self) -> bool:
        """Whether the checkpoint is in the store (then the transaction that records the finished
        run deletes it), else a journal file (deleted by :meth:`end` once the report is written)."""

    def meta(self) -> dict[str, Any]:
        """``id``, ``config`` and ``output`` (where its report goes)."""

    def config(self) -> ScanConfig:
        """The config the run was started with (seed included)."""

    def replay(self) -> Replay:
        """What the run had done."""

    def close(self) -> None:
        """Let the run go (it stays to be resumed)."""

    def release(self) -> None:
        """Let the run go for good: its checkpoint was deleted by the run's record, or stays to be resumed."""


#: A batch of checkpoint events is written once this many open ports and services wait ...
BATCH_EVENTS = 64
#: ... or this many seconds after the first event of the batch, whichever comes first.
BATCH_SECONDS = 1.0


@dataclass
class WriteStats:
    """What a run's checkpoint cost: writes (store transactions, journal ``write`` calls), the
    events they held, and the seconds spent in them (the scan's event loop waits meanwhile)."""

    writes: int = 0
    events: int = 0
    seconds: float = 0.0


#: an open port found (before it is probed), or a finished service
Job = tuple[HostPort, int] | Service


class Batched:
    """The batching shared by both kinds of run: events wait in memory, in order, and are written
    together by ``_write`` (one transaction, one ``write``), the latest discovery progress last.

    ``every`` and ``seconds`` default to :data:`BATCH_EVENTS` and :data:`BATCH_SECONDS`
    (``AJAR_CHECKPOINT_BATCH`` and ``AJAR_CHECKPOINT_SECONDS`` override them; ``every=1`` writes
    each event at once, as before batching). The time limit needs the scan's event loop: outside
    one, each event is written at once. A write that fails in the timer is raised at the next event.
    """

    def __init__(self) -> None:
        self.every = max(1, int(os.environ.get("AJAR_CHECKPOINT_BATCH") or BATCH_EVENTS))
        self.seconds = max(0.0, float(os.environ.get("AJAR_CHECKPOINT_SECONDS") or BATCH_SECONDS))
        self.stats = WriteStats()
        self._jobs: list[Job] = []
        self._mark: Checkpoint | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._failed: Exception | None = None

    def mark(self, cp: Checkpoint) -> None:
        """Discovery progress: it replaces the progress waiting, and is written after the jobs."""
        self._mark = cp
        self._added()

    def found(self, ep: HostPort, port: int) -> None:
        self._jobs.append((ep, port))
        self._added()

    def service(self, svc: Service) -> None:
        self._jobs.append(svc)
        self._added()

    def _added(self) -> None:
        faults.point("checkpoint.event")
        if self._failed is not None:
            raise self._failed
        if len(self._jobs) >= self.every or self.seconds <= 0:
            self.flush()
        elif self._timer is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self.flush()
                return
            self._timer = loop.call_later(self.seconds, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        try:
            self.flush()
        except Exception as e:  # noqa: BLE001 - raised to the scan at its next event
            self._failed = e

    def flush(self) -> None:
        """Write every waiting event now, in one write."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._failed is not None:
            failed, self._failed = self._failed, None
            raise failed
        if not self._jobs and self._mark is None:
            return
        t0 = time.perf_counter()
        self._write(self._jobs, self._mark)
        self.stats.writes += 1
        self.stats.events += len(self._jobs) + (self._mark is not None)
        self.stats.seconds += time.perf_counter() - t0
        self._jobs, self._mark = [], None
        faults.point("checkpoint.flushed")

    def _discard(self) -> None:
        """Forget what waits (the run is finished: its checkpoint goes)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._jobs, self._mark, self._failed = [], None, None

    def _write(self, jobs: list[Job], mark: Checkpoint | None) -> None:
        raise NotImplementedError


@dataclass
class Replay:
    """What a journal says about an interrupted run."""

    services: list[Service] = field(default_factory=list)
    pending: list[tuple[HostPort, int]] = field(default_factory=list)
    checkpoint: Checkpoint = field(default_factory=Checkpoint)
    ended: bool = False


def new_run_id() -> str:
    """A run id: its UTC start time (so ids sort as runs started) and a random suffix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def endpoint_fields(ep: HostPort) -> list[Any]:
    """An endpoint as a JSON list (the inverse of :func:`endpoint_from`)."""
    return [ep.host, ep.port, ep.hostname, ep.engine_hint, ep.tls, ep.path]


def endpoint_from(fields: list[Any]) -> HostPort:
    h, p, name, hint, tls, path = fields
    return HostPort(h, p, name, hint, tls, path)


def state_dir() -> Path:
    """Where runs are kept."""
    if d := os.environ.get("AJAR_STATE_DIR"):
        return Path(d)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "ajar" / "runs"


class FileRun(Batched):
    """One run's directory: its config and its journal."""

    in_store = False

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._journal: IO[str] | None = None

    @property
    def id(self) -> str:
        return self.path.name

    @classmethod
    def create(cls, config: ScanConfig, output: dict[str, Any] | None = None) -> FileRun:
        root = state_dir()
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        run_id = new_run_id()
        path = root / run_id
        path.mkdir(mode=0o700)
        meta = {"id": run_id, "config": config.model_dump(mode="json"), "output": output or {}}
        fd = os.open(path / "run.json", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(meta, f)
        return cls(path)

    @classmethod
    def open(cls, run_id: str | None) -> FileRun:
        """The run ``run_id``, or the last one that did not finish; :class:`UsageError` if none."""
        root = state_dir()
        if run_id:
            if "/" in run_id or run_id.startswith(".") or not (root / run_id / "run.json").is_file():
                raise UsageError(f"no run {run_id!r} in {root}; `ls {root}` lists them")
            return cls(root / run_id)
        runs = sorted(p for p in root.glob("*") if (p / "run.json").is_file()) if root.is_dir() else []
        for p in reversed(runs):
            if not cls(p).replay().ended:
                return cls(p)
        raise UsageError(f"no interrupted run to resume in {root}")

    def meta(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.path / "run.json").read_text(encoding="utf-8"))
        return data

    def config(self) -> ScanConfig:
        return ScanConfig.model_validate(self.meta()["config"])

    def _append(self, events: list[dict[str, Any]]) -> None:
        if self._journal is None:
            fd = os.open(self.path / "journal.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            self._journal = os.fdopen(fd, "a", encoding="utf-8")
        self._journal.write("".join(json.dumps(e, separators=(",", ":")) + "\n" for e in events))
        self._journal.flush()  # in the kernel: survives kill -9 of this process

    def _write(self, jobs: list[Job], mark: Checkpoint | None) -> None:
        """One append; a torn end (kill -9 inside the write) leaves whole lines before it, in order."""
        events = [{"e": "service", "svc": j.model_dump(mode="json")} if isinstance(j, Service)
                  else {"e": "open", "ep": endpoint_fields(j[0]), "port": j[1]} for j in jobs]
        if mark is not None:
            events.append({"e": "mark", "w": mark.watermark, "done": sorted(mark.done)})
        self._append(events)

    def end(self) -> None:
        """The scan finished and its report is written: its checkpoint has served."""
        self._discard()
        self._append([{"e": "end"}])
        self.close()
        (self.path / "run.json").unlink(missing_ok=True)  # first: a run without it is no run to resume
        shutil.rmtree(self.path, ignore_errors=True)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def release(self) -> None:
        self._discard()
        self.close()

    def replay(self) -> Replay:
        """Read the journal (a torn last line is ignored)."""
        out = Replay()
        pending: dict[tuple[str, int], tuple[HostPort, int]] = {}
        finished: dict[tuple[str, int], Service] = {}
        try:
            f = open(self.path / "journal.jsonl", encoding="utf-8")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            return out
        with f:
            for line in f:
                try:
                    ev = json.loads(line)
                except ValueError:
                    continue
                kind = ev.get("e")
                if kind == "mark":
                    out.checkpoint = Checkpoint(ev["w"], set(ev["done"]))
                elif kind == "open":
                    ep = endpoint_from(ev["ep"])
                    pending[(ep.host, ev["port"])] = (ep, ev["port"])
                elif kind == "service":
                    svc = Service.model_validate(ev["svc"])
                    finished[(svc.host, svc.port)] = svc
                elif kind == "end":
                    out.ended = True
        out.services = list(finished.values())
        out.pending = [v for k, v in pending.items() if k not in finished]
        return out


def with_seed(config: ScanConfig) -> ScanConfig:
    """The config with a fixed seed for discovery's random order (a fresh one when it has none)."""
    return config if config.seed else config.model_copy(update={"seed": secrets.randbits(62) + 1})
