"""Payment card numbers (``financial.card_number``).

Detected: 13-19 digits, optionally grouped by spaces or dashes, whose issuer prefix belongs
to a card network (Visa, Mastercard, Amex, Discover, JCB, UnionPay, Diners, Maestro, Mir).
Validated: the Luhn check digit (:mod:`stdnum.luhn`) and the network's lengths.

>>> CardNumberDetector().detect("4111 1111 1111 1111") is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from stdnum import luhn

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_SHAPE = re.compile(r"\d{4}(?:[ -]?\d{2,4}){2,4}(?:[ -]?\d{1,3})?")
# (network, prefix regex, allowed lengths)
_NETWORKS: tuple[tuple[str, re.Pattern[str], frozenset[int]], ...] = (
    ("visa", re.compile(r"4"), frozenset({13, 16, 19})),
    ("mastercard", re.compile(r"5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)"), frozenset({16})),
    ("amex", re.compile(r"3[47]"), frozenset({15})),
    ("discover", re.compile(r"6011|65|64[4-9]"), frozenset({16, 19})),
    ("jcb", re.compile(r"35(?:2[89]|[3-8]\d)"), frozenset({16, 17, 18, 19})),
    ("unionpay", re.compile(r"62"), frozenset({16, 17, 18, 19})),
    ("diners", re.compile(r"3(?:0[0-5]|[689])"), frozenset({14, 16})),
    ("mir", re.compile(r"220[0-4]"), frozenset({16, 17, 18, 19})),
    ("maestro", re.compile(r"5[06-8]|6"), frozenset({12, 13, 14, 15, 16, 17, 18, 19})),
)


class CardNumberDetector(Detector):
    """A Luhn-valid payment card number with a known issuer prefix."""

    id = "card_number"
    category = Category.CARD_NUMBER
    description = "Payment card numbers (issuer prefix, length, Luhn check digit)."
    name_hints = (
        "card",
        "cc",
        "ccnum",
        "pan",
        "cardno",
        "cardnumber",
        "creditcard",
        "kartennummer",
        "卡号",
        "银行卡",
        "信用卡",
        "yhk",
        "карта",
        "بطاقة",
    )
    negative_hints = ("order", "tracking", "invoice", "sku", "ean", "isbn", "imei")
    accepts = frozenset({"str", "int"})

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 24)
        if text is None or not text[:1].isdigit() or not _SHAPE.fullmatch(text):
            return None
        digits = text.replace(" ", "").replace("-", "")
        n = len(digits)
        if not 13 <= n <= 19 or len(set(digits)) < 2:
            return None
        for network, prefix, lengths in _NETWORKS:
            if n in lengths and prefix.match(digits):
                if not luhn.is_valid(digits):
                    return None
                grouped = len(text) != n
                return Hit(0.95 if grouped else 0.85, {"network": network})
        return None
