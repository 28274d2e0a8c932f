"""Helpers shared by the live tests: free ports, one guarded scan, stopping what a test started."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import re
import secrets
import socket
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ajar.models import Service
from ajar.net import Scope, guard
from ajar.pipeline.probe import probe_service
from ajar.probes import PROBES
from ajar.probes.base import Limits, Probe, Target

#: The scope of every live test: loopback only.
LOOPBACK = Scope([ipaddress.ip_network("127.0.0.0/8")])


def free_port() -> int:
    """A TCP port nothing listens on, on 127.0.0.1 (for a server a test starts itself)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def scan(
    host: str, port: int, probes: Sequence[type[Probe]] = PROBES, *, hint: str | None = None, **limits: Any
) -> Service:
    """Run every stage against one service, inside the loopback scope guard.

    ``limits`` override :class:`Limits` (default here: ``sample=20``, ``timeout=3``).
    """
    lim = Limits(**{"sample": 20, "timeout": 3, **limits})
    with guard(LOOPBACK):
        return await probe_service(list(probes), Target(host, port, engine_hint=hint), LOOPBACK, lim)


def template_regex(template: str, suffix: str = "") -> re.Pattern[str]:
    """A declared statement template (``SELECT ... FROM {table}``) as a regex over what a log shows."""
    parts = re.split(r"\{[a-z]+\}", template)
    return re.compile(r"(?s)^" + r".+?".join(re.escape(p) for p in parts) + suffix + r"$")


def run_together(*commands: Sequence[str], timeout: float = 600, env: dict[str, str] | None = None) -> None:
    """Run independent commands at once, each its own process (a generator's runs that a test compares:
    the second core makes one while the first makes the other), and wait for all of them; raise as
    ``subprocess.run(..., check=True)`` would if any fails (after all have ended, or been killed by PID)."""
    procs = [subprocess.Popen(list(c), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for c in commands]
    deadline = time.monotonic() + timeout
    try:
        done = [p.communicate(timeout=max(0.0, deadline - time.monotonic())) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    for c, p, (out, err) in zip(commands, procs, done, strict=True):
        if p.returncode:
            raise subprocess.CalledProcessError(p.returncode, list(c), out, err)


def ctrl_c_scan(args: Sequence[str], env: dict[str, str],
                timeout: float = 30) -> tuple[subprocess.CompletedProcess[str], int]:
    """``ajar scan 127.0.0.1:PORT ARGS`` against a port that accepts and never answers, Ctrl-C once it has
    connected (the scan is then under way, waiting on that port): its exit code, stdout and stderr, and
    the port (closed on return: a scan that resumes it ends at once)."""
    import signal
    import sys

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        silent.settimeout(60)
        port = silent.getsockname()[1]
        proc = subprocess.Popen([sys.executable, "-m", "ajar", "scan", f"127.0.0.1:{port}", *args],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            conn, _ = silent.accept()
            time.sleep(0.3)
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=timeout)
            conn.close()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), port


def stop(proc: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """Stop a process the test started, by its PID: TERM, then KILL after ``timeout``."""
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()


def log_through_marker(
    log: Path, offset: int, host: str, port: int, path: str = "/ajar-test-marker", seconds: float = 60
) -> str:
    """An HTTP server's request log from byte ``offset`` up to a marker request sent now, by protocol.

    Servers that log a request once they have answered it (werkzeug, PouchDB Server, influxd) may
    not have written the scan's last lines when the scan returns: a fixed sleep lost them on a busy
    machine, and a check that nothing wrote passed on a log cut short. The marker (``GET
    <path>?ajar-test-marker=<random>``, by default a 404 that changes nothing) is sent after every request of the
    scan has been answered, so once its line is in the log theirs are; the marker's line and what
    follows are left out. Fails past ``seconds``.
    """
    import httpx

    marker = f"ajar-test-marker={secrets.token_hex(4)}"
    with contextlib.suppress(httpx.HTTPError):
        httpx.get(f"http://{host}:{port}{path}?{marker}", timeout=10)
    deadline = time.monotonic() + seconds
    while True:
        text = log.read_bytes()[offset:].decode("utf-8", "replace")
        if (i := text.find(marker)) >= 0:
            return text[: text.rfind("\n", 0, i) + 1]
        assert time.monotonic() < deadline, f"the server never logged the marker request {marker}"
        time.sleep(0.05)


def cpu_wait(pid: int) -> float:
    """Seconds the main thread of ``pid`` has spent runnable but waiting for a CPU, since it started.

    The kernel's run delay (``/proc/PID/schedstat``, second field): time on a run queue, behind other
    processes or held by a CPU-bandwidth limit, never time asleep or blocked on I/O; 0.0 where the
    kernel does not keep it (then a bound measured with :class:`ExitClock` is the plain wall clock).
    """
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class ExitClock:
    """How long a process takes to end from now, and how much of that it only waited for a CPU.

    A promise such as "Ctrl-C stops within a second or two" is about the program, not about a machine
    whose cores other work holds: at load 7 on two cores a process runs about a quarter of the time,
    so a stop that costs 0.6 s of CPU takes 2.4 s of wall. ``ran`` (= ``took`` - ``starved``) is the
    wall time less the time the process's main thread was runnable and waiting for a CPU; time asleep
    (a grace period), blocked on a lock, a socket or the disk still counts, and the time this (the
    watching) process takes to see the exit counts too, so ``ran`` is never below what an idle machine
    would take. The exit is seen without reaping the process (``waitid(WNOWAIT)``), so its
    ``/proc`` entry is still there to read; :meth:`wait` drains its pipes meanwhile and returns them.
    """

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self._t0, self._w0 = time.monotonic(), cpu_wait(proc.pid)
        self.took = self.starved = self.ran = float("nan")

    def wait(self, timeout: float) -> tuple[str, str]:
        """Wait for the exit (failing past ``timeout`` s, the process then killed), reap it, return its output."""
        out: dict[str, str] = {}

        def drain(name: str) -> None:
            stream = getattr(self.proc, name)
            out[name] = stream.read() if stream is not None else ""

        readers = [threading.Thread(target=drain, args=(n,), daemon=True) for n in ("stdout", "stderr")]
        ended = threading.Event()

        def watch() -> None:
            try:
                os.waitid(os.P_PID, self.proc.pid, os.WEXITED | os.WNOWAIT)
            except ChildProcessError:  # killed and reaped past the timeout
                return
            self.took, self.starved = time.monotonic() - self._t0, cpu_wait(self.proc.pid) - self._w0
            ended.set()

        watcher = threading.Thread(target=watch, daemon=True)
        for t in (watcher, *readers):
            t.start()
        if not ended.wait(timeout):
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"the process did not end within {timeout} s")
        self.ran = self.took - self.starved
        self.proc.wait()
        for t in readers:
            t.join(timeout)
        return out.get("stdout", ""), out.get("stderr", "")


def scan_outputs(
    args: Sequence[str], reports: dict[str, Path], db: Path, env: dict[str, str], address_space: int
) -> dict[str, str]:
    """Every output of one ``ajar scan ARGS`` (under ``address_space`` bytes and a 600 s timeout) that writes
    ``reports`` and the store ``db``: each report, stdout, stderr, ``ajar history`` and every row of the store,
    by name, for a no-leak test to search. The scan must exit 0 or 1."""
    import resource
    import sqlite3
    import sys

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))

    cmd = [sys.executable, "-m", "ajar", "scan", *args, *(a for f in reports.values() for a in ("-o", str(f)))]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env, preexec_fn=limit)
    assert run.returncode in (0, 1), run.stderr[-2000:]
    history = subprocess.run([sys.executable, "-m", "ajar", "history", "--store", f"sqlite:///{db}"],
                             capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = "\n".join(con.iterdump())
    finally:
        con.close()
    outputs = {f"report {k}": f.read_text(errors="replace") for k, f in reports.items()}
    return outputs | {"stdout": run.stdout, "stderr": run.stderr, "history": history.stdout + history.stderr,
                      "store rows": rows}  # fmt: skip


def children_of(pid: int) -> set[int]:
    """The children of ``pid`` (forked by any of its threads), from ``/proc`` (Linux)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found
