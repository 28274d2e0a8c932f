"""HTML report: one self-contained file (inline CSS, JS and SVG; no network, no external font).

Everything that came from a scanned server is escaped on the server side (``html.escape``)
or handed to the script as JSON inside ``<script type="application/json">`` (with ``<``, ``>``
and ``&`` escaped) and written into the page with ``textContent``, never ``innerHTML``. A
Content-Security-Policy allows no network and only the one inline script, by hash.

The script draws three charts as inline SVG: severity of services, categories exposed per
service, and a dataset × category matrix. When done it sets ``data-charts-ready="1"`` on
``<body>``; a failure is reported with ``console.error`` and ``data-charts-ready="error"``.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from typing import Any

from ajar.models import SENSITIVE_CATEGORIES, Category, Report, Service
from ajar.report._common import (
    ACCESS_TEXT,
    SEVERITIES,
    categories_sorted,
    finding_counts,
    fmt_age,
    fmt_int,
    label,
    people_total,
    reported,
    severity_counts,
)


def e(text: object) -> str:
    """Escape text for HTML element content and quoted attributes."""
    return escape(str(text), quote=True)


_CSS = """
:root{--crit:#b3001b;--high:#e4572e;--med:#f0a202;--low:#2e86ab;--info:#6c757d;--bg:#fafafa;--fg:#1d1d1f}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
background:var(--bg);color:var(--fg)}header{background:#1d1d1f;color:#fff;padding:16px 24px}
header h1{margin:0 0 4px;font-size:22px}main{padding:16px 24px;max-width:1200px}
h2{border-bottom:1px solid #ddd;padding-bottom:4px}.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:120px}
.card .n{font-size:24px;font-weight:600}.sev{display:inline-block;padding:1px 8px;border-radius:10px;
color:#fff;font-size:12px;font-weight:600;text-transform:uppercase}.sev-critical{background:var(--crit)}
.sev-high{background:var(--high)}.sev-medium{background:var(--med)}.sev-low{background:var(--low)}
.sev-info{background:var(--info)}table{border-collapse:collapse;margin:8px 0;background:#fff}
td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f0f0f0}
td.num{text-align:right}details.service{background:#fff;border:1px solid #ccc;border-radius:6px;
margin:12px 0;padding:8px 12px}details.service>summary{cursor:pointer;font-weight:600;font-size:15px}
.finding{border-left:4px solid var(--info);padding:4px 10px;margin:8px 0}
.finding.critical{border-color:var(--crit)}.finding.high{border-color:var(--high)}
.finding.medium{border-color:var(--med)}.finding.low{border-color:var(--low)}
pre{background:#f4f4f4;padding:8px;white-space:pre-wrap;overflow-wrap:anywhere}code,.mono{font-family:
ui-monospace,Menlo,Consolas,monospace}.chart{background:#fff;border:1px solid #ddd;border-radius:6px;
padding:8px;margin:8px 0;overflow-x:auto}.chart svg text{font-size:11px;fill:#333}.muted{color:#666}
.filters button{margin-right:6px;border:1px solid #bbb;background:#fff;border-radius:4px;padding:2px 8px;
cursor:pointer}.filters button.on{background:#1d1d1f;color:#fff}
"""

_JS = r"""
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLORS = {critical: "#b3001b", high: "#e4572e", medium: "#f0a202", low: "#2e86ab", info: "#6c757d"};
  function el(name, attrs, text) {
    var n = document.createElementNS(NS, name);
    for (var k in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, k)) n.setAttribute(k, String(attrs[k]));
    }
    if (text !== undefined) n.textContent = String(text);
    return n;
  }
  function clip(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }
  function svgIn(id, w, h, label) {
    var host = document.getElementById(id);
    var svg = el("svg", {width: w, height: h, viewBox: "0 0 " + w + " " + h, role: "img",
                         "aria-label": label});
    host.appendChild(svg);
    return svg;
  }
  function severityChart(data) {
    var sev = data.severities, max = 1, i;
    for (i = 0; i < sev.length; i++) max = Math.max(max, data.severity_counts[sev[i]]);
    var svg = svgIn("chart-severity", 420, 30 * sev.length + 10, "services per severity");
    for (i = 0; i < sev.length; i++) {
      var n = data.severity_counts[sev[i]], y = 8 + i * 30, w = Math.round(300 * n / max);
      svg.appendChild(el("text", {x: 0, y: y + 15}, sev[i]));
      svg.appendChild(el("rect", {"class": "bar", x: 70, y: y, width: Math.max(w, 1), height: 20,
                                  fill: COLORS[sev[i]]}));
      svg.appendChild(el("text", {x: 76 + w, y: y + 15}, n));
    }
    svg.setAttribute("data-rendered", "1");
  }
  function serviceChart(data) {
    var cats = data.categories, svcs = data.services, i, j;
    if (!svcs.length || !cats.length) { document.getElementById("chart-services").textContent =
      "No personal data found in any service."; return; }
    var left = 170, col = 26, top = 150;
    var svg = svgIn("chart-services", left + col * cats.length + 120, top + 24 * svcs.length + 10,
                    "categories exposed per service");
    for (j = 0; j < cats.length; j++) {
      var tx = left + j * col + 14;
      svg.appendChild(el("text", {x: tx, y: top - 6, transform: "rotate(-55 " + tx + " " + (top - 6) + ")"},
                         cats[j].id));
    }
    for (i = 0; i < svcs.length; i++) {
      var s = svcs[i], y = top + i * 24;
      svg.appendChild(el("text", {x: 0, y: y + 15}, clip(s.label, 26)));
      for (j = 0; j < cats.length; j++) {
        var n = s.categories[cats[j].id] || 0;
        var r = el("rect", {"class": "cell", x: left + j * col, y: y, width: col - 3, height: 20, rx: 3,
          fill: n ? (cats[j].sensitive ? COLORS.critical : COLORS.high) : "#eee",
          "fill-opacity": n ? 0.9 : 1});
        r.appendChild(el("title", {}, s.label + " \u2013 " + cats[j].id + ": " + n + " dataset(s)"));
        svg.appendChild(r);
        if (n) svg.appendChild(el("text", {x: left + j * col + 8, y: y + 14, fill: "#fff"}, n));
      }
    }
    svg.setAttribute("data-rendered", "1");
  }
  function datasetChart(data) {
    var cats = data.categories, ds = data.datasets, i, j;
    if (!ds.length || !cats.length) { document.getElementById("chart-datasets").textContent =
      "No dataset with personal data."; return; }
    var left = 260, col = 26, top = 150;
    var svg = svgIn("chart-datasets", left + col * cats.length + 120, top + 20 * ds.length + 10,
                    "categories exposed per dataset");
    for (j = 0; j < cats.length; j++) {
      var tx = left + j * col + 14;
      svg.appendChild(el("text", {x: tx, y: top - 6, transform: "rotate(-55 " + tx + " " + (top - 6) + ")"},
                         cats[j].id));
    }
    for (i = 0; i < ds.length; i++) {
      var d = ds[i], y = top + i * 20, have = {};
      for (j = 0; j < d.categories.length; j++) have[d.categories[j]] = true;
      svg.appendChild(el("text", {x: 0, y: y + 13}, clip(d.service + " " + d.name, 40)));
      for (j = 0; j < cats.length; j++) {
        var on = !!have[cats[j].id];
        var r = el("rect", {"class": "cell", x: left + j * col, y: y, width: col - 3, height: 16, rx: 2,
          fill: on ? (cats[j].sensitive ? COLORS.critical : COLORS.high) : "#eee"});
        r.appendChild(el("title", {}, d.name + " \u2013 " + cats[j].id + (on ? ": exposed" : ": not found")));
        svg.appendChild(r);
      }
    }
    svg.setAttribute("data-rendered", "1");
  }
  function filters() {
    var buttons = document.querySelectorAll(".filters button");
    function apply(sev) {
      var svcs = document.querySelectorAll("details.service"), i;
      for (i = 0; i < buttons.length; i++) {
        buttons[i].className = buttons[i].getAttribute("data-sev") === sev ? "on" : "";
      }
      for (i = 0; i < svcs.length; i++) {
        var show = sev === "all" || svcs[i].getAttribute("data-severity") === sev;
        svcs[i].style.display = show ? "" : "none";
      }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener("click", function (ev) {
        apply(ev.currentTarget.getAttribute("data-sev"));
      });
    }
  }
  try {
    var data = JSON.parse(document.getElementById("ajar-data").textContent);
    severityChart(data);
    serviceChart(data);
    datasetChart(data);
    filters();
    document.body.setAttribute("data-charts-ready", "1");
  } catch (err) {
    document.body.setAttribute("data-charts-ready", "error");
    console.error("ajar report: charts failed: " + err);
  }
})();
"""

_JS_HASH = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
CSP = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_JS_HASH}'; img-src data:"


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


def _sev(sev: str) -> str:
    return f'<span class="sev sev-{e(sev)}">{e(sev)}</span>'


def _service_html(svc: Service, idx: int) -> str:
    tls = "yes" if svc.tls else "no" if svc.tls is False else "unknown"
    parts = [
        f'<details class="service" id="service-{idx}" data-severity="{e(svc.severity.value)}" open>',
        f'<summary>{_sev(svc.severity.value)} <span class="mono">{e(label(svc))}</span> · '
        f"{e(svc.engine or 'unknown')} {e(svc.version or '')} · {e(svc.access.value)}</summary>",
        "<table><tbody>",
        f"<tr><th>Access</th><td>{e(svc.access.value)}: {e(ACCESS_TEXT[svc.access.value])}</td></tr>",
        f"<tr><th>TLS</th><td>{tls}</td></tr>",
    ]
    r = svc.rights
    rights = ", ".join(
        f"{k}: {'?' if v is None else 'yes' if v else 'no'}"
        for k, v in (("read", r.read), ("write", r.write), ("admin", r.admin))
    )
    parts.append(
        f"<tr><th>Anonymous rights</th><td>{e(rights)}{(' (' + e(r.basis) + ')') if r.basis else ''}</td></tr>"
    )
    if svc.people:
        parts.append(
            f"<tr><th>People affected</th><td>about {fmt_int(svc.people.count)} "
            f'<span class="muted">({e(svc.people.method)})</span></td></tr>'
        )
    if svc.error:
        parts.append(f"<tr><th>Error</th><td>{e(svc.error)}</td></tr>")
    parts.append("</tbody></table>")
    if svc.evidence:
        parts.append("<h4>Evidence</h4><table><thead><tr><th>command</th><th>reply (redacted)</th></tr></thead><tbody>")
        parts += [
            f'<tr><td class="mono">{e(ev.command)}</td><td class="mono">{e(ev.reply)}</td></tr>' for ev in svc.evidence
        ]
        parts.append("</tbody></table>")
    if svc.findings:
        parts.append(f'<h4>Findings ({len(svc.findings)})</h4><div class="findings">')
    for f in svc.findings:
        parts.append(
            f'<div class="finding {e(f.severity.value)}" data-rule="{e(f.rule)}">'
            f"<div>{_sev(f.severity.value)} <strong>{e(f.title)}</strong> "
            f'<code class="rule">{e(f.rule)}</code></div>'
        )
        if f.detail:
            parts.append(f"<p>{e(f.detail)}</p>")
        if f.datasets:
            parts.append("<p>Datasets: " + ", ".join(f'<span class="mono">{e(d)}</span>' for d in f.datasets) + "</p>")
        if f.remediation:
            parts.append(f"<p><strong>How to close it</strong></p><pre>{e(f.remediation)}</pre>")
        if f.verify:
            parts.append(f"<p><strong>How to verify:</strong> {e(f.verify)}</p>")
        parts.append("</div>")
    if svc.findings:
        parts.append("</div>")
    if svc.datasets:
        parts.append(
            "<h4>Datasets</h4><table><thead><tr><th>dataset</th><th>records</th><th>sampled</th>"
            "<th>categories</th><th>people</th><th>newest record</th><th>records/day</th></tr></thead><tbody>"
        )
        for d in svc.datasets:
            lv = d.liveness
            cats = ", ".join(c.value for c in categories_sorted(d.categories)) or "none found"
            trail = " · movement trail" if d.movement_trail else ""
            parts.append(
                f'<tr><td class="mono">{e(d.name)}</td><td class="num">{fmt_int(d.records)}</td>'
                f'<td class="num">{d.sampled}</td><td>{e(cats)}{trail}</td>'
                f'<td class="num">{fmt_int(d.people.count) if d.people else ""}</td>'
                f"<td>{e(fmt_age(lv.newest_record_age_seconds)) if lv else ''}</td>"
                f'<td class="num">'
                f"{fmt_int(lv.records_per_day) if lv and lv.records_per_day is not None else ''}"
                "</td></tr>"
            )
        parts.append("</tbody></table>")
        rows = [(d, fr) for d in svc.datasets for fr in d.fields]
        if rows:
            parts.append(
                '<h4>Fields <span class="muted">(examples are masked)</span></h4><table><thead><tr>'
                "<th>dataset</th><th>field</th><th>category</th><th>confidence</th><th>share</th>"
                "<th>masked examples</th></tr></thead><tbody>"
            )
            for d, fr in rows:
                ex = " ".join(f'<code class="example">{e(x)}</code>' for x in fr.examples[:3])
                parts.append(
                    f'<tr><td class="mono">{e(d.name)}</td><td class="mono">{e(fr.path)}</td>'
                    f'<td>{e(fr.category.value)}</td><td class="num">{fr.confidence:.2f}</td>'
                    f'<td class="num">{fr.prevalence:.0%}</td><td>{ex}</td></tr>'
                )
            parts.append("</tbody></table>")
    parts.append("</details>")
    return "\n".join(parts)


def render_html(report: Report) -> str:
    """The whole report as one self-contained HTML page."""
    svcs = reported(report)
    sev = severity_counts(report)
    fnd = finding_counts(report)
    n_datasets = sum(len(s.datasets) for s in svcs)
    cards = [
        f'<div class="card"><div class="n">{len(svcs)}</div>services</div>',
        f'<div class="card"><div class="n">{fmt_int(people_total(report))}</div>people affected (est.)</div>',
        f'<div class="card"><div class="n">{n_datasets}</div>datasets</div>',
    ] + [
        f'<div class="card" data-severity="{s.value}"><div class="n">{sev[s]}</div>{_sev(s.value)} services'
        f' <span class="muted">({fnd[s]} findings)</span></div>'
        for s in SEVERITIES
    ]
    rows = "\n".join(
        f'<tr><td><a href="#service-{i}" class="mono">{e(label(s))}</a></td><td>{e(s.engine or "?")}</td>'
        f"<td>{e(s.version or '')}</td><td>{e(s.access.value)}</td><td>{_sev(s.severity.value)}</td>"
        f'<td class="num">{fmt_int(s.people.count) if s.people else ""}</td>'
        f'<td class="num">{len(s.findings)}</td></tr>'
        for i, s in enumerate(svcs)
    )
    buttons = '<button type="button" data-sev="all" class="on">all</button>' + "".join(
        f'<button type="button" data-sev="{s.value}">{s.value}</button>' for s in SEVERITIES
    )
    errors = ""
    if report.errors:
        errors = (
            '<section id="errors"><h2>Errors</h2><ul>'
            + "".join(f"<li>{e(x)}</li>" for x in report.errors)
            + "</ul></section>"
        )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>ajar report · {e(report.finished.isoformat())}</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>ajar report</h1>
<div>Scan {e(report.started.isoformat())} → {e(report.finished.isoformat())}
· {e(report.tool.name)} {e(report.tool.version)} · schema {e(report.schema_version)}
· scope: <span class="mono">{e(", ".join(report.scope.targets))}</span></div></header>
<main>
<section id="overview"><h2>Overview</h2>
<div class="cards">{"".join(cards)}</div>
<div class="chart" id="chart-severity"></div>
<table id="services-table"><thead><tr><th>service</th><th>engine</th><th>version</th><th>access</th>
<th>severity</th>
<th>people</th><th>findings</th></tr></thead><tbody>
{rows}
</tbody></table>
</section>
<section id="charts"><h2>Categories exposed</h2>
<h3>Per service <span class="muted">(number of datasets)</span></h3>
<div class="chart" id="chart-services"></div>
<h3>Per dataset</h3><div class="chart" id="chart-datasets"></div>
</section>
<section id="services"><h2>Services</h2>
<div class="filters">Show: {buttons}</div>
{"".join(_service_html(s, i) for i, s in enumerate(svcs))}
</section>
{errors}
</main>
<script type="application/json" id="ajar-data">{_json_for_script(_chart_data(report, svcs))}</script>
<script>{_JS}</script>
</body>
</html>
"""
