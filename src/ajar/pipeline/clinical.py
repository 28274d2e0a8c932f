"""Value-side clinical evidence: what a column's values say about a clinical table (round 8).

The health detector reads words and codes (``Type 2 diabetes``, ``E11.9``); a clinical table is
mostly numbers and short marks. This module reads those, value by value, for the field model
(:mod:`ajar.pipeline.features`), and keeps nothing of them but shares:

* **measurements** (:func:`measurement`): a number with a clinical unit (``5.4 mmol/L``,
  ``120 mg/dL``, ``98 bpm``, ``7.2 g/dL``), a blood pressure reading (``120/80``, systolic above
  diastolic, both in range);
* **qualitative results and signs** (:func:`sign`): ``positive``/``negative``/``reactive``/
  ``not detected`` in several languages, ``+``/``++``/``neg``/``trace``, ``2+ protein``;
* **code shapes** (:func:`code`): ATC (``C09AA05``), LOINC with its check digit (``2345-7``),
  ICD-9's V and E codes (``V45.81``, ``E880.9``), SNOMED CT identifiers (6-18 digits whose
  Verhoeff check digit and partition identifier hold);
* **yes/no flags** (:func:`flag`): ``0``/``1``, ``Y``/``N``, ``yes``/``no`` and their words in many
  languages, booleans;
* **analytes** (:func:`analyte`): the plausible range(s) of the analyte or vital a name says
  (``glucose``, ``sbp``, ``hr``, ``temp``), so a column whose numbers sit in that range reads
  otherwise than one under the same name whose numbers cannot be it (``hr`` of 0-23: hours).

Every parse is bounded (texts of at most 40 characters are read; the caller reads at most a
budget of distinct values per column).

>>> measurement("5.4 mmol/L"), measurement("120/80"), measurement("12/05")
(True, True, False)
>>> sign("Not detected"), code("C09AA05"), flag("nein")
(True, True, True)
>>> analyte(("hr",))
((30.0, 220.0),)
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from stdnum import luhn, verhoeff

__all__ = ["MAX_TEXT", "analyte", "code", "flag", "in_range", "measurement", "sign"]

MAX_TEXT = 40  # longer texts are no single measurement, mark or code

_UNITS = (
    r"mg/dl|mg/l|g/dl|g/l|mmol/l|mmol/mol|µmol/l|μmol/l|umol/l|nmol/l|pmol/l|meq/l|mmhg|bpm|beats/min|"
    r"breaths/min|/min|u/l|iu/l|iu/ml|miu/l|miu/ml|µiu/ml|μiu/ml|uiu/ml|ng/ml|ng/dl|pg/ml|µg/dl|μg/dl|ug/dl|"
    r"mcg/dl|µg/l|ug/l|ml/min(?:/1\.73\s?m2)?|kg/m2|kg/m²|x ?10\^?\d{1,2}/l|10\^?\d{1,2}/l|/µl|/μl|/ul|/mm3|"
    r"cells/µl|cells/ul|fl|pg|mg/kg|mcg|µg|μg|mg|iu"
)
_MEASURE = re.compile(r"[<>≤≥]?\s?\d{1,5}(?:[.,]\d{1,4})?\s?(?:" + _UNITS + r")")
_BP = re.compile(r"(\d{2,3})\s?/\s?(\d{2,3})(?:\s?mm\s?hg)?")

_SIGN_WORDS = frozenset(
    "positive negative pos neg reactive non-reactive nonreactive detected undetected indeterminate equivocal "
    "trace traces nil absent present positivo negativo positiva negativa reactivo reagente detectado positif "
    "négatif négative negatif positiv negativ nachgewiesen pozytywny negatywny dodatni ujemny pozitif reaktif "
    "положительный отрицательный положительно отрицательно 阳性 阴性 陽性 陰性 양성 음성 ايجابي سلبي".split()
) | frozenset(
    {
        "non reactive",
        "not detected",
        "no reactivo",
        "não reagente",
        "nao reagente",
        "no detectado",
        "não detectado",
        "nicht nachgewiesen",
        "non reaktif",
        "tidak reaktif",
    }
)
_MARK = re.compile(r"(?:\+{1,4}|[1-4] ?\+|\+/-|±)(?: [a-z]{3,12})?")

_ATC = re.compile(r"[A-V]\d\d[A-Z]{2}\d\d")
_LOINC = re.compile(r"(\d{1,5})-(\d)")
_ICD9_VE = re.compile(r"V\d\d(?:\.\d{1,2})?|E\d{3}(?:\.\d)?")
_SNOMED = re.compile(r"\d{6,18}")

_FLAG_WORDS = frozenset(
    "0 1 y n t f yes no true false si sí oui non ja nein nee sim não nao tak nie ano ne nej kyllä ei evet hayır "
    "hayir ya tidak có không co khong да нет так ні 是 否 有 无 無 はい いいえ 예 아니오 نعم لا".split()
)

# analyte or vital named by a token -> plausible ranges (the common units' ranges, united)
_TEMP = ((34.0, 42.5), (93.0, 108.5))
_HR = ((30.0, 220.0),)
_SBP = ((60.0, 260.0),)
_DBP = ((30.0, 160.0),)
_ANALYTES: dict[str, tuple[tuple[float, float], ...]] = {}
for _names, _ranges in (
    ("glucose glu gluc glucosa glicemia glicose glycemie glycémie blutzucker fbs fpg avg_glucose_level 血糖 глюкоза",
     ((2.0, 40.0), (40.0, 700.0))),
    ("temperature temp body_temp body_temperature suhu nhiet_do temperatura 体温 температура", _TEMP),
    ("heart_rate heartrate hr pulse pulse_rate bpm thalach thalachh nadi tetno nabiz 脉搏 心率 пульс", _HR),
    ("systolic sbp sys_bp sysbp systolic_bp ap_hi trestbps bpxsy1 收缩压", _SBP),
    ("diastolic dbp dia_bp diabp diastolic_bp ap_lo bpxdi1 舒张压", _DBP),
    ("spo2 sao2 o2sat o2_sat oxygen_saturation saturation", ((70.0, 100.0),)),
    ("respiratory_rate resp_rate respiratoryrate rr breaths", ((5.0, 60.0),)),
    ("bmi imc bmxbmi", ((10.0, 70.0),)),
    ("hba1c a1c glyhb lbxgh", ((3.0, 18.0), (20.0, 150.0))),
    ("cholesterol chol totchol tot_chol total_cholesterol colesterol cholesterin lbxtc 胆固醇 холестерин",
     ((1.5, 15.0), (60.0, 500.0))),
    ("ldl ldl_c lbdldl", ((0.5, 10.0), (20.0, 350.0))),
    ("hdl hdl_c lbdhdd", ((0.3, 4.0), (10.0, 150.0))),
    ("triglycerides triglyceride trig tg lbxtr", ((0.2, 25.0), (20.0, 2500.0))),
    ("hemoglobin haemoglobin hb hgb 血红蛋白 гемоглобин", ((3.0, 25.0), (30.0, 250.0))),
    ("creatinine creat scr serum_creatinine", ((0.1, 20.0), (20.0, 1500.0))),
    ("sodium na serum_sodium", ((100.0, 180.0),)),
    ("potassium k serum_potassium", ((1.5, 9.0),)),
    ("chloride cl", ((70.0, 140.0),)),
    ("calcium ca", ((1.0, 4.0), (5.0, 16.0))),
    ("platelets plt platelet", ((5.0, 1500.0), (5000.0, 1_500_000.0))),
    ("wbc leukocytes", ((0.3, 100.0), (300.0, 100_000.0))),
    ("rbc erythrocytes", ((1.0, 8.0),)),
    ("hct hematocrit haematocrit pcv", ((10.0, 70.0), (0.1, 0.7))),
    ("tsh", ((0.005, 100.0),)),
    ("bilirubin tbil bil", ((0.1, 40.0), (2.0, 700.0))),
    ("albumin alb", ((1.0, 6.0), (10.0, 60.0))),
    ("urea bun", ((1.0, 200.0),)),
    ("egfr gfr", ((2.0, 150.0),)),
    ("ejection_fraction lvef", ((5.0, 85.0),)),
):  # fmt: skip
    for _n in _names.split():
        _ANALYTES[_n] = _ranges


def _text(value: Hashable) -> str | None:
    if isinstance(value, str):
        text = value.strip()
        return text if 0 < len(text) <= MAX_TEXT else None
    return None


def measurement(value: Hashable) -> bool:
    """Whether a value is a number with a clinical unit or a blood pressure reading."""
    text = _text(value)
    if text is None or not any(map(str.isdigit, text[:2])) and text[:1] not in "<>≤≥":
        return False
    lower = text.lower()
    if _MEASURE.fullmatch(lower):
        return True
    m = _BP.fullmatch(lower)
    if m is None:
        return False
    s, d = int(m.group(1)), int(m.group(2))
    return 70 <= s <= 260 and 30 <= d <= 160 and s > d


def sign(value: Hashable) -> bool:
    """Whether a value is a qualitative lab result or a sign (``negative``, ``++``, ``2+ protein``)."""
    text = _text(value)
    if text is None:
        return False
    lower = " ".join(text.lower().replace("_", " ").split())
    return lower in _SIGN_WORDS or _MARK.fullmatch(lower) is not None


def _snomed_ok(digits: str) -> bool:
    """A SNOMED CT identifier: partition identifier 00/01/02 (core) or 10/11/12 (extension) before
    the Verhoeff check digit."""
    return digits[-3:-1] in ("00", "01", "02", "10", "11", "12") and verhoeff.is_valid(digits)


def code(value: Hashable) -> bool:
    """Whether a value has a clinical code's shape: ATC, LOINC (check digit), ICD-9 V/E, SNOMED CT id."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        text: str | None = str(value) if 100_000 <= value < 10**18 else None
    else:
        text = _text(value)
    if text is None:
        return False
    upper = text.upper()
    if _ATC.fullmatch(upper) or _ICD9_VE.fullmatch(upper):
        return True
    m = _LOINC.fullmatch(text)
    if m is not None:
        return luhn.is_valid(m.group(1) + m.group(2))  # LOINC's mod-10 check digit is Luhn's
    return _SNOMED.fullmatch(text) is not None and _snomed_ok(text)


def flag(value: Hashable) -> bool:
    """Whether a value is one side of a yes/no flag (``0``/``1``, ``Y``/``N``, ``oui``, ``是``, a boolean)."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int | float):
        return value in (0, 1)
    text = _text(value)
    return text is not None and len(text) <= 8 and text.lower() in _FLAG_WORDS


def analyte(tokens: Sequence[str]) -> tuple[tuple[float, float], ...] | None:
    """The plausible ranges of the analyte or vital a name's tokens say, if one does (the whole name
    joined by ``_`` first, then each token from the last)."""
    if not tokens:
        return None
    got = _ANALYTES.get("_".join(tokens))
    if got is not None:
        return got
    for t in reversed(tokens):
        got = _ANALYTES.get(t)
        if got is not None:
            return got
    return None


def in_range(x: float, ranges: tuple[tuple[float, float], ...]) -> bool:
    return any(lo <= x <= hi for lo, hi in ranges)
