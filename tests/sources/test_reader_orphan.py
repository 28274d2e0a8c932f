"""The reader child dies with ajar, even when ajar is killed with SIGKILL (R3-7): no orphan keeps
parsing hostile input, sampled values in its memory, past every deadline.

A separate Python process (under an address-space limit) reads a folder whose file hangs the reader;
the test kills that process with SIGKILL and waits, against a deadline, for its reader child to go.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from ajar.sources import files
from ajar.sources.jsonfile import read_json as real

def read_json(src, *args):
    if src.display.endswith("hang.jsonl"):
        print("reading", flush=True)
        while True:
            time.sleep(0.05)
    return real(src, *args)

files.read_json = read_json
for _ in files.read_path(__import__("pathlib").Path(sys.argv[1]), 10, seconds=300):
    pass
"""


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_the_reader_child_dies_with_a_killed_parent(tmp_path: Path) -> None:
    (tmp_path / "hang.jsonl").write_text('{"email": "a@example.org"}\n')
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path)], stdout=subprocess.PIPE, env=env)
    child = 0
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"reading"
        (child,) = _children(proc.pid)
        assert _alive(child)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        deadline = time.monotonic() + 30
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(child), "the reader child outlived its parent"
    finally:
        if proc.poll() is None:
            proc.kill()
        if child and _alive(child):
            os.kill(child, signal.SIGKILL)  # our own test's orphan, by its pid
