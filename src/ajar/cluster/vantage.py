"""Is it closed, or only closed from here? The same check from every vantage point, and a verdict.

A verification job names exposures (address, port) and goes to every vantage (one worker per
network, ``ajar worker --vantage NAME``). Each runs the same reachability and access check
(:func:`check`: a TCP connect, then identification and the probe's access check), and never
reads data again: no inventory, no sample. The coordinator gathers one observation per
vantage and exposure and gives the verdict (:func:`verdict`):

* ``open_everywhere``: every vantage reached it and found it open (or its metadata readable);
* ``restricted``: open from some vantages, refused, filtered or locked from others (the
  lists name them), as a database "closed" by geo-blocking is; it never closes a case;
* ``closed_everywhere``: no vantage found it open, and vantages in at least ``quorum``
  distinct networks saw it refused, filtered or locked;
* ``inconclusive``: anything else (too few networks, errors, vantages that did not answer).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from ajar.models import Access
from ajar.net import Scope, tcp_probe
from ajar.pipeline.probe import identify
from ajar.probes.base import Limits, Probe, Target


class Reach(StrEnum):
    """What one vantage saw of one exposure."""

    OPEN = "open"  # reached, and open or metadata readable without credentials
    LOCKED = "locked"  # reached, but it asks for credentials (or speaks no known engine)
    REFUSED = "refused"  # the connection was reset
    FILTERED = "filtered"  # no answer: dropped on the way
    ERROR = "error"  # the check itself failed: says nothing either way


class Verdict(StrEnum):
    OPEN_EVERYWHERE = "open_everywhere"
    RESTRICTED = "restricted"
    CLOSED_EVERYWHERE = "closed_everywhere"
    INCONCLUSIVE = "inconclusive"

    @property
    def closes_case(self) -> bool:
        """Only a quorum of distinct networks seeing it closed closes a case; ``restricted`` never does."""
        return self is Verdict.CLOSED_EVERYWHERE


class Observation(BaseModel):
    """One vantage's check of one exposure (no value, no name from the target)."""

    model_config = ConfigDict(frozen=True)

    vantage: str
    host: str
    port: int
    reach: Reach
    engine: str | None = None
    access: Access | None = None
    #: the network the check left from (the vantage's source address, as a /24 or /48)
    network: str | None = None


class Outcome(BaseModel):
    """The verdict on one exposure, with the vantages behind it."""

    host: str
    port: int
    verdict: Verdict
    open_from: list[str]
    closed_from: list[str]
    unknown_from: list[str]


def source_network(host: str) -> str | None:
    """The network this machine reaches ``host`` from (a UDP ``connect`` picks the route; no packet is sent)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with contextlib.suppress(OSError), socket.socket(family, socket.SOCK_DGRAM) as s:
        s.connect((host, 9))
        src = ipaddress.ip_address(s.getsockname()[0])
        return str(ipaddress.ip_network(f"{src}/{24 if src.version == 4 else 48}", strict=False))
    return None


async def check(probes: Sequence[type[Probe]], scope: Scope, vantage: str, host: str, port: int,
                limits: Limits) -> Observation:
    """Reachability, then identification and the access check; never an inventory or a sample."""
    network = source_network(host)
    state = await tcp_probe(scope, host, port, limits.timeout)
    if state != "open":
        return Observation(vantage=vantage, host=host, port=port, network=network,
                           reach=Reach.REFUSED if state == "closed" else Reach.FILTERED)
    try:
        found = await identify(probes, Target(host, port), scope, limits)
        if found[0] is None:
            return Observation(vantage=vantage, host=host, port=port, network=network, reach=Reach.LOCKED)
        probe, fp = found
        try:
            acc = await probe.access()
        finally:
            await probe.close()
    except Exception:  # noqa: BLE001 - a failed check says nothing either way
        return Observation(vantage=vantage, host=host, port=port, network=network, reach=Reach.ERROR)
    reach = Reach.OPEN if acc.access in (Access.OPEN, Access.METADATA) else Reach.LOCKED
    return Observation(vantage=vantage, host=host, port=port, network=network, reach=reach,
                       engine=fp.engine, access=acc.access)


@dataclass(frozen=True)
class _Key:
    host: str
    port: int


def verdict(observations: Sequence[Observation], vantages: Sequence[str], quorum: int = 2,
            exposures: Sequence[tuple[str, int]] = ()) -> list[Outcome]:
    """One :class:`Outcome` per exposure from every vantage's observation (missing ones count as unknown).

    Every exposure in ``exposures`` gets one, observed or not: one no vantage answered for is
    ``inconclusive`` with every vantage in ``unknown_from``, never dropped."""
    by: dict[_Key, dict[str, Observation]] = {_Key(h, p): {} for h, p in exposures}
    for o in observations:
        by.setdefault(_Key(o.host, o.port), {})[o.vantage] = o
    return [_one(k, seen, vantages, quorum) for k, seen in sorted(by.items(), key=lambda kv: (kv[0].host, kv[0].port))]


def _one(k: _Key, seen: Mapping[str, Observation], vantages: Sequence[str], quorum: int) -> Outcome:
    open_from = sorted(v for v, o in seen.items() if o.reach is Reach.OPEN)
    closed = {v: o for v, o in seen.items() if o.reach in (Reach.REFUSED, Reach.FILTERED, Reach.LOCKED)}
    unknown = sorted(set(vantages) - set(open_from) - set(closed))
    if open_from and closed:
        v = Verdict.RESTRICTED
    elif open_from and not unknown:
        v = Verdict.OPEN_EVERYWHERE
    elif not open_from and len({o.network or o.vantage for o in closed.values()}) >= quorum:
        v = Verdict.CLOSED_EVERYWHERE
    else:
        v = Verdict.INCONCLUSIVE
    return Outcome(host=k.host, port=k.port, verdict=v, open_from=open_from, closed_from=sorted(closed),
                   unknown_from=unknown)
