"""Held-out labelled datasets for the classify benchmark, written independently of the detectors.

``build(seed, now)`` returns ``(name, records, labels)`` triples (the shape of ``datasets.build``):
38 leak shapes × 200 records, labelled per dotted field path (arrays are not indexed). Every value is
synthetic: national IDs are generated with valid check digits and verified with python-stdnum
(``is_valid``), cards and IMEIs are Luhn-valid, IBANs carry valid check digits; names, addresses and
phones are drawn from small hand-written vocabularies (no real people).

The author of this module did not read ``src/ajar/detectors/``, ``src/ajar/pipeline/classify.py``,
``datasets.py`` or ``synth.py``; labels follow DESIGN.md §5 as a privacy officer reads it:

* a lone city / state / country / ISO code is not an address; a street line with a house number is;
* dates of creation, orders, hire, visits, passport issue and card expiry are not birth dates, even
  when spread over decades or written like one;
* company, employer, merchant, hotel and product names are not person names; a physician's or
  courier's name is;
* session, reset and bearer tokens, plaintext passwords and webhook URLs carrying a secret are
  ``credential.secret``; request ids, etags, commit hashes and file digests are not;
* a 384-d sentence embedding of product text is not biometric; a 128/512-d face vector is;
* pixel ``x``/``y``, sensor angles and readings in [-90, 90] are not coordinates; GIS ``y``/``x`` are;
* an object that is one position or one postal address (GeoJSON, ``{lat, lng}``, an OpenRTB ``geo``
  with country and city, a trail of ``{t, lat, lng, speed}`` fixes, ``shipping: {street, city, zip}``)
  is labelled at the object's path and its parts are not labelled; split top-level columns
  (``lat``/``lon``, ``wd``/``jd``, ``y``/``x``) are labelled at each column;
* ``nationality``/``citizenship`` ISO codes are not ethnicity; Russian «национальность», Chinese 民族,
  Brazilian raça/cor and UK/US census categories are.

Deliberately left OUT of the labels (debatable, so neither scored right nor wrong when ignored;
a prediction on them still counts as a false positive of that category, as ``score`` does):
postcodes alone (``plz``, ``postcode``, ``zip``, 郵便番号), 籍贯 ``jg`` (native place), masked card numbers
(``card_last4``: ``**** 4242``), a Postgres URL with an embedded password (``database_url``), SIM ICCIDs,
the medical record number (``patient.mrn``), Pix keys (``chave_pix``: CPF, phone or random key in one
column), blood pressure (``patient.bp``), QQ account numbers (``qq``) and a password ``salt``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import string
import struct
import unicodedata
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import phonenumbers
import stdnum.br.cpf
import stdnum.cn.ric
import stdnum.de.idnr
import stdnum.es.dni
import stdnum.es.nie
import stdnum.fr.nir
import stdnum.gb.nhs
import stdnum.iban
import stdnum.in_.aadhaar
import stdnum.it.codicefiscale
import stdnum.jp.in_
import stdnum.kr.rrn
import stdnum.luhn
import stdnum.pl.pesel
import stdnum.ru.inn
import stdnum.tr.tckimlik
import stdnum.us.ssn
import stdnum.verhoeff

from ajar.models import Category

Dataset = tuple[str, list[dict[str, Any]], dict[str, Category | None]]
R = random.Random

NAME = Category.PERSON_NAME
NID = Category.NATIONAL_ID
DOB = Category.BIRTH_DATE
PHONE = Category.PHONE
EMAIL = Category.EMAIL
ADDR = Category.ADDRESS
GEO = Category.COORDINATES
IP = Category.IP_ADDRESS
DEV = Category.DEVICE_ID
CARD = Category.CARD_NUMBER
IBAN = Category.IBAN
ETH = Category.ETHNICITY
REL = Category.RELIGION
HEALTH = Category.HEALTH
FACE = Category.FACE_EMBEDDING
SECRET = Category.SECRET

# --------------------------------------------------------------------------------------------------
# vocabularies (hand-written, no real person)

LATIN = {
    "en": (
        "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
        "Joseph Jessica Thomas Sarah Charles Karen Emily Daniel Olivia Ethan Ava Noah Mia Tyler Brittany",
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Wilson Anderson Taylor Moore "
        "Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Young O'Brien McCarthy Sullivan",
    ),
    "de": (
        "Lukas Leon Finn Jonas Paul Felix Maximilian Anna Lena Lea Hannah Sophie Marie Johanna Katharina Jürgen "
        "Günter Ursula Sabine Wolfgang Dieter Heike",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
        "Klein Wolf Schröder Neumann Schwarz Zimmermann",
    ),
    "fr": (
        "Jean Pierre Michel Philippe Nicolas Camille Léa Manon Chloé Inès Julien Mathilde François Hélène Élodie "
        "Théo Hugo Louise Jean-Baptiste Marie-Claire",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
        "David Bertrand Roux Fontaine Girard Lemaire",
    ),
    "es": (
        "José Antonio Manuel Francisco Javier Carmen María Lucía Isabel Pilar Alejandro Sergio Elena Marta Raúl "
        "Rocío Nuria Iñaki",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
        "Díaz Moreno Álvarez Romero Navarro",
    ),
    "pt": (
        "João Maria Ana Francisco Antônio Luiz Paulo Carlos Juliana Fernanda Gabriel Letícia Rafael Beatriz "
        "Thiago Camila Vitória Matheus",
        "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Ribeiro Carvalho Almeida Costa "
        "Araújo Barbosa Nascimento Conceição",
    ),
    "it": (
        "Giuseppe Giovanni Antonio Marco Francesca Giulia Chiara Alessandro Luca Matteo Sofia Valentina Lorenzo "
        "Federica Salvatore Rosa",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa "
        "Fontana",
    ),
    "pl": (
        "Piotr Krzysztof Anna Katarzyna Małgorzata Tomasz Paweł Agnieszka Michał Magdalena Łukasz Joanna "
        "Grzegorz Ewa Wojciech Zofia",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
        "Kozłowski Mazur Krawczyk",
    ),
    "tr": (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan Fatma Ayşe Emine Hatice Zeynep Elif Emre Burak Özlem Gökhan "
        "İbrahim Şule",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç",
    ),
    "in": (
        "Aarav Vivaan Aditya Rahul Priya Ananya Sneha Rohan Arjun Kavya Deepak Pooja Sunita Rajesh Lakshmi "
        "Venkatesh Sanjay Meenakshi",
        "Sharma Verma Gupta Patel Singh Kumar Reddy Iyer Nair Das Mehta Joshi Rao Chatterjee Banerjee Pillai "
        "Agarwal Menon",
    ),
    "ng": (
        "Chinedu Ngozi Oluwaseun Adebayo Emeka Funmilayo Ibrahim Aisha Chiamaka Tunde Yetunde Obinna",
        "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Abubakar Bello Olawale Adeleke",
    ),
    "nl": (
        "Daan Sem Emma Julia Bram Sanne Pieter Anouk Thijs Fleur",
        "de Jong Jansen de Vries van den Berg van Dijk Bakker Visser Smit Meijer de Boer".replace("de Jong", "de_Jong"),
    ),
}
LATIN = {k: (f.split(), [x.replace("_", " ") for x in last.split()]) for k, (f, last) in LATIN.items()}
LATIN["nl"] = (
    LATIN["nl"][0],
    ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer"],
)
VN = (
    ["An", "Bình", "Hương", "Linh", "Minh", "Thảo", "Tuấn", "Lan", "Dũng"],
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"],
)

CN_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严"
) + ["欧阳", "司马", "诸葛", "上官"]
CN_GIVEN = (
    "伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 文 华 建华 建国 志强 晓明 婷 雪 慧 "
    "欣怡 子涵 浩然 宇轩 梓萱 一诺 思远 俊杰 佳怡 雨桐 嘉怡 晨 博 鑫 宁 颖 鹏 辉 玲 海燕 国庆 红梅 春花 德华 卫东"
).split()
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
    ("吉田", "ヨシダ"),
    ("山田", "ヤマダ"),
    ("佐々木", "ササキ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
]
JP_GIVEN = [
    ("翔太", "ショウタ"),
    ("大輔", "ダイスケ"),
    ("拓也", "タクヤ"),
    ("健太", "ケンタ"),
    ("陽菜", "ヒナ"),
    ("結衣", "ユイ"),
    ("美咲", "ミサキ"),
    ("葵", "アオイ"),
    ("花子", "ハナコ"),
    ("直樹", "ナオキ"),
    ("恵子", "ケイコ"),
    ("由美", "ユミ"),
    ("蓮", "レン"),
    ("悠真", "ユウマ"),
    ("さくら", "サクラ"),
]
KR_SUR = list("김이박최정강조윤장임한오서신권황안송류홍")
KR_GIVEN = "민준 서연 도윤 서윤 시우 지우 하준 하은 주원 지호 지민 수빈 예준 유진 현우 은지 성민 영희 철수 미영".split()
RU_M = (
    "Александр Сергей Дмитрий Андрей Алексей Иван Михаил Николай Владимир Евгений Артём Олег".split(),
    "Александрович Сергеевич Иванович Петрович Николаевич Владимирович Андреевич Олегович".split(),
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков".split(),
)
RU_F = (
    "Елена Ольга Наталья Татьяна Ирина Анна Мария Светлана Екатерина Юлия Дарья Ксения".split(),
    "Александровна Сергеевна Ивановна Петровна Николаевна Владимировна Андреевна Олеговна".split(),
    [s + "а" for s in RU_M[2]],
)
AR_FIRST = (
    "محمد أحمد علي عمر خالد يوسف إبراهيم عبدالله حسن سعيد فيصل طارق فاطمة عائشة مريم نورة سارة ليلى هند زينب".split()
)
AR_LAST = "العتيبي القحطاني الشمري الدوسري الحربي المطيري الزهراني الغامدي الأحمد السيد حداد منصور الخطيب".split()
UY_CN = (
    "买买提 阿不都热合曼 古丽娜尔 热依拉 艾尔肯 努尔古丽 阿依古丽 伊力哈木 帕提古丽 艾合买提江 迪丽拜尔 吐尔逊".split(),
    "艾力 吐尔逊 买买提 阿不力孜 吐尔洪 艾买提 热合曼 吾斯曼 阿布都拉 玉素甫".split(),
)
UY_AR = (
    "مەمەت ئابدۇراخمان گۈلنار رەيلا ئەركىن نۇرگۈل ئايگۈل ئىلھام پاتىگۈل ئەخمەتجان".split(),
    "ئەلى تۇرسۇن مەمەت ئابلىز تۇرغۇن ئەخمەت راخمان ئوسمان".split(),
)

CN_PLACES = [
    ("110105", "北京市", ["朝阳区", "海淀区", "东城区"]),
    ("310115", "上海市", ["浦东新区", "徐汇区", "静安区"]),
    ("440305", "广东省深圳市", ["南山区", "福田区"]),
    ("440106", "广东省广州市", ["天河区", "越秀区"]),
    ("330106", "浙江省杭州市", ["西湖区", "滨江区"]),
    ("510107", "四川省成都市", ["武侯区", "锦江区"]),
    ("650102", "新疆维吾尔自治区乌鲁木齐市", ["天山区", "沙依巴克区"]),
    ("420111", "湖北省武汉市", ["洪山区", "江汉区"]),
    ("653101", "新疆维吾尔自治区喀什地区喀什市", ["吐曼路街道", "亚瓦格街道"]),
    ("370102", "山东省济南市", ["历下区", "市中区"]),
]
CN_ROADS = "建国路 中山路 人民路 解放路 南京东路 科技园南路 天府大道 文三路 友好北路 和平街 团结路 光明大道".split()
CN_COMPANIES = [
    "深圳市腾达科技有限公司",
    "北京华信网络技术有限公司",
    "上海浦江物流有限公司",
    "杭州云启信息科技有限公司",
    "成都蜀味餐饮管理有限公司",
    "武汉长江建设集团",
    "中国移动通信集团",
    "乌鲁木齐天山纺织厂",
    "个体",
    "无业",
]
CITIES = {
    "us": [
        ("Springfield", "IL", "62704"),
        ("Austin", "TX", "78701"),
        ("Seattle", "WA", "98101"),
        ("Denver", "CO", "80202"),
        ("Columbus", "OH", "43215"),
        ("Portland", "OR", "97205"),
        ("Miami", "FL", "33130"),
        ("Boston", "MA", "02108"),
    ],
    "de": [
        ("10115", "Berlin"),
        ("80331", "München"),
        ("20095", "Hamburg"),
        ("50667", "Köln"),
        ("60311", "Frankfurt am Main"),
        ("70173", "Stuttgart"),
        ("04109", "Leipzig"),
        ("01067", "Dresden"),
    ],
    "ru": [
        ("Москва", "101000"),
        ("Санкт-Петербург", "190000"),
        ("Новосибирск", "630099"),
        ("Казань", "420111"),
        ("Екатеринбург", "620014"),
        ("Уфа", "450077"),
    ],
    "fr": [
        ("75002", "Paris"),
        ("69003", "Lyon"),
        ("13001", "Marseille"),
        ("31000", "Toulouse"),
        ("33000", "Bordeaux"),
        ("59000", "Lille"),
    ],
    "es": [
        ("28013", "Madrid"),
        ("08007", "Barcelona"),
        ("41001", "Sevilla"),
        ("46002", "Valencia"),
        ("48001", "Bilbao"),
    ],
    "br": [
        ("São Paulo", "SP", "01310-100"),
        ("Rio de Janeiro", "RJ", "22041-001"),
        ("Belo Horizonte", "MG", "30130-010"),
        ("Curitiba", "PR", "80010-000"),
        ("Salvador", "BA", "40020-000"),
    ],
    "it": [("00184", "Roma"), ("20121", "Milano"), ("10121", "Torino"), ("80132", "Napoli"), ("50122", "Firenze")],
    "pl": [("00-590", "Warszawa"), ("31-019", "Kraków"), ("80-831", "Gdańsk"), ("50-072", "Wrocław")],
    "tr": ["Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa", "Muratpaşa/Antalya"],
    "kr": [
        "서울특별시 강남구 테헤란로",
        "서울특별시 마포구 월드컵북로",
        "부산광역시 해운대구 해운대로",
        "경기도 성남시 분당구 판교역로",
        "인천광역시 연수구 컨벤시아대로",
        "대구광역시 수성구 달구벌대로",
    ],
    "jp": [
        "東京都新宿区西新宿",
        "東京都渋谷区神南",
        "大阪府大阪市北区梅田",
        "京都府京都市中京区河原町",
        "神奈川県横浜市中区山下町",
        "北海道札幌市中央区北一条西",
        "福岡県福岡市博多区博多駅前",
    ],
    "sa": ["الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة"],
}

ICD10 = (
    "E11.9 I10 J45.909 F32.1 F41.1 K21.9 M54.5 N39.0 C50.911 E78.5 G43.909 Z34.90 B20 F20.9 J18.9 I25.10 "
    "E66.9 M17.11 F90.0 U07.1 A15.0 F10.20 E03.9 N18.3 K50.90 G40.909 C34.90 O24.419"
).split()
DIAG_EN = [
    "Type 2 diabetes mellitus without complications",
    "Essential (primary) hypertension",
    "Major depressive disorder, single episode, moderate",
    "Generalized anxiety disorder",
    "Asthma, unspecified",
    "HIV disease",
    "Schizophrenia, unspecified",
    "Pneumonia, unspecified organism",
    "Malignant neoplasm of breast",
    "Migraine without aura",
    "Obesity",
    "Chronic kidney disease, stage 3",
    "Hypothyroidism",
    "ADHD, combined type",
    "COVID-19",
    "Pulmonary tuberculosis",
    "Primary osteoarthritis, right knee",
    "Alcohol dependence",
    "Crohn's disease",
    "Epilepsy",
    "Bipolar disorder",
    "Gestational diabetes",
]
DIAG_CN = (
    "高血压 2型糖尿病 冠心病 慢性胃炎 抑郁症 肺结核 乙型病毒性肝炎 支气管哮喘 "
    "社区获得性肺炎 乳腺癌 慢性肾病 焦虑症 甲状腺功能减退 艾滋病 精神分裂症 腰椎间盘突出"
).split()
DIAG_IT = [
    "Ipertensione arteriosa",
    "Diabete mellito tipo 2",
    "Asma bronchiale",
    "Depressione maggiore",
    "Polmonite",
    "Cardiopatia ischemica",
    "Artrosi del ginocchio",
    "Emicrania",
    "Ipotiroidismo",
    "Disturbo d'ansia generalizzato",
]
DIAG_RU = [
    "гипертоническая болезнь",
    "сахарный диабет 2 типа",
    "бронхиальная астма",
    "ишемическая болезнь сердца",
    "хронический гастрит",
    "депрессивный эпизод",
    "туберкулёз лёгких",
    "остеохондроз",
]
ALLERGIES = ["Penicillin", "Peanuts", "Latex", "Sulfa drugs", "Shellfish", "Bee stings", "Aspirin", "Lactose"]
CONDITIONS = [
    "asthma",
    "type 1 diabetes",
    "hypertension",
    "epilepsy",
    "depression",
    "coeliac disease",
    "COPD",
    "atrial fibrillation",
    "anxiety",
    "psoriasis",
    "multiple sclerosis",
    "pregnant",
]

ETH_US = [
    "White",
    "Black or African American",
    "Asian",
    "American Indian or Alaska Native",
    "Native Hawaiian or Other Pacific Islander",
    "Hispanic or Latino",
    "Two or More Races",
    "Decline to state",
]
ETH_UK = [
    "White - British",
    "White - Irish",
    "White - Any other White background",
    "Asian or Asian British - Indian",
    "Asian or Asian British - Pakistani",
    "Asian or Asian British - Bangladeshi",
    "Black or Black British - Caribbean",
    "Black or Black British - African",
    "Mixed - White and Black African",
    "Chinese",
    "Other ethnic group",
    "Not stated",
]
ETH_CN = ["汉族"] * 8 + [
    "回族",
    "满族",
    "维吾尔族",
    "藏族",
    "蒙古族",
    "壮族",
    "苗族",
    "彝族",
    "土家族",
    "朝鲜族",
    "哈萨克族",
]
ETH_RU = [
    "русский",
    "русская",
    "русский",
    "татарин",
    "татарка",
    "украинец",
    "башкир",
    "чуваш",
    "чеченец",
    "армянин",
    "аварец",
    "мордвин",
    "казах",
    "азербайджанец",
    "якут",
]
ETH_BR = ["branca", "preta", "parda", "parda", "amarela", "indígena", "não declarada"]
REL_EN = [
    "Christian",
    "Catholic",
    "Protestant",
    "Muslim",
    "Jewish",
    "Hindu",
    "Buddhist",
    "Sikh",
    "Atheist",
    "Agnostic",
    "None",
    "Prefer not to say",
    "Jehovah's Witness",
    "Orthodox Christian",
]
REL_CN = ["无", "无", "无", "佛教", "道教", "伊斯兰教", "基督教", "天主教"]
REL_RU = ["православие", "православный", "ислам", "буддизм", "иудаизм", "атеист", "не указано", "старообрядец"]
REL_AR = ["مسلم", "مسلمة", "مسيحي", "مسيحية", "سني", "شيعي"]
REL_DE = ["ev", "rk", "--", "ak", "lt", "evangelisch", "römisch-katholisch", "konfessionslos", "--"]
REL_TR = ["İslam", "İslam", "İslam", "Hristiyan", "Yahudi", "Süryani", "Ateist"]
REL_FR = ["catholique", "musulman", "protestant", "juif", "sans religion", "bouddhiste"]

PRODUCTS = [
    "Wireless Mouse M185",
    "Bamboo Cutting Board",
    "USB-C Charger 65W",
    "Organic Green Tea 100g",
    "Running Shoes Pegasus 40",
    "LED Desk Lamp",
    "Stainless Water Bottle 750ml",
    "Yoga Mat 6mm",
    "Noise Cancelling Headphones",
    "Cast Iron Skillet 26cm",
    "Mechanical Keyboard K2",
    "Phone Case Clear",
    "小米充电宝 20000mAh",
    "华为 FreeBuds 5i",
    "Детское кресло Joie",
    "Kaffeemaschine Classic",
]
COMPANIES = [
    "Acme Logistics Ltd",
    "Globex Corporation",
    "Initech GmbH",
    "Umbrella Health Inc.",
    "Stark Industries",
    "Wayne Enterprises",
    "Hooli",
    "Contoso Ltd",
    "Fabrikam SA",
    "Northwind Traders",
    "Soylent Corp",
    "Tyrell Systems BV",
    "Müller & Söhne KG",
    "Société Générale de Transport",
    "Vandelay Industries",
]
PHONE_MODELS = [
    "iPhone14,2",
    "iPhone15,3",
    "SM-G991B",
    "SM-S918U",
    "Pixel 7 Pro",
    "Redmi Note 12",
    "M2101K6G",
    "HUAWEI P40",
    "OnePlus 11",
    "moto g(60)",
    "V2134A",
    "CPH2447",
]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "aol.com"]


# --------------------------------------------------------------------------------------------------
# primitives


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c) and c.isascii())


def digits(rng: R, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def alnum(rng: R, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng: R, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4(rng: R) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def object_id(rng: R, now: datetime) -> str:
    return f"{int(now.timestamp()) - rng.randint(0, 9**8):08x}" + hexs(rng, 16)


def blank(rng: R, value: Any, p: float = 0.06) -> Any:
    """Nulls and empty strings, as real exports have them."""
    x = rng.random()
    if x < p / 2:
        return None
    if x < p:
        return ""
    return value


def latin_name(rng: R, cc: str) -> tuple[str, str]:
    first, last = LATIN[cc]
    return rng.choice(first), rng.choice(last)


def any_latin(rng: R) -> tuple[str, str]:
    return latin_name(rng, rng.choice(list(LATIN)))


def cn_name(rng: R) -> str:
    return rng.choice(CN_SURNAMES) + rng.choice(CN_GIVEN)


def jp_name(rng: R) -> tuple[str, str]:
    s, g = rng.choice(JP_SUR), rng.choice(JP_GIVEN)
    return f"{s[0]}{rng.choice(['', '　', ' '])}{g[0]}", f"{s[1]} {g[1]}"


def kr_name(rng: R) -> str:
    return rng.choice(KR_SUR) + rng.choice(KR_GIVEN)


def ru_name(rng: R) -> tuple[str, str, str, bool]:
    female = rng.random() < 0.5
    f, p, s = RU_F if female else RU_M
    return rng.choice(s), rng.choice(f), rng.choice(p), female


def ar_name(rng: R) -> str:
    return f"{rng.choice(AR_FIRST)} {rng.choice(AR_FIRST[:12])} {rng.choice(AR_LAST)}"


def uy_name(rng: R) -> tuple[str, str]:
    i, j = rng.randrange(len(UY_AR[0])), rng.randrange(len(UY_AR[1]))
    return f"{UY_CN[0][i]}·{UY_CN[1][j]}", f"{UY_AR[0][i]} {UY_AR[1][j]}"


def birth(rng: R, now: datetime, lo: int = 16, hi: int = 90) -> date:
    return (now - timedelta(days=rng.randint(lo * 365, hi * 365))).date()


def recent(rng: R, now: datetime, days: int = 900) -> datetime:
    return now - timedelta(seconds=rng.randint(0, days * 86400))


def fmt_date(rng: R, d: date, style: str | None = None) -> Any:
    style = style or rng.choice(["iso", "dmy_dot", "mdy", "ymd_int", "epoch"])
    if style == "iso":
        return d.isoformat()
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "ymd_int":
        return int(d.strftime("%Y%m%d"))
    if style == "ymd_str":
        return d.strftime("%Y%m%d")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "ymd_dot":
        return d.strftime("%Y.%m.%d")
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "epoch":
        return int(datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp())
    if style == "epoch_ms":
        return int(datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp()) * 1000
    if style == "iso_midnight":
        return f"{d.isoformat()}T00:00:00.000Z"
    if style == "long_en":
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    raise ValueError(style)


def fmt_ts(rng: R, t: datetime, style: str | None = None) -> Any:
    style = style or rng.choice(["iso", "space", "epoch", "epoch_ms"])
    if style == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "space":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "epoch":
        return int(t.timestamp())
    if style == "epoch_ms":
        return int(t.timestamp() * 1000)
    if style == "date":
        return t.date().isoformat()
    if style == "mongo":
        return {"$date": t.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
    raise ValueError(style)


# --- national ids (verified with stdnum) -----------------------------------------------------------


def _checked(mod: Any, number: str) -> str:
    assert mod.is_valid(number), (mod.__name__, number)
    return number


def cn_ric(rng: R, d: date, area: str | None = None, female: bool | None = None) -> str:
    area = area or rng.choice(CN_PLACES)[0]
    seq = rng.randrange(0, 999)
    if female is not None:
        seq = seq - seq % 2 + (0 if female else 1)
    # stdnum checks the area code against the birth year: fall back to codes that existed then
    for a in (area, "110105", "110108", "310104", "653101", "110101"):
        body = f"{a}{d:%Y%m%d}{seq:03d}"
        number = body + stdnum.cn.ric.calc_check_digit(body + "0")
        if stdnum.cn.ric.is_valid(number):
            return number
    raise AssertionError(number)


def us_ssn(rng: R) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        n = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if stdnum.us.ssn.is_valid(n):
            return n


def aadhaar(rng: R) -> str:
    while True:
        body = str(rng.randint(2, 9)) + digits(rng, 10)
        n = body + stdnum.verhoeff.calc_check_digit(body)
        if stdnum.in_.aadhaar.is_valid(n):
            return n


def cpf(rng: R) -> str:
    body = digits(rng, 9)
    return _checked(stdnum.br.cpf, body + stdnum.br.cpf._calc_check_digits(body))  # noqa: SLF001


def inn_personal(rng: R) -> str:
    body = rng.choice(["77", "50", "78", "16", "02", "66", "54"]) + digits(rng, 8)
    return _checked(stdnum.ru.inn, body + stdnum.ru.inn.calc_personal_check_digits(body))


def tc_kimlik(rng: R) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 8)
    return _checked(stdnum.tr.tckimlik, body + stdnum.tr.tckimlik.calc_check_digits(body))


def steuer_id(rng: R) -> str:
    while True:
        ds = rng.sample(string.digits, 9)
        ds.append(rng.choice(ds))
        rng.shuffle(ds)
        if ds[0] == "0":
            continue
        body = "".join(ds)
        for c in string.digits:
            if stdnum.de.idnr.is_valid(body + c):
                return body + c


def nir(rng: R, d: date, female: bool) -> str:
    body = f"{2 if female else 1}{d:%y%m}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    return _checked(stdnum.fr.nir, body + stdnum.fr.nir.calc_check_digits(body))


def dni(rng: R) -> str:
    body = digits(rng, 8)
    return _checked(stdnum.es.dni, body + stdnum.es.dni.calc_check_digit(body))


def nie(rng: R) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    return _checked(stdnum.es.nie, body + stdnum.es.nie.calc_check_digit(body))


_CF_MONTH = "ABCDEHLMPRST"


def _cf_part(word: str, given: bool) -> str:
    w = ascii_fold(word).upper().replace(" ", "").replace("'", "")
    cons = [c for c in w if c.isalpha() and c not in "AEIOU"]
    vows = [c for c in w if c in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(rng: R, first: str, last: str, d: date, female: bool) -> str:
    town = rng.choice(["H501", "F205", "L219", "F839", "D612", "G273", "A944"])
    day = d.day + (40 if female else 0)
    body = f"{_cf_part(last, False)}{_cf_part(first, True)}{d:%y}{_CF_MONTH[d.month - 1]}{day:02d}{town}"
    return _checked(stdnum.it.codicefiscale, body + stdnum.it.codicefiscale.calc_check_digit(body))


def pesel(rng: R, d: date, female: bool) -> str:
    month = d.month + (20 if d.year >= 2000 else 0)
    serial = rng.randint(0, 999) * 10 + rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    body = f"{d:%y}{month:02d}{d.day:02d}{serial:04d}"
    return _checked(stdnum.pl.pesel, body + stdnum.pl.pesel.calc_check_digit(body))


def nhs(rng: R) -> str:
    while True:
        body = str(rng.randint(4, 9)) + digits(rng, 8)
        c = (11 - sum(i * int(n) for i, n in zip(range(10, 1, -1), body, strict=True)) % 11) % 11
        if c < 10 and stdnum.gb.nhs.is_valid(body + str(c)):
            return body + str(c)


def kr_rrn(rng: R, d: date, female: bool) -> str:
    g = (3 if d.year >= 2000 else 1) + (1 if female else 0)
    body = f"{d:%y%m%d}{g}{rng.randint(0, 96):02d}{digits(rng, 3)}"
    return _checked(stdnum.kr.rrn, body + stdnum.kr.rrn.calc_check_digit(body))


def my_number(rng: R) -> str:
    body = digits(rng, 11)
    return _checked(stdnum.jp.in_, body + stdnum.jp.in_.calc_check_digit(body))


def luhn_complete(body: str) -> str:
    return body + stdnum.luhn.calc_check_digit(body)


def luhn_invalid(rng: R, n: int) -> str:
    while True:
        s = str(rng.randint(1, 9)) + digits(rng, n - 1)
        if not stdnum.luhn.is_valid(s):
            return s


def card(rng: R) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "unionpay", "jcb", "discover"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return rng.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "unionpay": ("62", rng.choice([16, 19])),
        "jcb": (str(rng.randint(3528, 3589)), 16),
        "discover": ("6011", 16),
    }[kind]
    n = luhn_complete(prefix + digits(rng, length - len(prefix) - 1))
    groups = [n[i : i + 4] for i in range(0, len(n), 4)]
    return rng.choice([n, n, " ".join(groups), "-".join(groups)])


IBAN_FORMATS = {
    "DE": "18n",
    "GB": "4a14n",
    "NL": "4a10n",
    "PL": "24n",
    "IT": "1a10n12c",
    "ES": "20n",
    "FR": "10n11c2n",
    "TR": "5n1n16c",
    "BR": "23n1a1c",
    "SA": "2n18c",
    "CH": "5n12c",
    "AT": "16n",
}


def iban(rng: R, cc: str | None = None, spaced: bool | None = None) -> str:
    cc = cc or rng.choice(list(IBAN_FORMATS))
    import re

    pools = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}
    for _ in range(5000):
        bban = "".join(
            rng.choice(pools[t]) for n, t in re.findall(r"(\d+)([anc])", IBAN_FORMATS[cc]) for _ in range(int(n))
        )
        if cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
        if cc == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + bban[4:]
        value = cc + stdnum.iban.calc_check_digits(cc + "00" + bban) + bban
        if stdnum.iban.is_valid(value):
            if spaced if spaced is not None else rng.random() < 0.4:
                return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
            return value
    raise RuntimeError(cc)


def imei(rng: R) -> str:
    tac = rng.choice(["35332510", "35209900", "86891203", "35875505", "01326300", "35391110", "86769004", "35467311"])
    return luhn_complete(tac + digits(rng, 6))


def mac(rng: R) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    style = rng.choice(["colon", "colon", "dash", "cisco", "upper"])
    if style == "cisco":
        h = "".join(f"{x:02x}" for x in b)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"
    s = (":" if style != "dash" else "-").join(f"{x:02x}" for x in b)
    return s.upper() if style in ("dash", "upper") else s


def ipv4_public(rng: R) -> str:
    while True:
        a = rng.choice(
            [
                1,
                5,
                14,
                23,
                27,
                31,
                36,
                37,
                41,
                42,
                49,
                58,
                60,
                61,
                77,
                78,
                81,
                85,
                89,
                95,
                101,
                112,
                113,
                114,
                116,
                117,
                120,
                171,
                176,
                178,
                183,
                185,
                188,
                190,
                197,
                200,
                203,
                213,
                217,
                222,
                223,
            ]
        )
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: R) -> str:
    prefix = rng.choice(["2001:db8", "2a02:810d", "2409:8a1e", "2600:1700", "2a01:e0a", "240e:3b7"])
    return prefix + ":" + ":".join(f"{rng.randrange(65536):x}" for _ in range(6))


def user_ip(rng: R) -> str:
    return ipv6(rng) if rng.random() < 0.25 else ipv4_public(rng)


# --- phones -----------------------------------------------------------------------------------------


_REGION = {"gb": "GB", "cn": "CN"}


def phone(rng: R, cc: str, e164: float = 0.4) -> str:
    """A number libphonenumber calls valid (its metadata is the oracle, as stdnum is for IDs)."""
    for _ in range(200):
        p = _phone_raw(rng, cc, e164)
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(p, _REGION.get(cc, cc.upper()))):
                return p
        except phonenumbers.NumberParseException:
            continue
    raise AssertionError(cc)


def _phone_raw(rng: R, cc: str, e164: float) -> str:
    intl = rng.random() < e164
    if cc == "cn":
        n = (
            "1"
            + rng.choice(["38", "39", "50", "51", "58", "86", "87", "88", "35", "36", "37", "89", "77", "80"])
            + digits(rng, 8)
        )
        if intl:
            return rng.choice([f"+86{n}", f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"0086-{n}"])
        return rng.choice([n, n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}"])
    if cc == "us":
        a = rng.choice(["212", "415", "312", "617", "206", "303", "512", "713", "305", "404", "503", "614"])
        x = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)}"
        s = digits(rng, 4)
        if intl:
            return rng.choice([f"+1{a}{x}{s}", f"+1 {a} {x} {s}", f"+1 ({a}) {x}-{s}"])
        return rng.choice([f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"{a}.{x}.{s}", f"{a}{x}{s}"])
    if cc == "de":
        if rng.random() < 0.7:
            p, rest = (
                rng.choice(["151", "152", "157", "160", "170", "171", "172", "175", "176", "177", "179"]),
                digits(rng, rng.choice([7, 8])),
            )
        else:
            p, rest = rng.choice(["30", "89", "40", "221", "69", "711"]), digits(rng, rng.choice([6, 7]))
        return f"+49 {p} {rest}" if intl else rng.choice([f"0{p} {rest}", f"0{p}/{rest}", f"0{p}-{rest}"])
    if cc == "fr":
        n = rng.choice("67") + digits(rng, 8)
        g = " ".join(n[i : i + 2] for i in range(1, 9, 2))
        return rng.choice([f"+33 {n[0]} {g}", f"+33{n}"]) if intl else f"0{n[0]} {g}"
    if cc == "ru":
        p = rng.choice(["903", "905", "910", "915", "916", "925", "926", "977", "985", "999", "912", "921"])
        s = digits(rng, 7)
        if intl:
            return rng.choice([f"+7 ({p}) {s[:3]}-{s[3:5]}-{s[5:]}", f"+7{p}{s}"])
        return rng.choice([f"8 ({p}) {s[:3]}-{s[3:5]}-{s[5:]}", f"8{p}{s}"])
    if cc == "in":
        n = rng.choice("6789") + digits(rng, 9)
        return rng.choice([f"+91 {n[:5]} {n[5:]}", f"+91{n}"]) if intl else rng.choice([n, f"0{n}"])
    if cc == "br":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        s = "9" + rng.choice("6789") + digits(rng, 7)
        return f"+55 {ddd} {s[:5]}-{s[5:]}" if intl else rng.choice([f"({ddd}) {s[:5]}-{s[5:]}", f"{ddd}{s}"])
    if cc == "gb":
        s = rng.choice(["7911", "7700", "7400", "7507", "7824", "7956"]) + digits(rng, 6)
        return rng.choice([f"+44 {s[:4]} {s[4:]}", f"+44{s}"]) if intl else f"0{s[:4]} {s[4:]}"
    if cc == "jp":
        p = rng.choice(["90", "80", "70"])
        s = digits(rng, 8)
        return f"+81 {p}-{s[:4]}-{s[4:]}" if intl else rng.choice([f"0{p}-{s[:4]}-{s[4:]}", f"0{p}{s}"])
    if cc == "kr":
        s = digits(rng, 8)
        return rng.choice([f"+82 10-{s[:4]}-{s[4:]}", f"+8210{s}"]) if intl else f"010-{s[:4]}-{s[4:]}"
    if cc == "tr":
        p = rng.choice(["530", "532", "533", "535", "542", "505", "506", "553", "555", "544"])
        s = digits(rng, 7)
        return (
            f"+90 {p} {s[:3]} {s[3:5]} {s[5:]}" if intl else rng.choice([f"0{p} {s[:3]} {s[3:5]} {s[5:]}", f"0{p}{s}"])
        )
    if cc == "es":
        s = rng.choice("67") + digits(rng, 8)
        return f"+34 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}" if intl else f"{s[:3]} {s[3:6]} {s[6:]}"
    if cc == "it":
        p = rng.choice(["320", "328", "329", "333", "335", "338", "340", "347", "348", "349", "366", "380", "393"])
        s = digits(rng, 7)
        return f"+39 {p} {s}" if intl else rng.choice([f"{p} {s}", f"{p}{s}"])
    if cc == "pl":
        p = rng.choice(["501", "512", "530", "577", "601", "661", "691", "723", "781", "790", "881"])
        s = digits(rng, 6)
        return f"+48 {p} {s[:3]} {s[3:]}" if intl else f"{p}-{s[:3]}-{s[3:]}"
    if cc == "sa":
        p = rng.choice(["50", "53", "54", "55", "56", "58", "59"])
        s = digits(rng, 7)
        return rng.choice([f"+966 {p} {s[:3]} {s[3:]}", f"+966{p}{s}"]) if intl else f"0{p}{s}"
    if cc == "ng":
        p = rng.choice(["803", "806", "813", "816", "703", "706", "810", "905"])
        s = digits(rng, 7)
        return f"+234 {p} {s[:3]} {s[3:]}" if intl else f"0{p}{s}"
    raise ValueError(cc)


PHONE_CCS = ["cn", "us", "de", "fr", "ru", "in", "br", "gb", "jp", "kr", "tr", "es", "it", "pl", "sa", "ng"]


def email_for(rng: R, first: str, last: str, domains: list[str] | None = None) -> str:
    f, la = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{rng.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}"])
    return f"{local or 'user' + digits(rng, 5)}@{rng.choice(domains or EMAIL_DOMAINS)}"


def handle_email(rng: R, domains: list[str]) -> str:
    d = rng.choice(domains)
    if d == "qq.com":
        return f"{rng.randint(10000, 3999999999)}@qq.com"
    return f"{alnum(rng, rng.randint(5, 10), string.ascii_lowercase + string.digits)}@{d}"


# --- addresses ----------------------------------------------------------------------------------------


def cn_address(rng: R, place: tuple[str, str, list[str]] | None = None) -> str:
    _, city, districts = place or rng.choice(CN_PLACES)
    tail = rng.choice(
        [
            f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}0{rng.randint(1, 4)}室",
            f"{rng.choice(['阳光', '幸福', '锦绣', '金色'])}{rng.choice(['花园', '小区', '家园'])}"
            f"{rng.randint(1, 20)}号楼{rng.randint(101, 2504)}室",
            "",
        ]
    )
    return f"{city}{rng.choice(districts)}{rng.choice(CN_ROADS)}{rng.randint(1, 999)}号{tail}"


def us_address(rng: R, with_city: bool = True) -> str:
    name = rng.choice("Main Oak Maple Cedar Elm Washington Lake Hill Park Pine Sunset Lincoln".split())
    kind = rng.choice("St Ave Blvd Rd Dr Ln Street Court".split())
    street = f"{rng.randint(1, 9999)} {name} {kind}"
    if rng.random() < 0.3:
        street += rng.choice(
            [
                f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f" #{rng.randint(100, 999)}",
                f", Unit {rng.randint(1, 20)}",
            ]
        )
    if not with_city:
        return street
    city, st, z = rng.choice(CITIES["us"])
    return f"{street}, {city}, {st} {z}"


def de_street(rng: R) -> str:
    s = rng.choice(
        [
            "Hauptstraße",
            "Bahnhofstraße",
            "Goethestraße",
            "Schillerstraße",
            "Lindenweg",
            "Am Markt",
            "Berliner Allee",
            "Kirchgasse",
            "Friedrichstr.",
            "Dorfstraße",
        ]
    )
    return f"{s} {rng.randint(1, 180)}{rng.choice(['', '', 'a', 'b'])}"


def de_address(rng: R) -> str:
    plz, city = rng.choice(CITIES["de"])
    return rng.choice([f"{de_street(rng)}, {plz} {city}", f"{de_street(rng)}\n{plz} {city}"])


def ru_address(rng: R) -> str:
    city, idx = rng.choice(CITIES["ru"])
    st = rng.choice(["Ленина", "Пушкина", "Гагарина", "Мира", "Советская", "Садовая", "Тверская", "Лесная"])
    kind = rng.choice(["ул.", "ул.", "пр-т", "пер."])
    core = f"г. {city}, {kind} {st}, д. {rng.randint(1, 150)}"
    if rng.random() < 0.7:
        core += f", кв. {rng.randint(1, 300)}"
    return f"{idx}, {core}" if rng.random() < 0.5 else core


def fr_address(rng: R) -> str:
    cp, city = rng.choice(CITIES["fr"])
    s = rng.choice(
        [
            "rue de la République",
            "avenue Victor Hugo",
            "boulevard Saint-Germain",
            "rue des Lilas",
            "place de la Mairie",
            "chemin des Vignes",
            "allée des Tilleuls",
        ]
    )
    return f"{rng.randint(1, 120)}{rng.choice(['', '', ' bis'])} {s}, {cp} {city}"


def es_address(rng: R) -> str:
    cp, city = rng.choice(CITIES["es"])
    s = rng.choice(
        ["Calle Mayor", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia", "Gran Vía", "Calle de Alcalá"]
    )
    return f"{s} {rng.randint(1, 200)}, {rng.randint(1, 9)}º {rng.choice('ABCD')}, {cp} {city}"


def br_address(rng: R) -> str:
    city, uf, cep = rng.choice(CITIES["br"])
    s = rng.choice(["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua XV de Novembro", "Rua Sete de Setembro"])
    b = rng.choice(["Centro", "Jardins", "Copacabana", "Savassi", "Batel", "Pelourinho"])
    return f"{s}, {rng.randint(1, 3000)} - {b}, {city} - {uf}, {cep}"


def it_address(rng: R) -> str:
    cap, city = rng.choice(CITIES["it"])
    s = rng.choice(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Duomo", "Via Dante Alighieri"])
    return f"{s} {rng.randint(1, 200)}, {cap} {city}"


def pl_address(rng: R) -> str:
    kod, city = rng.choice(CITIES["pl"])
    s = rng.choice(["ul. Marszałkowska", "ul. Długa", "ul. Piłsudskiego", "al. Jerozolimskie", "ul. Floriańska"])
    return f"{s} {rng.randint(1, 150)}/{rng.randint(1, 60)}, {kod} {city}"


def tr_address(rng: R) -> str:
    s = rng.choice(["Atatürk Cad.", "İstiklal Cad.", "Bağdat Cad.", "Gazi Bulvarı", "Cumhuriyet Mah. 1203 Sok."])
    return f"{s} No:{rng.randint(1, 200)} D:{rng.randint(1, 30)}, {rng.choice(CITIES['tr'])}"


def kr_address(rng: R) -> str:
    tail = rng.choice(
        ["", f", {rng.randint(2, 20)}층", f" {rng.randint(101, 120)}동 {rng.randint(1, 25)}0{rng.randint(1, 4)}호"]
    )
    return f"{rng.choice(CITIES['kr'])} {rng.randint(1, 500)}{tail}"


def jp_address(rng: R) -> str:
    base = rng.choice(CITIES["jp"])
    n = rng.choice(
        [
            f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
        ]
    )
    bld = rng.choice(
        ["", "", f" メゾン青山{rng.randint(1, 9)}0{rng.randint(1, 9)}", f" サンハイツ{rng.randint(101, 905)}号室"]
    )
    return f"{base}{n}{bld}"


def sa_address(rng: R) -> str:
    hayy = rng.choice(["العليا", "الملز", "النسيم", "الروضة", "السليمانية"])
    st = rng.choice(["التحلية", "الملك فهد", "الأمير سلطان", "العروبة"])
    return f"{rng.choice(CITIES['sa'])}، حي {hayy}، شارع {st}، مبنى {rng.randint(1, 9999)}"


def uk_line1(rng: R) -> str:
    s = rng.choice(["Church Road", "Victoria Street", "High Street", "Station Road", "Mill Lane", "Park Avenue"])
    return rng.choice([f"{rng.randint(1, 250)} {s}", f"Flat {rng.randint(1, 30)}, {rng.randint(1, 120)} {s}"])


def in_address(rng: R) -> str:
    return (
        f"Flat {rng.randint(101, 1204)}, {rng.choice(['Sai Residency', 'Green Park Apts', 'Shanti Nagar'])}, "
        f"{rng.choice(['MG Road', 'Link Road', 'Anna Salai', 'Park Street'])}, "
        + rng.choice(
            [
                "Bengaluru, Karnataka 560001",
                "Mumbai, Maharashtra 400050",
                "Chennai, Tamil Nadu 600002",
                "Kolkata, West Bengal 700016",
            ]
        )
    )


def any_address(rng: R) -> str:
    return rng.choice(
        [
            cn_address,
            us_address,
            de_address,
            ru_address,
            fr_address,
            es_address,
            br_address,
            it_address,
            pl_address,
            tr_address,
            kr_address,
            jp_address,
            sa_address,
            in_address,
        ]
    )(rng)


# --- coordinates, vectors, secrets ------------------------------------------------------------------

METROS = [
    (39.9042, 116.4074),
    (31.2304, 121.4737),
    (22.5431, 114.0579),
    (43.8256, 87.6168),
    (39.4704, 75.9898),
    (52.52, 13.405),
    (48.8566, 2.3522),
    (40.7128, -74.006),
    (37.7749, -122.4194),
    (-23.5505, -46.6333),
    (55.7558, 37.6173),
    (35.6762, 139.6503),
    (37.5665, 126.978),
    (24.7136, 46.6753),
    (-33.8688, 151.2093),
    (19.076, 72.8777),
    (41.0082, 28.9784),
    (-1.2921, 36.8219),
    (59.3293, 18.0686),
    (-34.6037, -58.3816),
]


def position(rng: R, metro: tuple[float, float] | None = None, nd: int = 6) -> tuple[float, float]:
    lat0, lon0 = metro or rng.choice(METROS)
    return round(lat0 + rng.gauss(0, 0.08), nd), round(lon0 + rng.gauss(0, 0.08), nd)


def unit_vec(rng: R, n: int, scale: float = 1.0) -> list[float]:
    v = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v)) or 1.0
    s = scale * rng.uniform(0.97, 1.03) / norm
    return [round(x * s, 6) for x in v]


def b64_f32(v: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode()


UPPER_DIGITS = string.ascii_uppercase + string.digits
B64CRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def b64n(rng: R, nbytes: int, url: bool = False, pad: bool = False) -> str:
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
    return s if pad else s.rstrip("=")


def password_hash(rng: R) -> str:
    kind = rng.choice(["bcrypt", "bcrypt", "argon2", "sha512", "pbkdf2", "md5crypt"])
    if kind == "bcrypt":
        return f"${rng.choice(['2a', '2b', '2y'])}${rng.choice(['10', '12'])}${alnum(rng, 53, B64CRYPT)}"
    if kind == "argon2":
        return f"$argon2id$v=19$m=65536,t=3,p=4${b64n(rng, 16)}${b64n(rng, 32)}"
    if kind == "sha512":
        return f"$6${alnum(rng, 16, B64CRYPT)}${alnum(rng, 86, B64CRYPT)}"
    if kind == "md5crypt":
        return f"$1${alnum(rng, 8, B64CRYPT)}${alnum(rng, 22, B64CRYPT)}"
    return f"pbkdf2_sha256$600000${alnum(rng, 22)}${b64n(rng, 32, pad=True)}"


PLAIN_PASSWORDS = [
    "123456",
    "password",
    "qwerty123",
    "iloveyou",
    "Summer2023!",
    "P@ssw0rd",
    "dragon",
    "letmein",
    "abc123",
    "Passw0rd!",
    "monkey",
    "1q2w3e4r",
    "zaq12wsx",
    "woaini1314",
    "Qwerty!2024",
]


def jwt(rng: R, now: datetime) -> str:
    def enc(o: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")

    iat = int(now.timestamp()) - rng.randint(0, 86400 * 30)
    payload = {
        "sub": str(rng.randint(1000, 999999)),
        "iat": iat,
        "exp": iat + 3600,
        "role": rng.choice(["user", "admin"]),
    }
    return f"{enc({'alg': rng.choice(['HS256', 'RS256']), 'typ': 'JWT'})}.{enc(payload)}.{b64n(rng, 32, url=True)}"


def pem_key(rng: R) -> str:
    label = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    body = b64n(rng, rng.choice([121, 1190, 1218]), pad=True)
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----\n"


def api_key(rng: R) -> str:
    kind = rng.choice(["aws", "gh", "ghpat", "stripe", "slack", "google", "sendgrid", "openai"])
    if kind == "aws":
        return "AKIA" + alnum(rng, 16, string.ascii_uppercase + "234567")
    if kind == "gh":
        return rng.choice(["ghp_", "gho_", "ghs_"]) + alnum(rng, 36)
    if kind == "ghpat":
        return f"github_pat_{alnum(rng, 22)}_{alnum(rng, 59)}"
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + alnum(rng, rng.choice([24, 99]))
    if kind == "slack":
        return f"xox{rng.choice('bpa')}-{digits(rng, 12)}-{digits(rng, 13)}-{alnum(rng, 24)}"
    if kind == "google":
        return "AIza" + alnum(rng, 35, string.ascii_letters + string.digits + "-_")
    if kind == "sendgrid":
        b64u = string.ascii_letters + string.digits + "-_"
        return f"SG.{alnum(rng, 22, b64u)}.{alnum(rng, 43, b64u)}"
    return f"sk-proj-{alnum(rng, 48, string.ascii_letters + string.digits + '-_')}"


def ean13(rng: R) -> str:
    body = rng.choice(["400", "590", "690", "460", "789", "871", "761"]) + digits(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def order_no(rng: R, now: datetime, n: int = 18) -> str:
    """An 18-digit order number (date prefix + random), rejected by Luhn and not a RIC."""
    while True:
        s = recent(rng, now).strftime("%Y%m%d%H%M") + digits(rng, n - 12)
        if not stdnum.luhn.is_valid(s) and not stdnum.cn.ric.is_valid(s):
            return s


def sha256_hex(rng: R) -> str:
    return hashlib.sha256(rng.randbytes(16)).hexdigest()


def version(rng: R, parts: int = 3) -> str:
    return ".".join(str(rng.randint(0, 20)) for _ in range(parts))


# --------------------------------------------------------------------------------------------------
# datasets

Gen = Callable[[R, datetime], dict[str, Any]]
REGISTRY: list[tuple[str, Gen, dict[str, Category | None]]] = []


def dataset(name: str, labels: dict[str, Category | None]) -> Callable[[Gen], Gen]:
    def deco(fn: Gen) -> Gen:
        REGISTRY.append((name, fn, labels))
        return fn

    return deco


@dataset(
    "cn_gov_pinyin",
    {
        "id": None,
        "xm": NAME,
        "xb": None,
        "mz": ETH,
        "csrq": DOB,
        "sfzh": NID,
        "zz": ADDR,
        "lxdh": PHONE,
        "gzdw": None,
        "djsj": None,
        "zjxy": REL,
        "wd": GEO,
        "jd": GEO,
        "bz": None,
        "zt": None,
        "sjly": None,
    },
)
def cn_gov_pinyin(rng: R, now: datetime) -> dict[str, Any]:
    place = rng.choice(CN_PLACES)
    female = rng.random() < 0.5
    d = birth(rng, now)
    lat, lon = position(rng, (39.9 + rng.uniform(-8, 3), 116.4 + rng.uniform(-30, 5)))
    return {
        "id": rng.randint(100000, 9999999),
        "xm": cn_name(rng),
        "xb": "女" if female else "男",
        "mz": blank(rng, rng.choice(ETH_CN)),
        "csrq": fmt_date(rng, d, rng.choice(["ymd_int", "ymd_int", "ymd_str", "iso"])),
        "sfzh": cn_ric(rng, d, place[0], female),
        "zz": blank(rng, cn_address(rng, place)),
        "lxdh": blank(rng, phone(rng, "cn", 0.1)),
        "gzdw": rng.choice(CN_COMPANIES),
        "djsj": fmt_ts(rng, recent(rng, now), "space"),
        "zjxy": blank(rng, rng.choice(REL_CN), 0.2),
        "wd": lat,
        "jd": lon,
        "bz": rng.choice(["", "已核实", "重点人员", "暂住", "信息待补充", None]),
        "zt": rng.choice([0, 1, 1, 1, 2]),
        "sjly": rng.choice(["公安", "社区采集", "酒店登记", "网吧实名"]),
    }


@dataset(
    "cn_hotel_hanzi",
    {
        "姓名": NAME,
        "证件类型": None,
        "证件号码": NID,
        "生日": DOB,
        "性别": None,
        "手机号": PHONE,
        "地址": ADDR,
        "入住时间": None,
        "退房时间": None,
        "房间号": None,
        "酒店名称": None,
        "城市": None,
        "订单号": None,
        "房费": None,
    },
)
def cn_hotel_hanzi(rng: R, now: datetime) -> dict[str, Any]:
    d = birth(rng, now, 18, 75)
    t = recent(rng, now, 2000)
    return {
        "姓名": cn_name(rng) if rng.random() < 0.93 else uy_name(rng)[0],
        "证件类型": "身份证",
        "证件号码": cn_ric(rng, d),
        "生日": fmt_date(rng, d, rng.choice(["iso", "ymd_str", "cjk"])),
        "性别": rng.choice(["M", "F"]),
        "手机号": phone(rng, "cn", 0.2),
        "地址": cn_address(rng),
        "入住时间": fmt_ts(rng, t, "space"),
        "退房时间": fmt_ts(rng, t + timedelta(days=rng.randint(1, 5)), "space"),
        "房间号": str(rng.randint(2, 30)) + f"{rng.randint(1, 40):02d}",
        "酒店名称": rng.choice(
            ["如家快捷酒店(西单店)", "汉庭酒店", "7天连锁酒店", "锦江之星", "全季酒店(南山科技园店)"]
        ),
        "城市": rng.choice(["北京", "上海", "深圳", "成都", "乌鲁木齐", "喀什"]),
        "订单号": order_no(rng, now),
        "房费": round(rng.uniform(129, 899), 2),
    }


@dataset(
    "us_crm_leads",
    {
        "first_name": NAME,
        "last_name": NAME,
        "email": EMAIL,
        "phone": PHONE,
        "company": None,
        "title": None,
        "city": None,
        "state": None,
        "created_at": None,
        "lead_score": None,
        "status": None,
        "ssn": NID,
        "dob": DOB,
        "last_ip": IP,
        "utm_source": None,
        "owner_id": None,
    },
)
def us_crm_leads(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, "en")
    city, st, _ = rng.choice(CITIES["us"])
    s = us_ssn(rng)
    return {
        "first_name": f,
        "last_name": la,
        "email": email_for(rng, f, la),
        "phone": phone(rng, "us", 0.3),
        "company": rng.choice(COMPANIES),
        "title": rng.choice(["VP Sales", "CTO", "Office Manager", "Nurse Practitioner", "Software Engineer", ""]),
        "city": city,
        "state": st,
        "created_at": fmt_ts(rng, recent(rng, now), "iso"),
        "lead_score": rng.randint(0, 100),
        "status": rng.choice(["new", "contacted", "qualified", "lost"]),
        "ssn": blank(rng, rng.choice([s, f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}"]), 0.3),
        "dob": blank(rng, fmt_date(rng, birth(rng, now, 20, 70), "mdy"), 0.2),
        "last_ip": user_ip(rng),
        "utm_source": rng.choice(["google", "linkedin", "newsletter", None]),
        "owner_id": rng.randint(1, 40),
    }


@dataset(
    "us_patient_ehr",
    {
        "patient.name": NAME,
        "patient.dob": DOB,
        "patient.ssn": NID,
        "patient.sex": None,
        "patient.phone": PHONE,
        "patient.address": ADDR,
        "patient.race": ETH,
        "encounters.date": None,
        "encounters.icd10": HEALTH,
        "encounters.diagnosis": HEALTH,
        "encounters.provider": NAME,
        "encounters.facility": None,
        "encounters.cost": None,
        "allergies": HEALTH,
        "insurance.plan": None,
        "insurance.copay": None,
        "updated": None,
    },
)
def us_patient_ehr(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, rng.choice(["en", "en", "es", "in", "ng"]))
    encs = []
    for _ in range(rng.randint(1, 3)):
        pf, pl = latin_name(rng, "en")
        i = rng.randrange(len(ICD10))
        encs.append(
            {
                "date": fmt_ts(rng, recent(rng, now, 3000), "date"),
                "icd10": ICD10[i],
                "diagnosis": DIAG_EN[i % len(DIAG_EN)],
                "provider": rng.choice([f"Dr. {pf} {pl}", f"{pl}, {pf} MD", f"{pf} {pl}, NP"]),
                "facility": rng.choice(["Mercy General Hospital", "St. Luke's Clinic", "Valley Urgent Care"]),
                "cost": round(rng.uniform(40, 9000), 2),
            }
        )
    s = us_ssn(rng)
    return {
        "patient": {
            "mrn": "MRN" + digits(rng, 8),
            "name": f"{la.upper()}, {f}" if rng.random() < 0.4 else f"{f} {la}",
            "dob": fmt_date(rng, birth(rng, now, 0, 95), rng.choice(["iso", "mdy"])),
            "ssn": f"{s[:3]}-{s[3:5]}-{s[5:]}",
            "sex": rng.choice(["M", "F", "U"]),
            "phone": phone(rng, "us", 0.2),
            "address": us_address(rng),
            "race": rng.choice(ETH_US),
            "bp": f"{rng.randint(100, 160)}/{rng.randint(60, 100)}",
        },
        "encounters": encs,
        "allergies": rng.sample(ALLERGIES, rng.randint(0, 2)) or ["NKDA"],
        "insurance": {
            "plan": rng.choice(["PPO Gold", "HMO Silver", "Medicare Part B"]),
            "copay": rng.choice([10, 25, 40]),
        },
        "updated": fmt_ts(rng, recent(rng, now), "epoch_ms"),
    }


@dataset(
    "de_hr_payroll",
    {
        "personalnummer": None,
        "vorname": NAME,
        "nachname": NAME,
        "geburtsdatum": DOB,
        "steuer_id": NID,
        "konfession": REL,
        "iban": IBAN,
        "strasse": ADDR,
        "ort": None,
        "eintrittsdatum": None,
        "gehalt": None,
        "abteilung": None,
        "telefon": PHONE,
        "email": EMAIL,
        "steuerklasse": None,
        "kinderfreibetrag": None,
    },
)
def de_hr_payroll(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, rng.choice(["de", "de", "de", "tr", "pl", "it"]))
    plz, city = rng.choice(CITIES["de"])
    sid = steuer_id(rng)
    return {
        "personalnummer": f"P{rng.randint(10000, 99999)}",
        "vorname": f,
        "nachname": la,
        "geburtsdatum": fmt_date(rng, birth(rng, now, 18, 66), "dmy_dot"),
        "steuer_id": rng.choice([sid, f"{sid[:2]} {sid[2:5]} {sid[5:8]} {sid[8:]}"]),
        "konfession": rng.choice(REL_DE),
        "iban": iban(rng, "DE"),
        "strasse": de_street(rng),
        "plz": plz,
        "ort": city,
        "eintrittsdatum": fmt_date(rng, birth(rng, now, 0, 35), "dmy_dot"),
        "gehalt": round(rng.uniform(2200, 9500), 2),
        "abteilung": rng.choice(["Vertrieb", "IT", "Buchhaltung", "Lager", "Personal"]),
        "telefon": phone(rng, "de", 0.3),
        "email": email_for(rng, f, la, ["firma-gmbh.de", "web.de", "gmx.de", "t-online.de"]),
        "steuerklasse": rng.choice(["I", "III", "IV", "V"]),
        "kinderfreibetrag": rng.choice([0, 0.5, 1.0, 1.5, 2.0]),
    }


@dataset(
    "fr_mutuelle",
    {
        "nom": NAME,
        "prénom": NAME,
        "date_de_naissance": DOB,
        "nir": NID,
        "adresse": ADDR,
        "telephone": PHONE,
        "courriel": EMAIL,
        "date_adhesion": None,
        "cotisation": None,
        "formule": None,
        "medecin_traitant": NAME,
        "ville": None,
        "religion": REL,
    },
)
def fr_mutuelle(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, "fr")
    female = rng.random() < 0.5
    d = birth(rng, now, 18, 85)
    n = nir(rng, d, female)
    mf, ml = latin_name(rng, "fr")
    return {
        "nom": la.upper(),
        "prénom": f,
        "date_de_naissance": fmt_date(rng, d, "dmy_slash"),
        "nir": rng.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"]),
        "adresse": fr_address(rng),
        "telephone": phone(rng, "fr", 0.3),
        "courriel": email_for(rng, f, la, ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"]),
        "date_adhesion": fmt_date(rng, birth(rng, now, 0, 20), "dmy_slash"),
        "cotisation": f"{rng.uniform(20, 180):.2f} €",
        "formule": rng.choice(["Essentiel", "Confort", "Premium"]),
        "medecin_traitant": f"Dr {mf} {ml}",
        "ville": rng.choice(CITIES["fr"])[1],
        "religion": blank(rng, rng.choice(REL_FR), 0.3),
    }


@dataset(
    "es_ecommerce",
    {
        "nombre_completo": NAME,
        "documento": NID,
        "fecha_nacimiento": DOB,
        "direccion": ADDR,
        "telefono": PHONE,
        "correo": EMAIL,
        "tarjeta": CARD,
        "pedidos.numero_pedido": None,
        "pedidos.fecha": None,
        "pedidos.importe": None,
        "pedidos.producto": None,
        "pedidos.sku": None,
        "pedidos.estado": None,
        "alta": None,
        "idioma": None,
    },
)
def es_ecommerce(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, "es")
    la2 = rng.choice(LATIN["es"][1])
    return {
        "nombre_completo": f"{f} {la} {la2}",
        "documento": dni(rng) if rng.random() < 0.75 else nie(rng),
        "fecha_nacimiento": fmt_date(rng, birth(rng, now), rng.choice(["dmy_slash", "iso"])),
        "direccion": es_address(rng),
        "telefono": phone(rng, "es", 0.5),
        "correo": email_for(rng, f, la, ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"]),
        "tarjeta": card(rng),
        "pedidos": [
            {
                "numero_pedido": order_no(rng, now),
                "fecha": fmt_ts(rng, recent(rng, now), "iso"),
                "importe": round(rng.uniform(5, 400), 2),
                "producto": rng.choice(PRODUCTS),
                "sku": f"{rng.choice(['ZA', 'MNG', 'DEC'])}-{digits(rng, 6)}",
                "estado": rng.choice(["enviado", "entregado", "devuelto"]),
            }
            for _ in range(rng.randint(1, 4))
        ],
        "alta": fmt_ts(rng, recent(rng, now), "epoch"),
        "idioma": rng.choice(["es", "es-ES", "ca", "eu", "gl"]),
    }


@dataset(
    "br_fintech",
    {
        "nome": NAME,
        "cpf": NID,
        "data_nascimento": DOB,
        "celular": PHONE,
        "email": EMAIL,
        "endereco": ADDR,
        "raca_cor": ETH,
        "saldo": None,
        "conta.iban": IBAN,
        "conta.agencia": None,
        "conta.tipo": None,
        "criado_em": None,
        "device_id": DEV,
        "score_credito": None,
        "uf": None,
    },
)
def br_fintech(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, "pt")
    c = cpf(rng)
    return {
        "nome": f"{f} {rng.choice(LATIN['pt'][1])} {la}",
        "cpf": rng.choice([c, f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}", int(c) if c[0] != "0" else c]),
        "data_nascimento": fmt_date(rng, birth(rng, now), rng.choice(["dmy_slash", "iso"])),
        "celular": phone(rng, "br", 0.4),
        "email": email_for(rng, f, la, ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"]),
        "endereco": br_address(rng),
        "raca_cor": rng.choice(ETH_BR),
        "saldo": f"{rng.uniform(0, 50000):.2f}",
        "conta": {"iban": iban(rng, "BR"), "agencia": digits(rng, 4), "tipo": rng.choice(["corrente", "poupança"])},
        "criado_em": fmt_ts(rng, recent(rng, now), "iso"),
        "device_id": hexs(rng, 16),
        "score_credito": rng.randint(0, 1000),
        "uf": rng.choice(["SP", "RJ", "MG", "PR", "BA"]),
        "chave_pix": rng.choice([c, uuid4(rng), phone(rng, "br", 1.0)]),
    }


@dataset(
    "ru_passport_db",
    {
        "фамилия": NAME,
        "имя": NAME,
        "отчество": NAME,
        "дата_рождения": DOB,
        "паспорт": NID,
        "инн": NID,
        "телефон": PHONE,
        "адрес": ADDR,
        "национальность": ETH,
        "вероисповедание": REL,
        "дата_выдачи": None,
        "кем_выдан": None,
        "город": None,
        "пол": None,
    },
)
def ru_passport_db(rng: R, now: datetime) -> dict[str, Any]:
    s, f, p, female = ru_name(rng)
    d = birth(rng, now, 18, 80)
    return {
        "фамилия": s,
        "имя": f,
        "отчество": p,
        "дата_рождения": fmt_date(rng, d, "dmy_dot"),
        "паспорт": rng.choice(
            [f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 6)}", f"{digits(rng, 4)} {digits(rng, 6)}"]
        ),
        "инн": inn_personal(rng),
        "телефон": phone(rng, "ru", 0.5),
        "адрес": ru_address(rng),
        "национальность": blank(rng, rng.choice(ETH_RU), 0.15),
        "вероисповедание": blank(rng, rng.choice(REL_RU), 0.3),
        "дата_выдачи": fmt_date(rng, birth(rng, now, 0, 20), "dmy_dot"),
        "кем_выдан": rng.choice(
            [
                "ОВД района Хамовники г. Москвы",
                "ГУ МВД России по г. Санкт-Петербургу",
                "Отделом УФМС России по Республике Татарстан",
                "ТП УФМС в Ленинском р-не",
            ]
        ),
        "город": rng.choice(CITIES["ru"])[0],
        "пол": "Ж" if female else "М",
    }


@dataset(
    "tr_egov",
    {
        "ad_soyad": NAME,
        "tc_kimlik_no": NID,
        "dogum_tarihi": DOB,
        "telefon": PHONE,
        "adres": ADDR,
        "din": REL,
        "il": None,
        "kayit_tarihi": None,
        "eposta": EMAIL,
        "medeni_hal": None,
    },
)
def tr_egov(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, "tr")
    t = tc_kimlik(rng)
    return {
        "ad_soyad": rng.choice([f"{f} {la}", f"{f} {la}".upper().replace("i", "İ")]),
        "tc_kimlik_no": rng.choice([t, int(t)]),
        "dogum_tarihi": fmt_date(rng, birth(rng, now), rng.choice(["dmy_dot", "iso"])),
        "telefon": phone(rng, "tr", 0.3),
        "adres": tr_address(rng),
        "din": blank(rng, rng.choice(REL_TR), 0.2),
        "il": rng.choice(["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"]),
        "kayit_tarihi": fmt_ts(rng, recent(rng, now), "space"),
        "eposta": email_for(rng, f, la, ["gmail.com", "hotmail.com", "yandex.com.tr"]),
        "medeni_hal": rng.choice(["Evli", "Bekar", "Boşanmış"]),
    }


@dataset(
    "it_clinic",
    {
        "nome": NAME,
        "cognome": NAME,
        "codice_fiscale": NID,
        "data_di_nascita": DOB,
        "indirizzo": ADDR,
        "telefono": PHONE,
        "diagnosi": HEALTH,
        "codice_icd": HEALTH,
        "data_visita": None,
        "importo_ticket": None,
        "esenzione": None,
        "stato_pagamento": None,
    },
)
def it_clinic(rng: R, now: datetime) -> dict[str, Any]:
    female = rng.random() < 0.5
    f, la = latin_name(rng, "it")
    d = birth(rng, now, 1, 95)
    return {
        "nome": f,
        "cognome": la,
        "codice_fiscale": codice_fiscale(rng, f, la, d, female),
        "data_di_nascita": fmt_date(rng, d, "dmy_slash"),
        "indirizzo": it_address(rng),
        "telefono": phone(rng, "it", 0.3),
        "diagnosi": rng.choice(DIAG_IT),
        "codice_icd": rng.choice(ICD10),
        "data_visita": fmt_date(rng, recent(rng, now, 3000).date(), "dmy_slash"),
        "importo_ticket": rng.choice([0, 18.5, 36.15, 46.15]),
        "esenzione": rng.choice(["", "E01", "E02", "048"]),
        "stato_pagamento": rng.choice(["pagato", "da pagare"]),
    }


@dataset(
    "pl_bank_kyc",
    {
        "imie": NAME,
        "nazwisko": NAME,
        "pesel": NID,
        "data_urodzenia": DOB,
        "adres": ADDR,
        "telefon": PHONE,
        "rachunek": IBAN,
        "nr_klienta": None,
        "saldo": None,
        "oddzial": None,
        "data_otwarcia": None,
        "waluta": None,
    },
)
def pl_bank_kyc(rng: R, now: datetime) -> dict[str, Any]:
    female = rng.random() < 0.5
    f, la = latin_name(rng, "pl")
    d = birth(rng, now, 18, 85)
    return {
        "imie": f,
        "nazwisko": la,
        "pesel": pesel(rng, d, female),
        "data_urodzenia": fmt_date(rng, d, rng.choice(["iso", "dmy_dot"])),
        "adres": pl_address(rng),
        "telefon": phone(rng, "pl", 0.5),
        "rachunek": iban(rng, "PL"),
        "nr_klienta": rng.randint(10**7, 10**8 - 1),
        "saldo": round(rng.uniform(-500, 80000), 2),
        "oddzial": rng.choice(CITIES["pl"])[1],
        "data_otwarcia": fmt_date(rng, birth(rng, now, 0, 25), "iso"),
        "waluta": rng.choice(["PLN", "PLN", "EUR"]),
    }


@dataset(
    "in_telecom_kyc",
    {
        "customer_name": NAME,
        "aadhaar_no": NID,
        "pan": NID,
        "dob": DOB,
        "mobile": PHONE,
        "imei": DEV,
        "activation_date": None,
        "circle": None,
        "plan_amount": None,
        "address": ADDR,
        "alt_email": EMAIL,
        "recharge_count": None,
    },
)
def in_telecom_kyc(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, "in")
    a = aadhaar(rng)
    return {
        "customer_name": f"{f} {la}".upper() if rng.random() < 0.4 else f"{f} {la}",
        "aadhaar_no": rng.choice([a, f"{a[:4]} {a[4:8]} {a[8:]}", f"{a[:4]}-{a[4:8]}-{a[8:]}"]),
        "pan": "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        + "P"
        + la[0].upper()
        + digits(rng, 4)
        + rng.choice(string.ascii_uppercase),
        "dob": fmt_date(rng, birth(rng, now, 18, 80), "dmy_dash"),
        "mobile": phone(rng, "in", 0.4),
        "imei": imei(rng),
        "sim_iccid": luhn_complete("8991" + digits(rng, 15)),
        "activation_date": fmt_date(rng, recent(rng, now, 3000).date(), "dmy_dash"),
        "circle": rng.choice(["Mumbai", "Delhi NCR", "Karnataka", "Tamil Nadu", "Kolkata"]),
        "plan_amount": rng.choice([149, 239, 299, 479, 719, 2999]),
        "address": in_address(rng),
        "alt_email": blank(rng, email_for(rng, f, la, ["gmail.com", "rediffmail.com", "yahoo.co.in"]), 0.3),
        "recharge_count": rng.randint(0, 120),
    }


@dataset(
    "kr_shop_members",
    {
        "이름": NAME,
        "주민등록번호": NID,
        "생년월일": DOB,
        "휴대폰": PHONE,
        "이메일": EMAIL,
        "주소": ADDR,
        "가입일": None,
        "포인트": None,
        "등급": None,
        "최근주문": None,
    },
)
def kr_shop_members(rng: R, now: datetime) -> dict[str, Any]:
    female = rng.random() < 0.5
    d = birth(rng, now, 14, 80)
    r = kr_rrn(rng, d, female)
    return {
        "이름": kr_name(rng),
        "주민등록번호": rng.choice([f"{r[:6]}-{r[6:]}", r]),
        "생년월일": fmt_date(rng, d, rng.choice(["ymd_dot", "iso", "ymd_str"])),
        "휴대폰": phone(rng, "kr", 0.2),
        "이메일": handle_email(rng, ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com"]),
        "주소": kr_address(rng),
        "가입일": fmt_ts(rng, recent(rng, now), "date"),
        "포인트": rng.randint(0, 50000),
        "등급": rng.choice(["일반", "실버", "골드", "VIP"]),
        "최근주문": order_no(rng, now, 14),
    }


@dataset(
    "jp_members",
    {
        "氏名": NAME,
        "フリガナ": NAME,
        "個人番号": NID,
        "生年月日": DOB,
        "電話番号": PHONE,
        "住所": ADDR,
        "登録日": None,
        "会員ランク": None,
        "メール": EMAIL,
        "購入回数": None,
    },
)
def jp_members(rng: R, now: datetime) -> dict[str, Any]:
    kanji, kana = jp_name(rng)
    m = my_number(rng)
    return {
        "氏名": kanji,
        "フリガナ": kana,
        "個人番号": rng.choice([m, f"{m[:4]} {m[4:8]} {m[8:]}"]),
        "生年月日": fmt_date(rng, birth(rng, now), rng.choice(["ymd_slash", "cjk", "iso"])),
        "電話番号": phone(rng, "jp", 0.2),
        "住所": jp_address(rng),
        "郵便番号": f"{digits(rng, 3)}-{digits(rng, 4)}",
        "登録日": fmt_ts(rng, recent(rng, now), "date").replace("-", "/"),
        "会員ランク": rng.choice(["ブロンズ", "シルバー", "ゴールド"]),
        "メール": handle_email(rng, ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com", "i.softbank.jp"]),
        "購入回数": rng.randint(0, 300),
    }


@dataset(
    "sa_customers_arabic",
    {
        "الاسم": NAME,
        "تاريخ_الميلاد": DOB,
        "الجوال": PHONE,
        "البريد_الالكتروني": EMAIL,
        "العنوان": ADDR,
        "الديانة": REL,
        "الايبان": IBAN,
        "رقم_الطلب": None,
        "المدينة": None,
        "تاريخ_التسجيل": None,
        "الحالة": None,
    },
)
def sa_customers_arabic(rng: R, now: datetime) -> dict[str, Any]:
    return {
        "الاسم": ar_name(rng),
        "تاريخ_الميلاد": fmt_date(rng, birth(rng, now), rng.choice(["iso", "dmy_slash"])),
        "الجوال": phone(rng, "sa", 0.5),
        "البريد_الالكتروني": handle_email(rng, ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"]),
        "العنوان": sa_address(rng),
        "الديانة": rng.choice(REL_AR),
        "الايبان": iban(rng, "SA"),
        "رقم_الطلب": order_no(rng, now),
        "المدينة": rng.choice(CITIES["sa"]),
        "تاريخ_التسجيل": fmt_ts(rng, recent(rng, now), "iso"),
        "الحالة": rng.choice(["نشط", "موقوف", "جديد"]),
    }


@dataset(
    "uk_gp_practice",
    {
        "nhs_number": NID,
        "patient_name": NAME,
        "date_of_birth": DOB,
        "address_line1": ADDR,
        "town": None,
        "conditions": HEALTH,
        "gp_practice": None,
        "last_appointment": None,
        "mobile": PHONE,
        "ethnicity": ETH,
        "repeat_prescriptions": None,
        "consent_sms": None,
    },
)
def uk_gp_practice(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, rng.choice(["en", "en", "in", "ng", "pl"]))
    n = nhs(rng)
    return {
        "nhs_number": rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"]),
        "patient_name": f"{f} {la}",
        "date_of_birth": fmt_date(rng, birth(rng, now, 0, 100), "dmy_slash"),
        "address_line1": uk_line1(rng),
        "town": rng.choice(["Leeds", "Bristol", "Manchester", "Croydon", "Cardiff"]),
        "postcode": rng.choice(["LS1 4AP", "BS1 5TR", "M1 1AE", "CR0 2RH", "CF10 1EP"]),
        "conditions": rng.sample(CONDITIONS, rng.randint(1, 3)),
        "gp_practice": rng.choice(["Park Lane Surgery", "The Health Centre", "Riverside Medical Practice"]),
        "last_appointment": fmt_ts(rng, recent(rng, now, 700), "iso"),
        "mobile": phone(rng, "gb", 0.4),
        "ethnicity": rng.choice(ETH_UK),
        "repeat_prescriptions": rng.randint(0, 8),
        "consent_sms": rng.random() < 0.7,
    }


@dataset(
    "mobile_app_events",
    {
        "event_id": None,
        "event_name": None,
        "ts": None,
        "user.id": None,
        "user.idfa": DEV,
        "device.model": None,
        "device.os_version": None,
        "device.mac": DEV,
        "geo": GEO,
        "ip": IP,
        "app_version": None,
        "session_token": SECRET,
        "screen.w": None,
        "screen.h": None,
        "battery": None,
        "network": None,
    },
)
def mobile_app_events(rng: R, now: datetime) -> dict[str, Any]:
    ios = rng.random() < 0.5
    lat, lon = position(rng)
    return {
        "event_id": uuid4(rng),
        "event_name": rng.choice(["app_open", "purchase", "screen_view", "add_to_cart", "login"]),
        "ts": fmt_ts(rng, recent(rng, now, 30), "epoch_ms"),
        "user": {"id": rng.randint(1, 10**7), "idfa": uuid4(rng).upper() if ios else uuid4(rng)},
        "device": {
            "model": rng.choice(PHONE_MODELS),
            "os_version": version(rng, rng.choice([2, 3])),
            "mac": blank(rng, mac(rng), 0.2),
        },
        "geo": rng.choice([{"lat": lat, "lon": lon}, {"latitude": lat, "longitude": lon}, {"lat": lat, "lng": lon}]),
        "ip": user_ip(rng),
        "app_version": f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} ({rng.randint(100, 9999)})",
        "session_token": rng.choice([hexs(rng, 64), b64n(rng, 32, url=True)]),
        "screen": {"w": rng.choice([390, 412, 1080, 1170]), "h": rng.choice([844, 915, 2340, 2532])},
        "battery": round(rng.uniform(0.05, 1.0), 2),
        "network": rng.choice(["wifi", "4g", "5g", "3g"]),
    }


@dataset(
    "iot_sensors",
    {
        "sensor_id": None,
        "temperature": None,
        "humidity": None,
        "pitch": None,
        "roll": None,
        "ts": None,
        "firmware": None,
        "status": None,
        "battery_mv": None,
        "site": None,
        "wind_dir": None,
        "pressure_hpa": None,
        "tilt": None,
        "reading_id": None,
    },
)
def iot_sensors(rng: R, now: datetime) -> dict[str, Any]:
    return {
        "sensor_id": f"TH-{rng.randint(1, 400):05d}",
        "temperature": round(rng.uniform(-25, 42), 4),
        "humidity": round(rng.uniform(10, 89.9), 4),
        "pitch": round(rng.uniform(-89, 89), 6),
        "roll": round(rng.uniform(-89, 89), 6),
        "ts": fmt_ts(rng, recent(rng, now, 10), rng.choice(["epoch", "iso"])),
        "firmware": version(rng, 4),
        "status": rng.choice(["OK", "OK", "WARN", "FAIL"]),
        "battery_mv": rng.randint(2800, 4200),
        "site": rng.choice(["Rotterdam", "Lyon", "Shenzhen", "Austin"]),
        "wind_dir": round(rng.uniform(0, 359.9), 1),
        "pressure_hpa": round(rng.uniform(960, 1040), 1),
        "tilt": [round(rng.uniform(-45, 45), 5), round(rng.uniform(-45, 45), 5)],
        "reading_id": object_id(rng, now),
    }


@dataset(
    "courier_trails",
    {
        "courier_name": NAME,
        "courier_phone": PHONE,
        "track": GEO,
        "order_no": None,
        "vehicle": None,
        "delivered_at": None,
    },
)
def courier_trails(rng: R, now: datetime) -> dict[str, Any]:
    metro = rng.choice(METROS)
    t0 = recent(rng, now, 60)
    cc = rng.choice(["cn", "cn", "de", "us", "br", "in"])
    name = cn_name(rng) if cc == "cn" else " ".join(latin_name(rng, {"us": "en", "br": "pt"}.get(cc, cc)))
    lat, lon = position(rng, metro)
    pts = []
    for i in range(rng.randint(3, 8)):
        lat, lon = round(lat + rng.gauss(0, 0.002), 6), round(lon + rng.gauss(0, 0.002), 6)
        pts.append(
            {
                "t": fmt_ts(rng, t0 + timedelta(seconds=30 * i), "epoch"),
                "lat": lat,
                "lng": lon,
                "speed": round(rng.uniform(0, 14), 1),
                "heading": rng.randint(0, 359),
                "acc": rng.randint(3, 40),
            }
        )
    return {
        "courier_name": name,
        "courier_phone": phone(rng, cc, 0.5),
        "track": pts,
        "order_no": order_no(rng, now),
        "vehicle": rng.choice(["e-bike", "scooter", "van", "car"]),
        "delivered_at": fmt_ts(rng, t0 + timedelta(minutes=30), "iso"),
    }


@dataset(
    "geojson_checkins",
    {
        "display_name": NAME,
        "loc": GEO,
        "created": None,
        "venue": None,
        "likes": None,
        "photo_url": None,
        "caption": None,
        "_id": None,
        "visibility": None,
    },
)
def geojson_checkins(rng: R, now: datetime) -> dict[str, Any]:
    lat, lon = position(rng)
    f, la = any_latin(rng)
    return {
        "_id": object_id(rng, now),
        "display_name": rng.choice([f"{f} {la}", cn_name(rng), kr_name(rng), f"{f} {la[0]}."]),
        "loc": {"type": "Point", "coordinates": [lon, lat]},
        "created": fmt_ts(rng, recent(rng, now), rng.choice(["epoch", "mongo"])),
        "venue": rng.choice(["Blue Bottle Coffee", "Central Park", "星巴克(国贸店)", "Museumsinsel", "Shibuya Sky"]),
        "likes": rng.randint(0, 500),
        "photo_url": f"https://cdn.example-social.com/p/{hexs(rng, 12)}.jpg",
        "caption": rng.choice(["great day!", "☕️", "", "with friends", "周末快乐", None]),
        "visibility": rng.choice(["public", "friends", "private"]),
    }


@dataset(
    "ride_hailing_pinyin",
    {
        "sjxm": NAME,
        "sjh": PHONE,
        "qd_jd": GEO,
        "qd_wd": GEO,
        "zd_jd": GEO,
        "zd_wd": GEO,
        "ddbh": None,
        "je": None,
        "xdsj": None,
        "pf": None,
        "lc": None,
        "cx": None,
    },
)
def ride_hailing_pinyin(rng: R, now: datetime) -> dict[str, Any]:
    metro = rng.choice(METROS[:5])
    a, b = position(rng, metro), position(rng, metro)
    return {
        "sjxm": cn_name(rng),
        "sjh": phone(rng, "cn", 0.0),
        "qd_jd": a[1],
        "qd_wd": a[0],
        "zd_jd": str(b[1]),
        "zd_wd": str(b[0]),
        "ddbh": order_no(rng, now),
        "je": round(rng.uniform(9, 180), 2),
        "xdsj": fmt_ts(rng, recent(rng, now), "space"),
        "pf": rng.choice([5, 5, 4, 3, 4.5]),
        "lc": round(rng.uniform(0.8, 45), 1),
        "cx": rng.choice(["快车", "专车", "拼车", "出租车"]),
    }


@dataset(
    "citizen_reports_gis",
    {
        "reporter_name": NAME,
        "reporter_email": EMAIL,
        "y": GEO,
        "x": GEO,
        "srid": None,
        "description": None,
        "category": None,
        "reported_at": None,
        "ticket": None,
        "pos": GEO,
        "lonlat": GEO,
        "elev_m": None,
        "priority": None,
    },
)
def citizen_reports_gis(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, rng.choice(["en", "de", "nl", "fr"]))
    lat, lon = position(rng, rng.choice(METROS[5:10]))
    la2, lo2 = position(rng)
    la3, lo3 = position(rng)
    return {
        "reporter_name": f"{f} {la}",
        "reporter_email": email_for(rng, f, la),
        "y": lat,
        "x": lon,
        "srid": 4326,
        "description": rng.choice(["pothole", "broken street light", "graffiti", "illegal dumping", ""]),
        "category": rng.choice(["roads", "lighting", "waste"]),
        "reported_at": fmt_ts(rng, recent(rng, now), "iso"),
        "ticket": f"SR-{now.year}-{rng.randint(1, 999999):06d}",
        "pos": rng.choice([f"{la2},{lo2}", f"{la2}, {lo2}"]),
        "lonlat": [lo3, la3],
        "elev_m": round(rng.uniform(-5, 800), 1),
        "priority": rng.randint(1, 5),
    }


@dataset(
    "ui_click_tracking",
    {
        "x": None,
        "y": None,
        "vw": None,
        "vh": None,
        "scroll_pct": None,
        "selector": None,
        "ts": None,
        "page_view_id": None,
        "url": None,
        "referrer": None,
        "ab_bucket": None,
        "dx": None,
        "dy": None,
    },
)
def ui_click_tracking(rng: R, now: datetime) -> dict[str, Any]:
    return {
        "x": rng.randint(0, 1920),
        "y": rng.randint(0, 1080),
        "vw": rng.choice([1280, 1366, 1440, 1920, 390]),
        "vh": rng.choice([720, 768, 900, 1080, 844]),
        "scroll_pct": round(rng.uniform(0, 100), 2),
        "selector": rng.choice(["#buy-now", "button.cta", "nav > a:nth-child(3)", "div.card img"]),
        "ts": fmt_ts(rng, recent(rng, now, 5), "epoch_ms"),
        "page_view_id": uuid4(rng),
        "url": f"https://shop.example.com/p/{rng.randint(1000, 99999)}",
        "referrer": rng.choice(["https://www.google.com/", "", "https://t.co/abc", None]),
        "ab_bucket": rng.choice(["A", "B"]),
        "dx": round(rng.uniform(-60, 60), 4),
        "dy": round(rng.uniform(-60, 60), 4),
    }


@dataset(
    "face_access_control",
    {
        "person_name": NAME,
        "employee_no": None,
        "face_encoding": FACE,
        "enrolled_at": None,
        "door": None,
        "match_score": None,
        "photo_path": None,
        "dept": None,
    },
)
def face_access_control(rng: R, now: datetime) -> dict[str, Any]:
    return {
        "person_name": rng.choice([cn_name(rng), " ".join(any_latin(rng)), uy_name(rng)[0]]),
        "employee_no": f"E{rng.randint(1000, 99999)}",
        "face_encoding": unit_vec(rng, 128, 0.9),
        "enrolled_at": fmt_ts(rng, recent(rng, now), "space"),
        "door": rng.choice(["Gate-1", "Lobby-N", "DC-Room-2"]),
        "match_score": round(rng.uniform(0.3, 0.99), 4),
        "photo_path": f"/data/faces/{now.year}/{hexs(rng, 8)}.jpg",
        "dept": rng.choice(["R&D", "Security", "Finance"]),
    }


@dataset(
    "face_vectors_encoded",
    {
        "uid": None,
        "embedding": FACE,
        "emb_b64": FACE,
        "model": None,
        "dim": None,
        "quality": None,
        "data": FACE,
        "bbox": None,
        "created": None,
    },
)
def face_vectors_encoded(rng: R, now: datetime) -> dict[str, Any]:
    v512 = unit_vec(rng, 512)
    return {
        "uid": object_id(rng, now),
        "embedding": json.dumps(v512),
        "emb_b64": b64_f32(unit_vec(rng, 128, 0.9)),
        "model": rng.choice(["arcface_r100", "facenet512", "insightface-buffalo_l"]),
        "dim": 512,
        "quality": round(rng.uniform(0.2, 1.0), 3),
        "data": b64_f32(unit_vec(rng, 512)),
        "bbox": [rng.randint(0, 800), rng.randint(0, 600), rng.randint(60, 300), rng.randint(60, 300)],
        "created": fmt_ts(rng, recent(rng, now), "iso"),
    }


@dataset(
    "product_catalog",
    {
        "name": None,
        "sku": None,
        "ean": None,
        "price": None,
        "currency": None,
        "category": None,
        "brand": None,
        "url": None,
        "image_path": None,
        "weight_kg": None,
        "stock": None,
        "rating": None,
        "created_at": None,
        "text_embedding": None,
        "color": None,
        "dims": None,
        "origin_country": None,
        "manufacturer_address": None,
    },
)
def product_catalog(rng: R, now: datetime) -> dict[str, Any]:
    return {
        "name": rng.choice(PRODUCTS),
        "sku": f"{rng.choice(['AB', 'KX', 'ZT'])}{digits(rng, 6)}-{rng.choice(['S', 'M', 'L', 'XL'])}",
        "ean": rng.choice([ean13(rng), int(ean13(rng))]),
        "price": round(rng.uniform(1, 900), 2),
        "currency": rng.choice(["USD", "EUR", "CNY", "GBP"]),
        "category": rng.choice(["Electronics", "Home", "Sports", "Grocery"]),
        "brand": rng.choice(COMPANIES),
        "url": f"https://shop.example.com/products/{rng.randint(1, 99999)}",
        "image_path": f"/var/www/img/{hexs(rng, 2)}/{hexs(rng, 10)}.webp",
        "weight_kg": round(rng.uniform(0.05, 25), 3),
        "stock": rng.randint(0, 4000),
        "rating": round(rng.uniform(1, 5), 1),
        "created_at": fmt_ts(rng, recent(rng, now), "iso"),
        "text_embedding": unit_vec(rng, 384),
        "color": "#" + hexs(rng, 6),
        "dims": f"{rng.randint(5, 80)}x{rng.randint(5, 80)}x{rng.randint(1, 40)} cm",
        "origin_country": rng.choice(["CN", "DE", "VN", "US", "TR"]),
        "manufacturer_address": rng.choice(["Shenzhen, China", "Made in Germany", "Hanoi, Vietnam"]),
    }


@dataset(
    "auth_users",
    {
        "id": None,
        "email": EMAIL,
        "password_hash": SECRET,
        "api_key": SECRET,
        "last_login": None,
        "last_login_ip": IP,
        "mfa_enabled": None,
        "role": None,
        "created_at": None,
        "reset_token": SECRET,
        "avatar_url": None,
        "locale": None,
        "timezone": None,
        "login_count": None,
    },
)
def auth_users(rng: R, now: datetime) -> dict[str, Any]:
    f, la = any_latin(rng)
    return {
        "id": rng.randint(1, 10**6),
        "email": email_for(rng, f, la),
        "password_hash": password_hash(rng),
        "api_key": blank(rng, api_key(rng), 0.3),
        "last_login": fmt_ts(rng, recent(rng, now, 60), "iso"),
        "last_login_ip": user_ip(rng),
        "mfa_enabled": rng.random() < 0.3,
        "role": rng.choice(["user", "user", "admin", "editor"]),
        "created_at": fmt_ts(rng, recent(rng, now), "epoch"),
        "reset_token": blank(rng, hexs(rng, 40), 0.5),
        "avatar_url": f"https://gravatar.example/avatar/{hashlib.md5(f.encode()).hexdigest()}",  # noqa: S324
        "locale": rng.choice(["en-US", "de-DE", "zh-CN", "fr-FR", "pt-BR"]),
        "timezone": rng.choice(["Europe/Berlin", "America/New_York", "Asia/Shanghai", "UTC"]),
        "login_count": rng.randint(0, 3000),
    }


@dataset(
    "devops_env_dump",
    {
        "service": None,
        "aws_access_key_id": SECRET,
        "aws_secret_access_key": SECRET,
        "github_token": SECRET,
        "slack_webhook": SECRET,
        "slack_bot_token": SECRET,
        "private_key": SECRET,
        "jwt": SECRET,
        "region": None,
        "image": None,
        "commit": None,
        "replicas": None,
        "stripe_key": SECRET,
        "log_level": None,
        "config_sha256": None,
        "deployed_at": None,
    },
)
def devops_env_dump(rng: R, now: datetime) -> dict[str, Any]:
    return {
        "service": rng.choice(["billing-api", "auth", "web", "worker", "notifier"]),
        "aws_access_key_id": rng.choice(["AKIA", "ASIA"]) + alnum(rng, 16, string.ascii_uppercase + "234567"),
        "aws_secret_access_key": alnum(rng, 40, string.ascii_letters + string.digits + "/+"),
        "github_token": rng.choice(["ghp_", "ghs_"]) + alnum(rng, 36),
        "slack_webhook": "https://hooks.slack.com/services/"
        + f"T{alnum(rng, 8, UPPER_DIGITS)}/B{alnum(rng, 10, UPPER_DIGITS)}/{alnum(rng, 24)}",
        "slack_bot_token": f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{alnum(rng, 24)}",
        "private_key": blank(rng, pem_key(rng), 0.3),
        "jwt": jwt(rng, now),
        "region": rng.choice(["us-east-1", "eu-central-1", "ap-southeast-1", "cn-north-1"]),
        "image": f"registry.example.com/{rng.choice(['api', 'web'])}:{version(rng)}",
        "commit": hexs(rng, 40),
        "replicas": rng.randint(1, 12),
        "stripe_key": "sk_live_" + alnum(rng, 24),
        "log_level": rng.choice(["info", "debug", "warn"]),
        "config_sha256": sha256_hex(rng),
        "deployed_at": fmt_ts(rng, recent(rng, now, 90), "iso"),
        "database_url": f"postgres://app:{alnum(rng, 16)}@db-{rng.randint(1, 9)}.internal:5432/prod",
    }


@dataset(
    "payments_ledger",
    {
        "card_number": CARD,
        "exp": None,
        "cardholder": NAME,
        "amount": None,
        "currency": None,
        "merchant": None,
        "mcc": None,
        "txn_id": None,
        "auth_code": None,
        "created": None,
        "bin": None,
        "payout_iban": IBAN,
        "bic": None,
        "reference": None,
    },
)
def payments_ledger(rng: R, now: datetime) -> dict[str, Any]:
    f, la = any_latin(rng)
    c = card(rng)
    exp = now + timedelta(days=rng.randint(30, 1800))
    return {
        "card_number": c,
        "exp": rng.choice([exp.strftime("%m/%y"), exp.strftime("%m/%Y"), exp.strftime("%Y-%m")]),
        "cardholder": f"{f} {la}".upper(),
        "amount": rng.choice([round(rng.uniform(1, 2000), 2), str(rng.randint(100, 200000))]),
        "currency": rng.choice(["EUR", "USD", "GBP", "CHF", "TRY"]),
        "merchant": rng.choice(["AMZN Mktp DE", "UBER *TRIP", "STARBUCKS 1234", "Netflix.com", "SHELL OIL 5732"]),
        "mcc": rng.choice(["5411", "5812", "4121", "5999", "7372"]),
        "txn_id": f"txn_{alnum(rng, 24)}",
        "auth_code": digits(rng, 6),
        "created": fmt_ts(rng, recent(rng, now), "epoch"),
        "bin": c.replace(" ", "").replace("-", "")[:6],
        "payout_iban": iban(rng, rng.choice(["DE", "FR", "GB", "NL", "IT", "ES", "AT", "CH"])),
        "bic": rng.choice(["DEUTDEFF", "BNPAFRPP", "NWBKGB2L", "INGBNL2A", "UNCRITMM"]),
        "reference": f"INV-{digits(rng, 8)}",
        "card_last4": "**** **** **** " + c.replace(" ", "").replace("-", "")[-4:],
    }


@dataset(
    "csv_misleading_headers",
    {
        "c1": NAME,
        "c2": EMAIL,
        "c3": PHONE,
        "c4": DOB,
        "c5": None,
        "c6": None,
        "c7": NID,
        "c8": None,
        "c9": None,
        "field_7": CARD,
        "value": IP,
        "data": None,
        "col_12": ADDR,
        "f13": None,
        "attr": GEO,
        "attr2": GEO,
    },
)
def csv_misleading_headers(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, "en")
    s = us_ssn(rng)
    lat, lon = position(rng, rng.choice(METROS[7:9]))
    return {
        "c1": f"{f} {la}",
        "c2": email_for(rng, f, la),
        "c3": phone(rng, "us", 0.5),
        "c4": fmt_date(rng, birth(rng, now), "iso"),
        "c5": rng.choice(CITIES["us"])[0],
        "c6": f"{rng.uniform(1, 900):.2f}",
        "c7": f"{s[:3]}-{s[3:5]}-{s[5:]}",
        "c8": fmt_ts(rng, recent(rng, now), "space"),
        "c9": uuid4(rng),
        "field_7": card(rng),
        "value": ipv4_public(rng),
        "data": sha256_hex(rng),
        "col_12": us_address(rng),
        "f13": rng.choice(["Y", "N"]),
        "attr": lat,
        "attr2": lon,
    }


@dataset(
    "intl_address_book",
    {
        "name": NAME,
        "phone": PHONE,
        "email": EMAIL,
        "address": ADDR,
        "company": None,
        "notes": None,
        "tags": None,
        "birthday": DOB,
        "country": None,
        "language": None,
        "updated_at": None,
        "favorite": None,
    },
)
def intl_address_book(rng: R, now: datetime) -> dict[str, Any]:
    script = rng.choice(["latin", "latin", "cn", "jp", "kr", "ru", "ar", "vn"])
    if script == "latin":
        f, la = any_latin(rng)
        name, em = f"{f} {la}", email_for(rng, f, la)
    elif script == "ru":
        s, f, _, _ = ru_name(rng)
        name, em = rng.choice([f"{f} {s}", f"{s} {f}"]), handle_email(rng, ["yandex.ru", "mail.ru", "bk.ru"])
    elif script == "vn":
        name, em = (
            f"{rng.choice(VN[1])} {rng.choice(['Văn', 'Thị', 'Đức'])} {rng.choice(VN[0])}",
            handle_email(rng, ["gmail.com"]),
        )
    else:
        name = {"cn": cn_name, "kr": kr_name, "ar": ar_name}.get(script, lambda r: jp_name(r)[0])(rng)
        em = handle_email(rng, ["qq.com", "163.com", "naver.com", "yahoo.co.jp", "hotmail.com"])
    return {
        "name": name,
        "phone": phone(rng, rng.choice(PHONE_CCS), 0.7),
        "email": blank(rng, em, 0.1),
        "address": blank(rng, any_address(rng), 0.15),
        "company": blank(rng, rng.choice(COMPANIES + CN_COMPANIES[:4]), 0.3),
        "notes": rng.choice(["met at conf", "", "call after 6pm", "VIP", None]),
        "tags": rng.sample(["work", "family", "client", "supplier", "friend"], rng.randint(0, 2)),
        "birthday": blank(
            rng,
            fmt_date(
                rng,
                birth(rng, now),
                rng.choice(["iso", "dmy_dot", "mdy", "ymd_int", "epoch", "epoch_ms", "long_en", "iso_midnight"]),
            ),
            0.3,
        ),
        "country": rng.choice(["CN", "US", "DE", "RU", "JP", "KR", "SA", "BR", "FR"]),
        "language": rng.choice(["en", "zh-CN", "de", "ru", "ja", "ko", "ar", "pt-BR"]),
        "updated_at": fmt_ts(rng, recent(rng, now), rng.choice(["epoch", "iso"])),
        "favorite": rng.random() < 0.2,
    }


@dataset(
    "hr_diversity_survey",
    {
        "employee_id": None,
        "race": ETH,
        "religion": REL,
        "department": None,
        "hire_date": None,
        "salary_band": None,
        "submitted_at": None,
        "manager": NAME,
        "age_band": None,
        "remote": None,
        "citizenship": None,
    },
)
def hr_diversity_survey(rng: R, now: datetime) -> dict[str, Any]:
    return {
        "employee_id": rng.randint(10000, 99999),
        "race": rng.choice(ETH_US),
        "religion": rng.choice(REL_EN),
        "department": rng.choice(["Engineering", "Sales", "Support", "Legal"]),
        "hire_date": fmt_date(rng, birth(rng, now, 0, 40), "mdy"),
        "salary_band": rng.choice(["L3", "L4", "L5", "M1"]),
        "submitted_at": fmt_ts(rng, recent(rng, now, 30), "iso"),
        "manager": " ".join(latin_name(rng, "en")),
        "age_band": rng.choice(["18-24", "25-34", "35-44", "45-54", "55+"]),
        "remote": rng.choice(["yes", "no", "hybrid"]),
        "citizenship": rng.choice(["US", "IN", "CN", "MX", "DE", "CA"]),
    }


@dataset(
    "cn_hospital_hanzi",
    {
        "患者姓名": NAME,
        "身份证号": NID,
        "出生日期": DOB,
        "诊断": HEALTH,
        "ICD编码": HEALTH,
        "就诊时间": None,
        "主治医生": NAME,
        "费用": None,
        "民族": ETH,
        "联系电话": PHONE,
        "家庭住址": ADDR,
        "医保类型": None,
        "门诊号": None,
    },
)
def cn_hospital_hanzi(rng: R, now: datetime) -> dict[str, Any]:
    d = birth(rng, now, 0, 95)
    return {
        "患者姓名": cn_name(rng),
        "身份证号": cn_ric(rng, d),
        "出生日期": fmt_date(rng, d, rng.choice(["cjk", "iso", "ymd_slash"])),
        "诊断": rng.choice(DIAG_CN),
        "ICD编码": rng.choice(ICD10),
        "就诊时间": fmt_ts(rng, recent(rng, now), "space"),
        "主治医生": cn_name(rng),
        "费用": f"{rng.uniform(20, 20000):.2f}",
        "民族": rng.choice(ETH_CN),
        "联系电话": phone(rng, "cn", 0.1),
        "家庭住址": cn_address(rng),
        "医保类型": rng.choice(["城镇职工", "城乡居民", "自费", "新农合"]),
        "门诊号": f"MZ{digits(rng, 10)}",
    }


@dataset(
    "xj_checkpoint_pinyin",
    {
        "xm": NAME,
        "xm_wy": NAME,
        "sfzh": NID,
        "mz": ETH,
        "zjxy": REL,
        "hjdz": ADDR,
        "sjh": PHONE,
        "jcsj": None,
        "jcd": None,
        "wd": GEO,
        "jd": GEO,
        "sbbh": None,
        "imei": DEV,
        "mac": DEV,
        "rylb": None,
    },
)
def xj_checkpoint_pinyin(rng: R, now: datetime) -> dict[str, Any]:
    d = birth(rng, now, 16, 80)
    place = rng.choice([p for p in CN_PLACES if p[0].startswith("65")])
    cnn, ar = uy_name(rng)
    if rng.random() < 0.25:
        cnn, ar = cn_name(rng), ""
    lat, lon = position(rng, rng.choice([METROS[3], METROS[4]]))
    return {
        "xm": cnn,
        "xm_wy": blank(rng, ar, 0.1),
        "sfzh": cn_ric(rng, d, place[0]),
        "mz": rng.choice(["维吾尔族", "维吾尔族", "汉族", "哈萨克族", "回族", "柯尔克孜族"]) if ar else "汉族",
        "zjxy": rng.choice(["伊斯兰教", "伊斯兰教", "无", ""]) if ar else rng.choice(["无", "", "佛教"]),
        "hjdz": cn_address(rng, place),
        "sjh": phone(rng, "cn", 0.05),
        "jcsj": fmt_ts(rng, recent(rng, now, 700), rng.choice(["space", "epoch"])),
        "jcd": rng.choice(["喀什东收费站", "乌鲁木齐南站", "阿图什检查站"]),
        "wd": lat,
        "jd": lon,
        "sbbh": f"65{digits(rng, 8)}1320{digits(rng, 6)}",
        "imei": blank(rng, imei(rng), 0.2),
        "mac": blank(rng, mac(rng), 0.3),
        "jg": rng.choice(["新疆喀什", "新疆和田", "新疆伊犁"]),
        "rylb": rng.choice(["常住", "流动", "重点"]),
    }


@dataset(
    "shop_orders_nested",
    {
        "order_no": None,
        "tracking_no": None,
        "items.sku": None,
        "items.qty": None,
        "items.price": None,
        "items.name": None,
        "status": None,
        "created_at": None,
        "paid_at": None,
        "warehouse": None,
        "carrier": None,
        "weight_g": None,
        "coupon": None,
        "buyer.name": NAME,
        "buyer.phone": PHONE,
        "buyer.address": ADDR,
        "buyer.email": EMAIL,
        "shipping": ADDR,
        "order_date": None,
    },
)
def shop_orders_nested(rng: R, now: datetime) -> dict[str, Any]:
    cc = rng.choice(["us", "de", "cn", "fr", "br"])
    if cc == "cn":
        name, ph, addr = cn_name(rng), phone(rng, "cn"), cn_address(rng)
        street, city, z = addr, rng.choice(["北京", "上海", "深圳"]), digits(rng, 6)
    else:
        f, la = latin_name(rng, {"us": "en", "br": "pt"}.get(cc, cc))
        name, ph = f"{f} {la}", phone(rng, cc)
        addr = {"us": us_address, "de": de_address, "fr": fr_address, "br": br_address}[cc](rng)
        street, city, z = addr.split(",")[0], rng.choice(["Austin", "Berlin", "Lyon", "Curitiba"]), digits(rng, 5)
    t = recent(rng, now)
    return {
        "order_no": order_no(rng, now),
        "tracking_no": rng.choice(
            [f"1Z{alnum(rng, 16, string.ascii_uppercase + string.digits)}", f"SF{digits(rng, 12)}", digits(rng, 22)]
        ),
        "items": [
            {
                "sku": f"SKU-{digits(rng, 7)}",
                "qty": rng.randint(1, 5),
                "price": round(rng.uniform(2, 300), 2),
                "name": rng.choice(PRODUCTS),
            }
            for _ in range(rng.randint(1, 3))
        ],
        "status": rng.choice(["paid", "shipped", "delivered", "refunded"]),
        "created_at": fmt_ts(rng, t, "iso"),
        "paid_at": fmt_ts(rng, t + timedelta(minutes=5), "epoch"),
        "order_date": t.date().isoformat(),
        "warehouse": rng.choice(["FRA-2", "SZX-1", "AUS-3"]),
        "carrier": rng.choice(["UPS", "DHL", "SF Express", "Correios", "La Poste"]),
        "weight_g": rng.randint(50, 20000),
        "coupon": rng.choice(["", "WELCOME10", "BLACKFRIDAY", None]),
        "buyer": {
            "name": name,
            "phone": ph,
            "address": addr,
            "email": blank(rng, handle_email(rng, EMAIL_DOMAINS), 0.2),
        },
        "shipping": {"city": city, "zip": z, "street": street},
    }


@dataset(
    "nginx_access_logs",
    {
        "time": None,
        "method": None,
        "path": None,
        "status": None,
        "bytes": None,
        "user_agent": None,
        "client_ip": IP,
        "x_forwarded_for": IP,
        "request_id": None,
        "latency_ms": None,
        "referer": None,
        "user_id": None,
        "authorization": SECRET,
        "host": None,
    },
)
def nginx_access_logs(rng: R, now: datetime) -> dict[str, Any]:
    ip = user_ip(rng)
    return {
        "time": recent(rng, now, 3).strftime("%d/%b/%Y:%H:%M:%S +0000"),
        "method": rng.choice(["GET", "GET", "POST", "PUT"]),
        "path": rng.choice(["/api/v1/orders", "/login", "/static/app.js", f"/u/{rng.randint(1, 9999)}"]),
        "status": rng.choice([200, 200, 301, 404, 500]),
        "bytes": rng.randint(0, 200000),
        "user_agent": rng.choice(
            [
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)",
                "okhttp/4.11.0",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0",
            ]
        ),
        "client_ip": ip,
        "x_forwarded_for": rng.choice([ip, f"{ip}, 10.0.{rng.randint(0, 9)}.{rng.randint(1, 254)}"]),
        "request_id": hexs(rng, 32),
        "latency_ms": round(rng.expovariate(1 / 80), 3),
        "referer": rng.choice(["-", "https://www.example.com/"]),
        "user_id": rng.choice([None, rng.randint(1, 50000)]),
        "authorization": rng.choice([f"Bearer {jwt(rng, now)}", f"Bearer {hexs(rng, 40)}", f"Basic {b64n(rng, 18)}"]),
        "host": rng.choice(["api.example.com", "www.example.com"]),
    }


@dataset(
    "forum_dump_mixed",
    {
        "uid": None,
        "username": None,
        "email": EMAIL,
        "password": SECRET,
        "regdate": None,
        "regip": IP,
        "birthday": DOB,
        "posts": None,
        "signature": None,
        "gender": None,
        "mobile": PHONE,
        "lastvisit": None,
    },
)
def forum_dump_mixed(rng: R, now: datetime) -> dict[str, Any]:
    d = birth(rng, now, 14, 60)
    mob = phone(rng, "cn", 0.0).replace("-", "").replace(" ", "")
    return {
        "uid": rng.randint(1, 3_000_000),
        "username": alnum(rng, rng.randint(4, 12), string.ascii_lowercase + string.digits),
        "email": handle_email(rng, ["qq.com", "163.com", "126.com", "sina.com", "gmail.com"]),
        "password": rng.choice([rng.choice(PLAIN_PASSWORDS), hexs(rng, 32), hexs(rng, 32)]),
        "salt": alnum(rng, 6),
        "regdate": rng.choice([int(recent(rng, now, 5000).timestamp()), str(int(recent(rng, now, 5000).timestamp()))]),
        "regip": ipv4_public(rng),
        "birthday": rng.choice(
            [fmt_date(rng, d, "iso"), fmt_date(rng, d, "ymd_int"), "0000-00-00", d.strftime("%Y-%m-%d")]
        ),
        "posts": rng.randint(0, 20000),
        "signature": rng.choice(["", "人生苦短", "hello world", None]),
        "gender": rng.choice([0, 1, 2]),
        "qq": str(rng.randint(10000, 3999999999)),
        "mobile": rng.choice([mob, int(mob), "", None]),
        "lastvisit": int(recent(rng, now, 400).timestamp()),
    }


@dataset(
    "vaccination_registry",
    {
        "patient": NAME,
        "birth": DOB,
        "vaccine": None,
        "dose": None,
        "administered": None,
        "lot": None,
        "site": None,
        "clinic": None,
        "conditions": HEALTH,
        "nhs_no": NID,
        "next_due": None,
        "adverse_event": HEALTH,
    },
)
def vaccination_registry(rng: R, now: datetime) -> dict[str, Any]:
    f, la = latin_name(rng, rng.choice(["en", "de", "fr", "it"]))
    return {
        "patient": f"{la}, {f}",
        "birth": fmt_date(rng, birth(rng, now, 0, 95), rng.choice(["iso", "epoch"])),
        "vaccine": rng.choice(["Comirnaty", "Spikevax", "Fluad", "MMR II"]),
        "dose": rng.randint(1, 4),
        "administered": fmt_ts(rng, recent(rng, now), "date"),
        "lot": f"{rng.choice(['FK', 'EW', 'GH'])}{digits(rng, 4)}",
        "site": rng.choice(["left deltoid", "right deltoid"]),
        "clinic": rng.choice(["City Vaccination Centre", "Apotheke am Markt", "Centre de vaccination Lyon 3"]),
        "conditions": rng.choice(
            ["", "immunocompromised", "chronic kidney disease", "pregnancy", "type 1 diabetes", "asthma", None]
        ),
        "nhs_no": nhs(rng),
        "next_due": fmt_ts(rng, now + timedelta(days=rng.randint(30, 365)), "date"),
        "adverse_event": rng.choice(["", "", "", "myocarditis", "anaphylaxis", "fever", "Guillain-Barré syndrome"]),
    }


@dataset(
    "kv_mixed_types",
    {
        "uid": None,
        "phone": PHONE,
        "dob": DOB,
        "amount": None,
        "card": CARD,
        "ssn": NID,
        "ip": IP,
        "flags": None,
        "score": None,
        "lat": GEO,
        "lon": GEO,
        "ver": None,
        "note": None,
    },
)
def kv_mixed_types(rng: R, now: datetime) -> dict[str, Any]:
    p = phone(rng, "cn", 1.0).replace(" ", "").replace("-", "").lstrip("+")
    d = birth(rng, now)
    s = us_ssn(rng)
    c = card(rng).replace(" ", "").replace("-", "")
    lat, lon = position(rng)
    return {
        "uid": rng.choice([rng.randint(1, 10**6), str(rng.randint(1, 10**6))]),
        "phone": blank(rng, rng.choice([int(p) if p.isdigit() else p, "+" + p, p]), 0.15),
        "dob": blank(
            rng, rng.choice([fmt_date(rng, d, "ymd_int"), fmt_date(rng, d, "iso"), fmt_date(rng, d, "epoch")]), 0.15
        ),
        "amount": rng.choice([rng.randint(1, 999), f"{rng.uniform(1, 999):.2f}", None]),
        "card": blank(rng, rng.choice([c, int(c)]), 0.15),
        "zip": rng.choice([digits(rng, 5), int(digits(rng, 5)), None]),
        "ssn": blank(rng, rng.choice([s, int(s)]), 0.2),
        "ip": blank(rng, user_ip(rng), 0.1),
        "flags": rng.randint(0, 255),
        "score": rng.choice([rng.random(), None, "n/a"]),
        "lat": rng.choice([lat, str(lat)]),
        "lon": rng.choice([lon, str(lon)]),
        "ver": rng.choice([version(rng), version(rng, 4), rng.randint(1, 30)]),
        "note": rng.choice(["", None, "ok", "回访", "follow-up"]),
    }


@dataset(
    "ad_exchange_bids",
    {
        "bid_id": None,
        "imp_id": None,
        "ifa": DEV,
        "device_ip": IP,
        "ua": None,
        "make": None,
        "model": None,
        "os": None,
        "geo": GEO,
        "price_cpm": None,
        "app_bundle": None,
        "ts": None,
        "imei_md5": None,
    },
)
def ad_exchange_bids(rng: R, now: datetime) -> dict[str, Any]:
    lat, lon = position(rng)
    return {
        "bid_id": uuid4(rng),
        "imp_id": str(rng.randint(1, 9)),
        "ifa": rng.choice([uuid4(rng), uuid4(rng).upper()]),
        "device_ip": user_ip(rng),
        "ua": "Mozilla/5.0 (Linux; Android 13; SM-S918U) AppleWebKit/537.36",
        "make": rng.choice(["Apple", "Samsung", "Xiaomi", "Google"]),
        "model": rng.choice(PHONE_MODELS),
        "os": rng.choice(["iOS", "Android"]),
        "geo": {
            "lat": lat,
            "lon": lon,
            "country": rng.choice(["USA", "DEU", "CHN", "BRA"]),
            "city": rng.choice(["Chicago", "Berlin", "Shanghai", "Recife"]),
        },
        "price_cpm": round(rng.uniform(0.1, 12), 4),
        "app_bundle": rng.choice(["com.king.candycrushsaga", "com.zhiliaoapp.musically", "id284882215"]),
        "ts": fmt_ts(rng, recent(rng, now, 1), "epoch_ms"),
        "imei_md5": hashlib.md5(imei(rng).encode()).hexdigest(),  # noqa: S324
    }


def build(seed: int, now: datetime, records: int = 200) -> list[Dataset]:
    """One dataset per generator, ``records`` rows each, deterministic for (seed, now)."""
    out: list[Dataset] = []
    for name, gen, labels in REGISTRY:
        rng = random.Random(f"heldout:{seed}:{name}")
        out.append((name, [gen(rng, now) for _ in range(records)], dict(labels)))
    return out


if __name__ == "__main__":
    data = build(1, datetime.now(UTC).replace(microsecond=0))
    n = sum(len(lab) for _, _, lab in data)
    neg = sum(1 for _, _, lab in data for v in lab.values() if v is None)
    print(f"{len(data)} datasets, {n} labelled fields, {neg} negatives ({neg / n:.0%})")
    for name, recs, _ in data[:3]:
        print(name, json.dumps(recs[0], ensure_ascii=False, default=str)[:400])
