# ruff: noqa: E501
"""gen_c's concepts: what a field holds (its label and how its values are made), per record context."""

from __future__ import annotations

import base64
import hashlib
import random
import string
import struct
import uuid
from datetime import datetime, timedelta
from typing import Any

import faker
import lexicon as lx

NONE = "none"
NAME, NID, BIRTH, PHONE, EMAIL, ADDR = (
    "person.name",
    "person.national_id",
    "person.birth_date",
    "contact.phone",
    "contact.email",
    "contact.address",
)
GEO, IP, DEV, CARD, IBAN = (
    "location.coordinates",
    "network.ip_address",
    "device.identifier",
    "financial.card_number",
    "financial.iban",
)
ETH, REL, HEALTH, FACE, SECRET = (
    "special.ethnicity",
    "special.religion",
    "special.health",
    "biometric.face_embedding",
    "credential.secret",
)

_FAKERS: dict[str, faker.Faker] = {}


def _faker(locale: str) -> faker.Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = faker.Faker(locale)
    return _FAKERS[locale]


class DT:
    """A date/time written by each format its own way (``$date`` in mongoexport, text in CSV)."""

    def __init__(self, t: datetime, fmt: str) -> None:
        self.t, self.fmt = t, fmt

    def text(self) -> Any:
        t, f = self.t, self.fmt
        if f == "epoch":
            return int(t.timestamp())
        if f == "epoch_ms":
            return int(t.timestamp() * 1000)
        if f == "int8":
            return int(t.strftime("%Y%m%d"))
        if f == "zh":
            return f"{t.year}年{t.month}月{t.day}日"
        return t.strftime(f)


DATE_FMTS = [
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%Y%m%d",
    "%Y/%m/%d",
    "%d-%m-%Y",
    "%d %b %Y",
    "%Y-%m-%dT00:00:00Z",
    "int8",
    "zh",
]
TIME_FMTS = [
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "epoch",
    "epoch_ms",
    "%Y-%m-%dT%H:%M:%S.000+00:00",
]
NOW = datetime(2025, 11, 20, 12, 0, 0)


class Ctx:
    """One template instance: its random stream, language, Faker, field formats and running state."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang
        self.locale = rng.choice(lx.FAKER[lang])
        self.f = _faker(self.locale)
        self.f.seed_instance(rng.randrange(2**31))
        self.en = _faker("en_US")
        self.en.seed_instance(rng.randrange(2**31))
        self.mim: Any = None
        if lang in lx.MIMESIS and rng.random() < 0.5:
            from mimesis import Person
            from mimesis.locales import Locale

            self.mim = Person(Locale(lx.MIMESIS[lang]), seed=rng.randrange(2**31))
        lat, lon = rng.uniform(-40, 60), rng.uniform(-120, 140)
        try:
            c = self.f.location_on_land()
            lat, lon = float(c[0]), float(c[1])
        except Exception:
            pass
        self.centre = (lat, lon)
        self.state: dict[str, Any] = {}
        self.memo: dict[str, Any] = {}
        self.i = 0
        self.slot = 0  # which person of the record a name field is about (rider, driver...)
        self.date_fmt = rng.choice(DATE_FMTS)
        self.time_fmt = rng.choice(TIME_FMTS)
        self.native_dates = rng.random() < 0.5  # mongo documents keep dates as $date

    def new_record(self, i: int) -> None:
        self.i, self.memo = i, {}

    # person, coherent within a record
    def person(self) -> dict[str, str]:
        key = f"p{self.slot}"
        if key not in self.memo:
            f, r = self.f, self.rng
            male = r.random() < 0.5
            try:
                first = f.first_name_male() if male else f.first_name_female()
                last = f.last_name()
            except AttributeError:
                first, last = f.first_name(), f.last_name()
            if self.mim is not None and r.random() < 0.5:
                first, last = self.mim.first_name(), self.mim.last_name()
            full = f"{last}{first}" if self.lang in ("zh", "ja", "ko") else f"{first} {last}"
            if self.lang in ("hu",):
                full = f"{last} {first}"
            self.memo[key] = {"first": first, "last": last, "full": full, "sex": "M" if male else "F"}
        p: dict[str, str] = self.memo[key]
        return p

    def point(self, spread: float = 0.3) -> tuple[float, float]:
        """A position near the table's centre; consecutive calls of a trail move a little."""
        r = self.rng
        if "trail" in self.state and r.random() < 0.9:
            lat, lon = self.state["trail"]
            lat, lon = lat + r.uniform(-0.004, 0.004), lon + r.uniform(-0.004, 0.004)
        else:
            lat, lon = self.centre[0] + r.uniform(-spread, spread), self.centre[1] + r.uniform(-spread, spread)
        lat, lon = max(-89.9, min(89.9, lat)), ((lon + 180) % 360) - 180
        self.state["trail"] = (lat, lon)
        return lat, lon

    def dt(self, t: datetime, birth: bool = False) -> Any:
        fmt = self.date_fmt if birth else self.time_fmt
        if self.native_dates and self.rng.random() < 0.97:
            return DT(t, "%Y-%m-%d" if birth else "%Y-%m-%dT%H:%M:%SZ")
        return DT(t, fmt)


def leaf_labels(prefix: str, v: Any, label: Any) -> list[tuple[str, str]]:
    """(dotted path, label) for every leaf of a value: arrays transparent, dates one leaf."""
    out: list[tuple[str, str]] = []

    def walk(path: str, rel: str, x: Any) -> None:
        if (
            not rel
            and x
            and (isinstance(x, dict) or (isinstance(x, list) and any(isinstance(y, (dict, list)) for y in x)))
        ):
            out.append((path, _parent(label)))  # a scanner may read a nested value whole (a GeoJSON point, a trail)
        if isinstance(x, dict) and x:
            for k, y in x.items():
                walk(f"{path}.{k}", f"{rel}.{k}" if rel else k, y)
        elif isinstance(x, list):
            for y in x:
                if isinstance(y, (dict, list)):
                    walk(path, rel, y)
                else:
                    out.append((path, _lab(label, rel)))
                    break
        elif x is None or isinstance(x, dict):
            return
        else:
            out.append((path, _lab(label, rel)))

    walk(prefix, "", v)
    return list(dict.fromkeys(out))


def _parent(label: Any) -> str:
    if isinstance(label, dict):
        return str(label.get("", label.get("*", NONE)))
    return str(label)


def _lab(label: Any, rel: str) -> str:
    if isinstance(label, dict):
        return str(label.get(rel, label.get("*", NONE)))
    return str(label)


# ---- value helpers ------------------------------------------------------------------------------------------


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def birth(c: Ctx) -> datetime:
    r = c.rng
    return datetime(1935, 1, 1) + timedelta(days=r.randrange(0, 365 * 72))


def when(c: Ctx, days: int = 900) -> datetime:
    return NOW - timedelta(seconds=c.rng.randrange(0, 86400 * days))


def national_id(c: Ctx) -> str:
    r, lang = c.rng, c.lang
    if lang == "es" and "MX" in c.locale:
        p = c.person()
        b = birth(c)
        return (
            (p["last"][:2] + "X" + p["first"][:1]).upper()[:4].ljust(4, "X")
            + b.strftime("%y%m%d")
            + r.choice("HM")
            + "DFSLRR"[:5]
            + digits(r, 2)
        )
    if lang == "es":
        n = r.randrange(10**7, 10**8)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if lang == "id" or lang == "ms":
        if lang == "ms":
            return f"{birth(c).strftime('%y%m%d')}-{digits(r, 2)}-{digits(r, 4)}"
        return digits(r, 6) + birth(c).strftime("%d%m%y") + digits(r, 4)
    if lang in ("kk", "kkl"):
        return birth(c).strftime("%y%m%d") + digits(r, 6)
    if lang == "hi":
        return f"{r.randint(2, 9)}{digits(r, 3)} {digits(r, 4)} {digits(r, 4)}"
    if lang == "vi":
        return "0" + digits(r, 11)
    if lang == "ja":
        return digits(r, 12)
    if lang == "fa":
        d = [r.randrange(10) for _ in range(9)]
        s = sum(x * (10 - i) for i, x in enumerate(d)) % 11
        return "".join(map(str, d)) + str(s if s < 2 else 11 - s)
    if lang in ("ru", "rul") and r.random() < 0.5:
        d = [r.randrange(10) for _ in range(9)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 101
        s = 0 if s == 100 else s
        n = "".join(map(str, d))
        return f"{n[:3]}-{n[3:6]}-{n[6:]} {s:02d}"
    if lang == "ar":
        return r.choice("12") + digits(r, 9)
    if lang == "zh" and r.random() < 0.2:
        return r.choice("EG") + digits(r, 8)  # passport
    try:
        return str(c.f.ssn())
    except Exception:
        return digits(r, 9)


def phone(c: Ctx) -> Any:
    r = c.rng
    style = c.state.setdefault("phone_style", r.choice(["faker", "faker", "e164", "float", "local", "list"]))
    p = str(c.f.phone_number())
    if style == "e164":
        cc = {
            "zh": "86",
            "py": "86",
            "ru": "7",
            "rul": "7",
            "kk": "7",
            "kkl": "7",
            "uk": "380",
            "ukl": "380",
            "tr": "90",
            "ar": "966",
            "fa": "98",
            "hi": "91",
            "id": "62",
            "ms": "60",
            "vi": "84",
            "es": "34",
            "pt": "55",
            "fr": "33",
            "de": "49",
            "it": "39",
            "nl": "31",
            "pl": "48",
            "ja": "81",
            "ko": "82",
        }.get(c.lang, "1")
        return f"+{cc}{r.randint(6, 9)}{digits(r, 8 if cc != '1' else 9)}"
    if style == "float":
        return float(f"{r.randint(2, 9)}{digits(r, 9)}")
    if style == "local":
        return "0" + digits(r, 9 if r.random() < 0.5 else 10)
    if style == "list" and r.random() < 0.6:
        return [p, str(c.f.phone_number())]
    return p


def email(c: Ctx) -> str:
    r = c.rng
    p = c.person()
    if r.random() < 0.5 and all(ch in string.ascii_letters for ch in (p["first"] + p["last"])):
        dom = r.choice(
            [
                "gmail.com",
                "yahoo.com",
                "outlook.com",
                "mail.ru",
                "yandex.ru",
                "qq.com",
                "163.com",
                "hotmail.fr",
                "web.de",
                "libero.it",
                "wp.pl",
                "naver.com",
                "yahoo.co.jp",
                "example.org",
                "uol.com.br",
            ]
        )
        return f"{p['first'].lower()}{r.choice(['.', '_', ''])}{p['last'].lower()}{r.choice(['', str(r.randint(1, 99))])}@{dom}"
    return str(c.f.email())


def address(c: Ctx) -> str:
    r = c.rng
    a = str(c.f.address()) if r.random() < 0.4 else str(c.f.street_address())
    return a.replace("\n", r.choice([", ", " ", "\n"]))


def coord_pair(c: Ctx) -> tuple[float, float]:
    lat, lon = c.point()
    d = c.state.setdefault("coord_dec", c.rng.choice([4, 5, 6, 6, 7, 13]))
    return round(lat, d), round(lon, d)


def face(c: Ctx) -> Any:
    r = c.rng
    n = c.state.setdefault("face_dim", r.choice([128, 128, 512, 64]))
    vec = [round(r.gauss(0, 0.09), 6) for _ in range(n)]
    mode = c.state.setdefault("face_mode", r.choice(["list", "list", "b64", "text"]))
    if mode == "b64":
        return base64.b64encode(struct.pack(f"<{n}f", *vec)).decode()
    if mode == "text":
        return ",".join(str(x) for x in vec)
    return vec


def secret(c: Ctx, kind: str = "") -> str:
    r = c.rng
    kind = kind or c.state.setdefault(
        "secret_kind", r.choice(["bcrypt", "sha256", "plain", "api", "jwt", "md5", "pbkdf2"])
    )
    alnum = string.ascii_letters + string.digits
    if kind == "bcrypt":
        return "$2b$12$" + "".join(r.choice(alnum + "./") for _ in range(53))
    if kind == "sha256":
        return hashlib.sha256(str(r.random()).encode()).hexdigest()
    if kind == "md5":
        return hashlib.md5(str(r.random()).encode()).hexdigest()
    if kind == "pbkdf2":
        return (
            "pbkdf2_sha256$600000$"
            + "".join(r.choice(alnum) for _ in range(22))
            + "$"
            + base64.b64encode(r.randbytes(32)).decode()
        )
    if kind == "plain":
        return r.choice(
            ["qwerty", "Passw0rd!", "123456", "letmein", "iloveyou", "Summer2024", "admin123", "dragon"]
        ) + r.choice(["", str(r.randint(1, 999))])
    if kind == "jwt":
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = (
            base64.urlsafe_b64encode(f'{{"sub":"{r.randint(1, 99999)}","iat":{r.randint(1.6e9, 1.75e9)}}}'.encode())
            .decode()
            .rstrip("=")
        )
        return f"{h}.{body}." + "".join(r.choice(alnum + "-_") for _ in range(43))
    pre = r.choice(["sk_live_", "AKIA", "ghp_", "xoxb-", "AIza", "", "key-"])
    return pre + "".join(r.choice(alnum) for _ in range(32 if pre != "AKIA" else 16))


def device_id(c: Ctx) -> str:
    r = c.rng
    kind = c.state.setdefault("dev_kind", r.choice(["imei", "mac", "uuid", "android", "serial"]))
    if kind == "imei":
        return luhn_complete(r.choice(["35", "86", "01", "99"]) + digits(r, 12))
    if kind == "mac":
        sep = c.state.setdefault("mac_sep", r.choice([":", "-", ""]))
        return (
            sep.join(f"{r.randrange(256):02x}" for _ in range(6)).upper()
            if r.random() < 0.3
            else sep.join(f"{r.randrange(256):02x}" for _ in range(6))
        )
    if kind == "uuid":
        return str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()
    if kind == "android":
        return "".join(r.choice("0123456789abcdef") for _ in range(16))
    return r.choice(["R58M", "C02X", "SN", "F4GZ"]) + "".join(
        r.choice(string.ascii_uppercase + string.digits) for _ in range(8)
    )


def card(c: Ctx) -> str:
    r = c.rng
    pre = r.choice(["4", "4", "51", "52", "55", "37", "6011", "62", "35"])
    n = luhn_complete(pre + digits(r, (15 if pre == "37" else 16) - len(pre) - 1))
    if c.state.setdefault("card_spaced", r.random() < 0.3):
        return " ".join(n[i : i + 4] for i in range(0, len(n), 4))
    return n


def iban(c: Ctx) -> str:
    r = c.rng
    try:
        v = str(c.f.iban())
    except Exception:
        v = str(c.en.iban())
    if c.lang in ("ru", "rul", "kk", "kkl") and r.random() < 0.6:
        return "40817810" + digits(r, 12)  # a Russian personal account number
    if c.state.setdefault("iban_spaced", r.random() < 0.3):
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def pick_local(c: Ctx, table: dict[str, list[str]]) -> str:
    return c.rng.choice(table.get(c.lang) or table["en"])


def lab(c: Ctx) -> tuple[str, str, str, float, float, int]:
    if "lab" not in c.memo:
        c.memo["lab"] = c.rng.choice(lx.LAB)
    t: tuple[str, str, str, float, float, int] = c.memo["lab"]
    return t


def lab_value(c: Ctx) -> Any:
    code, _n, _u, lo, hi, d = lab(c)
    v = round(c.rng.uniform(lo, hi), d)
    if d == 0:
        return int(v)
    if c.rng.random() < 0.05:
        return f"{v}"
    return v
