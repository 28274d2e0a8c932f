"""Generate the evalgen evaluation set: synthetic multilingual exports, labelled per field.

    python bench/classify/evalgen/generate.py --out DIR [--seed 20261205] [--records 60]

Writes one file per collection into DIR, as ``mongoexport`` writes them (``.json``: one Extended
JSON document per line, relaxed or canonical mode) and some ``.csv``, plus ``labels.csv``
(``file_id,path,category,note``: every field of every collection, ``none`` where it holds no
personal data) and ``manifest.csv`` (file id, template, language, format, records). Deterministic for
a given seed and pinned Faker/python-stdnum versions. Every value is synthetic (Faker, python-stdnum
check digits, hand-written lists); no real person's data.

The schema templates, field-name vocabularies (vocab.py) and value lists were written for this set by
the labeller, independently of ajar's detectors, classifier and training data.
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import json
import os
import random
import re
import struct
import subprocess
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.id import nik
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vocab import (  # noqa: E402
    BOXES,
    DIAGNOSES,
    ETHNICITY,
    IBAN_COUNTRY,
    KK_CITIES,
    KK_FIRST,
    KK_FIRST_LAT,
    KK_LAST,
    KK_LAST_LAT,
    KK_STREETS,
    LOCALES,
    RELIGION,
    VOCAB,
)

DEFAULT_SEED = 20261205
T = TypeVar("T")
LANGS = list(VOCAB)
NONE = "none"
MISSING = object()


# --- Extended JSON ------------------------------------------------------------------------------


class Oid(str):
    pass


class Long(int):
    pass


class Date:
    def __init__(self, dt: datetime) -> None:
        self.dt = dt if dt.tzinfo else dt.replace(tzinfo=UTC)


class Bin:
    def __init__(self, data: bytes, subtype: str = "00") -> None:
        self.data, self.subtype = data, subtype


def ext(v: Any, canonical: bool) -> Any:
    """Python value -> what mongoexport writes (Extended JSON v2, relaxed or canonical)."""
    if isinstance(v, Oid):
        return {"$oid": str(v)}
    if isinstance(v, Date):
        ms = int(v.dt.timestamp() * 1000)
        if not canonical and 1970 <= v.dt.year <= 9999:
            return {"$date": v.dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{v.dt.microsecond // 1000:03d}Z"}
        return {"$date": {"$numberLong": str(ms)}}
    if isinstance(v, Bin):
        return {"$binary": {"base64": base64.b64encode(v.data).decode(), "subType": v.subtype}}
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, Long):
        return {"$numberLong": str(int(v))} if canonical else int(v)
    if isinstance(v, int):
        if canonical:
            return {"$numberInt": str(v)} if -(2**31) <= v < 2**31 else {"$numberLong": str(v)}
        return v
    if isinstance(v, float):
        return {"$numberDouble": repr(v)} if canonical else v
    if isinstance(v, dict):
        return {k: ext(x, canonical) for k, x in v.items()}
    if isinstance(v, list):
        return [ext(x, canonical) for x in v]
    raise TypeError(type(v))


def plain(v: Any) -> str:
    """A value as a CSV cell."""
    if v is None or v is MISSING:
        return ""
    if isinstance(v, Date):
        return v.dt.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, list):
        return ";".join(plain(x) for x in v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# --- context ------------------------------------------------------------------------------------


@dataclass
class Ctx:
    rng: random.Random
    fake: Faker
    lang: str
    canonical: bool
    n: int
    used: set[str] = field(default_factory=set)

    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.rng.randrange(len(seq))]

    def name_for(self, concept: str, style: str | None = None) -> str:
        """A field name for ``concept`` in this collection's language, not used before in it."""
        options = list(VOCAB[self.lang][concept])
        self.rng.shuffle(options)
        for base in options:
            cand = restyle(base, style) if style else base
            if cand not in self.used:
                self.used.add(cand)
                return cand
        cand = f"{options[0]}_{len(self.used)}"
        self.used.add(cand)
        return cand

    def key(self, k: str) -> str:
        self.used.add(k)
        return k


def restyle(name: str, style: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        return name
    parts = [p for p in re.split(r"_|(?<=[a-z])(?=[A-Z])", name) if p]
    if style == "camel":
        return parts[0].lower() + "".join(p.capitalize() for p in parts[1:])
    if style == "scream":
        return "_".join(p.upper() for p in parts)
    if style == "snake":
        return "_".join(p.lower() for p in parts)
    if style == "prefix":
        return "cust_" + "_".join(p.lower() for p in parts)
    if style == "numbered":
        return "_".join(p.lower() for p in parts) + "1"
    return name


# --- values -------------------------------------------------------------------------------------


def rand_digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def birth(ctx: Ctx) -> date:
    return date(1940, 1, 1) + timedelta(days=ctx.rng.randrange(0, 365 * 65))


def until_valid(make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    for _ in range(5000):
        s = make()
        if ok(s):
            return s
    raise RuntimeError("no valid number generated")


def kz_iin(rng: random.Random, b: date) -> str:
    w1 = list(range(1, 12))
    w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
    while True:
        century = 3 if b.year < 2000 else 5
        body = b.strftime("%y%m%d") + str(century + rng.randrange(2)) + rand_digits(rng, 4)
        d = [int(c) for c in body]
        c = sum(x * w for x, w in zip(d, w1, strict=True)) % 11
        if c == 10:
            c = sum(x * w for x, w in zip(d, w2, strict=True)) % 11
        if c != 10:
            return body + str(c)


def ir_melli(rng: random.Random) -> str:
    while True:
        body = rand_digits(rng, 9)
        if len(set(body)) == 1:
            continue
        r = sum(int(body[i]) * (10 - i) for i in range(9)) % 11
        return body + str(r if r < 2 else 11 - r)


def national_id(ctx: Ctx, b: date) -> str:
    rng, lang = ctx.rng, ctx.lang
    if lang == "en":
        return until_valid(lambda: f"{rand_digits(rng, 3)}-{rand_digits(rng, 2)}-{rand_digits(rng, 4)}", ssn.is_valid)
    if lang == "zh":
        body = (
            ctx.pick(["110101", "310104", "440305", "510107", "330106", "420102"])
            + b.strftime("%Y%m%d")
            + rand_digits(rng, 3)
        )
        return body + ric.calc_check_digit(body)
    if lang == "ru":
        body = rand_digits(rng, 10, True)
        return body + inn.calc_personal_check_digits(body)
    if lang == "kk":
        return kz_iin(rng, b)
    if lang == "uk":
        return until_valid(lambda: rand_digits(rng, 10, True), rntrc.is_valid)
    if lang == "tr":
        body = rand_digits(rng, 9, True)
        return body + tckimlik.calc_check_digits(body)
    if lang == "ar":
        body = ctx.pick(["1", "2"]) + rand_digits(rng, 8)
        return body + luhn.calc_check_digit(body)
    if lang == "fa":
        return ir_melli(rng)
    if lang == "hi":
        n = until_valid(lambda: rand_digits(rng, 12, True), aadhaar.is_valid)
        return f"{n[:4]} {n[4:8]} {n[8:]}" if rng.random() < 0.5 else n
    if lang == "id":

        def mk() -> str:
            dd = b.day + (40 if rng.random() < 0.5 else 0)
            return (
                ctx.pick(["317101", "327302", "357801", "517102"])
                + f"{dd:02d}{b.month:02d}{b.year % 100:02d}"
                + rand_digits(rng, 3)
                + str(rng.randrange(1, 10))
            )

        return until_valid(mk, nik.is_valid)
    if lang == "vi":
        return (
            ctx.pick(["001", "079", "048", "031"])
            + ("0" if b.year < 2000 else "2")
            + f"{b.year % 100:02d}"
            + rand_digits(rng, 6)
        )
    if lang == "es":
        body = rand_digits(rng, 8)
        return body + dni.calc_check_digit(body)
    if lang == "pt":
        n = until_valid(lambda: rand_digits(rng, 11), cpf.is_valid)
        return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if rng.random() < 0.6 else n
    if lang == "fr":
        body = (
            ctx.pick(["1", "2"])
            + f"{b.year % 100:02d}{b.month:02d}"
            + ctx.pick(["75", "69", "13", "33", "59"])
            + rand_digits(rng, 3)
            + rand_digits(rng, 3)
        )
        n = body + nir.calc_check_digits(body)
        return nir.format(n) if rng.random() < 0.5 else n
    if lang == "de":
        return until_valid(lambda: rand_digits(rng, 11, True), idnr.is_valid)
    if lang == "it":
        letters = "BCDFGHLMNPRSTVZ"
        months = "ABCDEHLMPRST"

        def mk() -> str:
            body = (
                "".join(ctx.pick(list(letters)) for _ in range(6))
                + f"{b.year % 100:02d}"
                + months[b.month - 1]
                + f"{b.day + (40 if rng.random() < 0.5 else 0):02d}"
                + ctx.pick(["H501", "F205", "L219", "A944", "G273"])
            )
            return body + codicefiscale.calc_check_digit(body)

        return until_valid(mk, codicefiscale.is_valid)
    if lang == "nl":
        return until_valid(lambda: rand_digits(rng, 9, True), bsn.is_valid)
    if lang == "pl":
        m = b.month + (20 if b.year >= 2000 else 0)
        body = f"{b.year % 100:02d}{m:02d}{b.day:02d}" + rand_digits(rng, 4)
        return body + pesel.calc_check_digit(body)
    if lang == "ja":
        body = rand_digits(rng, 11, True)
        return body + jp_in.calc_check_digit(body)
    if lang == "ko":

        def mk() -> str:
            g = ("1" if rng.random() < 0.5 else "2") if b.year < 2000 else ("3" if rng.random() < 0.5 else "4")
            body = b.strftime("%y%m%d") + g + rand_digits(rng, 5)
            return body + rrn.calc_check_digit(body)

        n = until_valid(mk, rrn.is_valid)
        return f"{n[:6]}-{n[6:]}"
    raise KeyError(lang)


def person_name(ctx: Ctx, part: str = "full") -> str:
    if ctx.lang == "kk":
        lat = ctx.rng.random() < 0.3
        first = ctx.pick(KK_FIRST_LAT if lat else KK_FIRST)
        last = ctx.pick(KK_LAST_LAT if lat else KK_LAST)
        return {"first": first, "last": last}.get(part, f"{last} {first}")
    f = ctx.fake
    if part == "first":
        return str(f.first_name())
    if part == "last":
        return str(f.last_name())
    if ctx.lang in ("ru", "uk") and ctx.rng.random() < 0.7:
        return f"{f.last_name()} {f.first_name()} {f.middle_name()}"
    return str(f.name())


def phone(ctx: Ctx, style: str = "text") -> Any:
    if ctx.lang == "kk":
        digits = "7" + ctx.pick(["701", "705", "707", "747", "777"]) + rand_digits(ctx.rng, 7)
        text = ctx.pick(
            [
                f"+{digits[0]} {digits[1:4]} {digits[4:7]} {digits[7:9]} {digits[9:]}",
                f"8-{digits[1:4]}-{digits[4:7]}-{digits[7:]}",
                f"+{digits}",
            ]
        )
    else:
        text = str(ctx.fake.phone_number())
        digits = re.sub(r"\D", "", text)
    if style == "float":
        return float(int(digits)) if digits else None
    if style == "int":
        return Long(int(digits)) if digits else None
    return text


def address(ctx: Ctx, two_lines: bool = False) -> str:
    if ctx.lang == "kk":
        house, flat = ctx.rng.randrange(1, 200), ctx.rng.randrange(1, 120)
        return f"{ctx.pick(KK_CITIES)} қ., {ctx.pick(KK_STREETS)}, {house}-үй, {flat}-пәтер"
    a = str(ctx.fake.address())
    return a if two_lines else a.replace("\n", ", ")


def street(ctx: Ctx) -> str:
    if ctx.lang == "kk":
        return f"{ctx.pick(KK_STREETS)}, {ctx.rng.randrange(1, 200)}"
    return str(ctx.fake.street_address())


def postcode(ctx: Ctx) -> str:
    if ctx.lang == "kk":
        return "0" + rand_digits(ctx.rng, 5)
    return str(ctx.fake.postcode())


def city(ctx: Ctx) -> str:
    if ctx.lang == "kk":
        return ctx.pick(KK_CITIES)
    return str(ctx.fake.city())


def birth_value(ctx: Ctx, b: date, fmt: str) -> Any:
    if fmt == "date":
        return Date(datetime(b.year, b.month, b.day))
    if fmt == "iso":
        return b.isoformat()
    if fmt == "dmy":
        return b.strftime("%d.%m.%Y")
    if fmt == "mdy":
        return b.strftime("%m/%d/%Y")
    if fmt == "ymd_cjk":
        return f"{b.year}年{b.month}月{b.day}日"
    if fmt == "compact":
        return b.strftime("%Y%m%d")
    if fmt == "dmy_slash":
        return b.strftime("%d/%m/%Y")
    raise KeyError(fmt)


BIRTH_FMT = {
    "en": ["mdy", "iso", "date"],
    "zh": ["iso", "ymd_cjk", "compact"],
    "ja": ["ymd_cjk", "iso", "date"],
    "ko": ["compact", "iso"],
    "ru": ["dmy", "date"],
    "kk": ["dmy", "iso"],
    "uk": ["dmy", "date"],
    "de": ["dmy", "date"],
    "pl": ["dmy", "iso"],
    "tr": ["dmy", "date"],
    "fr": ["dmy_slash", "date"],
    "es": ["dmy_slash", "iso"],
    "pt": ["dmy_slash", "date"],
    "it": ["dmy_slash", "iso"],
    "nl": ["dmy", "iso"],
    "ar": ["iso", "date"],
    "fa": ["iso"],
    "hi": ["dmy_slash", "iso"],
    "id": ["dmy", "iso"],
    "vi": ["dmy_slash", "date"],
}


def coord(ctx: Ctx) -> tuple[float, float]:
    (la0, la1), (lo0, lo1) = BOXES[ctx.lang]
    return round(ctx.rng.uniform(la0, la1), 6), round(ctx.rng.uniform(lo0, lo1), 6)


def deg(v: float, pos: str, neg: str) -> str:
    return f"{abs(v):.6f}° {pos if v >= 0 else neg}"


def iban_value(ctx: Ctx) -> str:
    cc = IBAN_COUNTRY[ctx.lang]
    lengths = {
        "DE": "n18",
        "FR": "n23",
        "ES": "n20",
        "IT": "a1n22",
        "NL": "a4n10",
        "PL": "n24",
        "TR": "n22",
        "BR": "n23a2",
        "UA": "n25",
        "KZ": "n16",
        "SA": "n18",
        "GB": "a4n14",
    }

    def mk() -> str:
        spec = lengths[cc]
        bban = ""
        for kind, count in re.findall(r"([an])(\d+)", spec):
            for _ in range(int(count)):
                bban += ctx.pick(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) if kind == "a" else str(ctx.rng.randrange(10))
        if cc == "BR":
            bban = bban[:-1] + ctx.pick(list("12"))  # account holder position
        cd = std_iban.calc_check_digits(cc + "00" + bban)
        return cc + cd + bban

    n = until_valid(mk, std_iban.is_valid)
    return std_iban.format(n) if ctx.rng.random() < 0.5 else n


def card_number(ctx: Ctx) -> str:
    prefix = ctx.pick(["4", "51", "52", "55", "2221", "37", "6011", "62"])
    length = 15 if prefix == "37" else 16
    body = prefix + rand_digits(ctx.rng, length - len(prefix) - 1)
    n = body + luhn.calc_check_digit(body)
    if ctx.rng.random() < 0.3:
        return " ".join(n[i : i + 4] for i in range(0, len(n), 4))
    return n


def imei(ctx: Ctx) -> str:
    body = ctx.pick(["35", "86", "01", "49"]) + rand_digits(ctx.rng, 12)
    return body + luhn.calc_check_digit(body)


def mac(ctx: Ctx) -> str:
    sep = ctx.pick([":", "-"])
    octets = [ctx.rng.randrange(256) for _ in range(6)]
    s = sep.join(f"{o:02x}" for o in octets)
    return s.upper() if ctx.rng.random() < 0.5 else s


def ts(ctx: Ctx, start: int = 2019) -> Date:
    base = datetime(start, 1, 1, tzinfo=UTC)
    return Date(base + timedelta(seconds=ctx.rng.randrange(0, 5 * 365 * 86400), milliseconds=ctx.rng.randrange(1000)))


def oid(ctx: Ctx, t: Date | None = None) -> Oid:
    secs = int((t.dt if t else datetime(2022, 1, 1, tzinfo=UTC)).timestamp()) + ctx.rng.randrange(0, 10**7)
    return Oid(f"{secs:08x}" + "".join(f"{ctx.rng.randrange(256):02x}" for _ in range(8)))


def jwt(ctx: Ctx) -> str:
    def b64(d: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).rstrip(b"=").decode()

    head = b64({"alg": "HS256", "typ": "JWT"})
    body = b64({"sub": str(ctx.rng.randrange(10**6)), "iat": 1600000000 + ctx.rng.randrange(10**8)})
    sig = base64.urlsafe_b64encode(ctx.rng.randbytes(32)).rstrip(b"=").decode()
    return f"{head}.{body}.{sig}"


def bcrypt_like(ctx: Ctx) -> str:
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2b$12$" + "".join(ctx.pick(list(alphabet)) for _ in range(53))


def embedding(ctx: Ctx, n: int = 128) -> list[float]:
    v = [ctx.rng.gauss(0, 1) for _ in range(n)]
    norm = sum(x * x for x in v) ** 0.5
    return [round(x / norm, 6) for x in v]


def diagnosis(ctx: Ctx) -> tuple[str, str]:
    code, names = ctx.pick(DIAGNOSES)
    return code, names.get(ctx.lang, names["en"])


def gender(ctx: Ctx) -> str:
    return ctx.pick(
        {
            "zh": ["男", "女"],
            "ja": ["男", "女"],
            "ko": ["남", "여"],
            "ru": ["М", "Ж"],
            "kk": ["ер", "әйел"],
            "uk": ["ч", "ж"],
            "de": ["m", "w", "d"],
            "tr": ["E", "K"],
            "fr": ["H", "F"],
            "es": ["H", "M"],
            "pt": ["M", "F"],
            "ar": ["ذكر", "أنثى"],
            "fa": ["مرد", "زن"],
        }.get(ctx.lang, ["M", "F"])
    )


# --- collections --------------------------------------------------------------------------------


@dataclass
class Coll:
    file_id: str
    template: str
    fmt: str  # json | csv
    records: list[dict[str, Any]]
    labels: dict[str, str]


class Builder:
    """Collects fields column-wise: each field has a path, a category and a value maker."""

    def __init__(self, ctx: Ctx, empty_style: str) -> None:
        self.ctx = ctx
        self.cols: list[tuple[str, Callable[[int], Any], float]] = []
        self.labels: dict[str, str] = {}
        self.empty_style = empty_style

    def add(
        self, path: str, cat: str, make: Callable[[int], Any], fill: float = 1.0, sub: dict[str, str] | None = None
    ) -> None:
        self.cols.append((path, make, fill))
        if sub is None:
            self.labels[path] = cat
        else:
            for k, c in sub.items():
                self.labels[f"{path}.{k}"] = c

    def build(self) -> list[dict[str, Any]]:
        out = []
        for i in range(self.ctx.n):
            rec: dict[str, Any] = {}
            for path, make, fill in self.cols:
                v = make(i) if self.ctx.rng.random() < fill else MISSING
                if v is MISSING:
                    if self.empty_style == "omit":
                        continue
                    v = "" if self.empty_style == "blank" else None
                put(rec, path, v)
            out.append(rec)
        return out


def put(rec: dict[str, Any], path: str, v: Any) -> None:
    parts = path.split(".")
    for p in parts[:-1]:
        rec = rec.setdefault(p, {})
    rec[parts[-1]] = v


def per_row(ctx: Ctx, fn: Callable[[], Any]) -> Callable[[int], Any]:
    return lambda _i: fn()


def t_registry(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, ctx.pick(["omit", "null", "blank"]))
    births = [birth(ctx) for _ in range(ctx.n)]
    style = ctx.pick([None, None, "camel", "scream", "snake"])
    if fmt == "json":
        b.add(ctx.key("_id"), NONE, per_row(ctx, lambda: oid(ctx)))
    else:
        b.add(ctx.key("id"), NONE, lambda i: i + 1)
    upper = r.random() < 0.25
    if r.random() < 0.5:
        b.add(
            ctx.name_for("full_name", style),
            "person.name",
            lambda i: person_name(ctx).upper() if upper else person_name(ctx),
        )
    else:
        b.add(
            ctx.name_for("last_name", style),
            "person.name",
            lambda i: person_name(ctx, "last").upper() if upper else person_name(ctx, "last"),
        )
        b.add(ctx.name_for("first_name", style), "person.name", lambda i: person_name(ctx, "first"))
    b.add(ctx.key("gender" if r.random() < 0.5 else "sex"), NONE, per_row(ctx, lambda: gender(ctx)), 0.9)
    bfmt = (
        ctx.pick(BIRTH_FMT[ctx.lang])
        if fmt == "json"
        else ctx.pick([f for f in BIRTH_FMT[ctx.lang] if f != "date"] or ["iso"])
    )
    b.add(ctx.name_for("birth_date", style), "person.birth_date", lambda i: birth_value(ctx, births[i], bfmt), 0.95)
    b.add(ctx.name_for("national_id", style), "person.national_id", lambda i: national_id(ctx, births[i]), 0.9)
    pstyle = ctx.pick(["text", "text", "float", "list"]) if fmt == "json" else ctx.pick(["text", "float"])
    pname = ctx.name_for("phone", style)
    if pstyle == "list":
        b.add(pname, "contact.phone", per_row(ctx, lambda: [phone(ctx) for _ in range(r.randrange(1, 3))]), 0.9)
    else:
        b.add(pname, "contact.phone", per_row(ctx, lambda: phone(ctx, pstyle)), 0.8)
    b.add(ctx.name_for("email", style), "contact.email", per_row(ctx, lambda: str(ctx.fake.email())), 0.7)
    if fmt == "json" and r.random() < 0.5:
        a = ctx.name_for("address", style)
        b.add(
            a,
            "",
            per_row(ctx, lambda: {"street": street(ctx), "zip": postcode(ctx), "city": city(ctx)}),
            0.9,
            sub={"street": "contact.address", "zip": "contact.address", "city": NONE},
        )
    else:
        two = r.random() < 0.4
        b.add(ctx.name_for("address", style), "contact.address", per_row(ctx, lambda: address(ctx, two)), 0.9)
    if r.random() < 0.6:
        b.add(
            ctx.name_for("ethnicity", style),
            "special.ethnicity",
            per_row(ctx, lambda: ctx.pick(ETHNICITY[ctx.lang])),
            0.8,
        )
    if r.random() < 0.5:
        b.add(
            ctx.name_for("religion", style), "special.religion", per_row(ctx, lambda: ctx.pick(RELIGION[ctx.lang])), 0.7
        )
    b.add(
        ctx.key("created_at" if fmt == "json" else "created"),
        NONE,
        per_row(ctx, lambda: ts(ctx) if fmt == "json" else plain(ts(ctx))),
    )
    b.add(ctx.key("status"), NONE, per_row(ctx, lambda: ctx.pick(["active", "inactive", "pending", "A", "I"])))
    b.add(ctx.key("version"), NONE, per_row(ctx, lambda: r.randrange(1, 9)))
    return b


def t_customers(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, ctx.pick(["omit", "null"]))
    b.add(ctx.key("_id"), NONE, per_row(ctx, lambda: oid(ctx)))
    b.add(ctx.key("customerNo"), NONE, per_row(ctx, lambda: Long(r.randrange(10**9, 10**10))))
    b.add(ctx.name_for("full_name"), "person.name", per_row(ctx, lambda: person_name(ctx)))
    b.add(ctx.name_for("email"), "contact.email", per_row(ctx, lambda: str(ctx.fake.email())), 0.9)
    if r.random() < 0.5:
        b.add(ctx.key("phones"), "contact.phone", per_row(ctx, lambda: [phone(ctx) for _ in range(r.randrange(1, 4))]))
    else:
        b.add(
            ctx.key("contacts"),
            "",
            per_row(
                ctx,
                lambda: [
                    {"type": ctx.pick(["mobile", "home", "work"]), "value": phone(ctx)}
                    for _ in range(r.randrange(1, 3))
                ],
            ),
            sub={"type": NONE, "value": "contact.phone"},
        )
    b.add(
        ctx.key("billing"),
        "",
        per_row(
            ctx,
            lambda: {"street": street(ctx), "zip": postcode(ctx), "city": city(ctx), "country": LOCALES[ctx.lang][-2:]},
        ),
        sub={"street": "contact.address", "zip": "contact.address", "city": NONE, "country": NONE},
    )
    if r.random() < 0.5:
        b.add(
            ctx.key("card"),
            "",
            per_row(
                ctx,
                lambda: {
                    "pan": card_number(ctx),
                    "exp": f"{r.randrange(1, 13):02d}/{r.randrange(26, 31)}",
                    "brand": ctx.pick(["VISA", "MC", "AMEX"]),
                },
            ),
            0.8,
            sub={"pan": "financial.card_number", "exp": NONE, "brand": NONE},
        )
    else:
        b.add(ctx.key("iban"), "financial.iban", per_row(ctx, lambda: iban_value(ctx)), 0.8)
        b.add(ctx.key("card_last4"), NONE, per_row(ctx, lambda: rand_digits(r, 4)))
    b.add(
        ctx.key("signup_ip"),
        "network.ip_address",
        per_row(ctx, lambda: ctx.fake.ipv4_public() if r.random() < 0.8 else ctx.fake.ipv6()),
        0.9,
    )
    b.add(ctx.key("loyaltyPoints"), NONE, per_row(ctx, lambda: r.randrange(0, 50000)))
    b.add(ctx.key("segment"), NONE, per_row(ctx, lambda: ctx.pick(["gold", "silver", "bronze", "B2B"])))
    b.add(ctx.key("lastOrderAt"), NONE, per_row(ctx, lambda: ts(ctx)), 0.8)
    b.add(ctx.key("avg_basket"), NONE, per_row(ctx, lambda: round(r.uniform(5, 400), 2)))
    if r.random() < 0.5:
        b.add(
            ctx.name_for("birth_date"),
            "person.birth_date",
            per_row(ctx, lambda: birth_value(ctx, birth(ctx), ctx.pick(BIRTH_FMT[ctx.lang]))),
            0.6,
        )
    return b


def t_tracker(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "omit")
    b.add(ctx.key("_id"), NONE, per_row(ctx, lambda: oid(ctx)))
    b.add(ctx.key("imei"), "device.identifier", per_row(ctx, lambda: imei(ctx)))
    b.add(ctx.name_for("full_name"), "person.name", per_row(ctx, lambda: person_name(ctx)), 0.9)
    b.add(ctx.key("ts"), NONE, per_row(ctx, lambda: ts(ctx)))
    variant = ctx.pick(["lonlat", "geojson", "split", "string", "degrees", "latlng_obj"])
    if variant == "lonlat":
        key = ctx.pick(["pos", "loc", "p", "gps"])
        b.add(ctx.key(key), "location.coordinates", per_row(ctx, lambda: (lambda c: [c[1], c[0]])(coord(ctx))))
    elif variant == "geojson":
        b.add(
            ctx.key("location"),
            "",
            per_row(ctx, lambda: (lambda c: {"type": "Point", "coordinates": [c[1], c[0]]})(coord(ctx))),
            sub={"type": NONE, "coordinates": "location.coordinates"},
        )
    elif variant == "split":
        cs = [coord(ctx) for _ in range(ctx.n)]
        b.add(ctx.name_for("lat"), "location.coordinates", lambda i: cs[i][0])
        b.add(ctx.name_for("lon"), "location.coordinates", lambda i: cs[i][1])
    elif variant == "string":
        b.add(
            ctx.key(ctx.pick(["latlng", "coords", "where"])),
            "location.coordinates",
            per_row(ctx, lambda: (lambda c: f"{c[0]},{c[1]}")(coord(ctx))),
        )
    elif variant == "degrees":
        cs = [coord(ctx) for _ in range(ctx.n)]
        b.add(ctx.name_for("lat"), "location.coordinates", lambda i: deg(cs[i][0], "N", "S"))
        b.add(ctx.name_for("lon"), "location.coordinates", lambda i: deg(cs[i][1], "E", "W"))
    else:
        b.add(
            ctx.key("gps"),
            "",
            per_row(ctx, lambda: (lambda c: {"lat": c[0], "lng": c[1], "acc": r.randrange(3, 60)})(coord(ctx))),
            sub={"lat": "location.coordinates", "lng": "location.coordinates", "acc": NONE},
        )
    b.add(ctx.key("speed_kmh"), NONE, per_row(ctx, lambda: round(r.uniform(0, 120), 1)))
    b.add(ctx.key("heading"), NONE, per_row(ctx, lambda: r.randrange(0, 360)))
    b.add(ctx.key("battery"), NONE, per_row(ctx, lambda: round(r.uniform(0.05, 1.0), 2)))
    b.add(ctx.key("temp_c"), NONE, per_row(ctx, lambda: round(r.uniform(-30, 45), 1)))
    return b


def t_health(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, ctx.pick(["omit", "null", "blank"]))
    births = [birth(ctx) for _ in range(ctx.n)]
    dx = [diagnosis(ctx) for _ in range(ctx.n)]
    b.add(
        ctx.key("_id") if fmt == "json" else ctx.key("record_id"),
        NONE,
        per_row(ctx, lambda: oid(ctx)) if fmt == "json" else (lambda i: 1000 + i),
    )
    b.add(ctx.key("patient_no"), NONE, lambda i: f"P{100000 + i * 7}")
    b.add(ctx.name_for("full_name"), "person.name", per_row(ctx, lambda: person_name(ctx)))
    bfmt = ctx.pick([f for f in BIRTH_FMT[ctx.lang] if fmt == "json" or f != "date"] or ["iso"])
    b.add(ctx.name_for("birth_date"), "person.birth_date", lambda i: birth_value(ctx, births[i], bfmt))
    b.add(ctx.name_for("diagnosis"), "special.health", lambda i: dx[i][1], 0.9)
    b.add(ctx.name_for("icd"), "special.health", lambda i: dx[i][0], 0.9)
    b.add(
        ctx.key("blood_type" if r.random() < 0.5 else "bloodGroup"),
        "special.health",
        per_row(ctx, lambda: ctx.pick(["A+", "A-", "B+", "O+", "O-", "AB+", "0 Rh+", "A Rh-"])),
        0.7,
    )
    if fmt == "json":
        b.add(
            ctx.key("medications"),
            "",
            per_row(
                ctx,
                lambda: [
                    {
                        "drug": ctx.pick(
                            [
                                "metformin",
                                "lisinopril",
                                "salbutamol",
                                "sertraline",
                                "atorvastatin",
                                "tenofovir",
                                "omeprazole",
                            ]
                        ),
                        "dose": ctx.pick(["500 mg", "10 mg", "2 puffs", "50mg", "20 mg"]),
                    }
                    for _ in range(r.randrange(1, 3))
                ],
            ),
            0.8,
            sub={"drug": "special.health", "dose": "special.health"},
        )
        b.add(
            ctx.key("allergies"),
            "special.health",
            per_row(ctx, lambda: ctx.pick([["penicillin"], ["peanuts", "latex"], [], ["pollen"]])),
            0.6,
        )
        b.add(ctx.key("visit"), NONE, per_row(ctx, lambda: ts(ctx)))
    else:
        b.add(ctx.key("visit_date"), NONE, per_row(ctx, lambda: plain(ts(ctx))[:10]))
    b.add(ctx.key("bmi"), "special.health", per_row(ctx, lambda: round(r.uniform(16, 42), 1)), 0.8)
    b.add(ctx.key("doctor"), "person.name", per_row(ctx, lambda: person_name(ctx)), 0.9)
    b.add(ctx.key("ward"), NONE, per_row(ctx, lambda: ctx.pick(["A1", "B2", "ICU", "ER", "3C"])))
    b.add(
        ctx.key("insurer"),
        NONE,
        per_row(ctx, lambda: ctx.pick(["AOK", "TK", "Allianz", "MetLife", "SGK", "CNAM", "Unimed"])),
    )
    b.add(ctx.name_for("phone"), "contact.phone", per_row(ctx, lambda: phone(ctx)), 0.6)
    return b


def t_hr(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, ctx.pick(["omit", "null"]))
    births = [birth(ctx) for _ in range(ctx.n)]
    style = ctx.pick([None, "scream", "camel"])
    b.add(
        ctx.key("_id") if fmt == "json" else ctx.key("EMP_NO"),
        NONE,
        per_row(ctx, lambda: oid(ctx)) if fmt == "json" else (lambda i: f"E{20000 + i}"),
    )
    b.add(ctx.name_for("full_name", style), "person.name", per_row(ctx, lambda: person_name(ctx).upper()))
    bfmt = ctx.pick([f for f in BIRTH_FMT[ctx.lang] if fmt == "json" or f != "date"] or ["iso"])
    b.add(ctx.name_for("birth_date", style), "person.birth_date", lambda i: birth_value(ctx, births[i], bfmt))
    b.add(ctx.key("hire_date"), NONE, per_row(ctx, lambda: plain(ts(ctx, 2005))[:10]))
    b.add(ctx.key("department"), NONE, per_row(ctx, lambda: ctx.pick(["IT", "HR", "Finance", "Ops", "Sales", "R&D"])))
    b.add(ctx.key("salary"), NONE, per_row(ctx, lambda: float(r.randrange(20000, 150000))))
    b.add(
        ctx.name_for("phone", style),
        "contact.phone",
        per_row(ctx, lambda: phone(ctx, ctx.pick(["text", "float"]))),
        0.9,
    )
    b.add(ctx.name_for("address", style), "contact.address", per_row(ctx, lambda: address(ctx, True)), 0.9)
    b.add(
        ctx.key("IBAN" if style == "scream" else "iban"), "financial.iban", per_row(ctx, lambda: iban_value(ctx)), 0.9
    )
    b.add(ctx.name_for("national_id", style), "person.national_id", lambda i: national_id(ctx, births[i]), 0.9)
    if r.random() < 0.6:
        b.add(
            ctx.name_for("religion", style), "special.religion", per_row(ctx, lambda: ctx.pick(RELIGION[ctx.lang])), 0.8
        )
    if fmt == "json":
        b.add(
            ctx.key("emergency_contact"),
            "",
            per_row(
                ctx,
                lambda: {
                    "name": person_name(ctx),
                    "phone": phone(ctx),
                    "relation": ctx.pick(["spouse", "parent", "sibling"]),
                },
            ),
            0.8,
            sub={"name": "person.name", "phone": "contact.phone", "relation": NONE},
        )
    b.add(ctx.key("work_email"), "contact.email", per_row(ctx, lambda: str(ctx.fake.company_email())), 0.9)
    b.add(ctx.key("grade"), NONE, per_row(ctx, lambda: ctx.pick(["L1", "L2", "L3", "M1"])))
    return b


def t_orders(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "omit")
    b.add(ctx.key("_id"), NONE, per_row(ctx, lambda: oid(ctx)))
    b.add(ctx.key("order_no"), NONE, per_row(ctx, lambda: Long(r.randrange(10**17, 10**18))))
    b.add(ctx.key("placed_at"), NONE, per_row(ctx, lambda: ts(ctx)))
    b.add(
        ctx.key("items"),
        "",
        per_row(
            ctx,
            lambda: [
                {
                    "sku": f"SKU-{r.randrange(10**5):05d}",
                    "title": str(ctx.fake.catch_phrase()),
                    "qty": r.randrange(1, 5),
                    "price": round(r.uniform(1, 300), 2),
                }
                for _ in range(r.randrange(1, 4))
            ],
        ),
        sub={"sku": NONE, "title": NONE, "qty": NONE, "price": NONE},
    )
    b.add(ctx.key("total"), NONE, per_row(ctx, lambda: round(r.uniform(5, 900), 2)))
    b.add(
        ctx.key("ship_to"),
        "",
        per_row(
            ctx,
            lambda: {
                "name": person_name(ctx),
                "street": street(ctx),
                "zip": postcode(ctx),
                "city": city(ctx),
                "phone": phone(ctx),
            },
        ),
        sub={
            "name": "person.name",
            "street": "contact.address",
            "zip": "contact.address",
            "city": NONE,
            "phone": "contact.phone",
        },
    )
    b.add(ctx.key("buyer_email"), "contact.email", per_row(ctx, lambda: str(ctx.fake.free_email())), 0.9)
    b.add(ctx.key("status"), NONE, per_row(ctx, lambda: ctx.pick(["paid", "shipped", "cancelled", "refunded"])))
    b.add(
        ctx.key("tracking_no"),
        NONE,
        per_row(ctx, lambda: "1Z" + "".join(ctx.pick(list("0123456789ABCDEFGHJK")) for _ in range(16))),
        0.7,
    )
    b.add(
        ctx.key("payment"),
        "",
        per_row(ctx, lambda: {"method": ctx.pick(["card", "paypal", "cod"]), "last4": rand_digits(r, 4)}),
        sub={"method": NONE, "last4": NONE},
    )
    return b


def t_weblog(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "omit")
    b.add(ctx.key("@timestamp"), NONE, per_row(ctx, lambda: ts(ctx, 2023)))
    b.add(
        ctx.key("client_ip"),
        "network.ip_address",
        per_row(ctx, lambda: ctx.fake.ipv4_public() if r.random() < 0.7 else ctx.fake.ipv6()),
    )
    b.add(
        ctx.key("x_forwarded_for"),
        "network.ip_address",
        per_row(ctx, lambda: ", ".join(ctx.fake.ipv4() for _ in range(r.randrange(1, 3)))),
        0.6,
    )
    b.add(ctx.key("method"), NONE, per_row(ctx, lambda: ctx.pick(["GET", "POST", "PUT"])))
    b.add(ctx.key("path"), NONE, per_row(ctx, lambda: ctx.fake.uri_path()))
    b.add(ctx.key("status"), NONE, per_row(ctx, lambda: ctx.pick([200, 200, 301, 404, 500])))
    b.add(ctx.key("bytes"), NONE, per_row(ctx, lambda: r.randrange(100, 10**6)))
    b.add(ctx.key("user_agent"), NONE, per_row(ctx, lambda: ctx.fake.user_agent()))
    b.add(ctx.key("session"), "credential.secret", per_row(ctx, lambda: jwt(ctx)), 0.7)
    b.add(ctx.key("user_id"), NONE, per_row(ctx, lambda: r.randrange(1, 10**6)), 0.7)
    b.add(
        ctx.key("geo"),
        "",
        per_row(ctx, lambda: (lambda c: {"lat": c[0], "lon": c[1], "country_iso": "US"})(coord(ctx))),
        0.8,
        sub={"lat": "location.coordinates", "lon": "location.coordinates", "country_iso": NONE},
    )
    b.add(ctx.key("latency_ms"), NONE, per_row(ctx, lambda: round(r.uniform(0.5, 900), 3)))
    return b


def t_telemetry(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "omit")
    b.add(ctx.key("_id"), NONE, per_row(ctx, lambda: oid(ctx)))
    b.add(
        ctx.key("device"),
        "",
        per_row(
            ctx,
            lambda: {
                "mac": mac(ctx),
                "imei": imei(ctx),
                "serial": "SN" + rand_digits(r, 10),
                "model": ctx.pick(["Pixel 7", "SM-G991B", "iPhone14,2", "Redmi Note 11"]),
            },
        ),
        sub={"mac": "device.identifier", "imei": "device.identifier", "serial": "device.identifier", "model": NONE},
    )
    b.add(
        ctx.key("adid"),
        "device.identifier",
        per_row(ctx, lambda: str(uuid.UUID(int=r.getrandbits(128), version=4))),
        0.8,
    )
    b.add(ctx.key("fw"), NONE, per_row(ctx, lambda: f"{r.randrange(1, 5)}.{r.randrange(20)}.{r.randrange(100)}"))
    b.add(
        ctx.key("readings"),
        "",
        per_row(
            ctx,
            lambda: {
                "temp": round(r.uniform(-10, 40), 2),
                "hum": round(r.uniform(10, 99), 1),
                "v": round(r.uniform(3.2, 4.2), 3),
            },
        ),
        sub={"temp": NONE, "hum": NONE, "v": NONE},
    )
    b.add(
        ctx.key("loc"),
        "",
        per_row(ctx, lambda: (lambda c: {"type": "Point", "coordinates": [c[1], c[0]]})(coord(ctx))),
        0.7,
        sub={"type": NONE, "coordinates": "location.coordinates"},
    )
    b.add(ctx.key("received"), NONE, per_row(ctx, lambda: ts(ctx, 2024)))
    b.add(ctx.key("seq"), NONE, per_row(ctx, lambda: Long(r.randrange(10**12))))
    return b


def t_auth(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "null")
    b.add(ctx.key("_id"), NONE, per_row(ctx, lambda: oid(ctx)))
    b.add(ctx.key("username"), NONE, per_row(ctx, lambda: ctx.fake.user_name()))
    b.add(ctx.key("email"), "contact.email", per_row(ctx, lambda: ctx.fake.email()))
    b.add(ctx.key("password_hash"), "credential.secret", per_row(ctx, lambda: bcrypt_like(ctx)))
    b.add(
        ctx.key("api_key"),
        "credential.secret",
        per_row(ctx, lambda: ctx.pick(["sk_live_", "pk_", "ak_"]) + r.randbytes(18).hex()),
        0.6,
    )
    b.add(
        ctx.key("mfa_seed"), "credential.secret", per_row(ctx, lambda: base64.b32encode(r.randbytes(10)).decode()), 0.5
    )
    b.add(ctx.key("last_login_ip"), "network.ip_address", per_row(ctx, lambda: ctx.fake.ipv4_public()), 0.9)
    b.add(
        ctx.key("face_template"),
        "biometric.face_embedding",
        per_row(ctx, lambda: Bin(struct.pack("<128f", *embedding(ctx)))),
        0.7,
    )
    b.add(ctx.key("roles"), NONE, per_row(ctx, lambda: ctx.pick([["user"], ["user", "admin"], ["viewer"]])))
    b.add(ctx.key("created"), NONE, per_row(ctx, lambda: ts(ctx)))
    b.add(ctx.key("avatar_sha1"), NONE, per_row(ctx, lambda: hashlib.sha1(r.randbytes(16)).hexdigest()))
    return b


def t_faces(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "omit")
    b.add(ctx.key("_id"), NONE, per_row(ctx, lambda: oid(ctx)))
    b.add(ctx.key("person"), "person.name", per_row(ctx, lambda: person_name(ctx)))
    b.add(ctx.key("embedding"), "biometric.face_embedding", per_row(ctx, lambda: embedding(ctx)))
    b.add(
        ctx.key("bbox"),
        NONE,
        per_row(ctx, lambda: [r.randrange(0, 600), r.randrange(0, 400), r.randrange(40, 200), r.randrange(40, 200)]),
    )
    b.add(ctx.key("quality"), NONE, per_row(ctx, lambda: round(r.uniform(0, 1), 3)))
    b.add(ctx.key("camera"), NONE, per_row(ctx, lambda: ctx.pick(["gate-1", "lobby", "p2-entrance"])))
    b.add(ctx.key("seen_at"), NONE, per_row(ctx, lambda: ts(ctx)))
    return b


def t_survey(ctx: Ctx, fmt: str) -> Builder:
    """A REDCap-style export (CSV): checkbox columns race___N, coded answers."""
    r = ctx.rng
    b = Builder(ctx, "blank")
    b.add(ctx.key("record_id"), NONE, lambda i: i + 1)
    b.add(ctx.key("redcap_event_name"), NONE, per_row(ctx, lambda: ctx.pick(["baseline_arm_1", "followup_arm_1"])))
    b.add(ctx.key("dob"), "person.birth_date", per_row(ctx, lambda: birth(ctx).isoformat()), 0.9)
    races = [[1 if r.random() < 0.25 else 0 for _ in range(6)] for _ in range(ctx.n)]
    for k in range(6):

        def checkbox(i: int, k: int = k) -> int:
            return races[i][k]

        b.add(ctx.key(f"race___{k}"), "special.ethnicity", checkbox)
    b.add(ctx.key("ethnicity"), "special.ethnicity", per_row(ctx, lambda: ctx.pick([0, 1, 2])), 0.9)
    b.add(ctx.key("zip"), "contact.address", per_row(ctx, lambda: ctx.fake.zipcode()), 0.8)
    b.add(ctx.key("height_cm"), NONE, per_row(ctx, lambda: r.randrange(140, 200)))
    b.add(ctx.key("smoker"), "special.health", per_row(ctx, lambda: ctx.pick([0, 1, 2])), 0.9)
    b.add(ctx.key("hba1c"), "special.health", per_row(ctx, lambda: round(r.uniform(4.5, 11), 1)), 0.8)
    b.add(ctx.key("phq9_score"), "special.health", per_row(ctx, lambda: r.randrange(0, 28)), 0.8)
    b.add(ctx.key("consent_complete"), NONE, per_row(ctx, lambda: ctx.pick([0, 2])))
    return b


def t_catalog(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "omit")

    def ean13() -> str:
        body = rand_digits(r, 12, True)
        s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        return body + str((10 - s % 10) % 10)

    b.add(
        ctx.key("_id") if fmt == "json" else ctx.key("id"),
        NONE,
        per_row(ctx, lambda: oid(ctx)) if fmt == "json" else (lambda i: i + 1),
    )
    b.add(ctx.key("sku"), NONE, per_row(ctx, lambda: f"{ctx.pick(['AB', 'XK', 'ZZ'])}-{r.randrange(10**6):06d}"))
    b.add(ctx.key("ean"), NONE, per_row(ctx, ean13))
    b.add(
        ctx.key("name"),
        NONE,
        per_row(ctx, lambda: f"{ctx.fake.color_name()} {ctx.pick(['Mug', 'Chair', 'Lamp', 'Backpack', 'Kettle'])}"),
    )
    b.add(ctx.key("brand"), NONE, per_row(ctx, lambda: ctx.fake.company()))
    b.add(ctx.key("price"), NONE, per_row(ctx, lambda: round(r.uniform(1, 999), 2)))
    b.add(ctx.key("weight_kg"), NONE, per_row(ctx, lambda: round(r.uniform(0.05, 30), 3)))
    b.add(ctx.key("release"), NONE, per_row(ctx, lambda: f"{r.randrange(1, 4)}.{r.randrange(10)}.{r.randrange(10)}"))
    b.add(ctx.key("image_sha256"), NONE, per_row(ctx, lambda: hashlib.sha256(r.randbytes(8)).hexdigest()))
    b.add(ctx.key("updated_ms"), NONE, per_row(ctx, lambda: Long(1_600_000_000_000 + r.randrange(10**11))))
    b.add(ctx.key("rating"), NONE, per_row(ctx, lambda: round(r.uniform(1, 5), 1)), 0.7)
    b.add(ctx.key("uuid"), NONE, per_row(ctx, lambda: str(uuid.UUID(int=r.getrandbits(128), version=4))))
    return b


def t_weather(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "omit")
    cs = [coord(ctx) for _ in range(ctx.n)]
    b.add(ctx.key("station"), NONE, lambda i: f"ST{1000 + i % 17}")
    b.add(ctx.key("station_name"), NONE, per_row(ctx, lambda: city(ctx)))
    b.add(ctx.name_for("lat"), "location.coordinates", lambda i: cs[i][0])
    b.add(ctx.name_for("lon"), "location.coordinates", lambda i: cs[i][1])
    b.add(ctx.key("elevation_m"), NONE, per_row(ctx, lambda: r.randrange(0, 3000)))
    b.add(ctx.key("temp"), NONE, per_row(ctx, lambda: round(r.uniform(-40, 45), 1)))
    b.add(ctx.key("rh"), NONE, per_row(ctx, lambda: r.randrange(5, 100)))
    b.add(ctx.key("pressure_hpa"), NONE, per_row(ctx, lambda: round(r.uniform(950, 1050), 1)))
    b.add(ctx.key("wind_dir"), NONE, per_row(ctx, lambda: r.randrange(0, 360)))
    b.add(ctx.key("obs_time"), NONE, per_row(ctx, lambda: ts(ctx) if fmt == "json" else plain(ts(ctx))))
    return b


def t_payments(ctx: Ctx, fmt: str) -> Builder:
    r = ctx.rng
    b = Builder(ctx, "null")
    b.add(
        ctx.key("_id") if fmt == "json" else ctx.key("txn_id"),
        NONE,
        per_row(ctx, lambda: oid(ctx)) if fmt == "json" else (lambda i: f"T{10**9 + i * 37}"),
    )
    b.add(ctx.name_for("full_name"), "person.name", per_row(ctx, lambda: person_name(ctx)))
    b.add(ctx.key("iban"), "financial.iban", per_row(ctx, lambda: iban_value(ctx)), 0.9)
    b.add(
        ctx.key("bic"),
        NONE,
        per_row(ctx, lambda: ctx.pick(["DEUTDEFF", "BNPAFRPP", "INGBNL2A", "CAIXESBB", "BCITITMM"])),
        0.8,
    )
    b.add(ctx.key("pan"), "financial.card_number", per_row(ctx, lambda: card_number(ctx)), 0.7)
    b.add(ctx.key("amount"), NONE, per_row(ctx, lambda: round(r.uniform(1, 5000), 2)))
    b.add(ctx.key("currency"), NONE, per_row(ctx, lambda: ctx.pick(["EUR", "USD", "TRY", "PLN", "BRL"])))
    b.add(ctx.key("reference"), NONE, per_row(ctx, lambda: f"INV-{r.randrange(10**10):010d}"))
    b.add(ctx.key("booked"), NONE, per_row(ctx, lambda: ts(ctx) if fmt == "json" else plain(ts(ctx))[:10]))
    return b


TEMPLATES: dict[str, Callable[[Ctx, str], Builder]] = {
    "registry": t_registry,
    "customers": t_customers,
    "tracker": t_tracker,
    "health": t_health,
    "hr": t_hr,
    "orders": t_orders,
    "weblog": t_weblog,
    "telemetry": t_telemetry,
    "auth": t_auth,
    "faces": t_faces,
    "survey": t_survey,
    "catalog": t_catalog,
    "weather": t_weather,
    "payments": t_payments,
}


def plan() -> list[tuple[str, str, str]]:
    """(template, language, format) for every collection, in a fixed order."""
    out: list[tuple[str, str, str]] = []
    rotate = ["customers", "health", "hr"]
    csv_registry = {"en", "de", "es", "pt", "ru", "ja"}
    for i, lang in enumerate(LANGS):
        out.append(("registry", lang, "csv" if lang in csv_registry else "json"))
        out.append((rotate[i % 3], lang, "csv" if (rotate[i % 3] == "health" and lang in {"fr", "it"}) else "json"))
        if i % 2 == 0:
            out.append(("tracker", lang, "json"))
        if i % 4 == 1:
            out.append(("orders", lang, "json"))
        if i % 5 == 2:
            out.append(("payments", lang, "json" if i % 2 else "csv"))
    out += [
        ("weblog", "en", "json"),
        ("weblog", "de", "json"),
        ("telemetry", "en", "json"),
        ("telemetry", "zh", "json"),
        ("auth", "en", "json"),
        ("auth", "ru", "json"),
        ("faces", "ja", "json"),
        ("faces", "en", "json"),
        ("survey", "en", "csv"),
        ("catalog", "en", "json"),
        ("catalog", "fr", "csv"),
        ("weather", "nl", "json"),
        ("weather", "id", "csv"),
        ("health", "ko", "json"),
        ("hr", "de", "json"),
        ("customers", "tr", "json"),
    ]
    return [(t, lang if lang in VOCAB else "en", f) for t, lang, f in out]


def generate(out: Path, seed: int, records: int) -> list[Coll]:
    out.mkdir(parents=True, exist_ok=True)
    colls: list[Coll] = []
    for idx, (tmpl, lang, fmt) in enumerate(plan()):
        rng = random.Random(f"{seed}:{idx}:{tmpl}:{lang}")
        random.seed(f"{seed}:{idx}")  # some Faker providers draw from the global generator
        fake = Faker(LOCALES[lang])
        fake.seed_instance(rng.randrange(2**31))
        ctx = Ctx(rng=rng, fake=fake, lang=lang, canonical=rng.random() < 0.35, n=records)
        builder = TEMPLATES[tmpl](ctx, fmt)
        recs = builder.build()
        file_id = f"eg{idx:03d}_{tmpl}_{lang}"
        colls.append(Coll(file_id, tmpl, fmt, recs, builder.labels))
        if fmt == "json":
            with (out / f"{file_id}.json").open("w", encoding="utf-8") as fh:
                for rec in recs:
                    fh.write(json.dumps(ext(rec, ctx.canonical), ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            cols = list(builder.labels)
            with (out / f"{file_id}.csv").open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(cols)
                for rec in recs:
                    w.writerow([plain(rec.get(c)) for c in cols])
    with (out / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "path", "category", "note"])
        for c in colls:
            for path, cat in c.labels.items():
                w.writerow([c.file_id, path, cat, ""])
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "template", "format", "records"])
        for c in colls:
            w.writerow([c.file_id, c.template, c.fmt, len(c.records)])
    return colls


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # some Faker locales build their value lists from sets: fix string hashing so runs repeat
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.run([sys.executable, *sys.argv], env=env).returncode)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--records", type=int, default=60)
    a = ap.parse_args()
    colls = generate(a.out, a.seed, a.records)
    n = sum(len(c.labels) for c in colls)
    print(f"evalgen: {len(colls)} collections, {n} labelled fields in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
