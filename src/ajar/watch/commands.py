"""The watch's commands: ``history``, ``diff``, ``watch``, ``alerts``, ``users``, ``case``, ``serve``.

Each is registered in ``ajar/cli.py`` with one line. They share the store option: a path,
``sqlite:///PATH`` or ``postgresql://…``; ``AJAR_STORE`` when not given; else SQLite at
``$XDG_DATA_HOME/ajar/ajar.db``.
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ajar import defaults
from ajar.errors import AjarError, StoreError, UsageError
from ajar.models import Report, Severity, where
from ajar.names import clean
from ajar.watch.events import Change, EventKind, Policy, RunView, Seen, diff, view

if TYPE_CHECKING:
    from ajar.config import ScanConfig
    from ajar.store import Recorded, Store

out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False)

STORE_HELP = "the store: a path, sqlite:///PATH or postgresql://USER@HOST:PORT/DB (default: $AJAR_STORE, " \
    "else $XDG_DATA_HOME/ajar/ajar.db)"
StoreOpt = Annotated[str | None, typer.Option("--store", envvar="AJAR_STORE", help=STORE_HELP, show_default=False)]


def _row(tab: Table, *cells: str) -> None:
    """Add a row of plain text: names and details come from targets, never read as rich markup."""
    tab.add_row(*(Text(c) for c in cells))


def _fail(msg: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {escape(msg)}", highlight=False)
    return typer.Exit(code)


def open_store(url: str | None, quiet: bool = False) -> Store:
    """Open (and migrate) the store, or exit 2 with the reason; ``quiet``: no note that it was made."""
    from ajar.store import Store
    from ajar.terminal import note_new_store

    try:
        st = Store(url)
    except AjarError as e:
        raise _fail(str(e)) from None
    note_new_store(st, quiet)
    return st


# -- ajar scan: record the run ---------------------------------------------------------------


def record_scan(report: Report, config: ScanConfig, url: str | None, skip: bool,
                checkpoint: str | None = None, quiet: bool = False) -> int | None:
    """Record a finished scan in the store (unless ``--no-store``); send due digests. The run id.

    ``checkpoint`` is the scan's checkpoint in the store, deleted in the transaction that records
    the run; when recording fails, it stays, and ``ajar scan --resume`` records the run later."""
    if skip:
        return None
    from ajar.store import redact_url
    from ajar.watch.alerts import deliver

    kept = (f"; its checkpoint is kept: `ajar scan --resume {checkpoint}` with the same --store records it"
            if checkpoint else "")
    try:
        store = open_store(url, quiet)
        rec = store.record(report, config.model_dump(mode="json", exclude={"targets", "exclude"}),
                           checkpoint=checkpoint)
        sent = deliver(store)
    except typer.Exit:
        err.print(f"the report is complete; the run was not recorded (use --no-store to skip the store){kept}")
        return None
    except AjarError as e:
        err.print(f"[bold red]error:[/] run not recorded: {escape(str(e))}{kept}")
        return None
    counts = _counts(rec.changes)
    err.print(f"run {rec.run_id} recorded in {redact_url(store.url)}: " + (counts or "no change"))
    failed = sum(1 for d in sent if not d.ok)
    if failed:
        err.print(f"{failed} alert digest(s) not delivered yet: they stay queued (`ajar alerts send` retries)")
    store.close()
    return rec.run_id


def _counts(changes: list[Change]) -> str:
    c: dict[str, int] = {}
    for ch in changes:
        c[ch.kind.value] = c.get(ch.kind.value, 0) + 1
    return ", ".join(f"{n} {k}" for k, n in sorted(c.items()))


# -- ajar history ---------------------------------------------------------------------------------


def history(
    store: StoreOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="runs to show")] = 20,
    run: Annotated[int | None, typer.Option("--run", help="show this run's events")] = None,
) -> None:
    """List recorded runs (newest first), or one run's events."""
    st = open_store(store)
    if run is not None:
        try:
            events = st.events(run)
        except StoreError as e:
            raise _fail(str(e)) from None
        _print_changes([(e.kind, e.severity, x.engine, x.host, x.port, x.dataset, e.detail)
                        for e, x in reversed(events)], f"run {run}")
        return
    tab = Table("run", "finished (UTC)", "targets", "services", "exposed", "events", "coverage")
    for r in st.runs(limit):
        scope = json.loads(r.scope)
        cov = json.loads(r.coverage)
        _row(tab, str(r.id), r.finished.strftime("%Y-%m-%d %H:%M:%S"), " ".join(scope["targets"])[:60],
                    str(r.services), str(r.exposed), str(r.events),
                    " ".join(f"{k}={v}" for k, v in sorted(cov.items())))
    out.print(tab)


def _print_changes(rows: list[tuple[str, str, str, str, int, str | None, str]], title: str) -> None:
    tab = Table("event", "severity", "engine", "address", "dataset", "detail", title=title)
    for kind, sev, engine, host, port, dataset, detail in rows:
        _row(tab, kind, sev, engine, where(host, port), dataset or "", detail)
    out.print(tab)


# -- ajar diff ---------------------------------------------------------------------------------------


def _load_view(ref: str, st: Store | None) -> tuple[RunView, str]:
    path = Path(ref)
    if not ref.isdigit() or path.exists():
        try:
            return view(Report.model_validate_json(path.read_bytes())), str(path)
        except OSError as e:
            raise UsageError(f"cannot read {ref}: {e.strerror}; name a run id from `ajar history` or a JSON "
                             "report") from None
        except ValueError:
            raise UsageError(f"{ref} is not an ajar JSON report") from None
    if st is None:
        raise UsageError("internal: no store")
    return st.run_view(int(ref)), f"run {ref}"


def diff_command(
    run_a: Annotated[str | None, typer.Argument(help="older run id, or a JSON report", show_default=False)] = None,
    run_b: Annotated[str | None, typer.Argument(help="newer run id, or a JSON report", show_default=False)] = None,
    store: StoreOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the events as JSON lines")] = False,
    grew_factor: Annotated[float, typer.Option("--grew-factor", min=1.01,
        help="`grew` when records or records/day exceed this factor")] = 2.0,
) -> None:
    """Events between two runs (default: the last two runs of the same scope), or two JSON reports."""
    if (run_a is None) != (run_b is None):
        raise _fail("name two runs (or two JSON reports), or none for the last two runs of the same scope")
    try:
        st = None
        if run_a is None or (run_a.isdigit() and not Path(run_a).exists()) or \
                (run_b is not None and run_b.isdigit() and not Path(run_b).exists()):
            st = open_store(store)
        if run_a is None or run_b is None:
            assert st is not None
            a_id, b_id = st.last_two()
            run_a, run_b = str(a_id), str(b_id)
        va, la = _load_view(run_a, st)
        vb, lb = _load_view(run_b, st)
    except AjarError as e:
        raise _fail(str(e)) from None
    changes = diff(va, vb, Policy(closed_after=1, grew_factor=grew_factor))
    seen = {**va.seen, **vb.seen}
    if as_json:
        for c in changes:
            x = seen[c.fingerprint]
            sys.stdout.write(json.dumps({"event": c.kind.value, "severity": c.severity.value,
                                         "fingerprint": c.fingerprint, "engine": x.engine, "host": x.host,
                                         "port": x.port, "dataset": x.dataset, "detail": c.detail}) + "\n")
        return
    rows = []
    for c in changes:
        x = seen[c.fingerprint]
        rows.append((c.kind.value, c.severity.value, x.engine, x.host, x.port, x.dataset,
                     json.dumps(c.detail, default=str) if c.detail else ""))
    _print_changes(rows, f"{la} → {lb}: {_counts(changes) or 'no change'}")


# -- ajar watch -------------------------------------------------------------------------------------


def _change_line(change: Change, exposure: int, seen: Seen) -> Text:
    """One event of a watched run, as a user acts on it: the exposure's short id in the store (``ajar case
    open ID``), its engine, address and dataset. Never the fingerprint: a long key made of the same names
    (a dataset's, an instance's), of no use to type; the names here are the sealed report's, masked, and
    printed as plain text (a ``[bold]`` in a name is not rich markup)."""
    what = " ".join(p for p in (seen.engine or "-", where(seen.host, seen.port), seen.dataset or "") if p)
    return Text(clean(f"  {change.kind.value:<16} {change.severity.value:<8} exposure {exposure:<6} {what}"))


_DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd]?)$")


def parse_every(text: str) -> float:
    """``90``, ``30s``, ``15m``, ``2h``, ``1d`` → seconds."""
    m = _DURATION.match(text.strip())
    if not m:
        raise UsageError(f"--every {text!r}: use a number and a unit, e.g. 30s, 15m, 2h, 1d")
    seconds = float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]
    if not 1 <= seconds <= 366 * 86400:
        raise UsageError(f"--every {text!r}: the time between scans is from 1s to 366d")
    return seconds


def watch(
    targets: Annotated[list[str], typer.Argument(help="what to scan each time (as for `ajar scan`)")],
    every: Annotated[str, typer.Option("--every", help="time between scans: 30s, 15m, 2h, 1d")] = "15m",
    store: StoreOpt = None,
    ports: Annotated[str | None, typer.Option("--ports", "-p", help="ports to sweep (as for `ajar scan`)")] = None,
    sample: Annotated[int, typer.Option("--sample", min=1, max=defaults.SAMPLE_MAX,
        help="records sampled per dataset")] = defaults.SAMPLE,
    timeout: Annotated[float, typer.Option("--timeout", help="seconds per network operation")] = defaults.TIMEOUT,
    closed_after: Annotated[int, typer.Option("--closed-after", min=1,
        help="`closed` after this many consecutive misses")] = 2,
    grew_factor: Annotated[float, typer.Option("--grew-factor", min=1.01,
        help="`grew` when records or records/day exceed this factor")] = 2.0,
    count: Annotated[int, typer.Option("--count", min=0, help="stop after this many scans (0: never)")] = 0,
) -> None:
    """Scan on a schedule; record each run, emit its events, send the digests, retry the outbox."""
    from ajar.config import ScanConfig
    from ajar.console import parse_ports, run_scan
    from ajar.watch.alerts import deliver

    try:
        period = parse_every(every)
        config = ScanConfig(targets=targets, ports=parse_ports(ports), sample=sample, timeout=timeout)
        policy = Policy(closed_after=closed_after, grew_factor=grew_factor)
    except (AjarError, ValueError) as e:
        raise _fail(str(e)) from None
    st = open_store(store)
    recorded: list[Recorded] = []

    def record(report: Report, checkpoint: str | None) -> None:
        """Record the run; the same transaction deletes its checkpoint."""
        settings = config.model_dump(mode="json", exclude={"targets", "exclude"})
        recorded.append(st.record(report, settings, policy, checkpoint=checkpoint))

    n = 0
    while True:
        n += 1
        try:
            recorded.clear()
            run_scan(config, quiet=True, store=store, finish=record)
            rec = recorded[-1]
        except UsageError as e:
            raise _fail(str(e)) from None
        except AjarError as e:
            err.print(f"[bold red]error:[/] scan {n}: {escape(str(e))}")
        else:
            stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
            out.print(f"{stamp} run {rec.run_id}: {_counts(rec.changes) or 'no change'}")
            for c in rec.changes:
                out.print(_change_line(c, *rec.exposures[c.fingerprint]))
        try:
            from ajar.watch.cases import verify_due

            for rid in verify_due(st, _scanner(timeout, store)):
                out.print(f"  re-verification round: run {rid}")
        except AjarError as e:
            err.print(f"[bold red]error:[/] re-verification: {escape(str(e))}")
        for d in deliver(st):
            if not d.ok:
                err.print(f"alert {d.outbox_id} not delivered ({escape(str(d.error))}); retried later")
        if count and n >= count:
            return
        time.sleep(period)


# -- ajar alerts -------------------------------------------------------------------------------------

alerts_app = typer.Typer(help="Where digests of a run's events go: webhooks (Slack, Mattermost) and email.",
                         no_args_is_help=True)


@alerts_app.command("add")
def alerts_add(
    channel: Annotated[str, typer.Argument(help="webhook or email")],
    target: Annotated[str, typer.Argument(help="the webhook URL, or the email address")],
    store: StoreOpt = None,
    min_severity: Annotated[Severity, typer.Option("--min-severity",
        help="leave out events below this")] = Severity.INFO,
    events: Annotated[str, typer.Option("--events", help="comma-separated event kinds")] = ",".join(
        k.value for k in EventKind),
    smtp: Annotated[str, typer.Option("--smtp", help="SMTP server host:port (email)")] = "localhost:25",
    sender: Annotated[str, typer.Option("--from", help="sender address (email)")] = "ajar@localhost",
) -> None:
    """Add an alert rule: one digest per run with the events that pass its filters."""
    from ajar.watch.alerts import add_rule

    kinds = tuple(k.strip() for k in events.split(",") if k.strip())
    bad = [k for k in kinds if k not in {e.value for e in EventKind}]
    if channel not in ("webhook", "email"):
        raise _fail(f"channel must be webhook or email, not {channel!r}")
    if bad or not kinds:
        raise _fail(f"--events: unknown kind(s) {', '.join(bad) or '(none given)'}; "
                    f"choose from {', '.join(e.value for e in EventKind)}")
    if channel == "webhook" and not re.match(r"^https?://", target):
        raise _fail("a webhook URL starts with http:// or https://")
    if channel == "email" and "@" not in target:
        raise _fail(f"{target!r} is not an email address")
    opts: dict[str, Any] = {"smtp": smtp, "sender": sender} if channel == "email" else {}
    rid = add_rule(open_store(store), channel, target, min_severity, kinds, opts)
    out.print(f"alert rule {rid} added: {escape(channel)} {escape(_shown_target(channel, target))}, "
              f"{min_severity.value} and above, "
              f"events {','.join(kinds)}")


@alerts_app.command("list")
def alerts_list(store: StoreOpt = None) -> None:
    """List alert rules and the outbox."""
    from sqlalchemy import func, select

    from ajar.store import schema as t

    st = open_store(store)
    tab = Table("rule", "channel", "target", "min severity", "events", "sent", "queued")
    with st.read() as s:
        for r in s.scalars(select(t.AlertRule).order_by(t.AlertRule.id)):
            n = dict(s.execute(select(t.Outbox.state, func.count()).where(t.Outbox.rule_id == r.id)
                               .group_by(t.Outbox.state)).all())
            _row(tab, str(r.id), r.channel, _shown_target(r.channel, r.target), r.min_severity,
                 ",".join(json.loads(r.events)),
                        str(n.get("sent", 0)), str(n.get("pending", 0)))
    out.print(tab)


def _shown_target(channel: str, target: str) -> str:
    """A rule's target as printed: a webhook URL without its secrets (the store keeps it whole, to send)."""
    from ajar.names import mask_secret_url

    return mask_secret_url(target) if channel == "webhook" else target


@alerts_app.command("send")
def alerts_send(store: StoreOpt = None) -> None:
    """Try every queued digest that is due now."""
    from ajar.watch.alerts import deliver

    res = deliver(open_store(store))
    ok = sum(1 for d in res if d.ok)
    out.print(f"{ok} sent, {len(res) - ok} failed (queued for a retry)")


# -- ajar users --------------------------------------------------------------------------------------

users_app = typer.Typer(help="Dashboard accounts (argon2 password hashes).", no_args_is_help=True)


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="login name")],
    store: StoreOpt = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="read the password from stdin")] = False,
) -> None:
    """Add a dashboard user (or set a new password); the password is prompted unless --password-stdin."""
    from ajar.web.auth import set_password

    if not re.fullmatch(r"[A-Za-z0-9_.@-]{1,64}", name):
        raise _fail("a user name is 1-64 letters, digits, or . _ @ -")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif not sys.stdin.isatty():
        raise _fail("no terminal to ask the password on: give it on standard input with --password-stdin, "
                    f"e.g. `ajar users add {name} --password-stdin < FILE`")
    else:
        try:
            password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
        except typer.Abort:  # Ctrl-C or Ctrl-D at the prompt: click's "Aborted!" and exit 1
            raise _fail("no password given; nothing was saved") from None
    if len(password) < 10:
        raise _fail("the password must have at least 10 characters")
    set_password(open_store(store), name, password)
    out.print(f"user {name} saved")


# -- ajar case ---------------------------------------------------------------------------------------

case_app = typer.Typer(help="Disclosure cases: found → confirmed → notified → acknowledged → fix claimed → "
                       "verified closed (only by a re-scan).", no_args_is_help=True)


@case_app.command("open")
def case_open(
    exposure: Annotated[int, typer.Argument(help="a service exposure id (`ajar case exposures`)")],
    store: StoreOpt = None,
    by: Annotated[str, typer.Option("--by", help="who opens it")] = "cli",
) -> None:
    """Open a case on a service exposure."""
    try:
        cid = open_store(store).open_case(exposure, by)
    except StoreError as e:
        raise _fail(str(e)) from None
    out.print(f"case {cid} open (found)")


@case_app.command("move")
def case_move(
    case: Annotated[int, typer.Argument(help="case id")],
    state: Annotated[str, typer.Argument(help="confirmed, notified, acknowledged or fix_claimed")],
    store: StoreOpt = None,
    by: Annotated[str, typer.Option("--by", help="who moves it")] = "cli",
    note: Annotated[str, typer.Option("--note", help="a note kept with the step")] = "",
    rounds: Annotated[str, typer.Option("--rounds", help="re-verification after these days, once notified")] = "1,7,30",
) -> None:
    """Move a case; `notified` schedules re-verification rounds. Only a re-scan closes a case."""
    try:
        days = [int(d) for d in rounds.split(",") if d.strip()]
        if not days or not all(0 <= d <= 3650 for d in days):
            raise ValueError(rounds)
        open_store(store).move_case(case, state, by, note, days)
    except ValueError:
        raise _fail(f"--rounds {rounds!r}: days from 0 to 3650, comma-separated, e.g. 1,7,30") from None
    except StoreError as e:
        raise _fail(str(e)) from None
    out.print(f"case {case} → {state}")


@case_app.command("list")
def case_list(store: StoreOpt = None) -> None:
    """List cases with their state and exposure."""
    from sqlalchemy import select

    from ajar.store import schema as t

    st = open_store(store)
    tab = Table("case", "state", "exposure", "engine", "address", "severity", "updated (UTC)")
    with st.read() as s:
        for c, x in s.execute(select(t.Case, t.Exposure).join(t.Exposure, t.Case.exposure_id == t.Exposure.id)
                              .order_by(t.Case.id)):
            _row(tab, str(c.id), c.state, str(x.id), x.engine, where(x.host, x.port), x.severity,
                        c.updated.strftime("%Y-%m-%d %H:%M"))
    out.print(tab)


@case_app.command("exposures")
def case_exposures(
    store: StoreOpt = None,
    all_: Annotated[bool, typer.Option("--all", help="closed ones too")] = False,
) -> None:
    """List service exposures (open ones unless --all), to open cases on."""
    from sqlalchemy import select

    from ajar.store import schema as t

    st = open_store(store)
    tab = Table("exposure", "state", "engine", "address", "severity", "records", "categories")
    with st.read() as s:
        q = select(t.Exposure).where(t.Exposure.kind == "service").order_by(t.Exposure.id)
        if not all_:
            q = q.where(t.Exposure.open.is_(True))
        for x in s.scalars(q):
            _row(tab, str(x.id), "open" if x.open else "closed", x.engine, where(x.host, x.port), x.severity,
                        "-" if x.records is None else f"{x.records:,}", ", ".join(json.loads(x.categories)))
    out.print(tab)


@case_app.command("verify")
def case_verify(
    store: StoreOpt = None,
    timeout: Annotated[float, typer.Option("--timeout", help="seconds per network operation")] = 5.0,
) -> None:
    """Run the re-verification rounds that are due: re-scan each exposure's address and record it."""
    from ajar.watch.cases import verify_due

    st = open_store(store)
    try:
        runs = verify_due(st, _scanner(timeout, store))
    except AjarError as e:
        raise _fail(str(e)) from None
    out.print(f"{len(runs)} re-verification scan(s): " + (", ".join(f"run {r}" for r in runs) or "none due"))


def _scanner(timeout: float, store: str | None) -> Any:
    from ajar.config import ScanConfig
    from ajar.console import run_scan

    return lambda target, record: run_scan(ScanConfig(targets=[target], timeout=timeout), quiet=True, store=store,
                                           finish=record)


@case_app.command("letter")
def case_letter(
    case: Annotated[int, typer.Argument(help="case id")],
    store: StoreOpt = None,
) -> None:
    """Print the disclosure letter of a case (from its exposure's last run; security.txt contacts)."""
    from ajar.watch.cases import case_letter as make

    try:
        sys.stdout.write(make(open_store(store), case))
    except AjarError as e:
        raise _fail(str(e)) from None


# -- ajar serve --------------------------------------------------------------------------------------


def serve(
    store: StoreOpt = None,
    bind: Annotated[str, typer.Option("--bind", help="address:port to listen on (loopback unless told)")] =
        "127.0.0.1:8765",
    insecure_cookies: Annotated[bool, typer.Option("--insecure-cookies",
        help="drop the Secure cookie flag (only behind a TLS proxy that rewrites it)")] = False,
) -> None:
    """The dashboard: overview, exposure timelines, cases, runs. Login required."""
    import uvicorn

    from ajar.web.app import create_app

    host, _, port = bind.rpartition(":")
    if not host or not port.isdigit() or not 1 <= int(port) <= 65535:
        raise _fail(f"--bind {bind!r}: use ADDRESS:PORT with a port from 1 to 65535, e.g. 127.0.0.1:8765")
    host = host.strip("[]")
    import ipaddress

    try:
        if not ipaddress.ip_address(host).is_loopback:
            err.print(f"[yellow]warning:[/] the dashboard listens on {host}, not loopback: put TLS in front of it")
    except ValueError:
        raise _fail(f"--bind: {host!r} is not an IP address") from None
    st = open_store(store)
    if st.count_users() == 0:
        raise _fail("no dashboard user yet: add one with `ajar users add NAME`")
    sock = _listen(host, int(port))
    err.print(f"dashboard on http://{_address(host, int(port))}/ (Ctrl-C stops it)")
    config = uvicorn.Config(create_app(st, secure_cookies=not insecure_cookies), log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


def _listen(host: str, port: int) -> Any:
    """The dashboard's socket, bound here so that a port in use or an address not of this machine is
    the user's to fix (exit 2, naming another --bind), not uvicorn's log line and a crash's exit 3."""
    import errno
    import socket

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a restart reuses it at once
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        why = {errno.EADDRINUSE: "the port is in use (another `ajar serve`, or another program)",
               errno.EADDRNOTAVAIL: f"{host} is not an address of this machine",
               errno.EACCES: "ports below 1024 need privileges"}.get(e.errno or 0, e.strerror or type(e).__name__)
        other = _address("127.0.0.1", port) if e.errno == errno.EADDRNOTAVAIL else \
            _address(host, 8765 if port != 8765 else 8766)
        raise _fail(f"cannot listen on {_address(host, port)}: {why}; choose another, e.g. --bind {other}") from None
    return sock


def _address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
