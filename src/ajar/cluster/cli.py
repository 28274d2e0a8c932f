"""``ajar worker`` and the ``--nats`` side of ``ajar scan``: the command-line ends of the cluster."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ajar.config import ScanConfig
from ajar.models import Report
from ajar.names import mask_uri


def key_path() -> Path:
    """The coordinator's private key: beside the runs in the state directory."""
    from ajar.pipeline.checkpoint import state_dir

    return state_dir().parent / "coordinator.key"


def worker(
    nats_url: Annotated[str, typer.Option("--nats", help="the NATS server, nats://IP:PORT (JetStream enabled)")],
    trust: Annotated[list[Path], typer.Option("--trust", help="public key of a coordinator whose shards this "
        "worker runs (its coordinator.pub); repeat for several", show_default=False)],
    vantage: Annotated[str | None, typer.Option("--vantage", help="name of this vantage point (e.g. NL)")] = None,
    ack_wait: Annotated[float, typer.Option("--ack-wait", min=1, help="seconds before an unacked shard "
        "(its worker died) is delivered again")] = 30.0,
    max_ack_pending: Annotated[int, typer.Option("--max-ack-pending", min=1,
        help="shards out at once across the workers (back-pressure)")] = 64,
) -> None:
    """Run shards of scans from a NATS JetStream queue: the same stage code as a local scan."""
    from ajar.cluster.queue import NatsQueue, nats_endpoint
    from ajar.cluster.signing import load_public
    from ajar.cluster.work import work
    from ajar.errors import UsageError
    from ajar.net import infrastructure

    try:
        host, port = nats_endpoint(nats_url)
        keys = [load_public(p) for p in trust]
    except UsageError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None

    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("nats", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        queue = await NatsQueue.connect(nats_url, ack_wait=ack_wait, max_ack_pending=max_ack_pending)
        typer.echo(f"worker {vantage or '-'} ready on {nats_url}", err=True)
        try:
            await work(queue, keys, vantage=vantage, stop=stop, heartbeat=max(0.5, ack_wait / 3))
        finally:
            await queue.close()

    with infrastructure(host, port):
        try:
            asyncio.run(main())
        except UsageError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(2) from None


def coordinate_scan(config: ScanConfig, nats_url: str, shards: int) -> Report:
    """``ajar scan ... --nats URL``: queue the signed shards, gather the workers' results."""
    from ajar.cluster.queue import NatsQueue, nats_endpoint
    from ajar.cluster.signing import load_or_create_key
    from ajar.cluster.work import coordinate

    nats_endpoint(nats_url)
    key = load_or_create_key(key_path())
    sys.stderr.write(f"shards signed with {key_path()}; workers trust {key_path().with_suffix('.pub')}\n")

    async def main() -> Report:
        queue = await NatsQueue.connect(nats_url)
        try:
            return await coordinate(queue, config, key, shards=shards)
        finally:
            with contextlib.suppress(Exception):
                await queue.close()

    return asyncio.run(main())


def verify(
    exposures: Annotated[list[str], typer.Argument(help="exposures to check, as IP:PORT ([v6]:PORT)")],
    nats_url: Annotated[str, typer.Option("--nats", help="the NATS server, nats://IP:PORT")],
    vantages: Annotated[list[str], typer.Option("--vantage", help="a vantage point to check from (its workers "
        "run `ajar worker --vantage NAME`); repeat for each", show_default=False)],
    quorum: Annotated[int, typer.Option("--quorum", min=1, help="distinct networks that must see it closed "
        "before it is closed_everywhere")] = 2,
    wait: Annotated[float, typer.Option("--wait", min=1, help="seconds to wait for every vantage")] = 120.0,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="seconds per network operation")] = 5.0,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="write the verdicts as JSON here")] = None,
) -> None:
    """Check exposures from every vantage point: open_everywhere, restricted, closed_everywhere or inconclusive.

    Each vantage runs the same reachability and access check, and never reads data again.
    """
    import json

    from ajar.cluster.queue import NatsQueue, Silence, nats_endpoint, vantage_name
    from ajar.cluster.signing import load_or_create_key
    from ajar.cluster.work import verify_exposures
    from ajar.errors import UsageError
    from ajar.pipeline.scope import parse

    try:
        nats_endpoint(nats_url)
        names = [vantage_name(v) for v in vantages]
        pairs: list[tuple[str, int]] = []
        for e in exposures:
            parsed = parse([e], [], {})
            if len(parsed.blocks) != 1 or parsed.blocks[0].port is None or parsed.blocks[0].network.num_addresses != 1:
                raise UsageError(f"{e!r}: name one exposure as IP:PORT")
            pairs.append((str(parsed.blocks[0].network.network_address), parsed.blocks[0].port))
        config = ScanConfig(targets=[f"[{h}]:{p}" if ":" in h else f"{h}:{p}" for h, p in pairs], timeout=timeout)
        key = load_or_create_key(key_path())
    except UsageError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None

    async def main() -> tuple[list[Any], dict[str, Silence]]:
        queue = await NatsQueue.connect(nats_url)
        try:
            return await verify_exposures(queue, config, key, pairs, names, quorum=quorum, wait=wait)
        finally:
            with contextlib.suppress(Exception):
                await queue.close()

    try:
        outcomes, silent = asyncio.run(main())
    except UsageError as e:  # an unreachable queue, an exposure outside the targets: the user's to fix
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    for o in outcomes:
        typer.echo(f"{o.host}:{o.port} {o.verdict.value} open from {','.join(o.open_from) or '-'}; "
                   f"closed from {','.join(o.closed_from) or '-'}; no answer from {','.join(o.unknown_from) or '-'}")
    if output is not None:
        output.write_text(json.dumps([o.model_dump(mode="json") for o in outcomes], indent=2), encoding="utf-8")
    for v, why in silent.items():
        typer.echo(f"vantage {v}: {_SILENCE[why].format(v=v, wait=wait, nats=mask_uri(nats_url))}", err=True)
    # no worker of a vantage named: the user's to fix (exit 2); one that was slow is an inconclusive verdict
    raise typer.Exit(2 if any(why != Silence.TAKEN for why in silent.values()) else 0)


#: What ``verify`` says of a vantage that answered nothing within ``--wait``.
_SILENCE = {
    "never": "no worker of it has taken a job from this queue; its job is withdrawn. Start one on a machine "
             "in that network: ajar worker --nats {nats} --trust coordinator.pub --vantage {v}",
    "untaken": "its workers took no job within --wait ({wait:g} s): are they running and connected to this "
               "queue? Its job is withdrawn",
    "taken": "a worker took the job but did not answer within --wait ({wait:g} s); raise --wait",
}
