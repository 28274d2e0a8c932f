"""Spreadsheets (``.xlsx``, ``.xlsm``, ``.ods``), read with python-calamine: each sheet is a dataset.

A spreadsheet is a ZIP archive of XML parts. Before calamine opens it, every part's declared
size and compression ratio are checked against the budget, so a sheet declaring 2 GB (or a
part that would expand 1000:1) is a note, not an allocation; ``zipfile`` never gives more
bytes than a part declares, so the declaration bounds what calamine can read.

The header row is found, not assumed: the first of the top rows whose non-empty cells are
all text, at least two of them, and at least half as many as the widest row, and whose columns
vote it a header as a CSV's first row is voted (:func:`ajar.sources.tabular.has_header`: its cells
are not the kind and shape of the values under them; a name repeated is no bar, as in a CSV, and is
numbered apart, ``nome``, ``nome_2``: :func:`ajar.sources.base.field_names`); rows above it (titles,
blank lines) are left out. A sheet without such a row gets column letters as field names (``A``,
``B``…), so no value becomes a field name.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from ajar.sources.base import (
    RATIO_SLACK,
    REPLACE,
    BudgetExceeded,
    FileDataset,
    Reservoir,
    Source,
    field_names,
    problem,
    replaced,
)
from ajar.sources.tabular import has_header

__all__ = ["read_sheets", "check_parts"]

_LOOK = 20  # rows looked at to find the header


def check_parts(zf: zipfile.ZipFile, src: Source) -> None:
    """Refuse a ZIP whose parts declare more than the budget or expand beyond the ratio cap."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > RATIO_SLACK and info.file_size > src.budget.max_ratio * max(1, info.compress_size):
            raise BudgetExceeded(f"a part expands more than {src.budget.max_ratio}:1 (a decompression bomb?)")
        if total > src.budget.max_bytes - src.budget.unpacked:
            raise BudgetExceeded(f"its parts declare {total >> 20} MiB, beyond the unpacked-bytes budget")


def read_sheets(src: Source, sample: int, name: str, max_scan: int, kind: str) -> Iterator[FileDataset]:
    """One dataset per sheet, ``<name>.<sheet>``.

    One bad cell does not hide a sheet: when calamine refuses the workbook or a sheet (a byte that
    is not UTF-8, an unknown entity, a number that is not one), the workbook's XML parts are
    repaired into a private copy (bytes replaced by U+FFFD, the entity escaped, the cell read as
    text) and read again; a note says what was repaired and in which rows.
    """
    size = src.size or 0
    try:
        from python_calamine import CalamineWorkbook

        path = src.path()
        with zipfile.ZipFile(path) as zf:
            check_parts(zf, src)
    except ImportError:
        yield FileDataset(name, kind, None, size, [], f"{src.shown}: reading spreadsheets needs python-calamine")
        return
    except Exception as exc:  # noqa: BLE001 - calamine and zipfile raise many types on corrupt files
        yield FileDataset(name, kind, None, size, [], problem(src.display, "cannot open the spreadsheet", exc))
        return
    notes: list[str] = []
    repaired = False
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001
        try:
            wb, notes = _repaired(src, path)
            repaired = True
        except Exception:  # noqa: BLE001 - the repair did not help: the first problem is the one to name
            yield FileDataset(name, kind, None, size, [], problem(src.display, "cannot open the spreadsheet", exc))
            return
    try:
        with zipfile.ZipFile(path) as zf:
            parts = _sheet_parts(zf)
    except Exception:  # noqa: BLE001 - the parts are only looked at to find far cells; calamine reads the rest
        parts = {}
    try:
        for sheet_name in wb.sheet_names:
            ds_name = f"{name}.{str(sheet_name)[:256]}"
            res = Reservoir(sample, ds_name, max_scan)
            try:
                far = _far_range(src, path, parts.get(str(sheet_name)))
                if far is not None:  # calamine would build the whole grid: read the rows as they come
                    ds = _sheet(_stream_rows(src, path, parts[str(sheet_name)]), src, res, ds_name, kind, size)
                    ds.notes.append(far)
                    yield ds
                    continue
                try:
                    rows = wb.get_sheet_by_name(sheet_name).iter_rows()
                except Exception:
                    if repaired:
                        raise
                    wb.close()
                    wb, notes = _repaired(src, path)
                    repaired = True
                    rows = wb.get_sheet_by_name(sheet_name).iter_rows()
                ds = _sheet(rows, src, res, ds_name, kind, size)
                ds.notes += notes
                yield ds
            except Exception as exc:  # noqa: BLE001
                yield FileDataset(
                    ds_name, kind, None, size, res.items, problem(src.display, "cannot read a sheet", exc), notes
                )
    finally:
        wb.close()


#: cells of a sheet's grid (its first to its last cell, empty cells included) beyond which the sheet is
#: read as a stream of rows: calamine holds the whole grid, about 32 bytes a cell, so one stray cell at
#: Z1048576 below 30 rows asks for 27 million cells (870 MB) and kills the reader
DENSE_MAX = 4_000_000
#: a cell reference: column letters and row number (a stray cell's row may overflow what Excel allows)
_REF = re.compile(rb' r="([A-Z]{1,3})([0-9]{1,15})"')
#: a reference that lies far out: a column of three letters (AAA: 703) or a row of six digits or more
#: (100,000). A sheet without one is left to calamine: nearly every real sheet, found by one search (a
#: fifth of calamine's time on a 20,000-row sheet, most of it inflating the part); a grid of up to 702
#: columns by 99,999 rows that would still not fit is the reader's crash, and a note
_FAR = re.compile(rb' r="(?:[A-Z]{3}|[A-Z]{1,2}[0-9]{6})')
_SCAN_CHUNK = 4 << 20


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its XML part in an xlsx (none for ods or xlsb)."""
    if "xl/workbook.xml" not in zf.namelist():
        return {}
    wb = zf.read("xl/workbook.xml").decode("utf-8", "replace")
    rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    targets = {}
    for m in re.finditer(r"<Relationship\b[^>]*>", rels):
        rid, target = re.search(r'\bId="([^"]*)"', m.group(0)), re.search(r'\bTarget="([^"]*)"', m.group(0))
        if rid and target:
            t = target.group(1)
            targets[rid.group(1)] = t.lstrip("/") if t.startswith("/") else f"xl/{t}"
    out = {}
    for m in re.finditer(r"<(?:\w+:)?sheet\b[^>]*>", wb):
        nm, rid = re.search(r'\bname="([^"]*)"', m.group(0)), re.search(r'\br:id="([^"]*)"', m.group(0))
        if nm and rid and rid.group(1) in targets:
            out[_unescape(nm.group(1))] = targets[rid.group(1)]
    return out


def _unescape(text: str) -> str:
    from html import unescape

    return unescape(text)


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _far_range(src: Source, path: Path, part: str | None) -> str | None:
    """A note when the sheet's cells span more than :data:`DENSE_MAX` cells, else None.

    A first pass looks for a reference that may lie far out (one cheap search per chunk); only a sheet
    that has one is measured, reference by reference, in a second pass.
    """
    if part is None or not _scan(src, path, part, lambda block: _FAR.search(block) is not None):
        return None
    rows = cols = 0

    def measure(block: bytes) -> bool:
        nonlocal rows, cols
        for c, r in _REF.findall(block):
            rows, cols = max(rows, int(r)), max(cols, _column(c))
        return False

    _scan(src, path, part, measure)
    if rows * cols <= DENSE_MAX:
        return None
    return (
        f"the sheet's cells span {cols:,} columns by {rows:,} rows ({rows * cols:,} cells, nearly all of them empty): "
        "read as a stream of rows, not as a grid (dates as their serial numbers)"
    )


def _scan(src: Source, path: Path, part: str, look: Callable[[bytes], bool]) -> bool:
    """Call ``look`` on the part's bytes, chunk by chunk (each chunk starts with the last 32 bytes of the
    one before, so no reference is cut in two); True as soon as it returns True."""
    with zipfile.ZipFile(path) as zf, zf.open(part) as f:
        tail = b""
        while chunk := f.read(_SCAN_CHUNK):
            src.budget.check_time()
            cut = chunk.rfind(b"<")  # a chunk ends before its last tag, which the next one starts with
            block = tail + (chunk[:cut] if cut > 0 else chunk)
            tail = chunk[cut:] if cut > 0 else b""
            if look(block):
                return True
        return bool(tail) and look(tail)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
#: characters of shared strings kept for the streamed sheet; the strings beyond are read as empty
_SHARED_MAX = 64 << 20


def _shared_strings(src: Source, zf: zipfile.ZipFile) -> list[str | None]:
    from xml.etree.ElementTree import iterparse

    if "xl/sharedStrings.xml" not in zf.namelist():
        return []
    out: list[str | None] = []
    kept = 0
    with zf.open("xl/sharedStrings.xml") as f:
        root = None
        for event, el in iterparse(f, events=("start", "end")):
            root = el if root is None else root
            if event != "end" or el.tag != f"{_MAIN}si":
                continue
            text = "".join(t.text or "" for t in el.iter(f"{_MAIN}t"))
            kept += len(text)
            out.append(text if kept <= _SHARED_MAX else None)
            root.clear()  # the strings' elements are not kept, only their text
            if len(out) % 4096 == 0:
                src.budget.check_time()
    return out


def _stream_rows(src: Source, path: Path, part: str) -> Iterator[list[Any]]:
    """The sheet's rows as they come in its XML, each a list from column A to its last cell; a row's
    gaps are empty strings and empty rows are left out. Memory: one row and the shared strings."""
    from xml.etree.ElementTree import iterparse

    with zipfile.ZipFile(path) as zf:
        shared = _shared_strings(src, zf)
        with zf.open(part) as f:
            data = None
            cells: dict[int, Any] = {}
            n = 0
            for event, el in iterparse(f, events=("start", "end")):
                if event == "start":
                    if el.tag == f"{_MAIN}sheetData":
                        data = el
                    continue
                if el.tag == f"{_MAIN}c":
                    ref = _REF.match(b' r="' + el.get("r", "").encode("ascii", "replace") + b'"')
                    col = _column(ref.group(1)) - 1 if ref else (max(cells) + 1 if cells else 0)
                    value = _value(el, shared)
                    if value not in ("", None):
                        cells[col] = value
                elif el.tag == f"{_MAIN}row":
                    if cells:
                        row: list[Any] = [""] * (max(cells) + 1)
                        for col, value in cells.items():
                            row[col] = value
                        yield row
                    cells = {}
                    if data is not None:
                        data.clear()  # the rows read so far are not kept
                    n += 1
                    if n % 1024 == 0:
                        src.budget.check_time()


def _value(el: Any, shared: list[str | None]) -> Any:
    """A cell's value: number, shared or inline string, boolean, or text (errors, dates as written)."""
    typ = el.get("t", "n")
    if typ == "inlineStr":
        return "".join(t.text or "" for t in el.iter(f"{_MAIN}t"))
    v = el.find(f"{_MAIN}v")
    text = v.text if v is not None and v.text is not None else ""
    if typ == "s":
        i = int(text) if text.isdigit() else -1
        return shared[i] if 0 <= i < len(shared) else ""
    if typ == "b":
        return text.strip() == "1"
    if typ == "n":
        try:
            return float(text) if text else ""
        except ValueError:
            return text
    return text


_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)")
_ROW = re.compile(r"<row\b[^>]*>.*?</row>", re.S)
_ROW_NUMBER = re.compile(r'<row\b[^>]*?\br="([0-9]{1,7})"')
_CELL = re.compile(r"<c\b([^>]*)>(.*?)</c>", re.S)
_TYPE = re.compile(r'\bt="([^"]*)"')
_VALUE = re.compile(r"<v>([^<]*)</v>")
_REPAIR_MAX = 64 << 20  # an XML part larger than this is not repaired (it would be held whole)


def _repaired(src: Source, path: Path) -> tuple[Any, list[str]]:
    """The workbook reopened from a private copy whose XML parts are repaired; notes say what was repaired."""
    from python_calamine import CalamineWorkbook

    fixed_bytes = fixed_entities = fixed_cells = 0
    rows: list[str] = []
    out = Path(tempfile.mkstemp(dir=src.spool_dir(), suffix=".xlsx")[1])
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            src.budget.check_time()
            if not info.filename.endswith(".xml") or info.file_size > _REPAIR_MAX:
                # whole parts are repaired only up to _REPAIR_MAX (they are held as text); others are copied
                with zin.open(info) as part, zout.open(info, "w") as copy:
                    shutil.copyfileobj(part, copy, 1 << 20)
                continue
            data = zin.read(info)
            before = replaced()
            text = data.decode("utf-8", REPLACE)
            bad = replaced() - before
            fixed_bytes += bad
            fixed_entities += len(_ENTITY.findall(text))
            if "<row" in text:  # a worksheet: each row repaired on its own, so the note can name it
                text, cells = _repair_rows(text, bool(bad), rows)
                fixed_cells += cells
            else:
                text = _ENTITY.sub("&amp;", text)
            data = text.encode("utf-8")
            zout.writestr(info, data)
    what = [f"{k:,} {w}" for k, w in ((fixed_bytes, "undecodable bytes"), (fixed_entities, "unknown entities"),
                                      (fixed_cells, "cells that are not what their type says")) if k]  # fmt: skip
    more = " and more" if len(rows) >= 3 else ""
    where = f" (row{'s' if len(rows) > 1 else ''} {', '.join(rows)}{more})" if rows else ""
    note = f"the workbook's XML was repaired before reading: {', '.join(what) or 'nothing found'}{where}; the rest read"
    return CalamineWorkbook.from_path(str(out)), [note]


def _repair_rows(text: str, bad_bytes: bool, rows: list[str]) -> tuple[str, int]:
    """A worksheet's rows repaired (entities escaped, malformed cells made text); the numbers of the first
    rows repaired or holding replaced bytes are added to ``rows``. Returns the text and the cells repaired."""
    cells = 0

    def row(m: re.Match[str]) -> str:
        nonlocal cells
        body = m.group(0)
        new = _ENTITY.sub("&amp;", body)
        new, _ = _CELL.subn(_cell_as_text, new)
        cells += sum(1 for c in _CELL.finditer(body) if _malformed(c))
        if (new != body or (bad_bytes and "\ufffd" in body)) and len(rows) < 3:
            num = _ROW_NUMBER.search(body)
            if num:
                rows.append(num.group(1))
        return new

    return _ROW.sub(row, text), cells


def _malformed(m: re.Match[str]) -> bool:
    t = _TYPE.search(m.group(1))
    typ = t.group(1) if t else "n"
    v = _VALUE.search(m.group(2))
    if v is None:
        return False
    value = v.group(1).strip()
    if typ == "n":
        try:
            float(value)
        except ValueError:
            return True
        return False
    if typ == "s":
        return not value.isdigit()
    if typ == "b":
        return value not in ("0", "1")
    return False


def _cell_as_text(m: re.Match[str]) -> str:
    """A cell whose value does not fit its type, read as the text it holds (``t="str"``)."""
    if not _malformed(m):
        return m.group(0)
    attrs = _TYPE.sub("", m.group(1)).rstrip() + ' t="str"'
    return f"<c{attrs}>{m.group(2)}</c>"


def _sheet(rows: Iterator[list[Any]], src: Source, res: Reservoir, name: str, kind: str, size: int) -> FileDataset:
    top: list[list[Any]] = []
    for row in rows:
        top.append(row)
        if len(top) >= _LOOK:
            break
    h = header_row(top)
    notes = []
    head: list[str] = []  # the header's names, an empty cell's its letter; none without a header
    if h is None:
        body_start = 0
        notes.append("no header row found: columns named by letter")
    else:
        head = [c if isinstance(c, str) and c.strip() else _letters(i) for i, c in enumerate(top[h])]
        body_start = h + 1
        if h:
            notes.append(f"header found on row {h + 1:,}")
    keys: list[str] = []

    def key(i: int) -> str:
        """Column ``i``'s field name: the header's, numbered as a CSV's when repeated (``nome``, ``nome_2``);
        past the header's width its letters, numbered too if a header holds them (``D`` over column C). The names
        are made again, twice as many, when a row is wider: a name is the same in every row."""
        nonlocal keys
        if i >= len(keys):
            more = range(len(head), max(i + 1, 2 * len(keys), len(head)))
            keys = field_names(head + [_letters(j) for j in more])
        return keys[i]

    def body() -> Iterator[list[Any]]:
        yield from top[body_start:]
        yield from rows

    n = 0
    for row in body():
        n += 1
        if n % 1024 == 0:
            src.budget.check_time()
        rec = {(keys[i] if i < len(keys) else key(i)): _cell(v) for i, v in enumerate(row) if v not in ("", None)}
        if not rec:
            continue
        res.offer(rec)
        if res.full:
            break
    records = None if res.full else res.seen
    return FileDataset(name, kind, records, size, res.items, None, notes)


def header_row(rows: list[list[Any]]) -> int | None:
    """Index of the header among the top rows, or None."""
    width = max((sum(1 for c in r if c not in ("", None)) for r in rows), default=0)
    for i, row in enumerate(rows):
        cells = [c for c in row if c not in ("", None)]
        if len(cells) < 2 or len(cells) * 2 < width:
            continue
        if not all(isinstance(c, str) for c in cells):
            return None  # data before any text-only row: there is no header
        if any(_numeric(c) for c in cells):
            continue
        later = rows[i + 1 : i + 6]
        if later and all(all(isinstance(c, str) for c in r if c not in ("", None)) for r in later):
            # every row below is text too: a header only if it looks like names (short, no digits-only)
            if any(len(c) > 64 for c in cells):
                continue
        # the row that may be the header is one only if its columns say so, as a CSV's first row (a sheet
        # typed without a header, or with its first record in capitals, has its first record here)
        header = _voted(rows, i)
        if len({c.strip().lower() for c in cells}) != len(cells) and (not header or _voted(rows, i + 1)):
            continue  # a name repeated over a row voted a header too, or voted no header: a group's title, passed over
        return i if header else None
    return None


def _voted(rows: list[list[Any]], i: int) -> bool:
    """Whether row ``i`` is voted a header by the rows under it (:func:`ajar.sources.tabular.has_header`); a row
    with a cell that is not text, or fewer than two, is not."""
    cells = [c for c in rows[i] if c not in ("", None)] if i < len(rows) else []
    if len(cells) < 2 or not all(isinstance(c, str) for c in cells):
        return False
    return has_header([_text(c) for c in rows[i]], [[_text(c) for c in r] for r in rows[i + 1 :]])


def _text(v: Any) -> str:
    """A cell as the text a CSV would hold (a number as written, a date in ISO form, an empty cell empty)."""
    if v is None:
        return ""
    if isinstance(v, datetime | date | time):
        return v.isoformat()
    return str(_cell(v))


def _numeric(text: str) -> bool:
    t = text.strip().replace(".", "", 1).replace("-", "", 1).replace("+", "", 1)
    return t.isdigit()


def _letters(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _cell(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1 << 53:
        return int(v)
    if isinstance(v, datetime | date | time | timedelta):
        return v
    return v
