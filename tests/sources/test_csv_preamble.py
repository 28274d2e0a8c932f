"""A CSV's header is found below a title or comment line (user8), and a table's own rows stay rows.

A file that opened ``# exported 2026-01-01``, a blank line, then the header and its rows was read
with no header: the title was taken for the first row, the header counted as a record. Up to
:data:`~ajar.sources.tabular.PREAMBLE_MAX` lines over the table are left out, with a note, when each is
one cell (no delimiter) or a ``#`` comment, narrower than the rows under it. Every table is synthetic.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from ajar.sources.files import read_path
from ajar.sources.tabular import PREAMBLE_MAX, _preamble

TABLE = [["full_name", "email", "birth_date"]] + [
    [f"Ana Costa {i}", f"ana{i}@example.org", f"19{60 + i}-01-0{1 + i % 9}"] for i in range(12)]


def _rows(text: str) -> list[list[str]]:
    return [r for r in csv.reader(io.StringIO(text)) if r]


# (name, lines over the table or the table's first lines as text, the rows left out)
CASES = [
    # a title, a comment, a quoted title with a comma: left out
    ("title", "Customer export 2026\n", 1),
    ("comment with a date", "# exported 2026-01-01\n\n", 1),
    ("comment with commas", "# source: crm, table: people\n", 1),
    ("quoted title", '"Export, all customers"\n', 1),
    ("two comments", "# one\n# two\n", 2),
    # rows of the table, never left out: a header as wide as its rows, even one that starts with #
    ("no preamble", "", 0),
    ("hash header", None, 0),
    # a first record with an empty last cell has its delimiter and no #: a row
    ("short record", "Ana Costa,\n", 0),
]


@pytest.mark.parametrize(("above", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_preamble(above: str | None, expected: int) -> None:
    table = "\n".join(",".join(r) for r in TABLE) + "\n"
    text = ("#," + table[len("full_name,"):]) if above is None else above + table
    assert _preamble(_rows(text)) == expected


def test_not_more_than_a_few_lines() -> None:
    """Lines over the table beyond the bound are read as rows (the header rule then judges them)."""
    text = "".join(f"# note {i}\n" for i in range(PREAMBLE_MAX + 2)) + "\n".join(",".join(r) for r in TABLE)
    assert _preamble(_rows(text)) == PREAMBLE_MAX


@pytest.mark.parametrize("text", [
    "email\n" + "".join(f"u{i}@example.org\n" for i in range(10)),  # one column: no narrower line to tell
    "Title\na,b\n",  # a header alone under it: no rows to compare it with
    "Title\n" + "".join(f"{i},{i}\n" if i % 2 else f"{i},{i},{i}\n" for i in range(10)),  # no width most rows share
], ids=["one column", "a header alone", "ragged"])
def test_no_table_to_tell_a_title_from(text: str) -> None:
    assert _preamble(_rows(text)) == 0


@pytest.mark.parametrize("above", ["# exported 2026-01-01\n\n", "Customer export\n\n\n", "# a\n# b, c\n"])
def test_the_file_is_read_with_its_header_and_a_note(tmp_path: Path, above: str) -> None:
    p = tmp_path / "people.csv"
    p.write_text(above + "\n".join(",".join(r) for r in TABLE) + "\n", encoding="utf-8")
    (ds,) = list(read_path(p, 50, isolate=False))
    assert ds.records == len(TABLE) - 1
    assert all(list(r.data) == TABLE[0] for r in ds.sample)
    left = sum(1 for line in above.splitlines() if line.strip())  # blank lines are no rows
    assert any(n.startswith(f"{left} line") and "above the table left out" in n for n in ds.notes), ds.notes
    assert not any("no header row" in n for n in ds.notes)



LONG = "x" * (70 << 10)  # one line over the 64 KiB a line of the head may hold: the head leaves it out
TEXT = "\n".join(",".join(r) for r in TABLE) + "\n"

# (name, the file's text, lines the note says were left out (0: no note), records read, whether a header was found)
LONG_CASES = [
    # the first line is over 64 KiB: the head saw the comment under it as its first row, the reader reads the long
    # line first. Nothing is left out (before: the long line was, and the comment was taken for the header)
    ("long first line", f"{LONG}\n# comment\n{TEXT}", 0, 2 + len(TABLE), False),
    # a title, a long line, a comment: only the title, which the head saw first, is left out (before: the title
    # and the long line, and the comment was taken for the header)
    ("long second line", f"Title\n{LONG}\n# comment\n{TEXT}", 1, 2 + len(TABLE), False),
    # a long record below the table's first rows changes nothing above it
    ("long line below", f"# exported\n{TEXT}{LONG},x,y\n", 1, len(TABLE), True),
]


@pytest.mark.parametrize(("text", "left", "records", "header"), [c[1:] for c in LONG_CASES],
                         ids=[c[0] for c in LONG_CASES])  # fmt: skip
def test_a_line_over_64_kib_is_a_row_the_skip_counts(
    tmp_path: Path, text: str, left: int, records: int, header: bool
) -> None:
    """The title/comment skip counted rows of the head, which leaves out lines over 64 KiB, while the reader
    reads them: the wrong rows were left out. A line the head did not hold ends the lines it may leave out."""
    p = tmp_path / "people.csv"
    p.write_text(text, encoding="utf-8")
    (ds,) = list(read_path(p, 50, isolate=False))
    notes = [n for n in ds.notes if "above the table left out" in n]
    assert len(notes) == (1 if left else 0) and all(n.startswith(f"{left} line ") for n in notes), ds.notes
    assert ds.records == records
    names = {k for r in ds.sample for k in r.data}
    assert not any("#" in k or "Title" in k for k in names), names  # a comment or title is no field name
    assert (names <= set(TABLE[0])) == header, names
