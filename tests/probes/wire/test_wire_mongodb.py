"""MongoDB wire codec (OP_MSG, OP_QUERY/OP_REPLY) against truncated, garbage and oversized messages."""

from __future__ import annotations

import struct

import bson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ajar.errors import NotThisEngine, ProtocolMismatch
from ajar.probes._wire import mongodb as wire
from tests.wire_fuzz import FUZZ, every_cut_refused, garbage, refuses_or_returns

DOC = {"ismaster": True, "maxWireVersion": 21, "ok": 1.0}


def _msg(doc: dict[str, object], opcode: int = wire.OP_MSG) -> tuple[bytes, bytes]:
    if opcode == wire.OP_MSG:
        body = struct.pack("<I", 0) + b"\x00" + bson.encode(doc)
    else:
        body = struct.pack("<iqii", 0, 0, 0, 1) + bson.encode(doc)
    return wire.HEADER.pack(16 + len(body), 1, 1, opcode), body


def test_replies_parse_and_every_cut_body_is_refused() -> None:
    for opcode in (wire.OP_MSG, wire.OP_REPLY):
        header, body = _msg(DOC, opcode)
        assert wire.parse_reply(header, body) == DOC
        assert wire.body_length(header) == len(body)
        every_cut_refused(lambda b, h=header: wire.parse_reply(h, b), body)


def test_declared_sizes_beyond_the_bound_are_refused() -> None:
    for n in (0, 16, wire.MAX_HELLO + 1, 2**31 - 1, -5):
        with pytest.raises(NotThisEngine):
            wire.body_length(wire.HEADER.pack(n, 1, 1, wire.OP_MSG))
    header, body = _msg(DOC)
    grown = body[:5] + struct.pack("<i", 2**31 - 1) + body[9:]  # a section that claims 2 GiB
    with pytest.raises(ProtocolMismatch):
        wire.parse_reply(header, grown)


def test_other_opcodes_are_not_mongodb() -> None:
    header, body = _msg(DOC)
    with pytest.raises(NotThisEngine):
        wire.parse_reply(wire.HEADER.pack(16 + len(body), 1, 1, wire.OP_QUERY), body)


def test_deep_documents_are_refused_not_crashed() -> None:
    deep = b"".join(b"\x03d\x00" for _ in range(5000))  # nested documents without ends
    header = wire.HEADER.pack(16 + 5 + 4 + len(deep), 1, 1, wire.OP_MSG)
    body = struct.pack("<I", 0) + b"\x00" + struct.pack("<i", 4 + len(deep) + 1) + deep + b"\x00"
    refuses_or_returns(lambda b: wire.parse_reply(header, b), body)


@FUZZ
@given(st.sampled_from([wire.OP_MSG, wire.OP_REPLY, wire.OP_QUERY, 0]), garbage)
def test_garbage_is_refused_or_parsed(opcode: int, data: bytes) -> None:
    header = wire.HEADER.pack(16 + len(data), 1, 1, opcode)
    got = refuses_or_returns(lambda b: wire.parse_reply(header, b), data)
    assert got is None or isinstance(got, dict)
    refuses_or_returns(wire.body_length, data[:16])
