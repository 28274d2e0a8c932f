"""bench/train/schemas.py's ``build`` (the training command's generated datasets) gives the same records
in every process and on every day: Faker's providers that draw from the global ``random`` (ssn uk_UA,
es_ES, es_MX, th_TH, ...; seeded from the OS in each process) and that date IDs and user agents up to
the clock's today are given the dataset's seeded source and ``build``'s ``now``. Seed 30's first 12
datasets hold both kinds (a Thai national id column; dates of birth and browser versions)."""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest

from tests.support import run_together

ROOT = Path(__file__).resolve().parents[2]

#: builds seed 30's first 12 datasets and writes them as JSON; ``later`` runs it as if 400 days on
BUILD = """
import json, sys
from datetime import datetime, timedelta
sys.path[:0] = [sys.argv[1] + "/bench/train", sys.argv[1] + "/bench/classify"]
if sys.argv[3] == "later":
    import faker.providers.date_time as fdt
    class Later(fdt.datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) + timedelta(days=400)
    fdt.datetime = Later
import schemas
out = schemas.build(30, 12)
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(out, default=str, sort_keys=True, ensure_ascii=False))
"""


def test_two_processes_on_two_days_build_the_same_datasets(tmp_path: Path) -> None:
    pytest.importorskip("faker")
    pytest.importorskip("mimesis")
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT / "src")}
    runs = {name: tmp_path / f"{name}.json" for name in ("one", "two", "later")}
    run_together(
        *([sys.executable, "-c", BUILD, str(ROOT), str(out), name] for name, out in runs.items()),
        timeout=300,
        env=env,
    )
    one = runs["one"].read_text(encoding="utf-8")
    assert '"train-11-th"' in one  # Thai national ids: Faker's th_TH ssn drew from the global random
    assert one == runs["two"].read_text(encoding="utf-8"), "two processes built different datasets"
    assert one == runs["later"].read_text(encoding="utf-8"), "a run on another day built different datasets"


def test_a_wrapped_lab_measure_reads_as_one(train: Callable[[str], ModuleType]) -> None:
    """``WRAPPED["vital_value"]`` names its objects as lab measures (``glucose``, ``cholesterol``, ``hba1c``:
    ``NAMES["health_measure"]``): their value and unit are a lab measure's, as the main stream's columns of those
    names (``g_health_measure``), not a vital sign's (``glucose: {value: 37.2, unit: "°C"}``)."""
    locales = pytest.importorskip("mimesis.locales")
    schemas = train("schemas")
    _label, names, make = schemas.WRAPPED["vital_value"]
    assert "glucose" in names and "cholesterol" in names
    units = set()
    for seed in range(200):
        fk = schemas._faker("en_US", seed)
        c = schemas.Ctx(random.Random(seed), "en_US", fk, locales.Locale.EN, datetime(2026, 1, 1, tzinfo=UTC))
        units.add(make(c)["unit"])
    assert units <= set(schemas._LAB_UNITS), units - set(schemas._LAB_UNITS)


def test_a_wrapped_object_takes_no_other_fields_key(
    train: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wrapped objects (``WRAPPED``) are drawn after the store key and the export shapes, whose names can be a
    date's (``timestamp``, ``createdAt``, ``ts``): an object must not be put over such a column (its values lost,
    its label left on an object of parts). Forced here: every export shape and every wrapped object named
    ``stamp``."""
    schemas = train("schemas")
    for shape in schemas.EXPORT_SHAPE_NAMES:
        monkeypatch.setitem(schemas.EXPORT_SHAPE_NAMES, shape, ["stamp"])
    monkeypatch.setattr(schemas, "WRAPPED", {"date_parts": (None, ["stamp"], lambda c: schemas._parts(c, False))})
    monkeypatch.setattr(schemas, "spell", lambda rng, name: name)
    shaped = 0
    for name, records, labels in schemas.build(5, 200):
        if "stamp" in labels:  # an export shape's column
            shaped += 1
            assert not any(p.startswith("stamp.") for p in labels), name
            assert not any(isinstance(r.get("stamp"), dict) for r in records), name
    assert shaped > 5
