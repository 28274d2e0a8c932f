"""A TLS-only server on an unusual port is identified over TLS and read like any other."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ajar.config import ScanConfig
from ajar.models import Access
from ajar.pipeline.run import scan
from tests.support import free_port

pytestmark = pytest.mark.integration




@pytest.fixture
def tls_redis(tmp_path: Path) -> Iterator[int]:
    """redis-server with only a TLS port, a self-signed certificate, on 127.0.0.1."""
    key, cert = tmp_path / "k.pem", tmp_path / "c.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=localhost"], check=True, capture_output=True)
    port = free_port()
    proc = subprocess.Popen(
        ["redis-server", "--port", "0", "--tls-port", str(port), "--bind", "127.0.0.1", "--tls-cert-file", str(cert),
         "--tls-key-file", str(key), "--tls-ca-cert-file", str(cert), "--tls-auth-clients", "no", "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        proc.terminate()
        proc.wait(10)


async def test_tls_only_redis_on_an_unusual_port(tls_redis: int) -> None:
    t0 = time.monotonic()
    rep = await scan(ScanConfig(targets=[f"127.0.0.1:{tls_redis}"], timeout=3))
    (svc,) = rep.services
    assert svc.engine == "redis" and svc.tls is True and svc.access == Access.OPEN
    assert "weak.no_tls" not in {f.rule for f in svc.findings}
    assert time.monotonic() - t0 < 10, "a TLS server must not cost every plain handshake a timeout"
