"""A standard output closed by its reader (`ajar scan -o - | head -1`) is no error.

What would have gone there is dropped; the command goes on and exits as its outcome says: the
findings for `scan` and `report`, 0 for a listing. Before, a streamed `jsonl` line hitting the closed
pipe stopped the scan with click's exit 1 (read as a finding by a `--fail-on` gate) and any other
format exited 3 ("cannot write the report to -: Broken pipe", read as a bug).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ajar.report import FORMATS

ROWS = [{"full_name": f"Ana Costa {i}", "email": f"ana{i}@example.org"} for i in range(30)]


def _closed_reader(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ajar with its standard output a pipe whose reader is already gone: every write fails with EPIPE."""
    r, w = os.pipe()
    os.close(r)
    try:
        return subprocess.run(
            [sys.executable, "-m", "ajar", *args], stdout=w, stderr=subprocess.PIPE, text=True, timeout=300,
            cwd=cwd, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
        )  # fmt: skip
    finally:
        os.close(w)


@pytest.fixture(scope="module")
def dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("closed") / "dump"
    d.mkdir()
    for i in range(3):
        (d / f"people{i}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    return d


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_to_a_closed_stdout_exits_as_the_findings_say(dump: Path, tmp_path: Path, fmt: str) -> None:
    """The same outcome for every format: the findings' exit code, the other -o file written in full."""
    for fail_on, code in ((None, 0), ("high", 1)) if fmt == "jsonl" else (("high", 1),):
        gate = ["--fail-on", fail_on] if fail_on else []
        r = _closed_reader("scan", str(dump), "--no-store", "-q", "-o", "-", "-o", "copy.json", "--format", fmt,
                           *gate, cwd=tmp_path)  # fmt: skip
        assert r.returncode == code, (fmt, fail_on, r.returncode, r.stderr[-800:])
        assert "Traceback" not in r.stderr and "error" not in r.stderr.lower(), r.stderr[-800:]
        assert json.loads((tmp_path / "copy.json").read_text())["services"][0]["severity"] == "high"


def test_the_summary_table_and_listings_to_a_closed_stdout(dump: Path, tmp_path: Path) -> None:
    """Without -o - the summary table and the service lines go to stdout: a closed one still ends the scan
    as its findings say, with its -o file; a listing or a report re-rendered exits 0."""
    r = _closed_reader("scan", str(dump), "--no-store", "-o", "r.json", "--fail-on", "high", cwd=tmp_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr[-800:]
    assert "report written to r.json" in r.stderr
    for args in (["probes"], ["detectors"], ["--help"], ["scan", "--help"], ["report", "r.json"]):
        r = _closed_reader(*args, cwd=tmp_path)
        assert r.returncode == 0 and not r.stderr, (args, r.returncode, r.stderr[-800:])
