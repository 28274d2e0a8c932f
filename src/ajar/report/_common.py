"""Helpers shared by the report renderers: counts, labels, ages. No renderer-specific escaping."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ajar.models import Category, Dataset, Report, Service, Severity, Status
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
    """``host:port`` (IPv6 hosts in brackets)."""
    host = f"[{svc.host}]" if ":" in svc.host else svc.host
    return f"{host}:{svc.port}"


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
