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

