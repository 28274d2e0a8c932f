"""The scope guard: nothing outside the scope is ever contacted, by ajar or by a driver."""

from __future__ import annotations

import asyncio
import ipaddress
import socket

import pytest

from ajar.errors import ScopeError
from ajar.net import Scope, guard, http_client, open_stream, tcp_probe


def _scope(*nets: str) -> Scope:
    return Scope([ipaddress.ip_network(n) for n in nets])


async def _server() -> tuple[asyncio.Server, int]:
    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        w.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    return srv, srv.sockets[0].getsockname()[1]


async def test_open_stream_refuses_out_of_scope_before_connecting() -> None:
    srv, port = await _server()
    async with srv:
        with pytest.raises(ScopeError, match="outside the scope"):
            await open_stream(_scope("127.0.0.2/32"), "127.0.0.1", port, timeout=1)
        s = await open_stream(_scope("127.0.0.1/32"), "127.0.0.1", port, timeout=1)
        await s.close()


async def test_guard_blocks_a_driver_socket_outside_scope() -> None:
    """A raw socket.connect (what a driver would do on its own) is refused by the audit hook."""
    srv, port = await _server()
    async with srv:
        with guard(_scope("127.0.0.2/32")):
            s = socket.socket()
            try:
                with pytest.raises(ScopeError):
                    s.connect(("127.0.0.1", port))
            finally:
                s.close()
        # outside a scan the hook lets the test's own connections through
        s = socket.create_connection(("127.0.0.1", port), timeout=2)
        s.close()


async def test_tcp_probe_states() -> None:
    srv, port = await _server()
    async with srv:
        scope = _scope("127.0.0.1/32")
        assert await tcp_probe(scope, "127.0.0.1", port, 1.0) == "open"
    assert await tcp_probe(scope, "127.0.0.1", port, 1.0) == "closed"


async def test_http_client_never_follows_a_redirect_out_of_scope() -> None:
    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await r.readuntil(b"\r\n\r\n")
        w.write(b"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.9:80/x\r\nContent-Length: 0\r\n\r\n")
        await w.drain()
        w.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    async with srv:
        async with http_client(_scope("127.0.0.1/32"), "127.0.0.1", port, tls=False, timeout=2) as c:
            r = await c.get("/")
            assert r.status_code == 302  # not followed
            with pytest.raises(ScopeError):
                await c.get("http://127.0.0.9:80/x")
