"""CouchDB probe against real servers speaking the CouchDB API: private PouchDB Server instances
(npm ``pouchdb-server``) on free, unusual ports, started and seeded here, stopped by PID.

CouchDB is not packaged for Debian 12: the lab installs ``pouchdb-server`` (``lab/install.sh``,
into ``.lab/cache/npm``), which these tests use (or ``AJAR_POUCHDB_SERVER``, or one on PATH);
they fail, saying how to install it, without it.
PouchDB Server ignores ``require_valid_user``, so "locked" is tested two ways: a database whose
``_security`` members refuse anonymous reads (real server), and CouchDB 3's documented 401 for
``/_all_dbs`` replayed by a local server.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import re
import shutil
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest

from ajar.lab.generator import Generator
from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.couchdb import CouchdbProbe
from tests.conftest import LAB_DIR, port_open
from tests.support import free_port, log_through_marker, scan

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/8")])
_LAB_EXE = LAB_DIR / "cache" / "npm" / "node_modules" / ".bin" / "pouchdb-server"  # where lab/install.sh puts it
EXE = os.environ.get("AJAR_POUCHDB_SERVER") or (str(_LAB_EXE) if _LAB_EXE.exists() else None) or shutil.which(
    "pouchdb-server"
)
PEOPLE = Generator(2026).customers(60)


async def _scan(addr: tuple[str, int], probes: tuple[type, ...] = PROBES) -> Service:
    return await scan(*addr, probes)




Start = Callable[[bool], tuple[str, int, Path]]


@pytest.fixture(scope="module")
def pouch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Start]:
    """Start PouchDB Servers: seeded with ``customers`` (60 docs) and ``vault`` (members only);
    ``locked=True`` seeds only ``vault`` and creates a server admin (no admin party)."""
    if EXE is None:
        pytest.fail("pouchdb-server is not installed: run `bash lab/install.sh` (or set AJAR_POUCHDB_SERVER)")
    procs: list[subprocess.Popen[bytes]] = []

    def start(locked: bool) -> tuple[str, int, Path]:
        d = tmp_path_factory.mktemp("pouch")
        port = free_port()
        log = d / "pouch.log"
        procs.append(
            subprocess.Popen(
                [str(EXE), "--host", "127.0.0.1", "--port", str(port), "--in-memory", "--dir", str(d)],
                cwd=d,
                stdin=subprocess.DEVNULL,
                stdout=open(log, "wb"),
                stderr=subprocess.STDOUT,
            )
        )  # noqa: SIM115
        deadline = time.monotonic() + 30
        while not port_open("127.0.0.1", port):
            if time.monotonic() > deadline or procs[-1].poll() is not None:
                pytest.fail(f"pouchdb-server did not start: {log.read_text()[-500:]}")
            time.sleep(0.1)
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=10) as h:
            if not locked:
                h.put("/customers").raise_for_status()
                h.post("/customers/_bulk_docs", json={"docs": PEOPLE}).raise_for_status()
            h.put("/vault").raise_for_status()
            h.put("/vault/k1", json={"password": "s3cr3t-Example-1"}).raise_for_status()
            h.put("/vault/_security", json={"members": {"names": ["ops"], "roles": []}}).raise_for_status()
            if locked:
                h.put("/_config/admins/admin", content=b'"AdminPass1"').raise_for_status()
        log_through_marker(log, 0, "127.0.0.1", port)  # the seeding lines are all in its request log
        return "127.0.0.1", port, log

    try:
        yield start
    finally:
        for p in procs:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


async def test_admin_party_is_open_and_classified(pouch: Start) -> None:
    host, port, _ = pouch(False)
    svc = await _scan((host, port))  # unusual port: identified among every probe
    assert svc.engine == "couchdb" and svc.status == Status.SUCCESS and svc.version
    assert svc.access == Access.OPEN and svc.rights.admin
    ds = {d.name: d for d in svc.datasets}
    assert ds["customers"].records == 60 and ds["customers"].sampled == 20
    assert not any(n.startswith("_") for n in ds)
    assert {"person.name", "contact.email", "contact.phone", "credential.secret"} <= {c.value for c in svc.categories}
    assert "couchdb.admin_party" in {f.rule for f in svc.findings}


async def test_members_only_database_is_metadata(pouch: Start) -> None:
    host, port, _ = pouch(True)
    svc = await _scan((host, port), (CouchdbProbe,))
    assert svc.engine == "couchdb" and svc.access == Access.METADATA
    assert "couchdb.admin_party" not in {f.rule for f in svc.findings}
    assert not svc.rights.admin and not svc.rights.read
    assert any("/vault/_all_docs" in e.command and e.reply.startswith("401") for e in svc.evidence)
    assert [(d.name, d.sampled) for d in svc.datasets] == [("vault", 0)]  # GET /vault is members-only too


def test_request_log_shows_only_declared_reads(pouch: Start) -> None:
    """PouchDB Server's own request log: every request of the scan is a declared GET."""
    host, port, log = pouch(False)
    offset = log.stat().st_size
    svc = asyncio.run(_scan((host, port), (CouchdbProbe,)))
    assert svc.access == Access.OPEN
    text = re.sub(r"\x1b\[[0-9;]*m", "", log_through_marker(log, offset, host, port))
    reqs = re.findall(r"\[info\] (\w+) (\S+) (\d+)", text)
    assert len(reqs) >= 6, text[:300]
    for method, path, _ in reqs:
        assert method == "GET", (method, path)
        p = path.split("?")[0]
        assert p in ("/", "/_session", "/_all_dbs") or re.fullmatch(r"/[a-z][^/]*(/_all_docs|/_changes)?", p), p
    assert set(svc.info["commands_sent"]) <= CouchdbProbe.commands


_COUCH3_ALL_DBS = b'{"error":"unauthorized","reason":"You are not a server admin."}\n'
_COUCH3_ROOT = (
    b'{"couchdb":"Welcome","version":"3.3.3","git_sha":"40afbcfc7","uuid":"x","features":'
    b'["access-ready","partitioned","pluggable-storage-engines","reshard","scheduler"],'
    b'"vendor":{"name":"The Apache Software Foundation"}}\n'
)


@contextlib.asynccontextmanager
async def _replay_couch3() -> AsyncIterator[int]:
    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            while head := await r.readuntil(b"\r\n\r\n"):
                path = head.split(b" ", 2)[1]
                status, body = (b"200 OK", _COUCH3_ROOT) if path == b"/" else (b"401 Unauthorized", _COUCH3_ALL_DBS)
                if path.startswith(b"/_session"):
                    status, body = b"200 OK", b'{"ok":true,"userCtx":{"name":null,"roles":[]}}\n'
                w.write(
                    b"HTTP/1.1 " + status + b"\r\nServer: CouchDB/3.3.3 (Erlang OTP/24)\r\n"
                    b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body
                )
                await w.drain()
        w.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield int(srv.sockets[0].getsockname()[1])
    finally:
        srv.close()


async def test_couchdb3_is_auth_required() -> None:
    async with _replay_couch3() as port:
        svc = await _scan(("127.0.0.1", port), (CouchdbProbe,))
    assert svc.engine == "couchdb" and svc.version == "3.3.3" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets and any("not a server admin" in e.reply for e in svc.evidence)
