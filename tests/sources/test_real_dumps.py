"""Dumps written by the real tools: mariadb-dump, pg_dump (COPY and --inserts), the sqlite3 shell's .dump.

The generated sample collections are loaded into our own MariaDB and PostgreSQL (temporary data
directories, 127.0.0.1 on free ports, stopped by PID) and into an SQLite file; each tool dumps
them; each dump must give the sample's exact record counts and its categories.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import glob
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ajar.pipeline.classify import classify_records
from ajar.sources.files import read_path
from tests.conftest import port_open
from tests.sources import samples
from tests.sources.test_dumps import EXPECTED
from tests.support import free_port

pytestmark = pytest.mark.integration


def _rows() -> dict[str, tuple[list[str], list[list[Any]]]]:
    out = {}
    for table, docs in samples.collections().items():
        cols = list(docs[0])
        out[table] = (cols, [[str(d[c]) if c == "_id" else d[c] for c in cols] for d in docs])
    return out


def _types(cols: list[str], rows: list[list[Any]], when: str, other: str) -> dict[str, str]:
    """Column types: ``when`` for the datetime columns, ``other`` for the rest."""
    return {c: when if isinstance(rows[0][i], dt.datetime) else other for i, c in enumerate(cols)}


def _check(dump: Path) -> None:
    got = {fd.name.rsplit(".", 1)[-1]: fd for fd in read_path(dump, 200)}
    assert set(got) == set(samples.COUNTS)
    for table, fd in got.items():
        assert (fd.records, fd.error) == (samples.COUNTS[table], None), table
        cats = {f.category.value for f in classify_records(fd.sample).fields}
        assert EXPECTED[table] <= cats, (table, cats)


def _wait_port(port: int, proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 90
    while not port_open("127.0.0.1", port):
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"our {what} did not start")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    d = Path(tempfile.mkdtemp(prefix="ajar-dumps-"))
    d.chmod(0o755)
    yield d
    shutil.rmtree(d, ignore_errors=True)


def test_mariadb_dump(workdir: Path) -> None:
    if not shutil.which("mariadbd"):
        pytest.fail("mariadbd is missing: run `bash lab/install.sh`")
    d = workdir / "my"
    d.mkdir()
    shutil.chown(d, "mysql", "mysql")
    port = free_port()
    subprocess.run(
        ["mariadb-install-db", "--no-defaults", f"--datadir={d}/data", "--user=mysql",
         "--auth-root-authentication-method=normal", "--skip-test-db"],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    proc = subprocess.Popen(
        ["mariadbd", "--no-defaults", f"--datadir={d}/data", "--user=mysql", "--bind-address=127.0.0.1",
         f"--port={port}", f"--socket={d}/my.sock", f"--pid-file={d}/my.pid", f"--log-error={d}/err.log",
         "--skip-name-resolve", "--innodb-buffer-pool-size=16M"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        _wait_port(port, proc, "MariaDB")
        import pymysql

        c = pymysql.connect(host="127.0.0.1", port=port, user="root", password="", autocommit=True)
        with c.cursor() as cur:
            cur.execute("CREATE DATABASE sample")
            cur.execute("USE sample")
            for table, (cols, rows) in _rows().items():
                types = _types(cols, rows, "DATETIME", "TEXT")
                cur.execute(f"CREATE TABLE `{table}` (" + ", ".join(f"`{c}` {types[c]}" for c in cols) + ")")
                cur.executemany(
                    f"INSERT INTO `{table}` VALUES (" + ", ".join(["%s"] * len(cols)) + ")",
                    [[v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v for v in r] for r in rows],
                )
        c.close()
        out = workdir / "mariadb.sql"
        with out.open("wb") as fh:
            subprocess.run(
                ["mariadb-dump", "--no-defaults", "-h127.0.0.1", f"-P{port}", "-uroot", "sample"],
                stdout=fh, check=True, timeout=120,
            )  # fmt: skip
        assert b"INSERT INTO `customers` VALUES" in out.read_bytes()
        _check(out)
    finally:
        proc.terminate()  # our own mariadbd, by PID
        proc.wait(60)


def _as_postgres(*cmd: str | Path) -> None:
    subprocess.run(["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", *map(str, cmd)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip


def test_pg_dump_copy_and_inserts(workdir: Path) -> None:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        pytest.fail("PostgreSQL is missing: run `bash lab/install.sh`")
    pgbin = Path(bins[-1])
    d = workdir / "pg"
    d.mkdir()
    shutil.chown(d, "postgres", "postgres")
    port = free_port()
    _as_postgres(pgbin / "initdb", "-D", d / "data", "-A", "trust", "-U", "postgres", "--no-sync")
    proc = subprocess.Popen(
        ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", str(pgbin / "postgres"),
         "-D", str(d / "data"), "-c", "listen_addresses=127.0.0.1", "-p", str(port), "-k", str(d),
         "-c", "fsync=off"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        _wait_port(port, proc, "PostgreSQL")

        async def load() -> None:
            import asyncpg

            deadline = time.monotonic() + 60
            while True:
                try:
                    conn = await asyncpg.connect(host="127.0.0.1", port=port, user="postgres", database="postgres")
                    break
                except (OSError, asyncpg.PostgresError):
                    if time.monotonic() > deadline:
                        raise
                    await asyncio.sleep(0.3)
            for table, (cols, rows) in _rows().items():
                types = _types(cols, rows, "timestamptz", "text")
                await conn.execute(f"CREATE TABLE {table} (" + ", ".join(f'"{c}" {types[c]}' for c in cols) + ")")
                await conn.copy_records_to_table(table, records=[tuple(r) for r in rows], columns=cols)
            await conn.close()

        asyncio.run(load())
        for name, extra in (("pg_copy.sql", []), ("pg_inserts.sql", ["--inserts"])):
            out = workdir / name
            subprocess.run(
                [str(pgbin / "pg_dump"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-f", str(out),
                 *extra, "postgres"],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            assert (b"COPY public.customers" in out.read_bytes()) == (not extra)
            _check(out)
    finally:
        proc.terminate()  # our own postmaster, by PID
        proc.wait(60)


def test_sqlite3_shell_dump(workdir: Path) -> None:
    if not shutil.which("sqlite3"):
        pytest.fail("the sqlite3 shell is missing: run `bash lab/install.sh`")
    db = workdir / "lite.db"
    import sqlite3

    con = sqlite3.connect(db)
    for table, (cols, rows) in _rows().items():
        types = _types(cols, rows, "TIMESTAMP", "TEXT")
        con.execute(f'CREATE TABLE "{table}" (' + ", ".join(f'"{c}" {types[c]}' for c in cols) + ")")
        con.executemany(
            f'INSERT INTO "{table}" VALUES (' + ",".join("?" * len(cols)) + ")",
            [[v.isoformat(" ") if isinstance(v, dt.datetime) else v for v in r] for r in rows],
        )
    con.commit()
    con.close()
    out = workdir / "lite.sql"
    with out.open("wb") as fh:
        subprocess.run(["sqlite3", str(db), ".dump"], stdout=fh, check=True, timeout=60)
    _check(out)
