"""The tables of the scan store (SQLAlchemy 2 declarative).

What the store holds, and what it never holds:

* ``runs``: one row per recorded scan: scope, settings, coverage counts and the JSON report
  (zlib-compressed). The report is exactly what ``ajar scan -o report.json`` writes, so the
  store holds nothing a report does not: categories, counts and masked examples, never a
  sampled value.
* ``exposures``: one row per service or dataset ever seen, keyed by a versioned fingerprint
  (engine, normalised address, port, the instance's own id; never counts or times), with the
  state the event logic carries from run to run.
* ``observations``: append-only, one row per exposure a run looked at.
* ``events``: append-only, what changed (``new``, ``closed``, ``reopened``, ``grew``...).
* ``users``, ``audit``: dashboard accounts (argon2 hashes) and every action taken.
* ``alert_rules``, ``outbox``: where digests go, and the digests waiting to leave.
* ``cases``, ``case_steps``, ``checks``: disclosure cases, their dated transitions and the
  re-verification rounds.
* ``checkpoints``, ``checkpoint_jobs``: an unfinished scan, so that ``ajar scan --resume`` can
  finish it after a crash: its config and report destinations, its discovery progress (a
  watermark in the permutation and the positions done above it) and one row per open port it
  found (with the finished service, masked as in the report). A finished run deletes both.

The schema is created and changed only by the Alembic migrations in ``migrations/``;
a test compares these classes with the migrated database so the two never drift.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Identifiers are BIGINT on PostgreSQL and INTEGER (the rowid) on SQLite.
Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Meta(Base):
    """Key-value settings of the store itself (the dashboard's session key, for one)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Run(Base):
    """One recorded scan."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    scope_key: Mapped[str] = mapped_column(String(64), index=True)
    scope: Mapped[str] = mapped_column(Text)
    settings: Mapped[str] = mapped_column(Text)
    started: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    tool_version: Mapped[str] = mapped_column(String(32))
    services: Mapped[int] = mapped_column(Integer)
    exposed: Mapped[int] = mapped_column(Integer)
    coverage: Mapped[str] = mapped_column(Text)
    events: Mapped[int] = mapped_column(Integer)
    report: Mapped[bytes] = mapped_column(LargeBinary)


class Exposure(Base):
    """A service or dataset with a stable identity, and the state carried between runs."""

    __tablename__ = "exposures"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(String(600), unique=True)
    scheme: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("exposures.id"), index=True)
    engine: Mapped[str] = mapped_column(String(32))
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    dataset: Mapped[str | None] = mapped_column(Text)
    open: Mapped[bool] = mapped_column(Boolean)
    misses: Mapped[int] = mapped_column(Integer)
    severity: Mapped[str] = mapped_column(String(16))
    categories: Mapped[str] = mapped_column(Text)
    records: Mapped[int | None] = mapped_column(BigInteger)
    base_records: Mapped[int | None] = mapped_column(BigInteger)
    base_rate: Mapped[float | None] = mapped_column(Float)
    ransomed: Mapped[bool] = mapped_column(Boolean)
    restricted: Mapped[bool] = mapped_column(Boolean)
    first_run: Mapped[int] = mapped_column(ForeignKey("runs.id"))
    last_run: Mapped[int] = mapped_column(ForeignKey("runs.id"))

    __table_args__ = (
        Index("ix_exposures_open_severity", "open", "severity"),
        Index("ix_exposures_addr", "host", "port"),
    )


class Observation(Base):
    """What one run saw of one exposure. Append-only."""

    __tablename__ = "observations"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    exposure_id: Mapped[int] = mapped_column(ForeignKey("exposures.id"))
    present: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    records: Mapped[int | None] = mapped_column(BigInteger)
    records_per_day: Mapped[float | None] = mapped_column(Float)
    people: Mapped[int | None] = mapped_column(BigInteger)
    categories: Mapped[str] = mapped_column(Text)
    vantage: Mapped[str | None] = mapped_column(String(64))
    #: a compromise finding was seen (services; None in rows recorded before revision 0002)
    ransomed: Mapped[bool | None] = mapped_column(Boolean)

    __table_args__ = (Index("ix_observations_exposure_run", "exposure_id", "run_id"),)


class Event(Base):
    """A change the event logic found. Append-only."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    exposure_id: Mapped[int] = mapped_column(ForeignKey("exposures.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class User(Base):
    """A dashboard account. Only an argon2 hash of the password is kept."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Audit(Base):
    """Every action taken through the dashboard or the case commands."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)


class AlertRule(Base):
    """Where a run's digest goes: a webhook URL or an email address, with filters."""

    __tablename__ = "alert_rules"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(Text)
    min_severity: Mapped[str] = mapped_column(String(16))
    events: Mapped[str] = mapped_column(Text)
    options: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Outbox(Base):
    """One digest waiting to leave (or sent), with its retry schedule."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("alert_rules.id"), index=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer)
    next_try: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Case(Base):
    """A disclosure case about one service exposure."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    exposure_id: Mapped[int] = mapped_column(ForeignKey("exposures.id"), index=True)
    state: Mapped[str] = mapped_column(String(32), index=True)
    contact: Mapped[str] = mapped_column(Text)
    opened: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CaseStep(Base):
    """One dated transition of a case, and who made it."""

    __tablename__ = "case_steps"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by: Mapped[str] = mapped_column(String(64))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text)


class Check(Base):
    """A re-verification round of a case: re-scan the exposure when due."""

    __tablename__ = "checks"
    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    done_run: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    result: Mapped[str | None] = mapped_column(String(32))


class ScanCheckpoint(Base):
    """An unfinished scan: what ``--resume`` needs to finish it (never a sampled value)."""

    __tablename__ = "checkpoints"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    config: Mapped[str] = mapped_column(Text)
    output: Mapped[str] = mapped_column(Text)
    #: every position of the seeded permutation below ``watermark`` is done ...
    watermark: Mapped[int] = mapped_column(BigInteger)
    #: ... and so is each position in this JSON list (at most those in flight at the last mark)
    done: Mapped[str] = mapped_column(Text)


class CheckpointJob(Base):
    """An open port an unfinished scan found: still to probe (``service`` null) or finished."""

    __tablename__ = "checkpoint_jobs"
    checkpoint_id: Mapped[str] = mapped_column(ForeignKey("checkpoints.id", ondelete="CASCADE"), primary_key=True)
    host: Mapped[str] = mapped_column(Text, primary_key=True)
    port: Mapped[int] = mapped_column(Integer, primary_key=True)
    endpoint: Mapped[str] = mapped_column(Text)
    #: the finished service, exactly as the report holds it (masked)
    service: Mapped[str | None] = mapped_column(Text)
