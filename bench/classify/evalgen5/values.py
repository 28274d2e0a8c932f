"""Value makers of evalgen5: concept -> (category, maker). Synthetic values only (Faker, mimesis,
python-stdnum check digits, this file's own vocabularies)."""

# ruff: noqa: E501 - tables of names, values and templates read best one entry a line

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import string
from collections.abc import Callable
from typing import Any

from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.br import cnpj, cpf
from stdnum.cn import ric, uscc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir, siren
from stdnum.id import nik
from stdnum.in_ import aadhaar, pan
from stdnum.iso7064 import mod_97_10
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.tr import tckimlik, vkn
from stdnum.ua import edrpou, rntrc
from stdnum.us import ssn

CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһ", "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i yi ye g a g k n o u u h".split(" "), strict=True))


def translit(s: str) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        if low in CYR:
            t = CYR[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


class Oid(str):
    """an ObjectId (24 hex)."""


class Long(int):
    """an integer written as $numberLong in Extended JSON."""


class Blob(bytes):
    """binary written as $binary in Extended JSON, base64 elsewhere."""


EMPTY = object()  # an absent key in JSON, an empty cell in CSV

# --------------------------------------------------------------------------- locale facts
LOC = {  # lang -> (faker locales, calling code, national id kind, iban countries)
    "en": (["en_US", "en_GB", "en_AU", "en_CA"], "1", "ssn", ["GB", "IE"]),
    "zh": (["zh_CN", "zh_TW"], "86", "ric", ["DE"]),
    "py": (["zh_CN"], "86", "ric", ["DE"]),
    "ru": (["ru_RU"], "7", "inn", ["KZ"]),
    "rl": (["ru_RU"], "7", "inn", ["KZ"]),
    "kk": (["ru_RU"], "7", "iin", ["KZ"]),
    "uk": (["uk_UA"], "380", "rntrc", ["UA"]),
    "tr": (["tr_TR"], "90", "tck", ["TR"]),
    "ar": (["ar_SA", "ar_EG", "ar_AE", "ar_JO"], "966", "arid", ["SA", "AE", "JO"]),
    "fa": (["fa_IR"], "98", "melli", ["IR"]),
    "hi": (["hi_IN", "en_IN"], "91", "aadhaar", ["DE"]),
    "hl": (["en_IN"], "91", "aadhaar", ["DE"]),
    "id": (["id_ID"], "62", "nik", ["NL"]),
    "ms": (["en_MS"], "60", "nric", ["NL"]),
    "vi": (["vi_VN"], "84", "cccd", ["FR"]),
    "es": (["es_ES", "es_MX", "es_AR", "es_CO"], "34", "dni", ["ES"]),
    "pt": (["pt_BR", "pt_PT"], "55", "cpf", ["PT", "BR"]),
    "fr": (["fr_FR", "fr_BE"], "33", "nir", ["FR", "BE"]),
    "de": (["de_DE", "de_AT", "de_CH"], "49", "idnr", ["DE", "AT", "CH"]),
    "it": (["it_IT"], "39", "cf", ["IT"]),
    "nl": (["nl_NL", "nl_BE"], "31", "bsn", ["NL", "BE"]),
    "pl": (["pl_PL"], "48", "pesel", ["PL"]),
    "ja": (["ja_JP"], "81", "mynumber", ["DE"]),
    "ko": (["ko_KR"], "82", "rrn", ["DE"]),
}
MIMESIS = {"kk": "kk", "ru": "ru", "uk": "uk", "fa": "fa", "tr": "tr", "ar": "ar-sa", "ja": "ja", "ko": "ko",
           "pl": "pl", "de": "de", "es": "es", "pt": "pt-br", "fr": "fr", "it": "it", "nl": "nl", "zh": "zh",
           "en": "en", "rl": "ru"}
FAMILY_FIRST = {"zh", "py", "ja", "ko", "vi"}


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def rdate(rng: random.Random, y0: int, y1: int) -> dt.date:
    d0 = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(d0, dt.date(y1, 12, 31).toordinal()))


def rdatetime(rng: random.Random, y0: int = 2019, y1: int = 2025) -> dt.datetime:
    d = rdate(rng, y0, y1)
    return dt.datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60), rng.randrange(60),
                       rng.randrange(1000) * 1000, tzinfo=dt.UTC)


# --------------------------------------------------------------------------- identifiers
def _retry(rng: random.Random, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    for _ in range(5000):
        v = make()
        if ok(v):
            return v
    raise RuntimeError("no valid identifier")


def national_id(rng: random.Random, kind: str, dob: dt.date, female: bool) -> str:
    yy, mm, dd = dob.strftime("%y"), dob.strftime("%m"), dob.strftime("%d")
    if kind == "ssn":
        v = _retry(rng, lambda: f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}", ssn.is_valid)
        return f"{v[:3]}-{v[3:5]}-{v[5:]}" if rng.random() < 0.7 else v
    if kind == "ric":
        for _ in range(200):
            body = rng.choice(["110101", "310104", "440305", "510107", "330106", "420102", "120101", "370102", "210102", "650102"]) + dob.strftime("%Y%m%d") + digits(rng, 3)
            v = body + ric.calc_check_digit(body + "0")
            if ric.is_valid(v):
                return v
        return "110101" + dob.strftime("%Y%m%d") + "0" + digits(rng, 2) + "X"
    if kind == "inn":
        return _retry(rng, lambda: rng.choice(["77", "78", "50", "16", "66"]) + digits(rng, 10), lambda v: inn.is_valid(v) and len(v) == 12)
    if kind == "iin":
        c = ("5" if female else "6") if dob.year >= 2000 else ("4" if female else "3")
        for _ in range(100):
            d = [int(x) for x in yy + mm + dd + c + digits(rng, 4)]
            s = sum(x * w for x, w in zip(d, range(1, 12), strict=True)) % 11
            if s == 10:
                s = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=True)) % 11
            if s != 10:
                return "".join(map(str, d)) + str(s)
    if kind == "rntrc":
        return _retry(rng, lambda: digits(rng, 10), rntrc.is_valid)
    if kind == "tck":
        return _retry(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), tckimlik.is_valid)
    if kind == "arid":
        if rng.random() < 0.5:  # Saudi national id: 1 + 9 digits, Luhn
            b = "1" + digits(rng, 8)
            return b + luhn.calc_check_digit(b)
        b = "784" + str(dob.year) + digits(rng, 7)  # Emirates ID, Luhn
        v = b + luhn.calc_check_digit(b)
        return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"
    if kind == "melli":
        d = [int(x) for x in digits(rng, 9)]
        s = sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = s if s < 2 else 11 - s
        v = "".join(map(str, d)) + str(c)
        return v if rng.random() < 0.6 else f"{v[:3]}-{v[3:9]}-{v[9]}"
    if kind == "aadhaar":
        b = str(rng.randint(2, 9)) + digits(rng, 10)
        v = b + verhoeff.calc_check_digit(b)
        assert aadhaar.is_valid(v)
        return f"{v[:4]} {v[4:8]} {v[8:]}" if rng.random() < 0.6 else v
    if kind == "pan":
        return _retry(rng, lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + "P"
                      + rng.choice(string.ascii_uppercase) + digits(rng, 4) + rng.choice(string.ascii_uppercase), pan.is_valid)
    if kind == "nik":
        day = int(dd) + (40 if female else 0)
        return _retry(rng, lambda: rng.choice(["3171", "3273", "3578", "5171", "1271"]) + digits(rng, 2) + f"{day:02d}{mm}{yy}" + digits(rng, 4), nik.is_valid)
    if kind == "nric":
        v = _retry(rng, lambda: yy + mm + dd + rng.choice(["14", "10", "08", "01"]) + digits(rng, 4), nric.is_valid)
        return f"{v[:6]}-{v[6:8]}-{v[8:]}" if rng.random() < 0.7 else v
    if kind == "cccd":
        c = (dob.year // 100 - 19) * 2 + (1 if female else 0)
        return rng.choice(["001", "079", "031", "048"]) + str(c) + yy + digits(rng, 6)
    if kind == "dni":
        if rng.random() < 0.35:
            return _curp(rng, dob, female)
        b = digits(rng, 8)
        return b + dni.calc_check_digit(b)
    if kind == "cpf":
        b = digits(rng, 9)
        v = b + cpf._calc_check_digits(b)
        return cpf.format(v) if rng.random() < 0.6 else v
    if kind == "nir":
        b = ("2" if female else "1") + yy + mm + rng.choice(["75", "69", "13", "33"]) + digits(rng, 6)
        return b + nir.calc_check_digits(b)
    if kind == "idnr":
        return _retry(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), idnr.is_valid)
    if kind == "cf":
        return _cf(rng, dob, female)
    if kind == "bsn":
        return _retry(rng, lambda: digits(rng, 9), bsn.is_valid)
    if kind == "pesel":
        m = int(mm) + (20 if dob.year >= 2000 else 0)
        b = yy + f"{m:02d}" + dd + digits(rng, 3) + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        return b + pesel.calc_check_digit(b)
    if kind == "mynumber":
        b = digits(rng, 11)
        return b + mynumber.calc_check_digit(b)
    if kind == "rrn":
        g = (4 if female else 3) if dob.year >= 2000 else (2 if female else 1)
        v = _retry(rng, lambda: yy + mm + dd + str(g) + digits(rng, 6), rrn.is_valid)
        return f"{v[:6]}-{v[6:]}"
    raise ValueError(kind)


def _curp(rng: random.Random, dob: dt.date, female: bool) -> str:
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    for _ in range(2000):
        v = (rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons) + dob.strftime("%y%m%d")
             + ("M" if female else "H") + rng.choice(["DF", "JC", "NL", "MC", "PL"]) + "".join(rng.choice(cons) for _ in range(3))
             + ("0" if dob.year < 2000 else "A"))
        v = v + curp.calc_check_digit(v + "0")
        if curp.is_valid(v):
            return v
    raise RuntimeError("curp")


def _cf(rng: random.Random, dob: dt.date, female: bool) -> str:
    months = "ABCDEHLMPRST"
    cons = "BCDFGHLMNPRSTVZ"
    for _ in range(100):
        v = ("".join(rng.choice(cons) for _ in range(3)) + "".join(rng.choice(cons + "AEIOU") for _ in range(3)) + dob.strftime("%y")
             + months[dob.month - 1] + f"{dob.day + (40 if female else 0):02d}" + rng.choice("ABCDFGHLMZ") + digits(rng, 3))
        v = v + codicefiscale.calc_check_digit(v)
        if codicefiscale.is_valid(v):
            return v
    raise RuntimeError("cf")


IBAN_BBAN = {  # country -> list of (count, kind) where kind n=digit, a=upper, c=alnum
    "GB": [(4, "a"), (14, "n")], "IE": [(4, "a"), (14, "n")], "DE": [(18, "n")], "AT": [(16, "n")],
    "CH": [(17, "n")], "FR": [(23, "n")], "BE": [(12, "n")], "NL": [(4, "a"), (10, "n")], "ES": [(20, "n")],
    "PT": [(21, "n")], "IT": [(1, "a"), (22, "n")], "PL": [(24, "n")], "TR": [(6, "n"), (16, "n")],
    "UA": [(25, "n")], "KZ": [(16, "n")], "SA": [(20, "n")], "AE": [(19, "n")], "JO": [(4, "a"), (22, "n")],
    "BR": [(23, "n"), (1, "a"), (1, "n")], "IR": [(22, "n")],
}


def make_iban(rng: random.Random, cc: str) -> str:
    for _ in range(3000):
        bban = ""
        for cnt, kind in IBAN_BBAN[cc]:
            pool = string.digits if kind == "n" else string.ascii_uppercase
            bban += "".join(rng.choice(pool) for _ in range(cnt))
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
        v = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(v) or (cc == "IR" and mod_97_10.is_valid(v[4:] + v[:4])):
            return v
    raise RuntimeError(cc)


def card_number(rng: random.Random) -> str:
    pre, n = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
                         ("35", 16), ("62", 16), ("9860", 16), ("2200", 16), ("5061", 19)])
    b = pre + digits(rng, n - 1 - len(pre))
    return b + luhn.calc_check_digit(b)


def not_luhn(rng: random.Random, n: int, prefix: str = "") -> str:
    while True:
        v = prefix + digits(rng, n - len(prefix))
        if not luhn.is_valid(v):
            return v


def imei(rng: random.Random) -> str:
    b = rng.choice(["35", "86", "01", "99", "49"]) + digits(rng, 12)
    return b + luhn.calc_check_digit(b)


def company_taxid(rng: random.Random, lang: str) -> str:
    if lang in ("ru", "rl", "kk"):
        return _retry(rng, lambda: "77" + digits(rng, 8), lambda v: inn.is_valid(v))
    if lang == "uk":
        return _retry(rng, lambda: digits(rng, 8), edrpou.is_valid)
    if lang == "tr":
        return _retry(rng, lambda: digits(rng, 10), vkn.is_valid)
    if lang == "pt":
        b = digits(rng, 8) + "0001"
        return cnpj.format(b + cnpj.calc_check_digits(b))
    if lang == "fr":
        b = digits(rng, 8)
        return b + siren.luhn.calc_check_digit(b) if hasattr(siren, "luhn") else b + luhn.calc_check_digit(b)
    if lang in ("zh", "py"):
        for _ in range(3000):
            b = "91" + rng.choice(["110000", "310000", "440300"]) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
            v = b + uscc.calc_check_digit(b)
            if uscc.is_valid(v):
                return v
    if lang == "de":
        return f"HRB {rng.randint(1000, 250000)}"
    if lang == "it":
        b = digits(rng, 10)
        return b + luhn.calc_check_digit(b)
    return f"{rng.randint(10, 99)}-{digits(rng, 7)}"


# --------------------------------------------------------------------------- vocabularies
ETHNIC = {
    "en": ["White", "Black or African American", "Asian", "Hispanic or Latino", "American Indian or Alaska Native",
           "Native Hawaiian or Other Pacific Islander", "Two or more races", "Middle Eastern or North African", "White British",
           "Indian", "Pakistani", "Black Caribbean", "Mixed"],
    "zh": ["汉族", "回族", "维吾尔族", "壮族", "满族", "藏族", "蒙古族", "苗族", "彝族"],
    "py": ["汉族", "回族", "壮族", "满族", "han", "hui", "zang"],
    "ru": ["русский", "татарин", "казах", "украинец", "башкир", "чеченец", "армянин", "русская", "татарка"],
    "rl": ["russkiy", "tatarin", "kazakh", "ukrainets", "bashkir", "armyanin"],
    "kk": ["қазақ", "орыс", "өзбек", "ұйғыр", "татар", "украин", "неміс", "корей"],
    "uk": ["українець", "росіянин", "білорус", "молдованин", "кримський татарин", "українка", "угорець"],
    "tr": ["Türk", "Kürt", "Arap", "Laz", "Çerkes", "Zaza", "Roman"],
    "ar": ["عربي", "كردي", "أمازيغي", "تركماني", "آشوري", "شركسي"],
    "fa": ["فارس", "ترک", "کرد", "لر", "بلوچ", "عرب", "ترکمن", "گیلک"],
    "hi": ["अनुसूचित जनजाति", "पंजाबी", "तमिल", "बंगाली", "गुजराती"],
    "hl": ["Punjabi", "Tamil", "Bengali", "Gujarati", "Marathi", "Adivasi"],
    "id": ["Jawa", "Sunda", "Batak", "Madura", "Minangkabau", "Betawi", "Bugis", "Tionghoa", "Dayak"],
    "ms": ["Melayu", "Cina", "India", "Iban", "Kadazan-Dusun", "Bajau", "Lain-lain"],
    "vi": ["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông"],
    "es": ["Mestizo", "Indígena", "Afrodescendiente", "Blanco", "Gitano", "Mapuche", "Quechua", "Aymara"],
    "pt": ["Branca", "Preta", "Parda", "Amarela", "Indígena"],
    "fr": ["Maghrébin", "Européen", "Afrique subsaharienne", "Asiatique", "Antillais"],
    "de": ["Deutsch", "Türkisch", "Kurdisch", "Sinti", "Roma", "Sorbisch", "Polnisch"],
    "it": ["Italiana", "Rom", "Albanese", "Sinti", "Ladina"],
    "nl": ["Nederlands", "Marokkaans", "Turks", "Surinaams", "Antilliaans", "Indonesisch"],
    "pl": ["polska", "śląska", "kaszubska", "ukraińska", "romska", "białoruska"],
    "ja": ["大和", "アイヌ", "琉球", "在日韓国人"],
    "ko": ["한민족", "조선족", "고려인", "화교"],
}
RACE_CODES = [["W", "B", "A", "H", "AI", "NH", "O"], ["1", "2", "3", "4", "5", "9"], ["WHT", "BLK", "ASN", "HSP", "OTH"], ["0", "1", "2", "3"]]
RELIGION = {
    "en": ["Christian", "Muslim", "Hindu", "Buddhist", "Jewish", "Sikh", "None", "Catholic", "Protestant", "Agnostic", "Atheist", "Church of England"],
    "zh": ["佛教", "道教", "伊斯兰教", "基督教", "天主教", "无"],
    "py": ["佛教", "基督教", "无", "fojiao", "jidujiao"],
    "ru": ["православие", "ислам", "католицизм", "буддизм", "иудаизм", "атеист", "православный", "мусульманин"],
    "rl": ["pravoslavie", "islam", "katolitsizm", "buddizm", "ateist"],
    "kk": ["ислам", "православие", "мұсылман", "христиан", "дінсіз"],
    "uk": ["православʼя", "греко-католик", "римо-католик", "протестант", "іслам", "атеїст"],
    "tr": ["İslam", "Müslüman", "Hristiyan", "Alevi", "Sünni", "Yahudi", "Ateist"],
    "ar": ["مسلم", "مسيحي", "سني", "شيعي", "درزي", "قبطي"],
    "fa": ["اسلام", "شیعه", "سنی", "مسیحی", "زرتشتی", "کلیمی", "بهایی"],
    "hi": ["हिन्दू", "मुस्लिम", "सिख", "ईसाई", "बौद्ध", "जैन"],
    "hl": ["Hindu", "Muslim", "Sikh", "Christian", "Jain", "Buddhist", "Parsi"],
    "id": ["Islam", "Kristen Protestan", "Katolik", "Hindu", "Buddha", "Konghucu"],
    "ms": ["Islam", "Buddha", "Kristian", "Hindu", "Sikh", "Tiada"],
    "vi": ["Phật giáo", "Công giáo", "Cao Đài", "Hòa Hảo", "Tin Lành", "Không"],
    "es": ["Católica", "Evangélica", "Musulmana", "Judía", "Ninguna", "Testigo de Jehová"],
    "pt": ["Católica", "Evangélica", "Espírita", "Umbanda", "Sem religião", "Candomblé"],
    "fr": ["Catholique", "Musulmane", "Protestante", "Juive", "Sans religion", "Bouddhiste"],
    "de": ["römisch-katholisch", "evangelisch", "rk", "ev", "konfessionslos", "islamisch", "orthodox"],
    "it": ["Cattolica", "Ortodossa", "Musulmana", "Ebraica", "Nessuna", "Valdese"],
    "nl": ["Rooms-Katholiek", "Protestants", "Islamitisch", "Geen", "Nederlands Hervormd", "Joods"],
    "pl": ["rzymskokatolickie", "prawosławne", "ewangelickie", "brak", "świadek Jehowy", "greckokatolickie"],
    "ja": ["仏教", "神道", "キリスト教", "無宗教", "創価学会"],
    "ko": ["불교", "개신교", "천주교", "무교", "원불교"],
}
DIAG = {
    "en": ["Type 2 diabetes mellitus", "Essential hypertension", "Asthma", "Major depressive disorder", "COPD", "Migraine",
           "Hypothyroidism", "Chronic kidney disease stage 3", "Atrial fibrillation", "HIV infection", "Anxiety disorder", "Epilepsy"],
    "zh": ["2型糖尿病", "高血压", "哮喘", "抑郁症", "慢性胃炎", "冠心病", "肺炎", "乙型肝炎"],
    "ru": ["сахарный диабет 2 типа", "гипертоническая болезнь", "бронхиальная астма", "ОРВИ", "ишемическая болезнь сердца", "гастрит"],
    "kk": ["қант диабеті", "гипертония", "демікпе", "пневмония", "гастрит"],
    "uk": ["цукровий діабет 2 типу", "гіпертонічна хвороба", "астма", "пневмонія", "депресія"],
    "tr": ["Tip 2 diyabet", "Hipertansiyon", "Astım", "Migren", "Depresyon", "KOAH"],
    "ar": ["السكري من النوع الثاني", "ارتفاع ضغط الدم", "الربو", "فقر الدم", "التهاب الكبد"],
    "fa": ["دیابت نوع ۲", "فشار خون بالا", "آسم", "افسردگی", "کم خونی"],
    "hi": ["मधुमेह", "उच्च रक्तचाप", "दमा", "तपेदिक", "मलेरिया"],
    "id": ["Diabetes melitus tipe 2", "Hipertensi", "Asma", "Demam berdarah", "TBC paru", "ISPA"],
    "vi": ["Đái tháo đường típ 2", "Tăng huyết áp", "Hen phế quản", "Viêm phổi", "Sốt xuất huyết"],
    "es": ["Diabetes mellitus tipo 2", "Hipertensión arterial", "Asma", "Depresión", "Dengue", "EPOC"],
    "pt": ["Diabetes tipo 2", "Hipertensão arterial", "Asma", "Depressão", "Dengue", "Tuberculose"],
    "fr": ["Diabète de type 2", "Hypertension artérielle", "Asthme", "Dépression", "BPCO", "Migraine"],
    "de": ["Diabetes mellitus Typ 2", "Arterielle Hypertonie", "Asthma bronchiale", "Depression", "Vorhofflimmern"],
    "it": ["Diabete mellito tipo 2", "Ipertensione", "Asma", "Depressione", "BPCO"],
    "nl": ["Diabetes type 2", "Hypertensie", "Astma", "Depressie", "COPD"],
    "pl": ["cukrzyca typu 2", "nadciśnienie tętnicze", "astma", "depresja", "POChP"],
    "ja": ["2型糖尿病", "高血圧症", "気管支喘息", "うつ病", "脂質異常症"],
    "ko": ["제2형 당뇨병", "고혈압", "천식", "우울증", "위염"],
}
ICD = ["E11.9", "I10", "J45.909", "F32.1", "J44.9", "G43.909", "E03.9", "N18.3", "I48.91", "B20", "F41.1", "G40.909",
       "K29.70", "J18.9", "A90", "E78.5", "M54.5", "O09.90", "C50.911", "Z21"]
MEDS = {
    "en": ["Metformin 500 mg", "Lisinopril 10mg", "Salbutamol inhaler", "Sertraline 50 mg", "Atorvastatin 20mg", "Levothyroxine 75 mcg", "Insulin glargine"],
    "zh": ["二甲双胍", "氨氯地平", "阿司匹林", "胰岛素", "布地奈德"],
    "ru": ["метформин 850 мг", "эналаприл", "сальбутамол", "аторвастатин", "инсулин"],
    "tr": ["Metformin", "Ramipril", "Ventolin", "Lustral", "Coraspin 100"],
    "ja": ["メトホルミン", "アムロジピン", "ロキソプロフェン", "インスリン"],
    "es": ["Metformina 850 mg", "Enalapril", "Salbutamol", "Omeprazol", "Insulina NPH"],
    "de": ["Metformin 1000", "Ramipril 5 mg", "Salbutamol Spray", "Pantoprazol", "L-Thyroxin 50"],
    "fr": ["Metformine", "Ramipril", "Ventoline", "Doliprane 1000", "Levothyrox"],
}
ALLERGY = {"en": ["Penicillin", "Peanuts", "Latex", "Sulfa drugs", "Shellfish", "NKDA", "Pollen"],
           "zh": ["青霉素", "花粉", "海鲜", "无"], "ru": ["пенициллин", "пыльца", "нет", "орехи"],
           "es": ["Penicilina", "Ninguna", "Mariscos", "AINEs"], "de": ["Penicillin", "keine", "Nüsse", "Pollen"],
           "fr": ["Pénicilline", "Aucune", "Arachides"], "id": ["Tidak ada", "Penisilin", "Udang"],
           "tr": ["Penisilin", "Yok", "Polen"], "ja": ["ペニシリン", "なし", "卵", "そば"]}
DISABILITY = {"en": ["visual impairment", "hearing impairment", "wheelchair user", "autism", "intellectual disability"],
              "zh": ["视力残疾", "听力残疾", "肢体残疾", "智力残疾"], "ru": ["II группа", "III группа", "I группа"],
              "tr": ["görme engelli", "ortopedik engelli", "işitme engelli"], "ms": ["OKU penglihatan", "OKU fizikal", "OKU pendengaran"],
              "es": ["discapacidad visual", "discapacidad motriz", "discapacidad auditiva"],
              "pt": ["deficiência visual", "deficiência física", "deficiência auditiva"]}
TEST_RESULT = ["positive", "negative", "POS", "NEG", "Positivo", "Negativo", "detected", "not detected", "reactive", "non-reactive"]
BLOOD = ["A+", "A-", "B+", "B-", "O+", "O-", "AB+", "AB-", "A Rh+", "0 Rh-", "O(I) Rh+", "B(III) Rh-"]
GENDER = {"en": ["M", "F", "Male", "Female"], "zh": ["男", "女"], "py": ["男", "女", "1", "2"], "ru": ["М", "Ж", "муж", "жен"],
          "rl": ["M", "Zh"], "kk": ["ер", "әйел"], "uk": ["ч", "ж"], "tr": ["Erkek", "Kadın", "E", "K"], "ar": ["ذكر", "أنثى"],
          "fa": ["مرد", "زن"], "hi": ["पुरुष", "महिला"], "hl": ["M", "F"], "id": ["L", "P", "Laki-laki", "Perempuan"],
          "ms": ["L", "P", "Lelaki", "Perempuan"], "vi": ["Nam", "Nữ"], "es": ["M", "F", "Masculino", "Femenino"],
          "pt": ["M", "F", "Masculino", "Feminino"], "fr": ["M", "F", "M.", "Mme"], "de": ["m", "w", "Herr", "Frau"],
          "it": ["M", "F"], "nl": ["M", "V", "man", "vrouw"], "pl": ["M", "K"], "ja": ["男", "女", "男性", "女性"], "ko": ["남", "여"]}
MARITAL = {"en": ["single", "married", "divorced", "widowed"], "zh": ["未婚", "已婚", "离异"], "ru": ["холост", "женат", "замужем", "разведен"],
           "tr": ["Bekar", "Evli", "Boşanmış"], "es": ["soltero", "casado", "divorciado", "viudo"], "pt": ["solteiro", "casado", "divorciado"],
           "fr": ["célibataire", "marié", "pacsé"], "de": ["ledig", "verheiratet", "geschieden"], "id": ["Belum Kawin", "Kawin", "Cerai Hidup"],
           "vi": ["Độc thân", "Đã kết hôn"], "ja": ["未婚", "既婚"], "ko": ["미혼", "기혼"], "pl": ["kawaler", "panna", "żonaty", "zamężna"]}
STATUS = ["active", "inactive", "pending", "closed", "ACTIVE", "SUSPENDED", "new", "done", "cancelled", "shipped", "delivered", "0", "1", "2"]
PRODUCTS = ["USB-C cable 1m", "Wireless mouse", "Coffee beans 500g", "Yoga mat", "LED bulb E27 9W", "Notebook A5", "Phone case",
            "Green tea 100g", "Running shoes", "Desk lamp", "Water bottle 750ml", "Bluetooth speaker", "HDMI adapter", "Rice cooker"]
COLORS = ["red", "blue", "black", "white", "#FF5733", "#1a2b3c", "green", "silver", "rose gold"]
CURRENCIES = ["USD", "EUR", "RUB", "KZT", "UAH", "TRY", "SAR", "IRR", "INR", "IDR", "MYR", "VND", "MXN", "BRL", "PLN", "JPY", "KRW", "CNY", "GBP"]
CARD_BRANDS = ["VISA", "Mastercard", "AMEX", "MIR", "UnionPay", "JCB", "Troy", "Maestro", "visa", "mc"]
DEVICE_MODELS = ["iPhone 14 Pro", "SM-G991B", "Pixel 7", "Redmi Note 12", "HUAWEI P40", "OPPO A78", "iPad9,1", "SM-A525F", "vivo Y36", "Xiaomi 13T"]
OS = ["Android 13", "iOS 17.2", "Android 12", "iOS 16.6.1", "Windows 10", "HarmonyOS 3.0", "macOS 14.1", "Linux"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "okhttp/4.9.3", "curl/8.4.0", "Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B Build/TP1A)", "python-requests/2.31.0"]
ACTIONS = ["login", "logout", "view", "purchase", "add_to_cart", "password_reset", "LOGIN_FAILED", "export", "update_profile", "CHECK_IN"]
CATEGORIES = ["A", "B", "C", "electronics", "grocery", "premium", "standard", "retail", "wholesale", "T1", "T2"]
CHANNELS = ["web", "ios", "android", "email", "sms", "google", "facebook", "referral", "offline", "wechat"]
CARRIERS = ["MTS", "Beeline", "Kcell", "Turkcell", "Vodafone", "Telkomsel", "Viettel", "Movistar", "Claro", "Orange", "T-Mobile", "Play", "NTT docomo", "SKT", "China Mobile", "Jio", "Airtel", "STC", "Irancell"]
SPECIALTY = ["Cardiology", "Кардиология", "内科", "Pediatría", "Dermatologie", "Innere Medizin", "Poli Umum", "Nöroloji", "소아과", "整形外科", "ER"]
FACILITY = ["Central Hospital", "Городская больница №3", "北京协和医院", "Hospital São Lucas", "RSUD Dr. Soetomo", "Klinikum Nord", "Branch 12", "Filiale Mitte", "Ankara Şehir Hastanesi", "서울대병원"]
SCHOOLS = ["School No. 57", "Школа №1234", "北京四中", "SMA Negeri 3", "Lycée Victor Hugo", "Gymnasium am Markt", "Liceo Galilei", "Escola Estadual Paulo Freire", "Trường THPT Chu Văn An", "서울고등학교"]
PETS = ["Bella", "Max", "Luna", "Charlie", "Мурка", "Барсик", "ポチ", "Rex", "Kitty", "Tom"]
SPECIES = ["dog", "cat", "Labrador", "Siamese", "rabbit", "parrot", "собака", "кошка", "Perro", "Katze"]
DEPARTMENTS = ["Sales", "HR", "IT", "Finance", "Logistics", "R&D", "Отдел продаж", "人事部", "Vertrieb", "Compras", "Pemasaran", "영업팀"]


def lang_pick(d: dict[str, list[str]], lang: str) -> list[str]:
    if lang in d:
        return d[lang]
    alt = {"py": "zh", "rl": "ru", "kk": "ru", "uk": "ru", "hl": "hi", "ms": "id", "fa": "ar"}.get(lang)
    if alt and alt in d:
        return d[alt]
    return d["en"]


def vec(rng: random.Random, n: int, unit: bool = True) -> list[float]:
    v = [rng.gauss(0, 1) for _ in range(n)]
    if unit:
        norm = sum(x * x for x in v) ** 0.5
        v = [x / norm for x in v]
    return [round(x, rng.choice([4, 6, 8])) for x in v]


def jwt(rng: random.Random) -> str:
    def b64(d: bytes) -> str:
        return base64.urlsafe_b64encode(d).rstrip(b"=").decode()
    head = b64(b'{"alg":"HS256","typ":"JWT"}')
    sub, iat = rng.randint(1, 99999), 1700000000 + rng.randint(0, 9999999)
    body = b64(f'{{"sub":"{sub}","iat":{iat},"exp":1800000000}}'.encode())
    return f"{head}.{body}.{b64(rng.randbytes(32))}"


def secret_value(rng: random.Random, kind: str) -> str:
    if kind == "password":
        return rng.choice(["Qwerty!23", "P@ssw0rd", "letmein2024", "Sunshine#88", "zaq1@WSX", "Moskva2019!", "ahmet.1987", "Ab12345678",
                           "passw0rd!", "Tr0ub4dor&3", "12345678aA", "Istanbul34*", "Xy9#kLm2q"]) + (str(rng.randint(0, 99)) if rng.random() < 0.5 else "")
    if kind == "pwd_hash":
        c = rng.random()
        salt = "".join(rng.choice(string.ascii_letters + string.digits + "./") for _ in range(22))
        if c < 0.4:
            return "$2b$12$" + salt + "".join(rng.choice(string.ascii_letters + string.digits + "./") for _ in range(31))
        if c < 0.6:
            return "pbkdf2_sha256$600000$" + salt[:12] + "$" + base64.b64encode(rng.randbytes(32)).decode()
        if c < 0.8:
            return "$argon2id$v=19$m=65536,t=3,p=4$" + base64.b64encode(rng.randbytes(16)).decode().rstrip("=") + "$" + base64.b64encode(rng.randbytes(32)).decode().rstrip("=")
        return hashlib.sha256(rng.randbytes(16)).hexdigest()
    if kind == "api_key":
        c = rng.random()
        if c < 0.25:
            return "sk_live_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(24))
        if c < 0.45:
            return "AKIA" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        if c < 0.6:
            return "ghp_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(36))
        if c < 0.75:
            return "AIza" + "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(35))
        return rng.randbytes(20).hex()
    if kind == "token":
        c = rng.random()
        if c < 0.6:
            return jwt(rng)
        if c < 0.8:
            return "ya29." + "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(60))
        return base64.urlsafe_b64encode(rng.randbytes(32)).decode().rstrip("=")
    if kind == "otp_secret":
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(rng.choice([16, 32])))
    raise ValueError(kind)


CONCEPT_CATEGORY: dict[str, str] = {}
for _c in ("fullname first last patronymic contact_person kin_name doctor holder driver author").split():
    CONCEPT_CATEGORY[_c] = "person.name"
for _c, _cat in {
    "natid": "person.national_id", "snils": "person.national_id", "passport": "person.national_id",
    "dob": "person.birth_date", "birth_year": "person.birth_date",
    "phone": "contact.phone", "mobile": "contact.phone", "fax": "contact.phone",
    "email": "contact.email",
    "address": "contact.address", "street": "contact.address", "house_no": "contact.address", "addr2": "contact.address", "zip": "contact.address",
    "lat": "location.coordinates", "lon": "location.coordinates", "geo": "location.coordinates",
    "ip": "network.ip_address",
    "imei": "device.identifier", "mac": "device.identifier", "adid": "device.identifier", "device_id": "device.identifier",
    "push_token": "device.identifier", "serial": "device.identifier",
    "card": "financial.card_number", "iban": "financial.iban", "acct": "financial.iban",
    "ethnicity": "special.ethnicity", "race_code": "special.ethnicity", "race_cb": "special.ethnicity", "geo_coords": "location.coordinates",
    "religion": "special.religion",
    "diagnosis": "special.health", "icd": "special.health", "medication": "special.health", "allergy": "special.health",
    "blood": "special.health", "bmi": "special.health", "glucose": "special.health", "bp": "special.health",
    "smoker": "special.health", "pregnant": "special.health", "disability": "special.health", "test_result": "special.health",
    "hr": "special.health",
    "face": "biometric.face_embedding",
    "password": "credential.secret", "pwd_hash": "credential.secret", "api_key": "credential.secret", "token": "credential.secret",
    "otp_secret": "credential.secret",
}.items():
    CONCEPT_CATEGORY[_c] = _cat


def category(concept: str) -> str:
    return CONCEPT_CATEGORY.get(concept, "none")


Maker = Callable[[Any, dict[str, Any]], Any]
