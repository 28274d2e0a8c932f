"""Alerts: a webhook receiver and an SMTP server (aiosmtpd) on loopback get one digest per run.

Real scans of our own changing lab (tests/watch/lab.py) through the command line. A second
webhook is down for the first two tries and still gets its digest. No canary value is in any
alert.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from ajar.store import Store
from ajar.watch.alerts import backoff, deliver
from tests.conftest import run_cli
from tests.support import free_port

from .lab import CANARIES, HOST, MiniLab

pytestmark = pytest.mark.integration


class Receiver:
    """A webhook receiver on 127.0.0.1: keeps every POST body."""

    def __init__(self, port: int | None = None) -> None:
        self.bodies: list[dict[str, object]] = []
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                n = int(self.headers.get("Content-Length", "0"))
                bodies.append(json.loads(self.rfile.read(n)))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return None

        self.server = ThreadingHTTPServer((HOST, port or 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Mailbox:
    """aiosmtpd handler: keeps every message."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802
        self.messages.append(envelope.content)  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def minilab(tmp_path: Path) -> Iterator[MiniLab]:
    lab = MiniLab(tmp_path)
    try:
        yield lab
    finally:
        lab.close()


def test_one_digest_per_run_retries_and_no_canary(minilab: MiniLab, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ajar.db'}"
    hook = Receiver()
    box = Mailbox()
    smtp_port = free_port()
    smtp = Controller(box, hostname=HOST, port=smtp_port)
    smtp.start()
    late_port = free_port()  # nothing listens here yet: this receiver is down
    try:
        for args in (["webhook", f"http://{HOST}:{hook.port}/hook"],
                     ["email", "cert@example.org", "--smtp", f"{HOST}:{smtp_port}", "--from", "ajar@example.org"],
                     ["webhook", f"http://{HOST}:{late_port}/hook", "--min-severity", "high",
                      "--events", "new,reopened,ransomed"]):
            r = run_cli("alerts", "add", *args, "--store", url)
            assert r.returncode == 0, r.stderr
        scan = ["scan", HOST, "-p", minilab.port_list, "--store", url, "-q", "--sample", "20", "--timeout", "10"]
        r1 = run_cli(*scan)
        assert r1.returncode == 0, r1.stderr[-1500:]
        assert "1 alert digest(s) not delivered yet" in r1.stderr  # the late receiver: first try failed
        minilab.change()
        r2 = run_cli(*scan)
        assert r2.returncode == 0, r2.stderr[-1500:]

        # one digest per run, to each working receiver
        assert [b["run"] for b in hook.bodies] == [1, 2]
        assert len(box.messages) == 2
        first = hook.bodies[0]
        assert isinstance(first["text"], str) and first["text"].startswith("ajar run 1:")
        events = first["events"]
        assert isinstance(events, list) and {e["event"] for e in events} == {"new"}
        assert {e["port"] for e in events} == {minilab.ports[k] for k in "ABDE"}
        kinds2 = {e["event"] for e in hook.bodies[1]["events"]}  # type: ignore[union-attr]
        assert {"new", "closed", "grew", "ransomed"} <= kinds2
        mail = message_from_bytes(box.messages[1])
        assert mail["Subject"].startswith("ajar run 2:") and mail["To"] == "cert@example.org"

        # the receiver that was down: second try fails too, then it comes up and gets both digests
        st = Store(url)
        later = datetime.now(UTC) + backoff(1) + timedelta(seconds=1)
        assert [d.ok for d in deliver(st, later)] == [False, False]  # run 1's 2nd try, run 2's 2nd try
        late = Receiver(late_port)
        try:
            assert deliver(st, later) == []  # not due yet: backoff
            got = deliver(st, later + backoff(2) + timedelta(seconds=1))
            assert [d.ok for d in got] == [True, True]
            assert [b["run"] for b in late.bodies] == [1, 2]
            assert all(e["severity"] in ("high", "critical") for b in late.bodies for e in b["events"])  # type: ignore[union-attr]
            assert deliver(st, later + timedelta(days=1)) == []  # sent once, never again
        finally:
            late.close()
        st.close()

        parts = [p.get_payload(decode=True) or b"" for m in box.messages for p in message_from_bytes(m).walk()
                 if not p.is_multipart()]  # decoded: the JSON part travels in base64
        assert any(b'"events"' in p for p in parts)
        alerts = json.dumps(hook.bodies) + json.dumps(late.bodies) + "".join(
            p.decode("utf-8", "replace") for p in parts) + "".join(m.decode("utf-8", "replace") for m in box.messages)
        for canary in CANARIES:
            assert canary not in alerts, f"canary {canary!r} in an alert"
    finally:
        hook.close()
        smtp.stop()
