"""Exposures, their fingerprints, and the events between runs: pure functions, no I/O.

A run is reduced to a :class:`RunView`: the exposures it saw (services reachable without
credentials, and their datasets), and what it found at each address it tried. :func:`step`
carries each exposure's :class:`State` from one run to the next and returns the events.
The store (``ajar.store``) and ``ajar diff`` both use it; a hypothesis state machine tests it.

Fingerprints (scheme :data:`FINGERPRINT_SCHEME`):

* service: ``v1|service|<engine>|<normalised address>|<port>|<instance id or ->``
* dataset: ``<service fingerprint>|<dataset name>``

never counts, times or anything else that changes while the exposure stays the same one.
The instance id is the engine's own identity when the report carries one (a MongoDB
replica-set name, an Elasticsearch cluster UUID); a new instance at the same address is a
new exposure.

Rules:

* ``new``: first seen present. ``reopened``: present again after ``closed``.
* ``closed``: an open exposure missed by ``closed_after`` consecutive runs that tried its
  address (refused, filtered, replaced, dataset gone), so a flapping network does not spam;
  at once when the server itself answered that credentials are now required (locked).
  An address a run did not try, or where it could not tell (``unknown``), changes nothing:
  "could not tell" is never closed.
* ``grew``: records or records-per-day above ``grew_factor`` times the baseline (the value
  when the exposure was new or last grew); the baseline then moves.
* ``ransomed``: a compromise finding (ransom note, wiped datasets, cron payload) appears.
* ``severity_changed``: a present service's severity differs from the last run's.
* ``category_added``: a dataset holds a category of personal data it never held before.
* ``restricted``: reachable from some vantage points and not from others. The view has
  room for it (:attr:`Seen.restricted`); it arrives with the vantage work, and never closes.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from typing import Any

from ajar.models import Access, Report, Service, Severity, Status, where

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

FINGERPRINT_SCHEME = 1

#: Report ``info`` keys that name an instance, per engine (the instance's own id).
INSTANCE_KEYS: Mapping[str, tuple[str, ...]] = {
    "mongodb": ("setName",),
    "elasticsearch": ("cluster_uuid",),
    "opensearch": ("cluster_uuid",),
}

#: Finding rules that mean someone already got in.
COMPROMISE_RULES = frozenset({"compromise.ransom_note", "compromise.wiped", "compromise.redis_cron"})


class EventKind(StrEnum):
    """What changed about an exposure between runs (a closed vocabulary)."""

    NEW = "new"
    CLOSED = "closed"
    REOPENED = "reopened"
    GREW = "grew"
    RANSOMED = "ransomed"
    SEVERITY_CHANGED = "severity_changed"
    CATEGORY_ADDED = "category_added"
    RESTRICTED = "restricted"


class AddrStatus(StrEnum):
    """What a run found at one address it tried."""

    OPEN = "open"  # a data store answered without credentials
    LOCKED = "locked"  # the server said credentials are required
    GONE = "gone"  # refused, or no data store there any more
    FILTERED = "filtered"  # no answer (timeout)
    UNKNOWN = "unknown"  # could not tell


@dataclass(frozen=True)
class Policy:
    """Parameters of the event logic."""

    closed_after: int = 2
    grew_factor: float = 2.0

    def __post_init__(self) -> None:
        if self.closed_after < 1 or self.grew_factor <= 1.0:
            raise ValueError("closed_after must be >= 1 and grew_factor > 1")


DEFAULT_POLICY = Policy()
#: ``ajar diff`` compares two runs alone: a miss is a close.
DIFF_POLICY = Policy(closed_after=1)


@dataclass(frozen=True)
class Seen:
    """One exposure as one run saw it (present)."""

    fingerprint: str
    kind: str  # "service" or "dataset"
    engine: str
    host: str
    port: int
    dataset: str | None = None
    parent: str | None = None
    severity: Severity = Severity.INFO
    records: int | None = None
    rate: float | None = None
    people: int | None = None
    categories: frozenset[str] = frozenset()
    ransomed: bool = False
    restricted: bool = False


@dataclass
class RunView:
    """What one run says: the exposures present, and the status at each address tried.

    A report lists the ports that answered; every other (address, port) the scope swept
    was tried and found shut: :meth:`status` says ``gone`` for it. A report that did not sweep
    its scope (a stopped scan's, ``incomplete``; or one whose ports came from a discovery file,
    ``scope.swept`` false) tried only the addresses it lists: nothing else is read as shut.
    """

    seen: dict[str, Seen] = field(default_factory=dict)
    addresses: dict[tuple[str, int], AddrStatus] = field(default_factory=dict)
    #: (address, port) pairs the scope named explicitly (``host:port``, URIs with a port)
    explicit: set[tuple[str, int]] = field(default_factory=set)
    #: networks swept, each on one port or (None) on :attr:`ports`; never listed address by address
    blocks: list[tuple[IPNetwork, int | None]] = field(default_factory=list)
    excluded: list[IPNetwork] = field(default_factory=list)
    ports: frozenset[int] = frozenset()

    def swept(self, addr: tuple[str, int]) -> bool:
        """True when a network block of the scope covers ``addr`` (and it is not excluded)."""
        try:
            ip = ipaddress.ip_address(addr[0])
        except ValueError:
            return False
        if any(ip in n for n in self.excluded if n.version == ip.version):
            return False
        return any(ip in n and (p == addr[1] or (p is None and addr[1] in self.ports))
                   for n, p in self.blocks if n.version == ip.version)

    def tried(self) -> int:
        """How many distinct (address, port) pairs the run tried: the blocks on their ports less the exclusions
        (counted arithmetically, an address in two blocks on one port once), plus the named ones."""
        from ajar.net import Scope
        from ajar.pipeline.scope import scope_size

        listed = [n for n, p in self.blocks if p is None]  # swept on every port of the list
        own = {p for _, p in self.blocks if p is not None}
        n = len(self.ports - own) * scope_size(Scope(networks=listed, excluded=self.excluded))
        for port in own:
            nets = [net for net, p in self.blocks if p == port] + (listed if port in self.ports else [])
            n += scope_size(Scope(networks=nets, excluded=self.excluded))
        return n + sum(1 for a in self.explicit | set(self.addresses) if not self.swept(a))

    def status(self, addr: tuple[str, int]) -> AddrStatus | None:
        """What the run found at ``addr``; ``None`` when it did not try it."""
        got = self.addresses.get(addr)
        if got is not None:
            return got
        if addr in self.explicit or self.swept(addr):
            return AddrStatus.GONE
        return None


@dataclass(frozen=True)
class State:
    """What the store carries for one exposure between runs."""

    seen: Seen  # the last time it was present
    open: bool = True
    misses: int = 0
    base_records: int | None = None
    base_rate: float | None = None
    categories: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Change:
    """One event: its kind, the exposure, and a detail dict that holds no sampled value."""

    kind: EventKind
    fingerprint: str
    severity: Severity
    detail: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=1 << 16)
def normalise_host(host: str) -> str:
    """An IP in its canonical form (``::ffff:127.0.0.2`` → ``127.0.0.2``); names lower-cased."""
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        if "/" in host or "\\" in host:
            return host  # a local path (engine ``files``): case matters
        return host.strip().lower().rstrip(".")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    return ip.compressed


def fingerprint(engine: str | None, host: str, port: int, info: Mapping[str, Any]) -> str:
    """The versioned identity of a service: engine, address, port, instance id."""
    instance = "-"
    for key in INSTANCE_KEYS.get(engine or "", ()):
        if info.get(key):
            instance = str(info[key])
            break
    return f"v{FINGERPRINT_SCHEME}|service|{engine}|{normalise_host(host)}|{port}|{instance}"


def service_fingerprint(svc: Service) -> str:
    """:func:`fingerprint` of a report's service."""
    return fingerprint(svc.engine, svc.host, svc.port, svc.info)


def _addr_status(svc: Mapping[str, Any]) -> AddrStatus:
    if svc.get("engine") is not None:
        if svc.get("access") in (Access.OPEN.value, Access.METADATA.value):
            return AddrStatus.OPEN
        if svc.get("access") == Access.AUTH_REQUIRED.value:
            return AddrStatus.LOCKED
        return AddrStatus.UNKNOWN
    if svc.get("status") in (Status.REFUSED.value, Status.NOT_THIS_ENGINE.value):
        return AddrStatus.GONE
    if svc.get("status") == Status.TIMEOUT.value:
        return AddrStatus.FILTERED
    return AddrStatus.UNKNOWN


def _tried(data: Mapping[str, Any], out: RunView) -> None:
    """Fill the addresses the scope swept, read back as stored (:func:`ajar.pipeline.scope.recorded`: never a
    DNS or file system look-up). A hostname's addresses are not known without DNS; every port the run tried
    through a name is one of the report's services anyway (a named port is recorded whatever its state).
    A stopped run (``incomplete``) did not reach every address, and a run that took its open ports from a discovery
    file swept nothing (``scope.swept`` false): only their own rows were tried; nor is anything read as swept when an
    exclusion cannot be read back (an excluded address would be read as shut)."""
    from ajar.pipeline.scope import recorded

    scope = data.get("scope") or {}
    if data.get("incomplete") or scope.get("swept") is False:
        return
    rec = recorded(list(scope.get("targets") or []), list(scope.get("exclude") or []))
    if rec.skipped_exclusion:  # which addresses the run left out is not known: none is read as swept
        return
    out.excluded = list(rec.scope.excluded)
    for ep in rec.endpoints:  # URIs that named an address: few
        if rec.scope.allows(ep.host):
            if ep.port is not None:
                out.explicit.add((normalise_host(ep.host), ep.port))
            else:
                out.blocks.append((ipaddress.ip_network(ep.host), None))
    out.blocks += [(b.network, b.port) for b in rec.blocks]
    out.ports = frozenset(int(p) for p in scope.get("ports") or [])


def view(report: Report) -> RunView:
    """Reduce a report to what the event logic needs (nothing sampled is in a report)."""
    return view_data(report.model_dump(mode="json"))


def _cats(fields: list[Mapping[str, Any]] | None) -> frozenset[str]:
    return frozenset(str(f["category"]) for f in fields or ())


def view_data(data: Mapping[str, Any]) -> RunView:
    """:func:`view` of a report as JSON data (``json.loads`` of a stored report: no model parse, fast)."""
    out = RunView()
    _tried(data, out)
    for svc in data.get("services") or []:
        port = int(svc["port"])
        addr = (normalise_host(svc["host"]), port)
        status = _addr_status(svc)
        if out.addresses.get(addr) != AddrStatus.OPEN:  # an open engine wins over a sibling's miss
            out.addresses[addr] = status
        engine = svc.get("engine")
        if status != AddrStatus.OPEN or engine is None:
            continue
        fp = fingerprint(engine, svc["host"], port, svc.get("info") or {})
        sev = Severity(svc.get("severity", "info"))
        datasets = svc.get("datasets") or []
        ransomed = any(f.get("rule") in COMPROMISE_RULES for f in svc.get("findings") or [])
        known = [d["records"] for d in datasets if d.get("records") is not None]
        people = (svc.get("people") or {}).get("count")
        cats: set[str] = set()
        for ds in datasets:
            dcats = _cats(ds.get("fields"))
            cats |= dcats
            dfp = f"{fp}|{ds['name']}"
            out.seen[dfp] = Seen(dfp, "dataset", engine, addr[0], port, dataset=ds["name"], parent=fp,
                                 severity=sev, records=ds.get("records"),
                                 rate=(ds.get("liveness") or {}).get("records_per_day"),
                                 people=(ds.get("people") or {}).get("count"), categories=dcats)
        out.seen[fp] = Seen(fp, "service", engine, addr[0], port, severity=sev,
                            records=sum(known) if known else None, people=people,
                            categories=frozenset(cats), ransomed=ransomed)
    return out


def _grew(now: Seen, st: State, factor: float) -> dict[str, Any] | None:
    for what, base, cur in (("records", st.base_records, now.records), ("records_per_day", st.base_rate, now.rate)):
        if base is not None and cur is not None and base > 0 and cur > factor * base:
            return {"what": what, "before": base, "after": cur, "factor": factor}
    return None


def _present(now: Seen, st: State | None, policy: Policy) -> tuple[State, list[Change]]:
    """An exposure the run saw: new, reopened, or compared with its last state."""
    sev = now.severity
    base = State(now, True, 0, now.records, now.rate, now.categories)
    if st is None:
        return base, [Change(EventKind.NEW, now.fingerprint, sev, _describe(now))]
    if not st.open:
        return replace(base, categories=st.categories | now.categories), [
            Change(EventKind.REOPENED, now.fingerprint, sev, _describe(now))]
    changes: list[Change] = []
    nxt = replace(st, seen=now, misses=0, categories=st.categories | now.categories)
    if now.kind == "dataset":
        grown = _grew(now, st, policy.grew_factor)
        if grown:
            changes.append(Change(EventKind.GREW, now.fingerprint, sev, grown))
            nxt = replace(nxt, base_records=now.records, base_rate=now.rate)
        else:  # a baseline that was unknown is learnt now
            nxt = replace(nxt, base_records=st.base_records if st.base_records is not None else now.records,
                          base_rate=st.base_rate if st.base_rate is not None else now.rate)
        added = now.categories - st.categories
        if added:
            changes.append(Change(EventKind.CATEGORY_ADDED, now.fingerprint, sev, {"added": sorted(added)}))
    else:
        if now.ransomed and not st.seen.ransomed:
            changes.append(Change(EventKind.RANSOMED, now.fingerprint, sev, {}))
        if now.severity != st.seen.severity:
            changes.append(Change(EventKind.SEVERITY_CHANGED, now.fingerprint, sev,
                                  {"before": st.seen.severity.value, "after": sev.value}))
    if now.restricted and not st.seen.restricted:
        changes.append(Change(EventKind.RESTRICTED, now.fingerprint, sev, {}))
    return nxt, changes


def _missed(st: State, status: AddrStatus, policy: Policy) -> tuple[State, list[Change]]:
    """An open exposure whose address the run tried without finding it."""
    if status == AddrStatus.LOCKED and st.seen.kind == "service":
        return replace(st, open=False, misses=st.misses + 1), [
            Change(EventKind.CLOSED, st.seen.fingerprint, st.seen.severity, {"reason": "locked", "misses": 1})]
    misses = st.misses + 1
    if misses >= policy.closed_after:
        return replace(st, open=False, misses=misses), [
            Change(EventKind.CLOSED, st.seen.fingerprint, st.seen.severity, {"reason": status.value, "misses": misses})]
    return replace(st, misses=misses), []


def step(
    states: Mapping[str, State], run: RunView, policy: Policy = DEFAULT_POLICY
) -> tuple[dict[str, State], list[Change]]:
    """Carry every exposure through one run; return the states that changed and the events.

    Services are handled before their datasets. A dataset is judged only while its service
    is present: when a service closes, its datasets close with it and say nothing more.
    """
    out: dict[str, State] = {}
    changes: list[Change] = []
    for fp, now in sorted(run.seen.items(), key=lambda kv: (kv[1].kind != "service", kv[0])):
        st, ch = _present(now, states.get(fp), policy)
        out[fp] = st
        changes += ch
    for fp, st in states.items():
        if fp in run.seen or not st.open:
            continue
        status = run.status((st.seen.host, st.seen.port))
        if st.seen.kind == "dataset":
            if st.seen.parent not in run.seen:
                continue  # its service is absent: the service's own event speaks for it
            status = AddrStatus.GONE
        if status is None or status == AddrStatus.UNKNOWN:
            continue  # not tried, or could not tell: never a miss
        nst, ch = _missed(st, AddrStatus.GONE if status == AddrStatus.OPEN else status, policy)
        out[fp] = nst
        changes += ch
    return out, changes


def diff(a: RunView, b: RunView, policy: Policy = DIFF_POLICY) -> list[Change]:
    """Events between two runs alone, without history: every exposure of ``a`` is open."""
    states = {fp: State(s, True, 0, s.records, s.rate, s.categories) for fp, s in a.seen.items()}
    return step(states, b, policy)[1]


def _describe(s: Seen) -> dict[str, Any]:
    return {"records": s.records, "records_per_day": s.rate, "categories": sorted(s.categories)}


def digest_text(changes: Iterable[tuple[Change, Seen]], run_label: str) -> str:
    """A one-paragraph, Slack/Mattermost-ready summary of a run's events (no sampled value)."""
    items = list(changes)
    counts: dict[str, int] = {}
    for ch, _ in items:
        counts[ch.kind.value] = counts.get(ch.kind.value, 0) + 1
    head = f"ajar {run_label}: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    lines = [head]
    for ch, s in items[:20]:
        at = f"{s.engine} {where(s.host, s.port)}" + (f" {s.dataset}" if s.dataset else "")
        lines.append(f"- {ch.kind.value} [{ch.severity.value}] {at}")
    if len(items) > 20:
        lines.append(f"… and {len(items) - 20} more")
    return "\n".join(lines)
