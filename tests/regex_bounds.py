"""Helpers for the tests that keep the detectors' regexes linear on hostile values.

:func:`worst_seconds` times a function on each hostile value in a forked child under an
address-space limit and a timeout, so a pattern that backtracks without bound fails its test
instead of taking the machine. :func:`assert_same_verdicts` compares a rewritten pattern with the
plain one on generated strings (:func:`tails`, :func:`blocks`, :func:`forms`) and ordinary values:
:func:`corpus_strings`, every string (values and keys) of the classify benchmark's own synthetic
sets (``bench/classify``: datasets, heldout, heldout2; fixed seed and clock).
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import queue
import random
import resource
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: address space the timing child may add to what it inherits
LIMIT = 1 << 30
#: wall-clock limit of one timing child
SECONDS = 30.0


def _vm_size() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * resource.getpagesize()


def _time_values(fn: Callable[[str], object], values: Sequence[str], rounds: int, q: Any) -> None:
    limit = _vm_size() + LIMIT
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    worst = 0.0
    for v in values:
        best = float("inf")
        for _ in range(rounds):
            t0 = time.perf_counter()
            fn(v)
            best = min(best, time.perf_counter() - t0)
        worst = max(worst, best)
    q.put(worst)


def worst_seconds(fn: Callable[[str], object], values: Sequence[str], rounds: int = 5) -> float:
    """The slowest value's best time (seconds) over ``rounds`` calls of ``fn``, measured in a forked
    child under :data:`LIMIT` more address space and a :data:`SECONDS` timeout (which fails the test)."""
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_time_values, args=(fn, values, rounds, q))
    p.start()
    try:
        return float(q.get(timeout=SECONDS))
    except queue.Empty:
        raise AssertionError(f"{fn!r} took over {SECONDS} s on {len(values)} values") from None
    finally:
        p.join(5)
        if p.is_alive():
            p.kill()
            p.join()


def _strings(value: Any, out: set[str]) -> None:
    if isinstance(value, str):
        out.add(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            out.add(str(k))
            _strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)


@cache
def corpus_strings() -> tuple[str, ...]:
    """Every string of the classify benchmark's own synthetic sets (60 records a table), sorted."""
    sys.path.insert(0, str(ROOT / "bench" / "classify"))
    try:
        import datasets
        import heldout
        import heldout2
    finally:
        sys.path.remove(str(ROOT / "bench" / "classify"))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    out: set[str] = set()
    tables = datasets.build(42, now, records=60, copies=1) + heldout.build(42, now, 60) + heldout2.build(42, now, 60)
    for _, records, _ in tables:
        for r in records:
            _strings(r, out)
    return tuple(sorted(out))


def tails(head: str, alphabet: Sequence[str], most: int) -> list[str]:
    """``head`` followed by every string of at most ``most`` characters over ``alphabet``."""
    return [head + "".join(t) for n in range(most + 1) for t in itertools.product(alphabet, repeat=n)]


def blocks(rng: random.Random, heads: Sequence[str], parts: Sequence[str], n: int, most: int) -> list[str]:
    """``n`` strings, each a random head and 1 to ``most`` random parts."""
    return [rng.choice(heads) + "".join(rng.choice(parts) for _ in range(rng.randint(1, most))) for _ in range(n)]


def forms(rng: random.Random, parts: Sequence[Sequence[str]], n: int) -> list[str]:
    """``n`` strings, each made of one random choice from every part, in order."""
    return ["".join(rng.choice(part) for part in parts) for _ in range(n)]


def assert_same_verdicts(
    new: Callable[[str], object], plain: Callable[[str], object], texts: Iterable[str], min_found: int
) -> None:
    """``new`` and ``plain`` (a pattern's call after and before a rewrite) find a match in the same texts,
    and ``plain`` in at least ``min_found`` of them (the comparison saw matches, not only misses)."""
    found = 0
    for text in texts:
        want = plain(text) is not None
        assert (new(text) is not None) == want, text
        found += want
    assert found >= min_found, found
