"""Disclosure cases: the letter made from a case, and ``security.txt`` (RFC 9116) contacts.

``security.txt`` is looked up only on HTTP services (engines whose probe speaks HTTP), only
at an address inside the scope of the run that found the exposure, through ``ajar.net``
(the scope guard is active, no redirects are followed, the reply is read up to 64 KiB).
Only ``Contact:`` lines are kept: the address the owner published for exactly this.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime

from ajar import net
from ajar.errors import AjarError, StoreError
from ajar.models import Report, Service, where
from ajar.probes import PROBES
from ajar.probes.base import HttpProbe
from ajar.store import Store
from ajar.store import schema as t
from ajar.watch.events import service_fingerprint

HTTP_ENGINES = frozenset(p.id for p in PROBES if issubclass(p, HttpProbe))
SECURITY_TXT_PATHS = ("/.well-known/security.txt", "/security.txt")
_CONTACT = re.compile(r"^\s*Contact:\s*(\S{1,300})\s*$", re.IGNORECASE | re.MULTILINE)


def parse_contacts(text: str) -> list[str]:
    """``Contact:`` values of a security.txt (RFC 9116 §2.5.3), in order, at most 10."""
    return [m.group(1) for m in _CONTACT.finditer(text)][:10]


async def _fetch_contacts(scope: net.Scope, host: str, port: int, tls: bool, timeout: float) -> list[str]:
    async with net.http_client(scope, host, port, tls=tls, timeout=timeout) as client:
        for path in SECURITY_TXT_PATHS:
            try:
                r, body = await net.http_fetch(client, "security.txt", "GET", path, limit=64 << 10, truncate=True)
            except AjarError:
                continue
            if r.status_code == 200:
                found = parse_contacts(body.decode("utf-8", "replace"))
                if found:
                    return found
    return []


def security_txt(report: Report, svc: Service, timeout: float = 5.0, notes: list[str] | None = None) -> list[str]:
    """Contacts from the service's security.txt; empty unless it is an HTTP engine in the run's scope.

    The scope is the run's as it recorded it (:func:`ajar.pipeline.scope.recorded`): the service's address
    must be one of the stored addresses, networks and ranges, or have been reached by a stored hostname (no
    name is looked up again); the lookup may contact that address only. A stored target that cannot be read
    back (a local path, masked in the store; an unreadable text) is skipped, said in ``notes``.
    """
    from ajar.pipeline.scope import recorded

    if svc.engine not in HTTP_ENGINES:
        return []
    rec = recorded(report.scope.targets, report.scope.exclude)
    if notes is not None and rec.skipped:
        notes.append(f"{len(rec.skipped)} target(s) of the run's scope not used for the security.txt lookup "
                     f"(not an address, a network, a range, a hostname or a URI of one, e.g. a local path): "
                     + ", ".join(repr(x) for x in rec.skipped[:3]) + (", ..." if len(rec.skipped) > 3 else ""))
    if not rec.holds(svc.host, svc.hostname):
        if notes is not None:
            notes.append(f"{where(svc.host, svc.port)} is not inside the run's scope as recorded: security.txt "
                         "not looked up")
        return []
    scope = net.Scope(networks=[ipaddress.ip_network(svc.host)])
    with net.guard(scope):
        return asyncio.run(_fetch_contacts(scope, svc.host, svc.port, bool(svc.tls), timeout))


def _case_service(store: Store, case_id: int) -> tuple[t.Case, t.Exposure, Report, Service]:
    with store.read() as s:
        case = s.get(t.Case, case_id)
        exp = s.get(t.Exposure, case.exposure_id) if case else None
    if case is None or exp is None:
        raise StoreError(f"no case {case_id}: `ajar case list` shows them")
    report = store.report(exp.last_run)
    for svc in report.services:
        if svc.engine and service_fingerprint(svc) == exp.fingerprint:
            return case, exp, report, svc
    raise StoreError(f"case {case_id}: run {exp.last_run} does not hold its service any more")


def case_letter(store: Store, case_id: int, lookup: bool = True) -> str:
    """The disclosure letter for a case, from the last run that saw its exposure open."""
    from ajar.report.letter import letter

    case, exp, report, svc = _case_service(store, case_id)
    contacts = json.loads(case.contact) if case.contact.startswith("[") else []
    notes: list[str] = []
    if lookup and not contacts:
        contacts = security_txt(report, svc, notes=notes)
        if contacts:
            with store.write() as s:
                row = s.get(t.Case, case_id)
                if row is not None:
                    row.contact = json.dumps(contacts)
                store.log("ajar", "case.security_txt", f"case {case_id}: {len(contacts)} contact(s)", s)
    head = [f"Case {case_id} ({case.state}), exposure {exp.id}, first seen in run {exp.first_run}, "
            f"last seen open in run {exp.last_run}."]
    head.append("Contacts (security.txt): " + (", ".join(contacts) if contacts else "none published"))
    head += [f"Note: {n}" for n in notes]
    return "\n".join(head) + "\n\n" + letter(report, svc)


def due_checks(store: Store, now: datetime | None = None) -> list[tuple[int, int, str, int]]:
    """Re-verification rounds that are due and not done: (check id, case id, host, port)."""
    from sqlalchemy import select

    now = now or datetime.now(UTC)
    with store.read() as s:
        rows = s.execute(select(t.Check.id, t.Case.id, t.Exposure.host, t.Exposure.port)
                         .join(t.Case, t.Check.case_id == t.Case.id)
                         .join(t.Exposure, t.Case.exposure_id == t.Exposure.id)
                         .where(t.Check.done_run.is_(None), t.Check.due <= now)
                         .order_by(t.Check.due))
        return [(int(a), int(b), str(h), int(p)) for a, b, h, p in rows]


def verify_due(store: Store, scan: Callable[[str, Callable[[Report, str | None], None]], object],
               now: datetime | None = None) -> list[int]:
    """Re-scan the address of every due round (``host:port`` only) and record it; the run ids.

    ``scan(target, record)`` scans and calls ``record(report, checkpoint)`` with the finished
    report and its checkpoint's id in the store (deleted in the transaction that records the run).
    Recording marks each round done with what the re-scan saw; a closed exposure closes its case.
    """
    runs: list[int] = []
    done: set[tuple[str, int]] = set()

    def record(report: Report, checkpoint: str | None) -> None:
        runs.append(store.record(report, {"reverify": True}, checkpoint=checkpoint).run_id)

    for _, _, host, port in due_checks(store, now):
        if (host, port) in done:
            continue
        done.add((host, port))
        target = where(host, port)  # a local path is scanned again as the path
        scan(target, record)
    return runs
