"""Discovery from another scanner's output: masscan ``-oJ``/``-oL``, nmap ``-oX``, naabu ``-json``.

Users who sweep a large block with masscan let ajar do the application-layer work
(``ajar scan SCOPE --from-discovery FILE``). The file says where ports are open; it never
widens the scope: every entry is checked against the targets named on the command line,
and one outside is counted and dropped, never contacted.

The file is read as a stream (one record at a time, lines bounded in length, XML elements
freed as they are read), so that a file of millions of entries costs flat memory. The
format is recognised from the content, not the name.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ajar.errors import TargetError

_MAX_LINE = 1 << 20  # a discovery record is a few hundred bytes; a longer line is not one


@dataclass(frozen=True)
class Discovered:
    """One open TCP port named by the file."""

    host: str
    port: int


def _port(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("Port", value.get("port"))
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 65536:
        return value
    if isinstance(value, str) and value.isdigit() and 0 < int(value) < 65536:
        return int(value)
    return None


def _lines(f: IO[str]) -> Iterator[str]:
    while line := f.readline(_MAX_LINE):
        if len(line) >= _MAX_LINE and not line.endswith("\n"):
            raise TargetError("the discovery file has a line longer than 1 MiB: it is not scanner output")
        yield line.strip()


def _json_records(f: IO[str]) -> Iterator[Discovered]:
    """masscan -oJ (an array, one object per line) and naabu -json (JSON lines)."""
    for line in _lines(f):
        line = line.rstrip(",")
        if not line.startswith("{"):
            continue  # "[", "]" and blank lines of masscan's array
        try:
            rec = json.loads(line)
        except ValueError:
            continue  # counted by the caller as nothing found; a torn last line is common
        if not isinstance(rec, dict):
            continue
        ip = rec.get("ip") or rec.get("host")
        if not isinstance(ip, str):
            continue
        if isinstance(rec.get("ports"), list):  # masscan
            for p in rec["ports"]:
                if isinstance(p, dict) and p.get("status", "open") == "open" and p.get("proto", "tcp") == "tcp":
                    if (port := _port(p.get("port"))) is not None:
                        yield Discovered(ip, port)
        elif rec.get("protocol", "tcp") == "tcp" and (port := _port(rec.get("port"))) is not None:  # naabu
            yield Discovered(ip, port)


def _list_records(f: IO[str]) -> Iterator[Discovered]:
    """masscan -oL: ``open tcp 6379 192.0.2.7 1700000000``."""
    for line in _lines(f):
        parts = line.split()
        if len(parts) >= 4 and parts[0] == "open" and parts[1] == "tcp" and (port := _port(parts[2])):
            yield Discovered(parts[3], port)


def _nmap_records(f: IO[bytes]) -> Iterator[Discovered]:
    """nmap -oX: each ``<host>`` with its ``<address>`` and open ``<port protocol="tcp">``."""
    for _, el in ET.iterparse(f, events=("end",)):
        if el.tag != "host":
            continue
        addrs = [a.get("addr") for a in el.findall("address") if a.get("addrtype") in ("ipv4", "ipv6")]
        for p in el.iter("port"):
            state = p.find("state")
            if p.get("protocol") == "tcp" and state is not None and state.get("state") == "open":
                port = _port(p.get("portid"))
                for a in addrs:
                    if a and port:
                        yield Discovered(a, port)
        el.clear()


def read_discovery(path: str) -> Iterator[Discovered]:
    """Every open TCP port in a masscan/nmap/naabu output file, streamed.

    The format is checked at once: raises :class:`TargetError` (exit 2) when the file cannot
    be read or is none of these, before any record is read.
    """
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(65536)
    except OSError as e:
        raise TargetError(f"discovery file {path!r} cannot be read ({e.strerror}); check the path "
                          "given to --from-discovery") from e
    text = head.lstrip().decode("utf-8", errors="replace")
    if text.startswith("<"):
        if "<!ENTITY" in text:
            raise TargetError(f"discovery file {path!r} declares XML entities: nmap -oX output never does")
        if "<nmaprun" not in text:
            raise TargetError(f"discovery file {path!r} is XML but not nmap -oX output")
        return _xml(path)
    if text.startswith(("#masscan", "open ", "#")):
        return _text(path, _list_records)
    if text.startswith(("[", "{")):
        return _text(path, _json_records)
    raise TargetError(f"discovery file {path!r} is not masscan -oJ/-oL, nmap -oX or naabu -json output")


def _xml(path: str) -> Iterator[Discovered]:
    try:
        with open(path, "rb") as fb:
            yield from _nmap_records(fb)
    except ET.ParseError as e:
        raise TargetError(f"discovery file {path!r} is not well-formed XML ({e})") from e


def _text(path: str, kind: Callable[[IO[str]], Iterator[Discovered]]) -> Iterator[Discovered]:
    try:
        with open(path, encoding="utf-8") as f:
            yield from kind(f)
    except UnicodeDecodeError as e:
        raise TargetError(f"discovery file {path!r} is not UTF-8 text") from e
