"""Closed, silent and garbage-speaking ports inside the scope are recorded; the scan goes on."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ajar.config import ScanConfig
from ajar.models import Access, Status
from ajar.pipeline.run import scan
from tests.conftest import OPEN
from tests.hostile import hostile_server, memory_limit

pytestmark = pytest.mark.integration


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens once the socket is closed


async def test_broken_ports_are_recorded_and_the_scan_goes_on(lab: Path) -> None:
    closed = _closed_port()
    async with hostile_server("silent") as silent, hostile_server("junk") as junk:
        cfg = ScanConfig(
            targets=[f"127.0.0.1:{closed}", f"127.0.0.1:{silent}", f"127.0.0.1:{junk}", f"redis://{OPEN}:6379"],
            timeout=1.0,
        )
        with memory_limit():  # hostile servers: a reply that makes ajar allocate without bound fails here
            rep = await scan(cfg)
    by_port = {(s.host, s.port): s for s in rep.services}
    assert by_port[("127.0.0.1", closed)].status == Status.REFUSED
    assert by_port[("127.0.0.1", silent)].status == Status.TIMEOUT
    assert by_port[("127.0.0.1", junk)].status in (Status.NOT_THIS_ENGINE, Status.PROTOCOL_ERROR)
    for p in (closed, silent, junk):
        assert by_port[("127.0.0.1", p)].error and by_port[("127.0.0.1", p)].engine is None
    assert by_port[(OPEN, 6379)].access == Access.OPEN and by_port[(OPEN, 6379)].datasets
