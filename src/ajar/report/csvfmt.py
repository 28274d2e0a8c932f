"""CSV of findings: one row per finding, for spreadsheets and ticket imports.

A scan that did not finish (Ctrl-C, SIGTERM, an internal error) gets one more row, first, under the
header: rule ``scan.incomplete``, severity ``info``, no host, its title ``INCOMPLETE: ...`` and the
sentence of the other formats (why, and the command that finishes the run) as its detail. A row keeps
the file one table a tracker imports whole, and the ticket it becomes says the list is partial.

Cells that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab, CR at the
start) are prefixed with ``'``: dataset names come from the scanned server.
"""

from __future__ import annotations

import csv
import io

from ajar.models import Report
from ajar.report._common import incomplete_notice

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


#: The rule of the row that says a report is incomplete (no finding has it: theirs are per engine).
INCOMPLETE_RULE = "scan.incomplete"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(report: Report) -> str:
    """Header, the ``INCOMPLETE`` row of a scan that did not finish, then one row per finding, services
    worst first."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    if notice := incomplete_notice(report):
        w.writerow([_cell(v) for v in ("", "", "", "info", INCOMPLETE_RULE,
                                       "INCOMPLETE: the scan did not finish; services it did not reach are not listed",
                                       "", notice, "Finish the run with the command in the detail, then import its "
                                       "report: what this file does not list is unknown, not closed.", "")])
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
