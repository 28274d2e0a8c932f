"""Every engine's fake misbehaves after a normal handshake: each port ends recorded, in time.

The fakes (``tests/hostile_engines.py``, variants :data:`AFTER`) identify as their engine, then
drip a byte every half second, reset, send random bytes, cut a reply in half, or send a frame of
the engine's own protocol declaring far more than any budget followed by an endless stream. All
13 engines are scanned at once per variant, in this process, under a heap limit.

Expected of each: the engine named from its handshake, a status from the closed vocabulary and
never ``error`` (an internal error, exit 3), a reason when it is not ``success``, no raw
exception text from the server's bytes, and an end within the service's budget.
"""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from ajar.models import Service, Status
from ajar.pipeline.probe import BANNER_WAIT, MALFORMED, identify_seconds
from ajar.probes.base import Limits
from tests.hostile import memory_limit
from tests.hostile_engines import AFTER, ENGINES, HTTP_ENGINES, compressed_reply, hostile_engine
from tests.support import scan

pytestmark = pytest.mark.integration

TIMEOUT = 1.0
#: what one service may take at most: identification, the banner read and two cleanups, the
#: access check (3 x --timeout), the inventory (6 x), one dataset's sample (4 x), close
BUDGET = identify_seconds(Limits(timeout=TIMEOUT)) + BANNER_WAIT + (2 + 3 + 6 + 4 + 2) * TIMEOUT
#: slack for a busy 2-core machine running 13 scans at once
SLACK = 20.0


async def _one(engine: str, variant: str) -> tuple[str, Service, float]:
    async with hostile_engine(engine, variant) as port:
        t0 = time.monotonic()
        svc = await asyncio.wait_for(scan("127.0.0.1", port, hint=engine, timeout=TIMEOUT, sample=5), 120)
        return engine, svc, time.monotonic() - t0


@pytest.mark.parametrize("variant", AFTER)
async def test_every_engine_ends_recorded_after_a_hostile_reply(variant: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="asyncio")
    with memory_limit():
        results = await asyncio.gather(*(_one(e, variant) for e in sorted(ENGINES)))
    problems = []
    for engine, s, seconds in results:
        why = f"{engine}: {s.status} {s.access} {s.error!r} in {seconds:.1f}s"
        if s.engine != engine:
            problems.append(f"not named from its handshake: {why}")
        if s.status == Status.ERROR:
            problems.append(f"internal error (exit 3): {why}")
        if s.status != Status.SUCCESS and not s.error:
            problems.append(f"no reason given: {why}")
        if any(f"{t.__name__}:" in (s.error or "") for t in MALFORMED):
            problems.append(f"a Python exception's text in the report: {why}")
        if seconds > BUDGET + SLACK:
            problems.append(f"past its budget of {BUDGET:.0f}s: {why}")
    assert not problems, "\n".join(problems)
    assert "Task exception was never retrieved" not in caplog.text


async def test_a_compressed_reply_is_refused_before_it_inflates() -> None:
    """R2-1: a few hundred bytes of ``Content-Encoding: gzip, gzip`` inflate to 64 MiB (7 KB of
    them to gigabytes): every HTTP engine refuses the compressed reply unread, and says so."""
    compressed_reply()  # built once, before the scans start (building it blocks the event loop)
    http = sorted(e for e in ENGINES if e in HTTP_ENGINES)
    with memory_limit():
        results = await asyncio.gather(*(_one(e, "compressed") for e in http))
    for engine, s, _ in results:
        assert s.engine == engine and s.status != Status.ERROR, (engine, s.status, s.error)
        assert s.error and "compressed" in s.error, (engine, s.status, s.error)
