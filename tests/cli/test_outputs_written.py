"""Which -o outputs were written is told by the output, never by finding its path in a message.

`r.json` is a part of `rr.json`: when only rr.json failed, r.json was reported unwritten (no "report
written to r.json" line, left out of where an interrupted scan's partial report went).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ajar.cli import _where_written
from ajar.cli_io import Output
from tests.conftest import run_cli

ROWS = [{"full_name": f"Ana Costa {i}", "email": f"ana{i}@example.org"} for i in range(30)]


def test_a_failed_output_whose_name_holds_another_leaves_the_other_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)  # the -o paths as a user types them: "r.json" is a part of "rr.json"
    d = tmp_path / "dump"
    d.mkdir()
    (d / "people.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    (tmp_path / "rr.json").symlink_to("/dev/full")  # writable, every write fails (ENOSPC)
    good, bad = Path("r.json"), Path("rr.json")
    r = run_cli("scan", str(d), "--no-store", "-q", "-o", str(bad), "-o", str(good))
    assert r.returncode == 3, r.stderr
    assert f"cannot write the report to {bad}" in r.stderr
    assert f"report written to {good} (json)" in r.stderr, r.stderr
    assert f"report written to {bad}" not in r.stderr
    assert json.loads(good.read_text())["services"]


def test_where_a_stopped_scans_partial_report_went() -> None:
    good, bad, out = Output("r.json", "json"), Output("rr.json", "json"), Output("-", "md")
    failed = {bad: "cannot write the report to rr.json: No space left on device"}
    assert _where_written([good, bad, out], failed) == "the partial report is written to r.json, standard output"
    assert _where_written([bad], failed) == "no report could be written (see the errors above)"
    assert _where_written([], {}) == "no report was written (no -o was given)"
