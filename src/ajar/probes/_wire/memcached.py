"""Memcached's text protocol lines and binary protocol header (memcached ``protocol.txt`` and
``protocol-binary.xml``).

Text replies are ``\\r\\n``-ended lines: ``VERSION x``, ``STAT name value`` up to ``END``,
``key=<url-encoded> ... size=n`` from ``lru_crawler metadump``, ``VALUE key flags bytes`` then
the data. The binary header is 24 bytes: magic, opcode, key length, extras length, data type,
status (or vbucket), total body length, opaque, CAS.
"""

from __future__ import annotations

import re
import struct
from urllib.parse import unquote

from ajar.bounds import count_of
from ajar.errors import NotThisEngine, ProtocolMismatch

BIN_HEADER = struct.Struct(">BBHBBHIIQ")
BIN_VERSION, BIN_STAT = 0x0B, 0x10
#: the largest binary body ajar reads (a version string or one statistic)
MAX_BIN_BODY = 1 << 16
#: a key ajar may send back in a ``get``: memcached's own rule (1 to 250 bytes, no space or
#: control character), so a key the server listed can never smuggle a second command
#: (``foo\\r\\nflush_all``) into the line
KEY = re.compile(r"[^\x00-\x20\x7f]{1,250}")


def bin_request(opcode: int) -> bytes:
    """A binary-protocol request with no key, extras or body."""
    return BIN_HEADER.pack(0x80, opcode, 0, 0, 0, 0, 0, 0, 0)


def bin_response(header: bytes, opcode: int) -> tuple[int, int]:
    """(status, body length) of a 24-byte binary response header to ``opcode``.

    :class:`NotThisEngine` unless it is a response (magic 0x81) to that opcode with a body of
    at most :data:`MAX_BIN_BODY`."""
    if len(header) != BIN_HEADER.size:
        raise ProtocolMismatch("truncated memcached binary header")
    magic, op, _, _, _, status, total, _, _ = BIN_HEADER.unpack(header)
    if magic != 0x81 or op != opcode or total > MAX_BIN_BODY:
        raise NotThisEngine("not a memcached binary-protocol reply")
    return int(status), int(total)


def version_line(line: bytes) -> str | None:
    """The version of a ``VERSION x`` reply line, or None when ``line`` is not one."""
    if line.startswith(b"VERSION ") and line.endswith(b"\r\n") and len(line) < 120:
        return line[8:].strip().decode("ascii", "replace") or None
    return None


def stat_line(line: bytes) -> tuple[str, str] | None:
    """(name, value) of a ``STAT name value`` line, or None."""
    parts = line.decode("utf-8", "replace").split(" ", 2)
    if len(parts) == 3 and parts[0] == "STAT":
        return parts[1], parts[2].strip()
    return None


def metadump_line(line: bytes) -> tuple[str, int] | None:
    """(key, size) of an ``lru_crawler metadump`` line, or None when it names no key.

    The key is URL-decoded; the size is 0 when it is not a plausible count."""
    fields = dict(p.split("=", 1) for p in line.decode("utf-8", "replace").split() if "=" in p)
    if "key" not in fields:
        return None
    return unquote(fields["key"]), count_of(fields.get("size")) or 0


def sendable(key: str) -> bool:
    """Whether ``key`` may be sent back in a ``get`` line (see :data:`KEY`)."""
    return bool(KEY.fullmatch(key)) and len(key.encode()) <= 250


def value_header(line: bytes) -> tuple[str, int]:
    """(key, data length) of a ``VALUE key flags bytes [cas]`` line."""
    parts = line.split()
    if len(parts) < 4 or parts[0] != b"VALUE":
        raise ProtocolMismatch("memcached 'get' reply is not a VALUE line")
    size = count_of(parts[3])
    if size is None:
        raise ProtocolMismatch("memcached VALUE line with an impossible length")
    return parts[1].decode("utf-8", "replace"), size
