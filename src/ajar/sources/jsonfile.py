"""JSON in every shape dumps take: documents, JSON Lines, concatenated values, Extended JSON, Elasticsearch exports.

The reading is chosen by content, never by extension:

* the first non-blank line is a whole JSON value and another follows: **JSON Lines**
  (``mongoexport``'s default output, even in a file named ``.json``), one record per line;
  a line that does not parse is a note naming the line and the problem, and the rest is read;
* otherwise a **document**: a top-level array is one dataset, streamed element by element;
  an object of arrays is one dataset per array (``<name>.<key>``) plus ``<name>`` for its
  other keys; when more values follow the first (``mongoexport --pretty``), the file is
  read again as a **sequence** of values, one record each.

MongoDB Extended JSON (relaxed and canonical, v1 and v2) is unwrapped everywhere with
``bson.json_util``: ``{"$date": …}`` becomes a datetime, ``{"$numberInt": "7"}`` a number,
``{"$oid": …}`` an ObjectId. Elasticsearch exports are recognised on their first record:
``elasticdump`` lines (``_index``/``_id``/``_source``) give their ``_source``; ``_bulk``
files alternate action lines and source lines, and only source lines are records.

Every line and element is bounded (:data:`~ajar.sources.base.MAX_ELEMENT`) before it is
parsed; a longer one is skipped with a note, never read whole.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Any

from ajar.sources.base import MAX_ELEMENT, BudgetExceeded, FileDataset, Reservoir, Source, problem

__all__ = ["read_json", "loads"]

_CHUNK = 1 << 16
_MAX_SKIP = 256 << 20  # bytes of one over-long line skipped before reading stops
_NOTES = 3  # per-line problems named in notes; the rest are counted
_BULK_ACTIONS = frozenset({"index", "create", "update", "delete"})


def _options() -> Any:
    from bson import json_util
    from bson.codec_options import DatetimeConversion

    return json_util.JSONOptions(tz_aware=True, datetime_conversion=DatetimeConversion.DATETIME_AUTO)


_OPTS: Any = None


def _hook(d: dict[str, Any]) -> Any:
    """``bson.json_util``'s object hook for dicts that look like Extended JSON, with plain Python types out."""
    if not any(k[:1] == "$" for k in d):
        return d
    global _OPTS
    from bson import json_util
    from bson.decimal128 import Decimal128
    from bson.int64 import Int64
    from bson.regex import Regex
    from bson.timestamp import Timestamp

    if _OPTS is None:
        _OPTS = _options()
    try:
        v = json_util.object_hook(d, _OPTS)
    except Exception:  # noqa: BLE001 - a malformed wrapper stays the dict it was
        return d
    if isinstance(v, Int64):
        return int(v)
    if isinstance(v, Decimal128):
        try:
            return v.to_decimal()
        except ArithmeticError:
            return Decimal("NaN")
    if isinstance(v, Timestamp):
        return v.as_datetime()
    if isinstance(v, Regex):
        return v.pattern
    return v


def loads(text: str | bytes) -> Any:
    """One JSON value, Extended JSON unwrapped."""
    return json.loads(text, object_hook=_hook)


# --- the choice of reading ---------------------------------------------------------------------


def read_json(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """The datasets of a JSON, JSON Lines or Elasticsearch export file."""
    try:
        lines = _first_lines(src)
    except (OSError, BudgetExceeded) as exc:
        yield FileDataset(name, "json", None, src.size or 0, [], problem(src.display, "cannot read", exc))
        return
    if lines:
        yield _lines(src, sample, name, max_scan, lines)
        return
    yield from _document(src, sample, name, max_scan)


def _first_lines(src: Source) -> str | None:
    """Why the file is JSON Lines (a note), or None when it is one document."""
    with src.open() as fh:
        first = second = None
        n = 0
        while n < 1000:
            raw = fh.readline(MAX_ELEMENT + 1)
            if not raw:
                break
            n += 1
            if not raw.endswith(b"\n") and len(raw) > MAX_ELEMENT:
                if first is None:
                    return None
                second = b"(too long)"  # one whole value on the first line, then more: JSON Lines
                break
            line = raw.strip().lstrip(b"\xef\xbb\xbf")
            if not line:
                continue
            if first is None:
                first = line
                continue
            second = line
            break
    if first is None or second is None:
        return None
    try:
        v = loads(first)
    except (ValueError, RecursionError):
        return None
    if not isinstance(v, dict | list):
        return None
    return "read as JSON Lines: one JSON value per line"


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
    bad = 0
    error: str | None = None
    shape = _Shape()
    lineno = 0
    try:
        with src.open() as fh:
            while not res.full:
                raw = fh.readline(MAX_ELEMENT + 1)
                if not raw:
                    break
                lineno += 1
                if lineno % 64 == 0:
                    src.budget.check_time()
                if len(raw) > MAX_ELEMENT and not raw.endswith(b"\n"):
                    _skip_line(fh, src)
                    bad += 1
                    if bad <= _NOTES:
                        notes.append(f"line {lineno}: longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                    continue
                line = raw.strip()
                if not line:
                    continue
                try:
                    v = loads(line)
                except (ValueError, RecursionError) as exc:
                    bad += 1
                    if bad <= _NOTES:
                        notes.append(f"line {lineno}: {_why(exc)}")
                    if bad > 100 and bad > res.seen:
                        error = f"{src.display}: not JSON Lines ({bad} of the first {lineno} lines are not JSON)"
                        break
                    continue
                if shape.kind is None:
                    shape.first(v)
                rec = shape.record(v)
                if rec is not None:
                    res.offer(rec)
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, f"reading stopped at line {lineno}", exc)
    if bad > _NOTES:
        notes.append(f"{bad} lines in all could not be read")
    if error is None and bad and res.seen == 0:
        error = f"{src.display}: not JSON Lines (no line is JSON)"
    kind = shape.kind or "jsonl"
    if kind != "jsonl":
        notes[0] = {"elasticdump": "read as an elasticdump export: one document per line, its _source",
                    "es_bulk": "read as an Elasticsearch _bulk file: source lines, not action lines"}[kind]  # fmt: skip
    records = res.seen if (error is None and not res.full) else None
    return FileDataset(name, kind, records, src.size or 0, res.items, error, notes)


def _skip_line(fh: IO[bytes], src: Source) -> None:
    """Consume the rest of an over-long line in bounded pieces; past :data:`_MAX_SKIP`, stop reading."""
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        src.budget.check_time()
        if not chunk or chunk.endswith(b"\n"):
            return
        if skipped > _MAX_SKIP:
            raise BudgetExceeded(f"a line longer than {_MAX_SKIP >> 20} MiB")


def _why(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON at column {exc.colno} ({exc.msg})"
    if isinstance(exc, UnicodeDecodeError):
        return f"undecodable bytes at offset {exc.start}"
    if isinstance(exc, RecursionError):
        return "nested too deep"
    return type(exc).__name__


# --- documents ---------------------------------------------------------------------------------


class _JsonStream:
    """Incremental reading of JSON text: containers at the top are walked, elements decoded one by one."""

    def __init__(self, fh: IO[bytes], src: Source) -> None:
        self.fh = fh
        self.src = src
        self.dec = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.decoder = json.JSONDecoder(object_hook=_hook)

    def _fill(self) -> bool:
        if self.eof:
            return False
        # read as much as is already buffered (at least a chunk): a long element costs O(n), not O(n^2)
        chunk = self.fh.read(max(_CHUNK, len(self.buf) - self.pos))
        self.src.budget.check_time()
        if not chunk:
            self.eof = True
            self.buf = self.buf[self.pos :] + self.dec.decode(b"", final=True)
            self.pos = 0
            return False
        self.buf = self.buf[self.pos :] + self.dec.decode(chunk)
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
            try:
                val, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if len(self.buf) - self.pos > MAX_ELEMENT:
                    raise BudgetExceeded(f"one JSON element is longer than {MAX_ELEMENT >> 20} MiB") from None
                if not self._fill():
                    raise
                continue
            if end == len(self.buf) and not self.eof and self.buf[self.pos] not in '{["':
                if self._fill():  # a number may continue in the next chunk
                    continue
            self.pos = end
            return val

    def array(self) -> Iterator[Any]:
        self.take("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            nxt = self.peek()
            if nxt == ",":
                self.pos += 1
                continue
            self.take("]")
            return


_STOP = (json.JSONDecodeError, OSError, UnicodeDecodeError, RecursionError, BudgetExceeded)


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
        if first == "[":
            res = Reservoir(sample, name, max_scan)
            error = _drain(src, stream.array(), res)
            out.append(_finish(name, size, res, error))
        elif first == "{":
            try:
                out.extend(_object(src, stream, sample, name, max_scan))
            except _STOP as exc:
                yield FileDataset(name, "json", None, size, [], problem(src.display, "cannot parse", exc))
                return
        else:
            yield FileDataset(name, "json", None, size, [], f"{src.display}: not a JSON array or object")
            return
        try:
            more = out[-1].error is None and stream.peek() in ("{", "[")
        except _STOP:
            more = False
    if more:
        yield _sequence(src, sample, name, max_scan)
        return
    yield from out


def _object(src: Source, stream: _JsonStream, sample: int, name: str, max_scan: int) -> list[FileDataset]:
    size = src.size or 0
    out: list[FileDataset] = []
    rest: dict[str, Any] = {}
    stream.take("{")
    while stream.peek() not in ("}", ""):
        key = stream.value()
        stream.take(":")
        if stream.peek() == "[":
            res = Reservoir(sample, f"{name}.{key}", max_scan)
            error = _drain(src, stream.array(), res)
            out.append(_finish(f"{name}.{key}", size, res, error))
            if error is not None:
                return out
        else:
            val = stream.value()
            if len(rest) < 1000:
                rest[str(key)] = val
        if stream.peek() == ",":
            stream.pos += 1
    stream.take("}")
    if rest:
        res = Reservoir(sample, name, 1)
        res.offer(rest)
        out.append(FileDataset(name, "json", 1, size, res.items, None))
    return out


def _sequence(src: Source, sample: int, name: str, max_scan: int) -> FileDataset:
    """Concatenated JSON values (``mongoexport --pretty``): one record each."""
    res = Reservoir(sample, name, max_scan)
    error = None
    try:
        with src.open() as fh:
            stream = _JsonStream(fh, src)
            while stream.peek() and not res.full:
                res.offer(stream.value())
    except _STOP as exc:
        error = problem(src.display, f"cannot parse after {res.seen} values", exc)
    ds = _finish(name, size=src.size or 0, res=res, error=error)
    ds.kind = "jsonl"
    ds.notes.append("read as a sequence of JSON values: one record each")
    return ds


def _drain(src: Source, items: Iterator[Any], res: Reservoir) -> str | None:
    try:
        for item in items:
            res.offer(item)
            if res.full:
                break
    except _STOP as exc:
        return problem(src.display, f"cannot parse after {res.seen} records", exc)
    return None


def _finish(name: str, size: int, res: Reservoir, error: str | None) -> FileDataset:
    records = res.seen if (error is None and not res.full) else None
    return FileDataset(name, "json", records, size, res.items, error)


def text_stream(fh: IO[bytes]) -> io.TextIOWrapper:
    """A text view of a binary stream (UTF-8, BOM dropped, bad bytes replaced)."""
    return io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace", newline="")
