"""Dates of birth (``person.birth_date``).

Detected: calendar dates from 1900 until today in common forms: ISO (``1990-03-07``),
``1990/03/07``, compact ``19900307`` (text or integer), day-first ``07.03.1990`` / ``07/03/1990``,
month-first ``03/07/1990``, each also with a midnight time as exports write birth dates
(``1990-03-07 00:00:00 UTC``, ``07/03/1990 00:00``, ``3/7/1990 12:00:00 AM``, ``+01:00``); month names
in English, Spanish, Portuguese, French, German, Italian, Russian, Turkish and Indonesian
(``Mar 7, 1990``, ``7 March 1990``, ``07-Mar-1990``, Oracle's ``07-MAR-90``, ``7 de marzo de 1990``,
``7. März 1990``, ``7 марта 1990 г.``), Chinese ``1990年3月7日``, and ``date``/``datetime`` objects.
Validated: a real calendar date, not in the future. Compiled patterns only, no guessing per value.

Any date looks like this, so values alone are weak: the field's name must
say birth (``dob``, ``birthday``, ``csrq``, ``出生日期``, ``дата рождения``...), or the dataset
must be about people and the dates spread like ages (:meth:`BirthDateDetector.spread_ok`:
across decades, none recent), which is how a misnamed ``date1`` is still caught.

>>> BirthDateDetector().detect("1990-03-07") is not None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from ajar.detectors.base import Detector, Hit, now_timestamp, short_text, today
from ajar.models import Category

#: a midnight time after a date (a birth date stored as a timestamp): ``00:00``, ``00:00:00.000``,
#: ``12:00:00 AM``, then a zone (``Z``, ``UTC``, ``+01:00``); another time of day is an event, not a birth
_MIDNIGHT = (
    r"(?:[T ](?:00:00(?::00(?:[.,]0{1,9})?)?|12:00(?::00)? ?[Aa]\.?[Mm]\.?)"
    r"(?: ?(?:Z|UTC|GMT|[+-](?:0\d|1[0-4])(?::?[0-5]\d)?))?)?"
)
_YMD = re.compile(r"((?:19|20)\d\d)[-/.]?(0[1-9]|1[0-2]|[1-9])[-/.]?(0[1-9]|[12]\d|3[01]|[1-9])" + _MIDNIGHT)
_DMY = re.compile(r"(0?[1-9]|[12]\d|3[01])[./-](0?[1-9]|1[0-2])[./-]((?:19|20)\d\d)" + _MIDNIGHT)
_MDY = re.compile(r"(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/((?:19|20)\d\d)" + _MIDNIGHT)
#: ``Feb 12, 1967``, ``February 12th 1967``, ``Şubat 12 1967``
_MON_DY = re.compile(r"([^\W\d_]{3,12})\.? {1,2}(\d{1,2})(?:st|nd|rd|th)?,? {1,2}((?:19|20)\d\d)" + _MIDNIGHT)
#: ``12-Feb-1967``, ``12 de febrero de 1967``, ``12. Februar 1967``, ``12-févr.-1967``, ``12 февраля 1967 г.``,
#: ``12 maja 1967 r.``, ``12 березня 1967 р.``, ``12 наурыз 1967 ж.``, ``12 marca 1967 roku``,
#: Oracle's ``12-FEB-67`` (a two-digit year: the latest past one)
_D_MON_Y = re.compile(
    r"(\d{1,2})(?:\.? {1,2}| de |-|/)([^\W\d_]{3,12})(?:\.? {1,2}| de |\.?-|\.?/)((?:19|20)\d\d|\d\d)"
    r"(?: (?:[гrрж]\.?|года|року|roku))?" + _MIDNIGHT
)
_CN = re.compile(r"((?:19|20)\d\d)年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日?")
#: Korean ``1990년 3월 7일`` (spaces between the parts, or none)
_KR = re.compile(r"((?:19|20)\d\d)년 ?(1[0-2]|0?[1-9])월 ?(3[01]|[12]\d|0?[1-9])(?:일생?)?")  # 1990년 3월 7일생 (born)
#: Korean ``1990. 3. 7.`` (a dot and a space after each part)
_KR_DOTS = re.compile(r"((?:19|20)\d\d)\. ?(1[0-2]|0?[1-9])\. ?(3[01]|[12]\d|0?[1-9])\.")
#: Vietnamese ``7 tháng 3 năm 1990``, ``ngày 07 tháng 03, 1990`` (``ngày``, the day, is dropped before), also
#: without accents as ASCII exports write it (``ngay 7 thang 3 nam 1990``)
_VI = re.compile(r"(3[01]|[12]\d|0?[1-9]) th(?:á|a)ng (1[0-2]|0?[1-9]),? (?:n(?:ă|a)m )?((?:19|20)\d\d)", re.IGNORECASE)
#: a Japanese era's year (``昭和60年5月12日``, ``平成元年1月8日``): the era's first year in the Gregorian calendar
_JP_ERA = re.compile(
    r"(明治|大正|昭和|平成|令和) ?(元|[1-9]\d?)年 ?(1[0-2]|0?[1-9])月 ?(3[01]|[12]\d|0?[1-9])(?:日生?)?"
)  # spaces between the parts, and 生 (born) after the day
#: the era by its letter, as forms and exports abbreviate it: ``S60.5.12``, ``H1.1.8``, ``H01/01/08``
_JP_ABBR = re.compile(r"([MTSHR])(0?[1-9]|[1-9]\d)[./-](1[0-2]|0?[1-9])[./-](3[01]|[12]\d|0?[1-9])")
_ERA_LETTER = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
#: the last year of each era (大正99年 is no year); 令和 goes on
_ERA_YEARS = {"明治": 45, "大正": 15, "昭和": 64, "平成": 31, "令和": 99}
_ERA_START = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
#: a Persian (Jalali) date, as Iranian registers write a birth date: ``1364/02/22``, ``۱۳۶۴/۰۲/۲۲``
_JALALI = re.compile(r"(1[23]\d\d|14[01]\d)[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])")
#: Arabic-Indic, Persian, Devanagari and full-width digits read as ASCII ones
_DIGITS = str.maketrans({chr(base + i): str(i) for base in (0x0660, 0x06F0, 0x0966, 0xFF10) for i in range(10)})

#: month names of the languages of exports met (en, es, pt, fr, de, it, ru with its genitive, tr, id, nl);
#: a word is a month when it starts one of them with three letters or more (``Sept``, ``févr``, ``Feb``)
_MONTH_NAMES = (
    "january jan enero janeiro janvier januar jänner gennaio январь января ocak januari",
    "february febrero fevereiro février februar febbraio февраль февраля şubat februari",
    "march marzo março mars märz maerz marzo март марта mart maret maart",
    "april abril avril aprile апрель апреля nisan",
    "may mayo maio mai maggio май мая mayıs mei",
    "june junio junho juin juni giugno июнь июня haziran",
    "july julio julho juillet juli luglio июль июля temmuz",
    "august agosto août augustus ağustos agustus август августа",
    "september septiembre setiembre setembro septembre settembre сентябрь сентября eylül",
    "october octubre outubro octobre oktober ottobre октябрь октября ekim",
    "november noviembre novembro novembre ноябрь ноября kasım nopember",
    "december diciembre dezembro décembre dezember dicembre декабрь декабря aralık desember",
)
#: Ukrainian (nominative and genitive), Kazakh and Polish (genitive) month names, in the order above
_MONTH_NAMES_MORE = (
    "січень січня қаңтар stycznia",
    "лютий лютого ақпан lutego",
    "березень березня наурыз marca",
    "квітень квітня сәуір kwietnia",
    "травень травня мамыр maja",
    "червень червня маусым czerwca",
    "липень липня шілде lipca",
    "серпень серпня тамыз sierpnia",
    "вересень вересня қыркүйек września",
    "жовтень жовтня қазан października",
    "листопад листопада қараша listopada",
    "грудень грудня желтоқсан grudnia",
)


def _fold(word: str) -> str:
    """Lower case without accents (``Février`` and ``fevrier``, ``MAYIS`` and ``mayıs`` meet)."""
    text = unicodedata.normalize("NFKD", word.casefold().replace("ı", "i"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _month_prefixes() -> dict[str, int]:
    seen: dict[str, set[int]] = {}
    for number, names in enumerate(_MONTH_NAMES, 1):
        for name in (*names.split(), *_MONTH_NAMES_MORE[number - 1].split()):
            for k in range(3, len(_fold(name)) + 1):
                seen.setdefault(_fold(name)[:k], set()).add(number)
    return {p: next(iter(ns)) for p, ns in seen.items() if len(ns) == 1}  # ``jui``: juin or juillet, neither


_MONTHS = _month_prefixes()


def _month(word: str) -> int | None:
    return _MONTHS.get(_fold(word))


def _make(y: str, m: str | int, d: str) -> date | None:
    try:
        year = int(y)
        if len(y) == 2:  # the latest such year not after this one
            year += 2000 if 2000 + year <= today().year else 1900
        return date(year, int(m), int(d))
    except ValueError:
        return None


def parse_date(value: Any) -> date | None:
    """The calendar date a value spells, or None. Never raises."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if not 19000101 <= value <= 20991231:
            return None
    text = short_text(value, 40)
    if text is None:
        return None
    if not text.isascii():
        return _parse_wider(text)
    return _parse_text(text)


def _parse_wider(text: str) -> date | None:
    """A text with a character beyond ASCII: its digits read as ASCII ones, then the Korean and Japanese-era
    forms, then every other form (:func:`_parse_text`, also the Vietnamese one after ``ngày``)."""
    text = text.translate(_DIGITS)
    m = _KR.fullmatch(text)
    if m is not None:
        return _make(m.group(1), m.group(2), m.group(3))
    m = _JP_ERA.fullmatch(text)
    if m is not None:
        return _era_date(m.group(1), m.group(2), m.group(3), m.group(4))
    return _parse_text(text[5:] if text[:5].lower() == "ngày " else text)


def _era_date(era: str, year: str, month: str, day: str) -> date | None:
    """The Gregorian date of a day of a Japanese era, or None past the era's last year."""
    n = 1 if year == "元" else int(year)
    if n > _ERA_YEARS[era]:
        return None
    return _make(str(_ERA_START[era] + n - 1), month, day)


def _jalali_day(year: int, month: int, day: int) -> int:
    """A Persian (Jalali, Solar Hijri) date as a count of days, by the 33-year arithmetic cycle (eight leap years in
    33; the same days as the astronomical calendar over 1178-1633, i.e. 1799-2254); ``_JALALI_OFFSET`` more is its
    proleptic Gregorian ordinal."""
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + day
    return days + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186)


_JALALI_OFFSET = date(2024, 3, 20).toordinal() - _jalali_day(1403, 1, 1)  # Nowruz 1403 was 20 March 2024


def _from_jalali(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Persian (Jalali) one, or None when it is no date: the first six months have 31
    days, the next five 30, Esfand 29, or 30 in a leap year."""
    if month == 12 and day == 30 and _jalali_day(year + 1, 1, 1) - _jalali_day(year, 12, 1) != 30:
        return None
    if day == 31 and month > 6:
        return None
    return date.fromordinal(_jalali_day(year, month, day) + _JALALI_OFFSET)


def _parse_text(text: str) -> date | None:
    if text[:1].isalpha():
        m = _JP_ABBR.fullmatch(text)
        if m is not None:
            return _era_date(_ERA_LETTER[m.group(1)], m.group(2), m.group(3), m.group(4))
        if text[:5].lower() == "ngay ":  # the day (ngày) without its accent
            return _parse_text(text[5:])
        m = _MON_DY.fullmatch(text)
        month = _month(m.group(1)) if m else None
        return _make(m.group(3), month, m.group(2)) if m and month else None
    if not text[:1].isdigit():
        return None
    m = _D_MON_Y.fullmatch(text)
    if m is not None:
        month = _month(m.group(2))
        return _make(m.group(3), month, m.group(1)) if month else None
    m = _VI.fullmatch(text)
    if m is not None:
        return _make(m.group(3), m.group(2), m.group(1))
    for rx, order in ((_YMD, (1, 2, 3)), (_KR_DOTS, (1, 2, 3)), (_CN, (1, 2, 3)), (_DMY, (3, 2, 1)), (_MDY, (3, 1, 2))):
        m = rx.fullmatch(text)
        if m is not None:
            got = _make(m.group(order[0]), m.group(order[1]), m.group(order[2]))
            if got is not None:
                return got
    if text[:2] in ("13", "14"):  # a year 1300-1419 is no Gregorian birth year: a Persian date's
        m = _JALALI.fullmatch(text)
        if m is not None:
            return _from_jalali(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


_EPOCH_1900 = -2208988800  # 1900-01-01T00:00:00Z in epoch seconds


def epoch_date(value: Any) -> date | None:
    """The UTC date of an integer epoch time in seconds (or milliseconds) from 1900 until now."""
    if not isinstance(value, int) or isinstance(value, bool) or not 10**6 <= abs(value) <= 10**14:
        return None
    now = now_timestamp()
    seconds = float(value)
    if not _EPOCH_1900 <= seconds <= now:
        seconds = value / 1000.0
        if not _EPOCH_1900 <= seconds <= now or abs(value) < 10**10:
            return None
    try:
        return datetime.fromtimestamp(seconds, UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


class BirthDateDetector(Detector):
    """A plausible date of birth (a past calendar date since 1900)."""

    id = "birth_date"
    category = Category.BIRTH_DATE
    description = "Dates of birth (past calendar dates; needs a birth-date field name or people-like spread)."
    name_hints = (
        "dob",
        "birth",
        "birthday",
        "birthdate",
        "date_of_birth",
        "dateofbirth",
        "born",
        "bday",
        "geburtsdatum",
        "naissance",
        "nacimiento",
        "nascimento",
        "csrq",
        "srq",
        "birthdt",
        "出生",
        "出生日期",
        "生日",
        "出生年月",
        "дата_рождения",
        "рождения",
        "др",
        "الميلاد",
        "تاريخ_الميلاد",
        "dogum",
        "doğum",
        "生年月日",
        "誕生日",
        "생년월일",
        "생일",
        "nascita",
        "urodzenia",
        "fodselsdato",
        "geboortedatum",
        # abbreviations and other languages of exports: Indonesian/Malay, Vietnamese, Spanish and
        # Portuguese registers (``fnac``, ``dt_nasc``), German (``gebdat``), Nordic, Hindi, year of birth
        "tanggal_lahir",
        "tgl_lahir",
        "tarikh_lahir",
        "ngay_sinh",
        "ngày_sinh",
        "fnac",
        "f_nac",
        "fecha_nac",
        "fechanac",
        "dt_nasc",
        "data_nasc",
        "dtnasc",
        "gebdat",
        "gebdatum",
        "geb_datum",
        "fodelsedag",
        "födelsedatum",
        "fødselsdato",
        "syntymäaika",
        "yob",
        "jnm_tithi",
        "जन्म_तिथि",
        "जन्मतिथि",
        # "birth" and "date of birth" in more of the languages exports are written in (Hindi in Latin
        # letters, Ukrainian, Kazakh, Uzbek, Persian, Urdu, Bengali, Thai, Hebrew, Greek, Czech, Hungarian,
        # Romanian, Malay, Indonesian, Vietnamese, Filipino, Swahili...)
        "janm",
        "janam",
        "janmtithi",
        "janm_tithi",
        "janam_tithi",
        "janamtithi",
        "janmdin",
        "janm_din",
        "जन्म",
        "народження",
        "туған",
        "туылған",
        "туган",
        "tugilgan",
        "tug_ilgan",
        "تولد",
        "پیدائش",
        "ميلاد",
        "জন্ম",
        "วันเกิด",
        "לידה",
        "γέννησης",
        "narozeni",
        "narození",
        "szuletesi",
        "születési",
        "nasterii",
        "nașterii",
        "kelahiran",
        "lahir",
        "nam_sinh",
        "kapanganakan",
        "kuzaliwa",
        "syntymä",
        "födelse",
        "fødsel",
        "geboorte",
        # found by an outside review (review25b): a birthday (de, pl, ja and zh in Latin letters), ru, uk, kk, fa and
        # ar in Latin letters, short es/fr forms, ko romanised. ``milad`` alone starts ``miladi`` (a Gregorian date)
        # and ``рожд`` ``рождество`` (Christmas): only in a phrase
        "geburtstag",
        "urodziny",
        "tanjoubi",
        "tanjobi",
        "seinengappi",
        "shengri",
        "chusheng",
        "chusheng_riqi",
        "tavalod",
        "tarikh_milad",
        "rozhdeniya",
        "narodzhennia",
        "narodzhennya",
        "tugan_kuni",
        "tugankuni",
        "الولادة",
        "дата_рожд",
        "fec_nac",
        "fecnac",
        "dt_naiss",
        "dtnaiss",
        "date_naiss",
        "saengnyeonworil",
        "bdate",
        "data_ur",
        "tgl_lhr",
        "csny",
    )
    negative_hints = (
        "created",
        "updated",
        "modified",
        "expire",
        "expiry",
        "expires",
        "issued",
        "issue",
        "start",
        "end",
        "due",
        "last",
        "login",
        "order",
        "ship",
        "delivery",
        "paid",
        "valid",
        "visit",
        "admission",
        "deadline",
        "release",
        "build",
        "timestamp",
        "ts",
        "time",
        "seen",
        # a birth's place, weight, country and rate, a format (``dob_formatted`` is a date), a count, a
        # promotion; a Gregorian date (Arabic and Persian ميلادي) (review25b). A place only as a phrase of its
        # own: ``tempat_tanggal_lahir``, ``date and place of birth``, ``дата и место рождения`` hold the date too
        # (so ``place_of_birth`` is left out)
        "birthplace",
        "birth_place",
        "lugar_nacimiento",
        "lugar_de_nacimiento",
        "lieu_naissance",
        "lieu_de_naissance",
        "luogo_nascita",
        "luogo_di_nascita",
        "miejsce_urodzenia",
        "dogum_yeri",
        "doğum_yeri",
        "tempat_lahir",
        "noi_sinh",
        "nơi_sinh",
        "nơi sinh",
        "出生地",
        "出身地",
        "출생지",
        "weight",
        "country",
        "city",
        "rate",
        "dob_format",
        "date_format",
        "birthday_format",
        "count",
        "promo",
        "ميلادي",
        "ميلادية",
        "میلادی",
        "miladi",
    )
    strong_hints = ("dob", "birth", "birthday", "birthdate", "date_of_birth", "dateofbirth", "born", "生年月日")
    accepts = frozenset({"str", "int", "datetime"})
    text_needs_digit = True  # a text date has digits (a year, a day)

    def detect(self, value: Any) -> Hit | None:
        try:
            born = parse_date(value)
        except (ValueError, OverflowError):
            return None
        if born is None:
            # an epoch integer: any number may be one, so it only counts under a birth-date name
            epoch = epoch_date(value)
            return Hit(0.2, {"year": str(epoch.year), "form": "epoch"}) if epoch is not None else None
        if not date(1900, 1, 1) <= born <= today():
            return None
        if isinstance(value, datetime) and (value.hour, value.minute, value.second) != (0, 0, 0):
            return Hit(0.15, {"year": str(born.year)})
        return Hit(0.4, {"year": str(born.year)})

    def field_detail(self, hits: Sequence[Hit], tokens: Sequence[str]) -> dict[str, str]:
        """No detail: years stay internal."""
        return {}

    def spread_ok(self, hits: Sequence[Hit]) -> bool:
        """True when the dates spread like birth dates: over 15+ years, few in the last 5 years."""
        epochs = sum(1 for h in hits if h.detail.get("form") == "epoch")
        if epochs * 2 > len(hits):
            return False  # mostly bare integers: ids and counters spread over decades too
        years = [
            int(h.detail["year"])
            for h in hits
            if h.detail.get("year", "").isdigit() and h.detail.get("form") != "epoch"
        ]
        if len(years) < 5:
            return False
        recent = sum(1 for y in years if y >= today().year - 5)
        return max(years) - min(years) >= 15 and recent <= len(years) * 0.1
