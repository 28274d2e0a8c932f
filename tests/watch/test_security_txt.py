"""security.txt (RFC 9116) for a case's letter: only HTTP engines, only inside the run's scope.

The scope is the run's as stored. A stored local path is masked (``./u8**********00``): the lookup parsed
the stored scope back, and ``ajar case letter`` of an HTTP service of a run whose scope also named a local
path failed with a target error (review of round 9, guard10). It now uses what the run recorded; a target
it cannot use is skipped, said in a note. Every file is synthetic.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ajar.models import Access, Report, ScopeInfo, Service, Status, ToolInfo
from ajar.watch.cases import HTTP_ENGINES, parse_contacts, security_txt
from tests.conftest import run_cli

BODY = b"""# our policy
Contact: mailto:security@example.org
Contact: https://example.org/report
Expires: 2030-01-01T00:00:00.000Z
"""
#: what a CouchDB with no databases answers (the site is one, for a real scan to find)
COUCHDB = {
    "/": {"couchdb": "Welcome", "version": "3.3.3", "vendor": {"name": "The Apache Software Foundation"}},
    "/_session": {"ok": True, "userCtx": {"name": None, "roles": []}},
    "/_all_dbs": [],
}
CSV = "full_name,email\nAna Costa,ana@example.org\nJoao Silva,joao@example.org\n"


@pytest.fixture
def site() -> Iterator[tuple[int, list[str]]]:
    """An HTTP server on 127.0.0.1 serving a security.txt (and CouchDB's API); it keeps the paths asked for."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            path = self.path.split("?", 1)[0]
            asked.append(path)
            if path == "/.well-known/security.txt" or path in COUCHDB:
                self.send_response(200)
                self.send_header("Content-Type", "text/plain" if path not in COUCHDB else "application/json")
                self.end_headers()
                self.wfile.write(BODY if path not in COUCHDB else json.dumps(COUCHDB[path]).encode())
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


def test_a_letter_of_a_run_whose_scope_held_a_local_path(tmp_path: Path, site: tuple[int, list[str]]) -> None:
    port, asked = site
    folder = tmp_path / "u8613800138000"  # masked in the stored scope: u8**********00
    folder.mkdir()
    (folder / "people.csv").write_text(CSV)
    url = f"sqlite:///{tmp_path / 's.db'}"
    scan = run_cli("scan", str(folder), f"127.0.0.1:{port}", "--store", url, "-q", "--timeout", "10")
    assert scan.returncode in (0, 1), scan.stderr[-1500:]
    ex = run_cli("case", "exposures", "--store", url, "--all")
    m = re.search(rf"│ (\d+) +│ \w+ +│ couchdb +│ 127\.0\.0\.1:{port} ", ex.stdout)
    assert m, ex.stdout
    assert run_cli("case", "open", m.group(1), "--store", url).returncode == 0
    asked.clear()
    letter = run_cli("case", "letter", "1", "--store", url)
    assert letter.returncode == 0, letter.stderr[-1500:]  # was: exit 2, a target error on the masked path
    assert "Contacts (security.txt): mailto:security@example.org" in letter.stdout, letter.stdout
    assert asked == ["/.well-known/security.txt"]
    assert "not used for the security.txt lookup" in letter.stdout and "u8**********00" in letter.stdout  # the note
    assert "8613800138000" not in letter.stdout + letter.stderr
