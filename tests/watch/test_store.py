"""The store on SQLite and on our own PostgreSQL: migrations up and down, runs, events, crashes."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ajar.errors import StoreError
from ajar.models import Access, Dataset, Finding, Report, ScopeInfo, Service, Severity, Status, ToolInfo
from ajar.store import Store, default_url, make_engine, migrate
from ajar.store import schema as t
from ajar.watch.events import EventKind

TABLES = {"meta", "runs", "exposures", "observations", "events", "users", "audit", "alert_rules", "outbox",
          "cases", "case_steps", "checks", "checkpoints", "checkpoint_jobs"}


def _report(*services: Service, targets: tuple[str, ...] = ("127.0.0.1",)) -> Report:
    now = datetime.now(UTC)
    return Report(tool=ToolInfo(version="test"), scope=ScopeInfo(targets=list(targets), ports=[1, 2, 3]),
                  started=now, finished=now, services=list(services))


def _svc(port: int, *, access: Access = Access.OPEN, records: int = 10, engine: str | None = "redis",
         status: Status = Status.SUCCESS, severity: Severity = Severity.HIGH, ransom: bool = False) -> Service:
    findings = [Finding(rule="compromise.ransom_note", title="ransom", severity=Severity.CRITICAL)] if ransom else []
    return Service(host="127.0.0.1", port=port, engine=engine, status=status, access=access, severity=severity,
                   findings=findings, datasets=[Dataset(name="db0", records=records)] if engine else [])


def _kinds(rec_changes: list) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {(c.kind.value, c.fingerprint) for c in rec_changes}


S1 = "v1|service|redis|127.0.0.1|1|-"
S2 = "v1|service|redis|127.0.0.1|2|-"


def test_migrations_upgrade_and_downgrade(store_url: str) -> None:
    engine = make_engine(store_url)
    migrate(engine)
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:  # the migrated schema is exactly the models' schema
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), t.Base.metadata)
    assert diff == [], diff
    from alembic.script import ScriptDirectory

    from ajar.store import HEAD_REVISION, alembic_config

    with engine.connect() as conn:
        assert ScriptDirectory.from_config(alembic_config(conn)).get_current_head() == HEAD_REVISION
    assert Store(store_url).revision() == HEAD_REVISION
    migrate(engine, "base", down=True)
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    migrate(engine)
    assert TABLES <= set(sa.inspect(engine).get_table_names())
    engine.dispose()


def test_runs_events_and_hysteresis(store_url: str) -> None:
    st = Store(store_url)
    r1 = st.record(_report(_svc(1), _svc(2)))
    assert _kinds(r1.changes) == {("new", S1), ("new", S2), ("new", S1 + "|db0"), ("new", S2 + "|db0")}
    r2 = st.record(_report(_svc(1, records=30, ransom=True, severity=Severity.CRITICAL),
                           _svc(2, access=Access.AUTH_REQUIRED, severity=Severity.INFO)))
    assert _kinds(r2.changes) == {("grew", S1 + "|db0"), ("ransomed", S1), ("severity_changed", S1),
                                  ("closed", S2)}
    # a refused port is one miss: nothing yet; the second consecutive miss closes it
    r3 = st.record(_report(_svc(1, engine=None, status=Status.REFUSED), _svc(2, access=Access.AUTH_REQUIRED)))
    assert r3.changes == []
    r4 = st.record(_report(_svc(2)))  # port 1 swept and not answering: the second miss
    assert _kinds(r4.changes) == {("closed", S1), ("reopened", S2)}
    # a run that did not try the address, or could not tell, changes nothing
    assert st.record(_report(_svc(2), targets=("127.0.0.1:2",))).changes == []
    assert st.record(_report(_svc(1, engine="redis", access=Access.UNKNOWN), _svc(2))).changes == []
    assert st.last_two() == (4, 6)  # run 5 had another scope (one explicit port)
    assert [r.id for r in st.runs()] == [6, 5, 4, 3, 2, 1]
    assert st.report(2).services[0].findings[0].rule == "compromise.ransom_note"
    events = st.events()
    assert len(events) == 4 + 4 + 2
    assert {e.kind for e, _ in events} <= {k.value for k in EventKind}
    st.close()


def test_crash_mid_run_leaves_the_store_as_it_was(store_url: str) -> None:
    st = Store(store_url)
    st.record(_report(_svc(1)))
    before = {tb: st.count(tb) for tb in (t.Run, t.Exposure, t.Observation, t.Event)}
    with pytest.raises(StoreError):
        st.record(_report(_svc(1), _svc(2)), fail_after_run=True)
    assert {tb: st.count(tb) for tb in before} == before
    r = st.record(_report(_svc(1), _svc(2)))  # and the next run goes on from the consistent state
    assert _kinds(r.changes) == {("new", S2), ("new", S2 + "|db0")}
    st.close()


def test_default_location_is_xdg_and_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AJAR_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_url() == f"sqlite:///{tmp_path / 'xdg' / 'ajar' / 'ajar.db'}"
    st = Store()
    st.record(_report(_svc(1)))
    db = tmp_path / "xdg" / "ajar" / "ajar.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    with st.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    st.close()
    monkeypatch.setenv("AJAR_STORE", "postgresql://u@127.0.0.1:1/x")
    assert default_url() == "postgresql://u@127.0.0.1:1/x"


def test_bad_store_url_is_a_usage_error() -> None:
    with pytest.raises(StoreError, match="not supported"):
        Store("mysql://u@127.0.0.1/x")


def test_store_holds_only_the_report(store_url: str) -> None:
    """Every text column of every row comes from the report or from ajar itself (no extra data)."""
    st = Store(store_url)
    rep = _report(_svc(1))
    st.record(rep, {"sample": 50})
    with st.read() as s:
        run = s.scalars(sa.select(t.Run)).one()
        assert json.loads(run.settings) == {"sample": 50}
        assert json.loads(run.scope)["targets"] == ["127.0.0.1"]
        assert json.loads(run.coverage) == {"open": 1, "tried": 3}
    assert st.report(1) == rep
    st.close()


def test_category_added_once_and_grew_by_rate(store_url: str) -> None:
    from ajar.models import Category, FieldReport, Liveness

    def svc(cats: list[Category], rate: float) -> Service:
        fields = [FieldReport(path=f"f{i}", category=c, confidence=0.9, prevalence=1.0, values=10)
                  for i, c in enumerate(cats)]
        return Service(host="127.0.0.1", port=1, engine="mongodb", status=Status.SUCCESS, access=Access.OPEN,
                       severity=Severity.HIGH, datasets=[Dataset(name="app.users", records=100, fields=fields,
                                                                 liveness=Liveness(records_per_day=rate))])

    st = Store(store_url)
    ds = "v1|service|mongodb|127.0.0.1|1|-|app.users"
    st.record(_report(svc([Category.EMAIL], 10.0)))
    r2 = st.record(_report(svc([Category.EMAIL, Category.NATIONAL_ID], 15.0)))
    assert _kinds(r2.changes) == {("category_added", ds)}
    assert r2.changes[0].detail == {"added": ["person.national_id"]}
    r3 = st.record(_report(svc([Category.EMAIL], 25.0)))  # 25 > 2 x 10: the rate doubled since the baseline
    assert _kinds(r3.changes) == {("grew", ds)} and r3.changes[0].detail["what"] == "records_per_day"
    r4 = st.record(_report(svc([Category.EMAIL, Category.NATIONAL_ID], 30.0)))  # seen before: no new event
    assert r4.changes == []
    st.close()
