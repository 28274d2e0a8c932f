"""Helpers shared by the report renderers: counts, labels, ages. No renderer-specific escaping."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from ajar.models import Access, Category, Dataset, Finding, Report, Service, Severity, Status, where
from ajar.names import CREDENTIALS_UNUSED, has_credentials
from ajar.pipeline.places import KINDS

SEVERITIES: tuple[Severity, ...] = (
    Severity.CRITICAL,
    Severity.HIGH,
    Severity.MEDIUM,
    Severity.LOW,
    Severity.INFO,
)

ACCESS_TEXT = {
    "open": "records readable without credentials",
    "metadata": "names and counts readable without credentials, records not",
    "auth_required": "the server requires authentication",
    "unknown": "could not tell (not a sign that it is closed)",
}


def label(svc: Service) -> str:
    """``host:port`` (IPv6 hosts in brackets), or a local path alone (:func:`~ajar.models.where`)."""
    return where(svc.host, svc.port)


def reported(report: Report) -> list[Service]:
    """Services worth reporting: a probe succeeded or something was found, worst first."""
    out = [s for s in report.services if s.status == Status.SUCCESS or s.findings or s.engine]
    return sorted(out, key=lambda s: (-s.severity.rank, -(s.people.count if s.people else 0), s.host, s.port))


def severity_counts(report: Report) -> dict[Severity, int]:
    """Number of reported services per severity, every severity present."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for s in reported(report):
        counts[s.severity] += 1
    return counts


def finding_counts(report: Report) -> dict[Severity, int]:
    """Number of findings per severity over all services."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for s in report.services:
        for f in s.findings:
            counts[f.severity] += 1
    return counts


def people_total(report: Report) -> int:
    """Sum of the services' people estimates (distinct stores may hold the same people)."""
    return sum(s.people.count for s in report.services if s.people is not None)


def categories_sorted(cats: set[Category]) -> list[Category]:
    """Categories in the table order of DESIGN.md §5."""
    order = list(Category)
    return sorted(cats, key=order.index)


def fmt_age(seconds: float | None) -> str:
    """A duration in words: ``"42 s"``, ``"5 min"``, ``"3.2 h"``, ``"12 days"``; ``"unknown"``."""
    if seconds is None:
        return "unknown"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    if seconds < 172_800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} days"


def fmt_int(n: int | float | None) -> str:
    """``1234567`` → ``"1,234,567"``; None → ``"?"``."""
    return "?" if n is None else f"{n:,.0f}"


_MASKED = re.compile(r"\S*\*\S*")


def scrub_masked(text: str) -> str:
    """Drop every token that holds a mask (``*``): for texts that must carry no value at all."""
    return _MASKED.sub("[…]", text)


@dataclass(frozen=True)
class Bar:
    """One bar of a composition chart: a label (ajar's own words), a share, a count, and whether it
    is sensitive. Never a value from the target."""

    label: str
    share: float
    count: int
    sensitive: bool = False


@dataclass(frozen=True)
class CompositionView:
    """A dataset's composition as the renderers draw it: records per category, and per place
    field the share of each kind of place; ``inferred`` says what the places reveal."""

    dataset: str
    sampled: int
    categories: list[Bar]
    places: list[tuple[str, list[Bar]]]
    inferred: list[str]


def composition_view(ds: Dataset) -> CompositionView | None:
    """What a researcher would publish about one dataset, made safe to publish (None if empty)."""
    comp = ds.composition
    if comp is None or not (comp.categories or comp.places):
        return None
    cats = [Bar(c.category.value, c.share, c.records, c.category in _ART9) for c in comp.categories]
    places = []
    for pf in comp.places:
        bars = [Bar(k.label, k.share, k.values, k.sensitive) for k in pf.kinds]
        if pf.other_share > 0:
            bars.append(Bar("other or unknown", pf.other_share, round(pf.other_share * pf.values)))
        places.append((pf.path, bars))
    inferred = [
        f"{i.category.value} inferred from {i.inferred_from}: "
        f"{KINDS[i.kind][0] if i.kind in KINDS else i.kind} in {i.share:.0%} of its values"
        for i in ds.inferred
    ]
    return CompositionView(ds.name, comp.sampled, cats, places, inferred)


_ART9 = frozenset(c for c in Category if c.value.startswith(("special.", "biometric.")))


# --- what every readable format shows the same way -----------------------------------------------


def fmt_time(when: datetime) -> str:
    """``2025-06-01 12:00:05 UTC``: a moment a person reads (UTC when the time is aware)."""
    if when.tzinfo is not None:
        return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return when.strftime("%Y-%m-%d %H:%M:%S")


def fmt_duration(seconds: float) -> str:
    """``"0.4 s"``, ``"42 s"``, ``"3 min 5 s"``, ``"2 h 4 min"``."""
    if seconds < 10:
        return f"{seconds:.1f} s"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{int(seconds // 60)} min {int(seconds % 60)} s"
    return f"{int(seconds // 3600)} h {int(seconds % 3600 // 60)} min"


def fmt_scan_time(report: Report) -> str:
    """``2025-06-01 11:58:00 UTC, 2 min 0 s``: when the scan ran and how long it took."""
    took = max(0.0, (report.finished - report.started).total_seconds())
    return f"{fmt_time(report.started)}, {fmt_duration(took)}"


def other_ports(report: Report) -> list[Service]:
    """Ports that answered (or not) with no known engine: listed apart, never counted as services."""
    shown = {id(s) for s in reported(report)}
    return [s for s in report.services if id(s) not in shown]


def is_incident(f: Finding) -> bool:
    """A sign that someone was there first (ransom note, wiped data, planted payload)."""
    return f.rule.startswith("compromise.")


def incidents(report: Report) -> list[tuple[Service, Finding]]:
    """Every compromise finding with its service, worst service first."""
    return [(s, f) for s in reported(report) for f in s.findings if is_incident(f)]


def remediation_plan(svc: Service) -> tuple[list[str], list[str]]:
    """One block of steps to close a service, and the checks that it is closed.

    Findings of one service share most of their remediation (require authentication, limit
    where it listens...); each step is given once, in the order of the worst finding that
    needs it. A step is a paragraph: a line that starts flush left with a capital or a digit,
    and the lines under it (indented configuration, ``and …``/``(…)`` continuations).
    """
    ranked: list[tuple[int, int, str]] = []
    for f in svc.findings:
        para: list[str] = []
        units: list[str] = []
        for line in f.remediation.splitlines():
            if para and line[:1] not in (" ", "\t", "(") and not line[:1].islower():
                units.append("\n".join(para))
                para = []
            para.append(line.rstrip())
        if para:
            units.append("\n".join(para))
        for i, u in enumerate(units):
            # an incident's steps come first; then a finding's lead sentence ("Close it now: ...")
            lead = i == 0 and len(units) > 1 and not u[:1].isdigit()
            rank = (0 if is_incident(f) else 1) if lead else 2
            ranked.append((rank, len(ranked), u))
    steps: list[str] = []
    for _, _, u in sorted(ranked):
        if u.strip() and u not in steps:
            steps.append(u)
    checks = list(dict.fromkeys(f.verify for f in svc.findings if f.verify))
    return steps, checks


def incomplete_notice(report: Report) -> str | None:
    """The sentence every readable format opens with when the scan did not finish (``INCOMPLETE: ...``,
    with why and the command that finishes it), or None for a finished scan."""
    if not report.incomplete:
        return None
    return (
        f"INCOMPLETE: the scan was {report.incomplete}. Only the services it finished are reported; the rest "
        "of the scope was not checked, so what is not listed is unknown, not closed."
    )


def executive_summary(report: Report) -> list[str]:
    """The summary a reader acts on, most urgent first: incidents, then exposure, then the rest.

    Plain sentences; each renderer escapes them. A ransom note or a planted payload means the
    data was already taken: that leads, before any count.
    """
    out: list[str] = []
    if notice := incomplete_notice(report):
        out.append(notice)
    by_service: dict[int, tuple[Service, list[Finding]]] = {}
    for svc, f in incidents(report):
        by_service.setdefault(id(svc), (svc, []))[1].append(f)
    for svc, fs in by_service.values():
        what = "; ".join(f.title + (f" ({', '.join(f.datasets[:3])})" if f.datasets else "") for f in fs)
        out.append(
            f"INCIDENT at {label(svc)} ({svc.engine}): {what}. Someone was there before this scan: treat it as "
            "a breach, assume the data was copied, keep the evidence."
        )
    svcs = reported(report)
    exposed = [s for s in svcs if s.access in (Access.OPEN, Access.METADATA)]
    personal = [s for s in exposed if s.categories]
    if exposed:
        people = sum(s.people.count for s in personal if s.people)
        out.append(
            f"{len(exposed)} of {len(svcs)} services answer without credentials "
            f"({sum(s.access == Access.OPEN for s in exposed)} with records readable); "
            f"{len(personal)} {'exposes' if len(personal) == 1 else 'expose'} personal data"
            + (f" of about {people:,} people (estimate)." if people else ".")
        )
    elif svcs:
        out.append(f"No service of the {len(svcs)} found answers without credentials.")
    elif report.incomplete:
        out.append("No data store was found in the part of the scope checked before the scan stopped.")
    else:
        out.append("No data store was found in the scope.")
    sev = severity_counts(report)
    worst = [f"{sev[s]} {s.value}" for s in SEVERITIES if sev[s] and s.rank >= Severity.MEDIUM.rank]
    if worst:
        out.append("Services by severity: " + ", ".join(worst) + ".")
    live = [(s, d) for s in exposed for d in s.datasets if d.liveness and d.liveness.records_per_day]
    if live:
        out.append(f"{len(live)} dataset(s) are still growing: new data keeps arriving while they are open.")
    if any(has_credentials(t) for t in report.scope.targets):
        out.append(CREDENTIALS_UNUSED[0].upper() + CREDENTIALS_UNUSED[1:] + ".")
    others = other_ports(report)
    if others:
        out.append(f"{len(others)} other port(s) answered with no known data store, or not at all (listed apart).")
    return out
