"""Spreadsheets (``.xlsx``, ``.xlsm``, ``.ods``), read with python-calamine: each sheet is a dataset.

A spreadsheet is a ZIP archive of XML parts. Before calamine opens it, every part's declared
size and compression ratio are checked against the budget, so a sheet declaring 2 GB (or a
part that would expand 1000:1) is a note, not an allocation; ``zipfile`` never gives more
bytes than a part declares, so the declaration bounds what calamine can read.

The header row is found, not assumed: the first of the top rows whose non-empty cells are
all text, at least two of them, and at least half as many as the widest row; rows above it
(titles, blank lines) are left out. A sheet without such a row gets column letters as field
names (``A``, ``B``…), so no value becomes a field name.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from ajar.sources.base import RATIO_SLACK, BudgetExceeded, FileDataset, Reservoir, Source, problem

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
    """One dataset per sheet, ``<name>.<sheet>``."""
    size = src.size or 0
    try:
        from python_calamine import CalamineWorkbook

        path = src.path()
        with zipfile.ZipFile(path) as zf:
            check_parts(zf, src)
        wb = CalamineWorkbook.from_path(str(path))
    except ImportError:
        yield FileDataset(name, kind, None, size, [], f"{src.display}: reading spreadsheets needs python-calamine")
        return
    except Exception as exc:  # noqa: BLE001 - calamine and zipfile raise many types on corrupt files
        yield FileDataset(name, kind, None, size, [], problem(src.display, "cannot open the spreadsheet", exc))
        return
    try:
        for sheet_name in wb.sheet_names:
            ds_name = f"{name}.{str(sheet_name)[:256]}"
            res = Reservoir(sample, ds_name, max_scan)
            try:
                sheet = wb.get_sheet_by_name(sheet_name)
                yield _sheet(sheet.iter_rows(), src, res, ds_name, kind, size)
            except Exception as exc:  # noqa: BLE001
                yield FileDataset(
                    ds_name, kind, None, size, res.items, problem(src.display, "cannot read a sheet", exc)
                )
    finally:
        wb.close()


def _sheet(rows: Iterator[list[Any]], src: Source, res: Reservoir, name: str, kind: str, size: int) -> FileDataset:
    top: list[list[Any]] = []
    for row in rows:
        top.append(row)
        if len(top) >= _LOOK:
            break
    h = header_row(top)
    notes = []
    if h is None:
        width = max((len(r) for r in top), default=0)
        keys = [_letters(i) for i in range(width)]
        body_start = 0
        notes.append("no header row found: columns named by letter")
    else:
        keys = [str(c).strip()[:256] or _letters(i) for i, c in enumerate(top[h])]
        body_start = h + 1
        if h:
            notes.append(f"header found on row {h + 1}")

    def body() -> Iterator[list[Any]]:
        yield from top[body_start:]
        yield from rows

    n = 0
    for row in body():
        n += 1
        if n % 1024 == 0:
            src.budget.check_time()
        rec = {(keys[i] if i < len(keys) else _letters(i)): _cell(v) for i, v in enumerate(row) if v not in ("", None)}
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
        if len({c.strip().lower() for c in cells}) != len(cells):
            continue
        later = rows[i + 1 : i + 6]
        if later and all(all(isinstance(c, str) for c in r if c not in ("", None)) for r in later):
            # every row below is text too: a header only if it looks like names (short, no digits-only)
            if any(len(c) > 64 for c in cells):
                continue
        return i
    return None


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
