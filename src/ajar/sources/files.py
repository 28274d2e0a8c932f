"""Local files as scan targets: data dumps read from disk, never from the network.

:func:`read_path` takes a file or a directory and yields one :class:`FileDataset` per
dataset found:

========== ===================================== ==============================================
kind       files                                 datasets
========== ===================================== ==============================================
``jsonl``  ``.jsonl``, ``.ndjson``, ``.jsonlines`` one per file
``json``   ``.json`` (``.geojson``)              an array: one; an object of arrays: one per
                                                 array (``<file>.<key>``), plus ``<file>`` for
                                                 its other keys as one record
``csv``    ``.csv``, ``.tsv`` (dialect sniffed)  one per file (values stay text)
``parquet`` ``.parquet``, ``.pq``                one per file (pyarrow)
``sqlite`` ``.sqlite``, ``.sqlite3``, ``.db``    one per table, ``<file>.<table>``
``bson``   ``.bson`` (mongodump)                 one per file (``bson.decode_file_iter``)
========== ===================================== ==============================================

A directory is read non-recursively plus one level (``dump/<db>/<coll>.bson`` gives
``<db>.<coll>``); files of other types there are skipped, as are mongodump's
``*.metadata.json``. A single file of unknown extension is sniffed by its first bytes.

Bounded: records are streamed, never loaded whole (JSON arrays are decoded element by
element); at most :data:`MAX_SCAN` records per dataset are read, and ``sample`` of them are
kept by reservoir sampling (uniform over the records read, seeded, so runs repeat).
``records`` is exact when the whole dataset was read or the format stores a count (Parquet
metadata, SQLite ``COUNT(*)``), else None. ``size_bytes`` is the file's size (for a file
holding several datasets, the whole file's).

Errors: a path that does not exist raises :class:`~ajar.errors.TargetError`; a file that
cannot be read or parsed gives a dataset with ``error`` set (naming the file and the problem,
never a value) and whatever sample was read before the problem; nothing raises for one bad
file.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ajar.errors import TargetError
from ajar.models import Record

__all__ = ["MAX_SCAN", "FileDataset", "read_path"]

#: Records read per dataset at most; the sample is drawn from these.
MAX_SCAN = 100_000
_CHUNK = 1 << 16
_MAX_ELEMENT = 64 << 20  # one JSON element (or JSONL line) may be at most this big
_SNIFF = 4096

_KINDS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".geojson": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
    ".bson": "bson",
}


@dataclass
class FileDataset:
    """One dataset read from a local file: its name, format, counts and a sample of records.

    ``sample`` holds raw values (in memory only); ``error`` says, without any value, why the
    file could not be read (fully), or is None.
    """

    name: str
    kind: str
    records: int | None
    size_bytes: int
    sample: list[Record] = field(default_factory=list)
    error: str | None = None

    def __repr__(self) -> str:  # never show the sample
        return (
            f"FileDataset(name={self.name!r}, kind={self.kind!r}, records={self.records}, "
            f"size_bytes={self.size_bytes}, sampled={len(self.sample)}, error={self.error!r})"
        )


class _Reservoir:
    """Uniform reservoir sample (Algorithm R) over at most ``MAX_SCAN`` items."""

    def __init__(self, size: int, seed: str) -> None:
        self.size = max(0, size)
        self.items: list[Record] = []
        self.seen = 0
        self.rng = random.Random(seed)

    @property
    def full(self) -> bool:
        """True once ``MAX_SCAN`` records were read."""
        return self.seen >= MAX_SCAN

    def offer(self, data: Any, meta: dict[str, Any] | None = None) -> None:
        self.seen += 1
        if not isinstance(data, dict):
            data = {"value": data}
        if len(self.items) < self.size:
            self.items.append(Record(data, meta))
            return
        j = self.rng.randrange(self.seen)
        if j < self.size:
            self.items[j] = Record(data, meta)


def read_path(path: Path, sample: int) -> Iterator[FileDataset]:
    """Datasets of a local file or directory, each with up to ``sample`` records.

    Raises :class:`TargetError` when ``path`` does not exist; never for one bad file.
    """
    path = Path(path)
    if not path.exists():
        raise TargetError(f"local path {str(path)!r} does not exist: give an existing file or directory")
    if path.is_dir():
        yield from _read_dir(path, sample)
        return
    yield from _read_file(path, sample, path.stem, sniff=True)


def _read_dir(root: Path, sample: int) -> Iterator[FileDataset]:
    try:
        entries = sorted(root.iterdir())
    except OSError as exc:
        raise TargetError(f"cannot list directory {str(root)!r}: {exc.strerror or type(exc).__name__}") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            try:
                inner = sorted(entry.iterdir())
            except OSError as exc:
                yield FileDataset(
                    entry.name,
                    "directory",
                    None,
                    0,
                    [],
                    f"{entry}: cannot list directory ({exc.strerror or type(exc).__name__})",
                )
                continue
            for sub in inner:
                if sub.is_file() and _wanted(sub, inner):
                    yield from _read_file(sub, sample, f"{entry.name}.{sub.stem}", sniff=False)
        elif entry.is_file() and _wanted(entry, entries):
            yield from _read_file(entry, sample, entry.stem, sniff=False)


def _wanted(path: Path, siblings: Iterable[Path]) -> bool:
    if path.name.startswith("."):
        return False
    if path.name.endswith(".metadata.json"):  # mongodump's index/options file beside the .bson
        return False
    return path.suffix.lower() in _KINDS


def _sniff(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
    except OSError:
        return None
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.startswith(b"PAR1"):
        return "parquet"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"{"):
        first = text.split(b"\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if len(head) >= 5 and 5 <= int.from_bytes(head[:4], "little") <= 16 << 20 and head[4] in range(1, 20):
        return "bson"
    if b"," in head or b"\t" in head:
        return "csv"
    return None


def _read_file(path: Path, sample: int, name: str, *, sniff: bool) -> Iterator[FileDataset]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield FileDataset(name, "unknown", None, 0, [], f"{path}: cannot read ({exc.strerror or type(exc).__name__})")
        return
    kind = _KINDS.get(path.suffix.lower())
    if kind is None and sniff:
        kind = _sniff(path)
    if kind is None:
        yield FileDataset(
            name,
            "unknown",
            None,
            size,
            [],
            f"{path}: not a supported format (JSON, JSON Lines, CSV, Parquet, SQLite, BSON)",
        )
        return
    reader = {"jsonl": _jsonl, "json": _json, "csv": _csv, "parquet": _parquet, "sqlite": _sqlite, "bson": _bson}[kind]
    yield from reader(path, sample, name, size)


def _problem(path: Path, what: str, exc: BaseException) -> str:
    """An error message naming the file and the kind of problem, never a value."""
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    if isinstance(exc, json.JSONDecodeError):
        detail = f"invalid JSON at line {exc.lineno} column {exc.colno}"
    elif isinstance(exc, UnicodeDecodeError):
        detail = f"undecodable bytes at offset {exc.start}"
    return f"{path}: {what} ({detail})"


def _finish(
    name: str, kind: str, size: int, res: _Reservoir, error: str | None, records: int | None = None
) -> FileDataset:
    if records is None and not res.full and error is None:
        records = res.seen
    return FileDataset(name, kind, records, size, res.items, error)


# --- JSON Lines ----------------------------------------------------------------------------------


def _jsonl(path: Path, sample: int, name: str, size: int) -> Iterator[FileDataset]:
    res = _Reservoir(sample, name)
    bad = 0
    error: str | None = None
    try:
        with path.open("rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                if res.full:
                    break
                if len(raw) > _MAX_ELEMENT:
                    error = f"{path}: line {lineno} is longer than {_MAX_ELEMENT >> 20} MiB"
                    break
                line = raw.strip()
                if not line:
                    continue
                try:
                    res.offer(json.loads(line))
                except (ValueError, RecursionError):
                    bad += 1
                    if bad > 100 and bad > res.seen:
                        error = f"{path}: not JSON Lines ({bad} of the first {lineno} lines are not JSON)"
                        break
    except OSError as exc:
        error = _problem(path, "cannot read", exc)
    if error is None and bad and res.seen == 0:
        error = f"{path}: not JSON Lines (no line is JSON)"
    yield _finish(name, "jsonl", size, res, error)


# --- JSON ----------------------------------------------------------------------------------------


class _JsonStream:
    """Incremental reading of one JSON document: containers at the top are walked, elements decoded one by one."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.decoder = json.JSONDecoder()

    def _fill(self) -> bool:
        if self.eof:
            return False
        chunk = self.fh.read(_CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + chunk
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
                if len(self.buf) - self.pos > _MAX_ELEMENT or not self._fill():
                    raise
                continue
            if end == len(self.buf) and not self.eof and self.buf[self.pos] not in '{["':
                # a number may continue in the next chunk
                if self._fill():
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


def _json(path: Path, sample: int, name: str, size: int) -> Iterator[FileDataset]:
    try:
        fh = path.open("r", encoding="utf-8-sig")
    except OSError as exc:
        yield FileDataset(name, "json", None, size, [], _problem(path, "cannot read", exc))
        return
    with fh:
        stream = _JsonStream(fh)
        try:
            first = stream.peek()
        except (OSError, UnicodeDecodeError) as exc:
            yield FileDataset(name, "json", None, size, [], _problem(path, "cannot read", exc))
            return
        if first == "[":
            res = _Reservoir(sample, name)
            error = _drain(path, stream.array(), res)
            yield _finish(name, "json", size, res, error)
            return
        if first != "{":
            yield FileDataset(name, "json", None, size, [], f"{path}: not a JSON array or object of arrays")
            return
        rest: dict[str, Any] = {}
        try:
            stream.take("{")
            while stream.peek() not in ("}", ""):
                key = stream.value()
                stream.take(":")
                if stream.peek() == "[":
                    res = _Reservoir(sample, f"{name}.{key}")
                    error = _drain(path, stream.array(), res)
                    yield _finish(f"{name}.{key}", "json", size, res, error)
                    if error is not None:
                        return
                else:
                    val = stream.value()
                    if len(rest) < 1000:
                        rest[str(key)] = val
                if stream.peek() == ",":
                    stream.pos += 1
            stream.take("}")
        except (json.JSONDecodeError, OSError, UnicodeDecodeError, RecursionError) as exc:
            yield FileDataset(name, "json", None, size, [], _problem(path, "cannot parse", exc))
            return
        if rest:
            yield FileDataset(name, "json", 1, size, [Record(rest)] if sample > 0 else [], None)


def _drain(path: Path, items: Iterator[Any], res: _Reservoir) -> str | None:
    try:
        for item in items:
            res.offer(item)
            if res.full:
                break
    except (json.JSONDecodeError, OSError, UnicodeDecodeError, RecursionError) as exc:
        return _problem(path, f"cannot parse after {res.seen} records", exc)
    return None


# --- CSV -----------------------------------------------------------------------------------------


def _csv(path: Path, sample: int, name: str, size: int) -> Iterator[FileDataset]:
    csv.field_size_limit(16 << 20)
    error: str | None = None
    res = _Reservoir(sample, name)
    for encoding in ("utf-8-sig", "gb18030", "latin-1"):
        res = _Reservoir(sample, name)
        error = None
        try:
            with path.open("r", encoding=encoding, newline="") as fh:
                head = fh.read(_SNIFF * 4)
                fh.seek(0)
                try:
                    dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(head, delimiters=",;\t|")
                except csv.Error:
                    dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
                reader = csv.reader(fh, dialect)
                header = next(reader, None)
                if header is None:
                    break
                keys = [h.strip() or f"column{i + 1}" for i, h in enumerate(header)]
                for row in reader:
                    if not row:
                        continue
                    res.offer({k: v for k, v in zip(keys, row, strict=False) if v != ""})
                    if res.full:
                        break
            break
        except UnicodeDecodeError:
            continue
        except (OSError, csv.Error) as exc:
            error = _problem(path, f"cannot parse CSV after {res.seen} rows", exc)
            break
    yield _finish(name, "csv", size, res, error)


# --- Parquet -------------------------------------------------------------------------------------


def _parquet(path: Path, sample: int, name: str, size: int) -> Iterator[FileDataset]:
    res = _Reservoir(sample, name)
    try:
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        total = pf.metadata.num_rows
        for batch in pf.iter_batches(batch_size=2048):
            for row in batch.to_pylist():
                res.offer(row)
                if res.full:
                    break
            if res.full:
                break
    except ImportError:
        yield FileDataset(name, "parquet", None, size, [], f"{path}: reading Parquet needs pyarrow")
        return
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many types for corrupt files
        yield FileDataset(name, "parquet", None, size, res.items, _problem(path, "cannot read Parquet", exc))
        return
    yield FileDataset(name, "parquet", int(total), size, res.items, None)


# --- SQLite --------------------------------------------------------------------------------------


def _sqlite(path: Path, sample: int, name: str, size: int) -> Iterator[FileDataset]:
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                yield FileDataset(name, "sqlite", None, size, [], f"{path}: not an SQLite database")
                return
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as exc:
        yield FileDataset(name, "sqlite", None, size, [], _problem(path, "cannot open SQLite database", exc))
        return
    try:
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        try:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
        except sqlite3.Error as exc:
            yield FileDataset(name, "sqlite", None, size, [], _problem(path, "cannot list tables", exc))
            return
        for table in tables:
            yield _sqlite_table(conn, path, table, sample, f"{name}.{table}", size)
    finally:
        conn.close()


def _sqlite_table(conn: sqlite3.Connection, path: Path, table: str, sample: int, name: str, size: int) -> FileDataset:
    quoted = '"' + table.replace('"', '""') + '"'
    res = _Reservoir(sample, name)
    try:
        (count,) = conn.execute(f"SELECT COUNT(*) FROM {quoted}").fetchone()  # noqa: S608 - quoted identifier
        cur = conn.execute(f"SELECT * FROM {quoted} LIMIT ?", (MAX_SCAN,))  # noqa: S608
        cols = [d[0] for d in cur.description or ()]
        for row in cur:
            res.offer({c: v for c, v in zip(cols, row, strict=False) if v is not None})
    except sqlite3.Error as exc:
        return FileDataset(name, "sqlite", None, size, res.items, _problem(path, f"cannot read table {table!r}", exc))
    return FileDataset(name, "sqlite", int(count), size, res.items, None)


# --- BSON ----------------------------------------------------------------------------------------


def _bson(path: Path, sample: int, name: str, size: int) -> Iterator[FileDataset]:
    res = _Reservoir(sample, name)
    error: str | None = None
    try:
        import bson
        from bson.codec_options import CodecOptions

        opts: CodecOptions[dict[str, Any]] = CodecOptions(tz_aware=True)
        with path.open("rb") as fh:
            for doc in bson.decode_file_iter(io.BufferedReader(fh), opts):
                meta: dict[str, Any] = {}
                oid: Any = doc.get("_id")
                if isinstance(oid, bson.ObjectId):
                    meta["created"] = oid.generation_time
                res.offer(doc, meta)
                if res.full:
                    break
    except ImportError:
        error = f"{path}: reading BSON needs pymongo"
    except Exception as exc:  # noqa: BLE001 - bson raises InvalidBSON and others on corrupt input
        error = _problem(path, f"corrupt BSON after {res.seen} documents", exc)
    yield _finish(name, "bson", size, res, error)
