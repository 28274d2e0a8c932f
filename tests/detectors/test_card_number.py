"""Table tests for the ``card_number``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.card_number import CardNumberDetector
from tests.name_hints import name_agrees, name_table

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
    "4111111111111112",
    "1234 5678 9012 3456",
    "2024-01-01 10:00",
    "****",
    "ab**cd",
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


# mock data: four groups of four with a network prefix and a wrong check digit, and masked cards,
# are weak hits (the field's name must agree); a valid card stays strong
@pytest.mark.parametrize("value", ["4111 1111 1111 1112", "5131-9487-5749-1188"])
def test_grouped_card_with_wrong_check_is_a_weak_shape(value: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.strength < 0.2 and hit.detail["check"] == "shape"


@pytest.mark.parametrize(
    "value", ["4111 **** **** 1111", "************1234", "XXXX-XXXX-XXXX-1234", "411111******1111"]
)
def test_masked_cards_are_weak(value: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.strength <= 0.3 and hit.detail["network"] == "masked"


# field names that say the category
NAMES_AGREE = (
    "ccn", "credit_card_number", "KundeKreditkarte", "numero_tarjeta", "track2", "номер_карты", "카드번호",
)  # fmt: skip
# false friends: names that must not say it
NAMES_NOT = (
    "card_type", "credit_card_id", "ration_card", "default_card", "visa_status", "cartesian",
)  # fmt: skip


@pytest.mark.parametrize(("name", "agrees"), name_table(NAMES_AGREE, NAMES_NOT))
def test_field_names(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees


# magnetic stripe track 1 and track 2 data hold the card number
@pytest.mark.parametrize(
    "value", ["%B4111111111111111^DOE/JANE^25121010000000", ";4111111111111111=25121011000012345678?"]
)
def test_track_data(value: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.detail["network"] == "track"


@pytest.mark.parametrize("value", ["%B12^x", ";;", "%Bonus points 4111111111111111"])
def test_not_track_data(value: str) -> None:
    assert DET.detect(value) is None
