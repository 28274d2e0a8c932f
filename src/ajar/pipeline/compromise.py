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
_RANSOM_WORDS = re.compile(
    r"bitcoin|\bbtc\b|recover|restore|backup|backed up|ransom|\bpay|monero|\bxmr\b", re.IGNORECASE
)
#: bytes of one string searched for payment addresses and ransom wording
_STRING_BYTES = 8192


def _name_parts(name: str) -> list[str]:
    return [p for p in re.split(r"[./:]", name) if p]


def _ransom(ds: Dataset, records: Sequence[Record]) -> Signal | None:
    named = any(_RANSOM_NAME.match(p) for p in _name_parts(ds.name))
    btc = email = words = False
    for rec in records:
        for s in strings_in(rec.data):
            s = s[:_STRING_BYTES]
            btc = btc or bool(_BTC.search(s))
            email = email or bool(_EMAIL.search(s))
            words = words or bool(_RANSOM_WORDS.search(s))
    if named and (btc or email):
        held = " and ".join(x for x, ok in (("a Bitcoin address", btc), ("a contact email", email)) if ok)
        return Signal("compromise.ransom_note", f"dataset named like a ransom note; its records hold {held}",
                      (ds.name,))
    if btc and words:
        return Signal("compromise.ransom_note", "records hold a Bitcoin address beside ransom wording", (ds.name,))
    if named and records:
        ds.notes.append("named like a ransom note, but no payment address or contact was found in the sample")
    return None


def compromise_signals(ds: Dataset, records: Sequence[Record]) -> list[Signal]:
    """Ransom notes (by name and content) and datasets renamed by the Meow wiping bot."""
    out = [s for s in (_ransom(ds, records),) if s is not None]
    if any(_MEOW.search(p) for p in _name_parts(ds.name)):
        out.append(Signal("compromise.wiped", "dataset named like the work of the Meow wiping bot", (ds.name,)))
    return out
