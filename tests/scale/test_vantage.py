"""Closed, or closed only from here: the same check from three vantage points, in network namespaces.

The test builds its own small world with Linux network namespaces, veth pairs and nftables
(root only; CI runs as root): a target namespace runs Redis and Memcached on 203.0.113.10 and
the NATS server on 203.0.113.1; three vantage namespaces reach it over their own links from
three distinct TEST-NET networks, each running `ajar worker --vantage NAME`:

* NL (198.51.100.0/30) reaches the engines;
* CN (192.0.2.0/30) is dropped by the target's nftables (a timeout);
* US (203.0.113.248/30) is refused (TCP reset).

`ajar verify` from the target namespace must say ``restricted``, open from NL and closed from
CN and US; once NL is refused as well, ``closed_everywhere`` (three distinct networks, quorum
2). Only TEST-NET addresses, only inside namespaces this test creates and deletes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ajar.cluster.signing import load_or_create_key
from tests.support import stop

SERVICE, NATS_IP = "203.0.113.10", "203.0.113.1"
#: vantage -> (target side, vantage side, prefix)
LINKS = {"NL": ("198.51.100.1", "198.51.100.2", 30), "CN": ("192.0.2.1", "192.0.2.2", 30),
         "US": ("203.0.113.249", "203.0.113.250", 30)}
PORTS = "{6379, 11211}"


def sh(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=check, timeout=60)


def _can_make_namespaces() -> str | None:
    if os.geteuid() != 0:
        return "needs root to create network namespaces (CI runs as root)"
    for tool in ("ip", "nft", "redis-server", "memcached", "nats-server"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            return f"{tool} is not installed (lab/install.sh installs it)"
    probe = f"ajar-probe-{os.getpid()}"
    r = sh("ip", "netns", "add", probe, check=False)
    if r.returncode != 0:
        return f"network namespaces cannot be made here ({r.stderr.strip()})"
    sh("ip", "netns", "del", probe, check=False)
    return None


class World:
    def __init__(self, tmp: Path) -> None:
        tag = str(os.getpid())
        self.ns = {"T": f"ajar-t-{tag}", **{v: f"ajar-{v.lower()}-{tag}" for v in LINKS}}
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []
        self.tmp = tmp
        self.env = {**os.environ, "AJAR_STATE_DIR": str(tmp / "state"), "PYTHONPATH": os.environ.get(
            "PYTHONPATH", str(Path(__file__).resolve().parents[2] / "src"))}

    def build(self) -> None:
        t = self.ns["T"]
        for name in self.ns.values():
            sh("ip", "netns", "add", name)
            sh("ip", "-n", name, "link", "set", "lo", "up")
        for a in (SERVICE, NATS_IP):  # the target's own addresses, on its loopback interface
            sh("ip", "-n", t, "addr", "add", f"{a}/32", "dev", "lo")
        for i, (v, (tside, vside, plen)) in enumerate(LINKS.items()):
            vt, vv = f"ajt{i}", f"ajv{i}"
            sh("ip", "link", "add", vt, "netns", t, "type", "veth", "peer", "name", vv, "netns", self.ns[v])
            sh("ip", "-n", t, "addr", "add", f"{tside}/{plen}", "dev", vt)
            sh("ip", "-n", self.ns[v], "addr", "add", f"{vside}/{plen}", "dev", vv)
            sh("ip", "-n", t, "link", "set", vt, "up")
            sh("ip", "-n", self.ns[v], "link", "set", vv, "up")
            sh("ip", "-n", self.ns[v], "route", "add", "203.0.113.0/28", "via", tside)
        rules = self.tmp / "rules.nft"
        rules.write_text(f"""table inet ajar {{
  chain input {{
    type filter hook input priority 0; policy accept;
    ip saddr {LINKS['CN'][1]} tcp dport {PORTS} drop
    ip saddr {LINKS['US'][1]} tcp dport {PORTS} reject with tcp reset
  }}
}}
""")
        sh("ip", "netns", "exec", t, "nft", "-f", str(rules))

    def refuse_nl(self) -> None:
        sh("ip", "netns", "exec", self.ns["T"], "nft", "add", "rule", "inet", "ajar", "input", "ip", "saddr",
           LINKS["NL"][1], "tcp", "dport", PORTS, "reject", "with", "tcp", "reset")

    def start(self, ns: str, *cmd: str) -> Path:
        """Start ``cmd`` in namespace ``ns``; its log (stdout and stderr, to a file: a pipe nobody reads
        would stall a chatty process once full) is the path returned."""
        log = self.tmp / f"{ns}-{len(self.procs)}.log"
        with log.open("wb") as f:
            p = subprocess.Popen(["ip", "netns", "exec", self.ns[ns], *cmd], stdout=f, stderr=subprocess.STDOUT,
                                 env=self.env)
        self.procs.append(p)
        self.logs.append(log)
        return log

    def wait_line(self, log: Path, word: str, seconds: float = 60) -> None:
        """Wait, by what the process writes, until its log has a line holding ``word``."""
        deadline = time.monotonic() + seconds
        while not any(word in line for line in log.read_text("utf-8", "replace").splitlines()):
            assert time.monotonic() < deadline, f"no {word!r} in {log.name} after {seconds} s:\n{self.tails()}"
            time.sleep(0.05)

    def tails(self) -> str:
        """The end of every log of the world's processes (for a failure's message)."""
        return "\n".join(f"--- {log.name}\n" + log.read_text("utf-8", "replace")[-1500:] for log in self.logs)

    def wait_port(self, ns: str, host: str, port: int) -> None:
        code = ("import socket,sys,time\nd=time.time()+30\n"
                "while time.time()<d:\n"
                f" try: socket.create_connection(('{host}',{port}),1).close(); sys.exit(0)\n"
                " except OSError: time.sleep(0.1)\nsys.exit(1)")
        r = subprocess.run(["ip", "netns", "exec", self.ns[ns], sys.executable, "-c", code], timeout=60)
        assert r.returncode == 0, f"{host}:{port} did not come up in {ns}"

    def ajar(self, ns: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["ip", "netns", "exec", self.ns[ns], sys.executable, "-m", "ajar", *args],
                              capture_output=True, text=True, timeout=300, env=self.env)

    def destroy(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                stop(p)
        for name in self.ns.values():
            sh("ip", "netns", "del", name, check=False)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    why = _can_make_namespaces()
    if why:
        pytest.skip(f"vantage test skipped: {why}")
    w = World(tmp_path)
    try:
        w.build()
        w.start("T", "redis-server", "--bind", SERVICE, "--port", "6379", "--save", "", "--appendonly", "no",
                "--protected-mode", "no", "--dir", str(tmp_path))
        w.start("T", "memcached", "-l", SERVICE, "-p", "11211", "-U", "0", "-u", "root")
        w.start("T", "nats-server", "-js", "-a", NATS_IP, "-p", "4222", "-sd", str(tmp_path / "js"))
        for port in (6379, 11211, 4222):
            w.wait_port("T", SERVICE if port != 4222 else NATS_IP, port)
        yield w
    finally:
        w.destroy()


def test_geo_blocking_is_restricted_and_closed_only_when_every_vantage_is_refused(world: World) -> None:
    load_or_create_key(world.tmp / "coordinator.key")  # the key `ajar verify` uses (beside AJAR_STATE_DIR)
    pub = str(world.tmp / "coordinator.pub")
    for v in LINKS:
        log = world.start(v, sys.executable, "-m", "ajar", "worker", "--nats", f"nats://{NATS_IP}:4222",
                          "--trust", pub, "--vantage", v, "--ack-wait", "30")
        world.wait_line(log, "ready")
    args = [f"{SERVICE}:6379", f"{SERVICE}:11211", "--nats", f"nats://{NATS_IP}:4222", "--vantage", "NL",
            "--vantage", "CN", "--vantage", "US", "--quorum", "2", "--timeout", "2", "--wait", "120"]

    r = world.ajar("T", "verify", *args, "-o", str(world.tmp / "v1.json"))
    assert r.returncode == 0, r.stderr + world.tails()
    first = json.loads((world.tmp / "v1.json").read_text())
    assert [(o["port"], o["verdict"], o["open_from"], o["closed_from"]) for o in first] == [
        (6379, "restricted", ["NL"], ["CN", "US"]), (11211, "restricted", ["NL"], ["CN", "US"]),
    ], r.stderr + world.tails()

    world.refuse_nl()
    r = world.ajar("T", "verify", *args, "-o", str(world.tmp / "v2.json"))
    assert r.returncode == 0, r.stderr + world.tails()
    second = json.loads((world.tmp / "v2.json").read_text())
    assert [(o["port"], o["verdict"], o["open_from"]) for o in second] == [
        (6379, "closed_everywhere", []), (11211, "closed_everywhere", [])], r.stderr + world.tails()
