"""Reports people act on: incidents first, one plan per service, real code spans, no autolinks, one count."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ajar.models import Access, Dataset, Report, ScopeInfo, Service, Status, ToolInfo
from ajar.pipeline.assess import assess_service
from ajar.report import letters, render
from ajar.report._common import reported

HOSTILE_NAMES = [
    "http://evil.example/login",
    "www.evil.example",
    "see https://evil.example/x?a=1",
    "mailto:someone@evil.example",
]


def _tokens(text: str) -> list[Token]:
    """Every token, inline children included, as GitHub parses it: tables, and GFM's autolinks (a scheme,
    ``www.``, an e-mail address; not bare domains, hence no fuzzy links)."""
    parser = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "linkify", "strikethrough"])
    parser.linkify.set({"fuzzy_link": False})
    out: list[Token] = []
    for t in parser.parse(text):
        out.append(t)
        out.extend(t.children or [])
    return out


def _with_hostile_names(report: Report) -> Report:
    svc = report.services[0]
    svc.datasets += [Dataset(name=n, records=1) for n in HOSTILE_NAMES]
    svc.findings[0].datasets += HOSTILE_NAMES
    return report


def test_markdown_has_no_links_and_no_html(report: Report) -> None:
    toks = _tokens(render(_with_hostile_names(report), "md"))
    assert not [t for t in toks if t.type == "link_open"], "a bare URL or address from a target became a link"
    assert not [t for t in toks if t.type in ("html_inline", "html_block")]


def test_markdown_verify_commands_are_code_spans(report: Report) -> None:
    toks = _tokens(render(report, "md"))
    codes = [t.content for t in toks if t.type == "code_inline"]
    assert "ajar scan 127.0.0.2:27017" in codes
    assert any(c.startswith("openssl s_client -connect 127.0.0.2:27017") for c in codes)
    texts = " ".join(t.content for t in toks if t.type == "text")
    assert "`" not in texts, "a backtick was escaped into the text instead of making a code span"


def test_one_remediation_block_per_service(report: Report) -> None:
    md = render(report, "md")
    with_findings = [s for s in reported(report) if s.findings]
    assert md.count("### How to close it") == len(with_findings)
    assert md.count("authorization: enabled") == 1, "the MongoDB fix is given once, not once per finding"
    assert render(report, "letter").count("authorization: enabled") == 1
    html = render(report, "html")
    assert html.count("authorization: enabled") == 1


def test_summary_leads_with_incidents(report: Report) -> None:
    md = render(report, "md")
    summary = md.split("## Summary", 1)[1].split("##", 1)[0].strip().splitlines()
    assert summary[0].startswith("- INCIDENT at 127.0.0.2:27017") and "Ransom note" in summary[0]
    assert md.index("INCIDENT") < md.index("| severity | services |")
    letter = letters(report)["127.0.0.2:27017"]
    assert letter.index("URGENT: SOMEONE WAS THERE BEFORE US") < letter.index("WHAT IS EXPOSED")
    assert "Ransom note" in letter.splitlines()[0]
    html = render(report, "html")
    assert html.index("INCIDENT at 127.0.0.2:27017") < html.index('id="services-table"')


@pytest.mark.parametrize("fmt", ["md", "html", "letter"])
def test_times_are_readable(report: Report, fmt: str) -> None:
    text = render(report, fmt)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text), "ISO 8601 with a T is for machines"
    assert "2025-06-01 11:58:00 UTC" in text or "2025-06-01 12:00:00 UTC" in text


def test_same_service_count_everywhere(report: Report) -> None:
    n = len(reported(report))
    data = json.loads(render(report, "json"))
    assert sum(1 for s in data["services"] if s["engine"]) == n
    assert f"## Services ({n})" in render(report, "md")
    assert re.search(rf'<div class="n">{n}</div>\s*services', render(report, "html"))
    assert "Other ports (1)" in render(report, "md")


def test_no_letter_for_a_service_that_requires_authentication() -> None:
    t = datetime(2025, 1, 1, tzinfo=UTC)
    locked = Service(host="127.0.0.3", port=6379, engine="redis", version="7.0.15", tls=False,
                     status=Status.SUCCESS, access=Access.AUTH_REQUIRED)
    unknown = Service(host="127.0.0.3", port=6380, engine="redis", version="7.0.15", tls=False,
                      status=Status.SUCCESS, access=Access.UNKNOWN)
    assess_service(locked)
    assess_service(unknown)
    assert any(f.severity.rank > 0 for f in locked.findings), "the locked Redis has a low finding (no TLS)"
    rep = Report(tool=ToolInfo(version="0"), scope=ScopeInfo(targets=["127.0.0.3"]), started=t, finished=t,
                 services=[locked, unknown])
    assert letters(rep) == {}
    assert "Exposed redis" not in render(rep, "letter")
