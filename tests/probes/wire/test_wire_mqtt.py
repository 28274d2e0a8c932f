"""MQTT packet codec against truncated, garbage and oversized packets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ajar.errors import ProtocolMismatch
from ajar.probes._wire import mqtt as wire
from tests.wire_fuzz import FUZZ, every_cut_refused, garbage, refuses_or_returns


@FUZZ
@given(st.integers(min_value=0, max_value=wire.MAX_REMAINING))
def test_remaining_length_round_trips(n: int) -> None:
    enc = wire.varint(n)
    assert 1 <= len(enc) <= 4
    assert wire.remaining_length(enc + b"tail") == (n, len(enc))
    every_cut_refused(wire.remaining_length, enc)


def test_a_fifth_length_byte_is_refused() -> None:
    with pytest.raises(ProtocolMismatch):
        wire.remaining_length(b"\xff\xff\xff\xff\x01")
    with pytest.raises(ValueError):
        wire.varint(wire.MAX_REMAINING + 1)


def test_connack_only_from_a_connack() -> None:
    assert wire.connack(b"\x20\x02\x00\x05") == 5
    every_cut_refused(wire.connack, b"\x20\x02\x01\x00")
    for other in (b"\x20\x02\x02\x00", b"\x20\x02\x00\x06", b"\x20\x03\x00\x00", b"\x10\x02\x00\x00",
                  b"SSH-", b"\x20\x02\x00\x00\x00"):
        with pytest.raises(ProtocolMismatch):
            wire.connack(other)


def test_publish_topic_and_payload_are_bounded_by_the_packet() -> None:
    body = b"\x00\x05a/b/c" + b"payload"
    assert wire.publish(0x30, body, 3) == ("a/b/c", b"pay")
    assert wire.publish(0x32, b"\x00\x01t\x00\x07" + b"data", 100) == ("t", b"data")  # QoS 1: packet id skipped
    every_cut_refused(lambda b: wire.publish(0x30, b, 10), b"\x00\x05a/b/c")
    with pytest.raises(ProtocolMismatch):
        wire.publish(0x30, b"\xff\xff" + b"x" * 10, 10)  # a topic longer than its packet
    with pytest.raises(ProtocolMismatch):
        wire.publish(0x90, body, 10)


@FUZZ
@given(st.integers(min_value=0, max_value=255), garbage)
def test_garbage_is_refused_or_parsed(head: int, data: bytes) -> None:
    refuses_or_returns(wire.remaining_length, data)
    refuses_or_returns(wire.connack, data[:4])
    got = refuses_or_returns(lambda b: wire.publish(head, b, 64), data)
    assert got is None or (len(got[1]) <= 64 and len(got[0]) <= len(data))


def test_packets_ajar_sends() -> None:
    connect = wire.connect_packet("ajar-1", 10)
    assert connect[0] == 0x10 and wire.remaining_length(connect[1:]) == (len(connect) - 2, 1)
    sub = wire.subscribe_packet(1, "$SYS/broker/version")
    assert sub[0] == 0x82 and sub.endswith(b"\x00")
