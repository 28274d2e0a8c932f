"""What Ctrl-C prints on the terminal is true, and names the command that finishes the run.

Before, a stopped scan always ended "interrupted: the partial report is written; exit 130", also when no
``-o`` was given (nothing was written anywhere) or the report went to standard output, and the
``--resume`` command was only inside the report. Now the line names where the partial report went (its
files, standard output, or nowhere) and the command, as the report writes it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.support import ctrl_c_scan

ROOT = Path(__file__).resolve().parents[2]

# name -> (extra arguments, given the folder; what the terminal line must say)
CASES = {
    "no -o": (lambda d: [], "interrupted: no report was written (no -o was given); `ajar scan --resume "),
    "stdout jsonl": (lambda d: ["-o", "-", "--format", "jsonl"],
                     "interrupted: the partial report is written to standard output; `ajar scan --resume "),
    "files": (lambda d: ["-o", str(d / "r.json"), "-o", str(d / "r.jsonl")],
              "interrupted: the partial report is written to {d}/r.json, {d}/r.jsonl; `ajar scan --resume "),
}


@pytest.mark.timeout(180)
@pytest.mark.parametrize("case", list(CASES))
def test_ctrl_c_says_where_the_partial_report_went_and_how_to_finish(tmp_path: Path, case: str) -> None:
    extra, said = CASES[case]
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src"), "AJAR_STATE_DIR": str(tmp_path / "state")}
    r, _ = ctrl_c_scan(["--timeout", "60", "-q", "--no-store", *extra(tmp_path)], env, timeout=60)
    err = r.stderr
    assert r.returncode == 130, err[-1500:]
    (run_id,) = [p.parent.name for p in (tmp_path / "state").glob("*/run.json")]
    (line,) = [x for x in err.splitlines() if x.startswith("interrupted:")]  # one line, however long
    assert line.startswith(said.format(d=tmp_path)), line
    assert f"`ajar scan --resume {run_id} --no-store`" in line and line.endswith("; exit 130"), line
    if case == "stdout jsonl":
        assert json.loads(r.stdout.splitlines()[-1])["incomplete"].startswith("stopped by Ctrl-C")
    if case == "files":
        assert json.loads((tmp_path / "r.jsonl").read_text().splitlines()[-1])["incomplete"].startswith("stopped by")
        assert json.loads((tmp_path / "r.json").read_text())["incomplete"].startswith("stopped by Ctrl-C")
