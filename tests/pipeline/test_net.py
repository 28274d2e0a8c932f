"""The scope guard: nothing outside the scope is ever contacted, by ajar or by a driver."""

from __future__ import annotations

import asyncio
import ipaddress
import socket

import pytest

from ajar.errors import ScopeError
from ajar.net import Scope, connect_scan, guard, http_client, open_stream, tcp_probe


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


def test_the_guard_covers_udp_sendto_sendmsg_and_tcp_fast_open() -> None:
    """Sends that name their own address (no connect) are checked like a connect."""
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    tcp = socket.socket()
    try:
        with guard(_scope("127.0.0.2/32")):
            with pytest.raises(ScopeError):
                udp.sendto(b"x", ("127.0.0.1", 9))
            with pytest.raises(ScopeError):
                udp.sendmsg([b"x"], [], 0, ("127.0.0.1", 9))
            with pytest.raises(ScopeError):  # TCP Fast Open: the SYN carries data, no connect()
                tcp.sendto(b"x", socket.MSG_FASTOPEN, ("127.0.0.1", 9))
            udp.sendto(b"x", ("127.0.0.2", 9))  # in scope: sent
    finally:
        udp.close()
        tcp.close()


async def test_a_thread_started_in_a_guard_loses_its_rights_when_the_guard_ends() -> None:
    import threading

    srv, port = await _server()
    go, done = threading.Event(), threading.Event()
    seen: list[BaseException | None] = []

    def driver_monitor() -> None:  # what a driver's background thread does: reconnect later
        go.wait(10)
        s = socket.socket()
        try:
            s.connect(("127.0.0.1", port))
            seen.append(None)
        except BaseException as e:  # noqa: BLE001 - recorded for the assertion
            seen.append(e)
        finally:
            s.close()
            done.set()

    async with srv:
        with guard(_scope("127.0.0.1/32")):
            t = threading.Thread(target=driver_monitor, daemon=True)
            t.start()
        go.set()
        await asyncio.to_thread(done.wait, 10)
        t.join(5)
    assert len(seen) == 1 and isinstance(seen[0], ScopeError)


def test_scope_allows_every_spelling_and_exclusions_in_every_spelling() -> None:
    s = Scope([ipaddress.ip_network("::ffff:127.0.0.0/120")], [ipaddress.ip_network("::ffff:127.0.0.99")])
    assert s.allows("127.0.0.5") and s.allows("::ffff:127.0.0.5")
    assert not s.allows("127.0.0.99") and not s.allows("::ffff:7f00:63")
    assert not s.allows("127.0.1.1") and not s.allows("localhost")


async def test_connect_scan_reports_open_and_closed_and_checks_the_scope() -> None:
    srv, port = await _server()
    got: dict[tuple[str, int], str] = {}
    async with srv:
        scope = _scope("127.0.0.1/32")
        lo = int(ipaddress.ip_address("127.0.0.1"))
        jobs = iter([(4, lo, port, "a"), (4, lo, 1, "b")])
        await connect_scan(scope, jobs, lambda tag, h, p, st: got.__setitem__((h, p), st),
                           timeout=2, concurrency=8, per_host=1, rate=None)
        assert got == {("127.0.0.1", port): "open", ("127.0.0.1", 1): "closed"}
        with pytest.raises(ScopeError):
            await connect_scan(scope, iter([(4, lo + 1, port, "c")]), lambda *a: None,
                               timeout=2, concurrency=8, per_host=1, rate=None)


async def test_connect_scan_keeps_to_its_rate() -> None:
    lo = int(ipaddress.ip_address("127.0.0.1"))
    n = 0

    def count(*a: object) -> None:
        nonlocal n
        n += 1

    t0 = asyncio.get_running_loop().time()
    await connect_scan(_scope("127.0.0.1/32"), iter([(4, lo, 1, i) for i in range(60)]), count,
                       timeout=2, concurrency=64, per_host=64, rate=40)
    assert n == 60
    assert asyncio.get_running_loop().time() - t0 >= 1.0  # 60 connects at 40/s cannot take less


def test_the_hooks_fast_path_checks_every_ipv4_spelling_it_lets_through() -> None:
    """The audit hook's fast path (an IPv4 literal read as the C code reads it, then a bisect) lets
    an in-scope literal through and refuses the rest; other spellings take the general check."""
    with guard(_scope("127.0.0.1/32", "127.0.0.8/29")):
        for host in ("127.0.0.1", "127.0.0.12"):
            s = socket.socket()
            try:  # in scope: the kernel answers (nothing listens on port 1), the hook does not
                with pytest.raises(ConnectionRefusedError):
                    s.connect((host, 1))
            finally:
                s.close()
        # numeric spellings that the C library reads without a name lookup, and localhost
        for host in ("127.0.0.2", "127.0.0.16", "127.1", "0x7f.0.0.1", "2130706433", "localhost",
                     "127.0.0.1\x00", "", "<broadcast>"):
            s = socket.socket()
            try:
                with pytest.raises((ScopeError, TypeError)) as e:
                    s.connect((host, 1))
                assert e.type is ScopeError or "null" in str(e.value)  # refused before any packet (NUL: by C)
            finally:
                s.close()


async def test_connect_scan_answers_a_refusal_known_at_once_without_waiting() -> None:
    """On loopback the kernel refuses within connect(): the scan finishes such jobs in the same pass
    (nothing left in flight), however many there are, and still hands the loop back between passes."""
    lo = int(ipaddress.ip_address("127.0.0.1"))
    states: list[str] = []
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    t = asyncio.create_task(ticker())
    await connect_scan(_scope("127.0.0.1/32"), iter([(4, lo, 1, i) for i in range(5000)]),
                       lambda tag, h, p, st: states.append(st), timeout=30, concurrency=2, per_host=1, rate=None)
    t.cancel()
    assert states == ["closed"] * 5000  # 5000 jobs through 2 slots, no 30 s timeout waited
    assert ticks >= 3  # the loop ran other tasks between passes
