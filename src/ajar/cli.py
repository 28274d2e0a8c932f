"""The ``ajar`` command line: thin, from arguments to a config to the pipeline.

Exit codes: 0 done (nothing at or above ``--fail-on``), 1 a service at or above
``--fail-on``, 2 usage error (bad target, unreadable file, bad option), 3 internal errors
during the scan (recorded in the report).
"""

from __future__ import annotations

import copy
import math
import os
import re
import sys
from pathlib import Path
from typing import Annotated, Any

import pydantic
import typer
import typer.main
from rich.console import Console
from rich.table import Table

from ajar import __version__, defaults, faults, library_output
from ajar.cli_io import (
    MAX_REPORT,
    JsonlStream,
    Output,
    guard_stdout,
    plan_outputs,
    read_target_list,
    read_text,
    write_outputs,
)
from ajar.cluster.cli import verify as verify_command
from ajar.cluster.cli import worker as worker_command
from ajar.config import ScanConfig
from ajar.console import Crashed, Interrupted, err, exit_code, out, parse_ports, run_scan, safe, summary_table
from ajar.errors import AjarError, ConfigError, TargetError, UsageError
from ajar.models import Report, Severity
from ajar.names import mask_uri, theirs
from ajar.report import FORMATS
from ajar.watch import commands as watch_cmds
from ajar.watch.commands import StoreOpt, record_scan


def _flags_take_no_value() -> None:
    """typer's rich help (0.29) writes ``<bool>`` in the type column of every plain flag (``--quiet``,
    ``--no-store``, ``--help``), as if it took a value: a flag takes none, so that column is left empty for
    it, in every command's help (idempotent)."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich
    if getattr(shown, "_ajar_flags", False):
        return

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        return None if self.is_flag and not self.count else shown(self, ctx)

    display_type_rich._ajar_flags = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_take_no_value()

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


def _fail(msg: str, code: int = 2) -> typer.Exit:
    """Print ``error: msg`` on stderr (passwords in URIs masked, no markup from the message, a word of
    megabytes cut to its start and its length: rich wraps one in quadratic time); exit ``code``."""
    text = re.sub(r"\S{300,}", lambda m: f"{m[0][:120]}… ({len(m[0]):,} characters)", mask_uri(msg))
    err.print(f"[bold red]error:[/] {safe(text)}", highlight=False)
    return typer.Exit(code)


@app.command()
def scan(
    targets: Annotated[list[str] | None, typer.Argument(
        help="IPs, CIDRs, ranges (192.0.2.1-20), host:port, engine URIs (mongodb://, redis://, http://), "
        "or local paths (dump files, directories)", show_default=False)] = None,
    input_list: Annotated[list[str] | None, typer.Option("-iL", "--input-list",
        help="file with one target per line (# comments); - reads standard input", show_default=False)] = None,
    exclude: Annotated[list[str] | None, typer.Option("--exclude", help="addresses or CIDRs never contacted")] = None,
    ports: Annotated[str | None, typer.Option("--ports", "-p", help="ports to sweep, e.g. 6379,27017 or 6000-7000 "
        "(default: every probe's default ports)")] = None,
    sample: Annotated[int, typer.Option("--sample", min=1, max=defaults.SAMPLE_MAX,
        help="records sampled per dataset")] = defaults.SAMPLE,
    output: Annotated[list[str] | None, typer.Option("-o", "--output",
        help="write the report here; - is standard output; repeat for several, each format from its extension "
        "(.json .md .html .csv .txt .sarif .jsonl)", show_default=False)] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help=_FORMAT_HELP + " (for -o - and other extensions; "
        "default json)", show_default=False)] = None,
    fail_on: Annotated[Severity | None, typer.Option("--fail-on", help=_FAIL_HELP)] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="seconds per network operation")] = defaults.TIMEOUT,
    concurrency: Annotated[int, typer.Option("--concurrency",
        help="connections in flight during discovery")] = defaults.CONCURRENCY,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bars, no streaming lines")] = False,
    default_creds: Annotated[bool, typer.Option("--try-default-credentials",
        help="opt-in: also try well-known default accounts (e.g. MySQL root with an empty password)")] = False,
    store: StoreOpt = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="do not record this run in the store")] = False,
    rate: Annotated[float, typer.Option("--rate", help="TCP connects started per second in discovery "
        "(0: no pacing; raise it for a lab, keep it low for fragile production hosts)")] = defaults.RATE,
    max_per_host: Annotated[int, typer.Option("--max-per-host", min=1, max=1000,
        help="connects in flight per address")] = defaults.PER_HOST,
    max_datasets: Annotated[int, typer.Option("--max-datasets", min=1, max=defaults.MAX_DATASETS_MAX,
        help="datasets inventoried per service (files of a directory, tables, indices...); the rest are counted "
        "in the report's coverage")] = defaults.MAX_DATASETS,
    depth: Annotated[int, typer.Option("--depth", min=0, max=defaults.FILE_DEPTH_MAX,
        help="directory levels read below a local path")] = defaults.FILE_DEPTH,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, max=defaults.JOBS_MAX,
        help=f"processes reading and classifying local files at once (default: the usable CPUs, up to {defaults.JOBS}; "
        "1: one at a time); the report is the same", show_default=False)] = None,
    max_addresses: Annotated[int, typer.Option("--max-addresses", min=1, help="largest scope accepted, in addresses "
        "(counted, never listed); raise it on purpose for a larger scan")] = defaults.MAX_ADDRESSES,
    from_discovery: Annotated[Path | None, typer.Option("--from-discovery", help="take open ports from a "
        "masscan -oJ/-oL, nmap -oX or naabu -json file instead of sweeping (the targets still bound the scope)",
        show_default=False)] = None,
    resume: Annotated[bool, typer.Option("--resume", help="finish an interrupted scan: `ajar scan --resume "
        "[RUN]`, by default the last one; its targets, options and -o are the ones it started with")] = False,
    nats: Annotated[str | None, typer.Option("--nats", help="share the scan out to `ajar worker`s through this "
        "NATS JetStream server (nats://IP:PORT) and gather their results", show_default=False)] = None,
    shards: Annotated[int, typer.Option("--shards", min=1, max=100000, help="shards of the scope for --nats")] = 16,
) -> None:
    """Scan targets for open data stores and report the personal data they expose."""
    resume_id: str | None = None
    try:
        if resume:
            resume_id, config, saved, in_store = resumed_run(targets or [], store, no_store, quiet)
            no_store = not in_store  # a run started with --no-store is finished without the store
            outputs = plan_outputs(output or saved.get("output", []), fmt or saved.get("format"))
        else:
            all_targets = _targets(targets or [], input_list or [])
            outputs = plan_outputs(output or [], fmt)
            if not math.isfinite(timeout) or timeout <= 0:
                raise ConfigError(f"--timeout must be a finite number of seconds greater than 0, not {timeout!r}")
            config = _config(
                targets=all_targets, exclude=exclude or [], ports=parse_ports(ports), sample=sample,
                timeout=timeout, concurrency=concurrency, fail_on=fail_on, try_default_credentials=default_creds,
                rate=_rate(rate), per_host=max_per_host, max_addresses=max_addresses, file_depth=depth,
                max_datasets=max_datasets, jobs=jobs,
                from_discovery=str(from_discovery) if from_discovery else None,
            )  # fmt: skip
    except UsageError as e:
        raise _fail(str(e)) from None
    # with the report on stdout, everything meant for a person goes to stderr
    console = err if any(o.stdout for o in outputs) else out
    stream = JsonlStream(outputs)
    problems: dict[Output, str] = {}

    def finish(rep: Report, checkpoint: str | None) -> None:
        """The report written, then the run recorded (its store checkpoint deleted in that transaction)."""
        problems.update(_finish(rep, outputs, stream, console, quiet))
        faults.point("scan.reported")
        record_scan(rep, config, store, no_store, checkpoint=checkpoint, quiet=quiet)

    try:
        if nats:
            from ajar.cluster.cli import coordinate_scan

            report = coordinate_scan(config, nats, shards)
        else:
            report = run_scan(config, quiet, console=console, stream=stream, resume=resume_id, store=store,
                              no_store=no_store, finish=finish,
                              outputs={"output": [o if o == "-" else str(Path(o).resolve()) for o in output or []],
                                       "format": fmt})
    except Interrupted as stop:
        written = _where_written(outputs, _finish(stop.report, outputs, stream, console, quiet))
        code = 128 + stop.signum  # 130 for Ctrl-C, 143 for SIGTERM, as a shell reports them
        err.print(f"interrupted: {safe(written)}; {safe(stop.resume or 'the scan cannot be resumed')}; exit {code}",
                  highlight=False, soft_wrap=True)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # a driver's thread may still wait on a socket: do not wait for it
    except Crashed as crash:
        written = _where_written(outputs, _finish(crash.report, outputs, stream, console, quiet))
        raise _fail(f"{crash}. This is a bug in ajar, not a finding: please report it with the command line "
                    f"you ran; {written}" + (f"; {crash.resume}" if crash.resume else ""), 3) from None
    except UsageError as e:
        stream.close()
        raise _fail(str(e)) from None
    except AjarError as e:
        stream.close()
        raise _fail(str(e), 3) from None
    if nats:  # no checkpoint: the workers' results are in the queue until the run is gathered
        problems = _finish(report, outputs, stream, console, quiet)
        record_scan(report, config, store, no_store, quiet=quiet)
    raise typer.Exit(3 if problems else exit_code(report, fail_on))


def _finish(report: Report, outputs: list[Output], stream: JsonlStream, console: Console,
            quiet: bool) -> dict[Output, str]:
    """Print the summary and write every output; each output that could not be written, with why."""
    stream.close(report.incomplete)
    if not quiet:
        console.print(summary_table(report))
    problems = write_outputs(report, outputs)
    for p in problems.values():
        err.print(f"[bold red]error:[/] {safe(p)}")
    for o in outputs:
        if not o.stdout and o not in problems:
            err.print(f"report written to {safe(o.path)} ({o.fmt})")
    return problems


def _where_written(outputs: list[Output], problems: dict[Output, str]) -> str:
    """Where the partial report of a stopped scan went, as it is: the files written, standard output, or
    nowhere (no ``-o``, or none could be written). Plain text: the caller escapes it."""
    places = ["standard output" if o.stdout else o.path for o in outputs if o not in problems]
    if places:
        return "the partial report is written to " + ", ".join(places)
    if outputs:
        return "no report could be written (see the errors above)"
    return "no report was written (no -o was given)"


def resumed_run(args: list[str], store: str | None, no_store: bool,
                quiet: bool = False) -> tuple[str, ScanConfig, dict[str, Any], bool]:
    """The interrupted run named by ``args`` (or the last one): its id, config and outputs, and
    whether its checkpoint is in the store (else it was started with ``--no-store``)."""
    from ajar.pipeline.checkpoint import FileRun
    from ajar.resume import find_run

    if len(args) > 1:
        raise UsageError("--resume takes at most one run id; the run's own targets are used")
    run = find_run(args[0] if args else None, store, no_store, quiet)
    try:
        saved: dict[str, Any] = run.meta().get("output") or {}
        return run.id, run.config(), saved, not isinstance(run, FileRun)
    finally:
        run.close()  # the scan opens it again


def _rate(rate: float) -> float | None:
    if not 0 <= rate <= defaults.RATE_MAX:
        raise ConfigError(f"--rate must be a number of connects per second (0: no pacing), not {rate}")
    return rate or None


def _targets(given: list[str], lists: list[str]) -> list[str]:
    """Targets from the arguments and every ``-iL`` list; a blank one is an error, as is none at all."""
    for i, t in enumerate(given, 1):
        if not t.strip():
            raise TargetError(f"target {i} is empty; name an address, CIDR, URI or path (or remove the empty argument)")
    found = [t.strip() for t in given]
    if lists.count("-") > 1:
        raise TargetError("-iL - is given more than once: standard input can be read once")
    for f in lists:
        found += read_target_list(f)
    if not found:
        raise TargetError("no targets: name at least one address, CIDR, URI or path, or -iL FILE")
    return found


def _config(**values: object) -> ScanConfig:
    """A :class:`ScanConfig`, or a :class:`ConfigError` naming the option and what it takes."""
    try:
        return ScanConfig(**values)  # type: ignore[arg-type]
    except pydantic.ValidationError as e:
        first = e.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "option"
        got = first.get("input")
        shown = f", not {got!r}" if isinstance(got, int | float) else ""
        raise ConfigError(f"--{field.replace('_', '-')}: {first['msg'].lower()}{shown}") from None


@app.command()
def report(
    file: Annotated[str, typer.Argument(help="a JSON report written by `ajar scan -o`; - reads standard input")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="one of: " + ", ".join(FORMATS)
        + " (default md; for -o, the extension decides)", show_default=False)] = None,
    output: Annotated[list[str] | None, typer.Option("-o", "--output",
        help="write here instead of stdout; repeat for several, each format from its extension")] = None,
    fail_on: Annotated[Severity | None, typer.Option("--fail-on", help=_FAIL_HELP)] = None,
) -> None:
    """Render a stored JSON report again, without scanning."""
    try:
        outputs = plan_outputs(output or ["-"], fmt, default="md")
        data = read_text(file, "report", "ajar report", MAX_REPORT)
        try:
            rep = Report.model_validate_json(data)
        except ValueError as e:
            raise UsageError(f"{file} is not an ajar JSON report ({str(e).splitlines()[0]})") from None
    except UsageError as e:
        raise _fail(str(e)) from None
    problems = write_outputs(rep, outputs)
    for p in problems.values():
        err.print(f"[bold red]error:[/] {safe(p)}")
    raise typer.Exit(3 if problems else exit_code(rep, fail_on) if fail_on else 0)


app.command(name="worker")(worker_command)
app.command(name="verify")(verify_command)


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

    if not (math.isfinite(seconds) and 0 <= seconds <= 3600):
        raise _fail(f"--warmup must be a number of seconds from 0 to 3600, not {seconds!r}")

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
    """Entry point of the ``ajar`` script: a crash exits 3 with a message, never 1 and never a traceback."""
    library_output.install()  # a library's warning or log line quoting a target's text is masked
    guard_stdout()  # `ajar ... | head -1`: the rest is dropped, the exit code is the outcome's
    try:
        _app_for(sys.argv[1:2])()
    except KeyboardInterrupt:  # Ctrl-C before the scan set its own handler (a scan's Ctrl-C writes its report)
        err.print("interrupted before anything was scanned; exit 130", highlight=False)
        sys.exit(130)
    except Exception as e:  # noqa: BLE001 - the one place where a bug becomes exit code 3
        err.print(
            f"[bold red]internal error:[/] {safe(type(e).__name__)}: {safe(theirs(str(e), 300))}. This is a bug "
            "in ajar, not a finding: please report it with the command line you ran (set AJAR_DEBUG=1 for the "
            "traceback).", highlight=False,
        )  # fmt: skip
        if os.environ.get("AJAR_DEBUG"):
            _traceback(e)
        sys.exit(3)


def _app_for(first: list[str]) -> typer.Typer:
    """The app as the command line needs it: when it names one of the top-level commands (``ajar scan ...``),
    the app with that command only (and the ``--version`` callback), so typer builds the options of one
    command instead of all 21 (~20 ms of a scan's start-up); else the whole app. Either way the
    named command parses, runs and explains itself (``--help``, a usage error) the same."""
    for info in app.registered_commands:
        if info.callback is not None and first == [info.name or typer.main.get_command_name(info.callback.__name__)]:
            one = copy.copy(app)
            one.registered_commands, one.registered_groups = [info], []
            return one
    return app


def _traceback(e: BaseException) -> None:
    """The traceback for ``AJAR_DEBUG``, every line through the masking (a message may quote a name or a
    value from a target; ajar's own frames read as they are)."""
    import traceback

    for chunk in traceback.format_exception(e):
        for line in chunk.splitlines():
            sys.stderr.write(theirs(line, 2000) + "\n")

