"""Ctrl-C (and SIGTERM) stop a scan of local files within a second or two, as the README says.

The files are read in a thread off the event loop (with ``-j 1`` by one reader child, with ``-j N`` by
a pool of them): the stop handler runs at once, tells the thread to stop, and the reader children are
killed and reaped before the partial report is written. Before, the signal waited for the whole path
to be read (8-15 s on 1.8 MB of files; minutes on real dumps).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import ExitClock, children_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def slow_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The evalgen2 set of 200 records a table, three times (426 tables, ~56 MB): a scan reading every
    record takes 13-17 s on a free core (at load 5), far more than the stop may."""
    pytest.importorskip("faker")
    out = tmp_path_factory.mktemp("slow") / "files"
    gen = ROOT / "bench/classify/evalgen2/generate.py"
    subprocess.run([sys.executable, str(gen), "--out", str(out / "s1"), "--records", "200", "--seed", "1"],
                   check=True, capture_output=True, timeout=300)  # fmt: skip
    (out / "s1" / "labels.csv").unlink()
    for copy in ("s2", "s3"):
        shutil.copytree(out / "s1", out / copy)
    return out


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


#: ``ajar`` with no grace after a stop (``console.STOP_GRACE`` 0): the scan exits without waiting for its
#: reading thread, as it does on a loaded machine when that thread is busy classifying past the grace.
#: The scan must still reap the thread's reader children before it exits (``files.end_readers``); without
#: that, one outlived the scan in 3 runs of 4 (seen once at load ~17 with the grace).
NO_GRACE = ("import sys, ajar.console as c; c.STOP_GRACE = 0.0; sys.argv[0] = 'ajar'; "
            "from ajar.launch import main; main()")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.timeout(600)
@pytest.mark.parametrize(
    ("jobs", "sig", "code", "grace"),
    [("1", signal.SIGINT, 130, True), ("2", signal.SIGINT, 130, True), ("2", signal.SIGTERM, 143, True),
     ("1", signal.SIGINT, 130, False), ("2", signal.SIGTERM, 143, False)],
    ids=["j1-ctrl-c", "j2-ctrl-c", "j2-sigterm", "j1-ctrl-c-no-grace", "j2-sigterm-no-grace"],
)  # fmt: skip
def test_a_stop_signal_ends_a_local_scan_within_seconds_with_the_partial_report_and_no_child_left(
    slow_folder: Path, tmp_path: Path, jobs: str, sig: signal.Signals, code: int, grace: bool
) -> None:
    out, md = tmp_path / "partial.json", tmp_path / "partial.md"
    ajar = ["-m", "ajar"] if grace else ["-c", NO_GRACE]
    proc = subprocess.Popen(
        [sys.executable, *ajar, "scan", str(slow_folder), "--no-store", "-o", str(out), "-o", str(md),
         "--sample", "10000", "--max-datasets", "100000", "-q", "-j", jobs],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src")},
        start_new_session=True,  # its own group: what is left of it after the exit is seen
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as from a terminal
    )  # fmt: skip
    pgid = proc.pid
    try:
        deadline = time.monotonic() + 120
        while not children_of(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)  # the reading is under way once a reader child is forked
        assert proc.poll() is None and children_of(proc.pid), "the scan never forked a reader child"
        time.sleep(1.0)
        assert proc.poll() is None, "the scan ended before the signal: the folder is too small"
        proc.send_signal(sig)
        clock = ExitClock(proc)
        _, err = clock.wait(timeout=60)
        left = _group_alive(pgid)  # the scan has exited: its reader children must be gone too
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if _group_alive(pgid):
            os.killpg(pgid, signal.SIGKILL)
    assert proc.returncode == code, (proc.returncode, err[-1500:])
    # the program's own time (tests.support.ExitClock: the wall less what its main thread waited for a CPU;
    # its reader children's waits still count): reading on to the end costs CPU, which is never subtracted
    assert clock.ran < 5.0, (f"{sig.name} took {clock.took:.1f} s to end a scan of local files, "
                             f"{clock.starved:.1f} s of it waiting for a CPU")
    assert not left, "a reader child outlived the scan"
    assert "Traceback" not in err and f"exit {code}" in err, err[-1500:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {signal.SIGINT: "Ctrl-C", signal.SIGTERM: "SIGTERM"}[sig] in data["incomplete"]
    summary = md.read_text(encoding="utf-8").split("## Summary", 1)[1].lstrip().splitlines()
    assert summary[0].startswith("- INCOMPLETE: the scan was stopped by"), summary[:3]
