"""Markdown summary: overview, services table, then per service its findings with remediation.

Text from the scanned server (dataset names, field paths, evidence) is escaped so that it can
neither break a table nor inject HTML into a rendered page.
"""

from __future__ import annotations

import re

from ajar.models import Report, Service
from ajar.report._common import (
    ACCESS_TEXT,
    SEVERITIES,
    categories_sorted,
    composition_view,
    finding_counts,
    fmt_age,
    fmt_int,
    label,
    people_total,
    reported,
    severity_counts,
)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~!])")


def md(text: object) -> str:
    """Escape text for inline Markdown: HTML entities, Markdown punctuation, no line breaks."""
    s = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return re.sub(r"[\r\n\t\x00-\x1f]+", " ", s)


def _block(text: str) -> str:
    """A fenced block long enough that the text cannot close it."""
    runs = [len(m) for m in re.findall(r"`+", text)]
    fence = "`" * max(3, max(runs, default=0) + 1)
    return f"{fence}text\n{text}\n{fence}"


def _service(svc: Service) -> list[str]:
    out = [f"## {md(label(svc))} · {md(svc.engine or 'unknown')} · {svc.severity.value.upper()}", ""]
    out.append(f"- **Access:** {svc.access.value}, {ACCESS_TEXT[svc.access.value]}")
    out.append(
        f"- **Version:** {md(svc.version or 'unknown')} · **TLS:** "
        f"{'yes' if svc.tls else 'no' if svc.tls is False else 'unknown'}"
    )
    if svc.people:
        out.append(f"- **People affected (estimate):** {fmt_int(svc.people.count)} ({md(svc.people.method)})")
    if svc.error:
        out.append(f"- **Error:** {md(svc.error)}")
    for ev in svc.evidence:
        out.append(f"- **Evidence:** {md(ev.command)} → {md(ev.reply)}")
    out.append("")
    if svc.findings:
        out += ["### Findings", ""]
    for f in svc.findings:
        out.append(f"#### {f.severity.value.upper()}: {md(f.title)} ({md(f.rule)})")
        out.append("")
        if f.detail:
            out.append(md(f.detail))
            out.append("")
        if f.datasets:
            out.append("Datasets: " + ", ".join(md(d) for d in f.datasets))
            out.append("")
        if f.remediation:
            out += ["**How to close it**", "", _block(f.remediation), ""]
        if f.verify:
            out += [f"**How to verify:** {md(f.verify)}", ""]
    if svc.datasets:
        out += [
            "### Datasets",
            "",
            "| dataset | records | sampled | categories | people | newest record | records/day |",
            "|---|---:|---:|---|---:|---|---:|",
        ]
        for d in svc.datasets:
            cats = ", ".join(c.value for c in categories_sorted(d.categories)) or "none found"
            lv = d.liveness
            out.append(
                f"| {md(d.name)} | {fmt_int(d.records)} | {d.sampled} | {md(cats)} | "
                f"{fmt_int(d.people.count) if d.people else ''} | "
                f"{fmt_age(lv.newest_record_age_seconds) if lv else ''} | "
                f"{fmt_int(lv.records_per_day) if lv and lv.records_per_day is not None else ''} |"
            )
        out.append("")
        out += _composition(svc)
        rows = [(d, f) for d in svc.datasets for f in d.fields]
        if rows:
            out += [
                "### Fields (examples are masked)",
                "",
                "| dataset | field | category | confidence | examples |",
                "|---|---|---|---:|---|",
            ]
            for d, fr in rows:
                ex = ", ".join(md(e) for e in fr.examples[:3])
                out.append(f"| {md(d.name)} | {md(fr.path)} | {fr.category.value} | {fr.confidence:.2f} | {ex} |")
            out.append("")
    return out


def _composition(svc: Service) -> list[str]:
    """Per dataset: sampled records per category, and the kinds of places its place fields name."""
    views = [v for v in (composition_view(d) for d in svc.datasets) if v is not None]
    if not views:
        return []
    out = ["### Composition (share of sampled records; no values)", ""]
    for v in views:
        out += [f"**{md(v.dataset)}**, {fmt_int(v.sampled)} records sampled", ""]
        out += [f"- {md(text)}" for text in v.inferred]
        if v.inferred:
            out.append("")
        rows = [("category", b) for b in v.categories] + [(f"place: {p}", b) for p, bars in v.places for b in bars]
        out += ["| what | of | records | share |", "|---|---|---:|---:|"]
        for what, b in rows:
            name = f"**{md(b.label)}** (sensitive)" if b.sensitive else md(b.label)
            out.append(f"| {md(what)} | {name} | {fmt_int(b.count)} | {b.share:.0%} |")
        out.append("")
    return out


def render_markdown(report: Report) -> str:
    """The whole report as Markdown."""
    svcs = reported(report)
    sev = severity_counts(report)
    fnd = finding_counts(report)
    out = [
        "# ajar report",
        "",
        f"Scan from {report.started.isoformat()} to {report.finished.isoformat()} · "
        f"{md(report.tool.name)} {md(report.tool.version)} · schema {md(report.schema_version)}",
        "",
        "Scope: " + ", ".join(md(t) for t in report.scope.targets),
        "",
        "## Overview",
        "",
        "| severity | services | findings |",
        "|---|---:|---:|",
    ]
    out += [f"| {s.value} | {sev[s]} | {fnd[s]} |" for s in SEVERITIES]
    out += ["", f"People affected (estimate, sum over services): **{fmt_int(people_total(report))}**", ""]
    if svcs:
        out += [
            "| service | engine | version | access | severity | people | findings |",
            "|---|---|---|---|---|---:|---:|",
        ]
        for s in svcs:
            out.append(
                f"| {md(label(s))} | {md(s.engine or '?')} | {md(s.version or '')} | {s.access.value} | "
                f"{s.severity.value} | {fmt_int(s.people.count) if s.people else ''} | {len(s.findings)} |"
            )
        out.append("")
    for s in svcs:
        out += _service(s)
    if report.errors:
        out += ["## Errors", ""] + [f"- {md(e)}" for e in report.errors] + [""]
    return "\n".join(out).rstrip() + "\n"
