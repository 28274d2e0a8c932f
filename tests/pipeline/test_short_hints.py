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
