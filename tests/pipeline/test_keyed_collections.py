"""Objects keyed by their entries' ids, names, e-mails or addresses are collections, not records (mask8).

Their keys never become field paths (``users.<key>.email``, the keys themselves the values of ``users.<key>``),
and a JSON file so keyed (Firebase's ``{users: {uid: {...}}}``) is read as one record per entry.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ajar.models import Record
from ajar.pipeline.flatten import flatten
from ajar.sources.files import read_path
from ajar.values import KEY, VALUE, keyed_collection, values_at

NAMES = ["Telmo Crespo", "Margarita Cal", "Régulo Lucas", "Abigaíl Perea", "Cecilio Múñiz", "Coral Aramburu",
         "Emelina Armengol", "Anabel Figuerola", "Cristina Figueroa", "Juan Lucas"]


def _person(i: int) -> dict[str, Any]:
    return {"email": f"p{i}.canary-m8@example.org", "phone": f"+34 61{i} 123 456", "age": 30 + i}


USERS = {f"uid{i:04d}xKq": _person(i) for i in range(40)}
STAFF = {n: _person(i) for i, n in enumerate(NAMES)}
BY_ADDRESS = {f"Calle Mayor {i}, 4693{i} Cádiz": f"+34 61{i} 123 456" for i in range(1, 8)}


@pytest.mark.parametrize("value", [
    USERS,  # Firebase: objects of one shape, many
    STAFF,  # a "dictionary of users" keyed by full name
    {n: _person(i) for i, n in enumerate(["a@example.org", "b@example.org"])},  # two, keyed by e-mail
    BY_ADDRESS,  # plain values keyed by postal address
    {f"2024-06-{d:02d}": d * 3 for d in range(1, 11)},  # daily counts keyed by date
    {f"+34 61{i} 123 456": n for i, n in enumerate(NAMES)},  # names keyed by phone
], ids=["firebase", "names", "emails", "addresses", "dates", "phones"])
def test_a_collection_keyed_by_data(value: dict[str, Any]) -> None:
    assert keyed_collection(value)


@pytest.mark.parametrize("value", [
    {"Nombre completo": "x", "Fecha de nacimiento": "y", "Correo": "z", "Teléfono": "w", "Ciudad": "v"},  # a record
    {"en": "Hello", "es": "Hola", "fr": "Bonjour", "de": "Hallo", "it": "Ciao"},  # translations
    {"field1": "a", "field2": "b", "field3": "c", "field4": "d"},
    {"home": {"street": "s", "city": "c"}, "work": {"street": "s", "city": "c"}},  # two addresses of a person
    {d: {"open": "9", "close": "17"} for d in ("mon", "tue", "wed", "thu", "fri")},  # fewer than 8, words
    {f"k{i}": ({"a": 1} if i % 2 else {"z": 1, "y": 2}) for i in range(20)},  # objects of no one shape
    {f"u{i}": {"$date": "2024-01-01"} for i in range(20)},  # Extended JSON wrappers are values
    {f"id{i:04d}": i if i % 2 else str(i) for i in range(20)},  # values of two types
    {"a": 1},
])
def test_a_record_is_no_collection(value: dict[str, Any]) -> None:
    assert not keyed_collection(value)


def _paths(*records: dict[str, Any]) -> dict[str, Any]:
    return flatten([Record(r) for r in records]).columns


def test_keys_are_one_path_and_never_a_field_name() -> None:
    cols = _paths({"staff": STAFF, "company": "ACME"})
    assert sorted(cols) == ["company", f"staff.{KEY}", f"staff.{KEY}.age", f"staff.{KEY}.email", f"staff.{KEY}.phone"]
    assert cols[f"staff.{KEY}.email"].n == len(NAMES)
    assert sorted(cols[f"staff.{KEY}"].hashable["str"]) == sorted(NAMES)  # the keys, classified as values


def test_a_nested_collection_of_plain_values() -> None:
    """Phones keyed by address inside a record: the keys at ``<key>``, the phones at ``<value>``."""
    cols = _paths({"by_address": BY_ADDRESS})
    assert sorted(cols) == [f"by_address.{KEY}", f"by_address.{VALUE}"]
    assert cols[f"by_address.{VALUE}"].n == len(BY_ADDRESS)


def test_a_row_is_never_a_collection_of_plain_values() -> None:
    """A table's row (a CSV of monthly figures, a Redis hash) keeps its columns: its names are masked by their
    content where they are shown (:mod:`ajar.names`), its columns classified one by one."""
    row = {f"2024-{m:02d}": str(m * 3) for m in range(1, 13)}
    assert sorted(_paths(row)) == sorted(row)
    fields = ("age", "email", "phone")
    assert sorted(_paths({"users": USERS})) == [f"users.{KEY}", *(f"users.{KEY}.{f}" for f in fields)]
    assert sorted(_paths(USERS)) == [KEY, *(f"{KEY}.{f}" for f in fields)]  # a record of users


def test_a_big_collection_is_bounded() -> None:
    big = {f"uid{i:06d}": {"email": f"u{i}@example.org", f"extra{i % 3}": i} for i in range(20_000)}
    cols = _paths({"users": big})
    assert sorted(cols) == [f"users.{KEY}", f"users.{KEY}.email", *(f"users.{KEY}.extra{i}" for i in range(3))]
    assert cols[f"users.{KEY}.email"].n == 4096  # as many entries as an array's elements


def test_values_at_a_collection_path() -> None:
    data = {"users": USERS}
    assert len(list(values_at(data, f"users.{KEY}.email"))) == 40
    assert list(values_at(data, f"users.{KEY}"))[:2] == ["uid0000xKq", "uid0001xKq"]
    assert sorted(values_at(BY_ADDRESS, VALUE)) == sorted(BY_ADDRESS.values())
    assert list(values_at({"literal": {KEY: "k"}}, f"literal.{KEY}")) == ["k"]  # a record's own ``<key>`` field


def test_a_firebase_export_is_one_record_per_entry(tmp_path: Path) -> None:
    p = tmp_path / "app-rtdb-export.json"
    p.write_text(json.dumps({"users": USERS, "staff": STAFF, "settings": {"theme": "dark"}}, ensure_ascii=False))
    got = {ds.name: ds for ds in read_path(p, 100, isolate=False)}
    assert sorted(got) == ["app-rtdb-export", "app-rtdb-export.staff", "app-rtdb-export.users"]
    assert (got["app-rtdb-export.users"].records, got["app-rtdb-export.staff"].records) == (40, len(NAMES))
    assert sorted(got["app-rtdb-export.staff"].sample[0].data) == sorted([KEY, "email", "phone", "age"])
    assert got["app-rtdb-export"].records == 1


def test_a_document_keyed_by_address_is_one_record_per_entry(tmp_path: Path) -> None:
    p = tmp_path / "by_address.json"
    p.write_text(json.dumps(BY_ADDRESS, ensure_ascii=False))
    (ds,) = read_path(p, 100, isolate=False)
    assert (ds.name, ds.records) == ("by_address", len(BY_ADDRESS))
    assert sorted(ds.sample[0].data) == [KEY, VALUE]
    assert not any("Calle" in n for n in [ds.name, *ds.notes])
