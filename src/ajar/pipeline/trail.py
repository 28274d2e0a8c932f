"""Time and people in a classified sample: the paths that hold times, the path that best
identifies a person, and whether the dataset is a movement trail (coordinates + time + person).

Used by liveness and people estimates; computed after the fields are classified.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from ajar.detectors.base import EPOCH_2000, finite_float
from ajar.models import Category, FieldReport
from ajar.pipeline.flatten import Flattener
from ajar.pipeline.names import FieldName, field_name, matches

__all__ = ["count_times", "movement_trail", "person_key", "timestamp_paths"]

_ISO_DT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d| ?UTC)?")
_EPOCH_TEXT = re.compile(r"\d{10}(?:\d{3})?(?:\.\d+)?")

_TIME_HINTS = (
    "time",
    "timestamp",
    "ts",
    "date",
    "datetime",
    "created",
    "createdat",
    "created_at",
    "updated",
    "modified",
    "inserted",
    "seen",
    "captured",
    "recorded",
    "detected",
    "event_time",
    "at",
    "when",
    "sj",
    "cjsj",
    "rksj",
    "zpsj",
    "gxsj",
    "时间",
    "日期",
    "抓拍时间",
    "время",
    "дата",
    "الوقت",
    "التاريخ",
)
_TIME_BEST = (
    "created",
    "createdat",
    "inserted",
    "captured",
    "seen",
    "detected",
    "recorded",
    "timestamp",
    "ts",
    "cjsj",
    "zpsj",
    "rksj",
    "抓拍时间",
)
_PERSON_REF = frozenset(
    {
        "person",
        "personid",
        "person_id",
        "people",
        "user",
        "userid",
        "uid",
        "subject",
        "subjectid",
        "ryid",
        "rybh",
        "rid",
        "pid",
        "citizen",
        "citizenid",
        "customer",
        "customerid",
        "patient",
        "patientid",
        "member",
        "memberid",
        "owner",
        "ownerid",
        "target",
        "targetid",
        "ref",
        "personref",
        "person_ref",
        "employee",
        "employeeid",
        "driver",
        "driverid",
        "account",
        "accountid",
        "人员",
        "人员id",
        "人员编号",
    }
)
_PERSON_KEY_ORDER = (Category.NATIONAL_ID, Category.EMAIL, Category.PHONE)


def _is_time(value: Any, now: float) -> bool:
    """A datetime, an ISO date-time string, or an epoch number (s or ms) from 2000 to ``now``."""
    if isinstance(value, str):  # text first: most values (no value is both text and a datetime)
        if 10 <= len(value) <= 40:
            if _ISO_DT.fullmatch(value.strip()):
                return True
            if _EPOCH_TEXT.fullmatch(value):
                x = float(value)
                return EPOCH_2000 <= x <= now or EPOCH_2000 <= x / 1e3 <= now
        return False
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        n = finite_float(value)  # an integer too large for a float is no time, not an error
        return n is not None and (EPOCH_2000 <= n <= now or EPOCH_2000 <= n / 1e3 <= now)
    return isinstance(value, datetime)


def count_times(flat: Flattener) -> None:
    """Add to ``flat.time_hits`` each column's values that are times (ObjectIds were counted while flattening)."""
    now = datetime.now(UTC).timestamp() + 366 * 86400
    for path, column in flat.columns.items():
        hits_t = 0
        for kind in ("datetime", "int", "float", "str"):
            for v, c in column.hashable.get(kind, {}).items():
                if _is_time(v, now):
                    hits_t += c
        if hits_t:
            flat.time_hits[path] = flat.time_hits.get(path, 0) + hits_t


def _time_rank(name: FieldName, path: str, col_hits: int, n_records: int) -> float:
    score = col_hits / max(1, n_records)
    if matches(name, _TIME_BEST):
        score += 0.6
    elif matches(name, _TIME_HINTS):
        score += 0.4
    if path.rpartition(".")[2] == "_id":
        score -= 0.5
    return score


def timestamp_paths(flat: Flattener, n_records: int, birth: set[str]) -> list[str]:
    """Paths that hold datetimes or epoch times (not birth dates), best first."""
    ts_scores: list[tuple[float, str]] = []
    for path, hits_count in flat.time_hits.items():
        if path in birth:
            continue
        tcol = flat.columns.get(path)
        present = tcol.n - tcol.flags if tcol is not None else hits_count  # ``false`` for "never" is no value
        if hits_count < max(1, 0.8 * present):
            continue
        name = field_name(path)
        is_named = matches(name, _TIME_HINTS) or matches(name, _TIME_BEST)
        has_types = tcol is not None and ("datetime" in tcol.hashable or "str" in tcol.hashable)
        if not is_named and not has_types and path.rpartition(".")[2] != "_id" and hits_count < 0.9 * present:
            continue
        ts_scores.append((_time_rank(name, path, hits_count, n_records), path))
    return [p for _, p in sorted(ts_scores, key=lambda x: (-x[0], x[1]))]


#: nodes of one value :func:`_flags_only` looks at before it answers no
_FLAG_NODES = 256


def _flags_only(value: Any) -> bool:
    """Whether an object or array holds booleans and nothing else, at any depth (``{"admin": true}``);
    no for one of more than :data:`_FLAG_NODES` values in all."""
    stack, seen = [value], 0
    while stack:
        v = stack.pop()
        seen += 1
        if seen > _FLAG_NODES:
            return False
        if isinstance(v, Mapping):
            stack.extend(islice(v.values(), _FLAG_NODES - seen + 1))  # more than that: no, in a bounded time
        elif isinstance(v, list | tuple):
            stack.extend(islice(v, _FLAG_NODES - seen + 1))
        elif not isinstance(v, bool):
            return False
    return seen > 1


def person_key(
    by_cat: Mapping[Category, Sequence[FieldReport]], flat: Flattener, n_records: int, reported: set[str]
) -> str | None:
    """The path that best identifies a person: a national id, email or phone field, else a field
    named for a person reference (``user_id``, ``人员编号``) present in half the records, else a name."""
    for cat in _PERSON_KEY_ORDER:
        cands = sorted(by_cat.get(cat, []), key=lambda f: (-f.confidence * f.prevalence, f.path))
        if cands:
            return cands[0].path
    for path in sorted(flat.columns):
        col = flat.columns[path]
        if path in reported or col.n - col.flags < 0.5 * max(1, n_records):
            continue  # booleans (``is_user: true``) identify nobody
        name = field_name(path)
        if set(name.tokens) & _PERSON_REF or name.joined in _PERSON_REF:
            flagged = sum(1 for kind in ("dict", "list") for v in col.unhashable.get(kind, ()) if _flags_only(v))
            if col.n - col.flags - flagged < 0.5 * max(1, n_records):
                continue  # nor do objects of booleans (``user: {"admin": true}``)
            return path
    names = by_cat.get(Category.PERSON_NAME)
    if names:
        return max(names, key=lambda f: f.confidence).path
    return None


def movement_trail(
    by_cat: Mapping[Category, Sequence[FieldReport]], times: Sequence[str], person: str | None
) -> dict[str, str]:
    """Coordinates + a time + a person: the paths of each (empty when the dataset is no trail)."""
    coords = by_cat.get(Category.COORDINATES, [])
    real_times = [p for p in times if p.rpartition(".")[2] != "_id"]
    if not (coords and real_times and person is not None):
        return {}
    pair = next((f.detail.get("pair") for f in coords if f.detail.get("pair")), None)
    return {"coordinates": pair or coords[0].path, "time": real_times[0], "person": person}
