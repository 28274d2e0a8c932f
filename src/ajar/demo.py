"""``ajar demo``: a leak in a bottle.

Starts the MongoDB stand-in (nx-27017, pip-installed) on a free loopback port, seeds it
with a synthetic surveillance-shaped leak (people with IDs, ethnicity; camera sightings
with coordinates) and, as in 2019, the ransom note someone left before us beside a wiped
collection, runs the live writer, scans it like any target, prints the summary,
writes ``report.json``, ``report.md`` and ``report.html``, and stops what it started, by PID.
Nothing leaves loopback; all data is made up by ``ajar.lab.generator``.
"""

from __future__ import annotations

import socket
import tempfile
import time
from pathlib import Path

from rich.console import Console

from ajar.config import ScanConfig
from ajar.console import exit_code, run_scan, safe, summary_table
from ajar.models import Severity

DEMO_HOST = "127.0.0.1"
WRITER_PER_MINUTE = 60.0
#: The collection the live writer adds to; the others' dates were seeded once.
WRITER_DATASET = "watchlist.sightings"


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def run_demo(outdir: Path, warmup: float, out: Console, err: Console) -> int:
    """Run the demo; return the exit code.

    0 when the scan found the seeded leak critical; 3 when the scan hit internal errors or the
    leak was not found critical (the demo failed to show what it exists to show).
    """
    from ajar.lab.mongo import start_nx, start_writer, stop
    from ajar.lab.seed import seed_mongodb, seed_ransom_mongodb
    from ajar.report import render

    outdir.mkdir(parents=True, exist_ok=True)
    port = _free_port(DEMO_HOST)
    with tempfile.TemporaryDirectory(prefix="ajar-demo-") as tmp:
        work = Path(tmp)
        err.print(f"starting the MongoDB stand-in on {DEMO_HOST}:{port} (synthetic data, loopback only)")
        nx = start_nx(DEMO_HOST, port, work / "data", work / "nx.log")
        writer = None
        try:
            counts = seed_mongodb(DEMO_HOST, port, per_minute=WRITER_PER_MINUTE)
            counts.update(seed_ransom_mongodb(DEMO_HOST, port))  # as in 2019: someone was there first
            err.print("seeded: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
            writer = start_writer(DEMO_HOST, port, work / "writer.log", per_minute=WRITER_PER_MINUTE)
            err.print(f"live writer: {WRITER_PER_MINUTE:g} sightings a minute "
                      f"({WRITER_PER_MINUTE * 1440:,.0f} a day); scanning in {warmup:g}s")
            time.sleep(warmup)
            report = run_scan(ScanConfig(targets=[f"mongodb://{DEMO_HOST}:{port}"]), no_store=True)
        finally:
            if writer is not None:
                stop(writer)
            stop(nx)
    out.print(summary_table(report))
    for svc in report.services:
        for ds in svc.datasets:
            if ds.liveness and ds.liveness.records_per_day:
                beside = f"; the writer's rate is {WRITER_PER_MINUTE * 1440:,.0f}" if ds.name == WRITER_DATASET else ""
                out.print(f"live: {safe(ds.name)} grows by {ds.liveness.records_per_day:,.0f} records a day "
                          f"({safe(ds.liveness.method)}){beside}")
    for name, fmt in (("report.json", "json"), ("report.md", "md"), ("report.html", "html")):
        (outdir / name).write_text(render(report, fmt), encoding="utf-8")
    out.print(f"wrote {outdir / 'report.json'}, {outdir / 'report.md'}, {outdir / 'report.html'}")
    code = exit_code(report, None)
    if code == 0 and not any(s.severity == Severity.CRITICAL for s in report.services):
        err.print("[bold red]error:[/] the demo's seeded leak was not found critical; see report.json")
        code = 3
    return code
