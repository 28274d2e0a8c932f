"""Memcached (default port 11211), raw text protocol through :func:`ajar.net.open_stream`.

Commands sent, all read-only (the names ``memcached -vv`` logs): ``version``, ``stats``,
``stats settings``, ``stats slabs``, ``stats items``, ``lru_crawler metadump`` (``all``;
1.4.31+, read until ``limits.max_keys`` keys, then the connection is dropped),
``stats cachedump`` (fallback for older servers), ``get`` (several keys per request, values
cut at ``limits.max_value_bytes``). A server that closes the connection on the text protocol or
stays silent on it (SASL-only, ``-S``) gets the binary protocol's ``version`` and ``stats`` instead (logged as binary
frames; declared under the same names).

Verdicts: ``auth_required`` when the server said so: ``CLIENT_ERROR unauthenticated`` (ASCII
auth, ``-Y authfile``) or binary status 0x20 "Auth failure" (SASL, ``-S``). ``open`` when
``stats`` answers without credentials: memcached has no per-key permissions, so such a
client reads (and could overwrite) every key; the evidence shows the keys listed and a
value read. ``metadata`` when stats answer but keys cannot be listed nor read. Datasets are
groups of keys sharing a prefix (``session:*``), found by a bounded ``lru_crawler metadump``.
"""

from __future__ import annotations

import random
import re
from typing import ClassVar

from ajar.bounds import count_of
from ajar.errors import NotThisEngine, ProbeTimeout, ProtocolMismatch
from ajar.knowledge import Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.net import Stream, open_stream
from ajar.probes._wire import memcached as wire
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Probe, Sample, decode_value, evidence

_PREFIX = re.compile(r"^([A-Za-z_][A-Za-z0-9_\-]{0,40})[:./|]")
_UNAUTH = (b"CLIENT_ERROR unauthenticated", b"CLIENT_ERROR authentication failure")
_END = b"END\r\n"
_BIN_VERSION, _BIN_STAT = wire.BIN_VERSION, wire.BIN_STAT
_BIN_AUTH_ERROR = 0x20
#: keys per ``get`` request (a key is at most 250 bytes, so a request line stays small)
_GET_BATCH = 16


class _AuthRequired(Exception):
    """The server answered a command with an authentication error (kept for evidence)."""

    def __init__(self, command: str, reply: str) -> None:
        super().__init__(reply)
        self.command = command
        self.reply = reply


#: How to close memcached and check that it is closed.
GUIDE = Guide(
    "Memcached",
    auth="Memcached has no authentication unless built with SASL: start it with `-S` (SASL) and a "
    "sasldb, or keep it unreachable from other hosts.",
    bind="In /etc/memcached.conf:\n  -l 127.0.0.1\n  -U 0",
    tls="Start memcached with TLS:\n  -Z -o ssl_chain_cert=/etc/memcached/cert.pem,ssl_key=/etc/memcached/key.pem",
    verify="`ajar scan HOST:PORT` shows no open service; `printf 'stats\\r\\nquit\\r\\n' | nc -w 3 "
    "HOST PORT` "
    "gets no STAT lines.",
    settings="Disable UDP (`-U 0`) so the server cannot be used for reflection attacks.",
)
def _anonymous_rights(settings: dict[str, str]) -> Rights:
    """Memcached has no per-key permissions: whoever gets ``stats`` may get, set and delete any key."""
    sasl = settings.get("auth_enabled_sasl", "no")
    ascii_auth = settings.get("auth_enabled_ascii", "no")
    return Rights(
        read=True,
        write=True,
        admin=settings.get("flush_enabled", "yes") == "yes",
        basis="stats answered an unauthenticated client (auth_enabled_sasl "
        f"{sasl}, auth_enabled_ascii {ascii_auth}); memcached has no per-key permissions, so every "
        f"client may get, set and delete any key; flush_enabled {settings.get('flush_enabled', '?')}",
    )


#: memcached.udp_enabled
UDP_ENABLED = Weakness(
    "memcached.udp_enabled",
    Severity.LOW,
    "Memcached answers on UDP (reflection/amplification risk)",
    when="Memcached answers on UDP (reflection/amplification risk)",
    remediation="Disable UDP: in /etc/memcached.conf add\n  -U 0\n(or start memcached "
    "with `-U 0`; the default is off since 1.5.6), and bind to a private address: `-l 127.0.0.1`.",
    verify="`printf 'stats settings\\r\\nquit\\r\\n' | nc HOST PORT | grep udpport` shows "
    "`STAT udpport 0`.",
)
#: memcached.no_auth
NO_AUTH = Weakness(
    "memcached.no_auth",
    Severity.LOW,
    "Memcached runs without authentication (no SASL, no ASCII auth)",
    when="stats settings: auth_enabled_sasl no, auth_enabled_ascii no",
    remediation="Require authentication: start memcached with an auth file (1.5.15+)\n"
    "  -Y /etc/memcached/authfile   (lines `user:password`)\nor with SASL (`-S` and a "
    "sasldb), and keep it on a private interface (`-l 127.0.0.1 -U 0`).",
    verify="`printf 'stats\\r\\nquit\\r\\n' | nc HOST PORT` answers "
    "`CLIENT_ERROR unauthenticated`; `ajar scan HOST:PORT` shows auth_required.",
)


class MemcachedProbe(Probe):
    """Memcached and text-protocol compatible caches."""

    id = "memcached"
    guide = GUIDE
    weaknesses = (UDP_ENABLED, NO_AUTH)
    description = "Memcached: version, stats, slab/item counts, lru_crawler metadump keys and get"
    default_ports = (11211,)
    schemes = ("memcached", "memcache")
    commands: ClassVar[frozenset[str]] = frozenset(
        {"version", "stats", "stats settings", "stats slabs", "stats items", "lru_crawler metadump",
         "stats cachedump", "get"}
    )  # fmt: skip

    _keys: list[tuple[str, int]] | None = None
    _stat_values: dict[str, str] | None = None
    _binary_only = False

    # ------------------------------------------------------------------ connection helpers

    async def _open(self, budget: int = 1 << 20) -> Stream:
        return await open_stream(
            self.scope, self.target.host, self.target.port,
            timeout=self.limits.timeout, tls=self.target.tls, budget=budget,
        )  # fmt: skip

    async def _lines_until_end(self, s: Stream, command: str) -> list[bytes]:
        """Read ``STAT``/``ITEM`` lines up to ``END``; raise on an error or auth reply."""
        out: list[bytes] = []
        while True:
            line = await s.readline()
            if line == _END:
                return out
            if line.startswith(_UNAUTH):
                raise _AuthRequired(command, line.decode("ascii", "replace").strip())
            if line.startswith((b"ERROR", b"CLIENT_ERROR", b"SERVER_ERROR", b"BUSY")):
                raise ProtocolMismatch(f"memcached answered {command!r} with an error")
            out.append(line)
            if len(out) > 100_000:
                raise ProtocolMismatch(f"memcached sent too many lines for {command!r}")

    async def _stats(self, s: Stream, sub: str = "") -> dict[str, str]:
        name = f"stats {sub}".strip()
        self.allow(name)
        await s.send(f"{name}\r\n".encode())
        out: dict[str, str] = {}
        for line in await self._lines_until_end(s, name):
            if (stat := wire.stat_line(line)) is not None:
                out[stat[0]] = stat[1]
        return out

    async def _binary(self, opcode: int) -> tuple[int, bytes]:
        """One binary-protocol request on a fresh connection: (status, body)."""
        s = await self._open()
        try:
            self.allow("version" if opcode == _BIN_VERSION else "stats")
            await s.send(wire.bin_request(opcode))
            status, total = wire.bin_response(await s.readexactly(24), opcode)
            return status, await s.readexactly(total) if total else b""
        finally:
            await s.close()

    # ------------------------------------------------------------------ identify

    async def identify(self) -> Fingerprint:
        s = await self._open(budget=1 << 16)
        try:
            self.allow("version")
            await s.send(b"version\r\n")
            # a SASL-only server takes the text as a binary header and waits: do not wait long
            s.timeout = min(self.limits.timeout, 1.5)
            try:
                first = await s.read(256)
            except ProbeTimeout:
                first = b""
        finally:
            await s.close()
        fp = Fingerprint("memcached", tls=self.target.tls)
        if wire.version_line(first) is not None:
            fp.version = wire.version_line(first)
            fp.evidence = [evidence("version", first.decode("ascii", "replace").strip())]
            return fp
        if first.startswith(_UNAUTH):
            fp.evidence = [evidence("version", first.decode("ascii", "replace").strip())]
            fp.info = {"auth": "ascii"}
            return fp
        if first:
            raise NotThisEngine("the reply to 'version' is not memcached's")
        # silent or closed: SASL-only servers refuse the text protocol this way
        try:
            status, body = await self._binary(_BIN_VERSION)
        except (ProtocolMismatch, ProbeTimeout, OSError) as e:
            raise NotThisEngine("no memcached reply to 'version' (text or binary)") from e
        if status != 0 or not re.fullmatch(rb"[0-9][0-9A-Za-z.\-_]{0,40}", body):
            raise NotThisEngine("binary 'version' reply is not memcached's")
        self._binary_only = True
        fp.version = body.decode("ascii")
        fp.info = {"protocol": "binary", "auth": "sasl"}
        fp.evidence = [evidence("version (binary)", f"status 0, version {fp.version}; text protocol closed")]
        return fp

    # ------------------------------------------------------------------ access

    async def access(self) -> AccessResult:
        """The checks, in order: ``stats`` and ``stats settings`` (the server's own refusal is
        ``auth_required``); the weak settings they show; the rights an anonymous client holds;
        the keys listed, and one of them read."""
        if self._binary_only:
            status, body = await self._binary(_BIN_STAT)
            ev = [evidence("stats (binary)", f"status {status} {body.decode('ascii', 'replace')}")]
            return AccessResult(Access.AUTH_REQUIRED if status == _BIN_AUTH_ERROR else Access.UNKNOWN, ev)
        s = await self._open()
        try:
            try:
                stats = await self._stats(s)
                settings = await self._stats(s, "settings")
            except _AuthRequired as e:
                return AccessResult(Access.AUTH_REQUIRED, [evidence(e.command, e.reply)])
        finally:
            await s.close()
        self._stat_values = stats
        ev = [evidence("stats", f"curr_items={stats.get('curr_items')} bytes={stats.get('bytes')} "
                       f"version={stats.get('version')}")]  # fmt: skip
        ev.append(evidence("stats settings", f"auth_enabled_sasl {settings.get('auth_enabled_sasl', 'no')}; "
                           f"auth_enabled_ascii {settings.get('auth_enabled_ascii', 'no')}; "
                           f"udpport {settings.get('udpport', '?')}"))  # fmt: skip
        rights, weak = _anonymous_rights(settings), self._weak_settings(settings)
        # stats answered: kept if listing or reading a key meets a hostile reply (a 2 GB VALUE)
        self.earn(AccessResult(Access.METADATA, ev, rights, weak))
        verdict = await self._list_and_read(ev)
        return AccessResult(verdict, ev, rights, weak)

    async def _list_and_read(self, ev: list[Evidence]) -> Access:
        """``open`` when the keys can be listed (and one is read), ``metadata`` when only stats answer."""
        try:
            keys = await self._list_keys()
        except _AuthRequired as e:
            ev.append(evidence(e.command, e.reply))
            return Access.METADATA
        except ProtocolMismatch as e:
            ev.append(evidence("lru_crawler metadump all", e))
            return Access.METADATA
        ev.append(evidence("lru_crawler metadump all", f"{len(keys)} keys listed without credentials"))
        if keys:
            values = await self._get([keys[0][0]])
            if values:
                ev.append(evidence("get", f"VALUE returned ({min(keys[0][1], 10**9)} bytes) without credentials"))
            else:
                ev.append(evidence("get", "END (the key expired between the listing and the read)"))
        return Access.OPEN

    def _weak_settings(self, settings: dict[str, str]) -> list[Signal]:
        out: list[Signal] = []
        udp = settings.get("udpport", "0")
        if udp not in ("0", ""):
            out.append(
                Signal(UDP_ENABLED.id, f"stats settings: udpport {udp}; a spoofed UDP 'stats' or 'get' can be "
                    "reflected at a victim with a large amplification factor")
            )
        if settings.get("auth_enabled_sasl", "no") != "yes" and settings.get("auth_enabled_ascii", "no") != "yes":
            out.append(
                Signal(NO_AUTH.id, "stats settings: auth_enabled_sasl no, auth_enabled_ascii no")
            )
        return out

    # ------------------------------------------------------------------ keys

    async def _list_keys(self) -> list[tuple[str, int]]:
        """(key, size) of at most ``max_keys`` keys: ``lru_crawler metadump``, else cachedump."""
        if self._keys is not None:
            return self._keys
        keys: list[tuple[str, int]] = []
        s = await self._open(budget=max(1 << 20, self.limits.max_keys * 512))
        try:
            self.allow("lru_crawler metadump")
            await s.send(b"lru_crawler metadump all\r\n")
            metadump_ok = True
            while len(keys) < self.limits.max_keys:
                line = await s.readline()
                if line == _END:
                    break
                if line.startswith(_UNAUTH):
                    raise _AuthRequired("lru_crawler metadump all", line.decode("ascii", "replace").strip())
                if line.startswith((b"ERROR", b"CLIENT_ERROR", b"BUSY", b"SERVER_ERROR")):
                    metadump_ok = False
                    break
                if (entry := wire.metadump_line(line)) is not None:
                    keys.append(entry)
        finally:
            await s.close()  # stop the crawler's output once enough keys are read
        if not metadump_ok:
            keys = await self._cachedump()
        self._keys = keys
        return keys

    async def _cachedump(self) -> list[tuple[str, int]]:
        s = await self._open()
        keys: list[tuple[str, int]] = []
        try:
            items = await self._stats(s, "items")
            slabs = sorted({int(k.split(":")[1]) for k in items if k.startswith("items:") and k.count(":") == 2
                            and k.split(":")[1].isdigit()})  # fmt: skip
            for slab in slabs:
                left = self.limits.max_keys - len(keys)
                if left <= 0:
                    break
                self.allow("stats cachedump")
                await s.send(f"stats cachedump {slab} {left}\r\n".encode())
                for line in await self._lines_until_end(s, "stats cachedump"):
                    m = re.match(rb"ITEM (\S+) \[(\d+) b;", line)
                    if m:
                        keys.append((m.group(1).decode("utf-8", "replace"), int(m.group(2))))
        finally:
            await s.close()
        return keys[: self.limits.max_keys]

    async def _get(self, keys: list[str]) -> dict[str, bytes]:
        """Values of ``keys`` (multi-get in batches), each cut at ``max_value_bytes``."""
        out: dict[str, bytes] = {}
        cap = self.limits.max_value_bytes
        s = await self._open(budget=max(1 << 20, len(keys) * (cap + 512) * 2))
        try:
            for i in range(0, len(keys), _GET_BATCH):
                batch = [k for k in keys[i : i + _GET_BATCH] if wire.sendable(k)]
                if not batch:
                    continue
                self.allow("get")
                await s.send(("get " + " ".join(batch) + "\r\n").encode())
                while True:
                    line = await s.readline()
                    if line == _END:
                        break
                    if line.startswith(_UNAUTH):
                        raise _AuthRequired("get", line.decode("ascii", "replace").strip())
                    key, size = wire.value_header(line)
                    data = await s.readexactly(size + 2)
                    out[key] = data[: min(size, cap)]
        finally:
            await s.close()
        return out

    # ------------------------------------------------------------------ inventory and sample

    async def inventory(self) -> list[DatasetRef]:
        keys = await self._list_keys()
        total = _int((self._stat_values or {}).get("curr_items")) or len(keys)
        groups: dict[str, list[tuple[str, int]]] = {}
        for k, size in keys:
            m = _PREFIX.match(k)
            groups.setdefault(m.group(1) if m else "(no prefix)", []).append((k, size))
        refs: list[DatasetRef] = []
        for prefix, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            share = len(members) / len(keys) if keys else 0.0
            est = max(len(members), round(share * total))
            size = sum(sz for _, sz in members)
            size_est = round(size * est / len(members)) if members else None
            refs.append(DatasetRef(prefix, "keyspace", est, size_est or None, [k for k, _ in members]))
            if len(refs) >= self.limits.max_datasets:
                break
        return refs

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        keys: list[str] = dataset.handle
        chosen = random.sample(keys, min(n, len(keys)))
        values = await self._get(chosen)
        out: list[Record] = []
        for key in chosen:
            if key not in values:
                continue  # expired or evicted since the listing
            value = decode_value(values[key])
            data = value if isinstance(value, dict) else {"value": value}
            out.append(Record({"_key": key, **data}))
        return Sample(out[:n])

    async def recount(self, dataset: DatasetRef) -> int | None:
        return None  # memcached counts items per slab, not per prefix


def _int(v: str | None) -> int:
    return count_of(v) or 0
