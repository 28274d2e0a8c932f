"""Leaves that say what they hold only with what they are under (``birthdate.day``, ``labs.value``): the field
model reads the nearest named ancestor's hints (``ajar.pipeline.features.named_ancestor``), and, apart, those of
any nested leaf's. Synthetic names."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from ajar.detectors import DETECTORS
from ajar.detectors.base import Detector
from ajar.models import Category, Record
from ajar.pipeline.classify import classify_records
from ajar.pipeline.features import column_features, dense_names, generic_leaf, named_ancestor, shapes
from ajar.pipeline.flatten import flatten
from ajar.pipeline.names import field_name, parent_path

# (path, the ancestor whose name is read, as tokens, or None)
ANCESTORS = [
    ("femalePatient.birthdate.day", ("birthdate",)),
    ("fechaNacimiento.year", ("fecha", "nacimiento")),
    ("details.blood_pressure.value", ("blood", "pressure")),
    ("document.number", ("document",)),
    ("input.case_enrichment.labs.value", ("labs",)),
    ("clinical_notes.text", ("clinical", "notes")),
    ("telecom.0.value", ("telecom",)),
    # every ancestor is structure or itself generic: nothing to read
    ("resource.component.valueQuantity.value", None),
    ("code.coding.display", None),
    ("extension.extension.valueCoding.code", None),
    # a leaf that names what it holds: its parent, read apart (``up_*``)
    ("patient.birthdate", ("patient",)),
    ("data.customer.phone", ("customer",)),
    # no ancestor at all
    ("value", None),
    # a header's abbreviation dot ends no path: ``No.`` has no ancestor ``No``, ``Gol. Darah`` none ``Gol``
    ("No.", None),
    ("Gol. Darah", None),
]


@pytest.mark.parametrize(("path", "tokens"), ANCESTORS, ids=[a[0] for a in ANCESTORS])
def test_named_ancestor(path: str, tokens: tuple[str, ...] | None) -> None:
    got = named_ancestor(path)
    assert (got.tokens if got is not None else None) == tokens


# (path, its name's tokens, its parent's path): a dot that ends a header or stands before a space or another dot is
# an abbreviation's, not a nesting (``Gol. Darah`` is one top-level field, a sibling of the table's other columns)
DOTS = [
    ("Tel.", ("tel",), ""),
    ("Data Nasc.", ("data", "nasc"), ""),
    ("Gol. Darah", ("gol", "darah"), ""),
    ("No. Telp", ("no", "telp"), ""),
    ("Nome...", ("nome",), ""),
    ("Geb.datum", ("datum",), "Geb"),  # a dot before a letter: a path's (R's make.names headers read so too)
    ("a.b", ("b",), "a"),
    ("patient.birthdate.day", ("day",), "patient.birthdate"),
    ("patient.Tel.", ("tel",), "patient"),
]


@pytest.mark.parametrize(("path", "tokens", "parent"), DOTS, ids=[d[0] for d in DOTS])
def test_an_abbreviations_dot_is_no_separator(path: str, tokens: tuple[str, ...], parent: str) -> None:
    assert field_name(path).tokens == tokens
    assert parent_path(path) == parent


@pytest.mark.parametrize(
    ("name", "generic"), [("value", True), ("Day", True), ("value_2", True), ("birth_day", False), ("phone", False)]
)
def test_generic_leaf(name: str, generic: bool) -> None:
    assert generic_leaf(field_name(name)) is generic


def _features(path: str, values: list[int]) -> dict[str, float]:
    dets: tuple[Detector, ...] = tuple(d() for d in DETECTORS)
    names = dense_names(dets)
    index = {n: i for i, n in enumerate(names)}
    recs = [Record(_nest(path, v)) for v in values]
    col = flatten(recs).columns[path]
    name = field_name(path)
    x = column_features(path, name, col, shapes(col, len(recs), name), {}, dets, [], {}, frozenset(), 0.0, True, index)
    return {names[i]: v for i, v in x.items() if i < len(names)}


def _nest(path: str, value: int) -> dict[str, object]:
    out: dict[str, object] = {}
    node = out
    *heads, leaf = path.split(".")
    for h in heads:
        node = node.setdefault(h, {})  # type: ignore[assignment]
    node[leaf] = value
    return out


def test_a_generic_leaf_reads_its_ancestors_hints() -> None:
    x = _features("patient.birthdate.day", [3, 17, 28, 9, 11])
    assert x.get("generic_leaf") == 1.0
    assert x.get("birth_date.anc_strong") == 1.0
    assert x.get("birth_date.anc_named") == 1.0


def test_a_date_part_of_another_date_reads_no_birth_hint() -> None:
    x = _features("order.created.day", [3, 17, 28, 9, 11])
    assert x.get("generic_leaf") == 1.0
    assert not any(k.endswith((".anc_strong", ".anc_named")) for k in x)


def test_a_named_leaf_reads_its_ancestor_apart() -> None:
    x = _features("patient.birthdate", [19800101, 19911231])
    assert "generic_leaf" not in x
    assert not any(".anc_" in k for k in x)
    assert x.get("health.up_named") == 1.0  # ``patient`` agrees with health: a weaker word than the leaf's own


def _parts(d: date) -> dict[str, int]:
    return {"day": d.day, "month": d.month, "year": d.year}


def test_a_birth_date_in_parts_is_a_birth_date_and_another_date_in_parts_is_not() -> None:
    rng = random.Random(11)
    recs = []
    for i in range(20):
        born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 20_000))
        made = date(2024, 1, 1) + timedelta(days=rng.randint(0, 600))
        recs.append(
            Record({"customer_no": 1000 + i, "birthdate": _parts(born), "order": {"created": _parts(made)}})
        )
    cats = {f.path: f.category for f in classify_records(recs).fields}
    for part in ("day", "month", "year"):
        assert cats.get(f"birthdate.{part}") is Category.BIRTH_DATE, part
        assert f"order.created.{part}" not in cats, part


def test_a_keyed_collections_placeholder_is_structure() -> None:
    # ``users: {"<id>": {...}}`` flattens to ``users.<key>.value`` (ajar.values.KEY): ``<key>`` stands for the
    # target's keys and names nothing; the ancestor is ``users``
    recs = [Record({"users": {f"u{i}": {"value": i, "email": f"u{i}@example.org"} for i in range(10)}})]
    paths = set(flatten(recs).columns)
    assert {"users.<key>", "users.<key>.value", "users.<key>.email"} <= paths
    for path in ("users.<key>.value", "users.<key>.email", "by_phone.<value>.note"):
        got = named_ancestor(path)
        assert got is not None and got.tokens in (("users",), ("by", "phone")), path


def test_a_header_ending_in_a_dot_has_no_parent_of_its_own_name() -> None:
    # ``Tel.`` (a CSV header) is the top-level field ``Tel``: no parent ``Tel`` in its features, and its siblings are
    # the other top-level fields (``classify`` groups by ``parent_path``)
    dets: tuple[Detector, ...] = tuple(d() for d in DETECTORS)
    index = {n: i for i, n in enumerate(dense_names(dets))}

    def features_of(path: str) -> dict[int, float]:
        recs = [Record({path: v}) for v in ("+351 912 345 678", "+351 913 222 111", "+351 914 000 123")]
        col = flatten(recs).columns[path]
        name = field_name(path)
        sh = shapes(col, len(recs), name)
        return column_features(path, name, col, sh, {}, dets, [], {}, frozenset(), 0.0, True, index)

    assert features_of("Tel.") == features_of("Tel")
    assert [parent_path(p) for p in ("Tel.", "Data Nasc.", "a.Tel.", "a.b", "a", "a.")] == ["", "", "a", "a", "", ""]


def test_an_object_under_a_key_that_ends_in_a_dot_keeps_its_parent() -> None:
    # flatten joins ``Resp.`` and its field ``phone`` as ``Resp..phone``: the last dot of a run before a field's name
    # is flatten's, so ``phone`` sits under ``Resp.`` (not a top-level ``Resp phone`` among the table's columns)
    recs = [Record({"Resp.": {"phone": "+351 912 345 678", "name": "Ana"}, "Nome...": {"x": 1}, "id": 1})]
    paths = [p for p in flatten(recs).columns if p.startswith(("Resp.", "Nome"))]
    parents = {p: parent_path(p) for p in paths}
    want = {"Resp.": "", "Resp..phone": "Resp.", "Resp..name": "Resp.", "Nome...": "", "Nome....x": "Nome..."}
    assert parents == want
    assert field_name("Resp..phone").tokens == ("phone",)
    got = named_ancestor("Resp..phone")
    assert got is not None and got.tokens == ("resp",)
