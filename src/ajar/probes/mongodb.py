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
import struct
from typing import Any, ClassVar

import bson
from bson import ObjectId
from pymongo import AsyncMongoClient, monitoring
from pymongo.errors import OperationFailure, PyMongoError, ServerSelectionTimeoutError

from ajar.errors import NotThisEngine, ProbeTimeout, ProtocolMismatch
from ajar.models import Access, Record, Rights
from ajar.net import driver_address, open_stream
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Probe, Sample, evidence

_SKIP_DBS = {"local", "config"}
_OP_MSG, _OP_QUERY, _OP_REPLY = 2013, 2004, 1
_AUTH_CODES = {13, 18, 8000}  # Unauthorized, AuthenticationFailed, Atlas AtlasError


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


def _op_msg(doc: dict[str, Any], request_id: int) -> bytes:
    body = struct.pack("<I", 0) + b"\x00" + bson.encode(doc)
    return struct.pack("<iiii", 16 + len(body), request_id, 0, _OP_MSG) + body


def _op_query_ismaster(request_id: int) -> bytes:
    body = struct.pack("<i", 0) + b"admin.$cmd\x00" + struct.pack("<ii", 0, -1) + bson.encode({"isMaster": 1})
    return struct.pack("<iiii", 16 + len(body), request_id, 0, _OP_QUERY) + body


def _parse_reply(header: bytes, body: bytes) -> dict[str, Any]:
    _, _, _, opcode = struct.unpack("<iiii", header)
    try:
        if opcode == _OP_MSG:
            if body[4:5] != b"\x00":
                raise ProtocolMismatch("OP_MSG reply without a body section")
            return dict(bson.decode(body[5:]))
        if opcode == _OP_REPLY:
            return dict(bson.decode(body[20:]))
    except (bson.errors.BSONError, IndexError, struct.error) as e:
        raise ProtocolMismatch("malformed BSON in the reply") from e
    raise NotThisEngine(f"unexpected wire opcode {opcode}")


class MongodbProbe(Probe):
    """MongoDB and wire-compatible servers (DocumentDB, FerretDB, Cosmos DB's Mongo API)."""

    id = "mongodb"
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
                    await stream.send(_op_msg({"hello": 1, "$db": "admin"}, 1))
                else:
                    self.allow("isMaster")
                    await stream.send(_op_query_ismaster(2))
                header = await stream.readexactly(16)
                length = struct.unpack("<i", header[:4])[0]
                if not 16 < length <= 16 * 1024 * 1024:
                    raise NotThisEngine("reply is not a MongoDB wire message")
                return _parse_reply(header, await stream.readexactly(length - 16))
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

    async def identify(self) -> Fingerprint:
        hello = await self._raw_hello()
        if not any(k in hello for k in ("isWritablePrimary", "ismaster", "maxWireVersion", "ok")):
            raise NotThisEngine("hello reply lacks MongoDB fields")
        fp = Fingerprint("mongodb", tls=self.target.tls, evidence=[evidence("hello", _summary(hello))])
        fp.info = {k: hello[k] for k in ("maxWireVersion", "minWireVersion", "setName", "msg") if k in hello}
        with contextlib.suppress(PyMongoError, ProbeTimeout):
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
            res = await self._cmd(db, "listCollections", nameOnly=False)
            batch = res.get("cursor", {}).get("firstBatch", [])
            colls = [c for c in batch if c.get("type", "collection") == "collection"]
            for c in colls:
                name = str(c.get("name"))
                if name.startswith("system."):
                    continue
                ref = DatasetRef(f"{db}.{name}", "collection", handle=(db, name))
                with contextlib.suppress(OperationFailure):
                    ref.records = int((await self._cmd(db, "count", name)).get("n", 0))
                with contextlib.suppress(OperationFailure, TypeError, ValueError):
                    stats = await self._cmd(db, "collStats", name)
                    ref.size_bytes = int(stats.get("size", 0)) or None
                refs.append(ref)
                if len(refs) >= self.limits.max_datasets:
                    return refs
        return refs

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        db, coll = dataset.handle
        c = self._driver()[db][coll]
        ms = int(self.limits.timeout * 1000)
        self.check("aggregate")
        docs = await (await c.aggregate([{"$sample": {"size": n}}], maxTimeMS=ms, batchSize=n)).to_list(n)
        random.shuffle(docs)
        self.check("find")
        newest = await c.find({}, sort=[("_id", -1)], limit=min(n, 50), max_time_ms=ms).to_list(n)
        return Sample([_record(d) for d in docs[:n]], [_record(d) for d in newest])

    async def recount(self, dataset: DatasetRef) -> int | None:
        db, coll = dataset.handle
        with contextlib.suppress(PyMongoError):
            return int((await self._cmd(db, "count", coll)).get("n", 0))
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
