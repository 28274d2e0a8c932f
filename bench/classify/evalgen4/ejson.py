"""Typed values that each output format writes its own way (``writers.py``).

A maker returns plain JSON values, or one of these where a real export would carry a BSON type:
``Date`` (``$date``), ``Long`` (``$numberLong``), ``Oid`` (``$oid``), ``Bin`` (``$binary``).
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Date:
    value: dt.datetime

    def iso(self) -> str:
        return self.value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.value.microsecond // 1000:03d}Z"

    def millis(self) -> int:
        epoch = dt.datetime(1970, 1, 1)
        return int((self.value - epoch).total_seconds() * 1000)


@dataclass(frozen=True)
class Long:
    value: int


@dataclass(frozen=True)
class Oid:
    value: str


@dataclass(frozen=True)
class Bin:
    value: bytes
    subtype: str = "00"

    def b64(self) -> str:
        return base64.b64encode(self.value).decode("ascii")


def walk(v: object, leaf: Callable[[object], object]) -> object:
    """``v`` with ``leaf`` applied to every value that is not a dict or a list."""
    if isinstance(v, dict):
        return {k: walk(x, leaf) for k, x in v.items()}
    if isinstance(v, list):
        return [walk(x, leaf) for x in v]
    return leaf(v)


def _date_v2(v: Date) -> object:
    if 1970 <= v.value.year <= 9999:
        return {"$date": v.iso()}
    return {"$date": {"$numberLong": str(v.millis())}}


def _binary_v2(v: Bin) -> object:
    return {"$binary": {"base64": v.b64(), "subType": v.subtype}}


def _relaxed(v: object) -> object:
    if isinstance(v, Date):
        return _date_v2(v)
    if isinstance(v, Long):
        return v.value
    if isinstance(v, Oid):
        return {"$oid": v.value}
    return _binary_v2(v) if isinstance(v, Bin) else v


def _strict_v1(v: object) -> object:
    if isinstance(v, Date):
        return _date_v2(v)
    if isinstance(v, Long):
        return {"$numberLong": str(v.value)}
    if isinstance(v, Oid):
        return {"$oid": v.value}
    return {"$binary": v.b64(), "$type": v.subtype} if isinstance(v, Bin) else v


def _canonical(v: object) -> object:
    if isinstance(v, Date):
        return {"$date": {"$numberLong": str(v.millis())}}
    if isinstance(v, Long):
        return {"$numberLong": str(v.value)}
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {"$numberInt": str(v)} if -(2**31) <= v < 2**31 else {"$numberLong": str(v)}
    if isinstance(v, float):
        return {"$numberDouble": repr(v)}
    return _relaxed(v)


def _plain(v: object) -> object:
    if isinstance(v, Date):
        return v.iso()
    if isinstance(v, Long | Oid):
        return v.value
    return v.b64() if isinstance(v, Bin) else v


def relaxed(v: object) -> object:
    """mongoexport's default (relaxed) Extended JSON v2."""
    return walk(v, _relaxed)


def strict_v1(v: object) -> object:
    """mongoexport before 4.2: Extended JSON v1 strict mode (``$numberLong`` always, old ``$binary``)."""
    return walk(v, _strict_v1)


def canonical(v: object) -> object:
    """mongoexport --jsonFormat=canonical: every number typed."""
    return walk(v, _canonical)


def plain(v: object) -> object:
    """What an application's own JSON API writes: dates as ISO strings, ids as strings, bytes base64."""
    return walk(v, _plain)
