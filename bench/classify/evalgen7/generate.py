#!/usr/bin/env python3
# ruff: noqa: E501 -- data tables: one template, word list or format per line
"""evalgen7: a seventh generated multilingual export set for issue 10 (written blind; see README.md).

    python bench/classify/evalgen7/generate.py --out DIR [--seed N]

Writes one file per table into DIR (CSV, TSV, JSON arrays, JSON Lines, mongoexport Extended JSON in
relaxed and canonical modes, elasticdump lines, JSON objects of arrays) and DIR/labels.csv
(file_id, path, category, note). Deterministic: same seed, same bytes; no value depends on today.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import math
import os
import random
import struct
import subprocess
import sys
import unicodedata
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

if os.environ.get("PYTHONHASHSEED") != "0":  # Faker and set iteration must not vary between runs
    sys.exit(subprocess.run([sys.executable, *sys.argv], env={**os.environ, "PYTHONHASHSEED": "0"}).returncode)

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ids  # noqa: E402
import vocab as vb  # noqa: E402
from faker import Faker  # noqa: E402

SEED = 1796549342  # `date +%s` when the set was started (2026-12-06)
REF = datetime(2026, 1, 1, tzinfo=UTC)  # fixed "now": no value depends on today's date
NONE = "none"

# ---------------------------------------------------------------- values with a representation per format


class D:
    """A date or timestamp; ``typed`` ones become ``$date`` in mongoexport files."""

    def __init__(self, dt: datetime, fmt: str, typed: bool) -> None:
        self.dt, self.fmt, self.typed = dt, fmt, typed

    def text(self) -> str:
        dt, f = self.dt, self.fmt
        if f == "jalali":
            y, m, d = jalali(dt.date())
            return f"{y}/{m:02d}/{d:02d}"
        if f == "wareki":
            return wareki(dt.date())
        if f == "epoch_ms":
            return str(int(dt.timestamp() * 1000))
        if f == "epoch_s":
            return str(int(dt.timestamp()))
        if f == "isoz":
            return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
        if f == "cjk":
            return f"{dt.year}年{dt.month}月{dt.day}日"
        return dt.strftime(f)


class Long(int):
    pass


class Dec(str):
    pass


class Bin:
    def __init__(self, data: bytes, sub: str = "00") -> None:
        self.data, self.sub = data, sub


class Oid(str):
    pass


def jalali(g: date) -> tuple[int, int, int]:
    gy, gm, gd = g.year, g.month, g.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    jm = 1 + days // 31 if days < 186 else 7 + (days - 186) // 30
    jd = 1 + (days % 31 if days < 186 else (days - 186) % 30)
    return jy, jm, jd


def wareki(d: date) -> str:
    if d >= date(2019, 5, 1):
        era, y = "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, y = "H", d.year - 1988
    else:
        era, y = "S", d.year - 1925
    return f"{era}{y}.{d.month:02d}.{d.day:02d}"


def ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


def render(v: Any, mode: str, col: Any = None) -> Any:
    """``mode``: csv, json, relaxed (mongoexport default) or canonical (mongoexport --jsonFormat=canonical)."""
    if v is None:
        return "" if mode == "csv" else None
    if isinstance(v, D):
        if mode in ("relaxed", "canonical") and v.typed:
            m = ms(v.dt)
            if mode == "relaxed" and 1970 <= v.dt.year <= 9999:
                return {"$date": D(v.dt, "isoz", True).text()}
            return {"$date": {"$numberLong": str(m)}}
        return v.text()
    if isinstance(v, Oid):
        return {"$oid": str(v)} if mode in ("relaxed", "canonical") else str(v)
    if isinstance(v, Bin):
        b64 = base64.b64encode(v.data).decode()
        return {"$binary": {"base64": b64, "subType": v.sub}} if mode in ("relaxed", "canonical") else b64
    if isinstance(v, Dec):
        if mode in ("relaxed", "canonical"):
            return {"$numberDecimal": str(v)}
        return str(v) if mode == "csv" else float(v)
    if isinstance(v, bool):
        return ("true" if v else "false") if mode == "csv" else v
    if isinstance(v, Long):
        if mode == "canonical":
            return {"$numberLong": str(int(v))}
        return str(int(v)) if mode == "csv" else int(v)
    if isinstance(v, int):
        if mode == "canonical":
            return {"$numberInt": str(v)} if -2**31 <= v < 2**31 else {"$numberLong": str(v)}
        return str(v) if mode == "csv" else v
    if isinstance(v, float):
        if mode == "canonical":
            return {"$numberDouble": repr(v)}
        return repr(v) if mode == "csv" else v
    if isinstance(v, list):
        if mode == "csv":
            if v and all(isinstance(x, float) for x in v):
                return json.dumps(v)
            return (col.joiner if col is not None else ";").join(str(render(x, "csv")) for x in v)
        return [render(x, mode) for x in v]
    if isinstance(v, dict):
        if mode == "csv":
            return json.dumps({k: render(x, "json") for k, x in v.items()}, ensure_ascii=False)
        return {k: render(x, mode) for k, x in v.items()}
    return v


# ---------------------------------------------------------------- one synthetic person per row

FAKER_LOCALE = {"kk_KZ": "ru_RU", "ms_MY": "id_ID", "ar_EG": "ar_SA", "ar_AE": "ar_SA", "fr_BE": "fr_FR"}
_FAKERS: dict[str, Faker] = {}


def faker(loc: str) -> Faker:
    loc = FAKER_LOCALE.get(loc, loc)
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


ANCHOR = {"US": (39, -98, 8), "GB": (52.5, -1.5, 2), "IN": (22, 79, 6), "NG": (9, 8, 3), "CN": (32, 112, 7), "RU": (55.7, 37.6, 3),
          "KZ": (48, 68, 5), "UA": (49, 31, 3), "TR": (39, 34, 3), "SA": (24, 45, 4), "EG": (28, 31, 3), "AE": (24.4, 54.5, 1),
          "IR": (32, 53, 4), "ID": (-3, 115, 8), "MY": (3.5, 102, 2), "VN": (16, 106.5, 4), "ES": (40, -3.7, 3), "MX": (21, -101, 5),
          "AR": (-34, -62, 5), "CO": (4.6, -74, 3), "BR": (-15, -48, 8), "PT": (39.5, -8, 1.5), "FR": (46.5, 2.5, 3),
          "BE": (50.6, 4.5, 0.7), "DE": (51, 10, 2.5), "AT": (47.5, 14, 1.5), "IT": (42.5, 12.5, 3), "NL": (52.2, 5.3, 0.8),
          "PL": (52, 19, 2.5), "JP": (36, 138, 4), "KR": (36.5, 127.8, 1.5), "AU": (-27, 135, 10)}
PHONE = {"US": ("1", ["201", "305", "415", "512", "646", "718", "919"], 7), "GB": ("44", ["74", "77", "78", "79"], 8),
         "IN": ("91", ["98", "97", "70", "88", "63"], 8), "NG": ("234", ["803", "806", "813", "703", "905"], 7),
         "CN": ("86", ["138", "139", "150", "186", "177", "199"], 8), "RU": ("7", ["916", "903", "926", "985", "911"], 7),
         "KZ": ("7", ["701", "705", "707", "747", "777"], 7), "UA": ("380", ["50", "67", "63", "93", "97"], 7),
         "TR": ("90", ["532", "542", "555", "505", "544"], 7), "SA": ("966", ["50", "53", "55", "56", "59"], 7),
         "EG": ("20", ["10", "11", "12", "15"], 8), "AE": ("971", ["50", "52", "55", "56"], 7), "IR": ("98", ["912", "935", "901", "921"], 7),
         "ID": ("62", ["812", "813", "821", "852", "877"], 8), "MY": ("60", ["12", "13", "16", "17", "19"], 7),
         "VN": ("84", ["90", "91", "93", "98", "32", "70"], 7), "ES": ("34", ["6", "7"], 8), "MX": ("52", ["55", "33", "81"], 8),
         "AR": ("54", ["911", "9351", "9341"], 7), "CO": ("57", ["300", "310", "315", "320"], 7), "BR": ("55", ["119", "219", "319", "619"], 8),
         "PT": ("351", ["91", "92", "93", "96"], 7), "FR": ("33", ["6", "7"], 8), "BE": ("32", ["47", "48", "49"], 7),
         "DE": ("49", ["151", "160", "170", "176", "157"], 8), "AT": ("43", ["664", "676", "699"], 7), "IT": ("39", ["3"], 9),
         "NL": ("31", ["6"], 8), "PL": ("48", ["5", "6", "7", "8"], 8), "JP": ("81", ["90", "80", "70"], 8), "KR": ("82", ["10"], 8),
         "AU": ("61", ["4"], 8)}


class Person:
    """Everything one row may tell about one person, drawn lazily from the table's random source."""

    def __init__(self, t: Table) -> None:
        self.t = t
        r = t.rng
        self.female = r.random() < 0.5
        age_days = r.randint(17 * 365, 88 * 365)
        self.dob = (REF - timedelta(days=age_days)).date()
        self._c: dict[str, Any] = {}

    def _get(self, key: str, fn: Callable[[], Any]) -> Any:
        if key not in self._c:
            self._c[key] = fn()
        return self._c[key]

    @property
    def first(self) -> str:
        return self._get("first", self._first)

    def _first(self) -> str:
        t, f, r = self.t, self.t.fake, self.t.rng
        if t.vlang == "kk":
            return r.choice(vb.KK_FIRST[self.female])
        if t.vlang == "ms":
            return r.choice(vb.MS_FIRST[self.female])
        if t.vlang == "vi":
            return r.choice(vb.VI_FIRST[self.female])
        return f.first_name_female() if self.female else f.first_name_male()

    @property
    def last(self) -> str:
        return self._get("last", self._last)

    def _last(self) -> str:
        t, f, r = self.t, self.t.fake, self.t.rng
        if t.vlang == "kk":
            s = r.choice(vb.KK_LAST)
            return s + "а" if self.female and s.endswith(("ов", "ев")) else s
        if t.vlang == "ms":
            return ("binti " if self.female else "bin ") + r.choice(vb.MS_FATHER)
        if t.vlang == "vi":
            return r.choice(vb.VI_LAST)
        if t.vlang in ("ru", "uk"):
            try:
                return f.last_name_female() if self.female else f.last_name_male()
            except AttributeError:
                return f.last_name()
        return f.last_name()

    @property
    def middle(self) -> str:
        return self._get("middle", self._middle)

    def _middle(self) -> str:
        t, f, r = self.t, self.t.fake, self.t.rng
        if t.vlang == "kk":
            return r.choice(vb.KK_FIRST[0]) + ("қызы" if self.female else "ұлы")
        if t.vlang == "vi":
            return r.choice(vb.VI_MID[self.female])
        if hasattr(f, "middle_name_female"):
            return f.middle_name_female() if self.female else f.middle_name_male()
        return f.first_name_female() if self.female else f.first_name_male()

    @property
    def full(self) -> str:
        return self._get("full", self._full)

    def _full(self) -> str:
        v, r = self.t.vlang, self.t.rng
        if v == "ms":
            return r.choice(vb.MS_OTHER) if r.random() < 0.25 else f"{self.first} {self.last}"
        if v in ("zh", "ko"):
            return self.last + self.first
        if v == "ja":
            return f"{self.last} {self.first}"
        if v in ("ru", "uk", "kk"):
            return f"{self.last} {self.first} {self.middle}" if r.random() < 0.7 else f"{self.first} {self.last}"
        if v == "vi":
            return f"{self.last} {self.middle} {self.first}"
        if v in ("es", "pt") and r.random() < 0.5:
            return f"{self.first} {self.last} {self.t.fake.last_name()}"
        return f"{self.first} {self.last}"

    @property
    def latin(self) -> str:
        """The name as a Latin-script export would write it."""
        v = self.t.vlang
        if v in ("ru", "uk", "kk"):
            return vb.translit(self.full)
        if v in ("zh", "ja"):
            return self._get("roman", self.t.fake.romanized_name)
        if v in vb.ROMAN:
            r = self.t.rng
            return f"{r.choice(vb.ROMAN[v]).capitalize()} {r.choice(vb.ROMAN[v]).capitalize()}"
        return self.full

    @property
    def email(self) -> str:
        return self._get("email", self._email)

    def _email(self) -> str:
        r = self.t.rng
        base = self.latin if self.t.vlang not in ("ms",) else f"{self.first} {self.last}"
        asc = "".join(c for c in unicodedata.normalize("NFKD", base.lower()) if c.isascii() and (c.isalnum() or c == " "))
        parts = asc.split() or [r.choice(vb.ROMAN["zh"])]
        local = r.choice([".".join(parts[:2]), parts[0][0] + parts[-1], "_".join(parts[::-1][:2]), parts[-1] + str(r.randint(1, 99)),
                          parts[0] + str(self.dob.year)])
        dom = r.choice([self.t.fake.free_email_domain(), self.t.fake.free_email_domain(), self.t.mail_domain])
        return f"{local}@{dom}"

    @property
    def nid(self) -> str:
        return self._get("nid", lambda: ids.nid(self.t.rng, self.t.cc, self.first, self.last, self.dob, self.female))

    @property
    def city(self) -> str:
        return self._get("city", lambda: safe(self.t.fake, "city"))


def safe(f: Faker, meth: str) -> str:
    try:
        return str(getattr(f, meth)())
    except AttributeError:
        return str(getattr(faker("en_US"), meth)())


# ---------------------------------------------------------------- kinds of column: category + value maker

K: dict[str, tuple[str, Callable[[Table], Callable[[Person], Any]]]] = {}


def kind(name: str, cat: str) -> Callable[[Callable[[Table], Callable[[Person], Any]]], Any]:
    def deco(fn: Callable[[Table], Callable[[Person], Any]]) -> Any:
        K[name] = (cat, fn)
        return fn
    return deco


def simple(name: str, cat: str, fn: Callable[[Table, Person], Any]) -> None:
    K[name] = (cat, lambda t: lambda p: fn(t, p))


# names
@kind("name", "person.name")
def _k_name(t: Table) -> Callable[[Person], Any]:
    style = t.rng.choice(["plain"] * 5 + ["upper", "lastfirst"] + (["latin"] * 3 if t.tag.endswith(("lat", "py")) else []))
    def f(p: Person) -> str:
        if style == "upper":
            return p.full.upper()
        if style == "lastfirst" and t.vlang not in ("zh", "ko", "ja", "vi", "ms"):
            return f"{p.last.upper()}, {p.first}"
        if style == "latin":
            return p.latin
        return p.full
    return f


simple("first", "person.name", lambda t, p: p.first)
simple("last", "person.name", lambda t, p: p.last)
simple("middle", "person.name", lambda t, p: p.middle)
simple("name_lat", "person.name", lambda t, p: p.latin)
simple("kana", "person.name", lambda t, p: t.fake.kana_name() if hasattr(t.fake, "kana_name") else p.full)


# national ids
@kind("nid", "person.national_id")
def _k_nid(t: Table) -> Callable[[Person], Any]:
    asfloat = t.fmt in ("csv", "tsv") and t.rng.random() < 0.2
    def f(p: Person) -> Any:
        s = p.nid
        return repr(float(s)) if asfloat and s.isdigit() and len(s) <= 15 else s
    return f


simple("passport", "person.national_id", lambda t, p: ids.passport(t.rng, t.cc))
simple("dl", "person.national_id", lambda t, p: ids.driving_licence(t.rng, t.cc, vb.translit(p.last), p.dob))
simple("taxid", "person.national_id", lambda t, p: ids.taxid(t.rng, t.cc, p.first, p.last, p.dob, p.female))

DATE_FMTS = {"en_US": ["%m/%d/%Y", "%Y-%m-%d"], "de": ["%d.%m.%Y"], "ru": ["%d.%m.%Y"], "kk": ["%d.%m.%Y"], "uk": ["%d.%m.%Y"],
             "pl": ["%d.%m.%Y", "%d-%m-%Y"], "tr": ["%d.%m.%Y", "%d/%m/%Y"], "nl": ["%d-%m-%Y"], "zh": ["cjk", "%Y%m%d", "%Y/%m/%d"],
             "ja": ["%Y/%m/%d", "wareki", "cjk"], "ko": ["%Y.%m.%d", "%Y%m%d"], "fa": ["jalali"] * 3, "en": ["%d/%m/%Y", "%d %b %Y"]}


def date_fmt(t: Table, typed_ok: bool = True) -> tuple[str, bool]:
    """(format, typed): typed dates are ISO / $date in JSON."""
    r = t.rng
    local = DATE_FMTS.get(t.loc, DATE_FMTS.get(t.vlang, ["%d/%m/%Y"]))
    if t.fmt.startswith("mongo") and typed_ok and r.random() < 0.7:
        return "%Y-%m-%d", True
    if t.fmt in ("json", "jsonl", "es", "db") and r.random() < 0.3:
        return r.choice(["%Y-%m-%d", "isoz"]), False
    return r.choice(local + ["%Y-%m-%d"]), False


@kind("dob", "person.birth_date")
def _k_dob(t: Table) -> Callable[[Person], Any]:
    fmt, typed = date_fmt(t)
    return lambda p: D(datetime(p.dob.year, p.dob.month, p.dob.day, tzinfo=UTC), fmt, typed)


@kind("byear", "person.birth_date")
def _k_byear(t: Table) -> Callable[[Person], Any]:
    as_str = t.rng.random() < 0.4
    return lambda p: str(p.dob.year) if as_str else p.dob.year


# phones
def e164(t: Table) -> tuple[str, str]:
    cc, pres, n = PHONE.get(t.cc, PHONE["US"])
    r = t.rng
    return cc, r.choice(pres) + ids.digits(r, n)


@kind("phone", "contact.phone")
def _k_phone(t: Table) -> Callable[[Person], Any]:
    style = t.rng.choice(["e164", "e164", "national", "faker", "faker", "00", "spaced", "digits", "float", "int"])
    if style in ("float", "int") and t.fmt in ("mongo_canonical",):
        style = "long"
    def f(p: Person) -> Any:
        cc, nat = e164(t)
        if style == "e164":
            return f"+{cc}{nat}"
        if style == "national":
            return "0" + nat if cc not in ("1", "7") else ("8" + nat if cc == "7" else nat)
        if style == "faker":
            return t.fake.phone_number()
        if style == "00":
            return f"00{cc} {nat}"
        if style == "spaced":
            return f"+{cc} {nat[:3]} {nat[3:6]} {nat[6:]}"
        if style == "digits":
            return cc + nat
        if style == "float":
            return float(cc + nat) + (1e-3 if t.rng.random() < 0.05 else 0.0)
        if style == "long":
            return Long(int(cc + nat))
        return int(cc + nat)
    return f


@kind("phone_f", "contact.phone")
def _k_phone_f(t: Table) -> Callable[[Person], Any]:
    def f(p: Person) -> Any:
        cc, nat = e164(t)
        return repr(float(nat if t.rng.random() < 0.5 else cc + nat)) if t.fmt in ("csv", "tsv") else float(cc + nat)
    return f


@kind("phone_l", "contact.phone")
def _k_phone_l(t: Table) -> Callable[[Person], Any]:
    def f(p: Person) -> Any:
        out = []
        for _ in range(t.rng.choice([1, 1, 2, 3])):
            cc, nat = e164(t)
            out.append(f"+{cc}{nat}")
        return out
    return f


simple("email", "contact.email", lambda t, p: p.email)
simple("email_up", "contact.email", lambda t, p: p.email.upper() if t.rng.random() < 0.5 else p.email)


# addresses
def line2(t: Table) -> str:
    r = t.rng
    pat = r.choice(vb.LINE2.get(t.vlang, vb.LINE2["en"]))
    return pat.format(n=r.randint(1, 240), f=r.randint(1, 24), c=r.choice("ABCDEF"))


def street(t: Table) -> str:
    f = t.fake
    if t.vlang == "ar":
        return f"{t.rng.choice(['شارع', 'طريق', 'حي'])} {f.last_name()} {t.rng.randint(1, 400)}"
    if t.vlang == "kk":
        return f"{t.rng.choice(['Абай даңғылы', 'Төле би көшесі', 'Сәтбаев көшесі', 'Достық даңғылы', 'Жібек жолы'])}, {t.rng.randint(1, 300)}"
    return safe(f, "street_address")


def postcode(t: Table) -> str:
    r = t.rng
    if t.cc == "IR":
        return ids.digits(r, 10, True)
    if t.cc == "KZ":
        return f"{r.choice(['A', 'Z', 'T', 'X'])}{r.randint(10, 99)}{r.choice('ABCDEFGH')}{r.randint(1, 9)}{r.choice('ABCDEFGH')}{r.randint(1, 9)}"
    if t.cc == "GB":
        return f"{r.choice(['SW', 'N', 'E', 'M', 'B', 'LS', 'EH'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if t.cc == "NL":
        return f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
    return safe(t.fake, "postcode")


@kind("addr", "contact.address")
def _k_addr(t: Table) -> Callable[[Person], Any]:
    with_zip = t.rng.random() < 0.6
    return lambda p: f"{street(t)}, {postcode(t) + ' ' if with_zip else ''}{p.city}"


@kind("addr2l", "contact.address")
def _k_addr2l(t: Table) -> Callable[[Person], Any]:
    return lambda p: f"{street(t)}\n{postcode(t)} {p.city}"


simple("street", "contact.address", lambda t, p: street(t) if t.rng.random() < 0.5 or t.vlang in ("ar", "kk") else safe(t.fake, "street_name"))
simple("house", "contact.address", lambda t, p: t.rng.choice([str(t.rng.randint(1, 250)), f"{t.rng.randint(1, 90)}{t.rng.choice('abc')}", t.rng.randint(1, 199)]))
simple("line1", "contact.address", lambda t, p: street(t))
simple("line2", "contact.address", lambda t, p: line2(t))


@kind("zip", "contact.address")
def _k_zip(t: Table) -> Callable[[Person], Any]:
    as_int = t.rng.random() < 0.25 and t.cc in ("US", "DE", "FR", "ES", "IT", "ID", "MY", "MX", "SA", "TR", "VN", "KR", "IN", "RU", "UA")
    def f(p: Person) -> Any:
        z = postcode(t)
        return int(z) if as_int and z.isdigit() and not z.startswith("0") else z
    return f


# coordinates
def point(t: Table) -> tuple[float, float]:
    la, lo, s = ANCHOR.get(t.cc, (0, 0, 30))
    r = t.rng
    return max(-89.9, min(89.9, la + r.uniform(-s, s))), ((lo + r.uniform(-s, s) + 180) % 360) - 180


def rnd(t: Table, x: float, col_digits: int) -> float:
    v = round(x, col_digits)
    return v + 1e-14 * v if t.rng.random() < 0.05 else v


def _coord_kind(name: str, which: str) -> None:
    @kind(name, "location.coordinates")
    def _k(t: Table) -> Callable[[Person], Any]:
        nd = t.rng.choice([4, 5, 6, 7, 8])
        as_str = t.rng.random() < 0.25
        def f(p: Person) -> Any:
            pt = p._get("pt", lambda: point(t))
            la, lo = pt
            if which == "lat":
                v = rnd(t, la, nd)
            elif which == "lon":
                v = rnd(t, lo, nd)
            elif which == "latlon":
                return t.rng.choice([f"{la:.6f},{lo:.6f}"]) if nd % 2 else f"{la:.5f}, {lo:.5f}"
            elif which == "lonlat":
                return [round(lo, nd), round(la, nd)]
            elif which == "geo":
                return {"type": "Point", "coordinates": [round(lo, 6), round(la, 6)]}
            elif which == "wkt":
                return f"POINT({lo:.6f} {la:.6f})"
            elif which in ("dmslat", "dmslon"):
                x = la if which == "dmslat" else lo
                hemi = ("N" if x >= 0 else "S") if which == "dmslat" else ("E" if x >= 0 else "W")
                x = abs(x)
                d, m = int(x), (x - int(x)) * 60
                return f"{d}°{int(m):02d}'{(m - int(m)) * 60:05.2f}\"{hemi}"
            else:  # e7
                return int(round((la if which == "e7lat" else lo) * 1e7))
            return str(v) if as_str else v
        return f


for _n in ("lat", "lon", "latlon", "lonlat", "geo", "wkt", "dmslat", "dmslon", "e7lat", "e7lon"):
    _coord_kind(_n, _n)


# network
def ip4(r: random.Random, private: bool = False) -> str:
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    while True:
        a = r.randint(1, 223)
        if a not in (10, 127, 172, 192, 169, 100):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r: random.Random) -> str:
    g = [r.choice(["2001:db8", "2a02:a03f", "2400:cb00", "2607:f8b0", "fe80:"])] + [f"{r.randrange(65536):x}" for _ in range(4)]
    s = ":".join(g)
    return s.replace("fe80::", "fe80::") if "fe80:" in s else s


simple("ip4", "network.ip_address", lambda t, p: ip4(t.rng))
simple("ip4p", "network.ip_address", lambda t, p: ip4(t.rng, True))
simple("ip6", "network.ip_address", lambda t, p: ip6(t.rng))
simple("ipl", "network.ip_address", lambda t, p: [ip4(t.rng) for _ in range(t.rng.randint(1, 3))])
simple("ipx", "network.ip_address", lambda t, p: f"{ip4(t.rng)}, {ip4(t.rng, True)}")
simple("ipany", "network.ip_address", lambda t, p: ip6(t.rng) if t.rng.random() < 0.3 else ip4(t.rng))


# devices
@kind("imei", "device.identifier")
def _k_imei(t: Table) -> Callable[[Person], Any]:
    style = t.rng.choice(["plain", "plain", "plain", "dash", "slash", "int"])
    return lambda p: int(ids.imei(t.rng)) if style == "int" else ids.imei(t.rng, style)


@kind("mac", "device.identifier")
def _k_mac(t: Table) -> Callable[[Person], Any]:
    style = t.rng.choice(["colon", "colon", "upper", "dash", "dot"])
    return lambda p: ids.mac(t.rng, style)


def uuid4(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


simple("idfa", "device.identifier", lambda t, p: uuid4(t.rng).upper())
simple("gaid", "device.identifier", lambda t, p: uuid4(t.rng))
simple("andid", "device.identifier", lambda t, p: ids.hexs(t.rng, 16))
simple("devid", "device.identifier", lambda t, p: t.rng.choice([uuid4(t.rng).upper(), ids.hexs(t.rng, 16), ids.hexs(t.rng, 40)]))
simple("serial", "device.identifier", lambda t, p: t.rng.choice(
    ["C02" + "".join(t.rng.choice(ids.UP + ids.DIG) for _ in range(9)), "R58" + t.rng.choice("MNRT") + ids.digits(t.rng, 3) + "".join(t.rng.choice(ids.UP) for _ in range(4)),
     "F" + ids.digits(t.rng, 2) + "".join(t.rng.choice(ids.UP + ids.DIG) for _ in range(9)), "PF" + "".join(t.rng.choice(ids.UP + ids.DIG) for _ in range(6))]))
simple("pushtok", "device.identifier", lambda t, p: ids.urlsafe(t.rng, 16)[:22] + ":APA91b" + ids.urlsafe(t.rng, 105))
simple("apns", "device.identifier", lambda t, p: ids.hexs(t.rng, 64))
simple("eid", "device.identifier", lambda t, p: "89049032" + ids.digits(t.rng, 24))

# finance
simple("card", "financial.card_number", lambda t, p: ids.card(t.rng, t.card_style))
simple("card_sp", "financial.card_number", lambda t, p: ids.card(t.rng, "space"))
simple("iban", "financial.iban", lambda t, p: ids.iban(t.rng, t.cc, t.iban_spaced))
simple("iban_sp", "financial.iban", lambda t, p: ids.iban(t.rng, t.cc, True))
simple("acct", "financial.iban", lambda t, p: ids.bank_account(t.rng, t.cc))


# special categories
def by_lang(d: dict[str, list[str]], t: Table) -> list[str]:
    return d.get(t.loc, d.get(t.vlang, d["en"]))


@kind("eth", "special.ethnicity")
def _k_eth(t: Table) -> Callable[[Person], Any]:
    vals = by_lang(vb.ETH, t)
    return lambda p: t.rng.choice(vals)


@kind("race", "special.ethnicity")
def _k_race(t: Table) -> Callable[[Person], Any]:
    vals = t.rng.choice(vb.RACE_CODES)
    as_int = vals[0] == "1" and t.rng.random() < 0.5
    return lambda p: int(t.rng.choice(vals)) if as_int else t.rng.choice(vals)


simple("rel", "special.religion", lambda t, p: t.rng.choice(by_lang(vb.REL, t)))
simple("rel_code", "special.religion", lambda t, p: t.rng.choice(vb.REL_CODE[:6] if t.vlang == "de" else vb.REL_CODE[6:]))
simple("diag", "special.health", lambda t, p: t.rng.choice(by_lang(vb.DIAG, t)))
simple("icd", "special.health", lambda t, p: t.rng.choice(vb.ICD) if t.rng.random() < 0.8 else t.rng.sample(vb.ICD, 2))
simple("allergy", "special.health", lambda t, p: t.rng.choice(by_lang(vb.ALLERGY, t)))
simple("med", "special.health", lambda t, p: t.rng.choice(by_lang(vb.MED, t)))
simple("symp", "special.health", lambda t, p: t.rng.sample(by_lang(vb.SYMP, t), t.rng.randint(1, 2)))
simple("disab", "special.health", lambda t, p: t.rng.choice(by_lang(vb.DISAB, t)))
simple("blood", "special.health", lambda t, p: t.rng.choice(vb.BLOOD))
simple("bmi", "special.health", lambda t, p: round(t.rng.uniform(17, 39), 1))
simple("gluc", "special.health", lambda t, p: t.rng.choice([round(t.rng.uniform(3.9, 14), 1), f"{t.rng.randint(70, 260)} mg/dL"]))
simple("hba1c", "special.health", lambda t, p: round(t.rng.uniform(4.8, 11.5), 1))
simple("bp", "special.health", lambda t, p: f"{t.rng.randint(95, 185)}/{t.rng.randint(55, 115)}")
simple("hr", "special.health", lambda t, p: t.rng.randint(48, 130))
simple("spo2", "special.health", lambda t, p: f"{t.rng.randint(86, 100)}%")
simple("testres", "special.health", lambda t, p: t.rng.choice(vb.TESTRES))
simple("eyerx", "special.health", lambda t, p: f"{t.rng.choice(['-', '+'])}{t.rng.randint(0, 24) / 4:.2f} ({-t.rng.randint(0, 8) / 4:.2f}) {t.rng.randrange(0, 180, 5)}°")
simple("preg", "special.health", lambda t, p: t.rng.choice(["positive", "negative", f"{t.rng.randint(5, 40)} SA", "bioquímico", "clínico"]))
simple("smoker", "special.health", lambda t, p: t.rng.choice(["current smoker", "ex-smoker", "never smoked"]))
simple("care", "special.health", lambda t, p: f"要介護{t.rng.randint(1, 5)}" if t.rng.random() < 0.8 else f"要支援{t.rng.randint(1, 2)}")


# biometrics
def face(r: random.Random, n: int) -> list[float]:
    v = [r.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, r.choice([6, 7, 8])) for x in v]


@kind("face128", "biometric.face_embedding")
def _k_face128(t: Table) -> Callable[[Person], Any]:
    as_text = t.fmt in ("csv", "tsv") and t.rng.random() < 0.4
    return lambda p: " ".join(f"{x:.6f}" for x in face(t.rng, 128)) if as_text else face(t.rng, 128)


@kind("face512", "biometric.face_embedding")
def _k_face512(t: Table) -> Callable[[Person], Any]:
    return lambda p: face(t.rng, 512)


@kind("faceb64", "biometric.face_embedding")
def _k_faceb64(t: Table) -> Callable[[Person], Any]:
    n = t.rng.choice([128, 512])
    return lambda p: Bin(struct.pack(f"<{n}f", *face(t.rng, n)))


# secrets
def password(r: random.Random) -> str:
    words = ["Summer", "qwerty", "Dragon", "Admin", "Sakura", "Moskva", "Istanbul", "Jakarta", "Bayern", "Corazon", "Saigon", "Seoul"]
    return r.choice([f"{r.choice(words)}{r.randint(1, 2025)}{r.choice('!@#$')}", ids.urlsafe(r, 9), f"{r.choice(words).lower()}{r.randint(10, 99)}",
                     "".join(r.choice(ids.UP + ids.DIG + "abcdefghijk!%") for _ in range(r.randint(8, 16)))])


def pwhash(r: random.Random) -> str:
    alpha = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return r.choice([
        "$2b$" + r.choice(["10", "12"]) + "$" + "".join(r.choice(alpha) for _ in range(53)),
        "$argon2id$v=19$m=65536,t=3,p=4$" + ids.urlsafe(r, 16) + "$" + ids.urlsafe(r, 32),
        "pbkdf2_sha256$600000$" + ids.urlsafe(r, 16) + "$" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(),
        "$6$" + ids.urlsafe(r, 12) + "$" + "".join(r.choice(alpha) for _ in range(86)),
    ])


def jwt(r: random.Random) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": str(r.randint(1000, 99999)), "iat": 1767225600 - r.randint(0, 10**7), "scope": "read write"}).encode()).decode().rstrip("=")
    return f"{head}.{body}.{ids.urlsafe(r, 32)}"


simple("pwd", "credential.secret", lambda t, p: password(t.rng))
simple("pwhash", "credential.secret", lambda t, p: pwhash(t.rng))
simple("apikey", "credential.secret", lambda t, p: t.rng.choice(["sk_live_", "rk_live_", "ghp_", "xoxb-", "AIza", "key-"]) + ids.urlsafe(t.rng, 27))
simple("jwt", "credential.secret", lambda t, p: jwt(t.rng))
simple("rtok", "credential.secret", lambda t, p: t.rng.choice(["rt_", "1//0g", ""]) + ids.urlsafe(t.rng, 48))
simple("totp", "credential.secret", lambda t, p: ids.b32(t.rng, t.rng.choice([16, 32])))
simple("hmacsec", "credential.secret", lambda t, p: t.rng.choice(["whsec_", "shpss_", "", ""]) + ids.hexs(t.rng, 40) if t.rng.random() < 0.5 else ids.urlsafe(t.rng, 30))
simple("awssec", "credential.secret", lambda t, p: "".join(t.rng.choice(ids.UP + ids.DIG + "abcdefghijklmnopqrstuvwxyz/+") for _ in range(40)))
simple("sshpriv", "credential.secret", lambda t, p: "-----BEGIN OPENSSH PRIVATE KEY-----\n" + base64.b64encode(bytes(t.rng.randrange(256) for _ in range(180))).decode() + "\n-----END OPENSSH PRIVATE KEY-----")


# ---------------------------------------------------------------- hard negatives (category none)

def n_(name: str, fn: Callable[[Table, Person], Any]) -> None:
    simple(name, NONE, fn)


def ts(t: Table) -> Callable[[Person], Any]:
    fmt = t.rng.choice(["%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S", "isoz", "epoch_s", "epoch_ms", "%d.%m.%Y %H:%M"])
    typed = t.fmt.startswith("mongo") and t.rng.random() < 0.75
    def f(p: Person) -> Any:
        d = D(REF - timedelta(seconds=t.rng.randint(0, 3 * 365 * 86400)), fmt, typed)
        if not typed and fmt.startswith("epoch"):
            return int(d.text())
        return d
    return f


K["ts"] = (NONE, ts)


@kind("date", NONE)
def _k_date(t: Table) -> Callable[[Person], Any]:
    fmt, typed = date_fmt(t)
    return lambda p: D(REF - timedelta(days=t.rng.randint(0, 4000)), fmt, typed)


n_("uuid", lambda t, p: uuid4(t.rng))
n_("oid", lambda t, p: ids.hexs(t.rng, 24))
@kind("intid", NONE)
def _k_intid(t: Table) -> Callable[[Person], Any]:
    style = t.rng.choice(["int"] * 6 + ["str", "float"])
    return lambda p: (lambda n: float(n) if style == "float" else str(n) if style == "str" or t.rng.random() < 0.05 else n)(t.rng.randint(1, 999999))
n_("ordno", lambda t, p: t.rng.choice([f"ORD-{t.rng.randint(2020, 2025)}-{t.rng.randint(0, 999999):06d}", ids.digits(t.rng, 12, True), f"{t.stem[:2].upper()}{ids.digits(t.rng, 8)}"]))
n_("invno", lambda t, p: f"{t.rng.choice(['FV', 'INV', 'F', 'RE'])}/{t.rng.randint(2021, 2025)}/{t.rng.randint(1, 9999):05d}")
n_("sku", lambda t, p: f"{''.join(t.rng.choice(ids.UP) for _ in range(3))}-{t.rng.randint(100, 99999)}")
n_("ver", lambda t, p: ".".join(str(t.rng.randint(0, 20)) for _ in range(t.rng.choice([3, 3, 4]))))
n_("status", lambda t, p: t.rng.choice(["ACTIVE", "pending", "closed", "SUSPENDED", "new", "done", "0", "1", "2"]))
n_("amt", lambda t, p: Dec(f"{t.rng.uniform(1, 9000):.2f}") if t.fmt.startswith("mongo") and t.rng.random() < 0.5 else round(t.rng.uniform(1, 9000), 2))
n_("salary", lambda t, p: t.rng.randrange(1800, 250000, 50))
n_("curr", lambda t, p: t.rng.choice(["EUR", "USD", "TRY", "SAR", "AED", "IDR", "VND", "RUB", "KZT", "BRL"]))
n_("qty", lambda t, p: t.rng.choice([t.rng.randint(1, 500), f"{t.rng.randint(1, 90)} {t.rng.choice(['kg', 'шт', 'pcs', 'L', 'm³', '個', 'GB', 'km'])}", round(t.rng.uniform(0.1, 99), 2)]))
n_("sha", lambda t, p: ids.hexs(t.rng, 64))
n_("md5", lambda t, p: ids.hexs(t.rng, 32))
n_("gitsha", lambda t, p: ids.hexs(t.rng, 40))
n_("city", lambda t, p: p.city)
n_("country", lambda t, p: t.rng.choice([t.cc, safe(t.fake, "country"), t.rng.choice(["DE", "TR", "ID", "BR", "KZ"])]))
n_("natl", lambda t, p: t.rng.choice([t.cc, safe(t.fake, "country"), "IND", "PAK", "BGD", "PHL", "EGY", "NPL"]))
n_("region", lambda t, p: t.rng.choice([safe(t.fake, "city"), t.rng.choice(["Centro", "North", "Zone 3", "Distrito 9", "區 7", "Sektor B"])]))
n_("gender", lambda t, p: (t.rng.choice(["1", "2"]) if t.rng.random() < 0.1 else vb.GENDER.get(t.vlang, vb.GENDER["en"])[p.female]))
n_("age", lambda t, p: (REF.date() - p.dob).days // 365 if t.rng.random() < 0.85 else str((REF.date() - p.dob).days // 365))
n_("user", lambda t, p: t.rng.choice([t.fake.user_name(), f"user{t.rng.randint(100, 99999)}", ids.hexs(t.rng, 6), f"op_{t.rng.randint(1, 99):02d}"]))
n_("year", lambda t, p: t.rng.randint(1990, 2025))
n_("company", lambda t, p: safe(t.fake, "company"))
n_("merchant", lambda t, p: safe(t.fake, "company"))
n_("hosp", lambda t, p: f"{safe(t.fake, 'city')} {t.rng.choice(['General Hospital', 'Klinikum', 'Hospital Universitario', 'RSUD', '人民医院', 'Medical Center', 'Poliklinika'])}")
n_("job", lambda t, p: safe(t.fake, "job"))
n_("marital", lambda t, p: t.rng.choice(["single", "married", "divorced", "widowed", "S", "M", "kawin", "belum kawin"]))
n_("flag", lambda t, p: t.rng.random() < 0.6 if t.fmt not in ("csv", "tsv") else t.rng.choice(["Y", "N", "1", "0"]))
n_("rating", lambda t, p: round(t.rng.uniform(1, 5), 1))
n_("score", lambda t, p: t.rng.randint(0, 1000))
n_("rate", lambda t, p: t.rng.choice([0, 4, 5, 10, 22, 21, 19]))
n_("url", lambda t, p: f"https://{t.mail_domain}/{t.rng.choice(['hooks', 'api/v2/cb', 'p'])}/{ids.hexs(t.rng, 8)}")
n_("host", lambda t, p: f"{t.rng.choice(['srv', 'node', 'gw', 'edge', 'db'])}-{t.rng.randint(1, 60):02d}.{t.rng.choice(['fra1', 'sgp1', 'ist', 'local', 'corp'])}")
n_("port", lambda t, p: t.rng.choice([22, 80, 443, 3306, 5432, 8080, 27017, 9200, t.rng.randint(1024, 65535)]))
n_("mask", lambda t, p: t.rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "/24", "/16"]))
n_("pmodel", lambda t, p: t.rng.choice(["iPhone 13", "SM-A525F", "Redmi Note 12", "Pixel 7", "HUAWEI P30", "CPH2219", "V2111"]))
n_("os", lambda t, p: t.rng.choice(["Android", "iOS", "HarmonyOS", "Windows 11", "macOS"]))
n_("appver", lambda t, p: f"{t.rng.randint(1, 9)}.{t.rng.randint(0, 40)}.{t.rng.randint(0, 9)} ({t.rng.randint(100, 9999)})")
n_("ua", lambda t, p: t.rng.choice(["Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36",
                                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", "okhttp/4.12.0"]))
n_("cbrand", lambda t, p: t.rng.choice(["visa", "mastercard", "amex", "MIR", "unionpay", "troy", "elo", "JCB"]))
n_("cmask", lambda t, p: t.rng.choice(["************", "4111 **** **** ", "5***-****-****-"]) + ids.digits(t.rng, 4))
n_("cexp", lambda t, p: f"{t.rng.randint(1, 12):02d}/{t.rng.randint(25, 31)}")
n_("last4", lambda t, p: ids.digits(t.rng, 4))
n_("bic", lambda t, p: t.rng.choice(["DEUTDEFF", "COBADEFFXXX", "INGBNL2A", "BNPAFRPP", "TCZBTR2A", "NCBKSAJE", "PKOPPLPW", "BCOMPTPL"]))
n_("pubkey", lambda t, p: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + ids.urlsafe(t.rng, 32) + f" deploy@{t.mail_domain}")
n_("product", lambda t, p: t.rng.choice(["Basic 10GB", "Premium", "Widget X2", "Тариф Безлимит", "套餐A", "Paket Hemat", "Starter", "MSC Aurora", "Ever Given"]))
n_("plan", lambda t, p: t.rng.choice(["free", "pro", "enterprise", "basic", "gold", "silver", "A", "B"]))
n_("plate", lambda t, p: t.rng.choice([f"{t.rng.choice(ids.UP)}{t.rng.randint(100, 999)}{''.join(t.rng.choice(ids.UP) for _ in range(2))}{t.rng.randint(10, 199)}",
                                       f"{t.rng.randint(10, 99)} {''.join(t.rng.choice(ids.UP) for _ in range(2))} {t.rng.randint(100, 9999)}", f"B {t.rng.randint(1000, 9999)} {''.join(t.rng.choice(ids.UP) for _ in range(3))}"]))
n_("track", lambda t, p: t.rng.choice([f"1Z{ids.hexs(t.rng, 16).upper()}", f"RR{ids.digits(t.rng, 9)}CN", ids.digits(t.rng, 12), f"JD{ids.digits(t.rng, 15)}"]))
n_("count", lambda t, p: t.rng.randint(0, 60))
n_("dur", lambda t, p: t.rng.randint(1, 7200))
n_("temp", lambda t, p: round(t.rng.uniform(-25, 40), 1))
n_("alt", lambda t, p: round(t.rng.uniform(-5, 3500), 1))
n_("speed", lambda t, p: t.rng.randint(0, 140))
n_("batt", lambda t, p: t.rng.choice([t.rng.randint(5, 100), f"{t.rng.randint(5, 100)}%", round(t.rng.uniform(3.3, 4.2), 2)]))
n_("fw", lambda t, p: f"v{t.rng.randint(1, 5)}.{t.rng.randint(0, 20)}.{t.rng.randint(0, 99)}")
n_("note", lambda t, p: t.rng.choice(["", "ok", "см. вложение", "请尽快处理", "urgent", "bitte zurückrufen", "N/A", "—"]) if t.rng.random() < 0.5 else t.fake.sentence(nb_words=5))
n_("dept", lambda t, p: t.rng.choice(["IT", "HR", "Finance", "Logistik", "计算机学院", "Хирургия", "Kardiologi", "Sales", "R&D"]))
n_("course", lambda t, p: t.rng.choice(["Python 101", "Data Science", "Hukuk", "Informatyka", "Экономика", "Medicina", "会计学"]))
n_("grade", lambda t, p: t.rng.choice(["1", "2", "3", "A", "B+", "VIP3", "5年"]))
n_("room", lambda t, p: t.rng.choice([f"{t.rng.randint(1, 30)}{t.rng.choice('ABC')}", str(t.rng.randint(100, 1999)), f"G{t.rng.randint(1, 12)}"]))
n_("petname", lambda t, p: t.rng.choice(["Luna", "Milo", "Briciola", "Pallino", "Max", "Kiara", "Birba", "Rocky"]))
n_("species", lambda t, p: t.rng.choice(["cane", "gatto", "coniglio", "furetto", "pappagallo"]))
n_("breed", lambda t, p: t.rng.choice(["meticcio", "Labrador", "Maine Coon", "Europeo", "Bassotto"]))
n_("petdiag", lambda t, p: t.rng.choice(["otite esterna", "filariosi", "FIV positivo", "displasia dell'anca", "gastroenterite", "leishmaniosi"]))
n_("microchip", lambda t, p: "380" + ids.digits(t.rng, 12))
n_("ean", lambda t, p: (lambda b: b + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b)) % 10) % 10))("590" + ids.digits(t.rng, 9)))
n_("assetid", lambda t, p: f"{t.rng.choice(['SN', 'KS', 'WS', 'AST', 'TRM'])}-{t.rng.randint(1, 99999):05d}")
n_("channel", lambda t, p: t.rng.choice(["app", "web", "pos", "ussd", "face", "card", "pin", "wechat", "alipay", "qris"]))
n_("mcc", lambda t, p: f"{t.rng.choice(['250', '401', '255', '286', '510', '452', '204'])}-{t.rng.randint(1, 99):02d}")
n_("icdref", lambda t, p: t.rng.choice(vb.ICD))
n_("diseasename", lambda t, p: t.rng.choice(vb.DIAG["de"]))
n_("disease_agg", lambda t, p: t.rng.choice(vb.DIAG["tr"]))
n_("ethgrp_agg", lambda t, p: t.rng.choice(vb.ETH["en"]))
n_("relgrp_agg", lambda t, p: t.rng.choice(vb.REL["en"]))
n_("pop", lambda t, p: t.rng.randint(300, 900000))
n_("ageband", lambda t, p: t.rng.choice(["16-24", "25-34", "35-44", "45-54", "55-64", "65+", "Prefer not to say"]))
n_("langc", lambda t, p: t.rng.choice(["English", "Spanish", "Vietnamese", "Chinese", "eng", "spa", "Other"]))
n_("yearint", lambda t, p: t.rng.randint(2015, 2025))

# ---------------------------------------------------------------- templates of my own (stem | locale | field-name tag | format | fields)
# format: * any; csv / csv; (semicolon) / tsv / json / mongo / es / db. Fields: name:kind; a.b nests; a[].b is an array of objects.

TEMPLATES = """
ojol_mitra|id_ID|id|*|id_mitra:intid; nama_lengkap:name; no_hp:phone; email:email; nik:nid; tgl_lahir:dob; plat_nomor:plate; rating:rating; lokasi_terakhir.lat:lat; lokasi_terakhir.lng:lon; imei_perangkat:imei; status_akun:status
waimai_dingdan|zh_CN|zhpy|*|ddbh:ordno; shrxm:name; shrsj:phone; shdz:addr; yhid:intid; je:amt; zffs:channel; xdsj:ts; qsbh:intid; jd:lon; wd:lat
telemed_paramarsh|hi_IN|hi|*|रोगी_का_नाम:name; मोबाइल:phone; आधार_संख्या:nid; जन्म_तिथि:dob; निदान:diag; दवा:med; परामर्श_शुल्क:amt; डॉक्टर_आईडी:intid; परामर्श_दिनांक:date; शहर:city
cita_dental|es_MX|es|*|folio:ordno; paciente_nombre:first; paciente_apellidos:last; curp:nid; fecha_nac:dob; tel_celular:phone; correo:email; diagnostico:diag; alergias:allergy; costo:amt; consultorio:room; estatus:status
ordonnance_optique|fr_FR|fr|*|num_ordonnance:invno; nom:last; prenom:first; date_naissance:dob; num_secu:nid; correction_od:eyerx; correction_og:eyerx; pathologie:diag; mutuelle:company; montant_rembourse:amt; magasin:city; telephone:phone
physio_termine|de_DE|de|csv;|patient_nr:intid; vorname:first; nachname:last; geburtsdatum:dob; strasse:street; hausnummer:house; plz:zip; ort:city; krankenkasse:company; diagnose_icd:icd; befund:diag; termin:date; telefon:phone
ggz_intake|nl_NL|nl|*|clientnummer:intid; voornaam:first; achternaam:last; bsn:nid; geboortedatum:dob; huisarts:name; hulpvraag:diag; medicatie:med; postcode:zip; woonplaats:city; mobiel:phone; e_mail:email; verwijsdatum:date
apparecchi_acustici|it_IT|it|*|codice_cliente:intid; cognome:last; nome:first; codice_fiscale:nid; data_nascita:dob; diagnosi_audiologica:diag; modello_apparecchio:product; indirizzo:street; civico:house; cap:zip; citta:city; cellulare:phone; asl:company
houmon_kango|ja_JP|ja|*|利用者ID:intid; 氏名:name; フリガナ:kana; 生年月日:dob; 要介護度:care; 主病名:diag; 服薬:med; 電話番号:phone; 住所:addr; 訪問日:date; 担当看護師:name; 訪問時間_分:dur
gugeup_chuldong|ko_KR|ko|*|출동번호:ordno; 환자명:name; 연락처:phone; 주민등록번호:nid; 증상:symp; 혈압:bp; 출동위치.위도:lat; 출동위치.경도:lon; 이송병원:hosp; 접수시각:ts; 구급대원:name; 차량번호:plate
doadores_orgaos|pt_BR|pt|*|id:intid; nome_completo:name; cpf:nid; data_nascimento:dob; tipo_sanguineo:blood; telefone:phone; email:email; cep:zip; logradouro:street; numero:house; complemento:line2; bairro:region; cidade:city; uf:region; religiao:rel
laboratuvar_sonuc|tr_TR|tr|*|hasta_no:intid; ad_soyad:name; tc_kimlik_no:nid; dogum_tarihi:dob; sonuc:testres; hba1c:hba1c; glukoz:gluc; numune_tarihi:date; laboratuvar:hosp; telefon:phone
bpjs_peserta|id_ID|id|*|id_peserta:intid; nama:name; nik:nid; tanggal_lahir:dob; jenis_kelamin:gender; faskes_tingkat_1:hosp; kelas:plan; alamat:addr; kode_pos:zip; no_telepon:phone; agama:rel; status_kawin:marital
fundusz_emerytalny|pl_PL|pl|csv;|nr_uczestnika:intid; imie:first; nazwisko:last; pesel:nid; data_urodzenia:dob; nr_rachunku:iban; kwota_skladki:amt; data_przystapienia:date; ulica:street; nr_domu:house; nr_lokalu:line2; kod_pocztowy:zip; miejscowosc:city; email:email
microfinance_groups|en_NG|en|*|loan_id:ordno; group_name:company; borrower_name:name; nin:nid; phone_number:phone_f; loan_amount:amt; repayment_status:status; officer_username:user; village:city; gps:latlon; account_no:acct
dompet_digital|ms_MY|ms|*|id_pengguna:uuid; nama_penuh:name; no_mykad:nid; no_telefon:phone; emel:email; baki:amt; pin_hash:pwhash; peranti_id:andid; ip_log_masuk:ip4; tarikh_daftar:date; negeri:region
chuyen_tien|vi_VN|vi|*|ma_giao_dich:ordno; ho_ten_nguoi_gui:name; so_dien_thoai:phone; so_cccd:nid; ho_ten_nguoi_nhan:name; so_tai_khoan_nhan:acct; ngan_hang:company; so_tien:amt; noi_dung:note; thoi_gian:ts; dia_chi_ip:ip4
kreditnaya_istoriya|ru_RU|ru|*|ид_запроса:uuid; фамилия:last; имя:first; отчество:middle; дата_рождения:dob; паспорт_серия_номер:passport; инн:taxid; снилс:nid; сумма_кредита:amt; кредитный_рейтинг:score; банк:company; дата_запроса:date
shoken_koza|ja_JP|ja|*|顧客コード:intid; 氏名_漢字:name; 氏名_カナ:kana; 生年月日:dob; マイナンバー:nid; 出金口座:acct; メール:email; 携帯電話:phone; 郵便番号:zip; 住所1:line1; 住所2:line2; 投資経験:plan; 年収:salary
crypto_exchange|ko_KR|en|*|uid:intid; realName:name; phoneNo:phone; emailAddr:email; birthDay:dob; apiKey:apikey; apiSecret:hmacsec; withdrawIpWhitelist:ipl; lastLoginIp:ip4; otpSecret:totp; kycLevel:status; btcBalance:amt
compra_cuotas|es_AR|es|json|id_orden:ordno; cliente.nombre:first; cliente.apellido:last; cliente.dni:nid; cliente.fecha_nacimiento:dob; cliente.celular:phone; cliente.email:email; tarjeta.numero:card; tarjeta.vencimiento:cexp; tarjeta.marca:cbrand; cuotas:count; monto_total:amt; comercio:merchant
hawala_tahwil|ar_AE|ar|*|رقم_الحوالة:ordno; اسم_المرسل:name; رقم_الهوية:nid; هاتف_المرسل:phone; اسم_المستفيد:name; آيبان_المستفيد:iban; الدولة:country; المبلغ:amt; العملة:curr; تاريخ_الحوالة:date; الفرع:city
frilanser_vyplaty|uk_UA|uklat|*|id:intid; pib:name; ipn:taxid; iban:iban; telefon:phone; email:email; stavka_grn:amt; proekt:product; data_vyplaty:date; misto:city
saas_billing|en_US|en|*|account_id:uuid; owner_name:name; billing_email:email; billing_address.line1:line1; billing_address.line2:line2; billing_address.city:city; billing_address.postal_code:zip; billing_address.country:country; card_last4:last4; card_brand:cbrand; plan:plan; mrr:amt; created_at:ts
fattura_elettronica|it_IT|it|*|numero_fattura:invno; codice_fiscale_cliente:nid; denominazione:company; nome:first; cognome:last; pec:email; indirizzo:street; cap:zip; comune:city; provincia:region; iban_pagamento:iban; imponibile:amt; aliquota_iva:rate
numara_tasima|tr_TR|tr|*|basvuru_no:ordno; abone_adi:first; abone_soyadi:last; tckn:nid; tasinan_numara:phone; iletisim_numarasi:phone; eski_operator:company; yeni_operator:company; imei:imei; basvuru_tarihi:date; durum:status
qongyraular_cdr|kk_KZ|kk|*|қоңырау_id:uuid; шығыс_нөмір:phone; кіріс_нөмір:phone; ұзақтығы_сек:dur; базалық_станция:intid; ендік:lat; бойлық:lon; imei:imei; уақыты:ts; роуминг:flag; абонент_жсн:nid
esim_jihuo|zh_CN|zh|*|订单号:ordno; 用户姓名:name; 身份证号:nid; 手机号码:phone; EID:eid; IMEI:imei; 激活时间:ts; 套餐:plan; 归属地:city; 状态:status
raccordement_fibre|fr_FR|fr|*|ref_commande:ordno; civilite:gender; nom:last; prenom:first; adresse_ligne1:line1; adresse_ligne2:line2; code_postal:zip; commune:city; tel_fixe:phone; tel_portable:phone; mail:email; adresse_mac_box:mac; ip_publique:ip4; creneau_rdv:ts; technicien:user
roaming_verbruik|nl_NL|nl|*|msisdn:phone; imei:imei; land:country; mcc_mnc:mcc; data_mb:qty; gesprekken:count; sms_aantal:count; periode:date; klantnaam:name; klantnummer:intid
chamados_suporte|pt_PT|pt|es|ticket:ordno; assunto:note; cliente_nome:name; cliente_email:email_up; nif:taxid; telefones:phone_l; prioridade:status; agente:user; aberto_em:ts; ip_origem:ip4; navegador:ua
paczkomaty|pl_PL|pl|*|nr_przesylki:track; odbiorca:name; telefon_odbiorcy:phone; email_odbiorcy:email; paczkomat:sku; paczkomat_lat:lat; paczkomat_lon:lon; gabaryt:status; waga:qty; nadano:ts
tiyundan|zh_CN|zh|*|提单号:track; 托运人:company; 收货人:name; 收货人电话:phone; 收货地址:addr; 船名:product; 集装箱号:sku; 毛重:qty; 装货港:city; 卸货港:city; 开船日期:date
telematika_voditeli|ru_RU|rulat|*|voditel_fio:name; nomer_vu:dl; telefon:phone; tabelny_nomer:intid; gps_lat:lat; gps_lon:lon; skorost_kmch:speed; toplivo_l:qty; imei_trekera:imei; vremya:ts; gos_nomer:plate
ruta_ultima_milla|es_CO|es|*|parada_id:intid; guia:track; destinatario:name; direccion:addr; barrio:region; telefono:phone; cedula:nid; coordenadas:latlon; ventana_entrega:status; recibido_por:name; repartidor:user
bayan_jumruki|ar_EG|ar|*|رقم_البيان:ordno; اسم_المستورد:name; الرقم_القومي:nid; هاتف:phone; وصف_البضاعة:product; القيمة:amt; بلد_المنشأ:country; ميناء_الوصول:city; تاريخ_الوصول:date; رمز_النظام_المنسق:sku
keontena_gate|ko_KR|ko|*|반입번호:ordno; 컨테이너번호:sku; 운전기사명:name; 기사연락처:phone; 차량번호:plate; 운전면허번호:dl; 게이트:room; 진입시각:ts; 무게_kg:qty; 터미널:company
kuehlkette_sensoren|de_DE|de|*|sensor_id:assetid; geraete_mac:mac; temperatur_c:temp; feuchte:qty; breitengrad:lat; laengengrad:lon; zeitstempel:ts; charge:sku; batterie:batt; firmware:fw
smartlock_kiroku|ja_JP|ja|mongo|解錠ID:uuid; 居住者名:name; 部屋番号:room; 顔特徴量:face128; 解錠方法:channel; 端末MAC:mac; 解錠日時:ts; 成功:flag
auto_connessa|it_IT|it|*|targa:plate; proprietario:name; cellulare_proprietario:phone; posizione.lat:lat; posizione.lon:lon; imei_modulo:imei; km_percorsi:qty; ultimo_aggiornamento:ts; velocita:speed
fitness_band|en_IN|en|*|userId:intid; fullName:name; dob:dob; restingHeartRate:hr; spo2Avg:spo2; steps:count; deviceMac:mac; bandSerial:serial; city:city; lastSyncIp:ip4
nha_thong_minh|vi_VN|vi|*|ma_thiet_bi:assetid; chu_nha:name; sdt:phone; dia_chi_mac:mac; ip_noi_bo:ip4p; phong:room; nhiet_do:temp; trang_thai:status; cap_nhat:ts; email_chu_nha:email; mat_khau_wifi:pwd
sensor_tanah|id_ID|id|*|kode_sensor:assetid; desa:city; lintang:lat; bujur:lon; kelembapan:qty; ph_tanah:temp; petani:name; hp_petani:phone; tanggal:date; baterai:batt
beacon_hozur|fa_IR|fa|*|شناسه_بیکن:assetid; نام_کارمند:name; کد_ملی:nid; شماره_همراه:phone; مک_گوشی:mac; زمان_ورود:ts; طبقه:room; مدت_حضور:dur
scooter_kiralama|tr_TR|tr|*|surus_id:uuid; kullanici_adi:user; ad_soyad:name; telefon:phone; baslangic_konum:latlon; bitis_konum:latlon; mesafe_km:qty; ucret:amt; scooter_seri_no:assetid; kart_no:card; reklam_kimligi:idfa
onboarding_pracownika|pl_PL|pl|*|id_pracownika:intid; imie_nazwisko:name; pesel:nid; nr_dowodu:passport; data_urodzenia:dob; adres_zamieszkania:addr2l; nr_konta:iban; stanowisko:job; dzial:dept; data_zatrudnienia:date; wynagrodzenie_brutto:salary; email_sluzbowy:email; niepelnosprawnosc:disab
ats_applicants|en_GB|en|csv|candidate_id:intid; First Name:first; Last Name:last; Email Address:email; Mobile:phone; Postcode:zip; Right To Work:flag; CV Score:score; Stage:status; Source:channel; Applied On:date; Ethnic Origin:eth; Religion or Belief:rel; Disability:disab
kaoqin_renlian|zh_CN|zh|mongo|工号:intid; 姓名:name; 部门:dept; 人脸特征:face512; 打卡时间:ts; 考勤机编号:assetid; 考勤机IP:ip4p; 打卡方式:channel
notes_de_frais|fr_BE|fr|csv;|matricule:intid; nom_complet:name; iban_remboursement:iban; date_depense:date; categorie:status; montant_ttc:amt; devise:curr; justificatif_sha1:gitsha; carte_affaires:cmask; commentaire:note
background_checks|en_US|en|*|case_id:ordno; subject_full_name:name; ssn:nid; date_of_birth:dob; drivers_license:dl; dl_state:region; current_address:addr; previous_address:addr; race:race; package:plan; ordered_by:company; completed_at:ts
kafala_talab|ar_SA|ar|*|رقم_الطلب:ordno; اسم_العامل:name; رقم_الجواز:passport; الجنسية:natl; تاريخ_الميلاد:dob; رقم_الإقامة:nid; الديانة:rel; المهنة:job; اسم_الكفيل:name; جوال_الكفيل:phone; المدينة:city
talapker_qabyldau|kk_KZ|kklat|*|talapker_id:intid; aty_zhoni:name; iin:nid; tugan_kuni:dob; ulty:eth; ent_ball:score; mamandyq:course; telefon:phone; email:email; oblys:region; zhataqhana:flag
mooc_slukhachi|uk_UA|uk|*|id:intid; логін:user; пароль_хеш:pwhash; ім'я:first; прізвище:last; електронна_пошта:email; курс:course; прогрес:score; сертифікат:flag; ip_реєстрації:ip4; дата_реєстрації:date
gakko_kenshin|ja_JP|ja|*|学籍番号:intid; 児童氏名:name; 学年:grade; 組:room; 既往歴:diag; アレルギー:allergy; 保護者氏名:name; 緊急連絡先:phone; 健診日:date
sushe_ruzhu|zh_CN|zhpy|*|xh:intid; xm:name; xb:gender; sfzh:nid; mz:eth; lxdh:phone; ssh:room; rzrq:date; zzmm:status; jtzz:addr; yx:dept
alumni_kring|nl_BE|nl|*|lidnummer:intid; naam:name; afstudeerjaar:yearint; richting:course; email:email; gsm:phone; straat_en_nummer:street; postcode:zip; gemeente:city; rijksregisternummer:nid; bedrijf:company; functie:job
sinav_gozetim|tr_TR|en|mongo|examSessionId:uuid; candidateName:name; candidateTc:nid; faceTemplate:faceb64; webcamDeviceId:devid; ipAddress:ip4; startedAt:ts; flagCount:count; proctor:user
kladbishche|ru_RU|ru|*|участок:sku; ряд:count; место:count; фио_захороненного:name; дата_рождения:dob; дата_смерти:date; вероисповедание:rel; ответственное_лицо:name; телефон_ответственного:phone; адрес_ответственного:addr
zakat_mustahiq|ar_EG|ar|*|رقم_المستفيد:intid; الاسم_الكامل:name; الرقم_القومي:nid; الديانة:rel; عدد_أفراد_الأسرة:count; الحالة_الصحية:diag; الدخل_الشهري:salary; العنوان:addr; رقم_الهاتف:phone; مبلغ_الزكاة:amt
langar_sevadar|hi_IN|hi|*|सेवादार_क्रमांक:intid; नाम:name; पिता_का_नाम:name; धर्म:rel; मोबाइल_नंबर:phone; गांव:city; सेवा_दिन:status; पंजीकरण_तिथि:date; आयु:age
nikah_register|id_ID|id|*|no_register:ordno; nama_suami:name; agama_suami:rel; nik_suami:nid; nama_istri:name; agama_istri:rel; nik_istri:nid; tanggal_akad:date; kua:company; saksi_1:name; saksi_2:name
padron_electoral|es_ES|es|csv;|num_elector:intid; nombre:first; primer_apellido:last; segundo_apellido:last; dni:nid; fecha_nacimiento:dob; domicilio:addr; cod_postal:zip; municipio:city; mesa:room; seccion:count
traffic_stops|en_US|en|*|stop_id:intid; officer_badge:intid; driver_race:race; driver_sex:gender; driver_age:age; stop_lat:lat; stop_lon:lon; reason:status; search_conducted:flag; outcome:status; vehicle_plate:plate; stop_datetime:ts
partes_processo|pt_BR|pt|*|numero_processo:ordno; parte_nome:name; parte_cpf:nid; parte_tipo:status; advogado_nome:name; vara:dept; comarca:city; valor_causa:amt; distribuicao:date
equal_opps_monitoring|en_GB|en|*|ref:intid; ethnicity:eth; religion_belief:rel; disability_status:disab; age_band:ageband; gender_identity:gender; role_applied:job; caring_responsibilities:flag
resguardo_indigena|es_CO|es|*|id_comunero:intid; nombre_completo:name; documento:nid; pueblo_indigena:eth; resguardo:region; fecha_nac:dob; telefono:phone; lat_vivienda:dmslat; lon_vivienda:dmslon
sozialhilfe_antraege|de_AT|de|*|antrag_nr:ordno; name:name; svnr:nid; geburtsdatum:dob; anschrift:addr2l; iban:iban; bic:bic; haushalt_personen:count; behinderung_gdb:disab; bewilligt:flag; betrag_eur:amt
khai_sinh|vi_VN|vi|*|so_dinh_danh:nid; ho_ten_tre:name; ngay_sinh:dob; gioi_tinh:gender; dan_toc:eth; quoc_tich:natl; noi_sinh:hosp; ho_ten_me:name; ho_ten_cha:name; ngay_dang_ky:date
passport_seva|en_IN|en|*|file_number:ordno; applicant_name:name; father_name:name; mother_name:name; date_of_birth:dob; place_of_birth:city; aadhaar:nid; old_passport_no:passport; present_address:addr; mobile:phone; email:email; police_station:company; appointment:ts
sabt_ahval|fa_IR|fa|*|کد_ملی:nid; نام:first; نام_خانوادگی:last; نام_پدر:first; تاریخ_تولد:dob; شماره_شناسنامه:passport; محل_صدور:city; مذهب:rel; کد_پستی:zip; تلفن_همراه:phone
renlian_bukong|zh_CN|zh|mongo|布控ID:uuid; 姓名:name; 身份证号:nid; 人脸特征值:face512; 比对阈值:score; 抓拍设备IP:ip4p; 抓拍地点.经度:lon; 抓拍地点.纬度:lat; 抓拍时间:ts; 民族:eth
stadyum_giris|tr_TR|tr|*|bilet_no:ordno; passolig_no:intid; ad:first; soyad:last; tc:nid; yuz_vektoru:face128; tribun:room; giris_saati:ts; turnike:assetid
badge_printing|en_AU|en|*|badge_id:intid; display_name:name; photo_embedding:face128; employee_email:email; site:city; access_level:status; printed_at:ts; printer_host:host
bank_vizity_kamera|ru_RU|rulat|mongo|visit_id:uuid; klient_fio:name; face_vector:face512; kamera_ip:ip4p; filial:city; vremya_vizita:ts; uznan:flag; schet_klienta:acct
magazin_reid|ja_JP|en|*|track_id:intid; store_code:sku; face_feature:face128; camera_mac:mac; entered_at:ts; dwell_sec:dur; member_no:intid; age_estimate:age; gender_estimate:gender
deploy_keys|en_US|en|*|key_id:intid; repo:product; title:note; public_key:pubkey; private_key:sshpriv; fingerprint:sha; created_by:user; last_used_ip:ip4; created_at:ts
oauth_tokens|de_DE|en|mongo|client_id:uuid; client_secret:hmacsec; access_token:jwt; refresh_token:rtok; scope:status; user_email:email; expires_at:ts; issued_to_ip:ip6
webhooks_endpoints|fr_FR|fr|*|id_webhook:intid; url_cible:url; secret_signature:hmacsec; evenements:status; derniere_ip:ip4; cree_par:email; etat:status; nb_echecs:count
nat_tabel|nl_NL|nl|*|regel:intid; intern_ip:ip4p; extern_ip:ip4; poort_intern:port; poort_extern:port; protocol:status; apparaat_mac:mac; hostnaam:host; subnetmasker:mask; laatst_gezien:ts
dhcp_concesiones|es_ES|es|*|ip_asignada:ip4p; mac_cliente:mac; nombre_host:host; inicio_concesion:ts; fin_concesion:ts; vlan:count; mascara:mask; puerta_enlace:ip4p; fabricante:company
mdm_inscricao|pt_BR|pt|*|id_dispositivo:devid; imei:imei; numero_serie:serial; modelo:pmodel; so:os; versao_so:ver; usuario:name; email_corporativo:email; token_push:pushtok; inscrito_em:ts; conformidade:status
crash_reports|en_US|en|es|report_id:uuid; app_version:appver; os_version:ver; device_model:pmodel; install_id:devid; idfa:idfa; client_ip:ip4; stack_hash:sha; thread_count:count; timestamp:ts; user_email:email
gwanggo_attribution|ko_KR|ko|*|클릭ID:uuid; 광고ID_ADID:gaid; IDFA:idfa; 매체:channel; 캠페인:product; 클릭IP:ip4; 설치시각:ts; 국가:country; 전환여부:flag; 사용자에이전트:ua
youxi_zhanghao|zh_CN|zhpy|*|uid:intid; nc:user; mm:pwd; yx:email; sjh:phone; sfz:nid; zcip:ip4; dlsb:andid; zcsj:ts; vipdj:grade
streaming_profiles|pl_PL|en|*|profileId:uuid; accountOwner:name; ownerEmail:email; password:pwd; plan:plan; paymentCard:card_sp; billingZip:zip; devicesRegistered:count; lastDeviceId:andid; lastIp:ip4; kidsProfile:flag
kira_sozlesmesi|tr_TR|tr|*|sozlesme_no:ordno; kiraci_adi:name; kiraci_tckn:nid; kiraci_tel:phone_l; tasinmaz_adresi:addr2l; posta_kodu:zip; aylik_kira:amt; depozito:amt; iban:iban; baslangic:date; bitis:date
fawatir_miyah|ar_SA|ar|*|رقم_الحساب:intid; اسم_المشترك:name; رقم_العداد:assetid; العنوان_الوطني:addr; الحي:region; الاستهلاك_م3:qty; المبلغ_المستحق:amt; رقم_الآيبان:iban; الجوال:phone; تاريخ_القراءة:date
statsionar_shygaru|kk_KZ|kk|*|ауру_тарихы_нөмірі:intid; науқастың_аты_жөні:name; жсн:nid; туған_күні:dob; диагноз:diag; ахж_коды:icd; қан_тобы:blood; түскен_күні:date; шыққан_күні:date; емдеуші_дәрігер:name; бөлімше:dept
clinica_veterinaria|it_IT|it|*|id_visita:intid; nome_animale:petname; specie:species; razza:breed; diagnosi:petdiag; proprietario:name; telefono_proprietario:phone; email_proprietario:email; microchip:microchip; data_visita:date; importo:amt
tram_thoi_tiet|vi_VN|vi|*|ma_tram:assetid; ten_tram:city; vi_do:lat; kinh_do:lon; do_cao_m:alt; nhiet_do:temp; do_am:qty; luong_mua_mm:qty; thoi_diem:ts
katalog_produktow|pl_PL|pl|*|sku:sku; nazwa:product; kategoria:dept; cena_netto:amt; vat:rate; ean:ean; waga:qty; producent:company; wersja_karty:ver; sha_zdjecia:sha
stamboom|nl_NL|nl|*|persoon_id:intid; voornamen:first; achternaam:last; geboortedatum:dob; geboorteplaats:city; overlijdensdatum:date; religie:rel; vader_id:intid; moeder_id:intid; beroep:job
fertilidad|es_ES|es|*|nhc:intid; paciente:name; dni:nid; fecha_nacimiento:dob; resultado_analitica:testres; diagnostico:diag; ciclo_fiv:count; fecha_transferencia:date; embarazo:preg; tel:phone
semak_masuk|ms_MY|ms|*|id_daftar:uuid; nama:name; no_telefon:phone; premis:company; masa_masuk:ts; lokasi:latlon; mykad:nid
loteria_premiados|pt_PT|pt|*|bilhete:ordno; premiado:name; nif:taxid; iban_premio:iban; valor_premio:amt; sorteio:date; distrito:region; morada:addr; codigo_postal:zip
kfz_angebote|de_DE|de|mongo|versicherungsnehmer.vorname:first; versicherungsnehmer.nachname:last; versicherungsnehmer.geburtsdatum:dob; versicherungsnehmer.email:email; kennzeichen:plate; sf_klasse:grade; beitrag:amt; fahrer[].name:name; fahrer[].fuehrerschein_nr:dl
hypotheek_aanvragen|nl_NL|nl|mongo|aanvrager.naam:name; aanvrager.bsn:nid; aanvrager.geboortedatum:dob; aanvrager.iban:iban; inkomen:salary; hypotheekbedrag:amt; onderpand.adres:addr; onderpand.postcode:zip; onderpand.wgs84:geo; status:status
census_district_stats|en_US|en|csv|district:city; ethnic_group:ethgrp_agg; religion:relgrp_agg; population:pop; median_age:count; households:count
icd_katalog|de_DE|de|*|icd_code:icdref; bezeichnung:diseasename; kapitel:count; gueltig_ab:date; version:ver
hastalik_istatistik|tr_TR|tr|*|il:city; hastalik:disease_agg; vaka_sayisi:count; olum:count; yil:yearint
chargeback_disputes|en_US|en|*|dispute_id:ordno; cardholder_name:name; pan:card; expiry:cexp; arn:track; amount:amt; reason_code:status; merchant:merchant; opened_at:ts
takushi_kessai|ja_JP|ja|*|取引番号:ordno; 乗務員番号:intid; カード番号:card; カード会社:cbrand; 金額:amt; 乗車地.緯度:lat; 乗車地.経度:lon; 決済日時:ts
yemae_gyeolje|ko_KR|ko|*|예매번호:ordno; 예매자:name; 휴대폰:phone; 카드번호:card; 할부:count; 공연명:product; 좌석:room; 결제일시:ts
mitgliedsbeitraege|de_DE|de|csv;|mitgliedsnr:intid; vorname:first; nachname:last; iban:iban_sp; bic:bic; mandatsreferenz:ordno; beitrag:amt; eintritt:date; geburtsdatum:dob; abteilung:dept
kartu_kredit_pengajuan|id_ID|id|*|no_aplikasi:ordno; nama_pemohon:name; nik:nid; nama_ibu_kandung:name; nomor_kartu:card; limit:amt; penghasilan:salary; alamat_rumah:addr; telepon_rumah:phone; agama:rel; cabang:city
biometric_enrolment|en_IN|en|mongo|enrolment_id:uuid; resident_name:name; face_template:faceb64; aadhaar_no:nid; operator_id:user; station_mac:mac; enrolled_at:ts; centre_lat:lat; centre_lon:lon
absensi_wajah|id_ID|id|*|id_absen:intid; nama_siswa:name; kelas:grade; vektor_wajah:face128; waktu:ts; perangkat:assetid; ip_kamera:ip4p
vay_tieu_dung|vi_VN|vi|*|ma_hop_dong:ordno; ho_va_ten:name; cccd:nid; ngay_sinh:dob; anh_selfie_vector:face512; so_tien_vay:amt; ky_han:count; tai_khoan_giai_ngan:acct; sdt:phone; imei_may:imei
dukhul_bilwajh|ar_SA|ar|mongo|معرف_الجلسة:uuid; اسم_العميل:name; بصمة_الوجه:faceb64; رقم_الجهاز:andid; عنوان_IP:ip4; وقت_الدخول:ts; النتيجة:status
entregador_selfie|pt_BR|pt|*|id_entregador:intid; nome:name; cpf:nid; selfie_embedding_1:face128; selfie_embedding_2:face128; placa_moto:plate; chave_pix:email; validado_em:ts
patient_registration|en_US|en|*|mrn:intid; patient_first:first; patient_last:last; dob:dob; race_code:race; ethnicity_code:race; primary_language:langc; insurance_payer:company; chief_complaint:symp; smoking_status:smoker; phone_home:phone; address_line_1:line1; address_line_2:line2; zip:zip
kirchensteuer_lohn|de_DE|de|csv;|personalnummer:intid; name:name; steuer_id:taxid; geburtsjahr:byear; konfession:rel_code; steuerklasse:grade; brutto:salary; iban:iban; krankenkasse:company
cloud_iam_users|en_US|en|*|user_name:user; user_arn:url; secret_access_key:awssec; console_access:flag; last_login_ips:ipx; email:email_up; created:ts; parent_id:oid
standortverlauf|de_DE|en|json|latitudeE7:e7lat; longitudeE7:e7lon; accuracy:count; timestampMs:ts; activity:status; source:channel; altitude:alt
apns_registrations|ja_JP|en|*|deviceToken:apns; bundleId:product; userId:intid; locale:langc; registeredAt:ts; ipAddress:ipany; userName:name_lat
zona_pengiriman|id_ID|id|*|id_kurir:intid; kurir_nama:name; titik_antar:wkt; rute_awal:lonlat; wilayah:region; berat:qty; ongkir:amt
klinik_gizi|id_ID|id|*|no_rm:intid; nama_pasien:name; tgl_lahir:dob; bmi:bmi; gula_darah:gluc; tekanan_darah:bp; catatan:note; ahli_gizi:user
vnzh_zayavki|ru_RU|rulat|*|nomer_zayavki:ordno; fio:name; fio_latinitsei:name_lat; data_rozhdeniya:dob; grazhdanstvo:natl; nomer_pasporta:passport; adres_registratsii:addr; telefon:phone; data_podachi:date
pos_gun_sonu|tr_TR|tr|*|islem_no:ordno; kart_no:card; son_kullanma:cexp; tutar:amt; isyeri:merchant; terminal_id:assetid; provizyon_kodu:sku; islem_tarihi:ts
salle_escalade|fr_FR|fr|*|id_adherent:intid; nom:last; prenom:first; courriel:email; carte_bancaire:card; date_naissance:dob; niveau:grade; certificat_medical:flag
duty_free_sales|ar_AE|en|*|receipt_no:invno; passenger_name:name; passport_no:passport; flight_no:sku; card_number:card; amount_aed:amt; till:assetid; sold_at:ts
huurtoeslag|nl_NL|nl|*|dossier:ordno; naam_aanvrager:name; bsn:nid; iban:iban; rekenhuur:amt; toeslag_per_maand:amt; ingangsdatum:date; adres:addr
studienbeihilfe|de_AT|de|*|matrikelnummer:intid; familienname:last; vorname:first; geburtsdatum:dob; iban:iban; bic:bic; betrag_monat:amt; studienrichtung:course
iscrizioni_scuola|it_IT|it|*|alunno_nome:first; alunno_cognome:last; codice_fiscale:nid; data_nascita:dob; religione:rel; classe:grade; genitore:name; tel_genitore:phone; email_genitore:email
chaplaincy_visits|en_GB|en|*|visit_id:intid; patient_name:name; ward:room; religion:rel; visit_date:date; chaplain:user; notes:note
gp_registrations|en_GB|en|*|registration_id:intid; patient_name:name; date_of_birth:dob; ethnic_category:eth; postcode:zip; gp_practice:hosp; registered_on:date
xueji_dangan|zh_CN|zh|*|学号:intid; 姓名:name; 民族:eth; 身份证号:nid; 出生日期:dob; 班级:grade; 家长电话:phone; 入学年份:yearint
unjeonja_eolgul|ko_KR|ko|mongo|기사명:name; 얼굴벡터:face512; 차량번호:plate; 인증시각:ts; 인증결과:status; 단말IP:ip4p
dpt_biometrik|id_ID|id|mongo|nama_pemilih:name; nik:nid; vektor_wajah:faceb64; tps:room; kelurahan:region; diverifikasi:flag
skrzynki_smtp|pl_PL|pl|*|login:user; haslo:pwd; serwer:host; port:port; adres_email:email; limit_dzienny:count; utworzono:ts
cadastro_unico|pt_BR|pt|*|nis:nid; nome_pessoa:name; raca_cor:race; data_nasc:dob; renda_per_capita:amt; municipio:city; endereco:addr; telefone_contato:phone; deficiencia:disab
"""


PERSONAL = {"name", "first", "last", "middle", "name_lat", "kana", "nid", "passport", "dl", "taxid", "dob", "byear", "phone",
            "phone_f", "email", "email_up", "addr", "addr2l"}


class Table:
    """One generated table: its random source, Faker, country, format and columns."""

    def __init__(self, tid: str, stem: str, loc: str, tag: str, fmt_hint: str, spec: str, seed: int) -> None:
        self.tid, self.stem, self.loc, self.tag, self.spec = tid, stem, loc, tag, spec
        self.rng = random.Random(f"{seed}:{tid}")
        self.fake = faker(loc)
        self.fake.seed_instance(self.rng.getrandbits(32))
        self.cc = loc.split("_")[1]
        self.vlang = loc.split("_")[0]
        r = self.rng
        europe = self.cc in ("DE", "AT", "FR", "BE", "NL", "ES", "IT", "PL", "PT")
        if fmt_hint == "*":
            fmt = r.choices(["csv", "csv;", "tsv", "json", "jsonl", "mongo_relaxed", "mongo_canonical", "es", "db"],
                            [22, 6 if europe else 0, 8, 20, 12, 14, 8, 5, 5])[0]
        elif fmt_hint == "mongo":
            fmt = r.choice(["mongo_relaxed", "mongo_relaxed", "mongo_canonical"])
        elif fmt_hint == "json":
            fmt = r.choice(["json", "jsonl", "db"])
        else:
            fmt = fmt_hint
        self.delim = ";" if fmt == "csv;" else "\t" if fmt == "tsv" else ","
        self.fmt = "csv" if fmt == "csv;" else fmt
        self.card_style = r.choice(["plain", "plain", "space", "dash"])
        self.iban_spaced = r.random() < 0.3
        self.mail_domain = f"{stem.split('_')[0]}.{r.choice(['com', 'co', 'io', 'net', self.cc.lower()])}"
        self.style = r.choice(["keep"] * 5 + ["camel", "pascal", "screaming", "prefix"])
        self.prefix = r.choice(["", "f_", "c_", "usr_", stem.split("_")[0][:4] + "_"]) if self.style == "prefix" else ""
        self.nrows = r.randint(25, 70)
        self.cols: list[Col] = []
        for tok in spec.split(";"):
            name, k = tok.strip().rsplit(":", 1)
            self.add(name, k)
        if self.fmt not in ("csv", "tsv") and r.random() < 0.35:
            self.nest()
        if any(c.kind in ("face512", "faceb64") for c in self.cols):
            self.nrows = r.randint(18, 35)

    def add(self, name: str, k: str) -> None:
        cat, factory = K[k]
        segs = [self.styled(s) for s in name.split(".")]
        col = Col(segs, k, cat, factory(self), self.rng.choice([0.0, 0.0, 0.03, 0.08, 0.15]))
        col.who = sum(1 for c in self.cols if c.kind == k and k in PERSONAL)
        self.cols.append(col)

    def styled(self, s: str) -> str:
        arr = s.endswith("[]")
        s = s[:-2] if arr else s
        if " " not in s and s.isascii():
            parts = s.split("_")
            if self.style == "camel" and len(parts) > 1:
                s = parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
            elif self.style == "pascal":
                s = "".join(p[:1].upper() + p[1:] for p in parts)
            elif self.style == "screaming":
                s = s.upper()
            elif self.style == "prefix":
                s = self.prefix + s
        elif self.style == "screaming" and self.vlang in ("ru", "uk", "kk") and " " not in s:
            s = s.upper()
        return s + ("[]" if arr else "")

    def nest(self) -> None:
        """Nest coordinate pairs or the person's fields under a parent, as app exports often do."""
        r = self.rng
        flat = [c for c in self.cols if len(c.segs) == 1]
        pair = [c for c in flat if c.kind in ("lat", "lon")]
        if len(pair) == 2:
            parent = r.choice(["geo", "location", "gps", "position", "coords", "loc"])
            for c in pair:
                c.segs = [parent, c.segs[0]]
            return
        personal = [c for c in flat if c.kind in ("name", "first", "last", "middle", "dob", "email", "phone", "nid", "passport", "kana")]
        if len(personal) >= 2:
            parent = r.choice(["profile", "person", "holder", "customer", "kyc", "owner", "subject", "info"])
            for c in personal:
                c.segs = [parent, c.segs[0]]

    def add_hard_negative(self) -> None:
        r = self.rng
        names = vb.HN_NAMES.get(self.tag, vb.HN_NAMES["en"])
        pool = list(names) + list(vb.HN_EXTRA)
        taken = {".".join(c.segs) for c in self.cols}
        for _ in range(20):
            k = r.choice(pool)
            name = names[k] if k in names else r.choice(vb.HN_EXTRA[k])
            if self.styled(name) not in taken and k in K:
                self.add(name, k)
                return


class Col:
    def __init__(self, segs: list[str], kind_: str, cat: str, fn: Callable[[Person], Any], empty: float) -> None:
        self.segs, self.kind, self.cat, self.fn, self.empty = segs, kind_, cat, fn, empty
        self.joiner = "; "
        self.who = 0  # which person of the row: the second name column of a table names someone else

    def value(self, t: Table, p: Person, first_row: bool) -> Any:
        if not first_row and t.rng.random() < self.empty and self.kind not in ("geo",):
            return t.rng.choice([None, ""]) if t.fmt != "csv" else None
        return self.fn(p)


# ---------------------------------------------------------------- building and writing

def build(t: Table) -> tuple[list[dict[str, Any]], list[tuple[str, str]], list[str] | None]:
    """(records as nested python values, labels (path, category), CSV header or None)."""
    r = t.rng
    records: list[dict[str, Any]] = []
    for i in range(t.nrows):
        people = [Person(t)]
        p = people[0]
        rec: dict[str, Any] = {}
        if t.fmt.startswith("mongo"):
            rec["_id"] = Oid(ids.hexs(r, 24))
        arrays: dict[str, list[dict[str, Any]]] = {}
        for c in t.cols:
            if c.segs[0].endswith("[]"):
                head = c.segs[0][:-2]
                if head not in arrays:
                    arrays[head] = [{} for _ in range(2 if t.fmt == "csv" or t.fmt == "tsv" else r.randint(1, 3))]
                    rec[head] = arrays[head]
                for j, item in enumerate(arrays[head]):
                    item[c.segs[1]] = c.value(t, p if j == 0 else Person(t), i == 0)
                continue
            node = rec
            for s in c.segs[:-1]:
                node = node.setdefault(s, {})
            while len(people) <= c.who:
                people.append(Person(t))
            v = c.value(t, people[c.who], i == 0)
            if v is None and t.fmt in ("jsonl", "mongo_relaxed", "mongo_canonical", "es") and i > 0 and r.random() < 0.4:
                continue  # the key is absent from this document
            node[c.segs[-1]] = v
        records.append(rec)
    labels: list[tuple[str, str]] = []
    if t.fmt.startswith("mongo"):
        labels.append(("_id", NONE))
    header: list[str] | None = None
    sep = t.rng.choice([".", "_"])
    if t.fmt == "csv" or t.fmt == "tsv":
        header = []
        for c in t.cols:
            if c.segs[0].endswith("[]"):
                for j in range(2):
                    header.append(f"{c.segs[0][:-2]}.{j}.{c.segs[1]}")
                    labels.append((header[-1], c.cat))
            else:
                header.append(sep.join(c.segs))
                labels.append((header[-1], c.cat))
    else:
        for c in t.cols:
            path = ".".join(s.removesuffix("[]") for s in c.segs)
            if c.kind == "geo":
                labels += [(path + ".type", NONE), (path + ".coordinates", c.cat)]
            else:
                labels.append((path, c.cat))
    return records, labels, header


def flat_row(rec: dict[str, Any], t: Table, header: list[str]) -> list[str]:
    out = []
    for c in t.cols:
        if c.segs[0].endswith("[]"):
            for j in range(2):
                v = rec[c.segs[0][:-2]][j].get(c.segs[1])
                out.append(render(v, "csv", c))
            continue
        node: Any = rec
        for s in c.segs:
            node = node.get(s) if isinstance(node, dict) else None
        out.append(render(node, "csv", c))
    return out


def write(t: Table, out: Path) -> list[tuple[str, str, str]]:
    records, labels, header = build(t)
    r = t.rng
    fid = t.tid
    if header is not None:
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=t.delim, lineterminator=r.choice(["\n", "\r\n"]))
        w.writerow(header)
        for rec in records:
            w.writerow(flat_row(rec, t, header))
        text = buf.getvalue()
        ext = ".tsv" if t.delim == "\t" else ".csv"
        (out / f"{fid}{ext}").write_text(("\ufeff" if r.random() < 0.1 else "") + text, encoding="utf-8", newline="")
    elif t.fmt in ("mongo_relaxed", "mongo_canonical"):
        mode = "relaxed" if t.fmt == "mongo_relaxed" else "canonical"
        docs = [render(rec, mode) for rec in records]
        if r.random() < 0.25:  # mongoexport --jsonArray
            text = json.dumps(docs, ensure_ascii=False, separators=(",", ":"))
        else:
            text = "".join(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n" for d in docs)
        (out / f"{fid}.json").write_text(text, encoding="utf-8")
    elif t.fmt == "es":
        index = f"{t.stem.replace('_', '-')}-{r.randint(2023, 2025)}.{r.randint(1, 12):02d}"
        lines = []
        for rec in records:
            lines.append(json.dumps({"_index": index, "_type": "_doc", "_id": ids.urlsafe(r, 15), "_score": 1,
                                     "_source": render(rec, "json")}, ensure_ascii=False))
        (out / f"{fid}{r.choice(['.json', '.ndjson'])}").write_text("\n".join(lines) + "\n", encoding="utf-8")
        labels = [(k, NONE) for k in ("_index", "_type", "_id", "_score")] + [("_source." + p, c) for p, c in labels]
    elif t.fmt == "db":
        key = t.stem.split("_")[-1]
        lookup = [{"code": s, "label": s.title()} for s in ("new", "active", "closed")]
        doc = {key: [render(x, "json") for x in records], "statuses": lookup}
        (out / f"{fid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        labels = [(f"{key}.{p}", c) for p, c in labels] + [("statuses.code", NONE), ("statuses.label", NONE)]
    elif t.fmt == "jsonl":
        text = "".join(json.dumps(render(x, "json"), ensure_ascii=False) + "\n" for x in records)
        (out / f"{fid}{r.choice(['.jsonl', '.jsonl', '.ndjson'])}").write_text(text, encoding="utf-8")
    else:
        text = json.dumps([render(x, "json") for x in records], ensure_ascii=False, indent=r.choice([None, 2, 4]))
        (out / f"{fid}.json").write_text(text, encoding="utf-8")
    return [(fid, p, c) for p, c in labels]


def parse_templates() -> list[tuple[str, str, str, str, str]]:
    out = []
    for line in TEMPLATES.strip().splitlines():
        stem, loc, tag, fmt, spec = line.split("|", 4)
        out.append((stem, loc, tag, fmt, spec))
    return out


def plan(seed: int) -> list[Table]:
    """One table per template, more for the templates carrying the rarest categories, then hard negatives."""
    temps = parse_templates()
    tables = [Table(s, s, loc, tag, fmt, spec, seed) for s, loc, tag, fmt, spec in temps]

    def counts() -> dict[str, int]:
        n: dict[str, int] = {}
        for t in tables:
            for c in t.cols:
                n[c.cat] = n.get(c.cat, 0) + (2 if c.segs[0].endswith("[]") and t.fmt in ("csv", "tsv") else 1)
        return n

    cats = sorted({K[tok.strip().rsplit(":", 1)[1]][0] for *_, spec in temps for tok in spec.split(";")} - {NONE})
    rounds = {cat: 0 for cat in cats}
    while True:
        n = counts()
        short = [c for c in cats if n.get(c, 0) < 25]
        if not short:
            break
        cat = min(short, key=lambda c: (n.get(c, 0), c))
        carriers = [tp for tp in temps if any(K[tok.strip().rsplit(":", 1)[1]][0] == cat for tok in tp[4].split(";"))]
        tp = carriers[rounds[cat] % len(carriers)]
        rounds[cat] += 1
        k = 2
        while any(t.tid == f"{tp[0]}_{k}" for t in tables):
            k += 1
        tid = f"{tp[0]}_{k}"
        tables.append(Table(tid, tp[0], tp[1], tp[2], tp[3] if tp[3] in ("csv", "csv;", "tsv") else "*", tp[4], seed))
    master = random.Random(f"{seed}:hard-negatives")
    for t in tables:
        for _ in range(master.randint(1, 3)):
            t.add_hard_negative()
    while True:
        n = counts()
        total = sum(n.values()) + sum(1 for t in tables if t.fmt.startswith("mongo"))
        none = n.get(NONE, 0) + sum(1 for t in tables if t.fmt.startswith("mongo"))
        if none / total >= 0.6:
            break
        master.choice(tables).add_hard_negative()
    return tables


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str]] = []
    for t in plan(a.seed):
        rows += write(t, a.out)
    with (a.out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file_id", "path", "category", "note"])
        for fid, p, c in rows:
            w.writerow([fid, p, c, ""])


if __name__ == "__main__":
    main()
