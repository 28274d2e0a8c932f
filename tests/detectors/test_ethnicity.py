"""Table tests for the ``ethnicity``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.ethnicity import EthnicityDetector
from tests.name_hints import name_agrees, name_conditional, name_table

DET = EthnicityDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = ["汉族", "维吾尔族", "哈萨克族", "Uyghur", "Hispanic or Latino", "African American", "русский"]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = ["汉堡", "blue", "engineer", "Beijing", "", "维吾尔族人民公园", 12]


POSITIVE += [
    "Black or African American",
    "Two or More Races",
    "Asian or Asian British - Indian",
    "Black or Black British - African",
    "Mixed - White and Black African",
    "parda",
    "indígena",
]
NEGATIVE += ["White / Black", "Dark - Grey", "red", "size: XL"]


# UK school census (DfE) codes and "group - subgroup" census answers
POSITIVE += [
    "WBRI",
    "WIRI",
    "APKN",
    "ABAN",
    "BCRB",
    "BAFR",
    "CHNE",
    "MWBC",
    "wrom",
    "Asian - Pakistani",
    "White: Irish",
]
NEGATIVE += ["ABCD", "WXYZ", "REFUSE", "Red - Blue", "Small - Large"]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


# census answers as exports write them, MENA, Kazakh/Ukrainian nationality words: detected
@pytest.mark.parametrize(
    "value",
    ["Non-Hispanic White", "White, non-Hispanic", "Hispanic/Latino", "Asian/Pacific Islander",
     "Middle Eastern or North African", "American Indian/Alaska Native", "қазақ", "українець", "hispano"],
)  # fmt: skip
def test_more_census_words(value: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.strength >= 0.7


# groups that are also places, languages or words, and the words of census phrases, are weak
@pytest.mark.parametrize("value", ["Kinh", "Jawa", "Melayu", "Hoa", "Pacific", "South", "Indian", "American"])
def test_weak_group_words(value: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.strength <= 0.3


@pytest.mark.parametrize("value", ["Hispanic Heritage Month", "Java", "Middle East", "or", "and", "not"])
def test_not_groups(value: str) -> None:
    assert DET.detect(value) is None


# field names that say the category
NAMES_AGREE = (
    "race", "ETHNICITY", "HispanicLatino", "hispanic_or_latino", "RIDRETH1", "race_ethnicity", "raza", "etnia",
    "suku", "dan_toc", "ұлты", "национальность", "قومیت", "नस्ल", "人種", "인종", "民族",
)  # fmt: skip
# false friends: names that must not say it
NAMES_NOT = (
    "designation", "DateofTermination", "determination", "nationality", "HispanicPCT", "race_count",
    "original_amount", "skin_tone", "Origin State",
)  # fmt: skip


@pytest.mark.parametrize(("name", "agrees"), name_table(NAMES_AGREE, NAMES_NOT))
def test_field_names(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees


@pytest.mark.parametrize("name", ["Cor", "bangsa", "tribe"])
def test_ambiguous_names_are_conditional(name: str) -> None:
    assert name_conditional(DET, name)


# CDC race and ethnicity codes (FHIR US Core), Synthea's "nonhispanic", Ukrainian colour words (weak)
@pytest.mark.parametrize(
    ("value", "strong"), [("2106-3", True), ("2186-5", True), ("nonhispanic", True), ("Чорний", False)]
)
def test_codes_and_words(value: str, strong: bool) -> None:
    hit = DET.detect(value)
    assert hit is not None and (hit.strength >= 0.6) is strong


# review25a: census and HR answers in more languages, male and female forms, two-word forms, accents folded,
# pinyin, a group's person ending (汉族人) or its qualifier (Kürt kökenli)
POSITIVE += ["Black African", "gitana", "mapuche", "quilombola", "maghrébine", "métisse", "Sorbin", "Kurdin",
             "Spätaussiedler", "caucasica", "Hindostaanse", "allochtoon", "ślązaczka", "slazak", "kaszub", "ukrainka",
             "Kürt", "Çerkez", "Boşnak", "крымский татарин", "кримська татарка", "аварка", "болгарка", "єврейка",
             "неміс", "дүнген", "qazaq", "Özbek", "uiğyr", "كردية", "أمازيغي", "امازيغية", "بلوچ", "ترک آذری",
             "अनुसूचित जनजाति", "Scheduled Caste", "Santhal", "Tionghoa", "Suku Jawa", "Kadazan-Dusun",
             "dân tộc Kinh", "Muong", "漢族", "Hanzu", "Hàn zú", "Weiwuerzu", "大和民族", "アイヌ", "조선족", "고려인",
             "汉族人", "Kürt kökenli", "조선족 동포"]  # fmt: skip
NEGATIVE += ["Türk Hava Yolları", "Kurdish Kitchen", "Turkish Delight", "Русская водка", "Surinaams restaurant",
             "Marokkaanse bakkerij", "kiełbasa śląska", "Roman Holiday", "琉球大学"]  # fmt: skip


def test_common_words_are_weak() -> None:
    for word in ("Türk", "polka", "Rum", "Roman", "Kurt", "日本人", "한국인", "عربي", "Cina"):
        hit = DET.detect(word)
        assert hit is not None and hit.strength < 0.5


# a subgroup in brackets, two groups joined, Polish census adjectives, Dutch double origins
POSITIVE += ["Indígena (Mapuche)", "Gitana (Romaní)", "Sinti und Roma", "Kaszubska", "Romska", "Łemkowska",
             "Marokkaans-Nederlands", "Russlanddeutscher", "Çerkes", "سرياني"]  # fmt: skip
NEGATIVE += ["Turkish Airlines", "Indian Ocean", "Kurdish Red Crescent", "Polish Pottery", "Türk Telekom",
             "Татарская кухня", "汉族饭店", "朝鲜族冷面", "한국인 여행객", "Roma Termini", "Deutsche Bahn"]  # fmt: skip
POSITIVE += ["mestiço", "Afro-Brasileira", "Uighur zu", "Ainu", "Melanau"]
# a note in brackets after a strong answer
POSITIVE += ["Kurdin (Irak)", "Maghrébin (Algérie)", "蒙古族（内蒙古）", "アイヌ（北海道）", "조선족(중국동포)"]
NEGATIVE += ["Chinese (Simplified)", "Korean (South Korea)"]
