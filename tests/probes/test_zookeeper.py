"""ZooKeeper probe against real servers: the lab (open 127.0.0.2, SASL-required 127.0.0.3) and
servers started here on 127.0.0.1:<free port> with slf4j-simple at debug level, so the server
logs every request it processes (``Processing request:: ... type:<op>``) and its audit log
(``audit.enable=true``) shows every write."""

from __future__ import annotations

import ipaddress
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ajar.errors import ForbiddenCommand
from ajar.lab.seed import seed_zookeeper
from ajar.models import Access, Service, Status
from ajar.net import Scope
from ajar.probes import PROBES
from ajar.probes.base import Limits, Probe, Target
from ajar.probes.zookeeper import ZookeeperProbe
from tests.conftest import LOCKED, OPEN, port_open
from tests.support import free_port, scan, stop

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/24")])
PORT = 2181
JARS = ("/usr/share/java/zookeeper.jar", "/usr/share/java/slf4j-simple.jar")


@pytest.fixture(scope="module")
def zk_lab(lab: Path) -> Path:
    if not (port_open(OPEN, PORT) and port_open(LOCKED, PORT)):
        pytest.fail("zookeeper is not running in the lab: run `bash lab/up.sh zookeeper`")
    return lab




def _start_zk(tmp: Path, extra: str = "") -> tuple[subprocess.Popen[bytes], int, Path]:
    java = shutil.which("java")
    assert java and all(Path(j).exists() for j in JARS), "needs java, the zookeeper and slf4j-simple jars"
    port = free_port()
    (tmp / "data").mkdir(exist_ok=True)
    (tmp / "zoo.cfg").write_text(
        f"tickTime=2000\ndataDir={tmp}/data\nclientPort={port}\nclientPortAddress=127.0.0.1\n"
        f"admin.enableServer=false\naudit.enable=true\n{extra}"
    )
    log = tmp / "zookeeper.log"
    main = "org.apache.zookeeper.server.quorum.QuorumPeerMain"
    cmd = [java, "-Xmx128m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
           "-cp", f"{tmp}:{':'.join(JARS)}", main, str(tmp / "zoo.cfg")]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 60  # a JVM on a busy 2-core machine can take a while
    while time.monotonic() < deadline and proc.poll() is None:
        if port_open("127.0.0.1", port):
            return proc, port, log
        time.sleep(0.05)
    _stop(proc)
    raise AssertionError("zookeeper did not start")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    stop(proc, 10)  # by the PID we started


@pytest.fixture(scope="module")
def local_zk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    proc, port, log = _start_zk(tmp_path_factory.mktemp("zk"), "4lw.commands.whitelist=srvr,ruok\n")
    try:
        seed_zookeeper("127.0.0.1", port)
        yield port, log
    finally:
        _stop(proc)


async def _scan(host: str, port: int = PORT, probes: tuple[type[Probe], ...] = PROBES) -> Service:
    return await scan(host, port, probes, sample=10)


async def test_open_zookeeper_is_read_and_classified(zk_lab: Path) -> None:
    svc = await _scan(OPEN)
    assert svc.engine == "zookeeper" and svc.status == Status.SUCCESS and svc.version
    assert svc.access == Access.OPEN
    assert svc.rights.read and svc.rights.write and "world:anyone" in svc.rights.basis
    app = next(d for d in svc.datasets if d.name == "/app")
    assert app.records == 30 and app.sampled == 10
    assert not any(d.name == "/zookeeper" for d in svc.datasets)
    assert {"contact.email", "person.name"} <= {c.value for c in svc.categories}
    rules = {f.rule: f for f in svc.findings}
    assert "/app" in rules["zookeeper.world_readable"].datasets
    assert "setAcl" in rules["zookeeper.world_readable"].remediation
    assert "zookeeper.four_letter_words" in rules


async def test_locked_zookeeper_is_auth_required_with_evidence(zk_lab: Path) -> None:
    svc = await _scan(LOCKED)
    assert svc.engine == "zookeeper" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets
    assert any("SASL authentication required" in e.reply for e in svc.evidence)
    assert svc.severity.value in ("info", "low")


async def test_unusual_port_is_identified_among_all_probes(local_zk: tuple[int, Path]) -> None:
    port, _ = local_zk
    svc = await _scan("127.0.0.1", port)
    assert svc.engine == "zookeeper", svc.error
    assert svc.version and svc.access == Access.OPEN
    assert "/app" in {d.name for d in svc.datasets}


async def test_server_log_shows_only_declared_reads(local_zk: tuple[int, Path]) -> None:
    """The server's request log: only declared operations from the scan; its audit log: no write."""
    port, log = local_zk
    time.sleep(0.3)
    start = log.stat().st_size
    svc = await _scan("127.0.0.1", port, probes=(ZookeeperProbe,))
    assert svc.access == Access.OPEN
    time.sleep(0.5)
    text = log.read_bytes()[start:].decode(errors="replace")
    ops = set(re.findall(r"Processing request:: sessionid:\S+ type:(\w+)", text))
    assert {"getChildren2", "getData", "getACL"} <= ops, f"the server logged: {ops}"
    assert ops <= ZookeeperProbe.commands, f"undeclared operations: {ops - ZookeeperProbe.commands}"
    writes = re.findall(r"operation=(create|delete|setData|setAcl|multiOperation|reconfig)", text)
    assert not writes, f"the audit log shows writes: {writes}"


async def test_four_letter_words_limited_to_srvr_no_finding(local_zk: tuple[int, Path]) -> None:
    """With ``4lw.commands.whitelist=srvr,ruok``, stat is refused: no four-letter-word finding."""
    port, _ = local_zk
    svc = await _scan("127.0.0.1", port, probes=(ZookeeperProbe,))
    assert svc.engine == "zookeeper" and svc.access == Access.OPEN
    assert any(e.command == "stat" and "whitelist" in e.reply for e in svc.evidence)
    assert "zookeeper.four_letter_words" not in {f.rule for f in svc.findings}


def test_undeclared_operation_is_refused() -> None:
    probe = ZookeeperProbe(Target(OPEN, PORT), SCOPE, Limits())
    for op in ("create", "delete", "setData", "setACL"):
        with pytest.raises(ForbiddenCommand):
            probe.allow(op)
