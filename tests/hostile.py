"""A hostile local server for robustness tests: junk, truncated, oversized, slow, silent replies.

Binds 127.0.0.1 on a free port only. Each mode is a behaviour a broken or malicious server
could show; every probe must end with a recorded status against each, without hanging.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import re
import resource
import ssl
import struct
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

MODES = ("junk", "truncated", "oversized", "slow", "silent", "close", "echo", "http_garbage")

#: The service zoo: services that are no database, each with the banner kind ajar must report.
#: SSH, SMTP and FTP speak first as OpenSSH, Postfix and vsftpd do, and answer what they are
#: sent as those servers answer; the web servers answer any HTTP request and wait on anything else.
ZOO = {
    "ssh": "ssh", "smtp": "smtp", "ftp": "ftp", "http": "http", "https": "tls", "http_auth": "http",
    "http_ok": "http",
    "echo": "unknown", "close": "unknown", "silent": "unknown", "random": "unknown",
}  # fmt: skip

_BANNERS = {
    "ssh": (b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n", b"Invalid SSH identification string.\r\n", True),
    "smtp": (b"220 mail.example.test ESMTP Postfix (Debian/GNU)\r\n", b"502 5.5.2 Error: command not recognized\r\n",
             False),
    "ftp": (b"220 (vsFTPd 3.0.3)\r\n", b"530 Please login with USER and PASS.\r\n", False),
}
_PAGE = b"<!DOCTYPE html><html><head><title>Welcome</title></head><body><h1>It works</h1></body></html>\n"


#: the other web servers of the zoo: Basic auth on a realm that mentions security (nginx
#: ``auth_basic``), and a health check that answers "Ok." to ``/`` and 401 to anything else
_AUTH = (b"HTTP/1.1 401 Unauthorized\r\nServer: nginx/1.22.1\r\nWWW-Authenticate: Basic realm=\"Restricted "
         b"Security Area\"\r\nContent-Type: application/json\r\nContent-Length: 25\r\nConnection: close\r\n\r\n"
         b'{"error": "unauthorized"}')
_UNAUTH = b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
_OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 4\r\nConnection: close\r\n\r\nOk.\n"


async def _web(r: asyncio.StreamReader, w: asyncio.StreamWriter, mode: str = "http") -> None:
    """An nginx-like web server: 200 with a page for any request line that looks like HTTP, 400 for
    any other line, and silence while no line has ended (``http_auth``: 401 to every request;
    ``http_ok``: "Ok." to ``GET /``, 401 to anything else)."""
    while True:
        line = await r.readline()
        if not line:
            return
        if not re.match(rb"^[A-Z]{3,7} \S+ HTTP/1\.[01]\r?\n$", line):
            w.write(b"HTTP/1.1 400 Bad Request\r\nServer: nginx/1.22.1\r\nContent-Length: 0\r\n"
                    b"Connection: close\r\n\r\n")
            await w.drain()
            return
        while await r.readline() not in (b"\r\n", b"\n", b""):
            pass
        if mode != "http":
            root = line.split()[1] == b"/"
            w.write(_AUTH if mode == "http_auth" else _OK if root else _UNAUTH)
            await w.drain()
            return
        w.write(b"HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\n"
                b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(_PAGE), _PAGE))
        await w.drain()
        return


async def _zoo(mode: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    if mode in _BANNERS:
        greeting, answer, close_after = _BANNERS[mode]
        w.write(greeting)
        await w.drain()
        while await r.readline():
            w.write(answer)
            await w.drain()
            if close_after:
                return
    elif mode in ("http", "https", "http_auth", "http_ok"):
        await _web(r, w, "http" if mode == "https" else mode)
    elif mode == "random":
        rnd = random.Random(7)
        w.write(rnd.randbytes(256))
        await w.drain()
        while await r.read(4096):
            w.write(rnd.randbytes(rnd.randrange(1, 512)))
            await w.drain()


async def _handle(mode: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    try:
        if mode in ZOO and mode not in MODES:
            await _zoo(mode, r, w)
        if mode == "close":
            return
        if mode == "silent":
            await asyncio.sleep(3600)
        if mode == "junk":
            w.write(os.urandom(512))
            await w.drain()
            while await r.read(4096):
                w.write(os.urandom(256) + b"\r\n-ERR \x00\xff" + os.urandom(64))
                await w.drain()
        if mode == "truncated":
            await r.read(4096)
            # a length header promising far more than follows, in several framings at once
            w.write(struct.pack("<iiii", 4096, 1, 1, 2013) + b"\x10\x00\x00")
            w.write(b"$500\r\nabc*3\r\n+O")
            await w.drain()
            return
        if mode == "oversized":
            await r.read(4096)
            chunk = b"+" + b"A" * 65536
            for _ in range(400):  # ~26 MB, more than any read budget
                w.write(chunk)
                await w.drain()
            return
        if mode == "slow":
            await r.read(4096)
            for b in b"+PONG\r\n" * 100:
                w.write(bytes([b]))
                await w.drain()
                await asyncio.sleep(0.5)
        if mode == "echo":
            while data := await r.read(4096):
                w.write(data)
                await w.drain()
        if mode == "http_garbage":
            await r.read(4096)
            w.write(b"HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\nContent-Type: application/json\r\n\r\n{\"a\":[[[[")
            await w.drain()
            await asyncio.sleep(30)
    except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.CancelledError):
        pass
    finally:
        with contextlib.suppress(Exception):
            w.close()


#: the data-segment limit of a test that scans hostile servers in its own process
TEST_MEMORY = 3 << 30


@contextlib.contextmanager
def memory_limit(limit: int = TEST_MEMORY) -> Iterator[None]:
    """Cap this process's heap (``RLIMIT_DATA``) while the block runs: a reply that makes ajar
    allocate without bound fails with MemoryError instead of taking the machine."""
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))


def self_signed(folder: Path) -> ssl.SSLContext:
    """A server TLS context with a fresh self-signed certificate for ``localhost``."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    if not cert.exists():
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                        str(cert), "-days", "1", "-subj", "/CN=localhost"], check=True, capture_output=True)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


@contextlib.asynccontextmanager
async def hostile_server(mode: str, tls: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    """Serve ``mode`` (one of :data:`MODES` or :data:`ZOO`) on 127.0.0.1; yield the port.

    ``https`` needs ``tls``, a server context (:func:`self_signed`)."""
    assert mode in MODES or mode in ZOO
    assert (mode == "https") == (tls is not None), "https, and only https, is served over TLS"
    async with serving(lambda r, w: _handle(mode, r, w), tls=tls) as port:
        yield port


@contextlib.asynccontextmanager
async def serving(handler: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]],
                  tls: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    """Run ``handler`` for each connection on 127.0.0.1 (a free port); yield the port, close after."""
    tasks: set[asyncio.Task[None]] = set()

    async def tracked(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            tasks.add(task)  # type: ignore[arg-type]
        await handler(r, w)

    srv = await asyncio.start_server(tracked, "127.0.0.1", 0, ssl=tls, limit=1 << 20)
    try:
        yield int(srv.sockets[0].getsockname()[1])
    finally:
        srv.close()
        for task in tasks:  # connections still stalled on purpose
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(srv.wait_closed(), 2)
