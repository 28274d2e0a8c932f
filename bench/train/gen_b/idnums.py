"""National identifiers of many countries with valid check digits (python-stdnum validates each one).

Each generator builds the number's fixed parts (often a birth date), then tries the check
characters until ``stdnum``'s ``is_valid`` accepts the whole: the check algorithm is stdnum's, not
a copy of it. Values are random, never a real person's.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from datetime import date
from typing import Any

DIG = "0123456789"


def _d(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(DIG) for _ in range(n))
    return (rng.choice("123456789") + s[1:]) if first_nonzero and n else s


def _brute(rng: random.Random, mod: Any, head: str, alphabet: str, k: int, tail: str = "") -> str | None:
    """``head`` + k characters of ``alphabet`` (+ ``tail``) that the module accepts, or None."""
    if k == 0:
        return head + tail if mod.is_valid(head + tail) else None
    combos = [""]
    for _ in range(k):
        combos = [c + a for c in combos for a in alphabet]
    rng.shuffle(combos)
    for c in combos:
        if mod.is_valid(head + c + tail):
            return head + c + tail
    return None


def _idnr_head(rng: random.Random) -> str:
    """German tax id's first ten digits: one digit twice, eight others once, no leading zero."""
    digits = rng.sample(DIG, 9)
    digits.append(rng.choice(digits))
    rng.shuffle(digits)
    while digits[0] == "0":
        rng.shuffle(digits)
    return "".join(digits)


# country code -> (stdnum module, builder(rng, birth date) -> (head, alphabet, k, tail), display formatter)
Spec = tuple[str, Callable[[random.Random, date], tuple[str, str, int, str]], Callable[[str], str]]


def _plain(s: str) -> str:
    return s


SPECS: dict[str, Spec] = {
    "us": (
        "us.ssn",
        lambda r, b: (f"{r.randrange(1, 665):03d}{r.randrange(1, 99):02d}{r.randrange(1, 9999):04d}", "", 0, ""),
        lambda s: f"{s[:3]}-{s[3:5]}-{s[5:]}",
    ),
    "br": ("br.cpf", lambda r, b: (_d(r, 9), DIG, 2, ""), lambda s: f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"),
    "es": ("es.dni", lambda r, b: (_d(r, 8), "TRWAGMYFPDXBNJZSQVHLCKE", 1, ""), _plain),
    "fr": (
        "fr.nir",
        lambda r, b: (f"{r.choice('12')}{b:%y%m}{r.randrange(1, 95):02d}{_d(r, 6)}", DIG, 2, ""),
        lambda s: f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}",
    ),
    "de": ("de.idnr", lambda r, b: (_idnr_head(r), DIG, 1, ""), _plain),
    "nl": ("nl.bsn", lambda r, b: (_d(r, 8, True), DIG, 1, ""), _plain),
    "pl": (
        "pl.pesel",
        lambda r, b: (f"{b:%y}{b.month + (20 if b.year >= 2000 else 0):02d}{b:%d}{_d(r, 4)}", DIG, 1, ""),
        _plain,
    ),
    "tr": ("tr.tckimlik", lambda r, b: (_d(r, 9, True), DIG, 2, ""), _plain),
    "cn": (
        "cn.ric",
        lambda r, b: (
            f"{r.choice(['110101', '310104', '440305', '510107', '330106'])}{b:%Y%m%d}{_d(r, 3)}",
            DIG + "X",
            1,
            "",
        ),
        _plain,
    ),
    "kr": (
        "kr.rrn",
        lambda r, b: (f"{b:%y%m%d}{r.choice('12' if b.year < 2000 else '34')}{_d(r, 5)}", DIG, 1, ""),
        lambda s: f"{s[:6]}-{s[6:]}",
    ),
    "in": (
        "in_.aadhaar",
        lambda r, b: (r.choice("23456789") + _d(r, 10), DIG, 1, ""),
        lambda s: f"{s[:4]} {s[4:8]} {s[8:]}",
    ),
    "se": ("se.personnummer", lambda r, b: (f"{b:%y%m%d}-{_d(r, 3)}", DIG, 1, ""), _plain),
    "fi": (
        "fi.hetu",
        lambda r, b: (
            f"{b:%d%m%y}{'-' if b.year < 2000 else 'A'}{r.randrange(2, 899):03d}",
            "0123456789ABCDEFHJKLMNPRSTUVWXY",
            1,
            "",
        ),
        _plain,
    ),
    "no": ("no.fodselsnummer", lambda r, b: (f"{b:%d%m%y}{_d(r, 3)}", DIG, 2, ""), _plain),
    "za": ("za.idnr", lambda r, b: (f"{b:%y%m%d}{_d(r, 4)}08", DIG, 1, ""), _plain),
    "il": ("il.idnr", lambda r, b: (_d(r, 8, True), DIG, 1, ""), _plain),
    "ca": ("ca.sin", lambda r, b: (r.choice("1234567") + _d(r, 7), DIG, 1, ""), lambda s: f"{s[:3]} {s[3:6]} {s[6:]}"),
    "ro": (
        "ro.cnp",
        lambda r, b: (
            f"{r.choice('12' if b.year < 2000 else '56')}{b:%y%m%d}{r.randrange(1, 46):02d}{_d(r, 3)}",
            DIG,
            1,
            "",
        ),
        _plain,
    ),
    "ru": ("ru.inn", lambda r, b: (f"77{_d(r, 8)}", DIG, 2, ""), _plain),
    "id": (
        "id.nik",
        lambda r, b: (f"3171{_d(r, 2)}{b.day + r.choice((0, 40)):02d}{b:%m%y}{r.randrange(1, 9999):04d}", "", 0, ""),
        _plain,
    ),
    "cl": (
        "cl.rut",
        lambda r, b: (str(r.randrange(5_000_000, 25_000_000)), DIG + "K", 1, ""),
        lambda s: f"{s[:-1]}-{s[-1]}",
    ),
    "gr": ("gr.amka", lambda r, b: (f"{b:%d%m%y}{_d(r, 4)}", DIG, 1, ""), _plain),
    "hr": ("hr.oib", lambda r, b: (_d(r, 10, True), DIG, 1, ""), _plain),
    "jp": ("jp.in_", lambda r, b: (_d(r, 11, True), DIG, 1, ""), lambda s: f"{s[:4]} {s[4:8]} {s[8:]}"),
    "ua": ("ua.rntrc", lambda r, b: (_d(r, 9, True), DIG, 1, ""), _plain),
    "pt": ("pt.nif", lambda r, b: (r.choice("123") + _d(r, 7), DIG, 1, ""), _plain),
    "be": (
        "be.nn",
        lambda r, b: (f"{b:%y%m%d}{r.randrange(1, 998):03d}", DIG, 2, ""),
        lambda s: f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}",
    ),
    "ee": (
        "ee.ik",
        lambda r, b: (f"{r.choice('34' if b.year < 2000 else '56')}{b:%y%m%d}{_d(r, 3)}", DIG, 1, ""),
        _plain,
    ),
    "bg": (
        "bg.egn",
        lambda r, b: (f"{b:%y}{b.month + (40 if b.year >= 2000 else 0):02d}{b:%d}{_d(r, 3)}", DIG, 1, ""),
        _plain,
    ),
    "my": ("my.nric", lambda r, b: (f"{b:%y%m%d}14{_d(r, 4)}", "", 0, ""), lambda s: f"{s[:6]}-{s[6:8]}-{s[8:]}"),
    "th": ("th.pin", lambda r, b: (r.choice("12345678") + _d(r, 11), DIG, 1, ""), _plain),
    "mx": (
        "mx.curp",
        lambda r, b: (
            "".join(r.choice("BCDFGLMPRSTV") for _ in range(1))
            + r.choice("AEIOU")
            + "".join(r.choice("BCDFGLMPRSTVAEIOU") for _ in range(2))
            + f"{b:%y%m%d}{r.choice('HM')}DF"
            + "".join(r.choice("BCDFGLMNPRST") for _ in range(3))
            + ("0" if b.year < 2000 else "A"),
            DIG,
            1,
            "",
        ),
        _plain,
    ),
}

_MODS: dict[str, Any] = {}


def national_id(rng: random.Random, country: str, born: date) -> str | None:
    """A valid identifier of ``country`` for someone born on ``born`` (display form), or None."""
    path, build, fmt = SPECS[country]
    mod = _MODS.get(path) or importlib.import_module(f"stdnum.{path}")
    _MODS[path] = mod
    for _ in range(6):
        head, alphabet, k, tail = build(rng, born)
        got = _brute(rng, mod, head, alphabet, k, tail)
        if got is not None:
            return fmt(got)
    return None


def iban(rng: random.Random, country: str) -> str | None:
    """An IBAN of ``country`` whose BBAN passes stdnum's national check too, or None."""
    from stdnum import iban as std_iban

    lengths = {
        "DE": 18,
        "FR": 23,
        "ES": 20,
        "IT": 23,
        "NL": 14,
        "BE": 12,
        "AT": 16,
        "PL": 24,
        "PT": 21,
        "TR": 22,
        "SA": 20,
        "AE": 19,
        "KZ": 16,
        "UA": 25,
        "GB": 18,
        "IE": 18,
        "CH": 17,
        "SE": 20,
        "NO": 11,
        "DK": 14,
        "FI": 14,
        "CZ": 20,
        "RO": 20,
        "GR": 23,
        "HU": 24,
        "BR": 25,
        "EG": 25,
    }
    n = lengths.get(country)
    if n is None:
        return None
    for _ in range(40):
        if country in ("GB", "IE"):
            bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _d(rng, n - 4)
        elif country == "NL":
            bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _d(rng, n - 4)
        elif country in ("FR", "IT"):
            bban = (rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if country == "IT" else "") + _d(
                rng, n - (1 if country == "IT" else 0)
            )
        elif country == "KZ":
            bban = _d(rng, 3) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(13))
        elif country == "BR":
            bban = _d(rng, 23) + rng.choice("CDEFGHIJKLMNOPQRSTUVWXYZ") + rng.choice("0123456789ABCDEF")
        else:
            bban = _d(rng, n)
        check = std_iban.calc_check_digits(f"{country}00{bban}")
        cand = f"{country}{check}{bban}"
        if std_iban.is_valid(cand):
            return cand
    return None
