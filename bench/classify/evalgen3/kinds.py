"""Value makers for evalgen3: one function per kind of value, each with the category its column gets.

Values are written as real exports hold them: national formats, float artefacts of spreadsheets,
codes, units, upper case, lists, degree signs, and MongoDB types (``Date``, ``Oid``, ``Long``,
``Binary``, ``Double``) that the writer turns into Extended JSON or plain text per format. Checksummed
identifiers are valid (python-stdnum, phonenumbers); nothing here is a real person's data.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import string
import struct
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import phonenumbers
from faker import Faker
from mimesis import Address, Person
from mimesis.locales import Locale
from stdnum import iban, luhn, verhoeff
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.ua import rntrc

V = TypeVar("V")

# ---- MongoDB types: the writer renders them as Extended JSON or as plain values ----


@dataclass(frozen=True)
class Date:
    when: dt.datetime
    plain: str  # how a non-Mongo export writes it


@dataclass(frozen=True)
class Oid:
    hex: str


@dataclass(frozen=True)
class Long:
    n: int


@dataclass(frozen=True)
class Double:
    x: float


@dataclass(frozen=True)
class Binary:
    data: bytes
    subtype: str


# ---- per-table context ----

# lang -> (Faker locale, ISO country, mimesis locale or "")
PROFILES: dict[str, list[tuple[str, str, str]]] = {
    "en": [("en_US", "US", "en"), ("en_GB", "GB", "en-gb"), ("en_IN", "IN", "en"), ("en_AU", "AU", "en-au")],
    "zh": [("zh_CN", "CN", "zh")],
    "ru": [("ru_RU", "RU", "ru")],
    "kk": [("ru_RU", "KZ", "kk")],
    "uk": [("uk_UA", "UA", "uk")],
    "tr": [("tr_TR", "TR", "tr")],
    "ar": [("ar_SA", "SA", "ar-sa"), ("ar_EG", "EG", "ar-eg"), ("ar_AE", "AE", "ar-ae")],
    "fa": [("fa_IR", "IR", "fa")],
    "hi": [("hi_IN", "IN", "")],
    "id": [("id_ID", "ID", "")],
    "ms": [("en_US", "MY", "")],
    "vi": [("vi_VN", "VN", "")],
    "es": [("es_ES", "ES", "es"), ("es_MX", "MX", "es-mx"), ("es_CO", "CO", "es")],
    "pt": [("pt_BR", "BR", "pt-br"), ("pt_PT", "PT", "pt")],
    "fr": [("fr_FR", "FR", "fr")],
    "de": [("de_DE", "DE", "de"), ("de_AT", "AT", "de-at")],
    "it": [("it_IT", "IT", "it")],
    "nl": [("nl_NL", "NL", "nl")],
    "pl": [("pl_PL", "PL", "pl")],
    "ja": [("ja_JP", "JP", "ja")],
    "ko": [("ko_KR", "KR", "ko")],
}
MIMESIS_ADDR = {"kk", "tr", "ar", "fa", "ja"}  # Faker's street addresses fall back to English there
MIMESIS_NAME = {"kk", "ar"}  # Faker ar_EG / ar_AE names are English


class Ctx:
    def __init__(self, lang: str, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lang = lang
        self.locale, self.country, mim = self.rng.choice(PROFILES[lang])
        self.fk = Faker(self.locale)
        self.fk.seed_instance(seed)
        self.mp = Person(Locale(mim), seed=seed) if mim else None
        self.ma = Address(Locale(mim), seed=seed) if mim else None
        self.style = self.rng.randrange(1000)  # per-table choice of formats: one column keeps one format

    def pick(self, options: Sequence[V], salt: str) -> V:
        """A per-table, per-column stable choice (a column keeps one format, as exports do)."""
        h = int(hashlib.sha256(f"{self.style}:{salt}".encode()).hexdigest()[:8], 16)
        return options[h % len(options)]


Maker = Callable[[Ctx], Any]
KINDS: dict[str, tuple[str, Maker]] = {}


def kind(name: str, category: str) -> Callable[[Maker], Maker]:
    def deco(fn: Maker) -> Maker:
        KINDS[name] = (category, fn)
        return fn

    return deco


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits + "-_") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---- names ----

MS_FIRST = [
    "Ahmad",
    "Nur Aisyah",
    "Muhammad Hafiz",
    "Siti Nurhaliza",
    "Tan Wei Ming",
    "Lim Mei Ling",
    "Rajesh",
    "Kavitha",
    "Farah",
    "Azlan",
    "Nurul Izzah",
    "Wong Kah Wai",
    "Hidayah",
    "Faizal",
    "Priya",
]
MS_LAST = [
    "bin Abdullah",
    "binti Ismail",
    "bin Hassan",
    "binti Rahman",
    "a/l Subramaniam",
    "a/p Muthu",
    "bin Osman",
    "binti Yusof",
    "",
    "bin Zakaria",
]


VI_FIRST = [
    "Anh",
    "Bảo",
    "Châu",
    "Dũng",
    "Hà",
    "Hạnh",
    "Hùng",
    "Lan",
    "Linh",
    "Minh",
    "Ngọc",
    "Phương",
    "Quân",
    "Thảo",
    "Trang",
    "Tuấn",
    "Vy",
    "Khánh",
    "Đức",
    "Huyền",
]  # Faker vi_VN first names are English


def _first(c: Ctx) -> str:
    if c.lang == "ms":
        return c.rng.choice(MS_FIRST)
    if c.lang == "vi":
        return c.rng.choice(VI_FIRST)
    if c.lang in MIMESIS_NAME and c.mp:
        return str(c.mp.first_name())
    return str(c.fk.first_name())


def _last(c: Ctx) -> str:
    if c.lang == "ms":
        return c.rng.choice(MS_LAST).split(" ", 1)[-1] or "Tan"
    if c.lang in MIMESIS_NAME and c.mp:
        return str(c.mp.last_name())
    return str(c.fk.last_name())


def _full(c: Ctx) -> str:
    if c.lang == "ms":
        return f"{c.rng.choice(MS_FIRST)} {c.rng.choice(MS_LAST)}".strip()
    if c.lang in MIMESIS_NAME and c.mp:
        return str(c.mp.full_name())
    if c.lang in ("ru", "uk") and c.rng.random() < 0.6:
        mid = c.fk.middle_name() if hasattr(c.fk, "middle_name") else ""
        return f"{c.fk.last_name()} {c.fk.first_name()} {mid}".strip()
    if c.lang in ("zh", "ja", "ko"):
        return f"{c.fk.last_name()}{c.pick(['', ' '], 'cjk_sp')}{c.fk.first_name()}"
    return str(c.fk.name())


@kind("name.full", "person.name")
def name_full(c: Ctx) -> str:
    n = _full(c)
    mode = c.pick(["as", "as", "upper", "lastcomma"], "name_full")
    if mode == "upper":
        return n.upper()
    if mode == "lastcomma" and " " in n and c.lang not in ("zh", "ja", "ko", "ar", "fa"):
        first, _, rest = n.partition(" ")
        return f"{rest}, {first}"
    return n


@kind("name.first", "person.name")
def name_first(c: Ctx) -> str:
    return _first(c).upper() if c.pick([0, 0, 1], "first_up") else _first(c)


@kind("name.last", "person.name")
def name_last(c: Ctx) -> str:
    return _last(c).upper() if c.pick([0, 0, 0, 1], "last_up") else _last(c)


@kind("name.middle", "person.name")
def name_middle(c: Ctx) -> str:
    if c.lang in ("ru", "uk", "kk") and hasattr(c.fk, "middle_name"):
        return str(c.fk.middle_name())
    if c.lang == "nl":
        return c.rng.choice(["van", "de", "van der", "van den", "ter", "de la"])
    return _first(c)


TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "ie",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
        "і": "i",
        "ї": "i",
        "є": "ie",
        "ґ": "g",
        "ә": "a",
        "ғ": "g",
        "қ": "k",
        "ң": "n",
        "ө": "o",
        "ұ": "u",
        "ү": "u",
        "һ": "h",
    }
)


@kind("name.latin", "person.name")
def name_latin(c: Ctx) -> str:
    if c.lang in ("ru", "uk", "kk"):
        return _full(c).lower().translate(TRANSLIT).upper()
    if c.lang in ("zh", "ja", "ko", "ar", "fa", "hi"):
        f = Faker("en_US")
        f.seed_instance(c.rng.randrange(10**9))
        syll = {
            "zh": ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU"],
            "ja": ["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "YAMAMOTO"],
            "ko": ["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO"],
            "ar": ["ALSAUD", "ALHARBI", "ALQAHTANI", "ALGHAMDI", "ALMUTAIRI"],
            "fa": ["AHMADI", "HOSSEINI", "MOHAMMADI", "KARIMI", "RAHIMI"],
            "hi": ["SHARMA", "VERMA", "GUPTA", "SINGH", "PATEL", "KUMAR"],
        }[c.lang]
        given = {
            "zh": ["WEI", "FANG", "JING", "XIAOMING", "LEI", "YAN"],
            "ja": ["HARUTO", "YUI", "SORA", "AOI"],
            "ko": ["MINJUN", "SEOYEON", "JIHO", "HAEUN"],
            "ar": ["MOHAMMED", "FATIMA", "KHALID", "NOURA"],
            "fa": ["ALI", "ZAHRA", "REZA", "MARYAM"],
            "hi": ["RAHUL", "PRIYA", "AMIT", "SUNITA"],
        }[c.lang]
        return f"{c.rng.choice(syll)} {c.rng.choice(given)}"
    return _full(c).upper()


@kind("name.kana", "person.name")
def name_kana(c: Ctx) -> str:
    return str(c.fk.kana_name()) if hasattr(c.fk, "kana_name") else _full(c)


@kind("name.staff", "person.name")
def name_staff(c: Ctx) -> str:
    title = {
        "en": "Dr. ",
        "de": "Dr. med. ",
        "es": "Dra. ",
        "pt": "Dr. ",
        "fr": "Dr ",
        "tr": "Dr. ",
        "it": "Dott. ",
        "ru": "",
        "id": "dr. ",
        "ja": "",
        "zh": "",
    }.get(c.lang, "")
    return (title if c.pick([0, 1], "staff_title") else "") + _full(c)


# ---- national identifiers (valid check digits) ----


def _date(c: Ctx, lo: int = 1940, hi: int = 2007) -> dt.date:
    return dt.date(c.rng.randint(lo, hi), 1, 1) + dt.timedelta(days=c.rng.randrange(365))


def _kz_iin(c: Ctx) -> str:
    while True:
        d = _date(c)
        body = d.strftime("%y%m%d") + str(c.rng.choice([3, 4] if d.year < 2000 else [5, 6])) + digits(c.rng, 4)
        w1 = list(range(1, 12))
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(int(x) * w for x, w in zip(body, w1, strict=True)) % 11
        if s == 10:
            s = sum(int(x) * w for x, w in zip(body, w2, strict=True)) % 11
        if s != 10:
            return body + str(s)


def _ir_melli(c: Ctx) -> str:
    body = digits(c.rng, 9)
    r = sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


def _cpf(c: Ctx) -> str:
    d = [int(x) for x in digits(c.rng, 9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False)) * 10 % 11 % 10
        d.append(s)
    s = "".join(map(str, d))
    return c.pick([s, f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"], "cpf")


def _bsn(c: Ctx) -> str:
    while True:
        body = str(c.rng.randint(1, 9)) + digits(c.rng, 7)
        r = sum(int(x) * (9 - i) for i, x in enumerate(body)) % 11
        if r < 10:
            return body + str(r)


def _ssn(c: Ctx) -> str:
    area = c.rng.choice([x for x in range(1, 899) if x != 666])
    s = f"{area:03d}-{c.rng.randint(1, 99):02d}-{c.rng.randint(1, 9999):04d}"
    return c.pick([s, s.replace("-", "")], "ssn")


def _nino(c: Ctx) -> str:
    return (
        c.rng.choice("ABCEGHJKLMNPRSTWXYZ")
        + c.rng.choice("ABCEGHJKLMNPRSTWXYZ")
        + digits(c.rng, 6)
        + c.rng.choice("ABCD")
    )


def _cn(c: Ctx) -> str:
    region = c.rng.choice(["110101", "110105", "120101", "310101", "310104", "520203"])
    body = region + _date(c).strftime("%Y%m%d") + digits(c.rng, 3)
    return body + ric.calc_check_digit(body + "0")  # it takes the number with a check-digit slot


def _ru(c: Ctx) -> str:
    body = c.rng.choice(["77", "78", "50", "66", "16", "54"]) + digits(c.rng, 8)
    return body + inn.calc_personal_check_digits(body)


def _ua(c: Ctx) -> str:
    body = digits(c.rng, 9)
    return body + rntrc.calc_check_digit(body)


def _tr(c: Ctx) -> str:
    body = str(c.rng.randint(1, 9)) + digits(c.rng, 8)
    return body + tckimlik.calc_check_digits(body)


def _sa(c: Ctx) -> str:
    body = c.rng.choice("12") + digits(c.rng, 8)
    return body + luhn.calc_check_digit(body)


def _aadhaar(c: Ctx) -> str:
    body = str(c.rng.randint(2, 9)) + digits(c.rng, 10)
    s = body + verhoeff.calc_check_digit(body)
    return c.pick([s, f"{s[:4]} {s[4:8]} {s[8:]}"], "aadhaar")


def _pan(c: Ctx) -> str:
    u = string.ascii_uppercase
    return "".join(c.rng.choice(u) for _ in range(3)) + "P" + c.rng.choice(u) + digits(c.rng, 4) + c.rng.choice(u)


def _nik(c: Ctx) -> str:
    d = _date(c)
    day = d.day + (40 if c.rng.random() < 0.5 else 0)
    return (
        c.rng.choice(["317101", "327301", "357801", "517102", "647201"])
        + f"{day:02d}{d:%m%y}"
        + f"{c.rng.randint(1, 9999):04d}"
    )


def _nric(c: Ctx) -> str:
    d = _date(c)
    s = d.strftime("%y%m%d") + c.rng.choice(["14", "10", "08", "01", "07"]) + digits(c.rng, 4)
    return c.pick([s, f"{s[:6]}-{s[6:8]}-{s[8:]}"], "nric")


def _cccd(c: Ctx) -> str:
    d = _date(c)
    return (
        c.rng.choice(["001", "079", "048", "031"])
        + str((0 if d.year < 2000 else 2) + c.rng.randint(0, 1))
        + d.strftime("%y")
        + digits(c.rng, 6)
    )


def _dni(c: Ctx) -> str:
    body = f"{c.rng.randint(1, 99999999):08d}"
    return body + dni.calc_check_digit(body)


def _nir(c: Ctx) -> str:
    d = _date(c)
    body = (
        str(c.rng.randint(1, 2))
        + d.strftime("%y%m")
        + c.rng.choice(["75", "69", "13", "33"])
        + f"{c.rng.randint(1, 999):03d}"
        + f"{c.rng.randint(1, 999):03d}"
    )
    s = body + nir.calc_check_digits(body)
    return c.pick([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"], "nir")


def _idnr(c: Ctx) -> str:
    while True:
        s = str(c.rng.randint(1, 9)) + digits(c.rng, 10)
        if idnr.is_valid(s):
            return s


def _cf(c: Ctx) -> str:
    u = "BCDFGHLMNPRSTVZ"
    d = _date(c)
    body = (
        "".join(c.rng.choice(u) for _ in range(6))
        + d.strftime("%y")
        + "ABCDEHLMPRST"[d.month - 1]
        + f"{d.day + (40 if c.rng.random() < 0.5 else 0):02d}"
        + c.rng.choice("ABCDEFGHLM")
        + digits(c.rng, 3)
    )
    return body + codicefiscale.calc_check_digit(body)


def _pesel(c: Ctx) -> str:
    d = _date(c)
    month = d.month + (20 if d.year >= 2000 else 0)
    body = f"{d:%y}{month:02d}{d:%d}" + digits(c.rng, 4)
    return body + pesel.calc_check_digit(body)


def _mynumber(c: Ctx) -> str:
    body = digits(c.rng, 11)
    return body + jp_in.calc_check_digit(body)


def _rrn(c: Ctx) -> str:
    while True:
        d = _date(c)
        body = d.strftime("%y%m%d") + str(c.rng.choice([1, 2] if d.year < 2000 else [3, 4])) + digits(c.rng, 5)
        s = body + rrn.calc_check_digit(body)
        if rrn.is_valid(s):
            return c.pick([s, f"{s[:6]}-{s[6:]}"], "rrn")


def _pt(c: Ctx) -> str:
    body = str(c.rng.randint(1, 2)) + digits(c.rng, 7)
    return body + nif.calc_check_digit(body)


NATIONAL: dict[str, Callable[[Ctx], str]] = {
    "US": _ssn,
    "GB": _nino,
    "AU": _ssn,
    "IN": _aadhaar,
    "CN": _cn,
    "RU": _ru,
    "KZ": _kz_iin,
    "UA": _ua,
    "TR": _tr,
    "SA": _sa,
    "EG": _sa,
    "AE": _sa,
    "IR": _ir_melli,
    "ID": _nik,
    "MY": _nric,
    "VN": _cccd,
    "ES": _dni,
    "MX": _cpf,
    "CO": _dni,
    "BR": _cpf,
    "PT": _pt,
    "FR": _nir,
    "DE": _idnr,
    "AT": _idnr,
    "IT": _cf,
    "NL": _bsn,
    "PL": _pesel,
    "JP": _mynumber,
    "KR": _rrn,
}


@kind("nid.national", "person.national_id")
def nid_national(c: Ctx) -> Any:
    s = NATIONAL[c.country](c)
    if s.isdigit() and c.pick([0, 0, 0, 1], "nid_float") and len(s) < 16:
        return float(s) if c.pick([0, 1], "nid_f2") else int(s)  # a spreadsheet made it a number
    return s


@kind("nid.pan", "person.national_id")
def nid_pan(c: Ctx) -> str:
    return _pan(c)


@kind("nid.passport", "person.national_id")
def nid_passport(c: Ctx) -> str:
    fmt = {
        "RU": lambda: f"{digits(c.rng, 2)} {digits(c.rng, 2)} {digits(c.rng, 6)}",
        "CN": lambda: "E" + digits(c.rng, 8),
        "KZ": lambda: "N" + digits(c.rng, 8),
        "KR": lambda: "M" + digits(c.rng, 8),
        "JP": lambda: "T" + c.rng.choice("KRZ") + digits(c.rng, 7),
        "IN": lambda: c.rng.choice("JKLMNPRZ") + digits(c.rng, 7),
        "DE": lambda: "C" + "".join(c.rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    }
    f = fmt.get(
        c.country,
        lambda: c.rng.choice(string.ascii_uppercase) + c.rng.choice(string.ascii_uppercase) + digits(c.rng, 7),
    )
    return f()


@kind("nid.license", "person.national_id")
def nid_license(c: Ctx) -> str:
    if c.country == "US":
        return c.rng.choice(string.ascii_uppercase) + digits(c.rng, 7)
    if c.country == "BR":
        return digits(c.rng, 11)
    return (
        f"{digits(c.rng, 2)} {digits(c.rng, 2)} {digits(c.rng, 6)}" if c.country in ("RU", "KZ") else digits(c.rng, 12)
    )


# ---- dates ----


def _jalali(d: dt.date) -> tuple[int, int, int]:
    gy, gm, gd = d.year, d.month, d.day
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


def date_text(c: Ctx, d: dt.date, salt: str) -> Any:
    lang = c.lang
    per_lang = {
        "zh": ["%Y-%m-%d", "%Y年%m月%d日", "%Y%m%d", "%Y/%m/%d"],
        "ja": ["%Y/%m/%d", "%Y年%m月%d日", "%Y-%m-%d"],
        "ko": ["%Y.%m.%d", "%Y-%m-%d", "%Y%m%d"],
        "ru": ["%d.%m.%Y", "%Y-%m-%d"],
        "uk": ["%d.%m.%Y"],
        "kk": ["%d.%m.%Y"],
        "de": ["%d.%m.%Y", "%Y-%m-%d"],
        "pl": ["%d.%m.%Y", "%Y-%m-%d"],
        "tr": ["%d.%m.%Y", "%d/%m/%Y"],
        "en": ["%m/%d/%Y", "%Y-%m-%d", "%d %b %Y", "%m/%d/%y", "%Y-%m-%dT00:00:00Z"],
        "fr": ["%d/%m/%Y"],
        "es": ["%d/%m/%Y", "%d-%m-%Y"],
        "pt": ["%d/%m/%Y", "%Y-%m-%d"],
        "it": ["%d/%m/%Y"],
        "nl": ["%d-%m-%Y"],
        "id": ["%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"],
        "ms": ["%d/%m/%Y"],
        "vi": ["%d/%m/%Y"],
        "hi": ["%d/%m/%Y", "%d-%m-%Y"],
        "ar": ["%Y-%m-%d", "%d/%m/%Y"],
        "fa": ["jalali", "%Y-%m-%d"],
    }[lang]
    fmt = c.pick(per_lang, salt)
    if fmt == "jalali":
        y, m, dd = _jalali(d)
        return f"{y}/{m:02d}/{dd:02d}"
    return d.strftime(fmt)


def as_date(c: Ctx, d: dt.date, salt: str) -> Any:
    """A date as the table's format writes it: a Mongo Date (the writer renders it) or text or a number."""
    mode = c.pick(["text", "text", "text", "mongo", "epoch_ms", "int8"], salt + "mode")
    if mode == "mongo":
        return Date(dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC), d.isoformat())
    if mode == "epoch_ms":
        return Long(int(dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC).timestamp() * 1000))
    if mode == "int8":
        n = int(d.strftime("%Y%m%d"))
        return float(n) if c.pick([0, 1], salt + "f") else n
    return date_text(c, d, salt)


@kind("dob.full", "person.birth_date")
def dob_full(c: Ctx) -> Any:
    return as_date(c, _date(c, 1938, 2010), "dob")


@kind("dob.year", "person.birth_date")
def dob_year(c: Ctx) -> Any:
    y = c.rng.randint(1940, 2008)
    return c.pick([y, str(y), float(y)], "yob")


# ---- phones ----


def _number(c: Ctx, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
    t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    assert ex is not None
    nsn = str(ex.national_number)
    keep = max(2, len(nsn) - 6)
    for _ in range(200):
        cand = nsn[:keep] + digits(c.rng, len(nsn) - keep)
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(num):
            return num
    return ex


def phone_text(c: Ctx, num: phonenumbers.PhoneNumber, salt: str) -> Any:
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    mode = c.pick(["e164", "intl", "national", "digits", "float", "nat_digits", "dashes", "e164"], salt)
    if mode == "intl":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if mode == "national":
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if mode == "digits":
        return e164[1:]
    if mode == "float":
        return float(e164[1:])
    if mode == "nat_digits":
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in nat if ch.isdigit())
        return int(d) if d[0] != "0" and c.pick([0, 1], salt + "i") else d
    if mode == "dashes":
        nsn = str(num.national_number)
        pre = "8-" if num.country_code == 7 else "0"
        return f"{pre}{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    return e164


@kind("phone.mobile", "contact.phone")
def phone_mobile(c: Ctx) -> Any:
    return phone_text(c, _number(c, c.country), "mob")


@kind("phone.fixed", "contact.phone")
def phone_fixed(c: Ctx) -> Any:
    return phone_text(c, _number(c, c.country, mobile=False), "fix")


@kind("phone.list", "contact.phone")
def phone_list(c: Ctx) -> Any:
    nums = [phone_text(c, _number(c, c.country), "lst") for _ in range(c.rng.randint(1, 3))]
    return c.pick([nums, ", ".join(map(str, nums)), "; ".join(map(str, nums))], "lst_join")


# ---- e-mail ----


@kind("email", "contact.email")
def email(c: Ctx) -> str:
    f = Faker("en_US")
    f.seed_instance(c.rng.randrange(10**9))
    local = c.rng.choice(
        [f.user_name(), f"{f.first_name()}.{f.last_name()}".lower(), f"{f.last_name().lower()}{c.rng.randint(1, 99)}"]
    )
    dom = c.rng.choice(
        {
            "zh": ["qq.com", "163.com", "126.com", "sina.com"],
            "ru": ["mail.ru", "yandex.ru", "bk.ru"],
            "kk": ["mail.kz", "mail.ru", "inbox.kz"],
            "uk": ["ukr.net", "i.ua", "gmail.com"],
            "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
            "ko": ["naver.com", "daum.net", "hanmail.net"],
            "de": ["web.de", "gmx.de", "t-online.de"],
            "fr": ["orange.fr", "free.fr", "laposte.net"],
            "tr": ["hotmail.com.tr", "gmail.com"],
            "pt": ["uol.com.br", "bol.com.br", "sapo.pt"],
            "vi": ["gmail.com", "yahoo.com.vn"],
            "id": ["yahoo.co.id", "gmail.com"],
        }.get(c.lang, ["gmail.com", "outlook.com", "yahoo.com", "example.org"])
    )
    e = f"{local}@{dom}"
    return e.upper() if c.pick([0, 0, 0, 1], "mail_up") else e


# ---- addresses ----

MS_STREETS = [
    "Jalan Ampang",
    "Jalan Tun Razak",
    "Lorong Maarof",
    "Jalan SS2/24",
    "Jalan Bukit Bintang",
    "Persiaran Gurney",
]
MS_TOWNS = ["Kuala Lumpur", "Petaling Jaya", "George Town", "Johor Bahru", "Shah Alam", "Ipoh"]


def _street(c: Ctx) -> str:
    if c.lang == "ms":
        return f"No. {c.rng.randint(1, 200)}, {c.rng.choice(MS_STREETS)}"
    if c.lang in MIMESIS_ADDR and c.ma:
        return str(c.ma.address())
    return str(c.fk.street_address())


def _postcode(c: Ctx) -> str:
    if c.lang == "ms":
        return f"{c.rng.randint(10000, 98000)}"
    if c.lang in MIMESIS_ADDR and c.ma:
        return str(c.ma.postal_code())
    return str(c.fk.postcode())


def _city(c: Ctx) -> str:
    if c.lang == "ms":
        return c.rng.choice(MS_TOWNS)
    if c.lang in MIMESIS_ADDR and c.ma:
        return str(c.ma.city())
    return str(c.fk.city())


@kind("addr.full", "contact.address")
def addr_full(c: Ctx) -> str:
    mode = c.pick(["one", "two_lines", "faker"], "addr_full")
    if mode == "faker" and c.lang not in MIMESIS_ADDR and c.lang != "ms":
        return str(c.fk.address())
    sep = "\n" if mode == "two_lines" else ", "
    if c.lang in ("zh", "ja"):
        return f"{_postcode(c)} {_city(c)}{_street(c)}"
    if c.lang in ("ru", "uk", "kk"):
        return f"{_postcode(c)}, {_city(c)}, {_street(c)}"
    return f"{_street(c)}{sep}{_postcode(c)} {_city(c)}"


@kind("addr.street", "contact.address")
def addr_street(c: Ctx) -> str:
    s = _street(c)
    return s.upper() if c.pick([0, 0, 1], "street_up") else s


@kind("addr.house", "contact.address")
def addr_house(c: Ctx) -> Any:
    n = c.rng.randint(1, 250)
    return c.pick([n, str(n), f"{n}{c.rng.choice('abc')}", f"{n}/{c.rng.randint(1, 9)}"], "house")


@kind("addr.line2", "contact.address")
def addr_line2(c: Ctx) -> str:
    n = c.rng.randint(1, 300)
    return c.pick([f"Apt {n}", f"кв. {n}", f"Suite {n}", f"{n}号室", f"Apto {n}", f"Whg. {n}", f"lok. {n}"], "line2")


@kind("addr.postcode", "contact.address")
def addr_postcode(c: Ctx) -> Any:
    p = _postcode(c)
    if p.isdigit() and c.pick([0, 0, 1], "pc_num"):
        return float(p) if c.pick([0, 1], "pc_f") else int(p)  # leading zeros lost, or a float artefact
    return p


# ---- coordinates ----

CENTRES = {
    "US": (39.0, -98.0),
    "GB": (52.5, -1.5),
    "IN": (21.0, 78.0),
    "AU": (-27.0, 135.0),
    "CN": (31.0, 114.0),
    "RU": (55.7, 37.6),
    "KZ": (48.0, 67.0),
    "UA": (49.0, 31.0),
    "TR": (39.0, 35.0),
    "SA": (24.0, 45.0),
    "EG": (27.0, 30.0),
    "AE": (24.4, 54.4),
    "IR": (32.0, 53.0),
    "ID": (-6.2, 106.8),
    "MY": (3.1, 101.7),
    "VN": (16.0, 107.0),
    "ES": (40.4, -3.7),
    "MX": (19.4, -99.1),
    "CO": (4.7, -74.0),
    "BR": (-15.8, -47.9),
    "PT": (38.7, -9.1),
    "FR": (46.5, 2.3),
    "DE": (51.0, 10.0),
    "AT": (47.5, 14.5),
    "IT": (42.5, 12.5),
    "NL": (52.2, 5.3),
    "PL": (52.0, 19.0),
    "JP": (35.7, 139.7),
    "KR": (37.5, 127.0),
}


def _ll(c: Ctx) -> tuple[float, float]:
    la, lo = CENTRES[c.country]
    return round(la + c.rng.uniform(-3, 3), 6), round(lo + c.rng.uniform(-3, 3), 6)


def _hemi(x: float, pos: str, neg: str, salt: str, c: Ctx) -> str:
    h = pos if x >= 0 else neg
    return c.pick([f"{abs(x):.6f}° {h}", f"{abs(x):.5f}{h}", f"{h}{abs(x):.4f}"], salt)


def _dms(x: float, pos: str, neg: str) -> str:
    a = abs(x)
    d = int(a)
    m = int((a - d) * 60)
    s = (a - d - m / 60) * 3600
    return f"{d}°{m}'{s:.1f}\"{pos if x >= 0 else neg}"


@kind("geo.lat", "location.coordinates")
def geo_lat(c: Ctx) -> Any:
    la = _ll(c)[0]
    mode = c.pick(["num", "num", "str", "hemi", "dms", "comma"], "lat")
    return {
        "num": la,
        "str": str(la),
        "hemi": _hemi(la, "N", "S", "lh", c),
        "dms": _dms(la, "N", "S"),
        "comma": str(la).replace(".", ","),
    }[mode]


@kind("geo.lon", "location.coordinates")
def geo_lon(c: Ctx) -> Any:
    lo = _ll(c)[1]
    mode = c.pick(["num", "num", "str", "hemi", "dms", "comma"], "lat")  # same mode as its latitude
    return {
        "num": lo,
        "str": str(lo),
        "hemi": _hemi(lo, "E", "W", "lh", c),
        "dms": _dms(lo, "E", "W"),
        "comma": str(lo).replace(".", ","),
    }[mode]


@kind("geo.e7lat", "location.coordinates")
def geo_e7lat(c: Ctx) -> int:
    return int(_ll(c)[0] * 10**7)  # Google location history: degrees times 10^7


@kind("geo.e7lon", "location.coordinates")
def geo_e7lon(c: Ctx) -> int:
    return int(_ll(c)[1] * 10**7)


@kind("geo.pair", "location.coordinates")
def geo_pair(c: Ctx) -> Any:
    la, lo = _ll(c)
    return c.pick([[lo, la], [la, lo], f"{la},{lo}", f"{la}, {lo}", f"POINT({lo} {la})", f"({la}, {lo})"], "pair")


@kind("geo.geojson", "location.coordinates")
def geo_geojson(c: Ctx) -> Any:
    la, lo = _ll(c)
    return [lo, la]  # the writer puts it under <field>.coordinates beside <field>.type = "Point"


# ---- network ----


@kind("ip.v4", "network.ip_address")
def ip_v4(c: Ctx) -> str:
    f = Faker()
    f.seed_instance(c.rng.randrange(10**9))
    mode = c.pick(["pub", "pub", "priv", "port", "xff", "mapped"], "ip4")
    ip = f.ipv4_public() if mode != "priv" else f.ipv4_private()
    if mode == "port":
        return f"{ip}:{c.rng.randint(1024, 65535)}"
    if mode == "xff":
        return f"{ip}, {f.ipv4_private()}"
    if mode == "mapped":
        return f"::ffff:{ip}"
    return str(ip)


@kind("ip.v6", "network.ip_address")
def ip_v6(c: Ctx) -> str:
    f = Faker()
    f.seed_instance(c.rng.randrange(10**9))
    return str(f.ipv6()) if c.rng.random() < 0.8 else f"2001:db8::{hexs(c.rng, 4)}"


@kind("ip.mixed", "network.ip_address")
def ip_mixed(c: Ctx) -> str:
    return ip_v6(c) if c.rng.random() < 0.3 else ip_v4(c)


# ---- devices ----


@kind("dev.imei", "device.identifier")
def dev_imei(c: Ctx) -> Any:
    body = c.rng.choice(["35", "86", "01", "99", "35"]) + digits(c.rng, 12)
    s = body + luhn.calc_check_digit(body)
    return c.pick([s, int(s), f"{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}"], "imei")


@kind("dev.mac", "device.identifier")
def dev_mac(c: Ctx) -> str:
    b = [c.rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    mode = c.pick([":", "-", "dot", "none", ":U"], "mac")
    h = [f"{x:02x}" for x in b]
    if mode == "dot":
        return f"{h[0]}{h[1]}.{h[2]}{h[3]}.{h[4]}{h[5]}"
    if mode == "none":
        return "".join(h).upper()
    if mode == ":U":
        return ":".join(h).upper()
    return mode.join(h)


@kind("dev.adid", "device.identifier")
def dev_adid(c: Ctx) -> str:
    u = str(uuid.UUID(int=c.rng.getrandbits(128), version=4))
    return u.upper() if c.pick([0, 1], "adid") else u


@kind("dev.android", "device.identifier")
def dev_android(c: Ctx) -> str:
    return hexs(c.rng, 16)


@kind("dev.serial", "device.identifier")
def dev_serial(c: Ctx) -> str:
    a = string.ascii_uppercase + string.digits
    return c.pick(
        [
            "C02" + "".join(c.rng.choice(a) for _ in range(9)),
            "R58" + "".join(c.rng.choice(a) for _ in range(8)),
            "SN" + digits(c.rng, 12),
            "F4" + hexs(c.rng, 10).upper(),
        ],
        "serial",
    )


@kind("dev.push", "device.identifier")
def dev_push(c: Ctx) -> str:
    return c.pick([b64(c.rng, 22) + ":APA91b" + b64(c.rng, 134), hexs(c.rng, 64)], "push")


@kind("dev.imsi", "device.identifier")
def dev_imsi(c: Ctx) -> str:
    mccmnc = {
        "RU": "25001",
        "KZ": "40101",
        "CN": "46000",
        "TR": "28601",
        "ID": "51010",
        "VN": "45204",
        "IN": "40445",
        "SA": "42001",
        "IR": "43235",
        "BR": "72405",
        "DE": "26201",
        "US": "310260",
    }.get(c.country, "20801")
    return mccmnc + digits(c.rng, 15 - len(mccmnc))


@kind("dev.uuid_bin", "device.identifier")
def dev_uuid_bin(c: Ctx) -> Binary:
    return Binary(uuid.UUID(int=c.rng.getrandbits(128), version=4).bytes, "04")


# ---- financial ----

BRANDS = [
    ("4", 16),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("35", 16),
    ("62", 16),
    ("2200", 16),
    ("9860", 16),
    ("5022", 16),
    ("6037", 16),
]


@kind("card.number", "financial.card_number")
def card_number(c: Ctx) -> Any:
    pre, n = c.rng.choice(BRANDS)
    body = pre + digits(c.rng, n - len(pre) - 1)
    s = body + luhn.calc_check_digit(body)
    mode = c.pick(["plain", "spaces", "dashes", "plain", "long"], "card")
    if mode == "spaces":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if mode == "dashes":
        return "-".join(s[i : i + 4] for i in range(0, len(s), 4))
    if mode == "long":
        return Long(int(s))
    return s


IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "PL": 28,
    "PT": 25,
    "TR": 26,
    "SA": 24,
    "AE": 23,
    "KZ": 20,
    "UA": 29,
    "GB": 22,
    "AT": 20,
    "EG": 29,
    "IR": 26,
    "BR": 29,
}


def _bban(c: Ctx, cc: str) -> str:
    n = IBAN_LEN[cc]
    if cc == "NL":
        return c.rng.choice(["ABNA", "RABO", "INGB"]) + digits(c.rng, 10)
    if cc == "GB":
        return c.rng.choice(["NWBK", "BARC", "LOYD"]) + digits(c.rng, 14)
    if cc == "BR":
        return digits(c.rng, 23) + "C1"
    if cc == "KZ":
        return digits(c.rng, 3) + "".join(c.rng.choice(string.ascii_uppercase + string.digits) for _ in range(13))
    if cc == "IT":
        return c.rng.choice(string.ascii_uppercase) + digits(c.rng, 22)
    if cc == "IR":
        return "0" + digits(c.rng, 21)
    return digits(c.rng, n - 4)


def _iban(c: Ctx, cc: str) -> str:
    for _ in range(5000):  # national check digits inside the BBAN (ES, IT): draw until stdnum accepts it
        bban = _bban(c, cc)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        s = f"{cc}{98 - int(num) % 97:02d}{bban}"
        if iban.is_valid(s):
            break
    mode = c.pick(["plain", "groups", "plain", "lower"], "iban")
    if mode == "groups":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s.lower() if mode == "lower" else s


@kind("bank.iban", "financial.iban")
def bank_iban(c: Ctx) -> str:
    cc = c.country if c.country in IBAN_LEN else c.rng.choice(["DE", "FR", "NL", "GB"])
    return _iban(c, cc)


@kind("bank.account", "financial.iban")
def bank_account(c: Ctx) -> str:
    if c.country in ("RU", "KZ"):
        return "40817810" + digits(c.rng, 12)  # a private person's rouble current account
    if c.country in ("ID", "VN", "IN", "MY", "CN", "JP", "KR"):
        return digits(c.rng, c.rng.choice([10, 12, 13, 16]))
    return _iban(c, c.rng.choice(sorted(IBAN_LEN)))


# ---- special categories ----

ETHNIC_WORDS: dict[str, list[str]] = {
    "en": [
        "White",
        "Black or African American",
        "Asian",
        "Hispanic or Latino",
        "American Indian or Alaska Native",
        "Native Hawaiian or Other Pacific Islander",
        "Middle Eastern or North African",
        "Two or more races",
        "White British",
        "Black Caribbean",
        "Pakistani",
        "Bangladeshi",
        "Mixed White and Asian",
    ],
    "zh": ["汉族", "回族", "满族", "维吾尔族", "壮族", "藏族", "蒙古族", "朝鲜族", "苗族"],
    "ru": ["русский", "татарин", "башкир", "чеченец", "казах", "украинец", "армянин", "якут", "РУССКАЯ"],
    "kk": ["қазақ", "орыс", "өзбек", "ұйғыр", "татар", "казах", "русская", "кәріс"],
    "uk": ["українець", "росіянин", "кримський татарин", "угорець", "українка"],
    "tr": ["Türk", "Kürt", "Zaza", "Laz", "Çerkes", "Arap"],
    "ar": ["عربي", "كردي", "أمازيغي", "تركماني", "نوبي"],
    "fa": ["فارس", "ترک", "کرد", "لر", "بلوچ", "عرب", "گیلک"],
    "hi": ["Bengali", "Tamil", "Marathi", "Gujarati", "Punjabi", "Naga", "Santhal", "Bhil", "बंगाली", "तमिल"],
    "id": ["Jawa", "Sunda", "Batak", "Minangkabau", "Bugis", "Madura", "Betawi", "Tionghoa", "Dayak"],
    "ms": ["Melayu", "Cina", "India", "Bumiputera Sabah", "Iban", "Lain-lain"],
    "vi": ["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông"],
    "es": ["Mestizo", "Indígena", "Afrodescendiente", "Blanco", "Gitano", "Raizal", "Palenquero"],
    "pt": ["Branca", "Preta", "Parda", "Amarela", "Indígena"],
    "fr": ["Européen", "Maghrébin", "Africain subsaharien", "Asiatique", "Antillais"],
    "de": ["deutsch", "türkisch", "kurdisch", "Sinti", "sorbisch", "arabisch"],
    "it": ["Caucasica", "Africana", "Asiatica", "Ispanica", "Rom"],
    "nl": ["Nederlands", "Marokkaans", "Turks", "Surinaams", "Antilliaans"],
    "pl": ["polska", "śląska", "kaszubska", "ukraińska", "białoruska", "romska"],
    "ja": ["日本人", "アイヌ", "琉球", "在日韓国人"],
    "ko": ["한민족", "화교", "고려인", "몽골계"],
}
ETHNIC_CODES = [
    ["W", "B", "A", "H", "I", "O"],
    ["1", "2", "3", "4", "5", "9"],
    [0, 1, 2, 3],
    ["WHT", "BLK", "ASN", "HSP", "OTH"],
    ["2106-3", "2054-5", "2028-9", "2076-8", "1002-5"],
]


@kind("eth.word", "special.ethnicity")
def eth_word(c: Ctx) -> str:
    w = c.rng.choice(ETHNIC_WORDS[c.lang] if c.lang in ETHNIC_WORDS else ETHNIC_WORDS["en"])
    return c.pick([w, w, w.upper(), w.lower()], "eth_case")


@kind("eth.code", "special.ethnicity")
def eth_code(c: Ctx) -> Any:
    return c.rng.choice(c.pick(ETHNIC_CODES, "eth_codes"))


@kind("eth.flag", "special.ethnicity")
def eth_flag(c: Ctx) -> Any:
    return c.pick([[0, 1], ["0", "1"], ["Unchecked", "Checked"], [0.0, 1.0]], "ethflag")[c.rng.random() < 0.3]


RELIGION_WORDS: dict[str, list[str]] = {
    "en": [
        "Christian",
        "Muslim",
        "Hindu",
        "Buddhist",
        "Jewish",
        "Sikh",
        "None",
        "Catholic",
        "Protestant",
        "Atheist",
        "Other",
    ],
    "zh": ["佛教", "道教", "伊斯兰教", "基督教", "天主教", "无"],
    "ru": ["православие", "ислам", "буддизм", "иудаизм", "атеист", "католицизм"],
    "kk": ["ислам", "православие", "мұсылман", "христиан", "жоқ"],
    "uk": ["православ'я", "греко-католицизм", "римо-католицизм", "протестантизм", "атеїст"],
    "tr": ["İslam", "Müslüman", "Hristiyan", "Alevi", "Yahudi", "Yok"],
    "ar": ["مسلم", "مسيحي", "سني", "شيعي", "درزي", "قبطي"],
    "fa": ["اسلام - شیعه", "اسلام - سنی", "مسیحی", "زرتشتی", "کلیمی", "بهائی"],
    "hi": ["हिंदू", "मुस्लिम", "सिख", "ईसाई", "जैन", "बौद्ध", "Hindu", "Muslim"],
    "id": ["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu", "ISLAM", "KRISTEN PROTESTAN"],
    "ms": ["Islam", "Buddha", "Kristian", "Hindu", "Lain-lain"],
    "vi": ["Không", "Phật giáo", "Công giáo", "Cao Đài", "Hòa Hảo", "Tin Lành"],
    "es": ["Católica", "Evangélica", "Ninguna", "Judía", "Musulmana", "Testigo de Jehová"],
    "pt": ["Católica", "Evangélica", "Espírita", "Umbanda", "Sem religião", "Candomblé"],
    "fr": ["catholique", "musulman", "protestant", "juif", "sans religion", "bouddhiste"],
    "de": ["rk", "ev", "--", "lt", "ak", "is", "römisch-katholisch", "evangelisch"],
    "it": ["Cattolica", "Ortodossa", "Islamica", "Nessuna", "Valdese"],
    "nl": ["Rooms-Katholiek", "Protestants", "Islamitisch", "Geen", "Hindoeïstisch"],
    "pl": ["rzymskokatolickie", "prawosławne", "ewangelickie", "bezwyznaniowy", "świadek Jehowy"],
    "ja": ["仏教", "神道", "キリスト教", "無宗教", "創価学会"],
    "ko": ["불교", "개신교", "천주교", "무교", "원불교"],
}


@kind("rel.word", "special.religion")
def rel_word(c: Ctx) -> str:
    w = c.rng.choice(RELIGION_WORDS.get(c.lang, RELIGION_WORDS["en"]))
    return c.pick([w, w, w.upper()], "rel_case")


@kind("rel.code", "special.religion")
def rel_code(c: Ctx) -> Any:
    return c.rng.choice(
        c.pick(
            [[1, 2, 3, 4, 5, 6, 9], ["CHR", "MUS", "HIN", "BUD", "JEW", "NON"], ["C", "M", "H", "B", "O"]], "rel_codes"
        )
    )


ICD10 = [
    "E11.9",
    "I10",
    "J45.909",
    "F32.1",
    "K21.0",
    "M54.5",
    "E78.5",
    "J06.9",
    "N39.0",
    "B20",
    "C50.911",
    "O24.419",
    "F41.1",
    "G43.909",
    "E66.9",
    "Z34.00",
    "A15.0",
    "I25.10",
    "K35.80",
    "F20.9",
    "E03.9",
    "L40.0",
]
DIAG: dict[str, list[str]] = {
    "en": [
        "Type 2 diabetes mellitus",
        "Essential hypertension",
        "Asthma",
        "Major depressive disorder",
        "GERD",
        "Low back pain",
        "Hyperlipidemia",
        "Acute bronchitis",
        "Urinary tract infection",
        "Migraine",
        "Anxiety disorder",
    ],
    "zh": ["2型糖尿病", "高血压", "支气管哮喘", "抑郁症", "急性上呼吸道感染", "慢性胃炎", "腰椎间盘突出"],
    "ru": [
        "сахарный диабет 2 типа",
        "гипертоническая болезнь II ст.",
        "бронхиальная астма",
        "ОРВИ",
        "хронический гастрит",
        "депрессивный эпизод",
    ],
    "kk": ["қант диабеті", "гипертония", "бронх демікпесі", "ЖРВИ"],
    "uk": ["цукровий діабет 2 типу", "гіпертонічна хвороба", "ГРВІ", "бронхіальна астма"],
    "tr": ["Tip 2 diyabet", "Hipertansiyon", "Astım", "Depresyon", "Gastrit", "Migren"],
    "ar": ["داء السكري من النوع الثاني", "ارتفاع ضغط الدم", "الربو", "الاكتئاب", "التهاب المعدة"],
    "fa": ["دیابت نوع ۲", "فشار خون بالا", "آسم", "افسردگی", "میگرن"],
    "hi": ["मधुमेह", "उच्च रक्तचाप", "दमा", "तपेदिक", "डेंगू"],
    "id": ["Diabetes melitus tipe 2", "Hipertensi", "Asma", "ISPA", "Demam berdarah", "Tuberkulosis paru"],
    "ms": ["Kencing manis", "Darah tinggi", "Asma", "Demam denggi"],
    "vi": ["Đái tháo đường type 2", "Tăng huyết áp", "Hen phế quản", "Viêm dạ dày", "Sốt xuất huyết"],
    "es": [
        "Diabetes mellitus tipo 2",
        "Hipertensión arterial",
        "Asma bronquial",
        "Depresión mayor",
        "Gastritis crónica",
    ],
    "pt": ["Diabetes mellitus tipo 2", "Hipertensão arterial", "Asma", "Depressão", "Dengue", "Gastrite"],
    "fr": ["Diabète de type 2", "Hypertension artérielle", "Asthme", "Dépression", "Lombalgie", "Migraine"],
    "de": [
        "Diabetes mellitus Typ 2",
        "Essentielle Hypertonie",
        "Asthma bronchiale",
        "Depressive Episode",
        "Rückenschmerzen",
    ],
    "it": ["Diabete mellito tipo 2", "Ipertensione arteriosa", "Asma", "Depressione", "Lombalgia"],
    "nl": ["Diabetes mellitus type 2", "Hypertensie", "Astma", "Depressie", "Lage rugpijn"],
    "pl": ["Cukrzyca typu 2", "Nadciśnienie tętnicze", "Astma oskrzelowa", "Depresja", "Migrena"],
    "ja": ["2型糖尿病", "高血圧症", "気管支喘息", "うつ病", "逆流性食道炎", "腰痛症"],
    "ko": ["제2형 당뇨병", "고혈압", "천식", "우울증", "위염", "요통"],
}
DRUGS = [
    "Metformin 500 mg",
    "Lisinopril 10mg",
    "Atorvastatin 20 mg",
    "Salbutamol inhaler",
    "Sertraline 50mg",
    "Omeprazole 20 mg",
    "Amlodipine 5 mg",
    "Insulin glargine 100 IU/ml",
    "Levothyroxine 50 mcg",
    "Ibuprofen 400mg",
    "Amoxicillin 500 mg x3/day",
    "Tenofovir/Emtricitabine",
    "Olanzapine 10 mg",
    "Warfarin 5mg",
]
DRUGS_LOCAL = {
    "ru": ["Метформин 850 мг", "Эналаприл 10 мг", "Аторвастатин", "Омепразол 20 мг"],
    "zh": ["二甲双胍片 0.5g", "氨氯地平片", "阿托伐他汀钙片", "奥美拉唑肠溶胶囊"],
    "ja": ["メトホルミン塩酸塩錠", "アムロジピン錠5mg", "ロキソニン錠"],
    "de": ["Metformin 1000 mg", "Ramipril 5 mg", "Pantoprazol 40 mg", "Ibuprofen 600"],
    "tr": ["Glifor 1000 mg", "Beloc Zok", "Nexium 40 mg"],
}
ALLERGIES = [
    "Penicillin",
    "peanuts",
    "NKDA",
    "Latex",
    "Sulfa drugs",
    "shellfish",
    "Aspirin; Penicillin",
    "pollen",
    "青霉素",
    "пенициллин",
    "Pénicilline",
    "Penisilin",
    "なし",
]


@kind("health.icd", "special.health")
def health_icd(c: Ctx) -> Any:
    code = c.rng.choice(ICD10)
    return c.pick([code, code.replace(".", ""), [code, c.rng.choice(ICD10)]], "icd")


@kind("health.diag", "special.health")
def health_diag(c: Ctx) -> str:
    return c.rng.choice(DIAG.get(c.lang, DIAG["en"]))


@kind("health.drug", "special.health")
def health_drug(c: Ctx) -> Any:
    pool = DRUGS_LOCAL.get(c.lang, []) + DRUGS
    d = c.rng.choice(pool)
    return c.pick([d, d, [d, c.rng.choice(pool)]], "drug")


@kind("health.allergy", "special.health")
def health_allergy(c: Ctx) -> str:
    return c.rng.choice(ALLERGIES)


@kind("health.blood", "special.health")
def health_blood(c: Ctx) -> str:
    b = c.rng.choice(["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"])
    return c.pick(
        [
            b,
            b.replace("+", " Rh+").replace("-", " Rh-"),
            {"O": "0(I)", "A": "A(II)", "B": "B(III)"}.get(b[0], "AB(IV)") + ("Rh+" if "+" in b else "Rh-"),
        ],
        "blood",
    )


@kind("health.bp", "special.health")
def health_bp(c: Ctx) -> str:
    s, d = c.rng.randint(100, 175), c.rng.randint(60, 105)
    return c.pick([f"{s}/{d}", f"{s}/{d} mmHg", f"{s}/{d} мм рт.ст."], "bp")


@kind("health.glucose", "special.health")
def health_glucose(c: Ctx) -> Any:
    v = round(c.rng.uniform(3.8, 14.0), 1)
    return c.pick([v, f"{v} mmol/L", f"{round(v * 18)} mg/dL", str(v).replace(".", ",")], "glu")


@kind("health.bmi", "special.health")
def health_bmi(c: Ctx) -> Any:
    return round(c.rng.uniform(17, 41), 1)


@kind("health.hba1c", "special.health")
def health_hba1c(c: Ctx) -> Any:
    v = round(c.rng.uniform(4.8, 11.5), 1)
    return c.pick([v, f"{v}%"], "a1c")


@kind("health.weight", "special.health")
def health_weight(c: Ctx) -> Any:
    v = round(c.rng.uniform(45, 130), 1)
    return c.pick([v, f"{v} kg", f"{v}кг"], "wt")


YES_NO = {
    "en": ["Y", "N"],
    "zh": ["是", "否"],
    "ru": ["да", "нет"],
    "kk": ["иә", "жоқ"],
    "uk": ["так", "ні"],
    "tr": ["Evet", "Hayır"],
    "ar": ["نعم", "لا"],
    "fa": ["بله", "خیر"],
    "hi": ["हाँ", "नहीं"],
    "id": ["Ya", "Tidak"],
    "ms": ["Ya", "Tidak"],
    "vi": ["Có", "Không"],
    "es": ["Sí", "No"],
    "pt": ["Sim", "Não"],
    "fr": ["Oui", "Non"],
    "de": ["ja", "nein"],
    "it": ["Sì", "No"],
    "nl": ["ja", "nee"],
    "pl": ["tak", "nie"],
    "ja": ["有", "無"],
    "ko": ["예", "아니오"],
}


def yes_no(c: Ctx, salt: str) -> Any:
    yn = YES_NO.get(c.lang, YES_NO["en"])
    v = c.rng.random() < 0.35
    return c.pick([yn[0] if v else yn[1], v, int(v), "Yes" if v else "No"], salt)


@kind("health.smoker", "special.health")
def health_smoker(c: Ctx) -> Any:
    if c.pick([0, 1], "smk_words"):
        return c.rng.choice(["never", "former smoker", "current, 10/day", "never smoked", "social"])
    return yes_no(c, "smk")


@kind("health.flag", "special.health")
def health_flag(c: Ctx) -> Any:
    return yes_no(c, "hflag")


@kind("health.disability", "special.health")
def health_disability(c: Ctx) -> Any:
    return c.pick(
        [
            c.rng.choice(
                ["none", "visual impairment", "wheelchair user", "hearing loss", "II группа", "GdB 50", "autism"]
            ),
            yes_no(c, "dis"),
        ],
        "dis_mode",
    )


@kind("health.vaccine", "special.health")
def health_vaccine(c: Ctx) -> Any:
    return c.rng.choice(
        ["fully vaccinated", "1 dose", "unvaccinated", "booster", "Pfizer x2", "Sinovac 2 liều", "Спутник V"]
    )


@kind("health.hiv", "special.health")
def health_hiv(c: Ctx) -> Any:
    return c.rng.choice(
        ["negative", "positive", "Negative, on PrEP", "unknown", "neg (2024-03)", "positive, undetectable"]
    )


# ---- biometrics ----


def _vec(c: Ctx, n: int, scale: float) -> list[float]:
    v = [c.rng.gauss(0, scale) for _ in range(n)]
    norm = sum(x * x for x in v) ** 0.5
    return [round(x / norm, 6) for x in v]


@kind("face.vec", "biometric.face_embedding")
def face_vec(c: Ctx) -> Any:
    n = c.pick([128, 512, 128, 256], "face_n")
    v = _vec(c, n, 1.0)
    mode = c.pick(["list", "list", "str", "space", "binary"], "face_mode")
    if mode == "str":
        return "[" + ", ".join(f"{x:.6f}" for x in v) + "]"
    if mode == "space":
        return " ".join(f"{x:.5f}" for x in v)
    if mode == "binary":
        return Binary(struct.pack(f"<{n}f", *v), "00")
    return v


# ---- secrets ----

B64CH = string.ascii_letters + string.digits + "./"
B64STD = string.ascii_letters + string.digits + "+/"
PLAIN = [
    "P@ssw0rd!",
    "qwerty123",
    "Summer2024!",
    "iloveyou",
    "ytrewq",
    "Zx!9kLm#2",
    "123456",
    "пароль123",
    "admin@123",
    "Mamad1370",
    "sifre1234",
    "Passw0rd",
    "dragon88",
    "woaini1314",
]


@kind("sec.plain", "credential.secret")
def sec_plain(c: Ctx) -> str:
    return (
        c.rng.choice(PLAIN)
        if c.rng.random() < 0.5
        else b64(c.rng, c.rng.randint(9, 14), string.ascii_letters + string.digits + "!@#$%")
    )


@kind("sec.hash", "credential.secret")
def sec_hash(c: Ctx) -> str:
    mode = c.pick(["bcrypt", "argon2", "pbkdf2", "sha256", "md5", "sha512crypt", "sha1salt"], "pwhash")
    if mode == "bcrypt":
        return f"$2{c.rng.choice('aby')}$1{c.rng.randint(0, 2)}$" + b64(c.rng, 53, B64CH)
    if mode == "argon2":
        salt, digest = b64(c.rng, 22, B64STD), b64(c.rng, 43, B64STD)
        return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${digest}"
    if mode == "pbkdf2":
        salt, digest = b64(c.rng, 22, string.ascii_letters + string.digits), b64(c.rng, 43, B64STD)
        return f"pbkdf2_sha256$600000${salt}${digest}="
    if mode == "sha256":
        return hexs(c.rng, 64)
    if mode == "md5":
        return hexs(c.rng, 32).upper() if c.rng.random() < 0.3 else hexs(c.rng, 32)
    if mode == "sha512crypt":
        return f"$6${b64(c.rng, 16, B64CH)}${b64(c.rng, 86, B64CH)}"
    return f"{hexs(c.rng, 40)}:{b64(c.rng, 8)}"


@kind("sec.api", "credential.secret")
def sec_api(c: Ctx) -> str:
    a = string.ascii_letters + string.digits
    return c.pick(
        [
            "sk_live_" + b64(c.rng, 24, a),
            "ghp_" + b64(c.rng, 36, a),
            "xoxb-" + digits(c.rng, 12) + "-" + b64(c.rng, 24, a),
            "AIza" + b64(c.rng, 35),
            hexs(c.rng, 40),
            "glpat-" + b64(c.rng, 20),
        ],
        "api",
    )


@kind("sec.jwt", "credential.secret")
def sec_jwt(c: Ctx) -> str:
    def part(obj: str) -> str:
        return base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")

    head = part('{"alg":"HS256","typ":"JWT"}')
    body = part(f'{{"sub":"{c.rng.randint(1, 99999)}","iat":{c.rng.randint(1700000000, 1760000000)},"scope":"user"}}')
    return f"{head}.{body}.{b64(c.rng, 43)}"


@kind("sec.refresh", "credential.secret")
def sec_refresh(c: Ctx) -> str:
    return c.pick([b64(c.rng, 64), hexs(c.rng, 48), "rt_" + b64(c.rng, 40)], "refresh")


@kind("sec.totp", "credential.secret")
def sec_totp(c: Ctx) -> str:
    return "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))


@kind("sec.aws", "credential.secret")
def sec_aws(c: Ctx) -> str:
    return b64(c.rng, 40, string.ascii_letters + string.digits + "+/")


# =================== non-personal kinds (hard negatives) ===================

NONE = "none"


@kind("x.int_id", NONE)
def x_int_id(c: Ctx) -> Any:
    return c.rng.randint(1, 10 ** c.pick([3, 5, 7], "idw"))


@kind("x.seq", NONE)
def x_seq(c: Ctx) -> int:
    return c.rng.randint(1, 500)


@kind("x.uuid", NONE)
def x_uuid(c: Ctx) -> str:
    return str(uuid.UUID(int=c.rng.getrandbits(128), version=4))


@kind("x.oid", NONE)
def x_oid(c: Ctx) -> Oid:
    return Oid(f"{c.rng.randint(0x60000000, 0x68000000):08x}" + hexs(c.rng, 16))


@kind("x.ref", NONE)
def x_ref(c: Ctx) -> Any:
    return c.pick(
        [
            f"ORD-{c.rng.randint(2019, 2025)}-{c.rng.randint(1, 999999):06d}",
            f"INV{digits(c.rng, 8)}",
            f"TK-{c.rng.randint(1000, 99999)}",
            digits(c.rng, 10),
            f"{c.rng.choice('ABCDEFGH')}{digits(c.rng, 6)}/{c.rng.randint(20, 25)}",
            c.rng.randint(10**9, 10**10),
        ],
        "ref",
    )


@kind("x.member", NONE)
def x_member(c: Ctx) -> Any:
    """Customer / employee / student / patient numbers: internal ids, some as long as a national id."""
    return c.pick(
        [
            f"E{c.rng.randint(10000, 99999)}",
            digits(c.rng, 8),
            c.rng.randint(10**6, 10**8),
            f"MRN{digits(c.rng, 7)}",
            float(c.rng.randint(10**8, 10**9)),
            f"{c.rng.randint(2015, 2025)}{digits(c.rng, 5)}",
            Long(c.rng.randint(10**11, 10**12)),
        ],
        "member",
    )


@kind("x.sku", NONE)
def x_sku(c: Ctx) -> Any:
    body = digits(c.rng, 12)
    ean = body + str((10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body)) % 10) % 10)
    return c.pick(
        [
            ean,
            f"SKU-{c.rng.randint(1000, 9999)}-{c.rng.choice(['BLK', 'WHT', 'RED'])}",
            f"{c.rng.choice('ABCXYZ')}{digits(c.rng, 5)}",
            int(ean),
            "978" + digits(c.rng, 10),
        ],
        "sku",
    )


def _ts(c: Ctx) -> dt.datetime:
    return dt.datetime(2019, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=c.rng.randrange(6 * 365 * 86400))


@kind("x.ts", NONE)
def x_ts(c: Ctx) -> Any:
    t = _ts(c)
    mode = c.pick(["mongo", "iso", "sql", "epoch", "epoch_ms", "local", "float_epoch"], "ts")
    if mode == "mongo":
        return Date(t, t.strftime("%Y-%m-%d %H:%M:%S"))
    if mode == "iso":
        return t.isoformat().replace("+00:00", "Z")
    if mode == "sql":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if mode == "epoch":
        return int(t.timestamp())
    if mode == "epoch_ms":
        return Long(int(t.timestamp() * 1000))
    if mode == "float_epoch":
        return t.timestamp() + c.rng.random()
    return date_text(c, t.date(), "tsl") + t.strftime(" %H:%M")


@kind("x.date", NONE)
def x_date(c: Ctx) -> Any:
    """A date of an event (visit, hire, issue, expiry): never a birth date."""
    d = _ts(c).date() + dt.timedelta(days=c.rng.randint(-3000, 1500))
    return as_date(c, d, "evdate")


@kind("x.expiry", NONE)
def x_expiry(c: Ctx) -> str:
    return c.pick(
        [
            f"{c.rng.randint(1, 12):02d}/{c.rng.randint(25, 31)}",
            f"20{c.rng.randint(25, 31)}-{c.rng.randint(1, 12):02d}",
        ],
        "exp",
    )


@kind("x.price", NONE)
def x_price(c: Ctx) -> Any:
    v = round(c.rng.uniform(1, 5000), 2)
    cur = {
        "ru": "₽",
        "kk": "₸",
        "uk": "₴",
        "tr": "TL",
        "ja": "円",
        "ko": "원",
        "zh": "元",
        "vi": "đ",
        "id": "Rp",
        "fa": "ریال",
        "hi": "₹",
        "pt": "R$",
        "de": "€",
        "fr": "€",
        "it": "€",
        "es": "€",
        "nl": "€",
        "pl": "zł",
    }.get(c.lang, "$")
    return c.pick(
        [v, f"{v:.2f}", f"{v:,.2f} {cur}".replace(",", " "), str(v).replace(".", ","), Double(v), int(v * 1000)],
        "price",
    )


@kind("x.salary", NONE)
def x_salary(c: Ctx) -> Any:
    v = c.rng.randint(300, 15000) * 10
    return c.pick([v, float(v), f"{v:,}", Long(v * 100)], "salary")


@kind("x.count", NONE)
def x_count(c: Ctx) -> Any:
    return c.pick(
        [c.rng.randint(0, 50), float(c.rng.randint(0, 9)), round(c.rng.uniform(1, 5), 1), str(c.rng.randint(0, 999))],
        "count",
    )


@kind("x.bigfloat", NONE)
def x_bigfloat(c: Ctx) -> float:
    """Balances and totals exported as floats: the same artefact as a phone number turned float."""
    return float(c.rng.randint(10**8, 10**11))


@kind("x.status", NONE)
def x_status(c: Ctx) -> Any:
    return c.pick(
        [
            c.rng.choice(["active", "blocked", "pending", "closed"]),
            c.rng.choice(["A", "I", "P", "D"]),
            c.rng.choice([True, False]),
            c.rng.randint(0, 3),
            c.rng.choice(["NEW", "PAID", "SHIPPED", "REFUNDED", "CANCELLED"]),
            c.rng.choice(["已完成", "待支付", "Выполнен", "Ожидает", "Tamamlandı", "Selesai", "Đã giao"]),
        ],
        "status",
    )


@kind("x.gender", NONE)
def x_gender(c: Ctx) -> Any:
    return c.rng.choice(
        c.pick(
            [
                ["M", "F"],
                ["Male", "Female"],
                [1, 2],
                ["男", "女"],
                ["М", "Ж"],
                ["L", "P"],
                ["E", "K"],
                ["Nam", "Nữ"],
                ["m", "w", "d"],
                ["ذكر", "أنثى"],
            ],
            "gender",
        )
    )


@kind("x.marital", NONE)
def x_marital(c: Ctx) -> Any:
    return c.rng.choice(
        c.pick(
            [
                ["single", "married", "divorced", "widowed"],
                ["S", "M", "D", "W"],
                ["已婚", "未婚"],
                ["женат", "не замужем", "холост"],
                ["Kawin", "Belum Kawin"],
                ["ledig", "verheiratet"],
            ],
            "marital",
        )
    )


@kind("x.age", NONE)
def x_age(c: Ctx) -> Any:
    a = c.rng.randint(1, 95)
    return c.pick([a, str(a), float(a), f"{a} y"], "age")


@kind("x.city", NONE)
def x_city(c: Ctx) -> str:
    return _city(c)


@kind("x.region", NONE)
def x_region(c: Ctx) -> str:
    if c.ma is not None:
        return str(c.ma.region())
    if hasattr(c.fk, "state"):
        return str(c.fk.state())
    return _city(c)


@kind("x.country", NONE)
def x_country(c: Ctx) -> Any:
    return c.pick(
        [
            str(c.fk.country()),
            c.country,
            c.rng.choice(["KZ", "RU", "CN", "TR", "DE", "US", "IN", "BR"]),
            c.rng.choice(["Kazakhstan", "Россия", "中国", "Türkiye", "Deutschland", "Indonesia", "Việt Nam"]),
        ],
        "country",
    )


@kind("x.product", NONE)
def x_product(c: Ctx) -> str:
    return c.pick(
        [
            c.rng.choice(
                [
                    "iPhone 15 Pro 256GB",
                    "Galaxy S23",
                    "Redmi Note 12",
                    "Nike Air Max 90",
                    "Lego Technic 42115",
                    "Кофе молотый 250г",
                    "牛奶 1L",
                    "Indomie Goreng",
                    "Bánh mì",
                    "Espresso doppio",
                ]
            ),
            str(c.fk.catch_phrase()) if hasattr(c.fk, "catch_phrase") else "Widget",
        ],
        "product",
    )


@kind("x.company", NONE)
def x_company(c: Ctx) -> str:
    return str(c.fk.company())


@kind("x.job", NONE)
def x_job(c: Ctx) -> str:
    return str(c.fk.job())


@kind("x.dept", NONE)
def x_dept(c: Ctx) -> str:
    return c.rng.choice(
        [
            "Sales",
            "HR",
            "IT",
            "Finance",
            "Logistics",
            "Отдел кадров",
            "财务部",
            "Pemasaran",
            "Buchhaltung",
            "Cardiology",
            "Pediatrics",
            "Kardiologie",
            "Терапия",
            "内科",
            "Radiologie",
        ]
    )


@kind("x.text", NONE)
def x_text(c: Ctx) -> str:
    return str(c.fk.sentence())


@kind("x.class", NONE)
def x_class(c: Ctx) -> str:
    return c.pick(
        [
            f"{c.rng.randint(1, 11)}{c.rng.choice('АБВ')}",
            f"高{c.rng.randint(1, 3)}({c.rng.randint(1, 12)})班",
            f"{c.rng.randint(7, 12)}-{c.rng.choice('ABCD')}",
            c.rng.choice(["Math", "Physics", "Biology", "Matematika", "数学"]),
        ],
        "class",
    )


@kind("x.grade", NONE)
def x_grade(c: Ctx) -> Any:
    return c.pick(
        [
            c.rng.choice(["A", "B", "C", "D", "F"]),
            c.rng.randint(2, 5),
            round(c.rng.uniform(4, 10), 1),
            c.rng.choice(["A+", "B-", "W", "I"]),
        ],
        "grade",
    )


@kind("x.shift", NONE)
def x_shift(c: Ctx) -> str:
    """W/B/N shift and bin codes: letters like coded race, but not about people's origin."""
    return c.rng.choice(c.pick([["W", "B", "N", "D"], ["E", "L", "N"], ["W", "B"]], "shift"))


@kind("x.level", NONE)
def x_level(c: Ctx) -> Any:
    return c.rng.choice(
        c.pick(
            [
                ["INFO", "WARN", "ERROR", "DEBUG"],
                [0, 1, 2],
                ["gold", "silver", "bronze"],
                ["free", "pro", "enterprise"],
            ],
            "level",
        )
    )


@kind("x.url", NONE)
def x_url(c: Ctx) -> str:
    return c.pick(
        [
            f"/api/v1/{c.rng.choice(['orders', 'users', 'login', 'items'])}/{c.rng.randint(1, 9999)}",
            f"https://shop.example.com/p/{c.rng.randint(1, 999)}",
            f"/static/img/{hexs(c.rng, 8)}.png",
        ],
        "url",
    )


@kind("x.ua", NONE)
def x_ua(c: Ctx) -> str:
    f = Faker()
    f.seed_instance(c.rng.randrange(10**9))
    return str(f.user_agent())


@kind("x.host", NONE)
def x_host(c: Ctx) -> str:
    return c.pick(
        [
            f"web-{c.rng.randint(1, 40):02d}.prod.internal",
            f"ip-10-0-{c.rng.randint(0, 255)}-{c.rng.randint(0, 255)}.ec2.internal",
            c.rng.choice(["api.example.com", "cdn.example.net", "mail.example.org"]),
        ],
        "host",
    )


@kind("x.port", NONE)
def x_port(c: Ctx) -> Any:
    return c.rng.choice([22, 80, 443, 3306, 5432, 6379, 8080, 27017, c.rng.randint(1024, 65535)])


@kind("x.method", NONE)
def x_method(c: Ctx) -> str:
    return c.rng.choice(["GET", "POST", "PUT", "DELETE", "PATCH"])


@kind("x.http", NONE)
def x_http(c: Ctx) -> Any:
    return c.rng.choice([200, 200, 201, 301, 304, 400, 401, 403, 404, 500, 502])


@kind("x.cidr", NONE)
def x_cidr(c: Ctx) -> str:
    return c.pick(
        [
            f"10.{c.rng.randint(0, 255)}.0.0/16",
            c.rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252"]),
            f"192.168.{c.rng.randint(0, 255)}.0/24",
        ],
        "cidr",
    )


@kind("x.sha256", NONE)
def x_sha256(c: Ctx) -> str:
    return hexs(c.rng, 64)


@kind("x.md5", NONE)
def x_md5(c: Ctx) -> str:
    return c.pick([hexs(c.rng, 32), f'"{hexs(c.rng, 32)}"', f"{hexs(c.rng, 32)}-{c.rng.randint(2, 9)}"], "md5")


@kind("x.git", NONE)
def x_git(c: Ctx) -> str:
    return hexs(c.rng, c.pick([40, 7], "git"))


@kind("x.pubkey", NONE)
def x_pubkey(c: Ctx) -> str:
    return c.pick(
        [
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
            + b64(c.rng, 43, string.ascii_letters + string.digits + "+/")
            + " deploy@ci",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64(c.rng, 300, string.ascii_letters + string.digits + "+/"),
        ],
        "pubkey",
    )


@kind("x.file", NONE)
def x_file(c: Ctx) -> str:
    return c.pick(
        [
            f"IMG_{c.rng.randint(1000, 9999)}.jpg",
            f"uploads/{c.rng.randint(2020, 2025)}/{hexs(c.rng, 12)}.pdf",
            f"s3://bucket-media/faces/{x_uuid(c)}.png",
            f"scan_{digits(c.rng, 6)}.tiff",
        ],
        "file",
    )


@kind("x.model", NONE)
def x_model(c: Ctx) -> str:
    return c.rng.choice(
        [
            "iPhone14,2",
            "SM-G991B",
            "Redmi Note 11",
            "Pixel 7",
            "HUAWEI P30",
            "ESP32-WROOM-32",
            "RPi 4B",
            "Tapo C200",
            "Mi Band 7",
            "Nest Thermostat E",
        ]
    )


@kind("x.version", NONE)
def x_version(c: Ctx) -> str:
    return c.pick(
        [
            f"{c.rng.randint(1, 17)}.{c.rng.randint(0, 9)}.{c.rng.randint(0, 20)}",
            f"Android {c.rng.randint(8, 14)}",
            f"iOS {c.rng.randint(14, 17)}.{c.rng.randint(0, 6)}",
            f"v{c.rng.randint(1, 4)}.{c.rng.randint(0, 30)}-rc{c.rng.randint(1, 3)}",
        ],
        "ver",
    )


@kind("x.temperature", NONE)
def x_temperature(c: Ctx) -> Any:
    v = round(c.rng.uniform(-25, 40), 1)
    return c.pick([v, f"{v} °C", f"{v}°C", f"{round(v * 1.8 + 32, 1)}°F", Double(v)], "temp")


@kind("x.humidity", NONE)
def x_humidity(c: Ctx) -> Any:
    v = round(c.rng.uniform(10, 99), 1)
    return c.pick([v, f"{v}%", int(v)], "hum")


@kind("x.battery", NONE)
def x_battery(c: Ctx) -> Any:
    return c.pick([c.rng.randint(0, 100), f"{c.rng.randint(0, 100)}%", round(c.rng.uniform(3.2, 4.2), 2)], "bat")


@kind("x.rssi", NONE)
def x_rssi(c: Ctx) -> Any:
    return c.pick([c.rng.randint(-110, -40), f"{c.rng.randint(-110, -40)} dBm"], "rssi")


@kind("x.altitude", NONE)
def x_altitude(c: Ctx) -> Any:
    return c.pick([round(c.rng.uniform(-20, 2500), 1), f"{c.rng.randint(0, 3000)} m"], "alt")


@kind("x.speed", NONE)
def x_speed(c: Ctx) -> Any:
    return c.pick([round(c.rng.uniform(0, 120), 1), f"{c.rng.randint(0, 120)} km/h"], "spd")


@kind("x.heading", NONE)
def x_heading(c: Ctx) -> Any:
    return c.pick([c.rng.randint(0, 359), f"{c.rng.randint(0, 359)}°", round(c.rng.uniform(0, 360), 2)], "hdg")


@kind("x.accuracy", NONE)
def x_accuracy(c: Ctx) -> Any:
    return round(c.rng.uniform(2, 60), 1)


@kind("x.distance", NONE)
def x_distance(c: Ctx) -> Any:
    return c.pick([round(c.rng.uniform(0.5, 40), 2), f"{round(c.rng.uniform(0.5, 40), 1)} km"], "dist")


@kind("x.sensor_id", NONE)
def x_sensor_id(c: Ctx) -> str:
    return c.pick(
        [f"s{c.rng.randint(0, 99)}", f"node-{c.rng.randint(1, 500):03d}", f"TH-{c.rng.randint(100, 999)}"], "sensor"
    )


@kind("x.cell", NONE)
def x_cell(c: Ctx) -> Any:
    return c.pick(
        [
            c.rng.randint(1000, 268435455),
            f"{c.rng.randint(100, 999)}-{c.rng.randint(1, 99):02d}-{c.rng.randint(1, 65535)}-{c.rng.randint(1, 99999)}",
        ],
        "cell",
    )


@kind("x.tac", NONE)
def x_tac(c: Ctx) -> str:
    """Type Allocation Code: the first 8 digits of an IMEI, a phone *model*, not a device."""
    return c.rng.choice(["35332811", "35391110", "86459304", "35875406", "01326300"])


@kind("x.calltype", NONE)
def x_calltype(c: Ctx) -> Any:
    return c.rng.choice(
        c.pick([["MOC", "MTC", "SMS-MO", "SMS-MT", "GPRS"], ["voice", "sms", "data"], [1, 2, 3]], "ctype")
    )


@kind("x.duration", NONE)
def x_duration(c: Ctx) -> Any:
    s = c.rng.randint(0, 3600)
    return c.pick([s, f"{s // 60:02d}:{s % 60:02d}", float(s)], "dur")


@kind("x.plate", NONE)
def x_plate(c: Ctx) -> str:
    return c.pick(
        [
            c.rng.choice("АВЕКМНОРСТУХ")
            + digits(c.rng, 3)
            + c.rng.choice("АВЕКМН")
            + c.rng.choice("АВЕКМН")
            + c.rng.choice(["77", "799", "02"]),
            f"B {c.rng.randint(1000, 9999)} {c.rng.choice(['TJK', 'KZX', 'UAB'])}",
            f"京A{digits(c.rng, 5)}",
            f"{digits(c.rng, 2)}{c.rng.choice(['AB', 'ZK', 'TR'])}{digits(c.rng, 3)}",
            c.rng.choice("ABCDEF")
            + c.rng.choice("ABCDEF")
            + "-"
            + digits(c.rng, 3)
            + "-"
            + c.rng.choice("ABCDEF")
            + c.rng.choice("ABCDEF"),
        ],
        "plate",
    )


@kind("x.vehicle", NONE)
def x_vehicle(c: Ctx) -> str:
    return c.rng.choice(
        [
            "Toyota Prius",
            "Hyundai Solaris",
            "Kia Rio",
            "Honda Vario 125",
            "Skoda Octavia",
            "比亚迪 秦",
            "VinFast VF e34",
        ]
    )


@kind("x.card_brand", NONE)
def x_card_brand(c: Ctx) -> str:
    return c.rng.choice(["VISA", "Mastercard", "AMEX", "MIR", "UnionPay", "JCB", "Troy", "RuPay"])


@kind("x.masked_card", NONE)
def x_masked_card(c: Ctx) -> Any:
    last = digits(c.rng, 4)
    return c.pick(
        [f"************{last}", f"4{digits(c.rng, 5)}******{last}", last, f"**** **** **** {last}", int(last)], "masked"
    )


@kind("x.bic", NONE)
def x_bic(c: Ctx) -> str:
    return c.pick(
        [
            c.rng.choice(["DEUTDEFF", "COBADEFFXXX", "SABRRUMM", "HSBCKZKA", "ICBKCNBJ", "BNPAFRPP", "INGBNL2A"]),
            "04" + digits(c.rng, 7),
            digits(c.rng, 9),
        ],
        "bic",
    )


@kind("x.bank", NONE)
def x_bank(c: Ctx) -> str:
    return c.rng.choice(
        [
            "Sberbank",
            "Kaspi Bank",
            "Halyk",
            "ICBC",
            "Deutsche Bank",
            "Ziraat Bankası",
            "BCA",
            "Vietcombank",
            "Itaú",
            "ING",
        ]
    )


@kind("x.currency", NONE)
def x_currency(c: Ctx) -> str:
    return c.rng.choice(["USD", "EUR", "RUB", "KZT", "CNY", "TRY", "IDR", "VND", "BRL", "INR", "JPY"])


@kind("x.org_tax", NONE)
def x_org_tax(c: Ctx) -> str:
    """Tax numbers of companies: valid check digits, but no person's."""
    from stdnum.br import cnpj

    mode = c.pick(["ru", "br", "de", "fr"], "orgtax")
    if mode == "ru":
        body = c.rng.choice(["77", "78", "50"]) + digits(c.rng, 7)
        return body + inn.calc_company_check_digit(body)
    if mode == "br":
        body = digits(c.rng, 8) + "0001"
        s = body + cnpj.calc_check_digits(body)
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"
    if mode == "de":
        return "DE" + digits(c.rng, 9)
    return "FR" + digits(c.rng, 11)


@kind("x.visa", NONE)
def x_visa(c: Ctx) -> str:
    return c.rng.choice(
        [
            "B1/B2",
            "F-1",
            "H-1B",
            "Tourist",
            "Business",
            "Transit",
            "L",
            "M",
            "Z",
            "X1",
            "Schengen C",
            "D-Visum",
            "е-виза",
        ]
    )


@kind("x.border", NONE)
def x_border(c: Ctx) -> str:
    return c.rng.choice(
        ["SVO", "ALA", "NQZ", "PEK", "IST", "CGK", "SGN", "Khorgos", "Dostyk", "Torfyanovka", "JFK", "FRA"]
    )


@kind("x.flight", NONE)
def x_flight(c: Ctx) -> str:
    return f"{c.rng.choice(['KC', 'SU', 'TK', 'CA', 'GA', 'VN', 'LH'])}{c.rng.randint(10, 999)}"


@kind("x.textvec", NONE)
def x_textvec(c: Ctx) -> Any:
    v = _vec(c, c.pick([384, 768, 300], "tv_n"), 1.0)
    return c.pick([v, "[" + ", ".join(f"{x:.6f}" for x in v) + "]"], "tv_mode")


@kind("x.tsne", NONE)
def x_tsne(c: Ctx) -> Any:
    return [round(c.rng.uniform(-40, 40), 3), round(c.rng.uniform(-40, 40), 3)]


@kind("x.gridxy", NONE)
def x_gridxy(c: Ctx) -> Any:
    return round(c.rng.uniform(0, 1920), 1)


@kind("x.username", NONE)
def x_username(c: Ctx) -> str:
    f = Faker("en_US")
    f.seed_instance(c.rng.randrange(10**9))
    return c.pick(
        [f.user_name(), f"user{c.rng.randint(100, 99999)}", f"{f.word()}_{f.word()}{c.rng.randint(1, 99)}"], "uname"
    )


@kind("x.race_event", NONE)
def x_race_event(c: Ctx) -> str:
    return c.rng.choice(["10K", "Half Marathon", "Marathon", "5K Fun Run", "Ultra 50K", "AK-Sen", "TX-07", "Senate"])


@kind("x.nationality", NONE)
def x_nationality(c: Ctx) -> str:
    """Citizenship as a country name or code: not an ethnic group."""
    return c.rng.choice(
        [
            "Kazakhstan",
            "KAZ",
            "Russian Federation",
            "RUS",
            "China",
            "CHN",
            "Türkiye",
            "TUR",
            "India",
            "IND",
            "Germany",
            "DEU",
            "Indonesia",
            "Viet Nam",
            "Brazil",
            "Iran",
            "Казахстан",
            "Россия",
        ]
    )


@kind("x.lang", NONE)
def x_lang(c: Ctx) -> str:
    return c.rng.choice(["ru", "kk", "en", "zh-CN", "tr", "uz", "de-DE", "pt-BR", "ja", "ko", "fa", "ar"])


@kind("x.agg_group", NONE)
def x_agg_group(c: Ctx) -> str:
    pool = ETHNIC_WORDS.get(c.lang, ETHNIC_WORDS["en"]) + RELIGION_WORDS.get(c.lang, RELIGION_WORDS["en"])
    return c.rng.choice(pool)


@kind("x.agg_disease", NONE)
def x_agg_disease(c: Ctx) -> str:
    return c.rng.choice(DIAG.get(c.lang, DIAG["en"]))


@kind("x.bool", NONE)
def x_bool(c: Ctx) -> Any:
    return yes_no(c, "xbool")


@kind("x.rating", NONE)
def x_rating(c: Ctx) -> Any:
    return c.pick([round(c.rng.uniform(1, 5), 1), c.rng.randint(1, 5), f"{c.rng.randint(1, 5)}/5"], "rating")


@kind("x.thumb", NONE)
def x_thumb(c: Ctx) -> Binary:
    return Binary(bytes(c.rng.randrange(256) for _ in range(48)), "00")


@kind("x.mime", NONE)
def x_mime(c: Ctx) -> str:
    return c.rng.choice(["image/jpeg", "application/pdf", "text/csv", "image/png"])


@kind("x.percent", NONE)
def x_percent(c: Ctx) -> Any:
    return c.pick([round(c.rng.uniform(0, 100), 2), f"{round(c.rng.uniform(0, 100), 1)}%"], "pct")


@kind("x.population", NONE)
def x_population(c: Ctx) -> Any:
    return c.pick([c.rng.randint(100, 5_000_000), float(c.rng.randint(100, 5_000_000))], "pop")
