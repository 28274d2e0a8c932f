"""MQTT 3.1.1 control packets (OASIS MQTT 3.1.1 §2-3): what ajar sends while identifying, and
the fixed header, CONNACK and PUBLISH as a broker sends them.

A packet is a type byte, a "remaining length" in 1 to 4 bytes of 7 bits each (at most
268,435,455), and a body. Strings are a 2-byte big-endian length and UTF-8 bytes.
"""

from __future__ import annotations

import struct

from ajar.errors import ProtocolMismatch

#: the largest remaining length the encoding can hold (4 bytes of 7 bits)
MAX_REMAINING = 268_435_455
CONNACK_CODES = {
    0: "connection accepted",
    1: "unacceptable protocol version",
    2: "identifier rejected",
    3: "server unavailable",
    4: "bad user name or password",
    5: "not authorized",
}


def varint(n: int) -> bytes:
    """``n`` as a remaining length (1 to 4 bytes)."""
    if not 0 <= n <= MAX_REMAINING:
        raise ValueError("an MQTT remaining length is between 0 and 268,435,455")
    out = bytearray()
    while True:
        n, digit = divmod(n, 128)
        out.append(digit | (0x80 if n else 0))
        if not n:
            return bytes(out)


def remaining_length(data: bytes) -> tuple[int, int]:
    """(length, bytes used) of the remaining length at the start of ``data``.

    Raises :class:`ProtocolMismatch` when ``data`` ends first or a fifth byte would be needed.
    """
    length = 0
    for i in range(4):
        if i >= len(data):
            raise ProtocolMismatch("truncated MQTT remaining length")
        b = data[i]
        length |= (b & 0x7F) << (7 * i)
        if not b & 0x80:
            return length, i + 1
    raise ProtocolMismatch("malformed MQTT remaining length")


def string(s: str) -> bytes:
    """An MQTT string: 2-byte length and UTF-8 bytes."""
    b = s.encode()
    return struct.pack(">H", len(b)) + b


def connect_packet(client_id: str, keepalive: int) -> bytes:
    """An anonymous CONNECT, MQTT 3.1.1, clean session."""
    body = string("MQTT") + bytes([4, 0x02]) + struct.pack(">H", keepalive) + string(client_id)
    return b"\x10" + varint(len(body)) + body


def subscribe_packet(packet_id: int, topic: str) -> bytes:
    """A SUBSCRIBE to one topic filter at QoS 0."""
    body = struct.pack(">H", packet_id) + string(topic) + b"\x00"
    return b"\x82" + varint(len(body)) + body


def connack(packet: bytes) -> int:
    """The return code of a complete CONNACK packet (``20 02 flags rc``).

    Raises :class:`ProtocolMismatch` for anything else: another packet, a longer one, an
    impossible flag or return code.
    """
    if len(packet) != 4 or packet[:2] != b"\x20\x02":
        raise ProtocolMismatch("the reply to an MQTT CONNECT is not a CONNACK")
    flags, rc = packet[2], packet[3]
    if flags > 1 or rc not in CONNACK_CODES:
        raise ProtocolMismatch("CONNACK with an impossible flag or return code")
    return rc


def publish(head: int, body: bytes, payload_limit: int) -> tuple[str, bytes]:
    """(topic, payload cut to ``payload_limit``) of a PUBLISH body; the packet id of QoS 1/2 is skipped."""
    if head & 0xF0 != 0x30:
        raise ProtocolMismatch("not a PUBLISH packet")
    if len(body) < 2:
        raise ProtocolMismatch("truncated PUBLISH")
    n = struct.unpack(">H", body[:2])[0]
    if 2 + n > len(body):
        raise ProtocolMismatch("PUBLISH topic longer than its packet")
    topic = body[2 : 2 + n].decode("utf-8", "replace")
    skip = 2 + n + (2 if head & 0x06 else 0)
    if skip > len(body):
        raise ProtocolMismatch("PUBLISH packet id beyond its packet")
    return topic, body[skip : skip + payload_limit]
