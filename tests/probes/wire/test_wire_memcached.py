"""Memcached text lines and binary header against truncated, garbage and oversized replies."""

from __future__ import annotations

import pytest
from hypothesis import given

from ajar.errors import NotThisEngine, ProtocolMismatch
from ajar.probes._wire import memcached as wire
from tests.wire_fuzz import FUZZ, every_cut_refused, garbage, refuses_or_returns


def test_binary_header() -> None:
    ok = wire.BIN_HEADER.pack(0x81, wire.BIN_VERSION, 0, 0, 0, 0, 6, 0, 0)
    assert wire.bin_response(ok, wire.BIN_VERSION) == (0, 6)
    every_cut_refused(lambda b: wire.bin_response(b, wire.BIN_VERSION), ok)
    for bad in (wire.BIN_HEADER.pack(0x80, wire.BIN_VERSION, 0, 0, 0, 0, 6, 0, 0),
                wire.BIN_HEADER.pack(0x81, wire.BIN_STAT, 0, 0, 0, 0, 6, 0, 0),
                wire.BIN_HEADER.pack(0x81, wire.BIN_VERSION, 0, 0, 0, 0, 2**32 - 1, 0, 0)):
        with pytest.raises(NotThisEngine):
            wire.bin_response(bad, wire.BIN_VERSION)


def test_text_lines() -> None:
    assert wire.version_line(b"VERSION 1.6.21\r\n") == "1.6.21"
    assert wire.version_line(b"VERSION 1.6.21") is None and wire.version_line(b"ERROR\r\n") is None
    assert wire.stat_line(b"STAT curr_items 5\r\n") == ("curr_items", "5")
    assert wire.metadump_line(b"key=a%3Ab exp=-1 size=12\r\n") == ("a:b", 12)
    assert wire.metadump_line(b"key=a size=" + b"9" * 401 + b"\r\n") == ("a", 0)  # no 401-digit size
    assert wire.value_header(b"VALUE k 0 12\r\n") == ("k", 12)
    for bad in (b"VALUE k 0 -1\r\n", b"VALUE k 0 " + b"9" * 401 + b"\r\n", b"VALUE k\r\n", b"END\r\n"):
        with pytest.raises(ProtocolMismatch):
            wire.value_header(bad)


def test_keys_that_would_smuggle_a_command_are_never_sent() -> None:
    assert wire.sendable("user:1")
    for bad in ("a\r\nflush_all", "a b", "", "k" * 251, "é" * 126, "\x1b]0;x\x07"):
        assert not wire.sendable(bad), repr(bad)


@FUZZ
@given(garbage)
def test_garbage_is_refused_or_parsed(data: bytes) -> None:
    refuses_or_returns(lambda b: wire.bin_response(b, wire.BIN_VERSION), data[:24])
    wire.version_line(data)
    wire.stat_line(data)
    got = wire.metadump_line(data)
    assert got is None or got[1] < 2**63
    refuses_or_returns(wire.value_header, data)
