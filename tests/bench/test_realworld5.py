"""The frozen real-world set realworld5: its labels against its manifest, its origins against the
other sets, its labels against the files when present, and its tools (realworld3's check and claims
pointed at this set's folders, and the page trim of tables read through the stored index).

The data (trimmed tables from public repositories) is kept outside the repository, in
``$REALWORLD5_DATA`` or ``/work/data/realworld5``; the tests that need files are skipped when the
files are absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bench.test_realworld3 import (
    check_reports_a_missing_label,
    claims_refuse_what_another_role_holds,
    disjoint_by_header,
    disjoint_by_repository,
    labels_against_files,
    labels_match_manifest,
)
from tests.bench.test_score_eval import ROOT, _load, score_eval

SET = ROOT / "bench/classify/realworld5"
check = _load("realworld5_check_t", SET / "check.py")
collect = _load("realworld5_collect_t", SET / "collect.py")
EARLIER = ("realworld", "realworld2", "realworld3", "realworld4")


def test_labels_match_manifest_and_set_size() -> None:
    labels_match_manifest(SET, check, 1000, 100, 3)  # the brief: >= 1,000 columns, at most 3 tables a repository


def test_disjoint_from_the_other_sets_by_repository() -> None:
    disjoint_by_repository(SET, EARLIER)


def test_disjoint_from_the_other_sets_by_header() -> None:
    disjoint_by_header(SET, check, EARLIER)


def test_every_label_and_column_against_the_files() -> None:
    labels_against_files(check, "realworld5")


def test_registered_with_this_sets_role() -> None:
    assert collect.ROLE == collect._third().ROLE == check.ROLE == "realworld5(eval)"
    assert "realworld5" in score_eval.REAL_SETS
    rebuild = _load("rebuild_data_rw5", ROOT / "bench/rebuild_data.py")
    assert rebuild.ROLES["realworld5"] == "realworld5(eval)" and "realworld5" in rebuild.SETS


def test_claims_refuse_what_another_role_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims_refuse_what_another_role_holds(collect._third(), tmp_path, monkeypatch, "realworld5(eval)")


def test_check_reads_this_sets_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "CLAIMS", tmp_path / "absent.tsv")
    check_reports_a_missing_label(check, tmp_path, monkeypatch, "f.csv", b"name;born\nA;2000-01-01\n")


def test_check_reports_an_unclaimed_table_and_too_many_per_repository(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    rows = []
    for i in range(4):
        (data / f"f{i}.csv").write_bytes(f"c{i}\n1\n".encode())
        rows.append(f"f{i},o/r,{'a' * 40},p{i}.csv,MIT,{'0' * 64}")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file_id,repo,commit,path,licence,sha256\n" + "\n".join(rows) + "\n", encoding="utf-8")
    claims = tmp_path / "claims.tsv"
    claims.write_text("o/r\trealworld5(eval)\n", encoding="utf-8")
    old = check.CLAIMS
    check.CLAIMS = claims
    try:
        got = check.origin(data, manifest)
    finally:
        check.CLAIMS = old
    assert got[0] == "o/r: 4 tables (at most 3)"
    assert len(got) == 5 and all("claimed as nothing" in g for g in got[1:])


def test_page_trim_keeps_whole_records_of_a_page() -> None:
    page = b'id,note\n1,"two\nlines"\n2,b\n3,"c'  # the page ends inside record 3 (its author asks for 2)
    assert collect.page_trim(page, "csv", 2) == b'id,note\n1,"two\nlines"\n2,b\n'
    with pytest.raises(ValueError):
        collect.page_trim(page, "csv", 3)
    assert collect.page_trim(b'{"a":1}\n\n{"a":2}\n{"a"', "jsonl", 2) == b'{"a":1}\n{"a":2}\n'
    arr = b'[\n {"a": 1},\n {"a": [2, 3]},\n {"a": 4'  # a JSON array cut by the page's end
    assert json.loads(collect.page_trim(arr, "json", 2)) == [{"a": 1}, {"a": [2, 3]}]
    assert collect.page_trim(b'{"s": [1]}', "json", 0) == b'{"s": [1]}'  # a small file kept whole
