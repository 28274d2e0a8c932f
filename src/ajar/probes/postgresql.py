"""PostgreSQL (default port 5432): a raw startup handshake to identify, then asyncpg.

Requests sent: on the wire, ``SSLRequest`` (then TLS when the server answers ``S``), one
``StartupMessage`` per login tried (user ``postgres``, database ``postgres``; a further user
only when the server answered that the role does not exist, i.e. it asked for no password;
database ``template1`` when ``postgres`` does not exist) and ``Terminate``. No password is
ever sent. When a login is accepted, asyncpg connects with
``default_transaction_read_only=on`` and ``statement_timeout`` in the startup packet (so no
``SET`` statement is needed) and sends only these statements (the shapes
``log_statement=all`` shows; ``{...}`` are quoted identifiers and numbers):

Commands sent: ``SELECT version(), ... FROM pg_roles`` (rights: ``rolsuper``,
``rolcreaterole``, ``rolcreatedb``, ``rolreplication``, ``rolbypassrls``, and
``current_setting('ssl')``), ``SELECT datname FROM pg_database ...``, per database
``SELECT ... FROM pg_class ...`` (tables, ``reltuples``, ``pg_total_relation_size``,
columns from ``pg_attribute``, ``has_table_privilege`` SELECT/INSERT/UPDATE/DELETE),
``SELECT count(*)`` (never-analysed tables under 64 MiB, and recounts of tables under
200,000 rows), and samples: ``... TABLESAMPLE SYSTEM|BERNOULLI (p) ORDER BY random() LIMIT n``
on large tables, ``... ORDER BY random() LIMIT n`` on small ones, ``... ORDER BY <timestamp
column> DESC NULLS LAST LIMIT n`` for the newest rows. Foreign tables and views are never read
(a foreign table would reach another server). Every value is cut to ``max_value_bytes`` by
the server (``left(col::text, n)``).

Verdicts: ``auth_required`` when the startup is answered with a password request
(AuthenticationCleartextPassword / MD5 / SASL (SCRAM) / GSS / SSPI) or an authorisation
error (28000, 28P01: no pg_hba.conf entry, role refused); ``open`` when the login is accepted
without a password and a row is read; ``metadata`` when the login is accepted but no row
could be read (no tables, or no SELECT privilege). Rights come from ``pg_roles`` and
``has_table_privilege``, never from a write.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

import asyncpg

from ajar.errors import NotThisEngine, ProbeTimeout, ProtocolMismatch, TLSFailure
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.names import theirs
from ajar.net import Stream, client_tls_context, driver_address, open_stream
from ajar.probes._wire import postgresql as wire
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Probe, Sample, decode_value, evidence

#: users tried, in order; the next one only when the server said the previous role does not exist
_USERS = ("postgres", "root", "admin")
_AUTH_NAMES = {3: "AuthenticationCleartextPassword", 5: "AuthenticationMD5Password", 7: "AuthenticationGSS",
               9: "AuthenticationSSPI", 10: "AuthenticationSASL"}
_AUTH_SQLSTATES = {"28000", "28P01"}
_NATIVE = re.compile(r"^(smallint|integer|bigint|real|double precision|boolean|date|"
                     r"timestamp(\(\d\))? with(out)? time zone)$")
_TIME_TYPES = re.compile(r"^(date|timestamp(\(\d\))? with(out)? time zone)$")
_TIME_NAMES = ("created_at", "created", "inserted_at", "ts", "timestamp", "time", "event_time", "updated_at",
               "seen_at", "captured_at", "recorded_at", "date")
_SMALL = 20_000  # rows: ORDER BY random() over the whole table is cheap below this


@dataclass
class _Startup:
    """What one raw startup attempt learned."""

    user: str
    database: str
    kind: str  # "ok", "auth", "error"
    detail: str = ""
    sqlstate: str = ""
    params: dict[str, str] = field(default_factory=dict)


def _qi(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


#: How to close postgresql and check that it is closed.
GUIDE = Guide(
    "PostgreSQL",
    auth="In pg_hba.conf replace every `trust` line with password authentication, e.g.\n"
    "  host  all  all  <your application subnet, e.g. 192.0.2.0/24>  scram-sha-256\nand in postgresql.conf:\n"
    "  password_encryption = scram-sha-256\nthen `SELECT pg_reload_conf();`.",
    bind="In postgresql.conf:\n  listen_addresses = 'localhost'",
    tls="In postgresql.conf:\n  ssl = on\n  ssl_cert_file = 'server.crt'\n  ssl_key_file = 'server.key'\n"
    "and use `hostssl` instead of `host` lines in pg_hba.conf.",
    verify='`ajar scan HOST:PORT` shows access auth_required; `psql "host=HOST port=PORT user=postgres '
    'dbname=postgres" -w -c \'select 1\'` fails with "no password supplied".',
    upgrade="Upgrade to a supported PostgreSQL major version (https://www.postgresql.org/support/versioning/).",
    settings="Remove `trust` entries from pg_hba.conf and do not grant superuser to login roles used by apps.",
)
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("postgresql", (13, 0)),)
#: what a superuser may do (detail of postgresql.superuser_without_password)
_SUPERUSER_CAN = "a superuser can read and change every database and run programs on the host (COPY ... TO PROGRAM)"


def _with_table_privileges(rights: Rights, tables: list[DatasetRef]) -> Rights:
    """The role's rights with what its table privileges add (a write on any table is a write)."""
    writable = [t.name for t in tables if t.handle and t.handle["write"]]
    if writable and rights.write is not True:
        return Rights(read=True, write=True, admin=rights.admin,
                      basis=f"{rights.basis}; INSERT/UPDATE/DELETE privilege on {len(writable)} tables")
    if rights.write is None and tables:
        return Rights(read=True, write=False, admin=rights.admin,
                      basis=rights.basis + "; no INSERT/UPDATE/DELETE privilege on any table")
    return rights


#: postgresql.trust_auth
TRUST_AUTH = Weakness(
    "postgresql.trust_auth",
    Severity.MEDIUM,
    "PostgreSQL accepts logins without a password (trust authentication)",
    when="PostgreSQL accepts logins without a password (trust authentication)",
    remediation="In pg_hba.conf replace every `trust` method on host lines with scram-sha-256, e.g.\n"
    "  host  all  all  0.0.0.0/0  scram-sha-256\nset password_encryption = 'scram-sha-256' in "
    "postgresql.conf, give each role a password (\\password), then `SELECT pg_reload_conf();`.",
    verify='`psql "host=HOST port=PORT user=postgres dbname=postgres" -w -c "select 1"` fails with '
    '"no password supplied"; `ajar scan HOST:PORT` shows access auth_required.',
)
#: postgresql.superuser_without_password
SUPERUSER_WITHOUT_PASSWORD = Weakness(
    "postgresql.superuser_without_password",
    Severity.HIGH,
    "A PostgreSQL superuser is reachable without a password",
    when="A PostgreSQL superuser is reachable without a password",
    remediation="Require scram-sha-256 for every host line in pg_hba.conf (no `trust`), set a "
    "strong password for the superuser, and connect applications as non-superuser roles:\n"
    "  ALTER ROLE app NOSUPERUSER;",
    verify="`ajar scan HOST:PORT` no longer reports postgresql.superuser_without_password.",
)


class PostgresqlProbe(Probe):
    """PostgreSQL and wire-compatible servers (Greenplum, CockroachDB's pgwire, YugabyteDB)."""

    id = "postgresql"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (TRUST_AUTH, SUPERUSER_WITHOUT_PASSWORD)
    description = "PostgreSQL: startup handshake, trust-auth login, pg_class inventory, TABLESAMPLE"
    default_ports = (5432, 5433)
    schemes = ("postgres", "postgresql")
    #: statement templates (label -> SQL); ``{...}`` fields are identifiers or numbers
    SQL: ClassVar[dict[str, str]] = {
        "SELECT version() FROM pg_roles": (
            "SELECT version(), current_user::text, r.rolsuper, r.rolcreaterole, r.rolcreatedb, "
            "r.rolreplication, r.rolbypassrls, current_setting('ssl') FROM pg_roles r WHERE r.rolname = current_user"
        ),
        "SELECT pg_database": (
            "SELECT datname::text FROM pg_database WHERE datallowconn AND NOT datistemplate "
            "AND has_database_privilege(datname, 'CONNECT') ORDER BY datname LIMIT {limit}"
        ),
        "SELECT pg_class": (
            "SELECT n.nspname::text, c.relname::text, c.reltuples::float8, pg_total_relation_size(c.oid), "
            "has_table_privilege(c.oid, 'SELECT'), has_table_privilege(c.oid, 'INSERT') OR "
            "has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE'), "
            "array(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
            "AND NOT a.attisdropped ORDER BY a.attnum), "
            "array(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = c.oid "
            "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname !~ '^pg_(toast|temp)' ORDER BY n.nspname, c.relname LIMIT {limit}"
        ),
        "SELECT count(*)": "SELECT count(*) FROM {table}",
        "SELECT TABLESAMPLE": "SELECT {cols} FROM {table} TABLESAMPLE {method} ({pct}) ORDER BY random() LIMIT {n}",
        "SELECT ORDER BY random()": "SELECT {cols} FROM {table} ORDER BY random() LIMIT {n}",
        "SELECT ORDER BY DESC": "SELECT {cols} FROM {table} ORDER BY {col} DESC NULLS LAST LIMIT {n}",
    }
    commands: ClassVar[frozenset[str]] = frozenset({"SSLRequest", "StartupMessage", "Terminate"} | set(SQL))

    _login: _Startup | None = None
    _ssl: bool = False
    _conns: dict[str, asyncpg.Connection]
    _tables: list[DatasetRef] | None = None
    _rights: Rights | None = None

    # ------------------------------------------------------------------ raw handshake

    async def _open(self) -> tuple[Stream, bool]:
        """A stream ready for the StartupMessage (TLS when the server offers it) and whether TLS is on."""
        s = await open_stream(self.scope, self.target.host, self.target.port, timeout=self.limits.timeout,
                              tls=self.target.tls, budget=1 << 20)
        if self.target.tls:
            return s, True
        try:
            self.allow("SSLRequest")
            await s.send(wire.SSL_REQUEST)
            reply = await s.readexactly(1)
        except ProtocolMismatch as e:
            await s.close()
            raise NotThisEngine("no reply to the PostgreSQL SSLRequest") from e
        except BaseException:
            await s.close()
            raise
        if reply not in (b"S", b"N"):
            await s.close()
            raise NotThisEngine("the reply to the PostgreSQL SSLRequest is neither S nor N")
        if reply == b"N":
            return s, False
        if getattr(s._reader, "_buffer", b""):  # noqa: SLF001 - PostgreSQL sends one byte and waits; SSH sends more
            await s.close()
            raise NotThisEngine("the reply to the PostgreSQL SSLRequest is a longer message, not PostgreSQL's 'S'")
        try:
            # The PostgreSQL SSL upgrade happens inside an open connection; ajar.net.Stream has
            # no start_tls(), so upgrade its writer here (same scope-checked socket).
            await asyncio.wait_for(s._writer.start_tls(client_tls_context()), self.limits.timeout)  # noqa: SLF001
        except (OSError, TimeoutError) as e:
            await s.close()
            raise TLSFailure("the PostgreSQL server offered SSL but the TLS handshake failed") from e
        return s, True

    async def _startup(self, user: str, database: str) -> tuple[_Startup, bool]:
        s, tls = await self._open()
        try:
            self.allow("StartupMessage")
            await s.send(wire.startup_message({"user": user, "database": database, "application_name": "ajar"}))
            res = _Startup(user, database, "error")
            for _ in range(64):
                kind, length = wire.message_header(await s.readexactly(5))
                payload = await s.readexactly(length)
                if kind == b"E":
                    f = wire.error_fields(payload)
                    if "S" not in f or "M" not in f:
                        raise NotThisEngine("an error reply without PostgreSQL fields")
                    res.kind, res.sqlstate = "error", f.get("C", "")
                    res.detail = f"ErrorResponse {f.get('C', '?')}: {f.get('M', '')}"
                    if res.sqlstate in _AUTH_SQLSTATES and "does not exist" not in res.detail:
                        res.kind = "auth"
                    return res, tls
                if kind == b"R":
                    code = wire.auth_request(payload)
                    if code == 0:
                        res.kind, res.detail = "ok", "AuthenticationOk: login accepted without a password"
                        continue
                    res.kind = "auth"
                    name = _AUTH_NAMES.get(code, f"Authentication request {code}")
                    if code == 10:  # mechanism names go to info: the redactor masks them in evidence
                        mechs = [m.decode("ascii", "replace") for m in payload[4:].split(b"\x00") if m]
                        res.params["sasl_mechanisms"] = ", ".join(mechs)
                    res.detail = f"{name}: the server asked for a password"
                    return res, tls
                if kind == b"S" and res.kind == "ok":
                    k, _, v = payload.rstrip(b"\x00").partition(b"\x00")
                    res.params[k.decode("utf-8", "replace")] = v.decode("utf-8", "replace")
                elif kind == b"Z":
                    if res.kind != "ok":
                        raise NotThisEngine("ReadyForQuery before authentication")
                    with contextlib.suppress(Exception):
                        self.allow("Terminate")
                        await s.send(b"X\x00\x00\x00\x04")
                    return res, tls
            raise ProtocolMismatch("too many messages after the StartupMessage")
        finally:
            await s.close()

    async def identify(self) -> Fingerprint:
        tried: list[_Startup] = []
        tls = False
        for user in _USERS:
            res, tls = await self._startup(user, "postgres")
            if res.kind == "error" and res.sqlstate == "3D000":
                tried.append(res)
                res, tls = await self._startup(user, "template1")
            tried.append(res)
            # the next user only when this role does not exist, which a password-protected
            # server never says (it runs a mock SCRAM exchange instead)
            if not (res.kind == "error" and res.sqlstate == "28000" and "does not exist" in res.detail
                    and "role" in res.detail):
                break
        last = tried[-1]
        self._ssl = tls
        if last.kind == "ok":
            self._login = last
        self._tried = tried
        proof = "S (SSL offered)" if tls else "N (no SSL)"
        fp = Fingerprint("postgresql", tls=tls, evidence=[
            evidence("SSLRequest" if not self.target.tls else "StartupMessage",
                     proof if not self.target.tls else last.detail)])
        ver = last.params.get("server_version")
        if ver:
            fp.version = ver.split()[0]
        fp.info = {k: last.params[k] for k in ("server_encoding", "is_superuser", "session_authorization",
                                               "sasl_mechanisms") if k in last.params}
        fp.info["ssl_offered"] = tls
        return fp

    # ------------------------------------------------------------------ driver

    async def _conn(self, database: str) -> asyncpg.Connection:
        if not hasattr(self, "_conns"):
            self._conns = {}
        if database not in self._conns:
            assert self._login is not None
            self.check("StartupMessage")
            try:
                self._conns[database] = await asyncpg.connect(
                    host=driver_address(self.scope, self.target.host), port=self.target.port,
                    user=self._login.user, database=database, password="", passfile="/dev/null",
                    ssl=client_tls_context() if self._ssl and not self.target.tls else False,
                    direct_tls=self.target.tls, timeout=self.limits.timeout, command_timeout=self.limits.timeout,
                    statement_cache_size=0,
                    server_settings={"default_transaction_read_only": "on", "application_name": "ajar",
                                     "statement_timeout": str(int(self.limits.timeout * 1000))},
                )
            except TimeoutError as e:
                raise ProbeTimeout("postgresql: no login within the time limit") from e
            self.sent.append("StartupMessage")
        return self._conns[database]

    async def _fetch(self, database: str, label: str, **fmt: Any) -> list[asyncpg.Record]:
        sql = self.SQL[label].format(**fmt)
        conn = await self._conn(database)
        self.allow(label)
        try:
            return list(await conn.fetch(sql))
        except TimeoutError as e:
            raise ProbeTimeout(f"postgresql: {label} took longer than the time limit") from e

    # ------------------------------------------------------------------ access

    async def access(self) -> AccessResult:
        """The checks, in order: the logins identification tried (the server's own password
        request is ``auth_required``); the role's attributes (superuser, TLS off); the table
        privileges; one row read from the first readable, non-empty table."""
        if not hasattr(self, "_tried"):
            await self.identify()
        tried: list[_Startup] = self._tried
        ev = [evidence(f"StartupMessage user={t.user} database={t.database}", t.detail) for t in tried]
        if self._login is None:
            return AccessResult(Access.AUTH_REQUIRED if tried[-1].kind == "auth" else Access.UNKNOWN, ev)
        login = self._login
        signals = [Signal(TRUST_AUTH.id, f"StartupMessage user={login.user} was answered AuthenticationOk "
                          "with no password exchange")]  # fmt: skip
        rights, role_signals = await self._role(login, ev)
        signals += role_signals
        tables = await self.inventory()
        rights = _with_table_privileges(rights, tables)
        return AccessResult(await self._read_one_row(tables, ev), ev, rights, signals)

    async def _role(self, login: _Startup, ev: list[Evidence]) -> tuple[Rights, list[Signal]]:
        """The logged-in role's attributes from ``pg_roles``: its rights, a superuser, TLS off."""
        rights = Rights(read=True, basis=f"logged in as {login.user!r} without a password")
        row = (await self._fetch(login.database, "SELECT version() FROM pg_roles"))
        if not row:
            return rights, []
        r = row[0]
        ev.append(evidence("SELECT version() FROM pg_roles", f"logged in as {r[1]}; superuser={r[2]}"))
        superuser = bool(r[2])
        rights = Rights(
            read=True, write=superuser or None, admin=superuser or bool(r[3]) or bool(r[4]),
            basis=f"pg_roles for {r[1]}: rolsuper={r[2]}, rolcreaterole={r[3]}, rolcreatedb={r[4]}, "
            f"rolreplication={r[5]}, rolbypassrls={r[6]}",
        )
        signals = []
        if superuser:
            signals.append(Signal(SUPERUSER_WITHOUT_PASSWORD.id, f"role {theirs(r[1])} has rolsuper=true and logged in "
                                  f"without a password; {_SUPERUSER_CAN}"))  # fmt: skip
        if str(r[7]).lower() == "off":
            signals.append(Signal("weak.no_tls", "SHOW ssl answered 'off' (current_setting('ssl'))"))
        return rights, signals

    async def _read_one_row(self, tables: list[DatasetRef], ev: list[Evidence]) -> Access:
        """``open`` when one row of a readable, non-empty table is read, else ``metadata``."""
        for t in tables:
            if not t.handle["select"] or t.records == 0:
                continue
            rows = await self._sample_rows(t, 1)
            if rows:
                ev.append(evidence(f"SELECT ... FROM {t.name} LIMIT 1", f"1 row read without a password "
                                                                    f"({len(rows[0].data)} columns)"))
                return Access.OPEN
        ev.append(evidence("SELECT pg_class", f"{len(tables)} tables listed, no row read"))
        return Access.METADATA

    # ------------------------------------------------------------------ inventory and samples

    async def inventory(self) -> list[DatasetRef]:
        if self._tables is not None:
            return self._tables
        if self._login is None:
            return []
        dbs = [str(r[0]) for r in await self._fetch(self._login.database, "SELECT pg_database",
                                                      limit=self.limits.max_datasets)]
        refs: list[DatasetRef] = []
        for db in dbs:
            try:
                rows = await self._fetch(db, "SELECT pg_class", limit=self.limits.max_datasets - len(refs))
            except (asyncpg.PostgresError, OSError):
                continue  # this database refuses the login (pg_hba per database) or the query
            for schema, rel, tuples, size, can_select, can_write, cols, types in rows:
                table = f"{_qi(schema)}.{_qi(rel)}"
                count: int | None = int(tuples) if tuples is not None and tuples >= 0 else None
                if count is None and can_select and size is not None and size < 64 << 20:
                    with contextlib.suppress(asyncpg.PostgresError):
                        count = int((await self._fetch(db, "SELECT count(*)", table=table))[0][0])
                name = f"{db}.{rel}" if schema == "public" else f"{db}.{schema}.{rel}"
                handle = {"db": db, "table": table, "cols": list(cols), "types": list(types),
                          "select": bool(can_select), "write": bool(can_write)}
                refs.append(DatasetRef(name, "table", count, int(size) if size is not None else None, handle))
            if len(refs) >= self.limits.max_datasets:
                break
        self._tables = refs[: self.limits.max_datasets]
        return self._tables

    def _select_list(self, h: dict[str, Any]) -> str:
        cap = max(1, self.limits.max_value_bytes)
        parts = []
        for col, typ in zip(h["cols"], h["types"], strict=False):
            if _NATIVE.match(typ):
                parts.append(_qi(col))
            else:
                parts.append(f"left(({_qi(col)})::text, {cap}) AS {_qi(col)}")
        return ", ".join(parts) or "1"

    async def _sample_rows(self, ds: DatasetRef, n: int) -> list[Record]:
        h = ds.handle
        cols = self._select_list(h)
        total = ds.records or 0
        if total > _SMALL:
            method = "SYSTEM" if total > 1_000_000 else "BERNOULLI"
            pct = min(100.0, max(0.0001, 100.0 * n * 4 / total))
            rows = await self._fetch(h["db"], "SELECT TABLESAMPLE", cols=cols, table=h["table"], method=method,
                                     pct=f"{pct:.4f}", n=n)
            if len(rows) < n and method == "SYSTEM":
                rows = await self._fetch(h["db"], "SELECT TABLESAMPLE", cols=cols, table=h["table"],
                                         method="BERNOULLI", pct=f"{min(100.0, pct * 4):.4f}", n=n)
        else:
            rows = await self._fetch(h["db"], "SELECT ORDER BY random()", cols=cols, table=h["table"], n=n)
        return [Record({k: decode_value(v) for k, v in r.items()}) for r in rows[:n]]

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        h = dataset.handle
        if not h or not h["select"] or n <= 0:
            return Sample()
        records = await self._sample_rows(dataset, n)
        random.shuffle(records)
        newest: list[Record] = []
        times = [c for c, t in zip(h["cols"], h["types"], strict=False) if _TIME_TYPES.match(t)]
        if times:
            best = min(times, key=lambda c: _TIME_NAMES.index(c.lower()) if c.lower() in _TIME_NAMES else 99)
            with contextlib.suppress(asyncpg.PostgresError, ProbeTimeout):
                rows = await self._fetch(h["db"], "SELECT ORDER BY DESC", cols=self._select_list(h),
                                         table=h["table"], col=_qi(best), n=min(n, 20))
                newest = [Record({k: decode_value(v) for k, v in r.items()}) for r in rows]
        return Sample(records, newest)

    async def recount(self, dataset: DatasetRef) -> int | None:
        h = dataset.handle
        if not h or not h["select"] or (dataset.records or 0) > 200_000:
            return None
        with contextlib.suppress(asyncpg.PostgresError):
            return int((await self._fetch(h["db"], "SELECT count(*)", table=h["table"]))[0][0])
        return None

    async def close(self) -> None:
        for c in getattr(self, "_conns", {}).values():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(c.close(), 2.0)
