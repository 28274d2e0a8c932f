"""A run killed (``kill -9``) at any point of its end is either resumable or finished, never lost.

The end of a run: the report is built, written to every output, the run recorded in the store,
and only then the checkpoint forgotten (a store run forgets it in the transaction that records
the run). The process kills itself with SIGKILL at each step through a fault point
(``AJAR_FAULT``, ``ajar/faults.py``), not a sleep race. After each kill, exactly one holds:

* resumable: the checkpoint is there, the run not recorded; ``--resume`` writes the report and
  records the run once;
* finished: the report is written, the run recorded once, no checkpoint: ``--resume`` says so.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.scale.test_find_all import Field, ajar, found, listening

NET = "127.23.0.0/24"
POINTS = ["scan.finished", "scan.reported", "scan.recorded"]


@pytest.fixture
def field() -> Iterator[Field]:
    yield from listening(NET, 3)


class State:
    def __init__(self, state: Path, url: str | None) -> None:
        self.state, self.url = state, url

    def checkpoints(self) -> int:
        """Unfinished runs: rows of ``checkpoints`` (a store run), run directories (a journal run)."""
        if self.url is None:
            return len(list(self.state.glob("*/run.json")))
        return self._count("checkpoints")

    def recorded(self) -> int:
        return 0 if self.url is None else self._count("runs")

    def _count(self, table: str) -> int:
        engine = sa.create_engine(self.url or "")
        try:
            with engine.connect() as c:
                if table not in sa.inspect(c).get_table_names():
                    return 0
                return int(c.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
        finally:
            engine.dispose()


@pytest.mark.parametrize("where", ["sqlite", "journal"])
@pytest.mark.parametrize("fault", POINTS)
def test_a_run_killed_at_any_point_of_its_end_is_resumable_or_finished(
        field: Field, fault: str, where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AJAR_STATE_DIR", str(tmp_path / "state"))
    st = State(tmp_path / "state", f"sqlite:///{tmp_path / 'ajar.db'}" if where == "sqlite" else None)
    args = ["--no-store"] if st.url is None else ["--store", st.url]
    out = tmp_path / "r.json"
    cmd = ajar(NET, "-p", str(field.port), "-q", "--timeout", "2", "--rate", "0", "-o", str(out), *args)
    r = subprocess.run(cmd, env={**os.environ, "AJAR_FAULT": fault}, capture_output=True, text=True, timeout=300)
    assert r.returncode == -9, (r.returncode, r.stderr)  # killed at the point, by itself

    resumable = st.checkpoints() == 1 and st.recorded() == 0
    finished = st.checkpoints() == 0 and st.recorded() == (1 if st.url else 0) and out.exists()
    assert resumable != finished, (fault, st.checkpoints(), st.recorded(), out.exists())
    # the run is recorded, and its checkpoint forgotten, in one store transaction: only after that is it finished
    assert finished == (fault == "scan.recorded" and st.url is not None)

    again = subprocess.run(ajar("--resume", *args), capture_output=True, text=True, timeout=300)
    if finished:
        assert again.returncode == 2 and "no interrupted run" in again.stderr, again.stderr
    else:
        assert again.returncode in (0, 1), again.stderr
        assert st.checkpoints() == 0 and st.recorded() == (1 if st.url else 0)
    assert sorted(found(out, field.port)) == sorted(field.hosts)
    assert json.loads(out.read_text())["services"]  # the report of the first run's -o, whole
