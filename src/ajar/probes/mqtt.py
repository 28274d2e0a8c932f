"""MQTT brokers (default port 1883; 8883 over TLS): a raw CONNECT to identify, then aiomqtt.

Commands sent (the packet names Mosquitto's log shows as "Received X from <client id>"):
``CONNECT`` (MQTT 3.1.1, anonymous, clean session, client id ``ajar-<random>``),
``SUBSCRIBE`` (QoS 0 only: ``$SYS/broker/version`` while identifying, then ``#`` and
``$SYS/#``), ``UNSUBSCRIBE``, ``PINGREQ`` (keep-alive), ``DISCONNECT``. Never ``PUBLISH``:
every packet paho would send passes a hook that refuses undeclared packet types, and QoS 0
subscriptions mean the broker expects no acknowledgements.

Verdicts: ``auth_required`` when the broker said so: CONNACK return code 5 (not authorised)
or 4 (bad user name or password). ``open`` when an anonymous CONNECT is accepted and the
SUBACK grants ``#`` (code not 0x80): every message published from then on, and every
retained message, is delivered. ``metadata`` when ``#`` is refused but ``$SYS/#`` is
granted. The broker is then listened to for ``limits.listen_seconds`` (retained messages
arrive first); datasets are topic patterns with their varying segments collapsed
(``vehicles/+/gps``), records are messages seen (``$SYS`` topics are broker statistics, not
datasets). Liveness: messages that were not retained carry their receive time in
``Record.meta["created"]``, and :meth:`recount` counts the messages received so far, since
the subscription stays open until :meth:`close`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

from ajar.errors import ForbiddenCommand, NotThisEngine, ProbeTimeout, ProtocolMismatch
from ajar.knowledge import Guide, Signal, Weakness
from ajar.models import Access, Evidence, Record, Rights, Severity
from ajar.net import Stream, client_tls_context, driver_address, open_stream
from ajar.probes._wire import mqtt as wire
from ajar.probes.base import AccessResult, DatasetRef, Fingerprint, Probe, Sample, decode_value, evidence, optional_step

#: packet type (high nibble of the fixed header) -> name, as brokers log them
_PACKETS = {
    0x10: "CONNECT", 0x20: "CONNACK", 0x30: "PUBLISH", 0x40: "PUBACK", 0x50: "PUBREC",
    0x60: "PUBREL", 0x70: "PUBCOMP", 0x80: "SUBSCRIBE", 0x90: "SUBACK", 0xA0: "UNSUBSCRIBE",
    0xB0: "UNSUBACK", 0xC0: "PINGREQ", 0xD0: "PINGRESP", 0xE0: "DISCONNECT",
}  # fmt: skip
_CONNACK = wire.CONNACK_CODES
_AUTH_CODES = {4, 5}
_VARYING = re.compile(
    r"^(?:\d{4,}|[0-9a-fA-F]{8,}|[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}"
    r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|(?=[^/]*\d)[A-Za-z0-9_\-]{10,})$"
)
#: distinct values at one topic level (the rest equal) from which the level is a wildcard
_COLLAPSE_AT = 3
#: messages kept in memory over the whole listening window
_MAX_KEPT = 4000
#: payload bytes kept in memory over the whole listening window
_MAX_KEPT_BYTES = 64 << 20
#: characters of a topic kept (MQTT allows 65,535 bytes; a longer name is cut)
MAX_TOPIC = 512
#: levels of a topic that shape its pattern (deeper ones fold into ``#``)
MAX_LEVELS = 32
#: the largest packet the driver may receive (paho would otherwise read 256 MiB into one buffer)
MAX_PACKET = 4 << 20


async def _read_packet(s: Stream, limit: int = 1 << 16) -> tuple[int, bytes]:
    head = (await s.readexactly(1))[0]
    raw = b""
    while not raw or (raw[-1] & 0x80 and len(raw) < 4):
        raw += await s.readexactly(1)
    length, _ = wire.remaining_length(raw)
    if length > limit:
        raise ProtocolMismatch("MQTT packet larger than the read limit")
    return head, await s.readexactly(length) if length else b""


def _levels(topic: str) -> list[str]:
    """A topic's levels, at most :data:`MAX_LEVELS` (deeper levels fold into one ``#``)."""
    parts = topic[:MAX_TOPIC].split("/", MAX_LEVELS)
    if len(parts) > MAX_LEVELS:
        parts = parts[:MAX_LEVELS] + ["#"]
    return parts


def _others(parts: list[str]) -> list[int]:
    """For each level i, a hash of every other level (the topic with level i left out), in one
    pass: prefix and suffix hashes, so a topic of L levels costs O(L), not O(L^2)."""
    n = len(parts)
    pre, suf = [0] * (n + 1), [0] * (n + 1)
    for i, p in enumerate(parts):
        pre[i + 1] = hash((pre[i], p))
    for i in range(n - 1, -1, -1):
        suf[i] = hash((parts[i], suf[i + 1]))
    return [hash((n, i, pre[i], suf[i + 1])) for i in range(n)]


def topic_pattern(topics: list[str]) -> dict[str, str]:
    """Map each topic to its dataset pattern: id-like levels, and levels with many values, become ``+``.

    Linear in the total size of the topics: each topic is cut to :data:`MAX_TOPIC` characters and
    :data:`MAX_LEVELS` levels, each round hashes every level once, and there are at most
    :data:`MAX_LEVELS` rounds.
    """
    shaped = {t: [("+" if _VARYING.match(p) else p) for p in _levels(t)] for t in topics}
    # a level whose values vary while the other levels are equal is a wildcard too
    for _ in range(MAX_LEVELS):
        groups: dict[int, set[str]] = {}
        keyed: list[tuple[list[str], list[int]]] = []
        for parts in shaped.values():
            keys = _others(parts)
            keyed.append((parts, keys))
            for p, key in zip(parts, keys, strict=True):
                if p != "+":
                    seen = groups.setdefault(key, set())
                    if len(seen) < _COLLAPSE_AT:
                        seen.add(p)
        wild = {k for k, v in groups.items() if len(v) >= _COLLAPSE_AT}
        changed = False
        for parts, keys in keyed:
            for i, key in enumerate(keys):
                if parts[i] != "+" and key in wild:
                    parts[i] = "+"
                    changed = True
        if not changed:
            break
    return {t: "/".join(parts) for t, parts in shaped.items()}


@dataclass
class _Msg:
    payload: bytes
    retained: bool
    received: datetime


@dataclass
class _Topic:
    seen: int = 0
    kept: list[_Msg] = field(default_factory=list)


def _silent_logger() -> logging.Logger:
    log = logging.getLogger("ajar.probes.mqtt.driver")
    log.propagate = False
    log.disabled = True
    return log


#: How to close mqtt and check that it is closed.
GUIDE = Guide(
    "MQTT broker (Mosquitto)",
    auth="In mosquitto.conf:\n  allow_anonymous false\n  password_file /etc/mosquitto/passwd\n"
    "(create it with `mosquitto_passwd -c /etc/mosquitto/passwd <user>`) and an `acl_file` that limits "
    "topics per user.",
    bind="In mosquitto.conf:\n  listener 1883 127.0.0.1",
    tls="In mosquitto.conf:\n  listener 8883\n  certfile /etc/mosquitto/certs/server.crt\n"
    "  keyfile /etc/mosquitto/certs/server.key",
    verify="`ajar scan HOST:PORT` shows access auth_required; `mosquitto_sub -h HOST -p PORT -t '#' "
    "-C 1 -W 5` "
    'fails with "not authorised".',
    )
#: what a granted ``#`` means (detail of mqtt.anonymous_subscribe)
_EVERYTHING_GRANTED = (
    "CONNACK 0 without credentials, SUBACK granted '#': every message published "
    "from now on, and every retained message, reaches anyone"
)
#: mqtt.anonymous_subscribe
ANONYMOUS_SUBSCRIBE = Weakness(
    "mqtt.anonymous_subscribe",
    Severity.MEDIUM,
    "Anonymous clients may subscribe to every topic ('#')",
    when="CONNACK 0 without credentials, SUBACK granted '#': every message published "
    "from now on, and every retained message, reaches anyone",
    remediation="In mosquitto.conf:\n  allow_anonymous false\n  password_file "
    "/etc/mosquitto/passwd\n  acl_file /etc/mosquitto/acl\n(create users with "
    "`mosquitto_passwd -c /etc/mosquitto/passwd <user>`; in the ACL give each user "
    "`topic read <its own topics>` only, and no one `topic read #`).",
    verify="`mosquitto_sub -h HOST -p PORT -t '#' -C 1 -W 5` fails with \"not authorised\"; "
    "`ajar scan HOST:PORT` shows auth_required.",
)


class MqttProbe(Probe):
    """MQTT 3.1.1/5 brokers (Mosquitto, EMQX, HiveMQ, VerneMQ...)."""

    id = "mqtt"
    guide = GUIDE
    weaknesses = (ANONYMOUS_SUBSCRIBE,)
    description = "MQTT: anonymous CONNECT, SUBSCRIBE '#' and '$SYS/#', listen, topic patterns"
    default_ports = (1883, 8883)
    schemes = ("mqtt", "mqtts")
    commands: ClassVar[frozenset[str]] = frozenset({"CONNECT", "SUBSCRIBE", "UNSUBSCRIBE", "PINGREQ", "DISCONNECT"})

    _rc: int | None = None
    _client: Any = None
    _listener: asyncio.Task[None] | None = None
    _subscribed_at: float | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cid = f"ajar-{secrets.token_hex(4)}"
        self._topics: dict[str, _Topic] = {}
        self._kept = 0
        self._kept_bytes = 0
        self._sys: dict[str, str] = {}
        #: the remaining length of a packet refused for its size (0: none refused)
        self._oversized = 0

    # ------------------------------------------------------------------ identify (raw)

    async def identify(self) -> Fingerprint:
        s = await open_stream(
            self.scope, self.target.host, self.target.port,
            timeout=self.limits.timeout, tls=self.target.tls, budget=1 << 18,
        )  # fmt: skip
        try:
            self.allow("CONNECT")
            await s.send(wire.connect_packet(self._cid, 10))
            head = await s.readexactly(2)
            if head != b"\x20\x02":
                raise NotThisEngine("the reply to an MQTT CONNECT is not a CONNACK")
            rc = wire.connack(head + await s.readexactly(2))
            self._rc = rc
            fp = Fingerprint("mqtt", tls=self.target.tls)
            fp.evidence = [evidence("CONNECT (anonymous)", f"CONNACK return code {rc}: {_CONNACK[rc]}")]
            if rc == 0:
                version = None
                with optional_step():  # the version: the CONNACK already named the engine
                    version = await self._sys_version(s)
                if version:
                    fp.info["broker"] = version
                    m = re.search(r"(\d+\.\d+(?:\.\d+)?)", version)
                    fp.version = m.group(1) if m else None
                with contextlib.suppress(Exception):
                    self.allow("DISCONNECT")
                    await s.send(b"\xe0\x00")
            return fp
        except ProtocolMismatch as e:
            raise NotThisEngine("no MQTT CONNACK") from e
        finally:
            await s.close()

    async def _sys_version(self, s: Stream) -> str | None:
        """``$SYS/broker/version`` (retained on Mosquitto), waited for at most one second."""
        self.allow("SUBSCRIBE")
        await s.send(wire.subscribe_packet(1, "$SYS/broker/version"))
        deadline = time.monotonic() + min(1.0, self.limits.timeout)
        s.timeout = 0.3
        while time.monotonic() < deadline:
            try:
                head, body = await _read_packet(s)
            except ProbeTimeout:
                continue
            except ProtocolMismatch:
                break
            if head & 0xF0 == 0x30:
                try:
                    topic, payload = wire.publish(head, body, 80)
                except ProtocolMismatch:
                    break  # a broken PUBLISH: the version stays unknown, the CONNACK stands
                if topic == "$SYS/broker/version":
                    return payload.decode("utf-8", "replace").strip() or None
        return None

    # ------------------------------------------------------------------ access (aiomqtt)

    def _hook(self, paho: Any) -> None:
        """Refuse, before it leaves, any packet type the probe does not declare (PUBLISH...)."""
        original = paho._packet_queue  # noqa: SLF001 - the one place every outgoing packet passes
        sent, allowed = self.sent, self.commands

        def guarded(command: int, packet: Any, mid: int, qos: int, info: Any = None) -> Any:
            name = _PACKETS.get(command & 0xF0, f"0x{command:02x}")
            if name not in allowed:
                raise ForbiddenCommand(f"mqtt probe tried to send {name!r}, which it does not declare")
            sent.append(name)
            return original(command, packet, mid, qos, info)

        paho._packet_queue = guarded  # noqa: SLF001
        recv = paho._sock_recv  # noqa: SLF001 - every read of an incoming packet passes here

        def bounded(bufsize: int) -> bytes:
            declared = paho._in_packet.get("remaining_length", 0)  # noqa: SLF001
            if declared > MAX_PACKET:
                self._oversized = int(declared)
                raise OSError("an MQTT packet larger than the read limit")
            return bytes(recv(bufsize))

        paho._sock_recv = bounded  # noqa: SLF001
        deliver = paho.on_message  # aiomqtt's: it reads message.topic, which raises on bytes not UTF-8

        def readable(client: Any, userdata: Any, message: Any) -> None:
            topic = getattr(message, "_topic", None)
            if isinstance(topic, bytes):  # one broken topic must not stop the messages after it
                message._topic = topic.decode("utf-8", "replace").encode()  # noqa: SLF001
            deliver(client, userdata, message)

        paho.on_message = readable

    async def access(self) -> AccessResult:
        """The checks, in order: the anonymous CONNACK (the broker's own refusal is
        ``auth_required``); the driver's anonymous session; ``SUBSCRIBE # $SYS/#`` and what
        the SUBACK granted, which is the verdict. Listening starts with the subscription."""
        if self._rc is None:
            await self.identify()
        rc = self._rc
        if rc != 0:
            said = evidence("CONNECT", f"CONNACK return code {rc}: {_CONNACK.get(rc or 0, '?')}")
            return AccessResult(Access.AUTH_REQUIRED if rc in _AUTH_CODES else Access.UNKNOWN, [said])
        ev: list[Evidence] = []
        refused = await self._connect_driver(ev)
        if refused is not None:
            return AccessResult(refused, ev)
        all_ok, sys_ok = await self._subscribe_everything(ev)
        if not all_ok and not sys_ok:
            return AccessResult(Access.UNKNOWN, ev)
        rights = Rights(
            read=all_ok,
            basis="SUBACK to an anonymous client: "
            + ("'#' granted, so every topic is readable" if all_ok else "'#' refused, only '$SYS/#' granted")
            + "; publish rights are not reported by MQTT and are never tried",
        )
        signals = [Signal(ANONYMOUS_SUBSCRIBE.id, _EVERYTHING_GRANTED)] if all_ok else []
        return AccessResult(Access.OPEN if all_ok else Access.METADATA, ev, rights, signals)

    async def _connect_driver(self, ev: list[Evidence]) -> Access | None:
        """An anonymous aiomqtt session; ``None`` when connected, else the verdict of its refusal."""
        import aiomqtt

        tls = self.target.tls
        self._client = aiomqtt.Client(
            hostname=driver_address(self.scope, self.target.host),
            port=self.target.port,
            identifier=self._cid,
            protocol=aiomqtt.ProtocolVersion.V311,
            clean_session=True,
            keepalive=max(10, int(self.limits.listen_seconds * 4)),
            timeout=self.limits.timeout,
            tls_context=client_tls_context() if tls else None,
            tls_insecure=True if tls else None,
            max_queued_incoming_messages=_MAX_KEPT,
            logger=_silent_logger(),
        )
        self._hook(self._client._client)  # noqa: SLF001 - aiomqtt's paho client
        try:
            await asyncio.wait_for(self._client.__aenter__(), self.limits.timeout)
        except aiomqtt.MqttCodeError as e:
            code = _code(e.rc)
            ev.append(evidence("CONNECT (driver)", f"refused: {code}"))
            self._client = None
            return Access.AUTH_REQUIRED if code in (4, 5, 0x86, 0x87) else Access.UNKNOWN
        except (aiomqtt.MqttError, TimeoutError) as e:
            self._client = None
            raise ProbeTimeout("mqtt: the broker did not accept the driver's CONNECT in time") from e
        return None

    async def _subscribe_everything(self, ev: list[Evidence]) -> tuple[bool, bool]:
        """``SUBSCRIBE # $SYS/#`` (listening starts first); whether each filter was granted."""
        assert self._client is not None
        self._listener = asyncio.get_running_loop().create_task(self._listen())
        import aiomqtt

        try:
            codes = await self._client.subscribe([("#", 0), ("$SYS/#", 0)], timeout=self.limits.timeout)
        except aiomqtt.MqttError as e:  # no SUBACK: the session broke, or the broker stayed silent
            if self._oversized:
                raise ProtocolMismatch(
                    f"mqtt: the broker sent a packet of {self._oversized >> 20} MiB, beyond the "
                    f"{MAX_PACKET >> 20} MiB read limit; the session was dropped before the SUBACK") from e
            raise ProbeTimeout(f"mqtt: no SUBACK to SUBSCRIBE # within {self.limits.timeout:g}s") from e
        self._subscribed_at = time.monotonic()
        granted = [_granted(c) for c in codes]
        all_ok = granted[0] if granted else False
        sys_ok = granted[1] if len(granted) > 1 else False
        ev.append(evidence("SUBSCRIBE # $SYS/#", f"SUBACK: '#' {'granted' if all_ok else 'refused (0x80)'}, "
                           f"the SYS tree {'granted' if sys_ok else 'refused (0x80)'}"))  # fmt: skip
        return all_ok, sys_ok

    async def _listen(self) -> None:
        assert self._client is not None
        cap = self.limits.max_value_bytes
        per_topic = max(1, self.limits.sample)
        with contextlib.suppress(Exception):
            async for m in self._client.messages:
                topic = str(m.topic)[:MAX_TOPIC]
                payload = m.payload if isinstance(m.payload, bytes | bytearray) else str(m.payload).encode()
                if topic.startswith("$SYS/"):
                    if len(self._sys) < 200:
                        self._sys[topic] = bytes(payload[:120]).decode("utf-8", "replace")
                    continue
                t = self._topics.get(topic)
                if t is None:
                    if len(self._topics) >= self.limits.max_keys:
                        continue
                    t = self._topics[topic] = _Topic()
                t.seen += 1
                if len(t.kept) < per_topic and self._kept < _MAX_KEPT and self._kept_bytes < _MAX_KEPT_BYTES:
                    t.kept.append(_Msg(bytes(payload[:cap]), bool(m.retain), datetime.now(UTC)))
                    self._kept += 1
                    self._kept_bytes += min(len(payload), cap)

    # ------------------------------------------------------------------ inventory and sample

    async def inventory(self) -> list[DatasetRef]:
        if self._subscribed_at is None:
            return []
        left = self._subscribed_at + self.limits.listen_seconds - time.monotonic()
        if left > 0:
            await asyncio.sleep(left)
        patterns = topic_pattern(list(self._topics))
        groups: dict[str, list[str]] = {}
        for t, p in patterns.items():
            groups.setdefault(p, []).append(t)
        refs: list[DatasetRef] = []
        for pattern, topics in sorted(groups.items(), key=lambda kv: -sum(self._topics[t].seen for t in kv[1])):
            seen = sum(self._topics[t].seen for t in topics)
            size = sum(len(m.payload) for t in topics for m in self._topics[t].kept)
            refs.append(DatasetRef(pattern, "topic", seen, size or None, topics))
            if len(refs) >= self.limits.max_datasets:
                break
        return refs

    async def sample(self, dataset: DatasetRef, n: int) -> Sample:
        msgs = [(t, m) for t in dataset.handle for m in self._topics[t].kept]
        retained = [x for x in msgs if x[1].retained]
        live = [x for x in msgs if not x[1].retained]
        random.shuffle(retained)
        random.shuffle(live)
        chosen = (retained + live)[:n]
        newest = sorted(live, key=lambda x: x[1].received, reverse=True)[: min(n, 50)]
        out = Sample([_record(t, m) for t, m in chosen], [_record(t, m) for t, m in newest])
        for t in dataset.handle:  # the payloads now live in the sample only, which the framework drops
            self._topics[t].kept.clear()
        return out

    async def recount(self, dataset: DatasetRef) -> int | None:
        return sum(self._topics[t].seen for t in dataset.handle if t in self._topics)

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(self._listener, 1.0)
            self._listener = None
        if self._client is not None:
            client, self._client = self._client, None
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(client.__aexit__(None, None, None), 2.0)
            # a broker that dropped the connection leaves aiomqtt's socket and housekeeping task
            # to the garbage collector, after the event loop is gone: close both while it runs
            with contextlib.suppress(BaseException):
                client._client._reset_sockets()  # noqa: SLF001 - paho's own socket teardown
            misc = getattr(client, "_misc_task", None)
            if isinstance(misc, asyncio.Task) and not misc.done():
                misc.cancel()
                await asyncio.gather(misc, return_exceptions=True)


def _code(code: Any) -> int:
    value = getattr(code, "value", code)
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _granted(code: Any) -> bool:
    return 0 <= _code(code) < 0x80


def _record(topic: str, m: _Msg) -> Record:
    value = decode_value(m.payload)
    data = value if isinstance(value, dict) else {"value": value}
    meta = {} if m.retained else {"created": m.received}
    return Record({"_topic": topic, **data}, meta)
