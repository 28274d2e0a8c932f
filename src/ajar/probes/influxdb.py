"""InfluxDB 1.x (default port 8086), over its HTTP API.

Requests sent, all read-only (as InfluxDB's ``[httpd]`` access log names them):
``GET /ping`` (``X-Influxdb-Version`` header, answered even with authentication on) and
``GET /query`` with only these InfluxQL statements: ``SHOW DATABASES``,
``SHOW MEASUREMENTS`` (``LIMIT``), ``SELECT count(*) FROM "m"``,
``SELECT * FROM "m" ORDER BY time DESC LIMIT n`` (the newest points) and
``SELECT * FROM "m" LIMIT n OFFSET k`` (a random window: InfluxQL has no random order).
Every statement is checked against that list before it is sent; ``/query`` is only ever
called with GET, which InfluxDB refuses for writing statements.

Verdicts: ``auth_required`` on 401 (``unable to parse authentication credentials``,
``authorization failed``: it said so); ``open`` when points are read without credentials.
Datasets are ``database.measurement`` (``_internal`` is skipped). With ``auth-enabled =
false`` every client is an admin (``influxdb.auth_disabled``). InfluxDB 2.x answers
``/ping`` too but needs a token for everything; it is reported as ``auth_required``.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from ajar import defaults
from ajar.bounds import count_of
from ajar.errors import ForbiddenCommand, NotThisEngine, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Record, Rights, Severity
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, HttpProbe, Sample, addressable, evidence

_SKIP_DBS = {"_internal"}
#: the only statements sent, as patterns (identifiers are quoted by the probe)
_STATEMENTS = (
    re.compile(r'SHOW DATABASES'),
    re.compile(r'SHOW MEASUREMENTS LIMIT \d+'),
    re.compile(r'SELECT count\(\*\) FROM "(?:[^"\\]|\\.)+"'),
    re.compile(r'SELECT \* FROM "(?:[^"\\]|\\.)+" ORDER BY time DESC LIMIT \d+'),
    re.compile(r'SELECT \* FROM "(?:[^"\\]|\\.)+" LIMIT \d+ OFFSET \d+'),
)


def _ident(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


#: How to close influxdb and check that it is closed.
GUIDE = Guide(
    "InfluxDB",
    auth="Create an admin (`CREATE USER admin WITH PASSWORD '<secret>' WITH ALL PRIVILEGES`), then in "
    "influxdb.conf:\n  [http]\n  auth-enabled = true",
    bind='In influxdb.conf:\n  [http]\n  bind-address = "127.0.0.1:8086"',
    tls='In influxdb.conf:\n  [http]\n  https-enabled = true\n  https-certificate = "/etc/ssl/influxdb.pem"',
    verify="`ajar scan HOST:PORT` shows access auth_required; `curl -s "
    "'http://HOST:PORT/query?q=SHOW+DATABASES'` "
    "answers 401.",
    upgrade="Upgrade to a supported InfluxDB release.",
    )
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("influxdb", (1, 8)),)
#: influxdb.auth_disabled
AUTH_DISABLED = Weakness(
    "influxdb.auth_disabled",
    Severity.LOW,
    "Authentication is disabled: every client is an admin",
    when="SHOW DATABASES answered 200 to a client without credentials",
    remediation="in influxdb.conf, section [http], set `auth-enabled = true`, create an admin with "
    "`CREATE USER admin WITH PASSWORD '...' WITH ALL PRIVILEGES`, then restart influxd",
    verify="`curl -s -G http://HOST:8086/query --data-urlencode 'q=SHOW DATABASES'` answers 401 "
    "`unable to parse authentication credentials`",
)


class InfluxdbProbe(HttpProbe):
    """InfluxDB 1.x (and the 2.x /ping banner)."""

    id = "influxdb"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (AUTH_DISABLED,)
    description = "InfluxDB 1.x: /ping version, SHOW DATABASES/MEASUREMENTS, counts, newest and random points"
    default_ports = (8086,)
    commands: ClassVar[frozenset[str]] = frozenset({"GET /ping", "GET /query"})

    async def _query(self, q: str, db: str | None = None) -> tuple[httpx.Response, Any]:
        if not any(p.fullmatch(q) for p in _STATEMENTS):
            raise ForbiddenCommand(f"influxdb probe tried to send an undeclared statement: {q[:60]!r}")
        params = {"q": q, "epoch": "ms"}
        if db is not None:
            params["db"] = db
        return await self.fetch_json("GET /query", "GET", "/query", params=params)

    async def _series(self, q: str, db: str | None = None) -> list[dict[str, Any]]:
        r, body = await self._query(q, db)
        if r.status_code != 200:
            raise ProtocolMismatch(f"{q.split(' FROM')[0]} answered {r.status_code}: {_error(body)}")
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list) or not results or not isinstance(results[0], dict):
            return []
        if results[0].get("error"):
            raise ProtocolMismatch(f"query error: {str(results[0]['error'])[:120]}")
        return [s for s in results[0].get("series") or [] if isinstance(s, dict)]

    async def identify(self) -> Fingerprint:
        try:
            r, _ = await self.fetch("GET /ping", "GET", "/ping")
        except ProtocolMismatch as e:
            raise NotThisEngine(f"no HTTP reply to GET /ping ({e})") from e
        version = r.headers.get("x-influxdb-version")
        if version is None or r.status_code not in (200, 204, 401):
            raise NotThisEngine(f"GET /ping answered {r.status_code} without X-Influxdb-Version")
        fp = Fingerprint("influxdb", version=version, tls=self.target.tls)
        build = r.headers.get("x-influxdb-build")
        if build:
            fp.info["build"] = build
        said = f"{r.status_code} with an X-Influxdb-Version header ({build or 'InfluxDB'})"
        fp.evidence.append(evidence("GET /ping", said))
        return fp

    async def access(self) -> AccessResult:
        cmd = "GET /query?q=SHOW DATABASES"
        r, body = await self._query("SHOW DATABASES")
        if r.status_code in (401, 403):
            return AccessResult(Access.AUTH_REQUIRED, [evidence(cmd, f"{r.status_code} {_error(body)}")])
        if r.status_code != 200 or not isinstance(body, dict):
            return AccessResult(Access.UNKNOWN, [evidence(cmd, f"{r.status_code} {_error(body)}")])
        names = [str(v[0]) for s in _first_series(body) for v in s.get("values") or [] if v]
        ev = [evidence(cmd, f"200: {len(names)} databases listed without credentials")]
        self._dbs = addressable([n for n in names if n not in _SKIP_DBS], str, ev, cmd)
        verdict = Access.METADATA
        rights = Rights(read=True, write=True, admin=True,
                        basis="SHOW DATABASES answered without credentials: auth-enabled is false, so every "
                              "client has read, write and admin rights (no users are checked)")
        signals = [Signal(AUTH_DISABLED.id, "SHOW DATABASES answered 200 to a client without credentials")]
        self.earn(AccessResult(verdict, list(ev), rights, signals))
        for db in self.walk(self._dbs, ev, "SHOW MEASUREMENTS, SELECT * LIMIT 1"):
            try:
                ms = await self._measurements(db)
                pts = await self._series(f"SELECT * FROM {_ident(ms[0])} LIMIT 1 OFFSET 0", db) if ms else []
            except ProtocolMismatch:
                continue  # this database's names or reply are broken: try the next one
            if ms:
                if pts and pts[0].get("values"):
                    verdict = Access.OPEN
                    ev.append(evidence(f"GET /query?q=SELECT * FROM {ms[0]} LIMIT 1", "200: a point read"))
                break
        return AccessResult(verdict, ev, rights, signals)

    async def _measurements(self, db: str) -> list[str]:
        series = await self._series(f"SHOW MEASUREMENTS LIMIT {self.limits.max_datasets}", db)
        return addressable([str(v[0]) for s in series for v in s.get("values") or [] if v], str, [], "")

    async def _count(self, db: str, m: str) -> int | None:
        series = await self._series(f"SELECT count(*) FROM {_ident(m)}", db)
        if not series or not series[0].get("values"):
            return 0
        counts = [n for n in (count_of(c) for c in series[0]["values"][0][1:] if isinstance(c, int)) if n is not None]
        return max(counts) if counts else None

    async def inventory(self) -> list[DatasetRef]:
        if not hasattr(self, "_dbs"):
            await self.access()
        refs: list[DatasetRef] = []
        for db in self.walk(self._dbs, [], "SHOW MEASUREMENTS", defaults.INVENTORY_TIMEOUTS):
            try:
                measurements = await self._measurements(db)
            except ProtocolMismatch:
                continue  # a database whose name cannot be sent back, or whose reply is broken
            for m in measurements:
                if len(refs) >= self.limits.max_datasets:
                    return refs
                try:
                    count = await self._count(db, m)
                except ProtocolMismatch:
                    count = None
                refs.append(DatasetRef(f"{db}.{m}", "measurement", count, None, (db, m)))
        return refs

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        db, m = dataset.handle
        total = dataset.records or 0
        offset = random.randint(0, total - n) if total > n else 0
        records = _points(await self._series(f"SELECT * FROM {_ident(m)} LIMIT {n} OFFSET {offset}", db), n,
                          self.limits.max_value_bytes)
        newest = _points(await self._series(f"SELECT * FROM {_ident(m)} ORDER BY time DESC LIMIT {min(n, 20)}", db),
                         n, self.limits.max_value_bytes)
        return Sample(records, newest)

    async def recount(self, dataset: DatasetRef) -> int | None:
        db, m = dataset.handle
        return await self._count(db, m)


def _first_series(body: dict[str, Any]) -> list[dict[str, Any]]:
    results = body.get("results")
    if not isinstance(results, list) or not results or not isinstance(results[0], dict):
        return []
    return [s for s in results[0].get("series") or [] if isinstance(s, dict)]


def _points(series: list[dict[str, Any]], n: int, cap: int) -> list[Record]:
    out: list[Record] = []
    for s in series:
        cols = [str(c) for c in s.get("columns") or []]
        raw_tags = s.get("tags")
        tags: dict[str, Any] = raw_tags if isinstance(raw_tags, dict) else {}
        for row in s.get("values") or []:
            if len(out) >= n or not isinstance(row, list):
                return out
            data: dict[str, Any] = {**tags, **dict(zip(cols, row, strict=False))}
            data = {k: (v[:cap] if isinstance(v, str) else v) for k, v in data.items()}
            meta: dict[str, Any] = {}
            if isinstance(data.get("time"), int):
                meta["created"] = datetime.fromtimestamp(data["time"] / 1000, UTC)
                data["time"] = meta["created"].isoformat()
            out.append(Record(data, meta))
    return out


def _error(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("error") or body.get("message") or "")[:200]
    return ""
