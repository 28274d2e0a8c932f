"""The frozen real-world set realworld6: its labels against its manifest, its origins against the
other sets, its labels against the files when present, and its registration (realworld5's check and
collect pointed at this set's folders and role).

The data (trimmed tables from public repositories) is kept outside the repository, in
``$REALWORLD6_DATA`` or ``/work/data/realworld6``; the tests that need files are skipped when the
files are absent.
"""

from __future__ import annotations

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

SET = ROOT / "bench/classify/realworld6"
check = _load("realworld6_check_t", SET / "check.py")
collect = _load("realworld6_collect_t", SET / "collect.py")
EARLIER = ("realworld", "realworld2", "realworld3", "realworld4", "realworld5")


def test_labels_match_manifest_and_set_size() -> None:
    labels_match_manifest(SET, check, 1000, 100, 3)  # the brief: >= 1,000 columns, at most 3 tables a repository


def test_disjoint_from_the_other_sets_by_repository() -> None:
    disjoint_by_repository(SET, EARLIER)


def test_disjoint_from_the_other_sets_by_header() -> None:
    disjoint_by_header(SET, check, EARLIER)


def test_every_label_and_column_against_the_files() -> None:
    labels_against_files(check, "realworld6")


def test_registered_with_this_sets_role() -> None:
    assert collect.ROLE == collect._third().ROLE == check.ROLE == "realworld6(eval)"
    assert "realworld6" in score_eval.REAL_SETS
    rebuild = _load("rebuild_data_rw6", ROOT / "bench/rebuild_data.py")
    assert rebuild.ROLES["realworld6"] == "realworld6(eval)" and "realworld6" in rebuild.SETS


def test_claims_refuse_what_another_role_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims_refuse_what_another_role_holds(collect._third(), tmp_path, monkeypatch, "realworld6(eval)")


def test_check_reads_this_sets_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "CLAIMS", tmp_path / "absent.tsv")
    check_reports_a_missing_label(check, tmp_path, monkeypatch, "f.csv", b"name;born\nA;2000-01-01\n")


# The origin rules (at most 3 tables a repository, claims) and the page trim are realworld5's code,
# which this set's check.py and collect.py call; tests/bench/test_realworld5.py covers them.
