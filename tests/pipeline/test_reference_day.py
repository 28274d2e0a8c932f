"""Training judges dates against a pinned day, a scan against today: the model must not depend on the
day its training command runs (``bench/train/run.py --check`` on another day)."""

from __future__ import annotations

import datetime as datetime_module
import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from stdnum.dk import cpr

import ajar.detectors.base as base
import ajar.detectors.birth_date as birth_date
import ajar.detectors.national_id as national_id
from ajar.detectors.birth_date import BirthDateDetector
from ajar.detectors.national_id import NationalIdDetector
from ajar.models import Category

ROOT = Path(__file__).resolve().parents[2]
# Danish CPR numbers (stdnum checks their embedded birth date against today) of people born in 2033-2035
CPRS = ("0503334123", "1207344210", "2811354377", "0101354012")
BORN = ("2033-03-05", "2034-07-12", "2035-11-28", "2035-01-01", "2033-09-30")


def _cpr(number: str) -> bool:
    hit = NationalIdDetector().detect(number)
    return hit is not None and hit.detail.get("scheme") == "dk_cpr"


def _pretend_today(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """Make the clock read ``day`` for the detectors and stdnum (what another day of the run would see)."""

    class Day(date):
        @classmethod
        def today(cls) -> Day:
            return cls(day.year, day.month, day.day)

    class Now(datetime_module.datetime):
        @classmethod
        def now(cls, tz: datetime_module.tzinfo | None = None) -> Now:
            return cls(day.year, day.month, day.day, 12, tzinfo=tz)

    shim = ModuleType("datetime")
    shim.__dict__.update(vars(datetime_module))
    shim.date = Day  # type: ignore[attr-defined]
    shim.datetime = Now  # type: ignore[attr-defined]
    for mod in (base, birth_date, national_id):
        old = getattr(mod, "date", None)
        if isinstance(old, type) and issubclass(old, date) and not issubclass(old, datetime_module.datetime):
            monkeypatch.setattr(mod, "date", Day)
        old = getattr(mod, "datetime", None)
        if isinstance(old, type) and issubclass(old, datetime_module.datetime):
            monkeypatch.setattr(mod, "datetime", Now)
    for name, mod in list(sys.modules.items()):
        if name.startswith("stdnum.") and isinstance(getattr(mod, "datetime", None), ModuleType):
            monkeypatch.setattr(mod, "datetime", shim)


def test_the_fixtures_are_valid_only_after_their_birth(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not any(cpr.is_valid(n) for n in CPRS)  # stdnum reads the clock: born in the future today
    _pretend_today(monkeypatch, date(2040, 1, 1))
    assert all(cpr.is_valid(n) for n in CPRS)


def test_a_scan_judges_against_today(monkeypatch: pytest.MonkeyPatch) -> None:
    _pretend_today(monkeypatch, date(2040, 1, 1))
    assert BirthDateDetector().detect("2035-11-28") is not None
    assert all(_cpr(n) for n in CPRS)
    _pretend_today(monkeypatch, date(2030, 1, 1))
    assert BirthDateDetector().detect("2035-11-28") is None


def test_a_pinned_day_wins_over_the_clock_in_detectors_and_stdnum(monkeypatch: pytest.MonkeyPatch) -> None:
    _pretend_today(monkeypatch, date(2040, 1, 1))
    with base.reference_day(date(2026, 12, 1)):
        assert base.today() == date(2026, 12, 1)
        assert BirthDateDetector().detect("2035-11-28") is None
        assert BirthDateDetector().detect("1990-11-28") is not None
        assert not any(_cpr(n) for n in CPRS)
    assert BirthDateDetector().detect("2035-11-28") is not None  # restored


def test_training_features_do_not_depend_on_the_day_of_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    pytest.importorskip("scipy")
    spec = importlib.util.spec_from_file_location("train_run", ROOT / "bench" / "train" / "run.py")
    assert spec is not None and spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)

    records = [
        {"name": f"P{i}", "born": BORN[i % len(BORN)], "cpr": CPRS[i % len(CPRS)], "seen": "2024-05-0" + str(1 + i % 9)}
        for i in range(20)
    ]
    labels = {"born": Category.BIRTH_DATE, "cpr": Category.NATIONAL_ID, "seen": None}
    got = []
    for day in (date(2030, 1, 1), date(2040, 1, 1)):
        _pretend_today(monkeypatch, day)
        x, _y, _where = run.featurise([("t", records, labels)])
        got.append(x.toarray().tolist())
    assert got[0] == got[1]


def test_generated_national_ids_do_not_depend_on_the_day_of_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    faker = pytest.importorskip("faker")
    monkeypatch.syspath_prepend(str(ROOT / "bench" / "train"))
    import schemas

    readers = schemas.faker_clock_readers()
    assert {m.__name__.rsplit(".", 1)[-1] for m in readers} >= {"sv_SE", "fi_FI", "zh_CN", "no_NO"}
    got = []
    for day in (date(2030, 1, 1), date(2040, 1, 1)):
        for mod in readers:
            shim = ModuleType("datetime")
            shim.__dict__.update(vars(datetime_module))
            shim.date = type("Day", (date,), {"today": classmethod(lambda cls, d=day: cls(d.year, d.month, d.day))})  # type: ignore[attr-defined]
            monkeypatch.setattr(mod, "datetime", shim)
        with base.reference_day(date(2026, 1, 1), readers):
            fk = faker.Faker(["sv_SE", "fi_FI", "zh_CN"])
            fk.seed_instance(5)
            got.append([fk[loc].ssn() for loc in ("sv_SE", "fi_FI", "zh_CN") for _ in range(5)])
    assert got[0] == got[1]
