"""A hostile local server for robustness tests: junk, truncated, oversized, slow, silent replies.

Binds 127.0.0.1 on a free port only. Each mode is a behaviour a broken or malicious server
could show; every probe must end with a recorded status against each, without hanging.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import struct
from collections.abc import AsyncIterator

MODES = ("junk", "truncated", "oversized", "slow", "silent", "close", "echo", "http_garbage")


async def _handle(mode: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    try:
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
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        with contextlib.suppress(Exception):
            w.close()


@contextlib.asynccontextmanager
async def hostile_server(mode: str) -> AsyncIterator[int]:
    """Serve ``mode`` on 127.0.0.1; yield the port."""
    assert mode in MODES
    srv = await asyncio.start_server(lambda r, w: _handle(mode, r, w), "127.0.0.1", 0)
    try:
        yield int(srv.sockets[0].getsockname()[1])
    finally:
        srv.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(srv.wait_closed(), 2)
