"""Stage 2, discover: an asynchronous TCP connect scan of the scope's ports.

Bounded by a global and a per-host concurrency limit and a connect timeout; results are
yielded as they come (open ports only; explicitly named ports are yielded whatever their
state, so that a closed or silent service the user named is recorded with its status).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

from ajar.net import PortState, Scope, tcp_probe
from ajar.pipeline.scope import HostPort


@dataclass(frozen=True)
class PortResult:
    """One swept port and its state."""

    endpoint: HostPort
    port: int
    state: PortState


async def sweep(
    scope: Scope,
    endpoints: list[HostPort],
    ports: list[int],
    *,
    timeout: float,
    concurrency: int,
    per_host: int,
    on_done: Callable[[], None] | None = None,
) -> AsyncIterator[PortResult]:
    """Yield :class:`PortResult` for every open port, and for every explicitly named port."""
    total = asyncio.Semaphore(concurrency)
    hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(per_host))
    queue: asyncio.Queue[PortResult | None] = asyncio.Queue()
    jobs = [(ep, ep.port) for ep in endpoints if ep.port is not None]
    jobs += [(ep, p) for ep in endpoints if ep.port is None for p in ports]

    async def one(ep: HostPort, port: int) -> None:
        async with total, hosts[ep.host]:
            state = await tcp_probe(scope, ep.host, port, timeout)
        if on_done:
            on_done()
        if state == "open" or ep.port is not None:
            await queue.put(PortResult(ep, port, state))

    async def run_all() -> None:
        try:
            await asyncio.gather(*(one(ep, p) for ep, p in jobs))
        finally:
            await queue.put(None)

    task = asyncio.create_task(run_all())
    try:
        while (item := await queue.get()) is not None:
            yield item
    finally:
        if not task.done():
            task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def job_count(endpoints: list[HostPort], ports: list[int]) -> int:
    """How many ports :func:`sweep` will try (for a progress bar)."""
    return sum(1 if ep.port is not None else len(ports) for ep in endpoints)
