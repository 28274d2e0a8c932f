"""A stored run's scope read back by the watch (``events.view_data``): never a DNS or file system look-up.

``events._tried`` parsed a stored scope's targets again with the scan's parser, which looks a hostname up in
DNS and a path-like target up on the file system, when ``ajar diff`` or the store read a run back. It reads
them with ``scope.recorded`` now; the addresses swept for addresses, networks, ranges and URIs are the ones
the scan's parser gives.
"""

from __future__ import annotations

import ipaddress

import pytest

from ajar.errors import TargetError
from ajar.pipeline.discover import JobSpace
from ajar.pipeline.run import schemes
from ajar.pipeline.scope import ParsedScope, parse, parse_one
from ajar.probes import PROBES
from ajar.watch.events import AddrStatus, view_data

TARGETS = ["127.0.0.1", "127.0.1.0/30", "127.0.2.1-4", "127.0.3.1:6379", "[::1]:9200", "127.77.0.0/30:9",
           "::ffff:127.0.4.0/126", "mongodb://127.0.5.1:27017", "mongodb://127.0.5.2", "http://127.0.5.3/",
           "https://u:P*****d@127.0.5.4", "redis://127.0.6.1:6379"]
EXCLUDE = ["127.0.1.2, 127.0.2.3", "127.0.6.1"]


def _scope(targets: list[str], exclude: list[str]) -> dict[str, object]:
    return {"targets": targets, "exclude": exclude, "ports": [6379, 27017]}


@pytest.mark.usefixtures("no_lookups")
def test_a_stored_hostname_or_path_is_never_looked_up() -> None:
    services = [{"host": "192.0.2.7", "hostname": "db.example.org", "port": 5984, "status": "refused"}]
    v = view_data({"scope": _scope(["db.example.org", "cache.example.org:6379", "./u8**********00",
                                    "127.0.0.1"], []), "services": services})
    assert v.status(("192.0.2.7", 5984)) == AddrStatus.GONE  # the named port's own row
    assert v.status(("192.0.2.8", 6379)) is None  # a name's other addresses: not known, never closed
    assert v.blocks == [(ipaddress.ip_network("127.0.0.1/32"), None)]


def test_swept_addresses_are_the_scan_parsers() -> None:
    parsed = ParsedScope()
    for t in TARGETS:
        parse_one(t, parsed, schemes(PROBES))
    for e in EXCLUDE:
        parsed.scope.excluded += [ipaddress.ip_network(p.strip()) for p in e.split(",")]
    v = view_data({"scope": _scope(TARGETS, EXCLUDE), "services": []})
    assert v.excluded == parsed.scope.excluded
    allowed = [ep for ep in parsed.endpoints if parsed.scope.allows(ep.host)]
    assert v.explicit == {(ep.host, ep.port) for ep in allowed if ep.port is not None}
    assert v.blocks == [(ipaddress.ip_network(ep.host), None) for ep in allowed if ep.port is None] + \
        [(b.network, b.port) for b in parsed.blocks]
    assert v.explicit == {("127.0.5.1", 27017), ("127.0.5.3", 80), ("127.0.5.4", 443)}  # redis:// excluded
    assert v.status(("127.0.1.1", 6379)) == AddrStatus.GONE and v.status(("127.0.1.2", 6379)) is None
    assert v.status(("127.0.4.3", 27017)) == AddrStatus.GONE and v.status(("127.0.5.2", 27017)) == AddrStatus.GONE


@pytest.mark.parametrize("target", ["mongodb://127.0.0.1:0", "http://127.0.0.1:0", "127.0.0.1:0"])
def test_a_target_on_port_0_is_refused_and_read_back_as_nothing_tried(target: str) -> None:
    """The scan's parser refuses port 0 in every spelling (it kept a URI's: the run tried 127.0.0.1:0 alone), so
    a stored target on port 0 (an older run's) is skipped as unreadable, as ``127.0.0.1:0`` always was: read as
    no port it would have been swept on the whole port list (or on http's 80), and a service of the last run at
    127.0.0.1:27017 or :80 closed by a run that never tried it."""
    with pytest.raises(TargetError, match="port 0 is no port a service listens on"):
        parse_one(target, ParsedScope(), schemes(PROBES))
    v = view_data({"scope": {"targets": [target], "exclude": [], "ports": [27017, 80]}, "services": []})
    assert v.status(("127.0.0.1", 27017)) is None and v.status(("127.0.0.1", 80)) is None
    assert v.status(("127.0.0.1", 0)) is None and v.tried() == 0


@pytest.mark.parametrize(("targets", "exclude"), [
    (TARGETS, EXCLUDE),
    (["127.0.0.0/30", "127.0.0.0/31"], []),  # one network inside another
    (["127.0.0.0/29", "127.0.0.1-3:6379", "127.0.0.2"], ["127.0.0.4/31"]),  # a port of the list named again
])
def test_tried_counts_each_address_and_port_the_scan_tried_once(targets: list[str], exclude: list[str]) -> None:
    """``tried()`` (the store's coverage) is the distinct (address, port) pairs the scan's job space holds: an
    excluded address was never tried, and one in two overlapping targets was tried once."""
    ports = [6379, 27017]
    parsed = parse(targets, exclude, schemes(PROBES))
    space = JobSpace(parsed, ports)
    jobs = set()
    for j in range(space.size):
        ep, version, n, port, _ = space.job(j)
        jobs.add((ep.host if ep else str(ipaddress.IPv6Address(n) if version == 6 else ipaddress.IPv4Address(n)), port))
    v = view_data({"scope": {"targets": targets, "exclude": exclude, "ports": ports}, "services": []})
    assert v.tried() == len(jobs)


def _run(swept: bool | None, services: list[dict[str, object]]) -> dict[str, object]:
    scope: dict[str, object] = {"targets": ["192.0.2.0/24"], "ports": [27017]}
    if swept is not None:
        scope["swept"] = swept
    return {"scope": scope, "services": services}


_OPEN = {"host": "192.0.2.7", "port": 27017, "engine": "mongodb", "status": "success", "access": "open",
         "severity": "high", "datasets": [], "findings": []}


@pytest.mark.parametrize(("swept", "closed"), [(None, True), (True, True), (False, False)])
def test_a_run_from_a_discovery_file_never_reads_an_unlisted_address_as_closed(
    swept: bool | None, closed: bool
) -> None:
    """A run whose open ports came from a discovery file (``scope.swept`` false) tried only those: a service the
    last run found and this file did not list is not tried, never closed. A sweep of the scope (a report
    without the field, as before) that no longer finds it reads it as gone."""
    from ajar.watch.events import EventKind, diff

    last, now = view_data(_run(None, [_OPEN])), view_data(_run(swept, []))
    assert now.status(("192.0.2.7", 27017)) == (AddrStatus.GONE if closed else None)
    assert (EventKind.CLOSED in {c.kind for c in diff(last, now)}) == closed
    assert now.tried() == (256 if closed else 0)


def test_an_exclusion_that_cannot_be_read_back_leaves_nothing_swept() -> None:
    """A stored exclusion that is no address, network or range (a hostname the scan resolved): which addresses
    the run left out is not known, so an address the report does not list is not tried, never shut."""
    data = _run(None, [])
    data["scope"] = {"targets": ["192.0.2.0/24"], "exclude": ["db.example.org"], "ports": [27017]}
    now = view_data(data)
    assert now.status(("192.0.2.7", 27017)) is None
    assert now.tried() == 0
