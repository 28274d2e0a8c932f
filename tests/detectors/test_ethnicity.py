"""Table tests for the ``ethnicity``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.ethnicity import EthnicityDetector

DET = EthnicityDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = ["汉族", "维吾尔族", "哈萨克族", "Uyghur", "Hispanic or Latino", "African American", "русский"]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = ["汉堡", "blue", "engineer", "Beijing", "", "维吾尔族人民公园", 12]


POSITIVE += [
    "Black or African American",
    "Two or More Races",
    "Asian or Asian British - Indian",
    "Black or Black British - African",
    "Mixed - White and Black African",
    "parda",
    "indígena",
]
NEGATIVE += ["White / Black", "Dark - Grey", "red", "size: XL"]


# UK school census (DfE) codes and "group - subgroup" census answers
POSITIVE += [
    "WBRI",
    "WIRI",
    "APKN",
    "ABAN",
    "BCRB",
    "BAFR",
    "CHNE",
    "MWBC",
    "wrom",
    "Asian - Pakistani",
    "White: Irish",
]
NEGATIVE += ["ABCD", "WXYZ", "REFUSE", "Red - Blue", "Small - Large"]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None
