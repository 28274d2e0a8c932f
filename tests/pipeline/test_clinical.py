"""Value-side clinical evidence (``ajar.pipeline.clinical``) and its shares in the field model's shapes
(synthetic values; codes are public code-system examples, not anyone's record)."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.models import Record
from ajar.pipeline import clinical
from ajar.pipeline.features import shapes
from ajar.pipeline.flatten import flatten
from ajar.pipeline.names import field_name

# (value, expected): a number with a clinical unit, or a blood pressure reading (systolic above diastolic, in range)
MEASUREMENTS = [
    ("5.4 mmol/L", True),
    ("120 mg/dL", True),
    ("98 bpm", True),
    ("7,2 g/dL", True),
    ("<0.5 ng/mL", True),
    ("120/80", True),
    ("140/90 mmHg", True),
    ("4.5 x10^9/L", True),
    # dates, fractions and scores are no readings; a bare number has no unit
    ("12/05", False),
    ("80/120", False),
    ("300/200", False),
    ("3.5", False),
    # units of other things
    ("25 kg", False),
    ("12 km", False),
    ("5 GB", False),
    ("a long sentence that mentions 5 mmol/L somewhere in it", False),
    (120, False),
]


@pytest.mark.parametrize(("value", "expected"), MEASUREMENTS)
def test_measurement(value: Any, expected: bool) -> None:
    assert clinical.measurement(value) is expected


# (value, expected): qualitative results in several languages, signs and semi-quantitative marks
SIGNS = [
    ("negative", True),
    ("Not detected", True),
    ("NON-REACTIVE", True),
    ("positivo", True),
    ("阴性", True),
    ("++", True),
    ("2+ protein", True),
    ("trace", True),
    # a bare dash is a missing value; words of other tables
    ("-", False),
    ("+1 555 0100", False),
    ("detective", False),
    ("active", False),
]


@pytest.mark.parametrize(("value", "expected"), SIGNS)
def test_sign(value: Any, expected: bool) -> None:
    assert clinical.sign(value) is expected


# (value, expected): ATC, LOINC (check digit), ICD-9 V/E, SNOMED CT identifiers (Verhoeff, partition)
CODES = [
    ("C09AA05", True),
    ("2345-7", True),
    ("718-7", True),
    ("V45.81", True),
    ("E880.9", True),
    (44054006, True),
    ("195662009", True),
    # a wrong LOINC check digit, a wrong Verhoeff digit, a partition of no concept, ordinary numbers
    ("2345-8", False),
    (44054007, False),
    (12345678, False),
    (123456789, False),
    (1, False),
    (True, False),
    ("E11.9", False),  # ICD-10 is the health detector's
    ("Z9", False),
]


@pytest.mark.parametrize(("value", "expected"), CODES)
def test_code(value: Any, expected: bool) -> None:
    assert clinical.code(value) is expected


# (value, expected): either side of a yes/no flag, in several languages and types
FLAGS = [(0, True), (1, True), ("Y", True), ("no", True), ("nein", True), ("是", True), (True, True), (1.0, True)]
FLAGS += [(2, False), ("maybe", False), ("yesterday", False), (0.5, False)]


@pytest.mark.parametrize(("value", "expected"), FLAGS)
def test_flag(value: Any, expected: bool) -> None:
    assert clinical.flag(value) is expected


# (name, an in-range number or None): the analyte or vital a name says
ANALYTES = [("glucose", 95.0), ("sbp", 120.0), ("hr", 72.0), ("body_temp", 36.6), ("HbA1c", 5.7)]
ANALYTES += [("product_name", None), ("hour", None), ("", None)]


@pytest.mark.parametrize(("name", "inside"), ANALYTES)
def test_analyte(name: str, inside: float | None) -> None:
    ranges = clinical.analyte(field_name(name).tokens)
    if inside is None:
        assert ranges is None
    else:
        assert ranges is not None and clinical.in_range(inside, ranges)


def shape(name: str, values: list[Any]) -> dict[str, float]:
    recs = [Record({name: v}) for v in values]
    return shapes(flatten(recs).columns[name], len(recs), field_name(name))


# (case, field, values, feature, share)
SHARES = [
    ("lab values with units", "result", ["5.4 mmol/L", "6.1 mmol/L", "4.9 mmol/L", "pending"], "clin_measure", 0.75),
    ("qualitative results", "result", ["negative", "positive", "negative"], "clin_sign", 1.0),
    ("a yes/no flag", "smoker", ["Y", "N", "N", "Y"], "flag_vocab", 1.0),
    ("many values are no flag", "n", [0, 1, 2, 3, 4], "flag_vocab", 0.0),
    ("heart rates in range", "hr", [72, 88, 65, 101], "analyte_in", 1.0),
    ("hours under hr are out of range", "hr", [0, 5, 13, 23], "analyte_out", 1.0),
    ("a glucose with its unit", "glucose", ["95 mg/dL", "110 mg/dL"], "analyte_in", 1.0),
    ("no analyte: no range", "speed", [72, 88], "analyte_in", 0.0),
]


@pytest.mark.parametrize(("case", "name", "values", "feature", "share"), SHARES, ids=[c[0] for c in SHARES])
def test_shares(case: str, name: str, values: list[Any], feature: str, share: float) -> None:
    assert shape(name, values).get(feature, 0.0) == pytest.approx(share), case
