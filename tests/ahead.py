"""Commands a test needs, started ahead: once the session's tests are collected, beside the tests before it.

The serial suite leaves a core idle most of the time. A test marked ``@pytest.mark.ahead(command,
env={...})`` gets its command started when collection ends (``conftest.pytest_collection_finish``),
in its own process group at the lowest priority (nice 19: the tests running meanwhile keep their
CPU share, so their time bounds are no tighter than before); the test takes the result with
:meth:`Ahead.result`, which first gives the group the test's own priority back (where allowed: as
root, as CI runs), so from then on the command runs exactly as if the test had started it. The
command, its environment and what the test asserts on its output are unchanged; only the start is
earlier. Whatever still runs when the session ends is killed by its process group (the one started
here).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
from collections.abc import Mapping, Sequence

#: the nice value a command runs at until its test takes the result
BACKGROUND_NICE = 19


class Ahead:
    """One command started now, at :data:`BACKGROUND_NICE`, in its own process group."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str] | None = None) -> None:
        self.command = list(command)
        # files, not pipes: nobody reads while it runs, and a full pipe would stall it
        self._out = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._err = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            self.command, stdout=self._out, stderr=self._err, text=True, env={**os.environ, **(env or {})},
            start_new_session=True, preexec_fn=lambda: os.setpriority(os.PRIO_PROCESS, 0, BACKGROUND_NICE),
        )  # fmt: skip

    def result(self, timeout: float) -> subprocess.CompletedProcess[str]:
        """Wait (at most ``timeout`` seconds from now, at the caller's priority) and return what it printed.

        Past ``timeout`` the process group is killed and :class:`subprocess.TimeoutExpired` raised, as
        ``subprocess.run(..., timeout=...)`` does.
        """
        with contextlib.suppress(PermissionError, ProcessLookupError):  # not root: it finishes at nice 19
            os.setpriority(os.PRIO_PGRP, self.proc.pid, os.getpriority(os.PRIO_PROCESS, 0))
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise
        self._out.seek(0)
        self._err.seek(0)
        return subprocess.CompletedProcess(self.command, self.proc.returncode, self._out.read(), self._err.read())

    def stop(self) -> None:
        """Kill the process group started here (if still running) and reap its leader."""
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self._out.close()
        self._err.close()
