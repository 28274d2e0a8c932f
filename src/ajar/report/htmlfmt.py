"""HTML report: one self-contained file (inline CSS, JS and SVG; no network, no external font).

The page is rendered from Jinja2 templates in ``report/templates/`` with autoescape on:
``base.html.j2`` (the layout a dashboard extends too), ``_macros.html.j2`` (partials: summary,
services table, service card with its one remediation plan, other ports) and ``report.html.j2``.
The CSS and JS are files beside them (``report.css``, ``report.js``), read with
:mod:`importlib.resources` and inlined; they are ajar's own, the only text not escaped.

Everything that came from a scanned server is autoescaped, or handed to the script as JSON inside
``<script type="application/json">`` (with ``<``, ``>`` and ``&`` escaped) and written into the
page with ``textContent``, never ``innerHTML``. A Content-Security-Policy allows no network and
only the one inline script, by hash.

Each dataset's composition is drawn server-side as CSS bars (records per category, kinds of place).
The script draws three charts as inline SVG: severity of services, categories exposed per
service, and a dataset × category matrix. When done it sets ``data-charts-ready="1"`` on
``<body>``; a failure is reported with ``console.error`` and ``data-charts-ready="error"``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, FunctionLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from ajar.models import SENSITIVE_CATEGORIES, Category, Dataset, FieldReport, Report, Service
from ajar.report._common import (
    ACCESS_TEXT,
    SEVERITIES,
    CompositionView,
    categories_sorted,
    composition_view,
    executive_summary,
    finding_counts,
    fmt_age,
    fmt_int,
    fmt_scan_time,
    fmt_time,
    label,
    other_ports,
    people_total,
    remediation_plan,
    reported,
    severity_counts,
)

TEMPLATES = "ajar.report.templates"


def asset(name: str) -> str:
    """A file of ``report/templates/`` (template, CSS, JS) as text."""
    return resources.files("ajar.report").joinpath("templates", name).read_text(encoding="utf-8")


def csp_for(js: str) -> str:
    """The Content-Security-Policy of a page whose only script is ``js``: no network at all."""
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:"


def with_code(text: str) -> Markup:
    """ajar's sentence where ```cmd``` marks a command: escaped text, commands as ``<code>``."""
    parts = re.split(r"`([^`]+)`", str(text))
    return Markup("").join(Markup("<code>{}</code>").format(p) if i % 2 else escape(p) for i, p in enumerate(parts))


def _categories(d: Dataset) -> str:
    return ", ".join(c.value for c in categories_sorted(d.categories))


def _composition_views(svc: Service) -> list[CompositionView]:
    return [v for v in (composition_view(d) for d in svc.datasets) if v is not None]


def _field_rows(svc: Service) -> list[tuple[Dataset, FieldReport]]:
    return [(d, fr) for d in svc.datasets for fr in d.fields]


@cache
def environment() -> Environment:
    """The Jinja2 environment of the report templates (autoescape on, undefined names fail).

    A dashboard can render its own templates that ``{% extends "base.html.j2" %}`` and import
    ``_macros.html.j2`` with a ``ChoiceLoader`` over this environment's loader.
    """
    env = Environment(
        loader=FunctionLoader(lambda name: asset(name) if re.fullmatch(r"[\w.-]+\.j2", name) else None),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        label=label, fmt_int=fmt_int, fmt_age=fmt_age, fmt_time=fmt_time, fmt_scan_time=fmt_scan_time,
        access_text=ACCESS_TEXT, plan=remediation_plan, with_code=with_code, categories=_categories,
        field_rows=_field_rows, composition_views=_composition_views,
    )  # fmt: skip
    return env


def _json_for_script(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _chart_data(report: Report, svcs: list[Service]) -> dict[str, Any]:
    used: set[Category] = set()
    for s in svcs:
        used |= s.categories
    services = []
    datasets = []
    for s in svcs:
        counts: dict[str, int] = {}
        for d in s.datasets:
            for c in d.categories:
                counts[c.value] = counts.get(c.value, 0) + 1
            if d.categories:
                datasets.append({"service": label(s), "name": d.name, "categories": [c.value for c in d.categories]})
        if counts:
            services.append({"label": label(s), "severity": s.severity.value, "categories": counts})
    return {
        "severities": [s.value for s in SEVERITIES],
        "severity_counts": {k.value: v for k, v in severity_counts(report).items()},
        "categories": [{"id": c.value, "sensitive": c in SENSITIVE_CATEGORIES} for c in categories_sorted(used)],
        "services": services,
        "datasets": datasets[:400],
    }


def page_assets() -> dict[str, Any]:
    """What every page of the base layout needs: ``css``, ``js`` (as markup) and the ``csp``."""
    js = asset("report.js")
    return {"css": Markup(asset("report.css")), "js": Markup(js), "csp": Markup(csp_for(js))}  # ajar's own, no quote


def render_html(report: Report) -> str:
    """The whole report as one self-contained HTML page."""
    svcs = reported(report)
    return environment().get_template("report.html.j2").render(
        report=report,
        svcs=svcs,
        others=other_ports(report),
        summary=executive_summary(report),
        severities=SEVERITIES,
        sev_counts=severity_counts(report),
        finding_counts=finding_counts(report),
        people_total=people_total(report),
        n_datasets=sum(len(s.datasets) for s in svcs),
        chart_json=Markup(_json_for_script(_chart_data(report, svcs))),
        **page_assets(),
    ) + "\n"
