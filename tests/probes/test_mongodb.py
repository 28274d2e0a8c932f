"""MongoDB probe against the lab's stand-in (nx-27017, open, 127.0.0.2) and mockupdb (locked)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from ajar.models import Access, Category, Status
from ajar.net import Scope, guard
from ajar.pipeline.probe import probe_service
from ajar.probes import PROBES
from ajar.probes.base import Limits, Target
from ajar.probes.mongodb import MongodbProbe
from tests.conftest import OPEN

pytestmark = pytest.mark.integration
SCOPE = Scope([ipaddress.ip_network("127.0.0.0/24")])


async def test_open_mongodb_surveillance_leak(lab: Path) -> None:
    with guard(SCOPE):
        svc = await probe_service(PROBES, Target(OPEN, 27017), SCOPE, Limits(sample=40, timeout=5))
    assert svc.engine == "mongodb" and svc.status == Status.SUCCESS and svc.access == Access.OPEN
    assert svc.rights.admin is True and "authorisation is disabled" in svc.rights.basis
    by_name = {d.name: d for d in svc.datasets}
    assert {"watchlist.people", "watchlist.sightings"} <= set(by_name)
    people = by_name["watchlist.people"]
    assert people.records and people.records >= 1000 and people.sampled == 40
    cats = people.categories
    assert {Category.NATIONAL_ID, Category.PERSON_NAME, Category.BIRTH_DATE, Category.ETHNICITY} <= cats
    assert Category.COORDINATES in by_name["watchlist.sightings"].categories
    assert svc.severity.value == "critical"
    # every command the driver sent is declared (command monitoring records them)
    assert set(svc.info["commands_sent"]) <= MongodbProbe.commands


async def test_mongodb_on_an_unusual_port_is_still_identified(lab: Path) -> None:
    """Identification by handshake, not by port: nx-27017 started on another port."""
    from ajar.lab.mongo import start_nx, stop

    proc = start_nx("127.0.0.1", 47017, Path("memory"), lab / "nx-odd.log")
    try:
        with guard(SCOPE):
            svc = await probe_service(PROBES, Target("127.0.0.1", 47017), SCOPE, Limits(timeout=3))
    finally:
        stop(proc)
    assert svc.engine == "mongodb" and svc.access == Access.OPEN
