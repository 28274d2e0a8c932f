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
from collections.abc import Sequence
from dataclasses import dataclass

from ajar.knowledge import Signal
from ajar.models import Dataset, Record
from ajar.values import strings_in

__all__ = ["compromise_signals"]

_RANSOM_NAME = re.compile(
    r"^(read[_\-\s]*me|please[_\-\s]*read([_\-\s]*me)?|warning|how[_\-\s]*to[_\-\s]*recover.*|"
    r"read[_\-\s]*me[_\-\s]*to[_\-\s]*recover.*|readme[_\-\s]*to[_\-\s]*recover.*|recover[_\-\s]*your.*|"
    r"restore[_\-\s]*your.*|.*ransom.*|pwned.*|hacked.*|your[_\-\s]*data.*|.*backed[_\-\s]*up.*|"
    r"to[_\-\s]*restore.*|readme[_\-\s]*now.*)$",
    re.IGNORECASE,
)
_MEOW = re.compile(r"(^|[_\-.])meow$", re.IGNORECASE)
_BTC = re.compile(r"(?<![0-9A-Za-z])(bc1[ac-hj-np-z02-9]{25,87}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})(?![0-9A-Za-z])")
_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(\.[\w\-]{1,63})+")
_ONION = re.compile(r"\b[a-z2-7]{16,56}\.onion\b", re.IGNORECASE)
#: a demand: a verb of paying and a currency, anywhere in the record (keys included: ``BitCoin``)
_PAY = re.compile(r"\b(pay|send|transfer)\b", re.IGNORECASE)
_COIN = re.compile(r"bitcoin|\bbtc\b|monero|\bxmr\b|ransom", re.IGNORECASE)
#: the note speaks of the victim's *data*: "all your data is backed up", "your DataBase is
#: downloaded", "to recover your lost data", "your data will be leaked"; an order, an invoice or a
#: ticket that asks for payment does not
_DATA = re.compile(
    r"\byour\s+(?:\w+\s+)?(?:data|databases?|dbs?|tables?|collections?|indices|indexes|records|files|backups?)\b|"
    r"\bbacked[\s_\-]*up\b|\bleak(?:ed)?\b|\bpublicly\s+disclosed\b",
    re.IGNORECASE,
)
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


@dataclass(frozen=True)
class _Marks:
    """What one record holds, as flags: the text itself is never kept."""

    btc: bool = False
    contact: bool = False
    pay: bool = False
    data: bool = False

    @property
    def note(self) -> bool:
        """A ransom note on its own: a demand, about the victim's data, with somewhere to pay or write."""
        return self.pay and self.data and (self.btc or self.contact)


#: joins a record's strings into one text searched once per pattern: no pattern matches this
#: character or treats it as a letter, so no match spans two strings and each string's edges stay edges
_JOIN = "\x00"


def _marks(rec: Record, named: bool) -> _Marks:
    """The record's flags. In a dataset not named like a note, a record without a verb of paying can
    be no note, so its other patterns are not searched (its flags are all off)."""
    text = _JOIN.join(s[:_STRING_BYTES] for s in strings_in(rec.data))
    pay = bool(_PAY.search(text))
    if not pay and not named:
        return _Marks()
    btc = bool(_BTC.search(text))
    contact = bool(_EMAIL.search(text) or _ONION.search(text))
    coin = pay and bool(_COIN.search(text))
    return _Marks(btc=btc, contact=contact, pay=pay and (coin or btc), data=bool(_DATA.search(text)))


def _note_shaped(ds: Dataset, records: Sequence[Record], notes: int) -> bool:
    """Few records in all, or (in a keyspace, where each key is a record) few note-like keys."""
    if ds.kind == "keyspace":
        return 0 < notes <= NOTE_MAX_KEYS
    total = ds.records if ds.records is not None else len(records)
    return total <= NOTE_MAX_RECORDS


def _ransom(ds: Dataset, records: Sequence[Record]) -> Signal | None:
    named = any(_RANSOM_NAME.match(p) for p in _name_parts(ds.name))
    marks = [_marks(r, named) for r in records]
    notes = [m for m in marks if m.note]
    # named like a note: the address alone is enough (the 2017 MongoDB note keeps its BitCoin and
    # eMail in fields of their own); a contact alone needs a demand beside it
    named_hits = [m for m in marks if m.btc or (m.contact and m.pay)] if named else []
    hits = notes or named_hits
    if hits and _note_shaped(ds, records, len(hits)):
        btc = any(m.btc for m in hits)
        contact = any(m.contact for m in hits)
        held = " and ".join(x for x, ok in (("a Bitcoin address", btc), ("a contact email", contact)) if ok)
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
