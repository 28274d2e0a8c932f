"""Whether a dataset's records are each about one person, named or not (``age``, ``sex``, ``patient_id``: a
de-identified patient table), and what a field's own name and values say crossed with it or with a name field
(``ajar.pipeline.features.individuals_context``, ``<detector>.named_x_people``, ``<detector>.prev_x_people``).
Synthetic names and values."""

from __future__ import annotations

import pytest

from ajar.detectors import DETECTORS
from ajar.detectors.base import Detector
from ajar.models import Record
from ajar.pipeline.classify import field_vectors
from ajar.pipeline.features import dense_names, individuals_context
from ajar.pipeline.flatten import flatten
from ajar.pipeline.names import field_name

CASES = [
    (["Edad", "Sexo", "Diagnostico"], True),
    (["Alter", "Geschlecht"], True),  # ``Geschlecht``: German ``Alter`` is no hint (``alternative``)
    (["пол", "диагноз"], True),
    (["年龄", "诊断"], True),
    (["patientId", "code"], True),
    (["umur", "jenis_kelamin"], True),
    # none: words that hold a hint's letters
    (["page", "image", "stage", "usage"], False),
    (["cidade", "velocidade", "quantidade"], False),  # Portuguese ``idade`` ends many words
    (["alternative", "genre", "eta", "статья"], False),
    (["disease", "icd10", "description"], False),  # a catalogue of diseases
]


@pytest.mark.parametrize(("names", "expected"), CASES, ids=[",".join(c[0]) for c in CASES])
def test_individuals_context(names: list[str], expected: bool) -> None:
    assert individuals_context({n: field_name(n) for n in names}) is expected


def _dense(records: list[Record]) -> dict[str, dict[str, float]]:
    dets: tuple[Detector, ...] = tuple(d() for d in DETECTORS)
    names = dense_names(dets)
    index = {n: i for i, n in enumerate(names)}
    vectors, _ev = field_vectors(flatten(records), len(records), index)
    return {p: {names[i]: v for i, v in x.items() if i < len(names)} for p, x in vectors.items()}


def test_a_health_name_among_a_persons_fields_is_crossed_with_them() -> None:
    recs = [Record({"age": 30 + i, "sex": "MF"[i % 2], "diagnosis": f"D{i}", "colour": f"C{i}"}) for i in range(10)]
    got = _dense(recs)
    assert got["diagnosis"].get("individuals") == 1.0
    assert got["diagnosis"].get("health.named_x_people") == 1.0
    assert "health.named_x_people" not in got["colour"]  # its own name says nothing


def test_the_same_name_in_a_catalogue_is_not() -> None:
    recs = [Record({"diagnosis": f"D{i}", "icd": f"A{i:02d}", "description": f"item {i}"}) for i in range(10)]
    got = _dense(recs)
    assert "individuals" not in got["diagnosis"]
    assert not any(k.endswith((".named_x_people", ".prev_x_people")) for x in got.values() for k in x)


def test_a_name_field_makes_a_table_personal_too() -> None:
    recs = [Record({"full_name": f"Zq Person{i}", "diagnosis": "Type 2 diabetes mellitus"}) for i in range(10)]
    got = _dense(recs)
    assert "individuals" not in got["diagnosis"]
    assert got["diagnosis"].get("people") == 1.0
    assert got["diagnosis"].get("health.named_x_people") == 1.0
    assert got["diagnosis"].get("health.prev_x_people", 0.0) > 0.5
    assert got["diagnosis"]["health.prev_x_people"] == got["diagnosis"]["health.prev"]


# review18: names of tables that are not one person's a record, each of which the hints matched
NOT_ONE_PERSONS = [
    # a short word of a script that parts its words starts many others (``пол``: ``поле``, ``пользователь``)
    "поле", "пользователь", "получатель", "политика", "полоса", "вікно", "жасыл", "العمرانية", "عمران", "yaşam",
    # a figure over many people: an average, a ratio, a count, a limit
    "avg_age", "mean_age", "median_age", "age_rating", "min_age", "sex_ratio", "gender_gap", "birth_rate",
    "edad_media", "ortalama_yaş", "средний_возраст", "متوسط_العمر", "平均年龄", "性别比例", "年齢制限", "평균나이",
    "patients", "num_patients", "births", "live_births", "outpatient_visits", "inpatient_days",
    # the age of a thing
    "max_age", "cache_age", "page_age", "file_age", "vehicle_age", "battery_age", "building_age", "umur_simpan",
    "usia_kendaraan", "आयुर्वेद",
]  # fmt: skip
ONE_PERSONS = [
    "age", "Age", "sex", "gender", "dob", "birth_date", "patient_id", "patientAge", "age_years", "age_at_diagnosis",
    "Edad", "Sexo", "idade", "umur", "jenis_kelamin", "Geschlecht", "âge", "età", "leeftijd", "płeć", "tuổi", "yaş",
    "Yaş", "пол", "Возраст", "вік", "жас", "年龄", "性別", "나이", "سن", "جنس", "العمر", "الجنس", "جنسیت", "उम्र", "आयु",
    # a person's age as a group or a range (a de-identified table)
    "age_group", "age_range", "rango_edad", "fascia_età", "возрастная_группа", "年龄段",
]  # fmt: skip


@pytest.mark.parametrize("name", NOT_ONE_PERSONS)
def test_a_name_that_is_not_one_persons(name: str) -> None:
    assert individuals_context({name: field_name(name)}) is False


@pytest.mark.parametrize("name", ONE_PERSONS)
def test_a_name_that_is_one_persons(name: str) -> None:
    assert individuals_context({name: field_name(name)}) is True


# review18: a table of counts over groups of people names a sex and an age (a group) in each row, and its counts
COUNTS = [
    (["region", "year", "sex", "age_group", "population"], False),
    (["geo", "time", "sex", "age", "unit", "OBS_VALUE"], False),  # a statistics office's long table
    (["año", "sexo", "edad", "casos"], False),
    (["provinsi", "jenis_kelamin", "kelompok_umur", "jumlah_kasus", "count"], False),
    (["patient_id", "age", "drug", "dose", "frequency"], True),  # a medication's frequency, one patient's
    (["district", "gender", "age_band", "deaths"], False),
    (["patient_id", "age", "sex", "platelet_count", "wbc_count"], True),  # a person's own counts are no such table
    (["age", "sex", "case_id", "onset_date"], True),
]


@pytest.mark.parametrize(("names", "expected"), COUNTS, ids=[",".join(c[0]) for c in COUNTS])
def test_a_table_of_counts_over_groups(names: list[str], expected: bool) -> None:
    assert individuals_context({n: field_name(n) for n in names}) is expected
