"""Table tests for the ``card_number``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.card_number import CardNumberDetector

DET = CardNumberDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "4111 1111 1111 1111",
    "4819 0937 8657 9753",
    "5131948757491189",
    "372760189555971",
    4111111111111111,
    "6011-0009-9013-9424",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "4111 1111 1111 1112",
    "1234567812345670",
    "0000000000000000",
    "4111111111111111111111",
    "2024-01-01",
    "411111111111111",
    1700000000000,
    "9" * 16,
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None
