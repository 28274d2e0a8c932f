"""HTTP replies in flight share one byte budget: servers that stream without end cost the run a bounded
amount of memory, whatever their number (found by an independent tester: ~0.6-1 GB per hostile host)."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import AsyncIterator

import pytest

from ajar import net
from ajar.errors import ProtocolMismatch
from ajar.net import Scope, http_client, http_fetch

SCOPE = Scope([ipaddress.ip_network("127.0.0.1/32")])


async def _endless(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999\r\n\r\n")
        while True:
            writer.write(b'{"a":' * 8192)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


@pytest.fixture
async def endless_port() -> AsyncIterator[int]:
    server = await asyncio.start_server(_endless, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    server.close()


async def test_replies_in_flight_share_one_budget(endless_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(net, "HTTP_INFLIGHT_BYTES", 3 << 20)
    clients = [http_client(SCOPE, "127.0.0.1", endless_port, tls=False, timeout=10) for _ in range(6)]
    try:
        results = await asyncio.gather(
            *(http_fetch(c, "GET /", "GET", "/", limit=2 << 20) for c in clients), return_exceptions=True
        )
    finally:
        for c in clients:
            await c.aclose()
    assert all(isinstance(r, ProtocolMismatch) for r in results), results
    said = {str(r) for r in results}
    assert any("in flight" in s for s in said)  # the shared budget, not only each reply's own limit, said no
    assert net._http_inflight == 0  # every byte handed back


async def test_one_reply_within_the_budget_is_cut_when_asked(endless_port: int) -> None:
    async with http_client(SCOPE, "127.0.0.1", endless_port, tls=False, timeout=10) as c:
        _, body = await http_fetch(c, "GET /", "GET", "/", limit=1 << 20, truncate=True)
    assert len(body) == 1 << 20 and net._http_inflight == 0
