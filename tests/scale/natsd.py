"""A NATS server with JetStream for one test: Debian's nats-server on a free loopback port, stopped by PID."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support import stop


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def nats_server(store: Path) -> Iterator[str]:
    """``nats://127.0.0.1:PORT`` of a fresh JetStream server whose store is ``store``."""
    exe = shutil.which("nats-server") or "/usr/sbin/nats-server"
    if not Path(exe).exists():
        pytest.fail("nats-server is not installed: run lab/install.sh (Debian package nats-server)")
    port = _free_port()
    proc = subprocess.Popen([exe, "-js", "-a", "127.0.0.1", "-p", str(port), "-sd", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:  # ready when it answers the protocol: the INFO line
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    if s.recv(4096).startswith(b"INFO "):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("nats-server did not answer within 30 s")
            time.sleep(0.05)
        yield f"nats://127.0.0.1:{port}"
    finally:
        stop(proc)
