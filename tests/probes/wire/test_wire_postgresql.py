"""PostgreSQL startup-phase codec against truncated, garbage and oversized messages."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given

from ajar.errors import NotThisEngine
from ajar.probes._wire import postgresql as wire
from tests.wire_fuzz import FUZZ, every_cut_refused, garbage, refuses_or_returns


def test_startup_message_shape() -> None:
    msg = wire.startup_message({"user": "postgres", "database": "postgres"})
    assert struct.unpack("!ii", msg[:8]) == (len(msg), wire.PROTOCOL_3) and msg.endswith(b"\x00\x00")


def test_message_headers() -> None:
    assert wire.message_header(b"R" + struct.pack("!i", 8)) == (b"R", 4)
    every_cut_refused(wire.message_header, b"R" + struct.pack("!i", 8))
    for bad in (b"S" + b"SH-2", b"X" + struct.pack("!i", 8), b"E" + struct.pack("!i", 2**31 - 1),
                b"E" + struct.pack("!i", 3)):
        with pytest.raises(NotThisEngine):
            wire.message_header(bad)


def test_error_fields_and_auth_codes() -> None:
    f = wire.error_fields(b"SFATAL\x00C28P01\x00Mpassword authentication failed\x00\x00")
    assert f["C"] == "28P01" and f["S"] == "FATAL"
    assert wire.auth_request(struct.pack("!i", 10) + b"SCRAM-SHA-256\x00\x00") == 10
    every_cut_refused(wire.auth_request, struct.pack("!i", 0))


@FUZZ
@given(garbage)
def test_garbage_is_refused_or_parsed(data: bytes) -> None:
    refuses_or_returns(wire.message_header, data[:5])
    assert isinstance(wire.error_fields(data), dict)
    refuses_or_returns(wire.auth_request, data)
