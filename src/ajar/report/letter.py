"""Coordinated-disclosure letters: one plain-text letter per service that needs one.

A letter says what is exposed (engine, access, dataset names, record counts, categories,
people estimate), since when it is known (scan time, newest record age, records per day),
the evidence (commands and redacted replies, with every masked token removed), each finding,
then one plan to close it and how to verify. Signs of an earlier compromise lead the letter. Only
services that answer without credentials (``open``, ``metadata``) get one. It never holds a value,
not even a masked example.

A scan that did not finish gets a note for the auditor above the first letter (``INCOMPLETE: ...``,
then a separator): it is about the scan, not the service, so no letter carries it.
"""

from __future__ import annotations

from ajar.models import Access, Report, Service, Severity
from ajar.names import sealed_copy
from ajar.report._common import (
    ACCESS_TEXT,
    categories_sorted,
    fmt_age,
    fmt_int,
    fmt_time,
    incomplete_notice,
    is_incident,
    label,
    remediation_plan,
    reported,
    scrub_masked,
)

SEPARATOR = "\n\n" + "=" * 78 + "\n\n"
MAX_DATASETS = 25


def _indent(text: str, pad: str = "     ") -> str:
    return "\n".join(pad + line if line else line for line in text.splitlines())


def _oneline(text: str) -> str:
    return " ".join(str(text).split())


def letter(report: Report, svc: Service) -> str:
    """The letter for one service."""
    engine = svc.engine or "data store"
    scanned = fmt_time(report.finished)
    taken = [f for f in svc.findings if is_incident(f)]
    worst = (taken or svc.findings)[0].title if svc.findings else ACCESS_TEXT[svc.access.value]
    out = [
        f"Subject: [{svc.severity.value.upper()}] Exposed {engine} at {label(svc)}: {_oneline(worst)}",
        "",
        f"To the operator of {label(svc)},",
        "",
        f"During an authorised security scan that ended {scanned}, ajar {report.tool.version} found that the "
        f"{engine} service at {label(svc)} (version {_oneline(svc.version or 'unknown')}, "
        f"TLS {'on' if svc.tls else 'off' if svc.tls is False else 'unknown'}) is exposed. "
        f"Access: {svc.access.value}, {ACCESS_TEXT[svc.access.value]}.",
        "",
    ]
    if taken:
        out += [
            "URGENT: SOMEONE WAS THERE BEFORE US",
            *(f"  - {_oneline(f.title)}" + (f" ({', '.join(_oneline(d) for d in f.datasets[:5])})" if f.datasets
                                            else "") for f in taken),
            "  Treat this as a breach: assume the data was copied, keep the evidence, and see the first steps below.",
            "",
        ]
    out += ["WHAT IS EXPOSED"]
    cats = categories_sorted(svc.categories)
    out.append(f"  Categories of personal data: {', '.join(c.value for c in cats) if cats else 'none found'}.")
    if svc.people:
        out.append(f"  People affected (estimate): about {fmt_int(svc.people.count)} ({_oneline(svc.people.method)}).")
    if svc.datasets:
        out.append(f"  Datasets ({len(svc.datasets)}):")
        for d in svc.datasets[:MAX_DATASETS]:
            dc = ", ".join(c.value for c in categories_sorted(d.categories)) or "no personal data found"
            trail = "; movement trail" if d.movement_trail else ""
            out.append(f"   - {_oneline(d.name)}: {fmt_int(d.records)} records, {d.sampled} sampled; {dc}{trail}")
        if len(svc.datasets) > MAX_DATASETS:
            out.append(f"   - … and {len(svc.datasets) - MAX_DATASETS} more")
    out += ["", "SINCE WHEN"]
    out.append(f"  Known to us since {scanned} (scan time). We cannot tell how long it was exposed before.")
    for d in svc.datasets:
        lv = d.liveness
        if lv and (lv.newest_record_age_seconds is not None or lv.records_per_day):
            out.append(
                f"  {_oneline(d.name)}: newest record {fmt_age(lv.newest_record_age_seconds)} old at scan "
                f"time; about {fmt_int(lv.records_per_day)} new records per day."
            )
    out += ["", "EVIDENCE"]
    if svc.evidence:
        for ev in svc.evidence:
            out.append(f"  > {_oneline(ev.command)}")
            out.append(f"  < {_oneline(scrub_masked(ev.reply))}")
    else:
        out.append("  (no protocol exchange recorded)")
    out += ["", "FINDINGS"]
    for i, f in enumerate(svc.findings, 1):
        out.append(f"  {i}. [{f.severity.value.upper()}] {_oneline(f.title)} (rule {f.rule})")
        if f.detail:
            out.append(f"     {_oneline(scrub_masked(f.detail))}")
        if f.datasets:
            shown = ", ".join(_oneline(d) for d in f.datasets[:10])
            more = f" and {len(f.datasets) - 10} more" if len(f.datasets) > 10 else ""
            out.append(f"     Datasets: {shown}{more}")
    steps, checks = remediation_plan(svc)
    if steps:
        out += ["", "HOW TO CLOSE IT"] + [_indent(step, "  ") + "\n" for step in steps]
    if checks:
        out += ["How to verify that it is closed:"] + [f"  - {_oneline(c)}" for c in checks]
    out.append("")
    out += [
        "WHAT WE KEPT",
        "  We read a small sample of records in memory only to classify the fields. We kept no copy of any "
        "record: only dataset names, counts and categories. Blocking our address, or foreign addresses, "
        "does not close this exposure; requiring authentication does.",
        "",
        "Please confirm receipt and tell us when it is closed, so that we can verify it.",
    ]
    return "\n".join(out).rstrip() + "\n"


def needs_letter(svc: Service) -> bool:
    """A service gets a letter when it answers without credentials (``open`` or ``metadata``) and has a
    finding above ``info``. A service that requires authentication, or one ajar could not judge, gets none."""
    return svc.access in (Access.OPEN, Access.METADATA) and any(
        f.severity.rank > Severity.INFO.rank for f in svc.findings
    )


def letters(report: Report) -> dict[str, str]:
    """``"host:port"`` → letter, for every service that needs one, worst first (names sealed first)."""
    report = sealed_copy(report)
    return {label(s): letter(report, s) for s in reported(report) if needs_letter(s)}


def render_letters(report: Report) -> str:
    """All letters, separated by a line of ``=``; a short note when none is needed. An incomplete scan's
    notice comes first, addressed to the auditor, and its own part: a letter sent on is never cut short."""
    texts = [t.rstrip("\n") for t in letters(report).values()]
    if not texts:
        texts = ["No service needs a disclosure letter: none answers without credentials with a finding above info"
                 + (" among the services the scan finished." if report.incomplete else ".")]
    if notice := incomplete_notice(report):
        texts.insert(0, f"{notice}\nThis note is for you, not for the operators: it is part of no letter below.")
    return SEPARATOR.join(texts) + "\n"
