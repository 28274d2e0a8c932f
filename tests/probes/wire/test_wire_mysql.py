"""MySQL greeting codec against truncated, garbage and oversized first packets."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given

from ajar.errors import NotThisEngine
from ajar.probes._wire import mysql as wire
from tests.wire_fuzz import FUZZ, every_cut_refused, garbage, refuses_or_returns

GREETING = (b"\x0a8.0.36\x00" + struct.pack("<I", 7) + b"abcdefgh\x00" + struct.pack("<H", 0xFFFF) + b"\x21"
            + struct.pack("<H", 2) + struct.pack("<H", 0x000F) + b"\x15" + b"\x00" * 10 + b"ijklmnopqrst\x00"
            + b"caching_sha2_password\x00")


def test_greeting_parses() -> None:
    g = wire.parse_greeting(GREETING)
    assert g.version == "8.0.36" and g.plugin == "caching_sha2_password" and g.capabilities & 0x0800
    every_cut_refused(wire.greeting_length, struct.pack("<I", len(GREETING))[:3] + b"\x00")


def test_error_packet_and_foreign_first_packets() -> None:
    g = wire.parse_greeting(b"\xff" + struct.pack("<H", 1130) + b"Host is not allowed")
    assert g.error_code == 1130
    for other in (b"", b"SSH-2.0-x", b"\x0aSSH\x00", b"\xff\x01\x00x", b"\x0a" + b"8" * 100 + b"\x00"):
        with pytest.raises(NotThisEngine):
            wire.parse_greeting(other)
    for head in (b"SSH-", b"220 ", b"\xff\xff\xff\x00", b"\x10\x00\x00\x01"):
        with pytest.raises(NotThisEngine):
            wire.greeting_length(head)


@FUZZ
@given(garbage)
def test_garbage_is_refused_or_parsed(data: bytes) -> None:
    refuses_or_returns(wire.parse_greeting, data)
    refuses_or_returns(wire.greeting_length, data[:4])
    refuses_or_returns(wire.parse_greeting, GREETING[: len(data) % len(GREETING)] + data)
