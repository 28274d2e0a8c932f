"""Table tests for the ``person_name``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.person_name import PersonNameDetector

DET = PersonNameDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "张伟",
    "欧阳娜娜",
    "买买提·艾力",
    "John Smith",
    "Smith, John",
    "Maria de la Cruz",
    "Иван Петрович Сидоров",
    "محمد علي",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "汉族",
    "北京市",
    "iPhone 13",
    "USB-C Cable 2m",
    "Anna",
    "hello world",
    "乌鲁木齐市第一中学",
    "123",
    "x" * 1000,
    "ALLCAPS TEXT",
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None
