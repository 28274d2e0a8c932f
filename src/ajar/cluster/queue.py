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
from enum import StrEnum
from typing import Any, Protocol
from urllib.parse import urlsplit

from ajar.errors import UsageError
from ajar.names import clean, mask_uri

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

    async def withdraw_vantage(self, vantage: str, run: str) -> Silence:
        """Why ``vantage`` has not answered ``run``'s job; the job withdrawn when no worker took it (a job
        left queued would wait forever, or run for nobody when a worker of that vantage starts)."""

    async def publish(self, run: str, msg_id: str, data: bytes) -> None:
        """A result, stored once per ``msg_id``."""

    def results(self, run: str) -> AsyncIterator[tuple[str, bytes]]:
        """Every result of ``run`` as ``(msg_id, data)``, first those already stored, then as they come."""

    async def close(self) -> None:
        """Let go of the connection."""


class Silence(StrEnum):
    """Why a vantage did not answer a verification job in time."""

    NEVER = "never"  # no worker of it has ever taken a job from this queue
    UNTAKEN = "untaken"  # it has workers, but none took the job
    TAKEN = "taken"  # a worker took the job and had not answered


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
    _polled: set[str] = field(default_factory=set)  # vantages a worker has asked for a job

    def _vantage(self, vantage: str) -> MemoryQueue:
        if vantage not in self._vantages:
            self._vantages[vantage] = MemoryQueue(self.ack_wait, self.max_ack_pending)
        return self._vantages[vantage]

    async def submit_vantage(self, vantage: str, run: str, jobs: list[bytes]) -> None:
        await self._vantage(vantage).submit(run, jobs)

    async def next_vantage_job(self, vantage: str, timeout: float) -> Job | None:
        self._polled.add(vantage)
        return await self._vantage(vantage).next_job(timeout)

    async def withdraw_vantage(self, vantage: str, run: str) -> Silence:
        q = self._vantage(vantage)
        if not q._ready:
            return Silence.TAKEN
        q._ready.clear()  # one verification run at a time per in-process queue: its job is the queued one
        return Silence.UNTAKEN if vantage in self._polled else Silence.NEVER

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


#: Seconds a JetStream API request may take (nats-py's default).
JS_TIMEOUT = 5.0
#: JetStream's error code for "stream name already in use": the stream is there with another configuration.
_STREAM_IN_USE = 10058
#: JetStream's error code for "stream not found".
_STREAM_NOT_FOUND = 10059
#: JetStream's error code for "subjects overlap with an existing stream".
_SUBJECTS_OVERLAP = 10065
#: JetStream's error codes for "no message found" and "consumer not found".
_NO_MESSAGE, _NO_CONSUMER = 10037, 10014


async def _streams(js: Any, shown: str, denied: list[str]) -> None:
    """The three streams, made or brought to ajar's configuration, or the :func:`jetstream_problem` of one.

    Only a stream that is already there (with another configuration) is updated; any other refusal to make
    one (its subjects held by another stream, no room in JetStream's limits) is the problem told.
    """
    from nats.js.api import RetentionPolicy, StorageType, StreamConfig
    from nats.js.errors import BadRequestError

    for cfg in (
        StreamConfig(name=WORK_STREAM, subjects=["ajar.work.>"], retention=RetentionPolicy.WORK_QUEUE,
                     storage=StorageType.FILE),
        StreamConfig(name=VERIFY_STREAM, subjects=["ajar.verify.>"], retention=RetentionPolicy.WORK_QUEUE,
                     storage=StorageType.FILE),
        StreamConfig(name=RESULT_STREAM, subjects=["ajar.result.>"], storage=StorageType.FILE,
                     duplicate_window=3600.0),
    ):
        try:
            try:
                await js.add_stream(cfg)
            except BadRequestError as e:
                if e.err_code != _STREAM_IN_USE:
                    raise
                await js.update_stream(cfg)
        except Exception as e:  # noqa: BLE001 - nats raises several unrelated types
            raise jetstream_problem(e, shown, denied, cfg.name) from None


def jetstream_problem(e: BaseException, shown: str, denied: list[str], stream: str | None = None) -> UsageError:
    """What a JetStream request the server at ``shown`` did not grant means, and the fix, as a usage error.

    ``denied``: the permission violations the server reported on this connection (it answers a denied
    request with nothing, so the request times out); ``stream``: the stream the request was about.
    Four problems are told apart: JetStream off (for the server, or for the account of the ``--nats``
    user), a stream missing or not made, no permission, and a timeout.
    """
    from nats.errors import NoRespondersError
    from nats.errors import TimeoutError as NatsTimeout
    from nats.js.errors import APIError, NoStreamResponseError, NotFoundError, ServiceUnavailableError

    where = f"the NATS server at {shown}"
    which = f"stream {stream}" if stream else "a stream of ajar's"
    if denied:
        return UsageError(f"{where} denied ajar's JetStream request ({clean(denied[0])[:200]}): give the --nats user "
                          "permission to publish to $JS.API.> and ajar.> and to subscribe to _INBOX.>, or name in "
                          "--nats a user who has it")
    if isinstance(e, ServiceUnavailableError | NoRespondersError):
        return UsageError(f"{where} has no JetStream (nothing answered its JetStream API): start it with JetStream "
                          "on, nats-server -js -sd DIR, or enable JetStream for the account of the --nats user")
    if isinstance(e, NoStreamResponseError) or (isinstance(e, NotFoundError) and e.err_code == _STREAM_NOT_FOUND):
        return UsageError(f"{which} is missing on {where} (deleted while ajar ran?); run the command again: "
                          "ajar makes its streams when it connects")
    if isinstance(e, NatsTimeout | TimeoutError):
        return UsageError(f"{where} did not answer ajar's JetStream request within {JS_TIMEOUT:g} s: its JetStream "
                          "may be overloaded, on a slow disk or without a leader (a cluster); see the server's log "
                          "and run the command again")
    if isinstance(e, APIError):
        said = clean(e.description or "no description")[:200]
        fix = ("another stream holds some of ajar's subjects (ajar.work.>, ajar.verify.>, ajar.result.>): delete "
               "it or move its subjects" if e.err_code == _SUBJECTS_OVERLAP else
               "see the server's log; raise its JetStream limits (max_file_store, max_streams) if it ran out")
        return UsageError(f"{where} could not make or use {which}: {said} (JetStream error {e.err_code}); {fix}")
    return UsageError(f"{where} refused ajar's JetStream request ({type(e).__name__}); see the server's log")


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

    def __init__(self, nc: Any, js: Any, ack_wait: float, max_ack_pending: int, shown: str = "",
                 denied: list[str] | None = None) -> None:
        self.nc, self.js = nc, js
        #: The server as messages name it (password masked); the permission violations it reported.
        self.shown, self.denied = shown, denied if denied is not None else []
        self.ack_wait, self.max_ack_pending = ack_wait, max_ack_pending
        self._sub: Any = None
        self._vsubs: dict[str, Any] = {}

    @classmethod
    async def connect(cls, url: str, *, ack_wait: float = 30.0, max_ack_pending: int = 64) -> NatsQueue:
        import nats

        nats_endpoint(url)
        shown = mask_uri(url)
        connected = False
        denied: list[str] = []

        async def on_error(e: Exception) -> None:
            """nats-py's own callback logs each error with a traceback: before the connection the
            UsageError below says it all; after it, a permission violation is kept for the message of the
            request it stalled, any other error is one line naming the server and the error's type."""
            if "permissions violation" in str(e).lower():
                denied.append(str(e).removeprefix("nats: "))
            elif connected:
                _log.warning("NATS server %s: %s", shown, type(e).__name__)

        try:
            nc = await nats.connect(url, connect_timeout=5, max_reconnect_attempts=3, allow_reconnect=True,
                                    name="ajar", error_cb=on_error)
        except Exception as e:  # noqa: BLE001 - nats raises several unrelated types
            raise UsageError(f"cannot reach the NATS server at {shown} ({type(e).__name__}); is nats-server "
                             "running there with JetStream (nats-server -js), and is --nats its address?") from None
        connected = True
        js = nc.jetstream(timeout=JS_TIMEOUT)
        try:
            await _streams(js, shown, denied)
        except UsageError:
            with contextlib.suppress(Exception):
                await nc.close()
            raise
        return cls(nc, js, ack_wait, max_ack_pending, shown, denied)

    @contextlib.asynccontextmanager
    async def _granted(self, stream: str) -> AsyncIterator[None]:
        """A JetStream request about ``stream``; its refusal raised as its :func:`jetstream_problem`."""
        from nats.errors import Error as NatsError

        try:
            yield
        except (NatsError, TimeoutError) as e:
            raise jetstream_problem(e, self.shown, self.denied, stream) from None

    async def submit(self, run: str, shards: list[bytes]) -> None:
        for i, s in enumerate(shards):
            async with self._granted(WORK_STREAM):
                await self.js.publish(f"ajar.work.{run}", s, headers={"Nats-Msg-Id": f"{run}|shard|{i}"})

    async def next_job(self, timeout: float) -> Job | None:
        from nats.errors import TimeoutError as NatsTimeout
        from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

        if self._sub is None:
            async with self._granted(WORK_STREAM):
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
            async with self._granted(VERIFY_STREAM):
                await self.js.publish(f"ajar.verify.{vantage_name(vantage)}.{run}", j,
                                      headers={"Nats-Msg-Id": f"{run}|verify|{vantage}|{i}"})

    async def next_vantage_job(self, vantage: str, timeout: float) -> Job | None:
        from nats.errors import TimeoutError as NatsTimeout
        from nats.js.api import AckPolicy, ConsumerConfig

        if vantage not in self._vsubs:
            async with self._granted(VERIFY_STREAM):
                self._vsubs[vantage] = await self.js.pull_subscribe(
                    f"ajar.verify.{vantage_name(vantage)}.>", durable=f"ajar-verify-{vantage}", stream=VERIFY_STREAM,
                    config=ConsumerConfig(ack_policy=AckPolicy.EXPLICIT, ack_wait=self.ack_wait, max_deliver=10),
                )  # fmt: skip
        try:
            msgs = await self._vsubs[vantage].fetch(1, timeout=timeout)
        except (NatsTimeout, TimeoutError):
            return None
        return _NatsJob(msgs[0]) if msgs else None

    async def withdraw_vantage(self, vantage: str, run: str) -> Silence:
        from nats.js.errors import NotFoundError

        subject = f"ajar.verify.{vantage_name(vantage)}.{run}"
        async with self._granted(VERIFY_STREAM):
            try:
                job = await self.js.get_last_msg(VERIFY_STREAM, subject)
            except NotFoundError as e:
                if e.err_code != _NO_MESSAGE:
                    raise
                return Silence.TAKEN  # acked: gone from the work queue
            try:
                consumer = await self.js.consumer_info(VERIFY_STREAM, f"ajar-verify-{vantage}")
            except NotFoundError as e:
                if e.err_code != _NO_CONSUMER:
                    raise
                consumer = None  # made by the first worker of that vantage: none has run here
            if consumer is not None and consumer.delivered.stream_seq >= job.seq:
                return Silence.TAKEN
            await self.js.purge_stream(VERIFY_STREAM, subject=subject)
        return Silence.NEVER if consumer is None else Silence.UNTAKEN

    async def publish(self, run: str, msg_id: str, data: bytes) -> None:
        async with self._granted(RESULT_STREAM):
            await self.js.publish(f"ajar.result.{run}", data, headers={"Nats-Msg-Id": msg_id})

    async def results(self, run: str) -> AsyncIterator[tuple[str, bytes]]:
        from nats.errors import TimeoutError as NatsTimeout

        async with self._granted(RESULT_STREAM):
            sub = await self.js.pull_subscribe(f"ajar.result.{run}", durable=f"coordinator-{run}",
                                               stream=RESULT_STREAM)
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
