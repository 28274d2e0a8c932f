"""Makers of phone numbers, e-mail addresses, postal addresses and coordinates, per language."""

from __future__ import annotations

import re

from ejson import Long
from langs import Ctx
from translit import cyr_to_lat

MIMESIS_PLACES = {"kk", "kk_lat", "tr", "ar"}


def local_phone(ctx: Ctx) -> str:
    if ctx.base == "ms":  # Malaysian mobiles: 01X-XXX XXXX
        r = ctx.rng
        return f"01{r.choice('0234679')}-{r.randint(100, 999)} {r.randint(1000, 9999)}"
    if ctx.base in ("kk", "ar"):
        return str(ctx.person.telephone())
    return str(ctx.fake.phone_number())


def e164_digits(ctx: Ctx) -> str:
    d = re.sub(r"\D", "", local_phone(ctx).split("x")[0])
    dial = ctx.lang.dial
    if d.startswith(dial) and len(d) > 9:
        return d
    if dial == "7":  # Russian and Kazakh numbers: trunk prefix 8, ten national digits
        return "7" + d[-10:]
    return dial + d.lstrip("0")


def phone(ctx: Ctx, opt: int) -> object:
    """One column keeps one shape: local, E.164, bare digits, float artefact, spaced international."""
    shape = opt % 6
    if shape == 0:
        return local_phone(ctx)
    d = e164_digits(ctx)
    if shape == 1:
        return "+" + d
    if shape == 2:
        return d
    if shape == 3:
        return float(d)  # a spreadsheet round trip
    if shape == 4:
        return f"+{d[:len(ctx.lang.dial)]} {d[len(ctx.lang.dial):len(ctx.lang.dial) + 3]} {d[len(ctx.lang.dial) + 3:]}"
    return local_phone(ctx).replace(" ", "").replace("-", "")


def phone_long(ctx: Ctx, opt: int) -> object:
    return Long(int(e164_digits(ctx)))


def phone_list(ctx: Ctx, opt: int) -> list[object]:
    return [phone(ctx, opt) for _ in range(ctx.rng.randint(1, 3))]


def email(ctx: Ctx, opt: int) -> str:
    v = str(ctx.fake.email())
    if opt % 5 == 1:
        v = v.upper()
    if opt % 5 == 2:
        v = f"{ctx.fake.user_name()}@{ctx.fake.domain_name()}"
    return v


def email_list(ctx: Ctx, opt: int) -> list[str]:
    return [email(ctx, opt) for _ in range(ctx.rng.randint(1, 2))]


def _place(ctx: Ctx) -> tuple[str, str, str, str]:
    """(street line, house number, postcode, city)."""
    if ctx.lang.code in MIMESIS_PLACES:
        a = ctx.address
        return a.address(), str(a.street_number()), a.postal_code(), a.city()
    f = ctx.fake
    return f.street_address(), str(f.building_number()), f.postcode(), f.city()


def _lat(ctx: Ctx, text: str) -> str:
    return cyr_to_lat(text) if ctx.latin else text


def address_full(ctx: Ctx, opt: int) -> str:
    if ctx.lang.code in MIMESIS_PLACES:
        street, _, post, city = _place(ctx)
        return _lat(ctx, f"{street}, {city}, {post}" if opt % 2 else f"{post}, {city}, {street}")
    return _lat(ctx, str(ctx.fake.address()).replace("\n", ", "))


def street(ctx: Ctx, opt: int) -> str:
    if ctx.lang.code in MIMESIS_PLACES:
        return _lat(ctx, ctx.address.address())
    return _lat(ctx, str(ctx.fake.street_address()))


def street_name(ctx: Ctx, opt: int) -> str:
    if ctx.lang.code in MIMESIS_PLACES:
        return _lat(ctx, ctx.address.street_name())
    return _lat(ctx, str(ctx.fake.street_name()))


def house_number(ctx: Ctx, opt: int) -> object:
    n = ctx.rng.randint(1, 240)
    return n if opt % 2 else f"{n}{ctx.rng.choice(('', '', 'a', 'B', '/2', ' к2'))}".strip()


LINE2 = {"en": ("Apt {n}", "Suite {n}", "Unit {n}B", "Floor {n}"), "ru": ("кв. {n}", "офис {n}"),
         "uk": ("кв. {n}",), "kk": ("пәтер {n}",), "tr": ("Daire {n}", "Kat {n}"), "de": ("Whg. {n}", "{n}. OG"),
         "fr": ("Appt {n}", "Bât. B, esc. {n}"), "es": ("{n}º B", "Piso {n}"), "pt": ("Apto {n}", "Bloco B ap {n}"),
         "zh": ("{n}单元{n}01室", "{n}号楼"), "ja": ("{n}0{n}号室",), "ko": ("{n}0{n}호", "{n}동 {n}0{n}호"),
         "vi": ("Phòng {n}", "Tầng {n}"), "id": ("Blok {n} No. {n}", "RT 0{n}/RW 0{n}"), "pl": ("m. {n}", "lok. {n}"),
         "it": ("int. {n}", "scala B"), "nl": ("{n}-hoog", "bus {n}"), "ar": ("شقة {n}",), "fa": ("واحد {n}",)}


def address_line2(ctx: Ctx, opt: int) -> str:
    forms = LINE2.get(ctx.base, LINE2["en"])
    return _lat(ctx, ctx.rng.choice(forms).format(n=ctx.rng.randint(1, 9)))


def postcode(ctx: Ctx, opt: int) -> object:
    v = ctx.address.postal_code() if ctx.lang.code in MIMESIS_PLACES else str(ctx.fake.postcode())
    if opt % 4 == 0 and v.isdigit() and not v.startswith("0"):
        return int(v)  # a numeric column, as spreadsheets leave it
    return v


CENTRES = {"en": (39.5, -98.4, 8, 18), "zh": (31.2, 116.0, 6, 10), "ru": (55.7, 37.6, 3, 8), "kk": (48.0, 68.0, 4, 12),
           "uk": (49.0, 31.0, 2, 6), "tr": (39.0, 35.0, 2, 7), "ar": (24.7, 46.7, 3, 5), "fa": (32.4, 53.6, 4, 7),
           "hi": (22.0, 79.0, 6, 6), "id": (-6.2, 106.8, 3, 8), "ms": (3.1, 101.6, 1.5, 2), "vi": (16.0, 106.0, 5, 2),
           "es": (40.4, -3.7, 3, 4), "pt": (-15.8, -47.9, 8, 8), "fr": (46.6, 2.4, 3, 4), "de": (51.1, 10.4, 2, 3),
           "it": (42.5, 12.5, 3, 3), "nl": (52.2, 5.3, 0.6, 0.8), "pl": (52.0, 19.1, 1.5, 3), "ja": (36.2, 138.2, 3, 4),
           "ko": (36.5, 127.8, 1.3, 1.2)}


def latlon(ctx: Ctx) -> tuple[float, float]:
    lat0, lon0, dlat, dlon = CENTRES.get(ctx.base, CENTRES["en"])
    return (round(lat0 + ctx.rng.uniform(-dlat, dlat), 6), round(lon0 + ctx.rng.uniform(-dlon, dlon), 6))


def latitude(ctx: Ctx, opt: int) -> object:
    v = latlon(ctx)[0]
    return str(v) if opt % 4 == 0 else v


def longitude(ctx: Ctx, opt: int) -> object:
    v = latlon(ctx)[1]
    return str(v) if opt % 4 == 0 else v


def latlon_text(ctx: Ctx, opt: int) -> str:
    la, lo = latlon(ctx)
    return f"{la},{lo}" if opt % 2 else f"{la}, {lo}"


def lonlat_array(ctx: Ctx, opt: int) -> list[float]:
    la, lo = latlon(ctx)
    return [lo, la]


def geojson_point(ctx: Ctx, opt: int) -> dict[str, object]:
    la, lo = latlon(ctx)
    return {"type": "Point", "coordinates": [lo, la]}
