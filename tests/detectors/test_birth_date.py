"""Table tests for the ``birth_date``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.birth_date import BirthDateDetector
from tests.name_hints import name_agrees, name_table

DET = BirthDateDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "1990-03-07",
    "1990/03/07",
    "19900307",
    19900307,
    "07.03.1990",
    "1990年3月7日",
    "Mar 07, 1990",
    "7 March 1990",
    "07-Mar-1990",
    "1990-03-07T00:00:00Z",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "2990-03-07",
    "1899-12-31",
    "1990-13-07",
    "1990-02-30",
    "hello",
    "1.2.3",
    "2024-01-01T12:34:56",
    "Foo 07, 1990",
    "Feb 30, 1990",
]


POSITIVE += ["1985/03/12", "1985年3月12日", 19910408]
NEGATIVE += ["0000-00-00", 12, 10**20, "2999-01-01"]
# epoch integers: a weak hit that only a birth-date name lifts
WEAK: list[Any] = [1700000000, 298684800, -374976000, 1022025600000]


@pytest.mark.parametrize("value", WEAK)
def test_epochs_are_weak(value: Any) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.strength < 0.25 and hit.detail.get("form") == "epoch"


def test_epochs_alone_do_not_spread_like_ages() -> None:
    hits = [h for v in range(-(10**9), 10**9, 10**8) if (h := DET.detect(v)) is not None]
    assert not DET.spread_ok(hits)


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


def test_spread_of_ages() -> None:
    hits = [h for h in (DET.detect(f"{y}-05-06") for y in range(1950, 2000, 5)) if h is not None]
    assert DET.spread_ok(hits)
    recent = [h for h in (DET.detect(f"2026-0{m}-01") for m in range(1, 9)) if h is not None]
    assert not DET.spread_ok(recent)


BIRTH_NAMES = ("tanggal_lahir", "TGL_LAHIR", "ngay_sinh", "FNAC", "f_nac", "fecha_nac", "dt_nasc", "data_nasc",
               "GEBDAT", "geb_datum", "fødselsdato", "yob", "जन्म_तिथि")  # fmt: skip
BIRTH_NOT = ("tanggal", "fecha", "data", "datum", "nacional")


@pytest.mark.parametrize(("name", "agrees"), name_table(BIRTH_NAMES, BIRTH_NOT))
def test_birth_date_names_of_exports(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees
