"""Table tests for the ``iban``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.iban import IbanDetector
from tests.name_hints import name_agrees, name_table

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
    "XX60792440268599528907",
    "DE8937040044053201300",
    "ABCD1234567890",
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


# lower case and spaces are read as IBANs; right country, length and format with wrong check digits
# (mock data) is a weak shape hit
def test_lower_case_iban() -> None:
    hit = DET.detect("gb82 west 1234 5698 7654 32")
    assert hit is not None and hit.strength > 0.9


@pytest.mark.parametrize("value", ["GB82 WEST 1234 5698 7654 33", "DE00792440268599528907"])
def test_wrong_check_digits_are_a_weak_shape(value: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.strength <= 0.3 and hit.detail["check"] == "shape"


# field names that say the category
NAMES_AGREE = (
    "account_number", "AccountNumber", "KontoNr", "no_rekening", "numero_cuenta", "sheba", "شماره_حساب", "계좌번호",
    "口座番号", "bank_account",
)  # fmt: skip
# false friends: names that must not say it
NAMES_NOT = (
    "account_type", "account_balance", "bank_name", "AccountSource", "contact", "contained", "contactTitle",
    "hesaplama", "account_created",
)  # fmt: skip


@pytest.mark.parametrize(("name", "agrees"), name_table(NAMES_AGREE, NAMES_NOT))
def test_field_names(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees
