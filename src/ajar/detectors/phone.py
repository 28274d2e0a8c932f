"""Phone numbers (``contact.phone``).

Detected: international numbers (``+86 138 0013 8000``, ``0086...``), Chinese mobile numbers
(``1[3-9]`` + 9 digits), and national numbers of a few common regions (US/CA, GB, DE, FR, RU,
IN, BR, JP, KR, TR, AE...) written with or without separators. Validated by Google's
libphonenumber (:mod:`phonenumbers`: ``is_valid_number`` for the region). International and
Chinese mobile numbers are strong; other national numbers are weak (an 10-digit integer may
be anything) and need the field's name. A number a spreadsheet or a dataframe wrote as a float
(``989123456789.0``, as a number or as text) is read as its digits.

>>> PhoneDetector().detect("+86 138 0013 8000") is not None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import phonenumbers

from ajar.detectors.base import Detector, Hit, whole_number_text
from ajar.models import Category

_SHAPE = re.compile(r"(?:\+|00)?[\d\s().\-/]{6,22}(?:\s*(?:x|ext\.?)\s*\d{1,5})?", re.IGNORECASE)
_CN_MOBILE = re.compile(r"1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}")
# China's mobile prefixes (MIIT allocation, as libphonenumber's CN mobile pattern), checked without a parse.
_CN_MOBILE_PREFIX = re.compile(r"1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])")
_NON_DIGITS = re.compile(r"\D+")
# calling codes of the most populous numbering plans: the only ones tried on a bare "86138..."
# (each plan tried costs libphonenumber metadata and patterns; the number is weak evidence anyway)
_BARE_CODES = {  # calling code: (shortest, longest) international number in digits
    "1": (11, 11),
    "7": (11, 11),
    "20": (12, 12),
    "27": (11, 11),
    "33": (11, 11),
    "34": (11, 11),
    "39": (11, 13),
    "44": (12, 12),
    "49": (12, 14),
    "52": (12, 13),
    "55": (12, 13),
    "62": (11, 14),
    "63": (12, 12),
    "81": (11, 12),
    "82": (11, 12),
    "84": (11, 12),
    "86": (13, 13),
    "90": (12, 12),
    "91": (12, 12),
    "92": (12, 12),
    "234": (13, 13),
    "880": (13, 13),
    # Gulf and North African plans (MSISDN columns of operators store them as integers)
    "966": (12, 12),
    "971": (12, 12),
    "965": (11, 11),
    "974": (11, 11),
    "973": (11, 11),
    "968": (11, 11),
    "962": (12, 12),
    "212": (12, 12),
    "213": (12, 12),
    "98": (12, 12),
}
_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})
_DATE_LIKE = re.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{1,4}")


def _regions(digits: str) -> tuple[str, ...]:
    """Regions whose national numbers can start and be as long as ``digits`` (a cheap prefilter)."""
    n = len(digits)
    if digits[0] == "0":
        return (
            "GB",
            "DE",
            "FR",
            "JP",
            "KR",
            "TR",
            "AE",
            "NL",
            "BR",
            "IT",
            "CN",
            "AU",
            "ID",
            "PH",
            "VN",
            "NG",
            "PK",
            "EG",
        )
    if n == 11 and digits[2] == "9" and digits[1] != "0":
        # Brazilian mobile: 2-digit area code (11-99) + 9 + 8 digits; 8x area codes may be Russian too
        return ("BR", "RU") if digits[0] == "8" else ("BR",)
    if digits[0] == "8" and n == 11:
        return ("RU",)
    if n == 10 and digits[0] in "6789":
        return ("US", "IN")
    if n == 10 and digits[0] in "2345":
        return ("US", "IT") if digits[0] == "3" else ("US",)
    if n == 9 and digits[0] in "6789":
        return ("ES", "PL")
    if n == 9 and digits[0] == "5":
        # Saudi and Emirati mobiles without the trunk 0 (as MSISDN columns hold them)
        return ("SA", "AE")
    return ()


def _bare_code_fits(digits: str) -> bool:
    for size in (1, 2, 3):
        span = _BARE_CODES.get(digits[:size])
        if span is not None:
            return span[0] <= len(digits) <= span[1]
    return False


@lru_cache(maxsize=4096)
def _check(text: str) -> tuple[float, str] | None:
    digits = sum(map(str.isdigit, text))
    if not 7 <= digits <= 15:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    elif text.startswith("+00"):
        text = "+" + text[3:]
    if text.startswith("+"):
        try:
            num = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            return None
        region = phonenumbers.region_code_for_number(num)  # is_valid_number's own first step, made once
        if region is not None and phonenumbers.is_valid_number_for_region(num, region):
            return 0.9, (region or "").lower()
        return None
    if _CN_MOBILE.fullmatch(text):
        return (0.75, "cn") if _CN_MOBILE_PREFIX.match(text) else None
    formatted = any(ch in text for ch in " ()-./")
    for region in _regions(_NON_DIGITS.sub("", text)):
        try:
            num = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return None
        if region is not None and phonenumbers.is_valid_number_for_region(num, region):
            return (0.55 if formatted else 0.4), region.lower()
    if not formatted and 11 <= digits <= 14 and text.isdigit() and _bare_code_fits(text):
        # an international number stored without its "+" (8613812345678): weak, the name must agree
        try:
            num = phonenumbers.parse("+" + text, None)
        except phonenumbers.NumberParseException:
            return None
        region = phonenumbers.region_code_for_number(num)
        if (
            region is not None
            and phonenumbers.is_valid_number_for_region(num, region)
            and phonenumbers.number_type(num) in _MOBILE_TYPES
        ):
            return 0.35, (region or "").lower()
    return None


class PhoneDetector(Detector):
    """A phone number valid for its region."""

    id = "phone"
    category = Category.PHONE
    description = "Phone numbers (libphonenumber validation; international, CN mobile, common national)."
    name_hints = (
        "phone",
        "tel",
        "telephone",
        "mobile",
        "cell",
        "cellphone",
        "msisdn",
        "fax",
        "phonenumber",
        "phone_no",
        "mob",
        "contact",
        "whatsapp",
        "dh",
        "sjh",
        "sj",
        "lxdh",
        "sjhm",
        "dhhm",
        "lxfs",
        "电话",
        "手机",
        "联系方式",
        "号码",
        "телефон",
        "тел",
        "моб",
        "هاتف",
        "جوال",
        "رقم",
        "telefon",
        "telefono",
        "téléphone",
        "telefone",
        "celular",
        "telemovel",
        "handy",
        "mobil",
        "komorka",
        "電話番号",
        "携帯",
        "휴대폰",
        "전화",
        # mobile and phone in more of the languages exports are written in
        "gsm",
        "portable",
        "movil",
        "móvil",
        "cellulare",
        "mobiel",
        "komórka",
        "ponsel",
        "no_hp",
        "nohp",
        "dien_thoai",
        "sdt",
        "di_dong",
        "cep_tel",
        "cep_telefonu",
        "मोबाइल",
        "फोन",
        "फ़ोन",
        "दूरभाष",
        "تلفن",
        "موبایل",
        "موبائل",
        "همراه",
        "мобільний",
        "ұялы",
        "โทรศัพท์",
        "เบอร์",
        "핸드폰",
        "연락처",
        "電話",
        "telepon",
        "telp",
        "no_telp",
        "notelp",
        "nomor_hp",
        "nomorhp",
        "no_wa",
        "nowa",
        "nomor_wa",
        "điện thoại",
        "sđt",
        "teléfono",
        "telefoon",
        "telefoonnummer",
        "شماره_تماس",
        "شماره_همراه",
        "شماره تماس",
        "телефону",
        # id telpon, nl telnr, vi di động/số ĐT/ĐTDĐ, hi संपर्क (contact)
        "telpon",
        "telnr",
        "di động",
        "số đt",
        "dtdd",
        "संपर्क",
        "đtdđ",
        # WhatsApp in camelCase (NoWhatsApp: whats + app); ja romaji denwa (bangō), keitai
        "whats_app",
        "denwa",
        "keitai",
        # found by an outside review (review25b): pt fone, de rufnummer, ar hatif, zh dianhua and shouji, ko jeonhwa
        "fone",
        "rufnummer",
        "hatif",
        "dianhua",
        "shouji",
        "jeonhwa",
    )
    # a message body (тело_письма) starts with тел; a phone number's format, a table's cell, a phone's case and
    # colour (review25b: as phrases, ``formatted_phone`` is a phone)
    negative_hints = ("model", "version", "brand", "type", "os", "imei", "serial", "make", "price", "count", "тело",
                      "phone_format", "phoneformat", "cell_size", "cell_value", "cell_type", "cell_id", "cells",
                      "phone_case", "color")
    accepts = frozenset({"str", "int", "float"})
    text_needs_digit = True  # 7 to 15 digits (``_check``)
    text_min_length = 7

    def detect(self, value: Any) -> Hit | None:
        text = whole_number_text(value, 32)
        if text is None or not _SHAPE.fullmatch(text) or _DATE_LIKE.fullmatch(text):
            return None
        found = _check(text)
        if found is None:
            return None
        strength, region = found
        return Hit(strength, {"country": region} if region else {})
