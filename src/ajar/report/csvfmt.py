"""CSV of findings: one row per finding, for spreadsheets and ticket imports.

Cells that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab, CR at the
start) are prefixed with ``'``: dataset names come from the scanned server.
"""

from __future__ import annotations

import csv
import io

from ajar.models import Report

COLUMNS = (
    "host",
    "port",
    "engine",
    "severity",
    "rule",
    "title",
    "datasets",
    "detail",
    "remediation",
    "verify",
)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(report: Report) -> str:
    """Header plus one row per finding, services worst first."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    services = sorted(report.services, key=lambda s: (-s.severity.rank, s.host, s.port))
    for s in services:
        for f in s.findings:
            row = (
                s.host,
                s.port,
                s.engine or "",
                f.severity.value,
                f.rule,
                f.title,
                "; ".join(f.datasets),
                f.detail,
                f.remediation,
                f.verify,
            )
            w.writerow([_cell(v) for v in row])
    return buf.getvalue()
