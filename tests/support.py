"""Helpers shared by the live tests: free ports, one guarded scan, stopping what a test started."""

from __future__ import annotations

import ipaddress
import re
import socket
import subprocess
from collections.abc import Sequence
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


def stop(proc: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """Stop a process the test started, by its PID: TERM, then KILL after ``timeout``."""
    proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
