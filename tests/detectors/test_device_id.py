"""Table tests for the ``device_id``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.device_id import DeviceIdDetector

DET = DeviceIdDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "00:1A:2B:3C:4D:5E",
    "00-1a-2b-3c-4d-5e",
    "001a.2b3c.4d5e",
    "991147104974654",
    "357529170342361",
    "a3bb189e-8bf9-3888-9912-ace4e6543002",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "00:00:00:00:00:00",
    "ff:ff:ff:ff:ff:ff",
    "991147104974655",
    "111111111111111",
    "hello",
    "12:34:56",
    42,
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


def test_uuid_is_weak() -> None:
    hit = DET.detect("a3bb189e-8bf9-3888-9912-ace4e6543002")
    assert hit is not None and hit.strength < 0.5 and hit.detail["kind"] == "uuid"
