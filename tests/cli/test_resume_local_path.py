"""A resumed scan does not read again a local path its interrupted run had finished (review of round 9).

The run's checkpoint keeps each finished service as the report shows it, masked (``./u8**********00``);
the resume compared that with the path as typed (``./u8613800138000``), found no match and read the folder
again: the report listed it twice. Now both sides are masked, and two paths masked alike are told apart
by how many of them were finished. Every file is synthetic.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CSV = "full_name,email\nAna Costa,ana@example.org\nJoao Silva,joao@example.org\n"


def _ajar(tmp_path: Path, *args: str, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "AJAR_STATE_DIR": str(tmp_path / "state")}
    if fault:  # each event written at once: the fault counts services
        env |= {"AJAR_FAULT": fault, "AJAR_CHECKPOINT_BATCH": "1"}
    return subprocess.run([sys.executable, "-m", "ajar", *args], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path, env=env)  # fmt: skip


@pytest.mark.timeout(600)
@pytest.mark.parametrize("where", ["store", "no-store"])
def test_a_resume_reads_a_finished_local_path_once(tmp_path: Path, where: str) -> None:
    # two folders whose names mask alike, and one shown as typed
    for folder in ("u8613800138000", "u8613800139900", "plain"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "people.csv").write_text(CSV)
    store = ["--no-store"] if where == "no-store" else ["--store", "sqlite:///s.db"]
    # killed (as by kill -9) once the first two paths were read and journaled, the third not yet done
    first = _ajar(tmp_path, "scan", "./u8613800138000", "./plain", "./u8613800139900", *store, "-q", "-o", "r.json",
                  fault="checkpoint.flushed@2")
    assert first.returncode == -9, first.stderr[-1500:]
    again = _ajar(tmp_path, "scan", "--resume", *store, "-q")
    assert again.returncode == 0, again.stderr[-1500:]
    report = json.loads((tmp_path / "r.json").read_text())
    hosts = sorted(s["host"] for s in report["services"])
    assert hosts == ["./plain", "./u8**********00", "./u8**********00"], hosts  # each path once
    assert all(s["datasets"] for s in report["services"])
