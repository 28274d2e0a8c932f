"""The ``ajar`` command line: thin, from arguments to a config to the pipeline.

Exit codes: 0 done (nothing at or above ``--fail-on``), 1 a service at or above
``--fail-on``, 2 usage error (bad target, unreadable file, bad option), 3 internal errors
during the scan (recorded in the report).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ajar import __version__, defaults
from ajar.config import ScanConfig
from ajar.console import err, exit_code, out, parse_ports, run_scan, summary_table
from ajar.errors import AjarError, UsageError
from ajar.models import Report, Severity
from ajar.report import FORMATS, render
from ajar.watch import commands as watch_cmds
from ajar.watch.commands import StoreOpt, record_scan

app = typer.Typer(
    name="ajar",
    help="Find the data stores you left ajar: open databases in a scope you are authorised to audit, "
    "what personal data they expose, how bad it is and how to close it. Read-only; values never leave memory.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_FORMAT_HELP = "report format for -o: " + ", ".join(FORMATS)
_FAIL_HELP = "exit 1 if a service is at or above this severity (gate a pipeline)"


def _fail(msg: str) -> typer.Exit:
    err.print(f"[bold red]error:[/] {msg}", highlight=False)
    return typer.Exit(2)


@app.command()
def scan(
    targets: Annotated[list[str] | None, typer.Argument(
        help="IPs, CIDRs, ranges (192.0.2.1-20), host:port, engine URIs (mongodb://, redis://, http://), "
        "or local paths (dump files, directories)", show_default=False)] = None,
    input_list: Annotated[list[Path] | None, typer.Option("-iL", "--input-list",
        help="file with one target per line (# comments)", show_default=False)] = None,
    exclude: Annotated[list[str] | None, typer.Option("--exclude", help="addresses or CIDRs never contacted")] = None,
    ports: Annotated[str | None, typer.Option("--ports", "-p", help="ports to sweep, e.g. 6379,27017 or 6000-7000 "
        "(default: every probe's default ports)")] = None,
    sample: Annotated[int, typer.Option("--sample", min=1, max=defaults.SAMPLE_MAX,
        help="records sampled per dataset")] = defaults.SAMPLE,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write the report to this file")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=_FORMAT_HELP)] = "json",
    fail_on: Annotated[Severity | None, typer.Option("--fail-on", help=_FAIL_HELP)] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="seconds per network operation")] = defaults.TIMEOUT,
    concurrency: Annotated[int, typer.Option("--concurrency",
        help="connections in flight during discovery")] = defaults.CONCURRENCY,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bars, no streaming lines")] = False,
    default_creds: Annotated[bool, typer.Option("--try-default-credentials",
        help="opt-in: also try well-known default accounts (e.g. MySQL root with an empty password)")] = False,
    store: StoreOpt = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="do not record this run in the store")] = False,
) -> None:
    """Scan targets for open data stores and report the personal data they expose."""
    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    try:
        from ajar.pipeline.scope import read_target_file

        all_targets = list(targets or [])
        for f in input_list or []:
            all_targets += read_target_file(str(f))
        if not all_targets:
            raise UsageError("no targets: name at least one address, CIDR, URI or path, or -iL FILE")
        config = ScanConfig(
            targets=all_targets, exclude=exclude or [], ports=parse_ports(ports), sample=sample,
            timeout=timeout, concurrency=concurrency, fail_on=fail_on, try_default_credentials=default_creds,
        )  # fmt: skip
        report = run_scan(config, quiet)
    except UsageError as e:
        raise _fail(str(e)) from None
    except AjarError as e:
        raise _fail(str(e)) from None
    if not quiet:
        out.print(summary_table(report))
    if output is not None:
        try:
            output.write_text(render(report, fmt), encoding="utf-8")
        except OSError as e:
            raise _fail(f"cannot write the report to {output}: {e.strerror}") from None
        err.print(f"report written to {output} ({fmt})")
    record_scan(report, config, store, no_store)
    raise typer.Exit(exit_code(report, fail_on))


@app.command()
def report(
    file: Annotated[Path, typer.Argument(help="a JSON report written by `ajar scan -o`")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="one of: " + ", ".join(FORMATS))] = "md",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write here instead of stdout")] = None,
    fail_on: Annotated[Severity | None, typer.Option("--fail-on", help=_FAIL_HELP)] = None,
) -> None:
    """Render a stored JSON report again, without scanning."""
    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    try:
        data = file.read_text(encoding="utf-8")
    except OSError as e:
        raise _fail(f"cannot read {file}: {e.strerror}") from None
    try:
        rep = Report.model_validate_json(data)
    except ValueError as e:
        raise _fail(f"{file} is not an ajar JSON report ({str(e).splitlines()[0]})") from None
    text = render(rep, fmt)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    raise typer.Exit(exit_code(rep, fail_on) if fail_on else 0)


@app.command()
def probes() -> None:
    """List the engine probes: id, default ports, description, commands they may send."""
    from ajar.pipeline.probe import FRAMEWORK_SENDS
    from ajar.probes import PROBES

    t = Table("id", "ports", "description", "commands sent (read-only)")
    for p in PROBES:
        t.add_row(p.id, ",".join(map(str, p.default_ports)), p.description, " ".join(sorted(p.commands)))
    out.print(t)
    out.print("Identification on a port no probe claims also sends: " + "; ".join(FRAMEWORK_SENDS))


@app.command()
def detectors() -> None:
    """List the detectors: id, category, description."""
    from ajar.detectors import DATASET_DETECTORS, DETECTORS

    t = Table("id", "category", "description")
    for d in DETECTORS:
        t.add_row(d.id, d.category.value, d.description)
    for dd in DATASET_DETECTORS:
        t.add_row(dd.id, dd.category.value, dd.description)
    out.print(t)


@app.command()
def demo(
    outdir: Annotated[Path, typer.Option("--out", help="where report.json, report.md and report.html go")] = Path("."),
    seconds: Annotated[float, typer.Option("--warmup", help="seconds the live writer runs before the scan")] = 5.0,
) -> None:
    """Start a seeded MongoDB stand-in with a live writer on loopback, scan it, report, stop it."""
    from ajar.demo import run_demo

    code = run_demo(outdir, seconds, out, err)
    raise typer.Exit(code)


app.command("history")(watch_cmds.history)
app.command("diff")(watch_cmds.diff_command)
app.command("watch")(watch_cmds.watch)
app.add_typer(watch_cmds.alerts_app, name="alerts")
app.add_typer(watch_cmds.users_app, name="users")
app.add_typer(watch_cmds.case_app, name="case")
app.command("serve")(watch_cmds.serve)


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="print the version and exit")] = False,
) -> None:
    if version:
        out.print(f"ajar {__version__}")
        raise typer.Exit(0)


def main() -> None:
    """Entry point of the ``ajar`` script."""
    app()

