"""No probe returns more than the sample size it was given (against the lab's open servers)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from ajar.models import Access
from ajar.net import Scope, guard
from ajar.probes import PROBES
from ajar.probes.base import Limits, Probe, Target
from tests.conftest import OPEN

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.2/32")])
PORT = {"clickhouse": 8123, "elasticsearch": 9200, "s3": 4566}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p.id)
async def test_probe_respects_the_sample_size(probe: type[Probe], lab: Path) -> None:
    n, value_cap = 3, 4096
    p = probe(Target(OPEN, PORT.get(probe.id, probe.default_ports[0])), SCOPE,
              Limits(sample=n, timeout=5, max_value_bytes=value_cap, listen_seconds=2))
    with guard(SCOPE):
        try:
            await p.identify()
            acc = await p.access()
            assert acc.access == Access.OPEN
            refs = await p.inventory()
            assert refs
            for ref in refs[:4]:
                smp = await p.sample(ref, n)
                assert len(smp.records) <= n, f"{probe.id} returned {len(smp.records)} records for n={n}"
                assert len(smp.newest) <= max(n, 50)
        finally:
            await p.close()
