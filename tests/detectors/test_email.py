"""Table tests for the ``email``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.email import EmailDetector

DET = EmailDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = ["li.wei@example.cn", "a.b+tag@mail.example.org", "mailto:x_y@example.com", "Ivan.Petrov@test.ru"]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "not an email",
    "user@",
    "@example.com",
    "a@b",
    "user@@example.com",
    "name@localhost",
    "x" * 300 + "@example.com",
    12345,
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None
