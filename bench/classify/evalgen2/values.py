"""Synthetic values for evalgen2: one function per kind of value, each tagged with its category.

Every value is made up: Faker / mimesis for names and addresses, python-stdnum check digits for
national ids, Luhn for cards and IMEIs, ISO 13616 check digits for IBANs, phonenumbers-valid phones.
``KINDS[kind] = (category, fn)``; ``fn(g)`` takes a :class:`Gen` (the table's random state).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import string
import struct
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from faker import Faker
from mimesis import Locale, Person
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import ccc, dni
from stdnum.fr import nir
from stdnum.id import nik
from stdnum.in_ import aadhaar
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.us import ssn

# ---- MongoDB Extended JSON markers (the writer decides relaxed / canonical / plain) ----


@dataclass(frozen=True)
class Date:
    v: dt.datetime


@dataclass(frozen=True)
class Long:
    v: int


@dataclass(frozen=True)
class Oid:
    v: str


@dataclass(frozen=True)
class Bin:
    v: bytes


# ---- per language: Faker locale(s), phone region, a rough centre for coordinates ----

LOCALE = {
    "en": ("en_US", "en_GB"), "zh": ("zh_CN", "zh_TW"), "ru": ("ru_RU",), "kk": ("ru_RU",), "uk": ("uk_UA",),
    "tr": ("tr_TR",), "ar": ("ar_SA",), "fa": ("fa_IR",), "hi": ("hi_IN", "en_IN"),
    "id": ("id_ID",), "ms": ("en_US",), "vi": ("vi_VN",), "es": ("es_ES", "es_MX", "es_CO"),
    "pt": ("pt_BR", "pt_PT"), "fr": ("fr_FR", "fr_CA"), "de": ("de_DE", "de_AT", "de_CH"), "it": ("it_IT",),
    "nl": ("nl_NL", "nl_BE"), "pl": ("pl_PL",), "ja": ("ja_JP",), "ko": ("ko_KR",),
}
REGION = {"en": "US", "zh": "CN", "ru": "RU", "kk": "KZ", "uk": "UA", "tr": "TR", "ar": "SA", "fa": "AE", "hi": "IN",
          "id": "ID", "ms": "MY", "vi": "VN", "es": "ES", "pt": "BR", "fr": "FR", "de": "DE", "it": "IT", "nl": "NL",
          "pl": "PL", "ja": "JP", "ko": "KR"}
CENTRE = {"US": (39.5, -98.3), "CN": (31.2, 114.4), "RU": (55.7, 37.6), "KZ": (48.0, 67.0), "UA": (49.0, 31.3),
          "TR": (39.0, 35.2), "SA": (24.7, 46.7), "IR": (32.4, 53.7), "IN": (22.0, 79.0), "ID": (-6.2, 106.8),
          "MY": (3.1, 101.7), "VN": (16.0, 107.8), "ES": (40.4, -3.7), "BR": (-15.8, -47.9), "FR": (46.6, 2.4),
          "DE": (51.1, 10.4), "IT": (42.5, 12.5), "NL": (52.1, 5.3), "PL": (52.0, 19.1), "JP": (35.7, 139.7),
          "KR": (37.5, 127.0)}
IBAN_CC = {"de": "DE", "fr": "FR", "it": "IT", "nl": "NL", "pl": "PL", "tr": "TR", "uk": "UA", "kk": "KZ", "ar": "SA",
           "pt": "PT", "es": "ES", "ru": "DE", "fa": "AE", "en": "GB", "id": "NL", "ms": "GB", "vi": "FR", "zh": "DE",
           "hi": "GB", "ja": "CH", "ko": "AT"}
# BBAN layouts (n digits, a upper letters, c alphanumeric), ISO 13616 registry
BBAN = {"DE": "18n", "FR": "10n11c2n", "IT": "1a10n12c", "NL": "4a10n", "PL": "24n", "TR": "5n1n16c", "UA": "6n19c",
        "KZ": "3n13c", "SA": "2n18c", "PT": "21n", "ES": "20n", "AE": "19n", "GB": "4a14n", "CH": "5n12c", "AT": "16n"}

ETHNICITY = {
    "en": ["White", "Black or African American", "Asian", "Hispanic or Latino", "American Indian or Alaska Native",
           "Native Hawaiian or Other Pacific Islander", "Middle Eastern or North African", "Two or more races"],
    "zh": ["汉族", "回族", "满族", "维吾尔族", "藏族", "蒙古族", "壮族", "苗族", "朝鲜族"],
    "ru": ["русский", "татарин", "башкир", "чуваш", "чеченец", "украинец", "казах", "армянин", "аварец"],
    "kk": ["қазақ", "орыс", "өзбек", "ұйғыр", "татар", "кәріс", "неміс", "украин"],
    "uk": ["українець", "росіянин", "білорус", "кримський татарин", "поляк", "угорець", "молдованин"],
    "tr": ["Türk", "Kürt", "Zaza", "Arap", "Laz", "Çerkez", "Gürcü"],
    "ar": ["عربي", "كردي", "أمازيغي", "تركماني", "آشوري", "أرمني"],
    "fa": ["فارس", "ترک", "کرد", "لر", "بلوچ", "عرب", "ترکمن", "گیلک"],
    "hi": ["बंगाली", "तमिल", "मराठी", "गुजराती", "पंजाबी", "नागा", "संथाल"],
    "id": ["Jawa", "Sunda", "Batak", "Minangkabau", "Bugis", "Madura", "Betawi", "Dayak", "Tionghoa"],
    "ms": ["Melayu", "Cina", "India", "Iban", "Kadazan-Dusun", "Bidayuh", "Bajau"],
    "vi": ["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "H'Mông", "Nùng", "Dao"],
    "es": ["Mestizo", "Indígena", "Afrodescendiente", "Blanco", "Gitano", "Mapuche", "Quechua"],
    "pt": ["Branca", "Preta", "Parda", "Amarela", "Indígena"],
    "fr": ["Maghrébine", "Européenne", "Subsaharienne", "Asiatique", "Antillaise"],
    "de": ["Deutsch", "Türkisch", "Kurdisch", "Sinti", "Roma", "Sorbisch", "Polnisch"],
    "it": ["Italiana", "Rom", "Albanese", "Araba", "Cinese", "Ladina"],
    "nl": ["Nederlands", "Marokkaans", "Turks", "Surinaams", "Antilliaans", "Moluks"],
    "pl": ["polska", "śląska", "kaszubska", "ukraińska", "białoruska", "romska", "łemkowska"],
    "ja": ["大和", "アイヌ", "琉球", "在日韓国人", "在日中国人"],
    "ko": ["한민족", "조선족", "고려인", "화교", "베트남계"],
}
RELIGION = {
    "en": ["Christian", "Catholic", "Muslim", "Jewish", "Hindu", "Buddhist", "Atheist", "None / agnostic", "Sikh"],
    "zh": ["佛教", "道教", "伊斯兰教", "基督教", "天主教", "无宗教信仰"],
    "ru": ["православие", "ислам", "буддизм", "иудаизм", "католицизм", "атеист", "старообрядчество"],
    "kk": ["ислам", "православие", "христиан", "атеист", "буддизм"],
    "uk": ["православ'я (ПЦУ)", "греко-католицизм", "римо-католицизм", "протестантизм", "іслам", "атеїзм"],
    "tr": ["İslam", "Sünni", "Alevi", "Hristiyan", "Yahudi", "Ateist"],
    "ar": ["مسلم", "مسلم سني", "مسلم شيعي", "مسيحي", "قبطي", "درزي"],
    "fa": ["اسلام - شیعه", "اسلام - سنی", "مسیحی", "زرتشتی", "کلیمی", "بهائی"],
    "hi": ["हिन्दू", "मुस्लिम", "सिख", "ईसाई", "जैन", "बौद्ध"],
    "id": ["Islam", "Kristen Protestan", "Katolik", "Hindu", "Buddha", "Konghucu"],
    "ms": ["Islam", "Buddha", "Hindu", "Kristian", "Sikh", "Tiada agama"],
    "vi": ["Phật giáo", "Công giáo", "Cao Đài", "Hòa Hảo", "Tin Lành", "Không"],
    "es": ["Católica", "Evangélica", "Musulmana", "Judía", "Ninguna", "Testigo de Jehová"],
    "pt": ["Católica", "Evangélica", "Espírita", "Umbanda", "Candomblé", "Sem religião"],
    "fr": ["Catholique", "Musulmane", "Protestante", "Juive", "Bouddhiste", "Sans religion"],
    "de": ["römisch-katholisch", "evangelisch", "islamisch", "jüdisch", "konfessionslos", "orthodox"],
    "it": ["Cattolica", "Ortodossa", "Musulmana", "Valdese", "Ebraica", "Nessuna"],
    "nl": ["Rooms-katholiek", "Protestants (PKN)", "Islamitisch", "Hindoeïstisch", "Geen", "Joods"],
    "pl": ["rzymskokatolickie", "prawosławne", "ewangelicko-augsburskie", "Świadkowie Jehowy", "bezwyznaniowy"],
    "ja": ["仏教", "神道", "キリスト教", "創価学会", "無宗教"],
    "ko": ["불교", "개신교", "천주교", "원불교", "무교"],
}
DIAGNOSIS = {
    "en": ["Type 2 diabetes mellitus", "Essential hypertension", "Major depressive disorder", "Asthma",
           "Chronic kidney disease stage 3", "HIV infection", "Migraine without aura", "Atrial fibrillation"],
    "zh": ["2型糖尿病", "高血压", "慢性乙型肝炎", "抑郁症", "支气管哮喘", "冠心病", "肺结核"],
    "ru": ["сахарный диабет 2 типа", "гипертоническая болезнь", "ишемическая болезнь сердца", "бронхиальная астма",
           "депрессивный эпизод", "туберкулёз лёгких"],
    "kk": ["қант диабеті", "гипертония", "туберкулез", "бронх демікпесі"],
    "uk": ["цукровий діабет 2 типу", "гіпертонічна хвороба", "бронхіальна астма", "депресивний розлад"],
    "tr": ["Tip 2 diabetes mellitus", "Esansiyel hipertansiyon", "Astım", "Majör depresif bozukluk", "KOAH"],
    "ar": ["داء السكري من النوع الثاني", "ارتفاع ضغط الدم", "الربو", "فقر الدم", "التهاب الكبد الوبائي"],
    "fa": ["دیابت نوع ۲", "فشار خون بالا", "آسم", "افسردگی", "کم خونی"],
    "hi": ["मधुमेह", "उच्च रक्तचाप", "तपेदिक", "दमा", "डेंगू"],
    "id": ["Diabetes melitus tipe 2", "Hipertensi", "Demam berdarah dengue", "TB paru", "Asma"],
    "ms": ["Kencing manis", "Darah tinggi", "Denggi", "Asma", "Batuk kering (TB)"],
    "vi": ["Đái tháo đường típ 2", "Tăng huyết áp", "Viêm gan B mạn", "Hen phế quản", "Sốt xuất huyết"],
    "es": ["Diabetes mellitus tipo 2", "Hipertensión arterial", "Asma bronquial", "Trastorno depresivo mayor",
           "Insuficiencia cardiaca"],
    "pt": ["Diabetes mellitus tipo 2", "Hipertensão arterial", "Dengue", "Asma", "Depressão", "Tuberculose"],
    "fr": ["Diabète de type 2", "Hypertension artérielle", "Asthme", "Épisode dépressif", "Insuffisance rénale"],
    "de": ["Diabetes mellitus Typ 2", "Essentielle Hypertonie", "Asthma bronchiale", "Depressive Episode",
           "Vorhofflimmern"],
    "it": ["Diabete mellito tipo 2", "Ipertensione essenziale", "Asma", "Depressione maggiore", "BPCO"],
    "nl": ["Diabetes mellitus type 2", "Hypertensie", "Astma", "Depressie", "COPD"],
    "pl": ["Cukrzyca typu 2", "Nadciśnienie tętnicze", "Astma oskrzelowa", "Depresja", "POChP"],
    "ja": ["2型糖尿病", "高血圧症", "気管支喘息", "うつ病", "脂質異常症"],
    "ko": ["제2형 당뇨병", "고혈압", "천식", "우울증", "위염"],
}
ICD = ["E11.9", "I10", "J45.909", "F32.1", "N18.3", "B20", "G43.009", "I48.91", "K21.9", "M54.5", "E78.5", "J44.1",
       "A15.0", "O24.4", "C50.912", "F41.1"]
MEDICATION = ["Metformin 500 mg", "Amlodipine 5mg", "Salbutamol inhaler", "Sertraline 50 mg", "Atorvastatin 20mg",
              "Insulin glargine 100 U/ml", "Levothyroxine 75 mcg", "Omeprazole 20 mg", "Tenofovir/emtricitabine",
              "Warfarin 5 mg", "Lisinopril 10mg"]
ALLERGY = ["penicillin", "peanuts", "latex", "sulfa drugs", "none known", "shellfish", "aspirin", "pollen; dust mites"]
BLOOD = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", "O Rh+", "A Rh-"]

MALAY_FIRST = ["Ahmad", "Nurul Aina", "Muhammad Hafiz", "Siti Aminah", "Mohd Faizal", "Nur Izzati", "Azlan",
               "Farah", "Lim Wei", "Tan Mei Ling", "Rajesh", "Kavitha"]
MALAY_LAST = ["bin Ismail", "binti Hassan", "bin Abdullah", "binti Osman", "bin Yusof", "a/l Subramaniam",
              "a/p Muniandy", "Chong", "Wong"]
MALAY_PLACE = ["Kuala Lumpur", "Shah Alam", "Johor Bahru", "Ipoh", "Kuching", "Kota Kinabalu", "Petaling Jaya"]

CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһ",
               ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "a",
                "gh", "q", "ng", "o", "u", "u", "h"], strict=True))


def translit(s: str) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        t = CYR.get(lo, ch)
        out.append(t.capitalize() if ch != lo and t else t)
    return "".join(out)


@dataclass
class Gen:
    """A table's random state: one Faker per table (seeded), one stdlib RNG, the table's language."""

    seed: int
    lang: str
    r: random.Random = field(init=False)
    f: Faker = field(init=False)
    region: str = field(init=False)
    person: Person | None = field(init=False)

    def __post_init__(self) -> None:
        self.r = random.Random(self.seed)
        locs = LOCALE[self.lang]
        self.f = Faker(locs[self.seed % len(locs)])
        self.f.seed_instance(self.seed)
        self.region = REGION[self.lang]
        self.person = Person(Locale.KK, seed=self.seed) if self.lang == "kk" else None

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def pick(self, xs: Sequence[Any]) -> Any:
        return xs[self.r.randrange(len(xs))]

    def born(self) -> dt.date:
        return dt.date(1938, 1, 1) + dt.timedelta(days=self.r.randrange(0, 70 * 365))

    def when(self) -> dt.datetime:
        return dt.datetime(2021, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=self.r.randrange(0, 4 * 365 * 86400))


# ---- names ----


VI_FIRST = ["Anh", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh",
            "Long", "Minh", "Nam", "Ngọc", "Phương", "Quân", "Thảo", "Trang", "Tuấn", "Vy", "Thị Mai", "Văn Đức"]
TR_MAH = ["Atatürk", "Cumhuriyet", "Yenişehir", "Bahçelievler", "Kızılay", "Fatih", "Merkez"]
TR_CITY = ["Çankaya/Ankara", "Kadıköy/İstanbul", "Bornova/İzmir", "Nilüfer/Bursa", "Seyhan/Adana", "Selçuklu/Konya"]


def _first(g: Gen) -> str:
    if g.lang == "vi":
        return str(g.pick(VI_FIRST))
    if g.person:
        return str(g.person.first_name())
    if g.lang == "ms":
        return str(g.pick(MALAY_FIRST))
    return str(g.f.first_name())


def _last(g: Gen) -> str:
    if g.person:
        return str(g.person.last_name())
    if g.lang == "ms":
        return str(g.pick(MALAY_LAST))
    return str(g.f.last_name())


def name_full(g: Gen) -> str:
    if g.person:
        return str(g.person.full_name())
    if g.lang == "ms":
        return f"{g.pick(MALAY_FIRST)} {g.pick(MALAY_LAST)}"
    if g.lang in ("ru", "uk") and g.r.random() < 0.5:
        mid = g.f.middle_name() if hasattr(g.f, "middle_name") else ""
        return f"{g.f.last_name()} {g.f.first_name()} {mid}".strip()
    return str(g.f.name())


def name_upper(g: Gen) -> str:
    return name_full(g).upper()


def name_latin(g: Gen) -> str:
    """A name in Latin letters: pinyin / romaji / transliterated Cyrillic."""
    if g.lang in ("zh", "ja"):
        return str(g.f.romanized_name())
    return translit(name_full(g))


def name_last_first(g: Gen) -> str:
    return f"{_last(g).upper()}, {_first(g)}"


def name_kana(g: Gen) -> str:
    return str(g.f.kana_name()) if g.lang == "ja" else name_full(g)


# ---- national ids (valid check digits) ----


def _until(g: Gen, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    for _ in range(500):
        v = make()
        if ok(v):
            return v
    raise RuntimeError("no valid number generated")


def _kz_iin(g: Gen) -> str:
    def make() -> str:
        b = g.born()
        cent = (3 if b.year < 2000 else 5) + g.r.randrange(2)
        body = b.strftime("%y%m%d") + str(cent) + g.digits(4)
        d = [int(c) for c in body]
        c = sum(x * w for x, w in zip(d, range(1, 12), strict=True)) % 11
        if c == 10:
            c = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=True)) % 11
        return body + str(c) if c < 10 else ""

    return _until(g, make, bool)


def _ua_rnokpp(g: Gen) -> str:
    body = g.digits(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11 % 10)


def _ir_melli(g: Gen) -> str:
    body = g.digits(9)
    s = sum(int(body[i]) * (10 - i) for i in range(9)) % 11
    return body + str(s if s < 2 else 11 - s)


def _sa_id(g: Gen) -> str:
    body = g.pick("12") + g.digits(8)
    return str(body) + str(luhn.calc_check_digit(body))


def natid(g: Gen) -> str:
    L = g.lang  # noqa: N806
    if L == "zh":
        return _until(g, lambda: _cn(g), ric.is_valid)
    if L == "ru":
        return _until(g, lambda: (b := g.digits(10)) + inn.calc_personal_check_digits(b), inn.is_valid)
    if L == "kk":
        return _kz_iin(g)
    if L == "uk":
        return _ua_rnokpp(g)
    if L == "tr":
        return _until(g, lambda: (b := str(g.r.randrange(1, 10)) + g.digits(8)) + tckimlik.calc_check_digits(b),
                      tckimlik.is_valid)
    if L == "ar":
        return _sa_id(g)
    if L == "fa":
        return _ir_melli(g)
    if L == "hi":
        return _until(g, lambda: (b := str(g.r.randrange(2, 10)) + g.digits(10)) + verhoeff.calc_check_digit(b),
                      aadhaar.is_valid)
    if L == "id":
        def mk_nik() -> str:
            b = g.born()
            day = b.day + (40 if g.r.random() < 0.5 else 0)
            return "3" + str(g.r.randrange(1, 6)) + g.digits(4) + f"{day:02d}{b:%m%y}" + g.digits(4)
        return _until(g, mk_nik, nik.is_valid)
    if L == "ms":
        return _until(g, lambda: f"{g.born():%y%m%d}-{g.pick(['01', '10', '14', '08', '12'])}-{g.digits(4)}",
                      nric.is_valid)
    if L == "vi":
        return f"0{g.r.randrange(1, 97):02d}{g.r.randrange(0, 4)}{g.digits(2)}{g.digits(6)}"
    if L == "es":
        b = g.digits(8)
        return b + dni.calc_check_digit(b)
    if L == "pt":
        return _until(g, lambda: (b := g.digits(9)) + cpf._calc_check_digits(b), cpf.is_valid)
    if L == "fr":
        def mk_nir() -> str:
            b = g.born()
            body = f"{g.r.randrange(1, 3)}{b:%y%m}{g.r.randrange(1, 96):02d}{g.digits(3)}{g.digits(3)}"
            return body + nir.calc_check_digits(body)
        return _until(g, mk_nir, nir.is_valid)
    if L == "de":
        return _until(g, lambda: (b := str(g.r.randrange(1, 10)) + g.digits(9)) + mod_11_10.calc_check_digit(b),
                      idnr.is_valid)
    if L == "it":
        return _until(g, lambda: _it_cf(g), codicefiscale.is_valid)
    if L == "nl":
        return _until(g, lambda: g.digits(9), lambda v: bsn.is_valid(v) and v[0] != "0")
    if L == "pl":
        def mk_pesel() -> str:
            b = g.born()
            m = b.month + (20 if b.year >= 2000 else 0)
            body = f"{b:%y}{m:02d}{b:%d}{g.digits(4)}"
            return body + pesel.calc_check_digit(body)
        return _until(g, mk_pesel, pesel.is_valid)
    if L == "ja":
        return _until(g, lambda: (b := g.digits(11)) + mynumber.calc_check_digit(b), mynumber.is_valid)
    if L == "ko":
        def mk_rrn() -> str:
            b = g.born()
            body = f"{b:%y%m%d}{(1 if b.year < 2000 else 3) + g.r.randrange(2)}{g.digits(5)}"
            return body + rrn.calc_check_digit(body)
        return _until(g, mk_rrn, rrn.is_valid)
    return _until(g, lambda: f"{g.r.randrange(100, 900)}{g.digits(2)}{g.digits(4)}",
                  lambda v: ssn.is_valid(v) and v[:3] not in ("666",))


def _cn(g: Gen) -> str:
    b = g.born()
    body = f"{g.pick(['110101', '310104', '440305', '510107', '420102', '330106'])}{b:%Y%m%d}{g.digits(3)}"
    return body + ric.calc_check_digit(body)


def _it_cf(g: Gen) -> str:
    b = g.born()
    months = "ABCDEHLMPRST"
    cons = "BCDFGHLMNPRSTVZ"
    body = ("".join(g.pick(cons) for _ in range(6)) + f"{b:%y}" + months[b.month - 1]
            + f"{b.day + (40 if g.r.random() < 0.5 else 0):02d}" + g.pick("ABCDEFGHLM") + g.digits(3))
    return str(body) + str(codicefiscale.calc_check_digit(body))


def natid_formatted(g: Gen) -> str:
    v = natid(g)
    L = g.lang  # noqa: N806
    if L == "pt":
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if L == "en":
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if L == "ko":
        return f"{v[:6]}-{v[6:]}"
    if L == "fr":
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if L == "hi":
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    return v


def natid_float(g: Gen) -> Any:
    """A numeric id exported as a float by a spreadsheet (digits only ids)."""
    v = natid(g)
    return float(v) if v.isdigit() and v[0] != "0" and len(v) <= 15 else v


def passport(g: Gen) -> str:
    pre = {"ru": "", "zh": "E", "de": "C", "fr": "", "en": "", "tr": "U", "ko": "M", "ja": "TK"}.get(g.lang, "")
    if g.lang == "ru":
        return f"{g.digits(2)} {g.digits(2)} {g.digits(6)}"
    if g.lang == "fr":
        return f"{g.digits(2)}{''.join(g.pick(string.ascii_uppercase) for _ in range(2))}{g.digits(5)}"
    return pre + g.digits(9 - len(pre) + 1 if pre else 9)


# ---- dates of birth ----


def birth_iso(g: Gen) -> str:
    return g.born().isoformat()


def birth_local(g: Gen) -> str:
    b = g.born()
    if g.lang in ("en",):
        return f"{b.month}/{b.day}/{b.year}"
    if g.lang in ("zh", "ja"):
        return f"{b.year}年{b.month}月{b.day}日"
    if g.lang == "ko":
        return f"{b:%Y.%m.%d}"
    if g.lang in ("ru", "uk", "kk", "de", "pl", "tr"):
        return f"{b:%d.%m.%Y}"
    return f"{b:%d/%m/%Y}"


def birth_date(g: Gen) -> Date:
    b = g.born()
    return Date(dt.datetime(b.year, b.month, b.day, tzinfo=dt.UTC))


def birth_compact(g: Gen) -> int:
    return int(f"{g.born():%Y%m%d}")


def birth_year(g: Gen) -> int:
    return g.born().year


def birth_excel(g: Gen) -> str:
    return f"{g.born():%Y-%m-%d} 00:00:00"


# ---- phones ----


def _phone_obj(g: Gen) -> phonenumbers.PhoneNumber:
    ex = phonenumbers.example_number_for_type(g.region, phonenumbers.PhoneNumberType.MOBILE)
    assert ex is not None
    nsn = str(ex.national_number)
    for _ in range(200):
        cand = nsn[:3] + g.digits(len(nsn) - 3)
        n = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n):
            return n
    return ex


def phone_local(g: Gen) -> str:
    return phonenumbers.format_number(_phone_obj(g), phonenumbers.PhoneNumberFormat.NATIONAL)


def phone_intl(g: Gen) -> str:
    return phonenumbers.format_number(_phone_obj(g), phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_e164(g: Gen) -> str:
    return phonenumbers.format_number(_phone_obj(g), phonenumbers.PhoneNumberFormat.E164)


def phone_float(g: Gen) -> float:
    n = _phone_obj(g)
    return float(f"{n.country_code}{n.national_number}" if g.r.random() < 0.6 else str(n.national_number))


def phone_digits(g: Gen) -> str:
    n = _phone_obj(g)
    return f"{n.country_code}{n.national_number}"


def phone_list(g: Gen) -> list[str]:
    return [phone_intl(g) for _ in range(g.r.randrange(1, 4))]


def phone_faker(g: Gen) -> str:
    return str(g.f.phone_number())


def phone_dashed(g: Gen) -> str:
    n = str(_phone_obj(g).national_number)
    return f"8-{n[:3]}-{n[3:6]}-{n[6:]}"


# ---- e-mail ----


def email(g: Gen) -> str:
    return str(g.f.email())


def email_upper(g: Gen) -> str:
    return str(g.f.email()).upper()


def email_named(g: Gen) -> str:
    user = translit(_first(g)).lower().replace(" ", ".") or "user"
    user = "".join(c for c in user if c.isascii() and (c.isalnum() or c in "._")) or f"u{g.digits(4)}"
    host = g.pick(["gmail.com", "mail.ru", "yandex.kz", "qq.com", "163.com", "yahoo.co.jp", "naver.com", "outlook.com",
                   "web.de", "libero.it", "wp.pl", "hotmail.fr", "uol.com.br"])
    return f"{user}{g.r.randrange(1, 999)}@{host}"


# ---- addresses ----


AR_STREET = ["الملك فهد", "العليا", "التحلية", "الأمير سلطان", "الستين", "المدينة المنورة"]
AR_DISTRICT = ["النخيل", "الروضة", "السليمانية", "الملز", "الحمراء", "الشاطئ"]
AR_CITY = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها"]


def address_full(g: Gen) -> str:
    if g.lang == "tr":
        return (f"{g.pick(TR_MAH)} Mah. {g.r.randrange(1, 3000)}. Sok. No:{g.r.randrange(1, 90)} "
                f"D:{g.r.randrange(1, 30)}\n"
                f"{g.r.randrange(1000, 81999):05d} {g.pick(TR_CITY)}")
    if g.lang == "ar":
        return (f"{g.r.randrange(1000, 9999)} شارع {g.pick(AR_STREET)}، حي {g.pick(AR_DISTRICT)}\n"
                f"{g.pick(AR_CITY)} {g.r.randrange(11000, 35000)}")
    if g.lang == "ms":
        jalan = g.pick(["Ampang", "Bukit Bintang", "Tun Razak", "SS2/24", "Meru"])
        return f"No. {g.r.randrange(1, 200)}, Jalan {jalan}, {g.r.randrange(10000, 99999)} {g.pick(MALAY_PLACE)}"
    return str(g.f.address())


def address_oneline(g: Gen) -> str:
    return address_full(g).replace("\n", ", ")


def address_upper(g: Gen) -> str:
    return address_oneline(g).upper()


def street(g: Gen) -> str:
    if g.lang == "tr":
        return f"{g.pick(TR_MAH)} Mah. {g.r.randrange(1, 3000)}. Sok. No:{g.r.randrange(1, 90)}"
    if g.lang == "ar":
        return f"{g.r.randrange(1000, 9999)} شارع {g.pick(AR_STREET)}"
    if g.lang == "ms":
        return f"{g.r.randrange(1, 200)} Jalan {g.pick(['Ampang', 'Meru', 'Kenari 3'])}"
    return str(g.f.street_address())


def street_caps_us(g: Gen) -> str:
    name = g.pick(["1ST", "2ND", "MAIN", "OAK", "MAPLE", "ELM", "PARK"])
    return f"{g.r.randrange(1, 9999)} {name} {g.pick(['STREET', 'AVE', 'RD', 'BLVD', 'LN'])}"


def postcode(g: Gen) -> str:
    if g.lang == "ms":
        return str(g.r.randrange(10000, 99999))
    return str(g.f.postcode())


def address_line2(g: Gen) -> str:
    return str(g.pick([f"Apt {g.r.randrange(1, 400)}", f"Suite {g.r.randrange(100, 999)}",
                       f"Flat {g.r.randrange(1, 40)}B", f"кв. {g.r.randrange(1, 300)}",
                       f"{g.r.randrange(1, 30)}F-{g.r.randrange(1, 9)}号室",
                       f"Bloco {g.r.randrange(1, 9)}, ap. {g.r.randrange(11, 99)}"]))


def house_no(g: Gen) -> str:
    return str(g.f.building_number())


# ---- coordinates ----


def _lat(g: Gen) -> float:
    return round(CENTRE[g.region][0] + g.r.uniform(-3, 3), g.r.choice([4, 5, 6]))


def _lon(g: Gen) -> float:
    return round(CENTRE[g.region][1] + g.r.uniform(-3, 3), g.r.choice([4, 5, 6]))


def lat(g: Gen) -> float:
    return _lat(g)


def lon(g: Gen) -> float:
    return _lon(g)


def lat_str(g: Gen) -> str:
    v = _lat(g)
    return f"{abs(v):.6f}° {'N' if v >= 0 else 'S'}"


def lon_str(g: Gen) -> str:
    v = _lon(g)
    return f"{abs(v):.6f}° {'E' if v >= 0 else 'W'}"


def lonlat(g: Gen) -> list[float]:
    return [_lon(g), _lat(g)]


def latlon_text(g: Gen) -> str:
    return f"{_lat(g)},{_lon(g)}"


def geojson(g: Gen) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [_lon(g), _lat(g)]}


# ---- network / device ----


def ipv4(g: Gen) -> str:
    return str(g.f.ipv4_public())


def ipv4_any(g: Gen) -> str:
    return str(g.f.ipv4_private()) if g.r.random() < 0.3 else str(g.f.ipv4_public())


def ipv6(g: Gen) -> str:
    return str(g.f.ipv6())


def ip_xff(g: Gen) -> str:
    return ", ".join(str(g.f.ipv4_public()) for _ in range(g.r.randrange(1, 3)))


def imei(g: Gen) -> str:
    body = g.pick(["35", "86", "01", "99", "35"]) + g.digits(12)
    return str(body) + str(luhn.calc_check_digit(body))


def imei_float(g: Gen) -> float:
    return float(imei(g).lstrip("0") or "0")


def mac(g: Gen) -> str:
    octs = [g.r.randrange(256) for _ in range(6)]
    style = g.r.randrange(3)
    if style == 0:
        return ":".join(f"{o:02x}" for o in octs)
    if style == 1:
        return "-".join(f"{o:02X}" for o in octs)
    return ".".join(f"{octs[i]:02x}{octs[i + 1]:02x}" for i in (0, 2, 4))


def ad_id(g: Gen) -> str:
    u = str(uuid.UUID(int=g.r.getrandbits(128), version=4))
    return u.upper() if g.r.random() < 0.5 else u


def android_id(g: Gen) -> str:
    return g.hexs(16)


def push_token(g: Gen) -> str:
    alnum = string.ascii_letters + string.digits + "-_"
    return "".join(g.pick(alnum) for _ in range(22)) + ":APA91b" + "".join(g.pick(alnum) for _ in range(134))


def device_serial(g: Gen) -> str:
    tail = "".join(g.pick(string.ascii_uppercase + string.digits) for _ in range(9))
    return str(g.pick(["C02", "F2L", "DMP", "R58", "SN-"])) + tail


# ---- money ----


def card(g: Gen) -> str:
    pre, n = g.pick([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("62", 16), ("35", 16),
                     ("2200", 16), ("9792", 16)])
    body = pre + g.digits(n - len(pre) - 1)
    return str(body) + str(luhn.calc_check_digit(body))


def card_spaced(g: Gen) -> str:
    c = card(g)
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def card_long(g: Gen) -> Long:
    return Long(int(card(g)))


def _bban(g: Gen, spec: str) -> str:
    out = []
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[ch]
        out.append("".join(g.pick(pool) for _ in range(int(num))))
        num = ""
    return "".join(out)


def iban(g: Gen) -> str:
    cc = IBAN_CC[g.lang] if g.r.random() < 0.8 else g.pick(sorted(BBAN))

    def make() -> str:
        b = _bban(g, BBAN[cc])
        if cc == "ES":  # the national CCC check digits sit inside the BBAN
            b = b[:8] + ccc.calc_check_digits(b[:8] + "00" + b[10:]) + b[10:]
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b

    return _until(g, make, std_iban.is_valid)


def iban_spaced(g: Gen) -> str:
    v = iban(g)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


# ---- special categories ----


def ethnicity(g: Gen) -> str:
    return str(g.pick(ETHNICITY[g.lang]))


def ethnicity_code(g: Gen) -> str:
    return str(g.pick(["W", "B", "A", "H", "I", "O", "W", "W", "B"]))


def ethnicity_num(g: Gen) -> int:
    return int(g.pick([1, 2, 3, 4, 5, 6, 1, 1, 2]))


def ethnicity_en(g: Gen) -> str:
    return str(g.pick(ETHNICITY["en"]))


def religion(g: Gen) -> str:
    return str(g.pick(RELIGION[g.lang]))


def religion_code(g: Gen) -> str:
    return str(g.pick(["CHR", "MUS", "HIN", "BUD", "JEW", "NON", "OTH", "CHR"]))


def diagnosis(g: Gen) -> str:
    return str(g.pick(DIAGNOSIS[g.lang]))


def icd(g: Gen) -> str:
    return str(g.pick(ICD))


def icd_list(g: Gen) -> list[str]:
    return [str(g.pick(ICD)) for _ in range(g.r.randrange(1, 4))]


def medication(g: Gen) -> str:
    return str(g.pick(MEDICATION))


def allergy(g: Gen) -> str:
    return str(g.pick(ALLERGY))


def blood(g: Gen) -> str:
    return str(g.pick(BLOOD))


def bp(g: Gen) -> str:
    return f"{g.r.randrange(95, 185)}/{g.r.randrange(55, 110)}"


def glucose(g: Gen) -> float:
    return round(g.r.uniform(3.6, 14.5), 1)


def bmi(g: Gen) -> float:
    return round(g.r.uniform(16.5, 42.0), 1)


def covid(g: Gen) -> str:
    return str(g.pick(["positive", "negative", "Positive", "NEGATIVE", "inconclusive"]))


def yes_no(g: Gen) -> str:
    return str(g.pick(["Y", "N", "N", "N"]))


def health_bool(g: Gen) -> bool:
    return g.r.random() < 0.25


def hba1c(g: Gen) -> str:
    return f"{g.r.uniform(4.5, 11.0):.1f} %"


def hiv_status(g: Gen) -> str:
    return str(g.pick(["negative", "positive", "unknown", "negative"]))


# ---- biometric ----


def _vec(g: Gen, n: int) -> list[float]:
    v = [g.r.gauss(0, 1) for _ in range(n)]
    norm = sum(x * x for x in v) ** 0.5
    return [round(x / norm, 6) for x in v]


def face128(g: Gen) -> list[float]:
    return _vec(g, 128)


def face512(g: Gen) -> list[float]:
    return _vec(g, 512)


def face_bin(g: Gen) -> Bin:
    return Bin(struct.pack("<128f", *_vec(g, 128)))


def face_b64(g: Gen) -> str:
    return base64.b64encode(struct.pack("<512f", *_vec(g, 512))).decode()


def face_text(g: Gen) -> str:
    return " ".join(f"{x:.5f}" for x in _vec(g, 128))


# ---- secrets ----

B64 = string.ascii_letters + string.digits + "./"


def bcrypt(g: Gen) -> str:
    return f"$2{g.pick(['a', 'b', 'y'])}$1{g.r.randrange(0, 3)}$" + "".join(g.pick(B64) for _ in range(53))


def argon2(g: Gen) -> str:
    def b(n: int) -> str:
        return base64.b64encode(g.r.randbytes(n)).decode().rstrip("=")
    return f"$argon2id$v=19$m=65536,t=3,p=4${b(16)}${b(32)}"


def pbkdf2(g: Gen) -> str:
    salt = "".join(g.pick(string.ascii_letters + string.digits) for _ in range(22))
    return f"pbkdf2_sha256$600000${salt}${base64.b64encode(g.r.randbytes(32)).decode()}"


def sha_pw(g: Gen) -> str:
    return hashlib.sha256(g.r.randbytes(16)).hexdigest()


def md5_salted(g: Gen) -> str:
    return hashlib.md5(g.r.randbytes(16)).hexdigest() + ":" + g.hexs(8)


def plain_pw(g: Gen) -> str:
    return str(g.f.password(length=g.r.randrange(8, 16)))


def api_key(g: Gen) -> str:
    alnum = string.ascii_letters + string.digits
    pre = g.pick(["sk_live_", "sk_test_", "ghp_", "xoxb-", "AIza", "key-", ""])
    return str(pre) + "".join(g.pick(alnum) for _ in range(g.pick([24, 32, 36, 40])))


def jwt(g: Gen) -> str:
    def enc(o: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    head = enc({"alg": "HS256", "typ": "JWT"})
    body = enc({"sub": g.digits(8), "iat": 1700000000 + g.r.randrange(10**7), "scope": "user"})
    return f"{head}.{body}.{base64.urlsafe_b64encode(g.r.randbytes(32)).decode().rstrip('=')}"


def reset_token(g: Gen) -> str:
    return base64.urlsafe_b64encode(g.r.randbytes(32)).decode().rstrip("=")


def aws_secret(g: Gen) -> str:
    return "".join(g.pick(string.ascii_letters + string.digits + "/+") for _ in range(40))


def totp_seed(g: Gen) -> str:
    return base64.b32encode(g.r.randbytes(20)).decode()


# ---- non-personal values (hard negatives among them) ----


def oid(g: Gen) -> Oid:
    return Oid(f"{0x60000000 + g.r.randrange(0x10000000):08x}" + g.hexs(16))


def rec_uuid(g: Gen) -> str:
    return str(uuid.UUID(int=g.r.getrandbits(128), version=4))


def seq(g: Gen) -> int:
    return g.r.randrange(1, 10**6)


def code(g: Gen) -> str:
    return f"{g.pick(string.ascii_uppercase)}{g.pick(string.ascii_uppercase)}-{g.digits(5)}"


def sku(g: Gen) -> str:
    return f"SKU-{g.digits(6)}-{g.pick(['S', 'M', 'L', 'XL'])}"


def ts(g: Gen) -> Date:
    return Date(g.when())


def ts_iso(g: Gen) -> str:
    return g.when().strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_epoch(g: Gen) -> int:
    return int(g.when().timestamp())


def ts_ms(g: Gen) -> Long:
    return Long(int(g.when().timestamp() * 1000))


def day(g: Gen) -> str:
    return g.when().date().isoformat()


def day_local(g: Gen) -> str:
    d = g.when().date()
    return f"{d:%d.%m.%Y}" if g.lang in ("ru", "de", "pl", "tr", "uk", "kk") else f"{d:%d/%m/%Y}"


def money(g: Gen) -> float:
    return round(g.r.uniform(1, 5000), 2)


def money_str(g: Gen) -> str:
    return f"{g.r.uniform(1, 900):.2f} {g.pick(['EUR', 'USD', 'TRY', 'RUB', 'KZT', 'CNY', 'JPY', 'IDR'])}"


def qty(g: Gen) -> int:
    return g.r.randrange(0, 500)


def small(g: Gen) -> int:
    return g.r.randrange(0, 10)


def ratio(g: Gen) -> float:
    return round(g.r.random(), 4)


def rating(g: Gen) -> float:
    return round(g.r.uniform(1, 5), 1)


def pct(g: Gen) -> str:
    return f"{g.r.uniform(0, 100):.1f}%"


def age(g: Gen) -> int:
    return g.r.randrange(1, 95)


def gender(g: Gen) -> str:
    pool = ["M", "F", "male", "female", "1", "2", "Ж", "М", "男", "女"]
    return str(g.pick(pool[: (4 if g.lang not in ("ru", "zh") else 10)]))


def bool_(g: Gen) -> bool:
    return g.r.random() < 0.5


def city(g: Gen) -> str:
    if g.lang == "ms":
        return str(g.pick(MALAY_PLACE))
    return str(g.f.city())


def region(g: Gen) -> str:
    return str(g.pick(["north", "south", "east", "west", "central", "NE", "SW"]))


def country(g: Gen) -> str:
    return str(g.f.country_code())


def country_name(g: Gen) -> str:
    return str(g.f.country())


def status(g: Gen) -> str:
    return str(g.pick(["active", "pending", "closed", "ACTIVE", "cancelled", "done", "failed"]))


def code_wb(g: Gen) -> str:
    """A one-letter code that is not a race (shift, grade, wash cycle...)."""
    return str(g.pick(["W", "B", "D", "N", "A", "C"]))


def code12(g: Gen) -> int:
    return int(g.pick([1, 2, 3]))


def company(g: Gen) -> str:
    return str(g.f.company())


def company_taxno(g: Gen) -> str:
    if g.lang == "ru":
        b = g.digits(9)
        return b + inn.calc_company_check_digit(b)
    return g.digits(2) + "-" + g.digits(7)


def product(g: Gen) -> str:
    return str(g.pick(["Wireless mouse", "咖啡机", "Чайник", "Kahve makinesi", "Laptop stand 15\"", "USB-C Kabel 2m",
                       "Nasi goreng paste", "Bolsa térmica", "Crème hydratante", "양말 5켤레"]))


def word(g: Gen) -> str:
    return str(g.f.word())


def sentence(g: Gen) -> str:
    return str(g.f.sentence(nb_words=8))


def job(g: Gen) -> str:
    return str(g.f.job())


def username(g: Gen) -> str:
    return str(g.f.user_name())


def url(g: Gen) -> str:
    return str(g.f.url())


def domain(g: Gen) -> str:
    return str(g.f.domain_name())


def hostname(g: Gen) -> str:
    env = g.pick(["prod", "stg", "eu1", "ap2"])
    return f"{g.pick(['web', 'db', 'node', 'edge', 'api'])}-{g.r.randrange(1, 40):02d}.{env}.internal"


def port(g: Gen) -> int:
    return int(g.pick([80, 443, 8080, 5432, 27017, 6379, 1883, 9200]))


def netmask(g: Gen) -> str:
    return str(g.pick(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0"]))


def cidr(g: Gen) -> str:
    return f"10.{g.r.randrange(256)}.{g.r.randrange(256)}.0/{g.pick([16, 20, 24])}"


def user_agent(g: Gen) -> str:
    return str(g.f.user_agent())


def sha256_file(g: Gen) -> str:
    return hashlib.sha256(g.r.randbytes(32)).hexdigest()


def git_sha(g: Gen) -> str:
    return g.hexs(40)


def semver(g: Gen) -> str:
    return f"{g.r.randrange(0, 5)}.{g.r.randrange(0, 20)}.{g.r.randrange(0, 30)}"


def sensor_id(g: Gen) -> str:
    return f"s{g.r.randrange(0, 100)}"


def temp(g: Gen) -> float:
    return round(g.r.uniform(-25, 42), 2)


def temp_unit(g: Gen) -> str:
    return f"{g.r.uniform(-10, 40):.1f} °C"


def float_artefact(g: Gen) -> float:
    return float(g.r.randrange(10**5, 10**9))


def altitude(g: Gen) -> float:
    return round(g.r.uniform(0, 3500), 1)


def bearing(g: Gen) -> int:
    return g.r.randrange(0, 360)


def grid_xy(g: Gen) -> int:
    return g.r.randrange(0, 4096)


def zoom(g: Gen) -> int:
    return g.r.randrange(0, 19)


def rate(g: Gen) -> float:
    return round(g.r.uniform(0.005, 150), 6)


def currency(g: Gen) -> str:
    return str(g.pick(["EUR", "USD", "TRY", "RUB", "KZT", "CNY", "JPY", "IDR", "BRL", "INR"]))


def bic(g: Gen) -> str:
    return str(g.f.swift(length=8))


def masked_card(g: Gen) -> str:
    return "************" + g.digits(4)


def card_brand(g: Gen) -> str:
    return str(g.pick(["visa", "mastercard", "amex", "unionpay", "mir", "troy", "jcb"]))


def expiry(g: Gen) -> str:
    return f"{g.r.randrange(1, 13):02d}/{g.r.randrange(25, 32)}"


def phone_model(g: Gen) -> str:
    return str(g.pick(["iPhone 14 Pro", "SM-G991B", "Redmi Note 12", "Pixel 7a", "HUAWEI P40", "OPPO A57"]))


def os_name(g: Gen) -> str:
    return str(g.pick(["Android 13", "iOS 17.2", "Android 11", "HarmonyOS 3"]))


def doc_embedding(g: Gen) -> list[float]:
    """A text embedding (384 floats): not biometric."""
    return [round(g.r.uniform(-0.2, 0.2), 5) for _ in range(384)]


def tsne(g: Gen) -> list[float]:
    return [round(g.r.uniform(-40, 40), 3), round(g.r.uniform(-40, 40), 3)]


def public_key(g: Gen) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(g.r.randbytes(32)).decode()[:43] + " deploy@ci"


def language(g: Gen) -> str:
    return str(g.pick(["ru", "kk", "en", "tr", "zh-CN", "ar", "pt-BR", "Русский", "Қазақша"]))


def marital(g: Gen) -> str:
    return str(g.pick(["single", "married", "divorced", "widowed", "S", "M"]))


def plate(g: Gen) -> str:
    up = "ABCEHKMOPTXY"
    return f"{g.pick(up)}{g.pick(up)}{g.digits(4)}{g.pick(up)}{g.pick(up)}"


def color(g: Gen) -> str:
    return str(g.f.color_name())


def vin(g: Gen) -> str:
    return "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def empty_note(g: Gen) -> str:
    return str(g.pick(["", "ok", "-", "см. выше", "n/a", "checked", "需要复核"]))


def price_int(g: Gen) -> int:
    return g.r.randrange(100, 100000)


def weekday(g: Gen) -> str:
    return str(g.pick(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]))


def duration(g: Gen) -> int:
    return g.r.randrange(1, 7200)


def distance_km(g: Gen) -> float:
    return round(g.r.uniform(0.3, 80), 2)


def level(g: Gen) -> str:
    return str(g.pick(["INFO", "WARN", "ERROR", "DEBUG"]))


def http_status(g: Gen) -> int:
    return int(g.pick([200, 200, 201, 204, 301, 400, 401, 404, 500]))


def grade(g: Gen) -> str:
    return str(g.pick(["A", "B+", "B", "C", "5", "4", "10/10", "Sangat Baik"]))


def room(g: Gen) -> str:
    return f"{g.r.randrange(1, 12)}{g.r.randrange(1, 40):02d}"


def nationality(g: Gen) -> str:
    return str(g.f.country_code())


def tile(g: Gen) -> str:
    z = g.r.randrange(0, 19)
    return f"{z}/{g.r.randrange(0, 2**z) if z else 0}/{g.r.randrange(0, 2**z) if z else 0}"


def species(g: Gen) -> str:
    return str(g.pick(["Quercus robur", "Pinus sylvestris", "Danio rerio", "E. coli K-12", "Arabidopsis thaliana"]))


def ph(g: Gen) -> float:
    return round(g.r.uniform(4, 9), 2)


def ethnic_group_agg(g: Gen) -> str:
    """The group dimension of an aggregate table (rows are groups, not people): not personal."""
    return str(g.pick(ETHNICITY["en"]))


def equipment_serial(g: Gen) -> str:
    """A lab analyser's or a capture station's serial: no person's device."""
    return device_serial(g)


def mongo_int_code(g: Gen) -> Long:
    return Long(g.r.randrange(10**9, 10**12))


P = "person.name"
KINDS: dict[str, tuple[str, Callable[[Gen], Any]]] = {
    "name": (P, name_full), "name_upper": (P, name_upper), "name_latin": (P, name_latin),
    "name_lf": (P, name_last_first), "first": (P, _first), "last": (P, _last), "name_kana": (P, name_kana),
    "natid": ("person.national_id", natid), "natid_fmt": ("person.national_id", natid_formatted),
    "natid_float": ("person.national_id", natid_float), "passport": ("person.national_id", passport),
    "birth_iso": ("person.birth_date", birth_iso), "birth_local": ("person.birth_date", birth_local),
    "birth_date": ("person.birth_date", birth_date), "birth_compact": ("person.birth_date", birth_compact),
    "birth_year": ("person.birth_date", birth_year), "birth_excel": ("person.birth_date", birth_excel),
    "phone_local": ("contact.phone", phone_local), "phone_intl": ("contact.phone", phone_intl),
    "phone_e164": ("contact.phone", phone_e164), "phone_float": ("contact.phone", phone_float),
    "phone_digits": ("contact.phone", phone_digits), "phone_list": ("contact.phone", phone_list),
    "phone_faker": ("contact.phone", phone_faker), "phone_dashed": ("contact.phone", phone_dashed),
    "email": ("contact.email", email), "email_upper": ("contact.email", email_upper),
    "email_named": ("contact.email", email_named),
    "address": ("contact.address", address_full), "address_1l": ("contact.address", address_oneline),
    "address_upper": ("contact.address", address_upper), "street": ("contact.address", street),
    "street_us": ("contact.address", street_caps_us), "postcode": ("contact.address", postcode),
    "addr2": ("contact.address", address_line2), "house_no": ("contact.address", house_no),
    "lat": ("location.coordinates", lat), "lon": ("location.coordinates", lon),
    "lat_str": ("location.coordinates", lat_str), "lon_str": ("location.coordinates", lon_str),
    "lonlat": ("location.coordinates", lonlat), "latlon_text": ("location.coordinates", latlon_text),
    "geojson": ("location.coordinates", geojson),
    "ipv4": ("network.ip_address", ipv4), "ipv4_any": ("network.ip_address", ipv4_any),
    "ipv6": ("network.ip_address", ipv6), "ip_xff": ("network.ip_address", ip_xff),
    "imei": ("device.identifier", imei), "imei_float": ("device.identifier", imei_float),
    "mac": ("device.identifier", mac), "ad_id": ("device.identifier", ad_id),
    "android_id": ("device.identifier", android_id), "push_token": ("device.identifier", push_token),
    "device_serial": ("device.identifier", device_serial),
    "card": ("financial.card_number", card), "card_spaced": ("financial.card_number", card_spaced),
    "card_long": ("financial.card_number", card_long),
    "iban": ("financial.iban", iban), "iban_spaced": ("financial.iban", iban_spaced),
    "ethnicity": ("special.ethnicity", ethnicity), "ethnicity_code": ("special.ethnicity", ethnicity_code),
    "ethnicity_num": ("special.ethnicity", ethnicity_num), "ethnicity_en": ("special.ethnicity", ethnicity_en),
    "religion": ("special.religion", religion), "religion_code": ("special.religion", religion_code),
    "diagnosis": ("special.health", diagnosis), "icd": ("special.health", icd),
    "icd_list": ("special.health", icd_list),
    "medication": ("special.health", medication), "allergy": ("special.health", allergy),
    "blood": ("special.health", blood), "bp": ("special.health", bp), "glucose": ("special.health", glucose),
    "bmi": ("special.health", bmi), "covid": ("special.health", covid), "health_yn": ("special.health", yes_no),
    "hiv": ("special.health", hiv_status), "health_bool": ("special.health", health_bool),
    "hba1c": ("special.health", hba1c),
    "face128": ("biometric.face_embedding", face128), "face512": ("biometric.face_embedding", face512),
    "face_bin": ("biometric.face_embedding", face_bin), "face_b64": ("biometric.face_embedding", face_b64),
    "face_text": ("biometric.face_embedding", face_text),
    "bcrypt": ("credential.secret", bcrypt), "argon2": ("credential.secret", argon2),
    "pbkdf2": ("credential.secret", pbkdf2), "sha_pw": ("credential.secret", sha_pw),
    "md5_salted": ("credential.secret", md5_salted), "plain_pw": ("credential.secret", plain_pw),
    "api_key": ("credential.secret", api_key), "jwt": ("credential.secret", jwt),
    "reset_token": ("credential.secret", reset_token), "aws_secret": ("credential.secret", aws_secret),
    "totp": ("credential.secret", totp_seed),
}
for _fn in (oid, rec_uuid, seq, code, sku, ts, ts_iso, ts_epoch, ts_ms, day, day_local, money, money_str, qty, small,
            ratio, rating, pct, age, gender, bool_, city, region, country, country_name, status, code_wb, code12,
            company, company_taxno, product, word, sentence, job, username, url, domain, hostname, port, netmask,
            cidr, user_agent, sha256_file, git_sha, semver, sensor_id, temp, temp_unit, float_artefact, altitude,
            bearing, grid_xy, zoom, rate, currency, bic, masked_card, card_brand, expiry, phone_model, os_name,
            doc_embedding, tsne, public_key, language, marital, plate, color, vin, empty_note, price_int, weekday,
            duration, distance_km, level, http_status, grade, room, nationality, tile, species, ph, mongo_int_code,
            ethnic_group_agg, equipment_serial):
    KINDS[_fn.__name__.rstrip("_")] = ("none", _fn)
