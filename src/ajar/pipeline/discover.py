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
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field

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
) -> AsyncIterator[PortResult]:
    """Yield :class:`PortResult` for every open port, and for every explicitly named port.

    ``positions`` limits the walk to a shard ``[lo, hi)`` of the permutation; ``resume``
    skips what a checkpoint says is done. ``on_done(n)`` counts finished jobs (batched);
    ``on_checkpoint`` receives the progress at most every ``checkpoint_every`` seconds and
    once at the end.
    """
    space = JobSpace(parsed, ports)
    perm = space.permutation(seed)
    lo, hi = positions if positions is not None else (0, perm.length)
    state = resume or Checkpoint(watermark=lo)
    start = max(lo, state.watermark)
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
        for pos, j in perm.walk(start, hi):
            if skip and pos in skip:
                continue
            if single is not None:  # the common case, one block: no lookup
                a, p = divmod(j, len(single.ports))
                ep, version, n, port, named = None, single.version, single.base + a, single.ports[p], single.named
            else:
                ep, version, n, port, named = space.job(j)
            if track:
                order.append(pos)
                following[0] = pos + 1
            if check and not scope.allows_int(version, n):  # excluded: done without a packet
                skipped[0] += 1
                continue
            if track:
                pending.add(pos)
            yield version, n, port, (pos, ep, named)

    def mark() -> Checkpoint:
        """Every position before the oldest unanswered one is done; the done ones after it are listed."""
        while order and order[0] not in pending:
            order.popleft()
        if not order:  # nothing unanswered: every position up to the last one taken is done
            return Checkpoint(hi if jobs_done[0] else following[0], set())
        return Checkpoint(order[0], {p for p in order if p not in pending})

    jobs_done = [False]
    following = [start]  # the position after the last one taken from the walk

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


def job_count(parsed: ParsedScope, ports: list[int]) -> int:
    """How many ports :func:`sweep` will try (for a progress bar)."""
    return JobSpace(parsed, ports).size
