"""Table tests for the ``religion``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.religion import ReligionDetector

DET = ReligionDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = ["伊斯兰教", "无宗教信仰", "Muslim", "Catholic", "Buddhist", "православие", "مسلم"]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = ["Monday", "engineer", "blue", "佛山", "hello", 3]


POSITIVE += ["catholique", "musulman", "sans religion", "evangelisch", "römisch-katholisch", "İslam", "Süryani"]
NEGATIVE += ["Islamabad", "evening", "rk-42"]


def test_church_tax_codes_are_weak() -> None:
    for code in ("ev", "rk", "ak"):
        hit = DET.detect(code)
        assert hit is not None and hit.strength < 0.5


POSITIVE += ["Kristen", "Konghucu"]


# answers in Hindi, Vietnamese, Polish census forms, Persian, Ukrainian, Japanese, Korean, Dutch
POSITIVE += ["मुस्लिम", "हिन्दू", "Phật giáo", "Cao Đài", "rzymskokatolickie", "świadek Jehowy", "شیعه",
             "греко-католик", "仏教", "천주교", "rooms-katholiek"]  # fmt: skip
NEGATIVE += ["Phật", "giáo", "rzymski", "仏", "Hà Nội"]
# Russian nouns for a Christian, a Catholic woman, a Buddhist woman; Dutch answers of a census or a survey
POSITIVE += ["Христианин", "католичка", "буддистка", "Katholiek", "Islamitisch", "Christelijk", "Hindoe"]
NEGATIVE += ["Христиания", "Christensen"]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None



# review25a: answers as exports write them: without accents (folded), apostrophes ’ and ʼ, pinyin, Kazakh Latin,
# schools of Buddhism, a term with its qualifiers (Greek Catholic) or a believer's ending (佛教徒, 개신교인)
POSITIVE += ["catolico", "CATOLICA", "athee", "Phat giao", "khong ton giao", "православ'я", "православ’я",
             "православʼя", "невіруючий", "юдей", "Fójiào", "jidujiao", "wu zongjiao", "musylman", "mūsylman",
             "dınsız", "musluman", "Şii", "Ortodoks", "testigo de Jehová", "testemunha de Jeová", "muçulmano",
             "ohne Bekenntnis", "Katholik", "Muslima", "valdese", "niewierzący", "prawoslawny", "неверующий",
             "لا ديني", "قبطي", "بی‌دین", "بی دین", "کلیمی", "Parsi", "Kepercayaan terhadap Tuhan YME",
             "Tidak beragama", "回教", "佛教徒", "浄土真宗", "創価学会", "가톨릭", "종교 없음", "개신교인",
             "Greek Catholic", "Evangelical Lutheran", "православный христианин", "Agama Islam"]  # fmt: skip
# things named with a religion's word are no answer; a lone "no" is weak (below)
NEGATIVE += ["Catholic University", "Islamic Finance", "Christian Dior", "Jewish Museum", "Buddhist Temple Rd",
             "Orthodox Easter", "Iglesia Católica de San José", "Ramazan Bayramı", "佛山人", "Kurt"]  # fmt: skip


def test_generic_answers_are_weak() -> None:
    for word in ("không", "없음", "geen"):
        hit = DET.detect(word)
        assert hit is not None and hit.strength < 0.5


# the names of the religions (-ism nouns), a subgroup in brackets or after a dash, a practising believer, an article
POSITIVE += ["cristianismo", "bouddhisme", "Judentum", "ebraismo", "jodendom", "prawosławie", "Hristiyanlık",
             "İslamiyet", "іудаїзм", "Atheistin", "Muslimin", "المسيحية", "مسیحیت", "Catholic (Roman)",
             "Muslim - Sunni", "Islam (sunnitisch)", "仏教（浄土宗）", "Musulmane pratiquante", "Cattolica praticante",
             "천주교 신자", "道教信徒", "دین اسلام", "Nederlands Hervormd", "Đạo Công giáo", "evang."]  # fmt: skip
NEGATIVE += ["Islamic Republic of Iran", "Catholic Charities", "Buddhist Society of Melbourne", "Colegio Católico",
             "Jüdisches Museum Berlin", "Museo Ebraico", "الجامعة الإسلامية", "دانشگاه آزاد اسلامی", "佛教协会",
             "불교방송", "Other religion"]  # fmt: skip
POSITIVE += ["Christian believer"]


# words of the vocabulary's phrases that name no religion alone (Russian Orthodox, Roman Catholic, Falun Gong...)
NEGATIVE += ["Russian", "Roman", "Eastern", "Witness", "Gong", "Tibetan", "Russian (Russia)"]
# a note in brackets after a strong answer
POSITIVE += ["天主教（罗马）", "伊斯兰教（逊尼派）", "불교(조계종)", "Православный (РПЦ)", "हिन्दू (सनातन)"]


def test_falun_alone_is_weak() -> None:
    hit = DET.detect("Falun")
    assert hit is not None and hit.strength < 0.5
