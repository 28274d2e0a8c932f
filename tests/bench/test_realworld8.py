"""The frozen real-world set realworld8 (realworld6's tests on this set): its labels against its
manifest, its origins against the other sets, its labels against the files when present, and its
registration (realworld5's check and collect pointed at this set's folders and role).

The data (trimmed tables from public repositories) is kept outside the repository, in
``$REALWORLD8_DATA`` or ``/work/data/realworld8``; the tests that need files are skipped when the
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

SET = ROOT / "bench/classify/realworld8"
check = _load("realworld8_check_t", SET / "check.py")
collect = _load("realworld8_collect_t", SET / "collect.py")
EARLIER = ("realworld", "realworld2", "realworld3", "realworld4", "realworld5", "realworld6", "realworld7")


def test_labels_match_manifest_and_set_size() -> None:
    labels_match_manifest(SET, check, 1050, 110, 3)  # >= 1,050 columns, >= 110 tables, <= 3 a repository


def test_disjoint_from_the_other_sets_by_repository() -> None:
    disjoint_by_repository(SET, EARLIER)


def test_disjoint_from_the_other_sets_by_header() -> None:
    disjoint_by_header(SET, check, EARLIER)


def test_every_label_and_column_against_the_files() -> None:
    labels_against_files(check, "realworld8")


def test_registered_with_this_sets_role() -> None:
    assert collect.ROLE == collect._third().ROLE == check.ROLE == "realworld8(eval)"
    assert "realworld8" in score_eval.REAL_SETS
    rebuild = _load("rebuild_data_rw8", ROOT / "bench/rebuild_data.py")
    assert rebuild.ROLES["realworld8"] == "realworld8(eval)" and "realworld8" in rebuild.SETS


def test_claims_refuse_what_another_role_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims_refuse_what_another_role_holds(collect._third(), tmp_path, monkeypatch, "realworld8(eval)")


def test_check_reads_this_sets_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "CLAIMS", tmp_path / "absent.tsv")
    check_reports_a_missing_label(check, tmp_path, monkeypatch, "f.csv", b"name;born\nA;2000-01-01\n")


# The origin rules (at most 3 tables a repository, claims) and the page trim are realworld5's code,
# which this set's check.py and collect.py call; tests/bench/test_realworld5.py covers them.
