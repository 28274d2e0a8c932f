"""Table tests for the ``address``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.address import AddressDetector

DET = AddressDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "北京市朝阳区建国路88号",
    "乌鲁木齐市天山区解放南路12号",
    "221B Baker Street",
    "1600 Pennsylvania Ave NW",
    "Hauptstraße 12",
    "12 rue de la Paix",
    "ул. Ленина, д. 5",
    {"street": "Main St 1", "city": "Springfield", "zip": "12345"},
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "北京",
    "Baker Street",
    "hello world",
    "乌鲁木齐市第一中学",
    "12345",
    "version 1.2.3",
    {"a": 1},
    "Wireless Mouse M185",
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None
