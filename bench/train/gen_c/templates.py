# ruff: noqa: E501
"""gen_c's templates: people tables of many countries and as many plain business tables (hard negatives).

A template lists fields: a concept (``"phone"``: named from the lexicon in the table's language), a
concept under a given name (``("value", "lab_value")``: generic names made clinical by their siblings),
or a name with a value spec and a label (``("rpm", ("int", 800, 6000), NONE)``).
"""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import concepts as cc
import lexicon as lx
from concepts import (
    ADDR,
    BIRTH,
    CARD,
    DEV,
    EMAIL,
    ETH,
    FACE,
    GEO,
    HEALTH,
    IBAN,
    IP,
    NAME,
    NID,
    NONE,
    PHONE,
    REL,
    SECRET,
    Ctx,
)

Make = Callable[[Ctx], Any]
ALL = lx.LANGS
LATINISH = ["en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "id", "ms", "vi", "py", "rul", "kkl", "ukl"]
EUROPE = ["en", "es", "pt", "fr", "de", "it", "nl", "pl"]
CYR = ["ru", "rul", "kk", "kkl", "uk", "ukl"]
ASIA = ["zh", "py", "ja", "ko", "vi", "id", "ms", "hi"]
MENA = ["ar", "fa", "tr"]


def _r(c: Ctx) -> random.Random:
    return c.rng


def _dt_birth(c: Ctx) -> Any:
    return c.dt(cc.birth(c), birth=True)


def _geo_deg(c: Ctx) -> str:
    lat, lon = c.point()
    if c.rng.random() < 0.5:
        return f"{abs(lat):.5f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.5f}° {'E' if lon >= 0 else 'W'}"
    d, m = int(abs(lat)), (abs(lat) % 1) * 60
    d2, m2 = int(abs(lon)), (abs(lon) % 1) * 60
    return f"{d}°{int(m)}'{(m % 1) * 60:.1f}\"{'N' if lat >= 0 else 'S'} {d2}°{int(m2)}'{(m2 % 1) * 60:.1f}\"{'E' if lon >= 0 else 'W'}"


def _trail(c: Ctx) -> list[dict[str, Any]]:
    out = []
    t = cc.when(c, 30)
    for _ in range(c.rng.randint(2, 6)):
        lat, lon = c.point()
        out.append({"lat": round(lat, 6), "lon": round(lon, 6), "ts": int(t.timestamp())})
        t += timedelta(seconds=c.rng.randint(5, 60))
    return out


def _bp(c: Ctx) -> Any:
    s, d = c.rng.randint(95, 185), c.rng.randint(55, 115)
    return c.rng.choice([f"{s}/{d}", f"{s}/{d} mmHg", f"{s}/{d}"])


def _maybe_unit(c: Ctx, v: Any, unit: str) -> Any:
    if c.state.setdefault(f"unit-{unit}", c.rng.random() < 0.2):
        return f"{v} {unit}"
    return v


def _seq(c: Ctx) -> int:
    return int(c.state.setdefault("seq0", c.rng.randrange(1, 100000))) + c.i


#: concept -> (label, lexicon key or None, maker)
CONCEPTS: dict[str, tuple[Any, str | None, Make]] = {
    # people
    "name": (NAME, "name", lambda c: c.person()["full"]),
    "name_upper": (NAME, "name", lambda c: c.person()["full"].upper()),
    "first": (NAME, "first", lambda c: c.person()["first"]),
    "last": (NAME, "last", lambda c: c.person()["last"]),
    "middle": (NAME, "middle", lambda c: c.f.first_name()),
    "doctor": (NAME, "doctor", lambda c: c.rng.choice(["Dr. ", "", "dr "]) + str(c.f.name())),
    "name_obj": ({"*": NAME}, "name", lambda c: {"first": c.person()["first"], "last": c.person()["last"]}),
    "natid": (NID, "natid", cc.national_id),
    "passport": (NID, None, lambda c: c.rng.choice(string.ascii_uppercase) + cc.digits(c.rng, 8)),
    "birth": (BIRTH, "birth", _dt_birth),
    "birth_year": (BIRTH, None, lambda c: cc.birth(c).year),
    "phone": (PHONE, "phone", cc.phone),
    "email": (EMAIL, "email", cc.email),
    "address": (ADDR, "address", cc.address),
    "street": (ADDR, "address", lambda c: str(c.f.street_name())),
    "house": (ADDR, None, lambda c: str(c.f.building_number())),
    "postcode": (ADDR, "postcode", lambda c: str(c.f.postcode())),
    "address_obj": (
        {"street": ADDR, "zip": ADDR, "": ADDR, "*": NONE},
        "address",
        lambda c: {
            "street": str(c.f.street_address()),
            "city": str(c.f.city()),
            "zip": str(c.f.postcode()),
            "country": c.locale[-2:],
        },
    ),
    "city": (NONE, "city", lambda c: str(c.f.city())),
    "country": (NONE, "country", lambda c: str(c.f.country())),
    "gender": (
        NONE,
        "gender",
        lambda c: c.rng.choice([c.person()["sex"], c.person()["sex"], "male", "female", "1", "2", "Ж", "M"]),
    ),
    "age": (NONE, "age", lambda c: c.rng.randint(1, 95)),
    "username": (NONE, "username", lambda c: str(c.en.user_name())),
    "id": (NONE, "id", _seq),
    "uuid": (NONE, None, lambda c: str(uuid.UUID(int=c.rng.getrandbits(128), version=4))),
    "created": (NONE, "created", lambda c: c.dt(cc.when(c))),
    "status": (NONE, "status", lambda c: c.rng.choice(["active", "inactive", "pending", "A", "closed", "1", "0"])),
    "note": (
        NONE,
        "note",
        lambda c: c.rng.choice(["", "ok", "call back", "VIP", "moved", str(c.en.sentence(nb_words=5))]),
    ),
    "amount": (NONE, "amount", lambda c: round(c.rng.uniform(1, 5000), 2)),
    "score": (NONE, "score", lambda c: c.rng.randint(0, 100)),
    "product": (NONE, "product", lambda c: c.rng.choice(lx.PRODUCTS)),
    "price": (
        NONE,
        "price",
        lambda c: round(c.rng.uniform(0.5, 900), 2) if c.rng.random() < 0.9 else f"{c.rng.uniform(0.5, 900):.2f}",
    ),
    "qty": (NONE, "qty", lambda c: c.rng.randint(0, 500)),
    # coordinates
    "lat": (GEO, "lat", lambda c: cc.coord_pair(c)[0]),
    "lon": (GEO, "lon", lambda c: c.state["trail"][1] if "trail" in c.state else cc.coord_pair(c)[1]),
    "lat_s": (GEO, "lat", lambda c: f"{cc.coord_pair(c)[0]}"),
    "lon_s": (GEO, "lon", lambda c: f"{c.state['trail'][1]:.6f}" if "trail" in c.state else f"{cc.coord_pair(c)[1]}"),
    "lat_e7": (GEO, None, lambda c: int(c.point()[0] * 1e7)),
    "lon_e7": (GEO, None, lambda c: int(c.state["trail"][1] * 1e7)),
    "latlon": (
        GEO,
        "coords",
        lambda c: "{},{}".format(*cc.coord_pair(c)) if c.rng.random() < 0.7 else "{}, {}".format(*cc.coord_pair(c)),
    ),
    "geo_deg": (GEO, "coords", _geo_deg),
    "lonlat": (GEO, "coords", lambda c: list(reversed(cc.coord_pair(c)))),
    "geojson": (
        {"coordinates": GEO, "": GEO, "*": NONE},
        "coords",
        lambda c: {"type": "Point", "coordinates": list(reversed(cc.coord_pair(c)))},
    ),
    "loc_obj": (
        {"*": GEO},
        "coords",
        lambda c: dict(
            zip(
                c.state.setdefault(
                    "lk", c.rng.choice([("lat", "lng"), ("latitude", "longitude"), ("lat", "lon"), ("y", "x")])
                ),
                cc.coord_pair(c),
                strict=True,
            )
        ),
    ),
    "trail": ({"lat": GEO, "lon": GEO, "": GEO, "*": NONE}, None, _trail),
    "wkt": (GEO, "coords", lambda c: "POINT ({1} {0})".format(*cc.coord_pair(c))),
    "accuracy": (NONE, None, lambda c: round(c.rng.uniform(3, 80), 1)),
    "altitude": (NONE, None, lambda c: round(c.rng.uniform(-5, 2500), 1)),
    "bearing": (NONE, None, lambda c: c.rng.randint(0, 359)),
    "speed": (NONE, None, lambda c: round(c.rng.uniform(0, 120), 1)),
    # network / devices
    "ip": (IP, "ip", lambda c: str(c.f.ipv4_public() if c.rng.random() < 0.8 else c.f.ipv4_private())),
    "ipv6": (IP, "ip", lambda c: str(c.f.ipv6())),
    "device": (DEV, "device", cc.device_id),
    "mac": (DEV, None, lambda c: ":".join(f"{c.rng.randrange(256):02x}" for _ in range(6))),
    "imei": (DEV, None, lambda c: cc.luhn_complete("35" + cc.digits(c.rng, 12))),
    "adid": (DEV, None, lambda c: str(uuid.UUID(int=c.rng.getrandbits(128), version=4))),
    "user_agent": (NONE, None, lambda c: str(c.en.user_agent())),
    "port": (NONE, None, lambda c: c.rng.choice([22, 80, 443, 3306, 8080, 5432, 27017, c.rng.randint(1024, 65535)])),
    "http_status": (NONE, None, lambda c: c.rng.choice([200, 200, 200, 301, 404, 500, 403])),
    "url_path": (
        NONE,
        None,
        lambda c: c.rng.choice(["/api/v1/login", "/", "/static/app.js", "/cart", "/search?q=shoes", "/health"]),
    ),
    "hostname": (
        NONE,
        None,
        lambda c: f"{c.rng.choice(['web', 'db', 'cache', 'api'])}-{c.rng.randint(1, 40):02d}.internal",
    ),
    # finance
    "card": (CARD, "card", cc.card),
    "card_masked": (
        NONE,
        None,
        lambda c: (
            "*" * 12 + cc.digits(c.rng, 4)
            if c.rng.random() < 0.5
            else f"{cc.digits(c.rng, 6)}******{cc.digits(c.rng, 4)}"
        ),
    ),
    "card_type": (NONE, None, lambda c: c.rng.choice(["VISA", "MasterCard", "AMEX", "UnionPay", "JCB", "MIR"])),
    "card_exp": (NONE, None, lambda c: f"{c.rng.randint(1, 12):02d}/{c.rng.randint(25, 31)}"),
    "iban": (IBAN, "iban", cc.iban),
    "bic": (
        NONE,
        None,
        lambda c: "".join(c.rng.choice(string.ascii_uppercase) for _ in range(6)) + "2X" + c.rng.choice(["", "XXX"]),
    ),
    "currency": (
        NONE,
        None,
        lambda c: c.rng.choice(["USD", "EUR", "CNY", "RUB", "TRY", "BRL", "IDR", "INR", "JPY", "KZT"]),
    ),
    # special categories
    "ethnicity": (ETH, "ethnicity", lambda c: cc.pick_local(c, lx.ETHNIC)),
    "ethnicity_code": (ETH, "ethnicity", lambda c: c.rng.choice(lx.ETHNIC_CODES)),
    "religion": (REL, "religion", lambda c: cc.pick_local(c, lx.RELIGION)),
    "face": (FACE, None, cc.face),
    "password": (SECRET, "password", lambda c: cc.secret(c)),
    "pw_hash": (
        SECRET,
        "password",
        lambda c: cc.secret(c, c.state.setdefault("hk", c.rng.choice(["bcrypt", "sha256", "pbkdf2", "md5"]))),
    ),
    "token": (
        SECRET,
        "token",
        lambda c: cc.secret(c, c.state.setdefault("tk", c.rng.choice(["api", "jwt", "sha256"]))),
    ),
    # health
    "diagnosis": (HEALTH, "diagnosis", lambda c: cc.pick_local(c, lx.DIAG)),
    "icd": (
        HEALTH,
        "icd",
        lambda c: c.rng.choice(lx.ICD) if c.rng.random() < 0.9 else c.rng.choice(lx.ICD).replace(".", ""),
    ),
    "icd_pair": (HEALTH, "diagnosis", lambda c: f"{c.rng.choice(lx.ICD)} {cc.pick_local(c, lx.DIAG)}"),
    "medication": (
        HEALTH,
        "medication",
        lambda c: (
            cc.pick_local(c, lx.MEDS_LOCAL)
            if c.lang in lx.MEDS_LOCAL and c.rng.random() < 0.6
            else c.rng.choice(lx.MEDS)
        ),
    ),
    "meds_list": (HEALTH, "medication", lambda c: c.rng.sample(lx.MEDS, c.rng.randint(1, 3))),
    "allergy": (HEALTH, "allergy", lambda c: c.rng.choice(lx.ALLERGY)),
    "blood": (HEALTH, "blood", lambda c: c.rng.choice(lx.BLOOD)),
    "clin_note": (HEALTH, "note", lambda c: cc.pick_local(c, lx.CLINICAL_NOTES)),
    "lab_code": (HEALTH, "test", lambda c: cc.lab(c)[0]),
    "lab_name": (
        HEALTH,
        "test",
        lambda c: (
            cc.lab(c)[1] if c.lang not in lx.LAB_LOCAL or c.rng.random() < 0.3 else c.rng.choice(lx.LAB_LOCAL[c.lang])
        ),
    ),
    "lab_value": (HEALTH, "result", cc.lab_value),
    "lab_unit": (NONE, "unit", lambda c: cc.lab(c)[2]),
    "lab_range": (NONE, "range", lambda c: f"{cc.lab(c)[3]}-{cc.lab(c)[4]}"),
    "lab_flag": (HEALTH, "flag", lambda c: c.rng.choice(["H", "L", "N", "", "HH", "A", "N", "N"])),
    "temp": (HEALTH, "temp", lambda c: _maybe_unit(c, round(c.rng.uniform(35.8, 40.2), 1), "°C")),
    "weight": (HEALTH, "weight", lambda c: _maybe_unit(c, round(c.rng.uniform(3, 140), 1), "kg")),
    "height": (HEALTH, "height", lambda c: _maybe_unit(c, c.rng.randint(50, 200), "cm")),
    "bmi": (HEALTH, None, lambda c: round(c.rng.uniform(16, 42), 1) + (1e-14 if c.rng.random() < 0.2 else 0)),
    "pulse": (HEALTH, "pulse", lambda c: c.rng.randint(48, 140)),
    "bp": (HEALTH, "bp", _bp),
    "sys": (HEALTH, None, lambda c: c.rng.randint(90, 190)),
    "dia": (HEALTH, None, lambda c: c.rng.randint(50, 120)),
    "spo2": (HEALTH, None, lambda c: c.rng.randint(84, 100)),
    "glucose": (HEALTH, None, lambda c: round(c.rng.uniform(3.4, 19), 1)),
    "smoker": (HEALTH, None, lambda c: c.rng.choice(["never", "former", "current", "yes", "no", "0", "1"])),
    "pregnant": (HEALTH, None, lambda c: c.rng.choice([True, False, False])),
    "disability": (
        HEALTH,
        None,
        lambda c: c.rng.choice(
            ["none", "visual impairment", "wheelchair user", "hearing loss", "autism", "dyslexia", "-"]
        ),
    ),
    "covid": (HEALTH, None, lambda c: c.rng.choice(["positive", "negative", "negative", "inconclusive", "POS", "NEG"])),
    "vaccine": (
        HEALTH,
        None,
        lambda c: c.rng.choice(
            ["Pfizer dose 2", "Moderna booster", "Sinovac x2", "unvaccinated", "AstraZeneca dose 1", "Sputnik V"]
        ),
    ),
    "death_cause": (
        HEALTH,
        None,
        lambda c: c.rng.choice(["myocardial infarction", "stroke", "sepsis", "lung cancer", "COVID-19", "pneumonia"]),
    ),
    "phq9": (HEALTH, None, lambda c: c.rng.randint(0, 27)),
    "pain": (HEALTH, None, lambda c: c.rng.randint(0, 10)),
    "triage": (
        HEALTH,
        None,
        lambda c: c.rng.choice(
            ["chest pain", "fever", "fracture left arm", "abdominal pain", "shortness of breath", "laceration"]
        ),
    ),
    "asa": (HEALTH, None, lambda c: c.rng.choice(["ASA I", "ASA II", "ASA III", "ASA IV"])),
    "procedure": (
        HEALTH,
        None,
        lambda c: c.rng.choice(
            [
                "appendectomy",
                "colonoscopy",
                "cataract surgery",
                "knee arthroscopy",
                "C-section",
                "MRI brain",
                "dialysis",
            ]
        ),
    ),
    "hiv": (HEALTH, None, lambda c: c.rng.choice(["reactive", "non-reactive", "non-reactive", "non-reactive"])),
    "clin_tags": (
        HEALTH,
        None,
        lambda c: c.rng.sample(
            [
                "diabetic",
                "hypertensive",
                "DNR",
                "fall risk",
                "allergy:penicillin",
                "pregnant",
                "dialysis",
                "HIV+",
                "asthma",
                "epilepsy",
            ],
            c.rng.randint(1, 3),
        ),
    ),
    "scale_score": (
        HEALTH,
        "score",
        lambda c: (
            c.rng.randint(3, 15)
            if c.memo.setdefault("scale", c.rng.choice(["GCS", "NIHSS", "APACHE II", "Braden", "MMSE"]))
            else 0
        ),
    ),
    "scale": (
        HEALTH,
        None,
        lambda c: c.memo.setdefault("scale", c.rng.choice(["GCS", "NIHSS", "APACHE II", "Braden", "MMSE"])),
    ),
    "health_q": (
        NONE,
        None,
        lambda c: c.memo.setdefault(
            "q",
            c.rng.choice(
                [
                    "Do you have diabetes?",
                    "Are you pregnant?",
                    "Any heart disease?",
                    "Do you smoke?",
                    "Taking blood thinners?",
                    "History of cancer?",
                ]
            ),
        ),
    ),
    "health_a": (HEALTH, None, lambda c: c.rng.choice(["yes", "no", "no", "Y", "N", "unsure", "since 2019"])),
    "mental": (
        HEALTH,
        None,
        lambda c: c.rng.choice(["bipolar disorder", "PTSD", "ADHD", "anorexia nervosa", "OCD", "none"]),
    ),
}


def gen_of(spec: tuple[Any, ...]) -> Make:
    k = spec[0]
    if k == "num":
        lo, hi, d = spec[1], spec[2], spec[3]
        return lambda c: round(c.rng.uniform(lo, hi), d)
    if k == "int":
        return lambda c: c.rng.randint(spec[1], spec[2])
    if k == "pick":
        return lambda c: c.rng.choice(spec[1])
    if k == "code":
        pat = spec[1]
        return lambda c: "".join(
            c.rng.choice(string.ascii_uppercase) if ch == "A" else c.rng.choice(string.digits) if ch == "9" else ch
            for ch in pat
        )
    if k == "uuid":
        return lambda c: str(uuid.UUID(int=c.rng.getrandbits(128), version=4))
    if k == "when":
        return lambda c: c.dt(cc.when(c, spec[1] if len(spec) > 1 else 900))
    if k == "bool":
        return lambda c: c.rng.random() < 0.5
    if k == "word":
        return lambda c: str(c.en.word())
    if k == "sentence":
        return lambda c: str(c.en.sentence(nb_words=8))
    if k == "company":
        return lambda c: str(c.f.company())
    if k == "city":
        return lambda c: str(c.f.city())
    if k == "const":
        return lambda c: spec[1]
    if k == "product":
        return lambda c: c.rng.choice(lx.PRODUCTS)
    if k == "catpick":
        return lambda c: c.rng.choice(lx.CATEGORIES)
    if k == "supplier":
        return lambda c: c.rng.choice(lx.SUPPLIERS)
    if k == "seq":
        return _seq
    if k == "hex":
        return lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(spec[1]))
    if k == "vec":
        return lambda c: [round(c.rng.uniform(-1, 1), 4) for _ in range(spec[1])]
    if k == "list":
        inner = gen_of(spec[1])
        return lambda c: [inner(c) for _ in range(c.rng.randint(1, 4))]
    if k == "obj":
        parts = {n: gen_of(s) for n, s in spec[1].items()}
        return lambda c: {n: g(c) for n, g in parts.items()}
    if k == "concept":
        return CONCEPTS[spec[1]][2]
    raise ValueError(spec)


@dataclass
class Template:
    name: str
    kind: str  # "p": people, "n": no personal data
    langs: list[str]
    fields: list[Any]
    n: tuple[int, int] = (40, 140)
    fmts: tuple[str, ...] = ("csv", "csv;", "csvt", "relaxed", "canonical", "array", "elastic")


@dataclass
class Field:
    name: str
    label: Any
    make: Make
    p_empty: float = 0.0
    empty: Any = None
    p_missing: float = 0.0
    slot: int = 0


def _style(words: str, style: str) -> str:
    if any(ord(ch) > 0x24F for ch in words):  # another script: kept as written
        return words if style != "upper" else words.upper()
    ws = [w for w in words.replace("-", " ").replace("'", "").replace(".", " ").split() if w]
    if not ws:
        return words
    if style == "snake":
        return "_".join(w.lower() for w in ws)
    if style == "camel":
        return ws[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in ws[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in ws)
    if style == "upper":
        return "_".join(w.upper() for w in ws)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:] for w in ws)
    if style == "flat":
        return "".join(w.lower() for w in ws)
    if style == "kebab":
        return "-".join(w.lower() for w in ws)
    return words


def _lex_name(c: Ctx, key: str) -> str:
    table = lx.LEX[key]
    names = table.get(c.lang)
    if not names or c.rng.random() < 0.12:
        names = table["en"]
    return c.rng.choice(names)


def build_fields(tpl: Template, c: Ctx) -> list[Field]:
    r = c.rng
    style = r.choice(["snake", "snake", "camel", "pascal", "upper", "title", "flat", "kebab", "asis"])
    prefix = r.choice(["", "", "", "", "", "", "pt_", "cust_", "usr", "f_", "c_", "x"]) if tpl.kind == "p" else ""
    out: list[Field] = []
    seen: set[str] = set()
    people = 0
    for spec in tpl.fields:
        concept = spec if isinstance(spec, str) else spec[1] if len(spec) == 2 else ""
        slot = 0
        if concept in ("name", "name_upper", "name_obj"):
            slot, people = people, people + 1
        if isinstance(spec, str):
            label, key, make = CONCEPTS[spec]
            raw = _lex_name(c, key) if key else spec
        elif len(spec) == 2:
            label, _key, make = CONCEPTS[spec[1]]
            raw = spec[0]
        else:
            raw, gspec, label = spec
            make = gen_of(gspec)
        name = _style(raw, style)
        if prefix and not name.startswith("_") and name.isascii():
            name = prefix + (name if style not in ("camel", "pascal") else name[:1].upper() + name[1:])
        base, k = name, 2
        while name in seen:
            name = f"{base}{k}" if style != "title" else f"{base} {k}"
            k += 1
        seen.add(name)
        p_empty = r.choice([0.0, 0.0, 0.0, 0.03, 0.1, 0.3])
        out.append(Field(name, label, make, p_empty, r.choice(EMPTY_VALUES), r.choice([0.0, 0.0, 0.0, 0.05]), slot))
    return out


EMPTY_VALUES = ["", None, None, "N/A", "-", "null", "NULL", "unknown", "n/a", "—", "none", "?", "0"]

P, N = "p", "n"
T = Template
JSON_ONLY = ("relaxed", "canonical", "array", "elastic")
# fmt: off
TEMPLATES: list[Template] = [
    # ---------------- clinics, labs, pharmacies, insurers (people) ----------------
    T("clinic_patients", P, ALL, ["id", "name", "birth", "gender", "phone", "address", "postcode", "natid", "blood", "allergy", "created"]),
    T("outpatient_visits", P, ALL, ["id", ("patient_id", "id"), "created", "doctor", "diagnosis", "icd", "bp", "pulse", "temp", "medication", "clin_note"]),
    T("lab_results", P, ALL, [("sample_id", ("code", "S99999999"), NONE), ("patient", "name"), "lab_code", "lab_name", "lab_value", "lab_unit", "lab_range", "lab_flag", ("collected_at", ("when",), NONE)]),
    T("lab_generic", P, ALL, [("id", "id"), ("pid", ("int", 10000, 99999), NONE), ("code", "lab_code"), ("value", "lab_value"), ("unit", "lab_unit"), ("flag", "lab_flag"), ("ref", "lab_range"), ("ts", ("when",), NONE)]),
    T("lab_panel_nested", P, ALL, ["uuid", "name", "birth", ("panel", ("obj", {"hba1c": ("num", 4.5, 11, 1), "ldl": ("num", 1.1, 5.9, 1), "creatinine": ("num", 0.5, 3.1, 2), "tsh": ("num", 0.2, 8, 2)}), HEALTH), ("ordered_by", "doctor"), ("received", ("when",), NONE)], fmts=JSON_ONLY),
    T("vitals_stream", P, ALL, [("patient_ref", ("code", "PT-99999"), NONE), ("t", ("when", 5), NONE), ("hr", "pulse"), ("spo2", "spo2"), ("sbp", "sys"), ("dbp", "dia"), ("temp", "temp"), ("rr", ("int", 10, 30), HEALTH)]),
    T("pharmacy_dispense", P, ALL, [("rx_no", ("code", "RX9999999"), NONE), "name", "birth", "medication", ("qty", ("int", 7, 90), NONE), ("refills", ("int", 0, 5), NONE), "doctor", ("dispensed", ("when",), NONE), ("price", ("num", 2, 300, 2), NONE)]),
    T("insurance_claims", P, ALL, [("claim_id", ("code", "CLM-999999"), NONE), ("member_id", ("code", "M99999999"), NONE), "name", "birth", "natid", "icd", "procedure", ("billed", ("num", 50, 25000, 2), NONE), ("approved", ("bool",), NONE), ("provider", ("company",), NONE)]),
    T("insurance_applicants", P, ALL, ["name", "birth", "gender", "smoker", "bmi", "height", "weight", ("pre_existing", "diagnosis"), ("premium", ("num", 40, 900, 2), NONE), "email", "phone"]),
    T("hospital_admissions", P, ALL, [("mrn", ("code", "MRN9999999"), NONE), "first", "last", "birth", ("ward", ("pick", ["ICU", "A3", "Cardio", "Onco", "Peds", "Maternity"]), NONE), ("admitted", ("when",), NONE), ("discharged", ("when",), NONE), "icd_pair", "asa", ("outcome", ("pick", ["recovered", "transferred", "deceased", "improved"]), HEALTH)]),
    T("er_triage", P, ALL, [("visit", ("seq",), NONE), ("arrival", ("when", 3), NONE), "age", "gender", ("complaint", "triage"), ("esi", ("int", 1, 5), HEALTH), "pain", "bp", "pulse", "spo2", "temp"]),
    T("mental_health_intake", P, ALL, ["name", "birth", "phone", ("phq9_total", "phq9"), ("gad7", ("int", 0, 21), HEALTH), ("dx", "mental"), ("therapist", "doctor"), ("next_session", ("when",), NONE)]),
    T("hiv_clinic", P, EUROPE + ["en", "pt", "es", "fr"], [("client_code", ("code", "AA-9999"), NONE), "birth_year", "gender", ("hiv_test", "hiv"), ("cd4", ("int", 50, 1200), HEALTH), ("viral_load", ("int", 0, 200000), HEALTH), ("art_regimen", ("pick", ["TDF/3TC/DTG", "AZT/3TC/NVP", "TDF/FTC/EFV"]), HEALTH), "phone"]),
    T("maternity_records", P, ALL, ["name", "birth", "natid", ("gestational_weeks", ("int", 6, 41), HEALTH), "pregnant", ("gravida", ("int", 1, 6), HEALTH), "bp", "weight", ("edd", ("when",), NONE), "address"]),
    T("covid_testing", P, ALL, ["natid", "name", "phone", ("sample_date", ("when",), NONE), ("test_type", ("pick", ["PCR", "antigen", "RT-PCR"]), NONE), ("result", "covid"), "vaccine", ("site", ("city",), NONE)]),
    T("vaccination_register", P, ALL, ["name", "birth", "natid", ("vaccine", "vaccine"), ("dose", ("int", 1, 4), NONE), ("lot", ("code", "AA9999"), NONE), ("administered", ("when",), NONE), ("clinic", ("company",), NONE)]),
    T("death_register", P, ALL, ["name", "natid", "birth", ("date_of_death", ("when", 3000), NONE), ("cause", "death_cause"), ("icd_cause", "icd"), "address", ("informant", "name")]),
    T("dental_chart", P, ALL, ["name", "birth", "phone", ("tooth", ("int", 11, 48), HEALTH), ("finding", ("pick", ["caries", "missing", "crown", "root canal", "periodontitis"]), HEALTH), ("dentist", "doctor"), ("visit", ("when",), NONE)]),
    T("disability_benefits", P, ALL, ["natid", "name", "birth", "disability", ("degree", ("pick", ["I", "II", "III", "50%", "80%"]), HEALTH), "iban", ("monthly", ("num", 100, 1500, 2), NONE), "address"]),
    T("ehr_fhir_like", P, ALL, [("resourceType", ("const", "Patient"), NONE), "uuid", "name_obj", "birth", "gender", "address_obj", ("telecom", ("list", ("concept", "phone")), PHONE), ("conditions", ("list", ("concept", "icd")), HEALTH)], fmts=JSON_ONLY),
    T("ward_obs_generic", P, ALL, [("bed", ("code", "B-99"), NONE), ("patient", "name"), ("type", ("pick", ["HR", "SpO2", "Temp", "RR", "BP"]), NONE), ("value", ("num", 12, 140, 1), HEALTH), ("text", "clin_note"), ("nurse", "name"), ("t", ("when", 2), NONE)]),
    T("diabetes_diary", P, ALL, [("user", "username"), ("glucose_mmol", "glucose"), ("insulin_units", ("int", 0, 40), HEALTH), ("carbs_g", ("int", 0, 120), NONE), ("meal", ("pick", ["breakfast", "lunch", "dinner", "snack"]), NONE), ("ts", ("when", 30), NONE), "device"]),
    T("prescriptions_nested", P, ALL, ["name", "birth", ("items", ("list", ("obj", {"drug": ("concept", "medication"), "dose": ("pick", ["1-0-1", "0-0-1", "2x daily", "prn"]), "days": ("int", 3, 90)})), {"drug": HEALTH, "": HEALTH, "*": NONE}), "doctor", "created"], fmts=JSON_ONLY),
    T("ophthalmology", P, ALL, ["name", "age", ("va_right", ("pick", ["6/6", "6/9", "6/12", "20/40", "0.8"]), HEALTH), ("va_left", ("pick", ["6/6", "6/18", "20/20", "0.5"]), HEALTH), ("iop", ("int", 10, 32), HEALTH), "diagnosis", "phone"]),
    # ---------------- HR, schools, banks, telecom (people) ----------------
    T("hr_employees", P, ALL, [("emp_no", ("seq",), NONE), "first", "last", "birth", "gender", "natid", "email", "phone", "address", ("department", ("pick", ["Sales", "IT", "HR", "Finance", "Ops"]), NONE), ("salary", ("int", 20000, 150000), NONE), "iban"]),
    T("hr_sick_leave", P, ALL, [("employee", "name"), ("from", ("when",), NONE), ("days", ("int", 1, 30), NONE), ("reason", "diagnosis"), ("certificate", ("bool",), NONE)]),
    T("hr_diversity_people", P, ["en", "pt", "es", "ms", "id", "zh", "ru", "kk", "vi"], [("staff_id", ("code", "E99999"), NONE), "name", "ethnicity", "religion", "gender", "disability", ("grade", ("pick", ["G1", "G2", "G3", "M1"]), NONE)]),
    T("school_students", P, ALL, [("student_id", ("code", "2024999999"), NONE), "name", "birth", "gender", ("class", ("pick", ["7A", "8B", "9C", "10A", "11B"]), NONE), ("guardian", "name"), "phone", "address", ("gpa", ("num", 1, 4, 2), NONE)]),
    T("school_nurse_log", P, ALL, [("student", "name"), ("grade", ("int", 1, 12), NONE), ("visit", ("when",), NONE), ("complaint", "triage"), "allergy", ("action", ("pick", ["rest", "sent home", "parent called", "ice pack"]), NONE)]),
    T("university_applicants", P, ALL, ["name", "birth", "natid", "email", "phone", "address_obj", ("scores", ("obj", {"math": ("int", 40, 100), "lang": ("int", 40, 100)}), NONE), ("religion", "religion")], fmts=JSON_ONLY),
    T("bank_customers", P, ALL, [("cif", ("code", "99999999"), NONE), "name", "birth", "natid", "phone", "email", "address", "iban", ("segment", ("pick", ["retail", "premium", "sme"]), NONE), ("balance", ("num", -500, 90000, 2), NONE)]),
    T("card_transactions", P, ALL, [("txn_id", ("uuid",), NONE), "card", ("holder", "name_upper"), "card_exp", ("merchant", ("company",), NONE), ("mcc", ("int", 4000, 7999), NONE), ("amount", ("num", 1, 900, 2), NONE), "currency", ("ts", ("when", 60), NONE), "ip"]),
    T("card_tokens_masked", P, ALL, [("customer", "name"), "card_masked", "card_type", "card_exp", ("token", "token"), ("billing_zip", "postcode")]),
    T("kyc_onboarding", P, ALL, ["name", "birth", "natid", "passport", "face", ("selfie_score", ("num", 0.5, 1, 3), NONE), "address", "phone", "ip", "device"], fmts=JSON_ONLY),
    T("loan_applications", P, ALL, [("application", ("seq",), NONE), "name", "birth", "natid", ("income", ("int", 10000, 200000), NONE), ("employer", ("company",), NONE), "iban", ("decision", ("pick", ["approved", "declined", "review"]), NONE), "phone"]),
    T("telecom_subscribers", P, ALL, [("msisdn", "phone"), "name", "natid", "imei", ("plan", ("pick", ["Prepaid 5GB", "Unlimited", "Family"]), NONE), "address", ("activated", ("when",), NONE)]),
    T("telecom_cdr", P, ALL, [("a_number", "phone"), ("b_number", "phone"), ("start", ("when", 10), NONE), ("duration_s", ("int", 0, 3600), NONE), ("cell_id", ("code", "99999-99"), NONE), "lat", "lon", "imei"]),
    T("sim_registry_kk", P, ["kk", "kkl", "ru", "rul"], ["natid", "last", "first", "middle", "birth", "phone", "address", "ethnicity"]),
    # ---------------- mobility, delivery, dating, hotels, loyalty ----------------
    T("ride_trips", P, ALL, [("trip_id", ("uuid",), NONE), ("rider", "name"), ("rider_phone", "phone"), ("pickup_lat", "lat"), ("pickup_lng", "lon"), ("dropoff", "latlon"), ("fare", ("num", 2, 80, 2), NONE), ("driver", "name"), ("requested_at", ("when", 20), NONE)]),
    T("ride_gps_trail", P, ALL, [("driver_id", ("code", "D99999"), NONE), ("vehicle", ("code", "AA 999 A"), NONE), "trail", "speed", "bearing", ("ts", ("when", 1), NONE)], fmts=JSON_ONLY),
    T("driver_pings_e7", P, ALL, [("uid", ("int", 100000, 999999), NONE), ("latE7", "lat_e7"), ("lngE7", "lon_e7"), "accuracy", ("timestampMs", ("when", 1), NONE), ("activity", ("pick", ["IN_VEHICLE", "WALKING", "STILL"]), NONE)]),
    T("courier_deliveries", P, ALL, [("order_no", ("code", "ORD-9999999"), NONE), ("recipient", "name"), "phone", "address", "postcode", ("drop_location", "geojson"), ("courier", "name"), ("status", "status"), ("delivered_at", ("when", 10), NONE)], fmts=JSON_ONLY),
    T("food_orders", P, ALL, [("order", ("seq",), NONE), ("customer", "name"), "email", "phone", ("deliver_to", "address"), ("location", "loc_obj"), ("items", ("list", ("product",)), NONE), ("total", ("num", 5, 120, 2), NONE)], fmts=JSON_ONLY),
    T("dating_profiles", P, ALL, ["username", ("display_name", "first"), "birth", "gender", "religion", "ethnicity", ("bio", ("sentence",), NONE), ("last_location", "lonlat"), ("photos", ("int", 0, 9), NONE), "email", "pw_hash"], fmts=JSON_ONLY),
    T("dating_messages", P, ALL, [("from_user", "username"), ("to_user", "username"), ("body", ("sentence",), NONE), ("sent", ("when", 5), NONE), "ip", "device"]),
    T("hotel_guests", P, ALL, [("booking_ref", ("code", "AA9A9A"), NONE), "name", "passport", ("nationality", "country"), "birth", "email", "phone", ("check_in", ("when",), NONE), ("room", ("int", 101, 950), NONE), "card_masked"]),
    T("hotel_registration_card", P, ALL, ["last", "first", "birth", "natid", "address", "city", "country", "phone", ("signature_ip", "ip")]),
    T("loyalty_members", P, ALL, [("member_no", ("code", "9999 9999 9999"), NONE), "name", "email", "phone", "birth", "postcode", ("points", ("int", 0, 90000), NONE), ("tier", ("pick", ["silver", "gold", "platinum"]), NONE), ("joined", ("when", 2000), NONE)]),
    T("ecommerce_users", P, ALL, ["uuid", "email", "pw_hash", "name", "phone", "address_obj", ("last_login_ip", "ip"), ("cart", ("list", ("obj", {"sku": ("code", "SKU-99999"), "qty": ("int", 1, 5)})), NONE), "created"], fmts=JSON_ONLY),
    T("crm_leads", P, ALL, [("lead", ("seq",), NONE), "first", "last", ("company", ("company",), NONE), "email", "phone", "city", "country", ("source", ("pick", ["web", "fair", "referral", "ads"]), NONE), "note"]),
    T("event_tickets", P, ALL, [("ticket", ("code", "TK99999999"), NONE), "name", "email", "birth_year", ("seat", ("code", "A99"), NONE), ("price", ("num", 10, 300, 2), NONE), "card"]),
    T("gym_members_health", P, ALL, ["name", "birth", "phone", "weight", "height", "bmi", ("conditions", "diagnosis"), ("membership", ("pick", ["monthly", "annual"]), NONE)]),
    # ---------------- government registers ----------------
    T("civil_register", P, ALL, ["natid", "last", "first", "middle", "birth", ("place_of_birth", ("city",), NONE), "gender", "ethnicity", "religion", "address"]),
    T("voter_roll", P, ALL, [("voter_id", ("code", "AAA9999999"), NONE), "name", "birth", "address", ("precinct", ("int", 1, 900), NONE), ("party", ("pick", ["DEM", "REP", "IND", "GRN", ""]), NONE), ("registered", ("when", 4000), NONE)]),
    T("tax_register", P, ALL, ["natid", "name", "address", "postcode", ("income", ("int", 0, 500000), NONE), ("tax_due", ("num", 0, 90000, 2), NONE), "iban", ("year", ("int", 2018, 2025), NONE)]),
    T("census_household", P, ALL, [("household", ("seq",), NONE), ("member", ("int", 1, 8), NONE), "name", "age", "gender", ("relation", ("pick", ["head", "spouse", "child", "parent"]), NONE), "ethnicity", "religion", "disability", ("occupation", ("pick", ["farmer", "teacher", "driver", "student", "none"]), NONE)]),
    T("idp_registration", P, ["uk", "ukl", "ar", "fa", "tr", "en", "ru"], ["natid", "name", "birth", "phone", ("origin", ("city",), NONE), ("current_address", "address"), ("family_size", ("int", 1, 9), NONE), ("vulnerability", "disability"), "created"]),
    T("passport_office", P, ALL, ["passport", "last", "first", "birth", "gender", ("issued", ("when", 3000), NONE), ("expires", ("when", 3000), NONE), "face"], fmts=JSON_ONLY),
    T("police_incidents_people", P, ALL, [("case_no", ("code", "99-999999"), NONE), ("suspect", "name"), "birth", "ethnicity_code", "address", ("offence", ("pick", ["theft", "assault", "fraud", "DUI"]), NONE), ("lat", "lat"), ("lon", "lon")]),
    T("social_welfare", P, ALL, ["natid", "name", "birth", ("household_income", ("int", 0, 30000), NONE), "disability", ("benefit", ("pick", ["child", "housing", "unemployment"]), NONE), "iban", "phone"]),
    # ---------------- IoT and logs with people ----------------
    T("iot_wearables", P, ALL, ["device", ("owner", "name"), ("heart_rate", "pulse"), ("steps", ("int", 0, 25000), NONE), ("sleep_h", ("num", 3, 10, 1), NONE), "lat", "lon", ("ts", ("when", 2), NONE)]),
    T("smart_home_devices", P, ALL, ["mac", ("owner_email", "email"), ("ssid", ("code", "HOME-AAAA"), NONE), ("fw", ("pick", ["1.0.3", "2.1.0", "2.2.7"]), NONE), "ip", ("room_temp", ("num", 15, 28, 1), NONE), ("api_token", "token"), "geo_deg"]),
    T("auth_log", P, ALL, [("ts", ("when", 3), NONE), ("user", "username"), "ip", ("result", ("pick", ["success", "failure", "locked"]), NONE), "user_agent", ("attempted_password", "password")]),
    T("nginx_access", P, ALL, [("remote_addr", "ip"), ("time_local", ("when", 1), NONE), ("request", "url_path"), ("status", "http_status"), ("bytes", ("int", 0, 90000), NONE), ("http_user_agent", "user_agent")]),
    T("mobile_app_events", P, ALL, [("event", ("pick", ["open", "purchase", "view", "share"]), NONE), ("idfa", "adid"), ("android_id", "device"), ("ip", "ipv6"), ("ts", ("when", 2), NONE), ("app_version", ("pick", ["3.2.1", "3.3.0"]), NONE), ("geo", "latlon")]),
    T("face_access_control", P, ALL, [("person_id", ("seq",), NONE), "name", ("embedding", "face"), ("door", ("pick", ["Lobby", "Lab 2", "Server room"]), NONE), ("last_seen", ("when", 2), NONE)], fmts=JSON_ONLY),
    T("api_clients", P, ALL, [("client", ("company",), NONE), ("contact", "name"), "email", ("api_key", "token"), ("secret_hash", "pw_hash"), ("rate_limit", ("int", 10, 10000), NONE)]),
    T("vehicle_fleet_people", P, ALL, [("plate", ("code", "AA-999-AA"), NONE), ("driver", "name"), ("driver_license", "passport"), ("gps", "loc_obj"), "speed", ("odometer_km", ("int", 100, 300000), NONE), ("ts", ("when", 1), NONE)], fmts=JSON_ONLY),
    T("contact_tracing", P, ALL, [("user", "uuid"), "phone", "covid", ("contacts", ("int", 0, 40), NONE), ("checkin", "latlon"), ("at", ("when", 10), NONE)]),
    T("pharmacy_loyalty", P, ALL, ["name", "phone", "birth", ("last_purchase", "medication"), ("points", ("int", 0, 5000), NONE), ("store", ("city",), NONE)]),
    T("clinic_appointments_zhpy", P, ["zh", "py"], ["name", "natid", "phone", "diagnosis", "doctor", ("ksmc", ("pick", ["内科", "外科", "儿科", "妇产科"]), NONE), "created"]),
    T("patients_ru_vitals", P, CYR, ["name", "birth", "natid", "phone", "diagnosis", "icd", "bp", "pulse", "temp", "weight", "height"]),
    T("pasien_puskesmas", P, ["id", "ms"], ["natid", "name", "birth", "gender", "address", "diagnosis", "bp", "weight", "religion", "ethnicity"]),
    T("benh_nhan", P, ["vi"], ["name", "birth", "natid", "phone", "address", "ethnicity", "diagnosis", "icd", "medication"]),
    T("hasta_kayit", P, ["tr"], ["natid", "name", "birth", "phone", "blood", "diagnosis", "icd", "medication", "doctor"]),
    T("bimar_records", P, ["fa", "ar"], ["natid", "name", "birth", "phone", "address", "diagnosis", "blood", "religion"]),
    T("rogi_register", P, ["hi", "en"], ["natid", "name", "age", "gender", "phone", "address", "diagnosis", "medication", "religion"]),
    T("kanja_list", P, ["ja", "ko"], ["name", "birth", "phone", "postcode", "address", "diagnosis", "medication", "allergy", "blood"]),
    # ---------------- more people tables: generic names made clinical by their siblings ----------------
    T("patient_observations_eav", P, ALL, [("patient_id", ("int", 1000, 99999), NONE), ("key", ("pick", ["weight", "bp", "allergy", "smoking", "glucose"]), NONE), ("value", ("pick", ["72.5", "140/90", "penicillin", "current", "7.9", "58", "none"]), HEALTH), ("recorded", ("when",), NONE), ("by", "doctor")]),
    T("health_questionnaire", P, ALL, [("respondent", "name"), ("email", "email"), ("question", "health_q"), ("answer", "health_a"), ("submitted", ("when",), NONE)]),
    T("patient_flags", P, ALL, ["uuid", "name", "birth", ("tags", "clin_tags"), ("ward", ("code", "W9"), NONE), ("updated", ("when", 5), NONE)], fmts=JSON_ONLY),
    T("icu_scores", P, ALL, [("admission", ("seq",), NONE), ("patient", "name"), ("scale", "scale"), ("score", "scale_score"), ("assessed", ("when", 3), NONE), ("nurse", "name")]),
    T("encounter_notes", P, ALL, [("encounter", ("code", "ENC99999999"), NONE), ("author", "doctor"), ("patient_name", "name"), ("text", "clin_note"), ("created", ("when",), NONE), ("signed", ("bool",), NONE)]),
    T("sos_alerts", P, ALL, [("alert", ("uuid",), NONE), ("user_phone", "phone"), ("geom", "wkt"), ("battery", ("int", 1, 100), NONE), ("ts", ("when", 1), NONE), ("handled", ("bool",), NONE)]),
    T("gig_workers_gps", P, ALL, ["name", "phone", "natid", ("last_position", "geo_deg"), ("vehicle", ("pick", ["bike", "scooter", "car"]), NONE), ("rating", ("num", 3, 5, 2), NONE)]),
    T("students_minzu", P, ["zh", "py", "vi", "kk", "ru"], ["name", "gender", "ethnicity", "birth", "natid", ("bj", ("code", "99班"), NONE), "phone"]),
    T("payroll_slips", P, ALL, [("emp", ("code", "E9999"), NONE), "name", "natid", "iban", ("gross", ("num", 800, 9000, 2), NONE), ("net", ("num", 600, 7000, 2), NONE), ("month", ("pick", ["2025-01", "2025-02", "2025-03"]), NONE), ("sick_days", ("int", 0, 12), NONE)]),
    T("blood_donors", P, ALL, ["name", "birth", "phone", "blood", ("hb_g_dl", ("num", 11, 17, 1), HEALTH), ("last_donation", ("when",), NONE), ("deferred_reason", ("pick", ["", "low haemoglobin", "recent tattoo", "hepatitis B", ""]), HEALTH), "email"]),
    # ---------------- more plain business tables ----------------
    T("blood_bank_stock", N, ALL, [("blood_group", ("pick", lx.BLOOD), NONE), ("units", ("int", 0, 300), NONE), ("hospital", ("company",), NONE), ("expiring_7d", ("int", 0, 40), NONE)]),
    T("password_policy", N, ALL, [("policy", ("code", "POL-99"), NONE), ("min_length", ("int", 8, 16), NONE), ("require_symbol", ("bool",), NONE), ("max_age_days", ("int", 30, 365), NONE), ("lockout_after", ("int", 3, 10), NONE)]),
    T("phone_models", N, ALL, [("brand", ("pick", ["Samsung", "Apple", "Xiaomi", "Oppo", "Nokia"]), NONE), ("model", ("code", "AA-A999A"), NONE), ("ram_gb", ("pick", [4, 6, 8, 12]), NONE), ("release", ("int", 2015, 2025), NONE), ("price", ("int", 90, 1800), NONE)]),
    T("api_endpoints", N, ALL, [("method", ("pick", ["GET", "POST", "PUT", "DELETE"]), NONE), ("path", "url_path"), ("p95_ms", ("int", 5, 3000), NONE), ("rps", ("num", 0, 900, 1), NONE), ("errors", ("int", 0, 90), NONE)]),
    T("hospital_bed_occupancy", N, ALL, [("hospital", ("company",), NONE), ("date", ("when", 90), NONE), ("beds_total", ("int", 50, 1500), NONE), ("beds_used", ("int", 10, 1500), NONE), ("icu_used", ("int", 0, 80), NONE), ("covid_patients", ("int", 0, 90), NONE)]),
    T("vaccine_stock", N, ALL, [("vaccine", ("pick", ["BCG", "MMR", "DTaP", "HPV", "Influenza"]), NONE), ("lot", ("code", "AA9999"), NONE), ("doses", ("int", 0, 5000), NONE), ("expiry", ("when",), NONE), ("fridge_temp", ("num", 2, 8, 1), NONE)]),
    T("clinical_trial_sites", N, ALL, [("nct", ("code", "NCT99999999"), NONE), ("site", ("company",), NONE), ("condition", ("concept", "diagnosis"), NONE), ("enrolled", ("int", 0, 400), NONE), ("phase", ("pick", ["I", "II", "III"]), NONE)]),
    T("livestock_treatments", N, ALL, [("animal_tag", ("code", "AA999999"), NONE), ("species", ("pick", ["cow", "sheep", "pig"]), NONE), ("drug", ("pick", ["oxytetracycline", "ivermectin", "penicillin"]), NONE), ("dose_ml", ("num", 1, 40, 1), NONE), ("weight_kg", ("int", 30, 900), NONE), ("temp", ("num", 37, 41, 1), NONE)]),
    T("invoices_b2b", N, ALL, [("invoice", ("code", "INV-99999"), NONE), ("customer", ("company",), NONE), ("vat_no", ("code", "AA999999999"), NONE), ("net", ("num", 10, 90000, 2), NONE), ("vat", ("num", 0, 20000, 2), NONE), ("due", ("when",), NONE), "currency"]),
    T("chemical_elements", N, ALL, [("symbol", ("pick", ["H", "He", "Li", "Fe", "Au", "Na", "K"]), NONE), ("atomic_no", ("int", 1, 118), NONE), ("mass", ("num", 1, 294, 4), NONE), ("density", ("num", 0.0001, 22, 4), NONE), ("group", ("int", 1, 18), NONE)]),
    T("holiday_calendar", N, ALL, [("country", ("pick", ["DE", "FR", "CN", "BR", "IN", "TR"]), NONE), ("date", ("when", 700), NONE), ("holiday", ("sentence",), NONE), ("bank_holiday", ("bool",), NONE)]),
    T("call_center_stats", N, ALL, [("queue", ("pick", ["billing", "tech", "sales"]), NONE), ("hour", ("int", 0, 23), NONE), ("calls", ("int", 0, 900), NONE), ("abandoned", ("int", 0, 90), NONE), ("aht_s", ("int", 60, 900), NONE), ("sla_pct", ("num", 50, 100, 1), NONE)]),
    T("product_variants_nested", N, ALL, [("sku", ("code", "SKU-99999"), NONE), ("title", ("product",), NONE), ("variants", ("list", ("obj", {"size": ("pick", ["S", "M", "L"]), "color": ("pick", ["red", "blue"]), "stock": ("int", 0, 90)})), NONE), ("price", ("obj", {"amount": ("num", 1, 300, 2), "currency": ("pick", ["EUR", "USD"])}), NONE)], fmts=JSON_ONLY),
    T("sales_by_region", N, ALL, [("region", ("city",), NONE), ("quarter", ("pick", ["Q1", "Q2", "Q3", "Q4"]), NONE), ("revenue", ("num", 1000, 9e6, 2), NONE), ("units", ("int", 10, 90000), NONE), ("growth", ("num", -0.3, 0.5, 3), NONE)]),
    T("spare_parts", N, ALL, [("part_no", ("code", "99-9999-A"), NONE), ("description", ("sentence",), NONE), ("serial_no", ("code", "SN99999999"), NONE), ("qty", ("int", 0, 90), NONE), ("bin", ("code", "A99"), NONE)]),
    T("dns_records", N, ALL, [("name", "hostname"), ("type", ("pick", ["A", "CNAME", "MX", "TXT"]), NONE), ("ttl", ("pick", [60, 300, 3600]), NONE), ("zone", ("pick", ["corp.local", "example.net"]), NONE)]),
    T("satellite_passes", N, ALL, [("norad", ("int", 10000, 59999), NONE), ("aos", ("when", 5), NONE), ("max_el", ("num", 0, 90, 1), NONE), ("azimuth", ("int", 0, 359), NONE), ("station_lat", "lat"), ("station_lon", "lon")]),
    T("bom_components", N, ALL, [("assembly", ("code", "ASM-999"), NONE), ("component", ("code", "CMP-9999"), NONE), ("qty_per", ("int", 1, 12), NONE), ("unit_cost", ("num", 0.01, 90, 3), NONE), ("lead_time_d", ("int", 1, 90), NONE)]),
    T("quality_inspections", N, ALL, [("lot", ("code", "L99999"), NONE), ("line", ("pick", ["L1", "L2", "L3"]), NONE), ("defects", ("int", 0, 30), NONE), ("sampled", ("int", 50, 500), NONE), ("result", ("pick", ["accept", "reject", "rework"]), NONE), ("temperature", ("num", 18, 30, 1), NONE)]),
    T("board_games", N, ALL, [("title", ("sentence",), NONE), ("min_players", ("int", 1, 4), NONE), ("max_players", ("int", 2, 10), NONE), ("playtime_min", ("int", 10, 240), NONE), ("rating", ("num", 4, 9.5, 2), NONE), ("year", ("int", 1960, 2025), NONE)]),
    T("esports_matches", N, ALL, [("match_id", ("int", 10**6, 10**7), NONE), ("team_a", ("word",), NONE), ("team_b", ("word",), NONE), ("score_a", ("int", 0, 16), NONE), ("score_b", ("int", 0, 16), NONE), ("patch", ("pick", ["7.35", "7.36"]), NONE), ("duration_s", ("int", 900, 4000), NONE)]),
    T("cpi_statistics", N, ALL, [("country", ("pick", ["DE", "FR", "TR", "BR", "ID", "KZ"]), NONE), ("month", ("pick", ["2024-01", "2024-06", "2025-01"]), NONE), ("cpi", ("num", 90, 400, 1), NONE), ("yoy_pct", ("num", -1, 80, 2), NONE)]),
    T("bike_share_stations", N, ALL, [("station_id", ("int", 1, 900), NONE), ("bikes", ("int", 0, 40), NONE), ("docks", ("int", 0, 40), NONE), ("lat", "lat"), ("lon", "lon"), ("updated", ("when", 1), NONE)]),
    T("water_levels", N, ALL, [("gauge", ("code", "G-9999"), NONE), ("level_cm", ("int", 20, 900), NONE), ("flow_m3s", ("num", 0, 4000, 2), NONE), ("ts", ("when", 2), NONE), ("alert", ("pick", ["none", "yellow", "red"]), NONE)]),
    T("coupon_codes", N, ALL, [("code", ("code", "AAAA-9999"), NONE), ("discount_pct", ("int", 5, 70), NONE), ("valid_until", ("when",), NONE), ("uses", ("int", 0, 9000), NONE), ("campaign", ("code", "CMP-99"), NONE)]),
    T("fleet_maintenance", N, ALL, [("vehicle", ("code", "V-9999"), NONE), ("service", ("pick", ["oil", "brakes", "tyres", "inspection"]), NONE), ("odometer", ("int", 100, 400000), NONE), ("cost", ("num", 20, 3000, 2), NONE), ("garage", ("company",), NONE)]),
    T("recipe_ingredients", N, ALL, [("recipe", ("word",), NONE), ("ingredient", ("word",), NONE), ("grams", ("int", 1, 1000), NONE), ("kcal", ("int", 0, 900), NONE), ("step", ("int", 1, 12), NONE)]),
    T("cloud_costs", N, ALL, [("account", ("code", "999999999999"), NONE), ("service", ("pick", ["EC2", "S3", "RDS", "Lambda"]), NONE), ("region", ("pick", ["eu-west-1", "us-east-1", "ap-south-1"]), NONE), ("usd", ("num", 0, 9000, 4), NONE), ("day", ("when", 60), NONE)]),
    T("solar_inverters", N, ALL, [("inverter", ("code", "INV-AA9999"), NONE), ("ac_kw", ("num", 0, 100, 3), NONE), ("dc_v", ("num", 200, 800, 1), NONE), ("temp_c", ("num", 10, 70, 1), NONE), ("status_code", ("int", 0, 512), NONE), ("ts", ("when", 1), NONE)]),
    # ---------------- plain business tables: no personal data ----------------
    T("products", N, ALL, [("sku", ("code", "SKU-99999"), NONE), "product", ("category", ("catpick",), NONE), "price", "qty", ("weight_g", ("int", 10, 20000), NONE), ("supplier", ("supplier",), NONE), ("ean", ("code", "9999999999999"), NONE)]),
    T("inventory_moves", N, ALL, [("move_id", ("seq",), NONE), ("sku", ("code", "AA-9999"), NONE), ("from_wh", ("code", "WH99"), NONE), ("to_wh", ("code", "WH99"), NONE), "qty", ("ts", ("when",), NONE), ("reason", ("pick", ["restock", "return", "damage"]), NONE)]),
    T("sensor_readings", N, ALL, [("sensor", ("code", "TMP-999"), NONE), ("temperature", ("num", -20, 45, 2), NONE), ("humidity", ("num", 5, 100, 1), NONE), ("pressure_hpa", ("num", 960, 1050, 1), NONE), ("battery", ("int", 0, 100), NONE), ("ts", ("when", 2), NONE)]),
    T("sensor_generic_values", N, ALL, [("code", ("pick", ["T1", "T2", "HUM", "CO2", "PM25"]), NONE), ("value", ("num", 0, 900, 2), NONE), ("unit", ("pick", ["C", "%", "ppm", "ug/m3"]), NONE), ("flag", ("pick", ["OK", "H", "L", ""]), NONE), ("ts", ("when", 1), NONE)]),
    T("weather_stations", N, ALL, [("station", ("code", "AAAA"), NONE), "lat", "lon", "altitude", ("temp_c", ("num", -30, 45, 1), NONE), ("wind_ms", ("num", 0, 30, 1), NONE), ("precip_mm", ("num", 0, 80, 1), NONE)]),
    T("earthquakes", N, ALL, [("event_id", ("code", "us9999aaaa"), NONE), ("time", ("when", 365), NONE), "lat", "lon", ("depth_km", ("num", 0, 600, 1), NONE), ("mag", ("num", 2, 7.5, 1), NONE), ("place", ("city",), NONE)]),
    T("store_locations", N, ALL, [("store_no", ("int", 1, 999), NONE), ("store_name", ("company",), NONE), "address", "postcode", "city", ("phone", "phone"), ("location", "geojson"), ("opening_hours", ("pick", ["9-21", "8-20", "24h"]), NONE)], fmts=JSON_ONLY),
    T("poi_catalogue", N, ALL, [("poi", ("word",), NONE), ("kind", ("pick", ["cafe", "museum", "park", "atm", "fuel"]), NONE), ("coords", "latlon"), ("rating", ("num", 1, 5, 1), NONE), ("reviews", ("int", 0, 4000), NONE)]),
    T("finance_daily", N, ALL, [("date", ("when", 3000), NONE), ("ticker", ("code", "AAAA"), NONE), ("open", ("num", 1, 900, 2), NONE), ("high", ("num", 1, 900, 2), NONE), ("low", ("num", 1, 900, 2), NONE), ("close", ("num", 1, 900, 2), NONE), ("volume", ("int", 1000, 90000000), NONE)]),
    T("fx_rates", N, ALL, [("base", ("const", "EUR"), NONE), "currency", ("rate", ("num", 0.001, 200, 6), NONE), ("as_of", ("when", 400), NONE)]),
    T("gl_journal", N, ALL, [("entry", ("seq",), NONE), ("account", ("code", "9999-99"), NONE), ("debit", ("num", 0, 90000, 2), NONE), ("credit", ("num", 0, 90000, 2), NONE), ("cost_center", ("code", "CC999"), NONE), ("memo", ("sentence",), NONE)]),
    T("population_stats", N, ALL, [("region", ("city",), NONE), ("year", ("int", 2000, 2024), NONE), ("ethnic_group", ("concept", "ethnicity"), NONE), ("population", ("int", 1000, 900000), NONE), ("share_pct", ("num", 0, 100, 2), NONE)]),
    T("religion_stats", N, ALL, [("province", ("city",), NONE), ("religion", ("concept", "religion"), NONE), ("adherents", ("int", 100, 500000), NONE), ("census_year", ("pick", [2010, 2020]), NONE)]),
    T("disease_stats_region", N, ALL, [("district", ("city",), NONE), ("week", ("int", 1, 52), NONE), ("disease", ("concept", "diagnosis"), NONE), ("icd10", ("concept", "icd"), NONE), ("cases", ("int", 0, 900), NONE), ("deaths", ("int", 0, 40), NONE)]),
    T("hospital_directory", N, ALL, [("hospital", ("company",), NONE), ("beds", ("int", 20, 1500), NONE), "address", "phone", ("specialties", ("list", ("pick", ["cardiology", "oncology", "pediatrics", "psychiatry"])), NONE), "lat", "lon"]),
    T("drug_catalogue", N, ALL, [("atc", ("code", "A99AA99"), NONE), ("drug", ("concept", "medication"), NONE), ("dose_mg", ("pick", [5, 10, 20, 50, 100, 250, 500]), NONE), ("form", ("pick", ["tablet", "capsule", "syrup", "injection"]), NONE), ("pack_size", ("int", 10, 100), NONE), ("price", ("num", 1, 200, 2), NONE)]),
    T("lab_test_catalogue", N, ALL, [("code", ("pick", [t[0] for t in lx.LAB]), NONE), ("name", ("pick", [t[1] for t in lx.LAB]), NONE), ("unit", ("pick", ["mg/dL", "mmol/L", "U/L", "%"]), NONE), ("price", ("num", 3, 80, 2), NONE), ("turnaround_h", ("int", 1, 72), NONE)]),
    T("icd_reference", N, ALL, [("code", ("concept", "icd"), NONE), ("description", ("concept", "diagnosis"), NONE), ("chapter", ("pick", ["IV", "IX", "X", "V"]), NONE), ("billable", ("bool",), NONE)]),
    T("nutrition_facts", N, ALL, ["product", ("kcal", ("int", 0, 900), NONE), ("protein_g", ("num", 0, 40, 1), NONE), ("sugar_g", ("num", 0, 60, 1), NONE), ("sodium_mg", ("int", 0, 2000), NONE), ("glucose", ("num", 0, 30, 1), NONE)]),
    T("gym_workouts", N, ALL, [("exercise", ("pick", ["squat", "bench press", "deadlift", "row", "curl"]), NONE), ("sets", ("int", 1, 6), NONE), ("reps", ("int", 1, 15), NONE), ("weight_kg", ("num", 5, 200, 1), NONE), ("rest_s", ("int", 30, 240), NONE), ("session", ("seq",), NONE)]),
    T("machine_telemetry", N, ALL, [("machine", ("code", "M-99"), NONE), ("rpm", ("int", 800, 6000), NONE), ("temperature", ("num", 20, 110, 1), NONE), ("vibration", ("num", 0, 5, 3), NONE), ("pressure", ("num", 1, 12, 2), NONE), ("pulse", ("int", 0, 400), NONE), ("ts", ("when", 1), NONE)]),
    T("server_metrics", N, ALL, ["hostname", ("cpu_pct", ("num", 0, 100, 1), NONE), ("mem_mb", ("int", 200, 64000), NONE), ("disk_pct", ("num", 0, 100, 1), NONE), "port", ("ts", ("when", 1), NONE)]),
    T("build_jobs", N, ALL, [("job", ("seq",), NONE), ("repo", ("word",), NONE), ("commit", ("hex", 40), NONE), ("status", ("pick", ["passed", "failed"]), NONE), ("duration_s", ("int", 10, 3000), NONE), ("artifact_sha256", ("hex", 64), NONE)]),
    T("shipments", N, ALL, [("awb", ("code", "999-99999999"), NONE), ("origin", ("code", "AAA"), NONE), ("dest", ("code", "AAA"), NONE), ("weight_kg", ("num", 0.1, 900, 2), NONE), ("pieces", ("int", 1, 40), NONE), ("status", "status"), ("eta", ("when",), NONE)]),
    T("container_tracking", N, ALL, [("container", ("code", "AAAU9999999"), NONE), ("vessel", ("word",), NONE), "lat", "lon", "speed", ("port", ("code", "AAAAA"), NONE), ("reefer_temp", ("num", -25, 12, 1), NONE)]),
    T("route_segments", N, ALL, [("route", ("code", "R99"), NONE), ("seq", ("int", 1, 60), NONE), ("start", "lonlat"), ("length_m", ("int", 10, 9000), NONE), ("speed_limit", ("pick", [30, 50, 70, 90]), NONE)], fmts=JSON_ONLY),
    T("game_scores", N, ALL, [("match", ("uuid",), NONE), ("player_tag", "username"), "score", ("kills", ("int", 0, 40), NONE), ("deaths", ("int", 0, 40), NONE), ("map", ("pick", ["dust2", "inferno", "nuke"]), NONE), ("mmr", ("int", 500, 4000), NONE)]),
    T("game_items", N, ALL, [("item_id", ("int", 1, 9000), NONE), ("name", ("pick", ["Sword of Dawn", "Healing Potion", "Iron Shield", "Mana Crystal"]), NONE), ("rarity", ("pick", ["common", "rare", "epic"]), NONE), ("hp", ("int", 0, 500), NONE), ("dmg", ("int", 0, 90), NONE), ("price", ("int", 1, 9000), NONE)]),
    T("pokemon_like", N, ALL, [("no", ("seq",), NONE), ("name", ("word",), NONE), ("type1", ("pick", ["fire", "water", "grass"]), NONE), ("hp", ("int", 20, 150), NONE), ("attack", ("int", 10, 150), NONE), ("weight", ("num", 0.1, 400, 1), NONE), ("height", ("num", 0.1, 10, 1), NONE)]),
    T("sports_results", N, ALL, [("season", ("int", 2010, 2025), NONE), ("home", ("city",), NONE), ("away", ("city",), NONE), ("home_goals", ("int", 0, 6), NONE), ("away_goals", ("int", 0, 6), NONE), ("attendance", ("int", 1000, 80000), NONE)]),
    T("menu_items", N, ALL, [("dish", ("word",), NONE), ("price", ("num", 2, 40, 2), NONE), ("kcal", ("int", 100, 1400), NONE), ("allergens", ("list", ("pick", ["gluten", "nuts", "milk", "egg"])), NONE), ("vegan", ("bool",), NONE)]),
    T("energy_meters", N, ALL, [("meter", ("code", "EM99999999"), NONE), ("kwh", ("num", 0, 900, 3), NONE), ("voltage", ("num", 210, 245, 1), NONE), ("tariff", ("pick", ["T1", "T2", "night"]), NONE), ("read_at", ("when", 30), NONE)]),
    T("crop_yields", N, ALL, [("field", ("code", "F-999"), NONE), ("crop", ("pick", ["wheat", "maize", "rice", "soy"]), NONE), ("yield_t_ha", ("num", 0.5, 12, 2), NONE), ("rain_mm", ("int", 100, 2000), NONE), ("x", ("int", 100000, 900000), NONE), ("y", ("int", 100000, 900000), NONE)]),
    T("air_quality", N, ALL, [("station", ("city",), NONE), ("pm25", ("num", 0, 300, 1), NONE), ("pm10", ("num", 0, 400, 1), NONE), ("no2", ("num", 0, 200, 1), NONE), ("o3", ("num", 0, 200, 1), NONE), ("latitude", "lat"), ("longitude", "lon")]),
    T("product_reviews_agg", N, ALL, [("sku", ("code", "SKU-99999"), NONE), ("avg_rating", ("num", 1, 5, 2), NONE), ("n_reviews", ("int", 0, 9000), NONE), ("top_word", ("word",), NONE)]),
    T("orders_no_people", N, ALL, [("order_id", ("code", "SO-9999999"), NONE), ("sku", ("code", "SKU-99999"), NONE), "qty", "price", "currency", ("channel", ("pick", ["web", "app", "store"]), NONE), ("created", ("when",), NONE)]),
    T("warehouse_bins", N, ALL, [("bin", ("code", "A-99-99"), NONE), ("capacity", ("int", 10, 900), NONE), ("used", ("int", 0, 900), NONE), ("temp_zone", ("pick", ["ambient", "chilled", "frozen"]), NONE), ("x", ("num", 0, 200, 1), NONE), ("y", ("num", 0, 80, 1), NONE)]),
    T("kpi_dashboard", N, ALL, [("kpi", ("pick", ["revenue", "churn", "nps", "dau"]), NONE), ("period", ("pick", ["2024-Q1", "2024-Q2", "2024-Q3"]), NONE), ("value", ("num", 0, 1e6, 2), NONE), ("target", ("num", 0, 1e6, 2), NONE), ("delta_pct", ("num", -50, 50, 1), NONE)]),
    T("exam_statistics", N, ALL, [("school", ("company",), NONE), ("subject", ("pick", ["math", "physics", "history"]), NONE), ("mean_score", ("num", 30, 95, 1), NONE), ("std", ("num", 5, 20, 2), NONE), ("candidates", ("int", 10, 900), NONE)]),
    T("bus_stops", N, ALL, [("stop_id", ("code", "STP9999"), NONE), ("stop_name", ("city",), NONE), ("stop_lat", "lat_s"), ("stop_lon", "lon_s"), ("wheelchair", ("bool",), NONE), ("zone", ("code", "Z9"), NONE)]),
    T("flight_tracks", N, ALL, [("icao24", ("hex", 6), NONE), ("callsign", ("code", "AAA999"), NONE), ("position", "loc_obj"), ("baro_alt", ("int", 0, 12000), NONE), "speed", "bearing", ("ts", ("when", 1), NONE)], fmts=JSON_ONLY),
    T("vehicle_catalog", N, ALL, [("make", ("pick", ["Toyota", "Lada", "BYD", "Renault", "Tata"]), NONE), ("model", ("word",), NONE), ("year", ("int", 1995, 2025), NONE), ("engine_cc", ("int", 800, 5000), NONE), ("price", ("int", 3000, 90000), NONE), ("vin_prefix", ("code", "AAA9A"), NONE)]),
    T("app_config", N, ALL, [("key", ("pick", ["feature.x", "timeout", "retries", "theme"]), NONE), ("value", ("pick", ["true", "30", "5", "dark"]), NONE), ("env", ("pick", ["prod", "staging"]), NONE), ("updated", ("when",), NONE), ("checksum", ("hex", 32), NONE)]),
    T("translations", N, ALL, [("msgid", ("code", "MSG_9999"), NONE), ("en", ("sentence",), NONE), ("locale", ("pick", ["de", "fr", "ru", "zh"]), NONE), ("fuzzy", ("bool",), NONE)]),
    T("embeddings_docs", N, ALL, [("doc_id", ("uuid",), NONE), ("title", ("sentence",), NONE), ("embedding", ("vec", 32), NONE), ("lang", ("pick", ["en", "de", "zh"]), NONE)], fmts=JSON_ONLY),
    T("experiment_runs", N, ALL, [("run", ("seq",), NONE), ("lr", ("num", 0.0001, 0.1, 5), NONE), ("batch", ("pick", [16, 32, 64]), NONE), ("acc", ("num", 0.5, 0.99, 4), NONE), ("loss", ("num", 0.01, 2, 4), NONE), ("gpu", ("pick", ["A100", "V100", "T4"]), NONE)]),
    T("real_estate_listings", N, ALL, [("listing", ("seq",), NONE), ("price", ("int", 30000, 2000000), NONE), ("rooms", ("int", 1, 8), NONE), ("area_m2", ("int", 20, 400), NONE), "city", "latlon", ("agency", ("company",), NONE)]),
    T("company_registry", N, ALL, [("reg_no", ("code", "99999999"), NONE), ("company", ("company",), NONE), ("vat", ("code", "AA999999999"), NONE), "city", ("founded", ("int", 1900, 2024), NONE), ("employees", ("int", 1, 9000), NONE), ("phone", "phone")]),
    T("atm_network", N, ALL, [("atm_id", ("code", "ATM9999"), NONE), ("bank", ("company",), NONE), ("geo", "geojson"), ("cash_level", ("int", 0, 100), NONE), ("online", ("bool",), NONE)], fmts=JSON_ONLY),
    T("parking_sensors", N, ALL, [("bay", ("code", "P-9999"), NONE), ("occupied", ("bool",), NONE), ("since", ("when", 1), NONE), ("lat", "lat_s"), ("lng", "lon_s"), ("battery_mv", ("int", 2800, 3600), NONE)]),
    T("reactor_batches", N, ALL, [("batch", ("code", "B99-999"), NONE), ("dose", ("num", 0.1, 50, 2), NONE), ("temp", ("num", 20, 180, 1), NONE), ("ph", ("num", 1, 13, 2), NONE), ("result", ("pick", ["pass", "fail"]), NONE), ("operator_code", ("code", "OP99"), NONE)]),
    T("library_books", N, ALL, [("isbn", ("code", "978-9-99-999999-9"), NONE), ("title", ("sentence",), NONE), ("year", ("int", 1900, 2025), NONE), ("copies", ("int", 1, 20), NONE), ("shelf", ("code", "A99"), NONE)]),
    T("network_devices_infra", N, ALL, ["hostname", ("mgmt_vlan", ("int", 1, 4000), NONE), ("model", ("pick", ["C9300", "EX4300", "MX204"]), NONE), ("serial_no", ("code", "FOC9999A9AA"), NONE), ("os", ("pick", ["IOS-XE 17.3", "JunOS 21.4"]), NONE), ("uptime_d", ("int", 0, 900), NONE)]),
    T("ad_campaigns", N, ALL, [("campaign", ("code", "CMP-9999"), NONE), ("impressions", ("int", 0, 9000000), NONE), ("clicks", ("int", 0, 90000), NONE), ("ctr", ("num", 0, 0.2, 4), NONE), ("spend", ("num", 0, 90000, 2), NONE), "currency"]),
    T("hotel_rooms", N, ALL, [("room", ("int", 101, 950), NONE), ("type", ("pick", ["single", "double", "suite"]), NONE), ("rate", ("num", 40, 900, 2), NONE), ("floor", ("int", 1, 9), NONE), ("smoking", ("bool",), NONE), ("status", "status")]),
    T("loyalty_rules", N, ALL, [("tier", ("pick", ["silver", "gold", "platinum"]), NONE), ("min_points", ("int", 0, 90000), NONE), ("multiplier", ("num", 1, 3, 1), NONE), ("valid_from", ("when",), NONE)]),
    T("telecom_cells", N, ALL, [("cell_id", ("code", "99999-99"), NONE), ("mcc", ("int", 200, 700), NONE), ("mnc", ("int", 1, 99), NONE), "lat", "lon", ("azimuth", ("int", 0, 359), NONE), ("band", ("pick", ["B3", "B7", "n78"]), NONE)]),
    T("clinic_rooms_equipment", N, ALL, [("asset", ("code", "MED-9999"), NONE), ("device_type", ("pick", ["ECG", "ventilator", "infusion pump", "X-ray"]), NONE), ("room", ("code", "R999"), NONE), ("last_service", ("when",), NONE), ("temperature", ("num", 18, 25, 1), NONE)]),
    T("pharma_stock", N, ALL, [("drug", ("concept", "medication"), NONE), ("batch", ("code", "AA99999"), NONE), ("expiry", ("when",), NONE), ("qty", ("int", 0, 900), NONE), ("storage_temp", ("pick", ["2-8C", "15-25C"]), NONE)]),
    T("survey_aggregates", N, ALL, [("question", ("code", "Q99"), NONE), ("answer", ("pick", ["agree", "neutral", "disagree"]), NONE), ("count", ("int", 0, 900), NONE), ("pct", ("num", 0, 100, 1), NONE), ("age_band", ("pick", ["18-24", "25-34", "35-44", "45+"]), NONE)]),
    T("traffic_counts", N, ALL, [("counter", ("code", "TC999"), NONE), ("hour", ("int", 0, 23), NONE), ("cars", ("int", 0, 3000), NONE), ("trucks", ("int", 0, 400), NONE), ("bikes", ("int", 0, 500), NONE), ("position", "lonlat")], fmts=JSON_ONLY),
    T("genes_expression", N, ALL, [("gene", ("pick", ["BRCA1", "TP53", "EGFR", "MYC", "KRAS"]), NONE), ("sample", ("code", "S99"), NONE), ("tpm", ("num", 0, 900, 3), NONE), ("log2fc", ("num", -5, 5, 3), NONE), ("pvalue", ("num", 0, 0.2, 6), NONE)]),
    T("ru_tovary", N, ["ru", "rul", "kk", "uk"], ["product", "price", "qty", ("artikul", ("code", "99999-999"), NONE), ("sklad", ("city",), NONE)]),
    T("zh_shangpin", N, ["zh", "py"], ["product", "price", "qty", ("spbm", ("code", "999999"), NONE), "created"]),
    T("tr_urunler", N, ["tr", "ar", "fa"], ["product", "price", "qty", "status", "created"]),
    T("id_barang", N, ["id", "ms", "vi"], ["product", "price", "qty", "amount", "note"]),
    T("ja_ko_shohin", N, ["ja", "ko"], ["product", "price", "qty", "amount", "created"]),
    T("eu_artikel", N, ["de", "nl", "fr", "it", "es", "pt", "pl"], ["product", "price", "qty", "amount", "status", "note"]),
    T("hi_stock", N, ["hi", "en"], ["product", "price", "qty", "city", "created"]),
    T("pet_clinic", N, ALL, [("pet", ("pick", ["Rex", "Milo", "Luna", "Bella"]), NONE), ("species", ("pick", ["dog", "cat", "rabbit"]), NONE), ("weight_kg", ("num", 0.5, 60, 1), NONE), ("diagnosis", ("pick", ["otitis", "parvovirus", "dermatitis"]), NONE), ("vaccinated", ("bool",), NONE)]),
    T("tyre_pressure", N, ALL, [("vehicle", ("code", "V999"), NONE), ("fl_kpa", ("int", 180, 260), NONE), ("fr_kpa", ("int", 180, 260), NONE), ("temp", ("num", 10, 80, 1), NONE)]),
    T("ticker_events_es", N, ALL, [("symbol", ("code", "AAA"), NONE), ("bid", ("num", 1, 500, 4), NONE), ("ask", ("num", 1, 500, 4), NONE), ("ts", ("when", 1), NONE), ("venue", ("pick", ["XNAS", "XLON", "XETR"]), NONE)], fmts=("elastic",)),
]
# fmt: on
