"""What the libraries ajar reads and classifies with say on their own, masked before it reaches stderr.

A parser may warn or log with text it took from its input: ``zipfile`` warns ``Duplicate name:
'<member>'`` when a workbook is repaired into a private copy (``sources/sheets.py``) and two of its parts
share a name, and that name is the target's. Python writes a warning, and a log record no handler takes
(logging's last resort), to ``sys.stderr`` as it is: the member name, a cell or a key would be out unmasked.

:func:`install` (run by the command line before anything is read, so the reader children forked later
have it too) replaces both ways out:

* :func:`warnings.showwarning`: a warning that Python's filters let through is written as
  ``warning from a library (UserWarning, zipfile.py): Duplicate name: 'customXml/zo**************rg.bin'``,
  its message masked by :func:`ajar.names.theirs` (cleaned of terminal escapes, cut), the source line
  Python would quote left out; the filters (``-W``, ``PYTHONWARNINGS``) still decide what is shown, and
  ``error`` still raises (the reader then ends the file as a note);
* logging's records: a record of a logger that is not ajar's (``ajar`` and ``ajar.*`` write their own
  text, with target text masked where it was written) is made with its message masked the same way,
  whichever handler then writes it. Its traceback keeps what is code, not input: each frame's
  ``File "…", line N, in function`` and each exception's type, with the exception's message masked
  (it may quote the input: ``KeyError: 'u8613800138000'``) and the source lines left out; the logger's
  name is the record's own. So uvicorn's ``Exception in ASGI application`` under ``ajar serve`` still
  says where it failed.

Nothing here changes what ajar itself writes.
"""

from __future__ import annotations

import logging
import sys
import traceback
import warnings
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, TextIO

from ajar.names import clean, theirs

__all__ = ["install", "masked_traceback"]

#: Characters of a library's message shown at most (masked).
MAX_MESSAGE = 300


def install() -> None:
    """Mask every library warning and foreign log record this process writes (idempotent)."""
    warnings.showwarning = _show_warning
    factory = logging.getLogRecordFactory()
    if not getattr(factory, "_ajar_masks", False):
        logging.setLogRecordFactory(_masking_factory(factory))


def _show_warning(
    message: Warning | str, category: type[Warning], filename: str, lineno: int,
    file: TextIO | None = None, line: str | None = None,
) -> None:  # fmt: skip
    """:func:`warnings.showwarning`'s stand-in: the message masked, the quoted source line left out."""
    where = theirs(Path(str(filename)).name, 80)
    text = f"warning from a library ({category.__name__}, {where}): {theirs(str(message), MAX_MESSAGE)}\n"
    _write(file if file is not None else sys.stderr, text)


def _masking_factory(make: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    """A log record factory that masks, as it is made, each record of a logger that is not ajar's: its
    message (its arguments folded in) through :func:`~ajar.names.theirs`, its traceback as
    :func:`masked_traceback` writes it. Made masked, a record is masked for every handler: logging's last
    resort, a ``basicConfig`` handler added later (``ajar worker``), a handler of whoever embeds ajar."""

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        if record.name == "ajar" or record.name.startswith("ajar."):
            return record  # ajar's own text: target text in it was masked where it was written
        try:
            text = record.getMessage()
        except Exception as exc:  # noqa: BLE001 - a record whose arguments do not fit its format
            text = f"(a log record that could not be formatted: {type(exc).__name__})"
        trace = None
        if record.exc_info and record.exc_info[1] is not None:
            trace = masked_traceback(record.exc_info[1])
        record.msg, record.args = theirs(text, MAX_MESSAGE), None
        record.exc_info = record.stack_info = None
        record.exc_text = trace  # a formatter appends it as it would the traceback it formats
        return record

    factory._ajar_masks = True  # type: ignore[attr-defined]
    return factory


def masked_traceback(exc: BaseException) -> str:
    """``exc``'s traceback as Python writes it, its chained exceptions first, without what may be input:
    each frame's file, line and function, each exception's type (module-qualified) and its message masked by
    :func:`~ajar.names.theirs`; no source line (``lookup_lines=False``: never read)."""
    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and all(e is not c for c in chain):
        chain.append(e)
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    lines: list[str] = []
    for i, e in enumerate(reversed(chain)):
        if i:
            lines.append("\nwhich led to:\n")
        lines.append("Traceback (most recent call last):")
        for f in traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), lookup_lines=False):
            lines.append(f'  File "{clean(f.filename)}", line {f.lineno}, in {clean(f.name)}')
        kind = type(e)
        name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
        said = theirs(str(e), MAX_MESSAGE)
        lines.append(f"{name}: {said}" if said else name)
    return "\n".join(lines)


def _write(file: TextIO | None, text: str) -> None:
    if file is None:  # no stderr at all (pythonw, a closed descriptor): nowhere to write
        return
    with suppress(OSError, ValueError):  # a closed or broken stderr: the line is lost, as Python's own would be
        file.write(text)
        file.flush()
