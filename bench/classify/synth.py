"""Synthetic, checksum-valid values for the classify benchmark and tests. Never real people.

Every generator takes a ``random.Random`` so datasets are reproducible.
"""

from __future__ import annotations

import base64
import random
import string
import struct
from datetime import UTC, date, datetime, timedelta

from stdnum import luhn
from stdnum.br import cpf
from stdnum.iban import calc_check_digits as iban_check
from stdnum.pl import pesel
from stdnum.tr import tckimlik

CN_AREAS = (
    "110101",
    "110105",
    "310104",
    "440305",
    "650102",
    "650104",
    "653101",
    "654002",
    "540102",
    "510107",
    "320102",
    "330106",
    "420102",
    "610113",
    "630102",
)
CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
CN_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉梅建国志红文"
UY_NAMES = ("买买提·艾力", "阿依古丽·吐尔逊", "艾合买提·热合曼", "古丽娜尔·买买提", "努尔·阿卜杜拉")
LATIN_GIVEN = (
    "James",
    "Maria",
    "Ahmed",
    "Olivia",
    "Hans",
    "Sofia",
    "Kenji",
    "Priya",
    "Lucas",
    "Emma",
    "Zoltan",
    "Ingrid",
    "Tariq",
    "Aroha",
    "Bjorn",
    "Chiara",
    "Dmitri",
    "Esperanza",
    "Femi",
    "Gulnara",
)
LATIN_SURNAMES = (
    "Smith",
    "Garcia",
    "Muller",
    "Rossi",
    "Nguyen",
    "Kowalski",
    "Yilmaz",
    "Tanaka",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Papadopoulos",
    "Novak",
    "Fernandes",
    "Andersen",
    "Kovacs",
    "Mbeki",
)
RU_NAMES = (
    "Иван Петрович Сидоров",
    "Анна Сергеевна Кузнецова",
    "Дмитрий Иванов",
    "Ольга Николаевна Смирнова",
    "Сергей Попов",
)
AR_NAMES = ("محمد علي", "فاطمة حسن", "أحمد عبد الله", "مريم يوسف", "خالد بن سعيد")
ETHNIC_CN = ("汉族", "维吾尔族", "回族", "哈萨克族", "藏族", "蒙古族", "柯尔克孜族", "汉族", "汉族")
ETHNIC_EN = ("Han", "Uyghur", "Hui", "Kazakh", "Tibetan", "Hispanic or Latino", "African American", "Caucasian")
RELIGION = (
    "伊斯兰教",
    "无宗教信仰",
    "佛教",
    "基督教",
    "Muslim",
    "Catholic",
    "Buddhist",
    "Atheist",
    "Hindu",
    "Protestant",
    "православие",
)
HEALTH = (
    "Type 2 diabetes",
    "Hypertension",
    "HIV positive",
    "Asthma",
    "Major depression",
    "糖尿病",
    "高血压",
    "E11.9",
    "J45.909",
    "F32.1",
    "抑郁症",
    "Epilepsy",
)
PLACES = ("mosque", "hotel", "internet cafe", "train station", "market", "school", "hospital")
STREETS_EN = ("Baker Street", "Main St", "Oak Avenue", "Elm Road", "Sunset Blvd", "High Street", "Maple Lane")
CN_ADDR = (
    "乌鲁木齐市天山区解放南路{}号",
    "北京市朝阳区建国路{}号院{}栋",
    "喀什市人民路{}号{}单元",
    "上海市浦东新区世纪大道{}号",
    "和田市北京西路{}号",
    "深圳市南山区科技园{}栋{}室",
)


def cn_ric(rng: random.Random) -> str:
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 65))
    body = f"{rng.choice(CN_AREAS)}{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    check = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if check == 10 else str(check))


def cn_ric_birth(ric: str) -> str:
    return f"{ric[6:10]}-{ric[10:12]}-{ric[12:14]}"


def us_ssn(rng: random.Random, dashed: bool = True) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    s = f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
    return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s


def br_cpf(rng: random.Random) -> str:
    base = "".join(rng.choice(string.digits) for _ in range(9))
    d1 = cpf._calc_check_digits(base)  # noqa: SLF001
    return base + d1


def tr_tckn(rng: random.Random) -> str:
    base = str(rng.randrange(1, 10)) + "".join(rng.choice(string.digits) for _ in range(8))
    return base + tckimlik.calc_check_digits(base)


def pl_pesel(rng: random.Random) -> str:
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 49))
    base = f"{born:%y%m%d}{rng.randrange(0, 10000):04d}"
    return base + pesel.calc_check_digit(base)


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice((("4", 16), ("51", 16), ("37", 15), ("6011", 16), ("62", 16), ("35", 16)))
    number = luhn_complete(prefix if prefix != "35" else "3530", length, rng)
    if rng.random() < 0.5:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number


def imei(rng: random.Random) -> str:
    return luhn_complete(rng.choice(("35", "86", "01", "99")), 15, rng)


def iban(rng: random.Random) -> str:
    country, bban_len = rng.choice((("DE", 18), ("GB", 18), ("CH", 17), ("AT", 16), ("NL", 14), ("IE", 18)))
    if country in ("GB", "IE"):
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
            rng.choice(string.digits) for _ in range(14)
        )
    elif country == "NL":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
            rng.choice(string.digits) for _ in range(10)
        )
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(bban_len))
    number = country + "00" + bban
    check = iban_check(number)
    value = country + check + bban
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.4 else value


def cn_phone(rng: random.Random) -> str:
    return rng.choice(("13", "15", "18", "17", "19")) + str(rng.randrange(0, 10)) + f"{rng.randrange(0, 10**8):08d}"


def intl_phone(rng: random.Random) -> str:
    return rng.choice(
        (
            lambda: f"+86 {cn_phone(rng)}",
            lambda: (
                f"+1 {rng.choice(('212', '415', '617', '303'))}-{rng.randrange(200, 999)}-{rng.randrange(0, 10000):04d}"
            ),
            lambda: f"+44 7{rng.randrange(400, 999)} {rng.randrange(100000, 999999)}",
            lambda: f"+49 151 {rng.randrange(1000000, 9999999)}",
            lambda: (
                f"+7 9{rng.randrange(10, 99)} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
            ),
            lambda: f"+971 50 {rng.randrange(1000000, 9999999)}",
        )
    )()


def han_name(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(UY_NAMES)
    return rng.choice(CN_SURNAMES) + "".join(rng.choice(CN_GIVEN) for _ in range(rng.choice((1, 2))))


def latin_name(rng: random.Random) -> str:
    return f"{rng.choice(LATIN_GIVEN)} {rng.choice(LATIN_SURNAMES)}"


def email(rng: random.Random, name: str | None = None) -> str:
    user = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randrange(4, 10)))
    return f"{user}{rng.randrange(1, 999)}@{rng.choice(('example.com', 'mail.example.org', 'example.cn', 'test.ru'))}"


def birth_date(rng: random.Random) -> date:
    return date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 65))


def ipv4(rng: random.Random) -> str:
    first = rng.choice((36, 58, 101, 117, 183, 203, 198))
    return f"{first}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    return "2001:db8:" + ":".join(f"{rng.randrange(0, 65536):x}" for _ in range(6))


def mac(rng: random.Random) -> str:
    return ":".join(f"{rng.randrange(0, 256):02X}" for _ in range(6))


def embedding(rng: random.Random, dims: int = 128) -> list[float]:
    v = [rng.gauss(0, 1) for _ in range(dims)]
    norm = sum(x * x for x in v) ** 0.5
    return [x / norm for x in v]


def embedding_b64(rng: random.Random, dims: int = 128) -> str:
    return base64.b64encode(struct.pack(f"<{dims}f", *embedding(rng, dims))).decode()


def bcrypt_hash(rng: random.Random) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return "$2b$12$" + "".join(rng.choice(alphabet) for _ in range(53))


def token_hex(rng: random.Random, n: int = 64) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def jwt(rng: random.Random) -> str:
    def part(n: int) -> str:
        return "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))

    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + part(40) + "." + part(43)


def xinjiang_point(rng: random.Random) -> tuple[float, float]:
    """(lat, lon) around Urumqi / Kashgar, 6 decimals."""
    lat, lon = rng.choice(((43.8256, 87.6168), (39.4704, 75.9898), (37.1143, 79.9225)))
    return round(lat + rng.uniform(-0.2, 0.2), 6), round(lon + rng.uniform(-0.2, 0.2), 6)


def recent_time(rng: random.Random) -> datetime:
    return datetime.now(UTC) - timedelta(seconds=rng.randrange(0, 86400 * 3))


def cn_address(rng: random.Random) -> str:
    return rng.choice(CN_ADDR).format(rng.randrange(1, 300), rng.randrange(1, 30))


def en_address(rng: random.Random) -> str:
    return f"{rng.randrange(1, 9999)} {rng.choice(STREETS_EN)}, {rng.choice(('Springfield', 'Leeds', 'Austin'))}"
