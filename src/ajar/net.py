"""The only module that lets ajar reach the network, and the guard of the scope.

Guarantees:

* :class:`Scope` is the set of addresses the user named (IPs, CIDRs, ranges, resolved
  hostnames) minus ``--exclude``. Nothing else is ever contacted.
* Every TCP connection ajar makes goes through this module: raw streams
  (:func:`open_stream`), the discovery connect scan (:func:`tcp_probe`), HTTP clients
  (:func:`http_client`), and the address handed to an official driver
  (:func:`driver_address`). Each checks the scope first.
* Belt and braces: while a scan runs (:func:`guard`), a process-wide audit hook
  (:pep:`578`) refuses every ``socket.connect``, and every ``sendto``/``sendmsg`` that names
  an address (UDP without ``connect``, TCP Fast Open), to an IP outside the active scopes,
  even one attempted by a driver on its own (a replica-set member, a cluster peer, a
  redirect). The refusal raises :class:`~ajar.errors.ScopeError` before a packet leaves.
  A thread started while a guard was active (a driver's monitor) keeps no network rights
  once the guard ends: every connect or send it attempts afterwards is refused.
* Discovery uses :func:`connect_scan`: non-blocking sockets on an epoll set driven by the
  asyncio loop, paced by a rate and per-host limit, so that a /16 costs seconds and flat memory.
* Every operation has a timeout; every read has a byte budget. Exceptions are mapped to
  the closed :class:`~ajar.models.Status` vocabulary by :func:`status_of`, the one place
  that does so.
"""

from __future__ import annotations

import _socket
import asyncio
import bisect
import contextlib
import errno
import ipaddress
import resource
import select
import socket
import ssl
import struct
import sys
import threading
import time
import weakref
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ajar.errors import (
    ConnectError,
    NotThisEngine,
    ProbeTimeout,
    ProtocolMismatch,
    ScopeError,
    TLSFailure,
)
from ajar.models import Status

if TYPE_CHECKING:  # imported where used: discovery and the scope checks need no HTTP client
    import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass
class Scope:
    """The addresses a scan may contact: ``networks`` minus ``excluded``.

    ``allows`` is cheap (a few network membership tests) and is called on every connect.
    """

    networks: list[IPNetwork] = field(default_factory=list)
    excluded: list[IPNetwork] = field(default_factory=list)
    _compiled: tuple[int, int, dict[int, tuple[list[int], list[int]]]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def _intervals(self) -> dict[int, tuple[list[int], list[int]]]:
        """Per IP version, the allowed addresses as sorted disjoint [start, end] intervals."""
        key = (len(self.networks), len(self.excluded))
        if self._compiled is not None and self._compiled[:2] == key:
            return self._compiled[2]
        out: dict[int, tuple[list[int], list[int]]] = {}
        for version in (4, 6):
            nets = [_v4(n) for n in self.networks]
            excl = [_v4(n) for n in self.excluded]
            allowed: list[tuple[int, int]] = []
            holes = [(int(x.network_address), int(x.broadcast_address)) for x in collapse(excl, version)]
            for n in collapse(nets, version):
                allowed += _minus(int(n.network_address), int(n.broadcast_address), holes)
            out[version] = ([a for a, _ in allowed], [b for _, b in allowed])
        self._compiled = (*key, out)
        return out

    def allows_int(self, version: int, n: int) -> bool:
        """True when address number ``n`` of IP ``version`` is in the scope (a bisect, no parsing)."""
        starts, ends = self._intervals()[version]
        i = bisect.bisect_right(starts, n) - 1
        return i >= 0 and n <= ends[i]

    def allows(self, host: str) -> bool:
        """True when ``host`` is an IP literal inside the scope and not excluded (any spelling)."""
        try:
            ip = ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return self.allows_int(ip.version, int(ip))

    def check(self, host: str) -> str:
        """Return ``host`` if the scope allows it, else raise :class:`ScopeError`."""
        if not self.allows(host):
            raise ScopeError(
                f"{host} is outside the scope of this scan; ajar only contacts the addresses "
                "named on the command line (add it as a target if you are authorised to audit it)"
            )
        return host


_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")


def _v4(net: IPNetwork) -> IPNetwork:
    """An IPv4-mapped IPv6 network in its IPv4 form; any other network unchanged."""
    if isinstance(net, ipaddress.IPv6Network) and net.subnet_of(_MAPPED):
        return ipaddress.IPv4Network((int(net.network_address) & 0xFFFFFFFF, net.prefixlen - 96))
    return net


def collapse(nets: Iterable[IPNetwork], version: int) -> list[IPNetwork]:
    """The networks of one IP version, merged where they overlap or touch, sorted."""
    out: list[IPNetwork] = []
    if version == 4:
        out.extend(ipaddress.collapse_addresses([n for n in nets if isinstance(n, ipaddress.IPv4Network)]))
    else:
        out.extend(ipaddress.collapse_addresses([n for n in nets if isinstance(n, ipaddress.IPv6Network)]))
    return out


def _minus(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end] minus sorted disjoint ``holes``, as sorted disjoint intervals."""
    out = []
    for a, b in holes:
        if b < start or a > end:
            continue
        if a > start:
            out.append((start, a - 1))
        start = b + 1
        if start > end:
            return out
    out.append((start, end))
    return out


# --------------------------------------------------------------------------- the audit hook

_ACTIVE: list[Scope] = []
#: infrastructure endpoints (a NATS server) a guarded process may reach besides the scope
_INFRA: set[tuple[str, int]] = set()
#: threads started while a guard was active and still alive after it ended: no network rights
_ORPHANS: weakref.WeakSet[threading.Thread] = weakref.WeakSet()
_NET_EVENTS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg"})
_HOOKED = False
_AF4 = socket.AF_INET
_INET = (socket.AF_INET, socket.AF_INET6)
_pton = socket.inet_pton


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in _NET_EVENTS:
        return
    sock, address = args[0], args[1]
    family = getattr(sock, "family", None)
    if address is None or family not in _INET:
        return  # unix sockets, netlink and sends on a connected socket (its connect was checked)
    if _ACTIVE and family == _AF4 and type(address) is tuple and len(address) == 2 and type(address[0]) is str:
        # the connect loop's fast path: the very test the C code applies to an IPv4 host (an
        # inet_pton that succeeds is connected to as is, with no name lookup), then a bisect
        try:
            n = int.from_bytes(_pton(_AF4, address[0]), "big")
        except (OSError, ValueError):
            pass  # a name or another spelling: the general check below
        else:
            for s in _ACTIVE:
                if s.allows_int(4, n):
                    return
    host = str(address[0]) if isinstance(address, tuple) and address else str(address)
    if _ACTIVE:
        if any(s.allows(host) for s in _ACTIVE) or _infra(host, address):
            return
        raise ScopeError(f"refused a connection to {host}: outside the scope of the running scan")
    if threading.current_thread() in _ORPHANS:
        raise ScopeError(f"refused a connection to {host}: a thread started during a scan outlived it")


def _infra(host: str, address: object) -> bool:
    port = address[1] if isinstance(address, tuple) and len(address) > 1 else None
    return (host, port) in _INFRA


@contextlib.contextmanager
def guard(scope: Scope) -> Iterator[Scope]:
    """Enforce ``scope`` on every socket connect or addressed send in this process while the block runs.

    Threads started inside the block that are still alive when it ends lose every network right.
    """
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_audit)
        _HOOKED = True
    before = set(threading.enumerate())
    _ACTIVE.append(scope)
    try:
        yield scope
    finally:
        _ACTIVE.remove(scope)
        for t in threading.enumerate():
            if t not in before and t is not threading.current_thread():
                _ORPHANS.add(t)


@contextlib.contextmanager
def infrastructure(host: str, port: int) -> Iterator[None]:
    """Let this process reach ``host:port`` (an IP literal: the work queue's server) during a guard."""
    _INFRA.add((host, port))
    try:
        yield
    finally:
        _INFRA.discard((host, port))


# --------------------------------------------------------------------------- status mapping


def status_of(exc: BaseException) -> Status:
    """Map an exception to the closed :class:`Status` vocabulary (the one place that does)."""
    if isinstance(exc, ConnectError | ConnectionRefusedError):
        return Status.REFUSED
    if isinstance(exc, ProbeTimeout | TimeoutError | asyncio.TimeoutError):
        return Status.TIMEOUT
    if isinstance(exc, TLSFailure | ssl.SSLError):
        return Status.TLS_ERROR
    if isinstance(exc, NotThisEngine):
        return Status.NOT_THIS_ENGINE
    if isinstance(exc, ProtocolMismatch | ConnectionResetError | asyncio.IncompleteReadError | EOFError):
        return Status.PROTOCOL_ERROR
    return Status.ERROR  # ForbiddenCommand, ScopeError and every bug: an error, never "closed"


# --------------------------------------------------------------------------- discovery

PortState = Literal["open", "closed", "filtered"]


async def tcp_probe(scope: Scope, host: str, port: int, timeout: float) -> PortState:
    """TCP connect scan of one port: ``open``, ``closed`` (refused) or ``filtered`` (silent)."""
    scope.check(host)
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except (ConnectionRefusedError, ConnectionResetError):
        return "closed"
    except TimeoutError:
        return "filtered"
    except OSError as e:
        if e.errno in (errno.ECONNREFUSED, errno.ECONNRESET):
            return "closed"
        return "filtered"
    writer.close()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(writer.wait_closed(), 1.0)
    return "open"


#: one discovery job: (IP version, address number, port, caller's tag)
ScanJob = tuple[int, int, int, Any]
#: called once per finished job with its tag, address text, port and state
ScanResult = Callable[[Any, str, int, PortState], None]

_LINGER0 = struct.pack("ii", 1, 0)  # close with RST: no TIME_WAIT left behind on either side
_RETRY = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.EADDRNOTAVAIL, errno.EAGAIN})
_CLOSED = frozenset({errno.ECONNREFUSED, errno.ECONNRESET})
#: jobs tried per pass of the connect loop before the event loop gets a turn
_PASS = 1024
#: descriptors kept free of discovery's sockets: the journal, the store, the probes' connections
FD_RESERVE = 128


def socket_budget(concurrency: int) -> int:
    """``concurrency`` clamped so that discovery's sockets leave :data:`FD_RESERVE` descriptors of
    the soft open-files limit (``ulimit -n``) free: a scan never runs out of descriptors."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return concurrency
    free = soft - FD_RESERVE if soft > 2 * FD_RESERVE else soft // 2  # a tiny limit: half of it
    return max(1, min(concurrency, free))


def _text(version: int, n: int) -> str:
    if version == 4:
        return socket.inet_ntop(socket.AF_INET, n.to_bytes(4, "big"))
    return socket.inet_ntop(socket.AF_INET6, n.to_bytes(16, "big"))


async def connect_scan(
    scope: Scope,
    jobs: Iterator[ScanJob],
    on_result: ScanResult,
    *,
    timeout: float,
    concurrency: int,
    per_host: int,
    rate: float | None,
) -> None:
    """TCP connect scan of every job; each result goes to ``on_result`` as it comes.

    Non-blocking sockets on one epoll set whose descriptor the asyncio loop watches: no
    coroutine, task or future per connect, so memory is flat and a /16 costs seconds.
    At most ``concurrency`` connects are in flight, ``per_host`` per address, and at most
    ``rate`` are started per second (``None``: no pacing), never more than :func:`socket_budget`
    allows. Each address is checked against the scope before its socket is made. ``jobs`` is
    consumed lazily. Out of descriptors (EMFILE, ENFILE) is back-pressure: the job is retried.
    """
    scan = _ConnectScan(scope, jobs, on_result, timeout, socket_budget(concurrency), per_host, rate)
    await scan.run()


class _ConnectScan:
    def __init__(self, scope: Scope, jobs: Iterator[ScanJob], on_result: ScanResult, timeout: float,
                 concurrency: int, per_host: int, rate: float | None) -> None:
        self.scope, self.jobs, self.on_result = scope, jobs, on_result
        self.timeout, self.concurrency, self.per_host, self.rate = timeout, concurrency, per_host, rate
        self.ep = select.epoll()
        #: fd -> (socket, job, address text)
        self.inflight: dict[int, tuple[_socket.socket, ScanJob, str]] = {}
        self.deadlines: deque[tuple[float, int, _socket.socket]] = deque()
        self.hosts: dict[tuple[int, int], int] = {}
        self.waiting: deque[ScanJob] = deque()  # over their host's limit, tried again first
        self.exhausted = False
        self.tokens = 1.0
        self.last = time.monotonic()
        self.wakeup: asyncio.TimerHandle | None = None
        self.done: asyncio.Future[None] | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.ticker: asyncio.TimerHandle | None = None
        self.soon = False  # a pass is scheduled for the loop's next turn

    def _guarded(self, step: Callable[[], None]) -> None:
        """Run a loop callback; an error (a scope refusal, a bug) ends the scan with that error."""
        try:
            step()
        except Exception as e:  # noqa: BLE001 - handed to the awaiting coroutine, which raises it
            if self.done is not None and not self.done.done():
                self.done.set_exception(e)

    async def run(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.done = self.loop.create_future()
        self.loop.add_reader(self.ep.fileno(), self._guarded, self._ready)
        self.ticker = self.loop.call_later(min(self.timeout / 4, 0.25), self._guarded, self._tick)
        try:
            self._fill()
            await self.done
        finally:
            if self.ticker:
                self.ticker.cancel()
            if self.wakeup:
                self.wakeup.cancel()
            self.loop.remove_reader(self.ep.fileno())
            for sock, _, _ in self.inflight.values():
                sock.close()
            self.inflight.clear()
            self.ep.close()

    def _next(self) -> ScanJob | None:
        for _ in range(len(self.waiting)):
            job = self.waiting.popleft()
            if self.hosts.get((job[0], job[1]), 0) < self.per_host:
                return job
            self.waiting.append(job)
        while not self.exhausted:
            nxt = next(self.jobs, None)
            if nxt is None:
                self.exhausted = True
                break
            if self.hosts.get((nxt[0], nxt[1]), 0) < self.per_host:
                return nxt
            self.waiting.append(nxt)
            if len(self.waiting) >= self.concurrency:
                break
        return None

    def _fill(self) -> None:
        """Start connects up to the limits. The hot loop: locals only, one pass per job.

        A connect the kernel answers within the call (a refusal on loopback or a near host, seen
        in ``SO_ERROR`` right after ``EINPROGRESS``) is finished at once: no epoll registration,
        no slot in flight. A pass tries at most :data:`_PASS` jobs, then gives the loop back (the
        consumer of the results runs) and goes on at the loop's next turn.
        """
        assert self.loop is not None and self.done is not None
        room = self.concurrency - len(self.inflight)  # sockets that may be left in flight
        tries = _PASS
        if self.rate:
            now = time.monotonic()
            self.tokens = min(max(1.0, self.rate / 50), self.tokens + (now - self.last) * self.rate)
            self.last = now
            if self.tokens < 1:
                if self.wakeup is None:
                    self.wakeup = self.loop.call_later((1 - self.tokens) / self.rate, self._guarded, self._wake)
                return
            tries = min(tries, int(self.tokens))
        started = tried = 0
        inflight, hosts, per_host, waiting = self.inflight, self.hosts, self.per_host, self.waiting
        deadlines, register, on_result = self.deadlines, self.ep.register, self.on_result
        starts4, ends4 = self.scope._intervals()[4]
        starts6, ends6 = self.scope._intervals()[6]
        deadline = time.monotonic() + self.timeout
        # the C socket type: the same audit events, without socket.socket's Python-level __init__
        mksock, stype = _socket.socket, socket.SOCK_STREAM | socket.SOCK_NONBLOCK | socket.SOCK_CLOEXEC
        af4, af6 = socket.AF_INET, socket.AF_INET6
        sol, soerr, inprogress, closed = socket.SOL_SOCKET, socket.SO_ERROR, errno.EINPROGRESS, _CLOSED
        ntop = socket.inet_ntop
        right = bisect.bisect_right
        while started < room and tried < tries:
            if waiting or self.exhausted:
                job = self._next()
                if job is None:
                    break
            else:
                job = next(self.jobs, None)
                if job is None:
                    self.exhausted = True
                    continue
                if hosts and hosts.get((job[0], job[1]), 0) >= per_host:  # none in flight: no lookup
                    waiting.append(job)
                    continue
            version, n, port, tag = job
            starts, ends = (starts4, ends4) if version == 4 else (starts6, ends6)
            i = right(starts, n) - 1
            if i < 0 or n > ends[i]:
                raise ScopeError(f"refused to scan {_text(version, n)}: outside the scope of this scan")
            if version == 4:
                host = ntop(af4, n.to_bytes(4, "big"))
                family = af4
            else:
                host = ntop(af6, n.to_bytes(16, "big"))
                family = af6
            try:
                sock = mksock(family, stype)
            except OSError as e:
                if e.errno in _RETRY:
                    waiting.appendleft(job)
                    break
                raise
            tried += 1
            rc = sock.connect_ex((host, port))
            if rc == inprogress:
                rc = sock.getsockopt(sol, soerr)  # answered already (a refusal), or still under way
                if rc == 0:
                    fd = sock.fileno()
                    register(fd, select.EPOLLOUT)
                    inflight[fd] = (sock, job, host)
                    deadlines.append((deadline, fd, sock))
                    key = (version, n)
                    hosts[key] = hosts.get(key, 0) + 1
                    started += 1
                    continue
            elif rc == 0:
                sock.setsockopt(sol, socket.SO_LINGER, _LINGER0)
            sock.close()
            if rc in _RETRY:
                waiting.appendleft(job)
                tried -= 1
                break
            on_result(tag, host, port, "open" if rc == 0 else "closed" if rc in closed else "filtered")
        if self.rate:
            self.tokens -= tried
        if self.exhausted and not inflight and not waiting:
            if not self.done.done():
                self.done.set_result(None)
        elif tried >= _PASS:
            if not self.soon:  # the pass ended on its size, not on a limit: go on at the next turn
                self.soon = True
                self.loop.call_soon(self._guarded, self._again)
        elif self.rate and self.tokens < 1 and self.wakeup is None and not (self.exhausted and not waiting):
            self.wakeup = self.loop.call_later((1 - self.tokens) / self.rate, self._guarded, self._wake)

    def _again(self) -> None:
        self.soon = False
        self._fill()

    def _wake(self) -> None:
        self.wakeup = None
        self._fill()

    def _finish(self, fd: int, state: PortState) -> None:
        sock, job, host = self.inflight.pop(fd)
        sock.close()
        key = (job[0], job[1])
        left = self.hosts[key] - 1
        if left:
            self.hosts[key] = left
        else:
            del self.hosts[key]
        self.on_result(job[3], host, job[2], state)

    def _ready(self) -> None:
        inflight, hosts, on_result = self.inflight, self.hosts, self.on_result
        sol, soerr, closed = socket.SOL_SOCKET, socket.SO_ERROR, _CLOSED
        for fd, _ in self.ep.poll(0, 4096):
            entry = inflight.pop(fd, None)
            if entry is None:
                continue
            sock, job, host = entry
            err = sock.getsockopt(sol, soerr)
            if not err:  # connected: close with RST, leaving no TIME_WAIT (only open ports pay this)
                sock.setsockopt(sol, socket.SO_LINGER, _LINGER0)
            sock.close()  # the last reference: the kernel drops it from the epoll set
            key = (job[0], job[1])
            left = hosts[key] - 1
            if left:
                hosts[key] = left
            else:
                del hosts[key]
            on_result(job[3], host, job[2], "open" if err == 0 else "closed" if err in closed else "filtered")
        self._fill()

    def _tick(self) -> None:
        assert self.loop is not None
        now = time.monotonic()
        while self.deadlines and self.deadlines[0][0] <= now:
            _, fd, sock = self.deadlines.popleft()
            entry = self.inflight.get(fd)
            if entry is not None and entry[0] is sock:
                self._finish(fd, "filtered")
        while self.deadlines and self.inflight.get(self.deadlines[0][1], (None,))[0] is not self.deadlines[0][2]:
            self.deadlines.popleft()  # already answered
        self._fill()
        self.ticker = self.loop.call_later(min(self.timeout / 4, 0.25), self._guarded, self._tick)


# --------------------------------------------------------------------------- raw streams


def client_tls_context() -> ssl.SSLContext:
    """A client TLS context that accepts any certificate: ajar audits, it does not trust."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class Stream:
    """A connected byte stream with a timeout on every read and a total read budget.

    Reads are bounded with :func:`asyncio.timeout`, not :func:`asyncio.wait_for`: under Python
    3.11, a ``wait_for`` whose read completes just as an outer deadline cancels the task
    swallows that cancellation, so a server dripping a byte a second could keep an operation
    alive past its total deadline (a one-shot ``asyncio.timeout`` around the loop never fired
    again).
    """

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, timeout: float, budget: int
    ) -> None:
        self._reader = reader
        self._writer = writer
        self.timeout = timeout
        self.budget = budget

    def _spend(self, n: int) -> None:
        self.budget -= n
        if self.budget < 0:
            raise ProtocolMismatch("the server sent more data than the read limit allows")

    async def send(self, data: bytes) -> None:
        """Write ``data`` and wait until it is flushed."""
        self._writer.write(data)
        async with asyncio.timeout(self.timeout):
            await self._writer.drain()

    async def read(self, n: int = 65536) -> bytes:
        """Read up to ``n`` bytes; ``b""`` at end of stream."""
        try:
            async with asyncio.timeout(self.timeout):
                data = await self._reader.read(n)
        except TimeoutError as e:
            raise ProbeTimeout("the server stayed silent past the time limit") from e
        self._spend(len(data))
        return data

    async def readexactly(self, n: int) -> bytes:
        """Read exactly ``n`` bytes or raise :class:`ProtocolMismatch` on a short reply."""
        if n > self.budget:
            raise ProtocolMismatch("the server announced more data than the read limit allows")
        try:
            async with asyncio.timeout(self.timeout):
                data = await self._reader.readexactly(n)
        except TimeoutError as e:
            raise ProbeTimeout("the server stayed silent past the time limit") from e
        except asyncio.IncompleteReadError as e:
            raise ProtocolMismatch("the server closed the connection mid-reply") from e
        self._spend(n)
        return data

    async def readline(self) -> bytes:
        """Read one line ending in ``\\n`` (at most 1 MiB, the stream's line limit)."""
        try:
            async with asyncio.timeout(self.timeout):
                data = await self._reader.readuntil(b"\n")
        except TimeoutError as e:
            raise ProbeTimeout("the server stayed silent past the time limit") from e
        except asyncio.IncompleteReadError as e:
            raise ProtocolMismatch("the server closed the connection mid-line") from e
        except asyncio.LimitOverrunError as e:
            raise ProtocolMismatch("the server sent a line longer than the limit") from e
        self._spend(len(data))
        return data

    async def close(self) -> None:
        """Close the connection, never raising (a reset peer makes the transport raise)."""
        with contextlib.suppress(Exception):
            self._writer.close()
            await asyncio.wait_for(self._writer.wait_closed(), 1.0)


async def open_stream(
    scope: Scope, host: str, port: int, *, timeout: float, tls: bool = False, budget: int = 8 << 20
) -> Stream:
    """Open a TCP (optionally TLS) stream to an in-scope ``host:port``."""
    scope.check(host)
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(
                host, port, ssl=client_tls_context() if tls else None, limit=1 << 20
            ),
            timeout,
        )
    except ssl.SSLError as e:
        raise TLSFailure(f"TLS handshake with {host}:{port} failed ({e.reason})") from e
    except TimeoutError as e:
        raise ProbeTimeout(f"no answer from {host}:{port} within {timeout:g}s") from e
    except OSError as e:
        raise ConnectError(f"cannot connect to {host}:{port}: {e.strerror or e}") from e
    return Stream(reader, writer, timeout, budget)


async def tls_handshake_ok(scope: Scope, host: str, port: int, timeout: float) -> bool:
    """True when ``host:port`` completes a TLS handshake (used to retry probes over TLS)."""
    try:  # one deadline for connect and handshake together: a server may trickle its reply
        s = await asyncio.wait_for(open_stream(scope, host, port, timeout=timeout, tls=True), timeout)
    except Exception:  # noqa: BLE001 - any failure means "not TLS"; the caller keeps the plain verdict
        return False
    await s.close()
    return True


# --------------------------------------------------------------------------- drivers


def driver_address(scope: Scope, host: str) -> str:
    """The IP literal an official driver may connect to, after the scope check.

    Drivers must be configured not to discover other hosts (``directConnection=True``
    for MongoDB, no cluster mode for Redis, no redirects for HTTP); the audit hook of
    :func:`guard` refuses any connect they attempt elsewhere.
    """
    return scope.check(host)


def http_client(scope: Scope, host: str, port: int, *, tls: bool, timeout: float) -> httpx.AsyncClient:
    """An httpx client bound to one in-scope origin: no redirects, no proxies from the environment."""
    import httpx

    scope.check(host)
    literal = f"[{host}]" if ":" in host else host
    base = f"{'https' if tls else 'http'}://{literal}:{port}"

    async def _check(request: httpx.Request) -> None:
        if request.url.host.strip("[]") != host:
            raise ScopeError(f"refused a request to {request.url.host}: outside the scope of the running scan")

    return httpx.AsyncClient(
        base_url=base,
        follow_redirects=False,
        trust_env=False,
        verify=client_tls_context() if tls else False,
        timeout=timeout,
        limits=httpx.Limits(max_connections=4),
        event_hooks={"request": [_check]},
        # a compressed reply is refused (:func:`body_chunks`): ask for none
        headers={"User-Agent": "ajar (read-only data exposure audit)", "Accept-Encoding": "identity"},
    )


def body_chunks(r: httpx.Response, what: str) -> AsyncIterator[bytes]:
    """The reply body as it came over the wire: never decompressed.

    ajar asks for ``Accept-Encoding: identity``; a reply compressed all the same is refused
    before a byte is inflated (7 KB of gzip twice, or zstd, inflates to gigabytes: a body
    bound counts the bytes on the wire, not what they inflate to).
    """
    encoding = r.headers.get("content-encoding", "").strip().lower()
    if encoding not in ("", "identity"):
        raise ProtocolMismatch(f"{what}: the reply is compressed although ajar asked for none; it is not read")
    return r.aiter_raw()


#: Bytes of HTTP reply bodies held at once by every :func:`http_fetch` of the process together. Each
#: fetch also has its own ``limit``; this bounds their sum, so a scope full of servers that stream
#: without end costs this much memory, not ``limit`` times the number of replies in flight.
HTTP_INFLIGHT_BYTES = 32 << 20
_http_inflight = 0


async def http_fetch(
    client: httpx.AsyncClient,
    what: str,
    method: str,
    path: str,
    *,
    limit: int = 16 << 20,
    truncate: bool = False,
    params: dict[str, str] | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
) -> tuple[httpx.Response, bytes]:
    """One HTTP request with a bounded read of the reply, errors mapped to ajar's tree.

    At most ``limit`` bytes of the body are read: beyond that the reply is cut when
    ``truncate`` (a server that ignores ``Range``), else :class:`ProtocolMismatch` is raised.
    ``what`` names the request in error messages (never a value).
    """
    import httpx

    global _http_inflight
    buf = bytearray()
    try:
        async with client.stream(method, path, params=params, json=json, headers=headers) as r:
            async for chunk in body_chunks(r, what):
                if _http_inflight + len(chunk) > HTTP_INFLIGHT_BYTES:
                    # many hostile servers streaming at once: the run's budget, not theirs, bounds memory
                    if truncate and buf:
                        break
                    raise ProtocolMismatch(f"{what}: the reply is larger than the bytes left for replies in flight")
                buf += chunk
                _http_inflight += len(chunk)
                if len(buf) > limit:
                    if truncate:
                        break
                    raise ProtocolMismatch(f"{what}: the reply is larger than the read limit")
            return r, bytes(memoryview(buf)[:limit])
    except httpx.TimeoutException as e:
        raise ProbeTimeout(f"{what}: no complete reply within the time limit") from e
    except httpx.ConnectError as e:
        raise ConnectError(f"{what}: cannot connect") from e
    except httpx.HTTPError as e:
        raise ProtocolMismatch(f"{what}: not a well-formed HTTP reply ({type(e).__name__})") from e
    finally:
        _http_inflight -= len(buf)


# --------------------------------------------------------------------------- notifications


def notify_webhook(url: str, body: dict[str, Any], timeout: float) -> None:
    """POST an alert digest to the user's own webhook; raise on any non-2xx answer.

    This is not a scan target: the address is the user's receiver, named in an alert rule,
    and no scan is running (the :func:`guard` hook refuses it while one is). No redirects,
    no proxies from the environment.
    """
    import httpx

    with httpx.Client(follow_redirects=False, trust_env=False, timeout=timeout) as c:
        r = c.post(url, json=body, headers={"User-Agent": "ajar (alerts)"})
    if not 200 <= r.status_code < 300:
        raise ConnectionError(f"the webhook answered HTTP {r.status_code}")


def notify_smtp(host: str, port: int, msg: Any, timeout: float, *, starttls: bool = False) -> None:
    """Send an alert email through the user's SMTP server (the same rules as :func:`notify_webhook`)."""
    import smtplib

    with smtplib.SMTP(host, port, timeout=timeout) as smtp:
        if starttls:
            smtp.starttls(context=ssl.create_default_context())
        smtp.send_message(msg)
