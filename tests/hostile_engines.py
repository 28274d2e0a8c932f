"""Hostile fake servers, one per engine: each speaks enough of its engine's protocol to be
identified, then answers with what a server built to hurt the auditor would send.

Variants (every engine serves each). Contents:

* ``rich``: names, keys, versions and banners carrying rich markup (``[/x]``, ``[bold]``), ANSI
  and OSC escapes, lone surrogates (``\\udcff`` in JSON, ``\\xed\\xb3\\xbf`` in bytes), 401-digit
  integers and deep nesting, in every place the probe reads a name or a value;
* ``huge``: declared lengths far beyond any budget (a 2 GiB bulk, a 2^31 vector), huge values
  and thousands of names, then a stall: the probe must stop at its own bounds, in time.

Transport, after a normal handshake (:data:`AFTER`; the replies are ``rich``'s): every reply past
the handshake is sent a byte every half second (``drip``), or reset (``reset``, RST), or
replaced by random bytes (``garbage``), or cut in half before the connection closes
(``truncated``), or replaced by a frame of the engine's own protocol declaring far more than
any budget, then an endless stream (``oversized``). The handshake is the first replies of each
connection (:data:`_GRACE`) or, over HTTP, the identification requests (:func:`_handshake`).

Bind 127.0.0.1 only. Used by ``tests/integration/test_hostile_engines.py`` and by
``bench/hostile/servers.py``.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import gzip
import os
import random
import socket
import struct
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bson

from ajar.probes._wire.mqtt import varint as _varint
from tests.hostile import serving

#: what goes wrong after a normal handshake, whatever the engine (see the module docstring)
AFTER = ("drip", "reset", "garbage", "truncated", "oversized")
#: what the replies hold
CONTENT = ("rich", "huge")
#: HTTP engines only, after the handshake: a body compressed twice (``Content-Encoding: gzip,
#: gzip``) that inflates to :data:`BOMB_BYTES`, sent although the client asked for identity
HTTP_ONLY = ("compressed",)
VARIANTS = (*CONTENT, *AFTER, *HTTP_ONLY)
#: what the ``compressed`` body inflates to
BOMB_BYTES = 64 << 20

MARKUP = "[/x][bold]"
ESC = "\x1b]0;owned\x07\x1b[31m\x1b[2J"
#: personal data a name or banner may carry: it must reach no output unmasked
CANARY = "zoe.hostile7@canary-mail.org"
TEXT = f"{MARKUP}{ESC}n{CANARY}"
#: a JSON string literal with markup, escapes, a lone surrogate and the canary
J_NAME = '"[/x][bold]\\u001b]0;owned\\u0007\\u001b[31m\\udcff' + CANARY + '"'
#: the same in bytes: a surrogate encoded as UTF-8 (invalid), markup, escapes, the canary
B_NAME = b"[/x][bold]\x1b]0;owned\x07\x1b[31m\xed\xb3\xbf" + CANARY.encode()
BIG_INT = "9" * 401
DEEP = "[" * 50_000 + "]" * 50_000
#: a JSON document with every hostile shape at once
J_DOC = ('{' + J_NAME + ': ' + BIG_INT + ', "email": "someone@example.test", "deep": ' + DEEP
         + ', "n": -' + BIG_INT + ', "s": ' + J_NAME + '}')
B_DOC = J_DOC.encode()
#: a length no budget allows
HUGE = 2**31 - 1

Handler = Callable[[str, asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _stall(w: asyncio.StreamWriter, data: bytes = b"") -> None:
    """Send ``data`` (a header promising more), then keep the connection open in silence."""
    if data:
        w.write(data)
        await w.drain()
    await asyncio.sleep(3600)


# --------------------------------------------------------------------------- after the handshake

#: seconds an ``oversized`` stream lasts at most (the client should have stopped long before)
STREAM_SECONDS = 30.0


async def misbehave(variant: str, w: asyncio.StreamWriter, reply: bytes, oversized: bytes) -> None:
    """Send ``reply`` the ``variant`` way (one of :data:`AFTER`); raise to end the connection
    where the variant ends it."""
    if variant == "drip":
        for b in reply[:600]:
            w.write(bytes([b]))
            await w.drain()
            await asyncio.sleep(0.5)
        await _stall(w)
    elif variant == "reset":
        sock = w.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        w.transport.abort()  # with SO_LINGER 0: an RST, not a FIN
        raise ConnectionResetError("reset on purpose")
    elif variant == "garbage":
        w.write(random.Random(len(reply)).randbytes(min(max(len(reply), 16), 1 << 16)))
        await w.drain()
    elif variant == "truncated":
        w.write(reply[: len(reply) // 2])
        await w.drain()
        raise ConnectionResetError("closed mid-reply on purpose")
    elif variant == "oversized":
        w.write(oversized)
        end = time.monotonic() + STREAM_SECONDS
        while time.monotonic() < end:
            w.write(b"A" * (1 << 16))
            await w.drain()
        raise ConnectionResetError("stream over")
    else:
        raise AssertionError(variant)


class _AfterHandshake:
    """A stream writer that sends the first ``grace`` replies (one reply per ``drain``) as they
    are, then each later one through :func:`misbehave`."""

    def __init__(self, w: asyncio.StreamWriter, variant: str, oversized: bytes, grace: int) -> None:
        self._w, self._variant, self._oversized, self._grace = w, variant, oversized, grace
        self._buf = bytearray()

    def write(self, data: bytes) -> None:
        self._buf += data

    async def drain(self) -> None:
        reply, self._buf = bytes(self._buf), bytearray()
        if not reply:
            return
        if self._grace > 0:
            self._grace -= 1
            self._w.write(reply)
            await self._w.drain()
            return
        await misbehave(self._variant, self._w, reply, self._oversized)

    def close(self) -> None:
        self._w.close()


def _after_handshake(handler: Handler, engine: str) -> Handler:
    """``handler`` (its ``rich`` replies) whose replies past the handshake misbehave."""

    async def handle(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        proxy = _AfterHandshake(w, variant, _OVERSIZED[engine], _GRACE.get(engine, 1))
        await handler("rich", r, proxy)  # type: ignore[arg-type]

    return handle


# --------------------------------------------------------------------------- redis (RESP2)


def _bulk(b: bytes) -> bytes:
    return b"$%d\r\n%s\r\n" % (len(b), b)


def _arr(items: list[bytes]) -> bytes:
    return b"*%d\r\n" % len(items) + b"".join(items)


async def _resp_command(r: asyncio.StreamReader) -> list[bytes] | None:
    line = await r.readline()
    if not line:
        return None
    if not line.startswith(b"*"):
        return line.split()
    args = []
    for _ in range(int(line[1:])):
        n = int((await r.readline())[1:])
        args.append((await r.readexactly(n + 2))[:-2])
    return args


_REDIS_KEYS = [b"user:" + B_NAME, b"h:1", b"l:1", b"s:1", b"z:1", b"x:1", b"str:1"]
_REDIS_TYPES = {b"h": b"hash", b"l": b"list", b"s": b"set", b"z": b"zset", b"x": b"stream"}


#: what Redis in protected mode (no password, the default) says to a client that is not on loopback
PROTECTED = (b"-DENIED Redis is running in protected mode because protected mode is enabled and no password is "
             b"set for the default user. In this mode connections are only accepted from the loopback interface.\r\n")


async def redis(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    if variant == "protected":  # R2-11: the first command is refused, the connection closed
        await _resp_command(r)
        w.write(PROTECTED)
        await w.drain()
        return
    while (args := await _resp_command(r)) is not None:
        cmd = args[0].upper() if args else b""
        sub = args[1].upper() if len(args) > 1 else b""
        if cmd == b"PING":
            out = b"+PONG\r\n"
        elif cmd == b"INFO":
            out = _bulk(b"# Server\r\nredis_version:7.2." + B_NAME + b"\r\nredis_mode:standalone\r\n"
                        b"os:" + B_NAME + b"\r\n# Keyspace\r\ndb0:keys=" + BIG_INT.encode() + b",expires=0\r\n")
        elif cmd == b"CONFIG":
            out = _arr([_bulk(args[2] if len(args) > 2 else b"x"), _bulk(b"no " + B_NAME)])
        elif cmd == b"ACL" and sub == b"WHOAMI":
            out = _bulk(B_NAME)
        elif cmd == b"ACL":
            out = _arr([_bulk(b"flags"), _arr([_bulk(B_NAME)]), _bulk(b"commands"), _bulk(b"+@all " + B_NAME)])
        elif cmd in (b"SELECT", b"CLIENT"):
            out = b"+OK\r\n"
        elif cmd == b"DBSIZE":
            out = b":" + BIG_INT.encode() + b"\r\n"
        elif cmd == b"SCAN":
            if variant == "huge":
                keys = [b"k%06d:" % i + B_NAME * 20 for i in range(3000)]
                out = _arr([_bulk(b"0"), _arr([_bulk(k) for k in keys])])
            else:
                out = _arr([_bulk(b"0"), _arr([_bulk(k) for k in _REDIS_KEYS])])
        elif cmd == b"TYPE":
            out = b"+" + _REDIS_TYPES.get(args[1][:1], b"string") + b"\r\n"
        elif cmd in (b"STRLEN", b"HLEN", b"LLEN", b"SCARD", b"ZCARD", b"XLEN"):
            out = b":" + BIG_INT.encode() + b"\r\n"
        elif variant == "huge" and cmd in (b"GETRANGE", b"HGETALL", b"HSCAN", b"LRANGE", b"SRANDMEMBER", b"ZRANGE",
                                           b"XREVRANGE"):
            # a collection whose one element declares 2 GiB, then only part of it arrives
            head = b"*2\r\n$1\r\nf\r\n" if cmd != b"GETRANGE" else b""
            if cmd == b"HSCAN":
                head = b"*2\r\n$1\r\n0\r\n*2\r\n$1\r\nf\r\n"
            await _stall(w, head + b"$%d\r\n" % HUGE + b"A" * (4 << 20))
            return
        elif cmd == b"GETRANGE":
            out = _bulk(B_DOC)
        elif cmd in (b"HGETALL",):
            out = _arr([_bulk(B_NAME), _bulk(B_DOC), _bulk(b"n"), _bulk(BIG_INT.encode())])
        elif cmd == b"HSCAN":
            out = _arr([_bulk(b"0"), _arr([_bulk(B_NAME), _bulk(B_DOC)])])
        elif cmd in (b"LRANGE", b"SRANDMEMBER", b"ZRANGE"):
            out = _arr([_bulk(B_DOC), _bulk(BIG_INT.encode()), _bulk(B_NAME)])
        elif cmd == b"XREVRANGE":
            out = _arr([_arr([_bulk(b"1-0"), _arr([_bulk(B_NAME), _bulk(B_DOC)])])])
        else:
            out = b"-ERR unknown command " + B_NAME + b"\r\n"
        w.write(out)
        await w.drain()


# --------------------------------------------------------------------------- memcached (text)


async def memcached(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    while line := await r.readline():
        cmd = line.strip()
        if cmd == b"version":
            out = b"VERSION 1.6.21\r\n"
        elif cmd.startswith(b"stats"):
            out = (b"STAT version 1.6." + B_NAME + b"\r\nSTAT curr_items " + BIG_INT.encode() + b"\r\nSTAT bytes "
                   + BIG_INT.encode() + b"\r\nSTAT auth_enabled_sasl no\r\nSTAT udpport 11211\r\nSTAT items:1:number 5"
                   b"\r\nEND\r\n")
        elif cmd.startswith(b"lru_crawler"):
            names = [b"user%3A" + b"%1B%5D0%3Bx%07%ED%B3%BF" + b"%5B%2Fx%5D", b"flush%0D%0Aflush_all", b"k:1"]
            if variant == "huge":
                names = [b"k%06d%%3A" % i + b"%5B%2Fx%5D" * 20 for i in range(5000)]
            out = b"".join(b"key=" + n + b" exp=-1 la=1 cas=1 fetch=no cls=1 size=" + BIG_INT.encode() + b"\r\n"
                           for n in names) + b"END\r\n"
        elif cmd.startswith(b"get "):
            if variant == "huge":
                await _stall(w, b"VALUE k 0 %d\r\n" % HUGE + b"A" * (4 << 20))
                return
            out = b"".join(b"VALUE " + k + b" 0 %d\r\n" % len(B_DOC) + B_DOC + b"\r\n" for k in cmd.split()[1:])
            out += b"END\r\n"
        elif cmd.startswith(b"flush"):
            out = b"ERROR ajar sent a write\r\n"
        else:
            out = b"ERROR\r\n"
        w.write(out)
        await w.drain()


# --------------------------------------------------------------------------- mongodb (OP_MSG)


def _mongo_reply(request_id: int, doc: dict[str, Any], opcode: int) -> bytes:
    if opcode == 2004:  # OP_QUERY -> OP_REPLY
        body = struct.pack("<iqii", 0, 0, 0, 1) + bson.encode(doc)
        return struct.pack("<iiii", 16 + len(body), 1, request_id, 1) + body
    body = struct.pack("<I", 0) + b"\x00" + bson.encode(doc)
    return struct.pack("<iiii", 16 + len(body), 1, request_id, 2013) + body


def _deep_doc(depth: int) -> dict[str, Any]:
    d: dict[str, Any] = {"leaf": TEXT}
    for _ in range(depth):
        d = {"d": d}
    return d


def _mongo_answer(variant: str, cmd: str, doc: dict[str, Any]) -> dict[str, Any]:
    if cmd in ("hello", "ismaster", "isMaster"):
        return {"ismaster": True, "isWritablePrimary": True, "maxWireVersion": 21, "minWireVersion": 0,
                "maxBsonObjectSize": 16 * 1024 * 1024, "maxMessageSizeBytes": 2**31 - 1, "msg": TEXT,
                "setName": TEXT, "ok": 1.0}
    if cmd == "buildInfo":
        return {"version": "7.0." + TEXT, "ok": 1.0}
    if cmd == "listDatabases":
        n = 3000 if variant == "huge" else 2
        # db0 holds a "/" (a name the driver refuses); the others only what MongoDB allows
        return {"databases": [{"name": f"db{i}{TEXT if i == 0 else TEXT.replace('/', '')}", "sizeOnDisk": 2**62}
                              for i in range(n)], "ok": 1.0}
    if cmd == "listCollections":
        return {"cursor": {"id": 0, "ns": "x.$cmd", "firstBatch": [{"name": "c" + TEXT, "type": "collection"}]},
                "ok": 1.0}
    if cmd == "count":
        return {"n": 2**63 - 1, "ok": 1.0}
    if cmd == "collStats":
        return {"size": 2**63 - 1, "ok": 1.0}
    if cmd in ("aggregate", "find"):
        docs = [{"_id": i, TEXT: TEXT, "deep": _deep_doc(80), "email": "someone@example.test",
                 "big": "x" * (1 << 20), "n": 2**63 - 1} for i in range(3)]
        return {"cursor": {"id": 0, "ns": "x.c", "firstBatch": docs}, "ok": 1.0}
    return {"ok": 0.0, "errmsg": TEXT, "code": 59}


async def mongodb(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    while True:
        header = await r.readexactly(16)
        length, request_id, _, opcode = struct.unpack("<iiii", header)
        body = await r.readexactly(length - 16)
        if opcode == 2013:
            doc = bson.decode(body[5 : 5 + struct.unpack("<i", body[5:9])[0]])
        elif opcode == 2004:
            rest = body[4:]
            rest = rest[rest.index(b"\x00") + 1 + 8 :]
            doc = bson.decode(rest[: struct.unpack("<i", rest[:4])[0]])
        else:
            return
        cmd = next(iter(doc))
        if variant == "huge" and cmd in ("aggregate", "find", "listDatabases"):
            # a reply that declares 2 GiB (the server said maxMessageSizeBytes 2^31-1), then stalls
            await _stall(w, struct.pack("<iiii", HUGE, 1, request_id, 2013) + b"\x00" * (1 << 20))
            return
        w.write(_mongo_reply(request_id, _mongo_answer(variant, cmd, doc), opcode))
        await w.drain()


# --------------------------------------------------------------------------- mqtt


def _publish(topic: bytes, payload: bytes, retain: bool = True) -> bytes:
    body = struct.pack(">H", len(topic)) + topic + payload
    return bytes([0x30 | (1 if retain else 0)]) + _varint(len(body)) + body


async def mqtt(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    while True:
        head = (await r.readexactly(1))[0]
        length, shift = 0, 0
        while True:
            b = (await r.readexactly(1))[0]
            length |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        body = await r.readexactly(length)
        kind = head & 0xF0
        if kind == 0x10:
            w.write(b"\x20\x02\x00\x00")
        elif kind == 0x80:
            pid, pos, n = body[:2], 2, 0
            while pos + 2 <= len(body):  # topic filters: length, name, QoS byte
                pos += 2 + struct.unpack(">H", body[pos : pos + 2])[0] + 1
                n += 1
            w.write(b"\x90" + _varint(2 + max(n, 1)) + pid + b"\x00" * max(n, 1))
            w.write(_publish(b"$SYS/broker/version", b"mosquitto version 2.0." + B_NAME))
            if variant == "huge":
                # the quadratic case: topics of thousands of levels (65,535 bytes, MQTT's most)
                for i in range(3):  # 32,000 levels: 64,001 bytes, within MQTT's 65,535
                    w.write(_publish(b"/".join([b"%d" % i] + [b"a"] * 32_000), B_DOC))
                w.write(b"\x30" + _varint(200 << 20))  # a PUBLISH that declares 200 MiB, then stalls
                await _stall(w, b"\x00\x01t" + b"A" * (1 << 20))
                return
            w.write(_publish(b"users/" + B_NAME + b"/x", B_DOC))  # first, a topic that is not UTF-8 (R2-7)
            for i in range(30):  # then markup and escapes in topics, bad bytes in payloads
                w.write(_publish(TEXT.encode() + b"/users/%d/location" % i, B_DOC + B_NAME))
        elif kind == 0xC0:
            w.write(b"\xd0\x00")
        elif kind == 0xE0:
            return
        await w.drain()


# --------------------------------------------------------------------------- zookeeper (jute)


def _jbuf(b: bytes) -> bytes:
    return struct.pack(">i", len(b)) + b


_ZK_STAT = struct.pack(">qqqqiiiqiiq", 1, 1, 2**63 - 1, 2**63 - 1, 0, 0, 0, 0, 500, 2, 1)


async def zookeeper(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    first = await r.readexactly(4)
    if first in (b"srvr", b"stat"):
        w.write(b"Zookeeper version: 3.8." + B_NAME + b", built on 2024\nMode: " + B_NAME + b"\nNode count: "
                + BIG_INT.encode() + b"\n")
        await w.drain()
        return
    n = struct.unpack(">i", first)[0]
    await r.readexactly(n)
    w.write(_jbuf(struct.pack(">iiq", 0, 30000, 77) + _jbuf(b"\x00" * 16) + b"\x00"))
    await w.drain()
    while True:
        n = struct.unpack(">i", await r.readexactly(4))[0]
        req = await r.readexactly(n)
        xid, op = struct.unpack(">ii", req[:8])
        head = struct.pack(">iqi", xid, 1, 0)
        if variant == "huge" and op == 12:
            # a vector that declares 2^31 children, in a frame of the largest size allowed
            await _stall(w, struct.pack(">i", 4 << 20) + head + struct.pack(">i", HUGE) + b"\x00" * 1000)
            return
        if op == 12:  # getChildren2
            path = req[12 : 12 + struct.unpack(">i", req[8:12])[0]]
            kids = [B_NAME + b"%d" % i for i in range(3)] if path == b"/" else []
            payload = struct.pack(">i", len(kids)) + b"".join(_jbuf(k) for k in kids) + _ZK_STAT
        elif op == 6:  # getACL
            payload = struct.pack(">i", 1) + struct.pack(">i", 31) + _jbuf(b"world") + _jbuf(b"anyone") + _ZK_STAT
        elif op == 4:  # getData
            payload = _jbuf(B_DOC) + _ZK_STAT
        else:
            payload = b""
        w.write(_jbuf(head + payload))
        await w.drain()


# --------------------------------------------------------------------------- postgresql


def _pg(kind: bytes, payload: bytes) -> bytes:
    return kind + struct.pack("!i", len(payload) + 4) + payload


async def postgresql(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    while True:
        n = struct.unpack("!i", await r.readexactly(4))[0]
        body = await r.readexactly(n - 4)
        if body[:4] == struct.pack("!i", 80877103):
            w.write(b"N")
            await w.drain()
            continue
        break
    if variant == "huge":
        await _stall(w, b"E" + struct.pack("!i", HUGE))
        return
    w.write(_pg(b"R", struct.pack("!i", 0)))
    w.write(_pg(b"S", b"server_version\x00" + B_NAME + b"\x00"))
    w.write(_pg(b"S", b"server_encoding\x00UTF8\x00client_encoding\x00UTF8\x00"))
    w.write(_pg(b"K", struct.pack("!ii", 1, 2)))
    w.write(_pg(b"Z", b"I"))
    await w.drain()
    while head := await r.read(5):
        if head[:1] == b"X":
            return
        n = struct.unpack("!i", head[1:5])[0]
        await r.readexactly(n - 4)
        if head[:1] in (b"Q", b"S"):
            w.write(_pg(b"E", b"SERROR\x00C42501\x00M" + B_NAME + b"\x00\x00") + _pg(b"Z", b"I"))
            await w.drain()


# --------------------------------------------------------------------------- mysql


def _my(seq: int, payload: bytes) -> bytes:
    return struct.pack("<I", len(payload))[:3] + bytes([seq]) + payload


async def mysql(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
    version = b"8.0.36-" + B_NAME
    caps = 0xF7FF | (0x8000 << 0)  # no CLIENT_SSL (0x0800)
    caps &= ~0x0800
    greeting = (b"\x0a" + version + b"\x00" + struct.pack("<I", 7) + b"abcdefgh\x00" + struct.pack("<H", caps & 0xFFFF)
                + b"\x21" + struct.pack("<H", 2) + struct.pack("<H", 0x000F) + b"\x15" + b"\x00" * 10
                + b"ijklmnopqrst\x00" + b"mysql_native_password\x00")
    if variant == "huge":
        # a greeting declaring the largest packet MySQL can frame, cut short
        await _stall(w, b"\xff\xff\xff\x00" + greeting)
        return
    w.write(_my(0, greeting))
    await w.drain()
    await r.read(4096)
    if variant != "okerr":
        w.write(_my(2, b"\xff" + struct.pack("<H", 1045) + b"#28000Access denied for user " + B_NAME))
        await w.drain()
        return
    # "okerr" (R2-8): the anonymous login is let in, then every query is refused (ERR 1142)
    w.write(_my(2, b"\x00\x00\x00\x02\x00\x00\x00"))
    await w.drain()
    while head := await r.readexactly(4):
        body = await r.readexactly(int.from_bytes(head[:3], "little"))
        if body[:1] == b"\x01":  # COM_QUIT
            return
        w.write(_my(1, b"\xff" + struct.pack("<H", 1142) + b"#42000SELECT command denied to user ''"))
        await w.drain()


# --------------------------------------------------------------------------- HTTP engines


def http_reply(status: int, body: bytes | str, headers: dict[str, str] | None = None,
          ctype: str = "application/json") -> bytes:
    data = body.encode() if isinstance(body, str) else body
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {len(data)}\r\nConnection: close\r\n"
    for k, v in (headers or {}).items():
        head += f"{k}: {v}\r\n"
    return head.encode("latin-1") + b"\r\n" + data


#: a name no engine allows (1 MB): sent back in a URL, it would make the request invalid (R2-2)
LONG_NAME = '"' + "A" * 1_000_000 + '"'


def _names(variant: str) -> list[str]:
    return [J_NAME] + ([LONG_NAME] + [f'"n{i}{MARKUP}"' for i in range(5000)] if variant == "huge" else ['"plain"'])


def _elasticsearch(variant: str, method: str, path: str) -> bytes:
    if path == "/":
        return http_reply(200, '{"name": ' + J_NAME + ', "cluster_name": ' + J_NAME + ', "version": {"number": '
                     '"8.11.' + MARKUP + '\\udcff", "build_flavor": ' + J_NAME + '}, "tagline": '
                     '"You Know, for Search"}')
    if path.startswith("/_cat/indices"):
        rows = ", ".join('{"index": ' + n + ', "docs.count": "' + BIG_INT + '", "store.size": ' + BIG_INT
                         + ', "health": "green"}' for n in _names(variant))
        return http_reply(200, "[" + rows + "]")
    if path.endswith("/_mapping"):
        return http_reply(200, '{' + J_NAME + ': {"mappings": {"properties": {' + J_NAME + ': {"type": "keyword"}}}}}')
    if path.endswith("/_search"):
        if variant == "huge":
            return http_reply(200, '{"hits": {"hits": [' + ",".join(['{"_source": ' + J_DOC + '}'] * 60) + ']}}')
        return http_reply(200, '{"hits": {"total": {"value": ' + BIG_INT + '}, "hits": [{"_source": ' + J_DOC + '}]}}')
    if path.endswith("/_count"):
        return http_reply(200, '{"count": ' + BIG_INT + '}')
    return http_reply(404, '{"error": ' + J_NAME + '}')


def _couchdb(variant: str, method: str, path: str) -> bytes:
    if path == "/":
        return http_reply(200, '{"couchdb": "Welcome", "version": "3.3.' + MARKUP + '\\udcff", "vendor": {"name": '
                     + J_NAME + '}}')
    if path.startswith("/_session"):
        return http_reply(200, '{"ok": true, "userCtx": {"name": null, "roles": ["_admin", ' + J_NAME + ']}}')
    if path.startswith("/_all_dbs"):
        return http_reply(200, "[" + ", ".join(_names(variant)) + "]")
    if "/_all_docs" in path:
        return http_reply(200, '{"total_rows": ' + BIG_INT + ', "rows": [{"id": ' + J_NAME + ', "doc": ' + J_DOC
                          + '}]}')
    if "/_changes" in path:
        return http_reply(200, '{"results": [{"id": ' + J_NAME + ', "doc": ' + J_DOC + '}], "last_seq": ' + J_NAME
                          + '}')
    return http_reply(200, '{"db_name": ' + J_NAME + ', "doc_count": ' + BIG_INT + ', "sizes": {"active": ' + BIG_INT
                 + '}}')


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _etcd(variant: str, method: str, path: str) -> bytes:
    if path.startswith("/version"):
        return http_reply(200, '{"etcdserver": "3.5.' + MARKUP + '\\udcff", "etcdcluster": "3.5.0"}')
    if path.startswith("/v3/kv/range"):
        n = 5000 if variant == "huge" else 2
        value = _b64(B_DOC if variant == "rich" else b"x")  # huge: many keys, small values
        kvs = ", ".join('{"key": "' + _b64(b"/app%d/" % i + B_NAME) + '", "value": "' + value + '", '
                        '"create_revision": "' + BIG_INT + '", "mod_revision": ' + BIG_INT + '}' for i in range(n))
        return http_reply(200, '{"header": {"revision": "' + BIG_INT + '"}, "kvs": [' + kvs + '], "count": "' + BIG_INT
                     + '"}')
    if path.startswith("/v3/auth/status"):
        return http_reply(200, '{"enabled": ' + J_NAME + '}')
    if path.startswith("/v2/keys"):
        return http_reply(200, '{"node": {"dir": true, "nodes": [{"key": ' + J_NAME + ', "value": ' + J_NAME + '}]}}')
    return http_reply(404, "{}")


def _influxdb(variant: str, method: str, path: str) -> bytes:
    if path.startswith("/ping"):
        return http_reply(204, b"", {"X-Influxdb-Version": "1.8." + MARKUP + "\x1b]0;x\x07"})
    if "SHOW+DATABASES" in path or "SHOW%20DATABASES" in path:
        vals = ", ".join("[" + n + "]" for n in _names(variant))
        return http_reply(200, '{"results": [{"series": [{"name": "databases", "columns": ["name"], "values": [' + vals
                     + ']}]}]}')
    if "SHOW" in path:
        return http_reply(200, '{"results": [{"series": [{"name": "measurements", "columns": ["name"], "values": [['
                     + "\"m\"], [" + J_NAME + "]]}]}]}")
    if "COUNT" in path.upper():
        return http_reply(200, '{"results": [{"series": [{"name": "m", "columns": ["time", "count"], "values": '
                     '[["1970-01-01T00:00:00Z", ' + BIG_INT + ']]}]}]}')
    if "%22m%22" in path or '"m"' in path:  # measurement m reads as points, so its count is recounted
        return http_reply(200, '{"results": [{"series": [{"name": "m", "columns": ["time", "v"], "values": '
                     '[["2024-01-01T00:00:00Z", 1]]}]}]}')
    return http_reply(200, '{"results": [{"series": [{"name": ' + J_NAME + ', "columns": ["time", ' + J_NAME + '], '
                 '"values": [["2024-01-01T00:00:00Z", ' + BIG_INT + '], ["' + BIG_INT + '", ' + J_DOC + ']]}]}]}')


_XML_NAME = "[/x][bold]&#xFFFD;&lt;b&gt;n"


def _s3(variant: str, method: str, path: str) -> bytes:
    x = "application/xml"
    if path == "/":
        buckets = "".join(f"<Bucket><Name>{_XML_NAME}{i}</Name><CreationDate>{BIG_INT}</CreationDate></Bucket>"
                          for i in range(5000 if variant == "huge" else 2))
        return http_reply(200, f'<?xml version="1.0"?><ListAllMyBucketsResult><Buckets>{buckets}</Buckets>'
                     "</ListAllMyBucketsResult>", ctype=x)
    if "list-type=2" in path:
        keys = "".join(f"<Contents><Key>{_XML_NAME}{i}.json</Key><Size>{BIG_INT}</Size></Contents>"
                       for i in range(3))
        return http_reply(200, f"<ListBucketResult><Name>b</Name><KeyCount>{BIG_INT}</KeyCount>{keys}"
                          "</ListBucketResult>", ctype=x)
    return http_reply(200, B_DOC)


def _clickhouse(variant: str, method: str, path: str) -> bytes:
    if path == "/":
        return http_reply(200, b"Ok.\n", {"X-ClickHouse-Server-Display-Name": TEXT}, ctype="text/plain")
    if "version" in path:
        return http_reply(200, '{"meta": [{"name": "v", "type": "String"}], "data": [["23.8.' + MARKUP + '\\udcff"]]}')
    rows = ", ".join("[" + n + ", " + J_NAME + ", " + BIG_INT + ", " + BIG_INT + "]" for n in _names(variant))
    return http_reply(200, '{"meta": [{"name": ' + J_NAME + ', "type": "String"}, {"name": "b", "type": "String"}, '
                 '{"name": "c", "type": "UInt64"}, {"name": "d", "type": "UInt64"}], "data": [' + rows + ', ['
                 + J_DOC + ', ' + DEEP + ', 1, 2]]}')


_HTTP_ROUTES = {"elasticsearch": _elasticsearch, "couchdb": _couchdb, "etcd": _etcd, "influxdb": _influxdb,
                "s3": _s3, "clickhouse": _clickhouse}


#: the engines spoken over HTTP
HTTP_ENGINES = frozenset(_HTTP_ROUTES)


def _http_engine(engine: str) -> Handler:
    return http_handler(_HTTP_ROUTES[engine])


Route = Callable[[str, str, str], bytes | Awaitable[bytes]]


def http_handler(route: Route) -> Handler:
    """A one-request-per-connection HTTP server: ``route(variant, method, path)`` gives the reply
    (or a coroutine that does, for replies that stall)."""

    async def handle(variant: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        line = await r.readline()
        parts = line.decode("latin-1").split()
        if len(parts) < 3:
            return
        length = 0
        while (h := await r.readline()) not in (b"\r\n", b""):
            if h.lower().startswith(b"content-length:"):
                length = int(h.split(b":", 1)[1])
        if length:
            await r.readexactly(length)
        made = route("rich" if variant in AFTER or variant in HTTP_ONLY else variant, parts[0], parts[1])
        reply = made if isinstance(made, bytes) else await made
        if variant in AFTER and not _handshake(parts[1]):
            await misbehave(variant, w, reply, _OVERSIZED["http"])
            return
        if variant in HTTP_ONLY and not _handshake(parts[1]):
            reply = compressed_reply()
        w.write(reply)
        await w.drain()

    return handle


@functools.cache
def compressed_reply() -> bytes:
    """An HTTP reply whose body, gzipped twice, inflates to :data:`BOMB_BYTES` of JSON."""
    inner = gzip.compress(b'{"a": "' + b" " * BOMB_BYTES + b'"}', 9)
    body = gzip.compress(inner, 9)
    return http_reply(200, body, {"Content-Encoding": "gzip, gzip"})


def _handshake(path: str) -> bool:
    """Whether an HTTP request is one of identification's: ``GET /``, ``/ping``, ``/version``,
    ClickHouse's ``SELECT version()``."""
    return path == "/" or path.startswith(("/ping", "/version")) or (path.startswith("/?") and "version" in path)


#: replies each connection gets as they are before ``AFTER`` variants begin (default 1): the
#: handshake (PostgreSQL: the answer to SSLRequest, then to the startup message)
_GRACE = {"postgresql": 2}
#: per engine, the head of a reply that declares far more than any budget
_OVERSIZED = {
    "redis": b"$%d\r\n" % HUGE,
    "memcached": b"VALUE k 0 %d\r\n" % HUGE,
    "mongodb": struct.pack("<iiii", HUGE, 1, 0, 2013),
    "mqtt": b"\x30\xff\xff\xff\x7f",  # a PUBLISH of 256 MiB, MQTT's most
    "zookeeper": struct.pack(">i", HUGE),
    "postgresql": b"E" + struct.pack("!i", HUGE),
    "mysql": b"\xff\xff\xff\x01",
    "http": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n[",
}

ENGINES: dict[str, Handler] = {
    "clickhouse": _http_engine("clickhouse"),
    "couchdb": _http_engine("couchdb"),
    "elasticsearch": _http_engine("elasticsearch"),
    "etcd": _http_engine("etcd"),
    "influxdb": _http_engine("influxdb"),
    "memcached": memcached,
    "mongodb": mongodb,
    "mqtt": mqtt,
    "mysql": mysql,
    "postgresql": postgresql,
    "redis": redis,
    "s3": _http_engine("s3"),
    "zookeeper": zookeeper,
}


@contextlib.asynccontextmanager
async def hostile_engine(engine: str, variant: str) -> AsyncIterator[int]:
    """Serve ``engine``'s hostile fake (``variant`` of :data:`VARIANTS`) on 127.0.0.1; yield the port."""
    assert variant in VARIANTS
    handler = ENGINES[engine]
    if variant in HTTP_ONLY:
        compressed_reply()  # built before serving: building it blocks the event loop for a second
    if variant in AFTER and engine not in _HTTP_ROUTES:
        handler = _after_handshake(handler, engine)
    async with serve(handler, variant) as port:
        yield port


@contextlib.asynccontextmanager
async def serve(handler: Handler, variant: str) -> AsyncIterator[int]:
    """Serve ``handler`` (its ``variant``) on 127.0.0.1; yield the port. What a fake raises as a
    client goes away (a reset, a short read, a cancelled stall) ends that connection only."""

    async def run(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        try:
            await handler(variant, r, w)
        except (OSError, ValueError, IndexError, struct.error, asyncio.IncompleteReadError, asyncio.CancelledError,
                bson.errors.BSONError, StopIteration):
            pass
        finally:
            with contextlib.suppress(Exception):
                w.close()

    async with serving(run) as port:
        yield port


# --------------------------------------------------------------------------- one bounded scan

#: the heap a hostile scan may use (``RLIMIT_DATA`` of the scanning process)
SCAN_MEMORY = 1 << 30
#: schemes that claim each engine's fake (engines without one are found by trying every probe)
SCHEMES = {"memcached": "memcached", "mongodb": "mongodb", "mqtt": "mqtt", "mysql": "mysql",
           "postgresql": "postgresql", "redis": "redis", "s3": "s3", "zookeeper": "zk", "clickhouse": "clickhouse"}


@dataclass
class ScanRun:
    """How one ``ajar scan`` subprocess ended."""

    code: int
    seconds: float
    max_rss: int  # bytes
    stdout: str
    stderr: str


def target_for(engine: str, port: int) -> str:
    """The scan target naming ``engine``'s fake on ``port``."""
    scheme = SCHEMES.get(engine)
    return f"{scheme}://127.0.0.1:{port}" if scheme else f"127.0.0.1:{port}"


def scan_subprocess(target: str, report: Path, *, timeout: float, deadline: float,
                    memory: int = SCAN_MEMORY) -> ScanRun:
    """Run the real ``ajar scan`` on ``target`` under a heap limit and a deadline (killed past it,
    by its PID); returns its exit code, wall time and peak RSS (from ``wait4``).

    The heap limit is set by ``prlimit`` (util-linux), which then executes Python: no ``preexec_fn``,
    which is unsafe where threads run (the scans of ``test_hostile_engines`` start from several).
    """
    env = {**os.environ, "COLUMNS": "120"}
    args = ["scan", target, "--timeout", str(timeout), "--sample", "10", "-o", str(report)]
    t0 = time.monotonic()
    proc = subprocess.Popen(["prlimit", f"--data={memory}", sys.executable, "-c", _RUN, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        out, err = proc.communicate(timeout=deadline)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        code = -9
    else:
        code = proc.returncode
    text = err.decode("utf-8", "replace")
    rss = next((int(ln.split()[1]) * 1024 for ln in text.splitlines() if ln.startswith("MAXRSS ")), 0)
    return ScanRun(code, time.monotonic() - t0, rss, out.decode("utf-8", "replace"), text)


#: ``python -m ajar`` that reports its own peak RSS (KiB) on stderr as it exits
_RUN = ("import atexit, resource, runpy, sys\n"
        "peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "atexit.register(lambda: sys.stderr.write('MAXRSS %d\\n' % peak()))\n"
        "sys.argv = ['ajar', *sys.argv[1:]]\n"
        "runpy.run_module('ajar', run_name='__main__')\n")
