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

Both record the same events; a run that finishes deletes its checkpoint: only interrupted runs
stay, to be resumed. Replaying gives the finished services, the open ports still to probe, and the
discovery checkpoint: the resumed scan probes those ports and walks the rest of the
permutation, so no job is lost and none is repeated but those in flight when the scan died.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

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

    def end(self) -> None:
        """The scan finished."""


class SavedRun(RunLog, Protocol):
    """A run that can be resumed: its id, what it was started with, and what it had done."""

    @property
    def id(self) -> str:
        """The run's id (its start time and a random suffix)."""

    def meta(self) -> dict[str, Any]:
        """``id``, ``config`` and ``output`` (where its report goes)."""

    def config(self) -> ScanConfig:
        """The config the run was started with (seed included)."""

    def replay(self) -> Replay:
        """What the run had done."""

    def close(self) -> None:
        """Let the run go (it stays to be resumed)."""


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


class FileRun:
    """One run's directory: its config and its journal."""

    def __init__(self, path: Path) -> None:
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

    def _write(self, event: dict[str, Any]) -> None:
        if self._journal is None:
            fd = os.open(self.path / "journal.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            self._journal = os.fdopen(fd, "a", encoding="utf-8")
        self._journal.write(json.dumps(event, separators=(",", ":")) + "\n")
        self._journal.flush()  # in the kernel: survives kill -9 of this process

    def mark(self, cp: Checkpoint) -> None:
        self._write({"e": "mark", "w": cp.watermark, "done": sorted(cp.done)})

    def found(self, ep: HostPort, port: int) -> None:
        self._write({"e": "open", "ep": endpoint_fields(ep), "port": port})

    def service(self, svc: Service) -> None:
        self._write({"e": "service", "svc": svc.model_dump(mode="json")})

    def end(self) -> None:
        """The scan finished: its checkpoint has served (the report and the store hold the run)."""
        self._write({"e": "end"})
        self.close()
        shutil.rmtree(self.path, ignore_errors=True)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

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
