"""Vocabularies shipped as package data (places.tsv, ransom.tsv)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def rows(lines: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """The rows of a vocabulary file (``key<TAB>language<TAB>term``): blank and ``#`` lines skipped."""
    for raw in lines:
        line = raw.rstrip("\n")
        if line.strip() and not line.lstrip().startswith("#"):
            key, lang, term = line.split("\t")
            yield key, lang, term
