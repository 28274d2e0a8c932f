"""Makers of non-personal values, many of them shaped like personal ones: order and tracking numbers
(digits like phones or ids), build versions (dotted like IPv4), event timestamps (dates that are not
births), file checksums and commit hashes (hex like secrets), record UUIDs (like advertising ids),
sensor floats (like coordinates), product and company names (like people's names), and so on."""

from __future__ import annotations

import datetime as dt
import hashlib

import vocab
from ejson import Date, Long, Oid
from langs import Ctx
from sensitive import ALNUM, HEX, pick, rand_str, ruuid, unit_vector
from stdnum import ean, isbn, luhn

T0 = dt.datetime(2023, 1, 1)


def rec_int(ctx: Ctx, opt: int) -> int:
    return 1000 + ctx.rng.randint(0, 10**6) if opt % 2 else ctx.rng.randint(1, 5000)


def uuid_id(ctx: Ctx, opt: int) -> str:
    return ruuid(ctx)


def oid(ctx: Ctx, opt: int) -> Oid:
    ts = int((T0 - dt.datetime(1970, 1, 1)).total_seconds()) + ctx.rng.randint(0, 9 * 10**7)
    return Oid(f"{ts:08x}" + rand_str(ctx, HEX, 16))


def sku(ctx: Ctx, opt: int) -> str:
    forms = ("SKU-{a}-{n}", "{a}{n}", "{n}-{a}", "ART{n}")
    return ctx.rng.choice(forms).format(a=rand_str(ctx, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), n=ctx.rng.randint(1000, 99999))


def order_no(ctx: Ctx, opt: int) -> object:
    """Long digit strings, the shape of phone numbers and national ids, but not Luhn-valid."""
    n = (10, 11, 12, 16)[opt % 4]
    while True:
        v = str(ctx.rng.randint(1, 9)) + "".join(str(ctx.rng.randint(0, 9)) for _ in range(n - 1))
        if not luhn.is_valid(v):
            break
    return ("ORD-" + v if opt % 5 == 1 else v) if opt % 7 != 3 else int(v)


def invoice_no(ctx: Ctx, opt: int) -> str:
    head = ctx.rng.choice(("INV", "RE", "FA", "СЧ", "FT"))
    return f"{head}-{2024 + ctx.rng.randint(0, 1)}-{ctx.rng.randint(1, 99999):05d}"


def tracking_no(ctx: Ctx, opt: int) -> str:
    forms = ("1Z{a}{n}", "JD{n}", "SF{n}", "RR{n}CN", "TBA{n}")
    return ctx.rng.choice(forms).format(a=rand_str(ctx, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6),
                                        n="".join(str(ctx.rng.randint(0, 9)) for _ in range(10)))


def version(ctx: Ctx, opt: int) -> str:
    r = ctx.rng
    if opt % 3 == 0:  # four dotted numbers, the shape of an IPv4 address
        return f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(100, 250)}"
    return f"{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 12)}" + ("-beta" if r.random() < 0.1 else "")


def _moment(ctx: Ctx) -> dt.datetime:
    return T0 + dt.timedelta(seconds=ctx.rng.randint(0, 3 * 365 * 86400))


def event_time(ctx: Ctx, opt: int) -> object:
    t = _moment(ctx)
    shape = opt % 5
    if shape == 0:
        return Date(t)
    if shape == 1:
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if shape == 2:
        return int((t - dt.datetime(1970, 1, 1)).total_seconds())
    if shape == 3:
        return Long(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000))
    return t.strftime("%Y-%m-%d %H:%M:%S")


def event_date(ctx: Ctx, opt: int) -> object:
    """A date with no time (hire, visit, delivery, expiry): the shape of a birth date."""
    d = (_moment(ctx) - dt.timedelta(days=ctx.rng.randint(0, 6000) if opt % 3 == 0 else 0)).date()
    fmt = ("%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%d/%m/%Y", "%Y/%m/%d")[opt % 5]
    return Date(dt.datetime(d.year, d.month, d.day)) if opt % 7 == 6 else d.strftime(fmt)


def year(ctx: Ctx, opt: int) -> int:
    return ctx.rng.randint(1950, 2025)


def product(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.PRODUCT)


def category(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.CATEGORY)


def company(ctx: Ctx, opt: int) -> str:
    return str(ctx.fake.company())


def company_reg(ctx: Ctx, opt: int) -> str:
    """A company's registration or tax number (not a person's)."""
    return ("".join(str(ctx.rng.randint(0, 9)) for _ in range((10, 13, 9, 8)[opt % 4])))


def price(ctx: Ctx, opt: int) -> object:
    v = round(ctx.rng.uniform(0.5, 900.0), 2)
    return f"{v:.2f}".replace(".", ",") if opt % 4 == 1 else v


def currency(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.CURRENCIES)


def qty(ctx: Ctx, opt: int) -> int:
    return ctx.rng.randint(1, 24)


def amount(ctx: Ctx, opt: int) -> object:
    v = round(ctx.rng.lognormvariate(4, 1.2), 2)
    return f"{v} {ctx.rng.choice(vocab.CURRENCIES)}" if opt % 5 == 2 else v


def status(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.STATUS)


def gender(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.GENDER)


def age(ctx: Ctx, opt: int) -> object:
    v = ctx.rng.randint(18, 90)
    return str(v) if opt % 4 == 0 else v


def city(ctx: Ctx, opt: int) -> str:
    if ctx.base in ("kk", "tr", "ar"):
        return ctx.address.city()
    return str(ctx.fake.city())


def region(ctx: Ctx, opt: int) -> str:
    return ctx.address.state() if ctx.base in ("kk", "tr", "ar", "ja", "zh") else str(ctx.fake.country_code())


def country(ctx: Ctx, opt: int) -> str:
    return str(ctx.fake.country()) if opt % 2 else str(ctx.fake.country_code())


def job(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.JOBS)


def department(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.DEPARTMENT)


def salary(ctx: Ctx, opt: int) -> object:
    return ctx.rng.randint(20, 250) * 1000


def rating(ctx: Ctx, opt: int) -> object:
    return ctx.rng.randint(1, 5) if opt % 2 else round(ctx.rng.uniform(1, 5), 1)


def population(ctx: Ctx, opt: int) -> int:
    return int(ctx.rng.lognormvariate(11, 1.5))


def area_km2(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.uniform(5, 25000), 2)


def temperature(ctx: Ctx, opt: int) -> object:
    v = round(ctx.rng.uniform(-25, 42), 2)
    return f"{v}°C" if opt % 4 == 1 else v


def humidity(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.uniform(10, 100), 1)


def weight(ctx: Ctx, opt: int) -> object:
    v = round(ctx.rng.uniform(0.05, 30), 3)
    return f"{v} kg" if opt % 3 == 1 else v


def altitude(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.uniform(-5, 3200), 1)


def heading(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.uniform(0, 359.9), 1)


def chart_xy(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.uniform(-120, 120), 6)


def speed(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.uniform(0, 130), 1)


def voltage(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.uniform(3.1, 4.25), 3)


def sha256_file(ctx: Ctx, opt: int) -> str:
    return hashlib.sha256(rand_str(ctx, ALNUM, 30).encode()).hexdigest()


def git_sha(ctx: Ctx, opt: int) -> str:
    v = rand_str(ctx, HEX, 40)
    return v[:7] if opt % 3 == 1 else v


def md5_etag(ctx: Ctx, opt: int) -> str:
    v = rand_str(ctx, HEX, 32)
    return f'"{v}"' if opt % 2 else v


def url(ctx: Ctx, opt: int) -> str:
    return str(ctx.fake.url()) + ctx.rng.choice(("", "products/", "img/", "docs/"))


def domain(ctx: Ctx, opt: int) -> str:
    return str(ctx.fake.domain_name())


def hostname(ctx: Ctx, opt: int) -> str:
    role = ctx.rng.choice(("web", "db", "api", "cache", "worker"))
    return f"{role}-{ctx.rng.randint(1, 40):02d}.{ctx.rng.choice(('prod', 'stg', 'eu-west-1'))}.internal"


def port(ctx: Ctx, opt: int) -> int:
    return ctx.rng.choice((80, 443, 8080, 5432, 27017, 6379, 3306, 9200, 22))


def user_agent(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.USER_AGENTS)


def mime(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(("image/jpeg", "application/pdf", "text/csv", "image/png", "application/json"))


def file_size(ctx: Ctx, opt: int) -> int:
    return int(ctx.rng.lognormvariate(11, 2))


def lang_code(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(("en", "zh-CN", "ru", "kk", "tr", "ar", "fa", "hi", "id", "vi", "es", "pt-BR", "ja", "ko"))


def timezone(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(("Europe/Moscow", "Asia/Almaty", "Asia/Shanghai", "UTC", "Europe/Istanbul", "Asia/Tehran",
                           "Asia/Kolkata", "Asia/Jakarta", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Seoul"))


def color(ctx: Ctx, opt: int) -> str:
    return "#" + rand_str(ctx, HEX, 6)


def isbn13(ctx: Ctx, opt: int) -> str:
    body = "978" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(9))
    v = body + ean.calc_check_digit(body)  # ISBN-13 is an EAN-13
    return isbn.format(v) if opt % 2 else v


def ean13(ctx: Ctx, opt: int) -> str:
    body = ctx.rng.choice(("460", "690", "869", "400", "590", "893", "450", "880")) + \
        "".join(str(ctx.rng.randint(0, 9)) for _ in range(9))
    return body + ean.calc_check_digit(body)


def flight_no(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(("SU", "KC", "TK", "SV", "IR", "AI", "GA", "VN", "IB", "LA", "AF", "LH", "JL", "KE")) + \
        str(ctx.rng.randint(10, 2999))


def plate(ctx: Ctx, opt: int) -> str:
    forms = {"ru": "А{n}ВС77", "kk": "{n}ABC02", "tr": "34 ABC {n}", "de": "B-XY {n}", "zh": "京A{n}5",
             "ja": "品川 300 あ {n}", "ko": "12가 {n}", "pl": "WA {n}K", "fr": "AB-{n}-CD"}
    return forms.get(ctx.base, "ABC-{n}").format(n=ctx.rng.randint(100, 9999))


def masked_card(ctx: Ctx, opt: int) -> str:
    last = "".join(str(ctx.rng.randint(0, 9)) for _ in range(4))
    return ("**** **** **** " + last, "************" + last, "4" + "xxxxxxxxxxx" + last, "••" + last)[opt % 4]


def card_brand(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.CARD_BRANDS)


def card_expiry(ctx: Ctx, opt: int) -> str:
    return f"{ctx.rng.randint(1, 12):02d}/{ctx.rng.randint(25, 31)}"


def bic(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.BICS) + ("" if opt % 2 else "XXX")


def bank_name(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.BANKS)


def username(ctx: Ctx, opt: int) -> str:
    return str(ctx.fake.user_name()) + (str(ctx.rng.randint(1, 99)) if opt % 2 else "")


def comment(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.COMMENT)


def tags(ctx: Ctx, opt: int) -> list[str]:
    return ctx.rng.sample(("new", "sale", "vip", "b2b", "promo", "gift", "bulk", "eco", "test"), ctx.rng.randint(0, 3))


def flag(ctx: Ctx, opt: int) -> object:
    v = ctx.rng.random() < 0.5
    return (v, int(v), "Y" if v else "N", "true" if v else "false")[opt % 4]


def count(ctx: Ctx, opt: int) -> int:
    return int(ctx.rng.expovariate(0.05))


def percent(ctx: Ctx, opt: int) -> object:
    v = round(ctx.rng.uniform(0, 100), 2)
    return f"{v}%" if opt % 3 == 1 else v


def duration_ms(ctx: Ctx, opt: int) -> int:
    return int(ctx.rng.lognormvariate(5, 1))


def http_status(ctx: Ctx, opt: int) -> int:
    return ctx.rng.choice((200, 200, 200, 201, 204, 301, 400, 401, 403, 404, 500, 502))


def marital(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.MARITAL)


def nationality(ctx: Ctx, opt: int) -> str:
    return str(ctx.fake.country())


def shelf(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.SHELF_CODES)


def pet_name(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.PET_NAMES)


def device_model(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.DEVICE_MODELS)


def os_name(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.OS_NAMES)


def event_type(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.EVENT_TYPES)


def weather(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.WEATHER)


def doc_embedding(ctx: Ctx, opt: int) -> list[float]:
    """A text embedding of a product description: a float vector that is not biometric."""
    return unit_vector(ctx, (384, 768, 64)[opt % 3])


def public_key(ctx: Ctx, opt: int) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_str(ctx, ALNUM + "+/", 43) + " deploy@ci"


def unit(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.UNITS)


def steps(ctx: Ctx, opt: int) -> int:
    return ctx.rng.randint(0, 24000)


def mcc(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(("5411", "5812", "4111", "5999", "7011", "5732", "6011"))


def error_code(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(("E1001", "ERR_TIMEOUT", "0x80070005", "ECONNRESET", "", "", ""))


def customer_no(ctx: Ctx, opt: int) -> str:
    return f"{ctx.rng.choice(('C', 'K', 'CL', '客'))}{ctx.rng.randint(0, 10**7):07d}"


def room(ctx: Ctx, opt: int) -> str:
    return f"{ctx.rng.randint(1, 12)}{ctx.rng.randint(1, 40):02d}"


def score(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.random(), 4)


def counter_long(ctx: Ctx, opt: int) -> Long:
    return Long(ctx.rng.randint(10**9, 10**12))


def openid(ctx: Ctx, opt: int) -> str:
    """An app-scoped account id (WeChat style): not tied to a device."""
    return "o" + rand_str(ctx, ALNUM[:52] + "0123456789-_", 27)


def chat_id(ctx: Ctx, opt: int) -> int:
    return ctx.rng.randint(10**8, 7 * 10**9)
