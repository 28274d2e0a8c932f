"""Table tests for the ``national_id``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.national_id import NationalIdDetector

DET = NationalIdDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "11010519491231002X",
    "310104196901194043",
    "536-90-4399",
    "123.456.789-09",
    "90830166173",
    "19960308286",
    "59033195281",
    "12345678Z",
    "X1234567L",
    "RSSMRA85T10A562S",
    "131052-308T",
    "1 84 12 76 451 089 46",
    110101199805250743,
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "110105194912310021",
    "123456789012345678",
    "000-00-0000",
    "666-12-3456",
    "11111111111",
    "abcdefghijklmnop",
    "2024-01-01",
    "4111111111111111",
    "+86 138 0013 8000",
    12345,
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


# scheme and country per value; strength says how much the check alone proves
SCHEMES = [
    ("11010519491231002X", "cn_ric", "cn", 0.9),
    ("536-90-4399", "us_ssn", "us", 0.0),
    ("123.456.789-09", "br_cpf", "br", 0.85),
    ("12345678Z", "es_dni", "es", 0.85),
    ("RSSMRA85T10A562S", "it_codicefiscale", "it", 0.9),
]


@pytest.mark.parametrize(("value", "scheme", "country", "min_strength"), SCHEMES)
def test_scheme(value: str, scheme: str, country: str, min_strength: float) -> None:
    hit = DET.detect(value)
    assert hit is not None
    assert hit.detail["scheme"] == scheme and hit.detail["country"] == country
    assert hit.strength >= min_strength


def test_ssn_without_check_digit_is_weak() -> None:
    hit = DET.detect("536904399")
    assert hit is not None and hit.strength < 0.5


def test_field_name_picks_the_scheme() -> None:
    # an 11-digit value valid as a PESEL and maybe another scheme: the field's name decides
    hits = [h for h in (DET.detect(v) for v in ("59033195281", "66110961019")) if h is not None]
    assert DET.field_detail(hits, ("pesel",))["scheme"] == "pl_pesel"
