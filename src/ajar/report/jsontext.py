"""Indented JSON text as :func:`json.dumps` writes it (``indent=2, ensure_ascii=False``), in under half its time.

With an indent, :mod:`json` encodes in pure Python through nested generators (~25 ms for the 500 KB report of
142 files); :func:`indented` writes the plain types a ``model_dump(mode="json")`` holds into one list of parts,
with :mod:`json`'s own string escaping. The text is the same, character for character (tested on reports and
on random documents); anything else is left to :func:`json.dumps`.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

__all__ = ["indented"]


class _Unusual(Exception):
    """A value :func:`indented` leaves to :func:`json.dumps`."""


def indented(data: Any) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False)``: the plain types (dict with string keys, list, str,
    int, finite float, bool, None) written here; anything else (a subclass, a non-string key, NaN or an
    infinity, a nesting too deep) leaves the whole document to :func:`json.dumps`."""
    out: list[str] = []
    try:
        _emit(data, out, "\n")
    except (_Unusual, RecursionError):
        return json.dumps(data, indent=2, ensure_ascii=False)
    return "".join(out)


_INF = float("inf")


def _emit(o: Any, out: list[str], nl: str) -> None:
    """Append ``o`` indented as :func:`json.dumps` indents it, ``nl`` the newline and indent of its level."""
    t = type(o)
    if t is str:
        out.append(encode_basestring(o))
    elif t is dict:
        if not o:
            out.append("{}")
            return
        inner = nl + "  "
        sep = "{" + inner
        for k, v in o.items():
            if type(k) is not str:
                raise _Unusual
            out.append(sep)
            out.append(encode_basestring(k))
            out.append(": ")
            _emit(v, out, inner)
            sep = "," + inner
        out.append(nl + "}")
    elif t is list:
        if not o:
            out.append("[]")
            return
        inner = nl + "  "
        sep = "[" + inner
        for v in o:
            out.append(sep)
            _emit(v, out, inner)
            sep = "," + inner
        out.append(nl + "]")
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif t is int:
        out.append(int.__repr__(o))
    elif t is float and -_INF < o < _INF:
        out.append(float.__repr__(o))
    else:
        raise _Unusual
