"""The terminal side of a scan, shared by ``ajar scan`` and ``ajar demo``.

:class:`RichObserver` draws progress bars on stderr and prints each service on stdout as it
is finished; :func:`summary_table` is the end-of-scan table; :func:`run_scan` runs a scan
with both; :func:`exit_code` turns a report into the process exit code; :func:`parse_ports`
reads a ``--ports`` value. The CLI and the demo
both use this module, never each other.
"""

from __future__ import annotations

import asyncio
import sys

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from ajar.config import ScanConfig
from ajar.errors import UsageError
from ajar.models import Dataset, Report, Service, Severity, Status

#: stdout: streamed service lines, the summary table, listings
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
#: stderr: progress bars, errors, notes
err = Console(stderr=True, highlight=False)

_SEV_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


class RichObserver:
    """Draws progress bars on stderr and prints each service on stdout as it is finished."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, int] = {}

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
        out.print(_service_line(service), highlight=False)  # above the bars: rich redirects stdout


def _cats(svc: Service) -> str:
    """Categories, short: the part after the dot (``national_id``), sorted."""
    return ", ".join(sorted(c.value.split(".", 1)[1] for c in svc.categories)) or "-"


def _records(svc: Service) -> str:
    known = [d.records for d in svc.datasets if d.records is not None]
    return f"{sum(known):,}" if known else "-"


def _service_line(svc: Service) -> str:
    where = f"{svc.host}:{svc.port}" if svc.port else svc.host
    if svc.engine is None:
        return f"[dim]·[/] {where} [dim]{svc.status.value}[/] {escape(svc.error or '')}"
    sev = svc.severity.value
    return (  # what a server said (version, error) is text, never markup
        f"[{_SEV_STYLE[sev]}]{sev.upper():>8}[/] {where} {svc.engine} {escape(svc.version or '')} "
        f"access={svc.access.value} datasets={len(svc.datasets)} records={_records(svc)} "
        f"categories={_cats(svc)}"
    )


def summary_table(report: Report) -> Table:
    """The end-of-scan table: host, port, engine, access, severity, records, categories."""
    t = Table(title=f"ajar {report.tool.version}: {len(report.services)} services", box=box.SIMPLE_HEAD,
              pad_edge=False)
    for col in ("host", "port", "engine", "access", "severity", "records"):
        t.add_column(col, no_wrap=col in ("port", "severity", "records"), overflow="fold")
    t.add_column("categories found", overflow="fold", ratio=1, min_width=16)
    for s in report.services:
        sev = s.severity.value if s.engine else "-"
        t.add_row(
            s.host,
            str(s.port) if s.port else "-",
            Text((s.engine or f"({s.status.value})") + (f" {s.version.split('-', 1)[0][:12]}" if s.version else "")),
            s.access.value if s.engine else s.status.value,
            f"[{_SEV_STYLE[sev]}]{sev}[/]" if s.engine else "-",
            _records(s),
            _cats(s),
        )
    return t


def run_scan(config: ScanConfig, quiet: bool = False) -> Report:
    """Run a scan with progress bars and streaming lines; raise on usage errors."""
    from ajar.pipeline.run import parse_scope, scan

    parsed = parse_scope(config)  # bad targets fail here, before any packet or progress bar
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=quiet or not err.is_terminal,
    ) as progress:  # fmt: skip
        obs = None if quiet else RichObserver(progress)
        return asyncio.run(scan(config, obs, parsed=parsed))  # type: ignore[arg-type]


def exit_code(report: Report, fail_on: Severity | None) -> int:
    """1 when a service reaches ``fail_on``, 3 when the scan hit internal errors, else 0."""
    if fail_on is not None and any(
        s.engine and s.severity.rank >= fail_on.rank for s in report.services
    ):
        return 1
    if report.errors or any(s.status == Status.ERROR for s in report.services):
        return 3
    return 0


def parse_ports(spec: str | None) -> list[int] | None:
    """A ``--ports`` value (``6379,27017`` or ``6000-7000``) as sorted ports; ``None`` for the default."""
    if not spec:
        return None
    ports: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        try:
            if "-" in part:
                a, b = (int(x) for x in part.split("-", 1))
                ports.update(range(a, b + 1))
            elif part:
                ports.add(int(part))
        except ValueError:
            raise UsageError(f"--ports: {part!r} is not a port or a range like 6000-7000") from None
    if not ports or min(ports) < 1 or max(ports) > 65535:
        raise UsageError("--ports: ports must be between 1 and 65535")
    return sorted(ports)
