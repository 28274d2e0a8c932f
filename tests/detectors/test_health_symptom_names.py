"""Health field names of questionnaire items and symptom checklists (round 14): a symptom or a feeling as a
PHQ/GAD/DASS/AUDIT/BRFSS-style item or a checklist names it, in several languages, says health outright
(``agree``); look-alikes that share a prefix, a suffix or a word (a ``danger`` level, ``Hispanic``, a
``division``, a ``hostel``, an ``aptitude`` score, a firm's risk appetite, a bed's ``tempat_tidur``, a bedroom's
``Schlafzimmer``, Russian ``автомат``, Arabic ``الأرقام``) do not; words that also name other things (a material's
stress, a device's sleep, traffic's congestion, a sense's sight) are only ``conditional_hints``."""

from __future__ import annotations

import pytest

from ajar.detectors.health import HealthDetector
from tests.name_hints import name_agrees, name_conditional, name_table

AGREE = (
    "Do you often feel hopeless?",
    "feelingSad",
    "Have you had thoughts of harming yourself?",
    "trouble_sleeping",
    "PhysHlth",
    "DiffWalk",
    "swollen_lymph_glands",
    "partial_paresis",
    "VISUAL_BLURRING",
    "muscle stiffness",
    "delayed_healing",
    "SWALLOWING_DIFFICULTY",
    "dolor_lumbar",  # es
    "ideacion_suicida",
    "tontura",  # pt
    "idees_suicidaires",  # fr
    "Schlafstörungen",  # de
    "tristezza",  # it
    "hidung_tersumbat",  # id
    "nafsu_makan",
    "uykusuzluk",  # tr
    "mất_ngủ",  # vi
    "головокружение",  # ru
    "失眠",  # zh
    "頭痛",  # ja
    "두통",  # ko
    "发热",
    "발열",
    "疲劳",
    "吸烟",
    "خودکشی",  # fa
    "सिरदर्द",  # hi
    "huvudvärk",  # sv
    "durere_cap",  # ro
    "hoofdpijn",  # nl
    "bezsenność",  # pl
)
AGAINST = (
    "danger_level",
    "hispanic",
    "division",
    "hostel_name",
    "aptitude_score",
    "risk_appetite",
    "tempat_tidur",
    "schlafzimmer",
    "автомат",
    "الأرقام",
    "material_stress",
    "sleep_mode",
    # review17: a 5-letter word is also a prefix or suffix (Indonesian ``lemas`` ends Spanish ``problemas``), an
    # Arabic one is searched inside names (``التعب``, tiredness, is inside a packing date's and a recharge's
    # ``التعبئة`` and an expression's ``التعبير``), and a resource's exhaustion is an IT monitor's
    "problemas_tecnicos",
    "dilemas",
    "تاريخ_التعبئة",
    "رصيد_التعبئة",
    "التعبير",
    "memory_exhaustion",
    "port_exhaustion",
    # CJK hints are searched inside names: fever's 发热/发烧/発熱/발열 is in a fuel's or a device's heat output
    # (发热量, 発熱量, 발열량, a heating element's 발열체) and an enthusiast's 发烧友; fatigue's 疲劳 in a material's
    # fatigue life and strength; smoking's 吸烟/흡연/喫煙 in a venue's smoking area, room or seat (as ``room`` and
    # ``seat`` are against in English)
    "发热量",
    "发烧友",
    "発熱量",
    "발열량",
    "발열체",
    "疲劳寿命",
    "疲劳强度",
    "吸烟区",
    "흡연석",
    "喫煙席",
)
CONDITIONAL = (
    "stress_level",
    "sleep_duration",
    "Congestion",
    "weakness",
    "Penglihatan",
    "视力",
    "material_stress",
    "exhaustion",
)


@pytest.mark.parametrize(("name", "agrees"), name_table(AGREE, AGAINST))
def test_symptom_and_questionnaire_names_agree(name: str, agrees: bool) -> None:
    assert name_agrees(HealthDetector(), name) is agrees


@pytest.mark.parametrize("name", CONDITIONAL)
def test_words_of_other_things_are_conditional(name: str) -> None:
    assert name_conditional(HealthDetector(), name)
