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
