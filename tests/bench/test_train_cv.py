"""Small tables in the field model's CV (round 10): real_columns.py cuts a 5-record slice of each file's sample beside
the 10- and 25-record ones (their starts drawn as before), and cv.py scores each column's 5-record slice, or the
whole sample of a table that small already."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


def test_scored_rows_take_each_columns_slice_or_a_small_tables_sample(train: Callable[[str], ModuleType]) -> None:
    cv = train("cv")
    import numpy as np

    variants = np.array(["full", "full", "s10", "s10", "s5", "full", "full"])
    tables = np.array(["a", "a", "a", "a", "a", "b", "b"])  # b: a file of 5 records or fewer, no slice
    full = variants == "full"
    assert cv.scored_rows(full, variants, tables, 0).tolist() == full.tolist()
    # a's second column has no value in its 5-record slice: not scored there
    assert np.flatnonzero(cv.scored_rows(full, variants, tables, 5)).tolist() == [4, 5, 6]
    assert np.flatnonzero(cv.scored_rows(full, variants, tables, 10)).tolist() == [2, 3, 5, 6]
    with pytest.raises(SystemExit, match="no 25-record slices"):
        cv.scored_rows(full, variants, tables, 25)


def _table(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["patient_ref", "glucose"])
        w.writerows([f"P{i:04d}", f"{4 + i % 7}.{i % 10} mmol/L"] for i in range(rows))


def test_real_columns_cut_a_five_record_slice_and_keep_the_older_slices(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, train: Callable[[str], ModuleType]
) -> None:
    real_columns = train("real_columns")

    data = tmp_path / "files"
    data.mkdir()
    _table(data / "big.csv", 40)
    _table(data / "big2.csv", 45)  # its slices start where the stream left off after big's
    _table(data / "small.csv", 4)
    with (tmp_path / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["file_id", "repo"], ["big", "o/one"], ["big2", "o/one"], ["small", "o/two"]])
    with (tmp_path / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "path", "category", "note"])
        for fid in ("big", "big2", "small"):
            w.writerows([[fid, "patient_ref", "none", ""], [fid, "glucose", "special.health", ""]])
    monkeypatch.setattr(real_columns, "NAMES", [])
    rows, stats = real_columns.build("t", data, tmp_path)
    assert stats == {"labelled": 6, "found": 6, "missing": 0}
    sliced = ["full", "full", "s10", "s10", "s25", "s25", "s5", "s5"]
    assert [(r["t"], r["v"]) for r in rows] == [
        *((real_columns.table_of("t", "big"), v) for v in sliced),
        *((real_columns.table_of("t", "big2"), v) for v in sliced),
        *((real_columns.table_of("t", "small"), v) for v in ("full", "full")),
    ]
    # the 10- and 25-record slices are those cut before the 5-record one was added
    monkeypatch.setattr(real_columns, "SLICES", (10, 25))
    before, _ = real_columns.build("t", data, tmp_path)
    assert [r for r in rows if r["v"] != "s5"] == before


def test_logits_of_other_rows_or_sets_get_another_name(train: Callable[[str], ModuleType], tmp_path: Path) -> None:
    cv = train("cv")
    rows, other = tmp_path / "rows.jsonl.gz", tmp_path / "other.jsonl.gz"
    rows.write_bytes(b"one")
    other.write_bytes(b"two")
    tags = {
        cv.rows_tag(rows),
        cv.rows_tag(other),
        cv.rows_tag(rows, always_train="n"),
        cv.rows_tag(rows, train_sets="a,b"),
        cv.rows_tag(rows, test_sets="a,b"),
    }
    assert len(tags) == 5
    assert cv.rows_tag(rows, always_train="n") == cv.rows_tag(rows, always_train="n")  # the same run, the same name
