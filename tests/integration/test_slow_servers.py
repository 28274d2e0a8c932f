"""A server that trickles one byte per second never holds a scan past its budget.

Per-read timeouts reset on every byte, so before the fix a byte-drip server kept ``ajar scan``
waiting for minutes (a banner read of 512 bytes at one a second) whatever ``--timeout`` said.
Every stage of a service is now bounded in total time (``defaults.STAGE_TIMEOUTS``): the port
ends as ``timeout`` (or ``not_this_engine``) with a note, and the report is written.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from ajar.models import Status

pytestmark = pytest.mark.integration

#: the real command line's wall-clock limit; the scan must end well within it
DEADLINE = 60.0
#: --timeout of the scan: above the drip interval, so no single read ever times out (as in F6)
TIMEOUT = 3.0
#: heap limit of the scan subprocess
MEMORY = 1 << 30


@contextlib.asynccontextmanager
async def _trickle_server() -> AsyncIterator[int]:
    """Accept on 127.0.0.1 (free port) and send one byte per second to each client, forever."""
    drips: set[asyncio.Task[Any]] = set()

    async def drip(_: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        drips.add(asyncio.current_task())  # type: ignore[arg-type]
        try:
            while True:
                w.write(b"+")
                await w.drain()
                await asyncio.sleep(1)
        except (ConnectionError, OSError):
            pass
        finally:
            w.close()

    server = await asyncio.start_server(drip, "127.0.0.1", 0)
    try:
        yield int(server.sockets[0].getsockname()[1])
    finally:
        server.close()
        for task in drips:  # this server's drip loops never end on their own (the others' go on)
            task.cancel()


def _scan(target: str, report: Path) -> tuple[int, float, str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_DATA, (MEMORY, MEMORY))

    args = [sys.executable, "-m", "ajar", "scan", target, "--timeout", str(TIMEOUT), "--no-store", "-q",
            "-o", str(report)]
    t0 = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ},
                            preexec_fn=limit)
    try:
        _, err = proc.communicate(timeout=DEADLINE)
    except subprocess.TimeoutExpired:
        proc.kill()  # by its own handle, i.e. its PID
        _, err = proc.communicate()
        return -9, time.monotonic() - t0, err.decode("utf-8", "replace")
    return proc.returncode, time.monotonic() - t0, err.decode("utf-8", "replace")


SCHEMES = ["", "redis://", "mongodb://", "http://"]


async def _drip_scan(scheme: str, report: Path) -> tuple[int, int, float, str]:
    async with _trickle_server() as port:
        code, seconds, err = await asyncio.to_thread(_scan, f"{scheme}127.0.0.1:{port}", report)
    return port, code, seconds, err


@pytest.fixture(scope="module")
def drip_scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int, int, float, str]]:
    """The four scans at once, each its own drip server and subprocess (they spend their time waiting
    on one byte a second: one after the other they took 47 s); scheme -> (report, port, exit, seconds, stderr)."""
    reports = {scheme: tmp_path_factory.mktemp("drip") / "report.json" for scheme in SCHEMES}

    async def all_four() -> list[tuple[int, int, float, str]]:
        return await asyncio.gather(*(_drip_scan(scheme, reports[scheme]) for scheme in SCHEMES))

    return {scheme: (reports[scheme], *run) for scheme, run in zip(SCHEMES, asyncio.run(all_four()), strict=True)}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_byte_drip_server_ends_in_time_with_a_report(
    scheme: str, drip_scans: dict[str, tuple[Path, int, int, float, str]]
) -> None:
    report, port, code, seconds, err = drip_scans[scheme]
    assert code in (0, 1), f"exit {code} after {seconds:.0f}s (deadline {DEADLINE:.0f}s):\n{err[-2000:]}"
    assert seconds < DEADLINE / 2, f"took {seconds:.0f}s at --timeout {TIMEOUT:g}"
    assert "Traceback" not in err and "never retrieved" not in err
    doc = json.loads(report.read_text(encoding="utf-8"))
    (svc,) = doc["services"]
    assert svc["port"] == port
    assert svc["status"] in (Status.TIMEOUT, Status.NOT_THIS_ENGINE, Status.PROTOCOL_ERROR), svc
    assert svc["error"], "a failure must say why"
    # each step ends by its own deadline, not by the last guard around identification (F6's
    # residue: a read that completed as its deadline cancelled it ran on to that guard)
    assert "identification took longer than" not in svc["error"], svc["error"]
