"""PostgreSQL probe against real servers: the lab (open 127.0.0.2, scram-sha-256 127.0.0.3) and
an instance this module starts on 127.0.0.1:<free port> with ``log_statement=all`` (unusual
port, the server-log proof, and the ``ssl = off`` finding).

``AJAR_TEST_PG_OPEN`` / ``AJAR_TEST_PG_LOCKED`` point the lab tests at other hosts (default
the lab's addresses).
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ajar.errors import ForbiddenCommand
from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.base import Limits, Target
from ajar.probes.postgresql import PostgresqlProbe
from tests.conftest import LOCKED, OPEN, ROOT, port_open
from tests.support import free_port, scan, template_regex

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/8")])
PG_OPEN = os.environ.get("AJAR_TEST_PG_OPEN", OPEN)
PG_LOCKED = os.environ.get("AJAR_TEST_PG_LOCKED", LOCKED)
PGBIN = Path("/usr/lib/postgresql/15/bin")


async def _scan(
    host: str, port: int = 5432, probes: tuple[type, ...] = (PostgresqlProbe,), sample: int = 20
) -> Service:
    return await scan(host, port, probes, sample=sample)


@pytest.fixture(scope="module")
def pg_lab() -> None:
    if not (port_open(PG_OPEN, 5432) and port_open(PG_LOCKED, 5432)):
        pytest.fail(f"PostgreSQL is not running on {PG_OPEN}/{PG_LOCKED}:5432: run `bash lab/up.sh postgres`")




def _as_postgres(*cmd: str | Path, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", *map(str, cmd)],
        check=True,
        capture_output=True,
        timeout=60,
        **kw,
    )  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def pg_own() -> Iterator[tuple[int, Path]]:
    """A trust-auth PostgreSQL on 127.0.0.1:<free port>, ssl off, log_statement=all; seeded."""
    yield from _own_postgres(ssl=False)


@pytest.fixture(scope="module")
def pg_own_ssl() -> Iterator[tuple[int, Path]]:
    """The same with ``ssl = on`` (a self-signed certificate)."""
    yield from _own_postgres(ssl=True)


def _own_postgres(ssl: bool) -> Iterator[tuple[int, Path]]:
    if not (PGBIN / "postgres").exists():
        pytest.fail("PostgreSQL 15 binaries are missing: run `bash lab/install.sh`")
    d = Path(tempfile.mkdtemp(prefix="ajar-pg-"))
    d.chmod(0o755)
    shutil.chown(d, "postgres", "postgres")
    port = free_port()
    _as_postgres(PGBIN / "initdb", "-D", d / "data", "-A", "trust", "-U", "postgres")
    log = d / "statements.log"
    ssl_opts = ["-c", "ssl=off"]
    if ssl:
        _as_postgres("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                     "-subj", "/CN=ajar-test", "-keyout", d / "data" / "server.key", "-out", d / "data" / "server.crt")
        ssl_opts = ["-c", "ssl=on"]
    proc = subprocess.Popen(
        [
            "setpriv",
            "--reuid=postgres",
            "--regid=postgres",
            "--init-groups",
            str(PGBIN / "postgres"),
            "-D",
            str(d / "data"),
            "-c",
            "listen_addresses=127.0.0.1",
            "-p",
            str(port),
            "-k",
            str(d),
            "-c",
            "fsync=off",
            *ssl_opts,
            "-c",
            "log_statement=all",
            "-c",
            "logging_collector=off",
            "-c",
            "log_line_prefix=%m [%p] %a: ",
        ],
        stdout=open(log, "wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # noqa: SIM115
    try:
        for _ in range(100):
            if port_open("127.0.0.1", port):
                break
            time.sleep(0.1)
        seed = subprocess.run(
            [sys.executable, "-m", "ajar.lab.seed", "postgres", "--host", "127.0.0.1", "--port", str(port)],
            capture_output=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        assert seed.returncode == 0, seed.stderr.decode()[-500:]
        yield port, log
    finally:
        proc.terminate()  # our own postmaster, by PID
        proc.wait(20)
        shutil.rmtree(d, ignore_errors=True)


async def test_open_postgresql_is_read_and_classified(pg_lab: None) -> None:
    svc = await _scan(PG_OPEN)
    assert svc.engine == "postgresql" and svc.status == Status.SUCCESS, svc.error
    assert svc.access == Access.OPEN and svc.version
    assert svc.rights.read and svc.rights.write and svc.rights.admin and "rolsuper" in svc.rights.basis
    by_name = {d.name: d for d in svc.datasets}
    assert by_name["crm.customers"].records == 1000 and by_name["crm.orders"].records == 300
    assert all(0 < d.sampled <= 20 for d in svc.datasets)
    cats = {c.value for c in svc.categories}
    assert {"person.name", "contact.email", "financial.card_number", "financial.iban"} <= cats
    rules = {f.rule for f in svc.findings}
    assert {"postgresql.trust_auth", "postgresql.superuser_without_password"} <= rules
    assert any("AuthenticationOk" in e.reply for e in svc.evidence)


async def test_locked_postgresql_is_auth_required_with_evidence(pg_lab: None) -> None:
    svc = await _scan(PG_LOCKED)
    assert svc.engine == "postgresql" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets
    assert any("AuthenticationSASL" in e.reply and "asked for a password" in e.reply for e in svc.evidence)
    assert "SCRAM-SHA-256" in str(svc.info.get("sasl_mechanisms"))
    assert not {"postgresql.trust_auth", "postgresql.superuser_without_password"} & {f.rule for f in svc.findings}
    assert svc.severity.value in ("info", "low")


async def test_undeclared_statement_is_refused_before_it_leaves(pg_own: tuple[int, Path]) -> None:
    probe = PostgresqlProbe(Target("127.0.0.1", pg_own[0]), SCOPE, Limits())
    try:
        await probe.identify()
        probe.SQL = {**probe.SQL, "DROP": "DROP TABLE crm.customers"}  # on the instance only
        with pytest.raises(ForbiddenCommand):
            await probe._fetch("crm", "DROP")  # noqa: SLF001 - the guard itself is under test
    finally:
        await probe.close()


async def test_unusual_port_is_identified_among_all_probes(pg_own: tuple[int, Path]) -> None:
    svc = await _scan("127.0.0.1", pg_own[0], probes=PROBES)
    assert svc.engine == "postgresql" and svc.version and svc.version.startswith("15")
    assert svc.access == Access.OPEN


async def test_ssl_off_is_reported(pg_own: tuple[int, Path]) -> None:
    svc = await _scan("127.0.0.1", pg_own[0])
    assert svc.tls is False
    tls = [f for f in svc.findings if f.rule == "weak.no_tls"]
    assert len(tls) == 1 and "SHOW ssl answered 'off'" in tls[0].detail


async def test_ssl_on_is_used_and_not_reported(pg_own_ssl: tuple[int, Path]) -> None:
    svc = await _scan("127.0.0.1", pg_own_ssl[0])
    assert svc.engine == "postgresql" and svc.access == Access.OPEN, svc.error
    assert svc.tls is True and svc.info.get("ssl_offered") is True
    assert any(e.command == "SSLRequest" and "S" in e.reply for e in svc.evidence)
    assert "weak.no_tls" not in {f.rule for f in svc.findings}




def test_server_log_shows_only_declared_read_only_statements(pg_own: tuple[int, Path]) -> None:
    """log_statement=all: every statement of a scan matches a declared template; none writes."""
    import asyncio

    port, log = pg_own
    start = log.stat().st_size
    svc = asyncio.run(_scan("127.0.0.1", port))
    assert svc.access == Access.OPEN
    time.sleep(0.3)
    text = log.read_bytes()[start:].decode("utf-8", "replace")
    stmts = re.findall(r"\] ajar: LOG:  (?:statement|execute [^:]*): (.*?)(?=\n\S|\Z)", text, re.S)
    assert len(stmts) >= 5, text[:500]
    other_apps = re.findall(r"\] (?!ajar:)[^:]*: LOG:  (?:statement|execute)", text)
    assert not other_apps, "statements from a client other than the probe during the scan"
    templates = [template_regex(t) for t in PostgresqlProbe.SQL.values()]
    undeclared = [s for s in stmts if not any(t.match(s.strip()) for t in templates)]
    assert not undeclared, f"undeclared statements: {undeclared[:3]}"
    writes = re.compile(r"^\s*(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|TRUNCATE|COPY|GRANT|SET|BEGIN)\b", re.I)
    assert not [s for s in stmts if writes.match(s)]
