"""A seeded random order over ``range(n)`` in constant memory, as ZMap walks the IPv4 space.

The multiplicative group of integers modulo a prime ``p > n`` is cyclic: for a generator
``g``, ``x, x·g, x·g², ...`` (mod ``p``) visits every number ``1 .. p-1`` exactly once.
Keeping the values ``<= n`` (and subtracting one) gives a permutation of ``range(n)`` in
which consecutive jobs land far apart, so no subnet is hammered. The walk is addressed by
*position* (``0 .. p-2``), so that a run can be split into shards (contiguous position
ranges) and resumed from a position, with nothing stored but the seed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator

_SMALL = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)


def is_prime(n: int) -> bool:
    """Miller-Rabin with the first 13 prime bases: deterministic below 3.3e24."""
    if n < 2:
        return False
    for q in _SMALL:
        if n % q == 0:
            return n == q
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for a in _SMALL:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _rho(n: int) -> int:
    """A non-trivial factor of the composite ``n`` (Pollard's rho, Floyd cycle finding)."""
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = math.gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1


def prime_factors(n: int) -> set[int]:
    """The distinct prime factors of ``n``."""
    out: set[int] = set()
    stack = [n]
    while stack:
        m = stack.pop()
        if m == 1:
            continue
        if is_prime(m):
            out.add(m)
            continue
        small = next((q for q in range(2, 1000) if m % q == 0), None)
        f = small if small is not None else _rho(m)
        stack += [f, m // f]
    return out


class CyclicPermutation:
    """A permutation of ``range(n)`` chosen by ``seed``, walked by position."""

    def __init__(self, n: int, seed: int) -> None:
        if n < 0:
            raise ValueError("n must be >= 0")
        self.n = n
        p = n + 1
        while not is_prime(p) or p < 2:
            p += 1
        self.p = p
        rng = random.Random(seed)
        if p <= 3:
            self.g = p - 1
        else:
            factors = prime_factors(p - 1)
            while True:
                g = rng.randrange(2, p - 1)
                if all(pow(g, (p - 1) // q, p) != 1 for q in factors):
                    self.g = g
                    break
        self.start = rng.randrange(1, p) if p > 2 else 1

    @property
    def length(self) -> int:
        """Number of positions (``p - 1``); ``n`` of them carry a value."""
        return self.p - 1 if self.n else 0

    def walk(self, lo: int = 0, hi: int | None = None, step: int = 1) -> Iterator[tuple[int, int]]:
        """``(position, value)`` for every position ``lo, lo+step, ...`` below ``hi`` that carries a value.

        A ``step`` above one walks one residue class of the positions: discovery's processes each
        take one (``lo + k``, step ``processes``), so that they advance side by side.
        """
        hi = self.length if hi is None else min(hi, self.length)
        if lo >= hi:
            return
        p, g, n = self.p, self.g, self.n
        x = self.start * pow(g, lo, p) % p
        gs = pow(g, step, p)
        for pos in range(lo, hi, step):
            if x <= n:
                yield pos, x - 1
            x = x * gs % p

    def shard(self, index: int, count: int) -> tuple[int, int]:
        """The position range ``[lo, hi)`` of shard ``index`` of ``count``."""
        return self.length * index // count, self.length * (index + 1) // count
