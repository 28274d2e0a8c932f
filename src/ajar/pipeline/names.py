"""Field names as tokens, and whether a name matches a list of hints (shared by classify and trail).

A field's name is its last path segment, split into lower-case tokens at camelCase humps,
separators and script edges (ASCII next to CJK: ``ICD编码`` is ``icd`` + ``编码``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

__all__ = ["FieldName", "HintIndex", "field_name", "matches", "parent_path", "path_segments", "short_hint"]

_RUN = 4  # phrases of up to this many tokens are looked up in a set of the name's token runs
_AFFIX = 64  # the longest prefix or suffix looked up (the longest hint is 27 letters): a long word costs no more

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# Persian's zero-width non-joiner (and the joiner) part the words of a compound (``شماره‌شبا``), as a space would
_SPLIT = re.compile(r"[^0-9a-z\u00c0-\u200b\u200e-\uffff]+")
# ASCII next to CJK/kana/Hangul is a token boundary: ``ICD编码`` is ``icd`` + ``编码``
_SCRIPT_EDGE = re.compile(r"(?<=[0-9a-z])(?=[\u2e80-\uffff])|(?<=[\u2e80-\uffff])(?=[0-9a-z])")


@dataclass(frozen=True)
class FieldName:
    """``tokens``: lower-case tokens; ``joined``: the tokens without separators; ``raw``: the
    last path segment, lower-cased."""

    tokens: tuple[str, ...]
    joined: str
    raw: str

    @cached_property
    def keys(self) -> tuple[frozenset[str], frozenset[str], str, frozenset[str]]:
        """What a hint list is looked up with (:func:`matches`), made once per name: the whole name and
        each token (exact hints); each run of 2 to :data:`_RUN` tokens joined by ``_`` (``a_b`` phrases),
        and the tokens between underscores (longer phrases); each prefix and suffix of 5 to :data:`_AFFIX` letters
        shorter than its token (affixes). Not part of equality or hash."""
        t = self.tokens
        runs = {"_".join(t[i:j]) for i in range(len(t)) for j in range(i + 2, min(len(t), i + _RUN) + 1)}
        affixes = {a for w in t if len(w) > 5 for n in range(5, min(len(w), _AFFIX + 1)) for a in (w[:n], w[-n:])}
        # a word of three letters or more before a number (``tel2``, ``name2``, ``dob2``) is also the word alone, and
        # a whole name so (``national_id2``)
        stems = {
            s for w in (*t, self.joined) if w[-1:].isdigit() and len(s := w.rstrip(string.digits)) >= 3 and s.isalpha()
        }
        return frozenset((self.joined, *t, *stems)), frozenset(runs), f"_{'_'.join(t)}_", frozenset(affixes)

    @cached_property
    def words(self) -> frozenset[str]:
        """What a short hint of a script that parts its words is looked up with (:func:`short_hint`): each token
        that is not ASCII, without the Arabic article (``الدين`` is ``دين``), and its first three letters."""
        t = [w for w in self.tokens if not w.isascii()]
        bare = [w[2:] for w in t if w.startswith("ال") and len(w) > 3]
        return frozenset((*t, *bare, *(w[:3] for w in (*t, *bare) if len(w) > 3)))


def _humps(text: str) -> list[str]:
    """``text`` cut before each capital that follows a lower-case letter or a digit, in any cased script."""
    cuts = [i for i in range(1, len(text)) if text[i].isupper() and (text[i - 1].islower() or text[i - 1].isdigit())]
    return [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)], strict=True)]


# a dot parts a path's segments unless it ends the path or stands before a space or another dot: those are a
# header's abbreviations (``Tel.``, ``Data Nasc.``, ``Gol. Darah``, ``No. Telp``, ``Nome...``), not a nesting. The
# last dot of a run before a name is flatten's join: ``Resp..phone`` is ``phone`` under the key ``Resp.``
_SEPARATOR = re.compile(r"\.(?![\s.]|$)")


def path_segments(path: str) -> list[str]:
    """A field path's segments: ``a.b.c`` is ``a``, ``b``, ``c``; ``Gol. Darah`` and ``Tel.`` are one each."""
    return _SEPARATOR.split(path)


def parent_path(path: str) -> str:
    """The path of a field's parent, as :func:`field_name` reads the path: ``a`` for ``a.b`` and ``a.Tel.``, none
    (``""``) for a top-level field, ``Tel.`` and ``Gol. Darah`` (a header's abbreviation dots) among them."""
    cuts = [m.start() for m in _SEPARATOR.finditer(path)]
    return path[: cuts[-1]] if cuts else ""


def field_name(path: str) -> FieldName:
    """The name of a field path's last segment (:func:`path_segments`), as tokens."""
    last = path_segments(path)[-1].rstrip(".")  # ``Tel.`` is the name ``Tel``
    if last.isascii():  # _CAMEL is _humps' rule for ASCII, in C: nearly every name takes this way
        raw = last.lower()
        lowered = _CAMEL.sub("_", last).lower()
    else:  # Turkish İ lowers to i and a combining dot: İLÇE is the word ilçe
        raw = last.lower().replace("i\u0307", "i")
        lowered = "_".join(_humps(last)).lower().replace("i\u0307", "i")
    tokens = tuple(t for part in _SPLIT.split(lowered) if part for t in _SCRIPT_EDGE.split(part) if t)
    return FieldName(tokens, "".join(tokens), raw)


#: scripts whose names run their words together (Han, kana, hangul, Thai): their hints are looked for inside a name
_RUN_ON = re.compile(r"[\u0e00-\u0e7f\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def short_hint(hint: str) -> bool:
    """Whether a hint is a short word of a script other than ASCII that parts its words (Cyrillic, Arabic,
    Devanagari, a Latin letter beyond ASCII: ``тел``, ``др``, ``دين``): of three letters at most, it is looked for as a
    whole token, without the Arabic article, or (three letters) a token's start, never inside a word (``тел`` is in
    ``пользователь``, ``др`` in ``адрес``, ``دين`` in ``مدينة``)."""
    return not hint.isascii() and len(hint) <= 3 and not _RUN_ON.search(hint) and hint.isalpha()


class _Hints:
    """A compiled list of field-name hints (see :func:`matches`)."""

    __slots__ = ("hints", "exact", "runs", "phrases", "affixes", "short", "substrings", "squeezed")

    def __init__(self, hints: Sequence[str]) -> None:
        self.hints = hints  # kept alive: the cache is keyed by its id
        ascii_hints = [h for h in hints if h.isascii()]
        self.exact = frozenset(h.replace("_", "") for h in ascii_hints) | frozenset(ascii_hints)
        # ``a_b`` hints: a token never holds ``_``, so ``_a_b_`` is inside ``_t1_t2_t3_`` exactly when a run of
        # whole tokens joins to ``a_b``; longer phrases are searched as substrings
        phrases = [h for h in ascii_hints if "_" in h]
        self.runs = frozenset(h for h in phrases if h.count("_") < _RUN)
        self.phrases = tuple(f"_{h}_" for h in phrases if h.count("_") >= _RUN)
        # affixes of 5+ letters: one that starts or ends a longer token matches (``name.keys`` holds every
        # prefix and suffix of 5+ letters shorter than its token, so one set intersection finds it)
        self.affixes = frozenset(a for a in (h.replace("_", "") for h in ascii_hints) if 5 <= len(a) <= _AFFIX)
        self.short = frozenset(h for h in hints if short_hint(h))
        self.substrings = tuple(h for h in hints if not h.isascii() and h not in self.short)
        # a phrase of another script is also written without its separators (``الرقمالوطني``,
        # ``датарождения``) or with others (``آی پی`` for ``آی‌پی``, ``ई_मेल`` for ``ई-मेल``): its words, as a
        # name's tokens are cut, looked up in the name's tokens joined
        self.squeezed = tuple({s for h in self.substrings if (s := "".join(_SPLIT.split(h))) != h})

    def match(self, name: FieldName) -> bool:
        exact, runs, underscored, affixes = name.keys
        if not self.exact.isdisjoint(exact):
            return True
        if not self.runs.isdisjoint(runs):
            return True
        if self.phrases and any(p in underscored for p in self.phrases):
            return True
        if not self.affixes.isdisjoint(affixes):
            return True
        if name.raw.isascii():
            return False  # no hint in another script is inside it
        if self.short and not self.short.isdisjoint(name.words):
            return True
        return any(h in name.raw for h in self.substrings) or any(h in name.joined for h in self.squeezed)


_HINT_CACHE: dict[int, _Hints] = {}


def matches(name: FieldName, hints: Sequence[str]) -> bool:
    """Whether a field name matches a hint: ASCII hints as whole tokens, as the whole name without
    separators, as ``a_b`` token runs, or (5+ letters) as a prefix/suffix of a longer token; a short
    word of another script as a token (:func:`short_hint`); other scripts as substrings of the name, a
    phrase also without its separators."""
    compiled = _HINT_CACHE.get(id(hints))  # hint lists are long-lived tuples: hashing one per call cost more
    if compiled is None or compiled.hints is not hints:
        compiled = _Hints(hints)
        if len(_HINT_CACHE) < 10_000:
            _HINT_CACHE[id(hints)] = compiled
    return compiled.match(name)


class HintIndex:
    """Many hint lists matched against one name at once: :meth:`mask` has bit ``i`` set when :func:`matches`
    says the name matches ``lists[i]``, the same answers as one :func:`matches` call per list. A name's whole
    name and tokens, token runs and affixes are each looked up once in the lists' merged sets (which lists
    hold each key, as a mask); the lists' long phrases are searched one list at a time, as :func:`matches`
    does, and their hints in other scripts only when the name holds a hint's first character."""

    __slots__ = ("lists", "merged", "short", "phrases", "substrings", "squeezed")

    def __init__(self, lists: Sequence[Sequence[str]]) -> None:
        self.lists = tuple(lists)  # kept alive, as _Hints keeps its list
        exact: dict[str, int] = {}
        runs: dict[str, int] = {}
        affixes: dict[str, int] = {}
        short: dict[str, int] = {}
        self.phrases: list[tuple[int, tuple[str, ...]]] = []
        # hints in other scripts (searched in the raw name) and the same without separators (in the joined
        # tokens), by first character: which lists hold each
        substrings: dict[str, dict[str, int]] = {}
        squeezed: dict[str, dict[str, int]] = {}
        for i, hints in enumerate(self.lists):
            compiled, bit = _Hints(hints), 1 << i
            for merged, keys in ((exact, compiled.exact), (runs, compiled.runs), (affixes, compiled.affixes),
                                 (short, compiled.short)):
                for key in keys:
                    merged[key] = merged.get(key, 0) | bit
            if compiled.phrases:
                self.phrases.append((bit, compiled.phrases))
            for by_head, found in ((substrings, compiled.substrings), (squeezed, compiled.squeezed)):
                for h in found:
                    if h:  # (every hint of another script has a first character; "" is ASCII)
                        which = by_head.setdefault(h[0], {})
                        which[h] = which.get(h, 0) | bit
        # each merged set of keys (intersected with a name's keys in C) and which lists hold each key
        self.merged = tuple((frozenset(m), m) for m in (exact, runs, affixes))
        self.short = (frozenset(short), short)
        self.substrings = {head: tuple(which.items()) for head, which in substrings.items()}
        self.squeezed = {head: tuple(which.items()) for head, which in squeezed.items()}

    def mask(self, name: FieldName) -> int:
        """Which lists the name matches (bit ``i``: ``matches(name, lists[i])``)."""
        exact, runs, underscored, affixes = name.keys
        got = 0
        for (keys, which), own in zip(self.merged, (exact, runs, affixes), strict=True):
            for key in keys.intersection(own):
                got |= which[key]
        for bit, phrases in self.phrases:
            if not got & bit and any(p in underscored for p in phrases):
                got |= bit
        if not name.raw.isascii():  # hints in other scripts: only inside a name that is not ASCII
            keys, which = self.short
            for key in keys.intersection(name.words):
                got |= which[key]
            for by_head, text in ((self.substrings, name.raw), (self.squeezed, name.joined)):
                for head in set(text).intersection(by_head):
                    for h, bits in by_head[head]:
                        if h in text:
                            got |= bits
        return got
