"""S3 probe against real servers: the lab's moto (127.0.0.2:4566) and a private moto server
on a free, unusual port whose objects are made public-read here (its request log is the proof
of what a scan sent).

moto cannot play a locked S3 for anonymous clients (with ``INITIAL_NO_AUTH_ACTION_COUNT`` it
answers unsigned requests with a 500), so the locked verdict is checked against a local server
replaying S3's documented ``AccessDenied`` reply. ``AJAR_TEST_S3_OPEN`` overrides the lab address.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import re
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.s3 import S3Probe, _json_rows
from tests.conftest import OPEN, port_open
from tests.support import free_port, log_through_marker, scan

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/8")])
_v = os.environ.get("AJAR_TEST_S3_OPEN")
OPEN_ADDR = (_v.rsplit(":", 1)[0], int(_v.rsplit(":", 1)[1])) if _v else (OPEN, 4566)
OBJECTS = ("customers.csv", "customers.ndjson", "orders.json")


@pytest.fixture(scope="module")
def s3_lab() -> None:
    if not port_open(*OPEN_ADDR):
        pytest.fail(f"S3 (moto) is not running on {OPEN_ADDR}: start it with `bash lab/up.sh s3`")


async def _scan(addr: tuple[str, int], probes: tuple[type, ...] = PROBES, timeout: float = 3) -> Service:
    return await scan(*addr, probes, timeout=timeout)




@pytest.fixture(scope="module")
def public_moto(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, Path]]:
    """A private moto server on 127.0.0.1 (free port), seeded, objects public-read; stopped by PID."""
    import boto3

    log = tmp_path_factory.mktemp("moto") / "moto.log"
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdin=subprocess.DEVNULL,
        stdout=open(log, "wb"),
        stderr=subprocess.STDOUT,  # noqa: SIM115
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        deadline = time.monotonic() + 30
        while not port_open("127.0.0.1", port):
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(f"private moto did not start: {log.read_text()[-500:]}")
            time.sleep(0.1)
        subprocess.run(
            [sys.executable, "-m", "ajar.lab.seed", "s3", "--host", "127.0.0.1", "--port", str(port)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        s3 = boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{port}",
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        for key in OBJECTS:
            s3.put_object_acl(Bucket="customer-exports", Key=key, ACL="public-read")
        yield ("127.0.0.1", port, log)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


async def test_lab_bucket_is_listed(s3_lab: None) -> None:
    """The lab seeds private objects (moto's default ACL): listing is public, objects are not."""
    svc = await _scan(OPEN_ADDR)
    assert svc.engine == "s3" and svc.status == Status.SUCCESS
    assert svc.access in (Access.METADATA, Access.OPEN)
    names = {d.name for d in svc.datasets}
    assert {f"customer-exports/{k}" for k in OBJECTS} <= names
    rules = {f.rule for f in svc.findings}
    assert {"s3.anonymous_list_buckets", "s3.public_bucket_listing"} <= rules
    if svc.access == Access.METADATA:
        assert all(d.sampled == 0 for d in svc.datasets) and "s3.public_object_read" not in rules


async def test_public_objects_are_read_and_classified(public_moto: tuple[str, int, Path]) -> None:
    host, port, _ = public_moto
    # unusual port: every probe is tried in registry order before s3. Werkzeug (moto) never answers
    # a binary handshake, so the MongoDB, MySQL and PostgreSQL probes each wait a full timeout;
    # at 3 s those three exhaust the framework's identification budget (max(3 x timeout, 6 s))
    # before s3 is tried. 1.5 s keeps them within it (reported to the framework's owner).
    svc = await _scan((host, port), timeout=1.5)
    assert svc.engine == "s3" and svc.access == Access.OPEN and svc.rights.read
    ds = {d.name: d for d in svc.datasets}
    assert ds["customer-exports/customers.csv"].sampled == 20
    assert ds["customer-exports/customers.ndjson"].sampled == 20
    assert ds["customer-exports/orders.json"].sampled == 20
    assert ds["customer-exports/customers.csv"].size_bytes
    assert {"person.name", "contact.email", "financial.card_number"} <= {c.value for c in svc.categories}
    assert "s3.public_object_read" in {f.rule for f in svc.findings}


def test_request_log_shows_only_unsigned_reads(public_moto: tuple[str, int, Path]) -> None:
    """moto's own request log (werkzeug): every request of the scan is a GET of a listing or a
    ranged object read; nothing is PUT, POSTed or deleted."""
    host, port, log = public_moto
    offset = log.stat().st_size
    svc = asyncio.run(_scan((host, port), (S3Probe,)))
    assert svc.access == Access.OPEN
    text = re.sub(r"\x1b\[[0-9;]*m", "", log_through_marker(log, offset, host, port))  # werkzeug colours non-200s
    reqs = re.findall(r'"(\w+) (\S+) HTTP/1\.1" (\d+)', text)
    assert len(reqs) >= 5, reqs
    for method, path, _ in reqs:
        assert method == "GET", (method, path)
        assert path == "/" or path.startswith("/customer-exports"), path
    assert set(svc.info["commands_sent"]) <= S3Probe.commands


_DENIED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied'
    b"</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>h0st</HostId></Error>"
)


@contextlib.asynccontextmanager
async def _replay_denied() -> AsyncIterator[int]:
    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            while await r.readuntil(b"\r\n\r\n"):
                w.write(
                    b"HTTP/1.1 403 Forbidden\r\nx-amz-request-id: 4442587FB7D0A2F9\r\nServer: AmazonS3\r\n"
                    b"Content-Type: application/xml\r\nContent-Length: %d\r\n\r\n" % len(_DENIED) + _DENIED
                )
                await w.drain()
        w.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield int(srv.sockets[0].getsockname()[1])
    finally:
        srv.close()


async def test_locked_endpoint_is_auth_required() -> None:
    async with _replay_denied() as port:
        svc = await _scan(("127.0.0.1", port), (S3Probe,))
    assert svc.engine == "s3" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets and any("AccessDenied" in e.reply for e in svc.evidence)


def test_cut_json_array_is_read_up_to_the_cut() -> None:
    assert _json_rows('[{"a": 1}, {"b": 2}, {"c"', complete=False) == [{"a": 1}, {"b": 2}]
    assert _json_rows('{"items": [{"a": 1}]}', complete=True) == [{"a": 1}]
