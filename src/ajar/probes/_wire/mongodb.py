"""MongoDB's wire protocol: the 16-byte message header, OP_MSG (3.6+), the legacy OP_QUERY
``isMaster`` and its OP_REPLY, each carrying BSON documents.

Header: ``messageLength, requestID, responseTo, opCode`` (little-endian int32). OP_MSG body:
``flagBits`` (uint32), then sections; kind 0 is one BSON document. OP_REPLY body:
``responseFlags, cursorID (int64), startingFrom, numberReturned``, then the documents.
"""

from __future__ import annotations

import struct
from typing import Any

import bson

from ajar.errors import NotThisEngine, ProtocolMismatch

OP_REPLY, OP_QUERY, OP_MSG = 1, 2004, 2013
HEADER = struct.Struct("<iiii")
#: the largest message ajar reads during identification (MongoDB's own BSON limit is 16 MiB)
MAX_HELLO = 16 * 1024 * 1024


def op_msg(doc: dict[str, Any], request_id: int) -> bytes:
    """An OP_MSG with one kind-0 section holding ``doc``."""
    body = struct.pack("<I", 0) + b"\x00" + bson.encode(doc)
    return HEADER.pack(16 + len(body), request_id, 0, OP_MSG) + body


def op_query_ismaster(request_id: int) -> bytes:
    """The legacy handshake: OP_QUERY ``{isMaster: 1}`` on ``admin.$cmd``."""
    body = struct.pack("<i", 0) + b"admin.$cmd\x00" + struct.pack("<ii", 0, -1) + bson.encode({"isMaster": 1})
    return HEADER.pack(16 + len(body), request_id, 0, OP_QUERY) + body


def body_length(header: bytes, limit: int = MAX_HELLO) -> int:
    """The body length a 16-byte header announces; :class:`NotThisEngine` outside ``1..limit``."""
    if len(header) != HEADER.size:
        raise ProtocolMismatch("truncated MongoDB message header")
    length = HEADER.unpack(header)[0]
    if not HEADER.size < length <= limit:
        raise NotThisEngine("reply is not a MongoDB wire message")
    return int(length) - HEADER.size


def _document(data: bytes) -> dict[str, Any]:
    """The one BSON document ``data`` must hold exactly (its declared size is checked first)."""
    if len(data) < 5 or struct.unpack("<i", data[:4])[0] != len(data):
        raise ProtocolMismatch("the BSON document's size does not match its reply")
    return dict(bson.decode(data))


def parse_reply(header: bytes, body: bytes) -> dict[str, Any]:
    """The document of an OP_MSG (kind-0 section) or OP_REPLY; :class:`ProtocolMismatch` when
    malformed, :class:`NotThisEngine` for another op code."""
    if len(header) != HEADER.size:
        raise ProtocolMismatch("truncated MongoDB message header")
    opcode = HEADER.unpack(header)[3]
    try:
        if opcode == OP_MSG:
            if body[4:5] != b"\x00":
                raise ProtocolMismatch("OP_MSG reply without a body section")
            size = struct.unpack("<i", body[5:9])[0] if len(body) >= 9 else -1
            if size < 5 or 5 + size > len(body):
                raise ProtocolMismatch("OP_MSG section longer than its reply")
            return _document(body[5 : 5 + size])
        if opcode == OP_REPLY:
            return _document(body[20:])
    except (bson.errors.BSONError, IndexError, struct.error, RecursionError, ValueError, OverflowError) as e:
        raise ProtocolMismatch("malformed BSON in the reply") from e
    raise NotThisEngine(f"unexpected wire opcode {opcode}")
