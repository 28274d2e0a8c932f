"""Walking a decoded record: the values at a dotted path, and every string inside a value.

MongoDB Extended JSON wrappers as ``mongoexport`` writes them (``{"$date": ...}``, ``{"$oid": ...}``,
``{"$numberLong": ...}``) are the values they stand for: :func:`values_at` unwraps them, so a
record's ``born`` is a datetime and its ``_id`` an ObjectId whatever the source (liveness and
people estimates read them so). Both walks are bounded: paths walk arrays without indexing them;
:func:`strings_in` stops at a depth and cuts bytes to a size, so a hostile record costs time
linear in what is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from bson import binary as bson_binary
from bson import errors as bson_errors
from bson import json_util

#: deepest nesting :func:`strings_in` descends into
MAX_DEPTH = 8
#: bytes of one ``bytes`` value decoded by :func:`strings_in`
MAX_BYTES = 64 * 1024
#: entries of one keyed collection walked (as many as the elements of an array flattened)
MAX_ENTRIES_WALKED = 4096


#: The path segment that stands for every key of a keyed collection (:func:`keyed_collection`): its entries are
#: at ``users.<key>.email``, and the keys themselves, a column of their own, at ``users.<key>``.
KEY = "<key>"
#: Where the entries of a keyed collection of plain values are (``by_address.<value>``, the keys at
#: ``by_address.<key>``).
VALUE = "<value>"
#: Entries that make an object of objects of one shape a collection by its structure alone (a Firebase export's
#: ``users``, ``{"<full name>": {...}, ...}``): fewer are a collection only when their keys look like data.
MIN_ENTRIES = 8
#: Entries of plain values, keyed by data, that make an object a collection (``{"<address>": "<phone>"}``).
MIN_PLAIN_ENTRIES = 4
_LOOKED_AT = 64  # entries of an object its shape is judged on
_ENTRY_TYPES = frozenset({dict, str, int, float})


def keyed_collection(value: Mapping[Any, Any], plain: bool = True) -> bool:
    """Whether an object is a collection keyed by its entries' ids, names, e-mails or addresses, not a record:

    * objects of one shape (on average half or more of the fields they hold together, one of them in 4 of 5),
      :data:`MIN_ENTRIES` of
      them or more (Firebase ``{users: {uid: {...}}}``, a JSON "dictionary of users"), or 2 or more keyed by data;
    * :data:`MIN_PLAIN_ENTRIES` or more plain values of one type (text, integers or floats) whose keys are data
      (``{"Calle Mayor 12, 46930 Cádiz": "+34 ..."}``, ``{"2024-06-01": 12}``): three digits or an ``@`` in 4 of
      5 keys. A record's field names (``nombre``, ``field1``) are not.

    Judged on the first 64 entries. Its keys are shown as :data:`KEY`, never as themselves. ``plain=False``: objects
    only (a table's row, whose columns are its fields whatever their names, is never a collection of plain values).
    """
    n = len(value)
    if n < 2:
        return False
    first = type(next(iter(value.values())))
    if first not in _ENTRY_TYPES or (first is not dict and (n < MIN_PLAIN_ENTRIES or not plain)):
        return False
    entries = list(islice(value.items(), _LOOKED_AT))
    vals = [v for _, v in entries]
    if first is dict:
        if any(type(v) is not dict or not v or is_extended_json(v) for v in vals):
            return False
        keysets = [frozenset(map(str, v)) for v in vals]
        union = frozenset().union(*keysets)
        if sum(map(len, keysets)) * 2 < len(keysets) * len(union):
            return False
        if not any(sum(f in k for k in keysets) * 5 >= len(keysets) * 4 for f in islice(union, _LOOKED_AT)):
            return False  # no field that 4 in 5 entries hold: objects of no one shape
        return n >= MIN_ENTRIES or _data_keys(entries)
    return _data_keys(entries) and all(type(v) is first for v in vals)


def _data_keys(entries: list[tuple[Any, Any]]) -> bool:
    """Whether 4 in 5 keys are data, not a field's name: three digits or more (an id, a phone, a date, a house
    number and postal code) or an e-mail's ``@``."""
    allowed = len(entries) // 5  # keys that are not data: a record's field names fail on its first few keys
    for k, _ in entries:
        if not (isinstance(k, str) and ("@" in k or sum(map(str.isdigit, k[:200])) >= 3)):
            allowed -= 1
            if allowed < 0:
                return False
    return True


def is_extended_json(value: Any) -> bool:
    """Whether a value is one Extended JSON wrapper: a small object whose first key starts with ``$``."""
    return type(value) is dict and 0 < len(value) <= 2 and str(next(iter(value))).startswith("$")


_EJSON_OPTIONS = json_util.JSONOptions(tz_aware=True)


def unwrap_extended_json(value: dict[Any, Any]) -> Any:
    """A MongoDB Extended JSON wrapper (``{"$date": ...}``, ``{"$oid": ...}``, ``{"$numberLong": ...}``,
    ``{"$binary": ...}``...) as the value it stands for, through ``bson.json_util`` (inner
    wrappers first: ``{"$date": {"$numberLong": ...}}``); a UUID as None (an identifier of a record);
    any other dict as it is."""
    inner = {k: unwrap_extended_json(v) if isinstance(v, dict) and len(v) == 1 else v for k, v in value.items()}
    if "$date" in inner and isinstance(inner["$date"], int):
        inner["$date"] = int(inner["$date"])  # Int64 from an inner $numberLong
    try:
        out = json_util.object_hook(inner, _EJSON_OPTIONS)
    except (ValueError, TypeError, ArithmeticError, KeyError, bson_errors.BSONError):
        return None  # a date past year 9999 (InvalidBSON), a $numberDecimal "x" (decimal.InvalidOperation)...
    if isinstance(out, bson_binary.Binary) and out.subtype in (3, 4):
        return None
    return out


def values_at(data: Any, path: str) -> Iterator[Any]:
    """Values at a dotted path; arrays are walked (paths do not index them)."""
    parts = path.split(".") if path else []

    def walk(node: Any, i: int) -> Iterator[Any]:
        if isinstance(node, list | tuple):
            for item in node:
                yield from walk(item, i)
            return
        if i == len(parts):
            yield unwrap_extended_json(node) if is_extended_json(node) else node
            return
        if isinstance(node, Mapping):
            if parts[i] in node:
                yield from walk(node[parts[i]], i + 1)
            elif parts[i] in (KEY, VALUE) and keyed_collection(node):  # a collection's keys, or its entries
                if parts[i] == KEY and i + 1 == len(parts):
                    yield from (str(k) for k in islice(node, MAX_ENTRIES_WALKED))
                elif parts[i] == KEY or i + 1 == len(parts):
                    for entry in islice(node.values(), MAX_ENTRIES_WALKED):
                        yield from walk(entry, i + 1)
            else:  # a key that itself holds a dot
                rest = ".".join(parts[i:])
                if rest in node:
                    yield from walk(node[rest], len(parts))

    yield from walk(data, 0)


def strings_in(node: Any, depth: int = 0) -> Iterator[str]:
    """Every string (keys included, ``bytes`` decoded as Latin-1) inside a value, bounded in depth."""
    out: list[str] = []
    _strings(node, depth, out)
    return iter(out)


def _strings(node: Any, depth: int, out: list[str]) -> None:
    """:func:`strings_in`'s walk, depth first, into one list (no generator per value; strings and
    numbers inside an object or an array are taken in place, without a call each)."""
    if depth > MAX_DEPTH:
        return
    t = type(node)
    deeper = depth < MAX_DEPTH
    if t is dict:
        for k, v in node.items():
            if isinstance(k, str):
                out.append(k)
            if deeper:
                tv = type(v)
                if tv is str:
                    out.append(v)
                elif tv not in _SCALARS:
                    _strings(v, depth + 1, out)
    elif t is list:
        if deeper:
            for v in node:
                tv = type(v)
                if tv is str:
                    out.append(v)
                elif tv not in _SCALARS:
                    _strings(v, depth + 1, out)
    elif t is str or isinstance(node, str):
        out.append(node)
    elif t in _SCALARS:
        return
    elif isinstance(node, bytes | bytearray):
        out.append(bytes(node[:MAX_BYTES]).decode("latin-1"))
    elif isinstance(node, Mapping):
        for k, v in node.items():
            if isinstance(k, str):
                out.append(k)
            _strings(v, depth + 1, out)
    elif isinstance(node, list | tuple | set):
        for v in node:
            _strings(v, depth + 1, out)


#: types that hold no string: :func:`_strings` passes them without the slower checks
_SCALARS = frozenset({int, float, bool, type(None)})
