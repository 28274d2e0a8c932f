# ruff: noqa: E501  (word lists: one language a line)
"""Value makers of gen_b: one factory per concept, giving (category, make(person) -> value).

A factory fixes a column's format once (how a date is written, whether phones became floats...),
so a column is consistent as a real export is, while columns differ from each other. Values come
from Faker or mimesis in the collection's locale, python-stdnum (check digits), and short lists
written here. Nothing is a real person's data.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import idnums

NAME = "person.name"
NID = "person.national_id"
DOB = "person.birth_date"
PHONE = "contact.phone"
EMAIL = "contact.email"
ADDR = "contact.address"
GEO = "location.coordinates"
IP = "network.ip_address"
DEV = "device.identifier"
CARD = "financial.card_number"
IBAN = "financial.iban"
ETH = "special.ethnicity"
REL = "special.religion"
HEALTH = "special.health"
FACE = "biometric.face_embedding"
SECRET = "credential.secret"


# --- Extended JSON: the carriers and writer of the old evalgen generator (one writer of mongoexport's format)
def _mongoexport() -> Any:
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "classify" / "evalgen" / "generate.py"
    spec = importlib.util.spec_from_file_location("evalgen_mongoexport", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


_MX = _mongoexport()
Oid, Long, Date, Bin = _MX.Oid, _MX.Long, _MX.Date, _MX.Bin
#: a Python value as ``mongoexport`` writes it (Extended JSON v2, relaxed or canonical)
ext = _MX.ext


@dataclass
class Gen:
    """What a collection's factories draw from."""

    rng: random.Random
    fake: Any  # faker.Faker
    mim: Any | None  # mimesis.Generic or None
    lang: str
    country: str  # two letters, lower case
    fmt: str  # json | csv | tsv
    template: str
    memo: dict[str, Any] = field(default_factory=dict)

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]


@dataclass
class Person:
    first: str
    last: str
    sex: str
    born: date
    ascii: str  # a Latin handle built from the name, for e-mails


Make = Callable[[Person], Any]
Factory = Callable[[Gen, str, str], tuple[str | None, Make]]  # (gen, field name, hint)

# --- word lists written for gen_b ----------------------------------------------------------------
# fmt: off
ETHNICITY = {
    "en": "White|Black or African American|Asian|Hispanic or Latino|American Indian or Alaska Native|Native Hawaiian or Other Pacific Islander|Two or more races|Middle Eastern or North African|White British|Black Caribbean|Pakistani|Bangladeshi|Mixed White and Asian|Maori|Aboriginal".split("|"),
    "ru": "русский|татарин|казах|украинец|башкир|чуваш|чеченец|армянин|аварец|мордва".split("|"),
    "kk": "қазақ|орыс|өзбек|ұйғыр|татар|неміс|кәріс|украин|Қазақ|Орыс".split("|"),
    "uk": "українець|росіянин|кримський татарин|білорус|молдованин|болгарин|угорець".split("|"),
    "zh": "汉族|回族|维吾尔族|藏族|蒙古族|壮族|满族|苗族|彝族|朝鲜族".split("|"),
    "tr": "Türk|Kürt|Zaza|Arap|Laz|Çerkez|Roman".split("|"),
    "es": "mestizo|indígena|afrodescendiente|blanco|gitano|mulato|Latino".split("|"),
    "pt": "branca|preta|parda|amarela|indígena".split("|"),
    "fr": "Européen|Maghrébin|Africain subsaharien|Asiatique|Métis".split("|"),
    "vi": "Kinh|Tày|Thái|Mường|Khmer|Hoa|Nùng|H'Mông".split("|"),
    "id": "Jawa|Sunda|Batak|Madura|Bugis|Minangkabau|Betawi|Tionghoa".split("|"),
    "ms": "Melayu|Cina|India|Iban|Kadazan-Dusun|Bumiputera".split("|"),
    "ar": "عربي|كردي|أمازيغي|تركماني|آشوري".split("|"),
    "fa": "فارس|ترک|کرد|لر|بلوچ|عرب".split("|"),
    "hi": "अनुसूचित जाति|अनुसूचित जनजाति|अन्य पिछड़ा वर्ग|सामान्य|SC|ST|OBC".split("|"),
    "ja": "日本人|アイヌ|琉球|在日韓国人".split("|"),
    "de": "deutsch|türkisch|sorbisch|polnisch|syrisch".split("|"),
}
ETH_CODES = [
    "W|B|A|H|I|O".split("|"),
    "1|2|3|4|5|6|9".split("|"),
    "2106-3|2054-5|2028-9|2076-8|1002-5".split("|"),
    "WHT|BLK|ASN|HSP|OTH".split("|"),
    "white|black|asian|hispanic|other".split("|"),
]
RELIGION = {
    "en": "Christian|Muslim|Hindu|Buddhist|Jewish|Sikh|None|Catholic|Protestant|Orthodox|Atheist|Agnostic|Latter-day Saints|Baptist".split("|"),
    "ru": "православие|ислам|буддизм|иудаизм|атеист|католицизм|старообрядец".split("|"),
    "kk": "ислам|православие|мұсылман|христиан|діни емес".split("|"),
    "uk": "православ'я|греко-католик|римо-католик|протестант|не релігійний".split("|"),
    "zh": "佛教|道教|伊斯兰教|基督教|天主教|无".split("|"),
    "tr": "İslam|Müslüman|Hristiyan|Alevi|Yahudi|Yok".split("|"),
    "ar": "مسلم|مسيحي|سني|شيعي|درزي".split("|"),
    "fa": "اسلام|شیعه|سنی|زرتشتی|مسیحی|بهائی".split("|"),
    "hi": "हिन्दू|मुस्लिम|सिख|ईसाई|जैन|बौद्ध".split("|"),
    "id": "Islam|Kristen|Katolik|Hindu|Buddha|Konghucu".split("|"),
    "ms": "Islam|Buddha|Kristian|Hindu|Taoisme".split("|"),
    "vi": "Phật giáo|Công giáo|Cao Đài|Hòa Hảo|Không".split("|"),
    "es": "católica|evangélica|ninguna|judía|musulmana|testigo de Jehová".split("|"),
    "pt": "católica|evangélica|espírita|umbanda|sem religião".split("|"),
    "fr": "catholique|musulman|protestant|juif|sans religion".split("|"),
    "de": "römisch-katholisch|evangelisch|ohne|islamisch|rk|ev".split("|"),
    "it": "cattolica|ortodossa|musulmana|nessuna".split("|"),
    "nl": "rooms-katholiek|protestants|islamitisch|geen".split("|"),
    "pl": "rzymskokatolickie|prawosławne|ewangelickie|brak".split("|"),
    "ja": "仏教|神道|キリスト教|無宗教".split("|"),
    "ko": "불교|개신교|천주교|무교".split("|"),
}
REL_CODES = [
    "RC|PR|MU|HI|BU|JE|NO".split("|"),
    "1|2|3|4|5|8".split("|"),
]
DIAG_WORDS = {
    "en": "Type 2 diabetes mellitus|Essential hypertension|Asthma|Major depressive disorder|COPD|Chronic kidney disease stage 3|Atrial fibrillation|Migraine|HIV infection|Hepatitis C|Generalized anxiety disorder|Osteoarthritis of knee|Breast cancer|Schizophrenia|Epilepsy".split("|"),
    "ru": "сахарный диабет 2 типа|гипертоническая болезнь|бронхиальная астма|ОРВИ|пневмония|гастрит".split("|"),
    "zh": "高血压|2型糖尿病|冠心病|慢性胃炎|肺炎|抑郁症".split("|"),
    "tr": "hipertansiyon|tip 2 diyabet|astım|migren|depresyon".split("|"),
    "es": "hipertensión arterial|diabetes tipo 2|asma|depresión|neumonía".split("|"),
    "pt": "hipertensão|diabetes tipo 2|asma|depressão|dengue".split("|"),
    "fr": "hypertension artérielle|diabète de type 2|asthme|dépression|grippe".split("|"),
    "de": "Hypertonie|Diabetes mellitus Typ 2|Asthma bronchiale|Depression|Migräne".split("|"),
    "id": "hipertensi|diabetes melitus|demam berdarah|TBC|ISPA".split("|"),
    "vi": "tăng huyết áp|đái tháo đường|viêm phổi|sốt xuất huyết".split("|"),
    "ja": "高血圧症|糖尿病|喘息|うつ病".split("|"),
    "ko": "고혈압|당뇨병|천식|우울증".split("|"),
    "ar": "ارتفاع ضغط الدم|السكري|الربو".split("|"),
}
ICD = "E11.9|I10|J45.909|F32.9|J44.1|N18.3|I48.91|G43.909|B20|B18.2|F41.1|M17.11|C50.911|F20.9|G40.909|K21.9|E78.5|Z79.4|O24.419|U07.1".split("|")
DRUGS = "Metformin|Lisinopril|Atorvastatin|Amlodipine|Omeprazole|Salbutamol|Sertraline|Insulin glargine|Levothyroxine|Amoxicillin|Ibuprofen|Paracetamol|Warfarin|Tenofovir|Fluoxetine|Prednisolone".split("|")
DOSES = "500 mg|10mg|20 mg 1x/day|5 mg bid|100 mcg|250mg tid|2 puffs prn|40 mg qhs|1 tab".split("|")
ALLERGENS = "penicillin|peanuts|latex|sulfa|shellfish|aspirin|pollen|NKDA|none known|eggs".split("|")
BLOOD = "A+|A-|B+|B-|AB+|AB-|O+|O-|0 Rh+|A Rh-|B RhD positive|O neg".split("|")
VACCINES = "Comirnaty|Spikevax|MMR II|Gardasil 9|Fluzone|Hepatitis B|BCG|Sinovac|Sputnik V".split("|")
CAUSES = "myocardial infarction|stroke|lung cancer|COVID-19|sepsis|road traffic injury|pneumonia".split("|")
# fmt: on
JOBS_FALLBACK = ["engineer", "nurse", "teacher", "driver", "accountant", "cashier", "developer"]
SECTIONS = ["A", "B", "C", "ICU", "Ward 3", "Cardiology", "Paediatrics", "ER"]
CURRENCIES = ["EUR", "USD", "RUB", "KZT", "TRY", "CNY", "BRL", "INR", "IDR", "VND", "JPY", "KRW", "PLN"]


def _case(g: Gen, s: str, mode: str) -> str:
    return s.upper() if mode == "upper" else s.lower() if mode == "lower" else s


def _case_mode(g: Gen) -> str:
    return g.pick(["asis"] * 7 + ["upper", "upper", "lower"])


def _float_artefact(s: str) -> float | str:
    digits = "".join(ch for ch in s if ch.isdigit())
    return float(digits) if digits and len(digits) <= 15 else s


def _vocab(table: dict[str, list[str]], lang: str, g: Gen) -> list[str]:
    return table.get(lang) or table["en"] if g.rng.random() < 0.8 else table["en"]


# --- people -------------------------------------------------------------------------------------
def first_name(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    mode = _case_mode(g)
    return NAME, lambda p: _case(g, p.first, mode)


def last_name(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    mode = _case_mode(g)
    return NAME, lambda p: _case(g, p.last, mode)


def full_name(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    mode = _case_mode(g)
    east = g.lang in ("zh", "ja", "ko", "vi", "hu")
    style = g.pick(["fl", "fl", "lf_comma", "lf"] + (["lf0", "lf0", "lf0"] if east else []))

    def make(p: Person) -> str:
        if style == "lf0":
            s = f"{p.last}{p.first}" if g.lang in ("zh", "ja") else f"{p.last} {p.first}"
        elif style == "lf_comma":
            s = f"{p.last}, {p.first}"
        elif style == "lf":
            s = f"{p.last} {p.first}"
        else:
            s = f"{p.first} {p.last}"
        return _case(g, s, mode)

    return NAME, make


def other_person(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    title = g.pick(["", "", "Dr. ", "Dr ", "Prof. "]) if hint != "plain" else ""

    def make(p: Person) -> str:
        return f"{title}{g.fake.last_name() if title else g.fake.name()}"

    return NAME, make


def national_id(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    country = g.country if g.country in idnums.SPECS and g.rng.random() < 0.8 else g.pick(sorted(idnums.SPECS))
    passport = hint == "passport" or any(k in name.lower() for k in ("passport", "pasport", "паспорт"))
    shape = g.pick(["display", "display", "compact", "float", "int"])

    def make(p: Person) -> Any:
        if passport:
            return (
                g.pick(string.ascii_uppercase)
                + g.pick(string.ascii_uppercase + "0123456789")
                + "".join(g.pick(string.digits) for _ in range(7))
            )
        v = idnums.national_id(g.rng, country, p.born) if country != "kz" else None
        if v is None:
            v = f"{p.born:%y%m%d}{g.rng.randrange(10**5, 10**6)}"
        compact = "".join(ch for ch in v if ch.isalnum())
        if shape == "compact":
            return compact
        if shape in ("float", "int") and compact.isdigit() and compact[0] != "0":
            if g.fmt == "json":
                return float(compact) if shape == "float" else Long(int(compact))
            return compact + (".0" if shape == "float" else "")
        return v

    return NID, make


def _date_fmt(g: Gen, d: datetime, fmt: str) -> Any:
    if fmt == "ext":
        return Date(d) if g.fmt == "json" else d.strftime("%Y-%m-%d %H:%M:%S")
    if fmt == "epoch_ms":
        return (
            Long(int(d.replace(tzinfo=UTC).timestamp() * 1000))
            if g.fmt == "json"
            else str(int(d.replace(tzinfo=UTC).timestamp() * 1000))
        )
    if fmt == "int8":
        return int(d.strftime("%Y%m%d")) if g.fmt == "json" else d.strftime("%Y%m%d")
    if fmt == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    return d.strftime(fmt)


DATE_FMTS = [
    "%Y-%m-%d",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%d-%b-%Y",
    "%Y/%m/%d",
    "%Y-%m-%dT00:00:00Z",
    "%d %B %Y",
    "ext",
    "ext",
    "int8",
    "%d-%m-%Y",
]


def birth_date(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    fmt = g.pick(DATE_FMTS + (["cjk"] if g.lang in ("zh", "ja") else []))
    return DOB, lambda p: _date_fmt(g, datetime(p.born.year, p.born.month, p.born.day), fmt)


def birth_year(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    as_str = g.rng.random() < 0.4
    return DOB, lambda p: str(p.born.year) if as_str else p.born.year


def _phone_raw(g: Gen) -> str:
    if g.mim is not None and g.rng.random() < 0.5:
        return str(g.mim.person.telephone())
    return str(g.fake.phone_number())


def phone(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    shape = g.pick(["asis", "asis", "asis", "e164", "float", "digits", "list", "dashed"])
    cc = g.pick(
        ["1", "7", "44", "49", "33", "90", "86", "62", "84", "55", "91", "81", "82", "48", "971", "98", "60", "880"]
    )

    def one() -> Any:
        raw = _phone_raw(g)
        digits = "".join(ch for ch in raw if ch.isdigit())
        if shape == "e164":
            return f"+{cc}{digits[-10:]}"
        if shape == "float":
            return _float_artefact(cc + digits[-10:]) if g.fmt == "json" else f"{cc}{digits[-10:]}.0"
        if shape == "digits":
            return digits
        if shape == "dashed" and len(digits) >= 10:
            return f"8-{digits[-10:-7]}-{digits[-7:-4]}-{digits[-4:]}"
        return raw

    if shape == "list":
        return (
            PHONE,
            lambda p: (
                [one() for _ in range(g.rng.randint(1, 3))]
                if g.fmt == "json"
                else "; ".join(str(one()) for _ in range(g.rng.randint(1, 2)))
            ),
        )
    return PHONE, lambda p: one()


def email(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    upper = g.rng.random() < 0.1
    domains = [
        "gmail.com",
        "yahoo.com",
        "mail.ru",
        "yandex.kz",
        "qq.com",
        "163.com",
        "hotmail.fr",
        "web.de",
        "naver.com",
        "outlook.com",
        "proton.me",
        "example.org",
        "uol.com.br",
        "libero.it",
        "wp.pl",
        "ukr.net",
    ]

    def make(p: Person) -> str:
        r = g.rng.random()
        s = (
            f"{p.ascii}@{g.pick(domains)}"
            if r < 0.5
            else (str(g.mim.person.email()) if g.mim is not None and r < 0.7 else str(g.fake.email()))
        )
        return s.upper() if upper else s

    return EMAIL, make


def _addr_part(g: Gen, kind: str) -> str:
    f = g.fake
    try:
        if kind == "street":
            if g.mim is not None and g.rng.random() < 0.4:
                return str(g.mim.address.address())
            return str(f.street_address())
        if kind == "house":
            return str(f.building_number())
        if kind == "line2":
            return str(f.secondary_address())
        if kind == "postcode":
            if g.mim is not None and g.rng.random() < 0.4:
                return str(g.mim.address.postal_code())
            return str(f.postcode())
        if kind == "full":
            return str(f.address())
    except AttributeError:
        pass
    if kind == "line2":
        return g.pick(["Apt ", "kv. ", "Suite ", "Flat ", "piso "]) + str(g.rng.randint(1, 300))
    if kind == "house":
        return str(g.rng.randint(1, 250))
    return f"{g.rng.randint(1, 200)} {f.last_name()} {g.pick(['Street', 'Rd', 'ul.', 'Jl.', 'Cd.', 'Str.'])}"


def address_part(kind: str) -> Factory:
    def factory(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
        mode = _case_mode(g)
        as_int = kind in ("postcode", "house") and g.rng.random() < 0.3

        def make(p: Person) -> Any:
            s = _addr_part(g, kind)
            if kind == "full" and g.rng.random() < 0.5:
                s = s.replace("\n", ", ")
            if as_int and s.isdigit() and s[0] != "0":
                return int(s) if g.fmt == "json" else s
            return _case(g, s, mode)

        return ADDR, make

    return factory


def _latlon(g: Gen) -> tuple[float, float]:
    if g.rng.random() < 0.6:
        try:
            got = g.fake.local_latlng(country_code=g.country.upper())
            if got:
                return float(got[0]) + g.rng.uniform(-0.05, 0.05), float(got[1]) + g.rng.uniform(-0.05, 0.05)
        except Exception:  # noqa: BLE001 - not every locale knows its places
            pass
    return g.rng.uniform(-60, 70), g.rng.uniform(-170, 175)


def coord(axis: str) -> Factory:
    def factory(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
        shape = g.pick(["float", "float", "str6", "degree", "comma", "float_long"])

        def make(p: Person) -> Any:
            lat, lon = _latlon(g)
            v = lat if axis == "lat" else lon
            if shape == "str6":
                return f"{v:.6f}"
            if shape == "degree":
                hemi = ("N" if v >= 0 else "S") if axis == "lat" else ("E" if v >= 0 else "W")
                return f"{abs(v):.6f}° {hemi}"
            if shape == "comma":
                return f"{v:.5f}".replace(".", ",")
            if shape == "float_long":
                return v
            return round(v, g.rng.choice((4, 5, 6)))

        return GEO, make

    return factory


def geo_point(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    shape = g.pick(["pair", "geojson", "str", "wkt"] if g.fmt == "json" else ["str", "wkt", "pairstr"])

    def make(p: Person) -> Any:
        lat, lon = _latlon(g)
        lat, lon = round(lat, 6), round(lon, 6)
        if shape == "pair":
            return [lon, lat]
        if shape == "geojson":
            return {"type": "Point", "coordinates": [lon, lat]}
        if shape == "wkt":
            return f"POINT({lon} {lat})"
        if shape == "pairstr":
            return f"[{lon}, {lat}]"
        return f"{lat},{lon}"

    return GEO, make


def ip(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    v6 = g.rng.random() < 0.2

    def make(p: Person) -> str:
        return (
            str(g.fake.ipv6())
            if v6 and g.rng.random() < 0.8
            else str(g.fake.ipv4_private() if g.rng.random() < 0.3 else g.fake.ipv4_public())
        )

    return IP, make


def _luhn_complete(body: str) -> str:
    from stdnum import luhn

    return body + luhn.calc_check_digit(body)


def device_id(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    low = name.lower()
    kinds = {
        "imei": "imei",
        "mac": "mac",
        "hw": "mac",
        "idfa": "adid",
        "gaid": "adid",
        "advert": "adid",
        "android": "android",
        "push": "push",
        "serial": "serial",
        "seri": "serial",
    }
    kind = hint or next((v for k, v in kinds.items() if k in low), g.pick(["imei", "mac", "adid", "android", "serial"]))
    sep = g.pick([":", ":", "-", ""])
    upper = g.rng.random() < 0.5

    def make(p: Person) -> Any:
        r = g.rng
        if kind == "imei":
            s = _luhn_complete("35" + "".join(r.choice(string.digits) for _ in range(12)))
            return float(s) if g.fmt == "json" and r.random() < 0.1 else s
        if kind == "mac":
            s = sep.join(f"{r.randrange(256):02x}" for _ in range(6))
            return s.upper() if upper else s
        if kind == "adid":
            s = str(g.fake.uuid4())
            return s.upper() if upper else s
        if kind == "android":
            return "".join(r.choice("0123456789abcdef") for _ in range(16))
        if kind == "push":
            return (
                "".join(r.choice(string.ascii_letters + string.digits + "-_") for _ in range(22))
                + ":APA91b"
                + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(40))
            )
        return r.choice(["C02", "F2L", "DMP", "R58", "SN"]) + "".join(
            r.choice(string.ascii_uppercase + string.digits) for _ in range(9)
        )

    return DEV, make


def card(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    shape = g.pick(["plain", "plain", "spaced", "dashed", "int"])

    def make(p: Person) -> Any:
        s = str(g.fake.credit_card_number())
        if shape == "spaced":
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        if shape == "dashed":
            return "-".join(s[i : i + 4] for i in range(0, len(s), 4))
        if shape == "int" and g.fmt == "json":
            return Long(int(s))
        return s

    return CARD, make


def iban(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    spaced = g.rng.random() < 0.3
    lower = g.rng.random() < 0.05

    def make(p: Person) -> str:
        cc = (
            g.country.upper()
            if g.rng.random() < 0.6
            else g.pick(
                ["DE", "FR", "IT", "NL", "PL", "TR", "KZ", "UA", "GB", "SA", "AE", "PT", "AT", "CH", "SE", "BR"]
            )
        )
        s = idnums.iban(g.rng, cc) or str(g.fake.iban())
        if spaced:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s.lower() if lower else s

    return IBAN, make


def ethnicity(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    coded = g.rng.random() < 0.3
    words = g.pick(ETH_CODES) if coded else _vocab(ETHNICITY, g.lang, g)
    upper = g.rng.random() < 0.1
    as_int = coded and all(w.isdigit() for w in words) and g.fmt == "json" and g.rng.random() < 0.6

    def make(p: Person) -> Any:
        w = g.pick(words)
        return int(w) if as_int else (w.upper() if upper else w)

    return ETH, make


def religion(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    coded = g.rng.random() < 0.2
    words = g.pick(REL_CODES) if coded else _vocab(RELIGION, g.lang, g)
    return REL, lambda p: g.pick(words)


def diagnosis(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    shape = g.pick(["icd", "words", "words", "both", "list", "snomed"])
    words = _vocab(DIAG_WORDS, g.lang, g)

    def make(p: Person) -> Any:
        if shape == "icd":
            return g.pick(ICD)
        if shape == "both":
            return f"{g.pick(ICD)} {g.pick(DIAG_WORDS['en'])}"
        if shape == "snomed":
            return g.pick(["44054006", "38341003", "195967001", "35489007", "13645005", "73211009"])
        if shape == "list":
            got = [g.pick(words) for _ in range(g.rng.randint(1, 3))]
            return got if g.fmt == "json" else "; ".join(got)
        return g.pick(words)

    return HEALTH, make


def medication(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    pool = VACCINES if hint == "vaccine" else DRUGS
    with_dose = g.rng.random() < 0.6
    return HEALTH, lambda p: f"{g.pick(pool)} {g.pick(DOSES)}" if with_dose else g.pick(pool)


def allergy(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    def make(p: Person) -> Any:
        got = sorted({g.pick(ALLERGENS) for _ in range(g.rng.randint(1, 2))})
        return got if g.fmt == "json" and g.rng.random() < 0.5 else ", ".join(got)

    return HEALTH, make


def blood_type(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    return HEALTH, lambda p: g.pick(BLOOD)


def vital(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    low = name.lower()
    kind = next(
        (
            k
            for k in (
                "glucose",
                "bp",
                "systolic",
                "diastolic",
                "bmi",
                "cholesterol",
                "heart",
                "hr",
                "pulse",
                "hba1c",
                "spo2",
            )
            if k in low
        ),
        g.pick(["glucose", "bp", "bmi", "cholesterol", "pulse", "hba1c", "spo2"]),
    )
    unit = g.rng.random() < 0.35

    def make(p: Person) -> Any:
        r = g.rng
        if kind == "glucose":
            v = round(r.uniform(3.8, 14.0), 1)
            return f"{v} mmol/L" if unit else v
        if kind == "bp":
            return f"{r.randint(95, 180)}/{r.randint(55, 110)}" + (" mmHg" if unit else "")
        if kind in ("systolic", "diastolic"):
            return r.randint(95, 180) if kind == "systolic" else r.randint(55, 110)
        if kind == "bmi":
            return round(r.uniform(16.5, 41.0), 1)
        if kind == "cholesterol":
            return f"{r.randint(140, 290)} mg/dL" if unit else r.randint(140, 290)
        if kind == "hba1c":
            return f"{round(r.uniform(4.6, 11.0), 1)}%"
        if kind == "spo2":
            return r.randint(86, 100)
        return f"{r.randint(48, 130)} bpm" if unit else r.randint(48, 130)

    return HEALTH, make


def health_flag(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    low = name.lower()
    if "cause" in low:
        return HEALTH, lambda p: g.pick(CAUSES)
    pool = g.pick(
        [
            ["yes", "no"],
            ["Y", "N"],
            ["positive", "negative", "pending"],
            ["reactive", "non-reactive"],
            ["current smoker", "former smoker", "never smoked"],
            ["mild", "moderate", "severe", "none"],
        ]
    )
    return HEALTH, lambda p: g.pick(pool)


def face_vec(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    dim = g.pick([128, 128, 512])
    as_text = g.fmt != "json" or g.rng.random() < 0.1

    def make(p: Person) -> Any:
        v = [round(g.rng.gauss(0, 0.09 if dim == 128 else 0.044), 6) for _ in range(dim)]
        if as_text:
            return "[" + ", ".join(repr(x) for x in v) + "]" if g.rng.random() < 0.7 else " ".join(repr(x) for x in v)
        return v

    return FACE, make


def _b64(g: Gen, n: int, alphabet: str = string.ascii_letters + string.digits + "./") -> str:
    return "".join(g.rng.choice(alphabet) for _ in range(n))


def secret(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    low = name.lower()
    if hint:
        kind = hint
    elif any(
        k in low for k in ("pass", "pwd", "mima", "parol", "sifre", "senha", "kennwort", "haslo", "clave", "sandi")
    ):
        kind = g.pick(["bcrypt", "bcrypt", "argon2", "pbkdf2", "sha256", "md5", "plain"])
    elif "key" in low or "secret" in low:
        kind = g.pick(["apikey", "apikey", "hex32", "otp"])
    else:
        kind = g.pick(["jwt", "hex64", "apikey", "opaque"])

    def make(p: Person) -> str:
        r = g.rng
        if kind == "bcrypt":
            return f"$2{r.choice('aby')}${r.choice(['10', '12'])}$" + _b64(g, 53)
        if kind == "argon2":
            return (
                "$argon2id$v=19$m=65536,t=3,p=4$"
                + _b64(g, 22, string.ascii_letters + string.digits + "+/")
                + "$"
                + _b64(g, 43, string.ascii_letters + string.digits + "+/")
            )
        if kind == "pbkdf2":
            return f"pbkdf2_sha256$260000${_b64(g, 22)}${_b64(g, 44, string.ascii_letters + string.digits + '+/')}="
        if kind == "sha256":
            return hashlib.sha256(str(r.random()).encode()).hexdigest()
        if kind == "md5":
            return hashlib.md5(str(r.random()).encode()).hexdigest()  # noqa: S324 - a password digest look-alike
        if kind == "plain":
            return str(g.fake.password(length=r.randint(8, 14)))
        if kind == "apikey":
            pre = r.choice(["sk_live_", "pk_test_", "AKIA", "ghp_", "xoxb-", "AIza", "key-", ""])
            return pre + _b64(g, r.choice((24, 32, 36, 40)), string.ascii_letters + string.digits)
        if kind == "hex32":
            return "".join(r.choice("0123456789abcdef") for _ in range(32))
        if kind == "otp":
            return _b64(g, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        if kind == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
            body = (
                base64.urlsafe_b64encode(f'{{"sub":"{r.randrange(10**6)}","exp":{r.randrange(1.7e9, 1.8e9)}}}'.encode())
                .rstrip(b"=")
                .decode()
            )
            return f"{head}.{body}.{_b64(g, 43, string.ascii_letters + string.digits + '-_')}"
        if kind == "hex64":
            return "".join(r.choice("0123456789abcdef") for _ in range(64))
        return _b64(g, 40, string.ascii_letters + string.digits + "-_")

    return SECRET, make


# --- not personal ---------------------------------------------------------------------------------
def rec_id(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    shape = g.pick(["seq", "seq", "oid", "uuid", "prefixed"] if g.fmt == "json" else ["seq", "uuid", "prefixed"])
    start = g.rng.randrange(1, 10 ** g.rng.randint(1, 6))
    counter = [start]

    def make(p: Person) -> Any:
        counter[0] += g.rng.choice((1, 1, 1, 2, 7))
        if shape == "oid":
            return Oid("".join(g.rng.choice("0123456789abcdef") for _ in range(24)))
        if shape == "uuid":
            return str(g.fake.uuid4())
        if shape == "prefixed":
            return f"{g.pick(['ID', 'R', 'REC', 'C'])}{counter[0]:07d}"
        return counter[0]

    return None, make


def int_ref(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    """Internal reference numbers: long digit strings that are no national identifier."""
    n = g.rng.choice((6, 8, 9, 10, 11, 12, 13))
    shape = g.pick(["digits", "digits", "int", "prefixed", "dashed"])
    pre = g.pick(["ORD", "INV", "PT", "MRN", "CL", "POL", "TK", "EMP", "STU", "A"])

    def make(p: Person) -> Any:
        s = str(g.rng.randrange(10 ** (n - 1), 10**n))
        if shape == "int":
            return Long(int(s)) if g.fmt == "json" else s
        if shape == "prefixed":
            return f"{pre}-{s}"
        if shape == "dashed":
            return f"{s[:4]}-{s[4:]}"
        return s

    return None, make


def ts(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    fmt = g.pick(DATE_FMTS + ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S.%fZ", "epoch_ms", "ext", "ext"])
    lo = datetime(2012 if hint != "recent" else 2025, 1, 1)

    def make(p: Person) -> Any:
        d = lo + timedelta(seconds=g.rng.randrange(0, 86400 * 365 * (13 if hint != "recent" else 1)))
        return _date_fmt(g, d, fmt)

    return None, make


def year(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    return None, lambda p: g.rng.randint(1990, 2026)


def org_name(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    def make(p: Person) -> str:
        r = g.rng.random()
        if hint == "hospital":
            kind = g.pick(["Hospital", "Clinic", "Medical Center", "Klinikum", "Hôpital"])
            return f"{g.pick(['St. ', 'City ', 'Regional ', ''])}{g.fake.last_name()} {kind}"
        if g.mim is not None and r < 0.3:
            return str(g.mim.finance.company())
        if r < 0.45:
            return str(g.fake.company())
        if r < 0.6:
            return g.pick(
                ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Soylent", "Vandelay", "Wayne", "Stark", "Tyrell"]
            ) + g.pick([" Ltd", " GmbH", " LLC", " S.A.", " OOO", " A.Ş.", "", " Inc."])
        return str(g.fake.company())

    return None, make


def product(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    def make(p: Person) -> str:
        if hint == "drug":
            form = g.pick(["500 mg tablets", "10 mg", "oral solution", "inhaler 100 mcg", "injection"])
            return f"{g.pick(DRUGS)} {form}"
        if g.mim is not None and g.rng.random() < 0.4:
            return str(g.pick([g.mim.food.dish, g.mim.food.fruit, g.mim.food.drink, g.mim.hardware.phone_model])())
        return f"{g.fake.word().capitalize()} {g.pick(['Pro', 'Max', 'Mini', 'X', '500', 'Plus', 'Lite', ''])}".strip()

    return None, make


def place(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    kind = hint or g.pick(["city", "city", "state", "country"])

    def make(p: Person) -> str:
        try:
            if kind == "country":
                return str(g.fake.country())
            if kind == "state":
                return str(g.mim.address.state() if g.mim is not None else g.fake.administrative_unit())
            return str(g.mim.address.city() if g.mim is not None and g.rng.random() < 0.5 else g.fake.city())
        except AttributeError:
            return str(g.fake.city())

    return None, make


def measure(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    unit = g.pick(["", "", " °C", "°", " hPa", " V", "%", " m", " km/h", " ppm", " kWh", " rpm"])
    lo = g.rng.uniform(-20, 50)
    hi = lo + g.rng.uniform(1, 400)
    as_str = bool(unit) and g.rng.random() < 0.7

    def make(p: Person) -> Any:
        v = round(g.rng.uniform(lo, hi), g.rng.choice((1, 2, 3)))
        if g.rng.random() < 0.05:
            v = v + 1e-15 if v else v  # float artefacts
        return f"{v}{unit}" if as_str else v

    return None, make


def digest(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    kind = hint or g.pick(["sha256", "md5", "sha1", "etag"])

    def make(p: Person) -> str:
        h = hashlib.sha256(str(g.rng.random()).encode()).hexdigest()
        if kind == "md5":
            return h[:32]
        if kind == "sha1":
            return h[:40]
        if kind == "etag":
            return f'"{h[:32]}"'
        return h

    return None, make


def code(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    from stdnum import ean

    kind = hint or g.pick(["sku", "lot", "ean", "isbn", "tracking", "part", "flight", "plate", "ticker", "atc"])

    def make(p: Person) -> Any:
        r = g.rng
        if kind == "ean":
            body = "".join(r.choice(string.digits) for _ in range(12))
            s = body + ean.calc_check_digit(body)
            return int(s) if g.fmt == "json" and r.random() < 0.3 and s[0] != "0" else s
        if kind == "isbn":
            body = "978" + "".join(r.choice(string.digits) for _ in range(9))
            return body + ean.calc_check_digit(body)
        if kind == "lot":
            return f"L{r.randint(20, 26)}{r.randint(1, 12):02d}-{r.randint(1, 999):03d}"
        if kind == "tracking":
            return "1Z" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        if kind == "part":
            return f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.choice(string.ascii_uppercase)}"
        if kind == "flight":
            return f"{r.choice(['TK', 'LH', 'KC', 'SU', 'CA', 'QR', 'AF'])}{r.randint(10, 2999)}"
        if kind == "plate":
            up = string.ascii_uppercase
            return f"{r.choice(up)}{r.randint(100, 999)}{r.choice(up)}{r.choice(up)}"
        if kind == "ticker":
            return "".join(r.choice(string.ascii_uppercase) for _ in range(r.randint(2, 4)))
        if kind == "atc":
            return (
                f"{r.choice('ABCJLMN')}{r.randint(1, 16):02d}{r.choice('ABC')}{r.choice('ABCX')}{r.randint(1, 20):02d}"
            )
        return (
            f"{r.choice(['SKU', 'ART', ''])}{r.randint(10000, 99999)}-{r.choice(['XS', 'M', 'XL', 'BLK', 'RED', '01'])}"
        )

    return None, make


def money(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    shape = g.pick(["float", "float", "str", "cur", "int"])

    def make(p: Person) -> Any:
        v = round(g.rng.uniform(0.5, 5000), 2)
        if shape == "str":
            return f"{v:.2f}"
        if shape == "cur":
            return f"{g.pick(['€', '$', '₸', '₽', 'R$ ', '¥'])}{v:,.2f}"
        if shape == "int":
            return int(v)
        return v * 1.0000000000000002 if g.rng.random() < 0.1 else v

    return None, make


def category_word(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    pools = {
        "sex": ["M", "F", "male", "female", "X", "Ж", "М", "男", "女", "1", "2"],
        "status": ["active", "pending", "closed", "ok", "error", "shipped", "delivered", "cancelled"],
        "marital": ["single", "married", "divorced", "widowed"],
        "currency": CURRENCIES,
        "lang": ["en", "ru", "kk", "zh-CN", "tr", "ar", "pt-BR", "es", "de", "fr"],
        "plan": ["basic", "premium", "gold", "prepaid", "postpaid"],
        "ward": SECTIONS,
        "os": ["Android 13", "iOS 17.2", "Windows 11", "Ubuntu 22.04", "HarmonyOS 4"],
        "action": ["ALLOW", "DENY", "DROP", "REJECT"],
        "specialty": ["cardiology", "dermatology", "pediatrics", "oncology", "general practice"],
        "model": ["Cisco ISR 4331", "MikroTik hAP ac2", "Ubiquiti UniFi AP", "TP-Link Archer C7", "Juniper EX2300"],
    }
    kind = hint if hint in pools else None
    if kind is None and hint == "job":
        return None, lambda p: str(g.fake.job()) if hasattr(g.fake, "job") else g.pick(JOBS_FALLBACK)
    pool = pools[kind] if kind else g.pick(list(pools.values()))
    return None, lambda p: g.pick(pool)


def count(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    lo, hi = (18, 90) if hint == "age" else g.pick([(0, 10), (0, 500), (1, 5), (100, 10**6)])
    return None, lambda p: g.rng.randint(lo, hi)


def net(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    kind = hint or g.pick(
        ["url", "domain", "ua", "path", "method", "status", "port", "bytes", "host", "netmask", "version"]
    )

    def make(p: Person) -> Any:
        f, r = g.fake, g.rng
        if kind == "url":
            return str(f.url())
        if kind == "domain":
            return str(f.domain_name())
        if kind == "ua":
            return str(f.user_agent())
        if kind == "path":
            return str(f.uri_path())
        if kind == "method":
            return r.choice(["GET", "POST", "PUT", "DELETE", "HEAD"])
        if kind == "status":
            return r.choice([200, 200, 301, 304, 404, 500, 403])
        if kind == "port":
            return r.choice([22, 80, 443, 3306, 5432, 6379, 8080, r.randint(1024, 65535)])
        if kind == "bytes":
            return r.randint(0, 10**7)
        if kind == "host":
            return f"{r.choice(['srv', 'rtr', 'sw', 'db', 'web', 'ap'])}-{r.randint(1, 99):02d}.{f.domain_word()}.local"
        if kind == "netmask":
            return r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252", "/24", "255.255.254.0"])
        return f"{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 200)}"

    return None, make


def text(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    def make(p: Person) -> str:
        try:
            return str(g.fake.sentence(nb_words=g.rng.randint(3, 12)))
        except AttributeError:
            return "ok"

    return None, make


def flag(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    pool = g.pick([[True, False], ["Y", "N"], [0, 1], ["true", "false"], ["yes", "no"]])
    return None, lambda p: g.pick(pool)


def username(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    return None, lambda p: str(g.fake.user_name()) + (str(g.rng.randint(1, 99)) if g.rng.random() < 0.3 else "")


def vector(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    dim = g.pick([2, 3, 50, 100, 300, 768])
    as_text = g.fmt != "json"

    def make(p: Person) -> Any:
        v = [round(g.rng.uniform(-1, 1), 5) for _ in range(dim)]
        return "[" + ", ".join(map(str, v)) + "]" if as_text else v

    return None, make


def pubkey(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    low = name.lower()
    kind = hint or next(
        (k for k in ("ssh", "bic", "swift", "routing", "card_type", "expiry", "masked", "last4", "finger") if k in low),
        "ssh",
    )

    def make(p: Person) -> Any:
        r = g.rng
        if kind == "ssh":
            return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + _b64(g, 43, string.ascii_letters + string.digits + "+/")
        if kind in ("bic", "swift"):
            return (
                "".join(r.choice(string.ascii_uppercase) for _ in range(6))
                + r.choice(["2X", "FF", "MM", "22"])
                + r.choice(["", "XXX"])
            )
        if kind == "routing":
            return str(r.randrange(10**8, 10**9))
        if kind == "card_type":
            return r.choice(["visa", "mastercard", "amex", "mir", "unionpay"])
        if kind == "expiry":
            return f"{r.randint(1, 12):02d}/{r.randint(25, 31)}"
        if kind == "masked":
            return "*" * 12 + "".join(r.choice(string.digits) for _ in range(4))
        if kind == "last4":
            return "".join(r.choice(string.digits) for _ in range(4))
        return ":".join(f"{r.randrange(256):02X}" for _ in range(20))

    return None, make


def small_dev(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    pre = g.pick(["", "", "sensor_", "node-", "GW", "st"])
    return None, lambda p: f"{pre}{g.rng.randint(1, 40)}" if pre else g.rng.randint(1, 40)


def ethnic_agg(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    """An aggregated table's group column: rows are groups, not people (``none`` by the guide)."""
    words = _vocab(ETHNICITY, g.lang, g)
    return None, lambda p: g.pick(words)


def health_agg(g: Gen, name: str, hint: str) -> tuple[str | None, Make]:
    """A catalogue's or statistic's disease column: rows are drugs or regions (``none``)."""
    words = _vocab(DIAG_WORDS, g.lang, g)
    return None, lambda p: g.pick(words)


FACTORIES: dict[str, Factory] = {
    "first_name": first_name,
    "last_name": last_name,
    "full_name": full_name,
    "person_role_name": other_person,
    "national_id": national_id,
    "birth_date": birth_date,
    "birth_year": birth_year,
    "phone": phone,
    "email": email,
    "street": address_part("street"),
    "house_number": address_part("house"),
    "addr_line2": address_part("line2"),
    "postcode": address_part("postcode"),
    "full_address": address_part("full"),
    "lat": coord("lat"),
    "lon": coord("lon"),
    "geo_point": geo_point,
    "ip": ip,
    "device_id": device_id,
    "card": card,
    "iban": iban,
    "ethnicity": ethnicity,
    "religion": religion,
    "diagnosis": diagnosis,
    "medication": medication,
    "allergy": allergy,
    "blood_type": blood_type,
    "vital": vital,
    "health_flag": health_flag,
    "face_vec": face_vec,
    "secret": secret,
    "rec_id": rec_id,
    "int_ref": int_ref,
    "ts": ts,
    "year": year,
    "org_name": org_name,
    "product": product,
    "place": place,
    "measure": measure,
    "digest": digest,
    "code": code,
    "money": money,
    "category_word": category_word,
    "count": count,
    "net": net,
    "text": text,
    "flag": flag,
    "username": username,
    "vector": vector,
    "pubkey": pubkey,
    "small_dev": small_dev,
    "ethnic_agg": ethnic_agg,
    "health_agg": health_agg,
}
#: concepts named from another concept's lexicon entry
NAMED_AS = {"ethnic_agg": "ethnicity", "health_agg": "diagnosis"}
