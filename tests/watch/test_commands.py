"""The watch's commands through the real command line: watch, history, case, users, usage errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ajar.store import Store
from ajar.watch.commands import parse_every
from tests.conftest import run_cli
from tests.support import free_port, stop

from .lab import HOST, _people, _redis

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "seconds"), [("90", 90), ("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400)])
def test_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


def test_watch_history_case_flow(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ajar.db'}"
    port = free_port()
    proc = _redis(port, tmp_path)
    try:
        _people(port, 0, 12)
        r = run_cli("watch", f"{HOST}:{port}", "--every", "1s", "--count", "2", "--store", url, "--timeout", "10")
        assert r.returncode == 0, r.stderr[-1500:]
        assert "run 1: 2 new" in r.stdout and "run 2: no change" in r.stdout, r.stdout
        h = run_cli("history", "--store", url)
        assert h.returncode == 0 and h.stdout.count(f"{HOST}:{port}") == 2, h.stdout
        ex = run_cli("case", "exposures", "--store", url)
        assert ex.returncode == 0 and f"{HOST}:{port}" in ex.stdout
        assert run_cli("case", "open", "1", "--store", url, "--by", "alice").returncode == 0
        # a person cannot close a case: only a re-scan that sees it closed does
        bad = run_cli("case", "move", "1", "verified_closed", "--store", url)
        assert bad.returncode == 2 and "only when a re-scan sees it closed" in bad.stderr
        moved = run_cli("case", "move", "1", "notified", "--store", url, "--by", "alice", "--rounds", "0,7,30")
        assert moved.returncode == 0, moved.stderr
        # the round due now (day 0) re-scans the exposure's address and records what it saw
        ver = run_cli("case", "verify", "--store", url, "--timeout", "10")
        assert ver.returncode == 0 and "1 re-verification scan(s): run 3" in ver.stdout, ver.stdout + ver.stderr
        assert run_cli("case", "verify", "--store", url).stdout.startswith("0 re-verification")
        letter = run_cli("case", "letter", "1", "--store", url)
        assert letter.returncode == 0 and "Case 1 (notified)" in letter.stdout, letter.stderr
        assert "security.txt): none published" in letter.stdout  # redis is no HTTP engine: never looked up
    finally:
        stop(proc)
    # the server is gone; two re-scans later the exposure is closed and the case verified closed
    for _ in range(2):
        r = run_cli("scan", f"{HOST}:{port}", "--store", url, "-q")
        assert r.returncode == 0, r.stderr
    cases = run_cli("case", "list", "--store", url)
    assert "verified_closed" in cases.stdout, cases.stdout
    st = Store(url)
    with st.read() as s:
        from sqlalchemy import select

        from ajar.store import schema as t

        steps = [(c.to_state, c.by) for c in s.scalars(select(t.CaseStep).order_by(t.CaseStep.id))]
        checks = list(s.scalars(select(t.Check)))
        # every run (watch, case verify, scan) deleted its checkpoint as it was recorded
        assert not list(s.scalars(select(t.ScanCheckpoint))) and not list(s.scalars(select(t.CheckpointJob)))
    assert steps == [("found", "alice"), ("notified", "alice"), ("verified_closed", "ajar run 5")]
    assert len(checks) == 3  # re-verification rounds after 0, 7 and 30 days
    assert sorted((c.done_run, c.result) for c in checks if c.done_run) == [(3, "open")]
    st.close()


def test_users_add_from_stdin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ajar.db'}"
    r = subprocess.run([sys.executable, "-m", "ajar", "users", "add", "alice", "--password-stdin", "--store", url],
                       input="correct horse battery\n", capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    from ajar.web.auth import check_password

    st = Store(url)
    assert check_password(st, "alice", "correct horse battery")
    assert not check_password(st, "alice", "wrong password!")
    assert not check_password(st, "bob", "correct horse battery")
    with st.engine.connect() as c:
        h = c.exec_driver_sql("SELECT password_hash FROM users").scalar()
    assert str(h).startswith("$argon2id$") and "horse" not in str(h)
    st.close()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ajar.db'}"
    assert run_cli("diff", "--store", url).returncode == 2  # no run yet
    assert run_cli("diff", "1", "--store", url).returncode == 2
    assert run_cli("alerts", "add", "pager", "x", "--store", url).returncode == 2
    assert run_cli("alerts", "add", "webhook", "ftp://x", "--store", url).returncode == 2
    bad_kind = run_cli("alerts", "add", "webhook", "http://127.0.0.1:9/", "--events", "nope", "--store", url)
    assert bad_kind.returncode == 2
    assert run_cli("watch", "127.0.0.1", "--every", "soon", "--store", url).returncode == 2
    r = run_cli("history", "--store", "mysql://x@127.0.0.1/y")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_history_and_diff_print_markup_in_target_names_as_text(tmp_path: Path) -> None:
    """A dataset named `[/x]` by the target is text: `history --run` and `diff` print it, never parse it."""
    from datetime import UTC, datetime

    from ajar.models import Access, Dataset, Report, ScopeInfo, Service, Severity, Status, ToolInfo

    def report(*services: Service) -> Report:
        now = datetime.now(UTC)
        return Report(tool=ToolInfo(version="test"), scope=ScopeInfo(targets=["127.0.0.1"], ports=[9200]),
                      started=now, finished=now, services=list(services))

    weird = Service(host="127.0.0.1", port=9200, engine="elasticsearch", status=Status.SUCCESS, access=Access.OPEN,
                    severity=Severity.HIGH, datasets=[Dataset(name="[/x]idx[bold]", records=3)])
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(report().model_dump_json())
    b.write_text(report(weird).model_dump_json())
    url = f"sqlite:///{tmp_path / 'ajar.db'}"
    st = Store(url)
    st.record(report())
    st.record(report(weird))
    st.close()
    for args in (("diff", str(a), str(b)), ("diff", "1", "2", "--store", url),
                 ("history", "--run", "2", "--store", url)):
        r = run_cli(*args)
        assert r.returncode == 0, (args, r.stdout + r.stderr)
        assert "[/x]" in r.stdout and "MarkupError" not in r.stdout + r.stderr, (args, r.stdout)


def test_watch_names_each_event_by_its_exposure_id_never_by_its_fingerprint(tmp_path: Path) -> None:
    """`watch` printed each event's fingerprint (`v1|service|files|…|0|-|<dataset>`): a long key made of the
    target's names, of no use to type, printed as rich markup. Now the exposure's id (what `ajar case open`
    takes), its engine, address and dataset, masked as in the report, plain text."""
    phone = "4930123456789"
    d = tmp_path / "dump"
    d.mkdir()
    rows = "".join(json.dumps({"full_name": f"Ana Costa {i}", "email": f"ana{i}@example.org"}) + "\n"
                   for i in range(30))
    (d / f"[bold]people_{phone}.jsonl").write_text(rows)
    r = run_cli("watch", str(d), "--every", "1s", "--count", "1", "--store", str(tmp_path / "a.db"))
    assert r.returncode == 0, r.stderr[-1500:]
    assert "v1|" not in r.stdout and "|service|" not in r.stdout, r.stdout
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("  new")]
    assert len(lines) == 2 and "exposure 1 " in lines[0] and "exposure 2 " in lines[1], r.stdout
    assert "files" in lines[1] and "[bold]people_49" in lines[1], lines  # markup in a name stays text
    assert all(phone[i:i + 8] not in r.stdout + r.stderr for i in range(len(phone) - 7)), r.stdout
    ex = run_cli("case", "exposures", "--store", str(tmp_path / "a.db"))
    assert re.search(r"│ 1 +│ open +│ files ", ex.stdout), ex.stdout  # the id printed is the one `case` lists
