"""Apache ZooKeeper (default port 2181), the jute client protocol spoken raw over ``open_stream``.

Why raw and not kazoo: every byte then goes through :func:`ajar.net.open_stream` (scope,
timeouts, read budget), a foreign server is recognised from its first reply instead of after
kazoo's connection retries, nothing runs in background threads or reconnects after
:meth:`close`, and requests are pipelined (one round trip per tree level). The protocol
subset is small: ConnectRequest, getChildren2, getData, getACL, closeSession.

Commands sent, all read-only (the names ZooKeeper's own log gives them, ``Processing
request:: ... type:<name>`` at debug level; four-letter words as ``srvr``): ``srvr`` (four-letter
word, its own connection), ``stat`` (the same, to see whether four-letter words beyond the
always-on ``srvr`` are open), ``createSession`` (the ConnectRequest; anonymous, no SASL),
``getChildren2`` (children and the node's own stat), ``getData``, ``getACL``,
``closeSession``. No watches are set, nothing is created or changed.

Verdicts: ``auth_required`` when the server said so: the session is refused or closed with
``SESSIONCLOSEDREQUIRESASLAUTH`` (-124, ``sessionRequireClientSASLAuth=true``), ``NOAUTH``
(-102) on the root, or ``AUTHFAILED`` (-115). ``open`` when znode data is read without
credentials (``getData`` answered), ``metadata`` when the tree is listed but every data read
is refused by ACLs. The tree is walked breadth-first, at most ``limits.max_keys`` znodes,
skipping ``/zookeeper``; datasets are the top-level subtrees (``/app``), records the znodes
holding data, values decoded (JSON). Rights come from the ACLs (``world:anyone`` bits).
"""

from __future__ import annotations

import contextlib
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

from ajar.errors import NotThisEngine, ProbeTimeout, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Record, Rights, Severity
from ajar.net import Stream, open_stream
from ajar.probes._wire import zookeeper as wire
from ajar.probes._wire.zookeeper import OP_CLOSE as _OP_CLOSE
from ajar.probes._wire.zookeeper import OP_GET_ACL as _OP_GET_ACL
from ajar.probes._wire.zookeeper import OP_GET_CHILDREN2 as _OP_GET_CHILDREN2
from ajar.probes._wire.zookeeper import OP_GET_DATA as _OP_GET_DATA
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Probe, Sample, decode_value, evidence

_OP_NAMES = {_OP_GET_DATA: "getData", _OP_GET_ACL: "getACL", _OP_GET_CHILDREN2: "getChildren2",
             _OP_CLOSE: "closeSession"}  # fmt: skip
_NO_NODE, _NO_AUTH, _AUTH_FAILED, _SASL_REQUIRED = -101, -102, -115, -124
_ERRORS = {_NO_NODE: "NONODE", _NO_AUTH: "NOAUTH", _AUTH_FAILED: "AUTHFAILED: authentication failed",
           _SASL_REQUIRED: "session closed: SASL authentication required (SESSIONCLOSEDREQUIRESASLAUTH)",
           -112: "SESSIONEXPIRED"}  # fmt: skip
_PERMS = ((1, "r"), (2, "w"), (4, "c"), (8, "d"), (16, "a"))
_READ, _WRITE, _CREATE, _DELETE, _ADMIN = 1, 2, 4, 8, 16
#: requests in flight on the session at once
_PIPELINE = 64
_SESSION_MS = 30_000
_SRVR_OK = re.compile(rb"^Zookeeper version: ")
_WHITELIST = b"is not executed because it is not in the whitelist"


class _ZkError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(_ERRORS.get(code, f"error {code}"))
        self.code = code


@dataclass
class _Node:
    path: str
    data_length: int = 0
    mtime_ms: int = 0
    children: list[str] = field(default_factory=list)
    readable: bool = True


def _perms(bits: int) -> str:
    return "".join(c for b, c in _PERMS if bits & b) or "-"


#: How to close zookeeper and check that it is closed.
GUIDE = Guide(
    "ZooKeeper",
    auth="Enable SASL and set ACLs on every znode, in zoo.cfg:\n"
    "  authProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\n"
    "then `setAcl -R / sasl:<admin>:cdrwa`; restrict four-letter words: `4lw.commands.whitelist=srvr`.",
    bind="In zoo.cfg:\n  clientPortAddress=127.0.0.1",
    tls="In zoo.cfg:\n  secureClientPort=2281\n  "
    "serverCnxnFactory=org.apache.zookeeper.server.NettyServerCnxnFactory",
    verify="`ajar scan HOST:PORT` shows access auth_required; `zkCli.sh -server HOST:PORT ls /` fails "
    "with "
    '"Insufficient permission".',
    upgrade="Upgrade to a supported ZooKeeper release (https://zookeeper.apache.org/releases.html).",
    settings="Limit four-letter words: `4lw.commands.whitelist=srvr,ruok`.",
)
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("zookeeper", (3, 8)),)
#: what an answered ``stat`` shows (detail of zookeeper.four_letter_words)
_STAT_ANSWERED = (
    "'stat' answered without credentials: it lists every connected client's address "
    "and session counters ('srvr' itself cannot be turned off)"
)
#: zookeeper.four_letter_words
FOUR_LETTER_WORDS = Weakness(
    "zookeeper.four_letter_words",
    Severity.LOW,
    "Four-letter words beyond srvr answer anonymous clients (information leak)",
    when="'stat' answered without credentials: it lists every connected client's address "
    "and session counters ('srvr' itself cannot be turned off)",
    remediation="In zoo.cfg allow no four-letter word beyond the always-on srvr:\n"
    "  4lw.commands.whitelist=srvr\nand keep the client port off untrusted networks "
    "(`clientPortAddress=127.0.0.1`); serve metrics through the AdminServer with "
    "authentication or the Prometheus provider.",
    verify='`echo stat | nc HOST PORT` answers "stat is not executed because it is not in '
    'the whitelist".',
)
#: zookeeper.world_readable
WORLD_READABLE = Weakness(
    "zookeeper.world_readable",
    Severity.LOW,
    "Znodes holding data are readable by anyone (ACL world:anyone)",
    when="Znodes holding data are readable by anyone (ACL world:anyone)",
    remediation="Replace the open ACLs with a digest (or SASL) ACL, e.g. in zkCli.sh:\n"
    "  addauth digest admin:<secret>\n  setAcl -R /app digest:admin:<base64 sha1 of "
    "admin:secret>:cdrwa\n(or `setAcl -R /app auth::cdrwa` after addauth), and require "
    "SASL for sessions: `sessionRequireClientSASLAuth=true` in zoo.cfg.",
    verify="`zkCli.sh -server HOST:PORT getAcl /app` shows no `world,'anyone`; "
    '`get /app/...` without auth fails with "Insufficient permission".',
)


class ZookeeperProbe(Probe):
    """Apache ZooKeeper 3.4+ (and the same wire protocol in ClickHouse Keeper)."""

    id = "zookeeper"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (FOUR_LETTER_WORDS, WORLD_READABLE)
    description = "ZooKeeper: srvr, anonymous session, breadth-first getChildren2/getData/getACL"
    default_ports = (2181, 2281)
    schemes = ("zookeeper", "zk")
    commands: ClassVar[frozenset[str]] = frozenset(
        {"srvr", "stat", "createSession", "getChildren2", "getData", "getACL", "closeSession"}
    )

    _s: Stream | None = None
    _xid = 0
    _nodes: dict[str, _Node] | None = None
    _srvr: dict[str, str] | None = None

    # ------------------------------------------------------------------ wire helpers

    async def _open(self, budget: int) -> Stream:
        return await open_stream(
            self.scope, self.target.host, self.target.port,
            timeout=self.limits.timeout, tls=self.target.tls, budget=budget,
        )  # fmt: skip

    async def _read_frame(self, s: Stream) -> bytes:
        return await s.readexactly(wire.frame_length(await s.readexactly(4)))

    async def _session(self) -> Stream:
        """An anonymous session; raises :class:`_ZkError` when the server refuses it."""
        if self._s is not None:
            return self._s
        s = await self._open(budget=64 << 20)
        try:
            self.allow("createSession")
            await s.send(wire.connect_request(_SESSION_MS))
            # only a well-formed ConnectResponse passes; a closed connection proves nothing
            timeout, session = wire.connect_response(await self._read_frame(s))
            if timeout <= 0 or session == 0:
                raise _ZkError(-112)  # the server refused the session (expired / not serving)
        except BaseException:
            await s.close()
            raise
        self._s = s
        return s

    async def _calls(self, op: int, args: list[bytes]) -> list[tuple[int, wire.Reader]]:
        """Send ``op`` once per argument, pipelined; (err, reader) per request, in order."""
        s = await self._session()
        name = _OP_NAMES[op]
        out: list[tuple[int, wire.Reader]] = []
        for i in range(0, len(args), _PIPELINE):
            chunk = args[i : i + _PIPELINE]
            frames = bytearray()
            for a in chunk:
                self._xid += 1
                self.allow(name)
                frames += wire.request(self._xid, op, a)
            await s.send(bytes(frames))
            for _ in chunk:
                while True:
                    xid, err, r = wire.reply_header(await self._read_frame(s))
                    if xid >= 0:
                        break  # -1 watch events, -2 pings: none expected, skip any
                if err == _SASL_REQUIRED or err == _AUTH_FAILED:
                    raise _ZkError(err)
                out.append((err, r))
        return out

    # ------------------------------------------------------------------ identify

    async def _four_letter(self, word: str) -> bytes:
        """A four-letter word on its own connection; the reply (at most 64 KiB), b"" if silent."""
        s = await self._open(budget=1 << 16)
        reply = b""
        try:
            self.allow(word)
            await s.send(word.encode())
            s.timeout = min(self.limits.timeout, 2.0)
            with contextlib.suppress(ProbeTimeout, ProtocolMismatch):
                while len(reply) < 60_000:
                    chunk = await s.read(4096)
                    if not chunk:
                        break
                    reply += chunk
                    if not (_SRVR_OK.match(reply) or reply.startswith(word.encode())):
                        break
        finally:
            await s.close()
        return reply

    async def identify(self) -> Fingerprint:
        reply = await self._four_letter("srvr")
        fp = Fingerprint("zookeeper", tls=self.target.tls)
        if _SRVR_OK.match(reply):
            text = reply.decode("utf-8", "replace")
            info = dict(ln.split(": ", 1) for ln in text.splitlines() if ": " in ln)
            self._srvr = info
            fp.version = info.get("Zookeeper version", "").split("-", 1)[0].split(",", 1)[0].strip() or None
            fp.info = {k: info[k] for k in ("Mode", "Node count") if k in info}
            fp.evidence = [evidence("srvr", f"Zookeeper version: {fp.version}; Mode: {info.get('Mode', '?')}")]
            return fp
        if _WHITELIST in reply:
            fp.evidence = [evidence("srvr", "srvr is not executed because it is not in the whitelist")]
            return fp
        if reply:
            raise NotThisEngine("the reply to 'srvr' is not ZooKeeper's")
        # silent or closed on four-letter words: only a ConnectResponse names ZooKeeper (a closed
        # or silent connection is what any other service gives too)
        try:
            await self._session()
        except _ZkError as e:
            if e.code == -112:  # a ConnectResponse refusing the session: ZooKeeper's own reply
                fp.evidence = [evidence("createSession", "ConnectResponse refusing the session (timeout 0)")]
                return fp
            raise NotThisEngine("no ZooKeeper reply to a ConnectRequest") from e
        except (ProtocolMismatch, ProbeTimeout) as e:
            raise NotThisEngine("no ZooKeeper reply to srvr nor to a ConnectRequest") from e
        fp.evidence = [evidence("createSession", "ConnectResponse with a session id")]
        return fp

    # ------------------------------------------------------------------ access

    async def access(self) -> AccessResult:
        """The checks, in order: four-letter words beyond ``srvr``; the root listed without
        credentials (the server's own refusal is ``auth_required``); the tree walked; the ACLs
        of the znodes holding data; one znode's data read."""
        ev: list[Any] = []
        signals = await self._four_letter_words(ev)
        # what the four-letter words showed is kept if the root's listing meets a hostile reply
        # (100,000 children in one frame): the session answered, access is not proven
        self.earn(AccessResult(Access.UNKNOWN, ev, signals=signals))
        refused = await self._root_refused(ev)
        if refused is not None:
            return AccessResult(refused, ev, signals=signals)
        self.earn(AccessResult(Access.METADATA, ev, signals=signals))  # the root was listed
        nodes = await self._walk()
        data_nodes = [n for n in nodes.values() if n.data_length > 0]
        ev.append(evidence("getChildren2 (breadth-first)", f"{len(nodes)} znodes listed without credentials, "
                           f"{len(data_nodes)} holding data"))  # fmt: skip
        rights, world_readable = await self._world_acls(nodes, data_nodes)
        signals += world_readable
        verdict = await self._read_one_znode(data_nodes, ev)
        return AccessResult(verdict, ev, rights, signals)

    async def _four_letter_words(self, ev: list[Any]) -> list[Signal]:
        """``stat`` answers anonymous clients: it lists every connected client's address."""
        stat = await self._four_letter("stat")
        if stat.startswith(b"Zookeeper version: "):
            clients = stat.split(b"Clients:", 1)[-1].split(b"\n\n", 1)[0].count(b"\n") - 1 if b"Clients:" in stat else 0
            ev.append(evidence("stat", f"answered: server facts and {max(clients, 0)} client connection(s) "
                               "with their addresses"))  # fmt: skip
            return [Signal(FOUR_LETTER_WORDS.id, _STAT_ANSWERED)]
        if _WHITELIST in stat:
            ev.append(evidence("stat", "stat is not executed because it is not in the whitelist"))
        return []

    async def _root_refused(self, ev: list[Any]) -> Access | None:
        """``getChildren2 /``: ``None`` when the root is listed, else the verdict its error gives."""
        try:
            root = (await self._calls(_OP_GET_CHILDREN2, [wire.jstr("/") + b"\x00"]))[0]
        except _ZkError as e:
            ev.append(evidence("getChildren2 /", f"{e}, code {abs(e.code)}"))
            return Access.AUTH_REQUIRED if e.code in (_SASL_REQUIRED, _AUTH_FAILED) else Access.UNKNOWN
        if root[0] == _NO_AUTH:
            ev.append(evidence("getChildren2 /", "NOAUTH (-102): the root's ACL refuses anonymous reads"))
            return Access.AUTH_REQUIRED
        if root[0] != 0:
            ev.append(evidence("getChildren2 /", f"error {root[0]}"))
            return Access.UNKNOWN
        return None

    async def _world_acls(self, nodes: dict[str, _Node], data_nodes: list[_Node]) -> tuple[Rights, list[Signal]]:
        """The rights ``world:anyone`` holds, and the znodes with data it may read."""
        acls = await self._acls([n.path for n in data_nodes[:500]] or ["/"])
        world = {p: bits for p, entries in acls.items() for scheme, ident, bits in entries
                 if scheme == "world" and ident == "anyone"}  # fmt: skip
        readable = [p for p, bits in world.items() if bits & _READ and p in nodes and nodes[p].data_length > 0]
        signals = []
        if readable:
            tops = sorted({_top(p) for p in readable})
            signals.append(Signal(
                WORLD_READABLE.id, f"getACL: {len(readable)} of {len(acls)} znodes with data grant world:anyone "
                f"'{_perms(max(world[p] for p in readable))}'", tuple(tops[: self.limits.max_datasets])))
        bits_any = 0
        for b in world.values():
            bits_any |= b
        rights = Rights(
            read=bool(bits_any & _READ),
            write=bool(bits_any & (_WRITE | _CREATE | _DELETE)),
            admin=bool(bits_any & _ADMIN),
            basis=f"getACL on {len(acls)} znodes: world:anyone holds '{_perms(bits_any)}' on {len(world)} of them",
        )
        return rights, signals

    async def _read_one_znode(self, data_nodes: list[_Node], ev: list[Any]) -> Access:
        """The proof of reading: one small znode's data, without credentials."""
        if not data_nodes:
            ev.append(evidence("getChildren2", "the tree is readable; no znode holds data"))
            return Access.OPEN
        tried = [n.path for n in data_nodes if n.data_length <= self.limits.max_value_bytes][:5]
        for err, r in await self._calls(_OP_GET_DATA, [wire.jstr(p) + b"\x00" for p in tried]) if tried else []:
            if err == 0:
                data = r.buffer()
                ev.append(evidence("getData", f"{len(data or b'')} bytes read without credentials"))
                return Access.OPEN
        ev.append(evidence("getData", "NOAUTH on every znode tried" if tried else "no small znode to read"))
        return Access.METADATA

    async def _walk(self) -> dict[str, _Node]:
        """Breadth-first over the tree, at most ``max_keys`` znodes, ``/zookeeper`` skipped."""
        if self._nodes is not None:
            return self._nodes
        nodes: dict[str, _Node] = {}
        level = ["/"]
        while level and len(nodes) < self.limits.max_keys:
            level = level[: self.limits.max_keys - len(nodes)]
            replies = await self._calls(_OP_GET_CHILDREN2, [wire.jstr(p) + b"\x00" for p in level])
            nxt: list[str] = []
            for path, (err, r) in zip(level, replies, strict=True):
                node = nodes[path] = _Node(path)
                if err != 0:
                    node.readable = False
                    continue
                children, stat = wire.children(r)
                node.mtime_ms, node.data_length = stat[3], stat[8]
                for c in sorted(children):
                    child = ("" if path == "/" else path) + "/" + c
                    if child == "/zookeeper" or child.startswith("/zookeeper/"):
                        continue
                    node.children.append(child)
                    nxt.append(child)
            level = nxt
        self._nodes = nodes
        return nodes

    async def _acls(self, paths: list[str]) -> dict[str, list[tuple[str, str, int]]]:
        out: dict[str, list[tuple[str, str, int]]] = {}
        for path, (err, r) in zip(paths, await self._calls(_OP_GET_ACL, [wire.jstr(p) for p in paths]), strict=True):
            if err != 0:
                continue
            out[path] = wire.acl(r)
        return out

    # ------------------------------------------------------------------ inventory and sample

    async def inventory(self) -> list[DatasetRef]:
        nodes = await self._walk()
        groups: dict[str, list[_Node]] = {}
        for n in nodes.values():
            if n.path != "/":
                groups.setdefault(_top(n.path), []).append(n)
        refs: list[DatasetRef] = []
        for top, members in sorted(groups.items()):
            with_data = [n for n in members if n.data_length > 0]
            size = sum(n.data_length for n in with_data)
            refs.append(DatasetRef(top, "subtree", len(with_data), size or None, with_data))
            if len(refs) >= self.limits.max_datasets:
                break
        return refs

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        small = [x for x in dataset.handle if x.data_length <= self.limits.max_value_bytes]
        chosen: list[_Node] = random.sample(small, min(n, len(small)))
        replies = await self._calls(_OP_GET_DATA, [wire.jstr(x.path) + b"\x00" for x in chosen]) if chosen else []
        out: list[Record] = []
        for node, (err, r) in zip(chosen, replies, strict=True):
            if err != 0:
                continue  # NOAUTH on this znode, or deleted since the walk
            raw = r.buffer() or b""
            stat = r.stat()
            value = decode_value(raw[: self.limits.max_value_bytes])
            data = value if isinstance(value, dict) else {"value": value}
            created = datetime.fromtimestamp(stat[2] / 1000, tz=UTC) if stat[2] > 0 else None  # ctime
            out.append(Record({"_path": node.path, **data}, {"created": created} if created else {}))
        return Sample(out[:n])

    async def close(self) -> None:
        s, self._s = self._s, None
        if s is None:
            return
        with contextlib.suppress(Exception):
            self._xid += 1
            self.allow("closeSession")
            await s.send(wire.request(self._xid, _OP_CLOSE))
            s.timeout = 1.0
            await self._read_frame(s)
        await s.close()


def _top(path: str) -> str:
    return "/" + path.strip("/").split("/", 1)[0]
