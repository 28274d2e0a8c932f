"""Labelled, hard, synthetic datasets for the classify benchmark. Never real people.

Each dataset is ``(name, records, labels)``: ``labels`` maps every field path (dotted, arrays
not indexed) to its :class:`Category` or None for non-personal fields. Datasets cover all 16
categories in many locales, with misleading and foreign field names, nested paths, nulls,
mixed types, and hard negatives (timestamps, epoch ints, UUIDs, hex digests, 18-digit order
numbers, sensor readings in [-90, 90], product names in ``name``, ``phone_model``, versions).
``build(seed, now)`` is deterministic for a seed and a fixed ``now``.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import synth as s
from stdnum.es import dni

from ajar.models import Category as Cat

Dataset = tuple[str, list[dict[str, Any]], dict[str, Cat | None]]
Gen = Callable[[random.Random, datetime], tuple[dict[str, Any], dict[str, Cat | None]]]

PRODUCTS = (
    "Wireless Mouse M185",
    "USB-Cat Cable 2m",
    "Desk Lamp LED",
    "Yoga Mat",
    "Coffee Grinder",
    "Smart Watch",
    "Noise Cancelling Headphones",
    "Water Bottle 1L",
    "Office Chair",
    "Phone Case",
)
MODELS = ("iPhone 13 Pro", "Galaxy S21", "Pixel 7", "Mate 40 Pro", "Redmi Note 12", "OnePlus 9")
COMPANIES = ("Acme Corp", "乌鲁木齐市第一中学", "喀什纺织厂", "Globex GmbH", "Initech", "个体")


def _maybe(rng: random.Random, value: Any, p_null: float = 0.1) -> Any:
    r = rng.random()
    if r < p_null / 2:
        return None
    if r < p_null:
        return ""
    return value


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _epoch(rng: random.Random, now: datetime) -> int:
    return int((now - timedelta(seconds=rng.randrange(0, 86400 * 30))).timestamp())


def _dni(rng: random.Random) -> str:
    number = f"{rng.randrange(10**7, 10**8)}"
    return number + dni.calc_check_digit(number)


def _order18(rng: random.Random) -> str:
    return str(rng.randrange(10**17, 10**18))


def cn_people_pinyin(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    ric = s.cn_ric(rng)
    rec = {
        "xm": s.han_name(rng),
        "sfzh": ric,
        "csrq": s.cn_ric_birth(ric),
        "mz": rng.choice(s.ETHNIC_CN),
        "dz": s.cn_address(rng),
        "gzdw": rng.choice(COMPANIES),
        "sjh": _maybe(rng, s.cn_phone(rng)),
        "zjxy": rng.choice(s.RELIGION[:4]),
        "rksj": (now - timedelta(days=rng.randrange(0, 300))).strftime("%Y-%m-%d %H:%M:%S"),
        "bz": rng.choice(("重点人员", "", "一般", None)),
        "id": rng.randrange(10**6),
    }
    labels = {
        "xm": Cat.PERSON_NAME,
        "sfzh": Cat.NATIONAL_ID,
        "csrq": Cat.BIRTH_DATE,
        "mz": Cat.ETHNICITY,
        "dz": Cat.ADDRESS,
        "gzdw": None,
        "sjh": Cat.PHONE,
        "zjxy": Cat.RELIGION,
        "rksj": None,
        "bz": None,
        "id": None,
    }
    return rec, labels


def cn_people_hanzi(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    ric = s.cn_ric(rng)
    rec = {
        "人员信息": {
            "姓名": s.han_name(rng),
            "身份证号码": ric,
            "出生日期": f"{ric[6:10]}年{int(ric[10:12])}月{int(ric[12:14])}日",
            "民族": rng.choice(s.ETHNIC_CN),
        },
        "联系电话": int(s.cn_phone(rng)) if rng.random() < 0.5 else s.cn_phone(rng),
        "现住址": s.cn_address(rng),
        "工作单位": rng.choice(COMPANIES),
        "录入时间": now - timedelta(hours=rng.randrange(0, 1000)),
        "备注": rng.choice(("无", "", "重点关注")),
    }
    labels = {
        "人员信息.姓名": Cat.PERSON_NAME,
        "人员信息.身份证号码": Cat.NATIONAL_ID,
        "人员信息.出生日期": Cat.BIRTH_DATE,
        "人员信息.民族": Cat.ETHNICITY,
        "联系电话": Cat.PHONE,
        "现住址": Cat.ADDRESS,
        "工作单位": None,
        "录入时间": None,
        "备注": None,
    }
    return rec, labels


def sightings(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    lat, lon = s.xinjiang_point(rng)
    rec = {
        "person_ref": f"P{rng.randrange(0, 5000):07d}",
        "lat": lat,
        "lng": lon,
        "place": rng.choice(s.PLACES),
        "camera_id": f"CAM-{rng.randrange(1, 400):04d}",
        "captured_at": (now - timedelta(seconds=rng.randrange(0, 86400))).isoformat(),
        "confidence": round(rng.uniform(0.5, 1.0), 3),
        "yaw": round(rng.uniform(-90, 90), 4),
    }
    labels = {
        "person_ref": None,
        "lat": Cat.COORDINATES,
        "lng": Cat.COORDINATES,
        "place": None,
        "camera_id": None,
        "captured_at": None,
        "confidence": None,
        "yaw": None,
    }
    return rec, labels


def geo_events(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    lat, lon = s.xinjiang_point(rng)
    rec = {
        "subject": {"sfz": s.cn_ric(rng)},
        "loc": {"type": "Point", "coordinates": [lon, lat]},
        "pos": [lon, lat],
        "where": f"{lat}, {lon}",
        "ts": _epoch(rng, now) * 1000,
        "accuracy_m": rng.randrange(3, 60),
        "heading": round(rng.uniform(0, 359), 1),
    }
    labels = {
        "subject.sfz": Cat.NATIONAL_ID,
        "loc": Cat.COORDINATES,
        "loc.type": None,
        "pos": Cat.COORDINATES,
        "where": Cat.COORDINATES,
        "ts": None,
        "accuracy_m": None,
        "heading": None,
    }
    return rec, labels


def en_crm(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    dob = s.birth_date(rng)
    rec = {
        "customerName": s.latin_name(rng),
        "contact": {"email": s.email(rng), "mobile": s.intl_phone(rng)},
        "DOB": dob.strftime("%m/%d/%Y"),
        "ssn": s.us_ssn(rng),
        "billing_address": s.en_address(rng),
        "last_login_ip": s.ipv4(rng) if rng.random() < 0.8 else s.ipv6(rng),
        "card": s.card(rng),
        "created_at": now - timedelta(days=rng.randrange(0, 900)),
        "plan": rng.choice(("free", "pro", "enterprise")),
        "notes": rng.choice(("VIP", "", "called twice", None)),
    }
    labels = {
        "customerName": Cat.PERSON_NAME,
        "contact.email": Cat.EMAIL,
        "contact.mobile": Cat.PHONE,
        "DOB": Cat.BIRTH_DATE,
        "ssn": Cat.NATIONAL_ID,
        "billing_address": Cat.ADDRESS,
        "last_login_ip": Cat.IP_ADDRESS,
        "card": Cat.CARD_NUMBER,
        "created_at": None,
        "plan": None,
        "notes": None,
    }
    return rec, labels


def eu_customers(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "kunde": {
            "name": s.latin_name(rng),
            "geburtsdatum": s.birth_date(rng).strftime("%d.%m.%Y"),
            "telefon": s.intl_phone(rng),
        },
        "iban": s.iban(rng),
        "pesel": s.pl_pesel(rng),
        "cpf": s.br_cpf(rng),
        "tckn": s.tr_tckn(rng),
        "rue": f"{rng.randrange(1, 99)} rue de la Paix",
        "bestellnummer": _order18(rng),
        "betrag": round(rng.uniform(5, 500), 2),
        "aktualisiert": _epoch(rng, now),
    }
    labels = {
        "kunde.name": Cat.PERSON_NAME,
        "kunde.geburtsdatum": Cat.BIRTH_DATE,
        "kunde.telefon": Cat.PHONE,
        "iban": Cat.IBAN,
        "pesel": Cat.NATIONAL_ID,
        "cpf": Cat.NATIONAL_ID,
        "tckn": Cat.NATIONAL_ID,
        "rue": Cat.ADDRESS,
        "bestellnummer": None,
        "betrag": None,
        "aktualisiert": None,
    }
    return rec, labels


def ru_people(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "фио": rng.choice(s.RU_NAMES),
        "дата_рождения": s.birth_date(rng).isoformat(),
        "телефон": f"+7 9{rng.randrange(10, 99)} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-"
        f"{rng.randrange(10, 99)}",
        "адрес": f"ул. Ленина, д. {rng.randrange(1, 200)}, кв. {rng.randrange(1, 99)}",
        "национальность": rng.choice(("русский", "татарин", "башкир", "казах", "узбек")),
        "вероисповедание": rng.choice(("православие", "ислам", "атеист", "буддизм")),
        "создано": (now - timedelta(days=rng.randrange(0, 30))).isoformat(),
        "статус": rng.choice(("активен", "архив")),
    }
    labels = {
        "фио": Cat.PERSON_NAME,
        "дата_рождения": Cat.BIRTH_DATE,
        "телефон": Cat.PHONE,
        "адрес": Cat.ADDRESS,
        "национальность": Cat.ETHNICITY,
        "вероисповедание": Cat.RELIGION,
        "создано": None,
        "статус": None,
    }
    return rec, labels


def ar_people(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "الاسم": rng.choice(s.AR_NAMES),
        "تاريخ_الميلاد": s.birth_date(rng).isoformat(),
        "هاتف": f"+971 50 {rng.randrange(1000000, 9999999)}",
        "العنوان": f"شارع {rng.choice(('الملك فهد', 'الشيخ زايد'))} {rng.randrange(1, 300)}",
        "الديانة": rng.choice(("مسلم", "مسيحي", "مسلمة")),
        "البريد": s.email(rng),
        "الحالة": rng.choice(("نشط", "موقوف")),
    }
    labels = {
        "الاسم": Cat.PERSON_NAME,
        "تاريخ_الميلاد": Cat.BIRTH_DATE,
        "هاتف": Cat.PHONE,
        "العنوان": Cat.ADDRESS,
        "الديانة": Cat.RELIGION,
        "البريد": Cat.EMAIL,
        "الحالة": None,
    }
    return rec, labels


def health(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "patient": {"full_name": s.latin_name(rng), "birthDate": s.birth_date(rng).isoformat()},
        "diagnosis": rng.choice(s.HEALTH),
        "icd10": rng.choice(("E11.9", "I10.0", "J45.909", "F32.1", "C50.9", "B20.1")),
        "blood_type": rng.choice(("A+", "O-", "B+", "AB+", "O+")),
        "visit_date": (now - timedelta(days=rng.randrange(0, 60))).date().isoformat(),
        "ward": rng.choice(("3B", "ICU", "12A")),
        "hospital": rng.choice(("St. Mary Hospital", "City Clinic")),
        "bed_count": rng.randrange(1, 40),
    }
    labels = {
        "patient.full_name": Cat.PERSON_NAME,
        "patient.birthDate": Cat.BIRTH_DATE,
        "diagnosis": Cat.HEALTH,
        "icd10": Cat.HEALTH,
        "blood_type": Cat.HEALTH,
        "visit_date": None,
        "ward": None,
        "hospital": None,
        "bed_count": None,
    }
    return rec, labels


def devices(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "imei": s.imei(rng),
        "wifi_mac": s.mac(rng),
        "idfa": _uuid(rng).upper(),
        "device_model": rng.choice(MODELS),
        "os_version": rng.choice(("17.1.2", "14", "13.0.1", "12.5.7")),
        "app_build": f"{rng.randrange(1, 9)}.{rng.randrange(0, 20)}.{rng.randrange(0, 99)}.{rng.randrange(100, 9999)}",
        "owner_email": s.email(rng),
        "last_seen": _epoch(rng, now),
        "battery": rng.randrange(0, 101),
    }
    labels = {
        "imei": Cat.DEVICE_ID,
        "wifi_mac": Cat.DEVICE_ID,
        "idfa": Cat.DEVICE_ID,
        "device_model": None,
        "os_version": None,
        "app_build": None,
        "owner_email": Cat.EMAIL,
        "last_seen": None,
        "battery": None,
    }
    return rec, labels


def auth(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "username": "".join(rng.choices(string.ascii_lowercase, k=rng.randrange(5, 10))),
        "password_hash": s.bcrypt_hash(rng),
        "api_key": "AKIA" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=16)),
        "token": s.token_hex(rng),
        "refresh": s.jwt(rng),
        "user_id": rng.randrange(10**6),
        "expires": _epoch(rng, now) + 86400,
        "request_id": _uuid(rng),
        "role": rng.choice(("admin", "user", "viewer")),
    }
    labels = {
        "username": None,
        "password_hash": Cat.SECRET,
        "api_key": Cat.SECRET,
        "token": Cat.SECRET,
        "refresh": Cat.SECRET,
        "user_id": None,
        "expires": None,
        "request_id": None,
        "role": None,
    }
    return rec, labels


def faces(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "person_id": rng.randrange(10**5),
        "face_encoding": s.embedding(rng, 128),
        "feature_b64": s.embedding_b64(rng, 512),
        "capture_time": now - timedelta(seconds=rng.randrange(0, 86400)),
        "quality": round(rng.random(), 3),
        "bbox": [rng.randrange(0, 1900), rng.randrange(0, 1000), rng.randrange(20, 200), rng.randrange(20, 200)],
    }
    labels = {
        "person_id": None,
        "face_encoding": Cat.FACE_EMBEDDING,
        "feature_b64": Cat.FACE_EMBEDDING,
        "capture_time": None,
        "quality": None,
        "bbox": None,
    }
    return rec, labels


def misleading(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    """Personal data under meaningless names; non-personal data under personal-sounding names."""
    rec = {
        "field3": s.email(rng),
        "col_7": s.cn_ric(rng),
        "x1": s.intl_phone(rng),
        "data": f"{s.xinjiang_point(rng)[0]},{s.xinjiang_point(rng)[1]}",
        "attr9": s.iban(rng),
        "c12": s.card(rng),
        "v": s.han_name(rng),
        "name": rng.choice(PRODUCTS),
        "phone_model": rng.choice(MODELS),
        "address": f"0x{rng.getrandbits(48):012x}",
        "ip_version": rng.choice(("4", "6")),
        "birth_rate": round(rng.uniform(0.5, 3.5), 2),
        "id_card_type": rng.choice(("身份证", "护照", "驾驶证")),
        "email_verified": rng.random() < 0.5,
        "religion_count": rng.randrange(0, 9),
    }
    labels = {
        "field3": Cat.EMAIL,
        "col_7": Cat.NATIONAL_ID,
        "x1": Cat.PHONE,
        "data": Cat.COORDINATES,
        "attr9": Cat.IBAN,
        "c12": Cat.CARD_NUMBER,
        "v": Cat.PERSON_NAME,
        "name": None,
        "phone_model": None,
        "address": None,
        "ip_version": None,
        "birth_rate": None,
        "id_card_type": None,
        "email_verified": None,
        "religion_count": None,
    }
    return rec, labels


def nested_profiles(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "user": {
            "profile": {"displayName": s.latin_name(rng), "contact": {"emails": [s.email(rng), s.email(rng)]}},
            "phones": [{"type": "home", "number": s.intl_phone(rng)}, {"type": "work", "number": s.intl_phone(rng)}],
            "settings": {"theme": rng.choice(("dark", "light")), "lang": rng.choice(("en", "zh", "ru"))},
        },
        "meta": {"v": rng.choice(("1.2.3", "2.0.0")), "etag": s.token_hex(rng, 32), "updatedAt": _epoch(rng, now)},
    }
    labels = {
        "user.profile.displayName": Cat.PERSON_NAME,
        "user.profile.contact.emails": Cat.EMAIL,
        "user.phones.type": None,
        "user.phones.number": Cat.PHONE,
        "user.settings.theme": None,
        "user.settings.lang": None,
        "meta.v": None,
        "meta.etag": None,
        "meta.updatedAt": None,
    }
    return rec, labels


def mixed_types(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    ph = s.cn_phone(rng)
    rec = {
        "dh": rng.choice((ph, int(ph), None, "")),
        "xingming": _maybe(rng, s.han_name(rng), 0.3),
        "minzu": rng.choice(("汉", "维吾尔", "回", "哈萨克", None)),
        "jd": round(75.9 + rng.random(), 6) if rng.random() < 0.9 else str(round(75.9 + rng.random(), 6)),
        "wd": round(39.4 + rng.random(), 6),
        "sj": rng.choice((_epoch(rng, now), str(_epoch(rng, now)))),
        "count": rng.choice((rng.randrange(100), str(rng.randrange(100)), None)),
    }
    labels = {
        "dh": Cat.PHONE,
        "xingming": Cat.PERSON_NAME,
        "minzu": Cat.ETHNICITY,
        "jd": Cat.COORDINATES,
        "wd": Cat.COORDINATES,
        "sj": None,
        "count": None,
    }
    return rec, labels


def intl_ids(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "national_id": rng.choice((s.pl_pesel(rng), s.br_cpf(rng), s.tr_tckn(rng))),
        "passport_no": f"E{rng.randrange(10**7, 10**8)}",
        "ssn": s.us_ssn(rng, dashed=False),
        "tax_id": _dni(rng),
        "customer_no": str(rng.randrange(10**10, 10**11)),
        "loyalty": s.luhn_complete("9", 12, rng),
        "signup": (now - timedelta(days=rng.randrange(0, 900))).isoformat(),
    }
    labels = {
        "national_id": Cat.NATIONAL_ID,
        "passport_no": Cat.NATIONAL_ID,
        "ssn": Cat.NATIONAL_ID,
        "tax_id": Cat.NATIONAL_ID,
        "customer_no": None,
        "loyalty": None,
        "signup": None,
    }
    return rec, labels


def iot(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "sensor_id": _uuid(rng),
        "temperature": round(rng.uniform(-30, 45), 2),
        "humidity": round(rng.uniform(0, 100), 1),
        "pitch": round(rng.uniform(-90, 90), 5),
        "roll": round(rng.uniform(-180, 180), 5),
        "reading": [round(rng.uniform(-1, 1), 4) for _ in range(3)],
        "ts": _epoch(rng, now),
        "firmware": rng.choice(("4.2.1", "4.2.2", "5.0.0")),
        "gateway": f"gw-{rng.randrange(0, 4)}",
        "checksum": s.token_hex(rng, 40),
    }
    labels = {
        "sensor_id": None,
        "temperature": None,
        "humidity": None,
        "pitch": None,
        "roll": None,
        "reading": None,
        "ts": None,
        "firmware": None,
        "gateway": None,
        "checksum": None,
    }
    return rec, labels


def orders(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "order_no": _order18(rng),
        "sku": f"SKU-{rng.randrange(10**5, 10**6)}",
        "name": rng.choice(PRODUCTS),
        "price": round(rng.uniform(1, 999), 2),
        "qty": rng.randrange(1, 10),
        "created": (now - timedelta(minutes=rng.randrange(0, 10**5))).isoformat(),
        "tracking": str(rng.randrange(10**11, 10**12)),
        "status": rng.choice(("paid", "shipped", "refunded")),
        "coupon": rng.choice(("", "SAVE10", "WELCOME", None)),
        "weight_kg": round(rng.uniform(0.1, 20), 3),
    }
    return rec, dict.fromkeys(rec)


def logs(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "trace_id": _uuid(rng),
        "span_id": f"{rng.getrandbits(64):016x}",
        "level": rng.choice(("INFO", "WARN", "ERROR")),
        "message": rng.choice(("GET /index.html 200", "cache miss", "retrying in 5s", "connection reset")),
        "duration_ms": round(rng.uniform(0.1, 900), 2),
        "sha256": s.token_hex(rng, 64),
        "version": rng.choice(("1.0.0", "1.0.1", "2.3.4")),
        "timestamp": (now - timedelta(seconds=rng.randrange(0, 10**5))).isoformat() + "Z",
        "host": rng.choice(("web-1", "web-2", "db-1")),
        "build": rng.randrange(1000, 9999),
    }
    return rec, dict.fromkeys(rec)


def catalogue(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    rec = {
        "title": rng.choice(("The Silent Sea", "Blue River", "Mountain Song", "Winter Light")),
        "author_id": rng.randrange(10**4),
        "isbn": f"978{rng.randrange(10**9, 10**10)}",
        "year": rng.randrange(1900, 2025),
        "genre": rng.choice(("fiction", "history", "science")),
        "rating": round(rng.uniform(1, 5), 1),
        "color": rng.choice(("white", "black", "red")),
        "published": f"{rng.randrange(1950, 2024)}-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}",
    }
    return rec, dict.fromkeys(rec)


GENERATORS: tuple[Gen, ...] = (
    cn_people_pinyin,
    cn_people_hanzi,
    sightings,
    geo_events,
    en_crm,
    eu_customers,
    ru_people,
    ar_people,
    health,
    devices,
    auth,
    faces,
    misleading,
    nested_profiles,
    mixed_types,
    intl_ids,
    iot,
    orders,
    logs,
    catalogue,
)


def build(seed: int = 42, now: datetime | None = None, records: int = 200, copies: int = 2) -> list[Dataset]:
    """``copies`` datasets per generator, each of ``records`` records, reproducible for ``seed``."""
    now = now or datetime(2026, 1, 1, tzinfo=UTC)
    out: list[Dataset] = []
    for copy in range(copies):
        for gen in GENERATORS:
            rng = random.Random(f"{seed}-{gen.__name__}-{copy}")
            recs: list[dict[str, Any]] = []
            labels: dict[str, Cat | None] = {}
            for _ in range(records):
                rec, lab = gen(rng, now)
                recs.append(rec)
                labels = lab
            out.append((f"{gen.__name__}#{copy}", recs, labels))
    return out


# --- harder datasets: unknown names, weak schemes under their names, sparse fields, look-alikes ------

_SYL = ("ta", "vin", "or", "lek", "mar", "isa", "ko", "ren", "dal", "ve", "qu", "nor", "bel", "sa", "ri", "tho")


def _invented_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYL) for _ in range(rng.randrange(2, 4))).capitalize()

    return f"{word()} {word()}"


def hard_people(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    """Names outside any dictionary, Korean names, sparse fields, weak ID schemes named by their field."""
    rec = {
        "holder_name": _invented_name(rng) if rng.random() < 0.6 else s.latin_name(rng),
        "성명": rng.choice(("김민준", "이서연", "박지호", "최수아", "정우진")),
        "nhs_number": _nhs(rng),
        "bsn": _bsn(rng),
        "birthday": _maybe(rng, (now - timedelta(days=rng.randrange(7000, 30000))).date(), 0.5),
        "race": rng.choice(("White", "Black", "Asian", "Other", "Hispanic or Latino")),
        "faith": rng.choice(("None", "Catholic", "Muslim", "Jewish", "Hindu")),
        "conditions": rng.choice(("chest pain", "fever and cough", "asthma", "fracture of left arm", "")),
        "home": f"{rng.randrange(1, 400)} {rng.choice(('Oak', 'Pine', 'Cedar'))} Street",
        "city": rng.choice(("New York", "San Francisco", "Los Angeles", "Las Vegas")),
        "team": rng.choice(("Red Team", "Blue Team", "Platform Ops")),
        "visits": rng.randrange(0, 40),
    }
    labels = {
        "holder_name": Cat.PERSON_NAME,
        "성명": Cat.PERSON_NAME,
        "nhs_number": Cat.NATIONAL_ID,
        "bsn": Cat.NATIONAL_ID,
        "birthday": Cat.BIRTH_DATE,
        "race": Cat.ETHNICITY,
        "faith": Cat.RELIGION,
        "conditions": Cat.HEALTH,
        "home": Cat.ADDRESS,
        "city": None,
        "team": None,
        "visits": None,
    }
    return rec, labels


def _nhs(rng: random.Random) -> str:
    from stdnum.gb import nhs

    while True:
        base = f"{rng.randrange(400000000, 999999999)}"
        check = nhs.checksum(base + "0")  # weighted sum mod 11 with a 0 check digit
        digit = (11 - check) % 11 if check else 0
        if digit != 10 and nhs.is_valid(base + str(digit)):
            return base + str(digit)
        for d in "0123456789":
            if nhs.is_valid(base + d):
                return base + d


def _bsn(rng: random.Random) -> str:
    from stdnum.nl import bsn

    while True:
        value = f"{rng.randrange(100000000, 999999999)}"
        if bsn.is_valid(value):
            return value


def hard_negatives(rng: random.Random, now: datetime) -> tuple[dict[str, Any], dict[str, Cat | None]]:
    """Non-personal values that pass personal checks: a random 11-digit number passes a checksum now and then."""
    rec = {
        "invoice": str(rng.randrange(10**10, 10**11)),
        "parcel": str(rng.randrange(10**11, 10**12)),
        "ean13": f"{rng.randrange(10**12, 10**13)}",
        "ticket": f"{rng.randrange(10**8, 10**9)}",
        "hash": s.token_hex(rng, 64),
        "commit": s.token_hex(rng, 40),
        "release_date": (now - timedelta(days=rng.randrange(0, 20000))).date().isoformat(),
        "angle": round(rng.uniform(-90, 90), 6),
        "offset": [round(rng.uniform(-90, 90), 5), round(rng.uniform(-90, 90), 5)],
        "product_name": rng.choice(PRODUCTS),
        "brand": rng.choice(("Acme", "Globex", "Initech", "Umbrella")),
        "server": f"{rng.randrange(1, 250)}.{rng.randrange(0, 9)}.{rng.randrange(0, 9)}",
        "color": rng.choice(("white", "black", "asian pear", "red")),
        "ratio": rng.choice((0.5, 0.25, 0.125)),
    }
    return rec, dict.fromkeys(rec)


GENERATORS = (*GENERATORS, hard_people, hard_negatives)
