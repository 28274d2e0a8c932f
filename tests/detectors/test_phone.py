"""Table tests for the ``phone``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.phone import PhoneDetector

DET = PhoneDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "+86 138 0013 8000",
    "13800138000",
    "+1 212-555-0134",
    "+44 7911 123456",
    "+49 151 23456789",
    "008613800138000",
    13800138000,
    "(212) 555-0134",
    "+7 912 345-67-89",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "12345",
    "+86 000 0000 0000",
    "1.2.3.4",
    "10800138000",
    "iPhone 13 Pro",
    "2024-01-01",
    "",
    "+1 000-000-0000",
    1700000000,
]


POSITIVE += ["(11) 98765-4321", "41984634292", "+008618834072449", 8613812345678]
NEGATIVE += ["(11) 1234", "00000000000", "2024-01-01"]


POSITIVE += ["010-12345678", "0412 345 678", "0917 123 4567"]


# MSISDNs: Gulf international numbers stored as integers (no "+"), Saudi/Emirati mobiles without the trunk 0
POSITIVE += [971501637352, 966512881092, "966512881092", "512212709", "501678353", "+966512222205"]
NEGATIVE += [971, 96651288, "5122127", 5122127099999]


# a number a spreadsheet or a dataframe wrote as a float (as a number or as text) is read as its digits;
# other floats (readings, coordinates) are no phone
POSITIVE += [989123456789.0, "989123456789.0", 8613812345678.0]
NEGATIVE += [39.9042, 989123456789.5, "989123456789.05", 1.5e20, float("nan")]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


@pytest.mark.parametrize(
    ("value", "strong"),
    [("+86 138 0013 8000", True), ("13800138000", True), ("(212) 555-0134", False), ("2125550134", False)],
)
def test_strength(value: str, strong: bool) -> None:
    hit = DET.detect(value)
    assert hit is not None and (hit.strength >= 0.7) == strong


def _before(text: str) -> tuple[float, str] | None:
    """The international and bare-code branches of ``phone._check`` as they were before the region was looked
    up once (``is_valid_number`` looks it up itself)."""
    import phonenumbers

    from ajar.detectors import phone

    try:
        num = phonenumbers.parse(text if text.startswith("+") else "+" + text, None)
    except phonenumbers.NumberParseException:
        return None
    if text.startswith("+"):
        if phonenumbers.is_valid_number(num):
            return 0.9, (phonenumbers.region_code_for_number(num) or "").lower()
        return None
    if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in phone._MOBILE_TYPES:
        return 0.35, (phonenumbers.region_code_for_number(num) or "").lower()
    return None


def test_region_looked_up_once_says_the_same() -> None:
    """Every region's example numbers of every type (regions sharing a calling code: +1, +7, +44, +262...),
    with "+" and, where the bare-code branch takes them, without, and with their last digit changed."""
    import phonenumbers

    from ajar.detectors import phone

    texts = set()
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            num = phonenumbers.example_number_for_type(region, kind)
            if num is None:
                continue
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            texts |= {e164, e164[:-1] + str((int(e164[-1]) + 1) % 10)}
    assert len(texts) > 700
    bare = 0
    for text in sorted(texts):
        assert phone._check.__wrapped__(text) == _before(text), text
        digits = text[1:]
        if 11 <= len(digits) <= 14 and phone._bare_code_fits(digits) and not phone._regions(digits):
            if not phone._CN_MOBILE.fullmatch(digits):
                bare += 1
                assert phone._check.__wrapped__(digits) == _before(digits), digits
    assert bare > 20
