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
``cpf``, ``tckn``...) wins (:meth:`NationalIdDetector.field_detail`). Two more checks are written
here, as stdnum has none: the UAE's Emirates ID (``784``, a birth year, Luhn) and Saudi Arabia's
national ID / Iqama number (ten digits from 1 or 2, Luhn). Malaysia's MyKad (``my_nric``) has no check
digit, only a birth date and a place code: weak, unless written as the card prints it
(``YYMMDD-PB-####``).

>>> NationalIdDetector().detect("11010519491231002X").detail["scheme"]
'cn_ric'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import mul
from typing import Any

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cl import rut
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.id import nik
from stdnum.in_ import pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp, rfc
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

from ajar.detectors.base import CLOCK_READERS, Detector, Hit, most_common_detail, short_text, today
from ajar.models import Category

# stdnum's checks that read today's date themselves (an embedded birth date not in the future, the century):
# training pins their day with the detectors' (``base.reference_day``)
CLOCK_READERS.extend((be_nn, cpr, fodselsnummer, personnummer, rrn, za_idnr))

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
    return date(1900, 1, 1) <= born <= today()


def _valid(check: Callable[[str], bool], cannot_pass: Callable[[str], bool] | None = None) -> Callable[[str], bool]:
    """``check`` (python-stdnum's ``is_valid``) as a verdict that never raises. ``cannot_pass``, when given, is a
    cheap part of that check (a check digit, a date's month and day range) run first on an ASCII number: True
    only where ``check`` is False, so the verdict is ``check``'s, without stdnum's three cleaning passes and
    exceptions for the ~90 % of candidates (11-digit phone numbers, dates) that fail it."""
    if cannot_pass is None:

        def run(number: str) -> bool:
            try:
                return bool(check(number))
            except Exception:  # noqa: BLE001 - stdnum may raise on odd input; that is "not valid"
                return False

        return run

    def gated(number: str) -> bool:
        if number.isascii() and cannot_pass(number):
            return False
        try:
            return bool(check(number))
        except Exception:  # noqa: BLE001 - as above
            return False

    return gated


def _dot(weights: tuple[int, ...], digits: str) -> int:
    """``sum(w * int(d) for w, d in zip(weights, digits))`` for ASCII digits, summed in C."""
    raw = digits.encode()
    total: int = sum(map(mul, weights, raw))
    return total - 48 * sum(weights[: len(raw)])


# Luhn's doubled digits (2d, less 9 when over 9), as bytes: the sums below subtract 48 per digit
_LUHN_DOUBLE = bytes.maketrans(b"0123456789", b"0246813579")


def _luhn_fails(digits: str) -> bool:
    """Not a Luhn number (``stdnum.luhn.checksum(digits) != 0``) for ASCII digits."""
    rev = digits.encode()[::-1]
    return (sum(rev[::2]) + sum(rev[1::2].translate(_LUHN_DOUBLE)) - 48 * len(rev)) % 10 != 0


def _no_date(number: str, day_at: int, month_at: int, day_mod: int = 100) -> bool:
    """No ``date(year, month, day)`` can be made of the two-digit day and month at these offsets
    (``day_mod``: a day written plus 40, as Indonesia's NIK writes a woman's)."""
    month = int(number[month_at : month_at + 2])
    day = int(number[day_at : day_at + 2]) % day_mod
    return not (1 <= month <= 12 and 1 <= day <= 31)


# Each ``cannot_pass`` below is the first part of the stdnum check it stands before (see each module's
# ``validate``), on a number the scheme's shape matched (ASCII: ``_SHAPE``); tests/detectors/test_national_id.py
# checks each against stdnum on every ending of many random numbers and dates.


def _cl_rut_fails(n: str) -> bool:  # rut.calc_check_digit
    return "0123456789K"[_dot((9, 8, 7, 6, 5, 4, 9, 8), n[-2::-1]) % 11] != n[-1]


def _br_cpf_fails(n: str) -> bool:  # cpf._calc_check_digits
    d1 = (11 - _dot((10, 9, 8, 7, 6, 5, 4, 3, 2), n)) % 11 % 10
    d2 = (11 - (_dot((11, 10, 9, 8, 7, 6, 5, 4, 3), n) + 2 * d1)) % 11 % 10
    return n[9:] != f"{d1}{d2}"


def _tr_tckimlik_fails(n: str) -> bool:  # tckimlik.calc_check_digits
    c1 = (10 - _dot((3, 1, 3, 1, 3, 1, 3, 1, 3), n)) % 10
    c2 = (c1 + _dot((1, 1, 1, 1, 1, 1, 1, 1, 1), n)) % 10
    return n[9:] != f"{c1}{c2}"


def _pl_pesel_fails(n: str) -> bool:  # pesel.calc_check_digit
    return (10 - _dot((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), n)) % 10 != int(n[10])


def _be_nn_fails(n: str) -> bool:  # nn._checksum, either century
    return int(n[9:]) not in (97 - int(n[:9]) % 97, 97 - int("2" + n[:9]) % 97)


def _no_fodselsnummer_fails(n: str) -> bool:  # fodselsnummer.calc_check_digit1 and 2 (10 is no digit)
    c1 = (11 - _dot((3, 7, 6, 1, 8, 9, 4, 5, 2), n)) % 11
    c2 = (11 - _dot((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), n)) % 11
    return str(c1) != n[9] or str(c2) != n[10]


def _de_idnr_fails(n: str) -> bool:  # idnr.validate: one digit of the first ten repeated, two or three times
    head = n[:10]
    repeated = [c for c in map(head.count, set(head)) if c > 1]
    return len(repeated) != 1 or repeated[0] not in (2, 3)


def _gb_nhs_fails(n: str) -> bool:  # nhs.checksum
    return _dot((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), n[::-1]) % 11 != 0


def _nl_bsn_fails(n: str) -> bool:  # bsn.checksum
    return (_dot((9, 8, 7, 6, 5, 4, 3, 2), n) - int(n[8])) % 11 != 0


def _se_personnummer_fails(n: str) -> bool:  # personnummer.validate: luhn over the last ten digits
    return _luhn_fails(n.replace("-", "").replace("+", "")[-10:])


def _ru_inn_fails(n: str) -> bool:  # inn.calc_personal_check_digits (the first must match for the second)
    d1 = _dot((7, 2, 4, 10, 3, 5, 9, 4, 6, 8), n) % 11 % 10
    d2 = _dot((3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8), n) % 11 % 10
    return len(n) != 12 or n[10:] != f"{d1}{d2}"


def _za_idnr_fails(n: str) -> bool:  # idnr.get_birth_date, get_citizenship, luhn
    return _no_date(n, 4, 2) or n[10] not in "01" or _luhn_fails(n)


def _jp_in_fails(n: str) -> bool:  # in_.calc_check_digit
    return str(-_dot((6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), n) % 11 % 10) != n[11]


def _kr_rrn_fails(n: str) -> bool:  # rrn.get_birth_date, the place of birth, calc_check_digit
    check = (11 - _dot((2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), n) % 11) % 10
    return _no_date(n, 4, 2) or int(n[7:9]) > 96 or str(check) != n[12]


def _th_pin_fails(n: str) -> bool:  # pin.calc_check_digit
    s = _dot((2, 1, 0, -1, -2, -3, -4, -5, -6, -7, -8, -9), n) % 11
    return str((1 - s) % 10) != n[12]


def _ru_inn_person(number: str) -> bool:
    return len(number) == 12 and bool(inn.is_valid(number))


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def _aadhaar(number: str) -> bool:
    """India's Aadhaar (as ``stdnum.in_.aadhaar``): 12 digits, not starting 0/1, not a palindrome,
    Verhoeff check digit; inlined because it runs on every 12-digit value."""
    if len(number) != 12 or not number.isdigit() or number[0] in "01" or number == number[::-1]:
        return False
    check = 0
    for i, ch in enumerate(reversed(number)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][ord(ch) - 48]]
    return check == 0


def kz_iin_check_digit(first11: str) -> int | None:
    """Kazakhstan's IIN check digit (python-stdnum has no ``kz`` module): the digits weighted
    1..11 modulo 11; if that is 10, weighted 3..11, 1, 2 modulo 11; 10 again means no valid IIN.

    >>> kz_iin_check_digit("90050140012")
    7
    """
    digits = [ord(c) - 48 for c in first11]
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        check = sum(w * d for w, d in zip(weights, digits, strict=True)) % 11
        if check != 10:
            return check
    return None


def _kz_iin(number: str) -> bool:
    """12 digits: birth date YYMMDD, a century-and-sex digit 1-6, 4 serial digits, a check digit."""
    if len(number) != 12 or not number.isdigit() or number[6] not in "123456":
        return False
    month, day = int(number[2:4]), int(number[4:6])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    return kz_iin_check_digit(number[:11]) == int(number[11])


# UK National Insurance number: two prefix letters (not D, F, I, Q, U, V; second not O; not
# BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A-D (HMRC's rules; no check digit)
_NINO = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def _ssn(number: str) -> bool:
    return bool(ssn.is_valid(number)) and len(set(number)) > 2


def snils_check(first9: str) -> int:
    """Russia's SNILS check number (python-stdnum has no ``ru.snils``): the digits weighted 9..1,
    the sum itself under 100, 0 for 100 and 101, else the sum modulo 101 (100 again is 0).

    >>> snils_check("112233445")
    95
    """
    total = sum((9 - i) * (ord(c) - 48) for i, c in enumerate(first9))
    if total < 100:
        return total
    return 0 if total in (100, 101) else total % 101 % 100


def _snils(number: str) -> bool:
    """11 digits: 9 digits (above 001-001-998, which have no check) and a 2-digit check number."""
    return (
        len(number) == 11
        and number.isdigit()
        and int(number[:9]) > 1001998
        and snils_check(number[:9]) == int(number[9:])
    )


def _ae_eid(number: str) -> bool:
    """The UAE's Emirates ID: 784 (the country), the holder's year of birth, a serial, and a Luhn check
    digit over all 15 digits (``784-1990-1234567-1`` as printed on the card)."""
    return number[:3] == "784" and 1900 <= int(number[3:7]) <= today().year and luhn.is_valid(number)


def _sa_nin(number: str) -> bool:
    """Saudi Arabia's national ID (first digit 1) or resident's Iqama number (2): ten digits, Luhn."""
    return number[0] in "12" and luhn.is_valid(number)


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
# Mexico's RFC of a person: 4 letters, the birth date YYMMDD, a 3-character homoclave
_RFC_PERSON_SHAPE = _D(r"[A-ZÑ&]{4}\d{6}[A-Z\d]{3}")
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
    Scheme("kr_rrn", "kr", _D(r"\d{13}"), _valid(rrn.is_valid, _kr_rrn_fails), 0.75, ("rrn", "jumin")),
    Scheme(
        "id_nik",
        "id",
        _D(r"\d{16}"),
        _valid(nik.is_valid, lambda n: _no_date(n, 6, 8, 40)),
        0.7,
        ("nik", "ktp", "no_ktp"),
    ),
    Scheme("th_pin", "th", _D(r"[1-8]\d{12}"), _valid(th_pin.is_valid, _th_pin_fails), 0.5, ("thai_id", "citizen_id")),
    Scheme("pk_cnic", "pk", _D(r"[1-7]\d{12}"), _valid(cnic.is_valid), 0.45, ("cnic", "nic")),
    Scheme("za_idnr", "za", _D(r"\d{13}"), _valid(za_idnr.is_valid, _za_idnr_fails), 0.6, ("idnumber",)),
    Scheme("ru_inn", "ru", _D(r"\d{12}"), _valid(_ru_inn_person, _ru_inn_fails), 0.7, ("inn", "инн")),
    Scheme("in_aadhaar", "in", _D(r"[2-9]\d{11}"), _aadhaar, 0.6, ("aadhaar", "uid", "uidai")),
    Scheme("kz_iin", "kz", _D(r"\d{6}[1-6]\d{5}"), _kz_iin, 0.55, ("iin", "иин", "жсн")),
    # Malaysia's MyKad: the birth date YYMMDD, a place-of-birth code, 4 digits, no check digit
    Scheme(
        "my_nric",
        "my",
        _D(r"\d{12}"),
        _valid(nric.is_valid, lambda n: _no_date(n, 4, 2)),
        0.35,
        ("nric", "mykad", "nokp", "no_kp"),
    ),
    Scheme("ae_eid", "ae", _D(r"784\d{12}"), _ae_eid, 0.8, ("emirates_id", "emiratesid")),
    Scheme("sa_nin", "sa", _D(r"[12]\d{9}"), _sa_nin, 0.3, ("iqama", "iqama_no", "hawiya", "الإقامة", "السجل_المدني")),
    Scheme(
        "jp_in",
        "jp",
        _D(r"\d{12}"),
        _valid(jp_in.is_valid, _jp_in_fails),
        0.35,
        ("mynumber", "my_number", "kojin", "kojin_bango", "個人番号", "マイナンバー"),
    ),
    Scheme("br_cpf", "br", _D(r"\d{11}"), _valid(cpf.is_valid, _br_cpf_fails), 0.75, ("cpf",)),
    Scheme("ru_snils", "ru", _D(r"\d{11}"), _snils, 0.6, ("snils", "снилс")),
    Scheme("mx_rfc", "mx", _RFC_PERSON_SHAPE, _valid(rfc.is_valid), 0.5, ("rfc",)),
    Scheme(
        "tr_tckimlik",
        "tr",
        _D(r"[1-9]\d{10}"),
        _valid(tckimlik.is_valid, _tr_tckimlik_fails),
        0.75,
        ("tckn", "tckimlik", "tc", "kimlik"),
    ),
    Scheme("pl_pesel", "pl", _D(r"\d{11}"), _valid(pesel.is_valid, _pl_pesel_fails), 0.7, ("pesel",)),
    Scheme(
        "be_nn", "be", _D(r"\d{11}"), _valid(be_nn.is_valid, _be_nn_fails), 0.6, ("rijksregisternummer", "niss", "insz")
    ),
    Scheme(
        "no_fodselsnummer",
        "no",
        _D(r"\d{11}"),
        _valid(fodselsnummer.is_valid, _no_fodselsnummer_fails),
        0.7,
        ("fodselsnummer", "fnr", "personnummer"),
    ),
    Scheme(
        "de_idnr", "de", _D(r"[1-9]\d{10}"), _valid(idnr.is_valid, _de_idnr_fails), 0.5, ("idnr", "steuerid", "steuer")
    ),
    Scheme(
        "se_personnummer",
        "se",
        _D(r"(?:\d{2})?\d{6}[-+]?\d{4}"),
        _valid(personnummer.is_valid, _se_personnummer_fails),
        0.6,
        ("personnummer", "pnr"),
    ),
    Scheme("dk_cpr", "dk", _D(r"\d{6}-?\d{4}"), _valid(cpr.is_valid, lambda n: _no_date(n, 0, 2)), 0.3, ("cpr",)),
    Scheme("gb_nino", "gb", _NINO, lambda n: True, 0.7, ("nino", "ni_number", "ninumber", "national_insurance")),
    Scheme("cl_rut", "cl", _D(r"\d{7,8}[\dK]"), _valid(rut.is_valid, _cl_rut_fails), 0.3, ("rut", "run")),
    Scheme("gb_nhs", "gb", _D(r"\d{10}"), _valid(nhs.is_valid, _gb_nhs_fails), 0.4, ("nhs",)),
    # passports have no check digit anywhere; shape only, and only under a passport field name
    Scheme(
        "passport",
        "",
        _D(r"[A-Z]{1,2}\d{6,9}"),
        lambda n: True,
        0.15,
        ("passport", "hzhm", "护照", "паспорт", "pasaporte", "passeport", "reisepass", "paszport", "pasaport"),
    ),
    # Russian internal passport: 4-digit series + 6-digit number, no check digit at all: it counts
    # only under a field named for passports (``strong_hints``)
    Scheme("ru_passport", "ru", _D(r"\d{10}"), lambda n: n[:2] != "00" and len(set(n)) > 3, 0.1, ("паспорт",)),
    Scheme("us_ssn", "us", _D(r"\d{9}"), _valid(_ssn), 0.3, ("ssn", "socialsecurity", "social")),
    Scheme("nl_bsn", "nl", _D(r"\d{9}"), _valid(bsn.is_valid, _nl_bsn_fails), 0.3, ("bsn", "sofi")),
    Scheme(
        "ca_sin",
        "ca",
        _D(r"[1-79]\d{8}"),
        _valid(lambda n: bool(sin.is_valid(n)) and luhn.is_valid(n), _luhn_fails),
        0.3,
        ("sin",),
    ),
)

_SSN_FORMATTED = re.compile(r"\d{3}-\d{2}-\d{4}")
# Aadhaar and My Number are written in groups of four: "2345 6789 0123"
_GROUPS_OF_4 = re.compile(r"\d{4}([ -])\d{4}\1\d{4}")
_RU_PASSPORT = re.compile(r"\d{2} ?\d{2} \d{6}")
# formats that name their scheme: Chile's RUT "12.345.678-5", Pakistan's CNIC "34101-2345678-1"
_FORMATTED = {
    "cl_rut": re.compile(r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]"),
    "pk_cnic": re.compile(r"\d{5}-\d{7}-\d"),
    "my_nric": re.compile(r"\d{6}-\d{2}-\d{4}"),
    "ae_eid": re.compile(r"784-\d{4}-\d{7}-\d"),
}
_CPF_FORMATTED = re.compile(r"\d{3}\.\d{3}\.\d{3}-\d{2}")


_SNILS_FORMATTED = re.compile(r"\d{3}-\d{3}-\d{3}[ -]\d{2}")
# Shapes that name a scheme even when the check digit is wrong, as mock data (Mockaroo, hand-made
# fixtures) writes them: a weak hit (``detail["check"] == "shape"``), so the field's name must agree
_SHAPE_ONLY: tuple[tuple[str, str, re.Pattern[str], float], ...] = (
    ("br_cpf", "br", _CPF_FORMATTED, 0.25),
    ("pk_cnic", "pk", re.compile(r"\d{5}-\d{7}-\d"), 0.25),
    ("cl_rut", "cl", re.compile(r"\d{1,2}\.\d{3}\.\d{3}-[\dK]"), 0.25),
    ("ru_snils", "ru", _SNILS_FORMATTED, 0.2),
    ("kr_rrn", "kr", re.compile(r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}"), 0.25),
    ("mx_curp", "mx", re.compile(r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d"), 0.3),
    ("it_codicefiscale", "it", re.compile(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]"), 0.3),
    ("es_dni", "es", re.compile(r"\d{8}-?[A-Z]"), 0.15),
    ("es_nie", "es", re.compile(r"[XYZ]-?\d{7}-?[A-Z]"), 0.2),
    ("in_aadhaar", "in", re.compile(r"[2-9]\d{3} \d{4} \d{4}"), 0.15),
)
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
    "mx_rfc": (13,),
    "passport": (8, 9, 10, 11),
    "gb_nino": (9,),
    "ae_eid": (15,),
}
_BY_LENGTH: dict[int, tuple[Scheme, ...]] = {}
for _s in SCHEMES:
    for _n in range(8, 20):
        if (
            _s.scheme in _KEEP_SEPARATOR
            or _n in _FIXED_LENGTHS.get(_s.scheme, ())
            or any(re.fullmatch(_s.shape, d * _n) for d in "15")
        ):
            _BY_LENGTH[_n] = (*_BY_LENGTH.get(_n, ()), _s)
#: scheme words that are also ordinary words (``run`` of a job, ``social`` media, ``codice`` of a
#: booking, a DICOM ``uid``, ``sin`` of an angle, ``pan`` of a camera, ``citizen`` in ``SeniorCitizen``):
#: ``conditional_hints`` (the values must agree), not ``name_hints``
_AMBIGUOUS = frozenset(
    {"run", "social", "codice", "uid", "tc", "citizen", "sin", "cf", "nic", "pan", "steuer", "secu", "ric", "rut"}
)
_HINTS = tuple(h for s in SCHEMES for h in s.hints if h not in _AMBIGUOUS)
# national ID, social security, tax, passport and driving-licence field names in many languages
_MORE_NAMES = (
    # en
    "ssn", "ssno", "ss_no", "ss_number", "social_security", "social_security_number", "socialsecuritynumber",
    "sss_no", "umid", "tin_no", "tax_number", "tax_no",
    "taxpayer_id", "national_number", "national_code", "nationalcode", "national_identity", "nin", "nric",
    "fin_no", "mykad", "ic_no", "icno", "no_ic", "ic_number", "identity_card", "identity_number",
    "id_card_no", "identification_number", "personal_number", "personalnumber", "personal_code",
    "personnummer", "person_number", "citizen_number", "citizenship_number", "drivers_license",
    "driver_license", "driving_license", "driving_licence", "drivers_licence", "driverslicense",
    "driver_licence", "license_number", "licence_number", "dl_number", "dl_no", "passport_number",
    "passportnumber", "passport_num", "passportno", "visa_number", "ukid", "nhs_number", "nhsnumber",
    "nhnumber", "medicare_number", "medicaid_number", "health_card_number", "insurance_number",
    # es / pt / fr / it / de / nl / pl / tr
    "cedula", "cédula", "documento_identidad", "documento_de_identidad", "num_documento", "nro_documento",
    "numero_documento", "número_documento", "dni_nie", "nif_nie", "curp", "rfc", "nss", "numseguro",
    "num_seguro_social", "cuil", "cuit", "identificacion", "identificación", "num_identificacion",
    "cpf_cnpj", "rg", "rg_numero", "numero_rg", "carteira_identidade", "cartao_cidadao", "cartão_cidadão",
    "bilhete_identidade", "nr_bi", "cni", "carte_identite", "carte_d_identite", "numero_secu",
    "securite_sociale", "sécurité_sociale", "num_secu", "codice_fiscale", "codicefiscale",
    "carta_identita", "carta_d_identita", "documento_identita", "documentoidentita", "personalausweis",
    "ausweisnummer", "ausweis", "personalausweisnummer", "steuer_id", "steuerid", "steueridentifikationsnummer",
    "sozialversicherungsnummer", "svnr", "sv_nummer", "burgerservicenummer", "bsn", "pesel", "dowod",
    "dowód", "dowod_osobisty", "nr_dowodu", "numer_dowodu", "nr_paszportu", "tc_kimlik", "tc_kimlik_no",
    "tckimlikno", "kimlik_no", "kimlikno", "kimlik_numarasi", "kimlik_numarası",
    # id / ms / vi
    "nik", "no_nik", "nomor_nik", "ktp", "no_ktp", "nomor_ktp", "nkk", "npwp", "no_kk", "nuptk",
    "nisn", "no_peserta", "no_bpjs", "cmnd", "so_cmnd", "cccd", "so_cccd", "can_cuoc",
    "cmnd_cccd", "chung_minh", "chứng_minh", "căn_cước",
    # zh pinyin / ja / ko romanised
    "shenfenzheng", "sfzhm", "zjh", "zjlx_hm", "hzh", "mynumber", "my_number", "kojin_bango",
    "jumin", "jumin_no", "juminbunho", "rrn",
    # other scripts (substrings of the name)
    "身份证", "身份證", "身分證", "证件号", "證件號", "护照号", "社保号", "社会保障号", "社會保障",
    "マイナンバー", "個人番号", "旅券番号", "免許証番号", "運転免許", "基礎年金番号", "住民票コード",
    "주민등록번호", "주민번호", "여권번호", "운전면허", "외국인등록번호", "снилс", "инн", "иин", "жсн",
    "паспорт", "удостоверение_личности", "удостоверение личности", "номер_документа", "рнокпп", "іпн",
    "ідентифікаційний", "паспорт_серия", "серия_паспорта", "номер_паспорта", "رقم_الهوية", "رقم الهوية",
    "الرقم_القومي", "الرقم القومي", "الرقم_الوطني", "الرقم الوطني", "بطاقة_الهوية", "جواز_السفر", "جواز السفر",
    "کد_ملی", "کد ملی", "كد_ملي", "كد ملي", "شماره_ملی", "شماره ملی", "کدملی", "आधार", "पैन", "पहचान",
    "मतदाता", "पासपोर्ट",
    # more languages (issue 10): en, Nordic, ro, es/pt/fr/de/it/nl/pl, tr, id/ms, vi, ru/uk/kk (Latin), ar/fa
    # (Latin), hi (Latin), zh pinyin; the word for the identity card, personal/citizen/tax/social security number
    "social_insurance", "social_insurance_number", "tax_file_number", "tfn", "ppsn", "pps_number", "ird_number",
    "itin", "tax_identification_number", "national_id_number", "government_id", "govt_id",
    "aadhaar_number", "aadhar_no", "aadhar_number", "adhar", "adhaar", "nssf", "nssf_no", "nhif", "kra_pin",
    "kennitala", "personnr", "fodselsnr", "fødselsnummer", "cpr_nr", "cprnr", "cpr_nummer", "henkilotunnus",
    "henkilötunnus", "sotu", "samordningsnummer",
    "cnp", "cod_numeric_personal", "codnumericpersonal", "buletin", "nr_buletin", "carte_de_identitate",
    "seguridad_social", "num_seguridad_social", "numero_seguridad_social", "nuss", "dui", "numero_cedula",
    "nro_cedula", "num_cedula", "cedula_identidad", "carnet_identidad", "carnet_de_identidad", "tarjeta_identidad",
    "documento_nacional", "nro_identificacion", "numero_cpf", "num_cpf", "pis_pasep", "titulo_eleitor",
    "título_eleitor", "numero_identidade", "num_identidade", "numero_insee", "num_insee",
    "carte_vitale", "numero_fiscal", "piece_identite", "pièce_identité", "pièce_d_identité", "numero_cni",
    "ausweisnr", "ausweis_nr", "passnummer", "reisepassnummer", "pass_nr", "steuernummer", "steuer_nr",
    "steuernr", "identnummer", "rentenversicherungsnummer", "rvnr", "ahv_nr", "ahvnr", "ahv_nummer",
    "cod_fiscale", "codfiscale", "cod_fisc", "codfisc", "sofinummer", "sofi_nummer", "sofinr", "insz_nummer",
    "paspoortnummer", "identiteitskaart", "identiteitsbewijs", "numer_pesel", "seria_dowodu", "numer_paszportu",
    "tcno", "tc_no", "tckno", "tc_kimlik_numarasi", "vergi_no", "vergi_numarasi", "vkn", "sgk_no",
    "nufus_cuzdani", "nüfus_cüzdanı",
    "nomor_induk_kependudukan", "no_identitas", "nomor_identitas", "kitas", "no_paspor", "nomor_paspor",
    "kad_pengenalan", "no_mykad", "so_dinh_danh", "ma_dinh_danh", "dinh_danh", "ma_so_thue", "so_ho_chieu",
    "so_bhxh", "ma_bhxh",
    "pasport", "nomer_pasporta", "seriya_pasporta", "pasport_seriya", "rnokpp", "civil_id", "civilid",
    "civil_number", "iqama_number", "code_melli", "codemelli", "kod_melli", "kode_meli", "shomare_melli",
    "sfzjhm", "shenfenzhenghao", "huzhao",
    # other scripts
    "公民身份号码", "身份号码", "身份证件", "证件编号", "社保卡号", "居民身份證", "在留カード", "パスポート番号",
    "身分証", "신분증", "주민등록", "удостоверения_личности", "личный_номер", "идентификационный_номер",
    "паспорта", "жеке_куәлік", "податковий_номер", "رقم_الإقامة", "رقم_الاقامة", "الرقم_المدني", "الرقم_الشخصي",
    "البطاقة_الشخصية", "الرقم_القومى", "شناسنامه", "کارت_ملی", "گذرنامه", "आधार_संख्या", "पैन_नंबर",
)  # fmt: skip


def _shape_hit(text: str) -> Hit | None:
    """A weak hit for a value shaped as one scheme writes it whose check fails (mock data)."""
    for scheme, country, shape, strength in _SHAPE_ONLY:
        if shape.fullmatch(text) and len(set(text)) > 3:
            return Hit(strength, {"scheme": scheme, "country": country, "check": "shape"})
    return None


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
        "aadhaar_no",
        "aadhar",
        "個人番号",
        "マイナンバー",
        "주민등록번호",
        # found by an outside review (review25b): nl identity card, pt BI number, Brazil's health card
        "id_kaart",
        "identiteitskaart",
        "numero_bi",
        "num_bi",
        "nr_bi",
        "cartao_sus",
        "cartaosus",
        "cartao_nacional_saude",
        *_HINTS,
        *_MORE_NAMES,
    )
    conditional_hints = tuple(sorted(_AMBIGUOUS)) + (
        "documento",
        "document",
        "document_number",
        "license",
        "drivers",
        "nip",
        "bpjs",
        "sss",
        "philhealth",
        "pagibig",
        "pag_ibig",
        "insurance_number",
        # ``cin`` a check-in, ``dpi`` a resolution, ``nit`` a company's tax number, ``eid``/``qid`` other ids,
        # ``voter_id`` a registration's number
        "cin",
        "dpi",
        "nit",
        "ipn",
        "eid",
        "qid",
        "voter_id",
        "voterid",
        "id_proof",
        "idproof",
        "id_document",
        "identity_document",
        "versicherungsnummer",
        "id_penduduk",
        "carnet",
        "удостоверение",
        "документ",
        # Brazil's PIS (also a tax, PIS/COFINS), NIS and CNS (also the central nervous system) (review25b)
        "pis",
        "nis",
        "cns",
    )
    strong_hints = (
        "passport",
        "паспорт",
        "护照",
        "pasaporte",
        "passeport",
        "reisepass",
        "paszport",
        "pasaport",
        "passaporto",
        "passaporte",
        "paspoort",
        "paspor",
        "ho_chieu",
        "hộ_chiếu",
        "pasport",
        "جواز_السفر",
        "جواز السفر",
        "گذرنامه",
        "パスポート",
        "여권",
        "passnummer",
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
        # what an ID field says about the number, not the number (``identification_type``,
        # ``aadhaar_verified``, ``passport_stamp``, ``SeniorCitizen``, ``social_support_score``)
        "type",
        "desc",
        "description",
        "status",
        "verified",
        "stamp",
        "senior",
        "support",
        "score",
        "expiry",
        "expiration",
        "scadenza",
        "vencimiento",
        "validade",
        "ablaufdatum",
        "issued",
        "issue",
        "country",
        "state",
        "enc",
        # a number's format (as phrases: ``formatted_ssn`` is the number), a count, a sensor (review25b)
        "ssn_format",
        "id_format",
        "count",
        "sensor",
    )
    accepts = frozenset({"str", "int"})
    text_needs_digit = True  # every scheme's shape has a digit; ``_SHAPE`` is 8 to 23 characters
    text_min_length = 8

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 24)
        if text is None or not _SHAPE.fullmatch(text):
            return None
        number = text.translate(_STRIP).upper()
        candidates = _BY_LENGTH.get(len(number))
        if len(set(number)) < 3:
            return None
        if not candidates:
            return _shape_hit(text.upper())
        upper = text.upper().replace(" ", "")
        passing = []
        for s in candidates:
            form = upper if s.scheme in _KEEP_SEPARATOR else number
            if s.shape.fullmatch(form) and s.check(form):
                passing.append(s)
        if not passing:
            return _shape_hit(upper if len(upper) == len(text) else text.upper())
        if len(passing) > 1 and any(s.scheme == "ru_passport" for s in passing):
            passing = [s for s in passing if s.scheme != "ru_passport"]  # any checked scheme says more
        best = max(passing, key=lambda s: s.strength)
        strength = best.strength
        if _SSN_FORMATTED.fullmatch(text) and any(s.scheme == "us_ssn" for s in passing):
            # the dashed SSN shape with a valid area/group/serial: the format names the scheme
            best = next(s for s in passing if s.scheme == "us_ssn")
            passing = [best]
            strength = 0.65
        elif best.scheme in _FORMATTED or any(s.scheme in _FORMATTED for s in passing):
            for s in passing:
                rx = _FORMATTED.get(s.scheme)
                if rx is not None and rx.fullmatch(text):
                    best, passing, strength = s, [s], 0.85
                    break
        elif _GROUPS_OF_4.fullmatch(text) and strength < 0.6:
            strength = 0.6
        elif best.scheme == "ru_passport" and _RU_PASSPORT.fullmatch(text):
            strength = 0.2
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
