"""MQTT probe against real Mosquitto brokers: the lab (open 127.0.0.2, password 127.0.0.3) and a
broker started here on 127.0.0.1:<free port> with ``log_type all`` (unusual port, log proof)."""

from __future__ import annotations

import ipaddress
import re
import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ajar.errors import ForbiddenCommand
from ajar.lab.seed import seed_mqtt
from ajar.models import Access, Service, Status
from ajar.net import Scope, guard
from ajar.probes import PROBES
from ajar.probes.base import Limits, Probe, Target
from ajar.probes.mqtt import MAX_LEVELS, MqttProbe, topic_pattern
from tests.conftest import LOCKED, OPEN, port_open
from tests.hostile import memory_limit
from tests.support import free_port, scan

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/24")])
PORT = 1883


@pytest.fixture(scope="module")
def mq_lab(lab: Path) -> Path:
    if not (port_open(OPEN, PORT) and port_open(LOCKED, PORT)):
        pytest.fail("mosquitto is not running in the lab: run `bash lab/up.sh mosquitto`")
    return lab




@pytest.fixture()
def local_broker(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """An anonymous Mosquitto on 127.0.0.1:<free port>, logging everything, with retained fixes."""
    binary = shutil.which("mosquitto")
    assert binary, "mosquitto is not installed (apt-get install mosquitto)"
    port = free_port()
    conf = tmp_path / "mosquitto.conf"
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
                    "log_dest stdout\nlog_type all\nconnection_messages true\n")  # fmt: skip
    log = tmp_path / "mosquitto.log"
    with log.open("wb") as out:
        # line-buffered: to a file, its stdout log was written in blocks, long after the packets
        proc = subprocess.Popen(["stdbuf", "-oL", binary, "-c", str(conf)], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)  # fmt: skip
    try:
        for _ in range(100):
            if port_open("127.0.0.1", port):
                break
            time.sleep(0.05)
        seed_mqtt("127.0.0.1", port, vehicles=12)
        yield port, log
    finally:
        proc.terminate()  # by the PID we started
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


async def _scan(host: str, port: int = PORT, probes: tuple[type[Probe], ...] = PROBES) -> Service:
    return await scan(host, port, probes, sample=10, listen_seconds=1.5)


def test_topic_patterns_collapse_varying_levels() -> None:
    topics = [f"vehicles/35875907912{i:04d}/gps" for i in range(5)] + [
        "home/alice/location", "home/bob/location", "home/carol/location", "office/lights",
    ]  # fmt: skip
    p = topic_pattern(topics)
    assert {p[t] for t in topics[:5]} == {"vehicles/+/gps"}
    assert p["home/alice/location"] == "home/+/location"
    assert p["office/lights"] == "office/lights"


def test_topic_patterns_are_linear_and_bounded() -> None:
    """Three topics of 32,000 levels (MQTT's 65,535-byte limit) once took 2.5 GB and 21 s (quadratic
    keys per level); now each topic is cut to its first levels and keyed in one pass."""
    topics = ["/".join([str(i)] + ["lvl"] * 32_000) for i in range(3)]
    with memory_limit(1 << 30):
        p = topic_pattern(topics)
    assert len(p) == 3 and all(v.count("/") <= MAX_LEVELS for v in p.values())
    assert all(v.endswith("/#") for v in p.values())
    # within the bounds, patterns are what they were: three values at one level collapse
    wide = topic_pattern([f"site/{c}/temp/{'x/' * 40}end" for c in "abc"])
    assert set(wide.values()) == {"site/+/temp/" + "x/" * (MAX_LEVELS - 3) + "#"}


async def test_open_broker_is_read_and_classified(mq_lab: Path) -> None:
    svc = await _scan(OPEN)
    assert svc.engine == "mqtt" and svc.status == Status.SUCCESS and svc.version
    assert svc.access == Access.OPEN and svc.rights.read
    names = {d.name for d in svc.datasets}
    assert "vehicles/+/gps" in names
    assert not any(n.startswith("$SYS") for n in names)
    assert all(d.sampled <= 10 for d in svc.datasets)
    assert "location.coordinates" in {c.value for c in svc.categories}
    assert "mqtt.anonymous_subscribe" in {f.rule for f in svc.findings}


async def test_locked_broker_is_auth_required_with_evidence(mq_lab: Path) -> None:
    svc = await _scan(LOCKED)
    assert svc.engine == "mqtt" and svc.access == Access.AUTH_REQUIRED
    assert not svc.datasets
    assert any("return code 5" in e.reply or "return code 4" in e.reply for e in svc.evidence)
    assert svc.severity.value in ("info", "low")


async def test_unusual_port_is_identified_among_all_probes(local_broker: tuple[int, Path]) -> None:
    port, _ = local_broker
    svc = await _scan("127.0.0.1", port)
    assert svc.engine == "mqtt" and svc.version
    assert svc.access == Access.OPEN
    assert "vehicles/+/gps" in {d.name for d in svc.datasets}


def _log_through_marker(port: int, log: Path, seconds: float = 60) -> str:
    """The broker's log up to the connect of a marker client made after the scan, by protocol (a fixed
    sleep could read it before the scan's last lines were written): the broker handles its clients'
    packets one after another, so the scan's lines come before the marker's."""
    import paho.mqtt.client as mqtt

    marker = f"marker-{secrets.token_hex(4)}"
    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=marker)
    c.connect("127.0.0.1", port, 5)
    c.loop_start()
    try:
        deadline = time.monotonic() + seconds
        while (i := (text := log.read_text(errors="replace")).find(f" as {marker}")) < 0:
            assert time.monotonic() < deadline, f"the broker never logged the marker client {marker}"
            time.sleep(0.05)
    finally:
        c.loop_stop()
        c.disconnect()
    return text[: text.rfind("\n", 0, i) + 1]


async def test_mosquitto_log_shows_no_publish_from_ajar(local_broker: tuple[int, Path]) -> None:
    """Mosquitto's own log: ajar's client ids sent only declared packets, never PUBLISH."""
    port, log = local_broker
    svc = await _scan("127.0.0.1", port, probes=(MqttProbe,))
    assert svc.access == Access.OPEN
    text = _log_through_marker(port, log)
    ids = set(re.findall(r"New client connected from \S+ as (ajar-[0-9a-f]+)", text))
    assert ids, "the broker logged no connection from ajar"
    received = re.findall(r"Received (\w+) from (ajar-[0-9a-f]+)", text)
    kinds = {k for k, _ in received}
    assert "SUBSCRIBE" in kinds
    assert kinds <= MqttProbe.commands, f"undeclared packets in the broker log: {kinds - MqttProbe.commands}"
    assert "PUBLISH" not in kinds
    assert not re.search(r"Received PUBLISH from ajar-", text)


async def test_publish_is_refused_before_it_leaves(mq_lab: Path) -> None:
    probe = MqttProbe(Target(OPEN, PORT), SCOPE, Limits(timeout=3, listen_seconds=0.5))
    try:
        with guard(SCOPE):
            await probe.identify()
            await probe.access()
            assert probe._client is not None  # noqa: SLF001 - the hook itself is under test
            with pytest.raises(ForbiddenCommand):
                await probe._client.publish("ajar/test", b"x")  # noqa: SLF001
    finally:
        await probe.close()
    assert "PUBLISH" not in probe.sent
