"""A partial report tells the command that finishes its run, and that command does finish it.

Before, every INCOMPLETE report ended with "`ajar scan --resume` finishes it", also after a scan run with
``--no-store``: its checkpoint is then a journal file, which plain ``--resume`` finds only after opening
the store (and creating the default one), and a scan given ``--store URL`` is found only in that store.
Now the report names the run and where its checkpoint is (JSON ``incomplete``, Markdown and HTML
summaries), and here the command it names is run as written and finishes the scan.
"""

from __future__ import annotations

import html
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from ajar.models import Report, ScopeInfo, ToolInfo
from ajar.report._common import executive_summary
from tests.support import ctrl_c_scan

ROOT = Path(__file__).resolve().parents[2]
COMMAND = re.compile(r"`(ajar scan --resume [^`]+)`")


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "NO_COLOR": "1",
        "PYTHONPATH": str(ROOT / "src"),
        "AJAR_STATE_DIR": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),  # where the default store would be created
    }


@pytest.mark.timeout(300)
@pytest.mark.parametrize("where", ["store", "no-store"])
def test_the_partial_report_names_the_command_that_finishes_its_run(tmp_path: Path, where: str) -> None:
    env = _env(tmp_path)
    store_url = f"sqlite:///{tmp_path / 'own.db'}"
    args = ["--no-store"] if where == "no-store" else ["--store", store_url]
    out, md, page = tmp_path / "partial.json", tmp_path / "partial.md", tmp_path / "partial.html"
    stopped, port = ctrl_c_scan(["--timeout", "60", "-q", *args, "-o", str(out), "-o", str(md), "-o", str(page)],
                                env)
    assert stopped.returncode == 130, stopped.stderr[-1500:]

    incomplete = json.loads(out.read_text(encoding="utf-8"))["incomplete"]
    found = COMMAND.findall(incomplete)
    assert len(found) == 1, incomplete
    command = found[0]
    if where == "no-store":
        (run_id,) = [p.parent.name for p in (tmp_path / "state").glob("*/run.json")]
        assert command == f"ajar scan --resume {run_id} --no-store", incomplete
        assert "journal file" in incomplete
    else:
        assert command.startswith("ajar scan --resume ") and "--no-store" not in command, incomplete
        assert "with the same `--store`" in incomplete  # the report holds no store URL (it may hold a password)
    # every format that carries the sentence says the same, and so does the terminal
    assert f"`{command}`" in stopped.stderr, stopped.stderr[-800:]
    summary = md.read_text(encoding="utf-8").split("## Summary", 1)[1].lstrip().splitlines()[0]
    assert summary.startswith("- INCOMPLETE: the scan was stopped by Ctrl-C") and f"`{command}`" in summary, summary
    assert command in html.unescape(page.read_text(encoding="utf-8"))

    # the command, run as the report writes it, finishes the scan (the port now refuses: a quick end)
    argv = shlex.split(command)[1:] + (["--store", store_url] if where == "store" else [])
    again = subprocess.run([sys.executable, "-m", "ajar", *argv], capture_output=True, text=True, env=env,
                           timeout=120)  # fmt: skip
    assert again.returncode == 0, again.stderr[-1500:]
    finished = json.loads(out.read_text(encoding="utf-8"))
    assert finished["incomplete"] is None and [s["port"] for s in finished["services"]] == [port]
    if where == "no-store":
        assert not (tmp_path / "data").exists(), "the --no-store run was finished through the store"
        assert not any((tmp_path / "state").glob("*/run.json")), "the journal is still there"


def test_a_report_that_does_not_say_how_to_finish_it_gets_no_resume_claim() -> None:
    """A report written before the command was recorded (schema 1.1 all the same) claims nothing."""
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    report = Report(tool=ToolInfo(version="0"), scope=ScopeInfo(targets=["127.0.0.1"]), started=now, finished=now,
                    incomplete="stopped by Ctrl-C after 6 s, before it finished")  # fmt: skip
    first = executive_summary(report)[0]
    assert first.startswith("INCOMPLETE: the scan was stopped by Ctrl-C after 6 s, before it finished.")
    assert "--resume" not in first
