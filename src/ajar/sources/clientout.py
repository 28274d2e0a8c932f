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

A psql value holding line breaks takes one drawn line per line of it, each but the last marked by a ``+`` in
the cell's last column (where a cell is otherwise padded with a space)::

     id |    address    | born
    ----+---------------+------------
      1 | Calle Mayor 5+| 1977-03-02
        | 28013 Madrid  |
    (1 row)

so the lines of one row are joined, the value's lines by a line break. With ``\\pset format wrapped`` (a width
given: saved to a file, psql wraps nothing without one) a long value is cut into pieces, each but the last
marked ``.`` in the cell's last column and the next one ``.`` in its first; they are joined as they are (a space
psql pads a piece with where a wide character did not fit is taken off: a real space there cannot be told from
it)::

     id |    address    | born
    ----+---------------+------------
      1 | Calle Mayor 5.| 1977-03-02
        |., 28013 Madri.|
        |.d             |

With ``\\pset border 2`` psql draws the frame mysql does (read as a mysql box, psql's marks and footer read too;
its ``NULL`` is no value either; the footer tells it a psql table). The ``old-ascii`` line style marks the next
line instead, in the bar before the cell (``:`` a line break, ``;`` a wrapped value, the bars between columns no
``|``); the first column has no bar before it, so its pieces are joined on one line when the piece above filled
the column, else by a line break.
With ``\\pset border 0`` psql draws no bars: the rule's gaps part the columns (a space in a value stays in its
column, as a ``|`` does), psql's ``+`` and ``.`` marks stand in the gap after a cell and no ``.`` begins a wrapped
value's next piece (a table of one column, its rule a line of dashes as under any title, is not taken for one; the
old-ascii style draws no marks there at all, so a value's further lines are rows then, as the footer's count says).
A table of one column (border 1) is told by its header, the name centred over the rule; in the old-ascii style a
line that goes on is padded to the column's end (psql pads a last column only to draw a mark after it), and with
border 2 nothing tells a value's further lines from rows: they are read as rows, with a note.
psql's expanded output (``\\x``, ``psql -x``) is one block per record, its fields one per line, a value's further
lines under an empty name::

    -[ RECORD 1 ]--------------
    id      | 1
    address | Calle Mayor 5 +
            | 28013 Madrid
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import compress, takewhile

from ajar.bounds import count_of
from ajar.sources.base import (
    MAX_VALUE,
    BadRecords,
    BudgetExceeded,
    FileDataset,
    Reservoir,
    Source,
    field_names,
    numbered,
    problem,
    text_lines,
)

__all__ = ["client_table", "read_client_table", "read_psql_expanded"]

_PSQL_RULE = re.compile(r"-+(\+-+)*")
_PSQL_GAPS = re.compile(r"-+( -+)+")  # \pset border 0: two columns or more (one is a line of dashes under a title)
_MYSQL_BAR = re.compile(r"\+(-+\+)+")
_PSQL_FOOT = re.compile(r"\((\d[\d,]*) rows?\)")
_MYSQL_FOOT = re.compile(r"(\d[\d,]*) rows? in set\b.*|Empty set\b.*")
_PSQL_RECORD = re.compile(r"-\[ RECORD (\d+) \]-*(\+-*)?")
_EXPANDED_ON = "Expanded display is on."
_LABEL = {
    "psql_table": "psql's aligned output (a saved query result): the rule and the (N rows) footer are not records",
    "mysql_table": "the mysql client's table (mysql -t, a saved query result): the box and the footer are not records",
    "psql_bordered": "psql's aligned output with \\pset border 2 (a saved query result): the frame and the (N rows) "
    "footer are not records",
    "psql_expanded": "psql's expanded output (\\x, a saved query result): one record per -[ RECORD n ] block",
}


def client_table(head: bytes) -> str | None:
    """``psql_table`` or ``mysql_table`` when the first lines are such a client's table, else None."""
    lines = head.lstrip(b"\xef\xbb\xbf").decode("utf-8", "replace").splitlines()[:_LOOK]
    if lines and lines[0].rstrip() == _EXPANDED_ON:
        lines = lines[1:]
    first = lines[:4]
    if len(first) >= 2 and _PSQL_RECORD.fullmatch(first[0].rstrip()) and first[0].startswith("-[ RECORD 1 ]"):
        return "psql_expanded" if "|" in first[1] else None
    if len(first) < 3:
        return None
    one, two, three = (x.rstrip() for x in first[:3])
    if _MYSQL_BAR.fullmatch(one) and one == three and two.startswith("|") and two.endswith("|"):
        return "mysql_table" if _cuts(one) == _bars(two) else None
    if "|" in one and _PSQL_RULE.fullmatch(two) and "+" in two:
        return "psql_table" if _cuts(two) == _bars(one) else None
    body = list(takewhile(lambda x: not _PSQL_FOOT.fullmatch(x.strip()), lines[2:]))  # its rows, to the footer
    if _PSQL_GAPS.fullmatch(two) and _headed(one, spans := _gap_spans(two)):
        return "psql_table" if all(_in_line(x, spans) for x in body) else None
    if "|" not in one and _PSQL_RULE.fullmatch(two) and _centred(first[0], len(two)):
        # one column (border 1): every row begins with its padding or a wrapped piece's ``.``; border 0 old-ascii
        # draws the same header, its values unpadded (one ending in ``+`` read as a line break's mark)
        return "psql_table" if all(x[:1] in ("", " ", ".") for x in body) else None
    return None


#: lines of the head a ``\\pset border 0`` table's rows are looked at in
_LOOK = 32


def _in_line(line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``line``, below a ``\\pset border 0`` rule of ``spans``, is drawn as psql draws a row: a space or
    psql's mark in every gap, nothing past the last column's mark. psql's rule is as wide as its widest value;
    other clients' names underlined as wide as themselves (``sqlcmd -W``, SQL*Plus when a column is as wide as its
    name) hold values that overflow them."""
    gaps = {b - 1 for _, b in spans[:-1]}
    col = 0
    for c in line:
        if col in gaps and c not in " +.":
            return False
        col += _width(c)
    return col <= spans[-1][1]


def _centred(header: str, width: int) -> bool:
    """Whether ``header`` is the name of a psql table's one column as psql draws it over a rule ``width`` wide
    (border 1): a space, the name centred in the column (the odd space after it), a space, no more."""
    name = header.strip()
    room = width - 2 - sum(map(_width, name))
    return bool(name) and room >= 0 and header == " " * (1 + room // 2) + name + " " * (1 + room - room // 2)


def _gap_spans(rule: str) -> list[tuple[int, int]]:
    """The columns of a ``\\pset border 0`` rule: each column's dashes and the gap after them, where psql puts its
    ``+`` and ``.`` marks (the last column's after the rule's end)."""
    cut = [-1, *(i for i, c in enumerate(rule) if c == " "), len(rule)]
    return [(a + 1, b + 1) for a, b in zip(cut, cut[1:], strict=False)]


def _headed(header: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``header`` is the names of a ``\\pset border 0`` table of ``spans``: a name in every column, centred
    in it as psql centres it (the odd space after it: other clients that draw such a rule, SQL*Plus and sqlcmd,
    put a name flush left), a space in every gap between them."""
    texts: list[list[str]] = [[] for _ in spans]
    k = col = 0
    for c in header:
        while k < len(spans) and col >= spans[k][1]:
            k += 1
        if k == len(spans):
            return False
        if col == spans[k][1] - 1 and k < len(spans) - 1:
            if c != " ":
                return False  # a gap between columns
        else:
            texts[k].append(c)
        col += _width(c)
    for (a, b), chars in zip(spans, texts, strict=True):
        text = "".join(chars)
        name = text.strip()
        room = b - 1 - a - sum(map(_width, name))
        if not name or room < 0 or len(text) - len(text.lstrip(" ")) != room // 2:
            return False
    return True


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


def _cells(line: str, spans: list[tuple[int, int]], marks: _Marks | None = None, lefts: bool = True) -> list[str]:
    """The cells of one drawn row: the characters whose display column falls in each span, stripped.

    With ``marks`` (a psql row), a cell is its text between the span's two padding columns, not stripped (a
    wrapped value's pieces keep their spaces), and psql's marks there are taken off and said in ``marks``; without
    ``lefts`` (``\\pset border 0``) a span begins with the cell's text, no column before it holds a mark."""
    cells = [""] * len(spans)  # only the cells the line reaches are made: a short row of a wide table costs its text
    held: list[str] = []
    col = k = 0

    def cell() -> str:
        text = "".join(held)
        if marks is None:
            return text.strip()[: MAX_VALUE * 4]
        marks.filled.append(k)
        return text[: MAX_VALUE * 4]

    for c in line:
        while k < len(spans) and col >= spans[k][1]:
            if held:
                cells[k] = cell()
                held = []
            k += 1
        if k == len(spans):
            if marks is not None:
                marks.pad = False  # the line goes on past the last cell: drawn out of line
            break
        if col >= spans[k][0]:
            if marks is None:
                held.append(c)
            elif col == spans[k][1] - 1 and c in " +.":
                if c != " ":
                    marks.right[k] = c
                marks.pad = c == " " and k == len(spans) - 1
            elif lefts and col == spans[k][0] and c in " .":
                if c == ".":
                    marks.left.add(k)
            else:
                held.append(c)
        col += _width(c)
    if held:
        cells[k] = cell()
    return cells


class _Marks:
    """psql's marks in a row's line, by cell: ``right`` the ``+`` (the value goes on after a line break) or ``.``
    (wrapped: it goes on in the same line) in the cell's last column, ``left`` the cells whose first column holds
    the ``.`` that begins a wrapped value's next piece; ``filled`` the cells the line has text in. Only the cells
    that hold them are named, so a short line of a wide table costs its own text."""

    def __init__(self) -> None:
        self.right: dict[int, str] = {}
        self.left: set[int] = set()
        self.filled: list[int] = []
        self.pad = False  # the last cell's last column holds a space, and the line ends there


class _Row:
    """A psql row being read, whose values may go on in the lines below: each cell's lines done (a value's line
    breaks) and the text of the line being read (a wrapped value's pieces, joined as they are), and the cells
    that go on: ``+`` after a line break, ``.`` in the same line."""

    def __init__(self, cells: list[str], marks: _Marks) -> None:
        self.text = cells
        for k in marks.left:  # a ``.`` where no piece was awaited is the value's own (a row drawn out of line)
            self.text[k] = "." + cells[k]
        self.done: dict[int, str] = {}
        self.going = marks.right
        self.filled = set(marks.filled) | marks.left
        self.first = cells[0] if cells else ""  # the first column's last piece

    def goes_on(self, marks: _Marks) -> bool:
        """Whether the next line, of ``marks``, goes on with this row's values (psql's marks in the line above): a
        value wrapped goes on only where the next line's piece begins with its ``.``."""
        for k, on in list(self.going.items()):
            if on == "." and k not in marks.left:
                self.text[k] += "."  # no piece follows: the ``.`` was the value's own
                del self.going[k]
        return bool(self.going)

    def add(self, cells: list[str], marks: _Marks, how: dict[int, str] | None = None) -> None:
        """The next line's cells: each goes on its value as ``how`` (or the marks above it) says, ``+`` (``:``
        in old-ascii style) after a line break, ``.`` (``;``) in the same line; the others' text is none of theirs."""
        going = self.going if how is None else how
        for k, on in going.items():
            self.filled.add(k)
            if on in ("+", ":"):
                self.done[k] = self._value(k)
                self.text[k] = cells[k]
            elif len(text := self.text[k]) < MAX_VALUE * 4:
                if text.endswith(" ") and cells[k][:1] and _width(cells[k][0]) == 2:
                    text = text[:-1]  # psql pads a piece where a wide character did not fit (a space there is lost)
                self.text[k] = (text + cells[k])[: MAX_VALUE * 4]
        self.going = {k: on for k, on in marks.right.items() if k in going}
        if 0 in going:
            self.first = cells[0]

    def _value(self, k: int) -> str:
        done, line = self.done.get(k), self.text[k].strip()
        if done is None:
            return line[: MAX_VALUE * 4]
        return (done + "\n" + line)[: MAX_VALUE * 4] if len(done) < MAX_VALUE * 4 else done

    def values(self) -> list[str]:
        for k in self.filled:
            self.text[k] = self._value(k)
        self.filled = set()
        return self.text


def _old_ascii(
    line: str, bars: dict[int, int], spans: list[tuple[int, int]], row: _Row, padded: bool = False
) -> dict[int, str] | None:
    """How the cells of a line of psql's ``old-ascii`` style go on with the row above (``:`` in the bar before
    a column after a line break, ``;`` in a wrapped value), or None when the line is a row of its own (a ``|``
    in the bars between columns, ``bars``: display column -> the column after it, which a row's first line
    always holds; a line must reach them all). The first column has no bar of its own: its text goes on its
    value, on the same line when the piece above filled the column (but for a space that may end it), else after
    a line break: a line of the value as wide as the column is joined to the next without its break. In a table
    of one column (no bars) the line goes on the row only when the line above was ``padded`` to the column's end
    (psql pads the last column only to draw a mark after it, a space in this style)."""
    how: dict[int, str] = {}
    col = 0
    for c in line:
        if col in bars:
            if c == "|":
                return None
            if c in ":;":
                how[bars[col]] = c
        col += _width(c)
    if not (bars or padded) or col <= spans[-1][0] - 1:
        return None  # a line short of the last bar is no continuation (psql writes every bar's column there)
    if _cells(line, spans[:1])[0]:
        filled = sum(map(_width, row.first.rstrip())) >= spans[0][1] - spans[0][0] - 3  # a space may end a piece
        how[0] = ";" if filled else ":"
    elif padded and not bars:
        how[0] = ":"  # an empty line of the value (a value that ends in a line break): one column, no row of its own
    return how or None


def _blank_but(how: dict[int, str], cells: list[str], marks: _Marks) -> bool:
    """Whether the line's cells that do not go on a value above (not in ``how``) are empty, as psql draws them: a
    row drawn out of line (a character psql measures otherwise), its ``|`` off the bars, is no continuation."""
    return all(k in how or not cells[k].strip() for k in marks.filled)


def read_client_table(src: Source, sample: int, name: str, max_scan: int, kind: str) -> Iterator[FileDataset]:
    """One dataset: the rows of a psql or mysql client's table, under its header's names.

    A boxed table is mysql's or psql's with ``\\pset border 2`` (the same frame): a psql footer says which, and
    psql's marks are read in both (mysql pads every cell with a space where psql puts them)."""
    res = Reservoir(sample, name, max_scan)
    bad = BadRecords("lines")
    columns: list[str] = []
    spans: list[tuple[int, int]] = []
    rows = 0
    said: int | None = None
    footer: str | None = None
    complete = True
    error: str | None = None
    header: str | None = None
    row: _Row | None = None  # the row being read: its values may go on in the lines below
    padded = False  # one column (border 1): the line above is padded to the column's end (old-ascii: it goes on)
    bars: dict[int, int] = {}  # the display columns of the bars between columns -> the column after each
    lefts = True  # whether a column's first display column is padding (or a wrapped piece's ``.``): not in border 0

    def offer(cells: list[str]) -> None:
        rec = {}
        for col, v in compress(zip(columns, cells, strict=False), cells):  # the cells with text: no loop per column
            if not (kind == "mysql_table" and v == "NULL"):
                rec[col] = v
        res.offer(rec)

    try:
        for lineno, line in _text_lines(src, bad):
            if not spans:  # the header and its rule (psql: header first; mysql: bar, header, bar)
                rule = line.rstrip()
                if kind == "psql_table" and header is not None and _PSQL_GAPS.fullmatch(rule):
                    spans, lefts = _gap_spans(rule), False  # \pset border 0: no bars, no old-ascii marks
                    columns = field_names(_cells(header, spans))
                    continue
                if kind == "psql_table" and header is not None:
                    cut = [-1, *_cuts(rule), len(rule)]
                elif kind == "mysql_table" and header is not None and _MYSQL_BAR.fullmatch(rule):
                    cut = _cuts(rule)
                else:
                    header = line if kind == "psql_table" or lineno == 2 else None
                    continue
                spans = [(a + 1, b) for a, b in zip(cut, cut[1:], strict=False)]
                bars = {spans[k][0] - 1: k for k in range(1, len(spans))}
                columns = field_names(_cells(header, spans))
                continue
            marks = _Marks()
            cells = _cells(line, spans, marks, lefts)
            if row is not None and not lefts:  # border 0 draws no ``.`` before a wrapped value's next piece
                marks.left = {k for k, on in row.going.items() if on == "."}
            if row is not None and row.goes_on(marks):  # a value's further lines (line breaks, wrapped; may be empty)
                row.add(cells, marks)
                padded = False
                continue
            stripped = line.strip()
            if kind == "mysql_table" and _MYSQL_BAR.fullmatch(stripped):
                continue  # the box's closing bar
            m = _MYSQL_FOOT.fullmatch(stripped) if kind == "mysql_table" else None
            barless = kind == "psql_table" and (len(spans) == 1 or not lefts)  # border 0, or one column
            if m or (m := _PSQL_FOOT.fullmatch(line if barless else stripped)):  # (a value is padded: not the footer)
                said = count_of(m[1].replace(",", "")) if m.lastindex else 0  # None: no count a client prints
                footer = "psql" if m.re is _PSQL_FOOT else "mysql"
                break
            if not stripped and not (line and barless):
                continue  # (no bar stands in it: psql draws a row of empty values as spaces, border 0 or one column)
            above, padded = padded, kind == "psql_table" and len(spans) == 1 and marks.pad
            if row is not None:
                how = _old_ascii(line, bars, spans, row, above)  # psql's old-ascii style marks the line below instead
                if how and _blank_but(how, cells, marks):
                    row.add(cells, marks, how)
                    continue
                offer(row.values())
                row = None
            if res.full:
                complete = False
                break
            rows += 1
            row = _Row(cells, marks)
        if row is not None:
            offer(row.values())
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, "reading stopped", exc)
    label = "psql_bordered" if kind == "mysql_table" and footer == "psql" else kind
    notes = [f"read as {_LABEL[label]}"]
    if said is not None and complete and said != rows:
        notes.append(f"its footer counts {said:,} rows, {rows:,} were read")
        if label == "psql_bordered" and len(spans) == 1 and said < rows:
            notes.append("a table of one column in psql's old-ascii style marks no value's further lines (border 2): "
                         "they cannot be told from rows, and are read as rows")  # fmt: skip
    elif footer is None and complete and error is None:
        notes.append("no footer (a row count) closes the table: it may be cut short")
    records = rows if complete and error is None else None
    kind = "psql_table" if label.startswith("psql") else kind  # the client that drew it (border 2: its note says)
    yield FileDataset(name, kind, records, src.size or 0, res.items, error, notes + bad.notes())


def _text_lines(src: Source, bad: BadRecords) -> Iterator[tuple[int, str]]:
    """A saved client output's lines (:func:`~ajar.sources.base.text_lines`), each without its line end; a line
    too long to read is left out (noted in ``bad``)."""
    for lineno, line in text_lines(src, bad):
        if line is not None:
            yield lineno, line.rstrip("\r\n")


def read_psql_expanded(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset: the records of psql's expanded output, one per ``-[ RECORD n ]`` block.

    A field's line is its name, padded to the names' width, ``|`` and its value; the ``|`` stands in the same
    display column on every line (the block's title marks it with ``+`` when the names are wider than the
    title; else it is the first ``|`` that every line of the first block holds there). A line whose name is
    empty carries on the value above it, whose line then ended in psql's ``+`` mark. A repeated name in one
    record is numbered (``name_2``), an empty value is no value, as in the aligned table. A record keeps at
    most :data:`_BLOCK_TEXT` characters of its lines (the rest are left out, with a note)."""
    res = Reservoir(sample, name, max_scan)
    bad = BadRecords("lines")
    notes = [f"read as {_LABEL['psql_expanded']}"]
    records = 0
    complete = True
    error: str | None = None
    block: list[str] | None = None  # the lines of the record being read
    held = 0  # their characters
    sep: int | None = None  # the display column of the names' ``|``
    said: int | None = None

    def offer(lines: list[str]) -> None:
        nonlocal sep
        if sep is None:
            sep = _sep_column(lines)
        rec: dict[str, str] = {}
        last: str | None = None
        taken: set[str] = set()
        given: dict[str, int] = {}  # (a name repeated 100,000 times in one record was numbered from _2 each time)
        for line in lines:
            key, value = _field(line, sep)
            if key is None:
                continue  # not a field's line (no ``|`` in the names' column)
            if not key and last is not None:  # the next line of the value above
                above = rec[last]
                if len(above) < MAX_VALUE * 4:
                    above = above[:-1].rstrip() if above.endswith("+") else above
                    rec[last] = (above + "\n" + value)[: MAX_VALUE * 4]
                continue
            key = key[:256] or "column"
            k = numbered(key, taken, given, "{}_{}") if key in taken else key
            taken.add(k)
            rec[k] = value[: MAX_VALUE * 4]
            last = k
        res.offer({k: v for k, v in rec.items() if v})

    try:
        for lineno, line in _text_lines(src, bad):
            if m := _PSQL_RECORD.fullmatch(line.rstrip()):
                if block is not None:
                    offer(block)
                if res.full:
                    block = None
                    complete = False
                    break
                records += 1
                block, held = [], 0
                if sep is None and m[2]:
                    sep = line.index("+")  # the title is ASCII: its index is its display column
                continue
            if block is None:
                if f := _PSQL_FOOT.fullmatch(line.rstrip()):
                    said = count_of(f[1].replace(",", ""))
                continue  # "Expanded display is on.", an empty result's "(0 rows)"
            line = line[: MAX_VALUE * 4 + 1024]
            held += len(line)
            if held > _BLOCK_TEXT:
                bad.add(f"line {lineno:,}", f"past {_BLOCK_TEXT >> 20} MiB of text in one record, left out")
                continue
            block.append(line)
        if block is not None:
            offer(block)
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, "reading stopped", exc)
    if said is not None and records == 0:
        notes.append(f"its footer counts {said:,} rows")
    done = complete and error is None
    yield FileDataset(
        name, "psql_expanded", records if done else None, src.size or 0, res.items, error, notes + bad.notes()
    )


#: characters of its lines one record of psql's expanded output keeps (its values are cut to 256 Ki each)
_BLOCK_TEXT = 16 << 20


def _sep_column(lines: list[str]) -> int | None:
    """The display column of the names' ``|`` in a block's lines: the rightmost of the lines' first ``|``
    (a name holding a ``|`` puts its first one earlier), if every line holds one there. Only a line's first
    :data:`_NAME_WIDTH` characters are looked at (psql's names are at most 63 bytes)."""
    firsts = [bars[0] for line in lines if line.strip() and (bars := _bars(line[:_NAME_WIDTH]))]
    if not firsts:
        return None
    col = max(firsts)
    return col if all(_field(line, col)[0] is not None for line in lines if line.strip()) else None


_NAME_WIDTH = 1024


def _field(line: str, sep: int | None) -> tuple[str | None, str]:
    """A field's line as (name, value): the text before and after the ``|`` at display column ``sep``, the one
    space after it taken off; (None, "") when there is none there."""
    if sep is None:
        return None, ""
    col = 0
    for i, c in enumerate(line):
        if col == sep:
            if c != "|":
                return None, ""
            value = line[i + 1 :]
            return line[:i].strip(), (value[1:] if value.startswith(" ") else value).rstrip()
        if col > sep:
            break
        col += _width(c)
    return None, ""
