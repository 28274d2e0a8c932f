"""`ajar verify` says why a vantage answered nothing, and tells a queue timeout from --wait running out.

Before: a verify job for a vantage with no worker stayed queued forever (and ran for nobody when a worker of
that vantage started later), the verdict was `inconclusive` with exit 0 and no word of why; a NATS request
that timed out inside the wait was read as --wait over.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import nats
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from nats.errors import TimeoutError as NatsTimeout

from ajar.cluster.queue import MemoryQueue, NatsQueue, Silence
from ajar.cluster.work import verify_exposures
from ajar.config import ScanConfig
from ajar.errors import UsageError
from tests.conftest import run_cli
from tests.scale.natsd import nats_server


async def _queued(url: str, vantage: str) -> int:
    """Messages left in the verify stream for ``vantage``."""
    nc = await nats.connect(url)
    try:
        info = await nc.jetstream().stream_info("AJAR_VERIFY", subjects_filter=f"ajar.verify.{vantage}.>")
        return sum((info.state.subjects or {}).values())
    finally:
        await nc.close()


def test_a_vantage_without_a_worker_is_said_withdrawn_and_exit_2(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AJAR_STATE_DIR", str(tmp_path / "state" / "runs"))
    with nats_server(tmp_path / "js") as url:
        r = run_cli("verify", "127.0.0.2:6379", "--nats", url, "--vantage", "XX", "--wait", "1", timeout=120)
        assert r.returncode == 2, (r.returncode, r.stderr)
        assert "127.0.0.2:6379 inconclusive" in r.stdout and "no answer from XX" in r.stdout, r.stdout
        assert "vantage XX: no worker of it has taken a job from this queue; its job is withdrawn" in r.stderr
        assert "ajar worker --nats" in r.stderr and "--vantage XX" in r.stderr
        assert asyncio.run(_queued(url, "XX")) == 0  # not left to run for nobody

        async def once_had_a_worker() -> None:
            q = await NatsQueue.connect(url)
            try:
                assert await q.next_vantage_job("YY", 0.2) is None  # makes the vantage's consumer, as a worker does
            finally:
                await q.close()

        asyncio.run(once_had_a_worker())
        r = run_cli("verify", "127.0.0.2:6379", "--nats", url, "--vantage", "YY", "--wait", "1", timeout=120)
        assert r.returncode == 2 and "vantage YY: its workers took no job within --wait (1 s)" in r.stderr, r.stderr
        assert asyncio.run(_queued(url, "YY")) == 0


class _StalledQueue(MemoryQueue):
    """A queue whose results request times out at once: not --wait running out."""

    async def results(self, run: str) -> AsyncIterator[tuple[str, bytes]]:
        raise NatsTimeout
        yield ("", b"")  # pragma: no cover - an async generator


async def test_a_queue_timeout_is_not_wait_running_out() -> None:
    config = ScanConfig(targets=["127.0.0.2:6379"])
    key = Ed25519PrivateKey.generate()
    with pytest.raises(UsageError, match=r"a request to the queue timed out before --wait \(60 s\) ran out"):
        await verify_exposures(_StalledQueue(), config, key, [("127.0.0.2", 6379)], ["NL"], wait=60)
    outcomes, silent = await verify_exposures(MemoryQueue(), config, key, [("127.0.0.2", 6379)], ["NL"], wait=0.3)
    assert silent == {"NL": Silence.NEVER} and outcomes[0].verdict.value == "inconclusive"
