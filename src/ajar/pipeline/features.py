"""What the field model sees of one column: validator evidence, value shapes, the name, the neighbours.

Every feature is a number in a sparse vector (``dict[int, float]``), the same at run time and
when the model is trained (``bench/train/run.py`` calls :func:`column_features`), so the model
and the code that feeds it cannot drift apart. Features:

* **per detector** (its validators: check digits, phonenumbers, Luhn, IBAN, regexes,
  vocabularies): the share of values it hits (``prev``), the mean hit strength over all values
  (``support``) and over hits (``mean``), the strongest hit, what the field's name says about its
  category (:class:`~ajar.detectors.base.NameHint` one-hot, a ``conditional_hints`` word, a
  sibling whose name says it outright), whether the hits spread as the category does
  (``spread_ok``), hits that are identifiers under a name ending in ``id`` (``id_kinds``), and
  the share crossed with the name's verdict;
* **value shapes**: kinds (text, integer, float, array, object, date, boolean), lengths, digits, letters,
  spaces, capitals, non-ASCII, distinct share, numbers in latitude/longitude ranges, epoch times (10 or
  13 digits that read as seconds or milliseconds since 2000: a 13-digit time passes some ID shapes),
  how many records hold the field at all (emptiness);
* **the name**: hashed tokens and character 2-4-grams of the last path segment (digits dropped,
  so ``contact_phone2`` is read as ``contact_phone``), the parent's tokens; what the nearest ancestor that is not
  structure says of each detector's category (:func:`named_ancestor`), as the name itself under a leaf that says
  what it holds only with its parent (``birthdate.day``, ``labs.value``: :func:`generic_leaf`), apart otherwise;
* **the neighbours**: hashed tokens of sibling fields' names, the strongest sibling share per
  detector, and whether the dataset is about people (a name or an ID field nearby) or its records are each one
  person's, named or not (``age``, ``sex``, ``patient_id``: :func:`individuals_context`); either crossed, per
  detector, with what the field's own name says of its category and with its share of hits (``diagnosis`` beside
  ``age`` and ``sex`` is one patient's; in a catalogue of diseases it is nobody's).

Values never leave this module: only numbers do.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ajar.detectors.base import EPOCH_2000, Detector, Hit, NameHint, finite_float, now_timestamp
from ajar.pipeline import clinical
from ajar.pipeline.flatten import Column
from ajar.pipeline.names import FieldName, HintIndex, field_name, matches, parent_path, path_segments
from ajar.values import KEY, VALUE

__all__ = [
    "HASH_BUCKETS",
    "Evidence",
    "column_features",
    "clinical_shape",
    "clinical_strength",
    "latlon_shape",
    "shapes",
    "dense_names",
    "detector_evidence",
    "generic_leaf",
    "hint_of",
    "named_ancestor",
    "individuals_context",
    "people_context",
]

HASH_BUCKETS = 1 << 13
_MAX_COMPOSITE = 16  # composite values a detector looks at per field at most
_BUDGET = 40  # distinct scalar values of one kind a detector looks at per field at most
_PROBE = 16  # distinct values a detector looks at without any hit before it stops reading a field
_PROFILE_MAX = 1024  # a column's text values are profiled for the detectors' gates when none is longer
#: the profile of a column whose text was not profiled
_UNPROFILED: tuple[frozenset[str], bool, int] = (frozenset(), True, -1)
_ID_TOKENS = frozenset({"id", "ids", "uuid", "guid"})  # a name ending so holds identifiers (``token_id``)
_DIGITS = re.compile(r"\d+")
# a leaf so named says what it holds only with what it is under (``birthdate.day``, ``labs.value``,
# ``document.number``, ``blood_pressure.value``): the nearest ancestor that is not structure names it
_GENERIC_LEAVES = frozenset({
    "value", "values", "val", "code", "codes", "display", "text", "div", "number", "num", "no", "nr", "series",
    "day", "month", "year", "raw", "string", "str", "content", "label",
})  # fmt: skip
# segments of structure between a thing and its generic leaf (FHIR's ``coding`` and ``valueQuantity``, a form
# export's ``fields``, a document's ``data``): skipped on the way up
_STRUCTURE = frozenset({
    "coding", "value", "quantity", "codeable", "concept", "extension", "extensions", "details", "detail", "fields",
    "field", "data", "resource", "item", "items", "component", "components", "attributes", "attrs", "props",
    "properties", "info", "entry", "entries", "record", "records", "body", "payload", "source", "meta", "object",
    "obj", "doc",
})  # fmt: skip
_ANCESTORS = 4  # how many levels up a nested field's named ancestor is looked for
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
_CODE_HEADS = frozenset("ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuv")  # ATC and ICD-9 V/E codes start so
_LEADING_NUMBER = re.compile(r"\s*([-+]?\d{1,7}(?:[.,]\d{1,4})?)(?:\s?[^\d\s].{0,24})?")  # ``5.4 mmol/L``
_SEP_DIGITS = re.compile(r"[+(]?\d[\d .\-/()]{4,}\d")  # digits with separators: ids, phones, dates
_EPOCH_DIGITS = (10, 13)  # epoch seconds and milliseconds of this century, written as whole numbers
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

# a field so named says a dataset's records are each about one person even without a name (a de-identified patient
# table: ``age``, ``sex``, ``patient_id``); matched as hints are (:func:`~ajar.pipeline.names.matches`: a hint of 5+
# letters also starts or ends a longer word, so no ``idade`` (``cidade``), ``alter`` (``alternative``), ``genre``
# (a book's), ``стать`` (``статья``) or ``eta`` (an arrival's))
_INDIVIDUAL_HINTS = (
    "age", "sex", "gender", "dob", "birth", "birthdate", "birthday", "patient", "patient_id", "paciente", "pasien",
    "edad", "sexo", "genero", "género", "gênero", "umur", "usia", "jenis_kelamin", "kelamin", "geschlecht", "sexe",
    "sesso", "leeftijd", "geslacht", "wiek", "płeć", "plec", "tuoi", "tuổi", "gioi_tinh", "giới_tính",
    "cinsiyet", "yas", "возраст", "жынысы", "年龄", "性别", "年齢", "性別", "나이", "성별",
    "جنسیت", "उम्र", "लिंग",
)  # fmt: skip
# the same, said in a word that starts many others (``пол``: ``поле``, ``пользователь``; ``عمر``: ``عمران``; ``yaş``:
# ``yaşam``; ``आयु``: ``आयुर्वेद``) or ends them (``idade``): only a whole word, an Arabic one also after its article
_INDIVIDUAL_WORDS = frozenset({
    "пол", "вік", "жас", "سن", "جنس", "عمر", "yaş", "âge", "età", "idade", "आयु",
})  # fmt: skip
# a word beside the hint that makes the field a figure over many people (an average, a ratio, a count, a limit:
# ``avg_age``, ``sex_ratio``, ``patients``, ``birth_rate``, ``平均年龄``) or the age of a thing (``max_age`` of a
# cache, ``vehicle_age``, ``umur_simpan``): no record of one person's. An age group or range is kept: a de-identified
# table gives each person's so (``age_range`` beside a delivery's complications), a table of counts has its counts
_NOT_INDIVIDUAL = frozenset({
    "avg", "mean", "median", "average", "min", "max", "minimum", "maximum", "distribution", "ratio", "gap", "rate",
    "rating", "limit", "restriction", "count", "total", "pct", "percent", "share", "rasio", "patients", "births",
    "genders", "inpatient", "inpatients", "outpatient", "outpatients",
    "cache", "page", "message", "file", "data", "vehicle", "car", "battery", "building", "tree", "wine", "product",
    "animal", "pet", "produto", "producto", "автомобиля", "будівлі", "البطارية", "المبنى", "الحيوان", "الشجرة", "औसत",
    "media", "medio", "promedio", "moyen", "moyenne", "rata", "ortalama", "simpan",
    "baterai", "kendaraan", "bangunan", "gedung", "thọ", "trung_bình",
    "средний", "средняя", "среднее", "ограничение", "متوسط",
})  # fmt: skip
# the same inside a word of a script that runs its words together
_NOT_INDIVIDUAL_RUN_ON = ("平均", "分布", "比", "制限", "限制", "평균")
# a field whose last word counts people (``population``, ``diabetes_cases``, ``deaths``) or a statistics office's value
# column: its rows are groups of people (a sex, an age group, a year), not one person each
_COUNTS_LAST = frozenset({
    "population", "cases", "deaths", "births", "patients", "headcount", "poblacion", "población", "casos",
    "defunciones", "nacimientos", "einwohner", "bevölkerung", "население", "численность", "人口", "病例数",
})  # fmt: skip
_COUNTS_WHOLE = frozenset({"obsvalue", "count"})  # (not ``frequency``: a medication's, one patient's)

_PER_DETECTOR = (
    "prev",
    "support",
    "mean",
    "top",
    "against",
    "agrees",
    "strong",
    "conditional",
    "sibling_strong",
    "spread_ok",
    "id_named",
    "prev_against",
    "prev_neutral",
    "prev_agrees",
    "prev_strong",
    "sibling_prev",
    "sibling_named",
    "context",
    "named_x_numeric",
    "named_x_integral",
    "named_x_letters",
    "named_x_distinct",
    "named_x_upper",
    "named_x_flag",
    "anc_named",
    "anc_strong",
    "anc_context",
    "up_named",
    "up_context",
    "named_x_people",
    "prev_x_people",
)
_SHAPES = (
    "bias",
    "present",
    "kind_str",
    "kind_int",
    "kind_float",
    "kind_list",
    "kind_dict",
    "kind_datetime",
    "kind_bytes",
    "kind_bool",
    "len_log",
    "len_sd",
    "digits_only",
    "has_digit",
    "has_letter",
    "has_space",
    "upper_only",
    "non_ascii",
    "distinct",
    "distinct_log",
    "lat_range",
    "lon_range",
    "decimals4",
    "numeric",
    "integral",
    "sep_digits",
    "degree",
    "few_values",
    "people",
    "individuals",
    "name_empty",
    "sibling_latlon",
    "name_numbered",
    "epoch",
    "clin_measure",
    "clin_sign",
    "clin_code",
    "flag_vocab",
    "generic_leaf",
    "analyte_in",
    "analyte_out",
    "sibling_clin",
    "sibling_clin_x_flag",
    "sibling_clin_x_numeric",
)


@dataclass(slots=True)
class Evidence:
    """One detector's verdicts on one column's values (hits with the weight each stands for)."""

    hits: list[tuple[Hit, float, Any]] = field(default_factory=list)
    prevalence: float = 0.0
    support: float = 0.0
    mean: float = 0.0
    top: float = 0.0


def dense_names(detectors: Sequence[Detector]) -> tuple[str, ...]:
    """The names of the dense features for a set of detectors, in order (the model file records
    them); hashed features follow at ``len(dense_names(...))``."""
    return _SHAPES + tuple(f"{d.id}.{f}" for d in detectors for f in _PER_DETECTOR)


# positions of the per-detector features in _PER_DETECTOR (column_features reads them by these)
(
    _PREV, _SUPPORT, _MEAN, _TOP, _AGAINST, _AGREES, _STRONG, _CONDITIONAL, _SIBLING_STRONG, _SPREAD_OK, _ID_NAMED,
    _PREV_AGAINST, _PREV_NEUTRAL, _PREV_AGREES, _PREV_STRONG, _SIBLING_PREV, _SIBLING_NAMED, _CONTEXT,
    _NAMED_X_NUMERIC, _NAMED_X_INTEGRAL, _NAMED_X_LETTERS, _NAMED_X_DISTINCT, _NAMED_X_UPPER, _NAMED_X_FLAG,
    _ANC_NAMED, _ANC_STRONG, _ANC_CONTEXT, _UP_NAMED, _UP_CONTEXT, _NAMED_X_PEOPLE,
    _PREV_X_PEOPLE,
) = range(len(_PER_DETECTOR))  # fmt: skip


#: the last positions looked up: (detectors, index, its length, positions); an index is made once and never
#: changed (the model's, or the training command's), so the same objects of the same length give the same
_POSITIONS: list[tuple[Sequence[Detector], Mapping[str, int], int, tuple[tuple[int | None, ...], ...]]] = []


def detector_positions(detectors: Sequence[Detector], index: Mapping[str, int]) -> tuple[tuple[int | None, ...], ...]:
    """Per detector, the position in ``index`` of each of its features (in ``_PER_DETECTOR``'s order; None when
    the index has no such feature): what :func:`column_features` writes to, looked up once for a tuple of
    detectors and an index (once per dataset for others)."""
    for dets, idx, size, got in _POSITIONS:
        if dets is detectors and idx is index and size == len(index):
            return got
    got = tuple(tuple(index.get(f"{d.id}.{f}") for f in _PER_DETECTOR) for d in detectors)
    if isinstance(detectors, tuple):
        _POSITIONS[:] = [(detectors, index, len(index), got)]
    return got


def _safe_detect(det: Detector, value: Any) -> Hit | None:
    """A detector's verdict; a detector bug counts as no hit for that value, never as a crash."""
    try:
        return det.detect(value)
    except Exception:  # noqa: BLE001 - the pipeline boundary: one broken detector must not stop a scan
        return None


def text_profile(col: Column) -> tuple[frozenset[str], bool, int] | None:
    """The characters of the text values detectors read of ``col`` (the first ``_BUDGET`` of its spread),
    whether one is a digit (``str.isdigit``) and the longest value's length; None when a value is over
    ``_PROFILE_MAX`` characters (no gate then: the profile's cost stays bounded). Computed once per column."""
    got = col.text_profile
    if got is None:
        items = col.spread("str")[0][:_BUDGET]
        values = [v for v, _ in items if isinstance(v, str)]
        longest = max(map(len, values), default=0)
        if longest > _PROFILE_MAX or len(values) != len(items):
            got = _UNPROFILED
        else:
            chars = frozenset("".join(values))
            got = (chars, any(map(str.isdigit, chars)), longest)
        col.text_profile = got
    return None if got is _UNPROFILED else got


def _text_may_hit(det: Detector, col: Column) -> bool:
    """Whether some text value of ``col`` meets ``det``'s necessary conditions (``Detector.text_needs_digit``,
    ``text_needs_one_of``, ``text_min_length``): when none does, ``det.detect`` would find nothing in them."""
    if not (det.text_needs_digit or det.text_needs_one_of or det.text_min_length):
        return True
    profile = text_profile(col)
    if profile is None:
        return True
    chars, digit, longest = profile
    if longest < det.text_min_length or (det.text_needs_digit and not digit):
        return False
    return not det.text_needs_one_of or not det.text_needs_one_of.isdisjoint(chars)


def detector_evidence(det: Detector, col: Column) -> Evidence:
    """Run one detector over a column's distinct values: of each kind, at most ``_BUDGET`` of the
    column's even spread of distinct values (each standing for its share), and of composites
    (vectors, objects) an even spread of at most ``_MAX_COMPOSITE``. A detector that finds nothing
    in its first ``_PROBE`` distinct values stops reading the field. Shares are of the values read."""
    ev = Evidence()
    if det.accepts.isdisjoint(col.hashable) and det.accepts.isdisjoint(col.unhashable):
        return ev
    hits = ev.hits
    looked = 0
    read = 0.0  # weight of the values read
    detect = det.detect
    for kind in col.hashable:
        if kind not in det.accepts:
            continue
        items, weight = col.spread(kind)
        if kind == "str" and not _text_may_hit(det, col):
            # no text value meets the detector's necessary conditions: each is read as the miss it would be
            for _value, count in items[:_BUDGET]:
                looked += 1
                read += count * weight
                if not hits and looked >= _PROBE:
                    return ev
            continue
        for value, count in items[:_BUDGET]:
            try:  # as _safe_detect, inlined: this loop runs for every detector on every distinct value
                hit = detect(value)
            except Exception:  # noqa: BLE001 - the pipeline boundary: one broken detector must not stop a scan
                hit = None
            looked += 1
            read += count * weight
            if hit is not None:
                hits.append((hit, count * weight, value))
            elif not hits and looked >= _PROBE:
                return ev
    for kind, bucket in col.unhashable.items():
        if kind not in det.accepts:
            continue
        step = max(1, -(-len(bucket) // _MAX_COMPOSITE))
        for value in bucket[::step]:
            hit = _safe_detect(det, value)
            looked += 1
            read += step
            if hit is not None:
                hits.append((hit, float(step), value))
            elif not hits and looked >= _PROBE:
                return ev
    if not hits or not read:
        return ev
    hit_weight = total = 0.0
    for found, weight, _value in hits:
        hit_weight += weight
        total += found.strength * weight
    ev.prevalence = min(1.0, hit_weight / read)
    ev.support = min(1.0, total / read)
    ev.mean = total / hit_weight if hit_weight else 0.0
    ev.top = max(h.strength for h, _, _ in hits)
    return ev


# keyed by the whole name: ``displayName`` and ``displayname`` share ``raw`` but not their tokens (its
# fields, not the FieldName: a tuple of strings hashes in C, a dataclass in Python)
_HINT_RESULT: dict[tuple[str, tuple[str, ...], str, str], NameHint] = {}


def hint_of(det: Detector, name: FieldName) -> NameHint:
    """What the field's name says about the detector's category (see :class:`NameHint`)."""
    key = (det.id, name.tokens, name.joined, name.raw)
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


def people_context(names: Mapping[str, FieldName]) -> bool:
    """Whether a dataset's field names say it is about people (a name, an ID card number)."""
    return any(matches(n, _PEOPLE_HINTS) for n in names.values())


def individuals_context(names: Mapping[str, FieldName]) -> bool:
    """Whether a dataset's field names say each record is about one person, named or not (``age``, ``sex``,
    ``patient_id``: a de-identified patient table; a catalogue of diseases has none; a table of counts over a sex
    and an age group is none either)."""
    if any(n.joined in _COUNTS_WHOLE or (n.tokens and n.tokens[-1] in _COUNTS_LAST) for n in names.values()):
        return False
    return any(_one_persons(n) for n in names.values())


def _one_persons(name: FieldName) -> bool:
    """Whether one field name says its record is one person's (:func:`individuals_context`)."""
    exact, runs, _underscored, _affixes = name.keys
    if not _NOT_INDIVIDUAL.isdisjoint(exact) or not _NOT_INDIVIDUAL.isdisjoint(runs):
        return False
    if not name.raw.isascii() and any(w in name.raw for w in _NOT_INDIVIDUAL_RUN_ON):
        return False
    if any(t in _INDIVIDUAL_WORDS or (t.startswith("ال") and t[2:] in _INDIVIDUAL_WORDS) for t in name.tokens):
        return True
    return matches(name, _INDIVIDUAL_HINTS)


class NameView:
    """What one field name says to a set of detectors, made once per name (:func:`name_view`): per detector, in
    order, :func:`hint_of` and whether a ``conditional_hints`` and a ``context_hints`` word match; the ids of the
    detectors whose category it says outright (``strong``), or agrees with or gives context to (``named``); the
    hashed buckets of its grams (:func:`column_features`), in order, and their weight."""

    __slots__ = ("hints", "conditional", "context", "strong", "named", "grams", "gram_weight")

    def __init__(self, detectors: Sequence[Detector], name: FieldName, index: HintIndex | None = None) -> None:
        if index is None:
            self.hints = tuple(hint_of(d, name) for d in detectors)
            self.conditional = tuple(
                bool(d.conditional_hints and matches(name, d.conditional_hints)) for d in detectors
            )
            self.context = tuple(bool(d.context_hints and matches(name, d.context_hints)) for d in detectors)
            self.strong, self.named = _said_ids(detectors, self.hints, self.context)
        else:  # ``index`` is :func:`hint_index` of ``detectors``: the same answers, the name looked up once
            self.hints, self.conditional, self.context, self.strong, self.named = _said(detectors, index, name)
        grams = _name_grams(name)
        self.grams = tuple(_bucket(g) for g in grams)
        self.gram_weight = 1.0 / math.sqrt(len(grams)) if grams else 0.0


#: :func:`hint_of` from a detector's three bits of :func:`hint_index`'s mask (negative, strong, name hints: the
#: first that matches decides, as in :func:`hint_of`)
_HINT_OF_BITS = tuple(
    NameHint.AGAINST if bits & 1 else NameHint.STRONG if bits & 2 else NameHint.AGREES if bits & 4 else NameHint.NEUTRAL
    for bits in range(8)
)


def _said_ids(
    detectors: Sequence[Detector], hints: tuple[NameHint, ...], context: tuple[bool, ...]
) -> tuple[frozenset[str], frozenset[str]]:
    """:attr:`NameView.strong` and :attr:`NameView.named` from the name's hints and context words."""
    strong = frozenset(d.id for d, h in zip(detectors, hints, strict=True) if d.strong_hints and h is NameHint.STRONG)
    named = frozenset(
        d.id for d, h, c in zip(detectors, hints, context, strict=True) if h in (NameHint.AGREES, NameHint.STRONG) or c
    )
    return strong, named


_Said = tuple[tuple[NameHint, ...], tuple[bool, ...], tuple[bool, ...], frozenset[str], frozenset[str]]
#: per :func:`hint_index` (held, so its id stays its own) and mask of a name: what the name says to the index's
#: detectors (hints, conditional and context words, strong and named ids); most names say what many others say
_SAID: dict[tuple[int, int], tuple[HintIndex, _Said]] = {}


def _said(detectors: Sequence[Detector], index: HintIndex, name: FieldName) -> _Said:
    """What ``name`` says to ``detectors`` (``index`` is their :func:`hint_index`), as :class:`NameView` holds it."""
    mask = index.mask(name)
    got = _SAID.get((id(index), mask))
    if got is not None and got[0] is index:
        return got[1]
    n = len(detectors)
    hints = tuple(_HINT_OF_BITS[mask >> (5 * i) & 7] for i in range(n))
    context = tuple(bool(mask >> (5 * i + 4) & 1) for i in range(n))
    conditional = tuple(bool(mask >> (5 * i + 3) & 1) for i in range(n))
    said = (hints, conditional, context, *_said_ids(detectors, hints, context))
    if len(_SAID) < 100_000:
        _SAID[(id(index), mask)] = (index, said)
    return said


def hint_index(detectors: Sequence[Detector]) -> HintIndex:
    """Every hint list of ``detectors`` in one :class:`~ajar.pipeline.names.HintIndex`, five a detector in turn:
    its ``negative_hints``, ``strong_hints``, ``name_hints``, ``conditional_hints`` and ``context_hints``."""
    return HintIndex(
        [hl for d in detectors for hl in (d.negative_hints, d.strong_hints, d.name_hints, d.conditional_hints,
                                          d.context_hints)]
    )  # fmt: skip


#: per tuple of detectors (held, so its id stays its own): each name's view, keyed as ``_HINT_RESULT``, and the
#: detectors' :func:`hint_index`
_NAME_VIEWS: dict[int, tuple[Sequence[Detector], dict[tuple[tuple[str, ...], str, str], NameView], HintIndex]] = {}


def name_views(detectors: tuple[Detector, ...]) -> None:
    """Make what :func:`name_view` keeps for ``detectors`` (their :func:`hint_index`) now: before the reader
    children are forked, so that they share it."""
    _views_of(detectors)


def _views_of(
    detectors: tuple[Detector, ...],
) -> tuple[Sequence[Detector], dict[tuple[tuple[str, ...], str, str], NameView], HintIndex] | None:
    held = _NAME_VIEWS.get(id(detectors))
    if held is None or held[0] is not detectors:
        if len(_NAME_VIEWS) >= 8:
            return None
        held = _NAME_VIEWS[id(detectors)] = (detectors, {}, hint_index(detectors))
    return held


def name_view(detectors: Sequence[Detector], name: FieldName) -> NameView:
    """The :class:`NameView` of ``name`` for ``detectors``; kept for the process (up to 100,000 names) when
    ``detectors`` is a tuple (the pipeline's instances: a list could change under the cache)."""
    held = _views_of(detectors) if isinstance(detectors, tuple) else None
    if held is None:
        return NameView(detectors, name)
    views = held[1]
    key = (name.tokens, name.joined, name.raw)
    got = views.get(key)
    if got is None:
        got = NameView(detectors, name, held[2])
        if len(views) < 100_000:
            views[key] = got
    return got


_BUCKETS: dict[str, int] = {}


def _bucket(text: str) -> int:
    got = _BUCKETS.get(text)
    if got is None:
        got = zlib.crc32(text.encode("utf-8")) % HASH_BUCKETS
        if len(_BUCKETS) < 100_000:
            _BUCKETS[text] = got
    return got


def _name_grams(name: FieldName) -> list[str]:
    tokens = [t for t in (_DIGITS.sub("", t) for t in name.tokens) if t]
    out = [f"t:{t}" for t in tokens]
    if len(tokens) > 1:
        out.append(f"j:{''.join(tokens)}")
        out.extend(f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False))
    padded = "^" + "^".join(tokens) + "^"
    for n in (2, 3, 4):
        out.extend(f"g{n}:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return out


def shapes(col: Column, n_records: int, name: FieldName | None = None) -> dict[str, float]:
    """Statistics of the value shapes of a column (over at most ``_BUDGET`` distinct values per kind);
    with the field's ``name``, also how its numbers fit the analyte the name says (:func:`clinical_shape`)."""
    f: dict[str, float] = {}
    total = max(1, col.n)
    for kind in ("str", "int", "float", "datetime", "bool"):
        if kind in col.hashable:
            f[f"kind_{kind}"] = sum(col.hashable[kind].values()) / total
    for kind in ("list", "dict", "bytes"):
        if kind in col.unhashable:
            f[f"kind_{kind}"] = len(col.unhashable[kind]) / total
    f["present"] = min(1.0, col.n / max(1, n_records))
    lengths: list[int] = []
    digits_only = has_digit = has_letter = has_space = upper = non_ascii = sep_digits = degree = epoch = 0
    latest = now_timestamp() + 366 * 86_400.0
    numbers: list[tuple[float, str]] = []
    for kind in ("str", "int", "float"):
        if kind not in col.hashable:
            continue
        items, _w = col.spread(kind)
        for value, _count in items[:_BUDGET]:
            text = value[:256] if isinstance(value, str) else repr(value)
            lengths.append(len(text))
            if isinstance(value, float):
                numbers.append((value, text))
            elif isinstance(value, str) and len(text) <= 24 and _NUMBER.fullmatch(text):
                numbers.append((float(text), text))
            if text.isdigit():
                digits_only += 1
                if len(text) in _EPOCH_DIGITS and text.isascii():
                    seconds = int(text) / (1.0 if len(text) == 10 else 1000.0)
                    epoch += EPOCH_2000 <= seconds <= latest
            if any(map(str.isdigit, text)):
                has_digit += 1
                if len(text) <= 40 and _SEP_DIGITS.fullmatch(text):
                    sep_digits += 1
            if any(map(str.isalpha, text)):
                has_letter += 1
                if text.isupper():
                    upper += 1
            if " " in text.strip():
                has_space += 1
            if not text.isascii():
                non_ascii += 1
                if "°" in text:
                    degree += 1
    if lengths:
        m = len(lengths)
        mean = sum(lengths) / m
        f["len_log"] = math.log1p(mean) / 5.0
        f["len_sd"] = min(1.0, math.sqrt(sum((x - mean) ** 2 for x in lengths) / m) / max(1.0, mean))
        f["digits_only"] = digits_only / m
        f["has_digit"] = has_digit / m
        f["sep_digits"] = sep_digits / m
        f["has_letter"] = has_letter / m
        f["has_space"] = has_space / m
        f["upper_only"] = upper / m
        f["non_ascii"] = non_ascii / m
        f["degree"] = degree / m
        f["epoch"] = epoch / m
        if numbers:
            k = len(numbers)
            f["numeric"] = k / m
            f["lat_range"] = sum(1 for x, _ in numbers if -90.0 <= x <= 90.0) / k
            f["lon_range"] = sum(1 for x, _ in numbers if -180.0 <= x <= 180.0) / k
            f["decimals4"] = sum(1 for _, t in numbers if len(t.partition(".")[2]) >= 4) / k
            f["integral"] = sum(1 for x, _ in numbers if x == int(x)) / k
    scalars = sum(sum(col.hashable[k].values()) for k in col.hashable)
    uniq = sum(len(col.hashable[k]) for k in col.hashable)
    if scalars:
        f["distinct"] = uniq / scalars
        f["distinct_log"] = math.log1p(uniq) / 5.0
    f["few_values"] = 1.0 if col.n < 5 else 0.0
    f.update(clinical_shape(col, name, uniq))
    return f


def clinical_shape(col: Column, name: FieldName | None, uniq: int) -> dict[str, float]:
    """Value-side clinical evidence (:mod:`ajar.pipeline.clinical`), as shares of the distinct values read
    (at most ``_BUDGET`` per kind): measurements with clinical units, qualitative results and signs, clinical
    code shapes; ``flag_vocab``, the share of yes/no values when the column has at most 3 distinct values;
    with a ``name`` that says an analyte or vital, ``analyte_in``/``analyte_out``, the shares of values
    whose number is in/outside its plausible ranges."""
    f: dict[str, float] = {}
    ranges = clinical.analyte(name.tokens) if name is not None else None
    read = measure = sign = code = flag = inside = outside = 0
    for kind in ("str", "int", "float", "bool"):
        if kind not in col.hashable:
            continue
        items, _w = col.spread(kind)
        for value, _count in items[:_BUDGET]:
            read += 1
            if kind == "str":
                # the checks each function starts with, inlined: most text is no measurement, mark or code
                text = value.strip() if isinstance(value, str) else ""
                if text and len(text) <= clinical.MAX_TEXT:
                    head = text[:2]
                    if not head.isalpha():
                        measure += clinical.measurement(value)
                    sign += clinical.sign(value)
                    if head[0].isdigit() or head[0] in _CODE_HEADS:
                        code += clinical.code(value)
                    if len(text) <= 8:
                        flag += clinical.flag(value)
            else:
                if kind == "int":
                    code += clinical.code(value)
                flag += clinical.flag(value)
            if ranges is not None:
                x: float | None = None
                if kind in ("int", "float"):
                    x = finite_float(value)  # an integer too large for a float is no reading, not an error
                elif isinstance(value, str) and len(value) <= 32:
                    m = _LEADING_NUMBER.fullmatch(value)
                    if m is not None:
                        x = float(m.group(1).replace(",", "."))
                if x is not None:
                    if clinical.in_range(x, ranges):
                        inside += 1
                    else:
                        outside += 1
    if not read:
        return f
    f["clin_measure"] = measure / read
    f["clin_sign"] = sign / read
    f["clin_code"] = code / read
    if uniq <= 3:
        f["flag_vocab"] = flag / read
    if inside or outside:
        f["analyte_in"] = inside / read
        f["analyte_out"] = outside / read
    return f


def clinical_strength(shape: Mapping[str, float]) -> float:
    """How clinical a column's values look on their own (the strongest of its value-side shares)."""
    return max(
        shape.get("clin_measure", 0.0),
        shape.get("clin_sign", 0.0),
        shape.get("clin_code", 0.0),
        shape.get("analyte_in", 0.0),
    )


def latlon_shape(shape: Mapping[str, float]) -> float:
    """How much a column looks like one half of a split position: precise numbers in range."""
    return shape.get("decimals4", 0.0) * shape.get("lon_range", 0.0) * shape.get("numeric", 0.0)


def generic_leaf(name: FieldName) -> bool:
    """Whether a field's name says what it holds only with what it is under (``value``, ``day``, ``number``)."""
    return bool(name.tokens) and all(t in _GENERIC_LEAVES or t.isdigit() for t in name.tokens)


def named_ancestor(path: str) -> FieldName | None:
    """The name of a nested field's nearest ancestor that is not structure (``birthdate`` for
    ``patient.birthdate.day``, ``blood_pressure`` for ``details.blood_pressure.value``, ``patient`` for
    ``patient.gender``); None for a top-level field, or when every ancestor up to :data:`_ANCESTORS` levels is
    structure or generic (FHIR's ``code.coding.code``). A keyed collection's ``<key>`` or ``<value>``
    (``users.<key>.value``) stands for the target's keys: skipped, not counted as a level."""
    return _ancestor_of(parent_path(path))


@lru_cache(maxsize=256)  # a dataset's fields come parent by parent: its siblings share one answer
def _ancestor_of(parent: str) -> FieldName | None:
    """:func:`named_ancestor` of every field under ``parent``."""
    segments = [s for s in path_segments(parent) if s not in (KEY, VALUE)] if parent else []
    for segment in reversed(segments[-_ANCESTORS:]):
        anc = field_name(segment)
        if any(t not in _STRUCTURE and t not in _GENERIC_LEAVES and not t.isdigit() for t in anc.tokens):
            return anc
    return None


def column_features(
    path: str,
    name: FieldName,
    col: Column,
    shape: Mapping[str, float],
    evidence: Mapping[str, Evidence],
    detectors: Sequence[Detector],
    siblings: Sequence[tuple[str, FieldName]],
    sibling_evidence: Mapping[str, float],
    sibling_strong: frozenset[str],
    sibling_latlon: float,
    people: bool,
    index: Mapping[str, int],
    sibling_named: Mapping[str, float] | None = None,
    sibling_clin: float = 0.0,
    view: NameView | None = None,
    positions: Sequence[tuple[int | None, ...]] | None = None,
    individuals: bool = False,
) -> dict[int, float]:
    """The sparse feature vector of one column (see the module docstring).

    ``siblings``: (path, name) of the other fields under the same parent; ``sibling_evidence``:
    per detector id, the largest share of hits among those siblings; ``sibling_strong``: ids of
    the detectors whose category a sibling's name says outright; ``sibling_latlon``: how much the
    most position-like sibling looks like one half of a position (:func:`latlon_shape`); ``index``: dense feature
    name → position (hashed features start at ``len(index)``); ``sibling_named``: per detector id,
    the share of siblings whose name agrees with its category (the table's context: a table of lab
    values), crossed here with the column's own shapes (numbers, integers, letters, distinct share,
    capitals, yes/no flags), so a column of numbers among clinically named ones can read otherwise than alone;
    ``sibling_clin``: how clinical the most clinical sibling's values look (:func:`clinical_strength`), also
    crossed with the column's flags and numbers (a flag beside lab values). ``view`` (:func:`name_view`) and
    ``positions`` (:func:`detector_positions`), when the caller has them, save making them again; the vector is
    the same. ``individuals``: whether the dataset's names say each record is one person's
    (:func:`individuals_context`); with ``people``, crossed with what the field's own name says of each category
    (``diagnosis`` beside ``age`` and ``sex`` is one patient's, in a catalogue of diseases it is nobody's).
    """
    x: dict[int, float] = {}

    def put(key: str, value: float) -> None:
        i = index.get(key)
        if value and i is not None:
            x[i] = value

    for key, value in shape.items():
        put(key, value)
    put("sibling_latlon", sibling_latlon)
    if sibling_clin:
        put("sibling_clin", sibling_clin)
        put("sibling_clin_x_flag", sibling_clin * shape.get("flag_vocab", 0.0))
        put("sibling_clin_x_numeric", sibling_clin * shape.get("numeric", 0.0))
    put("bias", 1.0)
    put("people", 1.0 if people else 0.0)
    put("individuals", 1.0 if individuals else 0.0)
    personal = people or individuals
    put("name_empty", 0.0 if name.tokens else 1.0)
    put("name_numbered", 1.0 if name.tokens and name.tokens[-1].isdigit() else 0.0)
    id_named = bool(name.tokens) and name.tokens[-1] in _ID_TOKENS
    if view is None:
        view = name_view(detectors, name)
    if positions is None:
        positions = detector_positions(detectors, index)

    # put(), with each per-detector feature's position looked up once (``positions``: in _PER_DETECTOR's order)
    def at(i: int | None, value: float) -> None:
        if value and i is not None:
            x[i] = value

    for det, pos, hint, conditional, context in zip(
        detectors, positions, view.hints, view.conditional, view.context, strict=True
    ):
        d = det.id
        ev = evidence.get(d)
        prev = ev.prevalence if ev is not None else 0.0
        if ev is not None and ev.hits:
            at(pos[_PREV], prev)
            at(pos[_SUPPORT], ev.support)
            at(pos[_MEAN], ev.mean)
            at(pos[_TOP], ev.top)
            if people and det.spread_ok([h for h, _, _ in ev.hits]):
                at(pos[_SPREAD_OK], 1.0)
            if id_named and det.id_kinds:
                share = sum(c for h, c, _ in ev.hits if h.detail.get("kind") in det.id_kinds)
                at(pos[_ID_NAMED], min(1.0, share / max(1, col.n)))
        if hint is NameHint.AGAINST:
            at(pos[_AGAINST], 1.0)
            at(pos[_PREV_AGAINST], prev)
        elif hint is NameHint.AGREES:
            at(pos[_AGREES], 1.0)
            at(pos[_PREV_AGREES], prev)
        elif hint is NameHint.STRONG:
            at(pos[_STRONG], 1.0)
            at(pos[_PREV_STRONG], prev)
        else:
            at(pos[_PREV_NEUTRAL], prev)
        if personal:
            if context or hint is NameHint.AGREES or hint is NameHint.STRONG:
                at(pos[_NAMED_X_PEOPLE], 1.0)
            at(pos[_PREV_X_PEOPLE], prev)
        if conditional:
            at(pos[_CONDITIONAL], 1.0)
        if d in sibling_strong:
            at(pos[_SIBLING_STRONG], 1.0)
        if context:
            at(pos[_CONTEXT], 1.0)
        at(pos[_SIBLING_PREV], sibling_evidence.get(d, 0.0))
        named = sibling_named.get(d, 0.0) if sibling_named else 0.0
        if named:
            at(pos[_SIBLING_NAMED], named)
            at(pos[_NAMED_X_NUMERIC], named * shape.get("numeric", 0.0))
            at(pos[_NAMED_X_INTEGRAL], named * shape.get("integral", 0.0))
            at(pos[_NAMED_X_LETTERS], named * shape.get("has_letter", 0.0))
            at(pos[_NAMED_X_DISTINCT], named * shape.get("distinct", 0.0))
            at(pos[_NAMED_X_UPPER], named * shape.get("upper_only", 0.0))
            at(pos[_NAMED_X_FLAG], named * shape.get("flag_vocab", 0.0))
    generic = generic_leaf(name)
    if generic:
        put("generic_leaf", 1.0)
    parent = parent_path(path)
    anc = _ancestor_of(parent) if parent else None
    if anc is not None:
        # a generic leaf is what its ancestor names (``birthdate.day``); another leaf only sits under it
        # (``patient.gender``): read apart
        said, strong_at, context_at = (
            (_ANC_NAMED, _ANC_STRONG, _ANC_CONTEXT) if generic else (_UP_NAMED, -1, _UP_CONTEXT)
        )
        anc_view = name_view(detectors, anc)
        for pos, hint, context in zip(positions, anc_view.hints, anc_view.context, strict=True):
            if hint is NameHint.AGREES or hint is NameHint.STRONG:
                at(pos[said], 1.0)
                if hint is NameHint.STRONG and strong_at >= 0:
                    at(pos[strong_at], 1.0)
            if context:
                at(pos[context_at], 1.0)
    base = len(index)
    w = view.gram_weight
    for b in view.grams:
        k = base + b
        x[k] = x.get(k, 0.0) + w
    if parent:
        for t in field_name(parent).tokens:
            if not t.isdigit():
                k = base + _bucket(f"p:{t}")
                x[k] = x.get(k, 0.0) + 0.5
    if siblings:
        tokens = {t for _, s in siblings for t in s.tokens if not t.isdigit()}
        if tokens:
            w = 1.0 / math.sqrt(len(tokens))
            for t in tokens:
                k = base + _bucket(f"s:{t}")
                x[k] = x.get(k, 0.0) + w
    return x
