"""A short hint of a script that parts its words (Cyrillic, Arabic, a Latin letter beyond ASCII) is a word of the
name, never a piece of another word: ``тел`` (phone) was inside ``пользователь`` (user), ``др`` (birth date) inside
``адрес`` (address) and ``другое`` (other), ``دين`` (religion) inside ``مدينة`` (city). Each case here agreed with
the wrong category before."""

from __future__ import annotations

import pytest

from ajar.detectors import DETECTORS
from ajar.detectors.base import NameHint
from ajar.pipeline.features import hint_of
from ajar.pipeline.names import HintIndex, field_name, matches

_BY_ID = {d.id: d for d in DETECTORS}


@pytest.mark.parametrize(("name", "detector"), [
    ("пользователь", "phone"),
    ("имя_пользователя", "phone"),
    ("адрес", "birth_date"),
    ("адрес_проживания", "birth_date"),
    ("другое", "birth_date"),
    ("элемент", "email"),
    ("مدينة", "religion"),
    ("المدينة", "religion"),
    ("مدين", "religion"),
])
def test_a_short_hint_inside_another_word_does_not_agree(name: str, detector: str) -> None:
    assert hint_of(_BY_ID[detector], field_name(name)) is NameHint.NEUTRAL


@pytest.mark.parametrize(("name", "detector"), [
    ("тел", "phone"),
    ("моб_тел", "phone"),
    ("телефон", "phone"),  # a token that starts with a three-letter hint
    ("дата_др", "birth_date"),
    ("номер_инн", "national_id"),
    ("الدين", "religion"),  # the Arabic article before the word
    ("دين", "religion"),
    ("эл_почта", "email"),
    ("ұлт", "ethnicity"),
])
def test_a_short_hint_as_a_word_still_agrees(name: str, detector: str) -> None:
    assert hint_of(_BY_ID[detector], field_name(name)) is NameHint.AGREES


def test_the_index_of_many_lists_answers_as_each_list_does() -> None:
    lists = [d.name_hints for d in DETECTORS]
    index = HintIndex(lists)
    for name in ("пользователь", "моб_тел", "المدينة", "الدين", "адрес", "дата_др", "телефон", "другое"):
        fn = field_name(name)
        assert index.mask(fn) == sum(1 << i for i, hints in enumerate(lists) if matches(fn, hints))


@pytest.mark.parametrize(("name", "detector"), [
    ("НомерТел", "phone"),  # camelCase humps of a cased script other than ASCII part words, as ASCII ones do
    ("КонтрагентИНН", "national_id"),
    ("клиентФИО", "person_name"),
    ("ПолноеИмя", "person_name"),
    ("кодМКБ", "health"),
    ("ДатаДр", "birth_date"),
    ("банкШот", "iban"),
    ("адамДін", "religion"),
    ("userТел", "phone"),
    ("شماره\u200cشبا", "iban"),  # Persian's zero-width non-joiner parts the words of a compound
    ("نوع\u200cدین", "religion"),
])
def test_a_short_hint_after_a_hump_or_a_non_joiner_still_agrees(name: str, detector: str) -> None:
    assert hint_of(_BY_ID[detector], field_name(name)) >= NameHint.AGREES


def test_humps_and_non_joiners_part_tokens() -> None:
    assert field_name("НомерТелефона").tokens == ("номер", "телефона")
    assert field_name("ИННКлиента").tokens == ("иннклиента",)  # a run of capitals is no hump, as in ASCII
    assert field_name("sốĐiệnThoại").tokens == ("số", "điện", "thoại")
    assert field_name("کد\u200cملی").tokens == ("کد", "ملی")
    assert field_name("userName").tokens == ("user", "name")


@pytest.mark.parametrize(("name", "detector"), [
    ("الوالدين", "religion"),  # the parents: "الدين" (religion) is inside it
    ("هاتف_الوالدين", "religion"),
    ("دينار", "religion"),  # dinar, the currency: starts with دين
    ("المبلغ_بالدينار", "religion"),
    ("имя_файла", "person_name"),  # a file's name, as file_name
    ("имя_хоста", "person_name"),
    ("اسم_الملف", "person_name"),
    ("тело_письма", "phone"),  # a message's body starts with тел
])
def test_a_short_hint_word_of_another_meaning_does_not_agree(name: str, detector: str) -> None:
    assert hint_of(_BY_ID[detector], field_name(name)) <= NameHint.NEUTRAL


@pytest.mark.parametrize(("name", "detector"), [
    ("دين_الوالد", "religion"),  # the father's religion
    ("الدين", "religion"),
    ("اسم", "person_name"),
    ("тел", "phone"),
])
def test_the_words_of_those_hints_still_agree(name: str, detector: str) -> None:
    assert hint_of(_BY_ID[detector], field_name(name)) >= NameHint.AGREES


@pytest.mark.parametrize(("name", "detector"), [
    ("tel2", "phone"),
    ("fax1", "phone"),
    ("name2", "person_name"),
    ("nom2", "person_name"),
    ("dob2", "birth_date"),
    ("ssn4", "national_id"),
    ("acct1", "iban"),
    ("national_id2", "national_id"),
])
def test_a_word_with_a_number_after_it_says_what_the_word_says(name: str, detector: str) -> None:
    """A short hint with a number glued to it (review25b): ``name2`` and ``tel2`` are a second name and phone, as
    ``phone2`` (a hint of five letters, found as a prefix) always was; the field model's name grams drop the digits
    too."""
    assert hint_of(_BY_ID[detector], field_name(name)) in (NameHint.AGREES, NameHint.STRONG)
