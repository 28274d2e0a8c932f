"""The existing mongodb probe against a MongoDB that demands authentication, played by mockupdb
(:mod:`ajar.lab.locked_mongo`): the lab's 127.0.0.3:27017, and an instance started here on
127.0.0.1:<free port> whose own request log is read back."""

from __future__ import annotations

import ipaddress
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.base import Probe
from ajar.probes.mongodb import MongodbProbe
from tests.conftest import LOCKED, port_open
from tests.support import scan

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/24")])


async def _scan(host: str, port: int, probes: tuple[type[Probe], ...] = PROBES) -> Service:
    return await scan(host, port, probes, sample=10)


def _assert_locked(svc: Service) -> None:
    assert svc.engine == "mongodb" and svc.status == Status.SUCCESS
    assert svc.version == "7.0.14"  # mockupdb's scripted buildInfo answers before authentication
    assert svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets
    ev = {e.command: e.reply for e in svc.evidence}
    assert "listDatabases" in ev and "code 13" in ev["listDatabases"]
    assert "requires authentication" in ev["listDatabases"]
    assert svc.severity.value in ("info", "low")
    assert "access.auth_required" in {f.rule for f in svc.findings}


async def test_lab_locked_mongodb_is_auth_required(lab: Path) -> None:
    if not port_open(LOCKED, 27017):
        pytest.fail("the locked MongoDB is not running: run `bash lab/up.sh mongodb`")
    _assert_locked(await _scan(LOCKED, 27017))


async def test_locked_mongodb_request_log(tmp_path: Path) -> None:
    """Own mockupdb on a free port: auth_required, and its request log shows only declared reads."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    log = tmp_path / "locked-mongo.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ajar.lab.locked_mongo", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    try:
        for _ in range(200):
            if port_open("127.0.0.1", port):
                break
            time.sleep(0.05)
        svc = await _scan("127.0.0.1", port, probes=(MongodbProbe,))
        time.sleep(0.3)
    finally:
        proc.terminate()  # by the PID we started
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
    _assert_locked(svc)
    names = re.findall(r"locked-mongo \d+ \{'(\w+)'", log.read_text(errors="replace"))
    assert "listDatabases" in names
    declared = {c.lower() for c in MongodbProbe.commands}
    assert {n.lower() for n in names} <= declared, f"undeclared: {set(names) - MongodbProbe.commands}"
