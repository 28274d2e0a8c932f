"""Helpers shared by the live tests: free ports, one guarded scan, stopping what a test started."""

from __future__ import annotations

import contextlib
import ipaddress
import re
import secrets
import socket
import subprocess
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
