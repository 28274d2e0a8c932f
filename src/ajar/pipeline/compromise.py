"""Signs that someone was there first: ransom notes and wiped datasets (DESIGN.md §6).

:func:`compromise_signals` looks at one dataset's name and sampled records and returns
:class:`~ajar.knowledge.Signal` values for ``compromise.ransom_note`` and
``compromise.wiped``; engine-specific signs (Redis cron payloads) are the engine's probe's
own hook (:meth:`~ajar.knowledge.EngineKnowledge.dataset_signals`). Reads at most
:data:`_STRING_BYTES` of each string; every pattern is linear. Signals hold dataset names and
what was found, never the note's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

from ajar.data import rows
from ajar.knowledge import Signal
from ajar.models import Dataset, Record
from ajar.values import strings_in

__all__ = ["compromise_signals"]

#: names the campaigns gave their notes (README, PLEASE_READ_ME, WARNING, README_TO_RESTORE,
#: HOW_TO_RECOVER, RECOVER_YOUR_DATA...) and the local "read me" of a few languages; matched against
#: each part of a dataset's name
_RANSOM_NAME = re.compile(
    r"^(read[_\-\s]*me|please[_\-\s]*read([_\-\s]*me)?|.*warning.*|how[_\-\s]*to[_\-\s]*(recover|restore|decrypt|get[_\-\s]*back).*|"
    r"read[_\-\s]*me[_\-\s]*(to|for|now)([_\-\s].*)?|recover|recover[_\-\s].*|restore|restore[_\-\s].*|"
    r".*ransom.*|pwned.*|hacked.*|your[_\-\s]*data.*|.*backed[_\-\s]*up.*|to[_\-\s]*(recover|restore).*|"
    r"leeme.*|lisez[_\-\s]*moi.*|lies[_\-\s]*mich.*|leia[_\-\s]*me.*|leggimi.*|прочти.*|прочитай.*|"
    r"如何恢复.*|恢复数据.*|必读.*|读我.*)$",
    re.IGNORECASE,
)
_MEOW = re.compile(r"(^|[_\-.])meow$", re.IGNORECASE)
_BTC = re.compile(r"(?<![0-9A-Za-z])(bc1[ac-hj-np-z02-9]{25,87}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})(?![0-9A-Za-z])")
#: the other addresses notes ask payment to: Ether (``0x`` and 40 hex digits) and Monero (95 base58
#: characters, a standard address or a subaddress)
_ALT_WALLET = re.compile(r"(?<![0-9A-Za-z])(0x[0-9a-fA-F]{40}|[48][0-9AB][1-9A-HJ-NP-Za-km-z]{93})(?![0-9A-Za-z])")
#: a contact address: the shortest text that ``[\w.+\-]{1,64}@[\w\-]{1,63}(\.[\w\-]{1,63})+`` finds in a
#: string, so it finds one where that does; searched in each position once (the long form scanned up
#: to 64 characters from every position of a long run: 8-14 ms a piece of 8 KB)
_EMAIL = re.compile(r"[\w.+\-]@[\w\-]{1,63}\.[\w\-]")
_ONION = re.compile(r"\b[a-z2-7]{16,56}\.onion\b", re.IGNORECASE)
#: bytes of one string searched for payment addresses and ransom wording
_STRING_BYTES = 8192
#: a ransom note is left as a dataset of its own, a few records at most (the 2017-2021 campaigns
#: on MongoDB, Elasticsearch, MySQL, PostgreSQL, CouchDB left one); a table of many orders or
#: payments that mention paying is not one
NOTE_MAX_RECORDS = 10
#: in a keyspace (Redis, etcd, memcached: every key a record) the note is one key or a few
NOTE_MAX_KEYS = 3


def _name_parts(name: str) -> list[str]:
    return [p for p in re.split(r"[./:]", name) if p]


# --- the wording, from ajar/data/ransom.tsv -------------------------------------------------------

#: the marks of ransom.tsv (closed)
MARKS = ("pay", "coin", "data")
#: a letter (or digit) of a word in the scripts whose terms match whole words, in lower-cased text:
#: Latin with its accents (Vietnamese included), Greek, Cyrillic. Letters of the scripts written
#: without word breaks are not among them, so a Latin word may touch them ("BTC를", "BTCを").
_LETTER = "[0-9a-z\u00c0-\u052f\u1e00-\u1eff]"
#: what separates the words of a term in a text: spaces, ``_`` and ``-`` (field names)
_SEP = r"[\s_\-]+"


def _whole_words(term: str) -> bool:
    """A term in Latin or Cyrillic script matches whole words; one in another script matches anywhere."""
    letters = "".join(c for c in term.lower() if c.isalpha())
    return bool(letters) and re.fullmatch(f"{_LETTER}+", letters) is not None


def _dotless(pattern: str) -> str:
    """Turkish dotless ı upper-cases to I, which lower-cases to i: a term's ı matches either."""
    return pattern.replace("ı", "[ıi]")


def _lower(strings: Sequence[str]) -> str:
    """The strings joined, lower-cased; the dot of a Turkish İ (lower-cased to i and a combining dot) dropped."""
    text = _JOIN.join(strings).lower()
    return text if text.isascii() or "\u0307" not in text else text.replace("\u0307", "")


def _alternation(terms: Iterable[str]) -> str:
    """One regular expression for the terms of a mark, searched in lower-cased text.

    The start-of-word check is written once, in front of the whole-word terms grouped by their first
    character (the regex engine's cost is per character of text: one pass, one check per position).
    A pattern that matches nothing when there are no terms.
    """
    anywhere: dict[str, None] = {}
    groups: dict[str, tuple[dict[str, None], dict[str, None]]] = {}  # first character -> (words, stems)
    for term in terms:
        words = term.lower().split()
        if not _whole_words(term):
            anywhere[_SEP.join(re.escape(w) for w in words)] = None
            continue
        body = ""
        for i, word in enumerate(words):
            core = word.strip("*")
            if word == "?":
                body += rf"(?:[^\W_]+{_SEP})?"
                continue
            if not core:
                raise ValueError(f"ransom vocabulary: empty word in {term!r}")
            body += _dotless(re.escape(core) if i else re.escape(core[1:]))
            if i < len(words) - 1:
                body += (f"{_LETTER}*" if word.endswith("*") else "") + _SEP
        first, stem = words[0].lstrip("*")[0], words[-1].endswith("*")
        if words[0].startswith("*"):  # may be preceded by letters: no start-of-word check
            anywhere[re.escape(first) + body + ("" if stem else f"(?!{_LETTER})")] = None
            continue
        groups.setdefault(first, ({}, {}))[1 if stem else 0][body] = None
    out = list(anywhere)
    bounded = []
    for first, (ends, stems) in sorted(groups.items()):
        alts = ([f"(?:{'|'.join(ends)})(?!{_LETTER})"] if ends else []) + list(stems)
        bounded.append(f"{re.escape(first)}(?:{'|'.join(alts)})")
    if bounded:
        out.append(f"(?<!{_LETTER})(?:{'|'.join(bounded)})")
    return "|".join(out) or "(?!)"


@dataclass(frozen=True)
class Mark:
    """One mark's terms in every language, compiled twice: all of them, and those a text of ASCII
    characters only can hold (most records: a shorter alternation for the same answer)."""

    every: re.Pattern[str]
    ascii: re.Pattern[str]

    @classmethod
    def of(cls, terms: Sequence[str]) -> Mark:
        ascii_terms = [t for t in terms if t.replace("ı", "i").isascii()]  # Turkish ı matches an ASCII i
        return cls(re.compile(_alternation(terms)), re.compile(_alternation(ascii_terms)))

    def search(self, text: str) -> bool:
        """Whether the lower-cased ``text`` holds one of the terms."""
        return (self.ascii if text.isascii() else self.every).search(text) is not None


@dataclass(frozen=True)
class Wording:
    """The compiled marks of ``ajar/data/ransom.tsv``, and the languages each mark has terms in."""

    pay: Mark
    coin: Mark
    data: Mark
    languages: dict[str, frozenset[str]]

    @classmethod
    def parse(cls, lines: Iterable[str]) -> Wording:
        """Read the TSV format of ``ajar/data/ransom.tsv`` (``mark<TAB>lang<TAB>term``)."""
        terms: dict[str, list[str]] = {m: [] for m in MARKS}
        langs: dict[str, set[str]] = {m: set() for m in MARKS}
        for mark, lang, term in rows(lines):
            if mark not in terms:
                raise ValueError(f"ransom vocabulary: unknown mark {mark!r}")
            terms[mark].append(term)
            langs[mark].add(lang)
        pay, coin, data = (Mark.of(terms[m]) for m in MARKS)
        return cls(pay, coin, data, {m: frozenset(v) for m, v in langs.items()})


@lru_cache(maxsize=1)
def wording() -> Wording:
    """The shipped ransom-note wording (package data, read once)."""
    text = resources.files("ajar.data").joinpath("ransom.tsv").read_text(encoding="utf-8")
    return Wording.parse(text.splitlines())


@dataclass(frozen=True)
class _Marks:
    """What one record (or a small dataset's records together) holds, as flags: the text is never kept."""

    btc: bool = False
    #: an Ether or Monero address
    alt: bool = False
    contact: bool = False
    #: a word of paying (the demand needs a currency or an address beside it: :attr:`demand`)
    pay: bool = False
    coin: bool = False
    data: bool = False

    @property
    def wallet(self) -> bool:
        return self.btc or self.alt

    @property
    def demand(self) -> bool:
        """A demand: a word of paying and a currency or an address."""
        return self.pay and (self.coin or self.wallet)

    @property
    def note(self) -> bool:
        """A ransom note on its own: a demand, about the victim's data, with somewhere to pay or write."""
        return self.demand and self.data and (self.wallet or self.contact)

    def hit(self, named: bool) -> bool:
        """A note; or, in a dataset named like one, an address (the 2017 MongoDB note keeps its BitCoin
        and eMail in fields of their own), or a contact with a demand beside it."""
        return self.note or (named and (self.wallet or (self.contact and self.demand)))

    @staticmethod
    def union(marks: Iterable[_Marks]) -> _Marks:
        """The flags of several records read as one text (a note split over the records of a tiny dataset)."""
        ms = list(marks)
        return _Marks(*(any(getattr(m, f.name) for m in ms) for f in fields(_Marks)))


#: joins a record's strings into one text searched once per pattern: no pattern matches this
#: character or treats it as a letter, so no match spans two strings and each string's edges stay edges
_JOIN = "\x00"
#: the shortest string that can hold a payment address (a Bitcoin address has 26 characters at least)
#: or an onion address (16 characters and ``.onion``)
_ADDRESS_MIN = 22
_WALLET_MIN = 26


def _addresses(strings: Sequence[str]) -> tuple[bool, bool, bool]:
    """Whether the strings hold a Bitcoin address, an Ether or Monero address, a contact.

    No address pattern matches a space, so each is searched only in the space-free pieces of a string
    long enough to hold it (or holding an ``@``): the same answers as searching every string whole, at
    a fraction of the cost on the records that hold none (nearly all of them).
    """
    btc = alt = contact = False
    for s in strings:
        mail = "@" in s
        if not mail and len(s) < _ADDRESS_MIN:
            continue
        for piece in s.split():
            if mail and not contact and "@" in piece:
                contact = _EMAIL.search(piece) is not None
            if len(piece) < _ADDRESS_MIN:
                continue
            if not contact and "onion" in piece.lower():
                contact = _ONION.search(piece) is not None
            if len(piece) >= _WALLET_MIN:
                btc = btc or _BTC.search(piece) is not None
                alt = alt or _ALT_WALLET.search(piece) is not None
    return btc, alt, contact


def _every_mark(strings: Sequence[str], address: tuple[bool, bool, bool] | None = None) -> _Marks:
    btc, alt, contact = address or _addresses(strings)
    text = _lower(strings)
    words = wording()
    pay = words.pay.search(text)
    return _Marks(btc, alt, contact, pay, pay and words.coin.search(text), words.data.search(text))


def _marks(rec: Record, small: bool, named: bool) -> _Marks:
    """The record's flags. In a small dataset (its records are read together) every flag is searched.
    Otherwise only a record that is a hit on its own counts, so the search stops at the first thing it
    lacks and the flags are all off: in a dataset named like a note, an address or a contact; in any
    other, an address or a contact, a word of paying, the victim's data, a currency or an address (the
    cheap test of addresses first: most records hold none, and then no word is searched)."""
    strings = [s[:_STRING_BYTES] for s in strings_in(rec.data)]
    if small:
        return _every_mark(strings)
    if named:
        address = _addresses(strings)
        return _every_mark(strings, address) if any(address) else _Marks()
    btc, alt, contact = _addresses(strings)
    if not (btc or alt or contact):
        return _Marks()
    text = _lower(strings)
    words = wording()
    if not words.pay.search(text) or not words.data.search(text):
        return _Marks()
    coin = words.coin.search(text)
    return _Marks(btc, alt, contact, True, coin, True) if btc or alt or coin else _Marks()


def _note_shaped(ds: Dataset, records: Sequence[Record], notes: int) -> bool:
    """Few records in all, or (in a keyspace, where each key is a record) few note-like keys."""
    if ds.kind == "keyspace":
        return 0 < notes <= NOTE_MAX_KEYS
    total = ds.records if ds.records is not None else len(records)
    return total <= NOTE_MAX_RECORDS


def _small(ds: Dataset, records: Sequence[Record]) -> bool:
    """A dataset of a few records (not a keyspace, where every key is a record of its own)."""
    return ds.kind != "keyspace" and (ds.records if ds.records is not None else len(records)) <= NOTE_MAX_RECORDS


def _ransom(ds: Dataset, records: Sequence[Record]) -> Signal | None:
    named = any(_RANSOM_NAME.match(p) for p in _name_parts(ds.name))
    small = _small(ds, records)
    marks = [_marks(r, small, named) for r in records]
    notes = [m for m in marks if m.note]
    named_hits = [m for m in marks if m.hit(named)] if named else []
    hits = notes or named_hits
    if not hits and small and len(marks) > 1:
        # a note split over the records of a tiny dataset: the demand in one, the address in the next
        together = _Marks.union(marks)
        hits = [together] if together.hit(named) else []
    if hits and _note_shaped(ds, records, len(hits)):
        btc = any(m.btc for m in hits)
        alt = any(m.alt for m in hits)
        contact = any(m.contact for m in hits)
        found = (("a Bitcoin address", btc), ("an Ether or Monero address", alt), ("a contact email", contact))
        held = " and ".join(x for x, ok in found if ok)
        why = "dataset named like a ransom note" if named else "a demand for payment to get the data back"
        return Signal("compromise.ransom_note", f"{why}; its records hold {held}", (ds.name,))
    if hits:
        ds.notes.append(
            f"{len(hits)} sampled record(s) ask for payment to an address, but the dataset holds "
            f"{ds.records if ds.records is not None else len(records)} records: a table of payments, not a ransom note"
        )
    elif named and records:
        ds.notes.append("named like a ransom note, but no payment address or contact was found in the sample")
    return None


def compromise_signals(ds: Dataset, records: Sequence[Record]) -> list[Signal]:
    """Ransom notes (by name and content) and datasets renamed by the Meow wiping bot."""
    out = [s for s in (_ransom(ds, records),) if s is not None]
    if any(_MEOW.search(p) for p in _name_parts(ds.name)):
        out.append(Signal("compromise.wiped", "dataset named like the work of the Meow wiping bot", (ds.name,)))
    return out
