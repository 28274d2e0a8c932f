"""CSV, Parquet, SQLite and BSON (mongodump) files.

* **CSV/TSV**: dialect sniffed, encodings tried in turn (UTF-8, GB18030, Latin-1); one
  dataset per file; values stay text. Each field is bounded by ``csv.field_size_limit``.
* **Parquet** (pyarrow): read in small batches with every column kept dictionary-encoded and
  every dictionary cut to :data:`~ajar.sources.base.MAX_VALUE` per value before rows are
  built, so a dictionary bomb (one huge value repeated by a run-length index) costs its
  dictionary once, not once per row; column chunks whose declared size exceeds the budget
  are refused before a page is read.
* **SQLite**: opened through a ``file:…?mode=ro&immutable=1`` URI, so that neither a lock nor
  a ``-wal``/``-shm`` file is created next to the dump; every statement runs under a progress
  handler that stops it at the deadline (a generated-column bomb ends as a note).
* **BSON**: each document's declared length is checked (at most 16 MiB, MongoDB's own limit)
  before its bytes are read: a file declaring 2 GiB is a note, not a 2 GiB allocation.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ajar.sources.base import (
    MAX_ELEMENT,
    MAX_VALUE,
    BudgetExceeded,
    FileDataset,
    Reservoir,
    Source,
    problem,
)

__all__ = ["read_bson", "read_csv", "read_parquet", "read_sqlite"]

_BSON_MAX = 16 << 20  # MongoDB's maximum document size (a document may be at most this, plus headroom)
_SNIFF = 4096


def _finish(
    name: str, kind: str, size: int, res: Reservoir, error: str | None, records: int | None = None
) -> FileDataset:
    if records is None and not res.full and error is None:
        records = res.seen
    return FileDataset(name, kind, records, size, res.items, error)


# --- CSV -----------------------------------------------------------------------------------------


def read_csv(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset: a CSV/TSV file, its header row as field names."""
    csv.field_size_limit(MAX_VALUE * 16)
    error: str | None = None
    res = Reservoir(sample, name, max_scan)
    tsv = src.display.lower().endswith(".tsv")
    for encoding in ("utf-8-sig", "gb18030", "latin-1"):
        res = Reservoir(sample, name, max_scan)
        error = None
        try:
            with src.open() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as fh:
                head = fh.read(_SNIFF * 4)
            try:
                dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(head, delimiters=",;\t|")
            except csv.Error:
                dialect = csv.excel_tab if tsv else csv.excel
            with src.open() as raw, io.TextIOWrapper(raw, encoding=encoding, newline="") as fh:
                reader = csv.reader(_bounded_lines(fh), dialect)
                header = next(reader, None)
                if header is None:
                    break
                keys = [h.strip()[:256] or f"column{i + 1}" for i, h in enumerate(header)]
                for row in reader:
                    if not row:
                        continue
                    res.offer({k: v for k, v in zip(keys, row, strict=False) if v != ""})
                    if res.seen % 1024 == 0:
                        src.budget.check_time()
                    if res.full:
                        break
            break
        except UnicodeDecodeError:
            continue
        except (OSError, csv.Error, BudgetExceeded) as exc:
            error = problem(src.display, f"cannot parse CSV after {res.seen} rows", exc)
            break
    yield _finish(name, "csv", src.size or 0, res, error)


def _bounded_lines(fh: io.TextIOWrapper) -> Iterator[str]:
    """The lines of a text stream, none read longer than :data:`MAX_ELEMENT` characters."""
    while line := fh.readline(MAX_ELEMENT):
        if len(line) >= MAX_ELEMENT and not line.endswith(("\n", "\r")):
            raise BudgetExceeded(f"a line longer than {MAX_ELEMENT >> 20} MiB")
        yield line


# --- Parquet -------------------------------------------------------------------------------------


def read_parquet(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset: a Parquet file, its row count from the footer."""
    res = Reservoir(sample, name, max_scan)
    size = src.size or 0
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        path = src.path()
        pf = pq.ParquetFile(path)
        meta = pf.metadata
        total = meta.num_rows
        declared = sum(
            max(meta.row_group(g).column(c).total_uncompressed_size, 0)
            for g in range(meta.num_row_groups)
            for c in range(meta.num_columns)
        )
        if declared > src.budget.max_bytes:
            raise BudgetExceeded(f"declares {declared >> 20} MiB of column data, beyond the budget")
        src.budget.take(declared)
        names = [f.name for f in pf.schema_arrow]
        cut_any = False
        pf = pq.ParquetFile(path, read_dictionary=names)
        for batch in pf.iter_batches(batch_size=256):
            src.budget.check_time()
            cols = []
            for col in batch.columns:
                if pa.types.is_dictionary(col.type) and (
                    pa.types.is_string(col.type.value_type) or pa.types.is_large_string(col.type.value_type)
                ):
                    cut_any = cut_any or (pc.max(pc.utf8_length(col.dictionary)).as_py() or 0) > MAX_VALUE
                    cut = pc.utf8_slice_codeunits(col.dictionary, 0, MAX_VALUE)
                    col = pa.DictionaryArray.from_arrays(col.indices, cut)
                elif pa.types.is_dictionary(col.type) and pa.types.is_binary(col.type.value_type):
                    cut = pc.binary_slice(col.dictionary, 0, MAX_VALUE)
                    col = pa.DictionaryArray.from_arrays(col.indices, cut)
                cols.append(col)
            rows = pa.Table.from_arrays(cols, names=batch.schema.names).to_pylist()
            for row in rows:
                res.offer(row)
                if res.full:
                    break
            if res.full:
                break
    except ImportError:
        yield FileDataset(name, "parquet", None, size, [], f"{src.display}: reading Parquet needs pyarrow")
        return
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many types for corrupt files
        yield FileDataset(name, "parquet", None, size, res.items, problem(src.display, "cannot read Parquet", exc))
        return
    notes = [f"values longer than {MAX_VALUE >> 10} KiB were cut before rows were built"] if cut_any else []
    yield FileDataset(name, "parquet", int(total), size, res.items, None, notes)


# --- SQLite --------------------------------------------------------------------------------------


def read_sqlite(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset per table (``<name>.<table>``), opened immutable and read-only."""
    size = src.size or 0
    try:
        path = src.path()
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                yield FileDataset(name, "sqlite", None, size, [], f"{src.display}: not an SQLite database")
                return
        uri = "file:" + quote(str(path.resolve())) + "?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except (OSError, sqlite3.Error, BudgetExceeded) as exc:
        yield FileDataset(name, "sqlite", None, size, [], problem(src.display, "cannot open SQLite database", exc))
        return
    deadline = src.budget.deadline

    def stop() -> int:
        return 1 if time.monotonic() > deadline else 0

    conn.set_progress_handler(stop, 10_000)
    # no value (a generated column's zeroblob(1e9), a huge text) may be longer than an element
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_ELEMENT)
    notes = []
    if src.disk is not None and Path(f"{src.disk}-wal").exists():
        notes.append("a -wal file lies beside it: opened immutable, changes not yet checkpointed are not read")
    try:
        conn.text_factory = lambda b: b[: MAX_VALUE * 4].decode("utf-8", "replace")
        try:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
        except sqlite3.Error as exc:
            yield FileDataset(name, "sqlite", None, size, [], problem(src.display, "cannot list tables", exc))
            return
        for table in tables:
            ds = _sqlite_table(conn, src, table, sample, f"{name}.{table}", max_scan)
            ds.notes.extend(notes)
            yield ds
    finally:
        conn.close()


def _sqlite_table(
    conn: sqlite3.Connection, src: Source, table: str, sample: int, name: str, max_scan: int
) -> FileDataset:
    quoted = '"' + table.replace('"', '""') + '"'
    res = Reservoir(sample, name, max_scan)
    size = src.size or 0
    count: int | None = None
    try:
        # Bound each value before Python sees it: text and blobs are cut inside SQLite.
        # generated columns are computed from the stored ones when read (a bomb's favourite place): skip them
        info = list(conn.execute(f"SELECT name, hidden FROM pragma_table_xinfo({_lit(table)})"))
        cols = [name for name, hidden in info if hidden == 0]
        generated = sum(1 for _, hidden in info if hidden in (2, 3))
        exprs = ", ".join(
            f"CASE WHEN typeof({q}) IN ('text','blob') THEN substr({q}, 1, {MAX_VALUE}) ELSE {q} END"
            for q in ('"' + c.replace('"', '""') + '"' for c in cols)
        )
        (count,) = conn.execute(f"SELECT COUNT(*) FROM {quoted}").fetchone()  # noqa: S608 - quoted identifier
        cur = conn.execute(f"SELECT {exprs or '*'} FROM {quoted} LIMIT ?", (max_scan,))  # noqa: S608
        for row in cur:
            res.offer({c: v for c, v in zip(cols, row, strict=False) if v is not None})
        notes = [f"{generated} generated columns not read (computed from the stored ones)"] if generated else []
    except sqlite3.OperationalError as exc:
        why: BaseException = exc
        if "interrupted" in str(exc):
            why = BudgetExceeded(f"time budget of {src.budget.seconds:g} s ran out")
        return FileDataset(name, "sqlite", None, size, res.items, problem(src.display, "cannot read a table", why))
    except sqlite3.Error as exc:
        return FileDataset(name, "sqlite", None, size, res.items, problem(src.display, "cannot read a table", exc))
    return FileDataset(name, "sqlite", int(count) if count is not None else None, size, res.items, None, notes)


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --- BSON ----------------------------------------------------------------------------------------


def read_bson(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset: a mongodump ``.bson`` file, each document's length checked before it is read."""
    res = Reservoir(sample, name, max_scan)
    error: str | None = None
    try:
        import bson
        from bson.codec_options import CodecOptions, DatetimeConversion

        opts: CodecOptions[dict[str, Any]] = CodecOptions(
            tz_aware=True, datetime_conversion=DatetimeConversion.DATETIME_AUTO
        )
        with src.open() as fh:
            while not res.full:
                head = fh.read(4)
                if not head:
                    break
                if len(head) < 4:
                    raise bson.errors.InvalidBSON("truncated length")
                n = int.from_bytes(head, "little", signed=True)
                if n < 5 or n > min(_BSON_MAX + (16 << 10), MAX_ELEMENT):
                    raise BudgetExceeded(f"document {res.seen + 1} declares {n} bytes, beyond MongoDB's 16 MiB")
                body = fh.read(n - 4)
                if len(body) != n - 4:
                    raise bson.errors.InvalidBSON("truncated document")
                doc = bson.decode(head + body, opts)
                meta: dict[str, Any] = {}
                oid: Any = doc.get("_id")
                if isinstance(oid, bson.ObjectId):
                    meta["created"] = oid.generation_time
                res.offer(doc, meta)
                if res.seen % 1024 == 0:
                    src.budget.check_time()
    except ImportError:
        error = f"{src.display}: reading BSON needs pymongo"
    except Exception as exc:  # noqa: BLE001 - bson raises InvalidBSON and others on corrupt input
        error = problem(src.display, f"corrupt BSON after {res.seen} documents", exc)
    yield _finish(name, "bson", src.size or 0, res, error)
