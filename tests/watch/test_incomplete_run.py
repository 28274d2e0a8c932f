"""A stopped scan's report (``incomplete``) read back by the watch: only the services it lists were tried.

A scan stopped by Ctrl-C reports the services it finished; the rest of its scope was not reached. The watch
(``events.view_data``: the store and ``ajar diff``) read such a report as if it had swept its scope, so an
address the run never reached counted as tried and shut: ``ajar diff`` closed a service the last run found
open, and two stopped runs closed its case in the store.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ajar.models import Report
from ajar.store import Store
from ajar.store import schema as t
from ajar.watch.events import AddrStatus, EventKind, diff, view_data
from tests.support import ctrl_c_scan

ROOT = Path(__file__).resolve().parents[2]
BLOCK = "127.77.0.0/30"  # swept on port 9: nothing listens there


def _open(host: str, port: int) -> dict[str, Any]:
    return {"host": host, "port": port, "engine": "redis", "status": "success", "access": "open",
            "severity": "high", "datasets": [{"name": "db0", "records": 10}], "findings": []}


@pytest.mark.timeout(180)
def test_a_stopped_scan_reads_no_address_it_did_not_finish_as_shut(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src"), "AJAR_STATE_DIR": str(tmp_path / "s")}
    out = tmp_path / "partial.json"
    stopped, port = ctrl_c_scan([BLOCK, "-p", "9", "--timeout", "60", "-q", "--no-store", "-o", str(out)], env)
    assert stopped.returncode == 130, stopped.stderr[-1500:]
    partial = json.loads(out.read_text(encoding="utf-8"))
    assert partial["incomplete"] and partial["scope"]["swept"] is True, partial["scope"]
    assert all(s["port"] != port for s in partial["services"])  # the silent port was never finished

    now = datetime.now(UTC).isoformat()
    last = {**partial, "incomplete": None, "errors": [], "started": now, "finished": now,
            "services": [_open("127.0.0.1", port), _open("127.77.0.1", 9)]}
    v = view_data(partial)
    assert v.status(("127.0.0.1", port)) is None  # named, but the run stopped before it finished
    assert v.status(("127.77.0.1", 9)) is None  # in a block of the scope, not listed
    assert v.tried() == len({(s["host"], s["port"]) for s in partial["services"]})
    assert not [c for c in diff(view_data(last), v) if c.kind == EventKind.CLOSED]
    # the finished report of the same scope does read both as shut
    done = view_data({**partial, "incomplete": None})
    assert done.status(("127.0.0.1", port)) == done.status(("127.77.0.1", 9)) == AddrStatus.GONE

    st = Store(f"sqlite:///{tmp_path / 'ajar.db'}")
    try:
        assert {c.kind for c in st.record(Report.model_validate(last)).changes} == {EventKind.NEW}
        for _ in range(2):  # closed_after=2: two runs that tried and missed it would close it
            assert st.record(Report.model_validate(partial)).changes == []
        with st.read() as s:
            assert list(s.scalars(select(t.Exposure.open))) == [True] * 4, "a stopped run closed what it never reached"
    finally:
        st.close()
