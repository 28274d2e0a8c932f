"""Table tests for the ``iban``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.iban import IbanDetector

DET = IbanDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "GB82 WEST 1234 5698 7654 32",
    "DE60792440268599528907",
    "CH9300762011623852957",
    "NL91ABNA0417164300",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "GB82 WEST 1234 5698 7654 33",
    "DE00792440268599528907",
    "XX60792440268599528907",
    "DE6079",
    "hello world",
    123,
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None
