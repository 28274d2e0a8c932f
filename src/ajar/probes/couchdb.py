"""CouchDB (default port 5984) and servers speaking its HTTP API (PouchDB Server).

Requests sent, all read-only (as CouchDB's and PouchDB Server's request logs name them):
``GET /`` (``{"couchdb": "Welcome", "version": ...}``), ``GET /_session`` (the anonymous
client's ``userCtx``), ``GET /_all_dbs`` (``?limit``), ``GET /{db}`` (``doc_count``,
``sizes``), ``GET /{db}/_all_docs`` (``include_docs=true&limit=n&skip=k``, a random window)
and ``GET /{db}/_changes`` (``descending=true&limit=n&include_docs=true``: the newest
changes).

Verdicts: ``auth_required`` on 401 (``{"error":"unauthorized"}``: it said so); ``open``
when documents are read without credentials; ``metadata`` when databases are listed but
their documents are refused (per-database ``_security`` members). ``couchdb.admin_party``
fires when ``/_session`` shows the anonymous client holding the ``_admin`` role (CouchDB
before 3.0 without an admin, or PouchDB Server): then every client is a server admin.
Databases starting with ``_`` (``_users``, ``_replicator``) are skipped.
"""

from __future__ import annotations

import random
from typing import Any, ClassVar
from urllib.parse import quote

from ajar import defaults
from ajar.bounds import count_of
from ajar.errors import NotThisEngine, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, HttpProbe, Sample, addressable, cap_value, evidence

#: How to close couchdb and check that it is closed.
GUIDE = Guide(
    "CouchDB",
    auth="In local.ini define an admin and require a valid user:\n  [admins]\n  admin = <long random "
    "secret>\n"
    "  [chttpd]\n  require_valid_user = true",
    bind="In local.ini:\n  [chttpd]\n  bind_address = 127.0.0.1",
    tls="In local.ini:\n  [ssl]\n  enable = true\n  cert_file = /etc/couchdb/cert.pem\n"
    "  key_file = /etc/couchdb/key.pem",
    verify="`ajar scan HOST:PORT` shows access auth_required; `curl -s http://HOST:PORT/_all_dbs` "
    "answers "
    "401 unauthorized.",
    upgrade="Upgrade to CouchDB 3.x.",
    )
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("couchdb", (3, 0)),)
#: what the admin party looks like (detail of couchdb.admin_party)
_ADMIN_ROLE_SEEN = "GET /_session answered userCtx.roles containing _admin without credentials"
#: couchdb.admin_party
ADMIN_PARTY = Weakness(
    "couchdb.admin_party",
    Severity.LOW,
    "Admin party: every anonymous client is a server admin",
    when="GET /_session answered userCtx.roles containing _admin without credentials",
    remediation="create a server admin: in local.ini, section [admins], add `admin = <password>` "
    "(CouchDB hashes it on start), and set `require_valid_user = true` in [chttpd]; "
    "upgrade to CouchDB 3.x, which refuses to start without an admin",
    verify="`curl -s http://HOST:5984/_session` shows `\"roles\":[]` and "
    "`curl -s http://HOST:5984/_all_dbs` answers 401",
)


class CouchdbProbe(HttpProbe):
    """Apache CouchDB, and PouchDB Server (its HTTP API)."""

    id = "couchdb"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (ADMIN_PARTY,)
    description = "CouchDB: banner, _session (admin party), _all_dbs, doc counts, _all_docs window, _changes"
    default_ports = (5984, 6984)
    commands: ClassVar[frozenset[str]] = frozenset(
        {"GET /", "GET /_session", "GET /_all_dbs", "GET /{db}", "GET /{db}/_all_docs", "GET /{db}/_changes"}
    )

    async def identify(self) -> Fingerprint:
        try:
            r, body = await self.fetch_json("GET /", "GET", "/")
        except ProtocolMismatch as e:
            raise NotThisEngine(f"no HTTP reply to GET / ({e})") from e
        if r.status_code == 401 and _error(body) == "unauthorized" and "couchdb" in r.headers.get("server", "").lower():
            fp = Fingerprint("couchdb", tls=self.target.tls, evidence=[evidence("GET /", "401 unauthorized")])
            fp.info["server"] = r.headers.get("server", "")[:80]
            return fp
        if r.status_code != 200 or not isinstance(body, dict):
            raise NotThisEngine(f"GET / answered {r.status_code} without a CouchDB welcome")
        flavour = "couchdb" if body.get("couchdb") == "Welcome" else (
            "PouchDB Server" if str(body.get("express-pouchdb", "")).startswith("Welcome") else None)
        if flavour is None:
            raise NotThisEngine("GET / answered JSON without a CouchDB welcome")
        number = str(body.get("version") or "") or None
        # PouchDB Server numbers its own releases: keep them apart from CouchDB's
        version = f"PouchDB Server {number}" if number and flavour != "couchdb" else number
        fp = Fingerprint("couchdb", version=version, tls=self.target.tls)
        fp.info = {"flavour": flavour}
        vendor = body.get("vendor")
        if isinstance(vendor, dict) and vendor.get("name"):
            fp.info["vendor"] = str(vendor["name"])[:80]
        fp.evidence.append(evidence("GET /", f"200 {flavour} welcome, version {number}"))
        return fp

    async def access(self) -> AccessResult:
        """The checks, in order: the anonymous session's roles (``_admin`` is the admin party);
        ``/_all_dbs`` (the server's own 401/403 is ``auth_required``); one document read from
        the first database that lets an anonymous client in."""
        ev: list[Evidence] = []
        roles = await self._session_roles(ev)
        cmd = f"GET /_all_dbs?limit={self.limits.max_datasets + 10}"
        r, body = await self.fetch_json("GET /_all_dbs", "GET", "/_all_dbs",
                                        params={"limit": str(self.limits.max_datasets + 10)})
        if r.status_code in (401, 403):
            return AccessResult(Access.AUTH_REQUIRED, [*ev, evidence(cmd, f"{r.status_code} {_error(body)}")])
        if r.status_code != 200 or not isinstance(body, list):
            return AccessResult(Access.UNKNOWN, [*ev, evidence(cmd, f"{r.status_code} {_error(body)}")])
        self._dbs = [str(d) for d in body if isinstance(d, str) and not d.startswith("_")][: self.limits.max_datasets]
        ev.append(evidence(cmd, f"200: {len(body)} databases listed without credentials"))
        self._dbs = addressable(self._dbs, str, ev, cmd)
        admin = "_admin" in roles
        signals = [Signal(ADMIN_PARTY.id, _ADMIN_ROLE_SEEN)] if admin else []
        if admin:
            rights = Rights(read=True, write=True, admin=True,
                            basis="GET /_session: the anonymous client holds the _admin role (admin party)")
        else:
            rights = Rights(read=True, admin=False, basis=f"GET /_session: anonymous roles {roles}")
        self.earn(AccessResult(Access.METADATA, list(ev), rights, signals))
        verdict, refused = await self._read_one_document(ev)
        if not admin and verdict == Access.OPEN:
            rights = Rights(read=True, admin=False,
                            basis=f"GET /_session: anonymous roles {roles}; documents readable, databases have "
                                  "no _security members")
        elif not admin:
            rights = Rights(read=not refused, admin=False, basis=f"GET /_session: anonymous roles {roles}")
        return AccessResult(verdict, ev, rights, signals)

    async def _session_roles(self, ev: list[Evidence]) -> list[str]:
        """The roles ``GET /_session`` gives a client without credentials."""
        sr, session = await self.fetch_json("GET /_session", "GET", "/_session")
        if sr.status_code != 200 or not isinstance(session, dict):
            return []
        ctx = session.get("userCtx") or {}
        roles = [str(x) for x in ctx.get("roles") or []] if isinstance(ctx, dict) else []
        ev.append(evidence("GET /_session", f"200 userCtx name=null roles={roles}"))
        return roles

    async def _read_one_document(self, ev: list[Evidence]) -> tuple[Access, bool]:
        """``open`` when a document is read; whether any database refused the anonymous client."""
        refused = False
        for db in self.walk(self._dbs, ev, "GET /{db}/_all_docs?limit=1"):
            dr, docs = await self.fetch_json("GET /{db}/_all_docs", "GET", f"/{quote(db, safe='')}/_all_docs",
                                             params={"limit": "1", "include_docs": "true"})
            if dr.status_code == 200 and isinstance(docs, dict):
                if docs.get("rows"):
                    ev.append(evidence(f"GET /{db}/_all_docs?limit=1&include_docs=true", "200: a document read"))
                    return Access.OPEN, refused
            elif dr.status_code in (401, 403):
                refused = True
                ev.append(evidence(f"GET /{db}/_all_docs?limit=1", f"{dr.status_code} {_error(docs)}"))
        return Access.METADATA, refused

    async def inventory(self) -> list[DatasetRef]:
        if not hasattr(self, "_dbs"):
            await self.access()
        refs: list[DatasetRef] = []
        for db in self.walk(self._dbs, [], "GET /{db}", defaults.INVENTORY_TIMEOUTS):
            r, info = await self.fetch_json("GET /{db}", "GET", f"/{quote(db, safe='')}")
            count = size = None
            if r.status_code == 200 and isinstance(info, dict):
                count = _int(info.get("doc_count"))
                sizes = info.get("sizes")
                size = _int(sizes.get("active") or sizes.get("file")) if isinstance(sizes, dict) else _int(
                    info.get("data_size") or info.get("disk_size"))
            refs.append(DatasetRef(db, "database", count, size, db))
        return refs

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        db = quote(str(dataset.handle), safe="")
        total = dataset.records or 0
        skip = random.randint(0, total - n) if total > n else 0
        r, body = await self.fetch_json("GET /{db}/_all_docs", "GET", f"/{db}/_all_docs",
                                        params={"include_docs": "true", "limit": str(n), "skip": str(skip)})
        if r.status_code != 200 or not isinstance(body, dict):
            raise ProtocolMismatch(f"_all_docs answered {r.status_code}: {_error(body)}")
        cap = self.limits.max_value_bytes
        rows = [x.get("doc") for x in body.get("rows") or [] if isinstance(x, dict)]
        records = [_record(d, cap) for d in rows
                   if isinstance(d, dict) and not str(d.get("_id", "")).startswith("_design/")]
        newest: list[Record] = []
        cr, changes = await self.fetch_json(
            "GET /{db}/_changes", "GET", f"/{db}/_changes",
            params={"descending": "true", "limit": str(min(n, 20)), "include_docs": "true"})
        if cr.status_code == 200 and isinstance(changes, dict):
            docs = [x.get("doc") for x in changes.get("results") or [] if isinstance(x, dict)]
            newest = [_record(d, cap) for d in docs if isinstance(d, dict) and not d.get("_deleted")]
        return Sample(records[:n], newest[:n])

    async def recount(self, dataset: DatasetRef) -> int | None:
        r, info = await self.fetch_json("GET /{db}", "GET", f"/{quote(str(dataset.handle), safe='')}")
        return _int(info.get("doc_count")) if r.status_code == 200 and isinstance(info, dict) else None


def _record(doc: dict[str, Any], cap: int) -> Record:
    data = {k: v for k, v in doc.items() if k not in ("_rev", "_attachments")}
    return Record(cap_value(data, cap), {"key": str(doc.get("_id", ""))})


def _int(v: Any) -> int | None:
    return count_of(v)


def _error(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("error") or "")[:100] + (f": {str(body.get('reason'))[:120]}" if body.get("reason") else "")
    return ""
