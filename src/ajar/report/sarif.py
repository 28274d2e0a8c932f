"""SARIF 2.1.0: one result per finding, for code-scanning dashboards and ticketing that read SARIF.

Mapping (OASIS SARIF 2.1.0, errata 01):

* ``runs[0].tool.driver``: ajar, its version, and one ``rule`` per rule id that fired, with the
  rule's title, its remediation as ``help``, and its severity as ``defaultConfiguration.level``
  and as the ``security-severity`` property (the score code-scanning tools sort by).
* ``results``: one per finding. A network service has no file: it is a ``logicalLocation`` of
  kind ``resource`` named ``host:port`` (fully qualified as ``engine://host:port``); a local dump
  is also a ``physicalLocation``. ``partialFingerprints`` identify the same finding across runs
  (engine, address, port, rule; never counts or times).
* ``invocations``: start and end time, whether the scan ran clean, and its errors as
  notifications, led by the ``INCOMPLETE: ...`` sentence of a scan that did not finish (then
  ``executionSuccessful`` is false).

Severity → level: critical and high are ``error``, medium ``warning``, low and info ``note``.
Like every format, it is rendered from a sealed report: no value and no unmasked name.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ajar.models import Report, Service, Severity
from ajar.report._common import incomplete_notice, label, remediation_plan, reported
from ajar.report.jsontext import indented

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
#: the ``security-severity`` score (0-10) code-scanning tools read; CVSS-like bands
SCORE = {Severity.CRITICAL: "9.5", Severity.HIGH: "8.0", Severity.MEDIUM: "5.5", Severity.LOW: "3.0",
         Severity.INFO: "0.0"}


def _where(svc: Service) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "logicalLocations": [
            {"name": label(svc), "kind": "resource", "fullyQualifiedName": f"{svc.engine or 'unknown'}://{label(svc)}"}
        ]
    }
    if svc.engine == "files":
        uri = Path(svc.host).as_uri() if Path(svc.host).is_absolute() else svc.host
        loc["physicalLocation"] = {"artifactLocation": {"uri": uri}}
        loc["logicalLocations"][0]["name"] = svc.host
    return loc


def _fingerprint(svc: Service, rule: str) -> str:
    key = f"{svc.engine}|{svc.host}|{svc.port}|{rule}".encode()
    return hashlib.sha256(key).hexdigest()[:32]


def sarif(report: Report) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (a dict ready for ``json.dumps``)."""
    rules: dict[str, dict[str, Any]] = {}
    results: list[dict[str, Any]] = []
    for svc in reported(report):
        steps, checks = remediation_plan(svc)
        for f in svc.findings:
            if f.rule not in rules:
                rules[f.rule] = {
                    "id": f.rule,
                    "name": "".join(w.capitalize() for w in f.rule.replace(".", "_").split("_")),
                    "shortDescription": {"text": f.title},
                    "help": {"text": f.remediation or "See the report."},
                    "defaultConfiguration": {"level": LEVEL[f.severity]},
                    "properties": {"security-severity": SCORE[f.severity], "tags": ["security", "privacy"]},
                }
            text = f"{f.title} at {label(svc)} ({svc.engine or 'unknown'}, access {svc.access.value})"
            if f.detail:
                text += f": {f.detail}"
            results.append({
                "ruleId": f.rule,
                "level": LEVEL[f.severity],
                "message": {"text": text},
                "locations": [_where(svc)],
                "partialFingerprints": {"ajarFinding/v1": _fingerprint(svc, f.rule)},
                "properties": {
                    "severity": f.severity.value,
                    "security-severity": SCORE[f.severity],
                    "engine": svc.engine or "",
                    "access": svc.access.value,
                    "datasets": list(f.datasets),
                    "howToClose": "\n\n".join(steps),
                    "howToVerify": checks,
                },
            })
    notice = incomplete_notice(report)
    invocation: dict[str, Any] = {
        "executionSuccessful": not report.errors and notice is None,
        "startTimeUtc": report.started.isoformat().replace("+00:00", "Z"),
        "endTimeUtc": report.finished.isoformat().replace("+00:00", "Z"),
        "toolExecutionNotifications": [{"level": "error", "message": {"text": e}}
                                       for e in ([notice] if notice else []) + list(report.errors)],
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": report.tool.name, "version": report.tool.version,
                                "semanticVersion": report.tool.version, "rules": list(rules.values())}},
            "invocations": [invocation],
            "results": results,
            "properties": {"scope": list(report.scope.targets), "ajarSchemaVersion": report.schema_version},
        }],
    }  # fmt: skip


def render_sarif(report: Report) -> str:
    """The report as an indented SARIF 2.1.0 JSON document."""
    return indented(sarif(report)) + "\n"
