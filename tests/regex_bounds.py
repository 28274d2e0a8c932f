"""Helpers for the tests that keep the detectors' regexes linear on hostile values.

:func:`worst_seconds` times a function on each hostile value in a forked child under an
address-space limit and a timeout, so a pattern that backtracks without bound fails its test
instead of taking the machine. :func:`corpus_strings` gives the ordinary values the verdicts of a
rewritten pattern are compared on: every string (values and keys) of the classify benchmark's own
synthetic sets (``bench/classify``: datasets, heldout, heldout2; fixed seed and clock).
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import resource
import sys
import time
from collections.abc import Callable, Sequence
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
