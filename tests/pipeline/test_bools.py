"""JSON booleans are columns of their own kind: never read as 1/0, never shown in a report (synthetic data)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from ajar.detectors import DATASET_DETECTORS, DETECTORS
from ajar.models import Category, Dataset, Record
from ajar.pipeline.classify import classify_records
from ajar.pipeline.estimates import estimate_people
from ajar.pipeline.evidence import DatasetEvidence
from ajar.pipeline.features import detector_evidence, shapes
from ajar.pipeline.flatten import flatten
from ajar.pipeline.trail import _flags_only

# names under which a number would be a coordinate, a phone, a card, an ID, a birth date or a health code
NUMERIC_NAMES = ("lat", "lon", "phone", "card_number", "national_id", "birth_year", "cpt_code", "device_id", "user_id")


def flags(n: int = 60, seed: int = 7) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        row: dict[str, object] = {name: rng.random() < 0.5 for name in NUMERIC_NAMES}
        row.update(
            {
                "hasDiabetes": rng.random() < 0.2,
                "medical": {"hiv_positive": i % 7 == 0, "is_pregnant": False},
                "smoker": "yes" if i % 2 else True,  # a mixed column: text and booleans
                "conditions": [True, i % 3 == 0],  # booleans in an array: each element at the array's path
                "is_active": True,
                "user": True,
            }
        )
        out.append(Record(row))
    return out


def test_booleans_are_columns_of_kind_bool() -> None:
    recs = flags()
    flat = flatten(recs)
    paths = ("hasDiabetes", "medical.hiv_positive", "medical.is_pregnant", "conditions", "is_active", *NUMERIC_NAMES)
    for path in paths:
        col = flat.columns[path]
        assert set(col.hashable) == {"bool"} and not col.unhashable, path
        assert col.flags == col.n and col.examples == [], path
        assert set(col.hashable["bool"]) <= {True, False}
    assert flat.columns["is_active"].hashable["bool"] == {True: len(recs)}
    assert flat.columns["conditions"].n == 2 * len(recs)
    mixed = flat.columns["smoker"]
    assert set(mixed.hashable) == {"str", "bool"} and mixed.flags == len(recs) // 2
    assert mixed.examples and all(v == "yes" for v in mixed.examples)  # never a boolean


def test_shapes_know_a_boolean_column_and_read_no_number_in_it() -> None:
    recs = flags()
    flat = flatten(recs)
    s = shapes(flat.columns["hasDiabetes"], len(recs))
    assert s["kind_bool"] == 1.0 and s["present"] == 1.0
    for key in ("numeric", "integral", "lat_range", "lon_range", "digits_only", "len_log", "kind_int", "kind_float"):
        assert key not in s, key
    assert 0.0 < s["distinct"] <= 2 / len(recs)
    m = shapes(flat.columns["smoker"], len(recs))
    assert m["kind_bool"] == 0.5 and m["kind_str"] == 0.5 and m["has_letter"] == 1.0 and "numeric" not in m


@pytest.mark.parametrize("det", [d() for d in DETECTORS], ids=lambda d: d.id)
def test_no_detector_reads_a_boolean_as_a_number(det: object) -> None:
    from ajar.detectors.base import Detector

    assert isinstance(det, Detector)
    assert "bool" not in det.accepts
    for value in (True, False, [True, False], [[True, False], [False, True]], {"lat": True, "lon": False}):
        assert det.detect(value) is None, value
    flat = flatten(flags())
    for path in (*NUMERIC_NAMES, "hasDiabetes", "conditions"):
        ev = detector_evidence(det, flat.columns[path])
        assert not ev.hits and ev.prevalence == 0.0, path


def test_dataset_detectors_see_no_boolean_pair() -> None:
    cols = {"lat": [True, False] * 30, "lon": [False, True] * 30}
    for ddet in (d() for d in DATASET_DETECTORS):
        assert ddet.detect_dataset(cols, {}) == []


def test_booleans_never_appear_in_a_report() -> None:
    recs = flags()
    cls = classify_records(recs)
    for f in cls.fields:
        for ex in f.examples:
            assert "True" not in ex and "False" not in ex and not ex.startswith(("T*", "F*")), (f.path, ex)
        if f.path in NUMERIC_NAMES or f.path in ("hasDiabetes", "medical.hiv_positive", "is_active"):
            assert f.examples == [], f.path
    flat = flatten(recs)
    for f in cls.fields:  # a column of flags is special-category data or nothing: no phone, ID, card or position
        if flat.columns[f.path].flags == flat.columns[f.path].n:
            assert f.category in (Category.HEALTH, Category.RELIGION, Category.ETHNICITY), f.path
    assert not cls.movement_trail
    assert cls.person_key is None  # ``user: true`` identifies nobody
    assert cls.timestamp_paths == []


def test_a_time_column_with_false_for_never_stays_a_time() -> None:
    now = datetime.now(UTC)
    recs = [Record({"verified_at": (now - timedelta(hours=i)).isoformat() if i % 2 else False}) for i in range(40)]
    assert classify_records(recs).timestamp_paths == ["verified_at"]


def test_people_are_not_counted_on_boolean_keys() -> None:
    recs = [Record({"user": f"u{i:04d}" if i % 4 else True, "email": f"p{i}@example.org"}) for i in range(40)]
    cls = classify_records(recs)
    ds = Dataset(name="users", records=1000, sampled=40, fields=cls.fields)
    people = estimate_people(ds, DatasetEvidence(records=recs, classified=cls))
    assert people is not None and people.count >= 30


def test_objects_of_booleans_are_no_person_key() -> None:
    rng = random.Random(3)
    flagged = [
        Record({"user": {"is_admin": rng.random() < 0.1, "verified": rng.random() < 0.5}, "person": [[True, False]],
                "users": {"flags": {"beta": True}}, "score": rng.randint(0, 100)})
        for _ in range(40)
    ]  # fmt: skip
    assert classify_records(flagged).person_key is None
    # an object holding anything but booleans may still name the person
    keyed = [Record({"user": {"id": f"u{i:04d}", "is_admin": False}, "score": i}) for i in range(40)]
    assert classify_records(keyed).person_key == "user"


def test_a_huge_object_is_judged_in_a_bounded_time() -> None:
    assert not _flags_only({str(i): True for i in range(100_000)})  # more than 256 values: not "flags only"
    assert _flags_only({"a": True, "b": [False, {"c": True}]})
    assert not _flags_only({"a": True, "b": None}) and not _flags_only({}) and not _flags_only([])
