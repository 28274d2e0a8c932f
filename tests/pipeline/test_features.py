"""The value shapes the field model reads (``ajar.pipeline.features.shapes``): epoch times (synthetic values)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ajar.detectors.base import reference_day
from ajar.models import Record
from ajar.pipeline.features import shapes
from ajar.pipeline.flatten import flatten


def epoch_share(values: list[Any]) -> float:
    recs = [Record({"t": v}) for v in values]
    with reference_day(date(2026, 1, 1)):
        return shapes(flatten(recs).columns["t"], len(recs)).get("epoch", 0.0)


# (case, values, share of epoch times): 10 digits are seconds, 13 milliseconds, since 2000 and until a year
# after the day dates are judged against; other digits, older or later numbers, and decimals are not
EPOCHS = [
    ("epoch milliseconds (13 digits pass some ID shapes)", [1753160407035, 1664863865655, 1704191720405], 1.0),
    ("epoch seconds as text", ["1753160407", "1664863865", "1704191720"], 1.0),
    ("ten digits before 2000 (a phone, an ID)", [2125550134, 8404066020, 3171011708], 0.0),
    ("thirteen digits far in the future", [9876543210123, 5555555555555], 0.0),
    ("half and half", [1753160407, 12345], 0.5),
    ("a float of epoch seconds is no whole number", [1753160407.25, 1664863865.5], 0.0),
]


@pytest.mark.parametrize(("case", "values", "share"), EPOCHS, ids=[c[0] for c in EPOCHS])
def test_epoch_shape(case: str, values: list[Any], share: float) -> None:
    assert epoch_share(values) == pytest.approx(share), case
