"""The work queue contract, on NATS JetStream or in process.

Two streams (JetStream names; the in-process queue mirrors them):

* ``AJAR_WORK`` (subjects ``ajar.work.<run>``), retention *work queue*: each shard is
  delivered to one worker of the shared durable pull consumer ``ajar-workers``. A worker
  acks a shard when it is done and says "in progress" while it works; a shard not acked
  within ``ack_wait`` (its worker died) is delivered again, to any worker. At most
  ``max_ack_pending`` shards are out at once: back-pressure.
* ``AJAR_VERIFY`` (subjects ``ajar.verify.<vantage>.<run>``), retention *work queue*, one
  durable consumer per vantage (``ajar-verify-<vantage>``): a verification job reaches a
  worker of each vantage named, so that the same check runs from every network.
* ``AJAR_RESULTS`` (subjects ``ajar.result.<run>``): what workers found, each message with
  the id ``run|stage|address|port`` (JetStream's ``Nats-Msg-Id``), so that a result
  published twice (a shard redelivered after its worker died midway) is stored once; the
  coordinator also keeps the first of each id.

:class:`MemoryQueue` gives the same contract inside one process (tests, a local run);
:class:`NatsQueue` is the real one. The contract tests run the same scenarios on both.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

from ajar.errors import UsageError
from ajar.names import mask_uri

WORK_STREAM, RESULT_STREAM, CONSUMER = "AJAR_WORK", "AJAR_RESULTS", "ajar-workers"
VERIFY_STREAM = "AJAR_VERIFY"
_log = logging.getLogger("ajar.cluster")
_VANTAGE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


def vantage_name(name: str) -> str:
    """A vantage name usable in a subject: letters, digits, ``_`` and ``-``, at most 32."""
    if not _VANTAGE.match(name):
        raise UsageError(f"--vantage {name!r}: use letters, digits, _ and - (at most 32), e.g. NL or eu-west")
    return name


class Job(Protocol):
    """One delivered shard."""

    data: bytes
    deliveries: int

    async def ack(self) -> None:
        """Done: never delivered again."""

    async def progress(self) -> None:
        """Still working: restart the ack timer."""


class WorkQueue(Protocol):
    """What the coordinator and the workers need from a queue."""

    async def submit(self, run: str, shards: list[bytes]) -> None:
        """Queue a run's shards."""

    async def next_job(self, timeout: float) -> Job | None:
        """The next shard for this worker, or None after ``timeout`` seconds without one."""

    async def submit_vantage(self, vantage: str, run: str, jobs: list[bytes]) -> None:
        """Queue jobs for the workers of one vantage point only (verification)."""

    async def next_vantage_job(self, vantage: str, timeout: float) -> Job | None:
        """The next job queued for ``vantage``, or None after ``timeout`` seconds."""

    async def publish(self, run: str, msg_id: str, data: bytes) -> None:
        """A result, stored once per ``msg_id``."""

    def results(self, run: str) -> AsyncIterator[tuple[str, bytes]]:
        """Every result of ``run`` as ``(msg_id, data)``, first those already stored, then as they come."""

    async def close(self) -> None:
        """Let go of the connection."""


# --------------------------------------------------------------------------- in process


@dataclass
class _MemJob:
    data: bytes
    seq: int
    queue: MemoryQueue
    deliveries: int = 1

    async def ack(self) -> None:
        self.queue._acked(self.seq)

    async def progress(self) -> None:
        if self.seq in self.queue._pending:
            self.queue._pending[self.seq] = (time.monotonic() + self.queue.ack_wait, self)


@dataclass
class MemoryQueue:
    """The contract inside one process: work-queue delivery, acks, redelivery, back-pressure, dedupe."""

    ack_wait: float = 30.0
    max_ack_pending: int = 64
    _ready: list[tuple[int, bytes, int]] = field(default_factory=list)  # (seq, data, deliveries)
    _pending: dict[int, tuple[float, _MemJob]] = field(default_factory=dict)
    _seq: int = 0
    _results: dict[str, list[tuple[str, bytes]]] = field(default_factory=dict)
    _ids: set[str] = field(default_factory=set)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _vantages: dict[str, MemoryQueue] = field(default_factory=dict)

    def _vantage(self, vantage: str) -> MemoryQueue:
        if vantage not in self._vantages:
            self._vantages[vantage] = MemoryQueue(self.ack_wait, self.max_ack_pending)
        return self._vantages[vantage]

    async def submit_vantage(self, vantage: str, run: str, jobs: list[bytes]) -> None:
        await self._vantage(vantage).submit(run, jobs)

    async def next_vantage_job(self, vantage: str, timeout: float) -> Job | None:
        return await self._vantage(vantage).next_job(timeout)

    def _wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def submit(self, run: str, shards: list[bytes]) -> None:
        for s in shards:
            self._seq += 1
            self._ready.append((self._seq, s, 0))
        self._wake()

    def _expire(self) -> None:
        now = time.monotonic()
        for seq, (deadline, job) in list(self._pending.items()):
            if deadline <= now:
                del self._pending[seq]
                self._ready.insert(0, (seq, job.data, job.deliveries))

    def _acked(self, seq: int) -> None:
        self._pending.pop(seq, None)
        self._wake()

    async def next_job(self, timeout: float) -> Job | None:
        end = time.monotonic() + timeout
        while True:
            self._expire()
            if self._ready and len(self._pending) < self.max_ack_pending:
                seq, data, n = self._ready.pop(0)
                job = _MemJob(data, seq, self, n + 1)
                self._pending[seq] = (time.monotonic() + self.ack_wait, job)
                return job
            left = end - time.monotonic()
            if left <= 0:
                return None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(left, 0.1))

    async def publish(self, run: str, msg_id: str, data: bytes) -> None:
        if msg_id in self._ids:
            return
        self._ids.add(msg_id)
        self._results.setdefault(run, []).append((msg_id, data))
        self._wake()

    async def results(self, run: str) -> AsyncIterator[tuple[str, bytes]]:
        i = 0
        while True:
            got = self._results.get(run, [])
            while i < len(got):
                yield got[i]
                i += 1
            await self._changed.wait()

    async def close(self) -> None:
        return None


# --------------------------------------------------------------------------- NATS JetStream


def nats_endpoint(url: str) -> tuple[str, int]:
    """The server address of a ``nats://IP:PORT`` URL (an IP literal: a worker resolves no name)."""
    import ipaddress

    u = urlsplit(url)
    if u.scheme not in ("nats", "tls") or not u.hostname:
        raise UsageError(f"--nats {url!r}: write it as nats://IP:PORT, e.g. nats://127.0.0.1:4222")
    try:
        ipaddress.ip_address(u.hostname)
    except ValueError as e:
        raise UsageError(f"--nats {url!r}: give the server's IP address, not a name") from e
    try:
        port = u.port or 4222
    except ValueError as e:
        raise UsageError(f"--nats {url!r}: the port is not a number") from e
    return u.hostname, port


async def _streams(js: Any) -> None:
    """The three streams, made or brought to ajar's configuration."""
    from nats.js.api import RetentionPolicy, StorageType, StreamConfig

    for cfg in (
        StreamConfig(name=WORK_STREAM, subjects=["ajar.work.>"], retention=RetentionPolicy.WORK_QUEUE,
                     storage=StorageType.FILE),
        StreamConfig(name=VERIFY_STREAM, subjects=["ajar.verify.>"], retention=RetentionPolicy.WORK_QUEUE,
                     storage=StorageType.FILE),
        StreamConfig(name=RESULT_STREAM, subjects=["ajar.result.>"], storage=StorageType.FILE,
                     duplicate_window=3600.0),
    ):
        try:
            await js.add_stream(cfg)
        except Exception:  # noqa: BLE001 - exists already (with our config): fine
            await js.update_stream(cfg)


class _NatsJob:
    def __init__(self, msg: Any) -> None:
        self.msg = msg
        self.data: bytes = msg.data
        self.deliveries: int = msg.metadata.num_delivered

    async def ack(self) -> None:
        await self.msg.ack()

    async def progress(self) -> None:
        await self.msg.in_progress()


class NatsQueue:
    """The contract on a NATS JetStream server."""

    def __init__(self, nc: Any, js: Any, ack_wait: float, max_ack_pending: int) -> None:
        self.nc, self.js = nc, js
        self.ack_wait, self.max_ack_pending = ack_wait, max_ack_pending
        self._sub: Any = None
        self._vsubs: dict[str, Any] = {}

    @classmethod
    async def connect(cls, url: str, *, ack_wait: float = 30.0, max_ack_pending: int = 64) -> NatsQueue:
        import nats

        nats_endpoint(url)
        shown = mask_uri(url)
        connected = False

        async def on_error(e: Exception) -> None:
            """nats-py's own callback logs each error with a traceback: before the connection the
            UsageError below says it all; after it, one line naming the server and the error's type."""
            if connected:
                _log.warning("NATS server %s: %s", shown, type(e).__name__)

        try:
            nc = await nats.connect(url, connect_timeout=5, max_reconnect_attempts=3, allow_reconnect=True,
                                    name="ajar", error_cb=on_error)
        except Exception as e:  # noqa: BLE001 - nats raises several unrelated types
            raise UsageError(f"cannot reach the NATS server at {shown} ({type(e).__name__}); is nats-server "
                             "running there with JetStream (nats-server -js), and is --nats its address?") from None
        connected = True
        js = nc.jetstream()
        try:
            await _streams(js)
        except Exception as e:  # noqa: BLE001 - nats raises several unrelated types
            with contextlib.suppress(Exception):
                await nc.close()
            raise UsageError(f"the NATS server at {shown} refused ajar's JetStream streams ({type(e).__name__}); "
                             "start it with JetStream on: nats-server -js -sd DIR") from None
        return cls(nc, js, ack_wait, max_ack_pending)

    async def submit(self, run: str, shards: list[bytes]) -> None:
        for i, s in enumerate(shards):
            await self.js.publish(f"ajar.work.{run}", s, headers={"Nats-Msg-Id": f"{run}|shard|{i}"})

    async def next_job(self, timeout: float) -> Job | None:
        from nats.errors import TimeoutError as NatsTimeout
        from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

        if self._sub is None:
            self._sub = await self.js.pull_subscribe(
                "ajar.work.>", durable=CONSUMER, stream=WORK_STREAM,
                config=ConsumerConfig(ack_policy=AckPolicy.EXPLICIT, ack_wait=self.ack_wait,
                                      max_ack_pending=self.max_ack_pending, deliver_policy=DeliverPolicy.ALL,
                                      max_deliver=10),
            )  # fmt: skip
        try:
            msgs = await self._sub.fetch(1, timeout=timeout)
        except (NatsTimeout, TimeoutError):
            return None
        return _NatsJob(msgs[0]) if msgs else None

    async def submit_vantage(self, vantage: str, run: str, jobs: list[bytes]) -> None:
        for i, j in enumerate(jobs):
            await self.js.publish(f"ajar.verify.{vantage_name(vantage)}.{run}", j,
                                  headers={"Nats-Msg-Id": f"{run}|verify|{vantage}|{i}"})

    async def next_vantage_job(self, vantage: str, timeout: float) -> Job | None:
        from nats.errors import TimeoutError as NatsTimeout
        from nats.js.api import AckPolicy, ConsumerConfig

        if vantage not in self._vsubs:
            self._vsubs[vantage] = await self.js.pull_subscribe(
                f"ajar.verify.{vantage_name(vantage)}.>", durable=f"ajar-verify-{vantage}", stream=VERIFY_STREAM,
                config=ConsumerConfig(ack_policy=AckPolicy.EXPLICIT, ack_wait=self.ack_wait, max_deliver=10),
            )  # fmt: skip
        try:
            msgs = await self._vsubs[vantage].fetch(1, timeout=timeout)
        except (NatsTimeout, TimeoutError):
            return None
        return _NatsJob(msgs[0]) if msgs else None

    async def publish(self, run: str, msg_id: str, data: bytes) -> None:
        await self.js.publish(f"ajar.result.{run}", data, headers={"Nats-Msg-Id": msg_id})

    async def results(self, run: str) -> AsyncIterator[tuple[str, bytes]]:
        from nats.errors import TimeoutError as NatsTimeout

        sub = await self.js.pull_subscribe(f"ajar.result.{run}", durable=f"coordinator-{run}", stream=RESULT_STREAM)
        while True:
            try:
                msgs = await sub.fetch(256, timeout=1.0)
            except (NatsTimeout, TimeoutError):
                continue
            for m in msgs:
                await m.ack()
                yield (m.headers or {}).get("Nats-Msg-Id", ""), m.data

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.nc.close(), 5)
