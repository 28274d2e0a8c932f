"""Coordinated-disclosure letters: one plain-text letter per service that needs one.

A letter says what is exposed (engine, access, dataset names, record counts, categories,
people estimate), since when it is known (scan time, newest record age, records per day),
the evidence (commands and redacted replies, with every masked token removed), each finding
with how to close it and how to verify. It never holds a value, not even a masked example.
"""

from __future__ import annotations

from ajar.models import Report, Service, Severity
from ajar.report._common import (
    ACCESS_TEXT,
    categories_sorted,
    fmt_age,
    fmt_int,
    label,
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
    scanned = report.finished.strftime("%Y-%m-%d %H:%M UTC") if report.finished.tzinfo else report.finished.isoformat()
    worst = svc.findings[0].title if svc.findings else ACCESS_TEXT[svc.access.value]
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
        "WHAT IS EXPOSED",
    ]
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
    out += ["", "FINDINGS AND HOW TO CLOSE THEM"]
    first_with: dict[str, int] = {}
    for i, f in enumerate(svc.findings, 1):
        out.append(f"  {i}. [{f.severity.value.upper()}] {_oneline(f.title)} (rule {f.rule})")
        if f.detail:
            out.append(f"     {_oneline(scrub_masked(f.detail))}")
        if f.datasets:
            shown = ", ".join(_oneline(d) for d in f.datasets[:10])
            more = f" and {len(f.datasets) - 10} more" if len(f.datasets) > 10 else ""
            out.append(f"     Datasets: {shown}{more}")
        if f.remediation and f.remediation in first_with:
            out.append(f"     How to close it: as in finding {first_with[f.remediation]}.")
        elif f.remediation:
            first_with[f.remediation] = i
            out += ["     How to close it:", _indent(f.remediation, "       ")]
        if f.verify:
            out.append(f"     How to verify: {_oneline(f.verify)}")
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
    """A service gets a letter when it has a finding above ``info``."""
    return any(f.severity.rank > Severity.INFO.rank for f in svc.findings)


def letters(report: Report) -> dict[str, str]:
    """``"host:port"`` → letter, for every service that needs one, worst first."""
    return {label(s): letter(report, s) for s in reported(report) if needs_letter(s)}


def render_letters(report: Report) -> str:
    """All letters, separated by a line of ``=``; a short note when none is needed."""
    texts = list(letters(report).values())
    if not texts:
        return "No service needs a disclosure letter: nothing above info was found.\n"
    return SEPARATOR.join(t.rstrip("\n") for t in texts) + "\n"
