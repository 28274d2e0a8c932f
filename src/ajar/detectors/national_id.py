"""National identity, social security, tax and passport numbers of people (``person.national_id``).

Table-driven: each scheme has a shape (checked first, cheaply, on the compacted value), a
validator and a strength. Validators are python-stdnum's (``stdnum.<cc>.<scheme>.is_valid``)
except China's resident identity card, checked here as GB 11643-1999 (ISO 7064 MOD 11-2
check character, a real birth date from 1900 until today, a province code), since stdnum
also requires the exact county code of the birth year, which residence permits and newer
codes do not have.

Strength follows the check: long numbers with check digits and an embedded date (``cn_ric``,
``it_codicefiscale``, ``mx_curp``, ``fi_hetu``) are strong; a single mod-11/Luhn digit on a
short number (``us_ssn`` has none at all; ``nl_bsn``, ``ca_sin``, ``gb_nhs``, ``jp_in``) is weak
and the field's name must agree. An 11-digit number may pass several schemes: the strongest
one is reported, the others are ``candidates``, and a scheme named by the field (``pesel``,
``cpf``, ``tckn``...) wins (:meth:`NationalIdDetector.field_detail`).

>>> NationalIdDetector().detect("11010519491231002X").detail["scheme"]
'cn_ric'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from stdnum import luhn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

from ajar.detectors.base import Detector, Hit, most_common_detail, short_text
from ajar.models import Category

_CN_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)


def _cn_ric(number: str) -> bool:
    if number[:2] not in _CN_PROVINCES:
        return False
    checksum = (1 - 2 * int(number[:-1], 13)) % 11
    if number[-1] != ("X" if checksum == 10 else str(checksum)):
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= date.today()


def _valid(check: Callable[[str], bool]) -> Callable[[str], bool]:
    def run(number: str) -> bool:
        try:
            return bool(check(number))
        except Exception:  # noqa: BLE001 - stdnum may raise on odd input; that is "not valid"
            return False

    return run


def _ru_inn_person(number: str) -> bool:
    return len(number) == 12 and bool(inn.is_valid(number))


def _ssn(number: str) -> bool:
    return bool(ssn.is_valid(number)) and len(set(number)) > 2


@dataclass(frozen=True, slots=True)
class Scheme:
    """One numbering scheme: its id, country, shape on the compacted value, check and strength."""

    scheme: str
    country: str
    shape: re.Pattern[str]
    check: Callable[[str], bool]
    strength: float
    hints: tuple[str, ...] = ()


_D = re.compile
SCHEMES: tuple[Scheme, ...] = (
    Scheme(
        "cn_ric",
        "cn",
        _D(r"\d{17}[\dX]"),
        _cn_ric,
        0.95,
        ("sfzh", "sfz", "gmsfhm", "zjhm", "身份证", "居民身份证", "身分證", "ric"),
    ),
    Scheme(
        "it_codicefiscale",
        "it",
        _D(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]"),
        _valid(codicefiscale.is_valid),
        0.95,
        ("codicefiscale", "cf", "codice"),
    ),
    Scheme("mx_curp", "mx", _D(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d"), _valid(curp.is_valid), 0.95, ("curp",)),
    Scheme("fi_hetu", "fi", _D(r"\d{6}[-+A-FU-Y]\d{3}[\dA-Z]"), _valid(hetu.is_valid), 0.95, ("hetu",)),
    Scheme("es_dni", "es", _D(r"\d{8}[A-Z]"), _valid(dni.is_valid), 0.9, ("dni", "nif")),
    Scheme("es_nie", "es", _D(r"[XYZ]\d{7}[A-Z]"), _valid(nie.is_valid), 0.9, ("nie",)),
    Scheme("in_pan", "in", _D(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]"), _valid(pan.is_valid), 0.8, ("pan",)),
    Scheme("fr_nir", "fr", _D(r"[12]\d{4}(?:\d\d|2A|2B)\d{8}"), _valid(nir.is_valid), 0.85, ("nir", "insee", "secu")),
    Scheme("kr_rrn", "kr", _D(r"\d{13}"), _valid(rrn.is_valid), 0.75, ("rrn", "jumin")),
    Scheme("za_idnr", "za", _D(r"\d{13}"), _valid(za_idnr.is_valid), 0.6, ("idnumber",)),
    Scheme("ru_inn", "ru", _D(r"\d{12}"), _valid(_ru_inn_person), 0.7, ("inn", "инн")),
    Scheme("in_aadhaar", "in", _D(r"[2-9]\d{11}"), _valid(aadhaar.is_valid), 0.6, ("aadhaar", "uid", "uidai")),
    Scheme("jp_in", "jp", _D(r"\d{12}"), _valid(jp_in.is_valid), 0.35, ("mynumber", "kojin")),
    Scheme("br_cpf", "br", _D(r"\d{11}"), _valid(cpf.is_valid), 0.75, ("cpf",)),
    Scheme(
        "tr_tckimlik", "tr", _D(r"[1-9]\d{10}"), _valid(tckimlik.is_valid), 0.75, ("tckn", "tckimlik", "tc", "kimlik")
    ),
    Scheme("pl_pesel", "pl", _D(r"\d{11}"), _valid(pesel.is_valid), 0.7, ("pesel",)),
    Scheme(
        "no_fodselsnummer",
        "no",
        _D(r"\d{11}"),
        _valid(fodselsnummer.is_valid),
        0.7,
        ("fodselsnummer", "fnr", "personnummer"),
    ),
    Scheme("de_idnr", "de", _D(r"[1-9]\d{10}"), _valid(idnr.is_valid), 0.5, ("idnr", "steuerid", "steuer")),
    Scheme(
        "se_personnummer",
        "se",
        _D(r"(?:\d{2})?\d{6}[-+]?\d{4}"),
        _valid(personnummer.is_valid),
        0.6,
        ("personnummer", "pnr"),
    ),
    Scheme("dk_cpr", "dk", _D(r"\d{6}-?\d{4}"), _valid(cpr.is_valid), 0.3, ("cpr",)),
    Scheme("gb_nhs", "gb", _D(r"\d{10}"), _valid(nhs.is_valid), 0.4, ("nhs",)),
    # passports have no check digit anywhere; shape only, and only under a passport field name
    Scheme("passport", "", _D(r"[A-Z]{1,2}\d{6,9}"), lambda n: True, 0.15, ("passport", "hzhm", "护照", "паспорт")),
    Scheme("us_ssn", "us", _D(r"\d{9}"), _valid(_ssn), 0.3, ("ssn", "socialsecurity", "social")),
    Scheme("nl_bsn", "nl", _D(r"\d{9}"), _valid(bsn.is_valid), 0.3, ("bsn", "sofi")),
    Scheme(
        "ca_sin", "ca", _D(r"[1-79]\d{8}"), _valid(lambda n: bool(sin.is_valid(n)) and luhn.is_valid(n)), 0.3, ("sin",)
    ),
)

_SSN_FORMATTED = re.compile(r"\d{3}-\d{2}-\d{4}")
_CPF_FORMATTED = re.compile(r"\d{3}\.\d{3}\.\d{3}-\d{2}")
_STRIP = str.maketrans("", "", " -./")
_SHAPE = re.compile(r"[0-9A-Za-z][0-9A-Za-z .\-/+]{7,22}")
# Schemes whose separator is part of the number (a century sign) see the value unstripped.
_KEEP_SEPARATOR = frozenset({"fi_hetu", "se_personnummer"})
_FIXED_LENGTHS = {
    "it_codicefiscale": (16,),
    "mx_curp": (18,),
    "in_pan": (10,),
    "es_dni": (9,),
    "es_nie": (9,),
    "fr_nir": (15,),
    "passport": (8, 9, 10, 11),
}
_BY_LENGTH: dict[int, tuple[Scheme, ...]] = {}
for _s in SCHEMES:
    for _n in range(8, 20):
        if _s.scheme in _KEEP_SEPARATOR or _n in _FIXED_LENGTHS.get(_s.scheme, ()) or re.fullmatch(_s.shape, "1" * _n):
            _BY_LENGTH[_n] = (*_BY_LENGTH.get(_n, ()), _s)
_HINTS = tuple(h for s in SCHEMES for h in s.hints)


class NationalIdDetector(Detector):
    """A national identity, social security, tax or passport number with a valid check."""

    id = "national_id"
    category = Category.NATIONAL_ID
    description = "National ID / social security / tax numbers of people (check digits via python-stdnum)."
    name_hints = (
        "id_card",
        "idcard",
        "idno",
        "id_no",
        "idnumber",
        "national_id",
        "nationalid",
        "nid",
        "citizen",
        "passport",
        "passport_no",
        "identity",
        "identification",
        "taxid",
        "tin",
        "personal_id",
        "zjhm",
        "sfzhm",
        "证件号",
        "证件号码",
        "身份证号",
        "身份证号码",
        "护照",
        "паспорт",
        "снилс",
        "инн",
        "هوية",
        "الهوية",
        "رقم_الهوية",
        "جواز",
        *_HINTS,
    )
    negative_hints = (
        "order",
        "invoice",
        "tracking",
        "sku",
        "barcode",
        "ean",
        "isbn",
        "product",
        "txn",
        "trade",
        "transaction",
        "serial",
        "phone",
        "mobile",
        "tel",
        "imei",
        "card",
        "account",
    )
    accepts = frozenset({"str", "int"})

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 24)
        if text is None or not _SHAPE.fullmatch(text):
            return None
        number = text.translate(_STRIP).upper()
        candidates = _BY_LENGTH.get(len(number))
        if not candidates or len(set(number)) < 3:
            return None
        upper = text.upper().replace(" ", "")
        passing = []
        for s in candidates:
            form = upper if s.scheme in _KEEP_SEPARATOR else number
            if s.shape.fullmatch(form) and s.check(form):
                passing.append(s)
        if not passing:
            return None
        best = max(passing, key=lambda s: s.strength)
        strength = best.strength
        if best.scheme == "us_ssn" and _SSN_FORMATTED.fullmatch(text):
            strength = 0.5
        if best.scheme == "br_cpf" and _CPF_FORMATTED.fullmatch(text):
            strength = 0.9
        if len(passing) > 1 and strength < 0.9:
            strength *= 0.9  # several schemes fit: the check says less about any one of them
        detail = {"scheme": best.scheme, "country": best.country} if best.country else {"scheme": best.scheme}
        if len(passing) > 1:
            detail["candidates"] = ",".join(sorted(s.scheme for s in passing))
        return Hit(round(strength, 3), detail)

    def field_detail(self, hits: Sequence[Hit], tokens: Sequence[str]) -> dict[str, str]:
        """The scheme most values pass, unless the field's name names a scheme they pass too."""
        detail = most_common_detail(hits)
        detail.pop("candidates", None)
        named = [s for s in SCHEMES if any(h in tokens for h in s.hints)]
        for scheme in named:
            passing = sum(
                1
                for h in hits
                if h.detail.get("scheme") == scheme.scheme or scheme.scheme in h.detail.get("candidates", "").split(",")
            )
            if passing * 2 >= len(hits):
                return {"scheme": scheme.scheme, "country": scheme.country}
        return detail
