"""What a trail reveals: visits to sensitive places, and the composition of a dataset.

A location log becomes a record of who prays where, or who is treated where, when its records
link to people and carry the kind of place they were seen at (in 2019: "mosque", "hotel",
"internet cafe"). Visits to places of worship reveal religion and visits to clinics reveal
health: special categories (GDPR Art. 9). This module finds that inference across the fields
of one dataset; the value detectors cannot, since "mosque" is not, on its own, anyone's data.

Three things must hold in one dataset:

1. it links records to people (a person key: an ID, a name, an email or phone, a device, a
   reference such as ``pid`` to the records of a people dataset);
2. it has a *place field*: most of its values name a kind of place in the vocabulary
   (``ajar/data/places.tsv``, 22+ languages), or its name says it is a place and a fair share
   does;
3. a meaningful share of its values are sensitive places (:data:`MIN_SENSITIVE_SHARE`, and
   at least :data:`MIN_SENSITIVE_VALUES` values).

Then the dataset gets the inferred category (:class:`Inference`: ``special.religion`` from
places of worship, ``special.health`` from health care), naming the field and the share.
Places that are sensitive without a category of their own (trade-union halls, party offices,
shelters, prisons) are flagged in the composition.

The composition (:class:`~ajar.models.Composition`) counts sampled records per category found
and, per place field, the share of each kind of place. It holds vocabulary ids and counts
only: never a free-text value, never a value of a field that holds personal data.

Matching is by word, not by substring ("Templeton Road" is not a temple), and a value that
names a street ("Church Street", "清真寺路") is an address, not a visit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ajar.models import (
    Category,
    Composition,
    CompositionCategory,
    FieldReport,
    Inference,
    PlaceField,
    PlaceShare,
    Record,
)

if TYPE_CHECKING:  # the report renderers import this module for its labels: no detectors at import time
    from ajar.pipeline.flatten import Flattener

#: Categories that tie a dataset's records to people beside the person key: a device carried by a
#: person, a face, a name.
PERSON_LINKS = frozenset({Category.DEVICE_ID, Category.FACE_EMBEDDING, Category.PERSON_NAME})

#: Kinds of place: id -> (label, sensitive, category inferred from visits or None).
KINDS: dict[str, tuple[str, bool, Category | None]] = {
    "worship": ("place of worship", True, Category.RELIGION),
    "health": ("health care", True, Category.HEALTH),
    "trade_union": ("trade-union hall", True, None),
    "political": ("political party office", True, None),
    "shelter": ("shelter", True, None),
    "detention": ("prison or detention site", True, None),
    "hotel": ("hotel", False, None),
    "internet_cafe": ("internet café", False, None),
    "restaurant": ("restaurant or café", False, None),
    "transport": ("station or airport", False, None),
    "checkpoint": ("checkpoint", False, None),
    "market": ("market or shop", False, None),
    "fuel": ("petrol station", False, None),
    "school": ("school", False, None),
    "bank": ("bank", False, None),
    "police": ("police station", False, None),
    "government": ("government office", False, None),
}

#: A dataset reveals a special category when at least this share of its place field's values,
MIN_SENSITIVE_SHARE = 0.02
#: and at least this many of them, are places of that kind. One recorded visit already tells
#: something of the person seen there, once the field is known to hold places; the share keeps a
#: handful of such values among thousands from deciding. (A floor of 3 made the verdict a coin
#: toss on small samples: 2 mosques in 30 sightings is 7 %.)
MIN_SENSITIVE_VALUES = 1
#: A field is a place field when this share of its values names a kind of place,
PLACE_FIELD_SHARE = 0.5
#: or this share when its name says it holds places (``place``, ``venue``, ``poi``, ``地点``...).
PLACE_FIELD_SHARE_NAMED = 0.2
#: Values longer than this (characters) are free text, not a place tag or a POI name.
MAX_VALUE_CHARS = 120
#: Most values of one field looked at (the sample is already bounded; this bounds a list field).
MAX_VALUES = 5_000
#: Stems (``мечет*``) may go on by at most this many letters.
MAX_STEM_SUFFIX = 4

#: Field-name tokens that say a field holds places.
PLACE_NAME_HINTS = frozenset(
    """
    place places venue venues poi pois site sites spot location_type loctype placetype place_type
    venuetype venue_type poitype poi_type category tag tags kind landmark facility premises
    lieu ort lugar local luogo plaats miejsce tempat mekan yer место место_съёмки
    地点 场所 場所 地點 位置类型 场景 地点类型 场所类型 장소 مكان مکان جاي ئورۇن didian cs csmc dd
    """.split()
)

#: Words that make a value a street address rather than a place ("Church Street", "Temple Road").
STREET_WORDS = frozenset(
    """
    street road lane avenue ave boulevard blvd drive way close court square terrace crescent
    highway rd ln hwy alley straße strasse str weg gasse platz allee ring damm ufer chaussee
    rue chemin impasse allée quai calle avenida av carrera carrer camino paseo via viale vicolo
    piazza corso rua travessa estrada straat laan gracht ulica ul aleja plac
    улица ул проспект пр переулок пер шоссе бульвар вулиця вул провулок көшесі даңғылы
    cadde caddesi sokak sokağı sk bulvarı mahallesi jalan jl gang lorong đường phố
    شارع طريق خیابان کوچه بلوار کوچہ سڑک روڈ
    """.split()
)
#: Street suffixes in scripts written without spaces ("清真寺路", "教会通り", "교회로").
_STREET_SUFFIXES = ("路", "街", "大道", "巷", "胡同", "弄", "通り", "丁目", "番地", "길", "로")
_STREET_NUMBER = re.compile(r"[路街道巷弄]\s*\d+\s*号|\d+\s*号")

_SPLIT = re.compile(r"[\s,;:/|()\[\]{}<>\"!?·、，。；：！？（）「」『』《》_+=*#@&^%$~`\\]+")
_DOTS = re.compile(r"(?<!\d)\.(?!\d)")
_AR_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")


def _nonspaced(term: str) -> bool:
    """Whether a term is in a script written without spaces between words (matched as a substring)."""
    for ch in term:
        cp = ord(ch)
        if (
            0x3040 <= cp <= 0x30FF  # kana
            or 0x3400 <= cp <= 0x9FFF  # han
            or 0xF900 <= cp <= 0xFAFF
            or 0xAC00 <= cp <= 0xD7AF  # hangul
            or 0x0E00 <= cp <= 0x0E7F  # thai
        ):
            return True
    return False


def _arabic(word: str) -> bool:
    return not word.isascii() and any(0x0600 <= ord(ch) <= 0x06FF for ch in word)


def _latin(word: str) -> bool:
    return word.isascii() or all(ord(ch) < 0x0250 for ch in word)


def normalise(text: str) -> str:
    """NFKC, case-folded, apostrophes unified, inner whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("ـ", "")
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """The words of a normalised value (punctuation and dots between letters split words)."""
    return [w for w in _SPLIT.split(_DOTS.sub(" ", text)) if w]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The place vocabulary, indexed for matching.

    ``words``: a one-word term -> kind; ``phrases``: first word -> [(words, kind)], longest
    first; ``stems``: (stem, kind), longest first; ``substrings``: (term, kind), longest first.
    """

    words: Mapping[str, str]
    phrases: Mapping[str, Sequence[tuple[tuple[str, ...], str]]]
    stems: Sequence[tuple[str, str]]
    substrings: Sequence[tuple[str, str]]
    #: ``stems`` by length, longest first: (length, stem -> kind of its first entry): a word's stem
    #: is found by looking up its prefixes, not by trying every stem
    _stems_by_length: tuple[tuple[int, Mapping[str, str]], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_length: dict[int, dict[str, str]] = {}
        for stem, kind in self.stems:
            by_length.setdefault(len(stem), {}).setdefault(stem, kind)
        object.__setattr__(self, "_stems_by_length", tuple(sorted(by_length.items(), reverse=True)))

    @classmethod
    def parse(cls, lines: Iterable[str]) -> Vocabulary:
        """Read the TSV format of ``ajar/data/places.tsv`` (``kind<TAB>lang<TAB>term``)."""
        one: dict[str, str] = {}
        phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        stems: list[tuple[str, str]] = []
        subs: list[tuple[str, str]] = []
        for raw in lines:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            kind, _lang, term = line.split("\t")
            if kind not in KINDS:
                raise ValueError(f"places vocabulary: unknown kind {kind!r}")
            term = normalise(term)
            if _nonspaced(term):
                subs.append((term.replace(" ", ""), kind))
            elif term.endswith("*"):
                stems.append((term[:-1], kind))
            else:
                parts = tuple(words(term))
                if len(parts) == 1:
                    one.setdefault(parts[0], kind)
                elif parts:
                    phrases.setdefault(parts[0], []).append((parts, kind))
        for group in phrases.values():
            group.sort(key=lambda p: -len(p[0]))
        stems.sort(key=lambda s: -len(s[0]))
        subs.sort(key=lambda s: -len(s[0]))
        return cls(one, phrases, stems, subs)

    def _word(self, word: str) -> str | None:
        kind = self.words.get(word)
        if kind is None and _latin(word):
            for cut in ("es", "s"):
                if word.endswith(cut) and len(word) > len(cut) + 2:
                    kind = self.words.get(word[: -len(cut)])
                    if kind is not None:
                        break
        if kind is None and _arabic(word):
            for art in _AR_ARTICLES:
                if word.startswith(art) and len(word) > len(art) + 1:
                    kind = self.words.get(word[len(art) :])
                    if kind is not None:
                        break
        if kind is None:
            n = len(word)
            for size, stems in self._stems_by_length:  # the longest stem first, as in ``stems``
                if size <= n <= size + MAX_STEM_SUFFIX:
                    skind = stems.get(word[:size])
                    if skind is not None:
                        return skind
        return kind

    def kind_of(self, value: str) -> str | None:
        """The kind of place a value names, or None (also for a street address).

        The longest matching term wins ("bus shelter" is transport, not a shelter).
        """
        text = normalise(value)
        if not text or len(text) > MAX_VALUE_CHARS:
            return None
        ws = words(text)
        if any(w in STREET_WORDS for w in ws) or _STREET_NUMBER.search(text):
            return None
        best: tuple[int, str] | None = None
        for i, w in enumerate(ws):
            for parts, kind in self.phrases.get(w, ()):
                if tuple(ws[i : i + len(parts)]) == parts:
                    size = sum(len(p) for p in parts)
                    if best is None or size > best[0]:
                        best = (size, kind)
                    break
            kind1 = self._word(w)
            if kind1 is not None and (best is None or len(w) > best[0]):
                best = (len(w), kind1)
        squeezed = text.replace(" ", "")
        if _nonspaced(squeezed):
            if squeezed.endswith(_STREET_SUFFIXES):
                return None
            for term, kind in self.substrings:
                if term in squeezed:
                    if best is None or len(term) * 2 > best[0]:
                        best = (len(term) * 2, kind)
                    break
        return best[1] if best else None


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The shipped vocabulary (package data, read once)."""
    text = resources.files("ajar.data").joinpath("places.tsv").read_text(encoding="utf-8")
    return Vocabulary.parse(text.splitlines())


def _place_name(path: str) -> bool:
    last = path.rpartition(".")[2]
    tokens = {t for t in re.split(r"[_\-\s]+|(?<=[a-z])(?=[A-Z])", last) if t}
    low = {t.lower() for t in tokens} | {last.lower()}
    return bool(low & PLACE_NAME_HINTS)


def _counted(values: Mapping[Any, int]) -> tuple[dict[str, int], int]:
    """The string values of a column with their counts (at most :data:`MAX_VALUES` distinct), and
    how many values that is."""
    out: dict[str, int] = {}
    for v, c in values.items():
        if isinstance(v, str) and v.strip() and c > 0:
            out[v] = c
            if len(out) >= MAX_VALUES:
                break
    return out, sum(out.values())


@dataclass(frozen=True, slots=True)
class PlaceResult:
    """What the places of one dataset say: inferred categories and the place fields' shares."""

    inferences: list[Inference]
    places: list[PlaceField]


def analyse_places(
    columns: Mapping[str, Mapping[Any, int]],
    categories: Mapping[str, Category],
    *,
    person_linked: bool,
) -> PlaceResult:
    """Find place fields among ``columns`` (path -> distinct sampled values -> count) and what they reveal.

    ``categories`` is the category decided for each field path (a field that holds personal
    data is never a place field: its values are never counted into a composition).
    ``person_linked`` says whether the dataset links records to people; without it, places
    are composition only (a list of tracker sites is not personal data).
    """
    vocab = vocabulary()
    inferences: list[Inference] = []
    places: list[PlaceField] = []
    for path in sorted(columns):
        if path in categories:
            continue
        values, total = _counted(columns[path])
        if not total:
            continue
        # a column whose unread values could no longer lift it to its share is left at once (same result)
        named = _place_name(path)
        lowest = min(PLACE_FIELD_SHARE, PLACE_FIELD_SHARE_NAMED) if named else PLACE_FIELD_SHARE
        counts: dict[str, int] = {}
        missed = 0
        for v, c in values.items():
            kind = vocab.kind_of(v)
            if kind is not None:
                counts[kind] = counts.get(kind, 0) + c
            else:
                missed += c
                if (total - missed) / total < lowest:
                    break
        matched = sum(counts.values())
        share = matched / total
        if share < PLACE_FIELD_SHARE and not (named and share >= PLACE_FIELD_SHARE_NAMED):
            continue
        shares = [
            PlaceShare(
                kind=kind,
                label=KINDS[kind][0],
                sensitive=KINDS[kind][1],
                values=n,
                share=round(n / total, 4),
            )
            for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        places.append(
            PlaceField(path=path, values=total, kinds=shares, other_share=round(1 - share, 4))
        )
        if not person_linked:
            continue
        for kind, n in counts.items():
            category = KINDS[kind][2]
            kshare = n / total
            if category is not None and n >= MIN_SENSITIVE_VALUES and kshare >= MIN_SENSITIVE_SHARE:
                inferences.append(
                    Inference(category=category, inferred_from=path, kind=kind, share=round(kshare, 4), values=n)
                )
    inferences.sort(key=lambda i: (-i.share, i.category.value))
    return PlaceResult(inferences, places)


def composition(
    records: Sequence[Mapping[str, Any]],
    path_categories: Mapping[str, Category],
    places: Sequence[PlaceField],
) -> Composition:
    """Record counts per category found in the sample, and the places' shares.

    A record counts for a category when any field of that category holds a non-empty value
    in it. Only field paths and counts are read; no value is kept.
    """
    per_cat: dict[Category, int] = {}
    if path_categories:
        for rec in records:
            present = {cat for path, cat in path_categories.items() if _present(rec, path)}
            for cat in present:
                per_cat[cat] = per_cat.get(cat, 0) + 1
    n = len(records)
    cats = [
        CompositionCategory(category=cat, records=k, share=round(k / n, 4) if n else 0.0)
        for cat, k in sorted(per_cat.items(), key=lambda kv: (-kv[1], kv[0].value))
    ]
    return Composition(sampled=n, categories=cats, places=list(places))


def _present(data: Any, path: str) -> bool:
    """Whether the dotted ``path`` holds a non-empty value in ``data`` (arrays not indexed)."""
    if "." not in path and isinstance(data, Mapping):  # a top-level field (most): one lookup, as the walk below
        return path in data and data[path] not in (None, "", [], {})
    node: list[Any] = [data]
    for part in path.split("."):
        nxt: list[Any] = []
        for item in node:
            items = item if isinstance(item, list) else [item]
            for it in items:
                if isinstance(it, Mapping) and part in it:
                    nxt.append(it[part])
        if not nxt:
            return False
        node = nxt
    return any(v not in (None, "", [], {}) for v in node)


def reveal(
    records: Sequence[Record], flat: Flattener, fields: Sequence[FieldReport], person_key: str | None
) -> tuple[list[Inference], Composition]:
    """What a classified sample's place fields reveal, and its composition (the classifier's last phase)."""
    categories = {f.path: f.category for f in fields}
    columns = {path: col.hashable["str"] for path, col in flat.columns.items() if col.hashable.get("str")}
    linked = person_key is not None or bool(set(categories.values()) & PERSON_LINKS)
    found = analyse_places(columns, categories, person_linked=linked)
    data = [r.data for r in records if isinstance(r.data, Mapping)]
    return found.inferences, composition(data, categories, found.places)
