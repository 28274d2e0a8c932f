"""Flattening a sample into columns: one :class:`Column` per dotted field path (stage 7's first step).

Arrays are not indexed (values of ``a: [{b: 1}]`` sit at ``a.b``); nor are keyed collections (an object of
users keyed by id, name or e-mail, :func:`~ajar.values.keyed_collection`): their entries sit at ``users.<key>.email``,
their keys are the values of ``users.<key>``, and no key of the target's becomes a path. Composite values are offered
whole at their own path too: dicts (a GeoJSON point, an address object) and arrays of numbers
(``[lon, lat]``, an embedding); arrays of scalars give each element at the array's path.
JSON booleans (``hasDiabetes: true``) are values of their own kind, ``bool``: never read as 1/0
by a detector or a numeric statistic, never an example in a report; the model reads the flag's
name and neighbours (a column of flags may well be special-category data).
Placeholders (``0000-00-00``, ``N/A``, ``null``, ``--``) count as empty, not as values that failed.
``bytes``, ``datetime``, ``Decimal128`` (as a float), ``ObjectId``/``UUID`` (never offered:
identifiers of records, not of people, though an ObjectId's time is kept for liveness) are
handled without converting them to text that could leak. Values stay in memory only.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from ajar.detectors.base import kind_of
from ajar.models import Record
from ajar.values import KEY, MAX_ENTRIES_WALKED, VALUE, keyed_collection, unwrap_extended_json
from ajar.values import is_extended_json as _is_wrapper

__all__ = ["Column", "Flattener", "flatten", "MAX_DISTINCT"]

_MAX_DEPTH = 24
_MAX_PATHS = 2000
_MIN_SHARE = 250  # new paths one record may add when the sample holds more paths than _MAX_PATHS
_MAX_LIST = 4096
MAX_DISTINCT = 100  # distinct scalar values a detector looks at per field at most
# values that stand for "no value": zero dates and the usual null spellings (first characters, a cheap gate)
_PLACEHOLDER_FIRST = frozenset("0nN-?#uU")
_PLACEHOLDER = re.compile(
    r"0{2,4}([-/.])00(?:\1)0{2,4}(?:[ T]00:00(?::00)?)?|null|none|nil|n/?a|#n/a|nan|undefined|-+|\?+", re.IGNORECASE
)


class Column:
    """The values of one field path across the sample (in memory only)."""

    __slots__ = ("hashable", "unhashable", "n", "examples", "_spread", "text_profile")

    def __init__(self) -> None:
        self.hashable: dict[str, dict[Hashable, int]] = {}
        self.unhashable: dict[str, list[Any]] = {}
        self.n = 0
        self.examples: list[Any] = []
        self._spread: dict[str, tuple[list[tuple[Hashable, int]], float]] = {}
        #: what the detectors' text values hold, for their gates (``features.text_profile``; computed once)
        self.text_profile: tuple[frozenset[str], bool, int] | None = None

    @property
    def flags(self) -> int:
        """How many of the column's values are booleans (kind ``bool``)."""
        b = self.hashable.get("bool")
        return sum(b.values()) if b else 0

    def spread(self, kind: str) -> tuple[list[tuple[Hashable, int]], float]:
        """The distinct values of ``kind`` with their counts, and the weight each count stands
        for: all of them, or an even spread of ``MAX_DISTINCT`` when there are more. Computed
        once per column and kind (every detector reads the same spread)."""
        got = self._spread.get(kind)
        if got is None:
            counts = self.hashable[kind]
            items = list(counts.items())
            weight = 1.0
            if len(items) > MAX_DISTINCT:
                step = len(items) / MAX_DISTINCT
                picked = [items[int(i * step)] for i in range(MAX_DISTINCT)]
                weight = sum(counts.values()) / sum(c for _, c in picked)
                items = picked
            got = self._spread[kind] = (items, weight)
        return got

    def add(self, value: Any, kind: str, rec: int) -> None:
        self.n += 1
        if kind in ("list", "dict", "bytes"):
            bucket = self.unhashable.setdefault(kind, [])
            bucket.append(value)
        else:
            counts = self.hashable.setdefault(kind, {})
            key: Hashable = value if not (kind == "float" and value != value) else "nan"
            counts[key] = counts.get(key, 0) + 1


def _normalise(value: Any) -> Any:
    """Store-specific types to plain ones; None for values no detector should see."""
    name = type(value).__name__
    if name == "Decimal128":
        try:
            f = float(value.to_decimal())
        except (ValueError, ArithmeticError, AttributeError):
            return None
        return f if math.isfinite(f) else None
    if name in ("ObjectId", "Timestamp", "MinKey", "MaxKey", "Regex", "Code", "DBRef") or isinstance(value, uuid.UUID):
        return None
    if isinstance(value, set | frozenset):
        return list(value)[:_MAX_LIST]
    return value


def _has_wrapper(value: Mapping[Any, Any]) -> bool:
    """Whether a small object holds Extended JSON wrappers among its values or its arrays' first items."""
    if len(value) > 32:
        return False
    for v in value.values():
        if _is_wrapper(v) or (type(v) is list and v and _is_wrapper(v[0])):
            return True
    return False


def _plain(value: Any, depth: int) -> Any:
    """``value`` with Extended JSON wrappers unwrapped, three levels deep at most."""
    if _is_wrapper(value):
        return unwrap_extended_json(value)
    if depth >= 3:
        return value
    if type(value) is dict:
        return {k: _plain(v, depth + 1) for k, v in value.items()}
    if type(value) is list:
        return [_plain(v, depth + 1) for v in value[:_MAX_LIST]]
    return value


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict | bytes | bytearray):
        return len(value) == 0
    return False


_NUMBER_TYPES = frozenset({int, float})


class Flattener:
    def __init__(self, share: int = _MAX_PATHS) -> None:
        self.columns: dict[str, Column] = {}
        self.time_hits: dict[str, int] = {}
        self.oid_paths: set[str] = set()
        self.share = share  # new paths one record may add
        self.records_cut = 0  # records with a field left out (no path left for it)
        self._left = share
        self._cut = False

    def column(self, path: str) -> Column | None:
        col = self.columns.get(path)
        if col is None:
            if len(self.columns) >= _MAX_PATHS or self._left <= 0:
                self._cut = True
                return None
            self._left -= 1
            col = self.columns[path] = Column()
        return col

    def record(self, data: Mapping[Any, Any], rec: int) -> None:
        self._left, self._cut = self.share, False
        try:
            if keyed_collection(data, plain=False):  # a record of users keyed by id; a row's columns are fields
                self._collection(data, "", rec, 0)
            else:
                self._mapping(data, "", rec, 0)
        finally:
            self.records_cut += self._cut

    def _mapping(self, data: Mapping[Any, Any], prefix: str, rec: int, depth: int) -> None:
        for i, (key, value) in enumerate(data.items()):
            if i >= _MAX_PATHS:
                self._cut = True
                break
            k = key if isinstance(key, str) else str(key)
            self._value(value, f"{prefix}.{k}" if prefix else k, rec, depth + 1)

    def _collection(self, data: Mapping[Any, Any], prefix: str, rec: int, depth: int) -> None:
        """A keyed collection (:func:`~ajar.values.keyed_collection`): its keys are values at ``<prefix>.<key>``,
        its entries at ``<prefix>.<key>.<field>`` (objects) or ``<prefix>.<value>``: one path per field, however
        many entries, and no key of the target's in a path."""
        keys = f"{prefix}.{KEY}" if prefix else KEY
        plain = f"{prefix}.{VALUE}" if prefix else VALUE
        for i, (key, value) in enumerate(data.items()):
            if i >= MAX_ENTRIES_WALKED:
                break
            self._value(key if isinstance(key, str) else str(key), keys, rec, depth + 1)
            if type(value) is dict:
                self._mapping(value, keys, rec, depth + 1)
            else:
                self._value(value, plain, rec, depth + 1)

    def _value(self, value: Any, path: str, rec: int, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        t = type(value)
        if t is str or t is int:  # most values: what _add and Column.add do, inlined (the same order of kinds)
            if t is str:
                if (
                    not value
                    or value.isspace()
                    or (value[0] in _PLACEHOLDER_FIRST and len(value) <= 24 and _PLACEHOLDER.fullmatch(value.strip()))
                ):
                    return
                scalar = "str"
            else:
                scalar = "int"
            col = self.columns.get(path) or self.column(path)
            if col is None:
                return
            col.n += 1
            counts = col.hashable.get(scalar)
            if counts is None:
                counts = col.hashable[scalar] = {}
            counts[value] = counts.get(value, 0) + 1
            if len(col.examples) < 8:
                col.examples.append(value)
            return
        if t is bool:  # before anything that tests isinstance(value, int): True is an int in Python
            self._add(value, "bool", path, rec)
            return
        if t is float:
            if math.isfinite(value):
                self._add(value, "float", path, rec)
            return
        if t is dict and _is_wrapper(value):
            value = unwrap_extended_json(value)  # mongoexport's {"$date": ...}: the field is ``born``
            t = type(value)
        if t.__name__ in ("ObjectId", "Timestamp"):
            self.time_hits[path] = self.time_hits.get(path, 0) + 1
        value = _normalise(value)
        if _empty(value):
            return
        if isinstance(value, Mapping):
            if _has_wrapper(value):  # canonical Extended JSON: {"coordinates": [{"$numberDouble": ...}]}
                value = _plain(value, 0)
            if keyed_collection(value):  # users keyed by id: ``users.<key>.email``, not a path per user
                self._collection(value, path, rec, depth)
                return
            self._add(value, "dict", path, rec)
            self._mapping(value, path, rec, depth)
            return
        if isinstance(value, list | tuple):
            items = value if len(value) <= _MAX_LIST else value[:_MAX_LIST]
            if items and _is_wrapper(items[0]):
                items = [_plain(x, 0) for x in items]
            numeric = set(map(type, items)) <= _NUMBER_TYPES or all(
                isinstance(x, int | float) and not isinstance(x, bool) for x in items
            )  # the types first: one pass in C for the vectors and coordinate pairs that fill most arrays
            nested_numeric = bool(items) and all(isinstance(x, list | tuple) for x in items[:8])
            if numeric or nested_numeric:
                self._add(list(items), "list", path, rec)
                return
            for item in items:
                self._value(item, path, rec, depth + 1)
            return
        kind = kind_of(value)
        if kind is None:
            return
        if kind == "bytes" and not isinstance(value, bytes):
            value = bytes(value)
        if kind == "float" and not math.isfinite(value):
            return
        self._add(value, kind, path, rec)

    def _add(self, value: Any, kind: str, path: str, rec: int) -> None:
        col = self.columns.get(path) or self.column(path)
        if col is None:
            return
        col.add(value, kind, rec)
        if len(col.examples) < 8 and kind in ("str", "int", "float", "datetime"):
            col.examples.append(value)


def flatten(records: Sequence[Record]) -> Flattener:
    """Every record's fields as columns (a record too deep to walk is skipped). When the sample
    holds more than ``_MAX_PATHS`` paths, it is walked again with each record adding at most its
    share of new ones, so one record of 100,000 keys cannot take every path from the others."""
    flat = _walk(records, _MAX_PATHS)
    if flat.records_cut and len(records) > 1:
        flat = _walk(records, max(_MAX_PATHS // len(records), _MIN_SHARE))
    return flat


def _walk(records: Sequence[Record], share: int) -> Flattener:
    flat = Flattener(share)
    for i, rec in enumerate(records):
        data = rec.data if isinstance(rec.data, Mapping) else {}
        try:
            flat.record(data, i)
        except RecursionError:
            continue
    return flat
