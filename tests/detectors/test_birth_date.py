"""Table tests for the ``birth_date``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.birth_date import BirthDateDetector
from tests.name_hints import name_agrees, name_table

DET = BirthDateDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "1990-03-07",
    "1990/03/07",
    "19900307",
    19900307,
    "07.03.1990",
    "1990年3月7日",
    "Mar 07, 1990",
    "7 March 1990",
    "07-Mar-1990",
    "1990-03-07T00:00:00Z",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "2990-03-07",
    "1899-12-31",
    "1990-13-07",
    "1990-02-30",
    "hello",
    "1.2.3",
    "2024-01-01T12:34:56",
    "Foo 07, 1990",
    "Feb 30, 1990",
]


POSITIVE += ["1985/03/12", "1985年3月12日", 19910408]
# birth dates written as midnight timestamps by exports (UTC, Z, offsets, fractions, 12 AM, day-first with a time)
POSITIVE += [
    "1967-02-12 00:00:00 UTC",
    "1967-02-12T00:00:00Z",
    "1967-02-12T00:00:00+00:00",
    "1967-02-12 00:00:00+01:00",
    "1967-02-12 00:00:00.000",
    "1967-02-12T00:00:00.000000+00:00",
    "12/02/1967 00:00",
    "12.02.1967 00:00:00",
    "2/12/1967 12:00:00 AM",
    "19670212",
    "12-Feb-1967 00:00",
]
# month names: English forms, Oracle's DD-MON-RR, and es/pt/fr/de/it/ru/tr/id (accents and case either way)
POSITIVE += [
    "12-Feb-1967",
    "Feb 12, 1967",
    "February 12th, 1967",
    "Sept. 7, 1990",
    "12-FEB-67",
    "12 de febrero de 1967",
    "12 de fevereiro de 1967",
    "7 de março de 1990",
    "12 février 1967",
    "12 fevrier 1967",
    "12-févr.-1967",
    "7 juillet 1990",
    "12. Februar 1967",
    "7. März 1990",
    "12 febbraio 1967",
    "12 февраля 1967",
    "12 февраля 1967 г.",
    "7 мая 1990",
    "12 Şubat 1967",
    "7 MAYIS 1990",
    "7 Agustus 1990",
    "1 Mei 1990",
    "12 de septiembre de 1967 00:00:00 UTC",
]
NEGATIVE += ["0000-00-00", 12, 10**20, "2999-01-01"]
# more forms of issue 10's languages: Korean 년/월/일, a Japanese era's year, Vietnamese tháng/năm, Ukrainian,
# Kazakh and Polish month names, Arabic-Indic, Persian and full-width digits, a Persian (Jalali) date
POSITIVE += [
    "1985년 5월 12일", "1985년5월12일", "昭和60年5月12日", "平成元年1月8日", "１９８５年５月１２日", "١٩٨٥-٠٥-١٢",
    "۱۳۶۴/۰۲/۲۲", "1364/02/22", "12 tháng 5 năm 1985", "ngày 12/05/1985", "12 травня 1985", "12 мамыр 1985",
    "12 maja 1985 r.", "12 września 1985",
]  # fmt: skip
# a Jalali month has no 31st after the sixth, Esfand no 30th in a common year; a year 1300 is no Gregorian birth year
NEGATIVE += ["1364/07/31", "1402/12/30", "1364/13/01", "1300-01-01 extra", "昭和60年13月1日", "12 tháng 13 năm 1985"]
# review24b: the Japanese era abbreviated by its letter, with spaces or 生 (born); Korean 생 and ``1990. 3. 7.``;
# Vietnamese without accents; the year's word after Ukrainian, Kazakh and Polish dates; an era's year past its end
POSITIVE += [
    "S60.5.12", "H1.1.8", "H01/01/08", "昭和60年 5月12日", "平成元年1月8日生", "1990년 3월 7일생", "1990. 3. 7.",
    "ngay 7 thang 3 nam 1990", "7 thang 3 nam 1990", "12 березня 1985 р.", "12 березня 1985 року",
    "12 наурыз 1985 ж.", "12 marca 1985 roku",
]  # fmt: skip
NEGATIVE += ["大正99年5月12日", "昭和65年1月1日"]
# a time of day that is not midnight is an event (noon, a zone past +14:00 is no zone); a word that only
# looks like a month (``jui``: juin or juillet; ``Marble``); a day the month has not (30 février)
NEGATIVE += [
    "1967-02-12 12:00:00 PM",
    "1967-02-12 00:00:01",
    "1967-02-12 00:00:00+15:00",
    "7 jui 1990",
    "Marble 12, 1990",
    "30 février 1990",
    "12-FEB-1967 13:00",
    "12 de foo de 1967",
    "2029-01-01 00:00:00Z",
]
# epoch integers: a weak hit that only a birth-date name lifts
WEAK: list[Any] = [1700000000, 298684800, -374976000, 1022025600000]


@pytest.mark.parametrize("value", WEAK)
def test_epochs_are_weak(value: Any) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.strength < 0.25 and hit.detail.get("form") == "epoch"


def test_epochs_alone_do_not_spread_like_ages() -> None:
    hits = [h for v in range(-(10**9), 10**9, 10**8) if (h := DET.detect(v)) is not None]
    assert not DET.spread_ok(hits)


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


def test_spread_of_ages() -> None:
    hits = [h for h in (DET.detect(f"{y}-05-06") for y in range(1950, 2000, 5)) if h is not None]
    assert DET.spread_ok(hits)
    recent = [h for h in (DET.detect(f"2026-0{m}-01") for m in range(1, 9)) if h is not None]
    assert not DET.spread_ok(recent)


BIRTH_NAMES = ("tanggal_lahir", "TGL_LAHIR", "ngay_sinh", "FNAC", "f_nac", "fecha_nac", "dt_nasc", "data_nasc",
               "GEBDAT", "geb_datum", "fødselsdato", "yob", "जन्म_तिथि")  # fmt: skip
BIRTH_NOT = ("tanggal", "fecha", "data", "datum", "nacional")


@pytest.mark.parametrize(("name", "agrees"), name_table(BIRTH_NAMES, BIRTH_NOT))
def test_birth_date_names_of_exports(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees


# found by an outside review (review25b): a birthday in German, Polish, Japanese and Chinese in Latin letters,
# Russian, Ukrainian, Kazakh, Persian and Arabic in Latin letters, short Spanish and French forms, Korean romanised;
# a birth's place, weight, country and rate, a format, and a Gregorian date (Arabic ميلادي) are no birth date
REVIEW_BIRTH_NAMES = (
    "geburtstag", "urodziny", "tanjoubi", "seinengappi", "shengri", "chusheng_riqi", "tarikh_tavalod", "tarikh_milad",
    "data_rozhdeniya", "data_narodzhennia", "tugan_kuni", "تاريخ_الولادة", "дата_рожд", "fec_nac", "dt_naiss",
    "saengnyeonworil", "bdate", "data_ur", "tgl_lhr", "csny",
)  # fmt: skip
REVIEW_BIRTH_NOT = (
    "birth_rate", "dob_format", "birthplace", "birth_place", "lugar_nacimiento", "出生地",
    "tempat_lahir", "lieu_naissance", "التاريخ_الميلادي", "birth_weight", "birth_country",
)  # fmt: skip
# a place and a date of birth in one field hold the date (they agree)
REVIEW_BIRTH_BOTH = ("tempat_tanggal_lahir", "date_place_of_birth", "дата_и_место_рождения")


# "birth" in more languages: Hindi in Latin letters and Devanagari, Ukrainian, Kazakh, Persian, Malay, Czech
# (a phrase of another script also without its separator); a birthplace or a plain date is no birth date
MORE_BIRTH_NAMES = ("janmtithi", "janm_varsh", "JanamTithi", "जन्म_दिन", "дата_народження", "датанародження",
                    "туған_күні", "تاریخ_تولد", "tarikh_kelahiran", "datum_narozeni",
                    *REVIEW_BIRTH_NAMES, *REVIEW_BIRTH_BOTH)  # fmt: skip
MORE_BIRTH_NOT = ("tithi", "varsh", "дата", "күні", "تاریخ", "tarikh", *REVIEW_BIRTH_NOT)


@pytest.mark.parametrize(("name", "agrees"), name_table(MORE_BIRTH_NAMES, MORE_BIRTH_NOT))
def test_birth_date_names_in_more_languages(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees

