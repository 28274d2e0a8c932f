"""ClickHouse probe against real servers: the lab (open 127.0.0.2, ``default`` with a password on
127.0.0.3; HTTP 8123 and native 9000) and a ClickHouse this module starts on 127.0.0.1 with free
ports and ``log_queries=1`` (unusual ports, the ``system.query_log`` proof).

``AJAR_TEST_CH_OPEN`` / ``AJAR_TEST_CH_LOCKED`` point the lab tests at other hosts.
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
from ajar.probes.clickhouse import ClickhouseProbe
from tests.conftest import LOCKED, OPEN, ROOT, port_open
from tests.support import free_port, scan, template_regex

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/8")])
CH_OPEN = os.environ.get("AJAR_TEST_CH_OPEN", OPEN)
CH_LOCKED = os.environ.get("AJAR_TEST_CH_LOCKED", LOCKED)


async def _scan(host: str, port: int, probes: tuple[type, ...] = (ClickhouseProbe,), sample: int = 20) -> Service:
    return await scan(host, port, probes, sample=sample)


@pytest.fixture(scope="module")
def ch_lab() -> None:
    if not all(port_open(h, p) for h in (CH_OPEN, CH_LOCKED) for p in (8123, 9000)):
        pytest.fail(f"ClickHouse is not running on {CH_OPEN}/{CH_LOCKED}: run `bash lab/up.sh clickhouse`")




@pytest.fixture(scope="module")
def ch_own() -> Iterator[tuple[int, int]]:
    """ClickHouse on 127.0.0.1 (http, native) free ports, default user open, query_log on; seeded."""
    if not shutil.which("clickhouse-server"):
        pytest.fail("clickhouse-server is missing: run `bash lab/install.sh`")
    d = Path(tempfile.mkdtemp(prefix="ajar-ch-"))
    d.chmod(0o755)
    http, native = free_port(), free_port()
    (d / "config.xml").write_text(f"""<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><console>1</console></logger>
  <http_port>{http}</http_port><tcp_port>{native}</tcp_port><listen_host>127.0.0.1</listen_host>
  <path>{d}/data/</path><tmp_path>{d}/data/tmp/</tmp_path>
  <user_files_path>{d}/data/user_files/</user_files_path><format_schema_path>{d}/data/fs/</format_schema_path>
  <users_config>users.xml</users_config><default_profile>default</default_profile>
  <default_database>default</default_database><timezone>UTC</timezone>
  <mark_cache_size>67108864</mark_cache_size><uncompressed_cache_size>67108864</uncompressed_cache_size>
  <query_log><database>system</database><table>query_log</table>
    <flush_interval_milliseconds>500</flush_interval_milliseconds></query_log>
</yandex>
""")
    (d / "users.xml").write_text("""<?xml version="1.0"?>
<yandex>
  <profiles><default><log_queries>1</log_queries></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks>
    <profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors>
    <result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time>
  </interval></default></quotas>
</yandex>
""")
    shutil.chown(d, "clickhouse", "clickhouse")
    for f in d.iterdir():
        shutil.chown(f, "clickhouse", "clickhouse")
    proc = subprocess.Popen(
        [
            "setpriv",
            "--reuid=clickhouse",
            "--regid=clickhouse",
            "--init-groups",
            "clickhouse-server",
            f"--config-file={d}/config.xml",
        ],
        stdout=open(d / "server.log", "wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # noqa: SIM115
    try:
        for _ in range(200):
            if port_open("127.0.0.1", native) and port_open("127.0.0.1", http):
                break
            time.sleep(0.1)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        seed = subprocess.run(
            [sys.executable, "-m", "ajar.lab.seed", "clickhouse", "--host", "127.0.0.1", "--port", str(native)],
            capture_output=True,
            timeout=120,
            env=env,
        )
        assert seed.returncode == 0, seed.stderr.decode()[-500:]
        yield http, native
    finally:
        proc.terminate()  # our own server, by PID
        proc.wait(30)
        shutil.rmtree(d, ignore_errors=True)


@pytest.mark.parametrize("port", [8123, 9000])
async def test_open_clickhouse_is_read_and_classified(ch_lab: None, port: int) -> None:
    svc = await _scan(CH_OPEN, port)
    assert svc.engine == "clickhouse" and svc.status == Status.SUCCESS, svc.error
    assert svc.access == Access.OPEN and svc.version
    assert svc.info.get("interface") == ("http" if port == 8123 else "native")
    assert svc.rights.read and svc.rights.write and svc.rights.admin and "readonly=0" in svc.rights.basis
    by_name = {d.name: d for d in svc.datasets}
    assert by_name["analytics.events"].records == 2000 and by_name["analytics.customers"].records == 1000
    assert all(0 < d.sampled <= 20 for d in svc.datasets)
    cats = {c.value for c in svc.categories}
    assert {"person.name", "contact.email", "network.ip_address", "financial.iban"} <= cats
    assert "clickhouse.default_user_no_password" in {f.rule for f in svc.findings}


@pytest.mark.parametrize("port", [8123, 9000])
async def test_locked_clickhouse_is_auth_required_with_evidence(ch_lab: None, port: int) -> None:
    svc = await _scan(CH_LOCKED, port)
    assert svc.engine == "clickhouse" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets
    assert any("194" in e.reply and "Password required" in e.reply for e in svc.evidence)
    assert "clickhouse.default_user_no_password" not in {f.rule for f in svc.findings}
    assert svc.severity.value in ("info", "low")


async def test_unusual_ports_are_identified_among_all_probes(ch_own: tuple[int, int]) -> None:
    http, native = ch_own
    for port, iface in ((native, "native"), (http, "http")):
        svc = await _scan("127.0.0.1", port, probes=PROBES)
        assert svc.engine == "clickhouse" and svc.info.get("interface") == iface, (port, svc.error)
        assert svc.access == Access.OPEN and svc.version == "18.16.1"


async def test_undeclared_query_is_refused_before_it_leaves(ch_own: tuple[int, int]) -> None:
    probe = ClickhouseProbe(Target("127.0.0.1", ch_own[1]), SCOPE, Limits())
    try:
        await probe.identify()
        probe.SQL = {**probe.SQL, "DROP": "DROP TABLE analytics.events"}
        with pytest.raises(ForbiddenCommand):
            await probe._query("DROP")  # noqa: SLF001 - the guard itself is under test
    finally:
        await probe.close()


def _template_regex(template: str) -> re.Pattern[str]:
    return template_regex(template, r"( FORMAT JSONCompact)?")


def test_query_log_shows_only_declared_read_only_queries(ch_own: tuple[int, int]) -> None:
    """Scan both ports, then (as the test, not the probe) SYSTEM FLUSH LOGS and read
    system.query_log: every query of the scan matches a declared template; none writes."""
    from clickhouse_driver import Client

    http, native = ch_own
    admin = Client("127.0.0.1", port=native)
    admin.execute("SYSTEM FLUSH LOGS")
    t0 = admin.execute("SELECT now() + 1")[0][0]  # a window that starts after the test's own queries
    time.sleep(1.1)  # query_log's event_time has a one-second resolution
    for port in (native, http):
        svc = asyncio.run(_scan("127.0.0.1", port))
        assert svc.access == Access.OPEN
    time.sleep(1.1)
    t1 = admin.execute("SELECT now()")[0][0]
    admin.execute("SYSTEM FLUSH LOGS")
    rows = admin.execute(
        "SELECT query FROM system.query_log WHERE type = 1 AND event_time >= %(t0)s AND event_time < %(t1)s",
        {"t0": t0, "t1": t1},
    )
    admin.disconnect()
    queries = [str(r[0]).strip() for r in rows]
    assert len(queries) >= 10
    templates = [_template_regex(t) for t in ClickhouseProbe.SQL.values()]
    undeclared = [q for q in queries if not any(t.match(q) for t in templates)]
    assert not undeclared, f"undeclared queries: {undeclared[:3]}"
    writes = re.compile(
        r"^\s*(INSERT|ALTER|CREATE|DROP|TRUNCATE|RENAME|OPTIMIZE|SYSTEM|SET|KILL|ATTACH|DETACH)\b", re.I
    )
    assert not [q for q in queries if writes.match(q)]
