"""The service zoo: ports that hold no database get no database verdict, and say what they speak.

Each zoo service (SSH, SMTP, FTP and HTTP banners, a TLS-only web server, echo, accept-and-close,
silent, random bytes) is scanned with every probe on loopback, under a memory limit and a deadline.
Before the fix, accept-and-close and silence were reported as ZooKeeper (``auth_required``,
success), and the SSH server as "PostgreSQL offered SSL".
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from ajar.models import Access, BannerKind, Service, Status
from ajar.pipeline.probe import banner_kind
from tests.hostile import ZOO, hostile_server, memory_limit, self_signed
from tests.support import scan

pytestmark = pytest.mark.integration


async def test_no_database_verdict_in_the_service_zoo(tmp_path: Path) -> None:
    tls = self_signed(tmp_path)
    with memory_limit():
        async with contextlib.AsyncExitStack() as stack:
            ports = {mode: await stack.enter_async_context(hostile_server(mode, tls if mode == "https" else None))
                     for mode in ZOO}
            found: list[Service] = await asyncio.wait_for(
                # 4 s per operation: a TLS handshake took longer than 1.5 s beside a CPU burner at load 11
                asyncio.gather(*(scan("127.0.0.1", port, timeout=4, sample=5) for port in ports.values())), 240
            )
    for (mode, expected), svc in zip(ZOO.items(), found, strict=True):
        assert svc.engine is None, f"{mode}: named {svc.engine} ({svc.evidence})"
        assert svc.access == Access.UNKNOWN and not svc.findings and not svc.datasets, mode
        assert svc.status != Status.SUCCESS and svc.error, mode
        assert svc.banner == BannerKind(expected), f"{mode}: banner {svc.banner}, status {svc.status}: {svc.error}"
        if expected != "unknown":
            assert svc.status == Status.NOT_THIS_ENGINE, f"{mode}: {svc.status} {svc.error}"
        assert "PostgreSQL offered SSL" not in (svc.error or ""), mode


@pytest.mark.parametrize(
    ("first", "kind"),
    [
        (b"SSH-2.0-OpenSSH_9.2p1\r\n", "ssh"),
        (b"SSH-1.99-Cisco-1.25\r\n", "ssh"),
        (b"220 mx.example.test ESMTP Exim 4.96\r\n", "smtp"),
        (b"220-mail.example.test Microsoft ESMTP MAIL Service ready\r\n", "smtp"),
        (b"220 ProFTPD Server (Debian) [::ffff:127.0.0.1]\r\n", "ftp"),
        (b"220---------- Welcome to Pure-FTPd [privsep] ----------\r\n", "ftp"),
        # hard negatives: a bare 220 names neither; MySQL greets in binary; nothing said is unknown
        (b"220 ready\r\n", "unknown"),
        (b"J\x00\x00\x00\n8.0.36\x00", "unknown"),
        (b"", "unknown"),
        (b"HTTP/1.1 200 OK\r\n", "unknown"),  # servers that speak first do not speak HTTP
    ],
)
def test_banner_kind(first: bytes, kind: str) -> None:
    assert banner_kind(first) == BannerKind(kind)
