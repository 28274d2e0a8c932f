"""Deterministic synthetic, leak-shaped data for the lab.

Everything here is made up by a seeded :class:`random.Random`; no record describes a real
person. The same ``seed`` always yields the same records (the timestamps are relative to the
``now`` you pass in). Shapes imitate what open data stores actually leak:

* ``people`` / ``sightings`` / ``checkins``: a surveillance database with Chinese pinyin field
  names (``xm`` name, ``sfzh`` resident ID, ``csrq`` birth date, ``mz`` ethnicity, ``dz``
  address, ``gzdw`` employer, ``xb`` sex, ``sjhm`` mobile), names in Han characters, Uyghur
  (Arabic script), Latin (pinyin) and Cyrillic, and checksum-valid 18-character China
  resident identity numbers (GB 11643-1999, ISO 7064 MOD 11-2) whose region code and birth
  date agree with the record.
* ``customers`` (name, email, phone, address, birth date, Luhn-valid card or valid IBAN),
  ``app_logs``, ``tracker_messages`` (Luhn-valid IMEI), ``sessions``, ``secrets``,
  ``telemetry``, ``events`` and a Redis session cache.

E-mail addresses use the reserved ``example.*`` domains, IP addresses the documentation
ranges (RFC 5737), and payment cards/IBANs are synthetic numbers that only pass checksums.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bson import ObjectId

UTC = dt.UTC

# ------------------------------------------------------------------------------------------
# Region codes (first 6 digits of a resident ID), with the place they stand for and an
# approximate centre (lon, lat) used for synthetic sightings. All codes are accepted by
# python-stdnum's ``stdnum.cn.ric`` birth-place table.


@dataclass(frozen=True)
class Region:
    code: str
    province: str
    city: str
    county: str
    lon: float
    lat: float
    since: int = 1984  # first birth year for which python-stdnum accepts this region code


REGIONS: tuple[Region, ...] = (
    Region("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", 87.62, 43.79),
    Region("650103", "新疆维吾尔自治区", "乌鲁木齐市", "沙依巴克区", 87.58, 43.79),
    Region("650104", "新疆维吾尔自治区", "乌鲁木齐市", "新市区", 87.56, 43.86),
    Region("650105", "新疆维吾尔自治区", "乌鲁木齐市", "水磨沟区", 87.65, 43.83),
    Region("653101", "新疆维吾尔自治区", "喀什市", "喀什市", 75.99, 39.47, 1950),
    Region("653121", "新疆维吾尔自治区", "喀什地区", "疏附县", 75.86, 39.38, 1950),
    Region("652801", "新疆维吾尔自治区", "库尔勒市", "库尔勒市", 86.15, 41.76, 1950),
    Region("652901", "新疆维吾尔自治区", "阿克苏市", "阿克苏市", 80.26, 41.17),
    Region("653201", "新疆维吾尔自治区", "和田市", "和田市", 79.92, 37.11),
    Region("652301", "新疆维吾尔自治区", "昌吉市", "昌吉市", 87.30, 44.01),
    Region("620102", "甘肃省", "兰州市", "城关区", 103.83, 36.06),
    Region("630102", "青海省", "西宁市", "城东区", 101.80, 36.62),
    Region("110101", "北京市", "北京市", "东城区", 116.42, 39.93, 1950),
    Region("310101", "上海市", "上海市", "黄浦区", 121.49, 31.23, 1950),
)

# Weights: the leak is a Xinjiang database, so most people come from there.
_REGION_WEIGHTS = (10, 8, 6, 5, 14, 6, 5, 5, 6, 4, 2, 2, 1, 1)

_RIC_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))


def ric_check_digit(first17: str) -> str:
    """GB 11643-1999 check character for the first 17 digits of a resident ID."""
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError("need the 17 leading digits")
    total = sum(int(d) * w for d, w in zip(first17, _RIC_WEIGHTS, strict=True))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def make_ric(region_code: str, birth: dt.date, sequence: int) -> str:
    """An 18-character resident ID: region, YYYYMMDD, 3-digit sequence (odd = male), check."""
    first17 = f"{region_code}{birth:%Y%m%d}{sequence % 1000:03d}"
    return first17 + ric_check_digit(first17)


def luhn_check_digit(partial: str) -> str:
    """Luhn check digit to append to ``partial``."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    """An IBAN with valid ISO 13616 check digits for ``country`` + ``bban``."""
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


# ------------------------------------------------------------------------------------------
# Name material (synthetic combinations)

_HAN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_HAN_GIVEN = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "刚",
    "桂英",
    "建华",
    "文",
    "华",
    "红",
    "玉兰",
    "志强",
    "海燕",
    "建国",
    "鹏",
    "飞",
    "婷",
    "雪",
    "宇",
    "浩",
    "欣怡",
    "子涵",
    "梓轩",
]
_HUI_SURNAMES = "马白丁沙纳哈穆杨金"

# Uyghur personal names in Uyghur Arabic script; a person is "<given> <father's given>".
_UY_MALE = [
    "ئەخمەت",
    "مۇھەممەت",
    "ئابدۇللا",
    "تۇرسۇن",
    "ئەركىن",
    "ئالىم",
    "مەمەتجان",
    "ئىسمائىل",
    "ياسىن",
    "قادىر",
    "نۇرمەمەت",
    "ئابلىز",
    "ئوسمان",
    "ئەكبەر",
    "ھەسەن",
    "ئىبراھىم",
]
_UY_FEMALE = [
    "ئايگۈل",
    "گۈلنار",
    "مەرھابا",
    "پاتىگۈل",
    "زۇلپىيە",
    "ئامىنە",
    "رەيھانگۈل",
    "مۇنىرە",
    "سەنەم",
    "ھەبىبە",
    "نۇرگۈل",
    "ئايشەم",
]
# Chinese transliterations of Uyghur names as they appear in household registers.
_UY_ZH = [
    "艾合买提",
    "买买提",
    "阿不都拉",
    "吐尔逊",
    "艾尔肯",
    "阿力木",
    "热依汗古丽",
    "古丽娜尔",
    "努尔古丽",
    "阿依古丽",
    "伊斯马伊力",
    "玉素甫",
    "阿布力孜",
    "帕提古丽",
]

# Kazakh names in Cyrillic script.
_KZ_MALE = ["Ерлан", "Нурлан", "Серик", "Асхат", "Бауыржан", "Дастан", "Марат", "Арман", "Жандос"]
_KZ_FEMALE = ["Айгуль", "Гульнара", "Динара", "Жанар", "Салтанат", "Асель", "Мадина", "Айжан"]
_KZ_FAMILY = ["Нурланов", "Серикбаев", "Жумабаев", "Касымов", "Токтаров", "Абенов", "Оспанов"]

_PINYIN_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Ma"]
_PINYIN_GIVEN = [
    "Wei",
    "Fang",
    "Na",
    "Xiuying",
    "Min",
    "Jing",
    "Li",
    "Qiang",
    "Lei",
    "Jun",
    "Yang",
    "Jianhua",
    "Haiyan",
    "Zihan",
    "Yuxuan",
]

_ETHNICITIES_XJ = [("维吾尔族", 50), ("汉族", 30), ("哈萨克族", 8), ("回族", 7), ("柯尔克孜族", 3), ("蒙古族", 2)]

_STREETS = [
    "解放南路",
    "人民路",
    "新华北路",
    "友好南路",
    "北京路",
    "团结路",
    "文化路",
    "光明路",
    "胜利路",
    "建设路",
    "延安路",
    "克西路",
    "努尔巴格路",
    "吐曼路",
    "色满路",
]
_EMPLOYERS = [
    "{city}第一中学",
    "{city}人民医院",
    "{city}市场监督管理局",
    "{city}棉纺厂",
    "{city}运输有限公司",
    "{city}建筑工程公司",
    "个体经营",
    "{city}农业发展有限公司",
    "{city}第三小学",
    "{city}电力公司",
    "无业",
    "{city}清真寺管委会",
    "{city}巴扎管理处",
]

_PLACES = [
    "mosque",
    "hotel",
    "internet cafe",
    "restaurant",
    "bus station",
    "railway station",
    "checkpoint",
    "market",
    "petrol station",
    "school gate",
    "hospital",
    "bank",
]
_PLACE_WEIGHTS = [12, 8, 6, 14, 8, 5, 16, 12, 6, 4, 5, 4]

# Western-style customers (for the issue-3 engines)
_FIRST = [
    "Alice",
    "Bruno",
    "Chloé",
    "Dmitri",
    "Elif",
    "Farid",
    "Grace",
    "Hiro",
    "Ingrid",
    "Jonas",
    "Katarzyna",
    "Luis",
    "Mei",
    "Noah",
    "Olga",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Viktor",
    "Wen",
    "Yara",
    "Zoe",
]
_LAST = [
    "Andersen",
    "Baker",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Hoffmann",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "López",
    "Müller",
    "Novak",
    "O'Brien",
    "Petrov",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Urban",
    "Vogel",
    "Weber",
    "Yilmaz",
    "Zimmermann",
]
_CITIES = [
    ("Berlin", "DE", "10115"),
    ("Hamburg", "DE", "20095"),
    ("Paris", "FR", "75001"),
    ("Lyon", "FR", "69001"),
    ("London", "GB", "EC1A 1BB"),
    ("Manchester", "GB", "M1 1AE"),
    ("Amsterdam", "NL", "1012 AB"),
    ("Madrid", "ES", "28001"),
]
_STREET_EN = [
    "Main Street",
    "Hauptstraße",
    "Rue de la Paix",
    "High Street",
    "Kerkstraat",
    "Calle Mayor",
    "Bahnhofstraße",
    "Station Road",
]
_EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.cn", "corp.example"]
_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "okhttp/4.12.0",
    "python-requests/2.32.3",
]
_DOC_NETS = ["192.0.2.", "198.51.100.", "203.0.113."]
_TACS = ["35332510", "35875907", "86107303", "35209900", "86891204"]  # tracker-like TACs


def _strip_accents(s: str) -> str:
    table = str.maketrans("éíóúüöäçñØø'", "eiouuoacnOo-")
    return s.translate(table).replace("ß", "ss")


class Generator:
    """Seeded factory for every lab dataset. ``Generator(seed)`` is fully deterministic."""

    def __init__(self, seed: int = 2026) -> None:
        self.seed = seed

    def _rng(self, stream: str) -> random.Random:
        # A separate stream per dataset, so adding one dataset never shifts another.
        return random.Random(f"{self.seed}:{stream}")

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def object_id(rng: random.Random) -> ObjectId:
        """A deterministic BSON ObjectId."""
        return ObjectId(bytes(rng.getrandbits(8) for _ in range(12)))

    @staticmethod
    def ip(rng: random.Random) -> str:
        return rng.choice(_DOC_NETS) + str(rng.randint(1, 254))

    @staticmethod
    def card_number(rng: random.Random) -> str:
        prefix = rng.choice(["4", "51", "52", "53", "54", "55"])
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
        return body + luhn_check_digit(body)

    @staticmethod
    def iban(rng: random.Random) -> str:
        country = rng.choice(["DE", "GB", "NL"])
        if country == "DE":
            bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
        elif country == "GB":
            bban = "EXMP" + "".join(str(rng.randint(0, 9)) for _ in range(14))
        else:
            bban = "EXMP" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        return iban(country, bban)

    @staticmethod
    def imei(rng: random.Random) -> str:
        body = rng.choice(_TACS) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        return body + luhn_check_digit(body)

    @staticmethod
    def token(rng: random.Random, n: int = 32) -> str:
        return "".join(rng.choice("0123456789abcdef") for _ in range(n))

    @staticmethod
    def _birthdate(rng: random.Random, since: int = 1950) -> dt.date:
        start = dt.date(since, 1, 1)
        return start + dt.timedelta(days=rng.randint(0, (dt.date(2005, 12, 31) - start).days))

    # ------------------------------------------------------------------ people
    def person(self, rng: random.Random, index: int) -> dict[str, Any]:
        region = rng.choices(REGIONS, weights=_REGION_WEIGHTS)[0]
        in_xj = region.code.startswith("65")
        if in_xj:
            mz = rng.choices([e for e, _ in _ETHNICITIES_XJ], weights=[w for _, w in _ETHNICITIES_XJ])[0]
        else:
            mz = rng.choices(["汉族", "回族", "藏族"], weights=[85, 10, 5])[0]
        male = rng.random() < 0.5
        birth = self._birthdate(rng, region.since)
        seq = rng.randrange(0, 500) * 2 + (1 if male else 0)  # 17th digit: odd = male
        sfzh = make_ric(region.code, birth, seq)

        xm_zh: str | None = None
        if mz == "维吾尔族" or mz == "柯尔克孜族":
            given = rng.choice(_UY_MALE if male else _UY_FEMALE)
            xm = f"{given} {rng.choice(_UY_MALE)}"
            xm_zh = f"{rng.choice(_UY_ZH)}·{rng.choice(_UY_ZH)}"
        elif mz == "哈萨克族":
            family = rng.choice(_KZ_FAMILY)
            xm = f"{rng.choice(_KZ_MALE if male else _KZ_FEMALE)} {family if male else family + 'а'}"
        elif mz == "回族":
            xm = rng.choice(_HUI_SURNAMES) + rng.choice(_HAN_GIVEN)
        elif rng.random() < 0.15:
            xm = f"{rng.choice(_PINYIN_SURNAMES)} {rng.choice(_PINYIN_GIVEN)}"  # Latin script
        else:
            xm = rng.choice(_HAN_SURNAMES) + rng.choice(_HAN_GIVEN)

        city = region.city
        dz = (
            f"{region.province}{city if city != region.county else ''}{region.county}"
            f"{rng.choice(_STREETS)}{rng.randint(1, 399)}号{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元"
            f"{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
        )
        doc: dict[str, Any] = {
            "_id": self.object_id(rng),
            "rybh": f"R{region.code}{index:08d}",  # 人员编号 person number
            "xm": xm,
            "xb": "男" if male else "女",
            "sfzh": sfzh,
            "csrq": birth.isoformat(),
            "mz": mz,
            "dz": dz,
            "hjdz": f"{region.province}{region.county}",  # household registration place
            "gzdw": rng.choice(_EMPLOYERS).format(city=city.removesuffix("市")),
            "sjhm": f"1{rng.choice(['38', '39', '50', '58', '86', '89'])}{rng.randint(0, 99999999):08d}",
            "gzlx": rng.choices(["重点人员", "关注人员", "一般人员"], weights=[2, 3, 5])[0],  # watch level
            "region": region.code,
        }
        if xm_zh:
            doc["xm_zh"] = xm_zh
        return doc

    def people(self, n: int = 2000) -> list[dict[str, Any]]:
        rng = self._rng("people")
        return [self.person(rng, i) for i in range(n)]

    # ------------------------------------------------------------------ sightings
    def sighting(self, rng: random.Random, people: list[dict[str, Any]], ts: dt.datetime) -> dict[str, Any]:
        p = rng.choice(people)
        region = next((r for r in REGIONS if r.code == p.get("region")), REGIONS[0])
        lon = round(region.lon + rng.uniform(-0.06, 0.06), 6)
        lat = round(region.lat + rng.uniform(-0.05, 0.05), 6)
        return {
            "person": p["_id"],
            "sfzh": p["sfzh"],
            "location": {"type": "Point", "coordinates": [lon, lat]},
            "place": rng.choices(_PLACES, weights=_PLACE_WEIGHTS)[0],
            "camera": f"CAM-{region.code}-{rng.randint(1, 400):04d}",
            "ts": ts,
        }

    def sightings(
        self,
        people: list[dict[str, Any]],
        n: int = 5000,
        per_minute: float = 60.0,
        now: dt.datetime | None = None,
    ) -> list[dict[str, Any]]:
        """``n`` sightings at exactly ``per_minute`` records per minute, ending at ``now``.

        Record ``i`` gets a timestamp inside slot ``[now - (n-i)/rate, now - (n-i-1)/rate)``, so
        any window of the history holds ``rate * window`` records (+-1), the same rate that
        :mod:`ajar.lab.writer` keeps up afterwards. The history spans ``n / per_minute`` minutes
        (5000 at 60/min: about 83 minutes; use a lower rate for a history of days).
        """
        rng = self._rng("sightings")
        now = now or dt.datetime.now(UTC)
        slot = 60.0 / per_minute
        out = []
        for i in range(n):
            start = now - dt.timedelta(seconds=(n - i) * slot)
            ts = start + dt.timedelta(seconds=rng.uniform(0, slot))
            out.append(self.sighting(rng, people, ts.replace(microsecond=ts.microsecond // 1000 * 1000)))
        return out

    def checkins(
        self, people: list[dict[str, Any]], n: int = 500, now: dt.datetime | None = None
    ) -> list[dict[str, Any]]:
        """Hotel check-ins with a plain ``lat``/``lng`` pair (the non-GeoJSON location shape)."""
        rng = self._rng("checkins")
        now = now or dt.datetime.now(UTC)
        out = []
        for _ in range(n):
            p = rng.choice(people)
            region = next((r for r in REGIONS if r.code == p.get("region")), REGIONS[0])
            ts = now - dt.timedelta(seconds=rng.randint(0, 30 * 86400))
            out.append(
                {
                    "sfzh": p["sfzh"],
                    "xm": p["xm"],
                    "lat": round(region.lat + rng.uniform(-0.05, 0.05), 6),
                    "lng": round(region.lon + rng.uniform(-0.06, 0.06), 6),
                    "hotel": f"{region.county}{rng.choice(['宾馆', '大酒店', '快捷酒店', '招待所'])}",
                    "room": str(rng.randint(101, 1520)),
                    "rzsj": ts.replace(microsecond=0),  # 入住时间 check-in time
                }
            )
        return out

    # ------------------------------------------------------------------ customers etc.
    def customers(self, n: int = 1000) -> list[dict[str, Any]]:
        rng = self._rng("customers")
        out = []
        for i in range(n):
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            city, country, postcode = rng.choice(_CITIES)
            local = _strip_accents(f"{first}.{last}").lower().replace(" ", "")
            phone = {
                "DE": f"+49 151 {rng.randint(10000000, 99999999)}",
                "FR": f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                "GB": f"+44 7{rng.randint(400, 999)} {rng.randint(100000, 999999)}",
                "NL": f"+31 6 {rng.randint(10000000, 99999999)}",
                "ES": f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            }[country]
            rec: dict[str, Any] = {
                "id": i + 1,
                "name": f"{first} {last}",
                "email": f"{local}{rng.randint(1, 99)}@{rng.choice(_EMAIL_DOMAINS)}",
                "phone": phone,
                "address": f"{rng.randint(1, 200)} {rng.choice(_STREET_EN)}, {postcode} {city}, {country}",
                "birth_date": self._birthdate(rng).isoformat(),
                "card_number": None,
                "iban": None,
                "created_at": (
                    dt.datetime(2024, 1, 1, tzinfo=UTC) + dt.timedelta(seconds=rng.randint(0, 600 * 86400))
                ).isoformat(),
            }
            if rng.random() < 0.6:
                rec["card_number"] = self.card_number(rng)
            else:
                rec["iban"] = self.iban(rng)
            out.append(rec)
        return out

    def orders(self, customers: list[dict[str, Any]], n: int = 300) -> list[dict[str, Any]]:
        rng = self._rng("orders")
        return [
            {
                "order_id": f"ORD-{100000 + i}",
                "customer_id": (c := rng.choice(customers))["id"],
                "email": c["email"],
                "ship_to": c["address"],
                "amount_eur": round(rng.uniform(5, 900), 2),
                "card_last4": (c["card_number"] or "0000")[-4:],
            }
            for i in range(n)
        ]

    def app_logs(self, n: int = 2000, now: dt.datetime | None = None) -> list[dict[str, Any]]:
        rng = self._rng("app_logs")
        custs = self.customers(200)
        now = now or dt.datetime.now(UTC)
        msgs = [
            "user logged in",
            "password reset requested",
            "login failed: bad password",
            "profile updated",
            "payment accepted",
            "2FA code sent to {phone}",
            "order shipped to {address}",
            "session expired",
        ]
        out = []
        for i in range(n):
            c = rng.choice(custs)
            ts = now - dt.timedelta(seconds=(n - i) * 30 + rng.randint(0, 29))
            out.append(
                {
                    "@timestamp": ts.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                    "level": rng.choices(["INFO", "WARN", "ERROR"], weights=[80, 15, 5])[0],
                    "service": rng.choice(["auth", "checkout", "profile", "api-gateway"]),
                    "email": c["email"],
                    "client_ip": self.ip(rng),
                    "user_agent": rng.choice(_UA),
                    "message": rng.choice(msgs).format(phone=c["phone"], address=c["address"]),
                }
            )
        return out

    def vehicles(self, n: int = 20) -> list[dict[str, Any]]:
        """Vehicles for the MQTT tracker: IMEI, plate, driver, a home position."""
        rng = self._rng("vehicles")
        out = []
        for _ in range(n):
            region = rng.choice(REGIONS[:10])
            out.append(
                {
                    "imei": self.imei(rng),
                    "plate": f"新{rng.choice('ABCDEFGHJ')}{rng.randint(10000, 99999)}",
                    "driver": rng.choice(_HAN_SURNAMES) + rng.choice(_HAN_GIVEN),
                    "driver_phone": f"1{rng.choice(['38', '39', '58'])}{rng.randint(0, 99999999):08d}",
                    "lat": region.lat + rng.uniform(-0.05, 0.05),
                    "lon": region.lon + rng.uniform(-0.06, 0.06),
                }
            )
        return out

    @staticmethod
    def tracker_message(rng: random.Random, vehicle: dict[str, Any], ts: dt.datetime) -> dict[str, Any]:
        """One GPS fix; moves the vehicle a little (mutates ``vehicle``)."""
        vehicle["lat"] += rng.uniform(-0.0008, 0.0008)
        vehicle["lon"] += rng.uniform(-0.0008, 0.0008)
        return {
            "imei": vehicle["imei"],
            "plate": vehicle["plate"],
            "driver": vehicle["driver"],
            "lat": round(vehicle["lat"], 6),
            "lon": round(vehicle["lon"], 6),
            "speed": round(rng.uniform(0, 80), 1),
            "ts": ts.isoformat(timespec="seconds").replace("+00:00", "Z"),
        }

    def tracker_messages(self, n: int = 20, now: dt.datetime | None = None) -> list[dict[str, Any]]:
        rng = self._rng("tracker")
        now = now or dt.datetime.now(UTC)
        return [self.tracker_message(rng, v, now) for v in self.vehicles(n)]

    def sessions(self, n: int = 200, now: dt.datetime | None = None) -> list[dict[str, Any]]:
        rng = self._rng("sessions")
        custs = self.customers(200)
        now = now or dt.datetime.now(UTC)
        return [
            {
                "token": self.token(rng),
                "user_id": (c := rng.choice(custs))["id"],
                "email": c["email"],
                "ip": self.ip(rng),
                "user_agent": rng.choice(_UA),
                "created": (now - dt.timedelta(seconds=rng.randint(0, 86400))).isoformat(timespec="seconds"),
            }
            for _ in range(n)
        ]

    def secrets(self) -> dict[str, str]:
        """Key -> value pairs shaped like leaked configuration secrets (all synthetic)."""
        rng = self._rng("secrets")
        up = string.ascii_uppercase + string.digits
        alnum = string.ascii_letters + string.digits

        def rnd(chars: str, k: int) -> str:
            return "".join(rng.choice(chars) for _ in range(k))

        dbpw = rnd(alnum, 16)
        return {
            "/app/prod/database/url": f"postgres://app:{dbpw}@db.internal.example:5432/crm",
            "/app/prod/database/password": dbpw,
            "/app/prod/aws/access_key_id": "AKIA" + rnd(up, 16),
            "/app/prod/aws/secret_access_key": rnd(alnum + "+/", 40),
            "/app/prod/stripe/secret_key": "sk_live_" + rnd(alnum, 24),
            "/app/prod/smtp/password": rnd(alnum, 12),
            "/app/prod/jwt/signing_key": rnd("0123456789abcdef", 64),
            "/app/prod/admin/email": "ops.admin@example.com",
            "/app/prod/admin/password": "Winter" + str(rng.randint(2019, 2026)) + "!",
            "/app/prod/github/token": "ghp_" + rnd(alnum, 36),
        }

    def telemetry(
        self, devices: int = 10, points_per_device: int = 100, now: dt.datetime | None = None
    ) -> list[dict[str, Any]]:
        rng = self._rng("telemetry")
        custs = self.customers(200)
        now = now or dt.datetime.now(UTC)
        out = []
        for d in range(devices):
            owner = rng.choice(custs)
            region = rng.choice(REGIONS)
            lat, lon, battery = region.lat, region.lon, rng.uniform(60, 100)
            dev = f"dev-{self.token(rng, 12)}"
            for k in range(points_per_device):
                lat += rng.uniform(-0.001, 0.001)
                lon += rng.uniform(-0.001, 0.001)
                battery = max(1.0, battery - rng.uniform(0, 0.3))
                out.append(
                    {
                        "device_id": dev,
                        "owner_email": owner["email"],
                        "lat": round(lat, 6),
                        "lon": round(lon, 6),
                        "battery": round(battery, 1),
                        "time": now - dt.timedelta(minutes=(points_per_device - k) * 5 + d),
                    }
                )
        return out

    def events(self, n: int = 2000, now: dt.datetime | None = None) -> list[dict[str, Any]]:
        rng = self._rng("events")
        custs = self.customers(300)
        now = now or dt.datetime.now(UTC)
        kinds = ["page_view", "login", "logout", "add_to_cart", "purchase", "search", "signup"]
        return [
            {
                "user_id": (c := rng.choice(custs))["id"],
                "email": c["email"],
                "ip": self.ip(rng),
                "event": rng.choice(kinds),
                "ts": (now - dt.timedelta(seconds=(n - i) * 20)).replace(microsecond=0),
            }
            for i in range(n)
        ]

    # ------------------------------------------------------------------ redis session cache
    def redis_cache(self, now: dt.datetime | None = None) -> Iterator[tuple[int, str, str, Any]]:
        """Yield ``(db, type, key, value)`` covering every Redis type.

        Types: ``hash`` (``session:<token>``: email, ip, user_agent, created), ``string``
        (``user:<id>`` JSON), ``list`` (``recent_logins``), ``set`` (``online_users``), ``zset``
        (``failed_logins``), ``stream`` (``audit``) in db 0, and a few strings in db 2.
        """
        import json

        now = now or dt.datetime.now(UTC)
        sessions = self.sessions(200, now)
        custs = self.customers(200)
        for s in sessions:
            yield (
                0,
                "hash",
                f"session:{s['token']}",
                {
                    "email": s["email"],
                    "ip": s["ip"],
                    "user_agent": s["user_agent"],
                    "created": s["created"],
                },
            )
        for c in custs[:100]:
            yield (
                0,
                "string",
                f"user:{c['id']}",
                json.dumps(
                    {k: c[k] for k in ("id", "name", "email", "phone", "address", "birth_date")}, ensure_ascii=False
                ),
            )
        yield (
            0,
            "list",
            "recent_logins",
            [json.dumps({"email": s["email"], "ip": s["ip"], "at": s["created"]}) for s in sessions[:50]],
        )
        yield 0, "set", "online_users", [s["email"] for s in sessions[:40]]
        rng = self._rng("redis")
        yield 0, "zset", "failed_logins", {c["email"]: rng.randint(1, 40) for c in custs[:30]}
        yield (
            0,
            "stream",
            "audit",
            [
                {"email": s["email"], "ip": s["ip"], "event": rng.choice(["login", "logout", "reset"])}
                for s in sessions[:60]
            ],
        )
        for c in custs[100:120]:
            yield (
                2,
                "string",
                f"cart:{c['id']}",
                json.dumps({"email": c["email"], "card_number": c["card_number"], "iban": c["iban"]}),
            )
