"""A reader child is killed and reaped by one owner: no pid is signalled after it was reaped (review of
round 8).

The reading thread (``_Reader._stop``) and the scan's main thread (``end_readers``, on a stop) both
killed and reaped the same children, each on its own: one could ``SIGKILL`` a pid the other had already
reaped, which by then the kernel may have given to another process. Each case below forces one
interleaving and records every ``kill`` and every reaping ``waitpid`` of the child's pid.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

import pytest

from ajar.sources import files


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int]]]:
    """``("kill", pid)`` and ``("reaped", pid)``, in the order they happened (any thread)."""
    log: list[tuple[str, int]] = []
    real_kill, real_waitpid = os.kill, os.waitpid

    def kill(pid: int, sig: int) -> None:
        log.append(("kill", pid))
        real_kill(pid, sig)

    def waitpid(pid: int, options: int) -> tuple[int, int]:
        got = real_waitpid(pid, options)
        if got[0]:
            log.append(("reaped", got[0]))
        return got

    monkeypatch.setattr(os, "kill", kill)
    monkeypatch.setattr(os, "waitpid", waitpid)
    yield log
    files._fork_again()  # end_readers forbade new children in this process


def _signalled_after_reaped(log: list[tuple[str, int]], pid: int) -> list[int]:
    """Positions in ``log`` where ``pid`` was sent a signal after it had been reaped."""
    reaped = False
    out = []
    for i, (what, p) in enumerate(log):
        if p != pid:
            continue
        if what == "reaped":
            assert not reaped, f"pid {pid} reaped twice: {log}"
            reaped = True
        elif reaped:
            out.append(i)
    return out


def _idle_reader() -> files._Reader:
    files._fork_again()  # as read_path does: an earlier test's end_readers forbade new children
    reader = files._Reader()
    reader._start()  # a child waiting for its first file
    return reader


def test_the_reading_thread_does_not_kill_a_child_end_readers_reaped(events: list[tuple[str, int]]) -> None:
    """end_readers ends the children; then the reading thread, going on, closes its reader (kill=True)."""
    reader = _idle_reader()
    pid = reader.pid
    files.end_readers()
    reader.close()
    assert ("reaped", pid) in events
    assert not _signalled_after_reaped(events, pid), events


def test_end_readers_does_not_kill_a_child_the_reading_thread_reaped(
    events: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reading thread reaps its child; end_readers (the main thread, on a stop) runs right then, before
    that thread has gone on: it must not signal the pid it no longer owns."""
    reader = _idle_reader()
    pid = reader.pid
    waitpid = os.waitpid
    ender = threading.Thread(target=files.end_readers, daemon=True)

    def reaped_then_stop(p: int, options: int) -> tuple[int, int]:
        got = waitpid(p, options)
        if p == pid and not ender.is_alive() and not ender.ident:
            ender.start()
            ender.join(0.5)  # it may wait for the reaping thread; it must not signal the reaped pid meanwhile
        return got

    monkeypatch.setattr(os, "waitpid", reaped_then_stop)
    reader.close()
    ender.join(30)
    assert not ender.is_alive()
    assert ("reaped", pid) in events
    assert not _signalled_after_reaped(events, pid), events
