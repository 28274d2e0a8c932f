"""Memcached probe against real servers: the lab (open 127.0.0.2, ASCII auth 127.0.0.3) and
instances started here on 127.0.0.1 free ports (unusual port, UDP on, SASL, ``-vv`` log)."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ajar.errors import ForbiddenCommand
from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.base import Limits, Probe, Target
from ajar.probes.memcached import MemcachedProbe
from tests.conftest import LOCKED, OPEN, port_open
from tests.support import free_port, scan, stop

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/24")])
PORT = 11211


@pytest.fixture(scope="module")
def mc_lab(lab: Path) -> Path:
    if not (port_open(OPEN, PORT) and port_open(LOCKED, PORT)):
        pytest.fail("memcached is not running in the lab: run `bash lab/up.sh memcached`")
    return lab




def _start(
    args: list[str], log: Path, env: dict[str, str] | None = None, udp: bool = False
) -> tuple[subprocess.Popen[bytes], int]:
    """Start memcached on 127.0.0.1:<free port> (UDP on the same port when ``udp``)."""
    port = free_port()
    binary = shutil.which("memcached")
    assert binary, "memcached is not installed (apt-get install memcached)"
    cmd = [binary, "-l", "127.0.0.1", "-p", str(port), "-U", str(port if udp else 0), "-m", "16", "-vv", *args]
    if os.geteuid() == 0:
        cmd += ["-u", "nobody"]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env={**os.environ, **(env or {})})  # fmt: skip
    for _ in range(100):
        if port_open("127.0.0.1", port):
            return proc, port
        time.sleep(0.05)
    proc.kill()
    raise AssertionError(f"memcached did not start: {log.read_text(errors='replace')[-400:]}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    stop(proc, 5)  # by the PID we started


def _seed(port: int, n: int = 30) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=3) as s:
        for i in range(n):
            body = json.dumps({"email": f"user{i}@example.org", "ip": f"10.1.{i}.7", "name": "Test Person"}).encode()
            s.sendall(b"set session:tok%04d 0 0 %d\r\n%s\r\n" % (i, len(body), body))
            buf = b""
            while not buf.endswith(b"\r\n"):
                buf += s.recv(100)
            assert buf.startswith(b"STORED")


@pytest.fixture()
def local_mc(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """memcached on 127.0.0.1:<free port>, UDP on the same port, -vv log, seeded."""
    log = tmp_path / "memcached.log"
    proc, port = _start([], log, udp=True)
    try:
        _seed(port)
        yield port, log
    finally:
        _stop(proc)


async def _scan(host: str, port: int = PORT, sample: int = 20, probes: tuple[type[Probe], ...] = PROBES,
                hint: str | None = None) -> Service:
    return await scan(host, port, probes, hint=hint, sample=sample)


async def test_open_memcached_is_read_and_classified(mc_lab: Path) -> None:
    svc = await _scan(OPEN)
    assert svc.engine == "memcached" and svc.status == Status.SUCCESS and svc.version
    assert svc.access == Access.OPEN
    assert svc.rights.read and svc.rights.write and "auth_enabled_sasl no" in svc.rights.basis
    names = {d.name: d for d in svc.datasets}
    assert "session" in names and (names["session"].records or 0) >= 200
    assert all(d.sampled <= 20 for d in svc.datasets)
    assert names["session"].sampled == 20
    assert {"contact.email", "network.ip_address"} <= {c.value for c in svc.categories}
    rules = {f.rule for f in svc.findings}
    assert "memcached.no_auth" in rules
    assert "memcached.udp_enabled" not in rules  # the lab runs with -U 0
    assert any(e.command == "lru_crawler metadump all" for e in svc.evidence)


async def test_locked_memcached_is_auth_required_with_evidence(mc_lab: Path) -> None:
    svc = await _scan(LOCKED)
    assert svc.engine == "memcached" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets
    assert any("unauthenticated" in e.reply for e in svc.evidence)
    assert svc.severity.value in ("info", "low")


async def test_unusual_port_is_identified_among_all_probes(local_mc: tuple[int, Path]) -> None:
    port, _ = local_mc
    svc = await _scan("127.0.0.1", port, sample=10)
    assert svc.engine == "memcached" and svc.version and svc.access == Access.OPEN
    assert all(d.sampled <= 10 for d in svc.datasets)


async def test_udp_finding_and_vv_log_shows_only_declared_reads(local_mc: tuple[int, Path]) -> None:
    """UDP on gives the finding; the server's own -vv log shows only declared commands, no write."""
    port, log = local_mc
    start = log.stat().st_size
    # named as memcached (as a URI would), so only the probe's own handshake reaches the log
    svc = await _scan("127.0.0.1", port, sample=10, probes=(MemcachedProbe,), hint="memcached")
    assert svc.access == Access.OPEN
    rules = {f.rule: f for f in svc.findings}
    assert "memcached.udp_enabled" in rules and "-U 0" in rules["memcached.udp_enabled"].remediation
    assert "udpport" in rules["memcached.udp_enabled"].detail
    time.sleep(0.3)
    text = log.read_bytes()[start:].decode(errors="replace")
    received = [m.group(1) for m in re.finditer(r"^<\d+ (.+)$", text, re.M)]
    received = [r for r in received if not r.startswith(("new ", "connection closed", "server listening", "send "))]
    assert len(received) >= 5, f"memcached -vv logged too little: {received}"
    names = set()
    for line in received:
        words = line.split()
        two = " ".join(words[:2])
        names.add(two if two in MemcachedProbe.commands else words[0])
    assert names <= MemcachedProbe.commands, f"undeclared commands in the server log: {names - MemcachedProbe.commands}"
    assert {"version", "stats", "lru_crawler metadump", "get"} <= names
    writes = {"set", "add", "replace", "append", "prepend", "cas", "delete", "incr", "decr", "touch", "gat",
              "flush_all", "verbosity", "shutdown", "lru_crawler crawl", "slabs"}  # fmt: skip
    assert not {r.split()[0] for r in received} & writes


async def test_sasl_only_server_is_auth_required_over_binary(tmp_path: Path) -> None:
    """A SASL (-S) memcached ignores the text protocol; the binary 'stats' says 'Auth failure'."""
    conf = tmp_path / "sasl"
    conf.mkdir()
    (conf / "memcached.conf").write_text(f"mech_list: plain\nsasldb_path: {conf}/sasldb2\n")
    os.chmod(tmp_path, 0o755)
    os.chmod(conf, 0o755)
    proc, port = _start(["-S"], tmp_path / "sasl.log", env={"SASL_CONF_PATH": str(conf)})
    try:
        svc = await _scan("127.0.0.1", port)
    finally:
        _stop(proc)
    assert svc.engine == "memcached" and svc.version
    assert svc.access == Access.AUTH_REQUIRED and not svc.datasets
    assert any("Auth failure" in e.reply for e in svc.evidence)


async def test_undeclared_command_is_refused(mc_lab: Path) -> None:
    probe = MemcachedProbe(Target(OPEN, PORT), SCOPE, Limits())
    with pytest.raises(ForbiddenCommand):
        probe.allow("set")
    with pytest.raises(ForbiddenCommand):
        probe.allow("flush_all")
