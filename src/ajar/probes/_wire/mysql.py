"""MySQL's client/server protocol: the packet header and the server's first packet, the
Initial Handshake (protocol 10, or 9) or an ERR packet (MySQL Internals, "Connection Phase").

A packet is a 3-byte little-endian length, a sequence number, and the payload. The greeting is
protocol version, NUL-terminated server version, thread id, 8 bytes of scramble, a filler,
capability flags (low 16 bits), charset, status, capability flags (high 16 bits), the length of
the auth data, 10 reserved bytes, the rest of the scramble, and the auth plugin name.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from ajar.errors import NotThisEngine

#: the largest greeting ajar reads (a real one is under 100 bytes)
MAX_GREETING = 4096


@dataclass
class Greeting:
    """What the server's first packet says."""

    protocol: int
    version: str | None = None
    capabilities: int = 0
    plugin: str = ""
    error_code: int | None = None
    error: str = ""


def greeting_length(head: bytes) -> int:
    """The payload length of the first packet's 4-byte header (sequence 0, 1..MAX_GREETING)."""
    if len(head) != 4:
        raise NotThisEngine("a truncated MySQL packet header")
    length, seq = head[0] | head[1] << 8 | head[2] << 16, head[3]
    if seq != 0 or not 1 <= length <= MAX_GREETING:
        raise NotThisEngine("the first packet is not a MySQL greeting")
    return length


def parse_greeting(payload: bytes) -> Greeting:
    """The greeting (or ERR packet) in ``payload``; :class:`NotThisEngine` when it is neither."""
    if not payload:
        raise NotThisEngine("empty MySQL greeting")
    if payload[0] == 0xFF:
        if len(payload) < 3:
            raise NotThisEngine("short error packet")
        code = struct.unpack("<H", payload[1:3])[0]
        msg = payload[3:]
        if msg[:1] == b"#":
            msg = msg[6:]
        if not 1000 <= code < 5000:
            raise NotThisEngine("an error packet with a code MySQL does not use")
        return Greeting(0, error_code=code, error=msg.decode("utf-8", "replace")[:200])
    if payload[0] not in (9, 10):
        raise NotThisEngine("not a MySQL protocol 9/10 greeting")
    end = payload.find(b"\x00", 1)
    if end < 2 or end > 80:
        raise NotThisEngine("a MySQL greeting needs a NUL-terminated version string")
    version = payload[1:end].decode("ascii", "replace")
    if not re.match(r"^\d+\.\d+", version):
        raise NotThisEngine("the greeting's version string is not a version")
    g = Greeting(payload[0], version)
    p = end + 1 + 4 + 8 + 1
    if len(payload) >= p + 2:
        g.capabilities = struct.unpack("<H", payload[p:p + 2])[0]
    if len(payload) >= p + 7:
        g.capabilities |= struct.unpack("<H", payload[p + 5:p + 7])[0] << 16
        auth_len = payload[p + 7] if len(payload) > p + 7 else 0
        q = p + 8 + 10 + max(13, auth_len - 8)
        if len(payload) > q:
            g.plugin = payload[q:].split(b"\x00", 1)[0].decode("ascii", "replace")
    return g
