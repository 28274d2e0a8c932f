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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ajar.detectors import DATASET_DETECTORS, DETECTORS
from ajar.detectors.base import DatasetDetector, Detector, Hit, NameHint
from ajar.mask import mask
from ajar.models import Category, Composition, FieldReport, Inference, Record
from ajar.pipeline.flatten import Column, Flattener, flatten
from ajar.pipeline.names import FieldName, field_name, matches
from ajar.pipeline.places import reveal
from ajar.pipeline.trail import count_times, movement_trail, person_key, timestamp_paths

__all__ = ["ClassifiedDataset", "classify_records"]

_MAX_COMPOSITE = 32  # composite values a detector looks at per field at most
_PROBE = 16  # values a detector may look at without a hit before it gives up on a field
_ID_TOKENS = frozenset({"id", "ids", "uuid", "guid"})  # a name ending so holds identifiers (``token_id``)

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
    #: categories the dataset reveals across fields (visits to sensitive places), and its composition
    inferred: list[Inference] = field(default_factory=list)
    composition: Composition | None = None


_HINT_RESULT: dict[tuple[str, str], NameHint] = {}


def _hint(det: Detector, name: FieldName) -> NameHint:
    """What the field's name says about the detector's category (see :class:`NameHint`)."""
    key = (det.id, name.raw)
    got = _HINT_RESULT.get(key)
    if got is not None:
        return got
    result = NameHint.NEUTRAL
    if det.negative_hints and matches(name, det.negative_hints):
        result = NameHint.AGAINST
    elif det.strong_hints and matches(name, det.strong_hints):
        result = NameHint.STRONG
    elif det.name_hints and matches(name, det.name_hints):
        result = NameHint.AGREES
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


def _run(det: Detector, col: Column, hint: int) -> tuple[list[tuple[Hit, float, Any]], int]:
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


def _decide(det: Detector, name: FieldName, col: Column, hint: int, people_context: bool) -> _Candidate | None:
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
        if hint == 0 and people_context and prevalence >= 0.8:
            accepted = det.spread_ok([h for h, _, _ in hits])
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


def classify_records(records: Sequence[Record], *, max_examples: int = 3) -> ClassifiedDataset:
    """Classify a sample: one :class:`FieldReport` per field path that holds a category.

    Flatten, score each field, run the dataset detectors, shape the result, then what its places
    reveal. Never raises on values; reports carry masked examples only (``mask``).
    """
    flat = flatten(records)
    count_times(flat)
    names = {path: field_name(path) for path in flat.columns}
    decided = _score_fields(flat, names)
    pairs = _dataset_fields(flat, decided, max_examples)
    shaped = _shape(flat, len(records), decided, pairs, max_examples)
    shaped.inferred, shaped.composition = reveal(records, flat, shaped.fields, shaped.person_key)
    return shaped


def _score_fields(flat: Flattener, names: Mapping[str, FieldName]) -> dict[str, _Candidate]:
    """The best category of each field, from its values, its name and its siblings' names."""
    # parents with a child whose name says a detector's category outright (``cognome``): a sibling
    # that only agrees (``nome``) is read the same way
    strong_parents: set[tuple[str, str]] = set()
    for path, name in names.items():
        for det in _DETECTOR_INSTANCES:
            if det.strong_siblings and _hint(det, name) is NameHint.STRONG:
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
            if hint is NameHint.AGREES and (det.id, parent) in strong_parents:
                hint = NameHint.STRONG
            conditional_name = bool(det.conditional_hints) and matches(name, det.conditional_hints)
            if hint in (NameHint.NEUTRAL, NameHint.AGREES) and conditional_name:
                # ``first``/``last``: strong only if the values agree (decided after this pass)
                cond = _decide(det, name, col, NameHint.STRONG, False)
                if cond is not None and cond.prevalence >= 0.9:
                    conditional.append((path, det, cond))
            if det.needs_hint and hint <= NameHint.NEUTRAL:
                if hint is NameHint.NEUTRAL:
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
        matches(n, _PEOPLE_HINTS) for n in names.values()
    )
    if people:
        for path, det in pending:
            if path in decided:
                continue
            cand = _decide(det, names[path], flat.columns[path], NameHint.NEUTRAL, True)
            if cand is not None:
                decided[path] = cand
    return decided


def _dataset_fields(flat: Flattener, decided: dict[str, _Candidate], max_examples: int) -> dict[str, FieldReport]:
    """Fields found by the dataset detectors (latitude + longitude); each takes its paths out of
    ``decided`` unless a field's own category was surer."""
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
    return pair_reports


def _shape(
    flat: Flattener,
    n_records: int,
    decided: Mapping[str, _Candidate],
    pairs: Mapping[str, FieldReport],
    max_examples: int,
) -> ClassifiedDataset:
    """Reports per field (a child that repeats its parent's category dropped), then the times,
    the person key and the movement trail."""
    reports: dict[str, FieldReport] = dict(pairs)
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
    by_cat: dict[Category, list[FieldReport]] = {}
    for f in fields:
        by_cat.setdefault(f.category, []).append(f)
    times = timestamp_paths(flat, n_records, {f.path for f in by_cat.get(Category.BIRTH_DATE, [])})
    person = person_key(by_cat, flat, n_records, set(reports))
    trail = movement_trail(by_cat, times, person)
    return ClassifiedDataset(
        fields=fields,
        movement_trail=bool(trail),
        trail_detail=trail,
        person_key=person,
        timestamp_paths=times,
    )
