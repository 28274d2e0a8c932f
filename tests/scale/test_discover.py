"""Discovery in constant memory: the job space, the random order, and listeners found in a loopback block."""

from __future__ import annotations

import asyncio
import ipaddress
import random
import socket
from collections.abc import Iterator

import pytest

from ajar.pipeline.discover import Checkpoint, JobSpace, sweep
from ajar.pipeline.permute import CyclicPermutation
from ajar.pipeline.scope import parse

SCHEMES = {"redis": "redis"}


def test_the_job_space_numbers_every_job_once_without_listing() -> None:
    p = parse(["127.0.0.0/30", "127.0.0.9:6379", "redis://127.0.0.20:6380"], ["127.0.0.2"], SCHEMES)
    space = JobSpace(p, [1, 2])
    assert space.size == 1 + 3 * 2 + 1  # the URI, the /30 less the excluded address on two ports, the named port
    jobs = {space.job(j)[1:4] for j in range(space.size)}
    lo = int(ipaddress.ip_address("127.0.0.0"))
    assert not {j for j in jobs if j[1] == lo + 2}  # the excluded address is not even in the job space
    assert (4, lo + 9, 6379) in jobs and (4, lo + 20, 6380) in jobs and (4, lo + 3, 2) in jobs
    big = JobSpace(parse(["10.0.0.0/8"], [], SCHEMES, max_addresses=1 << 24), list(range(1, 31)))
    assert big.size == 30 << 24 and big.job(big.size - 1)[2:4] == (int(ipaddress.ip_address("10.255.255.255")), 30)


def test_the_order_is_random_and_shards_cover_it_exactly() -> None:
    perm = CyclicPermutation(65536 * 2, seed=11)
    first = [v for _, v in perm.walk(0, 200)][:100]
    assert sorted(first) != first and max(first) - min(first) > 65536  # far apart, not a sweep
    parts = [[v for _, v in perm.walk(*perm.shard(i, 3))] for i in range(3)]
    assert sorted(parts[0] + parts[1] + parts[2]) == list(range(65536 * 2))
    assert [v for _, v in CyclicPermutation(1000, 5).walk()] != [v for _, v in CyclicPermutation(1000, 6).walk()]


class Listeners:
    """``n`` TCP listeners on random addresses of a loopback network, each on a random free port."""

    def __init__(self, net: str, n: int, seed: int) -> None:
        hosts = list(ipaddress.ip_network(net).hosts())
        rng = random.Random(seed)
        self.socks: list[socket.socket] = []
        self.found: set[tuple[str, int]] = set()
        for a in rng.sample(hosts, n):
            s = socket.socket()
            s.bind((str(a), 0))
            s.listen(64)
            self.socks.append(s)
            self.found.add((str(a), s.getsockname()[1]))

    @property
    def ports(self) -> list[int]:
        return sorted({p for _, p in self.found})

    def close(self) -> None:
        for s in self.socks:
            s.close()


@pytest.fixture
def listeners() -> Iterator[Listeners]:
    ls = Listeners("127.9.0.0/22", 12, seed=3)
    yield ls
    ls.close()


async def test_sweep_finds_every_listener(listeners: Listeners) -> None:
    p = parse(["127.9.0.0/22"], [], SCHEMES)
    done = 0

    def count(n: int) -> None:
        nonlocal done
        done += n

    found = {(r.endpoint.host, r.port) async for r in sweep(
        p, listeners.ports, timeout=2, concurrency=128, per_host=2, rate=None, seed=5, on_done=count)}
    assert found == listeners.found
    assert done == 1024 * len(listeners.ports)


async def test_a_checkpoint_resumes_without_losing_or_repeating(listeners: Listeners) -> None:
    p = parse(["127.9.0.0/22"], [], SCHEMES)
    marks: list[Checkpoint] = []
    found: set[tuple[str, int]] = set()
    gen = sweep(p, listeners.ports, timeout=2, concurrency=16, per_host=2, rate=3000, seed=9,
                on_checkpoint=marks.append, checkpoint_every=0.05)
    async for r in gen:
        found.add((r.endpoint.host, r.port))
        if len(found) == 4:
            break
    await gen.aclose()  # the scan dies here
    mark = marks[-1]
    assert 0 < mark.watermark
    again = {(r.endpoint.host, r.port) async for r in sweep(
        p, listeners.ports, timeout=2, concurrency=16, per_host=2, rate=None, seed=9, resume=mark)}
    assert found | again == listeners.found


async def test_named_ports_are_reported_whatever_their_state() -> None:
    p = parse(["127.0.0.1:1"], [], SCHEMES)
    got = [(r.endpoint.host, r.port, r.state) async for r in sweep(p, [], timeout=2, concurrency=4, per_host=1)]
    assert got == [("127.0.0.1", 1, "closed")]
    await asyncio.sleep(0)
