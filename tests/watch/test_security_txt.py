"""security.txt (RFC 9116) for a case's letter: only HTTP engines, only inside the run's scope."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ajar.models import Access, Report, ScopeInfo, Service, Status, ToolInfo
from ajar.watch.cases import HTTP_ENGINES, parse_contacts, security_txt

BODY = b"""# our policy
Contact: mailto:security@example.org
Contact: https://example.org/report
Expires: 2030-01-01T00:00:00.000Z
"""


@pytest.fixture
def site() -> Iterator[tuple[int, list[str]]]:
    """An HTTP server on 127.0.0.1 serving a security.txt; it keeps the paths asked for."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            asked.append(self.path)
            if self.path == "/.well-known/security.txt":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(BODY)
            else:
                self.send_response(302)
                self.send_header("Location", "http://192.0.2.1/elsewhere")
                self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    try:
        yield srv.server_address[1], asked
    finally:
        srv.shutdown()
        srv.server_close()


def _report(targets: list[str], engine: str, port: int) -> tuple[Report, Service]:
    svc = Service(host="127.0.0.1", port=port, engine=engine, status=Status.SUCCESS, access=Access.OPEN, tls=False)
    now = datetime.now(UTC)
    return Report(tool=ToolInfo(version="t"), scope=ScopeInfo(targets=targets), started=now, finished=now,
                  services=[svc]), svc


def test_parse_contacts() -> None:
    assert parse_contacts(BODY.decode()) == ["mailto:security@example.org", "https://example.org/report"]
    assert parse_contacts("Contact:\nFoo: bar") == []


def test_http_engine_in_scope_is_looked_up(site: tuple[int, list[str]]) -> None:
    port, asked = site
    assert "elasticsearch" in HTTP_ENGINES and "redis" not in HTTP_ENGINES
    rep, svc = _report([f"127.0.0.1:{port}"], "elasticsearch", port)
    assert security_txt(rep, svc) == ["mailto:security@example.org", "https://example.org/report"]
    assert asked == ["/.well-known/security.txt"]


def test_never_outside_the_scope_nor_on_other_engines(site: tuple[int, list[str]]) -> None:
    port, asked = site
    rep, svc = _report(["127.0.0.9"], "elasticsearch", port)  # the service is not in this run's scope
    assert security_txt(rep, svc) == []
    rep, svc = _report([f"127.0.0.1:{port}"], "redis", port)  # not an HTTP engine
    assert security_txt(rep, svc) == []
    assert asked == []
