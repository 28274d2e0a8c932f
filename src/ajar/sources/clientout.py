"""Query results saved from a database client: a table as ``psql`` and ``mysql -t`` draw it.

A result redirected to a file (``psql -c 'TABLE people' > people.txt``, ``mysql -t -e 'SELECT …' >
people.txt``) lies about as often as a dump, and holds the same rows. Both clients draw a table
whose rule gives each column's place::

     id |     name      | born               +----+---------------+------------+
    ----+---------------+------------        | id | name          | born       |
      1 | Ana Pérez     | 1977-03-02         +----+---------------+------------+
    (1 row)                                  |  1 | Ana Pérez     | 1977-03-02 |
                                             +----+---------------+------------+
                                             1 row in set (0.00 sec)

Each row is cut at the rule's ``+`` (by display width, as the clients pad: a wide character takes two
columns), so a ``|`` inside a value does not split it; the rule, the box and the footer are no records.
An empty psql cell and mysql's ``NULL`` are no value. Lines are bounded like every text source's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ajar.sources.base import (
    MAX_ELEMENT,
    MAX_VALUE,
    BadRecords,
    BudgetExceeded,
    FileDataset,
    Reservoir,
    Source,
    problem,
)
from ajar.sources.base import lines as _lines

__all__ = ["client_table", "read_client_table"]

_PSQL_RULE = re.compile(r"-+(\+-+)*")
_MYSQL_BAR = re.compile(r"\+(-+\+)+")
_PSQL_FOOT = re.compile(r"\((\d[\d,]*) rows?\)")
_MYSQL_FOOT = re.compile(r"(\d[\d,]*) rows? in set\b.*|Empty set\b.*")
_LABEL = {
    "psql_table": "psql's aligned output (a saved query result): the rule and the (N rows) footer are not records",
    "mysql_table": "the mysql client's table (mysql -t, a saved query result): the box and the footer are not records",
}


def client_table(head: bytes) -> str | None:
    """``psql_table`` or ``mysql_table`` when the first lines are such a client's table, else None."""
    first = head.lstrip(b"\xef\xbb\xbf").decode("utf-8", "replace").splitlines()[:3]
    if len(first) < 3:
        return None
    one, two, three = (x.rstrip() for x in first)
    if _MYSQL_BAR.fullmatch(one) and one == three and two.startswith("|") and two.endswith("|"):
        return "mysql_table" if _cuts(one) == _bars(two) else None
    if "|" in one and _PSQL_RULE.fullmatch(two) and "+" in two:
        return "psql_table" if _cuts(two) == _bars(one) else None
    return None


def _cuts(rule: str) -> list[int]:
    """The display columns of a rule's ``+``."""
    return [i for i, c in enumerate(rule) if c == "+"]


def _bars(line: str) -> list[int]:
    """The display columns of a header line's ``|`` (a header holds column names: no wide characters
    are assumed there beyond what :func:`_width` counts)."""
    out, col = [], 0
    for c in line:
        if c == "|":
            out.append(col)
        col += _width(c)
    return out


def _width(c: str) -> int:
    if unicodedata.combining(c):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def _cells(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """The cells of one drawn row: the characters whose display column falls in each span, stripped."""
    cells: list[list[str]] = [[] for _ in spans]
    col = k = 0
    for c in line:
        while k < len(spans) and col >= spans[k][1]:
            k += 1
        if k == len(spans):
            break
        if col >= spans[k][0]:
            cells[k].append(c)
        col += _width(c)
    return ["".join(x).strip()[: MAX_VALUE * 4] for x in cells]


def read_client_table(src: Source, sample: int, name: str, max_scan: int, kind: str) -> Iterator[FileDataset]:
    """One dataset: the rows of a psql or mysql client's table, under its header's names."""
    res = Reservoir(sample, name, max_scan)
    bad = BadRecords("lines")
    notes = [f"read as {_LABEL[kind]}"]
    columns: list[str] = []
    spans: list[tuple[int, int]] = []
    rows = 0
    said: int | None = None
    complete = True
    error: str | None = None
    lineno = 0
    header: str | None = None
    try:
        with src.open() as raw:
            for b in _lines(raw, src.budget):
                lineno += 1
                if lineno % 1024 == 0:
                    src.budget.check_time()
                if b is None:
                    bad.add(f"line {lineno:,}", f"longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                    continue
                line = b.decode("utf-8", "replace").rstrip("\r\n").lstrip("\ufeff")
                if not spans:  # the header and its rule (psql: header first; mysql: bar, header, bar)
                    rule = line.rstrip()
                    if kind == "psql_table" and header is not None:
                        cut = [-1, *_cuts(rule), len(rule)]
                    elif kind == "mysql_table" and header is not None and _MYSQL_BAR.fullmatch(rule):
                        cut = _cuts(rule)
                    else:
                        header = line if kind == "psql_table" or lineno == 2 else None
                        continue
                    spans = [(a + 1, b) for a, b in zip(cut, cut[1:], strict=False)]
                    columns = _names(_cells(header, spans))
                    continue
                stripped = line.strip()
                if kind == "mysql_table" and _MYSQL_BAR.fullmatch(stripped):
                    continue  # the box's closing bar
                if m := (_PSQL_FOOT if kind == "psql_table" else _MYSQL_FOOT).fullmatch(stripped):
                    said = int(m[1].replace(",", "")) if m.lastindex else 0
                    break
                if not stripped:
                    continue
                if res.full:
                    complete = False
                    break
                rows += 1
                rec = {}
                for col, v in zip(columns, _cells(line, spans), strict=False):
                    if v and not (kind == "mysql_table" and v == "NULL"):
                        rec[col] = v
                res.offer(rec)
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, "reading stopped", exc)
    if said is not None and complete and said != rows:
        notes.append(f"its footer counts {said:,} rows, {rows:,} were read")
    elif said is None and complete and error is None:
        notes.append("no footer (a row count) closes the table: it may be cut short")
    records = rows if complete and error is None else None
    yield FileDataset(name, kind, records, src.size or 0, res.items, error, notes + bad.notes())


def _names(cells: list[str]) -> list[str]:
    """Column names from the header's cells: an empty or repeated one is numbered, as a CSV's are."""
    out: list[str] = []
    for k, c in enumerate(cells):
        n = c[:256] or f"column{k + 1}"
        out.append(n if n not in out else f"{n}_{k + 1}")
    return out
