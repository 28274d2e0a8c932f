"""The coordinator and the worker: one scan shared out as shards of the seeded permutation.

The coordinator parses the scope (refusing what a worker could not reproduce exactly:
hostnames, local paths, a discovery file), fixes the seed, splits the permutation's
positions into ``shards`` ranges and queues one signed message per shard. A worker verifies
the signature, parses the signed targets itself (so its scope guard holds exactly the
signed scope: a shard cannot name anything else), and runs :func:`ajar.pipeline.run.scan`
on its range, the same stage code as a local scan, publishing each finished service as it
comes and, last, "shard done"; then it acks. A worker that dies leaves its shard unacked:
the queue delivers it again after ``ack_wait``, and the services the dead worker had
published are published again under the same ids, which the queue and the coordinator keep
once: results are idempotent by (run, stage, address, port).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ajar import __version__
from ajar.cluster.queue import Silence, WorkQueue
from ajar.cluster.signing import sign, verify
from ajar.config import ScanConfig
from ajar.errors import ScopeError, UsageError
from ajar.models import Dataset, Report, ScopeInfo, Service, ToolInfo
from ajar.pipeline.checkpoint import with_seed
from ajar.pipeline.discover import JobSpace
from ajar.pipeline.run import Observer, default_ports, parse_scope, scan
from ajar.probes import PROBES
from ajar.probes.base import Probe

_log = logging.getLogger("ajar.cluster")
PROTOCOL = 1


def result_id(run: str, stage: str, address: str, port: int | str) -> str:
    """The idempotency key of a result."""
    return f"{run}|{stage}|{address}|{port}"


def _cluster_config(config: ScanConfig, probes: Sequence[type[Probe]]) -> ScanConfig:
    parsed = parse_scope(config, probes)
    if parsed.paths:
        raise UsageError("local paths are scanned where they are: run them without --nats")
    if config.from_discovery:
        raise UsageError("--from-discovery is read where it is: run it without --nats")
    if any(ep.hostname for ep in parsed.endpoints):
        raise UsageError("with --nats, give addresses, not hostnames: every worker must derive the same "
                         "scope, and a name may resolve differently from each network")
    return with_seed(config)


def make_shards(key: Ed25519PrivateKey, run: str, config: ScanConfig, shards: int) -> list[bytes]:
    """One signed message per shard of the run."""
    return [sign(key, {"v": PROTOCOL, "run": run, "config": config.model_dump(mode="json"),
                       "shard": i, "shards": shards}) for i in range(shards)]


async def coordinate(
    queue: WorkQueue,
    config: ScanConfig,
    key: Ed25519PrivateKey,
    *,
    shards: int,
    run: str | None = None,
    observer: Observer | None = None,
    probes: Sequence[type[Probe]] = PROBES,
) -> Report:
    """Queue the run's shards and gather every worker's results into one report."""
    if shards < 1:
        raise UsageError("--shards must be at least 1")
    config = _cluster_config(config, probes)
    run = run or datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
    obs = observer or Observer()
    started = datetime.now(UTC)
    await queue.submit(run, make_shards(key, run, config, shards))
    services: dict[tuple[str, int], Service] = {}
    done: set[int] = set()
    async for msg_id, data in queue.results(run):
        parts = msg_id.split("|")
        if len(parts) != 4 or parts[0] != run:
            continue
        _, stage, address, port = parts
        if stage == "service":
            svc = Service.model_validate_json(data)
            if (svc.host, svc.port) not in services:
                services[(svc.host, svc.port)] = svc
                obs.service(svc)
        elif stage == "shard":
            done.add(int(address))
            if len(done) == shards:
                break
    ordered = sorted(services.values(), key=lambda s: (s.host, s.port))
    return Report(
        tool=ToolInfo(version=__version__),
        scope=ScopeInfo(targets=list(config.targets), exclude=list(config.exclude),
                        ports=config.ports or default_ports(probes)),
        started=started, finished=datetime.now(UTC), services=ordered, errors=[],
    )  # fmt: skip


class _Publisher(Observer):
    """Publishes each finished service of a shard as it comes."""

    def __init__(self, queue: WorkQueue, run: str, vantage: str | None) -> None:
        self.queue, self.run, self.vantage = queue, run, vantage
        self.sent: list[asyncio.Task[None]] = []

    def dataset(self, service: Service, dataset: Dataset) -> None:
        return None

    def service(self, service: Service) -> None:
        mid = result_id(self.run, "service", service.host, service.port)
        self.sent.append(asyncio.ensure_future(
            self.queue.publish(self.run, mid, service.model_dump_json().encode())))


async def run_job(queue: WorkQueue, job: Any, trusted: list[Ed25519PublicKey], *,
                  vantage: str | None = None, heartbeat: float = 5.0,
                  probes: Sequence[type[Probe]] = PROBES) -> str:
    """Verify and run one delivered shard; returns "done" or "refused"."""
    try:
        body = verify(trusted, job.data)
        if body.get("v") != PROTOCOL:
            raise ScopeError("refused a shard of an unknown protocol version")
        if body.get("kind") == "verify":
            return await _run_verification(queue, job, body, vantage, probes)
        config = ScanConfig.model_validate(body["config"])
        run, index, count = str(body["run"]), int(body["shard"]), int(body["shards"])
        if not (0 <= index < count) or "|" in run:
            raise ScopeError("refused a shard with an impossible index")
        config = _cluster_config(config, probes)  # the worker re-derives the scope from the signed targets
    except (ScopeError, UsageError, ValueError, KeyError, TypeError) as e:
        _log.warning("%s", e if isinstance(e, ScopeError) else f"refused a malformed shard ({type(e).__name__})")
        await job.ack()  # never run, never delivered again
        return "refused"
    _log.info("shard %d/%d of run %s: started (delivery %d)", index, count, run, job.deliveries)
    parsed = parse_scope(config, probes)
    space = JobSpace(parsed, config.ports or default_ports(probes))
    lo, hi = space.permutation(config.seed).shard(index, count)
    pub = _Publisher(queue, run, vantage)

    async def beat() -> None:
        while True:
            await asyncio.sleep(heartbeat)
            with contextlib.suppress(Exception):
                await job.progress()

    beating = asyncio.create_task(beat())
    try:
        await scan(config, pub, probes, parsed=parsed, positions=(lo, hi))
        await asyncio.gather(*pub.sent)
        await queue.publish(run, result_id(run, "shard", str(index), vantage or "-"), b"")
        await job.ack()
        _log.info("shard %d/%d of run %s: done", index, count, run)
    finally:
        beating.cancel()
        await asyncio.gather(beating, return_exceptions=True)
    return "done"


async def work(queue: WorkQueue, trusted: list[Ed25519PublicKey], *, vantage: str | None = None,
               stop: asyncio.Event | None = None, heartbeat: float = 5.0,
               probes: Sequence[type[Probe]] = PROBES) -> None:
    """Take shards (and, with a vantage, that vantage's verification jobs) until ``stop`` is set."""
    stop = stop or asyncio.Event()
    while not stop.is_set():
        job = await queue.next_vantage_job(vantage, 0.2) if vantage else None
        if job is None:
            job = await queue.next_job(timeout=1.0 if not vantage else 0.5)
        if job is not None:
            await run_job(queue, job, trusted, vantage=vantage, heartbeat=heartbeat, probes=probes)


# --------------------------------------------------------------------------- vantage points


async def _run_verification(queue: WorkQueue, job: Any, body: dict[str, Any], vantage: str | None,
                            probes: Sequence[type[Probe]]) -> str:
    """Check each signed exposure from this vantage; publish one observation each."""
    from ajar.cluster.vantage import check
    from ajar.net import guard
    from ajar.probes.base import Limits

    try:
        if vantage is None or body.get("vantage") != vantage:
            raise ScopeError("refused a verification job meant for another vantage point")
        config = _cluster_config(ScanConfig.model_validate(body["config"]), probes)
        run = str(body["run"])
        parsed = parse_scope(config, probes)
        exposures = [(str(h), int(p)) for h, p in body["exposures"]]
        if "|" in run or not all(parsed.scope.allows(h) and 0 < p < 65536 for h, p in exposures):
            raise ScopeError("refused a verification job naming an exposure outside its signed scope")
    except (ScopeError, UsageError, ValueError, KeyError, TypeError) as e:
        _log.warning("%s", e if isinstance(e, ScopeError) else f"refused a malformed job ({type(e).__name__})")
        await job.ack()
        return "refused"
    _log.info("verification of run %s from %s: %d exposures", run, vantage, len(exposures))
    limits = Limits(sample=1, max_datasets=1, timeout=config.timeout, listen_seconds=config.listen_seconds)
    with guard(parsed.scope):
        for host, port in exposures:
            obs = await check(probes, parsed.scope, vantage, host, port, limits)
            await queue.publish(run, result_id(run, f"verify-{vantage}", host, port), obs.model_dump_json().encode())
    await job.ack()
    return "done"


async def verify_exposures(
    queue: WorkQueue,
    config: ScanConfig,
    key: Ed25519PrivateKey,
    exposures: list[tuple[str, int]],
    vantages: list[str],
    *,
    quorum: int = 2,
    wait: float = 120.0,
    probes: Sequence[type[Probe]] = PROBES,
) -> tuple[list[Any], dict[str, Silence]]:
    """Send the same check of ``exposures`` to every vantage; the verdict on each (see ``vantage.py``), and
    why each vantage that answered nothing within ``wait`` seconds was silent (its job withdrawn when no
    worker took it). A queue request that timed out is a :class:`UsageError`, never read as ``wait`` over."""
    from ajar.cluster.vantage import Observation, verdict

    config = _cluster_config(config, probes)
    scope = parse_scope(config, probes).scope
    outside = [f"{h}:{p}" for h, p in exposures if not scope.allows(h)]
    if outside:
        raise UsageError(f"{', '.join(outside[:3])} is outside the targets named; name it to verify it")
    run = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)
    for v in vantages:
        await queue.submit_vantage(v, run, [sign(key, {
            "v": PROTOCOL, "kind": "verify", "run": run, "vantage": v, "config": config.model_dump(mode="json"),
            "exposures": [[h, p] for h, p in exposures]})])
    seen: dict[str, Observation] = {}
    want = len(exposures) * len(vantages)

    async def gather() -> None:
        async for msg_id, data in queue.results(run):
            if msg_id.split("|")[1:2] and msg_id.split("|")[1].startswith("verify-"):
                seen.setdefault(msg_id, Observation.model_validate_json(data))
                if len(seen) >= want:
                    return

    timer = asyncio.timeout(wait)
    try:
        async with timer:
            await gather()
    except TimeoutError:
        if not timer.expired():  # a request to the queue timed out, not --wait
            raise UsageError(f"a request to the queue timed out before --wait ({wait:g} s) ran out; see the NATS "
                             "server's log and run the command again") from None
    answered = {o.vantage for o in seen.values()}
    silent = {v: await queue.withdraw_vantage(v, run) for v in vantages if v not in answered}
    return verdict(list(seen.values()), vantages, quorum, exposures), silent
