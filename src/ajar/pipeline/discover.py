"""Stage 2, discover: a TCP connect scan of the scope's ports, in constant memory.

The scope is never listed. :class:`JobSpace` numbers every (address, port) job of the
parsed scope (named services first, then each block's addresses x ports) and maps a job
number back to its address and port arithmetically; a seeded :class:`CyclicPermutation`
walks the numbers in random order (as ZMap does), so that consecutive connects land on
different hosts and subnets. :func:`ajar.net.connect_scan` runs the connects: a global,
per-host and per-second limit, a connect timeout. Results are yielded as they come: open
ports only, except that a named port (``host:port``, a URI) is yielded whatever its state,
so that a closed or silent service the user named is recorded with its status.

Progress is a *position* in the permutation: every position below the watermark is done,
and the few done above it are listed (:class:`Checkpoint`), which is all a resumed scan
needs to go on without losing or repeating a job.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import itertools
import os
import pickle
import struct
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ajar import errors
from ajar.net import PortState, ScanJob, Scope, connect_scan
from ajar.pipeline.permute import CyclicPermutation
from ajar.pipeline.scope import HostPort, ParsedScope


@dataclass(frozen=True)
class PortResult:
    """One swept port and its state."""

    endpoint: HostPort
    port: int
    state: PortState


@dataclass
class Checkpoint:
    """Where discovery stands: every position < ``watermark`` is done, and so is each in ``done``."""

    watermark: int = 0
    done: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class _Segment:
    version: int
    base: int
    count: int  # addresses
    ports: tuple[int, ...]
    named: bool


class JobSpace:
    """Every (address, port) job of a parsed scope, numbered ``0 .. size-1`` without listing them."""

    def __init__(self, parsed: ParsedScope, ports: list[int]) -> None:
        self.scope = parsed.scope
        self.explicit: list[tuple[HostPort, int]] = [
            (ep, p) for ep in parsed.endpoints for p in ((ep.port,) if ep.port is not None else ports)
        ]
        self.segments: list[_Segment] = []
        for b in parsed.blocks:
            n = b.network
            self.segments.append(_Segment(n.version, int(n.network_address), n.num_addresses,
                                          (b.port,) if b.port is not None else tuple(ports),
                                          b.port is not None and n.num_addresses == 1))
        self.offsets: list[int] = []
        total = len(self.explicit)
        for s in self.segments:
            self.offsets.append(total)
            total += s.count * len(s.ports)
        self.size = total

    def job(self, j: int) -> tuple[HostPort | None, int, int, int, bool]:
        """Job ``j``: (named endpoint or None, IP version, address number, port, named)."""
        if j < len(self.explicit):
            ep, port = self.explicit[j]
            ip = _ip_int(ep.host)
            return ep, ip[0], ip[1], port, True
        k = bisect.bisect_right(self.offsets, j) - 1
        s = self.segments[k]
        a, p = divmod(j - self.offsets[k], len(s.ports))
        return None, s.version, s.base + a, s.ports[p], s.named

    def permutation(self, seed: int) -> CyclicPermutation:
        """The seeded random order of this space's jobs."""
        return CyclicPermutation(self.size, seed)


def _ip_int(host: str) -> tuple[int, int]:
    import ipaddress

    ip = ipaddress.ip_address(host.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.version, int(ip)


async def sweep(
    parsed: ParsedScope,
    ports: list[int],
    *,
    timeout: float,
    concurrency: int,
    per_host: int,
    rate: float | None = None,
    seed: int = 0,
    positions: tuple[int, int] | None = None,
    resume: Checkpoint | None = None,
    on_done: Callable[[int], None] | None = None,
    on_checkpoint: Callable[[Checkpoint], None] | None = None,
    checkpoint_every: float = 0.5,
    processes: int = 1,
    stride: tuple[int, int] = (0, 1),
) -> AsyncIterator[PortResult]:
    """Yield :class:`PortResult` for every open port, and for every explicitly named port.

    ``positions`` limits the walk to a shard ``[lo, hi)`` of the permutation; ``resume``
    skips what a checkpoint says is done. ``on_done(n)`` counts finished jobs (batched);
    ``on_checkpoint`` receives the progress at most every ``checkpoint_every`` seconds and
    once at the end. ``processes`` above one shares the walk out to that many processes
    (:mod:`ajar.pipeline.shard`; see :func:`processes_for`), each taking one residue class
    of the positions; ``stride`` ``(k, n)`` is that class (``start + k``, step ``n``), and the
    checkpoints a strided walk reports cover its own class only.
    """
    if processes > 1:
        async for res in _parallel(parsed, ports, timeout=timeout, concurrency=concurrency, per_host=per_host,
                                    rate=rate, seed=seed, positions=positions, resume=resume, on_done=on_done,
                                    on_checkpoint=on_checkpoint, checkpoint_every=checkpoint_every,
                                    processes=processes):
            yield res
        return
    space = JobSpace(parsed, ports)
    perm = space.permutation(seed)
    lo, hi = positions if positions is not None else (0, perm.length)
    state = resume or Checkpoint(watermark=lo)
    start = max(lo, state.watermark)
    offset, step = stride
    # checkpoints travel in the queue behind the results they cover: one is handed to
    # ``on_checkpoint`` only after the caller has handled (journaled) every earlier result
    queue: asyncio.Queue[PortResult | Checkpoint | None] = asyncio.Queue()
    order: deque[int] = deque()  # positions in launch order, from the oldest not yet done
    pending: set[int] = set()  # launched, no answer yet
    finished = 0
    scope: Scope = parsed.scope
    last_mark = time.monotonic()
    skipped = [0]

    track = on_checkpoint is not None  # positions are followed only for a checkpoint
    check = bool(scope.excluded)
    single = space.segments[0] if not space.explicit and len(space.segments) == 1 else None

    def jobs() -> Iterator[ScanJob]:
        skip = state.done
        took, launched = order.append, pending.add
        if single is not None:  # the common case, one block: no lookup, locals only
            nports, sports, sversion, sbase, snamed = len(single.ports), single.ports, single.version, \
                single.base, single.named
        for pos, j in perm.walk(start + offset, hi, step):
            if skip and pos in skip:
                continue
            if single is not None:
                a, p = divmod(j, nports)
                ep, version, n, port, named = None, sversion, sbase + a, sports[p], snamed
            else:
                ep, version, n, port, named = space.job(j)
            if track:
                took(pos)
                following[0] = pos + 1
            if check and not scope.allows_int(version, n):  # excluded: done without a packet
                skipped[0] += 1
                continue
            if track:
                launched(pos)
            yield version, n, port, (pos, ep, named)

    def mark() -> Checkpoint:
        """Every position before the oldest unanswered one is done; the done ones after it are listed."""
        while order and order[0] not in pending:
            order.popleft()
        if not order:  # nothing unanswered: every position up to the last one taken is done
            return Checkpoint(hi if jobs_done[0] else following[0], set())
        return Checkpoint(order[0], {p for p in order if p not in pending})

    jobs_done = [False]
    following = [start + offset]  # the position after the last one taken from the walk

    def result(tag: tuple[int, HostPort | None, bool], host: str, port: int, st: PortState) -> None:
        nonlocal finished, last_mark
        pos, ep, named = tag
        finished += 1
        if st == "open" or named:
            queue.put_nowait(PortResult(ep or HostPort(host), port, st))
        if finished >= 1024:
            if on_done:
                on_done(finished + skipped[0])
            finished, skipped[0] = 0, 0
        if track:
            pending.discard(pos)
            if finished & 63 == 0 and time.monotonic() - last_mark >= checkpoint_every:
                last_mark = time.monotonic()
                cp = mark()
                cp.done |= {p for p in state.done if p >= cp.watermark}  # a resumed run's, not yet passed
                queue.put_nowait(cp)

    async def run_all() -> None:
        try:
            await connect_scan(scope, jobs(), result, timeout=timeout, concurrency=concurrency,
                               per_host=per_host, rate=rate)
            jobs_done[0] = True
            if on_done:
                on_done(finished + skipped[0])
            queue.put_nowait(Checkpoint(hi, set()))
        finally:
            await queue.put(None)

    task = asyncio.create_task(run_all())
    try:
        while (item := await queue.get()) is not None:
            if isinstance(item, Checkpoint):
                if on_checkpoint:
                    on_checkpoint(item)
            else:
                yield item
        await task  # raise the scan's error, if any
    finally:
        if not task.done():
            task.cancel()
        await asyncio.gather(task, return_exceptions=True)


#: the fewest jobs worth a second process (its start-up costs about 0.2 s of CPU)
PARALLEL_MIN_JOBS = 1 << 16
#: the lowest ``--rate`` worth a second process: below it one process keeps up with the pacing
PARALLEL_MIN_RATE = 20_000.0
#: the most processes discovery uses
PARALLEL_MAX = 4
#: the most positions a composed checkpoint lists above its watermark: one walk ahead of another by
#: more than this is not listed (a resumed scan tries those again: never a job lost, a few repeated),
#: so that a checkpoint stays small however far the processes drift apart
DONE_CAP = 2048


def processes_for(jobs: int, per_host: int, rate: float | None) -> int:
    """How many processes discovery uses: one per CPU this process may run on (at most
    :data:`PARALLEL_MAX`), for a sweep of at least :data:`PARALLEL_MIN_JOBS` jobs at no rate
    or a high one (:data:`PARALLEL_MIN_RATE`), never more than ``per_host`` (each process gets
    its share of the per-host limit, so together they keep it). Otherwise one.
    ``AJAR_DISCOVERY_PROCESSES`` sets the number (1: never share out)."""
    env = os.environ.get("AJAR_DISCOVERY_PROCESSES", "").strip()
    if env.isdigit() and int(env) >= 1:
        return max(1, min(int(env), per_host, PARALLEL_MAX))
    if jobs < PARALLEL_MIN_JOBS or (rate and rate < PARALLEL_MIN_RATE):
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), per_host, PARALLEL_MAX))


_END = object()


class _Shard:
    """One strided walk in a forked child (:mod:`ajar.pipeline.shard`): its messages, as they come."""

    def __init__(self, k: int, args: dict[str, Any], events: asyncio.Queue[tuple[int, object]]) -> None:
        from ajar.pipeline import shard

        self.k, self.events, self.buf, self.ended = k, events, bytearray(), False
        self.code: int | None = None  # exit code, once reaped
        self.pid, self.fd = shard.start(sweep, args)
        os.set_blocking(self.fd, False)
        asyncio.get_running_loop().add_reader(self.fd, self._read)

    def _reap(self, kill: bool) -> int:
        if self.code is None:
            if kill:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(self.pid, 9)  # our own child, by its PID
            self.code = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        return self.code

    def _read(self) -> None:
        try:
            data = os.read(self.fd, 1 << 16)
        except BlockingIOError:
            return
        if not data:
            asyncio.get_running_loop().remove_reader(self.fd)
            code = self._reap(kill=False)
            if not self.ended:
                self.events.put_nowait((self.k, RuntimeError(f"a discovery process ended early (exit {code})")))
            return
        self.buf += data
        while len(self.buf) >= 4:
            (size,) = struct.unpack_from(">I", self.buf)
            if len(self.buf) < 4 + size:
                break
            msg = pickle.loads(bytes(self.buf[4:4 + size]))  # our own child's messages, never a target's bytes
            del self.buf[:4 + size]
            if msg[0] == "e":
                self.ended = True
                self.events.put_nowait((self.k, _END))
            elif msg[0] == "x":
                self.ended = True
                kind = getattr(errors, msg[1], None)
                exc = kind(msg[2]) if isinstance(kind, type) and issubclass(kind, errors.AjarError) else \
                    RuntimeError(f"discovery process failed: {msg[1]}: {msg[2]}")
                self.events.put_nowait((self.k, exc))
            else:
                self.events.put_nowait((self.k, msg[1]))

    def close(self) -> None:
        with contextlib.suppress(ValueError, OSError):
            asyncio.get_running_loop().remove_reader(self.fd)
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self._reap(kill=True)


async def _parallel(
    parsed: ParsedScope,
    ports: list[int],
    *,
    timeout: float,
    concurrency: int,
    per_host: int,
    rate: float | None,
    seed: int,
    positions: tuple[int, int] | None,
    resume: Checkpoint | None,
    on_done: Callable[[int], None] | None,
    on_checkpoint: Callable[[Checkpoint], None] | None,
    checkpoint_every: float,
    processes: int,
) -> AsyncIterator[PortResult]:
    """:func:`sweep` shared out: walk ``k`` (positions ``start + k``, step ``processes``) runs in this
    process for ``k = 0`` and in a child for the others, each with its share of the concurrency,
    per-host and rate limits. Results are yielded as they come; a checkpoint is composed from the
    last one of every walk (each sent after the results it covers): below the lowest watermark
    all is done, and above it, what each walk has passed or listed."""
    n = processes
    perm = JobSpace(parsed, ports).permutation(seed)
    lo, hi = positions if positions is not None else (0, perm.length)
    state = resume or Checkpoint(watermark=lo)
    start = max(lo, state.watermark)
    share: dict[str, Any] = {"timeout": timeout, "concurrency": max(1, concurrency // n),
                             "per_host": max(1, per_host // n), "rate": rate / n if rate else rate, "seed": seed}
    marks = [Checkpoint(start + k, set()) for k in range(n)]
    events: asyncio.Queue[tuple[int, object]] = asyncio.Queue()

    def own(k: int) -> Checkpoint:
        return Checkpoint(start, {p for p in state.done if p >= start and (p - start) % n == k})

    def compose() -> Checkpoint:
        w = min(m.watermark for m in marks)
        done = {p for p in state.done if p >= w}
        for k, m in enumerate(marks):
            done |= m.done  # each walk's own list: its jobs in flight, a few
            ahead = range(w + (start + k - w) % n, min(m.watermark, hi), n)
            if len(ahead) <= DONE_CAP:  # farther ahead: left out, tried again after a resume
                done.update(ahead)
        if len(done) > DONE_CAP:  # leaving some out only means trying them again after a resume
            done = set(itertools.islice(sorted(done), DONE_CAP))
        return Checkpoint(w, done)

    async def local() -> None:
        try:
            async for r in sweep(parsed, ports, **share, positions=(lo, hi), resume=own(0), stride=(0, n),
                                 on_done=on_done, checkpoint_every=checkpoint_every,
                                 on_checkpoint=(lambda cp: events.put_nowait((0, cp))) if on_checkpoint else None):
                events.put_nowait((0, r))
            events.put_nowait((0, _END))
        except Exception as e:  # noqa: BLE001 - raised by the coordinator below
            events.put_nowait((0, e))

    children: list[_Shard] = []
    task: asyncio.Task[None] | None = None
    try:
        for k in range(1, n):
            children.append(_Shard(k, {**share, "parsed": parsed, "ports": ports, "positions": (lo, hi),
                                       "resume": own(k), "stride": (k, n), "track": on_checkpoint is not None,
                                       "checkpoint_every": checkpoint_every}, events))
        task = asyncio.create_task(local())
        ended = 0
        while ended < n:
            k, item = await events.get()
            if item is _END:
                ended += 1
            elif isinstance(item, PortResult):
                yield item
            elif isinstance(item, Checkpoint):
                marks[k] = item
                if on_checkpoint:
                    on_checkpoint(compose())
            elif isinstance(item, int):
                if on_done:
                    on_done(item)
            elif isinstance(item, BaseException):
                raise item
        if on_checkpoint:
            on_checkpoint(Checkpoint(hi, set()))
    finally:
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        for c in children:
            c.close()


def job_count(parsed: ParsedScope, ports: list[int]) -> int:
    """How many ports :func:`sweep` will try (for a progress bar)."""
    return JobSpace(parsed, ports).size
