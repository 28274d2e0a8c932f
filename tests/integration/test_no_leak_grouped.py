"""A target's number written as ajar writes its counts (``4,930,123,456,789``) reaches no output (mask7).

ajar's own counts in notes are written grouped (``line 1,234,567``), and notes were masked after the fact,
by pattern: a number of the target's in exactly that shape was kept readable with them, as a file name, a
sheet, table or field name, a key, an index or a server's error message. Target text is now masked where it
enters a note or a message (:func:`ajar.names.theirs`); ajar's own text never goes through it.

Canaries in comma-thousands grouping are put in local files' names, archive members, sheet, table and column
names, JSON keys (field names holding e-mail addresses, top-level keys that become dataset names), files that
fail to parse (their name in the error), and on a loopback Elasticsearch fake in index and field names, the
cluster name and the error a server sends. One scan (under an address-space limit and a timeout) writes every
report format and the store; the canaries' digits are searched for, grouped or not, in every report, stdout,
stderr (``AJAR_DEBUG``), ``ajar history`` and every row of the store; ajar's own grouped counts are read there.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ajar.names import mask_text, theirs
from tests.conftest import ROOT
from tests.support import free_port, scan_outputs

#: a phone number and a card number (Luhn-valid), each written in groups of three as ajar writes its counts
PHONE = "4,930,123,456,789"
CARD = "4,556,737,586,896,631"
CANARIES = (PHONE, CARD)
_AS = 3 << 30


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def leaks(text: str) -> list[str]:
    """Every canary found in ``text``: whole, or any 8 of its digits in a row, commas or not."""
    compact = re.sub(r"(?<=\d)[,.\s](?=\d)", "", text)
    out = []
    for c in CANARIES:
        d = _digits(c)
        for i in range(len(d) - 7):
            if d[i : i + 8] in compact:
                j = compact.find(d[i : i + 8])
                out.append(f"{c}: {d[i : i + 8]!r} in …{compact[max(0, j - 60) : j + 60]}…")
                break
    return out


# --- the unit: what theirs masks, what mask_text keeps ----------------------------------------------


@pytest.mark.parametrize("text", [PHONE, CARD, f"export_{PHONE}.csv", f"book.{CARD}", f"index [{PHONE}] missing"])
def test_theirs_masks_a_target_number_in_ajars_grouping(text: str) -> None:
    shown = theirs(text)
    assert not leaks(shown), shown
    assert theirs(shown) == shown == mask_text(shown)  # masked once, it stays so in every later seal


@pytest.mark.parametrize(
    "note",
    ["line 4,930,123,456,789: invalid JSON at column 2,147,483,648", "cannot parse after 1,234,567,890 records"],
)
def test_ajars_own_counts_of_any_length_stay_readable_beside_masked_target_text(note: str) -> None:
    where = theirs(f"/data/export_{PHONE}.jsonl")
    assert mask_text(f"{where}: {note}") == f"{where}: {note}"


def test_a_servers_error_is_masked_where_it_becomes_a_note() -> None:
    from ajar.pipeline.probe import _failure

    said = _failure(RuntimeError(f"search_phase_execution_exception: all shards failed for [{CARD}]"), 200)
    assert said.startswith("RuntimeError: search_phase_execution_exception") and not leaks(said), said


# --- one scan: local files and a loopback server -------------------------------------------------


def _files(d: Path) -> None:
    import openpyxl

    people = [{f"email_{PHONE}": f"u{i}@corp.example", "name": "Ann Lee"} for i in range(12)]
    (d / f"export_{PHONE}.jsonl").write_text("".join(json.dumps(p) + "\n" for p in people))
    (d / f"broken_{CARD}.json").write_text('{"a": [1, 2')  # its name in the error
    (d / "keys.json").write_text(json.dumps({CARD: people, "meta": {PHONE: 1}}))
    (d / "own.jsonl").write_text("\n" * 1_000_000 + '{"a": ???}\n' + "".join(json.dumps(p) + "\n" for p in people))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = CARD[:31]
    ws.append(["email", f"name {PHONE}"])
    for i in range(12):
        ws.append([f"s{i}@corp.example", "Bo Chan"])
    wb.save(d / "book.xlsx")
    with zipfile.ZipFile(d / "z.zip", "w") as z:
        z.writestr(f"m_{PHONE}.csv", "email\n" + "".join(f"z{i}@corp.example\n" for i in range(12)))
        z.writestr(f"bad_{CARD}.json", '{"a": [')
    con = sqlite3.connect(d / "db.sqlite")
    con.execute(f'CREATE TABLE "t_{CARD}" ("mail {PHONE}" text, name text)')
    con.executemany(f'INSERT INTO "t_{CARD}" VALUES (?, ?)', [(f"q{i}@corp.example", "Cy Dee") for i in range(12)])
    con.commit()
    con.close()


_INDEX, _BROKEN = f"people_{PHONE}", f"err_{CARD}"
_DOC = {f"email_{CARD}": "e@corp.example", "name": "Ann Lee", "phone": "+49 30 1234567"}


class _Elastic(BaseHTTPRequestHandler):
    """Enough of Elasticsearch: a banner, two indices, a mapping, documents; the second index's search fails
    with an error that quotes the canary, as a server's error may."""

    def _send(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _route(self) -> None:
        n = int(self.headers.get("Content-Length") or 0)
        if n:
            self.rfile.read(n)
        path = self.path.split("?")[0]
        if self.server.server_address[1] == _Elastic.auth_port:  # type: ignore[attr-defined]
            self._send(401, {"error": {"type": "security_exception",
                                       "reason": f"missing authentication credentials for user [{PHONE}]"}},
                       {"WWW-Authenticate": 'Basic realm="security"'})
        elif path == "/":
            self._send(200, {"name": "n1", "cluster_name": f"cluster_{CARD}", "tagline": "You Know, for Search",
                             "version": {"number": "8.11.0"}})
        elif path == "/_cat/indices":
            self._send(200, [{"index": i, "docs.count": "12", "store.size": "4096", "health": "green"}
                             for i in (_INDEX, _BROKEN)])
        elif path.endswith("/_mapping"):
            self._send(200, {_INDEX: {"mappings": {"properties": {k: {"type": "keyword"} for k in _DOC}}}})
        elif path.endswith("/_count"):
            self._send(200, {"count": 12})
        elif path.endswith("/_search") and "err_" in path:
            self._send(500, {"error": {"type": "search_phase_execution_exception",
                                       "reason": f"all shards failed for [{CARD}]"}, "status": 500})
        elif path.endswith("/_search"):
            self._send(200, {"hits": {"total": {"value": 12}, "hits": [{"_source": _DOC}] * 12}})
        else:
            self._send(404, {"error": f"no such path {PHONE}"})

    do_GET = do_POST = do_HEAD = _route  # noqa: N815 - http.server's names

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def elastic() -> Iterator[tuple[int, int]]:
    """Two loopback fakes: one open, one that refuses with an error naming the canary."""
    servers = [ThreadingHTTPServer(("127.0.0.1", free_port()), _Elastic) for _ in range(2)]
    _Elastic.auth_port = servers[1].server_address[1]  # type: ignore[attr-defined]
    for s in servers:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    try:
        yield servers[0].server_address[1], servers[1].server_address[1]
    finally:
        for s in servers:
            s.shutdown()
            s.server_close()


def test_no_grouped_canary_reaches_any_output_and_ajars_counts_stay_readable(
    tmp_path: Path, elastic: tuple[int, int]
) -> None:
    d = tmp_path / "dump"
    d.mkdir()
    _files(d)
    db = tmp_path / "store.db"
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "AJAR_DEBUG": "1", "PYTHONPATH": str(ROOT / "src"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    reports = {fmt: tmp_path / f"r.{fmt}" for fmt in ("json", "md", "html", "csv", "sarif", "letter", "jsonl")}
    open_port, auth_port = elastic
    args = [str(d), f"http://127.0.0.1:{open_port}", f"http://127.0.0.1:{auth_port}", "--store", f"sqlite:///{db}",
            "--timeout", "5"]
    outputs = scan_outputs(args, reports, db, env, _AS)
    found = {k: v for k, v in ((k, leaks(t)) for k, t in outputs.items()) if v}
    assert not found, found

    report = json.loads(outputs["report json"])
    services = {s["port"]: s for s in report["services"]}
    files, es, refused = services[0], services[open_port], services[auth_port]
    assert (es["engine"], es["access"], refused["access"]) == ("elasticsearch", "open", "auth_required")
    names = {ds["name"] for ds in files["datasets"]}
    # what the canaries were in is there, masked: every name is reported, the masked one included
    assert len([n for n in names if n.startswith("export_4,93")]) == 1, names
    paths = {fr["path"] for ds in files["datasets"] + es["datasets"] for fr in ds["fields"]}
    assert any(p.startswith("email_4,") and "*" in p for p in paths), paths
    errors = " ".join(str(ds.get("notes")) for ds in files["datasets"])
    assert "broken_4,5" in errors and "cannot parse after" in errors, errors
    assert any(ds["name"].startswith("err_") for ds in es["datasets"]), es["datasets"]
    # ajar's own counts in the same notes read as written
    assert "line 1,000,001: invalid JSON" in outputs["report json"]
