"""Bounds on everything a probe hands the framework: values, names, banners.

A target may be built to hurt the auditor. Whatever a probe returns passes here before it is
classified, assessed or reported, so one hostile reply cannot crash the run, hold unbounded
memory, or make the report unwritable:

* text is cut to a length, and lone surrogates (``\\udcff``, which JSON escapes and
  ``surrogateescape`` decoding produce, and which no UTF-8 file can hold) become U+FFFD;
* integers beyond 64 bits (a 401-digit number) become text, so no later arithmetic overflows;
* nesting deeper than :data:`MAX_DEPTH`, and containers or records larger than
  :data:`MAX_ITEMS` / :data:`MAX_NODES`, are cut, with a marker where something was left out.

Each walk is iterative over at most :data:`MAX_NODES` nodes, so its time is linear in what it
keeps. Escaping for a terminal or a markup language is the renderers' job (``report/``), not
this module's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ajar.models import Evidence, Record

if TYPE_CHECKING:
    from ajar.probes.base import DatasetRef, Fingerprint

#: characters kept of a name (dataset, field, key, topic) or a banner fact
MAX_NAME = 512
#: characters kept of a version string
MAX_VERSION = 64
#: levels of nesting kept in one value
MAX_DEPTH = 24
#: entries kept of one dict or list
MAX_ITEMS = 1000
#: nodes (values, keys) kept of one record
MAX_NODES = 20_000
#: bits an integer may have before it is kept as text (64-bit engines never send more)
MAX_INT_BITS = 64
#: digits written of an integer kept as text (beyond, only its size is written)
MAX_INT_DIGITS = 1000

_SURROGATE = re.compile("[\ud800-\udfff]")
#: lone surrogates, and the C0/C1 control characters that start terminal escapes (ESC, CSI, OSC...)
_UNPRINTABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CUT = "…"


def clean_text(text: str, limit: int = MAX_NAME, *, controls: bool = True) -> str:
    """``text`` cut to ``limit`` characters, lone surrogates replaced by U+FFFD, and (unless
    ``controls`` is false, for values that only the classifier reads) control characters too:
    a name or banner never carries a terminal escape further."""
    if len(text) > limit:
        text = text[:limit] + _CUT
    return (_UNPRINTABLE if controls else _SURROGATE).sub("\ufffd", text)


def _big_int(n: int) -> str:
    digits = int(n.bit_length() * 0.30103) + 1
    if digits > MAX_INT_DIGITS:
        return f"<integer of about {digits} digits>"
    return str(n)


def _scalar(v: Any, limit: int) -> Any:
    if isinstance(v, str):
        return clean_text(v, limit, controls=False)
    if isinstance(v, bool) or v is None or isinstance(v, float):
        return v
    if isinstance(v, int):
        return v if v.bit_length() <= MAX_INT_BITS else _big_int(v)
    if isinstance(v, bytes | bytearray | memoryview):
        return bytes(v[:limit])
    return v


def bound_value(value: Any, limit: int, *, budget: list[int] | None = None) -> Any:
    """A copy of ``value`` within the bounds: strings and bytes cut to ``limit``, at most
    :data:`MAX_DEPTH` levels, :data:`MAX_ITEMS` entries per container and :data:`MAX_NODES`
    nodes in all (``budget`` shares that count across calls). Keys become bounded text."""
    budget = budget if budget is not None else [MAX_NODES]
    if not isinstance(value, dict | list | tuple):
        budget[0] -= 1
        return _scalar(value, limit)
    root: Any = {} if isinstance(value, dict) else []
    # iterative walk: (source container, destination container, depth)
    stack: list[tuple[Any, Any, int]] = [(value, root, 1)]
    while stack:
        src, dst, depth = stack.pop()
        items = list(src.items())[:MAX_ITEMS] if isinstance(src, dict) else list(src[:MAX_ITEMS])
        cut = (len(src) > MAX_ITEMS)
        for item in items:
            if budget[0] <= 0:
                cut = True
                break
            budget[0] -= 1
            key, v = item if isinstance(src, dict) else (None, item)
            if isinstance(v, dict | list | tuple):
                if depth >= MAX_DEPTH:
                    child: Any = f"<nested deeper than {MAX_DEPTH} levels>"
                else:
                    child = {} if isinstance(v, dict) else []
                    stack.append((v, child, depth + 1))
            else:
                child = _scalar(v, limit)
            if isinstance(dst, dict):
                dst[clean_text(str(_scalar(key, MAX_NAME)), MAX_NAME)] = child
            else:
                dst.append(child)
        if cut:
            if isinstance(dst, dict):
                dst[_CUT] = "<entries left out>"
            else:
                dst.append("<entries left out>")
    return root


def bound_record(rec: Record, limit: int) -> Record:
    """``rec`` with its data and metadata within the bounds (see :func:`bound_value`)."""
    budget = [MAX_NODES]
    data = bound_value(rec.data, limit, budget=budget)
    if not isinstance(data, dict):
        data = {"value": data}
    meta = {clean_text(str(k)): v for k, v in list(rec.meta.items())[:MAX_ITEMS]}
    return Record(data, meta)


def bound_evidence(ev: Evidence) -> Evidence:
    """Evidence with its command and reply as bounded text."""
    return Evidence(command=clean_text(ev.command, 300), reply=clean_text(ev.reply, 600))


def bound_fingerprint(fp: Fingerprint) -> Fingerprint:
    """A fingerprint with its version, facts and evidence bounded."""
    version = clean_text(fp.version, MAX_VERSION) if isinstance(fp.version, str) else None
    info = bound_value(dict(list(fp.info.items())[:40]), 200)
    return replace(fp, version=version or None, info=info, evidence=[bound_evidence(e) for e in fp.evidence[:20]])


def bound_ref(ref: DatasetRef) -> DatasetRef:
    """A dataset reference with a bounded name and sane counts (the handle stays the probe's)."""
    return replace(ref, name=clean_text(str(ref.name)), kind=clean_text(str(ref.kind), 40),
                   records=_count(ref.records), size_bytes=_count(ref.size_bytes))


def _count(n: Any) -> int | None:
    """A count a server reported, or None when it is not a plausible one."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0 or n.bit_length() > 63:
        return None
    return n


def count_of(value: Any) -> int | None:
    """A count or size a server sent (an int, or its digits as text or bytes), or None when it is
    not one a real server could hold: negative, above 2^63, or not a number. Every count read
    in a reply passes here, so a 401-digit "count" never reaches arithmetic with floats."""
    if isinstance(value, bytes | bytearray):
        value = bytes(value[:24]).decode("ascii", "replace")
    if isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit() and len(text) <= 19):
            return None
        value = int(text)
    if isinstance(value, float) and value.is_integer() and 0 <= value < 2**63:
        value = int(value)
    return _count(value)
