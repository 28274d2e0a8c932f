"""Twenty listeners at random addresses of a /18 of loopback: every way of scanning finds all of them.

A plain scan; a scan killed with ``kill -9`` midway and resumed (``--resume``); and from
scanner output files (nmap -oX written by the real nmap when installed, masscan -oJ/-oL and
naabu -json in their documented formats). The resumed scan is checkpointed in the store (SQLite, the
default, and our own PostgreSQL) and, with ``--no-store``, in a journal file in a temporary state directory.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.watch.conftest import new_pg_db, pg_server  # noqa: F401 - our own PostgreSQL, as the store tests

NET = "127.20.0.0/18"
HERE = Path(__file__).parent


class Field:
    def __init__(self, net: str, count: int, seed: int, port: int = 0) -> None:
        self.proc = subprocess.Popen([sys.executable, str(HERE / "listeners.py"), net, str(count), str(seed),
                                      str(port)],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        info = json.loads(self.proc.stdout.readline())
        self.port: int = info["port"]
        self.hosts: set[str] = set(info["hosts"])

    def so_far(self) -> dict[str, int]:
        """The connections each address received so far (the listeners go on)."""
        assert self.proc.stderr is not None
        self.proc.send_signal(signal.SIGUSR1)
        return dict(json.loads(self.proc.stderr.readline()))

    def hits(self) -> dict[str, int]:
        """Stop the listeners (by PID) and return the connections each address received."""
        self.proc.send_signal(signal.SIGTERM)
        _, err = self.proc.communicate(timeout=10)
        return dict(json.loads(err.strip().splitlines()[-1]))


def listening(net: str, count: int) -> Iterator[Field]:
    """``count`` listeners in ``net`` for one test (a fixture's body), stopped by PID after it."""
    f = Field(net, count, seed=int(time.time()) % 1000)
    yield f
    if f.proc.poll() is None:
        f.proc.kill()
        f.proc.wait()


@pytest.fixture
def field() -> Iterator[Field]:
    yield from listening(NET, 20)


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "state"
    monkeypatch.setenv("AJAR_STATE_DIR", str(d))
    return d


def ajar(*args: str) -> list[str]:
    return [sys.executable, "-m", "ajar", "scan", *args]


def found(report: Path, port: int) -> list[str]:
    data = json.loads(report.read_text())
    return [s["host"] for s in data["services"] if s["port"] == port]


def common(f: Field) -> list[str]:
    return ["-p", f"{f.port},{f.port + 1}", "-q", "--timeout", "2"]


def test_a_plain_scan_finds_all_twenty(field: Field, state: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    r = subprocess.run(ajar(NET, *common(field), "--rate", "0", "-o", str(out)), capture_output=True,
                       text=True, timeout=600)
    assert r.returncode in (0, 1), r.stderr
    hosts = found(out, field.port)
    assert sorted(hosts) == sorted(field.hosts)
    assert json.loads(out.read_text())["scope"]["swept"] is True  # a sweep of the scope: what it did not list is shut


class Checkpoints:
    """Where a backend keeps an unfinished run's checkpoint, and how far it has got."""

    def __init__(self, kind: str, state: Path, url: str | None) -> None:
        self.kind, self.state, self.url = kind, state, url

    def args(self) -> list[str]:
        return ["--no-store"] if self.url is None else ["--store", self.url]

    def progress(self) -> tuple[int, bool, int]:
        """(open ports recorded, whether discovery progress is recorded, unfinished runs)."""
        if self.url is None:
            journals = list(self.state.glob("*/journal.jsonl"))
            text = journals[0].read_text() if journals else ""
            return text.count('"e":"open"'), '"e":"mark"' in text, len(journals)
        from ajar.store import make_engine

        engine = make_engine(self.url)
        try:
            with engine.connect() as c:
                if "checkpoints" not in sa.inspect(c).get_table_names():
                    return 0, False, 0
                runs = c.execute(sa.text("SELECT COUNT(*), COALESCE(MAX(watermark), 0) FROM checkpoints")).one()
                jobs = c.execute(sa.text("SELECT COUNT(*) FROM checkpoint_jobs")).scalar_one()
                return int(jobs), runs[1] > 0, int(runs[0])
        finally:
            engine.dispose()


@pytest.fixture(params=["sqlite", "journal", "postgresql", "journal-2-processes"])
def checkpoints(request: pytest.FixtureRequest, state: Path, tmp_path: Path) -> Checkpoints:
    """The store on SQLite (the default), the journal file of --no-store, the store on our own PostgreSQL;
    and the journal of a discovery shared out to two processes (its checkpoint composed from both)."""
    if request.param == "journal-2-processes":
        request.getfixturevalue("monkeypatch").setenv("AJAR_DISCOVERY_PROCESSES", "2")
        return Checkpoints("journal", state, None)
    if request.param == "sqlite":
        return Checkpoints("sqlite", state, f"sqlite:///{tmp_path / 'ajar.db'}")
    if request.param == "postgresql":
        return Checkpoints("postgresql", state, new_pg_db(request.getfixturevalue("pg_server")))
    return Checkpoints("journal", state, None)


def test_a_scan_killed_midway_and_resumed_finds_all_twenty_once(field: Field, checkpoints: Checkpoints,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    where = checkpoints.args()
    p = subprocess.Popen(ajar(NET, *common(field), "--rate", "3000", "-o", str(out), *where),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and p.poll() is None:
        found_ports, marked, _ = checkpoints.progress()
        if found_ports >= 5 and marked:
            break
        time.sleep(0.05)
    assert p.poll() is None, "the scan ended before it could be killed midway"
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    found_ports, marked, runs = checkpoints.progress()
    assert found_ports >= 5 and marked and runs == 1 and not out.exists()
    # the store's own checkpoint is resumed from the store; a --no-store run from its journal
    r = subprocess.run(ajar("--resume", *(where if checkpoints.url else [])), capture_output=True, text=True,
                       timeout=600)
    assert r.returncode in (0, 1), r.stderr
    hosts = found(out, field.port)  # the report goes where the first run was told to write it
    assert sorted(hosts) == sorted(field.hosts)  # all twenty, each once
    assert checkpoints.progress() == (0, False, 0)  # a finished run leaves no checkpoint behind
    assert not list(checkpoints.state.glob("*"))  # and the store's runs never write a journal
    if checkpoints.url:  # the finished run is recorded in the store it was checkpointed in
        assert "recorded in" in r.stderr
    else:
        assert "recorded in" not in r.stderr
    again = subprocess.run(ajar("--resume", *where), capture_output=True, text=True, timeout=60)
    assert again.returncode == 2 and "no interrupted run" in again.stderr


def _files(f: Field, tmp: Path, outside: str) -> dict[str, Path]:
    hosts = sorted(f.hosts) + [outside]
    files = {
        "masscan-oJ": "[\n" + "".join(
            f'{{   "ip": "{h}",   "timestamp": "1700000000", "ports": [ {{"port": {f.port}, "proto": "tcp", '
            f'"status": "open", "reason": "syn-ack", "ttl": 64}} ] }},\n' for h in hosts) + "]\n",
        "masscan-oL": "#masscan\n" + "".join(f"open tcp {f.port} {h} 1700000000\n" for h in hosts) + "# end\n",
        "naabu-json": "".join(json.dumps({"host": h, "ip": h, "port": f.port, "protocol": "tcp", "tls": False})
                              + "\n" for h in hosts),
    }
    out = {}
    for name, text in files.items():
        out[name] = tmp / name
        out[name].write_text(text)
    return out


def test_discovery_from_scanner_files_finds_all_twenty_and_never_leaves_the_scope(
        field: Field, state: Path, tmp_path: Path) -> None:
    outside = Field("127.21.0.0/24", 1, seed=1, port=field.port)  # in the files, not in the scope: no packet
    try:
        files = _files(field, tmp_path, next(iter(outside.hosts)))
        if shutil.which("nmap"):
            x = tmp_path / "nmap.xml"
            subprocess.run(["nmap", "-sT", "-Pn", "-n", "-p", str(field.port), NET, "-oX", str(x)],
                           capture_output=True, timeout=300, check=True)
            files["nmap-oX"] = x
        for name, path in files.items():
            out = tmp_path / f"{name}.json"
            r = subprocess.run(ajar(NET, "--from-discovery", str(path), *common(field), "-o", str(out)),
                               capture_output=True, text=True, timeout=600)
            assert r.returncode in (0, 1), (name, r.stderr)
            assert sorted(found(out, field.port)) == sorted(field.hosts), name
            assert json.loads(out.read_text())["scope"]["swept"] is False, name  # the watch reads no miss into it
            if name != "nmap-oX":
                assert "1 entries of the discovery file" in r.stderr, name
    finally:
        assert outside.hits() == {}


def test_a_three_worker_nats_run_with_one_worker_killed_finds_all_twenty_once(
        field: Field, state: Path, tmp_path: Path) -> None:
    from ajar.cluster.signing import load_or_create_key
    from tests.scale.natsd import nats_server

    load_or_create_key(state.parent / "coordinator.key")  # where `ajar scan --nats` finds it
    pub = state.parent / "coordinator.pub"
    out = tmp_path / "r.json"
    with nats_server(tmp_path / "js") as url:
        workers = [subprocess.Popen([sys.executable, "-m", "ajar", "worker", "--nats", url, "--trust", str(pub),
                                     "--vantage", f"w{i}", "--ack-wait", "3"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for i in range(3)]
        try:
            for w in workers:  # ready: connected to the queue
                assert w.stderr is not None and "ready" in w.stderr.readline()
            coord = subprocess.Popen(ajar(NET, *common(field), "--rate", "2000", "--nats", url, "--shards", "6",
                                          "-o", str(out), "--no-store"),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            doomed = workers[0].stderr
            assert doomed is not None
            line = doomed.readline()  # wait until it is inside a shard (~2.7 s at --rate 2000)
            assert "started (delivery 1)" in line, line
            time.sleep(0.5)
            os.kill(workers[0].pid, signal.SIGKILL)
            _, err = coord.communicate(timeout=300)
            assert coord.returncode in (0, 1), err
        finally:
            logs = ""
            for w in workers:
                if w.poll() is None:
                    w.terminate()
                    logs += w.communicate(timeout=10)[1]
        shard = line.split(":")[0]
        assert f"{shard}: started (delivery 2)" in logs, logs  # the dead worker's shard came again
        assert f"{shard}: done" in logs
    hosts = found(out, field.port)
    assert sorted(hosts) == sorted(field.hosts)  # all twenty, none twice
