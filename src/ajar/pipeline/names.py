"""Field names as tokens, and whether a name matches a list of hints (shared by classify and trail).

A field's name is its last path segment, split into lower-case tokens at camelCase humps,
separators and script edges (ASCII next to CJK: ``ICD编码`` is ``icd`` + ``编码``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["FieldName", "field_name", "matches"]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^0-9a-z\u00c0-\uffff]+")
# ASCII next to CJK/kana/Hangul is a token boundary: ``ICD编码`` is ``icd`` + ``编码``
_SCRIPT_EDGE = re.compile(r"(?<=[0-9a-z])(?=[\u2e80-\uffff])|(?<=[\u2e80-\uffff])(?=[0-9a-z])")


@dataclass(frozen=True)
class FieldName:
    """``tokens``: lower-case tokens; ``joined``: the tokens without separators; ``raw``: the
    last path segment, lower-cased."""

    tokens: tuple[str, ...]
    joined: str
    raw: str


def field_name(path: str) -> FieldName:
    """The name of a field path's last segment, as tokens."""
    last = path.rpartition(".")[2]
    raw = last.lower()
    lowered = _CAMEL.sub("_", last).lower()
    tokens = tuple(t for part in _SPLIT.split(lowered) if part for t in _SCRIPT_EDGE.split(part) if t)
    return FieldName(tokens, "".join(tokens), raw)


class _Hints:
    """A compiled list of field-name hints (see :func:`matches`)."""

    __slots__ = ("hints", "exact", "phrases", "affixes", "substrings")

    def __init__(self, hints: Sequence[str]) -> None:
        self.hints = hints  # kept alive: the cache is keyed by its id
        ascii_hints = [h for h in hints if h.isascii()]
        self.exact = frozenset(h.replace("_", "") for h in ascii_hints) | frozenset(ascii_hints)
        self.phrases = tuple(f"_{h}_" for h in ascii_hints if "_" in h)
        # affixes of 5+ letters by length, shortest first: a token's prefixes and suffixes are looked up
        by_length: dict[int, set[str]] = {}
        for h in ascii_hints:
            a = h.replace("_", "")
            if len(a) >= 5:
                by_length.setdefault(len(a), set()).add(a)
        self.affixes = tuple((n, frozenset(group)) for n, group in sorted(by_length.items()))
        self.substrings = tuple(h for h in hints if not h.isascii())

    def match(self, name: FieldName) -> bool:
        exact = self.exact
        if name.joined in exact or any(t in exact for t in name.tokens):
            return True
        if self.phrases:
            joined = f"_{'_'.join(name.tokens)}_"
            if any(p in joined for p in self.phrases):
                return True
        for t in name.tokens:
            if len(t) > 5:
                for n, group in self.affixes:  # an affix shorter than the token starts or ends it
                    if n >= len(t):
                        break
                    if t[:n] in group or t[-n:] in group:
                        return True
        if name.raw.isascii():
            return False  # no hint in another script is inside it
        return any(h in name.raw for h in self.substrings)


_HINT_CACHE: dict[int, _Hints] = {}


def matches(name: FieldName, hints: Sequence[str]) -> bool:
    """Whether a field name matches a hint: ASCII hints as whole tokens, as the whole name without
    separators, as ``a_b`` token runs, or (5+ letters) as a prefix/suffix of a longer token;
    other scripts as substrings of the name."""
    compiled = _HINT_CACHE.get(id(hints))  # hint lists are long-lived tuples: hashing one per call cost more
    if compiled is None or compiled.hints is not hints:
        compiled = _Hints(hints)
        if len(_HINT_CACHE) < 10_000:
            _HINT_CACHE[id(hints)] = compiled
    return compiled.match(name)
