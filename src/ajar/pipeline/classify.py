"""Stage 7, classify: which category of personal data each field path of a sample holds.

Input: sampled :class:`~ajar.models.Record` objects (raw values, in memory only). Output: a
:class:`ClassifiedDataset` with one :class:`~ajar.models.FieldReport` per field path that
holds a category, whether the dataset is a movement trail, the path that best identifies a
person, and the paths that hold times.

How a field is decided:

1. **Flatten** each record to dotted paths; arrays are not indexed (values of ``a: [{b: 1}]``
   sit at ``a.b``). Composite values are offered whole at their own path too: dicts (a
   GeoJSON point, an address object) and arrays of numbers (``[lon, lat]``, an embedding);
   arrays of scalars give each element at the array's path. Placeholders (``0000-00-00``,
   ``N/A``, ``null``, ``--``) count as empty, not as values that failed. ``bytes``, ``datetime``,
   ``Decimal128`` (as a float), ``ObjectId``/``UUID`` (never offered: identifiers of records,
   not of people, though an ObjectId's time is kept for liveness) are handled without
   converting them to text that could leak.
2. **Values**: every detector that accepts a value's kind looks at distinct values (a
   categorical field is looked at once per distinct value), at most 100 distinct scalars and
   32 composites per field, evenly spread, each standing for its share. A detector gives up
   on a field after 16 distinct values (or 64 values) when fewer than one in ten hit, or none
   strongly enough to count without a name that agrees (a categorical field whose first values
   are "Decline to state" is still read to the end). Detector exceptions count as "no hit".
3. **Fusion** per (field, detector): *prevalence* = share of non-empty values with a hit;
   *support* = mean hit strength over all values, where a name that agrees lifts each hit to
   the detector's ``hint_floor``, except hits weaker than the detector's ``lift_min`` (shape
   only: a lone capitalised word, a 6-digit code, an epoch integer), which only a *strong* name
   lifts (``strong_hints``: ``first_name``, ``pin``, ``dob``; for ``strong_siblings`` detectors
   also an agreeing name beside one, ``nome`` next to ``cognome``). The field's name (last path
   segment, split into tokens, ASCII and CJK runs apart so ``ICD编码`` is ``icd`` + ``编码``;
   non-Latin hints match as substrings) is *strong*, *positive*, *negative* or *neutral*. A detector
   with ``needs_hint`` counts only with a positive name, or for birth dates when the dataset
   is about people and the dates spread like ages. Thresholds: support ≥ 0.4 with a positive
   name; ≥ 0.55 with mean strength ≥ 0.5 when neutral; ≥ 0.8 with mean strength ≥ 0.85 when
   the name argues against it. Names that say a category only if the values agree
   (``conditional_hints``: ``first``, ``last``, ``mother_first``; ``first_seen`` holds dates) count
   as strong when nearly every value hits and the hits are more than bare shape, or a sibling holds
   the category. A name ending in ``id`` does not lift hits of the detector's ``id_kinds`` (UUIDs
   in ``token_id``: the id of a token, not the token). Confidence = 0.3 + 0.6·support (+0.1 for a positive name),
   shrunk when fewer than three values were seen. The best category wins a field.
4. **Dataset detectors** (latitude + longitude fields) add their paths; they are told the
   categories already decided (an address elsewhere is location evidence for an unnamed pair).
5. A child path is dropped when its parent holds the same category (``loc`` GeoJSON vs
   ``loc.coordinates``).

Examples in reports are ``mask(value)`` only. Nothing here prints, logs or raises on values.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ajar.detectors import DATASET_DETECTORS, DETECTORS
from ajar.detectors.base import DatasetDetector, Detector, Hit, kind_of
from ajar.mask import mask
from ajar.models import Category, FieldReport, Record

__all__ = ["ClassifiedDataset", "classify_records"]

_MAX_DEPTH = 24
_MAX_PATHS = 2000
_MAX_LIST = 4096
_MAX_DISTINCT = 100  # distinct scalar values a detector looks at per field at most
_MAX_COMPOSITE = 32  # composite values a detector looks at per field at most
_PROBE = 16  # values a detector may look at without a hit before it gives up on a field
_ID_TOKENS = frozenset({"id", "ids", "uuid", "guid"})  # a name ending so holds identifiers (``token_id``)
_EPOCH_MIN = datetime(2000, 1, 1, tzinfo=UTC).timestamp()

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^0-9a-z\u00c0-\uffff]+")
# ASCII next to CJK/kana/Hangul is a token boundary: ``ICD编码`` is ``icd`` + ``编码``
_SCRIPT_EDGE = re.compile(r"(?<=[0-9a-z])(?=[\u2e80-\uffff])|(?<=[\u2e80-\uffff])(?=[0-9a-z])")
# values that stand for "no value": zero dates and the usual null spellings (first characters, a cheap gate)
_PLACEHOLDER_FIRST = frozenset("0nN-?#uU")
_PLACEHOLDER = re.compile(
    r"0{2,4}([-/.])00(?:\1)0{2,4}(?:[ T]00:00(?::00)?)?|null|none|nil|n/?a|#n/a|nan|undefined|-+|\?+", re.IGNORECASE
)
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
_PRIORITY = {
    c: i
    for i, c in enumerate(
        (
            Category.NATIONAL_ID,
            Category.CARD_NUMBER,
            Category.IBAN,
            Category.EMAIL,
            Category.FACE_EMBEDDING,
            Category.COORDINATES,
            Category.SECRET,
            Category.IP_ADDRESS,
            Category.DEVICE_ID,
            Category.PHONE,
            Category.ETHNICITY,
            Category.RELIGION,
            Category.HEALTH,
            Category.BIRTH_DATE,
            Category.ADDRESS,
            Category.PERSON_NAME,
        )
    )
}


@dataclass
class ClassifiedDataset:
    """What one dataset's sample holds.

    ``fields``: one report per field path that holds a category (none for the others).
    ``movement_trail``: coordinates + timestamps + a link to a person, with ``trail_detail``
    naming the paths (``coordinates``, ``time``, ``person``). ``person_key``: the path that
    best identifies a person (national id, email, phone, a person reference), for estimating
    people affected. ``timestamp_paths``: paths that hold datetimes or epoch times, best first.
    """

    fields: list[FieldReport]
    movement_trail: bool
    trail_detail: dict[str, str] = field(default_factory=dict)
    person_key: str | None = None
    timestamp_paths: list[str] = field(default_factory=list)


# --- flattening --------------------------------------------------------------------------------


class _Column:
    """The values of one field path across the sample (in memory only)."""

    __slots__ = ("hashable", "unhashable", "n", "examples", "_spread")

    def __init__(self) -> None:
        self.hashable: dict[str, dict[Hashable, int]] = {}
        self.unhashable: dict[str, list[Any]] = {}
        self.n = 0
        self.examples: list[Any] = []
        self._spread: dict[str, tuple[list[tuple[Hashable, int]], float]] = {}

    def spread(self, kind: str) -> tuple[list[tuple[Hashable, int]], float]:
        """The distinct values of ``kind`` with their counts, and the weight each count stands
        for: all of them, or an even spread of ``_MAX_DISTINCT`` when there are more. Computed
        once per column and kind (every detector reads the same spread)."""
        got = self._spread.get(kind)
        if got is None:
            counts = self.hashable[kind]
            items = list(counts.items())
            weight = 1.0
            if len(items) > _MAX_DISTINCT:
                step = len(items) / _MAX_DISTINCT
                picked = [items[int(i * step)] for i in range(_MAX_DISTINCT)]
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


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict | bytes | bytearray):
        return len(value) == 0
    return False


def _is_time(value: Any, now: float) -> bool:
    """A datetime, an ISO date-time string, or an epoch number (s or ms) from 2000 to ``now``."""
    if isinstance(value, datetime):
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        x = float(value)
        return _EPOCH_MIN <= x <= now or _EPOCH_MIN <= x / 1e3 <= now
    if isinstance(value, str) and 10 <= len(value) <= 40:
        if _ISO_DT.fullmatch(value.strip()):
            return True
        if _EPOCH_TEXT.fullmatch(value):
            x = float(value)
            return _EPOCH_MIN <= x <= now or _EPOCH_MIN <= x / 1e3 <= now
    return False


class _Flattener:
    def __init__(self) -> None:
        self.columns: dict[str, _Column] = {}
        self.time_hits: dict[str, int] = {}
        self.oid_paths: set[str] = set()

    def column(self, path: str) -> _Column | None:
        col = self.columns.get(path)
        if col is None:
            if len(self.columns) >= _MAX_PATHS:
                return None
            col = self.columns[path] = _Column()
        return col

    def record(self, data: Mapping[Any, Any], rec: int) -> None:
        self._mapping(data, "", rec, 0)

    def _mapping(self, data: Mapping[Any, Any], prefix: str, rec: int, depth: int) -> None:
        for i, (key, value) in enumerate(data.items()):
            if i >= _MAX_PATHS:
                break
            k = key if isinstance(key, str) else str(key)
            self._value(value, f"{prefix}.{k}" if prefix else k, rec, depth + 1)

    def _value(self, value: Any, path: str, rec: int, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        t = type(value)
        if t is str:
            if (
                value
                and not value.isspace()
                and not (value[0] in _PLACEHOLDER_FIRST and len(value) <= 24 and _PLACEHOLDER.fullmatch(value.strip()))
            ):
                self._add(value, "str", path, rec)
            return
        if t is int:
            self._add(value, "int", path, rec)
            return
        if t is float:
            if math.isfinite(value):
                self._add(value, "float", path, rec)
            return
        if t.__name__ in ("ObjectId", "Timestamp"):
            self.time_hits[path] = self.time_hits.get(path, 0) + 1
        value = _normalise(value)
        if _empty(value):
            return
        if isinstance(value, Mapping):
            self._add(value, "dict", path, rec)
            self._mapping(value, path, rec, depth)
            return
        if isinstance(value, list | tuple):
            items = value if len(value) <= _MAX_LIST else value[:_MAX_LIST]
            numeric = all(isinstance(x, int | float) and not isinstance(x, bool) for x in items)
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
        col = self.column(path)
        if col is None:
            return
        col.add(value, kind, rec)
        if len(col.examples) < 8 and kind in ("str", "int", "float", "datetime"):
            col.examples.append(value)


# --- field names ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    tokens: tuple[str, ...]
    joined: str
    raw: str


def _name(path: str) -> _Name:
    last = path.rpartition(".")[2]
    raw = last.lower()
    lowered = _CAMEL.sub("_", last).lower()
    tokens = tuple(t for part in _SPLIT.split(lowered) if part for t in _SCRIPT_EDGE.split(part) if t)
    return _Name(tokens, "".join(tokens), raw)


class _Hints:
    """A compiled list of field-name hints (see :func:`_matches`)."""

    __slots__ = ("exact", "phrases", "affixes", "substrings")

    def __init__(self, hints: Sequence[str]) -> None:
        ascii_hints = [h for h in hints if h.isascii()]
        self.exact = frozenset(h.replace("_", "") for h in ascii_hints) | frozenset(ascii_hints)
        self.phrases = tuple(f"_{h}_" for h in ascii_hints if "_" in h)
        self.affixes = tuple(h.replace("_", "") for h in ascii_hints if len(h.replace("_", "")) >= 5)
        self.substrings = tuple(h for h in hints if not h.isascii())

    def match(self, name: _Name) -> bool:
        exact = self.exact
        if name.joined in exact or any(t in exact for t in name.tokens):
            return True
        if self.phrases:
            joined = f"_{'_'.join(name.tokens)}_"
            if any(p in joined for p in self.phrases):
                return True
        for t in name.tokens:
            if len(t) > 5:
                for a in self.affixes:
                    if t != a and (t.startswith(a) or t.endswith(a)):
                        return True
        return any(h in name.raw for h in self.substrings)


_HINT_CACHE: dict[tuple[str, ...], _Hints] = {}


def _matches(name: _Name, hints: Sequence[str]) -> bool:
    """Whether a field name matches a hint: ASCII hints as whole tokens, as the whole name without
    separators, as ``a_b`` token runs, or (5+ letters) as a prefix/suffix of a longer token;
    other scripts as substrings of the name."""
    key = tuple(hints)
    compiled = _HINT_CACHE.get(key)
    if compiled is None:
        compiled = _HINT_CACHE[key] = _Hints(key)
    return compiled.match(name)


_HINT_RESULT: dict[tuple[str, str], int] = {}


def _hint(det: Detector, name: _Name) -> int:
    """+2 when the name says the category outright (``strong_hints``), +1 when it agrees with the
    detector, -1 when it argues against it, else 0."""
    key = (det.id, name.raw)
    got = _HINT_RESULT.get(key)
    if got is not None:
        return got
    result = 0
    if det.negative_hints and _matches(name, det.negative_hints):
        result = -1
    elif det.strong_hints and _matches(name, det.strong_hints):
        result = 2
    elif det.name_hints and _matches(name, det.name_hints):
        result = 1
    if len(_HINT_RESULT) < 100_000:
        _HINT_RESULT[key] = result
    return result


# --- fusion --------------------------------------------------------------------------------------


@dataclass
class _Candidate:
    category: Category
    confidence: float
    prevalence: float
    detector: str
    detail: dict[str, str]
    examples: list[Any]
    raw_mean: float = 0.0  # mean strength of the hits before any lift by the field's name


def _safe_detect(det: Detector, value: Any) -> Hit | None:
    """A detector's verdict; a detector bug counts as no hit for that value, never as a crash."""
    try:
        return det.detect(value)
    except Exception:  # noqa: BLE001 - the pipeline boundary: one broken detector must not stop a scan
        return None


def _run(det: Detector, col: _Column, hint: int) -> tuple[list[tuple[Hit, float, Any]], int]:
    """Hits (with multiplicity and the value) of one detector on one column, and values looked at.

    Gives up once ``_PROBE`` values were seen when fewer than one in ten hit (the field cannot
    reach any threshold), or, when the name does not agree, none of them strongly enough to
    count on its own.
    """
    hits: list[tuple[Hit, float, Any]] = []
    seen = 0
    looked = 0  # distinct values looked at: a categorical field's first two values are not a sample
    strong = hint > 0
    probed = False  # the hit rate is checked once, when _PROBE values have been seen
    hit_count = 0
    accepts = det.accepts
    for kind in col.hashable:
        if kind not in accepts:
            continue
        # many distinct values: an even spread of _MAX_DISTINCT of them stands for all
        items, weight = col.spread(kind)
        for value, count in items:
            hit = _safe_detect(det, value)
            seen += count
            looked += 1
            if hit is not None:
                hits.append((hit, count * weight, value))
                hit_count += count
                strong = strong or hit.strength >= 0.5
            enough = looked >= _PROBE or seen >= 4 * _PROBE
            if enough and (not strong or (not probed and hit_count < 0.1 * seen)):
                return [], seen
            probed = probed or enough
    for kind, bucket in col.unhashable.items():
        if kind not in accepts:
            continue
        # composite values (vectors, objects) are costly: look at an even spread of at most
        # _MAX_COMPOSITE of them and let each hit stand for its share of the bucket
        step = max(1, -(-len(bucket) // _MAX_COMPOSITE))
        for value in bucket[::step]:
            hit = _safe_detect(det, value)
            seen += step
            if hit is not None:
                hits.append((hit, step, value))
                hit_count += step
                strong = strong or hit.strength >= 0.5
            if seen >= _PROBE and (not strong or (not probed and hit_count < 0.1 * seen)):
                return [], seen
            probed = probed or seen >= _PROBE
    return hits, seen


def _confidence(support: float, hint: int, n: int) -> float:
    conf = 0.3 + 0.6 * support + (0.1 if hint > 0 else 0.0)
    conf *= min(1.0, 0.7 + 0.1 * n)
    return round(max(0.0, min(0.99, conf)), 3)


def _decide(det: Detector, name: _Name, col: _Column, hint: int, people_context: bool) -> _Candidate | None:
    if det.accepts.isdisjoint(col.hashable) and det.accepts.isdisjoint(col.unhashable):
        return None
    hits, _seen = _run(det, col, 1 if people_context else hint)
    if not hits:
        return None
    n = col.n
    count = sum(c for _, c, _ in hits)
    prevalence = min(1.0, count / n)
    floor = det.hint_floor if hint > 0 else 0.0
    lift_min = det.lift_min if hint < 2 else 0.0
    id_name = bool(det.id_kinds) and bool(name.tokens) and name.tokens[-1] in _ID_TOKENS
    total = sum(
        (
            max(h.strength, floor)
            if h.strength >= lift_min and not (id_name and h.detail.get("kind") in det.id_kinds)
            else h.strength
        )
        * c
        for h, c, _ in hits
    )
    support = min(1.0, total / n)
    mean = total / count
    accepted = False
    if hint > 0:
        accepted = support >= 0.4 and prevalence >= 0.3
    elif det.needs_hint:
        spread_ok = getattr(det, "spread_ok", None)
        if hint == 0 and people_context and callable(spread_ok) and prevalence >= 0.8:
            accepted = bool(spread_ok([h for h, _, _ in hits]))
            support = min(support + 0.25, 0.7) if accepted else support
    elif hint == 0:
        accepted = support >= 0.55 and mean >= 0.5
    else:
        accepted = support >= 0.8 and mean >= 0.85
    if not accepted:
        return None
    strong = sorted(hits, key=lambda x: -x[0].strength)
    detail = det.field_detail([h for h, _, _ in strong], name.tokens)
    return _Candidate(
        det.category,
        _confidence(support, hint, n),
        round(prevalence, 3),
        det.id,
        detail,
        [v for _, _, v in strong[:8]],
        sum(h.strength * c for h, c, _ in hits) / count,
    )


_DETECTOR_INSTANCES: tuple[Detector, ...] = tuple(d() for d in DETECTORS)
_DATASET_INSTANCES: tuple[DatasetDetector, ...] = tuple(d() for d in DATASET_DETECTORS)
_PEOPLE_HINTS = (
    "name",
    "xm",
    "姓名",
    "氏名",
    "person",
    "sfzh",
    "фио",
    "фамилия",
    "الاسم",
    "surname",
    "vorname",
    "nachname",
    "prenom",
    "prénom",
    "cognome",
    "nazwisko",
)


def _resolve_conditional(conditional: list[tuple[str, Detector, _Candidate]], decided: dict[str, _Candidate]) -> None:
    """Fields whose name says the category only if the values agree (``first``, ``last``,
    ``mother_first``): nearly every value hit (checked before), and the hits are more than bare
    shape (some values are known names: mean strength ``conditional_min``), or, a little weaker,
    a sibling under the same parent holds the category (``last`` beside ``first``, beside ``name``)."""
    sure = [(path, det, cand) for path, det, cand in conditional if cand.raw_mean >= det.conditional_min]
    parents = {(c.category, p.rpartition(".")[0]) for p, c in decided.items()}
    parents |= {(det.category, p.rpartition(".")[0]) for p, det, _ in sure}
    for path, det, cand in conditional:
        ok = cand.raw_mean >= det.conditional_min or (
            (det.category, path.rpartition(".")[0]) in parents and cand.raw_mean >= 0.8 * det.conditional_min
        )
        if not ok:
            continue
        best = decided.get(path)
        if best is None or cand.confidence > best.confidence:
            decided[path] = cand


def _examples(values: Sequence[Any], max_examples: int) -> list[str]:
    out: list[str] = []
    for v in values:
        if len(out) >= max_examples:
            break
        if isinstance(v, bytes):
            out.append(f"<{len(v)} bytes>")
        elif isinstance(v, list):
            out.append(f"<array of {len(v)}>" if len(v) > 3 else mask(v))
        elif isinstance(v, Mapping):
            inner = v.get("coordinates") if "coordinates" in v else None
            out.append(mask(inner) if inner is not None else f"<object of {len(v)} keys>")
        else:
            m = mask(v)
            if m not in out:
                out.append(m)
    return out


def _time_rank(path: str, col_hits: int, n_records: int) -> float:
    name = _name(path)
    score = col_hits / max(1, n_records)
    if _matches(name, _TIME_BEST):
        score += 0.6
    elif _matches(name, _TIME_HINTS):
        score += 0.4
    if path.rpartition(".")[2] == "_id":
        score -= 0.5
    return score


def classify_records(records: Sequence[Record], *, max_examples: int = 3) -> ClassifiedDataset:
    """Classify a sample: one :class:`FieldReport` per field path that holds a category.

    Never raises on values; reports carry masked examples only (``mask``).
    """
    flat = _Flattener()
    for i, rec in enumerate(records):
        data = rec.data if isinstance(rec.data, Mapping) else {}
        try:
            flat.record(data, i)
        except RecursionError:
            continue
    n_records = len(records)
    names = {path: _name(path) for path in flat.columns}
    now = datetime.now(UTC).timestamp() + 366 * 86400
    for path, column in flat.columns.items():
        hits_t = 0
        for kind in ("datetime", "int", "float", "str"):
            for v, c in column.hashable.get(kind, {}).items():
                if _is_time(v, now):
                    hits_t += c
        if hits_t:
            flat.time_hits[path] = flat.time_hits.get(path, 0) + hits_t

    # parents with a child whose name says a detector's category outright (``cognome``): a sibling
    # that only agrees (``nome``) is read the same way
    strong_parents: set[tuple[str, str]] = set()
    for path, name in names.items():
        for det in _DETECTOR_INSTANCES:
            if det.strong_siblings and _hint(det, name) == 2:
                strong_parents.add((det.id, path.rpartition(".")[0]))

    # first pass: everything but hint-needing detectors without a hint
    decided: dict[str, _Candidate] = {}
    pending: list[tuple[str, Detector]] = []
    conditional: list[tuple[str, Detector, _Candidate]] = []
    for path, col in flat.columns.items():
        name = names[path]
        best: _Candidate | None = None
        parent = path.rpartition(".")[0]
        for det in _DETECTOR_INSTANCES:
            hint = _hint(det, name)
            if hint == 1 and (det.id, parent) in strong_parents:
                hint = 2
            if 0 <= hint <= 1 and det.conditional_hints and _matches(name, det.conditional_hints):
                # ``first``/``last``: strong only if the values agree (decided after this pass)
                cond = _decide(det, name, col, 2, False)
                if cond is not None and cond.prevalence >= 0.9:
                    conditional.append((path, det, cond))
            if det.needs_hint and hint <= 0:
                if hint == 0:
                    pending.append((path, det))
                continue
            cand = _decide(det, name, col, hint, False)
            if cand is not None and (
                best is None
                or (cand.confidence, -_PRIORITY[cand.category]) > (best.confidence, -_PRIORITY[best.category])
            ):
                best = cand
        if best is not None:
            decided[path] = best
    if conditional:
        _resolve_conditional(conditional, decided)

    people = any(c.category in (Category.PERSON_NAME, Category.NATIONAL_ID) for c in decided.values()) or any(
        _matches(n, _PEOPLE_HINTS) for n in names.values()
    )
    if people:
        for path, det in pending:
            if path in decided:
                continue
            cand = _decide(det, names[path], flat.columns[path], 0, True)
            if cand is not None:
                decided[path] = cand

    # dataset detectors: split coordinates
    numeric_cols: dict[str, list[Any]] = {}
    for path, col in flat.columns.items():
        vals: list[Any] = []
        for kind in ("float", "int", "str"):
            for v, c in col.hashable.get(kind, {}).items():
                vals.extend([v] * min(c, 50))
        if vals:
            numeric_cols[path] = vals
    pair_reports: dict[str, FieldReport] = {}
    for ddet in _DATASET_INSTANCES:
        try:
            dhits = ddet.detect_dataset(numeric_cols, {p: c.category for p, c in decided.items()})
        except (ValueError, TypeError, ArithmeticError):
            continue
        for dh in dhits:
            for j, p in enumerate(dh.paths):
                if p in decided and decided[p].confidence >= dh.confidence:
                    continue
                col = flat.columns[p]
                detail = dict(dh.detail)
                detail["role"] = "latitude" if j == 0 else "longitude" if len(dh.paths) == 2 else str(j)
                detail["pair"] = ",".join(dh.paths)
                pair_reports[p] = FieldReport(
                    path=p,
                    category=dh.category,
                    confidence=round(min(0.99, dh.confidence), 3),
                    prevalence=1.0,
                    values=col.n,
                    examples=_examples(col.examples, max_examples),
                    detectors=[ddet.id],
                    detail=detail,
                )
                decided.pop(p, None)

    reports: dict[str, FieldReport] = dict(pair_reports)
    for path, cand in decided.items():
        reports[path] = FieldReport(
            path=path,
            category=cand.category,
            confidence=cand.confidence,
            prevalence=cand.prevalence,
            values=flat.columns[path].n,
            examples=_examples(cand.examples, max_examples),
            detectors=[cand.detector],
            detail=cand.detail,
        )
    # a child path repeats what its parent (a GeoJSON object, an address object) already says
    for path in list(reports):
        parent = path
        while "." in parent:
            parent = parent.rpartition(".")[0]
            if parent in reports and reports[parent].category == reports[path].category:
                del reports[path]
                break
    fields = sorted(reports.values(), key=lambda f: f.path)

    # timestamps
    by_cat: dict[Category, list[FieldReport]] = {}
    for f in fields:
        by_cat.setdefault(f.category, []).append(f)
    birth = {f.path for f in by_cat.get(Category.BIRTH_DATE, [])}
    ts_scores: list[tuple[float, str]] = []
    for path, hits_count in flat.time_hits.items():
        if path in birth:
            continue
        tcol = flat.columns.get(path)
        present = tcol.n if tcol is not None else hits_count
        if hits_count < max(1, 0.8 * present):
            continue
        name = names.get(path) or _name(path)
        is_named = _matches(name, _TIME_HINTS) or _matches(name, _TIME_BEST)
        has_types = tcol is not None and ("datetime" in tcol.hashable or "str" in tcol.hashable)
        if not is_named and not has_types and path.rpartition(".")[2] != "_id" and hits_count < 0.9 * present:
            continue
        ts_scores.append((_time_rank(path, hits_count, n_records), path))
    timestamp_paths = [p for _, p in sorted(ts_scores, key=lambda x: (-x[0], x[1]))]

    # the person key
    person_key: str | None = None
    for cat in _PERSON_KEY_ORDER:
        cands = sorted(by_cat.get(cat, []), key=lambda f: (-f.confidence * f.prevalence, f.path))
        if cands:
            person_key = cands[0].path
            break
    if person_key is None:
        for path, name in sorted(names.items()):
            if path in reports or flat.columns[path].n < 0.5 * max(1, n_records):
                continue
            if set(name.tokens) & _PERSON_REF or name.joined in _PERSON_REF:
                person_key = path
                break
    if person_key is None and by_cat.get(Category.PERSON_NAME):
        person_key = max(by_cat[Category.PERSON_NAME], key=lambda f: f.confidence).path

    # movement trail: coordinates + time + a person
    trail: dict[str, str] = {}
    coords = by_cat.get(Category.COORDINATES, [])
    real_times = [p for p in timestamp_paths if p.rpartition(".")[2] != "_id"]
    if coords and real_times and person_key is not None:
        pair = next((f.detail.get("pair") for f in coords if f.detail.get("pair")), None)
        trail = {"coordinates": pair or coords[0].path, "time": real_times[0], "person": person_key}
    return ClassifiedDataset(
        fields=fields,
        movement_trail=bool(trail),
        trail_detail=trail,
        person_key=person_key,
        timestamp_paths=timestamp_paths,
    )
