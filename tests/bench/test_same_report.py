"""``bench/classify/same_report.py``: a snapshot is written and compares equal to itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "classify" / "same_report.py"


def test_a_snapshot_of_the_own_sets_is_written_and_equals_itself(tmp_path: Path) -> None:
    out = tmp_path / "snap.json"
    env = {**os.environ, "PYTHONPATH": str(SCRIPT.parents[2] / "src")}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "snapshot", str(out), "--records", "3"],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["own"] and doc["scans"] == {}
    same = subprocess.run(
        [sys.executable, str(SCRIPT), "compare", str(out), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert same.returncode == 0 and "same, field by field" in same.stdout
