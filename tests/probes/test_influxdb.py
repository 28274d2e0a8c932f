"""InfluxDB probe against real servers: the lab's open (127.0.0.2) and locked (127.0.0.3)
InfluxDB 1.x, plus a private influxd on a free, unusual port started here (its ``[httpd]``
access log is the proof of what a scan sent).

``AJAR_TEST_INFLUXDB_OPEN`` / ``AJAR_TEST_INFLUXDB_LOCKED`` (``host:port``) point the tests elsewhere.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from ajar.errors import ForbiddenCommand
from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.base import Limits, Target
from ajar.probes.influxdb import _STATEMENTS, InfluxdbProbe
from tests.conftest import LOCKED, OPEN, port_open
from tests.support import free_port, log_through_marker, scan

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/8")])


def _addr(var: str, default: tuple[str, int]) -> tuple[str, int]:
    v = os.environ.get(var)
    return (v.rsplit(":", 1)[0], int(v.rsplit(":", 1)[1])) if v else default


OPEN_ADDR = _addr("AJAR_TEST_INFLUXDB_OPEN", (OPEN, 8086))
LOCKED_ADDR = _addr("AJAR_TEST_INFLUXDB_LOCKED", (LOCKED, 8086))


@pytest.fixture(scope="module")
def influx_lab() -> None:
    for host, port in (OPEN_ADDR, LOCKED_ADDR):
        if not port_open(host, port):
            pytest.fail(f"InfluxDB is not running on {host}:{port}: start it with `bash lab/up.sh influxdb`")


async def _scan(addr: tuple[str, int], probes: tuple[type, ...] = PROBES) -> Service:
    return await scan(*addr, probes)




@pytest.fixture(scope="module")
def private_influx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, Path]]:
    """A private influxd (auth off) on 127.0.0.1, free ports; seeded; stopped by PID."""
    exe = shutil.which("influxd")
    if exe is None:
        pytest.fail("influxd is not installed: run `bash lab/install.sh`")
    d = tmp_path_factory.mktemp("influx")
    http, rpc = free_port(), free_port()
    conf = subprocess.run([exe, "config"], capture_output=True, text=True, check=True).stdout
    conf = re.sub(r"(?m)^bind-address = .*$", f'bind-address = "127.0.0.1:{rpc}"', conf)
    conf = re.sub(r'(?m)^  bind-address = ":8086"', f'  bind-address = "127.0.0.1:{http}"', conf, count=1)
    conf = conf.replace("/var/lib/influxdb", str(d))
    (d / "influx.conf").write_text(conf)
    log = d / "influx.log"
    proc = subprocess.Popen(
        [exe, "run", "-config", str(d / "influx.conf")],
        stdin=subprocess.DEVNULL,
        stdout=open(log, "wb"),
        stderr=subprocess.STDOUT,
    )  # noqa: SIM115
    try:
        deadline = time.monotonic() + 20
        while not port_open("127.0.0.1", http):
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail(f"private influxd did not start: {log.read_text()[-500:]}")
            time.sleep(0.1)
        subprocess.run(
            [sys.executable, "-m", "ajar.lab.seed", "influxdb", "--host", "127.0.0.1", "--port", str(http)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        yield ("127.0.0.1", http, log)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


async def test_open_influxdb_is_read_and_classified(influx_lab: None) -> None:
    svc = await _scan(OPEN_ADDR)
    assert svc.engine == "influxdb" and svc.status == Status.SUCCESS and svc.version
    assert svc.access == Access.OPEN and svc.rights.admin
    ds = {d.name: d for d in svc.datasets}
    assert "telemetry.gps" in ds and ds["telemetry.gps"].records == 1000 and ds["telemetry.gps"].sampled == 20
    assert not any(n.startswith("_internal") for n in ds)
    assert {"location.coordinates", "contact.email"} <= {c.value for c in svc.categories}
    assert "influxdb.auth_disabled" in {f.rule for f in svc.findings}


async def test_locked_influxdb_is_auth_required_with_evidence(influx_lab: None) -> None:
    svc = await _scan(LOCKED_ADDR)
    assert svc.engine == "influxdb" and svc.access == Access.AUTH_REQUIRED and svc.version
    assert not svc.datasets
    assert any("unable to parse authentication credentials" in e.reply for e in svc.evidence)
    assert "influxdb.auth_disabled" not in {f.rule for f in svc.findings}


async def test_unusual_port_is_identified(private_influx: tuple[str, int, Path]) -> None:
    host, port, _ = private_influx
    svc = await _scan((host, port))
    assert svc.engine == "influxdb" and svc.access == Access.OPEN


def test_access_log_shows_only_declared_reads(private_influx: tuple[str, int, Path]) -> None:
    """influxd's own [httpd] access log: every request of the scan is GET /ping or a GET /query
    whose statement matches the probe's read-only list."""
    host, port, log = private_influx
    offset = log.stat().st_size
    svc = asyncio.run(_scan((host, port), (InfluxdbProbe,)))
    assert svc.access == Access.OPEN
    text = log_through_marker(log, offset, host, port, "/ping")  # influxd logs no 404
    lines = [ln for ln in text.splitlines() if "[httpd]" in ln and "ajar" in ln]
    assert len(lines) >= 6, lines[:3]
    for ln in lines:
        m = re.search(r'"(GET|POST|PUT|DELETE|HEAD) ([^ ]+) HTTP/1\.1"', ln)
        assert m, ln
        method, target = m.groups()
        assert method == "GET", ln
        url = urlsplit(target)
        assert url.path in ("/ping", "/query"), ln
        if url.path == "/query":
            q = parse_qs(url.query)["q"][0]
            assert any(p.fullmatch(q) for p in _STATEMENTS), q


async def test_writing_statement_is_refused_before_it_leaves() -> None:
    probe = InfluxdbProbe(Target("127.0.0.1", 9), SCOPE, Limits())
    with pytest.raises(ForbiddenCommand):
        await probe._query("DROP DATABASE telemetry")  # noqa: SLF001 - the guard itself is under test
    assert probe.sent == []
