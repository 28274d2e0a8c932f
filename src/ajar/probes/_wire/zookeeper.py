"""ZooKeeper's jute client protocol: length-prefixed frames of big-endian fields.

A frame is a 4-byte length and a payload. Requests: ``ConnectRequest`` (protocol version,
last zxid, timeout, session id, password, read-only flag), then ``xid, op`` and the op's
arguments. Replies: ``ConnectResponse`` (protocol version, timeout, session id, 16-byte
password, read-only flag); then ``xid, zxid, err`` and the op's result.
"""

from __future__ import annotations

import struct

from ajar.errors import NotThisEngine, ProtocolMismatch

OP_GET_DATA, OP_GET_ACL, OP_GET_CHILDREN2, OP_CLOSE = 4, 6, 12, -11
#: a reply frame larger than this is refused (ZooKeeper's own default jute.maxbuffer is 1 MiB)
MAX_FRAME = 4 << 20
STAT = struct.Struct(">qqqqiiiqiiq")
_CONNECT_RESPONSE_SIZES = (36, 37)


class Reader:
    """Reads jute fields from one frame; raises :class:`ProtocolMismatch` past its end."""

    def __init__(self, buf: bytes) -> None:
        self.buf, self.pos = buf, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.buf):
            raise ProtocolMismatch("truncated ZooKeeper reply")
        out = self.buf[self.pos : self.pos + n]
        self.pos += n
        return out

    def i32(self) -> int:
        return int(struct.unpack(">i", self.take(4))[0])

    def i64(self) -> int:
        return int(struct.unpack(">q", self.take(8))[0])

    def buffer(self) -> bytes | None:
        n = self.i32()
        return None if n < 0 else self.take(n)

    def string(self) -> str:
        b = self.buffer()
        return "" if b is None else b.decode("utf-8", "replace")

    def vector_len(self) -> int:
        """A vector's length, refused when the frame cannot hold that many 4-byte entries."""
        n = self.i32()
        if n > (len(self.buf) - self.pos) // 4 + 1:
            raise ProtocolMismatch("ZooKeeper vector longer than its reply")
        return max(n, 0)

    def stat(self) -> tuple[int, ...]:
        return tuple(STAT.unpack(self.take(STAT.size)))


def jstr(s: str) -> bytes:
    """A jute string: 4-byte length and UTF-8 bytes."""
    b = s.encode()
    return struct.pack(">i", len(b)) + b


def frame(payload: bytes) -> bytes:
    """A frame: 4-byte length and the payload."""
    return struct.pack(">i", len(payload)) + payload


def frame_length(head: bytes) -> int:
    """The payload length a 4-byte frame header announces, refused outside ``1..MAX_FRAME``."""
    if len(head) != 4:
        raise ProtocolMismatch("truncated ZooKeeper frame header")
    n = int(struct.unpack(">i", head)[0])
    if not 0 < n <= MAX_FRAME:
        raise ProtocolMismatch("ZooKeeper frame length out of range")
    return n


def connect_request(session_ms: int) -> bytes:
    """An anonymous ConnectRequest (protocol 0, no session, empty password, not read-only)."""
    return frame(struct.pack(">iqiq", 0, 0, session_ms, 0) + struct.pack(">i", 16) + b"\x00" * 16 + b"\x00")


def connect_response(payload: bytes) -> tuple[int, int]:
    """(timeout ms, session id) of a ConnectResponse payload.

    Only a ConnectResponse and nothing else passes: protocol version 0, a 16-byte password, and
    (3.4+) the read-only flag; anything else raises :class:`NotThisEngine`.
    """
    if (len(payload) not in _CONNECT_RESPONSE_SIZES or payload[:4] != b"\x00\x00\x00\x00"
            or payload[16:20] != b"\x00\x00\x00\x10"):
        raise NotThisEngine("the reply to a ConnectRequest is not a ZooKeeper ConnectResponse")
    r = Reader(payload)
    r.i32()  # protocol version
    timeout = r.i32()
    return timeout, r.i64()


def request(xid: int, op: int, args: bytes = b"") -> bytes:
    """One request frame: xid, op code and the op's serialised arguments."""
    return frame(struct.pack(">ii", xid, op) + args)


def reply_header(payload: bytes) -> tuple[int, int, Reader]:
    """(xid, err, reader positioned at the result) of a reply payload."""
    r = Reader(payload)
    xid = r.i32()
    r.i64()  # zxid
    return xid, r.i32(), r


def children(r: Reader) -> tuple[list[str], tuple[int, ...]]:
    """A getChildren2 result: child names and the node's stat."""
    count = r.vector_len()
    names = [r.string() for _ in range(count)]
    return names, r.stat()


def acl(r: Reader) -> list[tuple[str, str, int]]:
    """A getACL result: (scheme, id, permission bits) per entry."""
    entries = []
    for _ in range(r.vector_len()):
        bits = r.i32()
        entries.append((r.string(), r.string(), bits))
    return entries
