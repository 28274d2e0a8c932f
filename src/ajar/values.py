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
from typing import Any

from bson import binary as bson_binary
from bson import errors as bson_errors
from bson import json_util

#: deepest nesting :func:`strings_in` descends into
MAX_DEPTH = 8
#: bytes of one ``bytes`` value decoded by :func:`strings_in`
MAX_BYTES = 64 * 1024


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
