"""Discovery shared out over processes: every job once, limits shared, checkpoints that tell the truth."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from ajar.pipeline import discover, shard
from ajar.pipeline.discover import Checkpoint, JobSpace, processes_for, sweep
from ajar.pipeline.scope import parse

from .test_discover import Listeners


@pytest.fixture
def listeners() -> Iterator[Listeners]:
    ls = Listeners("127.9.4.0/22", 12, seed=4)
    yield ls
    ls.close()


def test_processes_for_follows_cpus_size_rate_and_the_per_host_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AJAR_DISCOVERY_PROCESSES", raising=False)
    cpus = len(os.sched_getaffinity(0))
    big = discover.PARALLEL_MIN_JOBS
    assert processes_for(big - 1, 4, None) == 1  # small sweeps: one process
    assert processes_for(big, 4, 1000.0) == 1  # the default rate: one process keeps up
    assert processes_for(big, 1, None) == 1  # one connection per host cannot be shared out
    assert processes_for(big, 4, None) == min(cpus, 4)
    assert processes_for(big, 2, 50_000.0) == min(cpus, 2)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert processes_for(big, 4, None) == 1  # one CPU: one process
    monkeypatch.setenv("AJAR_DISCOVERY_PROCESSES", "3")
    assert processes_for(10, 4, 10.0) == 3 and processes_for(10, 2, None) == 2
    monkeypatch.setenv("AJAR_DISCOVERY_PROCESSES", "1")
    assert processes_for(big, 4, None) == 1


@pytest.mark.parametrize("processes", [2, 3])
async def test_a_shared_sweep_finds_every_listener_and_does_every_job_once(listeners: Listeners,
                                                                          processes: int) -> None:
    p = parse(["127.9.4.0/22"], [], {})
    done = 0

    def count(n: int) -> None:
        nonlocal done
        done += n

    marks: list[Checkpoint] = []
    found = [(r.endpoint.host, r.port) async for r in sweep(
        p, listeners.ports, timeout=2, concurrency=64, per_host=3, rate=None, seed=5, on_done=count,
        processes=processes, on_checkpoint=marks.append)]
    assert sorted(found) == sorted(listeners.found)  # each once
    assert done == 1024 * len(listeners.ports)
    assert marks[-1] == Checkpoint(JobSpace(p, listeners.ports).permutation(5).length, set())


class _Full:
    """A listener on every address of a /24 (one port): every job of a sweep is an open port."""

    def __init__(self) -> None:
        self.socks = []
        port = 0
        for i in range(256):
            s = socket.socket()
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((f"127.9.9.{i}", port))
            port = s.getsockname()[1]
            s.listen(256)
            self.socks.append(s)
        self.port = port

    def close(self) -> None:
        for s in self.socks:
            s.close()


@pytest.mark.parametrize("processes", [1, 2])
async def test_a_checkpoint_claims_only_what_is_done_and_a_resume_repeats_none_of_it(processes: int) -> None:
    """Every job is an open port, so every job done is seen: each checkpoint's claim (positions below
    its watermark, and those it lists) is checked against what had been yielded when it was made."""
    full = _Full()
    try:
        p = parse(["127.9.9.0/24"], [], {})
        space = JobSpace(p, [full.port])
        perm = space.permutation(3)
        position = {}
        for pos, j in perm.walk():
            _, _, n, port, _ = space.job(j)
            position[(socket.inet_ntoa(n.to_bytes(4, "big")), port)] = pos
        found: list[tuple[str, int]] = []
        claims: list[tuple[Checkpoint, set[int]]] = []

        def mark(cp: Checkpoint) -> None:
            claims.append((cp, {position[f] for f in found}))

        gen = sweep(p, [full.port], timeout=2, concurrency=8, per_host=2, rate=1500, seed=3,
                    processes=processes, on_checkpoint=mark, checkpoint_every=0.01)
        async for r in gen:
            found.append((r.endpoint.host, r.port))
            if len(found) == 200:
                break
        await gen.aclose()  # the scan dies here
        assert len(claims) >= 2  # a walk marks every 64 results
        for cp, seen in claims:
            claimed = {pos for pos in position.values() if pos < cp.watermark} | cp.done
            assert claimed <= seen, "a checkpoint claimed a job that was not done"
        last = claims[-1][0]
        claimed = {pos for pos in position.values() if pos < last.watermark} | last.done
        assert len(claimed) >= 64
        again = [(r.endpoint.host, r.port) async for r in sweep(
            p, [full.port], timeout=2, concurrency=8, per_host=2, rate=None, seed=3, resume=last,
            processes=processes)]
        assert set(found) | set(again) == set(position)  # nothing lost
        assert not {position[f] for f in again} & claimed  # nothing claimed done is tried again
        assert len(again) == len(set(again))
    finally:
        full.close()


async def test_a_discovery_process_that_dies_fails_the_sweep_loudly_and_is_reaped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pids: list[int] = []
    real = shard.start

    def start(*a: Any) -> tuple[int, int]:
        pid, fd = real(*a)
        pids.append(pid)
        asyncio.get_running_loop().call_later(0.3, os.kill, pid, 9)  # our own child, by its PID
        return pid, fd

    monkeypatch.setattr(shard, "start", start)
    p = parse(["127.9.16.0/20"], [], {})
    with pytest.raises(RuntimeError, match="discovery process ended early"):
        async for _ in sweep(p, [1, 2], timeout=2, concurrency=8, per_host=2, rate=2000, seed=1, processes=2):
            pass  # nothing listens there: nothing is yielded
    assert len(pids) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(pids[0], os.WNOHANG)  # reaped already: no zombie left


async def test_a_sweep_closed_early_stops_its_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    pids: list[int] = []
    real = shard.start

    def start(*a: Any) -> tuple[int, int]:
        pid, fd = real(*a)
        pids.append(pid)
        return pid, fd

    monkeypatch.setattr(shard, "start", start)
    p = parse(["127.9.16.0/20"], [], {})
    gen = sweep(p, [1, 2], timeout=2, concurrency=8, per_host=2, rate=2000, seed=1, processes=2,
                on_checkpoint=lambda cp: None)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(gen.__anext__(), 0.5)  # nothing listens: the sweep is still going
    await gen.aclose()
    assert len(pids) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(pids[0], os.WNOHANG)
