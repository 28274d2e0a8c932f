"""JSON in every shape dumps take: documents, JSON Lines, concatenated values, Extended JSON, Elasticsearch exports.

The reading is chosen by content, never by extension:

* the first non-blank line is a whole JSON value and another follows: **JSON Lines**
  (``mongoexport``'s default output, even in a file named ``.json``), one record per line;
  a line that does not parse is a note naming the line and the problem, and the rest is read;
* otherwise a **document**: a top-level array is one dataset, streamed element by element;
  an object of arrays is one dataset per array (``<name>.<key>``) plus ``<name>`` for its
  other keys; an object keyed by its entries' ids, names or addresses (Firebase's ``{users: {uid: {...}}}``,
  :func:`~ajar.values.keyed_collection`) is one record per entry, its key at ``<key>`` (``<name>.users``, or
  ``<name>`` when the document itself is so keyed); when more values follow the first (``mongoexport
  --pretty``), the file is read again as a **sequence** of values, one record each.

MongoDB Extended JSON (relaxed and canonical, v1 and v2) is unwrapped everywhere with
``bson.json_util``: ``{"$date": …}`` becomes a datetime, ``{"$numberInt": "7"}`` a number,
``{"$oid": …}`` an ObjectId; so is its shell mode, as the legacy ``mongo`` shell prints a
``find()`` one document a line (``ObjectId("…")``, ``ISODate("…")``, ``NumberLong(…)``: :func:`shell_json`).
Elasticsearch exports are recognised on their first record:
``elasticdump`` lines (``_index``/``_id``/``_source``) give their ``_source``; ``_bulk``
files alternate action lines and source lines, and only source lines are records.

Every line and element is bounded (:data:`~ajar.sources.base.MAX_ELEMENT`) before it is
parsed; a longer one is skipped with a note, never read whole. One that holds more than
:data:`MANY_VALUES` values (counted in its text before anything is built) is parsed only as far as
its first :data:`~ajar.sources.base.MAX_RECORD_VALUES` values, with a note: a 30 MB line of 6 million
``[[]]`` built whole took the reader past its memory limit and lost the file.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import re
import sys
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import IO, Any

from ajar.sources.base import (
    MAX_ELEMENT,
    MAX_RECORD_VALUES,
    REPLACE,
    BadRecords,
    BudgetExceeded,
    Corrupt,
    FileDataset,
    Head,
    Reservoir,
    Source,
    big_int,
    cut_short,
    lines,
    problem,
    replaced,
)
from ajar.values import KEY, VALUE, keyed_collection

__all__ = ["MANY_VALUES", "read_json", "loads", "shell_json", "unwrap"]

_CHUNK = 1 << 16
#: past this many characters of buffer from a value's start, the value is not given to the parser whole at once
#: (it would build as much of it as the buffer holds): it is tried within :data:`_WINDOW` characters first
_BIG = 1 << 20
_WINDOW = 1 << 14
_MAX_MEMBERS = 1000  # members of a document, not arrays, kept as its one record (or its entries)
_BULK_ACTIONS = frozenset({"index", "create", "update", "delete"})
#: a quote, an escape, or one of the mongo shell's constructors (outside a string it is no JSON)
_SHELL = re.compile(
    r'"|\\.|\b(ObjectId|ISODate|NumberLong|NumberInt|NumberDecimal|Timestamp|BinData|UUID|new Date)\(([^()]{0,256})\)'
)
_SHELL_ARG = re.compile(r'\s*("(?:[^"\\]|\\.)*"|-?\d+)\s*')


@cache
def _bson() -> tuple[Any, ...]:
    """``bson.json_util``'s object hook, its options and the types it gives that become plain ones
    (imported on the first Extended JSON wrapper, then kept)."""
    from bson import json_util
    from bson.codec_options import DatetimeConversion
    from bson.decimal128 import Decimal128
    from bson.int64 import Int64
    from bson.regex import Regex
    from bson.timestamp import Timestamp

    opts = json_util.JSONOptions(tz_aware=True, datetime_conversion=DatetimeConversion.DATETIME_AUTO)
    return json_util.object_hook, opts, Int64, Decimal128, Timestamp, Regex


# mongoexport's relaxed dates (``{"$date": "2024-01-02T03:04:05.123Z"}``), ASCII digits in fixed places
_DATE_Z = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?Z")


def _date_z(m: re.Match[str], d: dict[str, Any]) -> Any:
    """A relaxed ``$date`` as ``bson.json_util`` reads it (its ``_parse_canonical_datetime``: the fraction
    as ``int(float(".fff") * 1000000)``, the fields as ``strptime("%Y-%m-%dT%H:%M:%S")`` reads these fixed
    widths, bson's UTC, the options' zone), without strptime's cost; a date that does not exist stays the
    dict it was, as bson's error makes it."""
    utc, tzinfo = _bson_utc()
    frac = m.group(7)
    try:
        year, month, day, hour, minute, second = (int(x) for x in m.group(1, 2, 3, 4, 5, 6))
        micro = int(float(frac) * 1000000) if frac else 0
        aware = datetime(year, month, day, hour, minute, second, micro, tzinfo=utc)
    except ValueError:
        return d
    return aware.astimezone(tzinfo) if tzinfo else aware


@cache
def _bson_utc() -> tuple[Any, Any]:
    """bson's UTC zone (``bson.tz_util.utc``) and the zone its options convert dates to."""
    from bson.tz_util import utc

    return utc, _bson()[1].tzinfo


def _hook(d: dict[str, Any]) -> Any:
    """``bson.json_util``'s object hook for dicts that look like Extended JSON, with plain Python types out."""
    for k in d:
        if k[:1] == "$":
            break
    else:
        return d
    if len(d) == 1 and type(number := d.get("$numberDouble")) is str:  # most wrappers: as bson reads them
        try:
            return float(number)
        except ValueError:
            return d
    if len(d) == 1 and type(date := d.get("$date")) is str and (m := _DATE_Z.fullmatch(date)):
        return _date_z(m, d)
    object_hook, opts, int64, decimal128, timestamp, regex = _bson()
    try:
        v = object_hook(d, opts)
    except Exception:  # noqa: BLE001 - a malformed wrapper stays the dict it was
        return d
    if isinstance(v, int64):
        return int(v)
    if isinstance(v, decimal128):
        try:
            return v.to_decimal()
        except ArithmeticError:
            return Decimal("NaN")
    if isinstance(v, timestamp):
        return v.as_datetime()
    if isinstance(v, regex):
        return v.pattern
    return v


def unwrap(d: dict[str, Any]) -> Any:
    """An object read as every JSON reader here reads it: an Extended JSON wrapper (``{"$oid": …}``) unwrapped
    (:func:`_hook`), any other object as it is."""
    return _hook(d)


def loads(text: str | bytes) -> Any:
    """One JSON value, Extended JSON unwrapped; an integer of more than 4,000 digits stays text."""
    if _plain(text):
        return json.loads(text, parse_int=big_int)
    return json.loads(text, object_hook=_hook, parse_int=big_int)


def _plain(text: str | bytes) -> bool:
    """Whether ``text`` certainly holds no Extended JSON wrapper, so the hook would return every object as it
    is: no key can start with ``$`` (written ``"$`` or ``"\\u0024``), and it is not nested so deep that the hook's
    own frames could make the parse run out of recursion where a parse without it would not."""
    if isinstance(text, str):
        if '"$' in text or "\\u0024" in text:
            return False
    elif b'"$' in text or b"\\u0024" in text:
        return False
    return _shallow(text)


def _shallow(text: str | bytes) -> bool:
    """Whether ``text`` opens few enough objects and arrays that a parse with the hook cannot run out of
    recursion where a parse without it would not."""
    openers = text.count("{") + text.count("[") if isinstance(text, str) else text.count(b"{") + text.count(b"[")
    return openers < sys.getrecursionlimit() // 2


#: a line or element whose text holds more separators than this (commas and opening brackets: one for each
#: value at most, strings aside) is not built whole: its first :data:`MAX_RECORD_VALUES` values are (what a kept
#: record holds at most anyway). Built whole, 1,000,000 values take 80 MB at most (empty arrays); a 30 MB line
#: of 6 million ``[[]]`` took 860 MB and the reader past its memory limit
MANY_VALUES = 1_000_000
# a whole JSON string (its commas and brackets are not the value's)
_JSON_STRING = r'"[^"\\]*+(?:\\.[^"\\]*+)*+"'
# a separator or bracket outside strings, or a whole string (whose commas and brackets do not count)
_TOKENS = re.compile(r"[\[\]{},]|" + _JSON_STRING)


def _many(text: str, start: int = 0) -> bool:
    """Whether the text from ``start`` holds more than :data:`MANY_VALUES` separators (strings not told apart)."""
    n = text.count(",", start)
    if n > MANY_VALUES:
        return True
    n += text.count("[", start)
    return n > MANY_VALUES or n + text.count("{", start) > MANY_VALUES


def _first_values(text: str, start: int = 0, keep: int = MAX_RECORD_VALUES) -> tuple[str, int | None, bool]:
    """The JSON value that begins at ``start``, as text that parses to its first ``keep`` values; where it ends
    in ``text`` (None when that was not reached); and whether it was cut: when it holds more values, the text
    is cut before the separator that passed ``keep`` and its open brackets are closed, so it parses to a
    prefix of the value. Reads ``text`` only as far as it keeps; a scalar at ``start`` is given as it is."""
    closers: list[str] = []
    n = 0
    for m in _TOKENS.finditer(text, start):
        tok = m.group()
        c = tok[0]
        if c == "[" or c == "{":
            closers.append("]" if c == "[" else "}")
            n += 1
        elif c == "]" or c == "}":
            if closers:
                closers.pop()
            if not closers:
                return text[start : m.end()], m.end(), False
        elif c == ",":
            if not closers:
                break  # a scalar at ``start``: what follows is not part of it
            n += 1
            if n >= keep:
                return text[start : m.start()] + "".join(reversed(closers)), None, True
    return text[start:], None, False


def shell_json(text: str) -> str | None:
    """The mongo shell's printed document as Extended JSON (``ObjectId("5f…")`` is ``{"$oid": "5f…"}``), or
    None when ``text`` holds none of its constructors outside a string. One pass over the text."""
    out: list[str] = []
    at = 0
    inside = False
    for m in _SHELL.finditer(text):
        if m[0] == '"':
            inside = not inside
        elif m[1] and not inside:
            args = [_SHELL_ARG.fullmatch(a) for a in m[2].split(",")] if m[2].strip() else []
            if not all(args):
                return None
            wrapped = _wrap(m[1], [json.loads(a[1]) if a[1][0] == '"' else int(a[1]) for a in args if a])
            if wrapped is None:
                return None
            out += [text[at : m.start()], json.dumps(wrapped)]
            at = m.end()
    return "".join([*out, text[at:]]) if out else None


def _wrap(name: str, args: list[Any]) -> Any:
    """One shell constructor's value in canonical Extended JSON, or None when its arguments do not fit."""
    one = args[0] if len(args) == 1 else None
    if name == "ObjectId" and isinstance(one, str):
        return {"$oid": one}
    if name in ("ISODate", "new Date"):
        return {"$date": one} if isinstance(one, str) else {"$date": {"$numberLong": str(one)}} if one else None
    if name in ("NumberLong", "NumberInt") and one is not None:
        return {"$numberLong": str(one)} if name == "NumberLong" else int(one)
    if name == "NumberDecimal" and one is not None:
        return {"$numberDecimal": str(one)}
    if name == "UUID" and isinstance(one, str):
        return {"$uuid": one}
    if name == "Timestamp" and len(args) == 2 and all(isinstance(a, int) for a in args):
        return {"$timestamp": {"t": args[0], "i": args[1]}}
    if name == "BinData" and len(args) == 2 and isinstance(args[0], int) and isinstance(args[1], str):
        return {"$binary": {"base64": args[1], "subType": f"{args[0]:02x}"}}
    return None


def _first_value(text: str) -> Any:
    """:func:`loads` as far as the type of the value goes (the first lines are only asked whether each is a
    whole object or array): read without the hook, which returns an object as it is unless that object is
    itself a wrapper (then the line is read again with it); as :func:`_plain`, not for deeply nested text."""
    if not _shallow(text):
        return loads(text)
    try:
        v = json.loads(text, parse_int=big_int)
    except ValueError:
        shell = shell_json(text)
        if shell is None:
            raise
        return loads(shell)
    if isinstance(v, dict) and any(k[:1] == "$" for k in v):
        return loads(text)
    return v


# --- the choice of reading ---------------------------------------------------------------------


def read_json(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """The datasets of a JSON, JSON Lines or Elasticsearch export file."""
    try:
        why = _first_lines(src)
    except (OSError, BudgetExceeded) as exc:
        yield FileDataset(name, "json", None, src.size or 0, [], problem(src.display, "cannot read", exc))
        return
    if why:
        yield _lines(src, sample, name, max_scan, why)
        return
    yield from _document(src, sample, name, max_scan)


_LOOK = 20  # first non-blank lines looked at to choose the reading


def _first_lines(src: Source) -> str | None:
    """Why the file is JSON Lines (a note), or None when it is one document.

    JSON Lines when, of the first :data:`_LOOK` non-blank lines, at least two are there and at
    least half of them are each a whole JSON object or array: one bad line (undecodable bytes,
    a huge number, garbage, or a line too long to parse), first or anywhere, does not turn the
    file into a document that then fails to parse. A pretty-printed document has almost no
    line that is a whole value on its own.
    """
    whole = seen = 0
    # the lines before a corrupt or truncated stream judge (a .jsonl.gz cut short lost every line: the
    # lines are then read up to the cut, and it is noted)
    with src.open() as fh, contextlib.suppress(Corrupt):
        for raw in lines(Head(fh), src.budget):
            if raw is None:
                seen += 1  # too long to parse: a bad line, not a reason to read a document
            else:
                line = raw.strip().lstrip(b"\xef\xbb\xbf")  # (the shape: a line's own U+FEFF is its reader's to say)
                if not line:
                    continue
                seen += 1
                if line[:1] in (b"{", b"[") and line[-1:] in (b"}", b"]"):
                    try:
                        text = _decode(line)[0]
                        v = _first_value(_first_values(text, keep=1000)[0] if _many(text) else text)
                    except (ValueError, RecursionError):
                        v = None
                    whole += isinstance(v, dict | list)
            if seen >= _LOOK:
                break
    if seen < 2 or whole == 0 or whole * 2 < seen:
        return None
    return "read as JSON Lines: one JSON value per line"


def _decode(line: bytes) -> tuple[str, bool]:
    """A line as text; undecodable bytes (a stray Latin-1 byte, a lone surrogate) replaced by U+FFFD.

    Returns the text and whether anything was replaced.
    """
    try:
        return line.decode("utf-8"), False
    except UnicodeDecodeError:
        return line.decode("utf-8", "replace"), True


# --- JSON Lines --------------------------------------------------------------------------------


class _Shape:
    """Recognises Elasticsearch exports on the first record and turns lines into records."""

    def __init__(self) -> None:
        self.kind: str | None = None
        self.want_source = False

    def first(self, v: Any) -> None:
        if isinstance(v, dict) and "_source" in v and ("_index" in v or "_id" in v):
            self.kind = "elasticdump"
        elif _is_action(v):
            self.kind = "es_bulk"
        else:
            self.kind = "jsonl"

    def record(self, v: Any) -> Any:
        """The record a parsed line holds, or None when the line holds none (a bulk action)."""
        if self.kind == "elasticdump":
            return v.get("_source", v) if isinstance(v, dict) else v
        if self.kind == "es_bulk":
            if not self.want_source and _is_action(v):
                self.want_source = next(iter(v)) != "delete"
                return None
            self.want_source = False
            if isinstance(v, dict) and ("doc" in v or "upsert" in v) and len(v) <= 4:
                return v.get("doc", v.get("upsert"))
            return v
        return v


def _is_action(v: Any) -> bool:
    if not (isinstance(v, dict) and len(v) == 1):
        return False
    ((k, meta),) = v.items()
    return k in _BULK_ACTIONS and isinstance(meta, dict) and all(str(x).startswith("_") for x in meta)


def _lines(src: Source, sample: int, name: str, max_scan: int, why: str) -> FileDataset:
    res = Reservoir(sample, name, max_scan)
    notes = [why]
    bad = BadRecords("lines")
    mended = 0
    many = 0  # lines of more than MANY_VALUES values, read as far as their first MAX_RECORD_VALUES
    error: str | None = None
    cut = False  # the stream ends early (compressed data cut short): the records read are counted
    shape = _Shape()
    lineno = 0
    try:
        with src.open() as fh:
            for raw in lines(fh, src.budget):
                lineno += 1
                if lineno % 64 == 0:
                    src.budget.check_time()
                if raw is None:
                    bad.add(f"line {lineno:,}", f"longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                    continue
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]  # the file's mark: one after it, or one a later line begins with, is the line's own
                line = raw.strip()  # (and a JSON text does not begin with one: the line is a bad line)
                if not line:
                    continue
                text, was_mended = _decode(line)
                if _many(text) and (first := _first_values(text))[2]:
                    text = first[0]
                    many += 1
                    if many == 1:
                        notes.append(f"line {lineno:,}: more than {MANY_VALUES:,} values; its first "
                                     f"{MAX_RECORD_VALUES:,} read, the rest of the line left out")  # fmt: skip
                try:
                    v = _loads_line(text, notes)
                except (ValueError, RecursionError) as exc:
                    bad.add(f"line {lineno:,}", _why(exc))
                    if bad.count > 100 and bad.count > res.seen:
                        error = (f"{src.shown}: not JSON Lines ({bad.count:,} of the first {lineno:,} lines "
                                 "are not JSON)")  # fmt: skip
                        break
                    continue
                if was_mended:
                    mended += 1
                    if mended == 1:
                        notes.append(f"line {lineno:,}: undecodable bytes replaced (U+FFFD), the rest of it read")
                if shape.kind is None:
                    shape.first(v)
                rec = shape.record(v)
                if rec is not None:
                    res.offer(rec)
                if res.full:
                    break
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, f"reading stopped at line {lineno:,}", exc)
        cut = isinstance(exc, Corrupt)
    if mended > 1:
        notes.append(f"{mended} lines in all had undecodable bytes replaced")
    if many > 1:
        notes.append(f"{many} lines in all held more than {MANY_VALUES:,} values and were read so")
    notes += bad.notes()
    if error is None and bad.count and res.seen == 0:
        error = f"{src.shown}: not JSON Lines (no line is JSON)"
    kind = shape.kind or "jsonl"
    if kind != "jsonl":
        notes[0] = {"elasticdump": "read as an elasticdump export: one document per line, its _source",
                    "es_bulk": "read as an Elasticsearch _bulk file: source lines, not action lines"}[kind]  # fmt: skip
    records = res.seen if ((error is None or cut) and not res.full) else None
    if cut and records is not None:
        notes.append(cut_short(records))
    return FileDataset(name, kind, records, src.size or 0, res.items, error, notes)


def _loads_line(text: str, notes: list[str]) -> Any:
    """One line's value: JSON, else the mongo shell's printed document (said once in ``notes``)."""
    try:
        return loads(text)
    except ValueError:
        shell = shell_json(text)
        if shell is None:
            raise
        v = loads(shell)
        if _SHELL_NOTE not in notes:
            notes.append(_SHELL_NOTE)
        return v


_SHELL_NOTE = "the mongo shell's printed documents (ObjectId(…), ISODate(…)) read as Extended JSON"


def _why(exc: BaseException, column: bool = True) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON at column {exc.colno:,} ({exc.msg})" if column else f"invalid JSON ({exc.msg})"
    if isinstance(exc, UnicodeDecodeError):
        return f"undecodable bytes at offset {exc.start:,}"
    if isinstance(exc, RecursionError):
        return "nested too deep"
    return type(exc).__name__


# --- documents ---------------------------------------------------------------------------------


class _Bad(Exception):  # noqa: N818 - one element that does not parse, not an error of ajar's
    """One element could not be read; ``passed`` when the stream is already past its end (an element nested
    too deep to parse, whose brackets were matched), else the stream must look for the next element."""

    def __init__(self, passed: bool = False) -> None:
        super().__init__()
        self.passed = passed


class _Truncated(ValueError):
    """The file ends inside an element: what was read before it is kept, the count is unknown."""


class _JsonStream:
    """Incremental reading of JSON text: containers at the top are walked, elements decoded one by one.

    Undecodable bytes become U+FFFD (counted, noted with the element they were in). An element
    that does not parse (garbage, a number too long, nesting too deep, longer than
    :data:`MAX_ELEMENT`) is a note: the stream skips to the next plausible element start
    (``,`` before an object or array, in an array; a line starting with ``{`` or ``[``, in a
    sequence) and goes on, so one bad element never hides the elements after it.
    """

    def __init__(self, fh: IO[bytes], src: Source) -> None:
        self.fh = fh
        self.src = src
        self.dec = codecs.getincrementaldecoder("utf-8-sig")(errors=REPLACE)
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.decoder = json.JSONDecoder(object_hook=_hook, parse_int=big_int)
        self.bad = BadRecords("elements")
        self.mended: list[int] = []  # elements holding replaced bytes (their numbers, first few)
        self.mended_count = 0
        self.replaced = 0  # undecodable bytes replaced so far
        self.start = 0  # where in ``buf`` the last value began
        self.too_deep = 0  # elements nested too deep to parse
        self.cut = 0  # values of more than MANY_VALUES values, read as far as their first MAX_RECORD_VALUES
        self.cut_at: list[int] = []  # the elements so read (their numbers, first few)

    def _fill(self) -> bool:
        if self.eof:
            return False
        # read as much as is already buffered (at least a chunk): a long element costs O(n), not O(n^2)
        chunk = self.fh.read(max(_CHUNK, len(self.buf) - self.pos))
        self.src.budget.check_time()
        if not chunk:
            self.eof = True
            before = replaced()
            self.buf = self.buf[self.pos :] + self.dec.decode(b"", final=True)
            self.replaced += replaced() - before
            self.pos = 0
            return False
        before = replaced()
        self.buf = self.buf[self.pos :] + self.dec.decode(chunk)
        self.replaced += replaced() - before
        self.pos = 0
        return True

    def peek(self) -> str:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n\ufeff":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def take(self, ch: str) -> None:
        if self.peek() != ch:
            raise json.JSONDecodeError(f"expected {ch!r}", self.buf, self.pos)
        self.pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            if len(self.buf) - self.pos > _BIG and self.buf[self.pos] in "[{":
                # the parser builds the whole value before it returns, as far as the buffer goes: past a
                # megabyte, a value is first tried within a small window, and a longer one is tokenised to
                # its end or its MAX_RECORD_VALUES-th value before anything is built
                got = self._small()
                if got is not None:
                    return got[0]
                first, end, was_cut = _first_values(self.buf, self.pos)
                if was_cut:  # more values than are kept: build the first ones, then match brackets to its end
                    val = loads(first)
                    self.start = self.pos
                    if not self.skip_value():
                        raise json.JSONDecodeError("the file ends inside it", self.buf, self.pos)
                    self.cut += 1
                    return val
                if end is None and not self.eof:  # it goes on past the buffer, with fewer values so far
                    if len(self.buf) - self.pos > MAX_ELEMENT:
                        raise BudgetExceeded(f"longer than {MAX_ELEMENT >> 20} MiB")
                    self._fill()
                    continue
            try:
                val, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # the element may go on in the next chunk: an open string, or the failure at the very end
                incomplete = exc.msg.startswith("Unterminated string") or len(self.buf) - exc.pos <= 16
                if not incomplete or self.eof:
                    raise
                if len(self.buf) - self.pos > MAX_ELEMENT:
                    raise BudgetExceeded(f"longer than {MAX_ELEMENT >> 20} MiB") from None
                self._fill()
                continue
            if end == len(self.buf) and not self.eof and self.buf[self.pos] not in '{["':
                if self._fill():  # a number may continue in the next chunk
                    continue
            self.start, self.pos = self.pos, end
            return val

    def _small(self) -> tuple[Any] | None:
        """The value at the current position when it ends within :data:`_WINDOW` characters (moved past it),
        else None; its errors are raised as the parser's (positions in the window)."""
        window = self.buf[self.pos : self.pos + _WINDOW]
        try:
            val, end = self.decoder.raw_decode(window)
        except json.JSONDecodeError as exc:
            if exc.msg.startswith("Unterminated string") or len(window) - exc.pos <= 16:
                return None  # it goes on past the window
            raise
        if end == len(window):
            return None  # a value that ends with the window may go on (a number)
        self.start, self.pos = self.pos, self.pos + end
        return (val,)

    def element(self, number: int, where: str) -> Any:
        """The next value, numbered for notes; raises :class:`_Bad` (noted) when it does not parse."""
        cut = self.cut
        try:
            v = self.value()
        except (ValueError, RecursionError, BudgetExceeded) as exc:
            if isinstance(exc, BudgetExceeded) and not str(exc).startswith("longer than"):
                raise  # the file's time or byte budget: reading stops
            why = str(exc) if isinstance(exc, BudgetExceeded) else _why(exc, column=False)
            self.bad.add(f"{where} {number:,}", why)
            self.too_deep += isinstance(exc, RecursionError)
            # nested too deep to parse, not broken: its end is where its brackets close (10^5 levels were
            # reported as a file that ends inside it, "truncated?")
            raise _Bad(passed=isinstance(exc, RecursionError) and self.skip_value()) from None
        if self.cut > cut and len(self.cut_at) < 3:
            self.cut_at.append(number)
        if self.replaced and "\ufffd" in self.buf[self.start : self.pos]:
            self.mended_count += 1
            if len(self.mended) < 3:
                self.mended.append(number)
        return v

    def skip_value(self) -> bool:
        """Move past the object or array at the current position by matching its brackets outside strings,
        never building it (read in bounded pieces, :data:`MAX_ELEMENT` at most). False, and the position
        unchanged, when the file ends first, the value is longer, or it is no object or array.

        Block by block: a block of whole strings and other text is reduced to its brackets (in C: strings
        and the rest deleted, matched pairs removed); when what is left cannot close the value, the block is
        passed at once, else it is walked bracket by bracket (the block where the value ends)."""
        if self.peek() not in "[{":
            return False
        i = self.pos + 1  # the scan; ``self.pos`` stays on the value's start until its end is found
        depth = 1
        while True:
            buf = self.buf
            if i < len(buf):
                whole = _WHOLE.match(buf, i, min(len(buf), i + _BLOCK))
                end = whole.end() if whole else i  # it always matches (perhaps nothing)
                if end > i:
                    left = _unmatched(buf[i:end])
                    if left is not None and left[0] < depth:  # the block cannot close the value: passed at once
                        depth += left[1] - left[0]
                    else:
                        for m in _BRACKETS.finditer(buf, i, end):
                            tok = m.group()
                            if tok[0] != '"':
                                depth += 1 if tok in "[{" else -1
                                if depth == 0:
                                    self.pos = m.end()
                                    return True
                    i = end
                    continue
                long = _STRING.match(buf, i)  # a string longer than a block (else one the buffer cuts: read on)
                if long is not None:
                    i = long.end()
                    continue
            if i - self.pos > MAX_ELEMENT:
                return False
            shift = self.pos
            if not self._fill():
                return False
            i -= shift

    def skip_to(self, pattern: re.Pattern[str]) -> bool:
        """Move past a bad element to the next match of ``pattern`` (read in bounded pieces); False at the end."""
        self.pos = min(self.pos + 1, len(self.buf))
        while True:
            m = pattern.search(self.buf, self.pos)
            if m:
                self.pos = m.end()
                return True
            self.pos = max(self.pos, len(self.buf) - 64)  # a match may straddle two chunks
            if not self._fill():
                return False

    def array(self, where: str = "element") -> Iterator[Any]:
        """The elements of the array at the current position; a bad element is noted and skipped."""
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return
        number = 0
        shape: type | None = None  # the type of the first good element: a resynced fragment must match it
        while True:
            number += 1
            try:
                v = self.element(number, where)
                if shape is None:
                    shape = type(v)
                elif self.bad.count and type(v) is not shape and not isinstance(v, dict | list):
                    raise _Bad
                nxt = self.peek()
                if nxt not in (",", "]"):
                    self.bad.add(f"{where} {number:,}", "not followed by ',' or ']'")
                    raise _Bad
            except _Bad as bad:
                if bad.passed and (nxt := self.peek()) in (",", "]"):
                    self.pos += 1
                    if nxt == "]":
                        return
                    continue
                if not self.skip_to(_NEXT_IN_ARRAY if shape in (None, dict, list) else _NEXT_SCALAR):
                    raise _Truncated(f"the file ends inside {where} {number:,} of an array (truncated?)") from None
                self.pos -= 1  # back onto the opening bracket of the next element
                if self.buf[self.pos] not in "{[":
                    self.pos += 1
                continue
            yield v
            self.pos += 1
            if nxt == "]":
                return

    def notes(self, what: str) -> list[str]:
        """Notes on what this stream met: bad elements and replaced bytes."""
        out = []
        if self.mended:
            where = ", ".join(f"{n:,}" for n in self.mended) + (" and more" if self.mended_count > 3 else "")
            out.append(f"undecodable bytes replaced (U+FFFD) in {what} {where}; the rest of each read")
        if self.cut:
            where = ", ".join(f"{n:,}" for n in self.cut_at) + (" and more" if self.cut > 3 else "")
            one = self.cut == 1
            out.append(f"{what[:-1] if one else what} {where}: more than {MANY_VALUES:,} values; "
                       f"{'its' if one else 'the'} first {MAX_RECORD_VALUES:,}{'' if one else ' of each'} read, "
                       "the rest left out")  # fmt: skip
        return out + self.bad.notes()


_NEXT_IN_ARRAY = re.compile(r",\s*[\[{]")
_NEXT_SCALAR = re.compile(r",")
_NEXT_VALUE = re.compile(r"\n[ \t]*[\[{]")
# a bracket or a whole string; whole strings and other text; a whole string; what is not a bracket
_BRACKETS = re.compile(r"[\[\]{}]|" + _JSON_STRING)
_WHOLE = re.compile(r'(?:[^"]++|' + _JSON_STRING + ")*+")
_STRING = re.compile(_JSON_STRING)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_BLOCK = 1 << 16


def _unmatched(text: str) -> tuple[int, int] | None:
    """The brackets of ``text`` (whole strings only) that no other bracket in it matches, as (closing ones,
    opening ones): all its closing ones come before its opening ones; None when that is not found within a
    few passes (deep nesting, or brackets of two kinds crossed)."""
    if '"' in text:
        text = _STRING.sub("", text)
    # in C: every byte but the four brackets deleted (a character beyond ASCII has no byte below 0x80)
    brackets = text.encode("utf-8", "surrogatepass").translate(None, _NOT_BRACKET)
    for _ in range(32):
        fewer = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if fewer == brackets:
            opening = fewer.lstrip(b"]}")
            if opening.strip(b"[{"):
                return None
            return len(fewer) - len(opening), len(opening)
        brackets = fewer
    return None


_STOP = (OSError, BudgetExceeded)


def _document(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    size = src.size or 0
    out: list[FileDataset] = []
    try:
        fh = src.open()
    except OSError as exc:
        yield FileDataset(name, "json", None, size, [], problem(src.display, "cannot read", exc))
        return
    with fh:
        stream = _JsonStream(fh, src)
        try:
            first = stream.peek()
        except _STOP as exc:
            yield FileDataset(name, "json", None, size, [], problem(src.display, "cannot read", exc))
            return
        whole = True  # False when an array was read as far as max_scan elements: the rest is not looked at
        if first == "[":
            res = Reservoir(sample, name, max_scan)
            error, cut = _drain(src, stream.array(), res)
            out.append(_finish(name, size, res, error, stream.notes("elements"), cut))
            more, whole = False, not res.full
        elif first == "{":
            try:
                found, whole = _object(src, stream, sample, name, max_scan)
                out.extend(found)
                more = whole and stream.peek() in ("{", "[")
            except (*_STOP, ValueError, RecursionError):
                more = True  # not one object: perhaps a sequence of values whose first is broken
        else:
            more = True
        if out and not more and whole and out[-1].error is None:
            try:
                trailing = stream.peek() != ""
            except (*_STOP, ValueError):
                trailing = True
            if trailing:
                out[-1].error = f"{src.shown}: not JSON: text that is not JSON follows the document"
    if more:
        seq = _sequence(src, sample, name, max_scan)
        if seq.records or seq.sample or not out:
            yield seq
            return
    yield from out


def _object(
    src: Source, stream: _JsonStream, sample: int, name: str, max_scan: int
) -> tuple[list[FileDataset], bool]:
    """The arrays of a top-level object as datasets, its other keys as one record; and whether the object was
    read to its end (not when an array held more than ``max_scan`` elements: reading stops there)."""
    size = src.size or 0
    out: list[FileDataset] = []
    rest: dict[str, Any] = {}
    members = 0  # the document's members that are not arrays (``rest`` keeps the first _MAX_MEMBERS)
    reply: str | None = None  # the kind of saved reply whose records were found (see _REPLIES)
    reply_at = 0  # its first dataset in ``out``
    own_keys: list[int] = []  # datasets of arrays under a reply's own keys met before its records (GraphQL's errors)
    stream.take("{")
    while stream.peek() not in ("}", ""):
        key = stream.value()
        stream.take(":")
        if stream.peek() == "[" and not (reply is not None and str(key) in _REPLY_KEYS):
            if str(key) in _REPLY_KEYS:
                own_keys.append(len(out))
            full = _array(src, stream, sample, f"{name}.{key}", max_scan, out)
            if full is not None:
                return out, full
        else:
            cut = stream.cut
            if str(key) in _REPLIES and reply is None and stream.peek() == "{":
                # a saved search or API reply: its records are the array one level down, its other keys the reply's
                reply_at = len(out)
                val, full = _reply(src, stream, sample, name, max_scan, str(key), out)
                if full is not None:
                    return out, full
                if val is None:  # read as the reply's records
                    reply = str(key)
                    if stream.peek() == ",":
                        stream.pos += 1
                    continue
            else:
                val = stream.value()
            if type(val) is dict and keyed_collection(val):  # Firebase's {users: {uid: {...}}}: users are records
                out.append(_entries(f"{name}.{key}", size, val, sample, max_scan, whole=stream.cut == cut))
            else:
                members += 1
                if len(rest) < _MAX_MEMBERS:
                    rest[str(key)] = val
        if stream.peek() == ",":
            stream.pos += 1
    stream.take("}")
    if reply is not None:
        what, _inner, _ = _REPLIES[reply]
        out[reply_at].notes.insert(0, f"read as a saved {what}: one record per element of {reply}.{_inner or '*'}"
                               + (", its _source" if reply == "hits" else "")
                               + "; the reply's own keys are not records")
        rest = {k: v for k, v in rest.items() if k not in _REPLY_KEYS}
        out = [ds for i, ds in enumerate(out) if i not in own_keys]  # GraphQL's ``errors`` before ``data``: no records
    if rest and reply is None and keyed_collection(rest):  # the document itself keyed by id, name or address
        out.append(_entries(name, size, rest, sample, max_scan, whole=True, count=members))
    elif rest:
        own = name if reply is None else f"{name}.reply"  # a reply's records are ``name``: its other keys apart
        res = Reservoir(sample, own, 1)
        res.offer(rest)
        out.append(FileDataset(own, "json", 1, size, res.items, None))
    return out, True


def _entries(
    name: str, size: int, coll: dict[Any, Any], sample: int, max_scan: int, whole: bool, count: int | None = None
) -> FileDataset:
    """A keyed collection's entries as records: an object's own fields and its key (``<key>``), or a plain value
    and its key (``<key>``, ``<value>``). ``count``: the entries there were (more than ``coll`` kept)."""
    res = Reservoir(sample, name, max_scan)
    for key, entry in coll.items():
        res.offer({KEY: str(key), **entry} if type(entry) is dict else {KEY: str(key), VALUE: entry})
        if res.full:
            break
    notes = ["an object keyed by its entries' ids or names: one record per entry, its key at <key>"]
    if not whole:
        notes.append(f"more entries than are read: the first {res.seen:,} are")
    records = (count if count is not None and count > len(coll) else res.seen) if whole and not res.full else None
    return FileDataset(name, "json", records, size, res.items, None, notes)


#: saved replies, by the key of their top-level object that holds the records: (what it is, the key of the array
#: within it, None for every array it holds, and whether an element's ``_source`` is the record)
_REPLIES: dict[str, tuple[str, str | None, bool]] = {
    "hits": ("Elasticsearch search reply", "hits", True),
    "response": ("Solr reply", "docs", False),
    "data": ("GraphQL reply", None, False),
}

#: a saved reply's own top-level keys (Elasticsearch, Solr, GraphQL): not read as a record beside the reply's records
_REPLY_KEYS = frozenset({
    "took", "timed_out", "_shards", "_scroll_id", "pit_id", "terminated_early", "num_reduce_phases", "_clusters",
    "responseHeader", "nextCursorMark", "errors", "extensions",
})  # fmt: skip


def _array(
    src: Source, stream: _JsonStream, sample: int, name: str, max_scan: int, out: list[FileDataset],
    source: bool = False,
) -> bool | None:
    """The array at the stream's position as a dataset (added to ``out``, each element's ``_source`` when
    ``source``); None when the document reads on, else whether it was read to its end."""
    res = Reservoir(sample, name, max_scan)
    stream.bad = BadRecords("elements")
    stream.mended, stream.mended_count = [], 0
    items = stream.array()
    if source:
        items = (v["_source"] if isinstance(v, dict) and isinstance(v.get("_source"), dict) else v for v in items)
    error, cut = _drain(src, items, res)
    out.append(_finish(name, src.size or 0, res, error, stream.notes("elements"), cut))
    if error is not None:
        return True
    if res.full:
        out[-1].notes.append("the keys of the document after this array are not read")
        return False
    return None


def _reply(
    src: Source, stream: _JsonStream, sample: int, name: str, max_scan: int, key: str, out: list[FileDataset]
) -> tuple[dict[str, Any] | None, bool | None]:
    """The object under a top-level ``key`` of :data:`_REPLIES`: its arrays of records become datasets (added
    to ``out``: ``name`` for the one array of a search reply, ``name.<key>`` for each of a GraphQL reply's);
    returns the object itself when it holds none (it is then no reply), else None; and as :func:`_array`."""
    _what, want, source = _REPLIES[key]
    inner: dict[str, Any] = {}
    found = False
    stream.take("{")
    while stream.peek() not in ("}", ""):
        k = str(stream.value())
        stream.take(":")
        if stream.peek() == "[" and (want is None or k == want):
            full = _array(src, stream, sample, name if want else f"{name}.{k}", max_scan, out, source)
            found = True
            if full is not None:
                return None, full
        else:
            val = stream.value()
            if len(inner) < 1000:
                inner[k] = val
        if stream.peek() == ",":
            stream.pos += 1
    stream.take("}")
    if found:
        return None, None
    return inner, None


def _sequence(src: Source, sample: int, name: str, max_scan: int) -> FileDataset:
    """Concatenated JSON values (``mongoexport --pretty``): one record each; a bad value is skipped."""
    res = Reservoir(sample, name, max_scan)
    error = None
    notes: list[str] = []
    number = 0
    try:
        with src.open() as fh:
            stream = _JsonStream(fh, src)
            try:
                while (c := stream.peek()) and not res.full:
                    number += 1
                    try:
                        if c not in "{[":
                            stream.bad.add(f"value {number:,}", "not a JSON object or array")
                            raise _Bad
                        res.offer(stream.element(number, "value"))
                    except _Bad as bad:
                        if bad.passed:
                            continue
                        if not stream.skip_to(_NEXT_VALUE):
                            break
                        stream.pos -= 1
            finally:
                notes = stream.notes("values")
    except _STOP as exc:
        error = problem(src.display, f"cannot parse after {res.seen:,} values", exc)
    if error is None and res.seen == 0:
        error = f"{src.shown}: " + (
            "nested too deep to read" if number and stream.too_deep == number else "not a JSON array or object"
        )
    ds = _finish(name, size=src.size or 0, res=res, error=error, notes=notes)
    ds.kind = "jsonl"
    ds.notes.insert(0, "read as a sequence of JSON values: one record each")
    return ds


def _drain(src: Source, items: Iterator[Any], res: Reservoir) -> tuple[str | None, bool]:
    """Offers the items to ``res``: the error that stopped it, if any, and whether it was the file's end (cut short:
    a compressed stream or an array that ends early, so the records read are counted as a lower bound)."""
    try:
        for item in items:
            res.offer(item)
            if res.full:
                break
    except _STOP as exc:
        return problem(src.display, f"cannot parse after {res.seen:,} records", exc), isinstance(exc, Corrupt)
    except _Truncated as exc:
        return f"{src.shown}: cannot parse after {res.seen:,} records ({exc})", True
    except (ValueError, RecursionError) as exc:  # the array's own brackets broken: what was read is kept
        return problem(src.display, f"cannot parse after {res.seen:,} records", exc), False
    return None, False


def _finish(
    name: str, size: int, res: Reservoir, error: str | None, notes: list[str] | None = None, cut: bool = False
) -> FileDataset:
    records = res.seen if ((error is None or cut) and not res.full) else None
    notes = list(notes or [])
    if cut and records is not None:
        notes.append(cut_short(records))
    return FileDataset(name, "json", records, size, res.items, error, notes)


def text_stream(fh: IO[bytes]) -> io.TextIOWrapper:
    """A text view of a binary stream (UTF-8, BOM dropped, bad bytes replaced)."""
    return io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace", newline="")
