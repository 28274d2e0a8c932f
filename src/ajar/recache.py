"""Compiled regular expressions of the scan path, kept from one build to the next (start-up speed).

An ``ajar scan`` of a few files compiles ~550 regular expressions (its detectors, the ransom-note
wording, phonenumbers' region patterns, the libraries it imports): ~0.16 s of CPU, half of it before
the first file is read. Python compiles a pattern in two steps: parsing and code generation in Python
(nearly all the cost), then ``_sre.compile`` in C on the generated code. ``data/recache.bin`` keeps the
first step's result for the patterns a scan compiles, so :func:`install` (called by the ``ajar``
command only, before its imports) gives ``re`` the very same pattern objects without that step.

The file is generated, never edited (``scripts/recache.py``, from a scan of synthetic files), and only
ever read at run time: what ajar compiles from the data it reads is never written anywhere. It is used
only by the exact Python build that wrote it (``sys.version``, byte order, ``_sre``'s magic number and
sizes), and only when its SHA-256 matches: any other Python (another patch release, a distribution's
build) compiles as usual, so the file saves time only where it was made. A pattern not in it, a bytes
pattern or a ``DEBUG`` compile goes the usual way. Every entry is equal (``==``: same flags, pattern and
code) to what ``re`` compiles itself: ``tests/test_recache.py`` checks each one where the file is used,
and elsewhere checks the file is intact, left unused, and that entries made there for its patterns are.
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["entry", "install", "installed", "key", "load", "pack", "unpack"]

FILE = "recache.bin"
PATH = Path(__file__).with_name("data") / FILE  # package data beside the module (read as a plain file: start-up)

# pattern, flags -> (flags with the pattern's inline ones, code as array("I") bytes, groups - 1, groupindex,
# indexgroup); the code is stored as bytes, which marshal reads in one copy (a list of ints: ~15x slower)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Table = dict[tuple[str, int], Entry]
_CODE = "I"  # _sre's code words: 4 bytes (CODESIZE), unsigned


def key() -> tuple[int | str, ...]:
    """What the generated code depends on: this Python build (its version string names the release and the
    build's date and compiler: a rebuilt or patched interpreter is another one), the byte order the code
    words are stored in, and the regular expression engine."""
    return (sys.version, sys.byteorder, sys.hexversion, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)


def entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (its own steps, in order)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = int(flags | parsed.state.flags)
    return (
        final,
        array(_CODE, [int(c) for c in code]).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def pack(table: Table) -> bytes:
    """The file's bytes: SHA-256 of the payload, then the payload (marshal of the key and the table)."""
    payload = marshal.dumps((key(), table))
    return hashlib.sha256(payload).digest() + payload


def unpack(blob: bytes) -> tuple[tuple[Any, ...], Table] | None:
    """The key of the Python that wrote ``blob`` and its table, whichever Python this is; None when damaged."""
    digest, payload = blob[:32], blob[32:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    try:
        made_by, table = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(made_by, tuple) or not isinstance(table, dict):
        return None
    return made_by, table


def load(blob: bytes | None = None) -> Table | None:
    """The shipped table, or None when it is missing, damaged or made by another Python."""
    if blob is None:
        try:
            blob = PATH.read_bytes()
        except OSError:
            return None
    got = unpack(blob)
    if got is None or got[0] != key() or array(_CODE).itemsize != _sre.CODESIZE:
        return None
    return got[1]


def _compile_with(table: Table, original: Callable[..., Any]) -> Callable[..., Any]:
    sre_compile = _sre.compile
    debug = re.DEBUG.value

    def compile(p: Any, flags: int = 0) -> Any:  # noqa: A001 - re._compiler.compile's name and signature
        if type(p) is str and not flags & debug:
            got = table.get((p, flags))
            if got is not None:
                final, code, groups, groupindex, indexgroup = got
                return sre_compile(p, final, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
        return original(p, flags)

    compile.__wrapped__ = original  # type: ignore[attr-defined]
    return compile


def installed() -> bool:
    """Whether ``re`` compiles through the table in this process."""
    return hasattr(_compiler.compile, "__wrapped__")


def install() -> bool:
    """Have ``re`` take the shipped patterns' compiled code from the table (once per process)."""
    if installed():
        return True
    table = load()
    if not table:
        return False
    _compiler.compile = _compile_with(table, _compiler.compile)
    return True
