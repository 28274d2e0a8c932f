"""International Bank Account Numbers (``financial.iban``).

Detected: a country code, two check digits and a BBAN, with or without spaces. Validated by
:mod:`stdnum.iban` (ISO 13616 length per country and the ISO 7064 mod 97-10 check digits).

>>> IbanDetector().detect("GB82 WEST 1234 5698 7654 32") is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from stdnum import iban as std_iban

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")


class IbanDetector(Detector):
    """An IBAN with valid check digits."""

    id = "iban"
    category = Category.IBAN
    description = "IBAN bank account numbers (length per country, mod 97 check digits)."
    name_hints = (
        "iban",
        "account",
        "bank",
        "konto",
        "kontonummer",
        "rib",
        "bankaccount",
        "账号",
        "银行账号",
        "счет",
        "счёт",
        "حساب",
    )
    accepts = frozenset({"str"})

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 48)
        if text is None:
            return None
        compact = text.replace(" ", "").replace("-", "").upper()
        if not _SHAPE.fullmatch(compact):
            return None
        if not std_iban.is_valid(compact):
            return None
        return Hit(0.98, {"country": compact[:2].lower()})
