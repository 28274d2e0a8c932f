"""JSON Lines: one service per line, in the report's JSON form, as each service finishes.

During a scan the CLI writes a line the moment a service is finished (``--format jsonl``), so a
pipeline can act before the scan ends; rendered from a stored report, the lines come in the
report's order. Each line is one ``services[]`` item of the JSON report (same schema), sealed.

A scan that did not finish (Ctrl-C, SIGTERM, an internal error) ends with one more line,
``{"incomplete": "..."}``: the JSON report's own ``incomplete`` (why, and the command that finishes
the run), the one line without ``host``. A finished scan's stream has no such line.
"""

from __future__ import annotations

import json

from ajar.models import Report, Service


def service_line(svc: Service) -> str:
    """One service as one line of JSON (no newline inside; ends with ``\\n``)."""
    return json.dumps(svc.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"


def incomplete_line(incomplete: str) -> str:
    """The last line of an incomplete scan's stream: ``{"incomplete": ...}``."""
    return json.dumps({"incomplete": incomplete}, ensure_ascii=False, separators=(",", ":")) + "\n"


def render_jsonl(report: Report) -> str:
    """Every service of the report, one per line; then :func:`incomplete_line` if the scan did not finish."""
    return "".join(service_line(s) for s in report.services) + (
        incomplete_line(report.incomplete) if report.incomplete else "")
