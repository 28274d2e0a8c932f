"""What the access check has proved survives a later step that runs long or fails (F22, F11).

A CouchDB in admin party whose ``/_all_dbs`` ignores ``?limit`` and lists thousands of empty
databases made the walk towards one readable document run past the access budget: the service
ended ``unknown`` and the ``/_session`` evidence of the admin party was dropped. The walk is now
bounded (at most ``max_datasets`` databases and half the access budget), and what a probe has
proved before a long step (:meth:`Probe.earn`) is reported when that step times out.

Fakes on 127.0.0.1, one table row per engine: each lists its datasets at once, then is slow, or
stalls, on the per-dataset step of the access check.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import unquote_plus

import pytest

from ajar.models import Access, Status
from tests.hostile import memory_limit
from tests.hostile_engines import ENGINES, http_handler, http_reply, serve
from tests.support import scan

pytestmark = pytest.mark.integration

TIMEOUT = 1.0
#: databases listed (the server ignores ?limit)
MANY = 2000


async def _stall() -> bytes:
    await asyncio.sleep(3600)
    return b""


async def _slow(reply: bytes) -> bytes:
    await asyncio.sleep(0.02)  # a busy server: 2,000 requests take 40 s
    return reply


def couchdb(mode: str, method: str, path: str) -> bytes | Awaitable[bytes]:
    if path == "/":
        return http_reply(200, '{"couchdb": "Welcome", "version": "2.3.1"}')
    if path.startswith("/_session"):
        return http_reply(200, '{"ok": true, "userCtx": {"name": null, "roles": ["_admin"]}}')
    if path.startswith("/_all_dbs"):
        return http_reply(200, json.dumps([f"userdb-{i:05x}" for i in range(MANY)]))
    if "/_all_docs" in path:
        return _stall() if mode == "stall" else _slow(http_reply(200, '{"total_rows": 0, "rows": []}'))
    return http_reply(200, '{"doc_count": 0, "sizes": {"active": 0}}')


def influxdb(mode: str, method: str, path: str) -> bytes | Awaitable[bytes]:
    q = unquote_plus(path)
    if path.startswith("/ping"):
        return http_reply(204, b"", {"X-Influxdb-Version": "1.8.10"})
    if "SHOW DATABASES" in q:
        vals = ", ".join(f'["db{i}"]' for i in range(MANY))
        return http_reply(200, '{"results": [{"series": [{"name": "databases", "columns": ["name"], "values": ['
                          + vals + ']}]}]}')
    if "SHOW MEASUREMENTS" in q:  # every database empty
        return _stall() if mode == "stall" else _slow(http_reply(200, '{"results": [{"statement_id": 0}]}'))
    return http_reply(200, '{"results": [{"statement_id": 0}]}')


def clickhouse(mode: str, method: str, path: str) -> bytes | Awaitable[bytes]:
    q = unquote_plus(path)
    head = {"X-ClickHouse-Server-Display-Name": "ch"}
    if path == "/":
        return http_reply(200, b"Ok.\n", head, ctype="text/plain")
    if "version()" in q:
        return http_reply(200, '{"meta": [{"name": "v", "type": "String"}], "data": [["24.8.1"]]}', head)
    if "system.settings" in q:
        return http_reply(200, '{"meta": [], "data": [["readonly", "0"], ["allow_ddl", "1"]]}', head)
    if "system.tables" in q:
        if mode == "malformed":  # five columns where the query asked for four (F11)
            return http_reply(200, '{"meta": [], "data": [["db", "t", "MergeTree", "", "extra"]]}', head)
        return _stall() if mode == "stall" else http_reply(200, '{"meta": [], "data": []}', head)
    return http_reply(200, '{"meta": [], "data": []}', head)


@dataclass(frozen=True)
class Case:
    route: Callable[[str, str, str], bytes | Awaitable[bytes]]
    #: the finding the earned access carries, and the evidence line that proved it
    rule: str
    proof: str


CASES = {
    "couchdb": Case(couchdb, "couchdb.admin_party", "GET /_session"),
    "influxdb": Case(influxdb, "influxdb.auth_disabled", "GET /query?q=SHOW DATABASES"),
    "clickhouse": Case(clickhouse, "clickhouse.default_user_no_password", "SELECT version()"),
}


@pytest.mark.parametrize("engine", sorted(CASES))
async def test_a_stalled_walk_keeps_the_access_already_earned(engine: str) -> None:
    case = CASES[engine]
    async with serve(http_handler(case.route), "stall") as port:
        with memory_limit():
            svc = await asyncio.wait_for(scan("127.0.0.1", port, hint=engine, timeout=TIMEOUT), 60)
    assert svc.engine == engine
    assert svc.status == Status.TIMEOUT and svc.error, "the step that stalled is named"
    assert svc.access == Access.METADATA, f"{engine}: the verdict earned before the stall is kept ({svc.error})"
    assert any(e.command.startswith(case.proof) for e in svc.evidence), [e.command for e in svc.evidence]
    assert case.rule in {f.rule for f in svc.findings}


@pytest.mark.parametrize("engine", ["couchdb", "influxdb"])
async def test_thousands_of_empty_databases_end_in_the_budget_with_the_verdict(engine: str) -> None:
    """The server ignores ``?limit``/``LIMIT`` and is slow: the walk stops, says so, and the
    service ends ``metadata``, successfully, its admin or no-auth evidence in the report."""
    case = CASES[engine]
    async with serve(http_handler(case.route), "slow") as port:
        with memory_limit():
            svc = await asyncio.wait_for(scan("127.0.0.1", port, hint=engine, timeout=TIMEOUT), 60)
    assert (svc.engine, svc.status, svc.access) == (engine, Status.SUCCESS, Access.METADATA), svc.error
    assert case.rule in {f.rule for f in svc.findings}
    assert any("the check stops there" in e.reply for e in svc.evidence)
    assert len(svc.datasets) <= 100


async def test_a_malformed_reply_keeps_the_verdict_and_says_no_python_text() -> None:
    """F11: ClickHouse rows of five columns where four were asked: ``protocol_error``, the access
    earned before (``metadata``, the passwordless default user), and a reason in ajar's words:
    never the Python exception's text (``too many values to unpack``)."""
    async with serve(http_handler(clickhouse), "malformed") as port:
        with memory_limit():
            svc = await asyncio.wait_for(scan("127.0.0.1", port, hint="clickhouse", timeout=TIMEOUT), 60)
    assert (svc.engine, svc.status, svc.access) == ("clickhouse", Status.PROTOCOL_ERROR, Access.METADATA)
    assert svc.error and "malformed reply" in svc.error
    assert "ValueError" not in svc.error and "unpack" not in svc.error
    assert "clickhouse.default_user_no_password" in {f.rule for f in svc.findings}


async def test_a_login_let_in_then_refused_every_query_is_no_internal_error() -> None:
    """R2-8: MySQL accepts the anonymous login, then answers every query ERR 1142: the run goes on
    (no ``error``, exit 3), the login is the evidence, the anonymous account is the finding."""
    async with serve(ENGINES["mysql"], "okerr") as port:
        with memory_limit():
            svc = await asyncio.wait_for(scan("127.0.0.1", port, hint="mysql", timeout=TIMEOUT), 60)
    assert (svc.engine, svc.access) == ("mysql", Access.UNKNOWN)
    assert svc.status != Status.ERROR, svc.error
    assert any("login accepted" in e.reply for e in svc.evidence)
    assert any("1142" in e.reply for e in svc.evidence)
    assert "mysql.anonymous_account" in {f.rule for f in svc.findings}


async def test_a_memcached_value_too_large_to_read_keeps_what_stats_proved() -> None:
    """Red team R2-2b: one ``VALUE k 0 2000000000`` made the whole memcached ``unknown``, although
    ``stats`` and the key listing had answered. Now: memcached, metadata, the stats evidence, the
    failure as the error; nothing of the 2 GB is read."""

    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        try:
            while line := await r.readline():
                cmd = line.split()
                if cmd[:1] == [b"version"]:
                    w.write(b"VERSION 1.6.21\r\n")
                elif cmd[:1] == [b"stats"] and len(cmd) == 1:
                    w.write(b"STAT pid 1\r\nSTAT version 1.6.21\r\nSTAT curr_items 3\r\nSTAT bytes 300\r\nEND\r\n")
                elif cmd[:1] == [b"stats"]:
                    w.write(b"STAT udpport 0\r\nEND\r\n")
                elif cmd[:1] == [b"lru_crawler"]:
                    w.write(b"".join(b"key=k%d exp=-1 la=1 cas=1 fetch=no cls=1 size=100\n" % i for i in range(3))
                            + b"END\r\n")
                elif cmd[:1] == [b"get"]:
                    w.write(b"VALUE k0 0 2000000000\r\n" + b"x" * 65536)
                else:
                    w.write(b"ERROR\r\n")
                await w.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        with memory_limit():
            svc = await asyncio.wait_for(scan("127.0.0.1", port, timeout=TIMEOUT * 3, sample=5), 120)
    finally:
        server.close()
    assert svc.engine == "memcached" and svc.access == Access.METADATA, (svc.access, svc.status, svc.error)
    assert svc.status == Status.PROTOCOL_ERROR and svc.error and "read limit" in svc.error
    assert any(e.command == "stats" for e in svc.evidence)
