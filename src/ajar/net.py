"""The only module that lets ajar reach the network, and the guard of the scope.

Guarantees:

* :class:`Scope` is the set of addresses the user named (IPs, CIDRs, ranges, resolved
  hostnames) minus ``--exclude``. Nothing else is ever contacted.
* Every TCP connection ajar makes goes through this module: raw streams
  (:func:`open_stream`), the discovery connect scan (:func:`tcp_probe`), HTTP clients
  (:func:`http_client`), and the address handed to an official driver
  (:func:`driver_address`). Each checks the scope first.
* Belt and braces: while a scan runs (:func:`guard`), a process-wide audit hook
  (:pep:`578`) refuses every ``socket.connect`` to an IP outside the active scopes, even
  one attempted by a driver on its own (a replica-set member, a cluster peer, a
  redirect). The refusal raises :class:`~ajar.errors.ScopeError` before a packet leaves.
* Every operation has a timeout; every read has a byte budget. Exceptions are mapped to
  the closed :class:`~ajar.models.Status` vocabulary by :func:`status_of`, the one place
  that does so.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import socket
import ssl
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from ajar.errors import (
    ConnectError,
    ForbiddenCommand,
    NotThisEngine,
    ProbeTimeout,
    ProtocolMismatch,
    ScopeError,
    TLSFailure,
)
from ajar.models import Status

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass
class Scope:
    """The addresses a scan may contact: ``networks`` minus ``excluded``.

    ``allows`` is cheap (a few network membership tests) and is called on every connect.
    """

    networks: list[IPNetwork] = field(default_factory=list)
    excluded: list[IPNetwork] = field(default_factory=list)

    def allows(self, host: str) -> bool:
        """True when ``host`` is an IP literal inside the scope and not excluded."""
        try:
            ip = ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if any(ip in n for n in self.excluded if n.version == ip.version):
            return False
        return any(ip in n for n in self.networks if n.version == ip.version)

    def check(self, host: str) -> str:
        """Return ``host`` if the scope allows it, else raise :class:`ScopeError`."""
        if not self.allows(host):
            raise ScopeError(
                f"{host} is outside the scope of this scan; ajar only contacts the addresses "
                "named on the command line (add it as a target if you are authorised to audit it)"
            )
        return host


# --------------------------------------------------------------------------- the audit hook

_ACTIVE: list[Scope] = []
_HOOKED = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event != "socket.connect" or not _ACTIVE:
        return
    sock, address = args[0], args[1]
    family = getattr(sock, "family", None)
    if family not in (socket.AF_INET, socket.AF_INET6):
        return  # unix sockets and the like are not network targets
    host = str(address[0]) if isinstance(address, tuple) and address else str(address)
    if not any(s.allows(host) for s in _ACTIVE):
        raise ScopeError(f"refused a connection to {host}: outside the scope of the running scan")


@contextlib.contextmanager
def guard(scope: Scope) -> Iterator[Scope]:
    """Enforce ``scope`` on every socket connect in this process while the block runs."""
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_audit)
        _HOOKED = True
    _ACTIVE.append(scope)
    try:
        yield scope
    finally:
        _ACTIVE.remove(scope)


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
    if isinstance(exc, ForbiddenCommand | ScopeError):
        return Status.ERROR
    return Status.ERROR


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


# --------------------------------------------------------------------------- raw streams


def client_tls_context() -> ssl.SSLContext:
    """A client TLS context that accepts any certificate: ajar audits, it does not trust."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class Stream:
    """A connected byte stream with a timeout on every read and a total read budget."""

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
        await asyncio.wait_for(self._writer.drain(), self.timeout)

    async def read(self, n: int = 65536) -> bytes:
        """Read up to ``n`` bytes; ``b""`` at end of stream."""
        try:
            data = await asyncio.wait_for(self._reader.read(n), self.timeout)
        except TimeoutError as e:
            raise ProbeTimeout("the server stayed silent past the time limit") from e
        self._spend(len(data))
        return data

    async def readexactly(self, n: int) -> bytes:
        """Read exactly ``n`` bytes or raise :class:`ProtocolMismatch` on a short reply."""
        if n > self.budget:
            raise ProtocolMismatch("the server announced more data than the read limit allows")
        try:
            data = await asyncio.wait_for(self._reader.readexactly(n), self.timeout)
        except TimeoutError as e:
            raise ProbeTimeout("the server stayed silent past the time limit") from e
        except asyncio.IncompleteReadError as e:
            raise ProtocolMismatch("the server closed the connection mid-reply") from e
        self._spend(n)
        return data

    async def readline(self) -> bytes:
        """Read one line ending in ``\\n`` (at most 1 MiB, the stream's line limit)."""
        try:
            data = await asyncio.wait_for(self._reader.readuntil(b"\n"), self.timeout)
        except TimeoutError as e:
            raise ProbeTimeout("the server stayed silent past the time limit") from e
        except asyncio.IncompleteReadError as e:
            raise ProtocolMismatch("the server closed the connection mid-line") from e
        except asyncio.LimitOverrunError as e:
            raise ProtocolMismatch("the server sent a line longer than the limit") from e
        self._spend(len(data))
        return data

    async def close(self) -> None:
        """Close the connection, never raising."""
        self._writer.close()
        with contextlib.suppress(Exception):
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
    try:
        s = await open_stream(scope, host, port, timeout=timeout, tls=True)
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
        headers={"User-Agent": "ajar (read-only data exposure audit)"},
    )


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
    try:
        async with client.stream(method, path, params=params, json=json, headers=headers) as r:
            buf = bytearray()
            async for chunk in r.aiter_bytes():
                buf += chunk
                if len(buf) > limit:
                    if truncate:
                        break
                    raise ProtocolMismatch(f"{what}: the reply is larger than the read limit")
            return r, bytes(buf[:limit])
    except httpx.TimeoutException as e:
        raise ProbeTimeout(f"{what}: no complete reply within the time limit") from e
    except httpx.ConnectError as e:
        raise ConnectError(f"{what}: cannot connect") from e
    except httpx.HTTPError as e:
        raise ProtocolMismatch(f"{what}: not a well-formed HTTP reply ({type(e).__name__})") from e


# --------------------------------------------------------------------------- notifications


def notify_webhook(url: str, body: dict[str, Any], timeout: float) -> None:
    """POST an alert digest to the user's own webhook; raise on any non-2xx answer.

    This is not a scan target: the address is the user's receiver, named in an alert rule,
    and no scan is running (the :func:`guard` hook refuses it while one is). No redirects,
    no proxies from the environment.
    """
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
