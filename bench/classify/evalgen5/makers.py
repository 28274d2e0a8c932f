"""Per-concept value makers of evalgen5. ``make(concept, ctx, col)`` returns one cell's value;
``col`` keeps the column's own choices (format, noise) across its records."""

# ruff: noqa: E501 - tables of names, values and templates read best one entry a line

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import string
import uuid
from typing import Any

from faker import Faker
from mimesis import Address as MAddress
from mimesis import Person as MPerson
from mimesis.locales import Locale as MLocale
from stdnum import ean as std_ean
from stdnum import isbn as std_isbn
from stdnum.us import rtn
from values import (
    ACTIONS,
    ALLERGY,
    BLOOD,
    CARD_BRANDS,
    CARRIERS,
    CATEGORIES,
    CHANNELS,
    COLORS,
    CURRENCIES,
    DEPARTMENTS,
    DEVICE_MODELS,
    DIAG,
    DISABILITY,
    ETHNIC,
    FACILITY,
    FAMILY_FIRST,
    GENDER,
    ICD,
    LOC,
    MARITAL,
    MEDS,
    MIMESIS,
    OS,
    PETS,
    PRODUCTS,
    RACE_CODES,
    RELIGION,
    SCHOOLS,
    SPECIALTY,
    SPECIES,
    STATUS,
    TEST_RESULT,
    UAS,
    Blob,
    Long,
    Oid,
    card_number,
    company_taxid,
    digits,
    imei,
    lang_pick,
    make_iban,
    national_id,
    not_luhn,
    rdate,
    rdatetime,
    secret_value,
    translit,
    vec,
)


class Ctx:
    def __init__(self, rng: random.Random, lang: str, fmt: str, seed: int):
        self.rng = rng
        self.lang = lang
        self.fmt = fmt
        self.mongo = fmt.startswith("mongo")
        locs = LOC[lang][0]
        self.locale = rng.choice(locs)
        self.fk = Faker(self.locale)
        self.fk.seed_instance(seed)
        self.mim: tuple[MPerson, MAddress] | None = None
        if lang in MIMESIS and (lang == "kk" or rng.random() < 0.3):
            loc = MLocale(MIMESIS[lang])
            self.mim = (MPerson(loc, seed=seed), MAddress(loc, seed=seed))
        self.rec: dict[str, Any] = {}
        self.counter = 0

    # one person per record
    def person(self) -> dict[str, Any]:
        if "p" not in self.rec:
            rng = self.rng
            female = rng.random() < 0.5
            first, last = self.name_parts(female)
            dob = rdate(rng, 1938, 2009)
            self.rec["p"] = {"female": female, "first": first, "last": last, "dob": dob}
        return self.rec["p"]

    def name_parts(self, female: bool) -> tuple[str, str]:
        if self.lang == "ms" and self.rng.random() < 0.8:
            return ms_name(self.rng, female)
        if self.mim is not None:
            from mimesis.enums import Gender
            g = Gender.FEMALE if female else Gender.MALE
            return self.mim[0].first_name(gender=g), self.mim[0].last_name(gender=g)
        fk = self.fk
        try:
            first = fk.first_name_female() if female else fk.first_name_male()
        except AttributeError:
            first = fk.first_name()
        try:
            last = fk.last_name_female() if female else fk.last_name_male()
        except AttributeError:
            last = fk.last_name()
        return first, last

    def join(self, first: str, last: str) -> str:
        if self.lang in ("zh", "py", "ja") and not first.isascii():
            return last + ("" if self.lang != "ja" else rng_space(self.rng)) + first
        if self.lang in ("ko",) and not first.isascii():
            return last + first
        if self.lang == "vi":
            return f"{last} {first}"
        return f"{first} {last}"

    def other_name(self) -> str:
        first, last = self.name_parts(self.rng.random() < 0.5)
        return self.join(first, last)


MS_M = ["Ahmad", "Muhammad Faiz", "Mohd Azlan", "Hafiz", "Syafiq", "Amirul", "Khairul", "Tan Wei Ming", "Lee Chong Wei", "Rajesh", "Arjun", "Zulkifli"]
MS_F = ["Nur Aisyah", "Siti Aminah", "Farah", "Nurul Izzah", "Lim Mei Ling", "Priya", "Aishah", "Nor Hidayah", "Wong Siew Lan", "Kavitha"]
MS_FATHER = ["Abdullah", "Ismail", "Hassan", "Ibrahim", "Rahman", "Othman", "Yusof", "Razak", "Hamid", "Salleh"]


def ms_name(rng: random.Random, female: bool) -> tuple[str, str]:
    first = rng.choice(MS_F if female else MS_M)
    if " " in first and first.split()[0] in ("Tan", "Lee", "Lim", "Wong"):
        return first.split(" ", 1)[1], first.split()[0]
    if first in ("Rajesh", "Arjun", "Priya", "Kavitha"):
        return first, ("a/p " if female else "a/l ") + rng.choice(["Subramaniam", "Krishnan", "Muthu", "Rajan"])
    return first, ("binti " if female else "bin ") + rng.choice(MS_FATHER)


def rng_space(rng: random.Random) -> str:
    return rng.choice(["", " ", "\u3000"])


def opt(col: dict[str, Any], key: str, rng: random.Random, choices: list[Any], weights: list[float] | None = None) -> Any:
    if key not in col:
        col[key] = rng.choices(choices, weights=weights)[0]
    return col[key]


def fmt_date(d: dt.date, style: str, lang: str) -> Any:
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d.%m.%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "mdy":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "ymd/":
        return d.strftime("%Y/%m/%d")
    if style == "int":
        return int(d.strftime("%Y%m%d"))
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "ko":
        return f"{d.year}. {d.month}. {d.day}."
    if style == "isotime":
        return d.isoformat() + "T00:00:00Z"
    if style == "obj":
        return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)
    if style == "jalali":
        return jalali(d)
    if style == "mon":
        return d.strftime("%d-%b-%Y").upper()
    raise ValueError(style)


def jalali(d: dt.date) -> str:
    # Gregorian -> Solar Hijri (arithmetic conversion)
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
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return f"{jy}/{jm:02d}/{jd:02d}"


def date_styles(ctx: Ctx) -> list[str]:
    s = ["iso", "iso", "dmy", "dmy/", "mdy", "ymd/", "int", "isotime", "mon"]
    if ctx.lang in ("zh", "py", "ja"):
        s += ["cjk", "cjk", "ymd/"]
    if ctx.lang == "ko":
        s += ["ko", "iso"]
    if ctx.lang == "fa":
        s += ["jalali", "jalali", "jalali"]
    if ctx.mongo:
        s += ["obj", "obj", "obj", "obj"]
    return s


def phone_value(ctx: Ctx, col: dict[str, Any], mobile: bool) -> Any:
    rng = ctx.rng
    cc = LOC[ctx.lang][1]
    style = opt(col, "style", rng, ["faker", "e164", "float", "long", "digits", "list", "intl_sp"], [5, 3, 2, 1 if ctx.mongo else 0, 2, 1 if ctx.fmt not in ("csv", "tsv") else 0, 2])
    national = "".join(ch for ch in ctx.fk.phone_number().split("x")[0] if ch.isdigit())
    if national.startswith(cc) and len(national) > 10:
        national = national[len(cc):]
    national = national.lstrip("0")[-10:]
    if cc == "1":
        national = national[-10:]
    elif cc == "7":
        national = rng.choice(["9", "7"]) + digits(rng, 9)
    elif cc in ("86",):
        national = "1" + rng.choice("3589") + digits(rng, 9)
    if len(national) < 8:
        national += digits(rng, 9 - len(national))
    if style == "faker":
        return ctx.fk.phone_number()
    if style == "e164":
        return f"+{cc}{national}"
    if style == "intl_sp":
        return f"+{cc} {national[:3]} {national[3:6]} {national[6:]}"
    if style == "float":
        return float(f"{cc}{national}")
    if style == "long":
        return Long(int(f"{cc}{national}"))
    if style == "digits":
        return f"{cc}{national}" if rng.random() < 0.5 else "0" + national
    return [f"+{cc}{national}", ctx.fk.phone_number()][: rng.randint(1, 2)]


def coord(ctx: Ctx, col: dict[str, Any], axis: str) -> Any:
    rng = ctx.rng
    if "box" not in col:
        col["box"] = (rng.uniform(-40, 60), rng.uniform(-120, 140))
    base = col["box"][0 if axis == "lat" else 1]
    v = base + rng.uniform(-3, 3)
    style = opt(col, "style", rng, ["float", "str", "deg", "long6", "artefact"], [5, 2, 1, 2, 1])
    if style == "float":
        return round(v, rng.choice([4, 5, 6]))
    if style == "str":
        return f"{v:.6f}"
    if style == "deg":
        hemi = ("N" if v >= 0 else "S") if axis == "lat" else ("E" if v >= 0 else "W")
        return f"{abs(v):.6f}° {hemi}"
    if style == "long6":
        return round(v, 7)
    return round(v, 6) + 1e-13


def make(c: str, ctx: Ctx, col: dict[str, Any]) -> Any:  # noqa: C901 - one dispatch table
    rng, fk, lang = ctx.rng, ctx.fk, ctx.lang
    # ------------------------------------------------------------------ names
    if c in ("fullname", "first", "last", "patronymic"):
        p = ctx.person()
        style = opt(col, "style", rng, ["native", "upper", "lastfirst", "latin"], [6, 1, 0 if lang in FAMILY_FIRST else 1, 1 if lang in ("ru", "uk", "kk", "zh", "ja") else 0])
        first, last = p["first"], p["last"]
        if c == "patronymic":
            if lang in ("ru", "rl", "kk", "uk") and hasattr(fk, "middle_name"):
                v = fk.middle_name_female() if p["female"] else fk.middle_name_male()
            else:
                v = ctx.name_parts(p["female"])[0]
        elif c == "first":
            v = first
        elif c == "last":
            v = last
        elif style == "lastfirst":
            v = f"{last}, {first}"
        else:
            v = ctx.join(first, last)
        if lang == "rl" or style == "latin":
            v = translit(v)
            if lang in ("zh", "ja") and c == "fullname" and hasattr(fk, "romanized_name"):
                v = fk.romanized_name()
        if style == "upper":
            v = v.upper()
        return v
    if c in ("contact_person", "kin_name", "doctor", "driver", "author"):
        v = ctx.other_name()
        if c == "doctor" and rng.random() < 0.3:
            v = rng.choice(["Dr. ", "Д-р ", "dr. ", ""]) + v
        return translit(v) if lang == "rl" else v
    if c == "holder":
        p = ctx.person()
        v = translit(ctx.join(p["first"], p["last"]))
        if lang in ("zh", "ja", "ko") and hasattr(fk, "romanized_name"):
            v = fk.romanized_name()
        return v.upper() if opt(col, "up", rng, [True, False]) else v
    # ------------------------------------------------------------------ ids
    if c == "natid":
        p = ctx.person()
        return national_id(rng, LOC[lang][2], p["dob"], p["female"])
    if c == "snils":
        d = [int(x) for x in digits(rng, 9)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        chk = s if s < 100 else 0 if s in (100, 101) else s % 101
        chk = 0 if chk == 100 else chk
        n = "".join(map(str, d))
        return f"{n[:3]}-{n[3:6]}-{n[6:]} {chk:02d}"
    if c == "passport":
        pat = {"ru": lambda: f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 6)}", "rl": lambda: f"{digits(rng, 4)} {digits(rng, 6)}",
               "kk": lambda: "N" + digits(rng, 8), "uk": lambda: rng.choice(["FA", "EK", "KO"]) + digits(rng, 6),
               "zh": lambda: "E" + digits(rng, 8), "py": lambda: rng.choice("EG") + digits(rng, 8), "ja": lambda: rng.choice(["TK", "TZ", "MZ"]) + digits(rng, 7),
               "ko": lambda: "M" + digits(rng, 8), "in": lambda: rng.choice("JKLMNPRZ") + digits(rng, 7)}
        f = pat.get(lang, lambda: rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase + string.digits) + digits(rng, 7))
        return f()
    if c in ("dob", "birth_year"):
        p = ctx.person()
        if c == "birth_year":
            return opt(col, "t", rng, [int, str])(p["dob"].year)
        return fmt_date(p["dob"], opt(col, "style", rng, date_styles(ctx)), lang)
    # ------------------------------------------------------------------ contact
    if c in ("phone", "mobile", "fax"):
        return phone_value(ctx, col, c == "mobile")
    if c == "email":
        p = ctx.person()
        style = opt(col, "style", rng, ["faker", "name", "upper"], [4, 3, 1])
        if style == "faker":
            return fk.email() if rng.random() < 0.6 else fk.free_email()
        local = translit(p["first"]).lower() + rng.choice([".", "_", ""]) + translit(p["last"]).lower()
        local = "".join(ch for ch in local if ch.isascii() and (ch.isalnum() or ch in "._")) or fk.user_name()
        v = f"{local}{rng.choice(['', str(rng.randint(1, 99))])}@{fk.free_email_domain()}"
        return v.upper() if style == "upper" else v
    if c == "address":
        if ctx.mim is not None and rng.random() < 0.5:
            return ctx.mim[1].address() + ", " + ctx.mim[1].city()
        a = fk.address()
        return a if opt(col, "ml", rng, [True, False], [1, 3]) else a.replace("\n", ", ")
    if c == "street":
        if lang == "ja":
            return fk.address().split(" ", 1)[-1].replace("\n", " ")
        if ctx.mim is not None:
            return ctx.mim[1].address()
        return fk.street_address()
    if c == "house_no":
        b = fk.building_number() if hasattr(fk, "building_number") else str(rng.randint(1, 200))
        return opt(col, "t", rng, [str, int])(b) if b.isdigit() else b
    if c == "addr2":
        return rng.choice({"ru": ["кв. 12", "кв. 145", "оф. 3"], "rl": ["kv. 7", "kv. 88"], "uk": ["кв. 4", "кв. 71"], "es": ["Piso 3 B", "2º izq.", "Depto 401"],
                           "pt": ["Apto 502", "Bloco B, apto 12", "Casa 2"], "de": ["2. OG", "Hinterhaus", "Whg. 5"], "fr": ["Bât. B", "Appt 23", "Étage 4"],
                           "tr": ["Daire 7", "Kat 3 D:8"], "it": ["Int. 5", "Scala B"], "nl": ["bis", "A", "-2"], "pl": ["m. 12", "lok. 4"]}.get(lang, ["Apt 4B", "Suite 300", "Unit 12", "Flat 3", "#1204"]))
    if c == "zip":
        z = fk.postcode()
        if z.isdigit() and not ctx.mongo and opt(col, "int", rng, [True, False], [1, 3]):
            return int(z)
        return z
    if c in ("lat", "lon"):
        return coord(ctx, col, c)
    if c == "geo":
        la, lo = coord(ctx, col.setdefault("a", {"style": "float"}), "lat"), coord(ctx, col.setdefault("b", {"style": "float"}), "lon")
        style = opt(col, "style", rng, ["str", "list"] if ctx.fmt not in ("csv", "tsv") else ["str", "strsp"])
        if style == "list":
            return [lo, la]
        return f"{la},{lo}" if style == "str" else f"{la}, {lo}"
    if c == "geo_coords":
        return [coord(ctx, col.setdefault("b", {"style": "float"}), "lon"), coord(ctx, col.setdefault("a", {"style": "float"}), "lat")]
    if c == "geo_type":
        return "Point"
    # ------------------------------------------------------------------ network / device
    if c == "ip":
        s = opt(col, "style", rng, ["v4", "v4", "priv", "v6", "mixed"])
        if s == "v6" or (s == "mixed" and rng.random() < 0.3):
            return fk.ipv6()
        return fk.ipv4_private() if s == "priv" else fk.ipv4_public()
    if c == "imei":
        v = imei(rng)
        return Long(int(v)) if ctx.mongo and opt(col, "long", rng, [True, False]) else v
    if c == "mac":
        m = fk.mac_address()
        s = opt(col, "style", rng, ["lower", "upper", "dash", "bare"])
        return {"lower": m, "upper": m.upper(), "dash": m.upper().replace(":", "-"), "bare": m.replace(":", "")}[s]
    if c == "adid":
        u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        return u.upper() if opt(col, "up", rng, [True, False]) else u
    if c == "device_id":
        s = opt(col, "style", rng, ["android", "uuid", "hex32"])
        if s == "android":
            return rng.randbytes(8).hex()
        if s == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
        return rng.randbytes(16).hex()
    if c == "push_token":
        alnum = string.ascii_letters + string.digits + "-_"
        if opt(col, "k", rng, ["fcm", "apns"]) == "fcm":
            return "".join(rng.choice(alnum) for _ in range(22)) + ":APA91b" + "".join(rng.choice(alnum) for _ in range(134))
        return rng.randbytes(32).hex()
    if c == "serial":
        return rng.choice(["C02", "F2L", "R58", "SN", "DMP", "G0N"]) + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(rng.choice([8, 9, 10])))
    # ------------------------------------------------------------------ financial
    if c == "card":
        v = card_number(rng)
        s = opt(col, "style", rng, ["plain", "spaced", "dash", "long"], [4, 2, 1, 1 if ctx.mongo else 0])
        if s == "spaced":
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        if s == "dash":
            return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
        if s == "long":
            return Long(int(v))
        return v
    if c == "iban":
        cc = opt(col, "cc", rng, LOC[lang][3])
        v = make_iban(rng, cc)
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if opt(col, "sp", rng, [True, False], [1, 2]) else v
    if c == "acct":
        if lang == "pl":
            return make_iban(rng, "PL")[2:]
        return "40817810" + digits(rng, 12) if lang in ("ru", "rl", "kk", "uk") else rng.choice(["40702810", "40817978"]) + digits(rng, 12)
    # ------------------------------------------------------------------ special
    if c == "ethnicity":
        return rng.choice(lang_pick(ETHNIC, lang))
    if c == "race_code":
        return rng.choice(opt(col, "codes", rng, RACE_CODES))
    if c == "race_cb":
        return opt(col, "t", rng, [int, str])(rng.choice([0, 0, 0, 1]))
    if c == "religion":
        return rng.choice(lang_pick(RELIGION, lang))
    if c == "diagnosis":
        return rng.choice(lang_pick(DIAG, lang))
    if c == "icd":
        v = rng.choice(ICD)
        return v.replace(".", "") if opt(col, "nodot", rng, [True, False], [1, 3]) else v
    if c == "medication":
        v = rng.choice(lang_pick(MEDS, lang))
        return [v, rng.choice(lang_pick(MEDS, lang))] if ctx.fmt not in ("csv", "tsv") and rng.random() < 0.3 else v
    if c == "allergy":
        return rng.choice(lang_pick(ALLERGY, lang))
    if c == "blood":
        return rng.choice(BLOOD)
    if c == "bmi":
        v = round(rng.uniform(16.5, 41), 1)
        return opt(col, "t", rng, [lambda x: x, str, lambda x: x + 1e-14])(v)
    if c == "glucose":
        s = opt(col, "u", rng, ["mmol", "mg", "bare", "a1c"])
        return {"mmol": lambda: f"{rng.uniform(3.9, 14):.1f} mmol/L", "mg": lambda: f"{rng.randint(70, 260)} mg/dL",
                "bare": lambda: round(rng.uniform(3.9, 14), 1), "a1c": lambda: f"{rng.uniform(4.8, 11):.1f}%"}[s]()
    if c == "bp":
        return f"{rng.randint(95, 185)}/{rng.randint(55, 110)}" + opt(col, "u", rng, ["", " mmHg"])
    if c == "hr":
        return opt(col, "t", rng, [int, lambda x: f"{x} bpm"])(rng.randint(48, 130))
    if c == "smoker":
        local = {"ru": ["да", "нет", "бросил"], "rl": ["da", "net"], "kk": ["иә", "жоқ"], "uk": ["так", "ні"], "es": ["sí", "no", "exfumador"],
                 "pt": ["sim", "não", "ex-fumante"], "de": ["ja", "nein", "Ex-Raucher"], "fr": ["oui", "non", "ancien fumeur"], "zh": ["是", "否", "已戒烟"],
                 "ja": ["あり", "なし", "禁煙"], "ko": ["흡연", "비흡연", "과거흡연"], "tr": ["evet", "hayır"], "id": ["ya", "tidak"]}.get(lang, ["yes", "no", "ex-smoker"])
        return rng.choice(opt(col, "v", rng, [["never", "former", "current"], ["Y", "N"], [0, 1], local, local]))
    if c == "pregnant":
        return rng.choice(opt(col, "v", rng, [[True, False, False], ["Y", "N", "N"], ["yes", "no", "unknown"], [0, 0, 1]]))
    if c == "disability":
        return rng.choice(lang_pick(DISABILITY, lang) + ["", "none"])
    if c == "test_result":
        return rng.choice(TEST_RESULT[opt(col, "o", rng, [0, 2, 4, 6, 8]):][:2])
    if c == "face":
        n = opt(col, "n", rng, [128, 128, 512, 256])
        v = vec(rng, n, unit=True)
        return v
    # ------------------------------------------------------------------ secrets
    if c in ("password", "pwd_hash", "api_key", "token", "otp_secret"):
        if c == "pwd_hash" and ctx.mongo and opt(col, "bin", rng, [True, False], [1, 4]):
            return Blob(hashlib.sha256(rng.randbytes(16)).digest())
        return secret_value(rng, c)
    # ------------------------------------------------------------------ none: ids and codes
    if c == "id":
        ctx.counter += 1
        return opt(col, "t", rng, [int, lambda x: f"{x:06d}", lambda x: x + 10000])(ctx.counter)
    if c == "uuid" or c == "session_id":
        u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        return u if c == "uuid" else u.replace("-", "")[: opt(col, "n", rng, [16, 32])]
    if c == "oid":
        return Oid(rng.randbytes(12).hex())
    if c == "customer_no":
        s = opt(col, "s", rng, ["c", "int10", "int7", "pre"])
        return {"c": lambda: "C" + digits(rng, 7), "int10": lambda: int("1" + digits(rng, 9)), "int7": lambda: int("7" + digits(rng, 6)),
                "pre": lambda: f"CUS-{digits(rng, 5)}"}[s]()
    if c in ("patient_no", "employee_no", "student_no", "policy_no"):
        s = opt(col, "s", rng, ["d8", "d10", "pre", "d5"])
        pre = {"patient_no": "MRN", "employee_no": "E", "student_no": "S", "policy_no": "POL"}[c]
        return {"d8": lambda: digits(rng, 8), "d10": lambda: "2" + digits(rng, 9), "pre": lambda: f"{pre}{digits(rng, 6)}", "d5": lambda: int("1" + digits(rng, 4))}[s]()
    if c == "order_no":
        s = opt(col, "s", rng, ["nl16", "so", "d12", "int"])
        return {"nl16": lambda: not_luhn(rng, 16, "2024"), "so": lambda: f"SO-2024-{digits(rng, 6)}", "d12": lambda: digits(rng, 12),
                "int": lambda: Long(int("5" + digits(rng, 10))) if ctx.mongo else int("5" + digits(rng, 10))}[s]()
    if c == "invoice_no":
        return f"{rng.choice(['INV', 'FV', 'СЧ', 'NF'])}-{rng.randint(2019, 2025)}/{digits(rng, 5)}"
    if c == "tracking_no":
        return rng.choice([lambda: "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                           lambda: rng.choice(["RU", "LP", "CP", "RA"]) + digits(rng, 9) + rng.choice(["CN", "RU", "DE", "TR"]),
                           lambda: "JD" + digits(rng, 13), lambda: digits(rng, 12)])()
    if c == "sku":
        return rng.choice([lambda: f"SKU-{digits(rng, 5)}-{rng.choice(['BLK', 'WHT', 'RED', 'XL'])}", lambda: f"{rng.choice(string.ascii_uppercase)}{digits(rng, 2)}-{digits(rng, 3)}",
                           lambda: digits(rng, 8), lambda: f"{rng.choice(['A', 'B', 'K'])}{digits(rng, 4)}"])()
    if c == "ean":
        b = rng.choice(["460", "590", "400", "690", "869", "789", "880", "893"]) + digits(rng, 9)
        v = b + std_ean.calc_check_digit(b)
        return int(v) if opt(col, "int", rng, [True, False], [1, 2]) else v
    if c == "isbn":
        b = "978" + digits(rng, 9)
        v = b + std_ean.calc_check_digit(b)
        return std_isbn.format(v) if rng.random() < 0.5 else v
    if c == "company":
        return fk.company()
    if c == "company_taxid":
        return company_taxid(rng, lang)
    if c == "bic":
        return "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + rng.choice(["DE", "RU", "TR", "FR", "KZ", "ES", "NL", "PL"]) + rng.choice(["FF", "MM", "2X", "PP"]) + rng.choice(["", "XXX", "500"])
    if c == "routing":
        b = digits(rng, 8)
        for d in string.digits:
            if rtn.is_valid(b + d):
                return b + d
        return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"
    if c == "masked_card":
        last4 = digits(rng, 4)
        return rng.choice([f"************{last4}", f"4111 **** **** {last4}", f"5{digits(rng, 5)}******{last4}", last4, f"xxxx-xxxx-xxxx-{last4}"][opt(col, "s", rng, [0, 1, 2, 3, 4]):][:1])
    if c == "card_brand":
        return rng.choice(CARD_BRANDS)
    if c == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(24, 31)}" if opt(col, "s", rng, ["mmyy", "date"]) == "mmyy" else rdate(rng, 2025, 2034).isoformat()
    if c == "currency":
        return rng.choice(CURRENCIES)
    if c in ("amount", "price", "salary"):
        lo, hi = {"amount": (1, 50000), "price": (0.5, 900), "salary": (800, 250000)}[c]
        v = round(rng.uniform(lo, hi), 2)
        s = opt(col, "s", rng, ["float", "artefact", "str", "comma", "cur"])
        if s == "artefact":
            return v + 2e-12 if rng.random() < 0.5 else v * 1.0000000000001
        if s == "str":
            return f"{v:.2f}"
        if s == "comma":
            return f"{v:.2f}".replace(".", ",")
        if s == "cur":
            return f"{v:.2f} {rng.choice(CURRENCIES)}"
        return v
    if c == "qty":
        return opt(col, "t", rng, [int, str, float])(rng.randint(1, 40))
    if c == "weight":
        v = round(rng.uniform(0.1, 30), 2)
        return opt(col, "t", rng, [lambda x: x, lambda x: f"{x} kg", lambda x: f"{int(x * 1000)} g"])(v)
    if c == "temperature":
        v = round(rng.uniform(-20, 38), 1)
        return opt(col, "t", rng, [lambda x: x, lambda x: f"{x}°C", lambda x: f"{x * 1.8 + 32:.1f} F"])(v)
    if c == "status":
        return rng.choice(STATUS[opt(col, "o", rng, [0, 4, 8, 11]):][:4])
    if c in ("flag", "consent"):
        return rng.choice(opt(col, "v", rng, [[True, False], ["Y", "N"], [0, 1], ["true", "false"], ["да", "нет"], ["是", "否"]]))
    if c == "gender":
        vals = lang_pick(GENDER, lang)
        pair = opt(col, "pair", rng, list(range(0, len(vals) - 1, 2)))
        return vals[pair + (1 if ctx.person()["female"] else 0)]
    if c == "age":
        return opt(col, "t", rng, [int, str, lambda x: f"{x} y"])(rng.randint(1, 95))
    if c == "marital":
        return rng.choice(lang_pick(MARITAL, lang))
    if c == "job":
        return fk.job()
    if c == "department":
        return rng.choice(DEPARTMENTS)
    if c == "city":
        v = ctx.mim[1].city() if ctx.mim is not None else fk.city()
        return v.upper() if opt(col, "up", rng, [True, False], [1, 5]) else v
    if c == "region":
        for attr in ("state", "province", "region", "administrative_unit", "prefecture", "county"):
            if hasattr(fk, attr):
                try:
                    return getattr(fk, attr)()
                except (AttributeError, TypeError):
                    pass
        return ctx.mim[1].state() if ctx.mim is not None else fk.city()
    if c == "country":
        return fk.country()
    if c == "country_code":
        return rng.choice(["RU", "KZ", "UA", "TR", "DE", "FR", "ES", "BR", "MX", "CN", "JP", "KR", "IN", "ID", "VN", "US", "IR", "SA", "PL", "NL", "IT"])
    if c == "language":
        return rng.choice(["ru-RU", "kk", "en-US", "tr", "zh-CN", "es_MX", "pt-BR", "de", "fr-FR", "ja", "ko-KR", "id", "vi", "fa", "ar"])
    if c == "timezone":
        return rng.choice(["Europe/Moscow", "Asia/Almaty", "Europe/Istanbul", "Asia/Shanghai", "America/Sao_Paulo", "UTC", "Asia/Tokyo", "+03:00"])
    if c in ("created", "updated", "event_time"):
        t = rdatetime(rng)
        s = opt(col, "s", rng, (["obj", "obj", "obj"] if ctx.mongo else []) + ["iso", "epoch", "epochms", "sql"])
        if s == "obj":
            return t
        if s == "iso":
            return t.isoformat().replace("+00:00", "Z")
        if s == "epoch":
            return int(t.timestamp())
        if s == "epochms":
            return Long(int(t.timestamp() * 1000)) if ctx.mongo else int(t.timestamp() * 1000)
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if c in ("order_date", "hire_date", "visit_date", "death_date", "issue_date"):
        y0, y1 = {"order_date": (2018, 2025), "hire_date": (1995, 2025), "visit_date": (2015, 2025), "death_date": (1980, 2024), "issue_date": (2005, 2025)}[c]
        return fmt_date(rdate(rng, y0, y1), opt(col, "style", rng, date_styles(ctx)), lang)
    if c == "file_hash":
        return hashlib.sha256(rng.randbytes(32)).hexdigest()
    if c == "commit":
        return hashlib.sha1(rng.randbytes(16)).hexdigest()[: opt(col, "n", rng, [40, 40, 7])]
    if c == "etag":
        return hashlib.md5(rng.randbytes(16)).hexdigest()
    if c == "version":
        s = opt(col, "s", rng, ["semver", "four", "v"])
        if s == "four":
            return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 255)}"
        return f"{'v' if s == 'v' else ''}{rng.randint(0, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}"
    if c == "url":
        return fk.url() + rng.choice(["", "about", "p/" + digits(rng, 4)])
    if c == "user_agent":
        return rng.choice(UAS)
    if c == "hostname":
        return rng.choice(["web", "db", "api", "cache", "worker", "edge"]) + f"-{rng.randint(1, 40):02d}." + rng.choice(["prod.local", "internal", "eu-west-1.compute.internal", "example.net"])
    if c == "port":
        return rng.choice([22, 80, 443, 3306, 5432, 6379, 8080, 27017, rng.randint(1024, 65535)])
    if c == "netmask":
        return rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.0.0.0", "255.255.252.0"])
    if c == "username":
        return fk.user_name() + rng.choice(["", str(rng.randint(1, 999))])
    if c == "domain":
        return fk.domain_name()
    if c == "avatar":
        return f"https://cdn.{fk.domain_name()}/avatars/{rng.randbytes(6).hex()}.jpg"
    if c == "product":
        return rng.choice(PRODUCTS)
    if c == "color":
        return rng.choice(COLORS)
    if c in ("note", "msg"):
        return fk.sentence() if rng.random() < 0.8 else ""
    if c == "title":
        return fk.sentence(nb_words=4).rstrip(".")
    if c == "rating":
        return opt(col, "t", rng, [lambda: rng.randint(1, 5), lambda: round(rng.uniform(1, 5), 1), lambda: "★" * rng.randint(1, 5)])()
    if c in ("population", "cases"):
        return rng.randint(10, 2_000_000) if c == "population" else rng.randint(0, 5000)
    if c == "percent":
        return round(rng.uniform(0, 100), 2)
    if c == "year":
        return rng.randint(2010, 2025)
    if c in ("chart_x", "chart_y"):
        return round(rng.uniform(-60, 60), 4)
    if c == "altitude":
        return round(rng.uniform(-10, 3500), 1)
    if c == "heading":
        return rng.randint(0, 359)
    if c == "speed":
        return opt(col, "t", rng, [lambda x: x, lambda x: f"{x} km/h"])(round(rng.uniform(0, 130), 1))
    if c == "odometer":
        return rng.randint(100, 400000)
    if c == "battery":
        return opt(col, "t", rng, [lambda x: x, lambda x: f"{x}%", lambda x: x / 100])(rng.randint(1, 100))
    if c == "signal":
        return rng.randint(-110, -40)
    if c == "model":
        return rng.choice(DEVICE_MODELS)
    if c == "os":
        return rng.choice(OS)
    if c == "text_vec":
        return vec(rng, opt(col, "n", rng, [64, 128, 384]), unit=False)
    if c == "public_key":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + base64.b64encode(rng.randbytes(24)).decode() + " deploy@" + rng.choice(["ci", "build-01", "laptop"])
    if c == "key_id":
        return rng.choice(["app_", "cli_", "kid-", ""]) + rng.randbytes(6).hex()
    if c == "agg_ethnic":
        return col.setdefault("vals", list(lang_pick(ETHNIC, lang)))[ctx.counter_row % len(col["vals"])]
    if c == "agg_religion":
        return col.setdefault("vals", list(lang_pick(RELIGION, lang)))[ctx.counter_row % len(col["vals"])]
    if c == "agg_disease":
        return col.setdefault("vals", list(lang_pick(DIAG, lang)) + ICD[:5])[ctx.counter_row % (len(col["vals"]))]
    if c == "pet_name":
        return rng.choice(PETS)
    if c == "species":
        return rng.choice(SPECIES)
    if c == "room":
        return rng.choice([f"{rng.randint(1, 9)}{rng.randint(0, 40):02d}", f"Bed {rng.randint(1, 30)}", f"Ward {rng.choice('ABCD')}"])
    if c == "class_name":
        return rng.choice([f"{rng.randint(1, 11)}{rng.choice('АБВABC')}", f"Grade {rng.randint(1, 12)}", f"X IPA {rng.randint(1, 4)}", f"高{rng.randint(1, 3)}({rng.randint(1, 9)})班"])
    if c == "exam":
        return opt(col, "t", rng, [lambda: rng.randint(0, 100), lambda: round(rng.uniform(1, 4), 2), lambda: rng.choice(["A", "B+", "C", "5", "4"])])()
    if c == "plan":
        return rng.choice(["Basic", "Pro", "Premium", "Безлимит", "Family 4", "Prepaid 30", "Enterprise", "免费版"])
    if c == "duration":
        return opt(col, "t", rng, [lambda: rng.randint(1, 90000), lambda: f"{rng.uniform(0, 12):.3f}s"])()
    if c == "bytes":
        return rng.randint(0, 10_000_000)
    if c == "http_status":
        return rng.choice([200, 200, 200, 201, 204, 301, 302, 400, 401, 403, 404, 500, 502])
    if c == "method":
        return rng.choice(["GET", "POST", "PUT", "DELETE", "PATCH"])
    if c == "action":
        return rng.choice(ACTIONS)
    if c == "category":
        return rng.choice(CATEGORIES)
    if c == "specialty":
        return rng.choice(SPECIALTY)
    if c == "facility":
        return rng.choice(FACILITY)
    if c == "school":
        return rng.choice(SCHOOLS)
    if c == "vehicle":
        return rng.choice([f"TRK-{rng.randint(100, 999)}", f"{rng.randint(1000, 9999)}", f"BUS{rng.randint(10, 99)}", f"V{digits(rng, 3)}"])
    if c == "sensor":
        return round(rng.uniform(0, 1000), rng.choice([1, 2, 3]))
    if c == "humidity":
        return opt(col, "t", rng, [lambda x: x, lambda x: f"{x}%"])(round(rng.uniform(10, 99), 1))
    if c == "thumbnail":
        return Blob(rng.randbytes(rng.randint(24, 60)))
    if c == "channel":
        return rng.choice(CHANNELS)
    if c == "carrier":
        return rng.choice(CARRIERS)
    raise KeyError(c)
