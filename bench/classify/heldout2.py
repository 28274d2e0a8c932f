# ruff: noqa: E501 - word lists and one-line record shapes
"""Second held-out benchmark data: leak-shaped synthetic records, written without reading the detectors.

This module was written from DESIGN.md §5 (the 16 categories), research/classify.md §4 and §6,
``ajar.models.Category`` and the dataset shape ``run.py`` expects, and nothing else: not the
detectors, not the classifier, not ``datasets.py``/``synth.py``/``heldout.py``. It is a second,
independent measurement (``run.py --heldout2``).

Every dataset imitates the *shape* of a publicly reported kind of leak (field names, nesting,
formats, locales); every value is synthetic:

* national ids carry valid check digits (python-stdnum ``is_valid`` is asserted), cards and IMEIs
  are Luhn-valid, phones pass ``phonenumbers.is_valid_number``, IBANs pass ``stdnum.iban``;
* names come from the short lists below, in Latin, Cyrillic, Han, Hangul, kana/kanji, Arabic
  (incl. Uyghur), Devanagari, Greek, Hebrew and Thai scripts;
* nulls, empty strings, mixed types (ints for phones, strings for floats, ``datetime`` objects),
  nested objects and arrays of objects are present throughout.

Labelling (a privacy officer reading DESIGN §5):

* an object that is one position (``{lat, lng}``, GeoJSON) or one address is labelled at the
  object's path; leaves inside it are left unlabelled, except a name or phone that a
  Shopify-style address object also carries (``shipping_address.first_name``...);
* lat/lon split over two fields (also inside arrays of track points, or inside OpenRTB ``geo``)
  are each labelled ``location.coordinates``;
* masked card numbers (BIN + last four) and ``last4`` are labelled *non-personal*: a truncated PAN is
  not a card number under PCI DSS and fails Luhn by construction;
* gender, age, ``user_id`` integers, UUIDs, timestamps, hire/service dates, user agents are
  non-personal (no §5 category);
* at least 40 % of labelled fields are non-personal hard negatives (epochs, UUIDs, hex digests,
  EANs and CNPJ/SIRET numbers with valid check digits, sensor pairs in [-90, 90], bounding boxes,
  versions, prices, enums, URLs, paths, ISO codes, company and city names, product names in
  ``name``, ``phone_model``...).

Fields deliberately left OUT of the labels (genuinely debatable), by dataset:

* postal codes alone everywhere (``cep`` inside an address object is covered by the object);
* ``cn_police_pinyin.bz`` (free-text remark), ``cn_hotel_checkin.证件类型`` (document type), ``uk_pupils.upn`` (pupil number: an identifier, not a national id?),
  ``uk_pupils.sen_status``;
* ``in_kyc_loan.aadhaar_masked``, ``in_kyc_loan.account_number`` (bank account, not IBAN);
* ``us_claims.rendering_npi`` (a provider's id), ``us_claims.member_id``;
* ``de_payroll.krankenkasse`` (insurer name hints at health insurance, not health);
* ``dating_app.orientation``, ``dating_app.bio``, ``dating_app.username``;
* ``fitness_activities.avg_hr``/``max_hr`` (heart rate: health?), ``fitness_routes.map_polyline``
  (encoded polyline);
* ``telematics.vin``; ``adtech_bidlog.user.id``, ``adtech_bidlog.user.yob`` (year of birth only);
* ``face_128.landmarks`` (5 facial points); ``app_logs.message`` (free text with emails),
  ``app_logs.upstream_addr`` (server address), ``app_logs.session_id``;
* ``tr_citizens.address_neighborhood``, ``tr_citizens.door_or_entrance_number``;
* ``ru_delivery.address_comment``; ``telecom_cdr.imsi``, ``telecom_cdr.cell_lat``/``cell_lon``
  (serving tower, not the handset); ``mobile_analytics.user_pseudo_id``;
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import struct
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import ean, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir, siret
from stdnum.gb import nhs
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.ru import inn
from stdnum.tr import tckimlik
from stdnum.us import ssn

from ajar.models import Category

Dataset = tuple[str, list[dict[str, Any]], dict[str, Category | None]]

NAME = Category.PERSON_NAME
NID = Category.NATIONAL_ID
DOB = Category.BIRTH_DATE
PHONE = Category.PHONE
EMAIL = Category.EMAIL
ADDR = Category.ADDRESS
COORD = Category.COORDINATES
IP = Category.IP_ADDRESS
DEV = Category.DEVICE_ID
CARD = Category.CARD_NUMBER
IBAN = Category.IBAN
ETH = Category.ETHNICITY
REL = Category.RELIGION
HEALTH = Category.HEALTH
FACE = Category.FACE_EMBEDDING
SECRET = Category.SECRET
NO = None

DIG = string.digits
ALNUM = string.ascii_letters + string.digits

# ---------------------------------------------------------------------------------------------
# word lists (our own)

EN_FIRST = "James Olivia Liam Emma Noah Ava Ethan Sophia Mason Isabella Lucas Mia Harper Elijah Amelia Logan Grace Chloe Daniel Aisha".split()
EN_LAST = "Smith Johnson Brown Taylor Anderson Thomas Jackson White Harris Martin Thompson Garcia Robinson Clark Lewis Walker Okafor Nguyen Patel O'Brien".split()
DE_FIRST = "Lukas Anna Jonas Lea Felix Marie Maximilian Sophie Leon Hannah Paul Johanna Jürgen Ute Björn Käthe".split()
DE_LAST = "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Groß".split()
FR_FIRST = (
    "Camille Léa Manon Chloé Hugo Louis Gabriel Arthur Jules Inès Élodie François Clément Maëlys Zoé Noël".split()
)
FR_LAST = "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Fournier Girard Bonnet Rousseau Faure".split()
BR_FIRST = (
    "João Maria Ana Pedro Lucas Gabriel Júlia Beatriz Rafael Larissa Thiago Letícia Gustavo Conceição Sebastião".split()
)
BR_LAST = (
    "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Ribeiro Carvalho Araújo Nascimento".split()
)
RU_FIRST_M = "Александр Дмитрий Максим Сергей Андрей Алексей Иван Михаил Николай Владимир".split()
RU_FIRST_F = "Анна Мария Елена Ольга Наталья Татьяна Ирина Екатерина Светлана Юлия".split()
RU_LAST = "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков".split()
RU_PATR_M = "Александрович Сергеевич Андреевич Дмитриевич Иванович Николаевич".split()
RU_PATR_F = "Александровна Сергеевна Андреевна Дмитриевна Ивановна Николаевна".split()
TR_FIRST = (
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Fatma Ayşe Emine Hatice Zeynep Elif Özlem Gülşen Çağrı".split()
)
TR_LAST = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin".split()
CN_SUR = "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 欧阳 司马".split()
CN_GIVEN = "伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 子涵 浩然 梓萱 雨桐".split()
CN_SUR_PY = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo".split()
CN_GIVEN_PY = "Wei Fang Na Xiuying Min Jing Li Qiang Lei Jun Yang Yong Yan Jie Juan Tao Ming Chao Zihan Haoran".split()
UG_FIRST = "ئابلىمىت مەمەت ئەخمەت ئايگۈل گۈلنار پاتىگۈل نۇرمۇھەممەت ئابدۇرېھىم".split()
UG_LAST = "تۇرسۇن ئىمىن ئابدۇللا ئەمەت قادىر ھوشۇر".split()
KR_SUR = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신".split()
KR_GIVEN = "민준 서연 지훈 서윤 도윤 하은 예준 지우 시우 수아 현우 지민 은지".split()
JP_SUR = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
]
JP_GIVEN = [
    ("翔", "ショウ"),
    ("大翔", "ヒロト"),
    ("陽菜", "ヒナ"),
    ("結衣", "ユイ"),
    ("蓮", "レン"),
    ("美咲", "ミサキ"),
    ("健太", "ケンタ"),
    ("由美子", "ユミコ"),
    ("悠真", "ユウマ"),
    ("葵", "アオイ"),
]
IN_FIRST = "Aarav Vivaan Aditya Priya Ananya Diya Rohan Arjun Kavya Sneha Rahul Pooja Suresh Lakshmi Venkatesh".split()
IN_LAST = "Sharma Verma Gupta Singh Kumar Patel Reddy Nair Iyer Das Chatterjee Yadav Khan Joshi".split()
HI_FIRST = "आरव प्रिया राहुल अनन्या सुरेश लक्ष्मी रोहन कविता".split()
HI_LAST = "शर्मा वर्मा गुप्ता सिंह कुमार पटेल यादव जोशी".split()
AR_FIRST = "محمد أحمد علي فاطمة مريم خالد عمر نور يوسف سارة ليلى حسن".split()
AR_LAST = "العتيبي الحربي الزهراني القحطاني الشمري المطيري حداد الخطيب منصور سليمان".split()
ES_FIRST = "Alejandro Lucía Martín Sofía Hugo Paula Daniel Carmen Javier Marta Sergio Elena Begoña Íñigo".split()
ES_LAST = "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Núñez".split()
OTHER_NAMES = [
    "Γιώργος Παπαδόπουλος",
    "Μαρία Παπαδοπούλου",
    "Νίκος Γεωργίου",
    "דוד כהן",
    "שרה לוי",
    "יוסי מזרחי",
    "สมชาย ใจดี",
    "สุดารัตน์ ทองดี",
    "Nguyễn Văn An",
    "Trần Thị Bích",
    "Siobhán Ní Bhriain",
    "Kwame Mensah",
]

CITIES = "London Paris Berlin Madrid Rome Lisbon Warsaw Prague Vienna Istanbul Moscow Beijing Shanghai Tokyo Seoul Mumbai São Paulo Lagos Cairo Toronto Chicago Sydney".split()
COMPANIES = [
    "Acme Logistics GmbH",
    "Northwind Traders Ltd",
    "Globex Corporation",
    "Initech SA",
    "Umbrella Foods Inc.",
    "华为技术有限公司",
    "Soylent Industrie AG",
    "Tata Consultancy Services",
    "Petrobras Distribuidora",
    "ООО «Ромашка»",
    "株式会社サンプル",
    "삼성전자",
    "Koç Holding A.Ş.",
    "Société Générale",
    "Stark Industries",
]
COUNTRIES = "US GB DE FR CN IN BR RU TR JP KR ES IT NL SE PL MX NG".split()
CURRENCIES = "USD EUR GBP CNY INR BRL RUB TRY JPY KRW".split()
LANGS = "en en-US de-DE fr zh-CN pt-BR ru tr ja ko es".split()
PRODUCTS = [
    "Stainless Steel Water Bottle 750ml",
    "Wireless Mouse M185",
    "USB-C Cable 2m",
    "Organic Green Tea 100g",
    "LED Desk Lamp",
    "Running Shoes Air Zoom 40",
    "Ceramic Mug 350ml",
    "Bluetooth Speaker Flip 6",
    "A4 Copy Paper 500 sheets",
    "Galaxy S23 Case",
    "不锈钢保温杯",
    "Kaffeebohnen Crema 1kg",
    "Carte mère B650",
    "Yoga Mat 6mm",
]
PHONE_MODELS = [
    "iPhone 15 Pro",
    "iPhone 13",
    "Galaxy S23",
    "Galaxy A54",
    "Pixel 8",
    "Redmi Note 12",
    "Xiaomi 13T",
    "OnePlus 11",
    "HUAWEI P60",
    "OPPO Reno10",
    "vivo V29",
    "Moto G84",
]
ETHNIC_CN = "汉族 维吾尔族 回族 藏族 蒙古族 哈萨克族 壮族 满族 朝鲜族".split()
ETHNIC_CN_PY = ["Han", "Weiwuer", "Hui", "Zang", "Menggu", "Hasake"]
RELIGION_CN = "无 伊斯兰教 佛教 基督教 天主教 道教".split()
RELIGION_EN = [
    "Christian",
    "Catholic",
    "Muslim",
    "Jewish",
    "Hindu",
    "Buddhist",
    "Sikh",
    "Atheist",
    "Agnostic",
    "Spiritual but not religious",
]
ETHNIC_EN = [
    "White",
    "Black",
    "Asian",
    "Hispanic / Latino",
    "Middle Eastern",
    "Native American",
    "Pacific Islander",
    "Mixed",
    "South Asian",
    "East Asian",
]
UK_ETH = ["WBRI", "WIRI", "WOTH", "MWBC", "AIND", "APKN", "ABAN", "BCRB", "BAFR", "CHNE", "WROM", "REFU"]
UK_REL = [
    "Christian",
    "Muslim",
    "Hindu",
    "Sikh",
    "Jewish",
    "Buddhist",
    "No religion",
    "Church of England",
    "Roman Catholic",
]
ICD10 = [
    "E11.9",
    "I10",
    "J45.909",
    "F32.1",
    "M54.5",
    "K21.9",
    "E78.5",
    "N39.0",
    "J06.9",
    "F41.1",
    "C50.911",
    "B20",
    "O80",
    "Z34.00",
    "G43.909",
]
CPT = ["99213", "99214", "80053", "85025", "93000", "71046", "36415", "90834", "97110", "G0439"]
UK_MED = [
    "Asthma",
    "Type 1 diabetes",
    "Epilepsy",
    "Nut allergy (EpiPen)",
    "ADHD",
    "Eczema",
    "Coeliac disease",
    "Hearing impairment",
]
ES_DX = [
    "Diabetes mellitus tipo 2",
    "Hipertensión arterial",
    "Asma bronquial",
    "Depresión moderada",
    "Lumbalgia",
    "Hipotiroidismo",
]
ES_ALLERG = ["penicilina", "látex", "ibuprofeno", "marisco", "polen"]
STATUS = ["active", "pending", "suspended", "closed", "ACTIVE", "DELETED"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Mobile Safari/537.36",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7 Build/TQ3A.230901.001)",
    "curl/8.5.0",
]


def pick(rng: random.Random, seq: list[Any] | tuple[Any, ...]) -> Any:
    return seq[rng.randrange(len(seq))]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def maybe(rng: random.Random, value: Any, null: float = 0.04, empty: float = 0.02) -> Any:
    """The value, or now and then a null or an empty string, as real exports have."""
    x = rng.random()
    if x < null:
        return None
    if x < null + empty:
        return ""
    return value


def with_check(
    rng: random.Random, make_body: Callable[[], str], is_valid: Callable[[str], bool], tail: str = DIG, n: int = 1
) -> str:
    """A body from ``make_body`` completed with the check characters that make ``is_valid`` true."""
    for _ in range(500):
        body = make_body()
        cands = [""]
        for _ in range(n):
            cands = [c + t for c in cands for t in tail]
        rng.shuffle(cands)
        for c in cands:
            if is_valid(body + c):
                return body + c
    raise RuntimeError("no valid number found")


# ---------------------------------------------------------------------------------------------
# identifiers with check digits


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        body = "4" + digits(rng, 14)
    elif kind < 0.6:
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif kind < 0.72:
        body = pick(rng, ["34", "37"]) + digits(rng, 12)
    elif kind < 0.85:
        body = "62" + digits(rng, 13)
    elif kind < 0.93:
        body = str(rng.randint(3528, 3589)) + digits(rng, 11)
    else:
        body = "6011" + digits(rng, 11)
    num = luhn_complete(body)
    assert luhn.is_valid(num)
    return num


def fmt_card(rng: random.Random, num: str) -> str | int:
    x = rng.random()
    if x < 0.5:
        return num
    if x < 0.75 and len(num) == 16:
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))
    if x < 0.85 and len(num) == 16:
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return int(num) if x > 0.95 else num


def masked(num: str, style: int) -> str:
    if style == 0:
        return num[:6] + "*" * (len(num) - 10) + num[-4:]
    if style == 1:
        return "**** **** **** " + num[-4:]
    return num[:4] + " XXXX XXXX " + num[-4:]


def imei(rng: random.Random) -> str:
    num = luhn_complete(pick(rng, ["35", "86", "01", "99"]) + digits(rng, 12))
    assert luhn.is_valid(num) and len(num) == 15
    return num


def mac(rng: random.Random) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    style = rng.random()
    if style < 0.6:
        return ":".join(f"{x:02x}" for x in b)
    if style < 0.8:
        return "-".join(f"{x:02X}" for x in b)
    if style < 0.9:
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
    return "".join(f"{x:02X}" for x in b)


def cn_ric(rng: random.Random, birth: date) -> str:
    for area in (
        pick(rng, ["110101", "310104", "440106", "650102", "650103", "652801", "510104", "330106", "540102"]),
        "110101",
    ):
        body = area + birth.strftime("%Y%m%d") + digits(rng, 3)
        for c in DIG + "X":
            if ric.is_valid(body + c):
                return body + c
    raise RuntimeError("no valid RIC")


def aadhaar_no(rng: random.Random) -> str:
    return with_check(rng, lambda: str(rng.randint(2, 9)) + digits(rng, 10), aadhaar.is_valid)


def pan_no(rng: random.Random, surname: str) -> str:
    letters = string.ascii_uppercase
    num = (
        "".join(rng.choice(letters) for _ in range(3)) + "P" + surname[0].upper() + digits(rng, 4) + rng.choice(letters)
    )
    assert pan.is_valid(num), num
    return num


def cpf_no(rng: random.Random) -> str:
    num = with_check(rng, lambda: digits(rng, 9), cpf.is_valid, n=2)
    return cpf.format(num) if rng.random() < 0.7 else num


def cnpj_no(rng: random.Random) -> str:
    num = with_check(rng, lambda: digits(rng, 8) + "0001", cnpj.is_valid, n=2)
    return cnpj.format(num)


def tc_no(rng: random.Random) -> str:
    return with_check(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 8), tckimlik.is_valid, n=2)


def ssn_no(rng: random.Random) -> str:
    while True:
        num = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(num):
            return ssn.format(num) if rng.random() < 0.7 else num


def nhs_no(rng: random.Random) -> str:
    num = with_check(rng, lambda: str(rng.randint(4, 9)) + digits(rng, 8), nhs.is_valid)
    return nhs.format(num) if rng.random() < 0.6 else num


def de_idnr(rng: random.Random) -> str:
    return with_check(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 9), idnr.is_valid)


def fr_nir(rng: random.Random, birth: date, female: bool) -> str:
    def body() -> str:
        dept = pick(rng, ["75", "69", "13", "33", "59", "31", "44", "67"])
        return f"{2 if female else 1}{birth.year % 100:02d}{birth.month:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"

    num = with_check(rng, body, nir.is_valid, n=2)
    return nir.format(num) if rng.random() < 0.4 else num


def siret_no(rng: random.Random) -> str:
    return with_check(rng, lambda: digits(rng, 13), siret.is_valid)


def kr_rrn(rng: random.Random, birth: date, female: bool) -> str:
    sex = (4 if female else 3) if birth.year >= 2000 else (2 if female else 1)
    num = with_check(rng, lambda: birth.strftime("%y%m%d") + str(sex) + digits(rng, 5), rrn.is_valid)
    return num[:6] + "-" + num[6:]


def jp_mynumber(rng: random.Random) -> str:
    num = with_check(rng, lambda: str(rng.randint(1, 9)) + digits(rng, 10), mynumber.is_valid)
    return num if rng.random() < 0.6 else f"{num[:4]} {num[4:8]} {num[8:]}"


def es_dni(rng: random.Random) -> str:
    return with_check(rng, lambda: digits(rng, 8), dni.is_valid, tail=string.ascii_uppercase)


def ru_inn(rng: random.Random) -> str:
    body = pick(rng, ["77", "78", "50", "16", "66"]) + digits(rng, 8)
    num = body + inn.calc_personal_check_digits(body)
    assert inn.is_valid(num)
    return num


def iban_no(rng: random.Random, cc: str) -> str:
    lengths = {"DE": 18, "GB": 18, "FR": 23, "TR": 22, "BR": 25, "NL": 14, "ES": 20, "IT": 23, "PL": 24}
    for _ in range(2000):
        if cc == "GB":
            bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(rng, 14)
        elif cc == "NL":
            bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(rng, 10)
        elif cc == "IT":
            bban = rng.choice(string.ascii_uppercase) + digits(rng, 22)
        elif cc == "BR":
            bban = digits(rng, 23) + "C1"
        else:
            bban = digits(rng, lengths[cc])
        num = cc + iban.calc_check_digits(cc + "00" + bban) + bban
        if iban.is_valid(num):
            return iban.format(num) if rng.random() < 0.5 else num
    raise RuntimeError(cc)


def ean13(rng: random.Random) -> str:
    body = pick(rng, ["400", "590", "690", "880", "789", "869"]) + digits(rng, 9)
    num = body + ean.calc_check_digit(body)
    assert ean.is_valid(num)
    return num


_PHONE_EX: dict[str, phonenumbers.PhoneNumber] = {}


def phone(rng: random.Random, region: str, style: str | None = None) -> str | int:
    ex = _PHONE_EX.get(region)
    if ex is None:
        ex = _PHONE_EX[region] = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    num = None
    for keep in (3, 3, 3, 3, 3, 3, 4, 5, 6):
        cand = phonenumbers.parse(f"+{ex.country_code}{nsn[:keep]}{digits(rng, len(nsn) - keep)}")
        if phonenumbers.is_valid_number(cand):
            num = cand
            break
    if num is None:
        num = ex
    assert phonenumbers.is_valid_number(num)
    style = style or pick(rng, ["e164", "intl", "national", "national", "digits"])
    if style == "e164":
        return phonenumbers.format_number(num, PhoneNumberFormat.E164)
    if style == "intl":
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    if style == "national":
        return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if style == "int":
        return int(f"{num.country_code}{num.national_number}")
    return str(num.national_number)


# ---------------------------------------------------------------------------------------------
# dates, places, secrets, vectors


def birth(rng: random.Random, now: datetime, lo: int = 18, hi: int = 85) -> date:
    return (now - timedelta(days=rng.randint(lo * 365, hi * 365))).date()


def recent(rng: random.Random, now: datetime, days: int = 400) -> datetime:
    return now - timedelta(seconds=rng.randint(0, days * 86400))


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def near(rng: random.Random, lat: float, lon: float, spread: float, nd: int = 6) -> tuple[float, float]:
    return round(lat + rng.uniform(-spread, spread), nd), round(lon + rng.uniform(-spread, spread), nd)


def email(rng: random.Random, first: str, last: str, domains: list[str] | None = None) -> str:
    domains = domains or ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "proton.me", "icloud.com"]
    a = "".join(c for c in first.lower() if c.isascii() and c.isalnum()) or "user"
    b = "".join(c for c in last.lower() if c.isascii() and c.isalnum()) or digits(rng, 4)
    local = pick(
        rng, [f"{a}.{b}", f"{a}{b}{rng.randint(1, 99)}", f"{a[0]}{b}", f"{a}_{b}", f"{b}.{a}{rng.randint(1970, 2005)}"]
    )
    return f"{local}@{pick(rng, domains)}"


def b64(rng: random.Random, n: int, alphabet: str = "std") -> str:
    raw = bytes(rng.randrange(256) for _ in range(n))
    if alphabet == "url":
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return base64.b64encode(raw).decode().rstrip("=")


def bcrypt_hash(rng: random.Random) -> str:
    al = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
    return f"$2{pick(rng, ['a', 'b', 'y'])}${pick(rng, ['10', '12', '12', '14'])}$" + "".join(
        rng.choice(al) for _ in range(53)
    )


def pw_hash(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.4:
        return bcrypt_hash(rng)
    if k < 0.65:
        return f"$argon2id$v=19$m=65536,t=3,p=4${b64(rng, 16)}${b64(rng, 32)}"
    if k < 0.8:
        return f"pbkdf2_sha256$600000${''.join(rng.choice(ALNUM) for _ in range(22))}${b64(rng, 32)}="
    if k < 0.9:
        return f"$scrypt$ln=16,r=8,p=1${b64(rng, 16)}${b64(rng, 32)}"
    return f"$pbkdf2-sha512$25000${b64(rng, 16)}${b64(rng, 64)}"


def jwt(rng: random.Random, now: datetime, sub: str) -> str:
    def enc(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    iat = int(recent(rng, now, 2).timestamp())
    head = enc({"alg": pick(rng, ["HS256", "RS256", "ES256"]), "typ": "JWT"})
    body = enc({"sub": sub, "iat": iat, "exp": iat + 3600, "scope": "read write"})
    return f"{head}.{body}.{b64(rng, 32, 'url')}"


def api_key(rng: random.Random) -> str:
    k = rng.random()
    if k < 0.3:
        return "sk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if k < 0.5:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + DIG) for _ in range(16))
    if k < 0.7:
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    if k < 0.85:
        return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-" + "".join(rng.choice(ALNUM) for _ in range(24))
    return "".join(rng.choice("0123456789abcdef") for _ in range(40))


def totp(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(pick(rng, [16, 32])))


def hexd(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def face_vec(rng: random.Random, n: int, normalise: bool) -> list[float]:
    v = [rng.gauss(0, 0.09) for _ in range(n)]
    if normalise:
        s = sum(x * x for x in v) ** 0.5
        v = [x / s for x in v]
    return [round(x, 8) for x in v]


def face_b64(rng: random.Random, n: int) -> str:
    return base64.b64encode(struct.pack(f"<{n}f", *face_vec(rng, n, True))).decode()


# ---------------------------------------------------------------------------------------------
# datasets: name -> (record generator, labels)

Gen = Callable[[random.Random, datetime], dict[str, Any]]
REGISTRY: list[tuple[str, Gen, dict[str, Category | None]]] = []


def dataset(name: str, labels: dict[str, Category | None]) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        REGISTRY.append((name, fn, labels))
        return fn

    return deco


def cn_name(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return f"{pick(rng, UG_FIRST)} {pick(rng, UG_LAST)}"
    return pick(rng, CN_SUR) + pick(rng, CN_GIVEN)


def cn_addr(rng: random.Random) -> str:
    place = pick(
        rng,
        [
            "新疆维吾尔自治区乌鲁木齐市天山区",
            "北京市东城区",
            "上海市徐汇区",
            "广东省广州市天河区",
            "四川省成都市武侯区",
            "新疆维吾尔自治区喀什市",
        ],
    )
    road = pick(rng, ["解放南路", "人民路", "建设路", "中山路", "团结路", "胜利路"])
    return (
        f"{place}{road}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2808)}室"
    )


@dataset(
    "cn_police_pinyin",
    {
        "xm": NAME,
        "sfzh": NID,
        "xb": NO,
        "mz": ETH,
        "csrq": DOB,
        "hjdz": ADDR,
        "jzdz": ADDR,
        "sjhm": PHONE,
        "zjxy": REL,
        "gzdw": NO,
        "rksj": NO,
        "gxsj": NO,
        "ryid": NO,
        "sjly": NO,
        "zt": NO,
    },
)
def cn_police_pinyin(rng: random.Random, now: datetime) -> dict[str, Any]:
    b = birth(rng, now, 16, 80)
    return {
        "ryid": uid(rng).replace("-", ""),
        "xm": cn_name(rng),
        "sfzh": cn_ric(rng, b),
        "xb": pick(rng, ["男", "女", "1", "2"]),
        "mz": maybe(rng, pick(rng, ETHNIC_CN) if rng.random() < 0.8 else pick(rng, ["01", "05", "03"])),
        "csrq": pick(rng, [b.strftime("%Y%m%d"), b.isoformat(), int(b.strftime("%Y%m%d"))]),
        "hjdz": cn_addr(rng),
        "jzdz": maybe(rng, cn_addr(rng), 0.15),
        "sjhm": phone(rng, "CN", pick(rng, ["digits", "digits", "int", "e164"])),
        "zjxy": maybe(rng, pick(rng, RELIGION_CN), 0.1),
        "gzdw": maybe(rng, pick(rng, COMPANIES), 0.3),
        "rksj": recent(rng, now).strftime("%Y-%m-%d %H:%M:%S"),
        "gxsj": int(recent(rng, now, 30).timestamp() * 1000),
        "sjly": pick(rng, ["公安网", "派出所录入", "人口库", "JW-02"]),
        "zt": pick(rng, ["0", "1", "9"]),
        "bz": maybe(rng, pick(rng, ["重点人员", "", "已核实", "流动人口"]), 0.5),
    }


@dataset(
    "cn_hotel_checkin",
    {
        "姓名": NAME,
        "证件号码": NID,
        "性别": NO,
        "民族": ETH,
        "出生日期": DOB,
        "地址": ADDR,
        "手机": PHONE,
        "入住时间": NO,
        "离店时间": NO,
        "房间号": NO,
        "酒店名称": NO,
        "城市": NO,
        "订单号": NO,
        "房价": NO,
        "同住人.姓名": NAME,
        "同住人.证件号码": NID,
    },
)
def cn_hotel_checkin(rng: random.Random, now: datetime) -> dict[str, Any]:
    b = birth(rng, now)
    t = recent(rng, now)
    companions = [
        {"姓名": cn_name(rng), "证件号码": cn_ric(rng, birth(rng, now))} for _ in range(rng.choice([0, 0, 1, 2]))
    ]
    return {
        "订单号": "HT" + t.strftime("%Y%m%d") + digits(rng, 8),
        "酒店名称": pick(rng, ["如家快捷酒店(北京西站店)", "汉庭酒店上海徐汇店", "锦江之星乌鲁木齐店", "7天连锁酒店"]),
        "城市": pick(rng, ["北京", "上海", "乌鲁木齐", "广州", "成都"]),
        "姓名": cn_name(rng),
        "证件类型": pick(rng, ["身份证", "11", "护照"]),
        "证件号码": cn_ric(rng, b),
        "性别": pick(rng, ["男", "女"]),
        "民族": pick(rng, ETHNIC_CN),
        "出生日期": b.strftime(pick(rng, ["%Y-%m-%d", "%Y年%m月%d日", "%Y/%m/%d"])),
        "地址": cn_addr(rng),
        "手机": maybe(rng, phone(rng, "CN", pick(rng, ["digits", "intl"]))),
        "房间号": str(rng.randint(101, 2830)),
        "房价": round(rng.uniform(129, 899), 2),
        "入住时间": t.strftime("%Y-%m-%d %H:%M:%S"),
        "离店时间": (t + timedelta(days=rng.randint(1, 4))).strftime("%Y-%m-%d %H:%M:%S"),
        "同住人": companions,
    }


@dataset(
    "in_kyc_loan",
    {
        "full_name": NAME,
        "father_name": NAME,
        "pan": NID,
        "aadhaar": NID,
        "mobile": PHONE,
        "email": EMAIL,
        "dob": DOB,
        "address": ADDR,
        "ifsc": NO,
        "loan_amount": NO,
        "tenure_months": NO,
        "cibil_score": NO,
        "employer": NO,
        "monthly_income": NO,
        "device.imei": DEV,
        "device.phone_model": NO,
        "device.os_version": NO,
        "geo": COORD,
        "selfie_url": NO,
        "application_id": NO,
        "status": NO,
        "created_at": NO,
        "kyc_verified": NO,
        "name_hi": NAME,
    },
)
def in_kyc_loan(rng: random.Random, now: datetime) -> dict[str, Any]:
    first, last = pick(rng, IN_FIRST), pick(rng, IN_LAST)
    b = birth(rng, now, 21, 60)
    a = aadhaar_no(rng)
    lat, lng = near(
        rng, pick(rng, [12.97, 19.07, 28.61, 17.38, 22.57]), pick(rng, [77.59, 72.87, 77.21, 78.48, 88.36]), 0.2
    )
    app_id = f"LN{digits(rng, 10)}"
    return {
        "application_id": app_id,
        "full_name": f"{first} {last}" if rng.random() < 0.8 else f"{first.upper()} {last.upper()}",
        "name_hi": f"{pick(rng, HI_FIRST)} {pick(rng, HI_LAST)}",
        "father_name": f"{pick(rng, IN_FIRST)} {last}",
        "pan": pan_no(rng, last),
        "aadhaar": pick(rng, [a, f"{a[:4]} {a[4:8]} {a[8:]}"]),
        "aadhaar_masked": f"XXXX XXXX {a[-4:]}",
        "mobile": phone(rng, "IN", pick(rng, ["digits", "e164", "int"])),
        "email": maybe(rng, email(rng, first, last, ["gmail.com", "rediffmail.com", "yahoo.co.in"])),
        "dob": pick(rng, [b.strftime("%d/%m/%Y"), b.strftime("%d-%m-%Y"), b.isoformat()]),
        "address": f"Flat {rng.randint(1, 40)}0{rng.randint(1, 9)}, {pick(rng, ['Sai Residency', 'Green Park Apts', 'Shanti Nagar'])}, "
        f"{pick(rng, ['MG Road', 'Link Road', 'Station Road'])}, {pick(rng, ['Bengaluru, Karnataka', 'Pune, Maharashtra', 'Hyderabad, Telangana'])} {rng.randint(110001, 855999)}",
        "ifsc": pick(rng, ["SBIN", "HDFC", "ICIC", "UTIB"]) + "0" + digits(rng, 6),
        "account_number": digits(rng, rng.choice([11, 12, 14])),
        "loan_amount": rng.choice([5000, 10000, 15000, 25000, 50000]),
        "tenure_months": rng.choice([3, 6, 12]),
        "cibil_score": maybe(rng, rng.randint(300, 900), 0.2),
        "employer": pick(rng, COMPANIES),
        "monthly_income": rng.randint(12, 250) * 1000,
        "device": {
            "imei": imei(rng),
            "phone_model": pick(rng, PHONE_MODELS),
            "os_version": f"Android {rng.randint(9, 14)}",
        },
        "geo": {"lat": lat, "lng": lng},
        "selfie_url": f"https://kyc-bucket.s3.ap-south-1.amazonaws.com/selfies/{app_id}.jpg",
        "status": pick(rng, ["APPROVED", "REJECTED", "DISBURSED", "PENDING_KYC"]),
        "kyc_verified": rng.random() < 0.7,
        "created_at": iso(recent(rng, now)),
    }


@dataset(
    "br_ecommerce_crm",
    {
        "nome": NAME,
        "cpf": NID,
        "email": EMAIL,
        "celular": PHONE,
        "data_nascimento": DOB,
        "endereco": ADDR,
        "cnpj_loja": NO,
        "pedido_id": NO,
        "valor_total": NO,
        "status_pedido": NO,
        "forma_pagamento": NO,
        "criado_em": NO,
        "aceita_newsletter": NO,
        "itens.sku": NO,
        "itens.nome": NO,
        "itens.preco": NO,
        "itens.qtd": NO,
        "loja": NO,
    },
)
def br_ecommerce_crm(rng: random.Random, now: datetime) -> dict[str, Any]:
    first, last = pick(rng, BR_FIRST), f"{pick(rng, BR_LAST)} {pick(rng, BR_LAST)}"
    b = birth(rng, now)
    return {
        "pedido_id": rng.randint(10_000_000, 99_999_999),
        "nome": f"{first} {last}",
        "cpf": cpf_no(rng),
        "email": email(rng, first, last.split()[0], ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"]),
        "celular": phone(rng, "BR"),
        "data_nascimento": maybe(rng, b.strftime("%d/%m/%Y"), 0.1),
        "endereco": {
            "logradouro": pick(
                rng, ["Rua das Flores", "Av. Paulista", "Rua Augusta", "Av. Brasil", "Rua XV de Novembro"]
            ),
            "numero": str(rng.randint(1, 3000)),
            "complemento": maybe(rng, f"Apto {rng.randint(11, 154)}", 0.3),
            "bairro": pick(rng, ["Bela Vista", "Centro", "Copacabana", "Savassi"]),
            "cidade": pick(rng, ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"]),
            "uf": pick(rng, ["SP", "RJ", "MG", "PR"]),
            "cep": f"{rng.randint(10000, 99999)}-{digits(rng, 3)}",
        },
        "loja": pick(rng, ["Loja Centro", "Marketplace", "App"]),
        "cnpj_loja": cnpj_no(rng),
        "itens": [
            {
                "sku": f"BR-{digits(rng, 6)}",
                "nome": pick(rng, PRODUCTS),
                "preco": round(rng.uniform(9.9, 999), 2),
                "qtd": rng.randint(1, 4),
            }
            for _ in range(rng.randint(1, 3))
        ],
        "valor_total": f"{rng.uniform(20, 3000):.2f}".replace(".", ","),
        "forma_pagamento": pick(rng, ["pix", "boleto", "cartao_credito"]),
        "status_pedido": pick(rng, ["entregue", "enviado", "cancelado", "aguardando_pagamento"]),
        "aceita_newsletter": rng.random() < 0.4,
        "criado_em": recent(rng, now).isoformat(),
    }


@dataset(
    "ru_delivery",
    {
        "имя": NAME,
        "телефон": PHONE,
        "email": EMAIL,
        "address": ADDR,
        "coords": COORD,
        "order_id": NO,
        "amount_rub": NO,
        "restaurant": NO,
        "courier.name": NAME,
        "courier.inn": NID,
        "courier.transport": NO,
        "created": NO,
        "delivered": NO,
        "payment": NO,
        "city": NO,
    },
)
def ru_delivery(rng: random.Random, now: datetime) -> dict[str, Any]:
    female = rng.random() < 0.5
    first = pick(rng, RU_FIRST_F if female else RU_FIRST_M)
    last = pick(rng, RU_LAST) + ("а" if female else "")
    lat, lon = near(rng, 55.75, 37.62, 0.3)
    t = recent(rng, now)
    cfem = rng.random() < 0.2
    cname = f"{pick(rng, RU_LAST)}{'а' if cfem else ''} {pick(rng, RU_FIRST_F if cfem else RU_FIRST_M)} {pick(rng, RU_PATR_F if cfem else RU_PATR_M)}"
    return {
        "order_id": f"{t.strftime('%y%m%d')}-{digits(rng, 7)}",
        "имя": pick(rng, [first, f"{first} {last}"]),
        "телефон": phone(rng, "RU", pick(rng, ["e164", "intl", "national", "digits"])),
        "email": maybe(rng, email(rng, "user", digits(rng, 6), ["yandex.ru", "mail.ru", "gmail.com"]), 0.4),
        "city": "Москва",
        "address": {
            "city": "Москва",
            "street": pick(rng, ["ул. Тверская", "Ленинский пр-т", "ул. Арбат", "Кутузовский пр-т"]),
            "house": str(rng.randint(1, 120)),
            "entrance": maybe(rng, str(rng.randint(1, 8)), 0.2),
            "floor": maybe(rng, rng.randint(1, 25), 0.2),
            "flat": maybe(rng, str(rng.randint(1, 400)), 0.2),
        },
        "address_comment": maybe(rng, pick(rng, ["домофон не работает", "позвонить за 10 минут", "код 45К"]), 0.5),
        "coords": {"lat": lat, "lon": lon} if rng.random() < 0.8 else {"lat": str(lat), "lon": str(lon)},
        "restaurant": pick(rng, ["Вкусно — и точка", "Шоколадница", "Теремок", "KFC"]),
        "amount_rub": rng.randint(300, 5000),
        "payment": pick(rng, ["card", "cash", "sbp"]),
        "courier": {"name": cname, "inn": ru_inn(rng), "transport": pick(rng, ["bike", "foot", "car"])},
        "created": iso(t),
        "delivered": maybe(rng, iso(t + timedelta(minutes=rng.randint(15, 90))), 0.1),
    }


@dataset(
    "tr_citizens",
    {
        "uid": NO,
        "national_identifier": NID,
        "first": NAME,
        "last": NAME,
        "mother_first": NAME,
        "father_first": NAME,
        "gender": NO,
        "birth_city": NO,
        "date_of_birth": DOB,
        "id_registration_city": NO,
        "id_registration_district": NO,
        "address_city": NO,
        "address_district": NO,
        "street_address": ADDR,
    },
)
def tr_citizens(rng: random.Random, now: datetime) -> dict[str, Any]:
    b = birth(rng, now, 5, 90)
    city = pick(rng, ["İSTANBUL", "ANKARA", "İZMİR", "BURSA", "ANTALYA", "KONYA"])
    return {
        "uid": rng.randint(1, 49_000_000),
        "national_identifier": pick(rng, [tc_no(rng), int(tc_no(rng))]),
        "first": pick(rng, TR_FIRST).upper(),
        "last": pick(rng, TR_LAST).upper(),
        "mother_first": pick(rng, TR_FIRST[7:]).upper(),
        "father_first": pick(rng, TR_FIRST[:7]).upper(),
        "gender": pick(rng, ["E", "K"]),
        "birth_city": city,
        "date_of_birth": f"{b.day}/{b.month}/{b.year}",
        "id_registration_city": city,
        "id_registration_district": pick(rng, ["KADIKÖY", "ÇANKAYA", "KARŞIYAKA", "NİLÜFER", "MURATPAŞA"]),
        "address_city": city,
        "address_district": pick(rng, ["ÜSKÜDAR", "KEÇİÖREN", "BORNOVA", "OSMANGAZİ"]),
        "address_neighborhood": pick(rng, ["CUMHURİYET MAH.", "YENİ MAH.", "FATİH MAH."]),
        "street_address": f"{pick(rng, ['ATATÜRK CAD.', 'İNÖNÜ SK.', 'GAZİ BULVARI', 'MENEKŞE SK.'])} NO:{rng.randint(1, 150)} D:{rng.randint(1, 30)}",
        "door_or_entrance_number": str(rng.randint(1, 150)),
        "misc": "",
    }


@dataset(
    "us_claims",
    {
        "claim_id": NO,
        "patient_first": NAME,
        "patient_last": NAME,
        "member_dob": DOB,
        "ssn": NID,
        "icd10_primary": HEALTH,
        "icd10_secondary": HEALTH,
        "cpt_code": HEALTH,
        "service_date": NO,
        "billed_amount": NO,
        "allowed_amount": NO,
        "payer_name": NO,
        "place_of_service": NO,
        "claim_status": NO,
        "received_at": NO,
        "patient_address": ADDR,
        "patient_phone": PHONE,
        "plan_type": NO,
        "adjudication.paid": NO,
        "adjudication.denial_code": NO,
    },
)
def us_claims(rng: random.Random, now: datetime) -> dict[str, Any]:
    b = birth(rng, now, 0, 95)
    svc = recent(rng, now, 700)
    return {
        "claim_id": f"CLM{digits(rng, 12)}",
        "member_id": f"{pick(rng, ['XYZ', 'W', 'MBR'])}{digits(rng, 9)}",
        "patient_first": pick(rng, EN_FIRST + ES_FIRST).upper(),
        "patient_last": pick(rng, EN_LAST + ES_LAST).upper(),
        "member_dob": pick(rng, [b.strftime("%m/%d/%Y"), b.strftime("%Y%m%d"), b.isoformat()]),
        "ssn": maybe(rng, ssn_no(rng), 0.15),
        "patient_address": f"{rng.randint(10, 9999)} {pick(rng, ['Maple St', 'Oak Ave', 'Elm Dr', 'Sunset Blvd'])}, "
        f"{pick(rng, ['Springfield, IL', 'Austin, TX', 'Columbus, OH', 'Tampa, FL'])} {rng.randint(10000, 99999)}",
        "patient_phone": maybe(rng, phone(rng, "US", pick(rng, ["national", "digits", "e164"]))),
        "patient_zip": f"{rng.randint(10000, 99999)}",
        "icd10_primary": pick(rng, ICD10),
        "icd10_secondary": rng.sample(ICD10, rng.randint(0, 3)),
        "cpt_code": pick(rng, CPT),
        "rendering_npi": luhn_complete("80840" + "1" + digits(rng, 8))[5:],
        "service_date": svc.date().isoformat(),
        "billed_amount": round(rng.uniform(40, 12000), 2),
        "allowed_amount": round(rng.uniform(20, 8000), 2),
        "payer_name": pick(
            rng, ["Aetna", "Blue Cross Blue Shield of Texas", "UnitedHealthcare", "Cigna", "Medicare Part B"]
        ),
        "plan_type": pick(rng, ["HMO", "PPO", "EPO", "MEDICARE"]),
        "place_of_service": pick(rng, ["11", "21", "22", "23"]),
        "claim_status": pick(rng, ["PAID", "DENIED", "PENDED", "ADJUSTED"]),
        "adjudication": {
            "paid": round(rng.uniform(0, 5000), 2),
            "denial_code": maybe(rng, pick(rng, ["CO-16", "CO-97", "PR-1"]), 0.5),
        },
        "received_at": iso(svc + timedelta(days=rng.randint(1, 30))),
    }


@dataset(
    "uk_pupils",
    {
        "forename": NAME,
        "surname": NAME,
        "dob": DOB,
        "year_group": NO,
        "form": NO,
        "ethnicity": ETH,
        "religion": REL,
        "medical_conditions": HEALTH,
        "nhs_number": NID,
        "fsm_eligible": NO,
        "attendance_pct": NO,
        "address": ADDR,
        "contacts.name": NAME,
        "contacts.relationship": NO,
        "contacts.phone": PHONE,
        "contacts.email": EMAIL,
        "contacts.priority": NO,
        "admission_date": NO,
        "school_urn": NO,
        "house": NO,
    },
)
def uk_pupils(rng: random.Random, now: datetime) -> dict[str, Any]:
    last = pick(rng, EN_LAST + ["Ahmed", "Kowalski", "Begum", "Hussain"])
    b = birth(rng, now, 4, 18)
    contacts = []
    for i in range(rng.randint(1, 3)):
        f = pick(rng, EN_FIRST)
        contacts.append(
            {
                "name": f"{pick(rng, ['Mrs', 'Mr', 'Ms', 'Dr'])} {f} {last}",
                "relationship": pick(rng, ["Mother", "Father", "Carer", "Grandparent"]),
                "phone": phone(rng, "GB"),
                "email": maybe(rng, email(rng, f, last, ["btinternet.com", "gmail.com", "sky.com"]), 0.2),
                "priority": i + 1,
            }
        )
    return {
        "upn": rng.choice(string.ascii_uppercase) + digits(rng, 12),
        "school_urn": rng.randint(100000, 149999),
        "forename": pick(rng, EN_FIRST + ["Mohammed", "Oliwia", "Aaliyah"]),
        "surname": last,
        "dob": pick(rng, [b.strftime("%d/%m/%Y"), datetime(b.year, b.month, b.day, tzinfo=UTC)]),
        "year_group": min(13, max(0, now.year - b.year - 5)),
        "form": f"{rng.randint(7, 11)}{pick(rng, 'ABCDR')}",
        "house": pick(rng, ["Nightingale", "Turing", "Brunel", "Seacole"]),
        "ethnicity": maybe(
            rng,
            pick(rng, UK_ETH)
            if rng.random() < 0.7
            else pick(rng, ["White - British", "Asian - Pakistani", "Black - Caribbean", "Mixed - White and Asian"]),
        ),
        "religion": maybe(rng, pick(rng, UK_REL), 0.15),
        "medical_conditions": maybe(rng, ", ".join(rng.sample(UK_MED, rng.randint(1, 2))), 0.5, 0.1),
        "sen_status": pick(rng, ["N", "K", "E", ""]),
        "nhs_number": maybe(rng, nhs_no(rng), 0.1),
        "fsm_eligible": rng.random() < 0.25,
        "attendance_pct": round(rng.uniform(70, 100), 1),
        "address": f"{rng.randint(1, 200)} {pick(rng, ['Acacia Avenue', 'Victoria Road', 'Church Lane', 'High Street'])}, "
        f"{pick(rng, ['Leeds LS6 2AB', 'Bradford BD7 1DP', 'Manchester M14 5RL', 'Croydon CR0 2AF'])}",
        "contacts": contacts,
        "admission_date": date(now.year - rng.randint(0, 6), 9, rng.randint(1, 7)).isoformat(),
    }


@dataset(
    "de_payroll",
    {
        "personalnummer": NO,
        "vorname": NAME,
        "nachname": NAME,
        "geburtsdatum": DOB,
        "steuer_id": NID,
        "steuerklasse": NO,
        "konfession": REL,
        "iban": IBAN,
        "bic": NO,
        "bruttogehalt": NO,
        "eintrittsdatum": NO,
        "kostenstelle": NO,
        "abteilung": NO,
        "anschrift": ADDR,
        "telefon_privat": PHONE,
        "email_dienstlich": EMAIL,
        "wochenstunden": NO,
        "abrechnungsmonat": NO,
        "firma": NO,
        "schwerbehindert": HEALTH,
    },
)
def de_payroll(rng: random.Random, now: datetime) -> dict[str, Any]:
    first, last = pick(rng, DE_FIRST), pick(rng, DE_LAST)
    b = birth(rng, now, 18, 66)
    return {
        "personalnummer": f"{rng.randint(1000, 99999):05d}",
        "firma": pick(rng, COMPANIES[:5]),
        "vorname": first,
        "nachname": last,
        "geburtsdatum": pick(rng, [b.strftime("%d.%m.%Y"), b]),
        "steuer_id": de_idnr(rng),
        "steuerklasse": pick(rng, ["I", "III", "IV", "V", 1, 3]),
        "konfession": pick(rng, ["rk", "ev", "--", "ak", "lt", "rf", "--", "--"]),
        "schwerbehindert": maybe(
            rng, pick(rng, ["GdB 50", "GdB 30, gleichgestellt", "nein", "GdB 80 (Merkzeichen G)"]), 0.3
        ),
        "krankenkasse": pick(rng, ["TK", "AOK Bayern", "Barmer", "DAK-Gesundheit"]),
        "iban": iban_no(rng, "DE"),
        "bic": pick(rng, ["COBADEFFXXX", "DEUTDEDBBER", "BYLADEM1001", "GENODEF1M04"]),
        "bruttogehalt": f"{rng.uniform(2200, 9500):.2f}".replace(".", ","),
        "wochenstunden": rng.choice([20, 30, 38.5, 40]),
        "eintrittsdatum": (now - timedelta(days=rng.randint(30, 9000))).strftime("%d.%m.%Y"),
        "abrechnungsmonat": now.strftime("%Y-%m"),
        "kostenstelle": f"KST-{rng.randint(100, 999)}",
        "abteilung": pick(rng, ["Vertrieb", "Buchhaltung", "IT", "Lager", "Personal"]),
        "anschrift": f"{pick(rng, ['Hauptstraße', 'Bahnhofstr.', 'Gartenweg', 'Schillerstraße'])} {rng.randint(1, 120)}{pick(rng, ['', 'a', 'b'])}, "
        f"{rng.randint(10115, 99998)} {pick(rng, ['Berlin', 'München', 'Köln', 'Leipzig'])}",
        "telefon_privat": maybe(rng, phone(rng, "DE"), 0.2),
        "email_dienstlich": f"{first.lower().replace('ü', 'ue').replace('ö', 'oe').replace('ä', 'ae')}.{last.lower().replace('ü', 'ue').replace('ö', 'oe').replace('ä', 'ae').replace('ß', 'ss')}@firma.de",
    }


@dataset(
    "fr_crm",
    {
        "civilite": NO,
        "prenom": NAME,
        "nom": NAME,
        "nir": NID,
        "date_naissance": DOB,
        "adresse": ADDR,
        "ville": NO,
        "telephone": PHONE,
        "courriel": EMAIL,
        "iban": IBAN,
        "siret_employeur": NO,
        "client_depuis": NO,
        "segment": NO,
        "optin_sms": NO,
        "ca_annuel": NO,
        "id_client": NO,
        "langue": NO,
    },
)
def fr_crm(rng: random.Random, now: datetime) -> dict[str, Any]:
    female = rng.random() < 0.5
    first, last = pick(rng, FR_FIRST), pick(rng, FR_LAST)
    b = birth(rng, now)
    return {
        "id_client": f"C{rng.randint(1, 999999):06d}",
        "civilite": "Mme" if female else "M.",
        "prenom": first,
        "nom": last.upper(),
        "nir": maybe(rng, fr_nir(rng, b, female), 0.2),
        "date_naissance": b.strftime("%d/%m/%Y"),
        "adresse": f"{rng.randint(1, 150)} {pick(rng, ['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Lilas'])}",
        "code_postal": f"{rng.randint(1000, 95999):05d}",
        "ville": pick(rng, ["Lyon", "Marseille", "Paris", "Toulouse", "Nantes", "Lille"]),
        "telephone": phone(rng, "FR"),
        "courriel": email(rng, first, last, ["orange.fr", "free.fr", "laposte.net", "gmail.com"]),
        "iban": maybe(rng, iban_no(rng, "FR"), 0.3),
        "siret_employeur": siret_no(rng),
        "client_depuis": (now - timedelta(days=rng.randint(10, 4000))).date().isoformat(),
        "segment": pick(rng, ["PREMIUM", "STANDARD", "PRO"]),
        "optin_sms": pick(rng, [True, False, "oui", "non"]),
        "ca_annuel": round(rng.uniform(0, 20000), 2),
        "langue": "fr",
    }


@dataset(
    "kr_shop",
    {
        "회원아이디": NO,
        "이름": NAME,
        "주민등록번호": NID,
        "휴대폰": PHONE,
        "이메일": EMAIL,
        "주소": ADDR,
        "생년월일": DOB,
        "주문번호": NO,
        "상품명": NO,
        "결제금액": NO,
        "결제수단": NO,
        "배송상태": NO,
        "주문일시": NO,
        "적립금": NO,
        "등급": NO,
    },
)
def kr_shop(rng: random.Random, now: datetime) -> dict[str, Any]:
    female = rng.random() < 0.5
    b = birth(rng, now, 15, 70)
    return {
        "회원아이디": rng.randint(100000, 999999),
        "이름": pick(rng, KR_SUR) + pick(rng, KR_GIVEN),
        "주민등록번호": maybe(rng, kr_rrn(rng, b, female), 0.3),
        "생년월일": pick(rng, [b.strftime("%Y%m%d"), b.strftime("%Y-%m-%d"), b.strftime("%y%m%d")]),
        "휴대폰": phone(rng, "KR", pick(rng, ["national", "digits", "intl"])),
        "이메일": email(rng, "user", digits(rng, 4), ["naver.com", "daum.net", "gmail.com"]),
        "주소": f"{pick(rng, ['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '경기도 성남시 분당구 판교역로'])} {rng.randint(1, 300)}, "
        f"{rng.randint(101, 120)}동 {rng.randint(101, 2504)}호",
        "주문번호": f"{now.strftime('%Y%m%d')}{digits(rng, 6)}",
        "상품명": pick(rng, ["무선 이어폰", "여름 린넨 셔츠", "유기농 쌀 10kg", "Galaxy S23 케이스", "텀블러 500ml"]),
        "결제금액": rng.randint(5, 500) * 100,
        "결제수단": pick(rng, ["신용카드", "카카오페이", "네이버페이", "무통장입금"]),
        "배송상태": pick(rng, ["배송완료", "배송중", "결제완료", "취소"]),
        "주문일시": recent(rng, now).strftime("%Y-%m-%d %H:%M:%S"),
        "적립금": rng.randint(0, 20000),
        "등급": pick(rng, ["VIP", "GOLD", "SILVER", "일반"]),
    }


@dataset(
    "jp_members",
    {
        "会員番号": NO,
        "氏名": NAME,
        "フリガナ": NAME,
        "生年月日": DOB,
        "電話番号": PHONE,
        "メールアドレス": EMAIL,
        "住所": ADDR,
        "マイナンバー": NID,
        "ポイント残高": NO,
        "会員ランク": NO,
        "入会日": NO,
        "最終来店日": NO,
        "性別": NO,
        "店舗": NO,
    },
)
def jp_members(rng: random.Random, now: datetime) -> dict[str, Any]:
    (sk, sr), (gk, gr) = pick(rng, JP_SUR), pick(rng, JP_GIVEN)
    b = birth(rng, now)
    return {
        "会員番号": f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
        "氏名": pick(rng, [f"{sk} {gk}", f"{sk}{gk}", f"{sk}\u3000{gk}"]),
        "フリガナ": f"{sr} {gr}",
        "性別": pick(rng, ["男", "女", "未回答"]),
        "生年月日": pick(rng, [b.strftime("%Y/%m/%d"), b.strftime("%Y年%m月%d日")]),
        "電話番号": phone(rng, "JP", pick(rng, ["national", "national", "digits"])),
        "メールアドレス": maybe(
            rng, email(rng, "member", digits(rng, 5), ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"])
        ),
        "郵便番号": f"{rng.randint(100, 999)}-{digits(rng, 4)}",
        "住所": f"{pick(rng, ['東京都新宿区西新宿', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '愛知県名古屋市中村区名駅'])}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}",
        "マイナンバー": maybe(rng, jp_mynumber(rng), 0.5),
        "ポイント残高": rng.randint(0, 30000),
        "会員ランク": pick(rng, ["ゴールド", "シルバー", "ブロンズ"]),
        "店舗": pick(rng, ["新宿店", "梅田店", "オンライン"]),
        "入会日": (now - timedelta(days=rng.randint(0, 5000))).strftime("%Y/%m/%d"),
        "最終来店日": recent(rng, now, 200).strftime("%Y/%m/%d"),
    }


@dataset(
    "dating_app",
    {
        "_id": NO,
        "first_name": NAME,
        "birthday": DOB,
        "gender": NO,
        "religion": REL,
        "ethnicity": ETH,
        "location": COORD,
        "phone": PHONE,
        "email": EMAIL,
        "height_cm": NO,
        "looking_for": NO,
        "last_active": NO,
        "photos.url": NO,
        "photos.is_primary": NO,
        "prefs.age_min": NO,
        "prefs.age_max": NO,
        "prefs.max_distance_km": NO,
        "is_premium": NO,
        "app_version": NO,
        "city": NO,
        "languages": NO,
        "match_count": NO,
    },
)
def dating_app(rng: random.Random, now: datetime) -> dict[str, Any]:
    first = pick(rng, EN_FIRST + ES_FIRST + FR_FIRST + [n.split()[0] for n in OTHER_NAMES] + AR_FIRST)
    b = birth(rng, now, 18, 60)
    lat, lng = near(
        rng,
        pick(rng, [51.5, 40.71, 48.85, 52.52, 41.01, 25.2]),
        pick(rng, [-0.12, -74.0, 2.35, 13.4, 28.97, 55.27]),
        0.15,
    )
    return {
        "_id": hexd(rng, 24),
        "first_name": first,
        "username": f"{first.lower()}_{rng.randint(1, 9999)}",
        "birthday": pick(rng, [b.isoformat(), datetime(b.year, b.month, b.day), f"{b.isoformat()}T00:00:00.000Z"]),
        "gender": pick(rng, ["man", "woman", "non-binary"]),
        "orientation": pick(rng, ["straight", "gay", "bisexual", "lesbian", "queer"]),
        "religion": maybe(rng, pick(rng, RELIGION_EN), 0.2),
        "ethnicity": maybe(rng, pick(rng, ETHNIC_EN), 0.25),
        "location": {"lat": lat, "lng": lng},
        "city": pick(rng, CITIES),
        "phone": phone(rng, pick(rng, ["GB", "US", "FR", "DE", "TR", "AE"]), "e164"),
        "email": maybe(rng, email(rng, first, digits(rng, 3)), 0.3),
        "height_cm": maybe(rng, rng.randint(150, 200), 0.2),
        "bio": maybe(
            rng, pick(rng, ["coffee, hiking, dogs", "new in town", "🌍✈️📚", "looking for something real"]), 0.3
        ),
        "looking_for": pick(rng, ["relationship", "casual", "friends", "not sure"]),
        "languages": rng.sample(LANGS, 2),
        "photos": [
            {"url": f"https://cdn.example-dating.com/p/{hexd(rng, 16)}.jpg", "is_primary": i == 0}
            for i in range(rng.randint(1, 4))
        ],
        "prefs": {
            "age_min": rng.randint(18, 30),
            "age_max": rng.randint(30, 60),
            "max_distance_km": rng.choice([5, 10, 25, 50, 100]),
        },
        "is_premium": rng.random() < 0.2,
        "match_count": rng.randint(0, 400),
        "last_active": recent(rng, now, 30),
        "app_version": f"{rng.randint(5, 14)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
    }


@dataset(
    "fitness_activities",
    {
        "activity_id": NO,
        "athlete.firstname": NAME,
        "athlete.lastname": NAME,
        "athlete.email": EMAIL,
        "type": NO,
        "start_time": NO,
        "distance_m": NO,
        "duration_s": NO,
        "elevation_gain": NO,
        "calories": NO,
        "trail.lat": COORD,
        "trail.lon": COORD,
        "trail.ele": NO,
        "trail.t": NO,
        "trail.cadence": NO,
        "device_name": NO,
        "visibility": NO,
        "kudos": NO,
        "gear_id": NO,
    },
)
def fitness_activities(rng: random.Random, now: datetime) -> dict[str, Any]:
    first, last = pick(rng, EN_FIRST + DE_FIRST), pick(rng, EN_LAST + DE_LAST)
    lat, lon = near(rng, pick(rng, [47.37, 37.77, 51.51, 35.68]), pick(rng, [8.54, -122.42, -0.13, 139.69]), 0.1)
    t0 = recent(rng, now)
    pts = []
    for i in range(rng.randint(5, 15)):
        lat, lon = lat + rng.uniform(-0.0008, 0.0008), lon + rng.uniform(-0.0008, 0.0008)
        pts.append(
            {
                "lat": round(lat, 6),
                "lon": round(lon, 6),
                "ele": round(rng.uniform(300, 600), 1),
                "t": int(t0.timestamp()) + 5 * i,
                "cadence": rng.randint(150, 185),
            }
        )
    return {
        "activity_id": rng.randint(10**9, 10**10),
        "athlete": {"firstname": first, "lastname": last, "email": maybe(rng, email(rng, first, last), 0.3)},
        "type": pick(rng, ["Run", "Ride", "Walk", "Hike"]),
        "start_time": iso(t0),
        "distance_m": round(rng.uniform(1000, 42000), 1),
        "duration_s": rng.randint(600, 15000),
        "elevation_gain": round(rng.uniform(0, 900), 1),
        "calories": rng.randint(100, 2500),
        "avg_hr": maybe(rng, rng.randint(110, 170), 0.3),
        "max_hr": maybe(rng, rng.randint(150, 200), 0.3),
        "trail": pts,
        "device_name": pick(rng, ["Garmin Forerunner 265", "Apple Watch Series 9", "COROS PACE 3", "Wahoo ELEMNT"]),
        "gear_id": f"g{rng.randint(100000, 999999)}",
        "visibility": pick(rng, ["everyone", "followers_only", "only_me"]),
        "kudos": rng.randint(0, 80),
    }


@dataset(
    "fitness_routes",
    {
        "id": NO,
        "owner_name": NAME,
        "route": COORD,
        "start_latlng": COORD,
        "end_latlng": COORD,
        "name": NO,
        "distance": NO,
        "created_at": NO,
        "starred": NO,
        "segments.name": NO,
        "segments.kom_time": NO,
        "segments.grade": NO,
        "home": COORD,
        "surface": NO,
    },
)
def fitness_routes(rng: random.Random, now: datetime) -> dict[str, Any]:
    lat, lon = near(rng, pick(rng, [45.76, 40.42, 52.37]), pick(rng, [4.83, -3.70, 4.90]), 0.1)
    line = []
    for _ in range(rng.randint(4, 12)):
        lat, lon = lat + rng.uniform(-0.002, 0.002), lon + rng.uniform(-0.002, 0.002)
        line.append([round(lon, 6), round(lat, 6)])
    hlat, hlon = near(rng, line[0][1], line[0][0], 0.01)
    return {
        "id": rng.randint(10**6, 10**8),
        "owner_name": f"{pick(rng, FR_FIRST + ES_FIRST)} {pick(rng, FR_LAST + ES_LAST)}",
        "name": pick(rng, ["Morning loop", "Col de la Croix", "Commute", "Parque del Retiro 10k", "Vondelpark rondje"]),
        "route": {"type": "LineString", "coordinates": line},
        "start_latlng": [line[0][1], line[0][0]],
        "end_latlng": [line[-1][1], line[-1][0]],
        "home": {"type": "Point", "coordinates": [hlon, hlat]},
        "map_polyline": "".join(rng.choice(string.ascii_letters + "?@_~`^") for _ in range(40)),
        "distance": round(rng.uniform(2, 120), 2),
        "surface": pick(rng, ["road", "gravel", "trail"]),
        "segments": [
            {
                "name": pick(rng, ["Climb A", "Sprint", "Bridge"]),
                "kom_time": rng.randint(30, 900),
                "grade": round(rng.uniform(-8, 12), 1),
            }
            for _ in range(rng.randint(0, 3))
        ],
        "starred": rng.random() < 0.3,
        "created_at": recent(rng, now),
    }


@dataset(
    "telematics",
    {
        "imei": DEV,
        "ts": NO,
        "lat": COORD,
        "lon": COORD,
        "speed_kmh": NO,
        "heading": NO,
        "odometer_km": NO,
        "fuel_pct": NO,
        "engine_temp_c": NO,
        "battery_v": NO,
        "pitch": NO,
        "roll": NO,
        "accel.x": NO,
        "accel.y": NO,
        "accel.z": NO,
        "ignition": NO,
        "driver.name": NAME,
        "driver.phone": PHONE,
        "fleet": NO,
        "event": NO,
        "sats": NO,
        "hdop": NO,
        "fw": NO,
    },
)
def telematics(rng: random.Random, now: datetime) -> dict[str, Any]:
    lat, lon = near(rng, pick(rng, [52.23, 50.45, 41.01, 45.46]), pick(rng, [21.01, 30.52, 28.98, 9.19]), 0.5)
    return {
        "imei": pick(rng, [imei(rng), int(imei(rng))]),
        "vin": "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)),
        "ts": int(recent(rng, now, 5).timestamp()),
        "lat": lat if rng.random() < 0.9 else str(lat),
        "lon": lon if rng.random() < 0.9 else str(lon),
        "speed_kmh": round(rng.uniform(0, 130), 1),
        "heading": rng.randint(0, 359),
        "odometer_km": rng.randint(1000, 400000),
        "fuel_pct": rng.randint(0, 100),
        "engine_temp_c": round(rng.uniform(60, 105), 1),
        "battery_v": round(rng.uniform(11.8, 14.4), 2),
        "pitch": round(rng.uniform(-25, 25), 2),
        "roll": round(rng.uniform(-30, 30), 2),
        "accel": {
            "x": round(rng.gauss(0, 0.3), 3),
            "y": round(rng.gauss(0, 0.3), 3),
            "z": round(rng.gauss(1, 0.05), 3),
        },
        "sats": rng.randint(4, 14),
        "hdop": round(rng.uniform(0.6, 3), 1),
        "ignition": rng.random() < 0.7,
        "event": pick(rng, ["position", "harsh_brake", "ignition_on", "idle"]),
        "driver": {
            "name": f"{pick(rng, RU_FIRST_M + TR_FIRST)} {pick(rng, RU_LAST + TR_LAST)}",
            "phone": maybe(rng, phone(rng, pick(rng, ["PL", "UA", "TR", "IT"])), 0.2),
        },
        "fleet": pick(rng, ["FLEET-EU-02", "TIR-7", "LastMile-WAW"]),
        "fw": f"03.{rng.randint(10, 30)}.{rng.randint(0, 9)}",
    }


@dataset(
    "iot_telemetry",
    {
        "device_mac": DEV,
        "gateway_mac": DEV,
        "device_id": NO,
        "ts": NO,
        "temperature_c": NO,
        "humidity_pct": NO,
        "co2_ppm": NO,
        "battery_pct": NO,
        "rssi_dbm": NO,
        "firmware": NO,
        "room": NO,
        "tilt.x": NO,
        "tilt.y": NO,
        "readings.ts": NO,
        "readings.v": NO,
        "owner_email": EMAIL,
        "online": NO,
        "model": NO,
        "tz": NO,
    },
)
def iot_telemetry(rng: random.Random, now: datetime) -> dict[str, Any]:
    return {
        "device_id": uid(rng),
        "device_mac": mac(rng),
        "gateway_mac": maybe(rng, mac(rng), 0.1),
        "model": pick(rng, ["TH-S1", "Aqara WSDCGQ11LM", "Netatmo NWS01", "Shelly H&T"]),
        "firmware": f"v{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
        "ts": recent(rng, now, 2).isoformat(),
        "temperature_c": round(rng.uniform(15, 29), 2),
        "humidity_pct": round(rng.uniform(25, 75), 1),
        "co2_ppm": rng.randint(400, 2200),
        "battery_pct": rng.randint(0, 100),
        "rssi_dbm": rng.randint(-95, -35),
        "tilt": {"x": round(rng.uniform(-45, 45), 3), "y": round(rng.uniform(-45, 45), 3)},
        "room": pick(rng, ["living room", "bedroom", "kitchen", "garage"]),
        "readings": [
            {"ts": int(recent(rng, now, 1).timestamp()), "v": round(rng.uniform(10, 30), 2)}
            for _ in range(rng.randint(1, 5))
        ],
        "owner_email": maybe(rng, email(rng, pick(rng, EN_FIRST), pick(rng, EN_LAST)), 0.3),
        "online": rng.random() < 0.9,
        "tz": pick(rng, ["Europe/Berlin", "America/New_York", "Asia/Shanghai"]),
    }


@dataset(
    "adtech_bidlog",
    {
        "id": NO,
        "imp.id": NO,
        "imp.bidfloor": NO,
        "imp.banner.w": NO,
        "imp.banner.h": NO,
        "device.ip": IP,
        "device.ipv6": IP,
        "device.ua": NO,
        "device.ifa": DEV,
        "device.make": NO,
        "device.model": NO,
        "device.os": NO,
        "device.osv": NO,
        "device.geo.lat": COORD,
        "device.geo.lon": COORD,
        "device.geo.country": NO,
        "device.geo.city": NO,
        "device.geo.type": NO,
        "device.language": NO,
        "site.domain": NO,
        "site.page": NO,
        "app.bundle": NO,
        "user.gender": NO,
        "bid.price": NO,
        "bid.crid": NO,
        "ts": NO,
        "cur": NO,
        "tmax": NO,
        "regs.gdpr": NO,
    },
)
def adtech_bidlog(rng: random.Random, now: datetime) -> dict[str, Any]:
    ifa = uid(rng)
    ios = rng.random() < 0.4
    lat, lon = near(rng, pick(rng, [40.71, 34.05, 51.5, 19.43]), pick(rng, [-74.0, -118.24, -0.12, -99.13]), 0.3, 4)
    v6 = ":".join(f"{rng.randrange(65536):x}" for _ in range(8))
    return {
        "id": uid(rng),
        "imp": [
            {
                "id": str(i + 1),
                "bidfloor": round(rng.uniform(0.05, 3), 2),
                "banner": {"w": pick(rng, [320, 300, 728]), "h": pick(rng, [50, 250, 90])},
            }
            for i in range(rng.randint(1, 2))
        ],
        "site": {
            "domain": pick(rng, ["news.example.com", "recipes.example.org"]),
            "page": f"https://news.example.com/article/{rng.randint(1, 99999)}",
        }
        if rng.random() < 0.5
        else None,
        "app": {"bundle": pick(rng, ["com.example.game", "id1234567890", "com.weather.forecast"])}
        if rng.random() < 0.6
        else None,
        "device": {
            "ip": f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "ipv6": maybe(rng, v6, 0.6),
            "ua": pick(rng, UAS),
            "ifa": ifa.upper() if ios else ifa,
            "make": "Apple" if ios else pick(rng, ["Samsung", "Xiaomi", "Google"]),
            "model": pick(rng, PHONE_MODELS),
            "os": "iOS" if ios else "Android",
            "osv": f"{rng.randint(12, 17)}.{rng.randint(0, 5)}",
            "language": pick(rng, ["en", "es", "fr"]),
            "geo": {
                "lat": lat,
                "lon": lon,
                "country": pick(rng, ["USA", "GBR", "MEX"]),
                "city": pick(rng, CITIES),
                "type": pick(rng, [1, 2]),
                "zip": f"{rng.randint(10000, 99999)}",
            },
        },
        "user": {
            "id": hexd(rng, 32),
            "yob": maybe(rng, rng.randint(1950, 2005), 0.5),
            "gender": pick(rng, ["M", "F", "O", None]),
        },
        "bid": {"price": round(rng.uniform(0.1, 8), 4), "crid": f"cr-{rng.randint(1000, 9999)}"},
        "cur": ["USD"],
        "tmax": 120,
        "regs": {"gdpr": rng.choice([0, 1])},
        "ts": int(recent(rng, now, 1).timestamp() * 1000),
    }


@dataset(
    "face_128",
    {
        "capture_id": NO,
        "camera_id": NO,
        "captured_at": NO,
        "bbox": NO,
        "embedding": FACE,
        "quality": NO,
        "pose.yaw": NO,
        "pose.pitch": NO,
        "pose.roll": NO,
        "match.person_name": NAME,
        "match.id_number": NID,
        "match.score": NO,
        "snapshot_path": NO,
        "site": NO,
        "age_estimate": NO,
    },
)
def face_128(rng: random.Random, now: datetime) -> dict[str, Any]:
    x, y = rng.randint(0, 1700), rng.randint(0, 900)
    matched = rng.random() < 0.6
    vec = face_vec(rng, 128, False)
    t = recent(rng, now, 60)
    return {
        "capture_id": rng.randint(10**8, 10**9),
        "camera_id": f"CAM-{pick(rng, ['URM', 'KSH', 'SH'])}-{rng.randint(1, 480):04d}",
        "site": pick(rng, ["地铁站入口", "Checkpoint 12", "Mall east gate"]),
        "captured_at": t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        "bbox": [x, y, rng.randint(60, 220), rng.randint(60, 260)],
        "landmarks": [[x + rng.randint(10, 80), y + rng.randint(10, 80)] for _ in range(5)],
        "embedding": vec if rng.random() < 0.85 else json.dumps(vec),
        "quality": round(rng.uniform(0.3, 1), 3),
        "pose": {
            "yaw": round(rng.uniform(-60, 60), 1),
            "pitch": round(rng.uniform(-30, 30), 1),
            "roll": round(rng.uniform(-20, 20), 1),
        },
        "age_estimate": rng.randint(18, 70),
        "match": {
            "person_name": cn_name(rng),
            "id_number": cn_ric(rng, birth(rng, now)),
            "score": round(rng.uniform(0.6, 0.99), 4),
        }
        if matched
        else None,
        "snapshot_path": f"/data/snap/{t.strftime('%Y/%m/%d')}/{rng.randint(10**8, 10**9)}.jpg",
    }


@dataset(
    "face_512_b64",
    {
        "_id": NO,
        "subject": NAME,
        "template_b64": FACE,
        "model": NO,
        "dim": NO,
        "enrolled_at": NO,
        "bbox_norm": NO,
        "liveness": NO,
        "color_hist": NO,
        "device_serial": NO,
        "employee_no": NO,
        "sha256": NO,
    },
)
def face_512_b64(rng: random.Random, now: datetime) -> dict[str, Any]:
    tmpl = face_b64(rng, 512)
    x1, y1 = rng.uniform(0, 0.6), rng.uniform(0, 0.6)
    return {
        "_id": hexd(rng, 24),
        "employee_no": f"E{rng.randint(10000, 99999)}",
        "subject": pick(
            rng,
            [
                f"{pick(rng, EN_FIRST)} {pick(rng, EN_LAST)}",
                f"{pick(rng, AR_FIRST)} {pick(rng, AR_LAST)}",
                pick(rng, OTHER_NAMES),
            ],
        ),
        "template_b64": tmpl,
        "sha256": hashlib.sha256(tmpl.encode()).hexdigest(),
        "model": pick(rng, ["arcface_r100", "facenet512", "insightface-buffalo_l"]),
        "dim": 512,
        "bbox_norm": [
            round(x1, 4),
            round(y1, 4),
            round(x1 + rng.uniform(0.1, 0.3), 4),
            round(y1 + rng.uniform(0.1, 0.3), 4),
        ],
        "color_hist": [round(rng.random() / 8, 4) for _ in range(16)],
        "liveness": round(rng.uniform(0.5, 1), 3),
        "device_serial": f"HK-DS-K1T{rng.randint(100, 999)}-{digits(rng, 8)}",
        "enrolled_at": recent(rng, now, 900),
    }


@dataset(
    "auth_users",
    {
        "id": NO,
        "email": EMAIL,
        "password_hash": SECRET,
        "totp_secret": SECRET,
        "api_key": SECRET,
        "mfa_enabled": NO,
        "role": NO,
        "created_at": NO,
        "last_login_at": NO,
        "failed_logins": NO,
        "locale": NO,
        "hash_algo": NO,
        "email_verified": NO,
        "display_name": NAME,
        "last_login_ip": IP,
        "avatar_url": NO,
        "plan": NO,
    },
)
def auth_users(rng: random.Random, now: datetime) -> dict[str, Any]:
    first, last = pick(rng, EN_FIRST + DE_FIRST + TR_FIRST), pick(rng, EN_LAST + DE_LAST + TR_LAST)
    h = pw_hash(rng)
    mfa = rng.random() < 0.4
    return {
        "id": rng.randint(1, 2_000_000),
        "email": email(rng, first, last),
        "display_name": f"{first} {last}",
        "password_hash": h,
        "hash_algo": h.split("$")[1] if h.startswith("$") else h.split("$")[0],
        "totp_secret": totp(rng) if mfa else None,
        "mfa_enabled": mfa,
        "api_key": maybe(rng, api_key(rng), 0.5),
        "role": pick(rng, ["user", "admin", "editor", "viewer"]),
        "plan": pick(rng, ["free", "pro", "team"]),
        "locale": pick(rng, LANGS),
        "email_verified": rng.random() < 0.8,
        "failed_logins": rng.randint(0, 5),
        "last_login_ip": maybe(
            rng, f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", 0.1
        ),
        "avatar_url": maybe(rng, f"https://cdn.example.com/avatars/{uid(rng)}.png", 0.4),
        "created_at": iso(recent(rng, now, 2000)),
        "last_login_at": int(recent(rng, now, 30).timestamp()),
    }


@dataset(
    "auth_tokens",
    {
        "token_id": NO,
        "user_id": NO,
        "access_token": SECRET,
        "refresh_token": SECRET,
        "client_id": NO,
        "client_secret": SECRET,
        "scope": NO,
        "expires_at": NO,
        "revoked": NO,
        "grant_type": NO,
        "redirect_uri": NO,
        "issued_at": NO,
        "token_type": NO,
    },
)
def auth_tokens(rng: random.Random, now: datetime) -> dict[str, Any]:
    sub = str(rng.randint(1, 10**6))
    t = recent(rng, now, 30)
    return {
        "token_id": uid(rng),
        "user_id": int(sub),
        "access_token": jwt(rng, now, sub),
        "refresh_token": maybe(rng, b64(rng, 32, "url"), 0.1),
        "token_type": "Bearer",
        "client_id": pick(rng, ["web-app", "ios-app", "android-app", "partner-portal"]),
        "client_secret": "cs_" + b64(rng, 24, "url"),
        "grant_type": pick(rng, ["authorization_code", "refresh_token", "password"]),
        "scope": pick(rng, ["openid profile email", "read write", "offline_access"]),
        "redirect_uri": pick(rng, ["https://app.example.com/callback", "com.example.app://oauth"]),
        "issued_at": iso(t),
        "expires_at": iso(t + timedelta(hours=1)),
        "revoked": rng.random() < 0.1,
    }


@dataset(
    "app_logs",
    {
        "@timestamp": NO,
        "level": NO,
        "logger": NO,
        "request_id": NO,
        "trace_id": NO,
        "client_ip": IP,
        "user.email": EMAIL,
        "user.id": NO,
        "http.method": NO,
        "http.path": NO,
        "http.status": NO,
        "http.user_agent": NO,
        "latency_ms": NO,
        "host": NO,
        "service": NO,
        "version": NO,
        "bytes": NO,
        "file": NO,
        "x_forwarded_for": IP,
    },
)
def app_logs(rng: random.Random, now: datetime) -> dict[str, Any]:
    ip = pick(
        rng,
        [
            f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2a02:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(65536):x}",
        ],
    )
    mail = email(rng, pick(rng, EN_FIRST + FR_FIRST), pick(rng, EN_LAST + FR_LAST))
    return {
        "@timestamp": recent(rng, now, 3).isoformat(timespec="milliseconds"),
        "level": pick(rng, ["INFO", "WARN", "ERROR", "DEBUG"]),
        "logger": pick(rng, ["app.auth", "app.api.orders", "uvicorn.access"]),
        "service": pick(rng, ["checkout", "auth", "search"]),
        "version": f"{rng.randint(1, 3)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
        "host": f"ip-10-0-{rng.randint(0, 255)}-{rng.randint(1, 254)}.eu-west-1.compute.internal",
        "request_id": uid(rng),
        "trace_id": hexd(rng, 32),
        "session_id": b64(rng, 18, "url"),
        "client_ip": ip,
        "x_forwarded_for": maybe(rng, ip, 0.3),
        "upstream_addr": f"10.0.{rng.randint(0, 9)}.{rng.randint(1, 254)}:8080",
        "user": {"id": rng.randint(1, 10**6), "email": maybe(rng, mail, 0.3)},
        "http": {
            "method": pick(rng, ["GET", "POST", "PUT"]),
            "path": pick(rng, ["/api/v1/orders", "/login", "/api/v2/search?q=shoes", "/health"]),
            "status": pick(rng, [200, 200, 201, 302, 401, 404, 500]),
            "user_agent": pick(rng, UAS),
        },
        "latency_ms": round(rng.expovariate(1 / 80), 2),
        "bytes": rng.randint(0, 200000),
        "file": pick(rng, ["/var/log/app/app.log", "/srv/checkout/logs/access.log"]),
        "message": pick(
            rng, [f"login failed for {mail}", "order created", "cache miss", f"password reset requested by {mail}"]
        ),
    }


@dataset(
    "erp_catalogue",
    {
        "sku": NO,
        "ean": NO,
        "upc": NO,
        "name": NO,
        "description": NO,
        "price": NO,
        "currency": NO,
        "weight_kg": NO,
        "dimensions_cm.l": NO,
        "dimensions_cm.w": NO,
        "dimensions_cm.h": NO,
        "version": NO,
        "category": NO,
        "supplier": NO,
        "country_of_origin": NO,
        "hs_code": NO,
        "stock_qty": NO,
        "active": NO,
        "updated_at": NO,
        "image_url": NO,
        "phone_model": NO,
        "lot_number": NO,
        "warehouse.code": NO,
        "warehouse.city": NO,
        "checksum": NO,
        "datasheet": NO,
        "tags": NO,
        "rating": NO,
    },
)
def erp_catalogue(rng: random.Random, now: datetime) -> dict[str, Any]:
    upc_body = digits(rng, 11)
    return {
        "sku": f"{pick(rng, ['ACC', 'ELE', 'HOM', 'FOO'])}-{rng.randint(1000, 99999)}-{pick(rng, ['BLK', 'WHT', 'L', 'XL'])}",
        "ean": pick(rng, [ean13(rng), int(ean13(rng))]),
        "upc": upc_body + ean.calc_check_digit(upc_body),
        "name": pick(rng, PRODUCTS),
        "description": maybe(
            rng, pick(rng, ["Durable and lightweight.", "Hergestellt in Deutschland.", "新品上市", "Pack of 12"]), 0.2
        ),
        "phone_model": maybe(rng, pick(rng, PHONE_MODELS), 0.5),
        "price": pick(rng, [round(rng.uniform(0.5, 2000), 2), f"{rng.uniform(0.5, 2000):.2f}"]),
        "currency": pick(rng, CURRENCIES),
        "weight_kg": round(rng.uniform(0.01, 40), 3),
        "dimensions_cm": {
            "l": round(rng.uniform(1, 120), 1),
            "w": round(rng.uniform(1, 80), 1),
            "h": round(rng.uniform(0.5, 60), 1),
        },
        "version": pick(
            rng, [f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"rev{rng.randint(1, 9)}", 2.0]
        ),
        "category": pick(rng, ["Electronics > Accessories", "Home & Kitchen", "Grocery", "Sports"]),
        "supplier": pick(rng, COMPANIES),
        "country_of_origin": pick(rng, COUNTRIES),
        "hs_code": pick(rng, ["8517.62", "3924.10", "0902.10", "6404.11"]) + digits(rng, 2),
        "lot_number": f"L{now.year % 100}{rng.randint(1, 52):02d}-{digits(rng, 5)}",
        "stock_qty": rng.randint(-5, 5000),
        "warehouse": {
            "code": pick(rng, ["WH-DE-01", "WH-PL-03", "WH-CN-SZ"]),
            "city": pick(rng, ["Hamburg", "Poznań", "Shenzhen"]),
        },
        "active": pick(rng, [True, False, 1, 0]),
        "rating": maybe(rng, round(rng.uniform(1, 5), 1), 0.3),
        "tags": rng.sample(["new", "sale", "eco", "bestseller", "bundle"], 2),
        "image_url": f"https://cdn.shop.example/img/{hexd(rng, 12)}.webp",
        "datasheet": f"/mnt/pim/datasheets/{rng.randint(1000, 9999)}/spec_v{rng.randint(1, 4)}.pdf",
        "checksum": hexd(rng, 64),
        "updated_at": recent(rng, now),
    }


@dataset(
    "fin_transactions",
    {
        "txn_id": NO,
        "card_number": CARD,
        "card_masked": NO,
        "card_last4": NO,
        "card_bin": NO,
        "cardholder": NAME,
        "iban": IBAN,
        "counterparty.iban": IBAN,
        "counterparty.name": NAME,
        "counterparty.bic": NO,
        "amount": NO,
        "currency": NO,
        "merchant.name": NO,
        "merchant.mcc": NO,
        "merchant.city": NO,
        "merchant.country": NO,
        "merchant.id": NO,
        "auth_code": NO,
        "booked_at": NO,
        "value_date": NO,
        "status": NO,
        "channel": NO,
        "reference": NO,
        "fraud_score": NO,
    },
)
def fin_transactions(rng: random.Random, now: datetime) -> dict[str, Any]:
    num = card(rng)
    cc = pick(rng, ["DE", "GB", "FR", "NL", "ES", "IT", "TR", "PL"])
    t = recent(rng, now, 90)
    first, last = pick(rng, EN_FIRST + DE_FIRST + ES_FIRST + TR_FIRST), pick(rng, EN_LAST + DE_LAST + ES_LAST + TR_LAST)
    return {
        "txn_id": f"TX{t.strftime('%Y%m%d%H%M%S')}{digits(rng, 6)}",
        "card_number": maybe(rng, fmt_card(rng, num), 0.1),
        "card_masked": masked(num, rng.randrange(3)),
        "card_last4": num[-4:],
        "card_bin": num[:6],
        "cardholder": maybe(rng, f"{first} {last}".upper(), 0.1),
        "iban": iban_no(rng, cc),
        "counterparty": {
            "iban": maybe(rng, iban_no(rng, pick(rng, ["DE", "FR", "NL", "ES"])), 0.2),
            "name": f"{pick(rng, FR_FIRST + DE_FIRST)} {pick(rng, FR_LAST + DE_LAST)}",
            "bic": pick(rng, ["INGBNL2A", "BNPAFRPP", "DEUTDEFF", "CAIXESBB"]),
        },
        "amount": pick(rng, [round(rng.uniform(-3000, 3000), 2), f"{rng.uniform(1, 3000):.2f}"]),
        "currency": pick(rng, ["EUR", "GBP", "TRY", "PLN"]),
        "merchant": {
            "name": pick(rng, ["AMAZON EU SARL", "TESCO STORES 3117", "Lidl sagt Danke", "UBER *TRIP", "SHELL 0042"]),
            "mcc": pick(rng, ["5411", "5812", "4121", "5541", "5999"]),
            "city": pick(rng, CITIES),
            "country": pick(rng, COUNTRIES),
            "id": digits(rng, 15),
        },
        "auth_code": f"{rng.randint(0, 999999):06d}",
        "booked_at": iso(t),
        "value_date": (t + timedelta(days=rng.randint(0, 2))).date().isoformat(),
        "status": pick(rng, ["BOOKED", "PENDING", "REVERSED", "DECLINED"]),
        "channel": pick(rng, ["POS", "ECOM", "ATM", "SEPA_CT"]),
        "reference": maybe(rng, f"RF{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}", 0.4),
        "fraud_score": round(rng.random(), 3),
    }


@dataset(
    "dw_opaque_people",
    {
        "c1": NAME,
        "c2": EMAIL,
        "c3": PHONE,
        "c4": NO,
        "c5": NO,
        "c6": NO,
        "c7": NO,
        "col_17": NID,
        "col_18": CARD,
        "f_3": COORD,
        "f_4": COORD,
        "f_5": NO,
        "f_6": NO,
        "c8": DOB,
        "c9": NO,
        "col_20": IP,
    },
)
def dw_opaque_people(rng: random.Random, now: datetime) -> dict[str, Any]:
    first, last = pick(rng, EN_FIRST + ES_FIRST), pick(rng, EN_LAST + ES_LAST)
    lat, lon = near(rng, pick(rng, [40.42, 19.43, 34.05]), pick(rng, [-3.70, -99.13, -118.24]), 0.3)
    b = birth(rng, now)
    return {
        "c1": f"{first} {last}",
        "c2": email(rng, first, last),
        "c3": phone(rng, pick(rng, ["ES", "MX", "US"]), "e164"),
        "c4": iso(recent(rng, now)),
        "c5": round(rng.uniform(0, 900), 2),
        "c6": uid(rng),
        "c7": pick(rng, ["A", "B", "C", "Z"]),
        "c8": b.isoformat(),
        "c9": rng.randint(0, 120),
        "col_17": es_dni(rng),
        "col_18": card(rng),
        "col_20": f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "f_3": lat,
        "f_4": lon,
        "f_5": round(rng.uniform(-40, 40), 3),
        "f_6": round(rng.uniform(-40, 40), 3),
    }


@dataset(
    "dw_opaque_metrics",
    {
        "c1": NO,
        "c2": NO,
        "c3": NO,
        "c4": NO,
        "c5": NO,
        "col_17": NO,
        "col_18": NO,
        "col_19": NO,
        "f_1": NO,
        "f_2": NO,
        "f_3": NO,
        "f_4": NO,
        "f_5": NO,
        "c6": NO,
        "c7": NO,
    },
)
def dw_opaque_metrics(rng: random.Random, now: datetime) -> dict[str, Any]:
    return {
        "c1": pick(rng, ["EMEA", "APAC", "AMER"]),
        "c2": (now - timedelta(days=rng.randint(0, 365))).date().isoformat(),
        "c3": rng.randint(0, 10**7),
        "c4": round(rng.uniform(0, 1), 6),
        "c5": hexd(rng, 40),
        "c6": int(recent(rng, now).timestamp()),
        "c7": pick(rng, CURRENCIES),
        "col_17": digits(rng, 16),
        "col_18": f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
        "col_19": pick(rng, COUNTRIES),
        "f_1": round(rng.uniform(-90, 90), 4),
        "f_2": round(rng.uniform(-90, 90), 4),
        "f_3": round(rng.gauss(100, 15), 2),
        "f_4": [round(rng.random(), 3) for _ in range(4)],
        "f_5": pick(rng, [True, False, None]),
    }


@dataset(
    "cn_express_waybill",
    {
        "运单号": NO,
        "寄件人": NAME,
        "寄件人电话": PHONE,
        "寄件地址": ADDR,
        "收件人": NAME,
        "收件人电话": PHONE,
        "收件地址": ADDR,
        "重量kg": NO,
        "运费": NO,
        "物品": NO,
        "揽收时间": NO,
        "网点": NO,
        "状态": NO,
        "签收人": NAME,
    },
)
def cn_express_waybill(rng: random.Random, now: datetime) -> dict[str, Any]:
    t = recent(rng, now, 60)
    return {
        "运单号": pick(rng, ["SF", "YT", "ZTO", "JD"]) + digits(rng, 12),
        "寄件人": cn_name(rng),
        "寄件人电话": phone(rng, "CN", pick(rng, ["digits", "int"])),
        "寄件地址": cn_addr(rng),
        "收件人": cn_name(rng),
        "收件人电话": pick(
            rng,
            [
                phone(rng, "CN", "digits"),
                str(phone(rng, "CN", "digits"))[:3] + "****" + str(phone(rng, "CN", "digits"))[7:],
            ],
        )
        if rng.random() < 0.05
        else phone(rng, "CN", "digits"),
        "收件地址": cn_addr(rng),
        "物品": pick(rng, ["文件", "衣服", "电子产品", "食品"]),
        "重量kg": round(rng.uniform(0.1, 20), 2),
        "运费": rng.choice([8, 10, 12, 15, 23]),
        "网点": pick(rng, ["深圳南山营业部", "乌鲁木齐转运中心", "上海浦东分拨"]),
        "状态": pick(rng, ["已签收", "运输中", "派送中", "已揽收"]),
        "签收人": maybe(rng, pick(rng, [cn_name(rng), "本人", "快递柜", "门卫"]), 0.3),
        "揽收时间": t.strftime("%Y-%m-%d %H:%M"),
    }


@dataset(
    "mobile_analytics",
    {
        "event_date": NO,
        "event_timestamp": NO,
        "event_name": NO,
        "event_params.key": NO,
        "event_params.value.string_value": NO,
        "event_params.value.int_value": NO,
        "device.advertising_id": DEV,
        "device.category": NO,
        "device.mobile_brand_name": NO,
        "device.mobile_model_name": NO,
        "device.operating_system_version": NO,
        "device.language": NO,
        "geo.country": NO,
        "geo.region": NO,
        "geo.city": NO,
        "app_info.id": NO,
        "app_info.version": NO,
        "platform": NO,
        "user_ltv.revenue": NO,
        "traffic_source.source": NO,
        "app_instance_id": NO,
    },
)
def mobile_analytics(rng: random.Random, now: datetime) -> dict[str, Any]:
    t = recent(rng, now, 7)
    ios = rng.random() < 0.4
    ad = uid(rng)
    params = [
        {"key": "screen", "value": {"string_value": pick(rng, ["home", "cart", "checkout"]), "int_value": None}},
        {"key": "engagement_ms", "value": {"string_value": None, "int_value": rng.randint(100, 90000)}},
    ]
    return {
        "event_date": t.strftime("%Y%m%d"),
        "event_timestamp": int(t.timestamp() * 1_000_000),
        "event_name": pick(rng, ["screen_view", "purchase", "session_start", "add_to_cart"]),
        "event_params": params,
        "user_pseudo_id": hexd(rng, 32),
        "app_instance_id": hexd(rng, 32),
        "device": {
            "advertising_id": ad.upper() if ios else ad,
            "category": "mobile",
            "mobile_brand_name": "Apple" if ios else pick(rng, ["Samsung", "Xiaomi"]),
            "mobile_model_name": pick(rng, PHONE_MODELS),
            "operating_system_version": f"{'iOS' if ios else 'Android'} {rng.randint(12, 17)}",
            "language": pick(rng, LANGS),
        },
        "geo": {
            "country": pick(rng, ["Turkey", "Brazil", "India"]),
            "region": pick(rng, ["Istanbul", "São Paulo", "Maharashtra"]),
            "city": pick(rng, CITIES),
        },
        "app_info": {"id": "com.example.shop", "version": f"4.{rng.randint(0, 30)}.{rng.randint(0, 9)}"},
        "platform": "IOS" if ios else "ANDROID",
        "user_ltv": {"revenue": round(rng.uniform(0, 300), 2)},
        "traffic_source": {"source": pick(rng, ["google", "(direct)", "facebook"])},
    }


@dataset(
    "ecommerce_orders",
    {
        "order_number": NO,
        "placed_at": NO,
        "customer.email": EMAIL,
        "customer.first_name": NAME,
        "customer.last_name": NAME,
        "customer.accepts_marketing": NO,
        "shipping_address": ADDR,
        "shipping_address.first_name": NAME,
        "shipping_address.last_name": NAME,
        "shipping_address.phone": PHONE,
        "billing_address.first_name": NAME,
        "billing_address.last_name": NAME,
        "billing_address.phone": PHONE,
        "billing_address": ADDR,
        "line_items.sku": NO,
        "line_items.title": NO,
        "line_items.quantity": NO,
        "line_items.price": NO,
        "total_price": NO,
        "currency": NO,
        "financial_status": NO,
        "fulfillment_status": NO,
        "tracking_url": NO,
        "browser_ip": IP,
        "gateway": NO,
        "tags": NO,
        "discount_codes": NO,
    },
)
def ecommerce_orders(rng: random.Random, now: datetime) -> dict[str, Any]:
    first, last = pick(rng, EN_FIRST + FR_FIRST + DE_FIRST), pick(rng, EN_LAST + FR_LAST + DE_LAST)

    def addr() -> dict[str, Any]:
        return {
            "first_name": first,
            "last_name": last,
            "address1": f"{rng.randint(1, 999)} {pick(rng, ['King St', 'Rue Oberkampf', 'Lindenstraße'])}",
            "address2": maybe(rng, f"Apt {rng.randint(1, 40)}", 0.5),
            "city": pick(rng, ["Toronto", "Paris", "Berlin", "Boston"]),
            "zip": f"{rng.randint(10000, 99999)}",
            "country_code": pick(rng, ["CA", "FR", "DE", "US"]),
            "phone": maybe(rng, phone(rng, pick(rng, ["US", "FR", "DE"])), 0.4),
        }

    ship = addr()
    return {
        "order_number": f"#{rng.randint(1001, 99999)}",
        "placed_at": iso(recent(rng, now)),
        "customer": {
            "email": email(rng, first, last),
            "first_name": first,
            "last_name": last,
            "accepts_marketing": rng.random() < 0.3,
        },
        "shipping_address": ship,
        "billing_address": ship if rng.random() < 0.7 else addr(),
        "line_items": [
            {
                "sku": f"SKU{rng.randint(10000, 99999)}",
                "title": pick(rng, PRODUCTS),
                "quantity": rng.randint(1, 3),
                "price": f"{rng.uniform(3, 300):.2f}",
            }
            for _ in range(rng.randint(1, 4))
        ],
        "total_price": f"{rng.uniform(10, 900):.2f}",
        "currency": pick(rng, ["USD", "EUR", "CAD"]),
        "financial_status": pick(rng, ["paid", "refunded", "pending"]),
        "fulfillment_status": pick(rng, ["fulfilled", None, "partial"]),
        "gateway": pick(rng, ["shopify_payments", "paypal", "stripe"]),
        "browser_ip": f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "tracking_url": maybe(rng, f"https://track.example-post.com/?id={digits(rng, 14)}", 0.4),
        "tags": pick(rng, ["", "vip", "wholesale, repeat"]),
        "discount_codes": rng.sample(["WELCOME10", "BLACKFRIDAY", "FREESHIP"], rng.randint(0, 1)),
    }


@dataset(
    "telecom_cdr",
    {
        "cdr_id": NO,
        "msisdn_a": PHONE,
        "msisdn_b": PHONE,
        "imei": DEV,
        "subscriber_name": NAME,
        "call_start": NO,
        "duration_s": NO,
        "call_type": NO,
        "cell_id": NO,
        "lac": NO,
        "mcc_mnc": NO,
        "charge": NO,
        "roaming": NO,
        "bytes_up": NO,
        "bytes_down": NO,
    },
)
def telecom_cdr(rng: random.Random, now: datetime) -> dict[str, Any]:
    region = pick(rng, ["SA", "AE"])
    return {
        "cdr_id": f"{rng.randint(10**11, 10**12)}",
        "msisdn_a": phone(rng, region, pick(rng, ["e164", "int", "digits"])),
        "msisdn_b": phone(rng, pick(rng, ["SA", "AE", "IN", "EG"]), pick(rng, ["e164", "int"])),
        "imsi": f"{pick(rng, ['420', '424'])}0{rng.randint(1, 9)}{digits(rng, 10)}",
        "imei": imei(rng),
        "subscriber_name": f"{pick(rng, AR_FIRST)} {pick(rng, AR_LAST)}"
        if rng.random() < 0.7
        else f"{pick(rng, IN_FIRST)} {pick(rng, IN_LAST)}",
        "call_start": recent(rng, now, 30).strftime("%Y%m%d%H%M%S"),
        "duration_s": rng.randint(0, 3600),
        "call_type": pick(rng, ["MOC", "MTC", "SMS-MO", "DATA"]),
        "cell_id": rng.randint(1000, 65535),
        "lac": rng.randint(100, 9999),
        "cell_lat": round(rng.uniform(21, 26), 5),
        "cell_lon": round(rng.uniform(39, 56), 5),
        "mcc_mnc": pick(rng, ["42001", "42403", "42005"]),
        "charge": round(rng.uniform(0, 20), 3),
        "roaming": pick(rng, ["N", "Y"]),
        "bytes_up": rng.randint(0, 10**8),
        "bytes_down": rng.randint(0, 10**9),
    }


@dataset(
    "es_clinic",
    {
        "paciente": NAME,
        "dni": NID,
        "fecha_nacimiento": DOB,
        "telefono": PHONE,
        "correo": EMAIL,
        "domicilio": ADDR,
        "diagnostico": HEALTH,
        "alergias": HEALTH,
        "cie10": HEALTH,
        "medico": NAME,
        "cita": NO,
        "consulta": NO,
        "especialidad": NO,
        "aseguradora": NO,
        "importe": NO,
        "estado": NO,
        "historia_id": NO,
    },
)
def es_clinic(rng: random.Random, now: datetime) -> dict[str, Any]:
    first, l1, l2 = pick(rng, ES_FIRST), pick(rng, ES_LAST), pick(rng, ES_LAST)
    b = birth(rng, now, 0, 95)
    return {
        "historia_id": rng.randint(100000, 999999),
        "paciente": f"{first} {l1} {l2}",
        "dni": pick(rng, [es_dni(rng), es_dni(rng).lower()]),
        "fecha_nacimiento": pick(rng, [b.strftime("%d/%m/%Y"), b.strftime("%d-%m-%Y")]),
        "telefono": phone(rng, "ES"),
        "correo": maybe(rng, email(rng, first, l1, ["gmail.com", "hotmail.es", "telefonica.net"]), 0.3),
        "domicilio": f"{pick(rng, ['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de Gracia'])} {rng.randint(1, 200)}, "
        f"{rng.randint(1, 8)}º {pick(rng, 'ABCD')}, {rng.randint(1000, 52999):05d} {pick(rng, ['Madrid', 'Sevilla', 'Barcelona', 'Bilbao'])}",
        "diagnostico": maybe(rng, pick(rng, ES_DX), 0.1),
        "alergias": rng.sample(ES_ALLERG, rng.randint(0, 2)),
        "cie10": pick(rng, ICD10),
        "medico": f"Dr. {pick(rng, ES_LAST)}"
        if rng.random() < 0.5
        else f"Dra. {pick(rng, ES_FIRST)} {pick(rng, ES_LAST)}",
        "especialidad": pick(rng, ["Medicina de familia", "Cardiología", "Endocrinología", "Psiquiatría"]),
        "consulta": f"C-{rng.randint(1, 30)}",
        "cita": (now + timedelta(days=rng.randint(-60, 60), minutes=rng.randint(0, 600))).strftime("%d/%m/%Y %H:%M"),
        "aseguradora": pick(rng, ["Sanitas", "Adeslas", "SNS", "Mapfre Salud"]),
        "importe": round(rng.uniform(0, 250), 2),
        "estado": pick(rng, ["programada", "atendida", "cancelada", "no presentado"]),
    }


def build(seed: int, now: datetime, records: int = 200) -> list[Dataset]:
    """All datasets, ``records`` records each, reproducible from ``seed`` and ``now``."""
    out: list[Dataset] = []
    for name, gen, labels in REGISTRY:
        rng = random.Random(f"heldout2-{seed}-{name}")
        recs = [gen(rng, now) for _ in range(records)]
        out.append((name, recs, dict(labels)))
    return out


if __name__ == "__main__":
    data = build(42, datetime.now(UTC).replace(microsecond=0), 200)
    total = sum(len(lab) for _, _, lab in data)
    neg = sum(1 for _, _, lab in data for v in lab.values() if v is None)
    print(f"{len(data)} datasets, {total} labelled fields, {neg} non-personal ({neg / total:.0%})")
