"""Checksum-valid identifiers: national ids of people, IMEIs, payment cards, IBANs.

Where python-stdnum knows a number, a candidate body is drawn and its check digit(s) found by asking
stdnum's own ``is_valid`` (so every value is valid by the library's rule, not by a copy of it).
Numbers stdnum does not cover (Kazakh IIN, Iranian code melli, SNILS, Vietnamese CCCD, Egyptian
national id) follow their published rules here.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable, Iterable

from stdnum import iban, imei, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.id import nik
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn

DIGITS = string.digits
UPPER = string.ascii_uppercase


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def birth(rng: random.Random) -> dt.date:
    """A birth date between 1940 and 2006 (fixed range: no dependence on today)."""
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 66))


def complete(body: str, valid: Callable[[str], bool], tails: Iterable[str] = DIGITS) -> str | None:
    """``body + tail`` for the first tail the validator accepts."""
    for t in tails:
        if valid(body + t):
            return body + t
    return None


def retry(rng: random.Random, make: Callable[[random.Random], str | None], tries: int = 200) -> str:
    for _ in range(tries):
        v = make(rng)
        if v:
            return v
    raise RuntimeError(f"no valid identifier after {tries} draws")


TWO = [f"{i:02d}" for i in range(100)]


def us_ssn(rng: random.Random) -> str:
    v = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return v if ssn.is_valid(v) else us_ssn(rng)


CN_AREAS = ("110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "420111", "610113")


def cn_ric(rng: random.Random) -> str:
    b = birth(rng)
    body = rng.choice(CN_AREAS) + b.strftime("%Y%m%d") + digits(rng, 3)
    return body + ric.calc_check_digit(body)


def ru_inn(rng: random.Random) -> str:
    return retry(rng, lambda r: complete(rng.choice(("77", "50", "78", "16")) + digits(r, 8), inn.is_valid, TWO))


def ru_snils(rng: random.Random) -> str:
    body = digits(rng, 9)
    s = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True))
    check = s if s < 100 else (0 if s in (100, 101) else s % 101 % 100)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def kz_iin(rng: random.Random) -> str:
    def make(r: random.Random) -> str | None:
        b = birth(r)
        cent = (3 if b.year < 2000 else 5) + r.randint(0, 1)
        body = b.strftime("%y%m%d") + str(cent) + digits(r, 4)
        w1 = list(range(1, 12))
        c = sum(int(d) * w for d, w in zip(body, w1, strict=True)) % 11
        if c == 10:
            w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            c = sum(int(d) * w for d, w in zip(body, w2, strict=True)) % 11
            if c == 10:
                return None
        return body + str(c)

    return retry(rng, make)


def ua_rntrc(rng: random.Random) -> str:
    return retry(rng, lambda r: complete(digits(r, 9), rntrc.is_valid))


def tr_tckimlik(rng: random.Random) -> str:
    return retry(rng, lambda r: complete(str(r.randint(1, 9)) + digits(r, 8), tckimlik.is_valid, TWO))


def eg_nid(rng: random.Random) -> str:
    b = birth(rng)
    cent = "2" if b.year < 2000 else "3"
    return cent + b.strftime("%y%m%d") + rng.choice(("01", "02", "21", "88")) + digits(rng, 4) + str(rng.randint(1, 9))


def ir_melli(rng: random.Random) -> str:
    body = digits(rng, 9)
    r = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    c = r if r < 2 else 11 - r
    return body + str(c)


def in_aadhaar(rng: random.Random) -> str:
    v = retry(rng, lambda r: complete(str(r.randint(2, 9)) + digits(r, 10), aadhaar.is_valid))
    return aadhaar.format(v)


def in_pan(rng: random.Random) -> str:
    v = "".join(rng.choice(UPPER) for _ in range(3)) + "P" + rng.choice(UPPER) + digits(rng, 4) + rng.choice(UPPER)
    return v if pan.is_valid(v) else in_pan(rng)


ID_PLACES = ("317101", "327301", "357801", "337401", "127101", "517101", "737101")


def id_nik(rng: random.Random) -> str:
    def make(r: random.Random) -> str | None:
        b = birth(r)
        day = b.day + (40 if r.random() < 0.5 else 0)
        v = r.choice(ID_PLACES) + f"{day:02d}{b:%m%y}" + f"{r.randint(1, 9999):04d}"
        return v if nik.is_valid(v) else None

    return retry(rng, make)


def my_nric(rng: random.Random) -> str:
    def make(r: random.Random) -> str | None:
        b = birth(r)
        v = f"{b:%y%m%d}-{r.choice(('01', '10', '14', '08', '12'))}-{digits(r, 4)}"
        return v if nric.is_valid(v) else None

    return retry(rng, make)


VN_PROVINCES = ("001", "079", "031", "048", "092", "038", "026")


def vn_cccd(rng: random.Random) -> str:
    b = birth(rng)
    g = (0 if b.year < 2000 else 2) + rng.randint(0, 1)
    return rng.choice(VN_PROVINCES) + str(g) + b.strftime("%y") + digits(rng, 6)


def es_dni(rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + dni.calc_check_digit(body)


CURP_STATES = ("DF", "JC", "NL", "MC", "PL", "VZ", "GT", "YN")
CONS = "BCDFGHJKLMNPQRSTVWXZ"


def mx_curp(rng: random.Random) -> str:
    def make(r: random.Random) -> str | None:
        b = birth(r)
        head = r.choice(CONS) + r.choice("AEIOU") + r.choice(CONS) + r.choice(CONS)
        body = head + b.strftime("%y%m%d") + r.choice("HM") + r.choice(CURP_STATES)
        body += "".join(r.choice(CONS) for _ in range(3)) + ("0" if b.year < 2000 else "A")
        return complete(body, curp.is_valid)

    return retry(rng, make)


def br_cpf(rng: random.Random) -> str:
    v = retry(rng, lambda r: complete(digits(r, 9), cpf.is_valid, TWO))
    return cpf.format(v)


def fr_nir(rng: random.Random) -> str:
    b = birth(rng)
    body = str(rng.randint(1, 2)) + b.strftime("%y%m") + rng.choice(("75", "69", "13", "33", "59")) + digits(rng, 6)
    return nir.format(body + nir.calc_check_digits(body))


def de_idnr(rng: random.Random) -> str:
    return retry(rng, lambda r: complete(str(r.randint(1, 9)) + digits(r, 9), idnr.is_valid))


IT_PLACES = ("H501", "F205", "L219", "G273", "A944", "D612")


def it_cf(rng: random.Random) -> str:
    b = birth(rng)
    day = b.day + (40 if rng.random() < 0.5 else 0)
    body = "".join(rng.choice(CONS) for _ in range(6)) + b.strftime("%y") + "ABCDEHLMPRST"[b.month - 1]
    body += f"{day:02d}" + rng.choice(IT_PLACES)
    return body + codicefiscale.calc_check_digit(body)


def nl_bsn(rng: random.Random) -> str:
    return retry(rng, lambda r: complete(str(r.randint(1, 6)) + digits(r, 7), bsn.is_valid))


def pl_pesel(rng: random.Random) -> str:
    b = birth(rng)
    month = b.month + (20 if b.year >= 2000 else 0)
    body = f"{b:%y}{month:02d}{b:%d}" + digits(rng, 4)
    return body + pesel.calc_check_digit(body)


def jp_mynumber(rng: random.Random) -> str:
    body = digits(rng, 11)
    return mynumber.format(body + mynumber.calc_check_digit(body))


def kr_rrn(rng: random.Random) -> str:
    def make(r: random.Random) -> str | None:
        b = birth(r)
        g = (1 if b.year < 2000 else 3) + r.randint(0, 1)
        body = b.strftime("%y%m%d") + str(g) + f"{r.randint(0, 96):02d}" + digits(r, 3)
        v = complete(body, rrn.is_valid)
        return rrn.format(v) if v else None

    return retry(rng, make)


NATIONAL_IDS: dict[str, Callable[[random.Random], str]] = {
    "us_ssn": us_ssn, "cn_ric": cn_ric, "ru_inn": ru_inn, "ru_snils": ru_snils, "kz_iin": kz_iin,
    "ua_rntrc": ua_rntrc, "tr_tckimlik": tr_tckimlik, "eg_nid": eg_nid, "ir_melli": ir_melli,
    "in_aadhaar": in_aadhaar, "in_pan": in_pan, "id_nik": id_nik, "my_nric": my_nric, "vn_cccd": vn_cccd,
    "es_dni": es_dni, "mx_curp": mx_curp, "br_cpf": br_cpf, "fr_nir": fr_nir, "de_idnr": de_idnr,
    "it_cf": it_cf, "nl_bsn": nl_bsn, "pl_pesel": pl_pesel, "jp_mynumber": jp_mynumber, "kr_rrn": kr_rrn,
}

TACS = ("35332509", "35875305", "86891503", "35391110", "01332700", "35407115", "86769204")


def imei_number(rng: random.Random) -> str:
    body = rng.choice(TACS) + digits(rng, 6)
    v = body + luhn.calc_check_digit(body)
    assert imei.is_valid(v)
    return v


CARD_PREFIXES = (("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
                 ("62", 16), ("35", 16), ("9792", 16), ("4", 13))


def card_number(rng: random.Random) -> str:
    prefix, n = rng.choice(CARD_PREFIXES)
    body = prefix + digits(rng, n - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


# BBAN lengths with an all-digit layout (letters where the country's layout needs them)
BBAN = {"GB": "AAAA" + "9" * 14, "IE": "AAAA" + "9" * 14, "DE": "9" * 18, "RU": "9" * 29, "KZ": "9" * 16,
        "UA": "9" * 25, "TR": "9" * 5 + "0" + "9" * 16, "SA": "9" * 20, "AE": "9" * 19, "JO": "AAAA" + "9" * 22,
        "EG": "9" * 25, "IR": "9" * 22, "NL": "AAAA" + "9" * 10, "FR": "9" * 23, "BE": "9" * 12, "ES": "9" * 20,
        "BR": "9" * 23 + "A9", "PT": "9" * 21, "AT": "9" * 16, "IT": "A" + "9" * 22, "PL": "9" * 24}


def iban_number(rng: random.Random, country: str) -> str:
    layout = BBAN[country]

    def make(r: random.Random) -> str | None:
        bban = "".join(r.choice(UPPER) if c == "A" else r.choice(DIGITS) for c in layout)
        v = country + iban.calc_check_digits(country + "00" + bban) + bban
        # stdnum has no layout for Iran: the mod-97 check digits alone make it valid there
        return v if country == "IR" or iban.is_valid(v) else None

    return retry(rng, make, 5000)
