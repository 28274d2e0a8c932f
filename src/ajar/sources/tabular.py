"""CSV, Parquet, SQLite and BSON (mongodump) files.

* **CSV/TSV**: dialect sniffed, encoding judged (UTF-8, GB18030, a legacy code page, Latin-1); one
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

import contextlib
import csv
import errno
import os
import re
import sqlite3
import tempfile
import time
from collections import Counter, deque
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from ajar.sources.base import (
    MAX_DEPTH,
    MAX_ELEMENT,
    MAX_RECORD_TEXT,
    MAX_RECORD_VALUES,
    MAX_VALUE,
    REPLACE,
    BadRecords,
    BudgetExceeded,
    Corrupt,
    FileDataset,
    Head,
    Reservoir,
    Source,
    cut_short,
    field_names,
    lines,
    open_regular,
    problem,
    replaced,
)

__all__ = ["has_header", "read_bson", "read_csv", "read_parquet", "read_sqlite"]

_BSON_MAX = 16 << 20  # MongoDB's maximum document size (a document may be at most this, plus headroom)
_SNIFF = 4096


def _finish(
    name: str, kind: str, size: int, res: Reservoir, error: str | None, records: int | None = None, cut: bool = False
) -> FileDataset:
    """``cut``: the error is the file's early end (a compressed stream cut short): the records read are counted."""
    if records is None and not res.full and (error is None or cut):
        records = res.seen
    notes = [cut_short(res.seen)] if cut and not res.full else []
    return FileDataset(name, kind, records, size, res.items, error, notes)


# --- CSV -----------------------------------------------------------------------------------------


def read_csv(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset: a CSV/TSV file, its header row (when it has one) as field names.

    One bad row never ends the file: a line longer than :data:`MAX_ELEMENT` is skipped unread, a
    field beyond the field-size limit ends its row only, and undecodable bytes are replaced
    (U+FFFD); each is a note naming the line. The encoding is chosen from the head of the file:
    UTF-8 (a stray byte or two does not make a file Latin-1), else GB18030 when it reads as Chinese
    (:func:`_chinese`), else a legacy code page of another script (Shift-JIS, EUC-KR, Big5, cp1251...), else
    Latin-1 (:func:`_encoding`); a head of
    ASCII only says nothing, so it is chosen again where the first other byte comes (:meth:`_Lines._judge`).
    Rows of key,value pairs (``redis-cli --csv HGETALL``) are records named by their keys (:func:`_pairs`).
    """
    csv.field_size_limit(MAX_VALUE * 16)
    res = Reservoir(sample, name, max_scan)
    tsv = src.display.lower().endswith(".tsv")
    bad = BadRecords("rows")
    notes: list[str] = []
    error: str | None = None
    ended = False  # a compressed stream cut short: the rows read are counted
    mended: list[int] = []
    mended_count = 0
    try:
        head, cut = _head_lines(src)
        encoding = _encoding(b"".join(head))
        text = "".join(ln.decode(encoding, "replace") for ln in head).removeprefix("\ufeff")
        dialect, hint = _dialect(text, tsv)
        sep = b"\r" if b"\r" in b"".join(head) and not any(b"\n" in ln for ln in head) else b"\n"
        head_rows = _head_rows(head, encoding, dialect, sep)[hint:]
        above = _preamble(head_rows)  # title or comment lines over the table, left out
        if cut is not None:  # only rows the head saw, before the first line it left out, are judged
            above = min(above, max(0, len(_head_rows(head[:cut], encoding, dialect, sep)) - hint))
        head_rows = head_rows[above:]
        above += hint  # Excel's sep= line is left out too
        if above:
            notes.append(f"{above} line{'s' if above > 1 else ''} above the table left out (a title or comment: "
                         "fewer cells than the rows under it)")
        with src.open() as fh:
            lines = _Lines(fh, src, bad, encoding, sep, judged=not b"".join(head).isascii())
            reader = csv.reader(lines, dialect)
            keys: list[str] | None = None
            pairs = False  # each row is key,value pairs (redis-cli --csv HGETALL), not columns
            before = replaced()
            rows = _Rows(reader, lines, dialect, bad)
            while not res.full:
                row = next(rows, None)
                if row is None:
                    break
                if not row:
                    continue
                if above:
                    above -= 1
                    continue
                if replaced() != before and any("\ufffd" in c for c in row):
                    mended_count += 1
                    if len(mended) < 3:
                        mended.append(lines.n)
                if keys is None:
                    if has_header(row, head_rows[1:] if head_rows and head_rows[0] == row else []):
                        keys = field_names(row)
                        rows.width = len(keys)
                        continue
                    keys = []
                    pairs = bool(head_rows) and head_rows[0] == row and _pairs(head_rows)
                    notes.append("key,value pairs on each line (redis-cli --csv HGETALL): fields named by their keys"
                                 if pairs else "no header row: columns named column1, column2…")
                rows.width = rows.width or len(keys) or len(row)
                if pairs:
                    res.offer(_pair_record(row))
                else:
                    names = keys + [f"column{i + 1}" for i in range(len(keys), len(row))]
                    res.offer({k: v for k, v in zip(names, row, strict=False) if v != ""})
                if res.seen % 1024 == 0:
                    src.budget.check_time()
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, f"cannot parse CSV after {res.seen:,} rows", exc)
        ended = isinstance(exc, Corrupt)
    if mended:
        where = ", ".join(f"line {n:,}" for n in mended) + (" and more" if mended_count > 3 else "")
        notes.append(f"undecodable bytes replaced (U+FFFD) on {where}; the rest of each row read")
    ds = _finish(name, "csv", src.size or 0, res, error, cut=ended)
    ds.notes = notes + bad.notes() + ds.notes
    yield ds


_HEAD = 1 << 20  # bytes of whole lines looked at to choose the encoding and the dialect
_HEAD_LINE = 64 << 10  # a longer line is left out of that look


_SNIFF = 16 << 10  # characters of the head csv.Sniffer reads: its quote patterns are quadratic in them
_DQ_LINE = 2 << 10  # longest line of the rest of the head checked for a doubled quote


def _sniff(text: str) -> type[csv.Dialect]:
    """``csv.Sniffer().sniff`` on the head's first 16 KB of whole lines (200 lines of `,"x,"x…`, 200 KB,
    took it 166 s); a doubled quote (``a ""b""`` inside quotes) in the rest of the head is still looked for, line by
    line, with the sniffer's own pattern, so a head that fits gives the dialect it gave before."""
    if len(text) <= _SNIFF:
        return csv.Sniffer().sniff(text, delimiters=",;\t|")
    cut = text.rfind("\n", 0, _SNIFF) + 1 or _SNIFF
    dialect = csv.Sniffer().sniff(text[:cut], delimiters=",;\t|")
    if dialect.quotechar and not dialect.doublequote:
        pattern = r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
        dq = re.compile(pattern % {"delim": re.escape(dialect.delimiter), "quote": dialect.quotechar}, re.MULTILINE)
        if any(len(line) <= _DQ_LINE and dq.search(line) for line in text[cut:].split("\n")):
            dialect.doublequote = True
    return dialect


#: Excel's separator hint: a first line ``sep=;`` that names the delimiter of the table under it
_SEP_HINT = re.compile(r"\A\ufeff?sep=([^\r\n])\r?\n")
_DELIMITERS = ",;\t|"


def _dialect(text: str, tsv: bool) -> tuple[type[csv.Dialect] | csv.Dialect, int]:
    """The head's dialect, and how many lines it opens with that are Excel's ``sep=X`` hint (0 or 1): the hint
    names the delimiter; else the sniffer decides, and when one-cell title lines over the table leave it unsure
    (two titles, a title and an empty line), it looks again without them; else comma (tab for ``.tsv``)."""
    if m := _SEP_HINT.match(text):
        try:
            return csv.Sniffer().sniff(text[m.end():][:_SNIFF], delimiters=m.group(1)), 1
        except csv.Error:
            return type("Hinted", (csv.excel,), {"delimiter": m.group(1)}), 1
    try:
        return _sniff(text), 0
    except csv.Error:
        pass
    lines = text.splitlines(keepends=True)
    i = titles = 0
    while i < len(lines) and (not lines[i].strip() or titles < PREAMBLE_MAX):
        if lines[i].strip():
            if any(c in lines[i] for c in _DELIMITERS):
                break
            titles += 1
        i += 1
    if titles and i < len(lines):
        with contextlib.suppress(csv.Error):
            return _sniff("".join(lines[i:])), 0
    return (csv.excel_tab if tsv else csv.excel), 0


def _head_lines(src: Source) -> tuple[list[bytes], int | None]:
    """The first lines of the file (up to :data:`_HEAD` bytes), lines longer than :data:`_HEAD_LINE` left out;
    those before a corrupt or truncated stream (the rows are then read up to it, and it is noted). With them,
    how many came before the first line left out (None: none was), so that the title lines left out of the
    table are the first ones the reader reads: a line the head did not hold is a row of the file all the same."""
    out: list[bytes] = []
    cut: int | None = None
    total = 0
    with src.open() as fh, contextlib.suppress(Corrupt):
        for line in lines(Head(fh), src.budget, _HEAD_LINE):
            if line is None:
                cut = len(out) if cut is None else cut
                continue
            out.append(line)
            total += len(line)
            if total >= _HEAD or len(out) >= 200:
                break
    if not out and cut == 0:  # a first "line" past the limit: lone-CR line ends (Excel for Mac) are looked for
        with src.open() as fh, contextlib.suppress(Corrupt):
            for line in lines(Head(fh), src.budget, _HEAD_LINE, sep=b"\r"):
                if line is None or b"\n" in line:
                    return out, cut
                out.append(line)
                total += len(line)
                if total >= _HEAD or len(out) >= 200:
                    break
            cut = None
    return out, cut


def _encoding(head: bytes) -> str:
    """The file's encoding judged from its head: UTF-8 when it decodes (a few stray bytes among valid
    UTF-8, or in plain ASCII, do not make a file Latin-1: they are replaced and noted), else GB18030
    when that decodes and reads as Chinese (:func:`_chinese`: a Latin-1 file often decodes too) unless
    charset-normalizer reads it clearly better in a legacy code page (EUC-KR, EUC-JP and cp1251 read as
    hanzi too), else a legacy code page of another script when charset-normalizer ranks one first
    (:data:`_LEGACY`: Shift-JIS, Big5, cp1251...) and its letters stand in words of their own (:func:`_own_words`),
    else Latin-1.
    Plain UTF-8, not ``utf-8-sig``: the lines are decoded one by one, and only the first line's mark is the file's
    (``utf-8-sig`` dropped a U+FEFF that began any line, the first value's own)."""
    text = head.decode("utf-8", "replace")
    if "\ufffd" not in text:  # no bad byte (nor a U+FFFD of the file's own): the count below is 0
        return "utf-8"
    # runs of bad bytes (a lone surrogate's three bytes are one), less any U+FFFD the file really holds
    errors = len(_RUNS.findall(text)) - len(_RUNS.findall(head.decode("utf-8", "ignore")))
    if errors == 0:
        return "utf-8"
    multibyte = sum(1 for c in text if "\x80" <= c != "\ufffd")
    if errors * 4 <= multibyte:
        return "utf-8"
    try:
        wide = head.decode("gb18030")
    except UnicodeDecodeError as exc:
        wide = head[:exc.start].decode("gb18030") if exc.start >= len(head) - 4 else ""  # a character cut at the end
    if wide and _chinese(wide):
        # EUC-KR's and EUC-JP's characters are in GB2312's range too, and so are two letters of cp1251's or
        # cp1253's: a Korean, Japanese, Russian or Greek file can read as hanzi
        ranked = _ranked(head, ("gb18030", *_LEGACY))
        mess = dict(ranked).get("gb18030", 1.0)
        # a short Chinese file can read as well in another (Korean, Thai...): Chinese unless that reads clearly better
        return ranked[0][0] if ranked and ranked[0][0] in _LEGACY and mess - ranked[0][1] >= _GB_MARGIN else "gb18030"
    if errors <= 2 and (multibyte or len(head) - len(head.decode("ascii", "ignore")) < _LEGACY_MIN):
        return "utf-8"  # a stray byte or two
    ranked = _ranked(head, _LEGACY + _LATIN)
    if ranked and ranked[0][0] in _LEGACY and _own_words(_look(head).decode(ranked[0][0], "replace")):
        return ranked[0][0]
    return "utf-8" if errors <= 2 else "latin-1"


#: code pages that exports in scripts other than Latin are written in (Windows' ANSI code pages, which Excel
#: writes a CSV in, and their Unix peers): Japanese, Korean, traditional Chinese, Cyrillic, Greek, Hebrew, Arabic
#: and Persian, Thai. GB18030 is told by :func:`_chinese`, before.
_LEGACY = ("cp932", "euc_jp", "cp949", "big5", "cp1251", "koi8_r", "koi8_u", "cp1253", "cp1255", "cp1256", "cp874")
#: Latin code pages, ranked beside them but never taken (a Latin file stays Latin-1: telling cp1250 from cp1252
#: on a few names is a guess, and a wrong one reads ``ñ`` as ``ń``)
_LATIN = ("cp1252", "latin_1", "cp1250", "cp1254", "cp1257")
#: bytes beyond ASCII, at least, for a head that is not UTF-8 to be read in a legacy code page when its bytes
#: beyond ASCII are one or two runs (a word or two): fewer are a stray byte in a UTF-8 file
_LEGACY_MIN = 8
#: mess (charset-normalizer's share of odd characters and sequences) above which a reading is not ranked
_MESS = 0.4
#: how much less mess another code page's reading must have than GB18030's, for a file that reads as Chinese
_GB_MARGIN = 0.05
#: bytes of the head the code pages are ranked on (charset-normalizer decodes them once per code page)
_LEGACY_LOOK = 64 << 10


def _ranked(head: bytes, encodings: tuple[str, ...]) -> list[tuple[str, float]]:
    """The ``encodings`` that read ``head`` (charset-normalizer: it decodes, with little mess), the most coherent
    first (the character frequencies of a language), each with its mess (0 to 1)."""
    from charset_normalizer import from_bytes

    return [(m.encoding, m.chaos) for m in from_bytes(_look(head), cp_isolation=list(encodings), threshold=_MESS)]


def _look(head: bytes) -> bytes:
    """The first :data:`_LEGACY_LOOK` bytes of ``head`` that the code pages are judged on, in whole lines (LF or a
    lone CR: Excel for Mac's), so that a multi-byte character is never cut."""
    look = head[:_LEGACY_LOOK]
    if len(look) < len(head):
        look = look[: max(look.rfind(b"\n"), look.rfind(b"\r")) + 1] or look
    return look


def _own_words(text: str) -> bool:
    """Whether a reading's letters beyond ASCII stand in words of their own, as a script's do: fewer than
    :data:`_MIXED_MAX` of them in a word that holds an ASCII letter too. A Western file read in a non-Latin code
    page has the other script's letters inside Latin words (``N°`` as cp932's ``Nｰ``, ``Smith´s`` as cp1251's
    ``Smithґs``, ``Räsänen`` as KOI8's ``RДsДnen``, UTF-8's ``é`` among cp1252 rows as cp874's Thai), though
    charset-normalizer may find that reading the least messy."""
    mixed = total = 0
    for word in _WORD.findall(text):
        k = sum(1 for c in word if c >= "\x80" and c.isalpha())
        if k:
            total += k
            mixed += k if _ASCII_LETTER.search(word) else 0
    return mixed < _MIXED_MAX * total


_WORD = re.compile(r"\w+")
_ASCII_LETTER = re.compile("[A-Za-z]")
#: share of a non-Latin reading's letters beyond ASCII inside Latin words, at most (Faker's non-Latin tables have up
#: to 0.4, its ``Китовtown``; Western files read in another script 0.85 and more)
_MIXED_MAX = 0.5


def _chinese(text: str) -> bool:
    """Whether a GB18030 reading is Chinese: at least :data:`_GB2312_SHARE` of its characters beyond ASCII are
    GB2312's (its 6,763 hanzi and its punctuation, nearly all of modern Chinese text). A Latin-1/cp1252 file
    often decodes as GB18030 too (``Peña``: an accented byte and the ASCII letter after it are one two-byte
    character), but such a pair is outside GB2312, whose bytes are both 0xA1 or more; so are most of a Big5
    or Shift-JIS file's characters read as GB18030. EUC-KR's hangul are in GB2312's range: such a file is
    still read as GB18030."""
    ascii_ = len(text.encode("ascii", "ignore"))
    common = (len(text.encode("gb2312", "ignore")) - ascii_) // 2  # each GB2312 character beyond ASCII is two bytes
    return common >= _GB2312_SHARE * (len(text) - ascii_)


#: share of a GB18030 reading's characters beyond ASCII that are GB2312's, at least, for the file to be Chinese
_GB2312_SHARE = 0.8


_RUNS = re.compile("\ufffd+")
_VALUE_LIKE = re.compile(r"@|\d{5}|\d{4}-\d\d-\d\d")  # a year ("sales 2024") is a name
_NUMBER = re.compile(r"^\s*[-+]?\d+([.,]\d+)?\s*$")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\W\d_]{2,}")  # a header cell never is one: it is a value
_BELOW = 100  # rows under the first one (from the head already read) that vote on it


#: title or comment lines over a table looked for (blank lines are not counted: they are no rows)
PREAMBLE_MAX = 3


def _width(row: list[str]) -> int:
    """Cells up to the last that holds something (``a,b,`` is 2 wide: a trailing delimiter adds none)."""
    n = len(row)
    while n and not row[n - 1].strip():
        n -= 1
    return n


def _preamble(rows: list[list[str]]) -> int:
    """How many of the first rows (at most :data:`PREAMBLE_MAX`) are a title or comment over the table, not
    rows of it: each one cell (no delimiter: ``Customer export``), or a ``#`` comment, narrower than the
    table, where the rows under them mostly share a width of two cells or more. A one-column file, a
    header as wide as its rows (``#,name,email``) and a first record with an empty last cell (``Ana,``
    over rows of two: it has a delimiter and no ``#``) are rows."""
    n = 0
    while n < PREAMBLE_MAX and len(rows) - n > 2:  # a header and a row, at least, under it
        rest = rows[n + 1:]
        table, count = Counter(_width(r) for r in rest).most_common(1)[0]
        if table < 2 or count * 2 <= len(rest) or not _above(rows[n], table, rows[n + 1]):
            break
        n += 1
    return n


def _above(row: list[str], table: int, below: list[str]) -> bool:
    """A row that reads as a title or comment over a table ``table`` cells wide: one cell or a ``#`` comment;
    or, over a header, one cell and the table's empty cells after it (``Title;;;;;;``: Excel's CSV of a sheet
    with its title in A1), three cells wide at least (``Ana,`` over rows of two stays a record)."""
    if _width(row) < table and (len(row) == 1 or row[0].lstrip().startswith("#")):
        return True
    return table >= 3 and _width(row) == 1 and len(row) == table and _is_header(below)


def _is_header(row: list[str]) -> bool:
    """The first row alone reads as names: distinct, short, no value-like text (an e-mail address,
    five digits or more in a row, a date), and bare numbers at most a minority (a table exported with
    integer column names has a header cell ``0``). The verdict when no column below says otherwise."""
    cells = [c.strip() for c in row if c.strip()]
    if not cells or len({c.lower() for c in cells}) != len(cells):
        return False
    if any(len(c) > 64 or _VALUE_LIKE.search(c) or "\ufffd" in c for c in cells):
        return False
    return 2 * sum(bool(_NUMBER.match(c)) for c in cells) < len(cells)


def _head_rows(head: list[bytes], encoding: str, dialect: Any, sep: bytes) -> list[list[str]]:
    """The rows of the head (already read, at most :data:`_HEAD` bytes), parsed as the file will be;
    the look-ahead that votes on the first row. A row the parser refuses ends the look."""
    text = [ln.decode(encoding, REPLACE) for ln in head]
    if sep == b"\r":
        text = [part + "\r" for part in "".join(text).split("\r")]
    if text and text[0][:1] == "\ufeff":
        text[0] = text[0][1:]
    out: list[list[str]] = []
    with contextlib.suppress(csv.Error):
        for row in csv.reader(text, dialect):
            if row:
                out.append(row)
            if len(out) > _BELOW:
                break
    return out


#: cells that say a value is missing: they vote neither way
_MISSING = frozenset({"", "-", "--", "?", ".", "na", "n/a", "nan", "null", "none", "nil", "\\n", "#n/a"})
_LETTER = re.compile(r"[^\W\d_]")  # a cell without a letter (and with a digit) is a number, date, time, phone...


def _numeric(cell: str) -> bool:
    return any(map(str.isdigit, cell)) and _LETTER.search(cell) is None


class _ShapeOf(dict[int, str]):
    """What :func:`_shape` writes for a character (by code point, for ``str.translate``), found on first use
    and kept for the first 4,096 characters met (a table of every character a hostile file holds would grow)."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        if c.isdigit():
            got = "9"
        elif c.isalpha():
            got = "A" if c.isupper() else "a" if c.islower() else "L"
        else:
            got = " " if c.isspace() else c
        if len(self) < 4096:
            self[code] = got
        return got


_SHAPE_OF = _ShapeOf()


def _shape(cell: str) -> str:
    """A cell's shape: letters as ``A``/``a`` (``L`` without case), digits as ``9``, each run as one
    (``ANA CLARA`` and ``PARDA`` are ``A A`` and ``A``; ``nome`` is ``a``; ``1990-03-07`` is ``9-9-9``)."""
    # each run of one character as one (what ``re.sub(r"(.)\1+", r"\1", ...)`` made, its ``.`` all but a newline:
    # a shape holds none, whitespace is " "), in C: the regular expression's template ran in Python per run
    return "".join([c for c, _run in groupby(cell[:64].translate(_SHAPE_OF))])


def has_header(row: list[str], below: list[list[str]]) -> bool:
    """Whether the first row of a table (a CSV's, a sheet's) is a header, each column voting with the rows
    under it (``below``, as many as were read ahead, cells as text).

    As csv-reading libraries do (``csv.Sniffer.has_header``, DuckDB's and clevercsv's sniffers), a
    column votes *header* when its first cell is not the kind of value the column holds: text over
    numbers or dates, or a shape (letters, case, digits, punctuation) that the column's values
    share and the first cell does not (``sexo`` over ``F``/``M``, ``DOB`` over ``1990-03-07``). It
    votes *data* when the first cell is a number over text, a number over numbers, a value the
    column holds again below (``F`` in a column of ``F``/``M``), or the shape of the column's
    values where that shape says something (digits or punctuation: ``u1@corp.example`` over
    e-mail addresses). A first cell in capitals over values in mixed case differs from them by case
    only when the two shapes are the same without case (``CALLE MAYOR 4, 28001 MADRID`` over ``Calle
    Sol 9, 41001 Sevilla``): a record typed in capitals, as a header in capitals may be, so case alone
    is no header vote (where the shape says something, it is a data vote). More header votes than
    data votes make a header, even with names repeated (``nome,nome``), long (a survey's questions),
    holding digits (``port_11095``) or one left empty (an index column); as many (or no rows below)
    leave the verdict to the first row alone (:func:`_is_header`). A first row with an e-mail address
    or an undecodable byte is never a header.
    """
    cells = [c.strip() for c in row]
    if any("\ufffd" in c or (len(c) <= 254 and _EMAIL.fullmatch(c)) for c in cells):
        return False
    score = sum(_vote(i, c, below) for i, c in enumerate(cells))
    return score > 0 or (score == 0 and _is_header(row))


def _vote(i: int, first: str, below: list[list[str]]) -> int:
    """Column ``i``'s vote on its first cell: 1 header, -1 data, 0 none (see :func:`has_header`)."""
    values = [v for r in below if i < len(r) and (v := r[i].strip()).lower() not in _MISSING]
    if len(values) < 2 or first.lower() in _MISSING:
        return 0
    numeric = sum(1 for v in values if _numeric(v))
    if _numeric(first):
        return -1  # a number (a date, a phone) is a value, whatever the column holds
    if numeric * 5 >= len(values) * 4:
        return 1  # text over numbers
    if first in values:
        return -1  # the column holds it again: a value
    if numeric * 5 > len(values):
        return 0  # a column of mixed kinds says nothing
    shapes = Counter(_shape(v) for v in values)
    common, n = shapes.most_common(1)[0]
    if n * 5 < len(values) * 4:
        return 0  # values of many shapes (free text, names of one to four words)
    if _shape(first) != common and not (_capitals(first) and _shape(first.lower()) == _shape(common.lower())):
        return 1
    return -1 if any(c not in "Aa L" for c in common) else 0  # a telling shape shared (``a9@a.a``)


def _capitals(cell: str) -> bool:
    """A cell written in capitals: letters, none of them lower case."""
    return any(c.isalpha() for c in cell) and not any(c.islower() for c in cell)


def _pairs(rows: list[list[str]]) -> bool:
    """Whether a headerless table's rows (the head's) are key,value pairs, as ``redis-cli --csv HGETALL`` writes a
    hash (``"name","Ana","email","a@x",...``): every row two pairs wide or more and even, its keys (cells 1, 3,
    5...) distinct in the row, the same few names from row to row (at most twice a row's pairs in all) and read
    as names (:func:`_is_header`: no e-mail address, date or long number among them), its values more varied."""
    if len(rows) < 2 or any(len(r) < 4 or len(r) % 2 for r in rows):
        return False
    keys = [[k.strip() for k in r[0::2]] for r in rows]
    if any(len(set(ks)) != len(ks) for ks in keys):
        return False
    names = {k for ks in keys for k in ks}
    values = {v.strip() for r in rows for v in r[1::2]}
    return len(names) <= max(len(r) for r in rows) and len(values) > len(names) and _is_header(sorted(names))


def _pair_record(row: list[str]) -> dict[str, str]:
    """A row of key,value pairs as a record; an empty key is ``column<n>`` (its position), a last key without a
    value is left out."""
    pairs = zip(row[0::2], row[1::2], strict=False)
    return {(k.strip()[:256] or f"column{2 * i + 1}"): v for i, (k, v) in enumerate(pairs) if v != ""}


class _Lines:
    """The lines of a file as text for ``csv.reader``; a line longer than :data:`MAX_ELEMENT` is skipped
    (never held) and noted. ``n`` is the number of the line last given."""

    def __init__(self, fh: IO[bytes], src: Source, bad: BadRecords, encoding: str, sep: bytes, judged: bool) -> None:
        self.lines = lines(fh, src.budget, MAX_ELEMENT, sep)
        self.bad, self.encoding = bad, encoding
        self.judged = judged  # False: the head was ASCII, so the encoding is judged where the first other byte is
        self.ahead: deque[bytes | None] = deque()  # lines read to judge it, not given yet
        self.n = 0
        self.raw: list[str] = []  # the lines of the record being read (up to _RAW_MAX characters)
        self.held = 0

    def start(self) -> None:
        """A new record begins."""
        self.raw, self.held = [], 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        while True:
            line = self._next_line()
            self.n += 1
            if line is None:
                self.bad.add(f"line {self.n:,}", f"longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                continue
            text = line.decode(self.encoding, REPLACE)
            text = text[1:] if self.n == 1 and text[:1] == "\ufeff" else text
            self.held += len(text)
            if self.held <= _RAW_MAX:
                self.raw.append(text)
            return text

    def _next_line(self) -> bytes | None:
        """The next line's bytes (None: one too long); StopIteration at the end."""
        if self.ahead:
            return self.ahead.popleft()
        line = next(self.lines)
        if self.judged or line is None or line.isascii():
            return line
        self.judged = True
        self._judge(line)
        return self.ahead.popleft()

    def _judge(self, first: bytes) -> None:
        """The encoding judged again, as the head's is (:func:`_encoding`), on the first line that is not ASCII and
        the lines after it (as many as a head: :data:`_HEAD` bytes, 200 lines), held to be given next: a file
        whose first non-ASCII byte comes after its head (a cp1252 export whose accented names come late) is not
        read as UTF-8 by default, and no more than a head is held to tell."""
        self.ahead.append(first)
        total = len(first)
        for line in self.lines:
            self.ahead.append(line)
            total += len(line or b"")
            if total >= _HEAD or len(self.ahead) >= 200:
                break
        self.encoding = _encoding(b"".join(ln for ln in self.ahead if ln is not None))


_RAW_MAX = 8 << 20


class _Rows:
    """Rows from ``csv.reader``; a quote that never closes does not swallow the lines after it.

    When a record spans three lines or more (or runs past the field-size limit) and most of its
    lines, read alone, are rows of the file's width, the quote was a stray one: its lines are read
    one by one (the stray line without quoting) and a note names where it was.
    """

    def __init__(self, reader: Any, lines: _Lines, dialect: Any, bad: BadRecords) -> None:
        self.reader, self.lines, self.dialect, self.bad = reader, lines, dialect, bad
        self.width = 0
        self.pending: deque[list[str]] = deque()  # given from the front (a list's pop(0) was quadratic)

    def __iter__(self) -> Iterator[list[str]]:
        return self

    def __next__(self) -> list[str]:
        while True:
            if self.pending:
                return self.pending.popleft()
            self.lines.start()
            try:
                row: list[str] = next(self.reader)
            except csv.Error as exc:
                if not self._resplit():
                    self.bad.add(f"line {self.lines.n:,}", f"not a CSV row ({exc})")
                continue
            if len(self.lines.raw) >= 3 and any("\n" in c or "\r" in c for c in row) and self._resplit():
                continue
            return row

    def _resplit(self) -> bool:
        raw = self.lines.raw
        if len(raw) < 3 or self.lines.held > _RAW_MAX:
            return False
        alone = [next(csv.reader([ln], self.dialect), []) for ln in raw]
        width = self.width or Counter(len(r) for r in alone[1:]).most_common(1)[0][0]
        fits = sum(1 for r in alone[1:] if len(r) == width)
        if width < 2 or fits * 3 < (len(raw) - 1) * 2:
            return False  # a real multi-line value
        bare = csv.reader([raw[0]], self.dialect, quoting=csv.QUOTE_NONE)
        self.pending = deque([next(bare, []), *(r for r in alone[1:] if r)])
        first = self.lines.n - len(raw) + 1
        self.bad.add(f"line {first:,}", "a quote that does not close: its record's lines read one by one")
        return True


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
        # every leaf column read dictionary-encoded, by its path: a struct or list column's leaves are
        # ``contact.email``, ``tags.list.element`` (its top-level name was no column: KeyError, the file unread);
        # a struct becomes a nested record, flattened as JSON's are
        leaves = [pf.schema.column(i).path for i in range(len(pf.schema))]
        cut_any = False
        big = [g for g in range(meta.num_row_groups) if _group_bytes(meta, g) > ROW_GROUP_MAX]
        pf = pq.ParquetFile(path, read_dictionary=leaves)
        groups = [g for g in range(meta.num_row_groups) if g not in big]
        wide: list[str] = []  # what a row too heavy to be built whole left out
        for batch in pf.iter_batches(batch_size=256, row_groups=groups, use_threads=False) if groups else ():
            src.budget.check_time()
            flag = [False]
            cols = [_bounded(pa, pc, col, 1, flag) for col in batch.columns]
            cut_any = cut_any or flag[0]
            table = pa.Table.from_arrays(cols, names=batch.schema.names)
            values, text = _weight(pa, pc, cols)
            if values <= _BATCH_VALUES and text <= _BATCH_TEXT:
                rows = table.to_pylist()
            else:  # lists of many long values: rows built one at a time, each bounded
                first = res.seen + 1
                rows = (_heavy_row(pa, pc, table, i, wide, first + i) for i in range(table.num_rows))
            for row in rows:
                res.offer(row)
                if res.full:
                    break
            if res.full:
                break
    except ImportError:
        yield FileDataset(name, "parquet", None, size, [], f"{src.shown}: reading Parquet needs pyarrow")
        return
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many types for corrupt files
        yield FileDataset(name, "parquet", None, size, res.items, problem(src.display, "cannot read Parquet", exc))
        return
    notes = [f"values longer than {MAX_VALUE >> 10} KiB were cut before rows were built"] if cut_any else []
    if wide:
        notes.append(
            f"{len(wide):,} row(s) would hold more than {_ROW_VALUES:,} values or {_ROW_TEXT >> 20} MiB of text: "
            f"read without the columns past that (first at row {wide[0]})"
        )
    if big:
        skipped_rows = sum(meta.row_group(g).num_rows for g in big)
        notes.append(
            f"{len(big)} row group(s) ({skipped_rows:,} rows) declare more than {ROW_GROUP_MAX >> 20} MiB of column "
            "data each and were not read; the other row groups were"
        )
    yield FileDataset(name, "parquet", int(total), size, res.items, None, notes)


#: column data one Parquet row group may declare, uncompressed, to be read (a row group is inflated whole)
ROW_GROUP_MAX = 256 << 20

#: values and characters of text one batch of 256 Parquet rows may make as Python objects; past either, its rows
#: are built one at a time, and a row's columns past :data:`_ROW_VALUES` or :data:`_ROW_TEXT` are left out (a list
#: of 100,000 indices into one 64 KiB dictionary string is 6 GB of text from a few bytes on disk)
_BATCH_VALUES = 2_000_000
_BATCH_TEXT = 64 << 20
_ROW_VALUES = 4 * MAX_RECORD_VALUES
_ROW_TEXT = 4 * MAX_RECORD_TEXT


def _bounded(pa: Any, pc: Any, col: Any, depth: int, flag: list[bool]) -> Any:
    """A Parquet column with every string and binary value cut to :data:`MAX_VALUE` (``flag[0]`` set when one was
    longer), whatever struct, list or map holds it, before rows are built; a struct, list or map nested
    :data:`MAX_DEPTH` deep is null (the sample drops containers that deep: :func:`base.cut`). The column itself
    when nothing changes."""
    t = col.type
    if pa.types.is_dictionary(t):
        if pa.types.is_string(t.value_type) or pa.types.is_large_string(t.value_type):
            flag[0] = flag[0] or (pc.max(pc.utf8_length(col.dictionary)).as_py() or 0) > MAX_VALUE
            return pa.DictionaryArray.from_arrays(col.indices, pc.utf8_slice_codeunits(col.dictionary, 0, MAX_VALUE))
        if pa.types.is_binary(t.value_type) or pa.types.is_large_binary(t.value_type):
            return pa.DictionaryArray.from_arrays(col.indices, pc.binary_slice(col.dictionary, 0, MAX_VALUE))
        return col
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        if (pc.max(pc.utf8_length(col)).as_py() or 0) <= MAX_VALUE:
            return col
        flag[0] = True
        return pc.utf8_slice_codeunits(col, 0, MAX_VALUE)
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return col if (pc.max(pc.binary_length(col)).as_py() or 0) <= MAX_VALUE else pc.binary_slice(col, 0, MAX_VALUE)
    nested = pa.types.is_struct(t) or pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_map(t)
    nested = nested or pa.types.is_fixed_size_list(t)
    if not nested:
        return col
    if depth >= MAX_DEPTH:
        return pa.nulls(len(col))
    mask = col.is_null() if col.null_count else None
    if pa.types.is_struct(t):
        kids = col.flatten()
        new = [_bounded(pa, pc, k, depth + 1, flag) for k in kids]
        if all(a is b for a, b in zip(new, kids, strict=True)):
            return col
        return pa.StructArray.from_arrays(new, names=[f.name for f in t], mask=mask)
    if pa.types.is_map(t):
        keys, items = _bounded(pa, pc, col.keys, depth + 1, flag), _bounded(pa, pc, col.items, depth + 1, flag)
        if keys is col.keys and items is col.items:
            return col
        return pa.MapArray.from_arrays(col.offsets, keys, items, mask=mask)
    if pa.types.is_fixed_size_list(t):
        size = t.list_size
        values = col.values.slice(col.offset * size, len(col) * size)
        new = _bounded(pa, pc, values, depth + 1, flag)
        return col if new is values else pa.FixedSizeListArray.from_arrays(new, size, mask=mask)
    new = _bounded(pa, pc, col.values, depth + 1, flag)
    if new is col.values:
        return col
    kind = pa.LargeListArray if pa.types.is_large_list(t) else pa.ListArray
    return kind.from_arrays(col.offsets, new, mask=mask)


def _weight(pa: Any, pc: Any, cols: list[Any]) -> tuple[int, int]:
    """The values and characters (bytes of binary) of text that ``cols`` make as Python objects: a dictionary's
    value counts once per index that names it."""
    values = text = 0
    todo = list(cols)
    while todo:
        col = todo.pop()
        t = col.type
        values += len(col)
        if pa.types.is_dictionary(t):
            if pa.types.is_string(t.value_type) or pa.types.is_large_string(t.value_type):
                text += _named(pc, pc.utf8_length(col.dictionary), col.indices)
            elif pa.types.is_binary(t.value_type) or pa.types.is_large_binary(t.value_type):
                text += _named(pc, pc.binary_length(col.dictionary), col.indices)
        elif pa.types.is_string(t) or pa.types.is_large_string(t):
            text += pc.sum(pc.utf8_length(col)).as_py() or 0
        elif pa.types.is_binary(t) or pa.types.is_large_binary(t):
            text += pc.sum(pc.binary_length(col)).as_py() or 0
        elif pa.types.is_struct(t):
            todo.extend(col.flatten())
        elif pa.types.is_map(t):  # its keys and items, of this slice (a map has no flatten)
            start, end = col.offsets[0].as_py(), col.offsets[-1].as_py()
            todo += [col.keys.slice(start, end - start), col.items.slice(start, end - start)]
        elif pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
            todo.append(col.flatten())
    return values, text


def _named(pc: Any, lengths: Any, indices: Any) -> int:
    """The total length of the dictionary values ``indices`` name (counted per distinct index: nothing as long as
    the indices is made)."""
    counts = pc.value_counts(indices)
    named = pc.take(lengths, counts.field("values"))
    return int(pc.sum(pc.multiply(pc.cast(named, "int64"), counts.field("counts"))).as_py() or 0)


def _heavy_row(pa: Any, pc: Any, table: Any, i: int, wide: list[str], number: int) -> dict[str, Any]:
    """Row ``i`` of a batch too heavy to be built whole: its columns in order while the row stays within
    :data:`_ROW_VALUES` values and :data:`_ROW_TEXT` of text; the row's ``number`` added to ``wide`` when one is
    left out."""
    row = table.slice(i, 1)
    keep: list[int] = []
    values = text = 0
    for k, col in enumerate(row.columns):
        v, c = _weight(pa, pc, [col.combine_chunks()])
        if values + v <= _ROW_VALUES and text + c <= _ROW_TEXT:
            keep.append(k)
            values, text = values + v, text + c
    if len(keep) < row.num_columns:
        wide.append(f"{number:,}")
    out: dict[str, Any] = row.select(keep).to_pylist()[0]
    return out


def _group_bytes(meta: Any, g: int) -> int:
    rg = meta.row_group(g)
    return sum(max(rg.column(c).total_uncompressed_size, 0) for c in range(meta.num_columns))


# --- SQLite --------------------------------------------------------------------------------------


def read_sqlite(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset per table (``<name>.<table>``), opened immutable and read-only.

    A database in WAL mode may hold committed rows only in its ``-wal`` file, which an immutable
    open ignores. When one lies beside it, the database and its WAL are copied (bounded by the
    byte budget) into the file's private temporary directory and the copy is read, WAL applied:
    nothing is created or changed beside the evidence. A WAL that cannot be copied (too large,
    not a regular file, a symlink) is a note saying its rows were not read.
    """
    size = src.size or 0
    notes: list[str] = []
    try:
        path = src.path()
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                yield FileDataset(name, "sqlite", None, size, [], f"{src.shown}: not an SQLite database")
                return
        copy, wal_note = _with_wal(src) if src.disk is not None else (None, None)
        notes += [wal_note] if wal_note else []
        if src.disk is not None and _nonempty(f"{src.disk}-journal"):
            notes.append("a -journal file lies beside it (an interrupted transaction?): read as found, not rolled back")
        if copy is not None:  # our own copy: SQLite may build the WAL index (-shm) beside it, in our directory
            uri = "file:" + quote(str(copy)) + "?mode=ro"
        else:
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
            yield FileDataset(name, "sqlite", None, size, [], problem(src.display, "cannot list tables", exc), notes)
            return
        if not tables and notes:  # nothing to read here, perhaps because it is all in the WAL: say so
            yield FileDataset(name, "sqlite", None, size, [], f"{src.shown}: no tables read", notes)
        for table in tables:
            ds = _sqlite_table(conn, src, table, sample, f"{name}.{table}", max_scan)
            ds.notes.extend(notes)
            yield ds
    finally:
        conn.close()


_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_COMPANIONS = ("-wal", "-shm", "-journal")


def sqlite_companion(path: Path | None, head: bytes) -> bool:
    """True for a database's ``-wal``, ``-shm`` or ``-journal`` file lying beside the database: it is read
    with the database (or noted there), not as a file of its own."""
    if path is None or not path.name.endswith(_COMPANIONS):
        return False
    if path.name.endswith("-wal") and head[:4] not in _WAL_MAGIC and head:
        return False
    db = Path(str(path).rsplit("-", 1)[0])
    try:
        with open_regular(db) as fh:
            return bool(fh.read(16) == b"SQLite format 3\x00")
    except OSError:
        return False


def _nonempty(path: str) -> bool:
    try:
        return os.lstat(path).st_size > 0
    except OSError:
        return False


def _with_wal(src: Source) -> tuple[Path | None, str | None]:
    """A private copy of the database and its ``-wal`` (or None), and a note on the WAL (or None)."""
    assert src.disk is not None
    wal = Path(f"{src.disk}-wal")
    if not os.path.lexists(wal):
        return None, None
    not_read = "rows committed since the last checkpoint are not read"
    try:
        wal_fh = open_regular(wal, follow=False)
    except OSError as exc:
        why = "a symlink, not followed" if exc.errno == errno.ELOOP else exc.strerror or "not a regular file"
        return None, f"a -wal file lies beside it that was not read ({why}): {not_read}"
    with wal_fh:
        wal_size = os.fstat(wal_fh.fileno()).st_size
        if wal_size == 0:
            return None, None  # checkpointed: the database holds everything
        db_size = os.stat(src.disk).st_size
        room = src.budget.max_bytes - src.budget.unpacked
        if db_size + wal_size > room:
            return None, (
                f"a -wal file of {wal_size >> 20} MiB lies beside it; a private copy of the database with it "
                f"would pass the {src.budget.max_bytes >> 20} MiB budget: {not_read}"
            )
        src.budget.take(db_size + wal_size)
        d = Path(tempfile.mkdtemp(prefix="wal-", dir=src.spool_dir()))
        copy = d / "db"
        with open_regular(src.disk) as db_fh:
            _copy(db_fh, copy, db_size, src)
        _copy(wal_fh, Path(f"{copy}-wal"), wal_size, src)
    return copy, (
        f"its -wal file ({wal_size:,} bytes) was applied to a private copy, so rows committed since the last "
        "checkpoint are read; nothing beside the evidence was written"
    )


def _copy(fh: IO[bytes], dest: Path, size: int, src: Source) -> None:
    """Copy at most ``size`` bytes (what the file held when looked at) into our own ``dest``."""
    left = size
    with dest.open("wb") as out:
        while left > 0 and (chunk := fh.read(min(1 << 20, left))):
            out.write(chunk)
            left -= len(chunk)
            src.budget.check_time()


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
        notes = [f"{generated:,} generated columns not read (computed from the stored ones)"] if generated else []
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
    """One dataset: a mongodump ``.bson`` file, each document's length checked before it is read.

    One bad document is a note: one that decodes badly is skipped by its declared length; text
    that is not UTF-8 is read with U+FFFD; a length that cannot be right (below 5 bytes, above
    MongoDB's 16 MiB) loses the framing, and the reader looks ahead (bounded) for the next
    document that decodes.
    """
    try:
        import bson  # noqa: F401 - pymongo's
    except ImportError:
        yield FileDataset(name, "bson", None, src.size or 0, [], f"{src.shown}: reading BSON needs pymongo")
        return
    res = Reservoir(sample, name, max_scan)
    error: str | None = None
    cut = False  # a compressed stream cut short: the documents read are counted
    reader = _BsonReader(src)
    try:
        with src.open() as fh:
            reader.fh = fh
            while not res.full and reader.next_document(res):
                if res.seen % 1024 == 0:
                    src.budget.check_time()
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, f"reading stopped after {res.seen:,} documents", exc)
        cut = isinstance(exc, Corrupt)
    if error is None and reader.truncated:
        error = f"{src.shown}: corrupt BSON after {res.seen:,} documents (it ends inside document {reader.number:,})"
    if error is None and res.seen == 0 and reader.bad.count:
        error = f"{src.shown}: corrupt BSON (no document decodes)"
    ds = _finish(name, "bson", src.size or 0, res, error, cut=cut)
    ds.notes = reader.notes() + ds.notes
    yield ds


_BSON_TYPES = frozenset((*range(1, 20), 0x7F, 0xFF))
_BSON_START = re.compile(b"(?s)(?=...\x00[\x01-\x13\x7f\xff])")
_RESYNC = 64 << 20  # bytes looked through for the next document after a broken length


class _BsonReader:
    """Documents from a BSON stream through a bounded window; bad ones are notes."""

    def __init__(self, src: Source) -> None:
        from bson.codec_options import CodecOptions, DatetimeConversion

        self.src = src
        self.fh: Any = None
        self.buf = bytearray()
        self.pos = 0
        self.eof = False
        self.number = 0  # documents met, good or bad
        self.offset = 0  # file offset of buf[0]
        self.bad = BadRecords("documents")
        self.mended: list[int] = []
        self.mended_count = 0
        self.truncated = False  # the file ends inside a document
        self.strict: CodecOptions[dict[str, Any]] = CodecOptions(
            tz_aware=True, datetime_conversion=DatetimeConversion.DATETIME_AUTO
        )
        self.lenient = self.strict.with_options(unicode_decode_error_handler="replace")

    def _need(self, k: int) -> int:
        """Make ``k`` bytes from ``pos`` available if the file has them; the number available."""
        while len(self.buf) - self.pos < k and not self.eof:
            if self.pos > 1 << 20:
                del self.buf[: self.pos]
                self.offset += self.pos
                self.pos = 0
            chunk = self.fh.read(max(1 << 20, k - (len(self.buf) - self.pos)))
            if not chunk:
                self.eof = True
            self.buf += chunk
        return min(k, len(self.buf) - self.pos)

    def _length(self, at: int) -> int:
        return int.from_bytes(self.buf[at : at + 4], "little", signed=True)

    def _decode(self, raw: bytes) -> tuple[dict[str, Any] | None, bool]:
        import bson

        try:
            return bson.decode(raw, self.strict), False
        except Exception:  # noqa: BLE001 - bson raises InvalidBSON and others on corrupt input
            pass
        try:
            return bson.decode(raw, self.lenient), True
        except Exception:  # noqa: BLE001
            return None, False

    def next_document(self, res: Reservoir) -> bool:
        """Read the next document into ``res`` (or note it as bad); False at the end of the file."""
        import bson

        have = self._need(4)
        if have == 0:
            return False
        self.number += 1
        if have < 4:
            self.truncated = True
            return False
        n = self._length(self.pos)
        if n < 5 or n > min(_BSON_MAX + (16 << 10), MAX_ELEMENT):
            self.bad.add(f"document {self.number:,}", f"declares {n:,} bytes, beyond MongoDB's 16 MiB: skipped")
            return self._resync()
        if self._need(n) < n:
            self.truncated = True
            return False
        raw = bytes(self.buf[self.pos : self.pos + n])
        doc, mended = self._decode(raw) if raw[-1] == 0 else (None, False)
        if doc is None:
            self.bad.add(f"document {self.number:,}", "does not decode as BSON: skipped")
            if raw[-1] != 0:  # its length is not its length: look for the next document
                return self._resync()
            self.pos += n
            return True
        if mended:
            self.mended_count += 1
            if len(self.mended) < 3:
                self.mended.append(self.number)
        self.pos += n
        meta: dict[str, Any] = {}
        oid: Any = doc.get("_id")
        if isinstance(oid, bson.ObjectId):
            meta["created"] = oid.generation_time
        res.offer(doc, meta)
        return True

    def _resync(self) -> bool:
        """Move to the next offset where a whole document decodes (looking at most :data:`_RESYNC` bytes)."""
        start = self.offset + self.pos
        limit = min(_BSON_MAX + (16 << 10), MAX_ELEMENT)
        self.pos += 1
        while self.offset + self.pos - start < _RESYNC:
            if self._need(1 << 20) < 5:
                self.pos = len(self.buf)
                return False
            # candidates: a length below 16 MiB (its top byte 0) followed by a known element type; taken as
            # file offsets first, since checking one may move the window
            found = [self.offset + m.start() for m in _BSON_START.finditer(self.buf, self.pos)]
            end = self.offset + len(self.buf) - 4
            for at in found:
                self.pos = at - self.offset
                n = self._length(self.pos)
                if not 5 < n <= limit:
                    continue
                if self._need(n) == n and self.buf[self.pos + n - 1] == 0:
                    doc, _ = self._decode(bytes(self.buf[self.pos : self.pos + n]))
                    if doc is not None:
                        return True  # the next call reads it
                self.src.budget.check_time()
            self.pos = max(self.pos, end - self.offset)
            if self.eof:
                self.pos = len(self.buf)
                return False
        self.bad.add(f"after document {self.number:,}", f"no document found in the next {_RESYNC >> 20} MiB")
        return False

    def notes(self) -> list[str]:
        out = []
        if self.mended:
            where = ", ".join(f"{n:,}" for n in self.mended) + (" and more" if self.mended_count > 3 else "")
            out.append(f"text that is not UTF-8 replaced (U+FFFD) in document {where}")
        return out + self.bad.notes()
