"""One canary test for every way out: canaries in NAMES and VALUES, searched for in every output.

Private servers of every engine (tests/canary_servers.py) hold seven canaries (a CN resident ID, an
e-mail address, a card, an IBAN, a password, a phone number, one written as ajar writes its counts)
in database, schema, table, column, collection, field, index, key, topic, prefix, znode and
object-key names, in HTTP headers and in values; local files carry them in directory, file and
zip-member names, a JSON key and a headerless CSV's first row; the targets carry a password
(``user:pw@``, ``?password=``, URL-encoded). One scan of all of them, then a scan killed (-9) and
resumed, a ``--no-store`` scan stopped by Ctrl-C mid-way, a target that fails, a usage error; then
every output is searched: every report format, stdout and stderr (with ``AJAR_DEBUG``),
``ajar history``, ``ajar diff`` (store and reports), ``ajar case``, every table of the store and its files
on disk, the checkpoint, the journal and the partial report, the alert webhook's payloads (a
loopback receiver) and ``ajar alerts`` (whose own secrets are masked too), and the dashboard's
pages.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.canary_servers import CANARIES, Servers, leaks, write_files
from tests.conftest import ROOT
from tests.support import free_port, stop

pytestmark = pytest.mark.integration

#: ajar's own secrets: an alert webhook's token, a webhook path secret, a password in its URL
HOOK_TOKEN = "whk4Tq9Lm2Xc7Vb8Nz3K"
HOOK_PATH_SECRET = "T0CANARY/B0CANARY/Xq8Lm2Vb7Nz3Kc4Tw9Rp5Js"
HOOK_PASSWORD = "Hk7.Pa55!word"
SECRETS = {"hook token": HOOK_TOKEN, "hook path secret": "Xq8Lm2Vb7Nz3Kc4Tw9Rp5Js", "hook password": HOOK_PASSWORD}


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Servers]:
    s = Servers(tmp_path)
    try:
        s.start_all()
        yield s
    finally:
        s.close()


class _Hook(BaseHTTPRequestHandler):
    bodies: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        n = int(self.headers.get("Content-Length") or 0)
        _Hook.bodies.append(self.path + "\n" + self.rfile.read(n).decode("utf-8", "replace"))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[int, list[str]]]:
    """A loopback receiver that keeps every body POSTed to it."""
    _Hook.bodies = []
    srv = HTTPServer(("127.0.0.1", free_port()), _Hook)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield srv.server_address[1], _Hook.bodies
    finally:
        srv.shutdown()
        srv.server_close()


def _env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "AJAR_DEBUG": "1", "XDG_STATE_HOME": str(tmp / "state"),
            "PYTHONPATH": str(ROOT / "src")}


def _cli(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ajar", *args], capture_output=True, text=True, timeout=600,
                          env=_env(tmp))


def _kill_when(tmp: Path, args: list[str], ready: object, what: str, sig: int = signal.SIGKILL) -> str:
    """Start a scan, send it ``sig`` as soon as ``ready()`` holds (while it still runs); its output."""
    log = tmp / f"{what}.out"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "ajar", *args], stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=_env(tmp))
    try:
        deadline = time.monotonic() + 300
        while not ready():  # type: ignore[operator]
            assert proc.poll() is None, f"the {what} scan ended before it could be interrupted"
            assert time.monotonic() < deadline, f"the {what} scan never checkpointed a service"
            time.sleep(0.1)
        proc.send_signal(sig)
        proc.wait(60)
    finally:
        stop(proc)
    return log.read_text(errors="replace")


def _store_rows(db: Path) -> str:
    """Every row of every table of the SQLite store, as SQL text."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def _checkpointed(db: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return bool(con.execute("SELECT count(*) FROM checkpoint_jobs WHERE service IS NOT NULL").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return False


def _journaled(state: Path) -> bool:
    return any('"e":"service"' in p.read_text(errors="replace") for p in state.glob("ajar/runs/*/journal.jsonl"))


def _dashboard(url: str) -> dict[str, str]:
    """Every page of the dashboard over the store, logged in."""
    from starlette.testclient import TestClient

    from ajar.store import Store
    from ajar.web.app import create_app
    from ajar.web.auth import set_password

    store = Store(url)
    set_password(store, "alice", "correct horse battery")
    pages: dict[str, str] = {}
    with TestClient(create_app(store, secure_cookies=False), base_url="http://127.0.0.1") as c:
        login = c.get("/login").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', login)
        assert csrf, "the login page has a CSRF field"
        r = c.post("/login", data={"csrf": csrf.group(1), "name": "alice", "password": "correct horse battery"},
                   follow_redirects=False)
        assert r.status_code == 303, r.text[:300]
        todo, seen = ["/", "/exposures", "/cases", "/runs", "/audit"], set[str]()
        while todo and len(seen) < 80:
            path = todo.pop()
            if path in seen:
                continue
            seen.add(path)
            page = c.get(path)
            assert page.status_code == 200, f"{path}: {page.status_code}"
            pages[f"dashboard {path}"] = page.text
            todo += [p for p in re.findall(r'href="(/(?:exposures|runs)/\d+)"', page.text) if p not in seen]
    store.close()
    assert any(p.startswith("dashboard /exposures/") for p in pages), "the exposure pages must be visited"
    return pages


def test_no_canary_in_names_or_values_reaches_any_output(servers: Servers, webhook: tuple[int, list[str]],
                                                          tmp_path: Path) -> None:
    c, p = CANARIES, servers.ports
    files = tmp_path / "files"
    write_files(files)
    db = tmp_path / "ajar.db"
    store = f"sqlite:///{db}"
    pw = c["password"]
    closed = free_port()
    targets = [
        f"redis://admin:{pw}@127.0.0.1:{p['redis']}",
        f"mongodb://127.0.0.1:{p['mongodb']}/?password={quote(pw, safe='')}",
        f"http://{quote(c['email'], safe='')}:{quote(pw, safe='')}@127.0.0.1:{p['elasticsearch']}",
        f"mqtt://{c['email']}:{pw}@127.0.0.1:{p['mqtt']}",
        f"s3://127.0.0.1:{p['s3']}/exports",
        *(f"127.0.0.1:{p[e]}" for e in ("couchdb", "etcd", "influxdb", "postgresql", "mysql", "zookeeper")),
        f"redis://admin:{pw}@127.0.0.1:{closed}",  # a target that fails
        str(files),
    ]
    outputs: dict[str, str] = {}

    # alert rules with ajar's own secrets in their URLs, before the scan (the scan delivers the digests)
    hook, bodies = webhook
    for url in (f"http://127.0.0.1:{hook}/hook?token={HOOK_TOKEN}",
                f"http://ops:{HOOK_PASSWORD}@127.0.0.1:{hook}/services/{HOOK_PATH_SECRET}"):
        r = _cli(tmp_path, "alerts", "add", "webhook", url, "--store", store)
        assert r.returncode == 0, r.stderr
        outputs[f"alerts add {url[:30]}"] = r.stdout + r.stderr

    # 1. the scan, every report format at once
    reports = {fmt: tmp_path / f"r.{fmt}" for fmt in ("json", "md", "html", "csv", "sarif", "jsonl")}
    r = _cli(tmp_path, "scan", *targets, *(a for f in reports.values() for a in ("-o", str(f))), "--store", store,
             "--sample", "20", "--timeout", "10", "--max-datasets", "50")
    assert r.returncode in (0, 1), r.stderr[-3000:]
    outputs["scan stdout"], outputs["scan stderr"] = r.stdout, r.stderr
    for fmt, f in reports.items():
        outputs[f"report {fmt}"] = f.read_text(encoding="utf-8")
    rep = json.loads(outputs["report json"])
    engines = {s["engine"] for s in rep["services"]}
    want = {"redis", "mongodb", "elasticsearch", "mqtt", "s3", "couchdb", "etcd", "influxdb", "postgresql", "mysql",
            "zookeeper", "files"}
    assert want <= engines, f"every engine must be read for the test to mean anything: missing {want - engines}"
    names = [d["name"] for s in rep["services"] for d in s["datasets"]]
    fields = [f["path"] for s in rep["services"] for d in s["datasets"] for f in d["fields"]]
    assert len(names) >= 30 and len(fields) >= 30, (names, fields)
    # a word of a small vocabulary is shown as its category, never as a reversible mask (``Bu****st``)
    religion = [f for s in rep["services"] for d in s["datasets"] for f in d["fields"]
                if f["category"] == "special.religion"]
    assert religion and all(f["examples"] in ([], ["<religion>"]) for f in religion), religion[:3]
    # ajar's own words are not masked: the requests it declares read as they are
    commands = [e["command"] for s in rep["services"] if s["engine"] == "elasticsearch" for e in s["evidence"]]
    assert any(cmd.startswith("GET /") and "*" not in cmd for cmd in commands), commands
    assert any(s["port"] == closed and s["status"] != "success" for s in rep["services"]) or any(
        str(closed) in e for e in rep["errors"]), "the failing target must be reported"
    for fmt in ("letter", "md", "html", "csv", "sarif", "jsonl"):
        rr = _cli(tmp_path, "report", str(reports["json"]), "--format", fmt)
        assert rr.returncode == 0, rr.stderr
        outputs[f"ajar report --format {fmt}"] = rr.stdout + rr.stderr

    # 2. a usage error that names a target with a password in it
    r = _cli(tmp_path, "scan", f"redis://:{pw}/x@127.0.0.1:1", "--store", store)
    assert r.returncode == 2
    outputs["usage error"] = r.stdout + r.stderr

    # 3. an interrupted run (kill -9 once the checkpoint holds a finished service), its store rows, then resumed
    outputs["interrupted scan"] = _kill_when(
        tmp_path, ["scan", *targets, "--store", store, "--sample", "20", "--timeout", "10", "--max-datasets", "50",
                   "-o", str(tmp_path / "r2.json")], lambda: _checkpointed(db), "store-checkpointed")
    outputs["store rows, interrupted"] = _store_rows(db)
    assert "checkpoint_jobs" in outputs["store rows, interrupted"]
    r = _cli(tmp_path, "scan", "--resume", "--store", store)
    assert r.returncode in (0, 1), r.stderr[-3000:]
    outputs["resumed scan"] = r.stdout + r.stderr
    outputs["resumed report"] = (tmp_path / "r2.json").read_text(encoding="utf-8")
    assert {s["engine"] for s in json.loads(outputs["resumed report"])["services"]} >= want

    # 4. a --no-store run stopped by Ctrl-C mid-way: its partial report, its journal and run file
    outputs["no-store scan, Ctrl-C"] = _kill_when(
        tmp_path, ["scan", *targets, "--no-store", "--sample", "20", "--timeout", "10", "-o",
                   str(tmp_path / "r3.json")], lambda: _journaled(tmp_path / "state"), "journaled", signal.SIGINT)
    outputs["partial report"] = (tmp_path / "r3.json").read_text(encoding="utf-8")
    assert json.loads(outputs["partial report"])["services"], "the partial report holds the finished services"
    files_left = list((tmp_path / "state").glob("ajar/runs/*/*"))
    assert {f.name for f in files_left} >= {"run.json", "journal.jsonl"}, files_left
    for f in files_left:
        outputs[f"checkpoint file {f.name}"] = f.read_text(errors="replace")

    # 5. what the store shows afterwards: history, diff, alerts, every table, the files on disk, the dashboard
    rr = _cli(tmp_path, "diff", str(reports["json"]), str(tmp_path / "r2.json"))
    assert rr.returncode == 0, rr.stderr[-2000:]
    outputs["diff of two reports"] = rr.stdout + rr.stderr
    cmds = [["history"], ["history", "--run", "1"], ["history", "--run", "2"], ["diff"], ["alerts", "list"],
            ["alerts", "send"], ["case", "exposures", "--all"]]
    cmds += [["case", "open", str(x)] for x in range(1, 13)]  # cases on the first exposures, files' among them
    cmds += [["case", "move", "1", "notified"], ["case", "list"]]
    for args in cmds:
        rr = _cli(tmp_path, *args, "--store", store)
        assert rr.returncode == 0, (args, rr.stderr[-2000:])
        outputs[" ".join(args)] = rr.stdout + rr.stderr
    outputs["store rows"] = _store_rows(db)
    outputs["store files"] = b"".join(f.read_bytes() for f in tmp_path.glob("ajar.db*")).decode("latin-1")
    outputs.update(_dashboard(store))
    assert bodies, "the webhook must have received a digest"
    outputs["webhook payloads"] = "\n".join(bodies)

    found = {where: hits for where, text in outputs.items() if (hits := leaks(text))}
    found |= {where: ["Bu*…st"] for where, text in outputs.items() if re.search(r"Bu\*+st", text)}
    own = {where: [k for k, v in SECRETS.items() if v.lower() in text.lower()]
           for where, text in outputs.items() if not where.startswith("webhook")}
    own = {k: v for k, v in own.items() if v and not k.startswith("store ")}  # the store keeps them, to send
    assert not found, "canaries leaked:\n" + "\n".join(f"{w}: {h}" for w, hs in found.items() for h in hs[:4])
    assert not own, f"ajar's own secrets shown: {own}"


async def test_no_canary_in_a_shared_scan_or_its_queue(tmp_path: Path) -> None:
    """A scan shared out through a real NATS JetStream server: the signed shard messages and the
    published results (the server's store files on disk), and the gathered report, hold no canary and
    no URI password."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ajar.cluster.queue import NatsQueue
    from ajar.cluster.work import coordinate, work
    from ajar.config import ScanConfig
    from tests.scale.natsd import nats_server

    servers = Servers(tmp_path)
    try:
        servers.start_all(only=("redis", "mqtt"))
        p, pw = servers.ports, CANARIES["password"]
        config = ScanConfig(targets=[f"redis://admin:{pw}@127.0.0.1:{p['redis']}",
                                     f"mqtt://{CANARIES['email']}:{pw}@127.0.0.1:{p['mqtt']}"],
                            timeout=5, sample=20)
        with nats_server(tmp_path / "js") as url:
            queue = await NatsQueue.connect(url, ack_wait=30.0, max_ack_pending=8)
            key, stop_ = Ed25519PrivateKey.generate(), asyncio.Event()
            worker = asyncio.create_task(work(queue, [key.public_key()], stop=stop_, heartbeat=0.5))
            try:
                report = await asyncio.wait_for(coordinate(queue, config, key, shards=2), 240)
            finally:
                stop_.set()
                await worker
                await queue.close()
        assert {s.engine for s in report.services} == {"redis", "mqtt"}
        assert sum(len(s.datasets) for s in report.services) >= 6, "the named datasets must be read"
        outputs = {"report": report.model_dump_json()}
        for f in (tmp_path / "js").rglob("*"):
            if f.is_file():
                outputs[f"jetstream {f.relative_to(tmp_path)}"] = f.read_bytes().decode("latin-1")
        assert any("shard" in t or "127.0.0.1" in t for k, t in outputs.items() if k.startswith("jetstream")), \
            "the queue's messages must be on disk for the test to mean anything"
        found = {where: hits for where, text in outputs.items() if (hits := leaks(text))}
        assert not found, "canaries leaked:\n" + "\n".join(f"{w}: {h}" for w, hs in found.items() for h in hs[:4])
    finally:
        servers.close()
