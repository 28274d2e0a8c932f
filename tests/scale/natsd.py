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
def nats_server(store: Path, *, jetstream: bool = True, config: str | None = None) -> Iterator[str]:
    """``nats://127.0.0.1:PORT`` of a fresh JetStream server whose store is ``store``.

    ``jetstream=False``: a server without JetStream; ``config``: the body of a configuration file
    (``authorization``, ``accounts``...) for a JetStream server on the same address and store.
    """
    exe = shutil.which("nats-server") or "/usr/sbin/nats-server"
    if not Path(exe).exists():
        pytest.fail("nats-server is not installed: run lab/install.sh (Debian package nats-server)")
    port = _free_port()
    args = ["-a", "127.0.0.1", "-p", str(port)] + (["-js", "-sd", str(store)] if jetstream else [])
    if config is not None:
        conf = store.with_suffix(".conf")
        conf.write_text(f'listen: "127.0.0.1:{port}"\njetstream {{ store_dir: "{store}" }}\n{config}\n')
        args = ["-c", str(conf)]
    proc = subprocess.Popen([exe, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
