"""MySQL/MariaDB probe against real servers: the lab (open 127.0.0.2 = root with an empty
password, locked 127.0.0.3) and a MariaDB this module starts on 127.0.0.1:<free port> with the
general log on and an anonymous account (unusual port, the default path without opt-in, the
general-log proof, findings).

``AJAR_TEST_MY_OPEN`` / ``AJAR_TEST_MY_LOCKED`` point the lab tests at other hosts.
"""

from __future__ import annotations

import asyncio
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
from ajar.probes.mysql import MysqlProbe
from tests.conftest import LOCKED, OPEN, ROOT, port_open
from tests.support import free_port, scan, template_regex

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/8")])
MY_OPEN = os.environ.get("AJAR_TEST_MY_OPEN", OPEN)
MY_LOCKED = os.environ.get("AJAR_TEST_MY_LOCKED", LOCKED)


async def _scan(
    host: str, port: int = 3306, probes: tuple[type, ...] = (MysqlProbe,), sample: int = 20, opt_in: bool = False
) -> Service:
    """``opt_in``: as ``--try-default-credentials`` (root with an empty password is tried)."""
    return await scan(host, port, probes, sample=sample, try_default_credentials=opt_in)


@pytest.fixture(scope="module")
def my_lab() -> None:
    if not (port_open(MY_OPEN, 3306) and port_open(MY_LOCKED, 3306)):
        pytest.fail(f"MariaDB is not running on {MY_OPEN}/{MY_LOCKED}:3306: run `bash lab/up.sh mariadb`")




@pytest.fixture(scope="module")
def my_own() -> Iterator[tuple[int, Path]]:
    """MariaDB on 127.0.0.1:<free port>: root without password, an anonymous account with SELECT
    on ``shop``, general log on; seeded with the lab's ``shop`` database."""
    if not shutil.which("mariadbd"):
        pytest.fail("mariadbd is missing: run `bash lab/install.sh`")
    d = Path(tempfile.mkdtemp(prefix="ajar-my-"))
    d.chmod(0o755)
    shutil.chown(d, "mysql", "mysql")
    port = free_port()
    subprocess.run(
        [
            "mariadb-install-db",
            "--no-defaults",
            f"--datadir={d}/data",
            "--user=mysql",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    general = d / "general.log"
    proc = subprocess.Popen(
        [
            "mariadbd",
            "--no-defaults",
            f"--datadir={d}/data",
            "--user=mysql",
            "--bind-address=127.0.0.1",
            f"--port={port}",
            f"--socket={d}/my.sock",
            f"--pid-file={d}/my.pid",
            f"--log-error={d}/err.log",
            "--skip-name-resolve",
            "--innodb-buffer-pool-size=32M",
            "--general-log=1",
            f"--general-log-file={general}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        for _ in range(150):
            if port_open("127.0.0.1", port):
                break
            time.sleep(0.1)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        seed = subprocess.run(
            [sys.executable, "-m", "ajar.lab.seed", "mariadb", "--host", "127.0.0.1", "--port", str(port)],
            capture_output=True,
            timeout=120,
            env=env,
        )
        assert seed.returncode == 0, seed.stderr.decode()[-500:]
        import pymysql

        c = pymysql.connect(host="127.0.0.1", port=port, user="root", password="", autocommit=True)
        with c.cursor() as cur:
            cur.execute("CREATE USER ''@'%'")
            cur.execute("GRANT SELECT ON shop.* TO ''@'%'")
        c.close()
        yield port, general
    finally:
        proc.terminate()  # our own mariadbd, by PID
        proc.wait(30)
        shutil.rmtree(d, ignore_errors=True)


async def test_open_mariadb_with_opt_in_is_read_and_classified(my_lab: None) -> None:
    svc = await _scan(MY_OPEN, opt_in=True)
    assert svc.engine == "mysql" and svc.status == Status.SUCCESS, svc.error
    assert svc.access == Access.OPEN and svc.version and "MariaDB" in svc.version
    assert not svc.version.startswith("5.5.5-")
    assert svc.rights.read and svc.rights.write and svc.rights.admin and "SHOW GRANTS" in svc.rights.basis
    by_name = {d.name: d for d in svc.datasets}
    assert by_name["shop.customers"].records == 1000 and by_name["shop.orders"].records == 300
    assert all(0 < d.sampled <= 20 for d in svc.datasets)
    cats = {c.value for c in svc.categories}
    assert {"person.name", "contact.email", "financial.card_number", "financial.iban"} <= cats
    assert "mysql.empty_root_password" in {f.rule for f in svc.findings}


async def test_open_mariadb_without_opt_in_does_not_try_root(my_lab: None) -> None:
    svc = await _scan(MY_OPEN)
    assert svc.engine == "mysql"
    assert not any("user='root'" in e.command for e in svc.evidence)
    assert any(e.command == "root with an empty password" for e in svc.evidence) or svc.access == Access.OPEN


async def test_locked_mariadb_is_auth_required_with_evidence(my_lab: None) -> None:
    svc = await _scan(MY_LOCKED, opt_in=True)
    assert svc.engine == "mysql" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets
    assert any("error 1045" in e.reply for e in svc.evidence)
    assert svc.severity.value in ("info", "low")


async def test_anonymous_account_is_open_by_default_and_reported(my_own: tuple[int, Path]) -> None:
    svc = await _scan("127.0.0.1", my_own[0])
    assert svc.access == Access.OPEN, svc.evidence
    assert any(e.command == "Connect user='' password=(none)" and "OK" in e.reply for e in svc.evidence)
    rules = {f.rule: f for f in svc.findings}
    assert "mysql.anonymous_account" in rules
    # mysql.user is not readable by the anonymous account: root's empty password stays unknown
    assert "mysql.empty_root_password" not in rules
    assert svc.rights.read and not svc.rights.write and not svc.rights.admin
    assert "weak.no_tls" in rules and "have_ssl is DISABLED" in rules["weak.no_tls"].detail
    assert {d.name for d in svc.datasets} == {"shop.customers", "shop.orders"}


async def test_opt_in_reports_root_and_anonymous_accounts(my_own: tuple[int, Path]) -> None:
    svc = await _scan("127.0.0.1", my_own[0], opt_in=True)
    rules = {f.rule: f for f in svc.findings}
    assert "mysql.anonymous_account" in rules and "mysql.empty_root_password" in rules
    assert "mysql.user lists" in rules["mysql.anonymous_account"].detail


async def test_unusual_port_is_identified_among_all_probes(my_own: tuple[int, Path]) -> None:
    svc = await _scan("127.0.0.1", my_own[0], probes=PROBES)
    assert svc.engine == "mysql" and svc.version and "MariaDB" in svc.version


async def test_undeclared_statement_is_refused_before_it_leaves(my_own: tuple[int, Path]) -> None:
    probe = MysqlProbe(Target("127.0.0.1", my_own[0]), SCOPE, Limits())
    try:
        await probe.access()
        probe.SQL = {**probe.SQL, "DROP": "DROP TABLE shop.customers"}
        with pytest.raises(ForbiddenCommand):
            await probe._q("DROP")  # noqa: SLF001 - the guard itself is under test
    finally:
        await probe.close()




def test_general_log_shows_only_declared_read_only_statements(my_own: tuple[int, Path]) -> None:
    """The general log: every Query of a scan (with opt-in, so root's connection is seen too)
    matches a declared template; the only other entries are Connect and Quit; nothing writes."""
    port, log = my_own
    start = log.stat().st_size
    svc = asyncio.run(_scan("127.0.0.1", port, opt_in=True))
    assert svc.access == Access.OPEN
    time.sleep(0.3)
    text = log.read_bytes()[start:].decode("utf-8", "replace")
    entries = re.findall(
        r"^(?:\d{6}\s+[\d:]+\s+|\s+)\s*\d+\s+(Connect|Query|Quit|Init DB|Field List|\w+)\t?(.*)$", text, re.M
    )
    kinds = {k for k, _ in entries}
    assert kinds <= {"Connect", "Query", "Quit"}, kinds
    queries = [q.strip() for k, q in entries if k == "Query"]
    assert len(queries) >= 6, text[:400]
    templates = [template_regex(t) for t in MysqlProbe.SQL.values()]
    undeclared = [q for q in queries if not any(t.match(q) for t in templates)]
    assert not undeclared, f"undeclared statements: {undeclared[:3]}"
    writes = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|TRUNCATE|GRANT|SET|LOAD)\b", re.I)
    assert not [q for q in queries if writes.match(q)]
    assert queries[0] == "START TRANSACTION READ ONLY"
