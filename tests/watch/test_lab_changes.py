"""Two scans of a lab whose state changes between them: each expected event, exactly once.

Our own servers on free loopback ports (tests/watch/lab.py): a service opened (C), one
closed (A), one locked (B), one grown (D), one given a ransom note (E). Three scans through
the real command line, recorded in a store on SQLite and on our own PostgreSQL: the second
scan yields new, closed (locked at once), grew and ransomed; the third the closed of A (two
consecutive misses, the hysteresis). ``ajar diff`` over the runs and over the JSON reports
agrees. No canary value is anywhere in the store.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from ajar.models import Report
from ajar.store import Store
from tests.conftest import run_cli

from .lab import CANARIES, HOST, MiniLab

pytestmark = pytest.mark.integration


@pytest.fixture
def minilab(tmp_path: Path) -> Iterator[MiniLab]:
    lab = MiniLab(tmp_path)
    try:
        yield lab
    finally:
        lab.close()


def _scan(lab: MiniLab, store_url: str, out: Path) -> Report:
    r = run_cli("scan", HOST, "-p", lab.port_list, "--store", store_url, "-o", str(out), "-q", "--sample", "20",
                "--timeout", "10")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "recorded in" in r.stderr, r.stderr[-1000:]
    return Report.model_validate_json(out.read_text())


def _service_events(store: Store, run_id: int, lab: MiniLab) -> Counter[tuple[str, str]]:
    return Counter((e.kind, lab.port_of(x.port)) for e, x in store.events(run_id) if x.kind == "service")


def _dataset_events(store: Store, run_id: int, lab: MiniLab) -> Counter[tuple[str, str, str]]:
    return Counter((e.kind, lab.port_of(x.port), x.dataset or "") for e, x in store.events(run_id)
                   if x.kind == "dataset")


def _open(rep: Report, lab: MiniLab) -> dict[str, object]:
    return {lab.port_of(s.port): s for s in rep.services if s.engine and s.access.value in ("open", "metadata")}


def test_changes_give_each_event_exactly_once(minilab: MiniLab, store_url: str, tmp_path: Path) -> None:
    lab = minilab
    rep1 = _scan(lab, store_url, tmp_path / "run1.json")
    assert set(_open(rep1, lab)) == {"A", "B", "D", "E"}
    lab.change()
    rep2 = _scan(lab, store_url, tmp_path / "run2.json")
    o1, o2 = _open(rep1, lab), _open(rep2, lab)
    assert set(o2) == {"C", "D", "E"}
    rep3 = _scan(lab, store_url, tmp_path / "run3.json")

    st = Store(store_url)
    assert [r.id for r in st.runs()] == [3, 2, 1]
    assert _service_events(st, 1, lab) == Counter({("new", k): 1 for k in "ABDE"})
    # severity may move with a ransom note: expected exactly when the reports say so
    sev_changed = {("severity_changed", k): 1 for k in o1.keys() & o2.keys()
                   if o1[k].severity != o2[k].severity}  # type: ignore[attr-defined]
    assert _service_events(st, 2, lab) == Counter({("new", "C"): 1, ("closed", "B"): 1, ("ransomed", "E"): 1,
                                                   **sev_changed})
    ds2 = _dataset_events(st, 2, lab)
    assert [k for k in ds2 if k[0] == "grew"] == [("grew", "D", k[2]) for k in ds2 if k[0] == "grew"]
    assert sum(n for k, n in ds2.items() if k[0] == "grew") == 1
    names1 = {(p, d.name) for p, s in o1.items() for d in s.datasets}  # type: ignore[attr-defined]
    names2 = {(p, d.name) for p, s in o2.items() for d in s.datasets}  # type: ignore[attr-defined]
    assert {(p, n) for (k, p, n) in ds2 if k == "new"} == names2 - names1
    assert any(p == "E" for p, _ in names2 - names1), "the ransom note's dataset is new"
    assert all(n == 1 for n in ds2.values())
    # the third scan: A missed twice -> closed, once; nothing else changed
    assert _service_events(st, 3, lab) == Counter({("closed", "A"): 1})
    assert not _dataset_events(st, 3, lab)
    all_events = Counter((e.kind, e.exposure_id) for e, _ in st.events())
    assert max(all_events.values()) == 1, "no event is repeated for the same exposure"

    # ajar diff: runs 1 -> 2 from the store, and the same two JSON reports, agree
    d12 = run_cli("diff", "1", "2", "--store", store_url, "--json")
    assert d12.returncode == 0, d12.stderr
    dj = run_cli("diff", str(tmp_path / "run1.json"), str(tmp_path / "run2.json"), "--json")
    assert dj.returncode == 0, dj.stderr
    assert d12.stdout == dj.stdout
    lines = [json.loads(x) for x in d12.stdout.splitlines()]
    svc_diff = Counter((x["event"], lab.port_of(x["port"])) for x in lines if x["dataset"] is None)
    assert svc_diff == Counter({("new", "C"): 1, ("closed", "A"): 1, ("closed", "B"): 1, ("ransomed", "E"): 1,
                                **sev_changed})
    assert [lab.port_of(x["port"]) for x in lines if x["event"] == "grew"] == ["D"]
    # default: the last two runs of the same scope (2 -> 3): A was already gone in run 2
    d23 = run_cli("diff", "--store", store_url, "--json")
    assert d23.returncode == 0 and d23.stdout == "", d23.stdout + d23.stderr
    hist = run_cli("history", "--store", store_url)
    assert hist.returncode == 0 and "3" in hist.stdout

    # nothing sampled in the store: every row of every table, reports decompressed
    text = []
    with st.engine.connect() as c:
        for table in sa.inspect(st.engine).get_table_names():
            for row in c.execute(sa.text(f"SELECT * FROM {table}")):
                for v in row:
                    text.append(zlib.decompress(v).decode() if isinstance(v, bytes | memoryview) else str(v))
    blob = "\n".join(text)
    assert "hr.staff" in blob or "staff" in blob  # the store does hold the report
    for canary in CANARIES:
        assert canary not in blob, f"canary {canary!r} is in the store"
    assert rep3.services
    st.close()
