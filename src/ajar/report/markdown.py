"""Markdown summary: what to act on first, the services table, then per service one plan to close it.

Text from the scanned server (dataset names, field paths, evidence) is escaped so that it can
neither break a table nor inject HTML into a rendered page, and anything a renderer would turn
into a link (``http://…``, ``www.…``, ``name@host``) is put in a code span, which no renderer
links. ajar's own commands (``How to verify``) are real code spans.
"""

from __future__ import annotations

import re

from ajar.models import Report, Service
from ajar.report._common import (
    ACCESS_TEXT,
    SEVERITIES,
    categories_sorted,
    composition_view,
    executive_summary,
    finding_counts,
    fmt_age,
    fmt_int,
    fmt_scan_time,
    label,
    other_ports,
    people_total,
    remediation_plan,
    reported,
    severity_counts,
)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~!])")
# what GFM and linkify would make a link of: a scheme, www., or an e-mail address
_LINKY = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]{1,20}:/{1,3}|www\.)[^\s|]+|[^\s|@`]+@[^\s|@`]+\.[^\s|@`]+", re.I)


def code(text: object, table: bool = False) -> str:
    """``text`` as an inline code span that nothing in it can close (no line breaks).

    In a table cell a ``|`` would end the cell even inside a code span: ``table`` escapes it.
    """
    s = re.sub(r"[\r\n\t\x00-\x1f]+", " ", str(text))
    if table:
        s = s.replace("|", "\\|")
    fence = "`" * (max((len(m) for m in re.findall(r"`+", s)), default=0) + 1)
    pad = " " if s[:1] in ("`", " ") or s[-1:] in ("`", " ") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _plain(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return re.sub(r"[\r\n\t\x00-\x1f]+", " ", s)


def md(text: object) -> str:
    """Escape text for inline Markdown: punctuation escaped, no line breaks, link-like parts as code."""
    s = str(text)
    out: list[str] = []
    last = 0
    for m in _LINKY.finditer(s):
        out.append(_plain(s[last : m.start()]))
        out.append(code(m.group(0)))
        last = m.end()
    out.append(_plain(s[last:]))
    return "".join(out)


def md_with_code(text: str) -> str:
    """ajar's own sentence where ```cmd``` marks a command: commands become code spans, the rest is escaped."""
    parts = re.split(r"`([^`]+)`", text)
    return "".join(code(p) if i % 2 else md(p) for i, p in enumerate(parts))


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
        out.append(f"- **People affected (estimate):** {fmt_int(svc.people.count)} ({md_with_code(svc.people.method)})")
    if svc.error:
        out.append(f"- **Error:** {md(svc.error)}")
    for ev in svc.evidence:
        out.append(f"- **Evidence:** {code(ev.command)} → {md(ev.reply)}")
    out.append("")
    if svc.findings:
        out += ["### Findings", ""]
    for f in svc.findings:
        line = f"- **{f.severity.value.upper()}: {md(f.title)}** ({code(f.rule)})"
        if f.detail:
            line += f": {md_with_code(f.detail)}"
        if f.datasets:
            line += ". Datasets: " + ", ".join(md(d) for d in f.datasets[:20])
            line += f" and {len(f.datasets) - 20} more" if len(f.datasets) > 20 else ""
        out.append(line)
    if svc.findings:
        out.append("")
    steps, checks = remediation_plan(svc)
    if steps:
        out += ["### How to close it", "", _block("\n\n".join(steps)), ""]
    if checks:
        out += ["### How to verify", ""] + [f"- {md_with_code(c)}" for c in checks] + [""]
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
            rate = "not measured" if lv and lv.records_per_day is None and lv.method else ""
            out.append(
                f"| {md(d.name)} | {fmt_int(d.records)} | {d.sampled} | {md(cats)} | "
                f"{fmt_int(d.people.count) if d.people else ''} | "
                f"{fmt_age(lv.newest_record_age_seconds) if lv else ''} | "
                f"{fmt_int(lv.records_per_day) if lv and lv.records_per_day is not None else rate} |"
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
                ex = ", ".join(code(e, table=True) for e in fr.examples[:3])
                out.append(f"| {md(d.name)} | {md(fr.path)} | {fr.category.value} | {fr.confidence:.2f} | {ex} |")
            out.append("")
    if svc.coverage is not None:
        out += ["### Coverage", "", f"Files read: {fmt_int(svc.coverage.files_read)}.", ""]
        if svc.coverage.skipped:
            out += ["| skipped, because | files or members |", "|---|---:|"]
            out += [f"| {md(k.replace('_', ' '))} | {fmt_int(v)} |" for k, v in sorted(svc.coverage.skipped.items())]
            out.append("")
        else:
            out += ["Nothing was skipped.", ""]
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
        f"Scan {fmt_scan_time(report)} · {md(report.tool.name)} {md(report.tool.version)} · "
        f"schema {md(report.schema_version)}",
        "",
        "Scope: " + ", ".join(md(t) for t in report.scope.targets),
        "",
        "## Summary",
        "",
    ]
    out += [f"- {md_with_code(line)}" for line in executive_summary(report)]
    out += [
        "",
        f"## Services ({len(svcs)})",
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
    others = other_ports(report)
    if others:
        out += [f"## Other ports ({len(others)})", "", "| port | status | why |", "|---|---|---|"]
        out += [f"| {md(label(s))} | {s.status.value} | {md(s.error or '')} |" for s in others]
        out.append("")
    if report.errors:
        out += ["## Errors", ""] + [f"- {md(e)}" for e in report.errors] + [""]
    return "\n".join(out).rstrip() + "\n"
