"""Query results saved from psql and ``mysql -t``: read as their tables (``ajar/sources/clientout.py``)."""

from __future__ import annotations

from pathlib import Path

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


def test_a_pipe_separated_csv_is_still_a_csv(tmp_path: Path) -> None:
    kind, records, rows, _ = _read(tmp_path, "id|name\n1|Ana\n2|Bea\n3|Carla\n")
    assert (kind, records) == ("csv", 3)
