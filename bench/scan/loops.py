"""Which connect scan is fastest here: ajar's epoll batches, or asyncio coroutines on uvloop / the default loop.

    .venv/bin/python bench/scan/loops.py [runs]

Each variant connects to 127.1.0.0/16 on two closed ports (131,072 connects) in the same
process order, ``runs`` times, alternating, 512 connects in flight, and prints the median wall
time and CPU time of each. The coroutine variants are what an asyncio scanner does per port
(``asyncio.open_connection`` under a semaphore); uvloop is the ``bench`` extra. ajar keeps
the fastest (issue 12: "measure both, keep the fastest").
"""

from __future__ import annotations

import asyncio
import ipaddress
import statistics
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any

from ajar.net import Scope, connect_scan

NET = ipaddress.ip_network("127.1.0.0/16")
BASE = int(NET.network_address)
N = NET.num_addresses * 2
SCOPE = Scope([NET])


async def epoll_batches() -> int:
    done = 0

    def count(*_: object) -> None:
        nonlocal done
        done += 1

    jobs = ((4, BASE + (j >> 1), 1 + (j & 1), None) for j in range(N))
    await connect_scan(SCOPE, jobs, count, timeout=2, concurrency=512, per_host=2, rate=None)
    return done


async def coroutines() -> int:
    sem = asyncio.Semaphore(512)
    done = 0

    async def one(j: int) -> None:
        nonlocal done
        async with sem:
            try:
                _, w = await asyncio.wait_for(asyncio.open_connection(str(ipaddress.ip_address(BASE + (j >> 1))),
                                                                      1 + (j & 1)), 2)
                w.close()
            except OSError:
                pass
            done += 1

    # in windows of 4096 tasks, so that memory does not decide the race
    for lo in range(0, N, 4096):
        await asyncio.gather(*(one(j) for j in range(lo, min(N, lo + 4096))))
    return done


def timed(run: Callable[[], int]) -> tuple[float, float]:
    c0, t0 = time.process_time(), time.perf_counter()
    assert run() == N
    return time.perf_counter() - t0, time.process_time() - c0


def main(runs: int) -> None:
    import uvloop

    def on(loop_factory: Callable[[], asyncio.AbstractEventLoop],
           coro: Callable[[], Coroutine[Any, Any, int]]) -> Callable[[], int]:
        def go() -> int:
            with asyncio.Runner(loop_factory=loop_factory) as r:
                return r.run(coro())
        return go

    variants = {
        "epoll batches (ajar)": on(asyncio.new_event_loop, epoll_batches),
        "coroutines, uvloop": on(uvloop.new_event_loop, coroutines),
        "coroutines, asyncio": on(asyncio.new_event_loop, coroutines),
    }
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in variants}
    for _ in range(runs):
        for name, run in variants.items():
            times[name].append(timed(run))
    for name, ts in times.items():
        print(f"{name:24s} wall {statistics.median(t for t, _ in ts):6.2f} s   "
              f"cpu {statistics.median(c for _, c in ts):6.2f} s   ({N:,} connects, median of {runs})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
