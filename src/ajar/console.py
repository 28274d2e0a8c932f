"""The terminal side of a scan, shared by ``ajar scan`` and ``ajar demo``.

:class:`RichObserver` draws progress bars on stderr and prints each service on stdout as it
is finished; :func:`summary_table` is the end-of-scan table; :func:`run_scan` runs a scan
with both; :func:`exit_code` turns a report into the process exit code; :func:`parse_ports`
reads a ``--ports`` value. The CLI and the demo
both use this module, never each other.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from ajar import __version__, faults
from ajar.cli_io import JsonlStream
from ajar.config import ScanConfig
from ajar.errors import AjarError, ConfigError, TargetError
from ajar.models import Dataset, Report, ScopeInfo, Service, Severity, Status, ToolInfo, where
from ajar.names import CREDENTIALS_UNUSED, has_credentials, seal_report, theirs
from ajar.report._common import other_ports, reported
from ajar.terminal import err as err
from ajar.terminal import note_new_store as note_new_store
from ajar.terminal import out as out
from ajar.terminal import safe as safe

if TYPE_CHECKING:
    from ajar.pipeline.checkpoint import SavedRun


_SEV_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


class RichObserver:
    """Draws progress bars on stderr and prints each service on stdout as it is finished.

    It also keeps every finished service and feeds the ``jsonl`` outputs, so that a scan
    stopped by Ctrl-C still reports what it finished.
    """

    def __init__(self, progress: Progress, console: Console | None = None, lines: bool = True,
                 stream: JsonlStream | None = None) -> None:
        self.progress = progress
        self.tasks: dict[str, int] = {}
        self.console = console or out
        self.lines = lines
        self.stream = stream
        self.finished: list[Service] = []

    def start(self, stage: str, total: int | None) -> None:
        label = {"discover": "discover ports", "probe": "probe services"}.get(stage, stage)
        self.tasks[stage] = self.progress.add_task(label, total=total)

    def advance(self, stage: str, n: int = 1) -> None:
        if stage in self.tasks:
            self.progress.advance(self.tasks[stage], n)  # type: ignore[arg-type]

    def add_total(self, stage: str, n: int = 1) -> None:
        if stage in self.tasks:
            task = self.tasks[stage]
            total = next((t.total for t in self.progress.tasks if t.id == task), 0) or 0
            self.progress.update(task, total=total + n)  # type: ignore[arg-type]

    def dataset(self, service: Service, dataset: Dataset) -> None:
        return None

    def service(self, service: Service) -> None:
        self.finished.append(service)
        if self.stream is not None:
            self.stream.service(service)
        if self.lines:
            self.console.print(_service_line(service), highlight=False)  # above the bars: rich redirects stdout


def _cats(svc: Service) -> str:
    """Categories, short: the part after the dot (``national_id``), sorted."""
    return ", ".join(sorted(c.value.split(".", 1)[1] for c in svc.categories)) or "-"


def _records(svc: Service) -> str:
    known = [d.records for d in svc.datasets if d.records is not None]
    return f"{sum(known):,}" if known else "-"


def _service_line(svc: Service) -> str:
    at = safe(where(svc.host, svc.port))
    if svc.engine is None:
        return f"[dim]·[/] {at} [dim]{svc.status.value}[/] {safe(svc.error or '')}"
    sev = svc.severity.value
    return (
        f"[{_SEV_STYLE[sev]}]{sev.upper():>8}[/] {at} {safe(svc.engine)} {safe(svc.version or '')} "
        f"access={svc.access.value} datasets={len(svc.datasets)} records={_records(svc)} "
        f"categories={_cats(svc)}"
    )


def summary_table(report: Report) -> Table:
    """The end-of-scan table: host, port, engine, access, severity, records, categories."""
    svcs, others = reported(report), other_ports(report)
    title = f"ajar {safe(report.tool.version)}: {len(svcs)} service{'' if len(svcs) == 1 else 's'}"  # as every format
    if others:
        title += f" ({len(others)} other ports: no known engine, closed or silent)"
    t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("host", "port", "engine", "access", "severity", "records"):
        t.add_column(col, no_wrap=col in ("port", "severity", "records"), overflow="fold")
    t.add_column("categories found", overflow="fold", ratio=1, min_width=16)
    for s in svcs + others:
        sev = s.severity.value if s.engine else "-"
        t.add_row(
            safe(s.host),
            str(s.port) if s.port else "-",
            safe((s.engine or f"({s.status.value})") + (f" {s.version.split('-', 1)[0][:12]}" if s.version else "")),
            s.access.value if s.engine else s.status.value,
            f"[{_SEV_STYLE[sev]}]{sev}[/]" if s.engine else "-",
            _records(s),
            _cats(s),
        )
    return t


#: After Ctrl-C, how long the scan may take to stop on its own before it is abandoned.
STOP_GRACE = 1.0
INTERRUPTED = "interrupted: the scan was stopped ({how}) before it finished; the report holds what was finished"
#: The signals that stop a scan the same way: Ctrl-C, and what ``timeout``, CI runners, systemd and
#: ``docker stop`` send. The exit code is 128 + the signal's number, as a shell reports it.
STOP_SIGNALS = {signal.SIGINT: "Ctrl-C", signal.SIGTERM: "SIGTERM"}


class Interrupted(Exception):
    """The scan was stopped by Ctrl-C or SIGTERM (``signum``); ``report`` holds what was finished."""

    def __init__(self, report: Report, signum: int = signal.SIGINT, resume: str = "") -> None:
        super().__init__(INTERRUPTED.format(how=STOP_SIGNALS.get(signal.Signals(signum), "a signal")))
        self.report = report
        self.signum = signum
        #: how to finish the run (:func:`resume_hint`), for the terminal as for the report
        self.resume = resume


class Crashed(Exception):
    """A bug stopped the scan; ``report`` holds what was finished and the error (exit code 3)."""

    def __init__(self, report: Report, message: str, resume: str = "") -> None:
        super().__init__(message)
        self.report = report
        #: how to finish the run (:func:`resume_hint`)
        self.resume = resume


def run_scan(config: ScanConfig, quiet: bool = False, *, console: Console | None = None,
             stream: JsonlStream | None = None, resume: str | None = None,
             outputs: dict[str, Any] | None = None, store: str | None = None, no_store: bool = False,
             finish: Callable[[Report, str | None], object] | None = None) -> Report:
    """Run a scan with progress bars and streaming lines; raise on usage errors.

    Ctrl-C cancels the scan; after :data:`STOP_GRACE` seconds whatever still runs (a driver's
    thread) is abandoned, and :class:`Interrupted` carries a report of the finished services.
    Every scan is checkpointed (``pipeline/checkpoint.py``, with ``outputs`` remembered) in the
    store at ``store`` (default: the default store), or with ``no_store`` in a journal file;
    ``resume`` is the id of an interrupted run to finish instead, whose config replaces ``config``.

    ``finish(report, checkpoint)`` makes the finished report safe (writes it, records the run)
    while the checkpoint is still there: ``checkpoint`` is the id of a store checkpoint, for
    :meth:`ajar.store.Store.record` to delete in the transaction that records the run (None for
    a journal, deleted here once ``finish`` returns). A ``kill -9`` at any point of the end thus
    leaves the run resumable or finished. Without ``finish`` the checkpoint is forgotten as soon
    as the report is built (the caller keeps no promise about it).
    """
    from ajar.net import socket_budget
    from ajar.pipeline.run import parse_scope, scan
    from ajar.resume import open_run

    try:
        parsed = parse_scope(config)  # bad targets fail here, before any packet or progress bar
    except ValueError as e:
        if isinstance(e, AjarError):
            raise
        raise TargetError(f"{_culprit(config)}cannot be parsed ({e}); check its brackets, port and scheme") from None
    config, run, replay = open_run(config, resume, outputs, store=store, no_store=no_store, quiet=quiet)
    if any(has_credentials(t) for t in config.targets):
        err.print(f"note: {CREDENTIALS_UNUSED}")
    if (budget := socket_budget(config.concurrency)) < config.concurrency:
        err.print(f"note: --concurrency {config.concurrency} is above what the open-files limit (ulimit -n) "
                  f"leaves free; discovery keeps {budget} connections in flight (raise `ulimit -n` for more)")
    started = datetime.now(UTC)
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=quiet or not err.is_terminal,
    ) as progress:  # fmt: skip
        obs = RichObserver(progress, console, lines=not quiet, stream=stream)
        loop = asyncio.new_event_loop()
        task = loop.create_task(scan(config, obs, parsed=parsed, run=run, replay=replay))  # type: ignore[arg-type]
        stopped = 0  # the signal that stopped the scan

        def on_stop(signum: int) -> None:
            nonlocal stopped
            if stopped:
                loop.stop()  # a second Ctrl-C: stop at once
                return
            stopped = signum
            with suppress(Exception):
                run.flush()  # what was recorded survives, even if the scan is then abandoned
            task.cancel()
            loop.call_later(STOP_GRACE, loop.stop)

        for sig in STOP_SIGNALS:
            loop.add_signal_handler(sig, on_stop, sig)
        try:
            report = loop.run_until_complete(task)
        except (asyncio.CancelledError, RuntimeError) as e:
            if not stopped:
                raise _crashed(config, started, obs.finished, e, resume_hint(run, store), parsed.local) from e
        except AjarError:
            raise
        except Exception as e:  # noqa: BLE001 - a bug: the report is still written, exit 3
            raise _crashed(config, started, obs.finished, e, resume_hint(run, store), parsed.local) from e
        finally:
            for sig in STOP_SIGNALS:
                loop.remove_signal_handler(sig)
        if stopped:
            from ajar.sources.files import end_readers

            end_readers()  # a reading thread the grace did not wait for may still hold reader children
            how = STOP_SIGNALS[signal.Signals(stopped)]
            hint = resume_hint(run, store)
            raise Interrupted(_partial(config, started, obs.finished, INTERRUPTED.format(how=how), how, hint,
                                       parsed.local),
                              stopped, hint)
        _close(loop)
    faults.point("scan.finished")
    _finish_run(run, report, finish)
    return report


def _finish_run(run: SavedRun, report: Report, finish: Callable[[Report, str | None], object] | None) -> None:
    """Make the report safe (``finish``), then forget the checkpoint: a store run's was deleted by
    the transaction that recorded it (if recording failed, it stays, to be resumed); a journal is
    deleted only after ``finish`` returned."""
    done = False
    try:
        if finish is not None:
            finish(report, run.id if run.in_store else None)
            faults.point("scan.recorded")
        done = True
    finally:
        if done and not (finish is not None and run.in_store):
            run.end()
        else:
            run.release()


def _close(loop: asyncio.AbstractEventLoop) -> None:
    """Close the loop as :func:`asyncio.run` does: cancel what is left, finish async generators and
    the default executor (drivers' threads), then close."""
    try:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        loop.close()


def _culprit(config: ScanConfig) -> str:
    """``'target' `` for the first target that does not parse on its own (for the message)."""
    from ajar.pipeline.run import parse_scope

    for t in config.targets:
        try:
            parse_scope(config.model_copy(update={"targets": [t], "exclude": []}))
        except ValueError:
            return f"{t!r} "
    return "a target "


def resume_hint(run: SavedRun, store: str | None) -> str:
    """How to finish the interrupted ``run``, as its partial report says it: the command that finds
    its checkpoint. A run in the store is found in the same store (``--store``, else ``AJAR_STORE`` or
    the default); a ``--no-store`` run keeps a journal file instead, and is finished with
    ``--no-store`` so that the store is not opened (plain ``--resume`` would find it too, but would
    create the default store to look there first)."""
    if not run.in_store:
        return f"`ajar scan --resume {run.id} --no-store` finishes it from its journal file, without the store"
    return f"`ajar scan --resume {run.id}`{' with the same `--store`' if store else ''} finishes it from the store"


def _partial(config: ScanConfig, started: datetime, finished: list[Service], why: str, stopped_by: str,
             resume: str, local: list[str]) -> Report:
    """The report of a scan that did not finish: the services finished, why it stopped, and how to
    finish it (``resume``: :func:`resume_hint`); ``local``: the targets that name a local path
    (``ParsedScope.local``)."""
    now = datetime.now(UTC)
    return seal_report(Report(
        tool=ToolInfo(version=__version__),
        scope=ScopeInfo(targets=list(config.targets), exclude=list(config.exclude), ports=list(config.ports or []),
                        swept=not config.from_discovery, local=local),
        started=started, finished=now, services=list(finished), errors=[why],
        incomplete=f"stopped by {stopped_by} after {(now - started).total_seconds():.0f} s, before it finished; "
                   + resume,
    ))  # fmt: skip


def _crashed(config: ScanConfig, started: datetime, finished: list[Service], e: BaseException, resume: str,
             local: list[str]) -> Crashed:
    msg = f"internal error: {type(e).__name__}: {theirs(str(e), 300)}"
    return Crashed(_partial(config, started, finished, msg + " (the scan stopped; the report holds what was finished)",
                            "an internal error", resume, local), msg, resume)


def exit_code(report: Report, fail_on: Severity | None) -> int:
    """3 when the scan hit internal errors (a crash is never read as a finding), 1 when a service
    reaches ``fail_on``, else 0."""
    if report.errors or any(s.status == Status.ERROR for s in report.services):
        return 3
    if fail_on is not None and any(
        s.engine and s.severity.rank >= fail_on.rank for s in report.services
    ):
        return 1
    return 0


def parse_ports(spec: str | None) -> list[int] | None:
    """A ``--ports`` value (``6379,27017`` or ``6000-7000``) as sorted ports; ``None`` for the default."""
    if not spec:
        return None
    ports: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            a, b = (int(x) for x in part.split("-", 1)) if "-" in part else (int(part), int(part))
        except ValueError:
            raise ConfigError(f"--ports: {part[:40]!r} is not a port or a range like 6000-7000") from None
        if not (1 <= a <= 65535 and 1 <= b <= 65535):  # checked before any range is built
            raise ConfigError(f"--ports: {part[:40]!r} is outside 1-65535; ports are numbers from 1 to 65535")
        if a > b:
            raise ConfigError(f"--ports: {part!r} runs backwards; write the range low-high, e.g. {b}-{a}")
        ports.update(range(a, b + 1))
    if not ports:
        raise ConfigError("--ports: no port given; e.g. --ports 6379,27017 or --ports 6000-7000")
    return sorted(ports)
