"""A Parquet row group too big to inflate hides no other row group (R3-10).

Row groups are read one at a time; one that declares more than ``ROW_GROUP_MAX`` of column data is a
note, and the rows of the others are read. The limit is lowered for the test (the same code path).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ajar.sources import tabular
from ajar.sources.files import Coverage, read_path


def _file(path: Path) -> Path:
    people = pa.table({"email": [f"p{i}@example.org" for i in range(30)], "blob": ["x"] * 30})
    blobs = pa.table({"email": ["e"] * 4, "blob": [str(i) * (1 << 20) for i in range(4)]})
    with pq.ParquetWriter(path, people.schema, compression="zstd", use_dictionary=False) as w:
        w.write_table(people)
        w.write_table(blobs)
        w.write_table(people)
    return path


@pytest.mark.parametrize("isolate", [True, False], ids=["reader child", "in process"])
def test_a_row_group_too_big_is_a_note_and_the_others_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolate: bool
) -> None:
    monkeypatch.setattr(tabular, "ROW_GROUP_MAX", 1 << 20)
    cov = Coverage()
    (ds,) = read_path(_file(tmp_path / "p.parquet"), 100, cov, isolate=isolate)
    assert ds.error is None and ds.records == 64
    assert {r.data["email"] for r in ds.sample} == {f"p{i}@example.org" for i in range(30)}
    assert any("1 row group(s) (4 rows) declare more than 1 MiB" in n for n in ds.notes), ds.notes


def test_row_groups_within_the_limit_are_all_read(tmp_path: Path) -> None:
    (ds,) = read_path(_file(tmp_path / "p.parquet"), 100, isolate=False)
    assert ds.error is None and ds.records == 64 and len(ds.sample) == 64
    assert not any("row group" in n for n in ds.notes)
