"""Stage 7, classify: which category of personal data each field path of a sample holds.

Input: sampled :class:`~ajar.models.Record` objects (raw values, in memory only). Output: a
:class:`ClassifiedDataset` with one :class:`~ajar.models.FieldReport` per field path that
holds a category, whether the dataset is a movement trail, the path that best identifies a
person, and the paths that hold times.

``classify_records`` reads as its four phases:

1. **Flatten** each record to dotted paths (:mod:`ajar.pipeline.flatten`): one column per path,
   placeholders as empty, store types (ObjectId, Decimal128, Extended JSON wrappers) unwrapped.
2. **Score each field**: every detector (its validators: check digits, phonenumbers, Luhn, IBAN,
   regexes, vocabularies) reads the column's distinct values; :mod:`ajar.pipeline.features` turns
   their hits, the value shapes, the field's name and its neighbours into numbers; the field model
   (:mod:`ajar.pipeline.model`, trained by ``bench/train/run.py``) gives each category a
   probability. The most probable class wins, "no personal data" included; there is no
   hand-set threshold. The confidence reported is that probability. A column of booleans
   (``hasDiabetes: true``) can only hold a special category or none: a flag is no phone or ID.
3. **Dataset detectors** (latitude + longitude fields) add their paths; they are told the
   categories already decided (an address elsewhere is location evidence for an unnamed pair).
4. **Shape**: a child path is dropped when its parent holds the same category (``loc`` GeoJSON vs
   ``loc.coordinates``); times, the person key and the movement trail (:mod:`ajar.pipeline.trail`).

Examples in reports are ``mask(value)`` only. Nothing here prints, logs or raises on values.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ajar import defaults
from ajar.detectors import DATASET_DETECTORS, DETECTORS
from ajar.detectors.base import DatasetDetector, Detector
from ajar.mask import mask
from ajar.models import Category, Composition, FieldReport, Inference, Record
from ajar.names import theirs
from ajar.pipeline.features import (
    Evidence,
    clinical_strength,
    column_features,
    detector_evidence,
    detector_positions,
    individuals_context,
    latlon_shape,
    name_view,
    name_views,
    people_context,
    shapes,
)
from ajar.pipeline.flatten import Flattener, flatten
from ajar.pipeline.model import load_model
from ajar.pipeline.names import field_name, parent_path
from ajar.pipeline.places import reveal
from ajar.pipeline.trail import count_times, movement_trail, person_key, timestamp_paths

__all__ = ["ClassifiedDataset", "classify_records", "field_vectors"]

_DETECTOR_INSTANCES: tuple[Detector, ...] = tuple(d() for d in DETECTORS)
_DATASET_INSTANCES: tuple[DatasetDetector, ...] = tuple(d() for d in DATASET_DETECTORS)
_BY_CATEGORY: dict[Category, Detector] = {d.category: d for d in _DETECTOR_INSTANCES}
# the detectors' hint lists indexed for the field names' views now, when classification is imported: before the
# reader children are forked (``run._warm``), so they share it
name_views(_DETECTOR_INSTANCES)
#: the classes a column of booleans can hold: a flag says a person's health, religion or ethnicity, or nothing
_FLAG_CLASSES: frozenset[Category | None] = frozenset({None, Category.HEALTH, Category.RELIGION, Category.ETHNICITY})


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
    #: what the dataset's notes should say about its classification (fields left out)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Candidate:
    category: Category
    confidence: float
    prevalence: float
    detector: str
    detail: dict[str, str]
    examples: list[Any]


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


def classify_records(
    records: Sequence[Record], *, max_examples: int = 3, seconds: float | None = None
) -> ClassifiedDataset:
    """Classify a sample: one :class:`FieldReport` per field path that holds a category.

    Flatten, score each field, run the dataset detectors, shape the result, then what its places
    reveal. Never raises on values; reports carry masked examples only (``mask``).

    Bounded: the first :data:`~ajar.defaults.MAX_FIELDS` field paths are classified, and with
    ``seconds`` (of the calling thread's CPU time: see :class:`_Clock`), scoring stops once that time
    is up (the fields scored by then are classified, and the dataset detectors, shape and places run on
    those); a note counts the fields left out.
    """
    clock = _Clock(time.thread_time(), seconds)
    flat = flatten(records)
    total = len(flat.columns)
    if total > defaults.MAX_FIELDS:
        _keep(flat, defaults.MAX_FIELDS)
    count_times(flat)
    decided = _score_fields(flat, len(records), clock)
    pairs = _dataset_fields(flat, decided, max_examples)
    shaped = _shape(flat, len(records), decided, pairs, max_examples)
    shaped.inferred, shaped.composition = reveal(records, flat, shaped.fields, shaped.person_key)
    if flat.records_cut:
        shaped.notes.append(f"{flat.records_cut:,} record(s) held more field paths than are classified (2,000 a "
                            "sample, each record its share): their other fields were left out")
    if total > defaults.MAX_FIELDS:
        shaped.notes.append(f"{total - defaults.MAX_FIELDS:,} of the sample's {total:,} field paths were not "
                            f"classified: a dataset's first {defaults.MAX_FIELDS:,} are")
    if clock.stopped is not None:
        tried = min(total, defaults.MAX_FIELDS)
        shaped.notes.append(f"classification reached its time bound of {seconds:g} s of CPU: "
                            f"{tried - clock.stopped:,} of {tried:,} field paths were left out (the first "
                            f"{clock.stopped:,} were classified)")
    return shaped


@dataclass
class _Clock:
    """A classification's time bound (``seconds`` from ``start``; None: none), shared out between the steps
    that cost time per field, and how many fields were kept when one of them ran out of its share.

    The time is the classifying thread's CPU time (``time.thread_time``), not the wall clock: the work it
    bounds is all computation, so the bound still stops it, and a machine busy with other processes (a
    shared CI runner, a scan beside a backup) waits longer for the same result instead of reporting fewer
    fields than an idle one would."""

    start: float
    seconds: float | None
    stopped: int | None = None

    def over(self, done: int, share: float) -> bool:
        """Whether the step's ``share`` of the time is past (then only its first ``done`` fields are kept)."""
        if self.seconds is None or time.thread_time() - self.start < share * self.seconds:
            return False
        self.stopped = done if self.stopped is None else min(self.stopped, done)
        return True


#: the share of a classification's time bound by which each step that costs time per field must be done (the
#: detectors' evidence is most of it; the features read every neighbour; the model scores each vector)
_EVIDENCE, _FEATURES, _SCORES = 0.4, 0.75, 1.0


def _keep(flat: Flattener, n: int) -> None:
    """Only the first ``n`` columns of ``flat`` are classified (and seen by the steps after scoring)."""
    flat.columns = dict(itertools.islice(flat.columns.items(), n))


def field_vectors(
    flat: Flattener, n_records: int, index: Mapping[str, int], clock: _Clock | None = None
) -> tuple[dict[str, dict[int, float]], dict[str, dict[str, Evidence]]]:
    """Each column's feature vector and its detectors' evidence (the training command calls this
    too, so the model learns from exactly what it is later fed). Past ``clock``'s deadline, the
    columns not reached are left out of ``flat`` (their evidence first, the bulk of the time)."""
    evidence: dict[str, dict[str, Evidence]] = {}
    for i, (path, col) in enumerate(flat.columns.items()):
        if clock is not None and i % 8 == 0 and clock.over(i, _EVIDENCE):
            _keep(flat, i)
            break
        evidence[path] = {det.id: detector_evidence(det, col) for det in _DETECTOR_INSTANCES}
    names = {path: field_name(path) for path in flat.columns}
    people = people_context(names)
    individuals = individuals_context(names)
    groups: dict[str, list[str]] = {}
    for path in flat.columns:
        groups.setdefault(parent_path(path), []).append(path)
    # what each name says to the detectors (hints, context words, grams), made once per name for the process
    views = {path: name_view(_DETECTOR_INSTANCES, names[path]) for path in flat.columns}
    strong_names = {path: view.strong for path, view in views.items()}
    named = {path: view.named for path, view in views.items()}
    positions = detector_positions(_DETECTOR_INSTANCES, index)
    shape = {path: shapes(col, n_records, names[path]) for path, col in flat.columns.items()}
    latlon = {path: latlon_shape(sh) for path, sh in shape.items()}
    clin = {path: clinical_strength(sh) for path, sh in shape.items()}
    # per group (fields under one parent) and detector: the two largest shares and whose the largest is, and
    # how many fields' names agree; a field's siblings are the group without it (one pass per group, not
    # one per field over all its siblings)
    tops: dict[str, dict[str, tuple[float, str | None, float]]] = {}
    agreeing: dict[str, dict[str, int]] = {}
    for parent, paths in groups.items():
        top: dict[str, tuple[float, str | None, float]] = {}
        for p in paths:
            for d, ev in evidence[p].items():
                v = ev.prevalence
                first, who, second = top.get(d, (0.0, None, 0.0))
                if v > first:
                    top[d] = (v, p, first)
                elif v > second:
                    top[d] = (first, who, v)
        tops[parent] = top
        counts: dict[str, int] = {}
        for p in paths:
            for d in named[p]:
                counts[d] = counts.get(d, 0) + 1
        agreeing[parent] = counts
    vectors: dict[str, dict[int, float]] = {}
    for i, (path, col) in enumerate(flat.columns.items()):
        if clock is not None and i % 8 == 0 and clock.over(i, _FEATURES):
            break  # the columns after are still the fields' neighbours, but are not classified
        parent = parent_path(path)
        siblings = [p for p in groups[parent] if p != path]
        # the largest share among the siblings, where one is above 0
        sib_ev: dict[str, float] = {}
        for d, (first, who, second) in tops[parent].items():
            best = second if who == path else first
            if best > 0.0:
                sib_ev[d] = best
        # the share of siblings whose name agrees, added up one sibling at a time (as a sum over them would)
        sib_named: dict[str, float] = {}
        for d, k in agreeing[parent].items():
            k -= d in named[path]
            if k > 0:
                share = 0.0
                for _ in range(k):
                    share += 1.0 / len(siblings)
                sib_named[d] = share
        vectors[path] = column_features(
            path,
            names[path],
            col,
            shape[path],
            evidence[path],
            _DETECTOR_INSTANCES,
            [(p, names[p]) for p in siblings],
            sib_ev,
            frozenset().union(*(strong_names[p] for p in siblings)),
            max((latlon[p] for p in siblings), default=0.0),
            people,
            index,
            sib_named,
            max((clin[p] for p in siblings), default=0.0),
            views[path],
            positions,
            individuals,
        )
    return vectors, evidence


def _score_fields(flat: Flattener, n_records: int, clock: _Clock) -> dict[str, _Candidate]:
    """The most probable class of each field under the field model; fields of no category are left out.
    Past ``clock``'s deadline, the fields not scored are left out of ``flat`` too."""
    model = load_model()
    vectors, evidence = field_vectors(flat, n_records, model.index, clock)
    decided: dict[str, _Candidate] = {}
    for i, (path, x) in enumerate(vectors.items()):
        if i % 8 == 0 and clock.over(i, _SCORES):
            break
        probs = model.probabilities(x)
        col = flat.columns[path]
        if col.flags == col.n:  # a column of flags (``hasDiabetes: true``) holds no phone, ID or name
            best = max((i for i, c in enumerate(model.classes) if c in _FLAG_CLASSES), key=probs.__getitem__)
        else:
            best = max(range(len(probs)), key=probs.__getitem__)
        category = model.classes[best]
        if category is None:
            continue
        det = _BY_CATEGORY[category]
        ev = evidence[path][det.id]
        strong = sorted(ev.hits, key=lambda h: -h[0].strength)
        values = [v for _, _, v in strong[:8]] or flat.columns[path].examples
        decided[path] = _Candidate(
            category,
            round(min(0.99, probs[best]), 3),
            round(ev.prevalence, 3),
            det.id,
            det.field_detail([h for h, _, _ in strong], field_name(path).tokens),
            list(values),
        )
    if clock.stopped is not None:
        _keep(flat, clock.stopped)
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
                own = decided.get(p)
                if own is not None and own.category is not dh.category and own.confidence >= dh.confidence:
                    continue  # the field's own, surer category stands
                # the same category from the field itself and from the pair: one report, with the pair's roles
                col = flat.columns[p]
                detail = dict(dh.detail)
                detail["role"] = "latitude" if j == 0 else "longitude" if len(dh.paths) == 2 else str(j)
                detail["pair"] = ",".join(map(theirs, dh.paths))  # shown as it is (a trail's note)
                pair_reports[p] = FieldReport(
                    path=p,
                    category=dh.category,
                    confidence=round(min(0.99, max(dh.confidence, own.confidence if own is not None else 0.0)), 3),
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
