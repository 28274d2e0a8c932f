"""Redis (default port 6379), through redis-py's asyncio client.

Commands sent, all read-only (the names ``MONITOR`` shows):
``PING``, ``INFO``, ``CONFIG GET`` (``protected-mode``, ``bind``, ``requirepass`` is never
asked), ``ACL WHOAMI``, ``ACL GETUSER default``, ``SELECT`` (per logical database),
``DBSIZE``, ``SCAN``, ``TYPE``, ``STRLEN``, ``GETRANGE``, ``HLEN``, ``HGETALL``, ``HSCAN``,
``LRANGE``, ``SRANDMEMBER``, ``ZRANGE``, ``XREVRANGE``. redis-py's own ``CLIENT SETINFO``
handshake is turned off; RESP2 is used, so no ``HELLO``.

Verdicts: ``auth_required`` when the server answers ``NOAUTH``/``WRONGPASS`` (it said so);
``open`` when ``SCAN`` and typed reads answer without credentials; ``metadata`` when
``INFO`` answers but reads are refused (ACLs). Datasets are groups of keys sharing a
prefix (``session:*``) per logical database, found by a bounded ``SCAN``.
"""

from __future__ import annotations

import contextlib
import random
import re
from collections.abc import Sequence
from typing import Any, ClassVar

import redis.asyncio as aioredis
from redis._parsers import _AsyncRESP2Parser
from redis.asyncio.connection import Connection, ConnectionPool, SSLConnection
from redis.exceptions import AuthenticationError, AuthorizationError, ResponseError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from ajar.bounds import count_of
from ajar.errors import ForbiddenCommand, NotThisEngine, ProbeTimeout, ProtocolMismatch
from ajar.knowledge import EndOfLife, Guide, Signal, Weakness
from ajar.models import Access, Record, Rights, Severity
from ajar.names import theirs
from ajar.net import driver_address
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Probe, Sample, decode_value, evidence, optional_step
from ajar.remediation import INCIDENT
from ajar.values import strings_in

_PREFIX = re.compile(rb"^([A-Za-z_][A-Za-z0-9_\-]{0,40})[:./|]")
#: Redis's own refusals of a client without credentials; protected mode (on by default without a
#: password) answers a non-loopback client's first command so and closes the connection
_NOAUTH = ("NOAUTH", "WRONGPASS", "Authentication required", "invalid password",
           "DENIED Redis is running in protected mode")


def _command_name(args: tuple[Any, ...]) -> str:
    head = args[0].decode() if isinstance(args[0], bytes) else str(args[0])
    head = head.upper()
    if head in {"CONFIG", "ACL", "CLIENT"} and len(args) > 1:
        sub = args[1].decode() if isinstance(args[1], bytes) else str(args[1])
        return f"{head} {sub.upper()}"
    return head


class _Guard:
    """Mixin that checks every command against the probe's declared list before sending."""

    allowed: frozenset[str] = frozenset()
    record: list[str] | None = None

    async def send_command(self, *args: Any, **kwargs: Any) -> None:
        name = _command_name(args)
        if name not in self.allowed:
            raise ForbiddenCommand(f"redis probe tried to send {name!r}, which it does not declare")
        if self.record is not None:
            self.record.append(name)
        await super().send_command(*args, **kwargs)  # type: ignore[misc]


class _GuardedConnection(_Guard, Connection):
    pass


class _GuardedSSLConnection(_Guard, SSLConnection):
    pass


#: bytes one reply may declare in all (each line also costs :data:`_LINE_COST`): beyond, it is refused
_REPLY_BUDGET = 32 << 20
#: what one parsed element costs besides its bytes (the Python object that holds it)
_LINE_COST = 64


class ReplyTooLarge(ResponseError):
    """A reply that declares more than the read budget allows (refused before it is read)."""


class _BoundedParser(_AsyncRESP2Parser):
    """redis-py's RESP2 parser with two bounds the server cannot move.

    * A bulk string longer than ``keep`` bytes is read in chunks and cut: only its first ``keep``
      bytes are kept (hash fields, list, set, zset and stream members are cut like strings).
    * One reply may declare at most :data:`_REPLY_BUDGET` bytes, each element also costing
      :data:`_LINE_COST`: a 2 GiB bulk or a 2^31-element array is refused at its header.
    """

    keep = 64 * 1024

    async def read_response(self, disable_decoding: bool = False) -> Any:
        self._left = _REPLY_BUDGET
        return await super().read_response(disable_decoding=disable_decoding)

    def _spend(self, n: int) -> None:
        self._left = getattr(self, "_left", _REPLY_BUDGET) - n
        if self._left < 0:
            raise ReplyTooLarge("the reply declares more data than the read limit allows")

    async def _readline(self) -> bytes:
        line: bytes = await super()._readline()
        self._spend(len(line) + 2 + _LINE_COST)
        return line

    async def _read(self, length: int) -> bytes:
        if length < 0:
            raise ReplyTooLarge("a negative bulk length")
        self._spend(length + 2)
        if length <= self.keep or len(self._buffer) > self._pos:
            return bytes(await super()._read(length))
        # a long value: keep its head, read the rest in chunks and drop it
        assert self._stream is not None
        head = await self._stream.readexactly(self.keep)
        left = length + 2 - self.keep
        while left > 0:
            left -= len(await self._stream.readexactly(min(left, 1 << 16)))
        self._pos += length + 2
        return head


def _db_index(name: str) -> int | None:
    """The index of a keyspace line's database (``db3`` → 3), None for anything else."""
    digits = name[2:] if isinstance(name, str) and name.startswith("db") else ""
    return int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 5 else None


def _is_auth_error(e: BaseException) -> bool:
    return isinstance(e, AuthenticationError | AuthorizationError) or any(t in str(e) for t in _NOAUTH)


def _text(v: Any) -> str:
    return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)


def _as_dict(v: Any) -> dict[str, Any]:
    """A reply as a dict with text keys, whether redis-py parsed it to a dict or a flat list."""
    if isinstance(v, list):
        v = dict(zip(v[::2], v[1::2], strict=False))
    if not isinstance(v, dict):
        return {}
    return {_text(k): val for k, val in v.items()}


#: How to close redis and check that it is closed.
GUIDE = Guide(
    "Redis",
    auth="In redis.conf set a long random password (or ACL users with `user default off`):\n"
    "  requirepass <long random secret>\n  protected-mode yes",
    bind='In redis.conf:\n  bind 127.0.0.1 -::1\n  rename-command CONFIG ""',
    tls="In redis.conf:\n  port 0\n  tls-port 6379\n  tls-cert-file /etc/redis/redis.crt\n"
    "  tls-key-file /etc/redis/redis.key\n  tls-ca-cert-file /etc/redis/ca.crt",
    verify="`ajar scan HOST:PORT` shows access auth_required; `redis-cli -h HOST -p PORT ping` answers "
    '"NOAUTH Authentication required."',
    upgrade="Upgrade to a supported Redis release "
    "(https://redis.io/docs/latest/operate/rs/installing-upgrading/"
    "product-lifecycle/).",
    settings='In redis.conf:\n  protected-mode yes\n  rename-command CONFIG ""\n  rename-command MODULE ""',
)
#: The oldest release branches still supported upstream (as of mid-2025).
END_OF_LIFE = (EndOfLife("redis", (6, 2)),)
#: compromise.redis_cron: the mark of the 2015-2023 Redis worms (cron or SSH key written via CONFIG SET dir)
CRON_PAYLOAD = Weakness(
    "compromise.redis_cron",
    Severity.CRITICAL,
    "Malicious cron or SSH payload stored in Redis keys",
    when="Redis keys (crontab, backup1..4, crackit…) hold a cron line that downloads and runs a script, "
    "or an SSH key",
    remediation=INCIDENT + "\nThe host itself may be taken over: look for the payload in /var/spool/cron, "
    "/etc/crontab and ~/.ssh/authorized_keys, kill unknown processes (coin miners), rebuild the host. "
    "Then, in redis.conf:\n  requirepass <long random secret>\n  protected-mode yes\n  bind "
    "127.0.0.1 -::1\n"
    '  rename-command CONFIG ""\n'
    "and run Redis as an unprivileged user that cannot write cron or ssh files.",
    verify=GUIDE.verify + " `crontab -l` and /etc/cron.d show no unknown entries.",
)

#: key names the Redis worms write their payloads to
_ATTACK_KEYS = frozenset({"crontab", "backup1", "backup2", "backup3", "backup4", "crackit", "crackitt"})
#: a cron schedule (five fields, the last three ``*``) preceded by a line start or whitespace.
#: Linear: every field is bounded and fields are separated by characters no field can hold.
_CRON_SCHEDULE = re.compile(
    r"(?<!\S)(?:\*/\d{1,4}|\*|\d{1,4})[ \t]{1,64}(?:\*|\d{1,4})[ \t]{1,64}\*[ \t]{1,64}\*[ \t]{1,64}\*"
)
#: a command that fetches or runs a script (searched only in the rest of the schedule's line)
_CRON_COMMAND = re.compile(r"\b(?:curl|wget|python|perl|bash|sh)\b")
_SSH_KEY = re.compile(r"ssh-(?:rsa|ed25519|dss)[ \t]{1,64}AAAA")
#: bytes of one string, and of one dataset, looked at for payloads
_PAYLOAD_STRING_BYTES = 8192
_PAYLOAD_DATASET_BYTES = 1024 * 1024


def _fetches_and_runs(text: str) -> bool:
    """A cron line that downloads or runs a script; linear in ``len(text)``.

    Each schedule found is checked against the rest of its own line only, and the search
    goes on after that line, so no character is looked at more than a bounded number of times.
    """
    pos = 0
    while (m := _CRON_SCHEDULE.search(text, pos)) is not None:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if _CRON_COMMAND.search(text, m.end(), end):
            return True
        pos = end + 1
    return False


def _key_names(dataset: str, rec: Record) -> set[str]:
    parts = {p for p in re.split(r"[./:]", dataset) if p}
    return parts | {x for x in (rec.meta.get("key"), rec.data.get("key")) if isinstance(x, str)}


class RedisProbe(Probe):
    """Redis and Redis-compatible servers (Valkey, KeyDB)."""

    id = "redis"
    guide = GUIDE
    end_of_life = END_OF_LIFE
    weaknesses = (CRON_PAYLOAD,)
    description = "Redis: INFO, keyspace, SCAN and typed reads of every key type"
    default_ports = (6379, 6380)
    schemes = ("redis", "rediss")
    commands: ClassVar[frozenset[str]] = frozenset(
        {
            "PING", "INFO", "CONFIG GET", "ACL WHOAMI", "ACL GETUSER", "SELECT", "DBSIZE", "SCAN",
            "TYPE", "STRLEN", "GETRANGE", "HLEN", "HGETALL", "HSCAN", "LRANGE", "SRANDMEMBER",
            "ZRANGE", "XREVRANGE",
        }
    )  # fmt: skip

    _clients: dict[int, aioredis.Redis]

    def _client(self, db: int = 0) -> aioredis.Redis:
        if not hasattr(self, "_clients"):
            self._clients = {}
        if db not in self._clients:
            host = driver_address(self.scope, self.target.host)
            base = _GuardedSSLConnection if self.target.tls else _GuardedConnection
            # a class per probe instance, so each records its own commands
            cls = type("ProbeConnection", (base,), {"allowed": self.commands, "record": self.sent})
            parser = type("ProbeParser", (_BoundedParser,), {"keep": max(1, self.limits.max_value_bytes)})
            kwargs: dict[str, Any] = {}
            if self.target.tls:
                kwargs = {"ssl_cert_reqs": "none", "ssl_check_hostname": False}
            pool = ConnectionPool(
                connection_class=cls,
                host=host,
                port=self.target.port,
                db=db,
                socket_timeout=self.limits.timeout,
                socket_connect_timeout=self.limits.timeout,
                protocol=2,
                driver_info=None,
                max_connections=1,
                parser_class=parser,
                **kwargs,
            )
            self._clients[db] = aioredis.Redis(connection_pool=pool, single_connection_client=False)
        return self._clients[db]

    async def _call(self, db: int, *args: Any) -> Any:
        try:
            return await self._client(db).execute_command(*args)  # type: ignore[no-untyped-call]
        except RedisTimeoutError as e:
            raise ProbeTimeout("redis: no reply within the time limit") from e
        except ReplyTooLarge as e:
            raise ProtocolMismatch(f"redis: {e}") from e
        except (AuthenticationError, AuthorizationError):  # redis-py's subclasses of ConnectionError
            raise
        except RedisConnectionError as e:  # a reset or a close mid-reply
            raise ProtocolMismatch("redis: the connection broke before the reply was read") from e

    @classmethod
    def dataset_signals(cls, dataset: str, records: Sequence[Record]) -> list[Signal]:
        """``compromise.redis_cron`` when a record holds a cron line that fetches and runs a script,
        or an SSH key under a worm's key name. Reads at most 8 KiB per string, 1 MiB per dataset."""
        known: set[str] = set()
        others = 0
        budget = _PAYLOAD_DATASET_BYTES
        for rec in records:
            if budget <= 0:
                break
            cron = ssh = False
            for text in strings_in(rec.data):
                text = text[: min(_PAYLOAD_STRING_BYTES, budget)]
                budget -= len(text)
                cron = cron or _fetches_and_runs(text)
                ssh = ssh or bool(_SSH_KEY.search(text))
            attack = _key_names(dataset, rec) & _ATTACK_KEYS
            if cron or (ssh and attack):
                known |= attack
                others += not attack
        if not known and not others:
            return []
        parts = ["known attack keys " + ", ".join(sorted(known))] if known else []
        parts += [f"{others} other key(s)"] if others else []
        detail = " and ".join(parts) + " hold a cron line that downloads and runs a script, or an SSH key " \
            "(payload not reported)"
        return [Signal(CRON_PAYLOAD.id, detail, (dataset,))]

    async def identify(self) -> Fingerprint:
        try:
            pong = await self._call(0, "PING")
        except ResponseError as e:
            if _is_auth_error(e):
                return Fingerprint("redis", tls=self.target.tls, evidence=[evidence("PING", e)])
            raise NotThisEngine(f"PING got an unexpected error reply: {type(e).__name__}") from e
        except (AuthenticationError, AuthorizationError) as e:
            return Fingerprint("redis", tls=self.target.tls, evidence=[evidence("PING", e)])
        except RedisConnectionError as e:
            raise NotThisEngine("no Redis reply to PING") from e
        except ProbeTimeout:
            raise
        except Exception as e:  # redis-py raises assorted errors on a foreign protocol
            raise NotThisEngine(f"no Redis reply to PING ({type(e).__name__})") from e
        if pong not in (True, b"PONG", "PONG"):
            raise NotThisEngine("PING did not answer PONG")
        fp = Fingerprint("redis", tls=self.target.tls, evidence=[evidence("PING", "PONG")])
        with optional_step():  # the version: PONG already named the engine
            info = await self._call(0, "INFO", "server")
            if isinstance(info, dict):
                fp.version = str(info.get("redis_version") or info.get("valkey_version") or "") or None
                fp.info = {k: info[k] for k in ("redis_mode", "os", "arch_bits") if k in info}
        return fp

    async def access(self) -> AccessResult:
        try:
            info = await self._call(0, "INFO", "keyspace")
        except (ResponseError, AuthenticationError, AuthorizationError) as e:
            if _is_auth_error(e):
                return AccessResult(Access.AUTH_REQUIRED, [evidence("INFO keyspace", e)])
            return AccessResult(Access.UNKNOWN, [evidence("INFO keyspace", e)])
        dbs = {k: v for k, v in info.items() if _db_index(k) is not None and isinstance(v, dict)}
        ev = [evidence("INFO keyspace", "; ".join(f"{k} keys={v.get('keys')}" for k, v in dbs.items()))]
        verdict = Access.METADATA
        try:
            await self._call(0, "SCAN", 0, "COUNT", 10)
            verdict = Access.OPEN
            ev.append(evidence("SCAN 0 COUNT 10", "cursor and keys returned without credentials"))
        except ResponseError as e:
            ev.append(evidence("SCAN 0 COUNT 10", e))
        rights = await self._rights()
        signals = await self._dangerous_settings()
        return AccessResult(verdict, ev, rights, signals)

    async def _rights(self) -> Rights:
        try:
            who = await self._call(0, "ACL", "WHOAMI")
            user = await self._call(0, "ACL", "GETUSER", who)
        except ResponseError:
            return Rights(read=True, basis="no ACLs on this server: an unauthenticated client has every right")
        desc = _as_dict(user)
        cmds = _text(desc.get("commands", ""))
        allcmd = "+@all" in cmds
        return Rights(
            read=allcmd or "+@read" in cmds,
            write=allcmd or "+@write" in cmds,
            admin=allcmd or "+@admin" in cmds or "+@dangerous" in cmds,
            basis=f"ACL GETUSER {_text(who)}: commands {cmds[:60]}",
        )

    async def _dangerous_settings(self) -> list[Signal]:
        out: list[Signal] = []
        try:
            pm = await self._call(0, "CONFIG", "GET", "protected-mode")
            bind = await self._call(0, "CONFIG", "GET", "bind")
        except ResponseError:
            return out
        pm_val = _text(_as_dict(pm).get("protected-mode", ""))
        bind_val = _text(_as_dict(bind).get("bind", ""))
        if pm_val == "no":
            out.append(
                Signal("weak.dangerous_setting", "protected-mode no: CONFIG GET protected-mode answered 'no'")
            )
        if bind_val == "" or any(b in bind_val.split() for b in ("0.0.0.0", "*", "::", "-::*", "* -::*")):
            out.append(
                Signal("weak.dangerous_setting", f"listens on every interface: CONFIG GET bind answered "
                       f"'{theirs(bind_val) or '(empty)'}'")
            )
        return out

    async def inventory(self) -> list[DatasetRef]:
        info = await self._call(0, "INFO", "keyspace")
        refs: list[DatasetRef] = []
        found = [(i, v) for k, v in info.items() if (i := _db_index(k)) is not None]
        for db, stats in sorted(found, key=lambda iv: iv[0]):
            total = (count_of(stats.get("keys")) or 0) if isinstance(stats, dict) else 0
            groups: dict[str, list[bytes]] = {}
            seen = 0
            cursor: Any = 0
            while True:
                cursor, keys = await self._call(db, "SCAN", cursor, "COUNT", 500)
                for k in keys:
                    m = _PREFIX.match(k)
                    groups.setdefault(m.group(1).decode() if m else "(no prefix)", []).append(k)
                seen += len(keys)
                if int(cursor) == 0 or seen >= self.limits.max_keys:
                    break
            for prefix, keys in sorted(groups.items()):
                est = round(len(keys) / seen * total) if seen else len(keys)
                refs.append(DatasetRef(f"db{db}.{prefix}", "keyspace", max(est, len(keys)), None, (db, keys)))
                if len(refs) >= self.limits.max_datasets:
                    return refs
        return refs

    async def _read(self, db: int, key: bytes, n: int) -> Any:
        t = await self._call(db, "TYPE", key)
        kind = t.decode() if isinstance(t, bytes) else str(t)
        cap = self.limits.max_value_bytes
        if kind == "string":
            return decode_value(await self._call(db, "GETRANGE", key, 0, cap - 1))
        if kind == "hash":
            if int(await self._call(db, "HLEN", key)) <= 256:
                raw = await self._call(db, "HGETALL", key)
            else:
                _, raw = await self._call(db, "HSCAN", key, 0, "COUNT", 256)
            if isinstance(raw, list):
                raw = dict(zip(raw[::2], raw[1::2], strict=False))
            return {_text(k): decode_value(v) for k, v in raw.items()}
        if kind == "list":
            return {"items": [decode_value(v) for v in await self._call(db, "LRANGE", key, 0, n - 1)]}
        if kind == "set":
            return {"items": [decode_value(v) for v in await self._call(db, "SRANDMEMBER", key, n)]}
        if kind == "zset":
            raw = await self._call(db, "ZRANGE", key, 0, n - 1, "WITHSCORES")
            return {"items": [decode_value(v if not isinstance(v, tuple) else v[0]) for v in raw]}
        if kind == "stream":
            entries = await self._call(db, "XREVRANGE", key, "+", "-", "COUNT", n)
            return {"entries": [{(k.decode() if isinstance(k, bytes) else k): decode_value(v)
                                 for k, v in (f or {}).items()} for _, f in entries]}
        return None

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        db, keys = dataset.handle
        chosen = random.sample(keys, min(n, len(keys)))
        out: list[Record] = []
        for key in chosen:
            try:
                value = await self._read(db, key, n)
            except ResponseError:
                continue  # the key expired or changed type between SCAN and the read
            if value is None:
                continue
            data = value if isinstance(value, dict) else {"value": value}
            data = {"_key": key.decode(errors="replace"), **data}
            out.append(Record(data))
        return Sample(out)

    async def close(self) -> None:
        for c in getattr(self, "_clients", {}).values():
            with contextlib.suppress(Exception):
                await c.aclose()

