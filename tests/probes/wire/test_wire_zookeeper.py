"""ZooKeeper's jute codec against truncated, garbage and oversized frames."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ajar.errors import NotThisEngine, ProtocolMismatch
from ajar.probes._wire import zookeeper as wire
from tests.wire_fuzz import FUZZ, every_cut_refused, garbage, refuses_or_returns

RESPONSE = struct.pack(">iiqi", 0, 30000, 77, 16) + b"p" * 16 + b"\x00"
STAT = wire.STAT.pack(1, 2, 3, 4, 0, 0, 0, 0, 5, 1, 6)


def test_connect_response_is_the_only_reply_that_names_zookeeper() -> None:
    assert wire.connect_response(RESPONSE) == (30000, 77)
    assert wire.connect_response(RESPONSE[:-1]) == (30000, 77)  # 3.3 servers: no read-only flag
    every_cut_refused(wire.connect_response, RESPONSE[:-1])
    for other in (b"", b"SSH-2.0-OpenSSH_9.2p1\r\n" + b"\x00" * 13, b"\x00" * 36, RESPONSE + b"\x00"):
        with pytest.raises(NotThisEngine):
            wire.connect_response(other)


def test_frame_lengths_out_of_range_are_refused() -> None:
    for n in (0, -1, wire.MAX_FRAME + 1, 2**31 - 1):
        with pytest.raises(ProtocolMismatch):
            wire.frame_length(struct.pack(">i", n))
    with pytest.raises(ProtocolMismatch):
        wire.frame_length(b"\x00\x01")
    assert wire.frame_length(struct.pack(">i", 16)) == 16


def test_a_vector_longer_than_its_frame_is_refused_before_allocation() -> None:
    payload = struct.pack(">iqi", 1, 1, 0) + struct.pack(">i", 2**31 - 1) + b"\x00" * 64
    _, _, r = wire.reply_header(payload)
    with pytest.raises(ProtocolMismatch):
        wire.children(r)


def test_children_and_acl_round_trip_and_every_cut_is_refused() -> None:
    body = struct.pack(">i", 2) + wire.jstr("a") + wire.jstr("b\udcff".encode("utf-8", "surrogatepass").decode(
        "utf-8", "replace")) + STAT
    names, stat = wire.children(wire.Reader(body))
    assert names[0] == "a" and stat[2] == 3
    every_cut_refused(lambda b: wire.children(wire.Reader(b)), body)
    acl = struct.pack(">i", 1) + struct.pack(">i", 31) + wire.jstr("world") + wire.jstr("anyone")
    assert wire.acl(wire.Reader(acl)) == [("world", "anyone", 31)]
    every_cut_refused(lambda b: wire.acl(wire.Reader(b)), acl)


@FUZZ
@given(garbage)
def test_garbage_is_refused_or_parsed(data: bytes) -> None:
    refuses_or_returns(wire.connect_response, data)
    refuses_or_returns(wire.frame_length, data[:4])
    refuses_or_returns(lambda b: wire.children(wire.reply_header(b)[2]), data)
    refuses_or_returns(lambda b: wire.acl(wire.reply_header(b)[2]), data)


@FUZZ
@given(st.integers(min_value=-(2**31), max_value=2**31 - 1), st.binary(max_size=256))
def test_declared_lengths_never_reach_past_the_frame(n: int, tail: bytes) -> None:
    r = wire.Reader(struct.pack(">i", n) + tail)
    got = refuses_or_returns(lambda _: r.buffer(), b"")
    assert got is None or len(got) <= len(tail)
