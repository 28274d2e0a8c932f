"""etcd probe against real servers: the lab's open (127.0.0.2) and locked (127.0.0.3) etcd 3.4,
plus a private etcd with the v2 API on a free, unusual port started here.

``AJAR_TEST_ETCD_OPEN`` / ``AJAR_TEST_ETCD_LOCKED`` (``host:port``) point the tests elsewhere.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.etcd import EtcdProbe
from tests.conftest import LOCKED, OPEN, port_open
from tests.support import free_port, scan

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/8")])


def _addr(var: str, default: tuple[str, int]) -> tuple[str, int]:
    v = os.environ.get(var)
    return (v.rsplit(":", 1)[0], int(v.rsplit(":", 1)[1])) if v else default


OPEN_ADDR = _addr("AJAR_TEST_ETCD_OPEN", (OPEN, 2379))
LOCKED_ADDR = _addr("AJAR_TEST_ETCD_LOCKED", (LOCKED, 2379))


@pytest.fixture(scope="module")
def etcd_lab() -> None:
    for host, port in (OPEN_ADDR, LOCKED_ADDR):
        if not port_open(host, port):
            pytest.fail(f"etcd is not running on {host}:{port}: start it with `bash lab/up.sh etcd`")


async def _scan(addr: tuple[str, int], probes: tuple[type, ...] = PROBES) -> Service:
    return await scan(*addr, probes)


def _revision(addr: tuple[str, int]) -> int:
    r = httpx.post(f"http://{addr[0]}:{addr[1]}/v3/kv/range", json={"key": "AA==", "count_only": True}, timeout=5)
    return int(r.json()["header"]["revision"])




@pytest.fixture(scope="module")
def etcd_v2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A private etcd on 127.0.0.1 with ``--enable-v2``, on free (unusual) ports; seeded; stopped by PID."""
    exe = shutil.which("etcd")
    if exe is None:
        pytest.fail("etcd is not installed: run `bash lab/install.sh`")
    d = tmp_path_factory.mktemp("etcd")
    client, peer = free_port(), free_port()
    url, purl = f"http://127.0.0.1:{client}", f"http://127.0.0.1:{peer}"
    proc = subprocess.Popen(
        [
            exe,
            "--name",
            "t",
            "--data-dir",
            str(d / "data"),
            "--listen-client-urls",
            url,
            "--advertise-client-urls",
            url,
            "--listen-peer-urls",
            purl,
            "--initial-advertise-peer-urls",
            purl,
            "--initial-cluster",
            f"t={purl}",
            "--enable-v2=true",
        ],
        stdout=subprocess.DEVNULL,
        stderr=open(d / "etcd.log", "wb"),
        stdin=subprocess.DEVNULL,  # noqa: SIM115
    )
    try:
        deadline = time.monotonic() + 20
        while not port_open("127.0.0.1", client):
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(f"private etcd did not start: {(d / 'etcd.log').read_text()[-500:]}")
            time.sleep(0.1)
        subprocess.run(
            [sys.executable, "-m", "ajar.lab.seed", "etcd", "--host", "127.0.0.1", "--port", str(client)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        httpx.put(f"{url}/v2/keys/legacy/users/u1", data={"value": '{"email": "v2.user@example.org"}'}, timeout=5)
        yield ("127.0.0.1", client)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


async def test_open_etcd_is_read_and_classified(etcd_lab: None) -> None:
    svc = await _scan(OPEN_ADDR)
    assert svc.engine == "etcd" and svc.status == Status.SUCCESS and svc.version
    assert svc.access == Access.OPEN and svc.rights.admin
    names = {d.name: d for d in svc.datasets}
    assert {"/app/prod/", "/app/users/"} <= set(names)
    assert names["/app/users/"].records == 20 and names["/app/prod/"].records == 10
    assert all(d.sampled <= 20 for d in svc.datasets)
    cats = {c.value for c in svc.categories}
    assert {"credential.secret", "contact.email", "person.name"} <= cats
    assert "etcd.auth_disabled" in {f.rule for f in svc.findings}
    assert "etcd.v2_enabled" not in {f.rule for f in svc.findings}  # off by default in 3.4


async def test_locked_etcd_is_auth_required_with_evidence(etcd_lab: None) -> None:
    svc = await _scan(LOCKED_ADDR)
    assert svc.engine == "etcd" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets
    assert any("user name is empty" in e.reply for e in svc.evidence)
    assert "etcd.auth_disabled" not in {f.rule for f in svc.findings}


async def test_unusual_port_v2_finding_and_v2_data(etcd_v2: tuple[str, int]) -> None:
    svc = await _scan(etcd_v2)  # every probe, ordered by port hint: none claims this port
    assert svc.engine == "etcd" and svc.access == Access.OPEN
    rules = {f.rule for f in svc.findings}
    assert {"etcd.v2_enabled", "etcd.auth_disabled"} <= rules
    assert any(d.name == "v2:/legacy/users/" and d.sampled == 1 for d in svc.datasets)


def test_scan_writes_nothing_and_sends_only_declared_requests(etcd_v2: tuple[str, int]) -> None:
    """etcd has no request log; its own store revision (bumped by every put, delete or txn)
    is the server's proof that the scan wrote nothing, and ``X-Etcd-Index`` for v2."""
    before = _revision(etcd_v2)
    v2_before = httpx.get(f"http://{etcd_v2[0]}:{etcd_v2[1]}/v2/keys/", timeout=5).headers["x-etcd-index"]
    svc = asyncio.run(_scan(etcd_v2, (EtcdProbe,)))
    assert svc.access == Access.OPEN and svc.datasets
    assert _revision(etcd_v2) == before
    assert httpx.get(f"http://{etcd_v2[0]}:{etcd_v2[1]}/v2/keys/", timeout=5).headers["x-etcd-index"] == v2_before
    assert set(svc.info["commands_sent"]) <= EtcdProbe.commands
    assert not any(c.startswith(("PUT", "DELETE")) or "put" in c or "delete" in c for c in EtcdProbe.commands)


def test_prefix_range_end() -> None:
    from ajar.probes.etcd import _group, _prefix_end

    assert _prefix_end(b"/app/") == b"/app0"
    assert _prefix_end(b"a\xff") == b"b"
    assert _group(b"/app/prod/aws/key") == b"/app/prod/"
    assert _group(b"/top") == b"/"
