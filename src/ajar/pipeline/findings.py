"""Applying the rule table to one service: signals and facts in, findings and a severity out.

:func:`assess_service` runs once per service, after every dataset was assessed. The table is
:data:`ajar.rules.RULES` plus the weaknesses the engine's probe declares
(:func:`ajar.rules.table`); each row fires from its predicate over the service's
:class:`~ajar.rules.Facts` or from a :class:`~ajar.knowledge.Signal` naming it. The table
gives title and severity; the remediation comes from the weakness row or from the engine's
guide (:func:`ajar.remediation.remediation_for`), with ``HOST`` and ``PORT`` filled in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ajar.knowledge import EngineKnowledge, Signal, Weakness
from ajar.models import Finding, Service, Severity, Status
from ajar.pipeline.estimates import service_people
from ajar.remediation import remediation_for
from ajar.rules import Facts, Rule, table
from ajar.sources.files import FilesKnowledge

__all__ = ["assess_service", "knowledge_of"]


def knowledge_of(engine: str | None) -> type[EngineKnowledge]:
    """The class that knows ``engine``: its registered probe, the files source, or the generic one."""
    from ajar.probes import PROBES  # on first use: a scan of files passes its knowledge and imports no driver

    classes: tuple[type[EngineKnowledge], ...] = (*PROBES, FilesKnowledge)
    known = {k.id: k for k in classes}
    return known.get(engine or "", EngineKnowledge)


def assess_service(
    svc: Service, signals: Sequence[Signal] = (), knowledge: type[EngineKnowledge] | None = None
) -> None:
    """Apply the rule table to a service: set ``findings``, ``severity`` and ``people``.

    ``signals`` come from the probe's access check and from the assess stage's dataset checks;
    ``knowledge`` is the engine's probe class (its guide, end-of-life floors and weaknesses);
    by default the one registered for ``svc.engine`` (:func:`knowledge_of`).
    Signals of one rule become one finding (their datasets and details merged). A signal that
    names no row of the table is a probe bug: the service is marked ``error`` with the rule's
    id, and the other findings still stand. Findings are ordered worst first, then by table order.
    """
    knowledge = knowledge or knowledge_of(svc.engine)
    svc.people = service_people(svc)
    rules = table(knowledge.weaknesses)
    known = {r.id for r in rules}
    grouped: dict[str, list[Signal]] = {}
    for s in signals:
        grouped.setdefault(s.rule, []).append(s)
    unknown = sorted(set(grouped) - known)
    if unknown:
        svc.status = Status.ERROR
        svc.error = f"the {knowledge.id or 'engine'} probe signalled rules not in its table: {', '.join(unknown)}"
    facts = Facts(
        engine=svc.engine,
        version=svc.version,
        tls=svc.tls,
        status=svc.status,
        access=svc.access,
        rights=svc.rights,
        datasets=svc.datasets,
        signals=grouped,
        people=svc.people,
        end_of_life=knowledge.end_of_life,
    )
    own = {w.id: w for w in knowledge.weaknesses}
    findings: list[Finding] = []
    for rule in rules:
        m = None if rule.signal_only else rule.match(facts)
        sig = grouped.get(rule.id, [])
        if m is None and not sig:
            continue
        datasets = list(m.datasets) if m is not None else []
        details = [m.detail] if m is not None and m.detail else []
        for s in sig:
            datasets += [d for d in s.datasets if d not in datasets]
            if s.detail and s.detail not in details:
                details.append(s.detail)
        findings.append(_finding(rule, "; ".join(details), datasets, svc, knowledge, own.get(rule.id)))
    order = {r.id: i for i, r in enumerate(rules)}
    findings.sort(key=lambda f: (-f.severity.rank, order.get(f.rule, len(order))))
    svc.findings = findings
    svc.severity = max((f.severity for f in findings), key=lambda s: s.rank, default=Severity.INFO)


def _finding(
    rule: Rule, detail: str, datasets: list[str], svc: Service, knowledge: type[EngineKnowledge],
    weakness: Weakness | None,
) -> Finding:
    rem, ver = remediation_for(rule.id, knowledge.guide)
    if weakness is not None:
        rem, ver = weakness.remediation or rem, weakness.verify or ver
    return Finding(
        rule=rule.id,
        title=rule.title,
        severity=rule.severity,
        remediation=_fill(rem, svc),
        verify=_fill(ver, svc),
        detail=detail,
        datasets=list(dict.fromkeys(datasets)),
    )


def _fill(text: str, svc: Service) -> str:
    """The guide's ``HOST``/``PORT`` placeholders as this service's address (files have neither)."""
    if not svc.port:
        return text
    host = f"[{svc.host}]" if ":" in svc.host else svc.host
    text = text.replace("HOST:PORT", f"{host}:{svc.port}")
    return re.sub(r"\bPORT\b", str(svc.port), re.sub(r"\bHOST\b", svc.host, text))
