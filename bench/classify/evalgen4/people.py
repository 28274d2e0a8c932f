"""Makers of people's names, birth dates and national identity documents, per language."""

from __future__ import annotations

import datetime as dt

import ids
import translit
from ejson import Date, Long
from langs import Ctx

MIMESIS_NAMES = {"kk", "kk_lat", "ar"}
CYRILLIC = {"ru_lat", "kk_lat", "uk_lat"}


def name(ctx: Ctx, part: str) -> str:
    """``part``: first, last, full or middle (patronymic where the language has one)."""
    code = ctx.lang.code
    if code == "zh_py":
        return translit.pinyin_name(ctx.rng, part)
    if code == "ar_lat":
        return translit.arabic_latin_name(ctx.rng, part)
    if code == "ms":
        return translit.malaysian_name(ctx.rng, part)
    if code in MIMESIS_NAMES:
        v = {"first": ctx.person.first_name, "last": ctx.person.last_name}.get(part, ctx.person.full_name)()
    elif part == "middle":
        f = ctx.fake
        v = f.middle_name() if hasattr(f, "middle_name") else f.first_name()
    else:
        v = {"first": ctx.fake.first_name, "last": ctx.fake.last_name}.get(part, ctx.fake.name)()
    return translit.cyr_to_lat(v) if code in CYRILLIC else v


def full_name(ctx: Ctx, opt: int) -> str:
    v = name(ctx, "full")
    if ctx.lang.code in ("ru", "uk") and opt % 3 == 0:
        v = f"{name(ctx, 'last')} {name(ctx, 'first')} {name(ctx, 'middle')}"
    if opt % 7 == 1:
        v = v.upper()
    return v


def kana_name(ctx: Ctx, opt: int) -> str:
    f = ctx.fake
    return f.last_kana_name() + " " + f.first_kana_name() if hasattr(f, "last_kana_name") else name(ctx, "full")


def romanised_name(ctx: Ctx, opt: int) -> str:
    """Passport-style Latin name (``ZHANG WEI``) whatever the table's language."""
    if ctx.base == "zh":
        return translit.pinyin_name(ctx.rng, "full").upper()
    if ctx.base == "ar":
        return translit.arabic_latin_name(ctx.rng, "full").upper()
    return translit.cyr_to_lat(name(ctx, "full")).upper()


# -- birth dates -----------------------------------------------------------------------------------
DATE_FORMATS = {
    "en": "%m/%d/%Y", "de": "%d.%m.%Y", "ru": "%d.%m.%Y", "kk": "%d.%m.%Y", "uk": "%d.%m.%Y", "tr": "%d.%m.%Y",
    "zh": "%Y-%m-%d", "ja": "%Y/%m/%d", "ko": "%Y.%m.%d", "nl": "%d-%m-%Y", "pl": "%d.%m.%Y",
}


def jalali(d: dt.date) -> tuple[int, int, int]:
    """Gregorian to Solar Hijri (the common arithmetic algorithm)."""
    gdm = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy = d.year - 1600
    gm, gd = d.month - 1, d.day - 1
    g_day = 365 * gy + (gy + 3) // 4 - (gy + 99) // 100 + (gy + 399) // 400 + gdm[gm] + gd
    if gm > 1 and ((d.year % 4 == 0 and d.year % 100 != 0) or d.year % 400 == 0):
        g_day += 1
    j_day = g_day - 79
    j_np = j_day // 12053
    j_day %= 12053
    jy = 979 + 33 * j_np + 4 * (j_day // 1461)
    j_day %= 1461
    if j_day >= 366:
        jy += (j_day - 1) // 365
        j_day = (j_day - 1) % 365
    months = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29)
    jm = 0
    while jm < 11 and j_day >= months[jm]:
        j_day -= months[jm]
        jm += 1
    return jy, jm + 1, j_day + 1


def dob_text(ctx: Ctx, opt: int) -> str:
    d = ids.birth(ctx.rng)
    if ctx.base == "fa" and opt % 2 == 0:
        y, m, dd = jalali(d)
        return f"{y}/{m:02d}/{dd:02d}"
    if ctx.base == "zh" and opt % 3 == 1:
        return f"{d.year}年{d.month}月{d.day}日"
    if opt % 4 == 3:
        return d.isoformat()
    return d.strftime(DATE_FORMATS.get(ctx.base, "%d/%m/%Y"))


def dob_date(ctx: Ctx, opt: int) -> object:
    d = ids.birth(ctx.rng)
    if opt % 3 == 0:  # apps that store midnight in a local time zone
        return Date(dt.datetime(d.year, d.month, d.day) - dt.timedelta(hours=ctx.rng.choice((3, 5, 8, 9))))
    return Date(dt.datetime(d.year, d.month, d.day))


def dob_int(ctx: Ctx, opt: int) -> int:
    return int(ids.birth(ctx.rng).strftime("%Y%m%d"))


def birth_year(ctx: Ctx, opt: int) -> object:
    y = ids.birth(ctx.rng).year
    return str(y) if opt % 3 == 0 else y


def dob_epoch(ctx: Ctx, opt: int) -> object:
    d = ids.birth(ctx.rng)
    return Long(int((dt.datetime(d.year, d.month, d.day) - dt.datetime(1970, 1, 1)).total_seconds() * 1000))


# -- identity documents ----------------------------------------------------------------------------
def national_id(ctx: Ctx, opt: int) -> str:
    return ids.NATIONAL_IDS[ctx.lang.nid](ctx.rng)


PASSPORT_SHAPES = {"zh": "E########", "ru": "## ## ######", "kk": "N########", "uk": "FA######", "tr": "U########",
                   "de": "C@@@@@@@@", "fr": "##@@#####", "es": "PAA######", "pt": "FZ######", "it": "YA#######",
                   "nl": "NW@@@@@@#", "pl": "E@#######", "ja": "TK#######", "ko": "M########", "en": "#########",
                   "vi": "C#######", "id": "X#######", "ms": "A########", "hi": "J#######", "ar": "A########",
                   "fa": "K########"}


def shaped(ctx: Ctx, shape: str) -> str:
    out = []
    for c in shape:
        if c == "#":
            out.append(str(ctx.rng.randint(0, 9)))
        elif c == "@":
            out.append(ctx.rng.choice("CFGHJKLMNPRTVWXYZ0123456789"))
        else:
            out.append(c)
    return "".join(out)


def passport(ctx: Ctx, opt: int) -> str:
    return shaped(ctx, PASSPORT_SHAPES.get(ctx.base, "#########"))


def driving_licence(ctx: Ctx, opt: int) -> str:
    shapes = {"en": "D###-####-####", "de": "B072RRE2I55", "fr": "############", "ru": "## ## ######",
              "tr": "######", "pl": "#####/##/####", "ja": "############"}
    return shaped(ctx, shapes.get(ctx.base, "@@#######"))
