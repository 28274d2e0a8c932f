"""Redis probe against the lab's real servers: open on 127.0.0.2, password on 127.0.0.3."""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import threading
from pathlib import Path

import pytest

from ajar.errors import ForbiddenCommand
from ajar.models import Access, Status
from ajar.net import Scope
from ajar.probes.base import Limits, Target
from ajar.probes.redis import RedisProbe, ReplyTooLarge, _BoundedParser
from tests.conftest import LOCKED, OPEN
from tests.hostile_engines import ENGINES, serve
from tests.support import scan

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/24")])


async def _scan(host: str, port: int = 6379, sample: int = 20) -> object:
    return await scan(host, port, sample=sample)


async def test_open_redis_is_read_and_classified(lab: Path) -> None:
    svc = await _scan(OPEN)
    assert svc.engine == "redis" and svc.status == Status.SUCCESS  # type: ignore[attr-defined]
    assert svc.access == Access.OPEN and svc.version  # type: ignore[attr-defined]
    assert svc.rights.read and svc.rights.write  # type: ignore[attr-defined]
    names = {d.name for d in svc.datasets}  # type: ignore[attr-defined]
    assert any(n.startswith("db0.session") for n in names)
    assert all(d.sampled <= 20 for d in svc.datasets)  # type: ignore[attr-defined]
    cats = {c.value for c in svc.categories}  # type: ignore[attr-defined]
    assert {"contact.email", "network.ip_address"} <= cats
    # protected mode off is a dangerous setting the table knows (issue 8), with Redis's own advice
    setting = next(f for f in svc.findings if f.rule == "weak.dangerous_setting")  # type: ignore[attr-defined]
    assert "protected-mode no" in setting.detail and "protected-mode yes" in setting.remediation


async def test_locked_redis_is_auth_required_with_evidence(lab: Path) -> None:
    svc = await _scan(LOCKED)
    assert svc.engine == "redis" and svc.access == Access.AUTH_REQUIRED  # type: ignore[attr-defined]
    assert not svc.datasets  # type: ignore[attr-defined]
    assert any("Authentication" in e.reply or "NOAUTH" in e.reply for e in svc.evidence)  # type: ignore[attr-defined]
    assert svc.severity.value in ("info", "low")  # type: ignore[attr-defined]


async def test_undeclared_command_is_refused_before_it_leaves(lab: Path) -> None:
    probe = RedisProbe(Target(OPEN, 6379), SCOPE, Limits())
    try:
        with pytest.raises(ForbiddenCommand):
            await probe._call(0, "SET", "ajar:test", "x")  # noqa: SLF001 - the guard itself is under test
    finally:
        await probe.close()


def _monitor(stop: threading.Event, lines: list[str], ready: threading.Event) -> None:
    s = socket.create_connection((OPEN, 6379), timeout=1)
    s.sendall(b"MONITOR\r\n")
    buf = b""
    ready.set()
    while not stop.is_set():
        try:
            chunk = s.recv(65536)
        except TimeoutError:
            continue
        if not chunk:
            break
        buf += chunk
    s.close()
    lines.extend(buf.decode("utf-8", "replace").splitlines())


def test_monitor_shows_only_declared_commands(lab: Path) -> None:
    """Run a scan under MONITOR: every command the server received is declared; none writes."""
    lines: list[str] = []
    stop, ready = threading.Event(), threading.Event()
    t = threading.Thread(target=_monitor, args=(stop, lines, ready))
    t.start()
    ready.wait(5)
    try:
        svc = asyncio.run(_scan(OPEN))
    finally:
        stop.set()
        t.join(10)
    assert svc.access == Access.OPEN  # type: ignore[attr-defined]
    seen = []
    for ln in lines:
        m = re.match(r'^\+?\d+\.\d+ \[\d+ [^\]]+\] "([^"]+)"(?: "([^"]+)")?', ln)
        if not m:
            continue
        name = m.group(1).upper()
        if name in ("CONFIG", "ACL", "CLIENT") and m.group(2):
            name = f"{name} {m.group(2).upper()}"
        seen.append(name)
    assert len(seen) > 10, f"MONITOR saw too little: {lines[:5]}"
    undeclared = set(seen) - RedisProbe.commands
    assert not undeclared, f"the scan sent undeclared commands: {undeclared}"
    writes = {"SET", "DEL", "HSET", "LPUSH", "SADD", "ZADD", "XADD", "FLUSHALL", "FLUSHDB", "CONFIG SET",
              "EXPIRE", "RENAME", "CLIENT SETNAME", "CLIENT SETINFO"}
    assert not (set(seen) & writes)


# --- bounded replies (issue 9): every member cut like strings, a declared 2 GiB refused at once ---


class _Conn:
    def __init__(self, data: bytes) -> None:
        self._reader = asyncio.StreamReader()
        self._reader.feed_data(data)
        self._reader.feed_eof()
        self.encoder = None


async def _parse(data: bytes, keep: int = 1024) -> object:
    parser = type("P", (_BoundedParser,), {"keep": keep})(socket_read_size=65536)
    parser.on_connect(_Conn(data))  # type: ignore[arg-type]
    return await parser.read_response(disable_decoding=True)


async def test_collection_members_are_cut_like_strings() -> None:
    """A list, set, zset or hash member of 10 MB was read whole before: the parser keeps ``keep``."""
    big = b"A" * (10 << 20)
    reply = await _parse(b"*3\r\n$%d\r\n%s\r\n$1\r\nx\r\n:7\r\n" % (len(big), big))
    assert reply == [b"A" * 1024, b"x", 7]


async def test_declared_lengths_beyond_the_reply_budget_are_refused_at_the_header() -> None:
    with pytest.raises(ReplyTooLarge):
        await _parse(b"$2147483647\r\n" + b"A" * 100)
    with pytest.raises(ReplyTooLarge):  # 2^31 members: refused once their cost passes the budget
        await _parse(b"*2147483647\r\n" + b"$0\r\n\r\n" * 600_000)
    with pytest.raises(ReplyTooLarge):
        await _parse(b"$-5\r\n")


async def test_protected_mode_is_redis_refusing_not_another_service() -> None:
    """R2-11: the reply every remote client gets from a default Redis without a password
    (``-DENIED Redis is running in protected mode``, then a close) is Redis's own refusal."""
    async with serve(ENGINES["redis"], "protected") as port:
        svc = await scan("127.0.0.1", port, hint="redis", timeout=2)
    assert (svc.engine, svc.access) == ("redis", Access.AUTH_REQUIRED), svc.error
    assert any("protected mode" in e.reply for e in svc.evidence)
