"""The detector contract: how one category of personal data is recognised in values.

A detector is one small class in one file, registered in ``DETECTORS``
(``detectors/__init__.py``). It never prints, logs, or keeps a value.

Two kinds:

* :class:`Detector` looks at one value at a time (``detect``) and says whether the value
  supports its category, with optional detail (a national-ID scheme, a country). Values
  arrive as they were decoded from the store: ``str``, ``int``, ``float``, ``bool``,
  ``list`` or ``dict`` (composite values, such as a ``[lon, lat]`` array, a GeoJSON object
  or an embedding vector, are offered at their own path as well as flattened).
* :class:`DatasetDetector` looks at a whole dataset's fields at once (for example a
  latitude field and a longitude field that only together are a position).

The field-level decision (how many values must support a category, how much a field's
name weighs) belongs to ``pipeline/classify.py``, not to detectors.

Detectors that judge dates (a birth date is in the past, a national ID's embedded birth date is
not in the future) ask :func:`today`, never the clock: a scan judges against today's date, and
training pins a reference day (:func:`reference_day`), so the features of its data, and the model
it makes, do not depend on the day of the run.
"""

from __future__ import annotations

import datetime as _datetime
import math
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import IntEnum
from functools import cache
from importlib.resources import files
from types import ModuleType
from typing import Any, ClassVar

from ajar.models import Category

_REFERENCE_DAY: list[date] = []  # the pinned day, if any (a list: set and restored by reference_day)
#: third-party modules whose checks read today's date through their module-level ``datetime``
#: (python-stdnum's national IDs with an embedded birth date); :func:`reference_day` pins them too
CLOCK_READERS: list[ModuleType] = []


def today() -> date:
    """The day dates are judged against: today's date (UTC) in a scan, the pinned day in training."""
    return _REFERENCE_DAY[-1] if _REFERENCE_DAY else datetime.now(UTC).date()


#: 2000-01-01T00:00:00Z in epoch seconds: the earliest time an epoch number is read as (features, trails, liveness)
EPOCH_2000 = datetime(2000, 1, 1, tzinfo=UTC).timestamp()


def now_timestamp() -> float:
    """Epoch seconds of "now" for the same purpose: the clock, or the end of the pinned day (UTC)."""
    if not _REFERENCE_DAY:
        return datetime.now(UTC).timestamp()
    day = _REFERENCE_DAY[-1]
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() + 86399.0


class _RealInstances(type):
    """The metaclass of :func:`pinned_clock`'s classes: a real ``date``/``datetime`` is an instance of them,
    so code whose names ``date``/``datetime`` were swapped for them still recognises the values it is given."""

    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, cls.__mro__[1])


def pinned_clock(moment: datetime) -> tuple[type[date], type[datetime]]:
    """``date`` and ``datetime`` subclasses whose clock reads ``moment`` (aware), for code that reads the
    clock through them: ``date.today()`` gives its day; ``datetime.now(tz)`` gives it in ``tz``, and
    without ``tz`` naive in UTC (as ``datetime.today()``), so nothing depends on the machine's time zone.
    Used by :func:`reference_day` and by the training generator's Faker clock."""

    # the values are plain dates and datetimes, as the real clock's (hence the ignored overrides)
    class PinnedDate(date, metaclass=_RealInstances):
        @classmethod
        def today(cls) -> date:  # type: ignore[override]
            return moment.date()

    class PinnedDatetime(datetime, metaclass=_RealInstances):
        @classmethod
        def now(cls, tz: _datetime.tzinfo | None = None) -> datetime:  # type: ignore[override]
            return moment.astimezone(tz) if tz is not None else moment.astimezone(UTC).replace(tzinfo=None)

        @classmethod
        def today(cls) -> datetime:  # type: ignore[override]
            return cls.now()

    return PinnedDate, PinnedDatetime


def _pinned_datetime(day: date) -> ModuleType:
    """A copy of the ``datetime`` module whose clock reads noon (UTC) of ``day`` (:func:`pinned_clock`)."""
    shim = ModuleType("datetime")
    shim.__dict__.update(vars(_datetime))
    shim.date, shim.datetime = pinned_clock(datetime(day.year, day.month, day.day, 12, tzinfo=UTC))  # type: ignore[attr-defined]
    return shim


@contextmanager
def reference_day(day: date, readers: Iterable[ModuleType] = ()) -> Iterator[None]:
    """Judge dates against ``day`` instead of the clock, in the detectors (:func:`today`), in
    :data:`CLOCK_READERS` and in ``readers`` (other modules that read the clock through their
    module-level ``datetime``: a generator's). For training only; not thread-safe."""
    mods = [*CLOCK_READERS, *readers]
    saved = [getattr(m, "datetime", None) for m in mods]
    shim = _pinned_datetime(day)
    _REFERENCE_DAY.append(day)
    try:
        for m in mods:
            if isinstance(getattr(m, "datetime", None), ModuleType):
                setattr(m, "datetime", shim)  # noqa: B010 - a module attribute, restored below
        yield
    finally:
        _REFERENCE_DAY.pop()
        for m, old in zip(mods, saved, strict=True):
            setattr(m, "datetime", old)  # noqa: B010


@dataclass(frozen=True, slots=True)
class Hit:
    """A value supports a category. ``detail`` holds finer, non-identifying facts only

    (e.g. ``{"scheme": "cn_ric", "country": "cn"}``), never the value itself.
    ``strength`` is how sure the detector is from the value alone (0..1): a validated
    check digit is strong, a plausible pattern without one is weaker.
    """

    strength: float = 1.0
    detail: Mapping[str, str] = field(default_factory=dict)


class NameHint(IntEnum):
    """What a field's name says about one detector's category (ordered: a stronger word is larger)."""

    AGAINST = -1  #: a ``negative_hints`` word (``phone_model`` for phones)
    NEUTRAL = 0  #: nothing either way (``field3``)
    AGREES = 1  #: a ``name_hints`` word (``phone``)
    STRONG = 2  #: a ``strong_hints`` word, the category outright (``first_name``, ``dob``)


class Detector(ABC):
    """Recognises one category in single values.

    Class attributes:
      * ``id``: snake_case, equal to the module name; stable forever.
      * ``category``: the :class:`Category` it finds.
      * ``description``: one line for ``ajar detectors`` and the docs.
      * ``name_hints``: lower-case tokens of field names that suggest the category, in any
        language (``"sfzh"``, ``"身份证"``, ``"passport"``...). Matching is done by the
        framework on the normalised last path segment.
      * ``negative_hints``: tokens that argue against the category (``"model"`` for phones).

    A detector says nothing about how its hits add up to a field's category: the field model
    (``pipeline/model.py``, trained by ``bench/train/run.py``) weighs its hit rate and strengths
    against the field's name, the value shapes and the neighbouring fields. The hint lists below
    are features of that model, not rules.
    """

    id: ClassVar[str]
    category: ClassVar[Category]
    description: ClassVar[str]
    name_hints: ClassVar[tuple[str, ...]] = ()
    negative_hints: ClassVar[tuple[str, ...]] = ()
    #: Field-name tokens that say the category outright (``first_name``, ``nachname``,
    #: ``passport``), matched like ``name_hints`` (:class:`NameHint` ``STRONG``); a sibling field
    #: with such a name is a feature too (``nome`` next to ``cognome``).
    strong_hints: ClassVar[tuple[str, ...]] = ()
    #: Field-name tokens that say the category only when the values agree (``first``, ``last``:
    #: ``first_seen`` holds dates, ``last_status`` statuses).
    conditional_hints: ClassVar[tuple[str, ...]] = ()
    #: Field-name tokens that, on a field or its siblings, say what the table is about without
    #: saying the category outright (``hb``, ``tsh``, ``wbc``: a table of lab values is about
    #: health); the share of such siblings is a feature, crossed with each column's shapes.
    context_hints: ClassVar[tuple[str, ...]] = ()
    #: ``detail["kind"]`` values of hits that are identifiers under a name ending in ``id``
    #: (``token_id`` holding UUIDs: the id of a token, not the token).
    id_kinds: ClassVar[frozenset[str]] = frozenset()
    #: Kinds of value (see :func:`kind_of`) the detector can support; the pipeline offers it
    #: no others, so a detector of strings is never called with floats. ``detect`` must still
    #: accept anything without raising.
    accepts: ClassVar[frozenset[str]] = frozenset({"str", "int", "float", "list", "dict", "bytes"})
    #: What every ``str`` value holds that ``detect`` can return a hit for (necessary conditions on the
    #: raw value, never sufficient): a digit (``str.isdigit``), one of ``text_needs_one_of``, at least
    #: ``text_min_length`` characters. The pipeline checks them once per column, on the characters of the
    #: text values it would offer, and does not call ``detect`` on a column's text when no value can meet
    #: them (the verdicts are the same: no hit). A subclass that changes ``detect`` must keep them true.
    text_needs_digit: ClassVar[bool] = False
    text_needs_one_of: ClassVar[frozenset[str]] = frozenset()
    text_min_length: ClassVar[int] = 0

    def field_detail(self, hits: Sequence[Hit], tokens: Sequence[str]) -> dict[str, str]:
        """The detail of a whole field from its values' hits and its name's tokens.

        The default keeps, per key, the value most hits agree on. A detector whose schemes
        are ambiguous (an 11-digit number valid in two countries) may let the name decide.
        """
        return most_common_detail(hits)

    def spread_ok(self, hits: Sequence[Hit]) -> bool:
        """Whether a field's hits, taken together, look like this category and not like a
        look-alike (birth dates spread like ages, not like event dates). Only asked of a field
        whose name does not speak for the category. The default has no such test: True."""
        return True

    @abstractmethod
    def detect(self, value: Any) -> Hit | None:
        """Return a :class:`Hit` when ``value`` supports the category, else None.

        Must never raise on any input (huge strings, NaN, bytes, deep nesting): the
        contract test feeds junk to every detector.
        """


@dataclass(frozen=True, slots=True)
class DatasetHit:
    """A finding that spans fields: which paths, which category, how sure, and detail."""

    paths: tuple[str, ...]
    category: Category
    confidence: float
    detail: Mapping[str, str] = field(default_factory=dict)


class DatasetDetector(ABC):
    """Recognises a category that only shows across several fields of one dataset."""

    id: ClassVar[str]
    category: ClassVar[Category]
    description: ClassVar[str]

    @abstractmethod
    def detect_dataset(
        self, columns: Mapping[str, Sequence[Any]], found: Mapping[str, Category] | None = None
    ) -> list[DatasetHit]:
        """``columns`` maps each flattened field path to its sampled values (None removed);
        ``found``, when given, the category already decided for other paths (context only)."""


# --- Helpers shared by the built-in detectors (extensions; the contract above is unchanged). ---

#: Kinds of value the pipeline routes to detectors (see :func:`kind_of`).
KINDS: tuple[str, ...] = ("str", "int", "float", "list", "dict", "bytes", "datetime")


def kind_of(value: Any) -> str | None:
    """The routing kind of a decoded value, or None for values no detector looks at.

    ``bool`` is not an ``int`` here; ``date`` and ``datetime`` are ``datetime``; ``tuple``
    counts as ``list``; any mapping as ``dict``; ``bytes``/``bytearray``/``memoryview`` as
    ``bytes``.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, date):
        return "datetime"
    if isinstance(value, str):
        return "str"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, list | tuple):
        return "list"
    if isinstance(value, Mapping):
        return "dict"
    if isinstance(value, bytes | bytearray | memoryview):
        return "bytes"
    return None


_INT_LIMIT = 10**40  # a module constant: Python folds no power of over 128 bits, so inline it was computed per call


def short_text(value: Any, max_len: int = 64) -> str | None:
    """``value`` as stripped text when it is a short ``str`` or an ``int`` (not ``bool``), else None.

    Never raises: huge strings and huge integers give None without being converted.
    """
    if isinstance(value, str):
        if len(value) > max_len * 4:
            return None
        text = value.strip()
        return text if 0 < len(text) <= max_len else None
    if isinstance(value, int) and not isinstance(value, bool):
        if -_INT_LIMIT < value < _INT_LIMIT:
            return str(value)
    return None


_FLOAT_ZERO = re.compile(r"\+?\d{6,19}\.0")


def whole_number_text(value: Any, max_len: int = 64) -> str | None:
    """As :func:`short_text`, and a whole number written as a float (by a spreadsheet or a dataframe:
    ``989123456789.0``, as a float or as text) as its digits; any other float gives None.

    >>> whole_number_text(989123456789.0), whole_number_text("989123456789.0"), whole_number_text(1.5)
    ('989123456789', '989123456789', None)
    """
    if isinstance(value, float):
        if not (value.is_integer() and 0 <= value < 1e19):
            return None
        return short_text(int(value), max_len)
    text = short_text(value, max_len)
    if text is not None and text[-2:] == ".0" and _FLOAT_ZERO.fullmatch(text):
        return text[:-2]
    return text


def finite_float(value: Any, max_len: int = 24) -> float | None:
    """``value`` as a finite float when it is a number (not ``bool``) or numeric text of at most
    ``max_len`` characters (``"39.9042"``, ``" -73.98 "``), else None (``"inf"``, ``"nan"``, ``"12 m"``).

    Never raises: an integer too large for a float, and longer text, give None unconverted.

    >>> finite_float(39.9042), finite_float(" -73.98 "), finite_float("nan"), finite_float(True), finite_float(10**400)
    (39.9042, -73.98, None, None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            f = float(value)
        except OverflowError:
            return None
    elif isinstance(value, str) and len(value) <= max_len:
        try:
            f = float(value)
        except ValueError:
            return None
    else:
        return None
    return f if math.isfinite(f) else None


# one component of a position with a degree sign and a hemisphere before or after it: 45.804624° N,
# N 45.8046°, 122.6375°W (a split column of an export)
_DEGREE = re.compile(r"([NSEW])?\s*(\d{1,3}(?:\.(\d+))?)\s*°\s*([NSEW])?", re.IGNORECASE)


def degree_component(text: str, min_decimals: int = 0, max_len: int = 64) -> tuple[float, str, str] | None:
    """One component of a position written in degrees with one hemisphere (``45.804624° N``):
    (the degrees, negative for S and W; the number as written; the hemisphere, ``N``/``S``/``E``/``W``),
    or None when ``text`` (already stripped) is not one, has no hemisphere or two, has fewer than
    ``min_decimals`` decimals, or is longer than ``max_len``. The range is the caller's to check.

    >>> degree_component("122.637513° W"), degree_component("270° W", min_decimals=4), degree_component("45.8°")
    ((-122.637513, '122.637513', 'W'), None, None)
    """
    if len(text) > max_len:
        return None
    m = _DEGREE.fullmatch(text)
    if m is None:
        return None
    before, number, decimals, after = m.groups()
    if bool(before) == bool(after) or len(decimals or "") < min_decimals:
        return None
    hemisphere = (before or after).upper()
    f = float(number)
    return (-f if hemisphere in ("S", "W") else f), number, hemisphere


def most_common_detail(hits: Sequence[Hit]) -> dict[str, str]:
    """For each detail key, the value most hits agree on (ties: first seen)."""
    counts: dict[str, dict[str, int]] = {}
    for hit in hits:
        for key, val in hit.detail.items():
            bucket = counts.setdefault(key, {})
            bucket[val] = bucket.get(val, 0) + 1
    return {key: max(bucket, key=lambda v: bucket[v]) for key, bucket in counts.items()}


def normalise_term(text: str) -> str:
    """Lower-case, trimmed, inner whitespace collapsed: the key of a vocabulary lookup."""
    return " ".join(text.lower().replace("\u0307", "").split())


# letters with no decomposition that exports write without their mark (Turkish ı, Polish ł, Vietnamese đ), apostrophes
# (Ukrainian православ’я, ʼ), the Persian zero-width non-joiner (بی‌دین written بی دین) and the Arabic tatweel
_FOLD_LETTERS = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "’": "'", "ʼ": "'", "`": "'", "´": "'",
                 "\u200c": " ", "\u0640": ""}  # fmt: skip
# combining accents (Latin, Cyrillic, pinyin tones) and Arabic marks (harakat, the hamza on or under alef, madda);
# not Devanagari's vowel signs, which are letters of the word
_FOLD_MARKS = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670]")


def _fold_char(ch: str) -> str:
    ch = _FOLD_LETTERS.get(ch, ch)
    return unicodedata.normalize("NFC", _FOLD_MARKS.sub("", unicodedata.normalize("NFD", ch)))


# each character of the Latin, Cyrillic and Arabic blocks that folds to something else, and a pattern of them: a term
# is folded a character at a time (normalising whole strings cost 5-7 us a value; most characters never change)
_FOLD_MAP = {
    c: f
    for c in map(chr, [*range(0xC0, 0x250), *range(0x300, 0x370), *range(0x400, 0x530), *range(0x600, 0x700),
                       *range(0x1E00, 0x1F00), *map(ord, _FOLD_LETTERS)])  # fmt: skip
    if (f := _fold_char(c)) != c
}
_FOLDABLE = re.compile("[" + "".join(map(re.escape, _FOLD_MAP)) + "]")


def fold_term(term: str) -> str:
    """A :func:`normalise_term` key without accents and marks, as exports without them write a term
    (``catolico``, ``Phat giao``, ``Fojiao``, ``musluman``, ``православ'я``): the second key of a vocabulary lookup."""
    if term.isascii() and "`" not in term:  # the backtick is the only ASCII character that folds (_FOLD_MAP)
        return term
    if _FOLDABLE.search(term) is None:
        return term
    t = _FOLDABLE.sub(lambda m: _FOLD_MAP[m.group()], term)
    return t if "  " not in t and t[:1] != " " and t[-1:] != " " else " ".join(t.split())


class VocabularyDetector(Detector):
    """A detector of categorical values that fall in a vocabulary (ethnic groups, religions...).

    Subclasses set ``vocabulary``: normalised term → (strength, detail). Generic words that are
    also ordinary words (``white``, ``none``) get a low strength, so the field's name must agree.
    """

    vocabulary: ClassVar[Mapping[str, tuple[float, Mapping[str, str]]]] = {}
    #: words that qualify a term without naming anything else (``Greek`` Catholic, Kürt ``kökenli``, ``Agama`` Islam),
    #: as :func:`fold_term` writes them: a value of 2-4 words, each a term or one of these, one a strong term, is that
    #: term (``Evangelical Lutheran``)
    qualifiers: ClassVar[frozenset[str]] = frozenset()
    #: endings (written ``-徒``) that make a term a person of it (佛教徒, 개신교인, 汉族人) and beginnings that are an
    #: article (Arabic ``ال``): a word with one of them is the strong term it holds
    affixes: ClassVar[tuple[str, ...]] = ()
    accepts = frozenset({"str"})
    #: made on first use by :meth:`_prepare`: the first :data:`_HEAD` characters of each part of a term that
    #: :meth:`lookup` can find an entry by (a term or a folded one, a qualifier, a word with an affix), and the
    #: vocabulary keyed by :func:`fold_term` (the weaker entry where two terms fold alike)
    _heads: frozenset[str] | None = None
    _shorts: frozenset[str] = frozenset()  # those parts shorter than _HEAD
    _folded_vocabulary: dict[str, tuple[float, Mapping[str, str]]] = {}

    def _prepare(self) -> frozenset[str]:
        folded: dict[str, tuple[float, Mapping[str, str]]] = {}
        for term, entry in self.vocabulary.items():
            key = fold_term(term)
            if key not in folded or entry[0] < folded[key][0]:
                folded[key] = entry
        self._folded_vocabulary = folded
        ends, starts = _affix_ends(self.affixes)
        parts = {*self.vocabulary, *folded, *self.qualifiers}
        parts.update(s + k for s in starts for k in folded)
        parts.update(k + e for e in ends for k in folded)
        self._shorts = frozenset(p for p in parts if len(p) < _HEAD)
        self._heads = frozenset(p[:_HEAD] for p in parts)
        return self._heads

    def _may_begin(self, term: str, head: str) -> bool:
        """Whether a term whose first :data:`_HEAD` characters (``head``) are no head of :attr:`_heads` may still begin
        a part the lookup finds: after a word boundary among them (:meth:`_short_first`), or as its folded form does
        (when one of them folds: else the folded form begins as the term does)."""
        if not _UNSURE.isdisjoint(head) and self._short_first(head):
            return True
        if _FOLDS.isdisjoint(head):
            return False
        key = fold_term(term)[:_HEAD]
        return key in self._tables() or (not _UNSURE.isdisjoint(key) and self._short_first(key))

    def _tables(self) -> frozenset[str]:
        """:attr:`_heads`, made first (with :attr:`_shorts` and :attr:`_folded_vocabulary`) if they are not yet."""
        heads = self._heads
        return heads if heads is not None else self._prepare()

    def _short_first(self, head: str) -> bool:
        """Whether a term's first :data:`_HEAD` characters, one of them :data:`_UNSURE`, may begin a part the lookup
        finds: a part shorter than them before a word boundary, a word after a boundary, a character that folds
        again."""
        for i, ch in enumerate(head):
            if ch in _UNSURE and (i == 0 or ch not in _BOUNDARY or head[:i] in self._shorts):
                return True
        return False

    def lookup(self, term: str) -> tuple[float, Mapping[str, str]] | None:
        """The entry of a :func:`normalise_term` key: itself, else its :func:`fold_term` form (``catolico`` for
        ``católico``; where two terms fold alike, the weaker entry), else the entry of a term with its qualifiers
        and affixes (:attr:`qualifiers`, :attr:`affixes`)."""
        found = self.vocabulary.get(term)
        if found is not None:
            return found
        self._tables()
        key = fold_term(term)
        found = self._folded_vocabulary.get(key)
        if found is not None or not (self.qualifiers or self.affixes):
            return found
        return self._composed(term, key)

    def lookup_plain(self, term: str) -> tuple[float, Mapping[str, str]] | None:
        """:meth:`lookup` without qualifiers and affixes: the term itself or its folded form."""
        heads = self._tables()
        found = self.vocabulary.get(term)
        if found is None:
            head = term[:_HEAD]
            if head not in heads and _FOLDS.isdisjoint(head):
                return None  # its folded form begins as it does, as no folded term (detect)
            found = self._folded_vocabulary.get(fold_term(term))
        return found

    def _composed(self, term: str, key: str) -> tuple[float, Mapping[str, str]] | None:
        """The entry of a term with its qualifiers and affixes (``key``: its folded form), or None."""
        if key.count(" ") > 3:
            return None  # more than 4 words (a subgroup's brackets and slashes only add words)
        if key[-1:] in ")）":  # a note in brackets after a strong term: 天主教（罗马）, Kurdin (Irak), 불교(조계종)
            cut = max(key.find("("), key.find("（"))
            found = self.lookup(key[:cut].rstrip()) if cut > 0 else None
            if found is not None and found[0] >= 0.7:
                return found
        subgroup = _SUBGROUP.search(key) is not None
        if " " not in key and not subgroup:
            return self._affixed(key)
        words = (_SUBGROUP.sub(" ", key) if subgroup else key).split()
        if not 2 <= len(words) <= 4:
            return None
        folded = self._folded_vocabulary
        raw = words if key == term else None
        best: tuple[float, Mapping[str, str]] | None = None
        for i, word in enumerate(words):
            if word in self.qualifiers:
                continue
            found = folded.get(word) or self._affixed(word)
            if found is None or found[0] < 0.7:
                if raw is None:  # each word as written too (Kürt is strong; Kurt, as it folds, is a name as well)
                    raw = (_SUBGROUP.sub(" ", term) if subgroup else term).split()
                    raw = raw if len(raw) == len(words) else words
                found = self.vocabulary.get(raw[i]) or found
            if found is None:
                return None
            if found[0] >= 0.7 and (best is None or found[0] > best[0]):
                best = found
        return best

    def _affixed(self, key: str) -> tuple[float, Mapping[str, str]] | None:
        """The strong entry of a folded word without one of :attr:`affixes` (佛教``徒``, ``ال``مسيحية), or None."""
        ends, starts = _affix_ends(self.affixes)
        if not (key.endswith(ends) or key.startswith(starts)):
            return None
        folded = self._folded_vocabulary
        for affix in self.affixes:
            if len(key) > len(affix.lstrip("-")) + 1:
                if affix[0] == "-":
                    found = folded.get(key[: -len(affix) + 1]) if key.endswith(affix[1:]) else None
                else:
                    found = folded.get(key[len(affix) :]) if key.startswith(affix) else None
                if found is not None and found[0] >= 0.7:
                    return found
        return None

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 48)
        if text is None:
            return None
        term = normalise_term(text)
        # Each way lookup finds an entry looks up a part that begins where the term, or its folded form, begins (the
        # term, its first words, the first word with an affix, the term before a note in brackets) and ends at its end
        # or at a word boundary: the part's first _HEAD characters are one of _heads, or the part is one of the
        # _shorts and a boundary follows it (_short_first). A term whose head and folded head are neither is no entry
        # (most values: the same None, sooner).
        heads = self._tables()
        head = term[:_HEAD]
        if head not in heads and (_NOTABLE.isdisjoint(head) or not self._may_begin(term, head)):
            return None
        found = self.lookup(term)
        if found is None:
            return None
        return Hit(found[0], found[1])


# what sets a subgroup or a variant apart in an answer: Catholic (Roman), Muslim - Sunni, Islam/Sunni, 仏教（浄土宗）
_SUBGROUP = re.compile(r"[()（）/:;,]| - ")
# how many first characters of a term VocabularyDetector.detect compares with the vocabulary's before a lookup, and
# what makes it look the term up whatever they are: a word boundary among them (a space, a subgroup's separator: the
# first word is shorter) or a character fold_term gives that it folds again (ǿ gives ø, which gives o)
_HEAD = 4
_BOUNDARY = frozenset(" ()（）/:;,")
_UNSURE = _BOUNDARY | {c for f in _FOLD_MAP.values() for c in f if fold_term(c) != c}
# the characters fold_term changes, and those that make a term's head worth a second look
_FOLDS = frozenset(_FOLD_MAP)
_NOTABLE = _UNSURE | _FOLDS

@cache
def _affix_ends(affixes: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings and the beginnings among ``affixes`` (an ending is written with a leading ``-``)."""
    return tuple(a[1:] for a in affixes if a[0] == "-"), tuple(a for a in affixes if a[0] != "-")


@cache
def load_words(resource: str) -> frozenset[str]:
    """A word list shipped as package data (``detectors/data/<resource>``): one entry per line,
    ``#`` comments and blank lines skipped. Read once per process (stdnum's ``loc.dat`` is the model)."""
    text = (files("ajar.detectors") / "data" / resource).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
