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

from tests.support import children_of

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
if len(sys.argv) > 2:
    import signal
    signal.signal(signal.SIGTERM, lambda *_: None)  # like the CLI's handler, which the child inherits
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


def _hang_then(tmp_path: Path, sig: int, *extra: str) -> None:
    """Start a scan whose reader hangs, send ``sig`` to the scan (``SIGKILL``) or to its reader
    child (``SIGTERM``), and wait, against a deadline, for the child to go."""
    (tmp_path / "hang.jsonl").write_text('{"email": "a@example.org"}\n')
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path), *extra], stdout=subprocess.PIPE, env=env)
    child = 0
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"reading"
        (child,) = _children(proc.pid)
        assert _alive(child)
        if sig == signal.SIGKILL:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
        else:
            os.kill(child, sig)
        deadline = time.monotonic() + 30
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(child), f"the reader child outlived signal {sig} to {'its parent' if extra == () else 'it'}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
        if child and _alive(child):
            os.kill(child, signal.SIGKILL)  # our own test's orphan, by its pid


def test_the_reader_child_dies_with_a_killed_parent(tmp_path: Path) -> None:
    _hang_then(tmp_path, signal.SIGKILL)


def test_the_reader_child_ends_on_sigterm(tmp_path: Path) -> None:
    _hang_then(tmp_path, signal.SIGTERM, "term")  # "term": the scan has the CLI's SIGTERM handler


def test_a_reader_spinning_past_its_cpu_limit_is_stopped() -> None:
    """The backstop under the per-file timer: a child that used its CPU seconds gets SIGXCPU."""
    from ajar.sources.files import _cpu_limit

    pid = os.fork()
    if pid == 0:  # pragma: no cover - the forked child
        try:
            signal.signal(signal.SIGXCPU, signal.SIG_DFL)
            _cpu_limit(1)
            while True:
                pass
        finally:
            os._exit(0)
    deadline = time.monotonic() + 60
    status = 0
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)  # our own child, by its pid
        os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU, status


def test_end_readers_reaps_the_children_of_a_reading_thread_that_has_not_stopped(tmp_path: Path) -> None:
    """A scan whose stop grace ran out exits while its reading thread is still busy (classifying, under
    load): ``end_readers`` kills and reaps that thread's reader children at once, before the exit (the
    kernel's PDEATHSIG would only kill them after it: ``test_stop_local_scan`` saw one outlive the scan),
    and the thread, when it goes on, forks no new one and ends with ``Stopped``."""
    import threading

    from ajar.sources import files

    for name in "abcdef":
        (tmp_path / f"{name}.jsonl").write_text('{"email": "x@example.org"}\n' * 3)
    before = children_of(os.getpid())
    busy, release, ended = threading.Event(), threading.Event(), []

    def read() -> None:
        try:
            for _ in files.read_path(tmp_path, 10, seconds=60):
                busy.set()
                release.wait(60)  # busy with a dataset: the thread looks at no stop meanwhile
            ended.append("finished")
        except files.Stopped:
            ended.append("stopped")

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    try:
        assert busy.wait(60), "the reading never gave a dataset"
        kids = children_of(os.getpid()) - before
        assert kids, "no reader child while the thread reads"
        files.end_readers()
        alive = [pid for pid in kids if Path(f"/proc/{pid}").exists()]  # reaped: not even a zombie
        assert not alive, f"reader children left after end_readers: {alive}"
    finally:
        release.set()
        thread.join(60)
    assert ended == ["stopped"] and not (children_of(os.getpid()) - before)
