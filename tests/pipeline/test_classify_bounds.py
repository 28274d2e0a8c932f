"""A dataset's classification is bounded in fields and in time (red-team 6: 2,000 columns took 13 s, and a
local file's classification had no time bound at all; a network sample's has one).

The first ``defaults.MAX_FIELDS`` field paths of a sample are classified and the rest counted in a note;
with ``seconds`` (a local file's scan gives ``CLASSIFY_TIMEOUTS`` × ``--timeout``, as a network sample
gets), the fields scored when the time is up are classified and the others counted in a note. The
end-to-end case runs the real command line in a child under an address-space limit and a timeout.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from ajar import defaults
from ajar.models import Category, Record
from ajar.pipeline.classify import classify_records

_AS = 3 << 30


def _wide(width: int, rows: int = 5) -> list[Record]:
    """A sample whose first fields are an e-mail and a name, then ``width - 2`` fields of codes."""
    return [
        Record({"email": f"u{r}@corp.example", "name": "Ann Lee", **{f"c{i}": f"v{r}x{i}" for i in range(width - 2)}})
        for r in range(rows)
    ]


def test_a_wide_sample_classifies_its_first_fields_and_counts_the_rest() -> None:
    got = classify_records(_wide(defaults.MAX_FIELDS + 500))
    cats = {f.path: f.category for f in got.fields}
    assert cats.get("email") == Category.EMAIL and cats.get("name") == Category.PERSON_NAME, cats
    assert not any(p.startswith("c") and int(p[1:]) >= defaults.MAX_FIELDS - 2 for p in cats)
    assert f"500 of the sample's {defaults.MAX_FIELDS + 500:,} field paths were not classified" in " ".join(got.notes)


def test_a_sample_within_the_cap_says_nothing_of_it() -> None:
    got = classify_records(_wide(40), seconds=60.0)
    assert {f.category for f in got.fields} >= {Category.EMAIL, Category.PERSON_NAME}
    assert got.notes == []


def test_classification_past_its_time_bound_keeps_what_it_scored_and_says_so() -> None:
    t0 = time.monotonic()
    got = classify_records(_wide(defaults.MAX_FIELDS, rows=20), seconds=0.3)
    took = time.monotonic() - t0
    (note,) = [n for n in got.notes if "time bound" in n]
    assert note.startswith("classification reached its time bound of 0.3 s of CPU: "), note
    assert "field paths were left out" in note
    assert took < 10, took  # the unbounded classification of these 1,000 fields takes several seconds


def test_a_time_bound_of_nothing_classifies_nothing_and_never_raises() -> None:
    got = classify_records(_wide(30), seconds=0.0)
    assert got.fields == []
    assert any("time bound" in n for n in got.notes)


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_AS, _AS))


def test_a_2000_column_csv_is_classified_within_its_bounds_and_reported(tmp_path: Path) -> None:
    """The whole scan of a 2,000-column CSV: exit 0, the report written, the e-mail column found, and
    notes for the fields left out (the cap, and the time bound of a short --timeout)."""
    p = tmp_path / "wide.csv"
    with p.open("w") as fh:
        fh.write("email,name," + ",".join(f"c{i}" for i in range(1998)) + "\n")
        for r in range(50):
            fh.write(f"u{r}@corp.example,Ann Lee," + ",".join(f"v{r}x{i}" for i in range(1998)) + "\n")
    out = tmp_path / "r.json"
    t0 = time.monotonic()
    r = subprocess.run(
        [sys.executable, "-m", "ajar", "scan", str(p), "--no-store", "-o", str(out), "--timeout", "1"],
        capture_output=True, text=True, timeout=180, preexec_fn=_limit,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "AJAR_STATE_DIR": str(tmp_path / "state")},
    )  # fmt: skip
    took = time.monotonic() - t0
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr[-2000:]
    (ds,) = json.loads(out.read_text())["services"][0]["datasets"]
    notes = " ".join(ds["notes"])
    assert "1,000 of the sample's 2,000 field paths were not classified" in notes, notes
    assert "classification reached its time bound of 4 s of CPU" in notes or "contact.email" in {
        f["category"] for f in ds["fields"]
    }, ds
    assert took < 60, took


def test_a_busy_machine_does_not_change_what_is_classified(monkeypatch: pytest.MonkeyPatch) -> None:
    """The time bound counts the classifying thread's CPU time, not the wall clock: time the thread spends
    waiting (another process on the core, here a sleep in each field's evidence) leaves the result as it is,
    so a scan, a test or a CI run on a loaded machine reports what an idle one does."""
    from ajar.pipeline import classify

    evidence = classify.detector_evidence

    def descheduled(det: Any, col: Any) -> Any:
        time.sleep(0.005)  # each detector of each field: 30 fields wait seconds, past the 1 s bound in wall time
        return evidence(det, col)

    idle = classify_records(_wide(30), seconds=1.0)
    monkeypatch.setattr(classify, "detector_evidence", descheduled)
    t0 = time.monotonic()
    busy = classify_records(_wide(30), seconds=1.0)
    assert busy.notes == idle.notes == []
    assert time.monotonic() - t0 > 1.0  # it did wait past the bound
    assert [(f.path, f.category) for f in busy.fields] == [(f.path, f.category) for f in idle.fields]


async def test_a_network_samples_classification_stops_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """A network sample is classified in a worker thread, which its deadline cannot cancel: the deadline took
    the dataset's fields and the thread went on to its last field, taking a core from the datasets after it.
    It bounds itself now: it stops past the deadline, and where its own share of CPU time runs out first
    (half the deadline) the fields it scored come back with a note."""
    from ajar.errors import ProbeTimeout
    from ajar.models import Dataset
    from ajar.pipeline import classify
    from ajar.pipeline import probe as probe_mod
    from ajar.probes.base import DatasetRef, Limits, Sample

    calls = 0
    evidence = classify.detector_evidence

    def costly(det: Any, col: Any) -> Any:
        nonlocal calls
        calls += 1
        t = time.thread_time()
        while time.thread_time() - t < 0.002:  # each detector of each field costs 2 ms of CPU
            pass
        return evidence(det, col)

    class Wide:
        async def sample(self, ref: DatasetRef, n: int) -> Sample:
            return Sample(records=_wide(300))

        async def recount(self, ref: DatasetRef) -> int | None:
            return None

    done = threading.Event()
    unwatched = probe_mod.classify_records

    def watched(*args: Any, **kwargs: Any) -> Any:
        try:
            return unwatched(*args, **kwargs)
        finally:
            done.set()

    monkeypatch.setattr(classify, "detector_evidence", costly)
    monkeypatch.setattr(probe_mod, "classify_records", watched)
    monkeypatch.setattr(probe_mod, "assess_dataset", lambda *args, **kwargs: [])
    ds = Dataset(name="wide")
    try:  # 300 fields: ~10 s of CPU unbounded, past a deadline of 4 x 0.25 s
        await probe_mod._one_dataset(Wide(), ds, DatasetRef("wide"), Limits(timeout=0.25), time.monotonic())  # type: ignore[arg-type]
    except ProbeTimeout:
        pass  # a loaded machine: the deadline came before the thread's CPU share
    else:
        assert any("time bound" in n for n in ds.notes), ds.notes
    assert await asyncio.to_thread(done.wait, 60)
    assert calls < 300 * len(classify._DETECTOR_INSTANCES) // 2, calls
