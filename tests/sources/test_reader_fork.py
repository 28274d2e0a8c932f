"""Reader children forked while another thread holds ``sys.stderr``'s lock (``files.py``, "Forked from a
worker thread").

``ajar scan`` forks its reader children from a worker thread while rich's progress display draws on
stderr from its own thread, ten times a second. A thread blocked inside a write to ``sys.stderr`` (a
stalled terminal) holds the buffer's lock; a child forked then inherits the lock held, by a thread it
does not have. Before each child made its own ``sys.stderr``, its first write there (a library's warning,
a ``print``) waited forever: with ``-j`` N the scan hung on the dataset being classified (no deadline but
CPU time, which a blocked child does not use), with ``-j 1`` the file ran out of time.

Each case runs in a forked process under an address-space limit and a timeout
(``test_reader_child.py``'s ``_bounded``), with ``read_path``'s ``stop`` set after :data:`HANG` seconds,
so a regression fails the test instead of hanging it.
"""

from __future__ import annotations

import fcntl
import io
import os
import sys
import termios
import threading
import time
from pathlib import Path
from typing import IO, Any

import pytest

from ajar.sources import files
from ajar.sources.files import Coverage, Stopped, read_path
from tests.sources.test_reader_child import _bounded, _good

#: Seconds after which a read that has not ended is stopped: the children hung.
HANG = 20.0
F_GETPIPE_SZ = 1032
_KEPT: list[object] = []


def _stderr_held(d: Path, jobs: int) -> Any:
    """``read_path`` of ``d`` while another thread is blocked writing to ``sys.stderr`` (a pipe nobody
    reads), every reader child writing to ``sys.stderr`` as it reads (``-j 1``) or classifies (``-j 2``)."""
    r, w = os.pipe()
    held = io.TextIOWrapper(io.BufferedWriter(io.FileIO(w, "w")), encoding="utf-8", write_through=True)
    _KEPT.append(held)  # never finalized: that would flush it, under the lock its writer holds
    own, sys.stderr = sys.stderr, held
    try:
        return _read(d, jobs, held, r, w)
    finally:
        sys.stderr = own  # this process's exit flushes sys.stderr


def _read(d: Path, jobs: int, held: IO[str], r: int, w: int) -> Any:
    threading.Thread(target=held.write, args=("x" * (8 << 20),), daemon=True).start()
    full = fcntl.fcntl(w, F_GETPIPE_SZ)
    deadline = time.monotonic() + 10
    waiting = bytearray(4)
    while time.monotonic() < deadline:  # the pipe full: the thread waits in write(), the buffer's lock held
        fcntl.ioctl(r, termios.FIONREAD, waiting)
        if int.from_bytes(waiting, sys.byteorder) >= full:
            break
        time.sleep(0.01)
    else:
        return "the writer never blocked"

    from ajar.sources.jsonfile import read_json as real

    def read_json(src: Any, *args: Any) -> Any:
        print("reading", file=sys.stderr)
        return real(src, *args)

    def handle(ds: files.FileDataset) -> int:
        print("classifying", file=sys.stderr)
        return len(ds.sample)

    if jobs == 1:  # one child reads, this process classifies; with -j 2 the children write as they classify
        setattr(files, "read_json", read_json)  # noqa: B010 - this bounded process's copy only
    setattr(files, "_GRACE", 0.5)  # noqa: B010
    stop = threading.Event()
    timer = threading.Timer(HANG, stop.set)
    timer.daemon = True
    timer.start()
    cov = Coverage()
    got: list[tuple[str, Any, str | None]] = []
    try:
        for fd in read_path(d, 10, cov, jobs=jobs, handle=handle if jobs > 1 else None, seconds=2.0,
                            handle_seconds=5.0, stop=stop):  # fmt: skip
            got.append((fd.name, fd.handled if jobs > 1 else len(fd.sample), fd.error))
    except Stopped:
        return f"stopped after {HANG:g} s: the reader children hung"
    finally:
        timer.cancel()
    return got, dict(cov.skipped)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_reader_child_forked_while_another_thread_writes_to_stderr_reads_and_classifies(
    tmp_path: Path, jobs: int
) -> None:
    for name in ("a.jsonl", "b.jsonl", "c.jsonl"):
        _good(tmp_path, name)
    result = _bounded(_stderr_held, tmp_path, jobs, timeout=120.0)
    assert result == ([("a", 3, None), ("b", 3, None), ("c", 3, None)], {}), result
