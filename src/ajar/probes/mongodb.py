"""MongoDB (default port 27017): a raw ``hello`` to identify, then pymongo's async client.

Commands sent, all read-only (the names MongoDB's log and command monitoring show):
``hello`` (raw OP_MSG, falling back to a legacy OP_QUERY ``isMaster`` for servers before
3.6), ``buildInfo``, ``listDatabases``, ``listCollections``, ``count``, ``collStats``,
``aggregate`` (only ``$sample``), ``find`` (newest records by ``_id``), ``getMore``,
``killCursors``, ``endSessions``. The driver connects with ``directConnection=True``, so it
never follows replica-set members the server names.

Verdicts: ``auth_required`` when ``listDatabases`` fails with code 13 (Unauthorized) or
an authentication error; ``open`` when documents are read; ``metadata`` when names are
listed but reads are refused. With authorisation disabled, MongoDB gives every client
read, write and admin rights: that is what ``listDatabases`` answering proves.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from typing import Any, ClassVar

from bson import ObjectId
from bson.errors import InvalidBSON
from pymongo import AsyncMongoClient, common, monitoring
from pymongo.errors import (
    AutoReconnect,
    InvalidName,
    NetworkTimeout,
    OperationFailure,
    ProtocolError,
    PyMongoError,
    ServerSelectionTimeoutError,
)
from pymongo.hello import Hello

from ajar.bounds import count_of
from ajar.errors import NotThisEngine, ProbeTimeout, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide
from ajar.models import Access, Record, Rights
from ajar.net import driver_address, open_stream
from ajar.probes._wire import mongodb as wire
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Probe, Sample, evidence, optional_step

_SKIP_DBS = {"local", "config"}
#: the largest wire message ajar reads from any MongoDB server (MongoDB's own fixed maximum),
#: whatever its hello claims: pymongo otherwise takes ``maxMessageSizeBytes`` from the server
MAX_MESSAGE = common.MAX_MESSAGE_SIZE


def _capped_max_message_size(hello: Hello[Any]) -> int:
    """``maxMessageSizeBytes`` as the server said it, but never above :data:`MAX_MESSAGE`."""
    said = count_of(hello._doc.get("maxMessageSizeBytes"))  # noqa: SLF001 - the hello document itself
    return min(said or MAX_MESSAGE, MAX_MESSAGE)


# pymongo reads every reply up to the size the server's hello names; ajar does not trust it.
# Process-wide on purpose: no pymongo client in ajar may read more than MAX_MESSAGE at once.
Hello.max_message_size = property(_capped_max_message_size)  # type: ignore[assignment,method-assign]
_AUTH_CODES = {13, 18, 8000}
#: driver errors that mean the server's reply broke the protocol (too large, bad BSON, a name no
#: MongoDB can hold): a protocol error of the server, not ajar's own
_MALFORMED = (ProtocolError, InvalidBSON, InvalidName)  # Unauthorized, AuthenticationFailed, Atlas AtlasError


@dataclass(frozen=True)
class _Broken:
    """The handle of a database whose listing failed: sampling it reports why."""

    why: str


class _Recorder(monitoring.CommandListener):
    """Records every command the driver sends, for the probe's ``sent`` list."""

    def __init__(self, sent: list[str]) -> None:
        self.sent = sent

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        self.sent.append(event.command_name)

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        return None

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        return None


#: How to close mongodb and check that it is closed.
GUIDE = Guide(
    "MongoDB",
    auth="Create an administrator through the localhost exception, then enable authorization in "
    "mongod.conf and restart:\n  security:\n    authorization: enabled",
    bind="In mongod.conf listen on loopback or a private address only:\n  net:\n    bindIp: 127.0.0.1",
    tls="In mongod.conf:\n  net:\n    tls:\n      mode: requireTLS\n      certificateKeyFile: /etc/ssl/mongodb.pem",
    verify='`ajar scan HOST:PORT` shows access auth_required; `mongosh "mongodb://HOST:PORT" --eval '
    '"db.adminCommand({listDatabases: 1})"` fails with "requires authentication".',
    upgrade="Upgrade to a supported MongoDB release (https://www.mongodb.com/legal/support-policy/lifecycles).",
    settings="Do not start mongod with `--noauth` or `net.bindIpAll: true`; keep `security.authorization: enabled`.",
)
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("mongodb", (6, 0)),)


class MongodbProbe(Probe):
    """MongoDB and wire-compatible servers (DocumentDB, FerretDB, Cosmos DB's Mongo API)."""

    id = "mongodb"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    description = "MongoDB: hello, buildInfo, listDatabases, listCollections, counts, $sample"
    default_ports = (27017, 27018, 27019)
    schemes = ("mongodb",)
    commands: ClassVar[frozenset[str]] = frozenset(
        {"hello", "isMaster", "buildInfo", "listDatabases", "listCollections", "count", "collStats",
         "aggregate", "find", "getMore", "killCursors", "endSessions"}
    )  # fmt: skip

    _client: AsyncMongoClient[dict[str, Any]] | None = None

    async def _raw_hello(self) -> dict[str, Any]:
        last: Exception | None = None
        for msg_kind in ("op_msg", "op_query"):
            stream = await open_stream(
                self.scope, self.target.host, self.target.port,
                timeout=self.limits.timeout, tls=self.target.tls, budget=1 << 20,
            )  # fmt: skip
            try:
                if msg_kind == "op_msg":
                    self.allow("hello")
                    await stream.send(wire.op_msg({"hello": 1, "$db": "admin"}, 1))
                else:
                    self.allow("isMaster")
                    await stream.send(wire.op_query_ismaster(2))
                header = await stream.readexactly(16)
                return wire.parse_reply(header, await stream.readexactly(wire.body_length(header)))
            except ProtocolMismatch as e:
                last = e  # closed on OP_MSG: maybe a server before 3.6; try the legacy handshake
            finally:
                await stream.close()
        raise NotThisEngine("no MongoDB reply to hello") from last

    def _driver(self) -> AsyncMongoClient[dict[str, Any]]:
        if self._client is None:
            ms = int(self.limits.timeout * 1000)
            tls: dict[str, Any] = {"tls": True, "tlsInsecure": True} if self.target.tls else {}
            self._client = AsyncMongoClient(
                host=driver_address(self.scope, self.target.host),
                port=self.target.port,
                directConnection=True,
                serverSelectionTimeoutMS=ms,
                connectTimeoutMS=ms,
                socketTimeoutMS=ms,
                retryReads=False,
                retryWrites=False,
                maxPoolSize=2,
                appname="ajar",
                **tls,
                event_listeners=[_Recorder(self.sent)],
                document_class=dict,
            )
        return self._client

    async def _cmd(self, db: str, name: str, value: Any = 1, **kw: Any) -> dict[str, Any]:
        self.check(name)  # the driver's listener records it once it really goes out
        try:
            return await self._driver()[db].command(name, value, **kw)
        except ServerSelectionTimeoutError as e:
            raise ProbeTimeout("mongodb: the server did not answer the driver in time") from e
        except _MALFORMED as e:
            raise ProtocolMismatch(f"mongodb: {name}: {type(e).__name__}: {e}") from e
        except NetworkTimeout as e:
            raise ProbeTimeout(f"mongodb: {name}: no reply within the time limit") from e
        except AutoReconnect as e:  # the server closed or broke the connection mid-reply
            raise ProtocolMismatch(f"mongodb: {name}: the connection was closed mid-reply") from e

    async def identify(self) -> Fingerprint:
        hello = await self._raw_hello()
        if not any(k in hello for k in ("isWritablePrimary", "ismaster", "maxWireVersion", "ok")):
            raise NotThisEngine("hello reply lacks MongoDB fields")
        fp = Fingerprint("mongodb", tls=self.target.tls, evidence=[evidence("hello", _summary(hello))])
        fp.info = {k: hello[k] for k in ("maxWireVersion", "minWireVersion", "setName", "msg") if k in hello}
        with optional_step():  # the version: the hello reply already named the engine
            info = await self._cmd("admin", "buildInfo")
            fp.version = str(info.get("version") or "") or None
        return fp

    async def access(self) -> AccessResult:
        try:
            dbs = await self._cmd("admin", "listDatabases", nameOnly=False)
        except OperationFailure as e:
            if e.code in _AUTH_CODES or "auth" in str(e).lower():
                return AccessResult(Access.AUTH_REQUIRED, [evidence("listDatabases", f"code {e.code} {e}")])
            return AccessResult(Access.UNKNOWN, [evidence("listDatabases", f"code {e.code} {e}")])
        names = [d.get("name") for d in dbs.get("databases", [])]
        ev = [evidence("listDatabases", f"ok: {len(names)} databases listed without credentials")]
        rights = Rights(
            read=True,
            write=True,
            admin=True,
            basis="listDatabases (an admin-database command) answered an unauthenticated client: "
            "authorisation is disabled, so every client has read, write and admin rights",
        )
        self._dbs = [d for d in dbs.get("databases", []) if d.get("name") not in _SKIP_DBS]
        return AccessResult(Access.OPEN if names else Access.METADATA, ev, rights)

    async def inventory(self) -> list[DatasetRef]:
        if not hasattr(self, "_dbs"):
            await self.access()
        refs: list[DatasetRef] = []
        for d in self._dbs:
            db = str(d.get("name"))
            try:
                res = await self._cmd(db, "listCollections", nameOnly=False)
            except ProtocolMismatch as e:  # this database's reply broke the protocol: a note on it
                refs.append(DatasetRef(db, "database", handle=_Broken(str(e))))
                continue
            batch = res.get("cursor", {}).get("firstBatch", [])
            colls = [c for c in batch if c.get("type", "collection") == "collection"]
            for c in colls:
                name = str(c.get("name"))
                if name.startswith("system."):
                    continue
                ref = DatasetRef(f"{db}.{name}", "collection", handle=(db, name))
                with contextlib.suppress(OperationFailure):
                    ref.records = count_of((await self._cmd(db, "count", name)).get("n"))
                with contextlib.suppress(OperationFailure, TypeError, ValueError):
                    stats = await self._cmd(db, "collStats", name)
                    ref.size_bytes = count_of(stats.get("size")) or None
                refs.append(ref)
                if len(refs) >= self.limits.max_datasets:
                    return refs
        return refs

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        if isinstance(dataset.handle, _Broken):
            raise ProtocolMismatch(dataset.handle.why)
        db, coll = dataset.handle
        try:
            c = self._driver()[db][coll]
        except InvalidName as e:
            raise ProtocolMismatch(f"mongodb: a name the driver refuses: {e}") from e
        ms = int(self.limits.timeout * 1000)
        self.check("aggregate")
        docs = await (await c.aggregate([{"$sample": {"size": n}}], maxTimeMS=ms, batchSize=n)).to_list(n)
        random.shuffle(docs)
        self.check("find")
        newest = await c.find({}, sort=[("_id", -1)], limit=min(n, 50), max_time_ms=ms).to_list(n)
        return Sample([_record(d) for d in docs[:n]], [_record(d) for d in newest])

    async def recount(self, dataset: DatasetRef) -> int | None:
        if isinstance(dataset.handle, _Broken):
            return None
        db, coll = dataset.handle
        with contextlib.suppress(PyMongoError):
            return count_of((await self._cmd(db, "count", coll)).get("n"))
        return None

    async def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):
                await self._client.close()


def _record(doc: dict[str, Any]) -> Record:
    oid = doc.get("_id")
    meta = {"created": oid.generation_time} if isinstance(oid, ObjectId) else {}
    return Record(doc, meta)


def _summary(hello: dict[str, Any]) -> str:
    keys = ("ok", "isWritablePrimary", "ismaster", "maxWireVersion", "minWireVersion")
    return ", ".join(f"{k}={hello[k]}" for k in keys if k in hello)
