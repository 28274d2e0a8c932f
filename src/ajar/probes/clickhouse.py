"""ClickHouse (default ports 8123 HTTP and 9000 native; one probe covers both).

Requests sent: on a native port, a raw native-protocol ``Hello`` (user ``default``, empty
password: the server answers Hello or an exception such as 194 "Password required"), then
queries through clickhouse-driver (in a thread, connecting to the scope-checked address) with
the settings ``readonly=1`` and ``max_execution_time``. On an HTTP port, ``GET /`` (answers
``Ok.``) and ``GET /?query=...`` (HTTP GET is read-only on the server side; ajar adds
``readonly=2`` and ``max_execution_time``, and drops them when the user's profile is already
read-only, since ClickHouse then refuses to change ``readonly``). A port other than 9000/9440
gets ``GET /`` first: a native port answers it with 400 "...is for clickhouse-client program",
and then gets the native Hello.

Commands sent (the queries ``system.query_log`` shows, ``FORMAT JSONCompact`` appended over
HTTP): ``SELECT version()``, ``SELECT name, value FROM system.settings`` (readonly,
allow_ddl: rights), ``SELECT ... FROM system.tables`` (database, name, engine, sampling_key),
``SELECT ... FROM system.parts`` (rows and bytes of MergeTree tables; 18.x has no
``total_rows``), ``SELECT ... FROM system.columns``, ``SELECT count() FROM t`` (Log/Memory
tables, and recounts), and samples: ``SELECT ... FROM t SAMPLE r ORDER BY rand() LIMIT n``
when the table has a sampling key, ``... ORDER BY rand() LIMIT n`` under a million rows, else
``... WHERE rand() % k = 0 LIMIT n``, and ``... ORDER BY <DateTime column> DESC LIMIT n`` for
the newest rows. Only MergeTree, Log and Memory tables are read: Distributed, Kafka, MySQL,
URL, S3 and similar engines would reach other servers or consume messages.

Verdicts: ``auth_required`` when the server answers the login with exception 192/193/194/516
(unknown user, wrong or required password, authentication failed) or HTTP 401/403;
``open`` when a row is read as ``default`` without a password; ``metadata`` when the login
works but no row can be read.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import re
from typing import Any, ClassVar

import httpx
from clickhouse_driver import Client
from clickhouse_driver.errors import Error as ClickHouseError

from ajar.errors import NotThisEngine, ProbeTimeout, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.net import Stream, body_chunks, driver_address, open_stream
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, HttpProbe, Sample, decode_value, evidence

_AUTH_CODES = {192, 193, 194, 516}
_CLIENT_REVISION = 54213
_READABLE = re.compile(r"^(\w*MergeTree|Log|TinyLog|StripeLog|Memory)$")
_RAW_TYPES = re.compile(
    r"^(Nullable\()?(U?Int\d+|Float\d+|Date|DateTime(64)?(\(.*\))?|Decimal.*|UUID|Enum\d*\(.*\))\)?$")
_TIME_TYPES = re.compile(r"^(Nullable\()?(Date|DateTime(64)?(\(.*\))?)\)?$")
_TIME_NAMES = ("created_at", "created", "inserted_at", "ts", "timestamp", "time", "event_time", "date")
_SYSTEM_DBS = ("system", "INFORMATION_SCHEMA", "information_schema")
_CODE = re.compile(r"Code: (\d+)")


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _str(s: str) -> bytes:
    b = s.encode()
    return _varint(len(b)) + b


async def _read_varint(s: Stream) -> int:
    n = shift = 0
    for _ in range(10):
        b = (await s.readexactly(1))[0]
        n |= (b & 0x7F) << shift
        if not b & 0x80:
            return n
        shift += 7
    raise NotThisEngine("a varint longer than ClickHouse uses")


async def _read_str(s: Stream, limit: int = 4096) -> str:
    n = await _read_varint(s)
    if n > limit:
        raise NotThisEngine("a string longer than a ClickHouse handshake holds")
    return (await s.readexactly(n)).decode("utf-8", "replace")


def _qi(name: str) -> str:
    return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`"


#: How to close clickhouse and check that it is closed.
GUIDE = Guide(
    "ClickHouse",
    auth="Give the `default` user a password and limit its networks, in users.d/default.xml:\n"
    "  <password_sha256_hex>…</password_sha256_hex>\n  "
    "<networks><ip>127.0.0.1</ip><ip>::1</ip></networks>",
    bind="In config.xml:\n  <listen_host>127.0.0.1</listen_host>",
    tls="In config.xml enable `<https_port>8443</https_port>` and "
    "`<tcp_port_secure>9440</tcp_port_secure>` "
    "with `<openSSL><server>` certificates, and remove the plain ports.",
    verify="`ajar scan HOST:PORT` shows access auth_required; `curl -s "
    "'http://HOST:8123/?query=SELECT%201'` "
    'answers "Authentication failed".',
    upgrade="Upgrade to a supported ClickHouse release (https://clickhouse.com/docs/knowledgebase/production).",
    )
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("clickhouse", (24, 3)),)
#: clickhouse.default_user_no_password
DEFAULT_USER_NO_PASSWORD = Weakness(
    "clickhouse.default_user_no_password",
    Severity.MEDIUM,
    "The ClickHouse `default` user has no password",
    when="The ClickHouse `default` user has no password",
    remediation="In users.d/default.xml give `default` a password and limit its networks:\n"
    "  <clickhouse><users><default>\n    <password remove=\"1\"/>\n"
    "    <password_sha256_hex>…</password_sha256_hex>\n"
    "    <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>\n  </default></users></clickhouse>\n"
    "(in 18.x the root element is <yandex>), or create named users and `<readonly>` profiles.",
    verify="`curl -s 'http://HOST:8123/?query=SELECT%201'` answers \"Password required\" / "
    "\"Authentication failed\"; `ajar scan HOST:PORT` shows access auth_required.",
)


class ClickhouseProbe(HttpProbe):
    """ClickHouse over HTTP (8123/8443) and the native protocol (9000/9440)."""

    id = "clickhouse"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (DEFAULT_USER_NO_PASSWORD,)
    description = "ClickHouse: native Hello / HTTP, default user without password, system tables, SAMPLE"
    default_ports = (8123, 9000, 8443, 9440)
    schemes = ("clickhouse",)
    SQL: ClassVar[dict[str, str]] = {
        "SELECT version()": "SELECT version()",
        "SELECT system.settings": "SELECT name, value FROM system.settings WHERE name IN ('readonly', 'allow_ddl')",
        "SELECT system.tables": (
            "SELECT database, name, engine, sampling_key FROM system.tables WHERE database NOT IN "
            "('system', 'INFORMATION_SCHEMA', 'information_schema') AND is_temporary = 0 "
            "ORDER BY database, name LIMIT {limit}"
        ),
        "SELECT system.parts": (
            "SELECT database, table, sum(rows), sum(bytes) FROM system.parts WHERE active AND database NOT IN "
            "('system', 'INFORMATION_SCHEMA', 'information_schema') GROUP BY database, table"
        ),
        "SELECT system.columns": (
            "SELECT database, table, name, type FROM system.columns WHERE database NOT IN "
            "('system', 'INFORMATION_SCHEMA', 'information_schema') LIMIT 20000"
        ),
        "SELECT count()": "SELECT count() FROM {table}",
        "SELECT SAMPLE": "SELECT {cols} FROM {table} SAMPLE {ratio} ORDER BY rand() LIMIT {n}",
        "SELECT ORDER BY rand()": "SELECT {cols} FROM {table} ORDER BY rand() LIMIT {n}",
        "SELECT WHERE rand()": "SELECT {cols} FROM {table} WHERE rand() % {k} = 0 LIMIT {n}",
        "SELECT ORDER BY DESC": "SELECT {cols} FROM {table} ORDER BY {col} DESC LIMIT {n}",
    }
    commands: ClassVar[frozenset[str]] = frozenset({"Hello", "GET /", "GET /?query="} | set(SQL))

    _mode: str | None = None  # "native" or "http"
    _hello: dict[str, Any] | None = None
    _auth_error: str | None = None
    #: send readonly/max_execution_time (False once a read-only profile refused them)
    _http_settings: bool = True
    _tables: list[DatasetRef] | None = None

    # ------------------------------------------------------------------ identify

    async def _native_hello(self) -> bytes | None:
        """The raw native Hello. Returns the first bytes of the reply when it looks like HTTP."""
        s = await open_stream(self.scope, self.target.host, self.target.port, timeout=self.limits.timeout,
                              tls=self.target.tls, budget=1 << 16)
        try:
            self.allow("Hello")
            await s.send(_varint(0) + _str("ajar") + _varint(1) + _varint(1) + _varint(_CLIENT_REVISION)
                         + _str("") + _str("default") + _str(""))
            try:
                first = await s.readexactly(1)
                if first == b"H":  # "HTTP/1.x 400 ...": an HTTP port
                    return first + await s.read(64)
                kind = first[0]
                if kind == 0:
                    name = await _read_str(s, 256)
                    major, minor, rev = await _read_varint(s), await _read_varint(s), await _read_varint(s)
                    if "clickhouse" not in name.lower() or major > 1000:
                        raise NotThisEngine("the Hello reply does not name ClickHouse")
                    tz = await _read_str(s, 256) if rev >= 54058 else ""
                    self._hello = {"name": name, "version": f"{major}.{minor}", "revision": rev, "timezone": tz}
                    return None
                if kind == 2:
                    code = int.from_bytes(await s.readexactly(4), "little")
                    name = await _read_str(s, 256)
                    msg = await _read_str(s, 4096)
                    if not name.startswith("DB::"):
                        raise NotThisEngine("an exception that is not ClickHouse's")
                    self._auth_error = f"exception {code} {name}: {msg[:200]}"
                    self._hello = {"exception": code}
                    return None
            except ProtocolMismatch as e:
                raise NotThisEngine("no ClickHouse reply to the native Hello") from e
            raise NotThisEngine("the reply to the native Hello is not a ClickHouse packet")
        finally:
            await s.close()

    async def _get(self, params: dict[str, str] | None, budget: int = 16 << 20) -> tuple[int, dict[str, str], bytes]:
        """``GET /`` (or ``GET /?query=`` with ``params``) on the shared client. Not
        :meth:`HttpProbe.fetch`: identification tries this request on ports that may be
        native, so any failure to get an HTTP reply (refused, reset, garbage) means
        :class:`NotThisEngine` here, not ``ConnectError``/``ProtocolMismatch``."""
        label = "GET /?query=" if params else "GET /"
        self.allow(label)
        try:
            async with self.client().stream("GET", "/", params=params) as r:
                body = bytearray()
                async for chunk in body_chunks(r, label):
                    body += chunk
                    if len(body) > budget:
                        raise ProtocolMismatch("the HTTP reply is larger than the read limit")
                return r.status_code, {k.lower(): v for k, v in r.headers.items()}, bytes(body)
        except httpx.TimeoutException as e:
            raise ProbeTimeout("clickhouse: no HTTP reply within the time limit") from e
        except httpx.HTTPError as e:
            raise NotThisEngine(f"no HTTP reply ({type(e).__name__})") from e

    async def _http_identify(self, first: tuple[int, dict[str, str], bytes] | None = None) -> Fingerprint:
        status, headers, body = first or await self._get(None, 4096)
        if not (body.strip() == b"Ok." or any(k.startswith("x-clickhouse") for k in headers)):
            raise NotThisEngine("GET / did not answer Ok. and has no X-ClickHouse headers")
        self._mode = "http"
        # "Ok." alone is what many health checks answer: without an X-ClickHouse header, only a
        # query answered in ClickHouse's own format, or refused with a ClickHouse exception
        # code, names the engine (a bare 401/403 does not)
        own = any(k.startswith("x-clickhouse") for k in headers)
        fp = Fingerprint("clickhouse", tls=self.target.tls, evidence=[evidence("GET /", f"{status} {body[:20]!r}")])
        try:
            names, rows = await self._query("SELECT version()")
            fp.version = str(rows[0][0]) if rows else None
        except _AuthError as e:
            if not own and "exception 0:" in str(e):
                raise NotThisEngine("GET / answered Ok. but the query was refused without a ClickHouse code") from e
            self._auth_error = str(e)
        except (_QueryError, ProtocolMismatch) as e:
            if not own:
                raise NotThisEngine("GET / answered Ok. but a query was not answered the ClickHouse way") from e
            raise
        fp.info = {"interface": "http"}
        return fp

    async def identify(self) -> Fingerprint:
        if self.target.port not in (9000, 9440):
            # HTTP first: an HTTP port answers Ok.; a native port answers an HTTP request with
            # 400 "Port 9000 is for clickhouse-client program" (an HTTP port would stay silent
            # on a native Hello, waiting for the end of a request line)
            first = await self._get(None, 4096)
            if not (first[0] == 400 and b"clickhouse-client" in first[2]):
                return await self._http_identify(first)
        elif await self._native_hello() is not None:
            return await self._http_identify()
        if self._hello is None and await self._native_hello() is not None:
            raise NotThisEngine("an HTTP reply to the native Hello after a native-port answer to HTTP")
        self._mode = "native"
        h = self._hello or {}
        fp = Fingerprint("clickhouse", tls=self.target.tls, info={"interface": "native"})
        if "exception" in h:
            fp.evidence = [evidence("Hello user=default", self._auth_error or "")]
            return fp
        fp.evidence = [evidence("Hello user=default", f"Hello from {h.get('name')} {h.get('version')}")]
        fp.info["timezone"] = h.get("timezone")
        try:
            _, rows = await self._query("SELECT version()")
            fp.version = str(rows[0][0]) if rows else h.get("version")
        except _AuthError as e:
            self._auth_error = str(e)
            fp.version = str(h.get("version"))
        return fp

    # ------------------------------------------------------------------ queries

    async def _query(self, label: str, **fmt: Any) -> tuple[list[str], list[tuple[Any, ...]]]:
        sql = self.SQL[label].format(**fmt)
        if self._mode == "native":
            return await self._native_query(label, sql)
        return await self._http_query(label, sql)

    async def _native_query(self, label: str, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        self.allow(label)
        t = self.limits.timeout
        addr = driver_address(self.scope, self.target.host)

        def run() -> tuple[list[str], list[tuple[Any, ...]]]:
            settings = {"readonly": 1, "max_execution_time": max(1, int(t))} if self._http_settings else {}
            client = Client(addr, port=self.target.port, user="default", password="", connect_timeout=t,
                            send_receive_timeout=t, sync_request_timeout=t, secure=self.target.tls, verify=False,
                            client_name="ajar", settings=settings)
            try:
                rows, cols = client.execute(sql, with_column_types=True)
                return [c[0] for c in cols], [tuple(r) for r in rows]
            finally:
                client.disconnect()

        try:
            try:
                return await asyncio.wait_for(asyncio.to_thread(run), t * 2)
            except ClickHouseError as e:
                if getattr(e, "code", None) != 164 or "readonly" not in str(e) or not self._http_settings:
                    raise
                self._http_settings = False  # a read-only profile refuses to set readonly: it is read-only
                return await asyncio.wait_for(asyncio.to_thread(run), t * 2)
        except TimeoutError as e:
            raise ProbeTimeout(f"clickhouse: {label} took longer than the time limit") from e
        except ClickHouseError as e:
            code = getattr(e, "code", None)
            if code in _AUTH_CODES:
                raise _AuthError(f"exception {code}: {str(e)[:200]}") from e
            if code is None and "socket" in str(e).lower():
                raise ProbeTimeout(f"clickhouse: {str(e)[:100]}") from e
            raise

    async def _http_query(self, label: str, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        self.check(label)
        params = {"query": sql + " FORMAT JSONCompact"}
        if self._http_settings:
            params |= {"readonly": "2", "max_execution_time": str(max(1, int(self.limits.timeout)))}
        status, headers, body = await self._get(params)
        text = body.decode("utf-8", "replace")
        if status != 200 and self._http_settings and "readonly" in text and "Code: 164" in text:
            self._http_settings = False  # the profile is read-only already: it refuses to set readonly
            params = {"query": sql + " FORMAT JSONCompact"}
            status, headers, body = await self._get(params)
            text = body.decode("utf-8", "replace")
        self.sent.append(label)
        if status != 200:
            m = _CODE.search(text)
            code = int(headers.get("x-clickhouse-exception-code") or (m.group(1) if m else 0))
            if code in _AUTH_CODES or status in (401, 403):
                raise _AuthError(f"HTTP {status}, exception {code}: {text[:200]}")
            raise _QueryError(f"HTTP {status}, exception {code}")
        try:
            doc = json.loads(body)
            names = [m["name"] for m in doc["meta"]]
            return names, [tuple(r) for r in doc["data"]]
        except (ValueError, KeyError, TypeError, RecursionError) as e:
            raise ProtocolMismatch("clickhouse: the JSONCompact reply is malformed") from e

    # ------------------------------------------------------------------ access

    async def access(self) -> AccessResult:
        """The checks, in order: the login as ``default`` without a password (the server's own
        refusal is ``auth_required``); the profile's rights from ``system.settings``; one row
        read from the first non-empty table."""
        if self._mode is None:
            await self.identify()
        if self._auth_error is not None:
            cmd = "Hello user=default" if self._mode == "native" else "GET /?query=SELECT version()"
            return AccessResult(Access.AUTH_REQUIRED, [evidence(cmd, self._auth_error)])
        iface = "native Hello" if self._mode == "native" else "HTTP query"
        ev = [evidence("SELECT version()", f"answered over the {iface} as user default without a password")]
        signals = [Signal(
            DEFAULT_USER_NO_PASSWORD.id, f"a {iface} as user default with an empty password was accepted")]
        rights = await self._profile_rights()
        self.earn(AccessResult(Access.METADATA, list(ev), rights, signals))
        return AccessResult(await self._read_one_row(ev), ev, rights, signals)

    async def _profile_rights(self) -> Rights:
        """What the default profile lets an anonymous session do (``readonly``, ``allow_ddl``)."""
        rights = Rights(read=True, basis="queries answered as default without a password")
        with contextlib.suppress(_QueryError, ClickHouseError):
            _, rows = await self._query("SELECT system.settings")
            settings = {str(k): str(v) for k, v in rows}
            ddl = settings.get("allow_ddl", "1") == "1"
            # system.settings shows the probe's own readonly; the profile's is known from whether the
            # server let the session set it (a readonly=1 profile refuses any change of readonly)
            ro_profile = not self._http_settings
            rights = Rights(
                read=True, write=not ro_profile, admin=not ro_profile and ddl,
                basis=("the default profile is read-only (it refused to change readonly)" if ro_profile else
                       "the default profile is not read-only (readonly=0: it let the session set readonly)")
                + f"; allow_ddl={settings.get('allow_ddl', '?')}",
            )
        return rights

    async def _read_one_row(self, ev: list[Evidence]) -> Access:
        """``open`` when one row of a non-empty table is read, else ``metadata``."""
        tables = await self.inventory()
        for t in self.walk(tables, ev, "SELECT ... FROM {table} LIMIT 1"):
            if t.handle is None or t.records == 0:
                continue
            recs = await self._rows(t, 1)
            if recs:
                ev.append(evidence(f"SELECT ... FROM {t.name} LIMIT 1",
                                   f"1 row read without a password ({len(recs[0].data)} columns)"))
                return Access.OPEN
        ev.append(evidence("SELECT system.tables", f"{len(tables)} tables listed, no row read"))
        return Access.METADATA

    # ------------------------------------------------------------------ inventory and samples

    async def inventory(self) -> list[DatasetRef]:
        if self._tables is not None:
            return self._tables
        if self._auth_error is not None:
            return []
        _, tables = await self._query("SELECT system.tables", limit=self.limits.max_datasets)
        _, parts = await self._query("SELECT system.parts")
        sizes = {(str(d), str(t)): (int(r), int(b)) for d, t, r, b in parts}
        _, colrows = await self._query("SELECT system.columns")
        cols: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for d, t, n, typ in colrows:
            cols.setdefault((str(d), str(t)), []).append((str(n), str(typ)))
        refs: list[DatasetRef] = []
        for db, name, engine, sampling_key in tables[: self.limits.max_datasets]:
            key = (str(db), str(name))
            readable = bool(_READABLE.match(str(engine))) and bool(cols.get(key))
            records, size = sizes.get(key, (None, None)) if "MergeTree" in str(engine) else (None, None)
            handle = None
            if readable:
                handle = {"table": f"{_qi(key[0])}.{_qi(key[1])}", "cols": cols[key],
                          "sampling": bool(sampling_key)}
                if records is None:
                    with contextlib.suppress(_QueryError, ClickHouseError):
                        _, rows = await self._query("SELECT count()", table=handle["table"])
                        records = int(rows[0][0])
                if "MergeTree" in str(engine) and key not in sizes:
                    records, size = 0, 0  # no active parts: empty
            refs.append(DatasetRef(f"{key[0]}.{key[1]}", "table", records, size, handle))
        self._tables = refs[: self.limits.max_datasets]
        return self._tables

    def _select_list(self, cols: list[tuple[str, str]]) -> str:
        cap = max(1, self.limits.max_value_bytes)
        return ", ".join(_qi(c) if _RAW_TYPES.match(t) else f"substring(toString({_qi(c)}), 1, {cap}) AS {_qi(c)}"
                         for c, t in cols)

    async def _rows(self, ds: DatasetRef, n: int) -> list[Record]:
        h = ds.handle
        cols = self._select_list(h["cols"])
        total = ds.records or 0
        if h["sampling"] and total > 100_000:
            ratio = min(1.0, n * 10 / total)
            names, rows = await self._query("SELECT SAMPLE", cols=cols, table=h["table"], ratio=f"{ratio:.6f}", n=n)
        elif total <= 1_000_000:
            names, rows = await self._query("SELECT ORDER BY rand()", cols=cols, table=h["table"], n=n)
        else:
            names, rows = await self._query("SELECT WHERE rand()", cols=cols, table=h["table"],
                                            k=max(1, total // (n * 4)), n=n)
        return [Record({k: decode_value(v) for k, v in zip(names, r, strict=False)}) for r in rows[:n]]

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        h = dataset.handle
        if h is None or n <= 0:
            return Sample()
        records = await self._rows(dataset, n)
        random.shuffle(records)
        newest: list[Record] = []
        times = [c for c, t in h["cols"] if _TIME_TYPES.match(t)]
        if times:
            best = min(times, key=lambda c: _TIME_NAMES.index(c.lower()) if c.lower() in _TIME_NAMES else 99)
            with contextlib.suppress(_QueryError, ClickHouseError):
                names, rows = await self._query("SELECT ORDER BY DESC", cols=self._select_list(h["cols"]),
                                                table=h["table"], col=_qi(best), n=min(n, 20))
                newest = [Record({k: decode_value(v) for k, v in zip(names, r, strict=False)}) for r in rows]
        return Sample(records, newest)

    async def recount(self, dataset: DatasetRef) -> int | None:
        h = dataset.handle
        if h is None:
            return None
        with contextlib.suppress(_QueryError, ClickHouseError):
            _, rows = await self._query("SELECT count()", table=h["table"])
            return int(rows[0][0])
        return None


class _AuthError(Exception):
    """The server refused the login (its message, without sampled values)."""


class _QueryError(Exception):
    """A query failed for another reason (code only)."""
