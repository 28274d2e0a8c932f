"""Stores for the watch tests: SQLite in a temp dir, and a PostgreSQL server this test run starts.

The PostgreSQL server is our own: initdb in a temp dir with Debian's binaries, run as the
``postgres`` user, listening on 127.0.0.1 at a free port, stopped by PID at the end. Never
the lab's PostgreSQL (127.0.0.2 is a scan target, and other tests count its databases).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import free_port

_PGBINS = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
_db_names = itertools.count(1)


def _as_postgres(*cmd: str | Path) -> None:
    subprocess.run(["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", *map(str, cmd)],
                   check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """``postgresql://postgres@127.0.0.1:PORT`` of a server started for this test session."""
    import psycopg

    if not _PGBINS:
        pytest.fail("PostgreSQL binaries are missing (/usr/lib/postgresql/*/bin): run `bash lab/install.sh`")
    pgbin = Path(_PGBINS[-1])
    d = Path(tempfile.mkdtemp(prefix="ajar-watch-pg-"))
    d.chmod(0o755)
    shutil.chown(d, "postgres", "postgres")
    port = free_port()
    _as_postgres(pgbin / "initdb", "-D", d / "data", "-A", "trust", "-U", "postgres", "--no-sync")
    log = open(d / "server.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", str(pgbin / "postgres"),
         "-D", str(d / "data"), "-c", "listen_addresses=127.0.0.1", "-p", str(port), "-k", str(d),
         "-c", "fsync=off", "-c", "logging_collector=off", "-c", "max_connections=60"],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"postgresql://postgres@127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:  # ready when it answers a query
            try:
                with psycopg.connect(f"{url}/postgres", connect_timeout=2) as c:
                    c.execute("SELECT 1")
                break
            except psycopg.OperationalError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"our PostgreSQL did not start: {(d / 'server.log').read_text()[-800:]}")
                time.sleep(0.2)
        yield url
    finally:
        # our own postmaster, by PID: SIGINT is PostgreSQL's fast shutdown (SIGTERM, the smart one,
        # waits for every client to leave, and engines the tests never closed kept it waiting seconds)
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(d, ignore_errors=True)


def new_pg_db(server: str) -> str:
    """A fresh database on our server; its URL."""
    import psycopg

    name = f"ajar_watch_{os.getpid()}_{next(_db_names)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ajar.db'}"
    return new_pg_db(request.getfixturevalue("pg_server"))
