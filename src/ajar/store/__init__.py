"""The scan store: every run remembered, exposures followed from run to run.

SQLite (WAL) is the embedded default, at ``$XDG_DATA_HOME/ajar/ajar.db``; PostgreSQL is
chosen by URL (``--store postgresql://…`` or ``AJAR_STORE``). The schema is made and changed
only by the Alembic migrations shipped in this package, run programmatically on open.

Guarantees:

* It holds what the JSON report holds and nothing more: never a sampled value.
* One writer at a time (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on PostgreSQL), and
  each run is recorded in one transaction: a crash mid-run leaves the store as it was.
* A new SQLite file and its folder are made readable by their owner only.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ajar.errors import StoreError
from ajar.models import Report, Severity
from ajar.store import schema as t
from ajar.watch.events import (
    DEFAULT_POLICY,
    AddrStatus,
    Change,
    EventKind,
    Policy,
    RunView,
    Seen,
    State,
    digest_text,
    step,
    view_data,
)

#: A PostgreSQL advisory-lock key: the one writer of an ajar store.
_WRITER_LOCK = 0x616A6172

#: The newest migration shipped (a test checks it is Alembic's head): a store there is not migrated again.
HEAD_REVISION = "0003"

#: Case states, in workflow order (DESIGN.md §9).
CASE_STATES = ("found", "confirmed", "notified", "acknowledged", "fix_claimed", "verified_closed",
               "restricted", "reopened")
#: States a person may set; ``verified_closed`` is set only by a re-scan that saw the exposure closed.
MANUAL_CASE_STATES = ("found", "confirmed", "notified", "acknowledged", "fix_claimed")
ACTIVE_CASE_STATES = frozenset({"found", "confirmed", "notified", "acknowledged", "fix_claimed", "restricted",
                                "reopened"})
#: Re-verification rounds after a case is notified (days), unless configured otherwise.
DEFAULT_ROUNDS = (1, 7, 30)


def default_url() -> str:
    """``AJAR_STORE`` if set, else SQLite at ``$XDG_DATA_HOME/ajar/ajar.db``."""
    env = os.environ.get("AJAR_STORE")
    if env:
        return env
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'ajar' / 'ajar.db'}"


def _engine_url(url: str) -> str:
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:  # a bare path
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def redact_url(url: str) -> str:
    """The URL without its password, for messages; a bare path as the ``sqlite:///`` URL it stands for."""
    try:
        return sa.make_url(_engine_url(url) if "://" not in url else url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "<unparsable store URL>"


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite store (a bare path or ``sqlite:///PATH``); None for PostgreSQL, memory or junk."""
    try:
        u = sa.make_url(_engine_url(url))
    except sa.exc.ArgumentError:
        return None
    return Path(u.database) if u.get_backend_name() == "sqlite" and u.database and u.database != ":memory:" else None


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _rec: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # one writer: the lock is taken at BEGIN


def migrations_dir() -> str:
    """Where the Alembic scripts are (package data)."""
    return str(resources.files("ajar.store") / "migrations")


def alembic_config(conn: sa.Connection) -> Any:
    """An Alembic config bound to ``conn``: no ini file, no logging set-up."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", migrations_dir())
    cfg.attributes["connection"] = conn
    return cfg


def migrate(engine: Engine, revision: str = "head", *, down: bool = False) -> None:
    """Upgrade (or downgrade) the schema to ``revision``."""
    from alembic import command

    with engine.begin() as conn:
        if down:
            command.downgrade(alembic_config(conn), revision)
        else:
            command.upgrade(alembic_config(conn), revision)


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (SQLite file made private, WAL on; PostgreSQL through psycopg)."""
    real = _engine_url(url)
    try:
        u = sa.make_url(real)
    except sa.exc.ArgumentError:
        raise StoreError(f"--store {url!r} is not a database URL: use a path, sqlite:///PATH or "
                         "postgresql://USER@HOST:PORT/DB") from None
    if u.get_backend_name() == "sqlite":
        path = _sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():
                path.touch(mode=0o600)
        engine = sa.create_engine(u, connect_args={"timeout": 30})
        _sqlite_setup(engine)
        return engine
    if u.get_backend_name() != "postgresql":
        raise StoreError(f"--store: {u.get_backend_name()} is not supported; use SQLite or PostgreSQL")
    return sa.create_engine(u, pool_pre_ping=True)


def scope_key(report: Report) -> str:
    """Runs of the same scope share this key (targets, exclusions, ports; order ignored)."""
    s = report.scope
    blob = json.dumps([sorted(s.targets), sorted(s.exclude), sorted(s.ports)])
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Recorded:
    """The outcome of recording one run."""

    run_id: int
    changes: list[Change]
    digests: int
    #: each change's exposure (by its fingerprint): its id in the store, what a user names it by
    #: (``ajar case open ID``), and what the run saw of it (engine, address, dataset: sealed report text)
    exposures: dict[str, tuple[int, Seen]] = field(default_factory=dict)


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(d: datetime) -> datetime:
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def _cats(s: str) -> frozenset[str]:
    return frozenset(json.loads(s)) if s else frozenset()


def forget_checkpoint(c: sa.Connection | Session, run_id: str) -> None:
    """Delete the checkpoint of the scan ``run_id`` (both tables) in the caller's transaction."""
    c.execute(sa.delete(t.CheckpointJob).where(t.CheckpointJob.checkpoint_id == run_id))
    c.execute(sa.delete(t.ScanCheckpoint).where(t.ScanCheckpoint.id == run_id))


class Store:
    """A store at one URL. Opening it migrates the schema to the newest revision."""

    def __init__(self, url: str | None = None, *, upgrade: bool = True) -> None:
        self.url = url or default_url()
        file = _sqlite_file(self.url)
        #: whether opening it made a new SQLite file (and any missing folder): the command line says so,
        #: since a mistyped --store path would otherwise be an empty store without a word
        self.created = file is not None and not file.exists()
        self.engine = make_engine(self.url)
        if upgrade and self.revision() != HEAD_REVISION:
            try:
                migrate(self.engine)
            except sa.exc.OperationalError as e:
                raise StoreError(f"cannot open the store at {redact_url(self.url)}: "
                                 f"{str(e.orig).splitlines()[0] if e.orig else e}") from None

    def created_note(self) -> str | None:
        """What the command line says when opening the store made it, else None."""
        if not self.created:
            return None
        return (f"new, empty store made at {redact_url(self.url)} (if you meant an existing one, "
                "check --store or AJAR_STORE)")

    def revision(self) -> str | None:
        """The schema revision of the store, or None when it has none yet."""
        try:
            with self.engine.connect() as c:
                return c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except sa.exc.DBAPIError:
            return None

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction, holding the writer lock until it commits or rolls back."""
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            if self.engine.dialect.name == "postgresql":
                s.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _WRITER_LOCK})
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session."""
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    # -- recording a run -------------------------------------------------------------------

    def record(self, report: Report, settings: dict[str, Any] | None = None, policy: Policy = DEFAULT_POLICY,
               *, checkpoint: str | None = None, fail_after_run: bool = False) -> Recorded:
        """Record ``report`` as a run, derive its events, queue its digests, update cases.

        ``checkpoint`` is the id of the scan's checkpoint (``store/checkpoint.py``): the same
        transaction deletes it, so the run is either recorded and finished or still resumable.
        ``fail_after_run`` raises half-way (tests prove the transaction leaves nothing behind).
        """
        data = report.model_dump(mode="json")
        rv = view_data(data)
        now = _now()
        with self.write() as s:
            run = t.Run(scope_key=scope_key(report), scope=report.scope.model_dump_json(),
                        settings=json.dumps(settings or {}, sort_keys=True, default=str),
                        started=report.started, finished=report.finished, tool_version=report.tool.version,
                        services=len(report.services), exposed=sum(1 for x in rv.seen.values() if x.kind == "service"),
                        coverage=json.dumps(_coverage(rv)), events=0,
                        report=zlib.compress(json.dumps(data, ensure_ascii=False).encode(), 6))
            s.add(run)
            s.flush()
            if fail_after_run:
                raise StoreError("simulated crash after the run row was written")
            rows = self._rows_for(s, rv)
            id2fp = {r.id: fp for fp, r in rows.items()}
            states = {fp: _state(r, id2fp) for fp, r in rows.items()}
            new_states, changes = step(states, rv, policy)
            ids = self._save_exposures(s, run.id, rows, new_states)
            self._observe(s, run.id, rv, rows, ids, new_states)
            for ch in changes:
                s.add(t.Event(run_id=run.id, exposure_id=ids[ch.fingerprint], kind=ch.kind.value,
                              severity=ch.severity.value, detail=json.dumps(ch.detail, default=str), at=now))
            run.events = len(changes)
            seen = {fp: st.seen for fp, st in new_states.items()}
            digests = self._queue_digests(s, run.id, changes, seen, ids, now)
            self._update_cases(s, run.id, changes, ids, rv, now)
            if checkpoint is not None:
                forget_checkpoint(s, checkpoint)
        return Recorded(run.id, changes, digests, {c.fingerprint: (ids[c.fingerprint], seen[c.fingerprint])
                                                   for c in changes})

    def _rows_for(self, s: Session, rv: RunView) -> dict[str, t.Exposure]:
        """Exposures the run can say something about: at an address it tried, or seen by it."""
        hosts = sorted({h for h, _ in rv.addresses} | {h for h, _ in rv.explicit} | {x.host for x in rv.seen.values()})
        rows: dict[str, t.Exposure] = {}
        for i in range(0, len(hosts), 500):
            for r in s.scalars(select(t.Exposure).where(t.Exposure.host.in_(hosts[i:i + 500]))):
                if r.fingerprint in rv.seen or rv.status((r.host, r.port)) is not None:
                    rows[r.fingerprint] = r
        if rv.blocks:  # open exposures inside a swept network may have been missed
            for r in s.scalars(select(t.Exposure).where(t.Exposure.open.is_(True))):
                if r.fingerprint not in rows and rv.swept((r.host, r.port)):
                    rows[r.fingerprint] = r
        return rows

    def _save_exposures(self, s: Session, run_id: int, rows: dict[str, t.Exposure],
                        states: dict[str, State]) -> dict[str, int]:
        """Insert new exposures and update changed ones: services first (their ids are the datasets' parents)."""
        ids = {fp: r.id for fp, r in rows.items()}
        for kind in ("service", "dataset"):
            for fp, st in states.items():
                x = st.seen
                if x.kind != kind:
                    continue
                r = rows.get(fp)
                if r is None:
                    r = t.Exposure(fingerprint=fp, scheme=1, kind=x.kind, engine=x.engine, host=x.host, port=x.port,
                                   dataset=x.dataset, first_run=run_id,
                                   parent_id=ids.get(x.parent) if x.parent else None)
                    s.add(r)
                    rows[fp] = r
                r.open, r.misses, r.severity = st.open, st.misses, x.severity.value
                r.categories = json.dumps(sorted(st.categories))
                r.records, r.base_records, r.base_rate = x.records, st.base_records, st.base_rate
                r.ransomed, r.restricted = x.ransomed, x.restricted
                if r.last_run is None:
                    r.last_run = run_id  # new; later runs move it in one statement (_observe)
            s.flush()
            ids.update({fp: rows[fp].id for fp, st in states.items() if st.seen.kind == kind})
        return ids

    def _observe(self, s: Session, run_id: int, rv: RunView, rows: dict[str, t.Exposure], ids: dict[str, int],
                 states: dict[str, State]) -> None:
        obs: list[dict[str, Any]] = []
        for fp, x in rv.seen.items():
            obs.append({"run_id": run_id, "exposure_id": ids[fp], "present": True, "status": "open",
                        "severity": x.severity.value, "records": x.records, "records_per_day": x.rate,
                        "people": x.people, "categories": json.dumps(sorted(x.categories)), "vantage": None,
                        "ransomed": x.ransomed})
        for fp, st in states.items():
            if fp in rv.seen:
                continue
            status = rv.status((st.seen.host, st.seen.port))
            obs.append({"run_id": run_id, "exposure_id": ids[fp], "present": False,
                        "status": status.value if status else "gone", "severity": st.seen.severity.value,
                        "records": None, "records_per_day": None, "people": None, "categories": "[]",
                        "vantage": None, "ransomed": None})
        if obs:
            s.execute(sa.insert(t.Observation), obs)
        # the last run that saw each present exposure: one statement, not one UPDATE a row
        s.execute(sa.update(t.Exposure).where(t.Exposure.id.in_(
            select(t.Observation.exposure_id).where(t.Observation.run_id == run_id, t.Observation.present.is_(True))
        )).values(last_run=run_id).execution_options(synchronize_session=False))

    def _queue_digests(self, s: Session, run_id: int, changes: list[Change], seen: dict[str, Seen],
                       ids: dict[str, int], now: datetime) -> int:
        n = 0
        for rule in s.scalars(select(t.AlertRule).order_by(t.AlertRule.id)):
            kinds = set(json.loads(rule.events))
            floor = Severity(rule.min_severity).rank
            picked = [(c, seen[c.fingerprint]) for c in changes
                      if c.kind.value in kinds and c.severity.rank >= floor]
            if not picked:
                continue
            body = {"text": digest_text(picked, f"run {run_id}"), "run": run_id,
                    "events": [_event_json(c, x, ids[c.fingerprint]) for c, x in picked]}
            s.add(t.Outbox(rule_id=rule.id, run_id=run_id, body=json.dumps(body), state="pending", attempts=0,
                           next_try=now, last_error="", sent_at=None))
            n += 1
        return n

    def _update_cases(self, s: Session, run_id: int, changes: list[Change], ids: dict[str, int], rv: RunView,
                      now: datetime) -> None:
        by_exposure = {ids[c.fingerprint]: c for c in changes
                       if c.kind in (EventKind.CLOSED, EventKind.REOPENED, EventKind.RESTRICTED)}
        for case in s.scalars(select(t.Case)):
            exp = s.get(t.Exposure, case.exposure_id)
            if exp is None:
                continue
            ch = by_exposure.get(case.exposure_id)
            to = None
            if ch is not None and ch.kind == EventKind.CLOSED and case.state in ACTIVE_CASE_STATES:
                to, note = "verified_closed", f"run {run_id} saw it closed ({ch.detail.get('reason')})"
            elif ch is not None and ch.kind == EventKind.REOPENED and case.state == "verified_closed":
                to, note = "reopened", f"run {run_id} saw it open again"
            elif ch is not None and ch.kind == EventKind.RESTRICTED and case.state in ACTIVE_CASE_STATES:
                to, note = "restricted", f"run {run_id}: reachable from some vantage points only"
            if to is not None:
                _step_case(s, case, to, f"ajar run {run_id}", note, now)
            if rv.status((exp.host, exp.port)) is not None:
                status = "open" if exp.open else "closed"
                for chk in s.scalars(select(t.Check).where(t.Check.case_id == case.id, t.Check.done_run.is_(None),
                                                           t.Check.due <= now)):
                    chk.done_run, chk.result = run_id, status

    # -- reading -----------------------------------------------------------------------------

    def runs(self, limit: int = 50, scope: str | None = None) -> list[t.Run]:
        """The newest runs first (without loading their reports)."""
        with self.read() as s:
            q = select(t.Run).options(sa.orm.defer(t.Run.report)).order_by(t.Run.id.desc()).limit(limit)
            if scope:
                q = q.where(t.Run.scope_key == scope)
            return list(s.scalars(q))

    def report(self, run_id: int) -> Report:
        """The JSON report of a run."""
        with self.read() as s:
            blob = s.scalar(select(t.Run.report).where(t.Run.id == run_id))
        if blob is None:
            raise StoreError(f"no run {run_id} in the store: `ajar history` lists the runs")
        return Report.model_validate_json(zlib.decompress(blob))

    def report_data(self, run_id: int) -> dict[str, Any]:
        """The JSON report of a run as data (``json.loads``; it was validated when recorded)."""
        with self.read() as s:
            blob = s.scalar(select(t.Run.report).where(t.Run.id == run_id))
        if blob is None:
            raise StoreError(f"no run {run_id} in the store: `ajar history` lists the runs")
        data: dict[str, Any] = json.loads(zlib.decompress(blob))
        return data

    def run_view(self, run_id: int) -> RunView:
        """What run ``run_id`` saw, from its observations alone (no report parsed): for ``ajar diff``.

        Present observations give the exposures seen; missed ones give the status at their
        address, which is all :func:`~ajar.watch.events.diff` asks of the newer run.
        """
        parent = sa.orm.aliased(t.Exposure)
        q = (select(t.Observation.present, t.Observation.status, t.Observation.severity, t.Observation.records,
                    t.Observation.records_per_day, t.Observation.people, t.Observation.categories,
                    t.Observation.ransomed, t.Exposure.fingerprint, t.Exposure.kind, t.Exposure.engine,
                    t.Exposure.host, t.Exposure.port, t.Exposure.dataset, parent.fingerprint)
             .join(t.Exposure, t.Observation.exposure_id == t.Exposure.id)
             .outerjoin(parent, t.Exposure.parent_id == parent.id)
             .where(t.Observation.run_id == run_id))
        rv = RunView()
        with self.read() as s:
            if s.get(t.Run, run_id) is None:
                raise StoreError(f"no run {run_id} in the store: `ajar history` lists the runs")
            for (present, status, sev, records, rate, people, cats, ransomed, fp, kind, engine, host, port, dataset,
                 parent_fp) in s.execute(q):
                if present:
                    rv.seen[fp] = Seen(fp, kind, engine, host, port, dataset=dataset, parent=parent_fp,
                                       severity=Severity(sev), records=records, rate=rate, people=people,
                                       categories=_cats(cats), ransomed=bool(ransomed))
                    rv.addresses[(host, port)] = AddrStatus.OPEN
                elif kind == "service" and rv.addresses.get((host, port)) != AddrStatus.OPEN:
                    rv.addresses[(host, port)] = AddrStatus(status)
        return rv

    def last_two(self) -> tuple[int, int]:
        """The last two runs of the newest run's scope."""
        with self.read() as s:
            last = s.execute(select(t.Run.id, t.Run.scope_key).order_by(t.Run.id.desc()).limit(1)).first()
            if last is None:
                raise StoreError("the store holds no run yet: run `ajar scan` first")
            prev = s.scalar(select(t.Run.id).where(t.Run.scope_key == last[1], t.Run.id < last[0])
                            .order_by(t.Run.id.desc()).limit(1))
        if prev is None:
            raise StoreError(f"run {last[0]} is the only run of its scope: scan it again, or name two runs")
        return int(prev), int(last[0])

    def events(self, run_id: int | None = None, limit: int = 1000) -> list[tuple[t.Event, t.Exposure]]:
        """Events (newest first), with their exposures; a ``run_id`` the store does not hold is a StoreError."""
        with self.read() as s:
            if run_id is not None and s.scalar(select(t.Run.id).where(t.Run.id == run_id)) is None:
                raise StoreError(f"no run {run_id} in the store: `ajar history` lists the runs")
            q = (select(t.Event, t.Exposure).join(t.Exposure, t.Event.exposure_id == t.Exposure.id)
                 .order_by(t.Event.id.desc()).limit(limit))
            if run_id is not None:
                q = q.where(t.Event.run_id == run_id)
            return [(e, x) for e, x in s.execute(q)]

    def count(self, table: type[t.Base]) -> int:
        """Rows in a table."""
        with self.read() as s:
            return int(s.scalar(select(func.count()).select_from(table)) or 0)

    def count_users(self) -> int:
        """Dashboard accounts."""
        return self.count(t.User)

    # -- audit, users, cases -------------------------------------------------------------------

    def log(self, actor: str, action: str, detail: str = "", s: Session | None = None) -> None:
        """Append to the audit log."""
        if s is not None:
            s.add(t.Audit(at=_now(), actor=actor, action=action, detail=detail))
            return
        with self.write() as w:
            w.add(t.Audit(at=_now(), actor=actor, action=action, detail=detail))

    def open_case(self, exposure_id: int, by: str, contact: str = "") -> int:
        """Open a case (state ``found``) on a service exposure; one active case per exposure."""
        with self.write() as s:
            x = s.get(t.Exposure, exposure_id)
            if x is None or x.kind != "service":
                raise StoreError(f"no service exposure {exposure_id}: `ajar case exposures` lists the open ones "
                                 "(`--all`: closed ones too)")
            existing = s.scalar(select(t.Case.id).where(t.Case.exposure_id == exposure_id,
                                                        t.Case.state != "verified_closed"))
            if existing is not None:
                return int(existing)
            now = _now()
            case = t.Case(exposure_id=exposure_id, state="found", contact=contact, opened=now, updated=now)
            s.add(case)
            s.flush()
            s.add(t.CaseStep(case_id=case.id, at=now, by=by, from_state=None, to_state="found", note="opened"))
            self.log(by, "case.open", f"case {case.id} on exposure {exposure_id}", s)
            return case.id

    def move_case(self, case_id: int, to: str, by: str, note: str = "",
                  rounds: Sequence[int] = DEFAULT_ROUNDS) -> None:
        """A person moves a case. ``verified_closed`` is refused: only a re-scan closes a case."""
        if to not in MANUAL_CASE_STATES:
            raise StoreError(f"a case cannot be moved to {to!r} by hand (choose one of "
                             f"{', '.join(MANUAL_CASE_STATES)}); it closes only when a re-scan sees it closed")
        with self.write() as s:
            case = s.get(t.Case, case_id)
            if case is None:
                raise StoreError(f"no case {case_id}: `ajar case list` shows them")
            now = _now()
            _step_case(s, case, to, by, note, now)
            if to == "notified":
                for d in rounds:
                    s.add(t.Check(case_id=case.id, due=now + timedelta(days=d), done_run=None, result=None))
            self.log(by, "case.move", f"case {case_id} -> {to}", s)


def _step_case(s: Session, case: t.Case, to: str, by: str, note: str, now: datetime) -> None:
    s.add(t.CaseStep(case_id=case.id, at=now, by=by, from_state=case.state, to_state=to, note=note))
    case.state, case.updated = to, now


def _coverage(rv: RunView) -> dict[str, int]:
    """Addresses and ports tried, and how many answered with each status."""
    out: dict[str, int] = {"tried": rv.tried()}
    for st in rv.addresses.values():
        out[st.value] = out.get(st.value, 0) + 1
    return out


def _state(r: t.Exposure, id2fp: dict[int, str]) -> State:
    parent = id2fp.get(r.parent_id) if r.parent_id is not None else None
    seen = Seen(r.fingerprint, r.kind, r.engine, r.host, r.port, dataset=r.dataset, parent=parent,
                severity=Severity(r.severity), records=r.records, categories=_cats(r.categories),
                ransomed=r.ransomed, restricted=r.restricted)
    return State(seen, r.open, r.misses, r.base_records, r.base_rate, _cats(r.categories))


def _event_json(c: Change, x: Seen, exposure_id: int) -> dict[str, Any]:
    return {"event": c.kind.value, "severity": c.severity.value, "exposure": exposure_id,
            "fingerprint": c.fingerprint, "engine": x.engine, "host": x.host, "port": x.port,
            "dataset": x.dataset, "detail": c.detail}


__all__ = ["CASE_STATES", "Recorded", "Store", "default_url", "migrate", "redact_url", "scope_key"]
