"""The frozen real-world set realworld4: its labels against its manifest, its origins against the
earlier sets, its labels against the files when present, and its tools being realworld3's pointed
at this set's folders.

The data (trimmed tables from public repositories) is kept outside the repository, in
``$REALWORLD4_DATA`` or ``/work/data/realworld4``; the tests that need files are skipped when the
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

SET = ROOT / "bench/classify/realworld4"
check = _load("realworld4_check", SET / "check.py")
collect = _load("realworld4_collect", SET / "collect.py")
EARLIER = ("realworld", "realworld2", "realworld3")


def test_labels_match_manifest_and_set_size() -> None:
    # the brief asked for >= 1,000 columns; the fetches ran out at 755 (see LABELLING.md)
    labels_match_manifest(SET, check, 700, 90, 4)  # the brief: at most 4 tables per repository


def test_disjoint_from_the_earlier_sets_by_repository() -> None:
    disjoint_by_repository(SET, EARLIER)


# found when realworld's files were first on the same machine as this set's (see FIRST_SCORES.md, errata)
HEADER_ERRATA = frozenset({("realworld", "mock_alex", "cc_mock"), ("realworld", "mock_55men", "cc_mock")})


def test_disjoint_from_the_earlier_sets_by_header() -> None:
    disjoint_by_header(SET, check, EARLIER, HEADER_ERRATA)


def test_every_label_and_column_against_the_files() -> None:
    labels_against_files(check, "realworld4")


def test_collector_is_realworld3s_with_this_sets_role_folders_and_earlier_sets() -> None:
    assert collect.ROLE == collect.third.ROLE == "realworld4(eval)"
    assert collect.third.base.MANIFEST == SET / "manifest.csv"
    assert collect.third.base.DATA == check.DATA
    assert set(collect.third.EARLIER) == set(EARLIER)
    assert "realworld4" in score_eval.REAL_SETS


def test_claims_refuse_what_another_role_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims_refuse_what_another_role_holds(collect.third, tmp_path, monkeypatch, "realworld4(eval)")


def test_check_reads_this_sets_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check_reports_a_missing_label(check, tmp_path, monkeypatch, "f.csv", b"name;born\nA;2000-01-01\n")
