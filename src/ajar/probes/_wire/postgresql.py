"""PostgreSQL's frontend/backend protocol v3 (PostgreSQL docs, "Message Formats"), as far as ajar
speaks it raw: SSLRequest, StartupMessage, and the backend messages of the startup phase.

Frontend messages before the startup have no type byte: a 4-byte length (itself included) and
the body. Backend messages are a type byte, a 4-byte length (itself included) and the payload.
"""

from __future__ import annotations

import struct

from ajar.errors import NotThisEngine

SSL_REQUEST = struct.pack("!ii", 8, 80877103)
PROTOCOL_3 = 196608
#: backend message types of the startup phase: Authentication, ErrorResponse, BackendKeyData,
#: ParameterStatus, ReadyForQuery, NoticeResponse
STARTUP_REPLIES = b"REKSZN"
#: the largest startup-phase message ajar reads
MAX_MESSAGE = 65536


def startup_message(params: dict[str, str]) -> bytes:
    """A protocol 3.0 StartupMessage with ``params`` (user, database...)."""
    body = struct.pack("!i", PROTOCOL_3)
    body += b"".join(k.encode() + b"\x00" + v.encode() + b"\x00" for k, v in params.items()) + b"\x00"
    return struct.pack("!i", len(body) + 4) + body


def message_header(head: bytes) -> tuple[bytes, int]:
    """(type, payload length) of a 5-byte backend message header in the startup phase.

    :class:`NotThisEngine` for a type the startup phase never sends or a length outside
    ``4..MAX_MESSAGE``."""
    if len(head) != 5:
        raise NotThisEngine("a truncated PostgreSQL message header")
    kind, length = head[:1], int(struct.unpack("!i", head[1:])[0])
    if kind not in STARTUP_REPLIES or not 4 <= length <= MAX_MESSAGE:
        raise NotThisEngine("the reply to the StartupMessage is not a PostgreSQL message")
    return kind, length - 4


def error_fields(body: bytes) -> dict[str, str]:
    """The fields of an ErrorResponse or NoticeResponse payload, by their one-letter code."""
    out: dict[str, str] = {}
    for part in body.split(b"\x00"):
        if part:
            out[chr(part[0])] = part[1:].decode("utf-8", "replace")
    return out


def auth_request(payload: bytes) -> int:
    """The code of an Authentication message payload (0 ok, 3 cleartext, 5 MD5, 10 SASL...)."""
    if len(payload) < 4:
        raise NotThisEngine("a short authentication request")
    return int(struct.unpack("!i", payload[:4])[0])
