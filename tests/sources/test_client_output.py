"""Query results saved from psql and ``mysql -t``: read as their tables (``ajar/sources/clientout.py``)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ajar.sources.base import MAX_ELEMENT, BadRecords, Budget, Source, text_lines
from ajar.sources.files import read_path

PSQL = """ id |    name     |      note       | born
----+-------------+-----------------+------------
  1 | Ana Pérez   | a | b           | 1977-03-02
  2 | 山田 太郎   | x               |
  3 |             |                 | 2001-01-01
(3 rows)

"""

MYSQL = """+----+-----------+------+
| id | name      | born |
+----+-----------+------+
|  1 | Ana Pérez | NULL |
|  2 | 山田 太郎 | 1999 |
+----+-----------+------+
2 rows in set (0.00 sec)
"""


def _read(tmp_path: Path, text: str) -> tuple[str, int | None, list[dict[str, object]], list[str]]:
    p = tmp_path / "out.txt"
    p.write_text(text)
    (fd,) = read_path(p, 10)
    rows = sorted((r.data for r in fd.sample), key=lambda r: str(r.get("id")))
    return fd.kind, fd.records, rows, fd.notes


def test_psql_aligned_output_is_its_rows_cut_at_the_rule(tmp_path: Path) -> None:
    """A ``|`` inside a value stays in it, a wide character takes two columns, an empty cell is no value,
    the rule and the footer are no records."""
    kind, records, rows, notes = _read(tmp_path, PSQL)
    assert (kind, records) == ("psql_table", 3)
    assert rows == [
        {"id": "1", "name": "Ana Pérez", "note": "a | b", "born": "1977-03-02"},
        {"id": "2", "name": "山田 太郎", "note": "x"},
        {"id": "3", "born": "2001-01-01"},
    ]
    assert not [n for n in notes if "footer counts" in n]


def test_mysql_boxed_table_is_its_rows_and_null_is_no_value(tmp_path: Path) -> None:
    kind, records, rows, _ = _read(tmp_path, MYSQL)
    assert (kind, records) == ("mysql_table", 2)
    assert rows == [{"id": "1", "name": "Ana Pérez"}, {"id": "2", "name": "山田 太郎", "born": "1999"}]


def test_a_footer_that_disagrees_or_is_missing_is_a_note(tmp_path: Path) -> None:
    _, records, _, notes = _read(tmp_path, PSQL.replace("(3 rows)", "(5 rows)"))
    assert records == 3 and "its footer counts 5 rows, 3 were read" in notes
    _, records, _, notes = _read(tmp_path, MYSQL.replace("2 rows in set (0.00 sec)\n", ""))
    assert records == 2 and any("no footer" in n for n in notes)


def test_a_footer_of_a_count_no_client_prints_is_no_count(tmp_path: Path) -> None:
    """Hostile: a footer of 5,000 digits (``(999…9 rows)``, ``999…9 rows in set``) after the rows. Converting it
    raised (Python converts at most 4,300 digits) and the whole table was lost ('cannot read (ValueError)'); a
    count no client prints is none now, and the rows are read."""
    big = "9" * 5000
    kind, records, rows, notes = _read(tmp_path, PSQL.replace("(3 rows)", f"({big} rows)"))
    assert (kind, records, len(rows)) == ("psql_table", 3, 3) and not any(big in n for n in notes), notes
    kind, records, rows, notes = _read(tmp_path, MYSQL.replace("2 rows in set", f"{big} rows in set"))
    assert (kind, records, len(rows)) == ("mysql_table", 2, 2), notes


def test_short_rows_of_a_wide_table_are_read_in_time_linear_in_their_text(tmp_path: Path) -> None:
    """Hostile: a psql table and a mysql box of a thousand columns (the widest a 4 KB sniff holds), then 60,000
    rows of one character. Each row cost the table's width, a list and a string per column (200 KB took 26 s,
    past the file's deadline); a row costs its own characters now. In a child under limits."""
    from tests.sources.test_hostile_files import scan_bounded

    k, n = 1000, 60_000
    psql = "|".join("a" * k) + "\n" + "+".join("-" * k) + "\n" + "x\n" * n + f"({n} rows)\n"
    bar = "+" + "+".join("-" * 650) + "+"
    mysql = bar + "\n|" + "|".join("a" * 650) + "|\n" + bar + "\n" + "|x\n" * n + bar + f"\n{n} rows in set\n"
    for case, text in {"psql": psql, "mysql": mysql}.items():
        (tmp_path / case).mkdir()
        (tmp_path / case / "out.txt").write_text(text)
        got, _, took = scan_bounded(tmp_path / case, samples=True)
        ((_, records, _, err, notes, data),) = got
        assert (records, err, data[0]) == (n, None, {"a": "x"}) and took < 20, (case, got[0][:5], took)


def test_a_pipe_separated_csv_is_still_a_csv(tmp_path: Path) -> None:
    kind, records, rows, _ = _read(tmp_path, "id|name\n1|Ana\n2|Bea\n3|Carla\n")
    assert (kind, records) == ("csv", 3)


# psql 15's own output (psql -c 'TABLE people' > out.txt, then with -x, and -c '\x' -c ...), synthetic rows
PSQL_MULTI = "\n".join([
    " id |    name    |         email         |    address    |    born    |     notes     ",
    "----+------------+-----------------------+---------------+------------+---------------",
    "  1 | Ana Pérez  | ana.perez@example.org | Calle Mayor 5+| 1977-03-02 | ",
    "    |            |                       | 28013 Madrid  |            | ",
    "  2 | Bo Li      | bo.li@example.com     | 12 Long Rd   +| 1990-11-20 | likes | pipes",
    "    |            |                       | Flat 3       +|            | ",
    "    |            |                       | Leeds LS1 4AP |            | ",
    "  3 | 张伟       | zhang.wei@example.cn  | 北京市朝阳区  | 1985-06-15 | two          +",
    "    |            |                       |               |            | lines",
    "  4 | Zoë Ørsted |                       |               | 2001-01-01 | trailing     +",
    "    |            |                       |               |            | ",
    "(4 rows)",
    "",
    "",
])  # fmt: skip
PEOPLE = [
    {"id": "1", "name": "Ana Pérez", "email": "ana.perez@example.org", "address": "Calle Mayor 5\n28013 Madrid",
     "born": "1977-03-02"},
    {"id": "2", "name": "Bo Li", "email": "bo.li@example.com", "address": "12 Long Rd\nFlat 3\nLeeds LS1 4AP",
     "born": "1990-11-20", "notes": "likes | pipes"},
    {"id": "3", "name": "张伟", "email": "zhang.wei@example.cn", "address": "北京市朝阳区", "born": "1985-06-15",
     "notes": "two\nlines"},
    {"id": "4", "name": "Zoë Ørsted", "born": "2001-01-01", "notes": "trailing\n"},
]  # fmt: skip
PSQL_X = "\n".join([
    "Expanded display is on.",
    "-[ RECORD 1 ]------------------",
    "id      | 1",
    "name    | Ana Pérez",
    "email   | ana.perez@example.org",
    "address | Calle Mayor 5        +",
    "        | 28013 Madrid",
    "born    | 1977-03-02",
    "notes   | ",
    "-[ RECORD 2 ]------------------",
    "id      | 2",
    "name    | Bo Li",
    "email   | bo.li@example.com",
    "address | 12 Long Rd           +",
    "        | Flat 3               +",
    "        | Leeds LS1 4AP",
    "born    | 1990-11-20",
    "notes   | likes | pipes",
    "-[ RECORD 3 ]------------------",
    "id      | 3",
    "name    | 张伟",
    "email   | zhang.wei@example.cn",
    "address | 北京市朝阳区",
    "born    | 1985-06-15",
    "notes   | two                  +",
    "        | lines",
    "-[ RECORD 4 ]------------------",
    "id      | 4",
    "name    | Zoë Ørsted",
    "email   | ",
    "address | ",
    "born    | 2001-01-01",
    "notes   | trailing             +",
    "        | ",
    "",
    "",
])  # fmt: skip
PSQL_X_WIDE = "\n".join([
    "-[ RECORD 1 ]----------------+-----------",
    "a_very_long_column_name_here | 1",
    "name                         | Ana Pérez",
    "-[ RECORD 2 ]----------------+-----------",
    "a_very_long_column_name_here | 2",
    "name                         | Bo Li",
    "",
    "",
])  # fmt: skip


def test_psql_values_with_line_breaks_are_one_row(tmp_path: Path) -> None:
    """A value with line breaks takes a drawn line per line, each but the last marked ``+`` where the cell's
    padding goes: the lines are one row, the value's lines joined (each was a row of its own: 9 rows of 4, an
    address cut in three, ``Calle Mayor 5+``). A ``+`` that is the value's own (``f+``) stays."""
    kind, records, rows, notes = _read(tmp_path, PSQL_MULTI)
    assert (kind, records, rows) == ("psql_table", 4, PEOPLE)
    assert not [n for n in notes if "footer counts" in n]
    own = " c  | d | e  \n----+---+----\n a+ | 2 | e +\n    |   | f+\n(1 row)\n\n"
    kind, records, rows, _ = _read(tmp_path, own)
    assert (kind, records, rows) == ("psql_table", 1, [{"c": "a+", "d": "2", "e": "e\nf+"}])


def test_psql_expanded_output_is_one_record_per_block(tmp_path: Path) -> None:
    """psql's expanded output (``\\x``, ``psql -x``), with or without the line ``\\x`` prints first, names
    narrower or wider than the block's title, a ``|`` in a name or a value, a wide name: one record per block
    under the real names (it was read as a CSV of 32 records, or not at all)."""
    kind, records, rows, notes = _read(tmp_path, PSQL_X)
    assert (kind, records, rows) == ("psql_expanded", 4, PEOPLE) and "expanded" in notes[0]
    kind, records, rows, _ = _read(tmp_path, PSQL_X.removeprefix("Expanded display is on.\n"))
    assert (kind, records, rows) == ("psql_expanded", 4, PEOPLE)
    kind, records, rows, _ = _read(tmp_path, PSQL_X_WIDE)
    assert (kind, records) == ("psql_expanded", 2)
    assert rows[0] == {"a_very_long_column_name_here": "1", "name": "Ana Pérez"}
    odd = "-[ RECORD 1 ]\na|b  | 1\nc    | 2\n姓名 | x\n\n"
    kind, records, rows, _ = _read(tmp_path, odd)
    assert (kind, records, rows) == ("psql_expanded", 1, [{"a|b": "1", "c": "2", "姓名": "x"}])


def test_psql_rows_of_endless_lines_are_bounded(tmp_path: Path) -> None:
    """Hostile: one psql row whose value goes on for 23,000 marked lines (its value stops growing at its bound,
    each line past it costs no more), and an expanded record of 19 MB (lines past 16 MiB are left out, with a
    note); each read in a child under a memory limit and a timeout."""
    from ajar.sources.base import MAX_VALUE
    from tests.sources.test_hostile_files import scan_bounded

    a = tmp_path / "a" / "out.txt"
    a.parent.mkdir()
    with a.open("w") as fh:
        fh.write(" id | " + "v".ljust(100) + "\n----+" + "-" * 102 + "\n  1 | " + "x" * 100 + "+\n")
        fh.writelines("    | " + "y" * 100 + "+\n" for _ in range(3000))
        fh.writelines("    | " + "z".ljust(100) + "+\n" for _ in range(20_000))
        fh.write("    | end\n(1 row)\n")
    got, _, took = scan_bounded(a.parent, samples=True)
    ((_, records, _, err, notes, data),) = got
    assert (records, err, len(data[0]["v"])) == (1, None, MAX_VALUE) and took < 20, (got[0][:5], took)
    b = tmp_path / "b" / "out.txt"
    b.parent.mkdir()
    with b.open("w") as fh:
        fh.write("-[ RECORD 1 ]\nid  | 1\n")
        fh.writelines(f"k{i:<2} | " + "v" * 270_000 + "\n" for i in range(70))
        fh.write("-[ RECORD 2 ]\nid  | 2\n")
    got, _, took = scan_bounded(b.parent, samples=True)
    ((_, records, _, err, notes, data),) = got
    assert (records, err) == (2, None) and any("past 16 MiB of text in one record" in n for n in notes), got[0][:5]
    assert len(data[0]) == 64 and data[1] == {"id": "2"}  # id and k0..k62 (lines cut to 256 Ki + 1 Ki)


def test_the_shell_outputs_lines_read_once_for_both_readers() -> None:
    """``base.text_lines``, the one line reader of the saved outputs (clientout and mongosh had a copy each):
    numbered from 1, a BOM dropped, bad bytes replaced, line ends kept; a line too long is None, noted by number."""
    data = b"\xef\xbb\xbf id | name\r\n" + b"x" * (MAX_ELEMENT + 1) + b"\n  1 | Ana \xff\n(1 row)"
    src = Source("out.txt", lambda: io.BytesIO(data), Budget(), spool_dir=lambda: Path("/nonexistent"))
    bad = BadRecords()
    got = list(text_lines(src, bad))
    assert got == [(1, " id | name\r\n"), (2, None), (3, "  1 | Ana \ufffd\n"), (4, "(1 row)")]
    assert bad.notes() == ["line 2: longer than 32 MiB, skipped unread"]


def test_only_the_files_first_mark_is_dropped() -> None:
    """A U+FEFF that begins a later line is the text's own (a zero-width no-break space in a value of an unaligned
    output): only the mark at the very start of the file is dropped, and only one of a run there."""
    data = "\ufeff\ufeffid|name\n\ufeff7|Ana\n".encode()
    src = Source("out.txt", lambda: io.BytesIO(data), Budget(), spool_dir=lambda: Path("/nonexistent"))
    assert list(text_lines(src, BadRecords())) == [(1, "\ufeffid|name\n"), (2, "\ufeff7|Ana\n")]


def test_repeated_column_names_are_numbered_apart(tmp_path: Path) -> None:
    """Each column of a drawn table keeps a name of its own: a repeated name was numbered by its place (``x_3``
    for the third), which a column already so named may hold, and a record kept one of the two values. They are
    numbered as a CSV's header is (``x_2``, then the first number free); an empty name is ``column<n>``."""
    text = """ x | x_3 | x |   | column4 | x_2
---+-----+---+---+---------+-----
 a | b   | c | d | e       | f
(1 row)

"""
    kind, records, rows, _ = _read(tmp_path, text)
    assert (kind, records) == ("psql_table", 1)
    assert rows == [{"x": "a", "x_3": "b", "x_2": "c", "column4": "d", "column4_2": "e", "x_2_2": "f"}]
    boxed = "+---+-----+---+\n| x | x_3 | x |\n+---+-----+---+\n| a | b   | c |\n+---+-----+---+\n1 row in set\n"
    assert _read(tmp_path, boxed)[2] == [{"x": "a", "x_3": "b", "x_2": "c"}]


PSQL_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "psql"
FX = [
    {"note": "prefers e-mail | weekdays", "id": "1", "name": "Ana Soto", "email": "ana.soto@corp.example",
     "address": "Calle Sol 9, 41001 Sevilla"},
    {"id": "2", "name": "Luis Gil", "email": "luis.gil@corp.example", "address": "Calle Luna 12\n28004 Madrid"},
    {"note": "a long note that goes on and on about nothing in particular so that psql wraps it", "id": "3",
     "name": "Eva Ruiz", "email": "eva.ruiz@corp.example",
     "address": "Calle Mar 3, 46001 Valencia, Comunitat Valenciana, España (segunda planta)"},
    {"note": "first line of a note that wraps\nsecond line", "id": "4", "name": "Pau Vila",
     "email": "pau.vila@corp.example", "address": "Calle Rosa 21, 08002 Girona"},
    {"id": "5", "name": "山田 太郎", "email": "yamada@corp.example",
     "address": "東京都千代田区丸の内一丁目 1-1 ビル 10 階"},
]  # fmt: skip


@pytest.mark.parametrize(
    "fixture",
    ["border2", "old_ascii", "wrapped", "wrapped_border2", "wrapped_old_ascii", "wrapped_old_ascii_border2",
     "border0", "wrapped_border0"],
)  # fmt: skip
def test_psql_border_2_and_wrapped_output_are_its_rows(fixture: str) -> None:
    """psql 15's own output (tests/fixtures/psql): ``\\pset border 2`` (the frame of ``mysql -t``: its ``(5 rows)``
    footer was a record, a line break's ``+`` kept and its next line a record), ``\\pset format wrapped`` (a value's
    pieces marked ``.``: each piece was a record of its own, 5 rows read as 20), the old-ascii style (the next line
    marked ``:`` or ``;`` in the bar column) and ``\\pset border 0`` (columns told by the rule's gaps, the marks in
    them; no ``.`` begins a wrapped piece: it was 'not a supported format'): 5 rows, their values whole, each
    labelled psql's (border 2 was labelled ``mysql_table``)."""
    (fd,) = read_path(PSQL_FIXTURES / f"{fixture}.txt", 10)
    rows = sorted((r.data for r in fd.sample), key=lambda r: str(r.get("id")))
    assert (fd.kind, fd.records, fd.error, rows) == ("psql_table", 5, None, FX), fd.notes
    assert not [n for n in fd.notes[1:] if "footer" in n] and ("border 2" in fd.notes[0]) == ("border2" in fixture)


def test_a_row_drawn_out_of_line_is_no_continuation(tmp_path: Path) -> None:
    """A character psql measures otherwise (a zero-width space, one column here) pushes a row's ``|`` off the
    bars, as an old-ascii line that goes on a value has them: it stays a row of its own (its id was joined to the
    row above's), its cells cut as they fall."""
    text = " id | name | note\n----+------+------\n  1 | ab   | x\n  2 \u200b| cd   | y\n(2 rows)\n"
    kind, records, rows, _ = _read(tmp_path, text)
    assert (kind, records, [r.get("id") for r in rows]) == ("psql_table", 2, ["1", "2"])


ADDRESSES = sorted(r["address"] for r in FX)


@pytest.mark.parametrize(
    "fixture", ["one_column", "wrapped_one_column", "old_ascii_one_column", "wrapped_old_ascii_one_column"]
)
def test_psql_output_of_one_column_is_its_rows(fixture: str) -> None:
    """psql 15's own output of one column (border 1; ``+`` and ``.`` marks, or in the old-ascii style none: a line
    psql pads to the column's end goes on the value, as its first column's further lines do in a wider table). It
    was 'not a supported format' (a rule of dashes alone); old-ascii's further lines would have been rows."""
    (fd,) = read_path(PSQL_FIXTURES / f"{fixture}.txt", 10)
    got = sorted(str(r.data.get("address")) for r in fd.sample)
    assert (fd.kind, fd.records, fd.error, got) == ("psql_table", 5, None, ADDRESSES), fd.notes
    assert not [n for n in fd.notes[1:] if "footer" in n], fd.notes


def test_psql_old_ascii_border_2_of_one_column_says_its_lines_may_be_values_lines() -> None:
    """With ``\\pset border 2`` the old-ascii style draws no mark at all in a table of one column: a value's further
    lines cannot be told from rows. They are read as rows, and a note says why the footer counts fewer."""
    (fd,) = read_path(PSQL_FIXTURES / "old_ascii_border2_one_column.txt", 10)
    assert (fd.kind, fd.records, fd.error) == ("psql_table", 6, None), fd.notes
    assert "its footer counts 5 rows, 6 were read" in fd.notes
    assert any("one column" in n and "old-ascii" in n for n in fd.notes), fd.notes


def test_a_title_over_a_line_of_dashes_is_no_psql_table(tmp_path: Path) -> None:
    """A one-column psql table is told by its header: the name centred over the rule, padded to its end."""
    for text in ("Report\n------\nsome text\n", " Report\n-------\nsome text\n", "  Report \n---------\nx\n"):
        kind, *_ = _read(tmp_path, text)
        assert kind != "psql_table", text


def test_another_clients_names_over_dashes_are_no_psql_table(tmp_path: Path) -> None:
    """SQL*Plus and sqlcmd draw a rule of dashes parted by single spaces too, their names flush left and their
    own footers: not psql's (its names are centred), so not labelled psql's and read with their footers as rows."""
    plus = "ENAME      JOB\n---------- ---------\nSMITH      CLERK\nALLEN      SALESMAN\n\n2 rows selected.\n"
    cmd = "name       email\n---------- -----------------\nAna Soto   ana@corp.example\n\n(1 rows affected)\n"
    for text in (plus, cmd):
        kind, *_ = _read(tmp_path, text)
        assert kind != "psql_table", text


def test_names_as_wide_as_their_dashes_over_wider_values_are_no_psql_table(tmp_path: Path) -> None:
    """A rule of dashes as wide as each name (or one wider), names flush left, is psql's centring too; ``sqlcmd -W``
    draws it so (each name underlined, values not padded), SQL*Plus when a column is as wide as its name. Their values
    overflow the dashes, which psql's never do (its rule is as wide as the widest value): they were read as a psql
    table, each value cut at the rule's gaps and the rest of the line dropped (``ana.soto@corp.example`` read as
    ``'to ana'``), the footer a row."""
    cmd = "id name email\n-- ---- -----\n1 Ana Soto ana.soto@corp.example\n2 Luis Gil luis@corp.example\n\n" \
          "(2 rows affected)\n"  # fmt: skip
    plus = "ENAME  JOB\n------ ---\nSMITH  CLERK\nALLEN  SALESMAN\n\n2 rows selected.\n"
    for text in (cmd, plus):
        kind, *_ = _read(tmp_path, text)
        assert kind != "psql_table", text


def test_a_row_of_no_values_in_border_0_or_one_column_is_a_row(tmp_path: Path) -> None:
    """psql draws a row whose values are all empty or NULL as a line of spaces when no bar stands in it (``\\pset
    border 0``, or one column): it is a row (the lab's psql 15 output), not the blank line after the footer. It was
    skipped, and the footer's count was said to disagree (3 rows, 2 read)."""
    for text in ("a b \n- -\nx y\n  \nz w\n(3 rows)\n\n", " a \n---\n x\n \n z\n(3 rows)\n\n"):
        kind, records, rows, notes = _read(tmp_path, text)
        assert (kind, records) == ("psql_table", 3), (text, notes)
        assert not [n for n in notes[1:] if "footer" in n], notes


def test_psql_border_0_old_ascii_output_of_one_column_is_not_read_as_border_1(tmp_path: Path) -> None:
    """With ``\\pset border 0`` and the old-ascii style a table of one column has the header border 1 has (the name
    centred as psql centres it), but no padding before its values: a value as wide as the column ending in ``+`` was
    read as border 1's line-break mark and the next row joined to it (the lab's psql 15: ``ab+`` and ``x`` read as
    one value ``ab\\nx``). A border 1 row begins with its padding space (or a wrapped piece's ``.``)."""
    kind, *_ = _read(tmp_path, " a \n---\nab+\nx\ny.\n(3 rows)\n\n")
    assert kind != "psql_table"


def test_a_value_that_reads_as_psqls_footer_ends_no_table(tmp_path: Path) -> None:
    """A value ``(2 rows)`` alone on its line (one column, or border 0 with the other values NULL; the lab's psql 15
    output) was taken for the footer and the rows below it were lost (3 rows read as 1). psql's footer begins its
    line and nothing follows it; a value is padded before it (one column) or after it (the gap after a cell)."""
    for text in ("    b     \n----------\n y\n (2 rows)\n w\n(3 rows)\n\n",
                 "   b     a \n-------- -\ny        x\n(2 rows) \nw        z\n(3 rows)\n\n",
                 "a    b     \n- --------\nx y\n  (2 rows)\nz w\n(3 rows)\n\n"):  # fmt: skip
        kind, records, rows, notes = _read(tmp_path, text)
        assert (kind, records, [r.get("b") for r in rows]) == ("psql_table", 3, ["y", "(2 rows)", "w"]), notes


def test_an_empty_last_line_of_a_value_in_old_ascii_one_column_goes_on_it(tmp_path: Path) -> None:
    """psql's old-ascii style pads a line of one column's value to the column's end when the value goes on, and its
    next line may be empty (a value ending in a line break, the lab's psql 15): that line is the value's, not a row
    of no values, and the row below it is a row (``abc\\n`` and ``x`` were read as one value ``abc\\nx``)."""
    text = "      a       \n--------------\n abc          \n \n x\n              \n foo\n longer value\n(4 rows)\n\n"
    kind, records, rows, notes = _read(tmp_path, text)
    assert (kind, records, [r.get("a") for r in rows]) == ("psql_table", 4, ["abc\n", "x", "\nfoo", "longer value"])
    assert not [n for n in notes[1:] if "footer" in n], notes
