"""Faults found by an independent user's test of the README (session 15, user8).

Each test states what a user expects and fails today; they are strict xfails so main stays green
and the marker must come off in the commit that fixes the fault.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

ROWS = [{"full_name": f"Ana Costa {i}", "email": f"ana{i}@example.org"} for i in range(30)]


@pytest.mark.xfail(strict=True, reason="user8: the error names `ajar history --exposures`, an option history lacks")
def test_case_open_on_a_missing_exposure_names_a_command_that_exists(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    r = run_cli("case", "open", "999", "--store", url)
    assert r.returncode == 2 and "999" in r.stderr
    assert "history --exposures" not in r.stderr  # `ajar history --exposures` is "No such option"
    assert "ajar case exposures" in r.stderr


@pytest.mark.xfail(strict=True, reason="user8: two files with the same stem get the same dataset name")
def test_two_files_with_the_same_stem_are_two_datasets_a_user_can_tell_apart(tmp_path: Path) -> None:
    """people.csv and people.jsonl in one folder: both were reported as dataset `people`, the findings'
    dataset list named `people` once for two datasets, and the store kept one identity for both
    (run 1 of such a folder records 6 `new` dataset events for 7 datasets)."""
    d = tmp_path / "dump"
    d.mkdir()
    with (d / "people.csv").open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(ROWS[0]))
        w.writeheader()
        w.writerows(ROWS)
    (d / "people.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    out = tmp_path / "r.json"
    r = run_cli("scan", str(d), "--no-store", "-q", "-o", str(out))
    assert r.returncode == 0, r.stderr
    names = [ds["name"] for ds in json.loads(out.read_text())["services"][0]["datasets"]]
    assert len(names) == 2
    assert len(set(names)) == 2, names


@pytest.mark.xfail(strict=True, reason="user8: `history --run 99` prints an empty table and exits 0")
def test_history_of_a_run_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    """`ajar diff 1 99` says "no run 99 in the store" (exit 2); `ajar history --run 99` should too."""
    d = tmp_path / "dump"
    d.mkdir()
    (d / "people.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    url = f"sqlite:///{tmp_path / 'a.db'}"
    assert run_cli("scan", str(d), "--store", url, "-q").returncode == 0
    r = run_cli("history", "--run", "99", "--store", url)
    assert r.returncode == 2 and "99" in r.stderr
