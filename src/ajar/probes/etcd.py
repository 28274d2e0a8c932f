"""etcd (default port 2379), over the v3 JSON gateway and, when it is on, the v2 API.

Requests sent, all read-only (as etcd's gateway routes name them):
``GET /version`` (``etcdserver``, ``etcdcluster``), ``POST /v3/auth/status`` (etcd 3.5+;
404 on 3.4, which is fine), ``POST /v3/kv/range`` (a read despite the verb: ``keys_only``
listings, ``count_only`` counts and value reads, each with a ``limit``), and
``GET /v2/keys/`` (``?recursive=true``; answers only when the v2 API is enabled).

Verdicts: ``auth_required`` when the range request is refused with ``user name is empty``,
``invalid auth token`` or ``permission denied`` (gRPC codes 3/7/16 through the gateway: it
said so); ``open`` when keys and values are read without credentials. Datasets are key
prefixes (a key up to its last ``/``); values are base64-decoded and JSON values decoded.
Findings: ``etcd.auth_disabled`` (authentication is off: every client is root) and
``etcd.v2_enabled`` (the legacy v2 API answers, with its own unauthenticated store).
"""

from __future__ import annotations

import base64
import contextlib
import random
from typing import Any, ClassVar

from ajar.bounds import count_of
from ajar.errors import NotThisEngine, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, HttpProbe, Sample, decode_value, evidence

_AUTH_ERRORS = ("user name is empty", "invalid auth token", "permission denied", "authentication failed",
                "auth: revision in header is old", "user name not found")
_ZERO = base64.b64encode(b"\0").decode()


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _prefix_end(prefix: bytes) -> bytes:
    """The range end that covers every key starting with ``prefix`` (etcd's ``GetPrefixRangeEnd``)."""
    end = bytearray(prefix)
    for i in range(len(end) - 1, -1, -1):
        if end[i] < 0xFF:
            end[i] += 1
            return bytes(end[: i + 1])
    return b"\0"


def _group(key: bytes) -> bytes:
    """A key's dataset: its first two path segments (``/app/users/``), or its parent for
    shallower keys (``/`` for a top-level key)."""
    lead = key[:1] if key[:1] == b"/" else b""
    parts = key[len(lead):].split(b"/")
    depth = min(2, len(parts) - 1)
    return lead + b"".join(p + b"/" for p in parts[:depth]) if depth else (lead or b"/")


def _decode(raw: bytes, cap: int) -> Any:
    """:func:`decode_value` of the first ``cap`` bytes, read as Latin-1 when not UTF-8."""
    value = decode_value(raw[:cap])
    return value.decode("latin-1") if isinstance(value, bytes) else value


#: How to close etcd and check that it is closed.
GUIDE = Guide(
    "etcd",
    auth="Enable authentication:\n  etcdctl user add root\n  etcdctl auth enable\nor require client "
    "certificates: `--client-cert-auth=true --trusted-ca-file=/etc/etcd/ca.crt`.",
    bind="Listen on loopback or a private address:\n  --listen-client-urls=https://127.0.0.1:2379",
    tls="  --cert-file=/etc/etcd/server.crt --key-file=/etc/etcd/server.key --listen-client-urls=https://…",
    verify="`ajar scan HOST:PORT` shows access auth_required; `etcdctl --endpoints=http://HOST:PORT "
    "get / "
    '--prefix --keys-only` fails with "user name is empty".',
    upgrade="Upgrade to a supported etcd release (https://etcd.io/docs/latest/op-guide/versioning/).",
    )
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("etcd", (3, 4)),)
#: etcd.auth_disabled
AUTH_DISABLED = Weakness(
    "etcd.auth_disabled",
    Severity.LOW,
    "Authentication is disabled: every client acts as root",
    when="a v3 range request without a token listed keys",
    remediation="create the root user and enable authentication: `etcdctl user add root` then "
    "`etcdctl user grant-role root root` and `etcdctl auth enable`; also require client "
    "certificates with `--client-cert-auth=true --trusted-ca-file=ca.crt`",
    verify="`curl -s -X POST http://HOST:2379/v3/kv/range -d '{\"key\":\"AA==\"}'` answers "
    "`etcdserver: user name is empty`",
)
#: etcd.v2_enabled
V2_ENABLED = Weakness(
    "etcd.v2_enabled",
    Severity.LOW,
    "The legacy v2 API is enabled",
    when="The legacy v2 API is enabled",
    remediation="remove `--enable-v2=true` (or `enable-v2: true` in the config file) and migrate "
    "v2 data with `etcdctl migrate`; v2 is removed in etcd 3.6",
    verify="`curl -s -o /dev/null -w '%{http_code}' http://HOST:2379/v2/keys/` prints 404",
)


class EtcdProbe(HttpProbe):
    """etcd v3 (JSON gateway) and the legacy v2 API."""

    id = "etcd"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (AUTH_DISABLED, V2_ENABLED)
    description = "etcd: /version, v3 range over key prefixes (keys, counts, values), v2 keys if enabled"
    default_ports = (2379,)
    commands: ClassVar[frozenset[str]] = frozenset(
        {"GET /version", "POST /v3/auth/status", "POST /v3/kv/range", "GET /v2/keys/"}
    )

    async def _range(self, key: bytes, end: bytes, **opts: Any) -> dict[str, Any]:
        r, body = await self.fetch_json("POST /v3/kv/range", "POST", "/v3/kv/range",
                                        json={"key": _b64(key), "range_end": _b64(end), **opts})
        if r.status_code != 200 or not isinstance(body, dict):
            raise ProtocolMismatch(f"range answered {r.status_code}: {_error(body)}")
        return body

    async def identify(self) -> Fingerprint:
        try:
            r, body = await self.fetch_json("GET /version", "GET", "/version")
        except ProtocolMismatch as e:
            raise NotThisEngine(f"no HTTP reply to GET /version ({e})") from e
        if r.status_code != 200 or not isinstance(body, dict) or "etcdserver" not in body:
            raise NotThisEngine(f"GET /version answered {r.status_code} without etcdserver")
        fp = Fingerprint("etcd", version=str(body["etcdserver"]), tls=self.target.tls)
        fp.info = {"etcdcluster": str(body.get("etcdcluster", ""))}
        fp.evidence.append(evidence("GET /version", f"200 etcdserver {fp.version}"))
        return fp

    async def access(self) -> AccessResult:
        """The checks, in order: a v3 range of the whole keyspace without a token (the server's
        own "user name is empty" is ``auth_required``); one key read with its value;
        ``auth/status``; the legacy v2 API."""
        cmd = "POST /v3/kv/range key=\\0 range_end=\\0 keys_only limit=10"
        r, body = await self.fetch_json("POST /v3/kv/range", "POST", "/v3/kv/range",
                                        json={"key": _ZERO, "range_end": _ZERO, "keys_only": True, "limit": 10})
        err = _error(body)
        if any(t in err for t in _AUTH_ERRORS):
            return AccessResult(Access.AUTH_REQUIRED, [evidence(cmd, f"{r.status_code} {err}")])
        if r.status_code != 200 or not isinstance(body, dict):
            return AccessResult(Access.UNKNOWN, [evidence(cmd, f"{r.status_code} {err}")])
        count = count_of(body.get("count")) or 0
        ev = [evidence(cmd, f"200: {count} keys, listed without credentials")]
        verdict = await self._read_one_value(body, ev)
        signals = [Signal(AUTH_DISABLED.id, "a v3 range request without a token listed keys")]
        basis = await self._auth_status(ev)
        v2 = await self._v2_nodes()
        if v2 is not None:
            signals.append(Signal(
                V2_ENABLED.id, f"GET /v2/keys/ answered 200 ({len(v2)} v2 keys); v2 has its own store and auth"))
            ev.append(evidence("GET /v2/keys/?recursive=true", f"200: {len(v2)} keys"))
        self._v2 = v2 or []
        return AccessResult(verdict, ev, Rights(read=True, write=True, admin=True, basis=basis), signals)

    async def _read_one_value(self, listed: dict[str, Any], ev: list[Evidence]) -> Access:
        """``open`` when the first listed key is read with its value, else ``metadata``."""
        if not listed.get("kvs"):
            return Access.METADATA
        one = await self._range(base64.b64decode(listed["kvs"][0]["key"]), b"", limit=1)
        if one.get("kvs") and "value" in one["kvs"][0]:
            ev.append(evidence("POST /v3/kv/range (one key with its value)", "200: value read without credentials"))
            return Access.OPEN
        return Access.METADATA

    async def _auth_status(self, ev: list[Evidence]) -> str:
        """The rights' basis, with what ``auth/status`` says when it answers."""
        status = None
        with contextlib.suppress(ProtocolMismatch):
            sr, status = await self.fetch_json("POST /v3/auth/status", "POST", "/v3/auth/status", json={})
            if sr.status_code != 200:
                status = None
        basis = "the range request answered without a token: authentication is disabled, so every client " \
                "acts as root (read, write, admin)"
        if isinstance(status, dict) and "enabled" in status:
            ev.append(evidence("POST /v3/auth/status", f"enabled={status.get('enabled')}"))
            basis = f"auth/status says enabled={status.get('enabled')}; " + basis
        return basis

    async def _v2_nodes(self) -> list[tuple[str, str]] | None:
        """(key, value) of every v2 leaf node, or None when the v2 API does not answer."""
        r, body = await self.fetch_json("GET /v2/keys/", "GET", "/v2/keys/", params={"recursive": "true"})
        if r.status_code != 200 or not isinstance(body, dict) or "node" not in body:
            return None
        out: list[tuple[str, str]] = []
        stack = [body["node"]]
        while stack and len(out) < self.limits.max_keys:
            node = stack.pop()
            if not isinstance(node, dict):
                continue
            if node.get("dir"):
                stack.extend(node.get("nodes") or [])
            elif "key" in node:
                out.append((str(node["key"]), str(node.get("value", ""))))
        return out

    async def inventory(self) -> list[DatasetRef]:
        if not hasattr(self, "_v2"):
            await self.access()
        listing = await self._range(b"\0", b"\0", keys_only=True, limit=self.limits.max_keys)
        groups: dict[bytes, list[bytes]] = {}
        for kv in listing.get("kvs") or []:
            key = base64.b64decode(kv["key"])
            groups.setdefault(_group(key), []).append(key)
        truncated = bool(listing.get("more"))
        refs: list[DatasetRef] = []
        for prefix, keys in sorted(groups.items()):
            if len(refs) >= self.limits.max_datasets:
                return refs
            count = len(keys)
            if truncated:
                with contextlib.suppress(ProtocolMismatch):
                    counted = await self._range(prefix, _prefix_end(prefix), count_only=True)
                    count = count_of(counted.get("count")) or 0
            refs.append(DatasetRef(prefix.decode("utf-8", "replace"), "keyspace", count, None, ("v3", prefix, keys)))
        v2groups: dict[str, list[tuple[str, str]]] = {}
        for k, v in self._v2:
            v2groups.setdefault(_group(k.encode()).decode("utf-8", "replace"), []).append((k, v))
        for prefix2, items in sorted(v2groups.items()):
            if len(refs) >= self.limits.max_datasets:
                break
            refs.append(DatasetRef(f"v2:{prefix2}", "keyspace", len(items), None, ("v2", prefix2, items)))
        return refs

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        cap = self.limits.max_value_bytes
        kind, prefix, items = dataset.handle
        out: list[Record] = []
        if kind == "v2":
            for k, v in random.sample(items, min(n, len(items))):
                out.append(_record(k, _decode(v.encode(), cap)))
            return Sample(out)
        keys: list[bytes] = items
        if len(keys) <= n:
            body = await self._range(prefix, _prefix_end(prefix), limit=n)
            kvs = body.get("kvs") or []
        else:
            kvs = []
            for key in random.sample(keys, n):
                kvs += (await self._range(key, b"", limit=1)).get("kvs") or []
        for kv in kvs[:n]:
            name = base64.b64decode(kv["key"]).decode("utf-8", "replace")
            out.append(_record(name, _decode(base64.b64decode(kv.get("value", "")), cap)))
        return Sample(out)

    async def recount(self, dataset: DatasetRef) -> int | None:
        kind, prefix, _ = dataset.handle
        if kind != "v3":
            return None
        return count_of((await self._range(prefix, _prefix_end(prefix), count_only=True)).get("count"))


def _record(key: str, value: Any) -> Record:
    # a scalar value is named by the key's last segment (``.../password``), which the
    # classifier weighs as a field name
    name = key.rstrip("/").rsplit("/", 1)[-1] or "value"
    data = value if isinstance(value, dict) else {name: value}
    return Record({"_key": key, **data}, {"key": key})


def _error(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("error") or body.get("message") or "")[:200]
    return ""
