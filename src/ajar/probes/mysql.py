"""MySQL and MariaDB (default port 3306): the server greeting to identify, then aiomysql.

Requests sent: the server speaks first; ajar reads its greeting (protocol 10: version,
capabilities, auth plugin) raw, and sends nothing on that connection. Logins (the general
log's ``Connect``; no password is ever sent):

* the anonymous account, user ``""`` with no password, always: it is how an account with no
  name is used, not a credential guess;
* user ``root`` with an empty password only when default-credential checks are opted in
  (``ajar scan --try-default-credentials``, which sets ``Limits.try_default_credentials``).

After a login, with TLS when the server offers it, on one connection (``Quit`` at the end):

Commands sent: ``START TRANSACTION READ ONLY``, ``SELECT VERSION(), CURRENT_USER()``,
``SHOW VARIABLES LIKE 'have_ssl'``, ``SHOW GRANTS``, ``SELECT ... FROM mysql.user`` (anonymous
accounts and accounts without a password; only when readable), ``SELECT ... FROM
information_schema.TABLES`` (``TABLE_ROWS``, ``DATA_LENGTH + INDEX_LENGTH``),
``SELECT ... FROM information_schema.COLUMNS``, samples ``SELECT ... ORDER BY RAND() LIMIT n``
on tables under 20,000 rows, primary-key range reads ``SELECT ... WHERE pk >= x ORDER BY pk
LIMIT k`` (after ``SELECT MIN(pk), MAX(pk)``) or ``SELECT ... WHERE RAND() < p LIMIT n`` on
larger ones, ``SELECT ... ORDER BY <time column> DESC LIMIT n`` for the newest rows, and
``ROLLBACK`` and a new ``START TRANSACTION READ ONLY`` then ``SELECT COUNT(*)`` to recount
tables under 200,000 rows. Values are cut by the server
(``LEFT(col, n)``). aiomysql is run with ``autocommit=None`` and the charset in the handshake,
so it adds no ``SET`` statement. FEDERATED/CONNECT/SPIDER tables (which reach other servers)
are never read.

Verdicts: ``auth_required`` on ER_ACCESS_DENIED (1045), ER_HOST_NOT_PRIVILEGED (1130, in the
greeting) or an authentication plugin ajar cannot satisfy without a password
(``caching_sha2_password`` full authentication, ``ed25519``, GSSAPI...: the server asked for a
password); ``open`` when a login is accepted and a row is read; ``metadata`` when a login is
accepted but no row can be read. Rights come from ``SHOW GRANTS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
from decimal import Decimal
from typing import Any, ClassVar

import aiomysql
import pymysql

from ajar.errors import NotThisEngine, ProbeTimeout, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.net import client_tls_context, driver_address, open_stream
from ajar.probes._wire import mysql as wire
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Probe, Sample, decode_value, evidence

_CLIENT_SSL = 0x0800
_SYSTEM_SCHEMAS = ("mysql", "information_schema", "performance_schema", "sys")
_REMOTE_ENGINES = {"FEDERATED", "CONNECT", "SPIDER", "FEDERATEDX"}
_NATIVE = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint", "float", "double", "decimal",
           "date", "datetime", "timestamp", "year", "bit"}
_TIME_TYPES = {"date", "datetime", "timestamp"}
_TIME_NAMES = ("created_at", "created", "inserted_at", "ts", "timestamp", "time", "event_time", "updated_at",
               "date")
_INT_TYPES = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint"}
_SMALL = 20_000
_AUTH_ERRNOS = {1045, 1044, 1130, 1251, 1698, 2059, 2061}
_WRITE_PRIVS = ("ALL PRIVILEGES", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER")
_ADMIN_PRIVS = ("ALL PRIVILEGES", "SUPER", "GRANT OPTION", "CREATE USER", "FILE", "SHUTDOWN", "RELOAD", "PROCESS")


def _qi(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _clean_version(v: str | None) -> str | None:
    """MariaDB prefixes ``5.5.5-`` for old clients; drop it so the real version is parsed."""
    if v and v.startswith("5.5.5-") and "mariadb" in v.lower():
        return v[6:]
    return v


def _decode(v: Any) -> Any:
    """:func:`decode_value`, with ``DECIMAL`` values as floats."""
    return float(v) if isinstance(v, Decimal) else decode_value(v)


def _rights_from_grants(grants: list[str]) -> Rights:
    text = " ".join(g.upper() for g in grants)
    heads = [g.upper().split(" ON ", 1)[0] for g in grants]
    read = any(("SELECT" in h or "ALL PRIVILEGES" in h) for h in heads)
    write = any(any(p in h for p in _WRITE_PRIVS) for h in heads)
    admin = any(any(p in h for p in _ADMIN_PRIVS) for h in heads) or "WITH GRANT OPTION" in text
    first = grants[0][:100] if grants else "(none)"
    return Rights(read=read, write=write, admin=admin, basis=f"SHOW GRANTS: {len(grants)} grant(s), e.g. {first}")


#: How to close mysql and check that it is closed.
GUIDE = Guide(
    "MySQL / MariaDB",
    auth="Remove anonymous users and empty passwords:\n  DROP USER IF EXISTS ''@'%', ''@'localhost';\n"
    "  ALTER USER 'root'@'%' IDENTIFIED BY '<long random secret>';\nand make sure my.cnf has no "
    "`skip-grant-tables`.",
    bind="In my.cnf:\n  [mysqld]\n  bind-address = 127.0.0.1",
    tls="In my.cnf:\n  [mysqld]\n  require_secure_transport = ON\n  ssl_cert = "
    "/etc/mysql/server-cert.pem\n"
    "  ssl_key = /etc/mysql/server-key.pem",
    verify="`ajar scan HOST:PORT` shows access auth_required; `mysql -h HOST -P PORT -u root "
    "--skip-password "
    "-e 'select 1'` fails with \"Access denied\".",
    upgrade="Upgrade to a supported MySQL (https://www.mysql.com/support/eol-notice.html) or MariaDB "
    "(https://mariadb.org/about/#maintenance-policy) release.",
    settings="Remove `skip-grant-tables` and `skip-networking=0` overrides; set `local_infile = 0`.",
)
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("mariadb", (10, 6), marker="mariadb"), EndOfLife("mysql", (8, 0)))
#: mysql.anonymous_account
ANONYMOUS_ACCOUNT = Weakness(
    "mysql.anonymous_account",
    Severity.MEDIUM,
    "MySQL/MariaDB has an anonymous account (empty user name)",
    when="MySQL/MariaDB has an anonymous account (empty user name)",
    remediation="Drop the anonymous accounts (mariadb-secure-installation does the same):\n"
    "  DROP USER IF EXISTS ''@'localhost', ''@'%';\n  FLUSH PRIVILEGES;",
    verify="`mysql -h HOST -P PORT -u '' -e 'select 1'` fails with \"Access denied\"; "
    "`SELECT User, Host FROM mysql.user WHERE User = ''` returns no rows.",
)
#: mysql.empty_root_password
EMPTY_ROOT_PASSWORD = Weakness(
    "mysql.empty_root_password",
    Severity.HIGH,
    "The MySQL/MariaDB root account has an empty password",
    when="The MySQL/MariaDB root account has an empty password",
    remediation="Set a password on every root account:\n"
    "  ALTER USER 'root'@'%' IDENTIFIED BY '<long random secret>';\n"
    "(one per host: 'root'@'localhost', 'root'@'127.0.0.1', 'root'@'::1'), "
    "or run mariadb-secure-installation.",
    verify="`mysql -h HOST -P PORT -u root --skip-password -e 'select 1'` fails with \"Access denied\".",
)


class MysqlProbe(Probe):
    """MySQL, MariaDB and wire-compatible servers (Percona, TiDB, Aurora MySQL)."""

    id = "mysql"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (ANONYMOUS_ACCOUNT, EMPTY_ROOT_PASSWORD)
    description = "MySQL/MariaDB: greeting, anonymous login, SHOW GRANTS, information_schema, samples"
    default_ports = (3306, 3307)
    schemes = ("mysql", "mariadb")
    SQL: ClassVar[dict[str, str]] = {
        "START TRANSACTION READ ONLY": "START TRANSACTION READ ONLY",
        "ROLLBACK": "ROLLBACK",
        "SELECT VERSION()": "SELECT VERSION(), CURRENT_USER()",
        "SHOW VARIABLES": "SHOW VARIABLES LIKE 'have_ssl'",
        "SHOW GRANTS": "SHOW GRANTS",
        "SELECT mysql.user": (
            "SELECT User, Host FROM mysql.user WHERE User = '' OR ({empty} AND plugin NOT IN "
            "('unix_socket', 'auth_socket')) LIMIT 50"
        ),
        "SELECT information_schema.TABLES": (
            "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH, ENGINE FROM "
            "information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA NOT IN "
            "('mysql', 'information_schema', 'performance_schema', 'sys') ORDER BY TABLE_SCHEMA, TABLE_NAME "
            "LIMIT {limit}"
        ),
        "SELECT information_schema.COLUMNS": (
            "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_KEY FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys') "
            "ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION LIMIT 20000"
        ),
        "SELECT ORDER BY RAND()": "SELECT {cols} FROM {table} ORDER BY RAND() LIMIT {n}",
        "SELECT MIN MAX": "SELECT MIN({pk}), MAX({pk}) FROM {table}",
        "SELECT pk range": "SELECT {cols} FROM {table} WHERE {pk} >= {start} ORDER BY {pk} LIMIT {n}",
        "SELECT WHERE RAND()": "SELECT {cols} FROM {table} WHERE RAND() < {p} LIMIT {n}",
        "SELECT ORDER BY DESC": "SELECT {cols} FROM {table} ORDER BY {col} DESC LIMIT {n}",
        "SELECT COUNT(*)": "SELECT COUNT(*) FROM {table}",
    }
    commands: ClassVar[frozenset[str]] = frozenset({"Greeting", "Connect", "Quit"} | set(SQL))

    _greeting: wire.Greeting | None = None
    _conn: aiomysql.Connection | None = None
    _user: str | None = None
    _tables: list[DatasetRef] | None = None
    _fresh_snapshot: bool = False

    def _defaults_on(self) -> bool:
        """``root`` with an empty password is a default-credential check: only when opted in."""
        return self.limits.try_default_credentials

    async def identify(self) -> Fingerprint:
        s = await open_stream(self.scope, self.target.host, self.target.port, timeout=self.limits.timeout,
                              tls=self.target.tls, budget=1 << 16)
        try:
            self.allow("Greeting")  # nothing is sent: the server speaks first
            try:
                head = await s.readexactly(4)
            except ProtocolMismatch as e:
                raise NotThisEngine("no MySQL greeting") from e
            length = wire.greeting_length(head)
            try:
                payload = await s.readexactly(length)
            except ProtocolMismatch as e:
                raise NotThisEngine("a truncated MySQL greeting") from e
        finally:
            await s.close()
        g = wire.parse_greeting(payload)
        self._greeting = g
        tls = self.target.tls or bool(g.capabilities & _CLIENT_SSL)
        if g.error_code is not None:
            return Fingerprint("mysql", tls=self.target.tls, info={"error_code": g.error_code},
                               evidence=[evidence("Greeting", f"error {g.error_code}: {g.error}")])
        version = _clean_version(g.version)
        fp = Fingerprint("mysql", version=version, tls=tls,
                         evidence=[evidence("Greeting", f"protocol {g.protocol}, version {g.version}")])
        fp.info = {"auth_plugin": g.plugin, "flavor": "mariadb" if "mariadb" in (g.version or "").lower()
                   else "mysql", "ssl_offered": bool(g.capabilities & _CLIENT_SSL)}
        return fp

    # ------------------------------------------------------------------ login

    async def _login(self, user: str) -> aiomysql.Connection:
        assert self._greeting is not None
        self.check("Connect")
        ssl = client_tls_context() if (self._greeting.capabilities & _CLIENT_SSL) else None
        conn = aiomysql.Connection(
            host=driver_address(self.scope, self.target.host), port=self.target.port, user=user or "-", password="",
            db=None, connect_timeout=self.limits.timeout, autocommit=None, charset="utf8mb4", ssl=ssl,
            local_infile=False, program_name="ajar",
        )
        # aiomysql replaces an empty user name with the OS user (``user or getpass.getuser()``):
        # set the name it sends directly, so the anonymous login really is anonymous
        conn._user = user  # noqa: SLF001
        try:
            await asyncio.wait_for(conn._connect(), self.limits.timeout * 2)  # noqa: SLF001
        except TimeoutError as e:
            conn.close()
            raise ProbeTimeout("mysql: no login within the time limit") from e
        finally:
            self.sent.append("Connect")
        return conn

    async def _q(self, label: str, **fmt: Any) -> list[tuple[Any, ...]]:
        assert self._conn is not None
        sql = self.SQL[label].format(**fmt)
        self.allow(label)
        try:
            async with self._conn.cursor() as cur:
                await asyncio.wait_for(cur.execute(sql), self.limits.timeout)
                return list(await asyncio.wait_for(cur.fetchall(), self.limits.timeout))
        except TimeoutError as e:
            self._conn.close()  # the connection is mid-reply: drop it
            self._conn = None
            raise ProbeTimeout(f"mysql: {label} took longer than the time limit") from e

    async def access(self) -> AccessResult:
        """The checks, in order: the greeting's own refusal; a login without a password (root
        first when opted in, then the anonymous account); inside a read-only transaction, TLS
        off, the grants, weak accounts; then one row read from the first non-empty table."""
        if self._greeting is None:
            await self.identify()
        refused = self._refused_at_greeting()
        if refused is not None:
            return refused
        ev: list[Evidence] = []
        denied = await self._login_without_password(ev)
        if self._conn is None:
            if not self._defaults_on():
                ev.append(evidence("root with an empty password", "not tried: checks of default credentials "
                                   "are off unless opted in"))
            return AccessResult(Access.AUTH_REQUIRED if denied else Access.UNKNOWN, ev)
        # the login itself is the first proof: kept if every query after it is refused or breaks
        if self._user == "":
            weak = Signal(ANONYMOUS_ACCOUNT.id, "logged in as the anonymous user ''")
        else:
            weak = Signal(EMPTY_ROOT_PASSWORD.id, "logged in as root with an empty password")
        self.earn(AccessResult(Access.UNKNOWN, list(ev), signals=[weak]))
        try:
            return await self._after_login(ev)
        except pymysql.err.MySQLError as e:  # the server's own refusal of a query (ERR 1142...)
            code = e.args[0] if e.args and isinstance(e.args[0], int) else 0
            ev.append(evidence("queries after the login", f"refused by the server: error {code}"))
            return AccessResult(Access.UNKNOWN, ev, signals=[weak])

    async def _after_login(self, ev: list[Evidence]) -> AccessResult:
        """Inside a read-only transaction: the version, TLS off, the grants, weak accounts, one row."""
        await self._q("START TRANSACTION READ ONLY")
        ver, cur_user = (await self._q("SELECT VERSION()"))[0]
        signals = await self._tls_off()
        rights = _rights_from_grants([str(_decode(r[0])) for r in await self._q("SHOW GRANTS")])
        signals += await self._weak_accounts(str(_decode(ver)))
        ev.append(evidence("SELECT VERSION(), CURRENT_USER()", f"{_decode(ver)} as {_decode(cur_user)}"))
        return AccessResult(await self._read_one_row(ev), ev, rights, signals)

    def _refused_at_greeting(self) -> AccessResult | None:
        """The server's greeting is an error packet: 1130 means this host may not connect."""
        g = self._greeting
        assert g is not None
        if g.error_code is None:
            return None
        verdict = Access.AUTH_REQUIRED if g.error_code == 1130 else Access.UNKNOWN
        return AccessResult(verdict, [evidence("Greeting", f"error {g.error_code}: {g.error}")])

    async def _login_without_password(self, ev: list[Evidence]) -> bool:
        """Log in with no password: root first with the opt-in (as attackers do; its login can
        read mysql.user), then the anonymous account. True when the server refused a login."""
        denied = False
        for user in (["root"] if self._defaults_on() else []) + [""]:
            try:
                self._conn = await self._login(user)
                self._user = user
                ev.append(evidence(f"Connect user={user!r} password=(none)", "OK: login accepted"))
                return denied
            except pymysql.err.MySQLError as e:
                code = e.args[0] if e.args and isinstance(e.args[0], int) else 0
                msg = str(e.args[1]) if len(e.args) > 1 else str(e)
                ev.append(evidence(f"Connect user={user!r} password=(none)", f"error {code}: {msg}"))
                if code in _AUTH_ERRNOS or "auth" in msg.lower() or "plugin" in msg.lower():
                    denied = True
            except (NotImplementedError, RuntimeError) as e:  # an auth plugin aiomysql cannot speak
                ev.append(evidence(f"Connect user={user!r} password=(none)", f"authentication plugin: {e}"))
                denied = True
        return denied

    async def _tls_off(self) -> list[Signal]:
        ssl_rows = await self._q("SHOW VARIABLES")
        ssl_val = str(_decode(ssl_rows[0][1])) if ssl_rows else ""
        return [Signal("weak.no_tls", f"have_ssl is {ssl_val}")] if ssl_val.upper() in ("DISABLED", "NO") else []

    async def _weak_accounts(self, version: str) -> list[Signal]:
        """Anonymous accounts and root without a password, from the login and from mysql.user."""
        anon, nopass = await self._accounts(version)
        signals = []
        if self._user == "" or anon:
            said = ["logged in as the anonymous user ''"] if self._user == "" else []
            said += [f"mysql.user lists {len(anon)} anonymous account(s): " + ", ".join(anon[:5])] if anon else []
            signals.append(Signal(ANONYMOUS_ACCOUNT.id, "; ".join(said)))
        root_empty = [a for a in nopass if a.startswith("root@")]
        if self._user == "root" or root_empty:
            said = ["logged in as root with an empty password"] if self._user == "root" else []
            said += ["mysql.user: " + ", ".join(root_empty[:5]) + " without a password"] if root_empty else []
            signals.append(Signal(EMPTY_ROOT_PASSWORD.id, "; ".join(said)))
        return signals

    async def _read_one_row(self, ev: list[Evidence]) -> Access:
        """``open`` when one row of a non-empty table is read, else ``metadata`` (names only)."""
        tables = await self.inventory()
        for t in tables:
            if t.handle is None or t.records == 0:
                continue
            try:
                rows = await self._rows(t, 1)
            except pymysql.err.MySQLError as e:
                ev.append(evidence(f"SELECT ... FROM {t.name} LIMIT 1", f"error {e.args[0] if e.args else ''}"))
                continue
            if rows:
                ev.append(evidence(f"SELECT ... FROM {t.name} LIMIT 1",
                                   f"1 row read without a password ({len(rows[0].data)} columns)"))
                return Access.OPEN
        ev.append(evidence("SELECT information_schema.TABLES", f"{len(tables)} tables listed, no row read"))
        return Access.METADATA

    async def _accounts(self, version: str) -> tuple[list[str], list[str]]:
        """Anonymous accounts and accounts without a password, when ``mysql.user`` is readable."""
        m = re.match(r"(\d+)\.(\d+)", version)
        major_minor = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
        mariadb = "mariadb" in version.lower()
        old = (mariadb and major_minor < (10, 4)) or (not mariadb and major_minor < (5, 7))
        empty = "authentication_string = '' AND Password = ''" if old else "authentication_string = ''"
        try:
            rows = await self._q("SELECT mysql.user", empty=empty)
        except pymysql.err.MySQLError:
            return [], []  # not readable by this account
        accounts = [(str(_decode(u)), str(_decode(h))) for u, h in rows]
        anon = [f"''@{h}" for u, h in accounts if u == ""]
        nopass = [f"{u}@{h}" for u, h in accounts if u != ""]
        return anon, nopass

    # ------------------------------------------------------------------ inventory and samples

    async def inventory(self) -> list[DatasetRef]:
        if self._tables is not None:
            return self._tables
        if self._conn is None:
            return []
        rows = await self._q("SELECT information_schema.TABLES", limit=self.limits.max_datasets)
        cols: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for schema, table, col, typ, key in await self._q("SELECT information_schema.COLUMNS"):
            cols.setdefault((str(_decode(schema)), str(_decode(table))), []).append(
                (str(_decode(col)), str(_decode(typ)).lower(), str(_decode(key))))
        refs = []
        for schema, table, n_rows, size, engine in rows:
            schema, table = str(_decode(schema)), str(_decode(table))
            eng = str(_decode(engine) or "").upper()
            c = cols.get((schema, table), [])
            handle = None if eng in _REMOTE_ENGINES or not c else {
                "table": f"{_qi(schema)}.{_qi(table)}", "cols": c, "engine": eng}
            refs.append(DatasetRef(f"{schema}.{table}", "table", int(n_rows) if n_rows is not None else None,
                                   int(size) if size is not None else None, handle))
        self._tables = refs
        return refs

    def _select_list(self, cols: list[tuple[str, str, str]]) -> str:
        cap = max(1, self.limits.max_value_bytes)
        return ", ".join(_qi(c) if t in _NATIVE else f"LEFT({_qi(c)}, {cap}) AS {_qi(c)}" for c, t, _ in cols)

    async def _rows(self, ds: DatasetRef, n: int) -> list[Record]:
        h = ds.handle
        cols = self._select_list(h["cols"])
        names = [c for c, _, _ in h["cols"]]
        total = ds.records or 0
        pks = [c for c, t, k in h["cols"] if k == "PRI"]
        if total <= _SMALL:
            rows = await self._q("SELECT ORDER BY RAND()", cols=cols, table=h["table"], n=n)
        elif len(pks) == 1 and next(t for c, t, _ in h["cols"] if c == pks[0]) in _INT_TYPES:
            pk = _qi(pks[0])
            lo, hi = (await self._q("SELECT MIN MAX", pk=pk, table=h["table"]))[0]
            rows = []
            if lo is not None and hi is not None:
                chunks = min(4, n)
                per = -(-n // chunks)
                for _ in range(chunks):
                    start = random.randint(int(lo), int(hi))
                    rows += await self._q("SELECT pk range", cols=cols, table=h["table"], pk=pk, start=start, n=per)
        else:
            p = min(1.0, n * 4 / total)
            rows = await self._q("SELECT WHERE RAND()", cols=cols, table=h["table"], p=f"{p:.6f}", n=n)
        return [Record({k: _decode(v) for k, v in zip(names, r, strict=False)}) for r in rows[:n]]

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        h = dataset.handle
        if h is None or self._conn is None or n <= 0:
            return Sample()
        records = await self._rows(dataset, n)
        random.shuffle(records)
        newest: list[Record] = []
        times = [c for c, t, _ in h["cols"] if t in _TIME_TYPES]
        if times:
            best = min(times, key=lambda c: _TIME_NAMES.index(c.lower()) if c.lower() in _TIME_NAMES else 99)
            names = [c for c, _, _ in h["cols"]]
            with contextlib.suppress(pymysql.err.MySQLError):
                rows = await self._q("SELECT ORDER BY DESC", cols=self._select_list(h["cols"]), table=h["table"],
                                     col=_qi(best), n=min(n, 20))
                newest = [Record({k: _decode(v) for k, v in zip(names, r, strict=False)}) for r in rows]
        return Sample(records, newest)

    async def recount(self, dataset: DatasetRef) -> int | None:
        h = dataset.handle
        if h is None or self._conn is None or (dataset.records or 0) > 200_000:
            return None
        with contextlib.suppress(pymysql.err.MySQLError):
            if not self._fresh_snapshot:  # the first transaction's snapshot predates the scan's growth
                await self._q("ROLLBACK")
                await self._q("START TRANSACTION READ ONLY")
                self._fresh_snapshot = True
            return int((await self._q("SELECT COUNT(*)", table=h["table"]))[0][0])
        return None

    async def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self.sent.append("Quit")
                await asyncio.wait_for(self._conn.ensure_closed(), 2.0)
            self._conn = None
