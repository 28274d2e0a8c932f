"""Elasticsearch/OpenSearch probe against real servers: the lab's osmem-server (OpenSearch API,
127.0.0.2:9200, no security at all) and a private osmem-server on a free, unusual port.

No locked Elasticsearch runs here (osmem-server has no security mode), so the locked verdict
is checked against a local server replaying Elasticsearch 8's documented 401 reply.
``AJAR_TEST_ES_OPEN`` (``host:port``) points the tests elsewhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.elasticsearch import ElasticsearchProbe
from tests.conftest import OPEN, port_open
from tests.support import free_port, scan

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/8")])
_v = os.environ.get("AJAR_TEST_ES_OPEN")
OPEN_ADDR = (_v.rsplit(":", 1)[0], int(_v.rsplit(":", 1)[1])) if _v else (OPEN, 9200)


@pytest.fixture(scope="module")
def es_lab() -> None:
    if not port_open(*OPEN_ADDR):
        pytest.fail(
            f"OpenSearch (osmem-server) is not running on {OPEN_ADDR}: start it with `bash lab/up.sh opensearch`"
        )


async def _scan(addr: tuple[str, int], probes: tuple[type, ...] = PROBES) -> Service:
    return await scan(*addr, probes)




@pytest.fixture(scope="module")
def private_osmem() -> Iterator[tuple[str, int]]:
    """A private osmem-server on 127.0.0.1 at a free port; seeded; stopped by PID."""
    try:
        import osmem_server
    except ImportError:
        pytest.fail("osmem-server is not installed: run `bash scripts/setup.sh` (the lab extra)")
    port = free_port()
    proc = subprocess.Popen(
        [osmem_server.resolve_binary(), "-addr", f"127.0.0.1:{port}", "-no-stdin-watch", "-no-ja"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not port_open("127.0.0.1", port):
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("private osmem-server did not start")
            time.sleep(0.1)
        subprocess.run(
            [sys.executable, "-m", "ajar.lab.seed", "opensearch", "--host", "127.0.0.1", "--port", str(port)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        yield ("127.0.0.1", port)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


async def test_open_cluster_is_read_and_classified(es_lab: None) -> None:
    svc = await _scan(OPEN_ADDR)
    assert svc.engine == "elasticsearch" and svc.status == Status.SUCCESS
    assert svc.version and "opensearch" in svc.version.lower() and svc.info.get("distribution") == "opensearch"
    assert svc.access == Access.OPEN and svc.rights.admin
    ds = {d.name: d for d in svc.datasets}
    assert ds["customers"].records == 1000 and ds["app-logs"].records and ds["customers"].size_bytes
    assert all(d.sampled == 20 for d in ds.values())
    assert {"person.name", "contact.email", "network.ip_address"} <= {c.value for c in svc.categories}
    assert ds["app-logs"].liveness is not None  # newest records sorted on @timestamp
    assert "elasticsearch.security_disabled" in {f.rule for f in svc.findings}


async def test_unusual_port_is_identified(private_osmem: tuple[str, int]) -> None:
    svc = await _scan(private_osmem)
    assert svc.engine == "elasticsearch" and svc.access == Access.OPEN


def _state(addr: tuple[str, int]) -> str:
    base = f"http://{addr[0]}:{addr[1]}"
    idx = sorted((i["index"], i["docs.count"]) for i in httpx.get(f"{base}/_cat/indices?format=json").json())
    return json.dumps([idx, httpx.get(f"{base}/_mapping").json()], sort_keys=True)


def test_scan_writes_nothing_and_sends_only_declared_requests(private_osmem: tuple[str, int]) -> None:
    """osmem-server keeps no request log: the proof is the server's own state (indices, document
    counts, mappings) before and after, and the requests the probe recorded."""
    before = _state(private_osmem)
    svc = asyncio.run(_scan(private_osmem, (ElasticsearchProbe,)))
    assert svc.access == Access.OPEN
    assert _state(private_osmem) == before
    assert set(svc.info["commands_sent"]) <= ElasticsearchProbe.commands
    assert not {c for c in ElasticsearchProbe.commands if c.split()[0] in ("PUT", "DELETE")}
    assert all(c.split()[1].endswith("_search") for c in ElasticsearchProbe.commands if c.startswith("POST"))


_ES8_401 = (
    b"HTTP/1.1 401 Unauthorized\r\n"
    b'WWW-Authenticate: Basic realm="security", charset="UTF-8"\r\n'
    b"WWW-Authenticate: ApiKey\r\n"
    b"content-type: application/json\r\ncontent-length: 459\r\n\r\n"
)
_ES8_BODY = json.dumps(
    {
        "error": {
            "root_cause": [
                {
                    "type": "security_exception",
                    "reason": "missing authentication credentials for REST request [/]",
                    "header": {"WWW-Authenticate": ['Basic realm="security" charset="UTF-8"', "ApiKey"]},
                }
            ],
            "type": "security_exception",
            "reason": "missing authentication credentials for REST request [/]",
            "header": {"WWW-Authenticate": ['Basic realm="security" charset="UTF-8"', "ApiKey"]},
        },
        "status": 401,
    }
).encode()


@contextlib.asynccontextmanager
async def _replay_401() -> AsyncIterator[int]:
    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            while await r.readuntil(b"\r\n\r\n"):
                w.write(_ES8_401.replace(b"459", str(len(_ES8_BODY)).encode()) + _ES8_BODY)
                await w.drain()
        w.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield int(srv.sockets[0].getsockname()[1])
    finally:
        srv.close()


async def test_secured_cluster_is_auth_required() -> None:
    async with _replay_401() as port:
        svc = await _scan(("127.0.0.1", port), (ElasticsearchProbe,))
    assert svc.engine == "elasticsearch" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets and any("security_exception" in e.reply for e in svc.evidence)
    assert "elasticsearch.security_disabled" not in {f.rule for f in svc.findings}
