"""Every format renders; the schema holds; no raw value leaks; hostile names are escaped."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import jsonschema
import pytest

from ajar import models
from ajar.models import Report, Severity
from ajar.names import seal_report
from ajar.report import FORMATS, letters, render, schema, validate

from .conftest import CANARY, XSS


def test_formats() -> None:
    assert FORMATS == ("json", "md", "csv", "html", "letter", "jsonl", "sarif")
    with pytest.raises(ValueError, match="unknown report format"):
        render(Report.model_validate(json.loads(render(_minimal(), "json"))), "pdf")


def _minimal() -> Report:
    from datetime import UTC, datetime

    t = datetime(2025, 1, 1, tzinfo=UTC)
    return Report(tool=models.ToolInfo(version="0"), scope=models.ScopeInfo(targets=[]), started=t, finished=t)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_renders(report: Report, fmt: str) -> None:
    text = render(report, fmt)
    assert text.strip()
    assert "127.0.0.2:27017" in text or fmt in ("json", "csv")


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_report_renders(fmt: str) -> None:
    assert render(_minimal(), fmt) or fmt == "jsonl"  # no service, no line


@pytest.mark.parametrize("fmt", FORMATS)
def test_canary_never_appears(report: Report, fmt: str) -> None:
    text = render(report, fmt)
    assert CANARY not in text
    assert "110101199003071234" not in text
    assert "1BoatSLRHtKNngkdXEeobR76b53LETtpyT" not in text
    assert "http://x/y" not in text


#: names of letters and digits glued to a number in groups: the number identifies someone (an SSN, a phone, a
#: CPF), masked in every format; the build date and version stay
GLUED = {"face.people": "ab12cd781-22-9043.people", "sfzh": "q7tel415-555-2671", "xm": "t1x123.456.789-09"}
GLUED_KEPT = {"face.sightings": "b2build2024-01-02.v1.2.3"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_number_glued_to_a_name_with_digits_never_appears(report: Report, fmt: str) -> None:
    text = report.model_dump_json()
    for old, new in {**GLUED, **GLUED_KEPT}.items():
        text = text.replace(json.dumps(old), json.dumps(new)).replace(f"`{old}`", f"`{new}`")
    out = render(Report.model_validate_json(text), fmt)
    for digits in ("22-90", "555-26", "456.789"):
        assert digits not in out, (fmt, digits)
    if fmt == "json":  # each name is there, masked; the build date and version as they are
        assert all(n in out for n in ("ab12cd78*-**-**43.people", "q7tel41*-***-**71", "t1x12*.***.***-09"))
        assert "b2build2024-01-02.v1.2.3" in out


# --- JSON and its schema -------------------------------------------------------------------------


def test_schema_is_draft_2020_12_and_versioned() -> None:
    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["properties"]["schema_version"]["const"] == models.SCHEMA_VERSION
    assert models.SCHEMA_VERSION in s["$id"]


def test_json_validates_and_round_trips(report: Report) -> None:
    data = json.loads(render(report, "json"))
    validate(data)
    jsonschema.Draft202012Validator(schema()).validate(data)
    # what leaves is the sealed report: names from the target masked, vocabularies by category
    assert Report.model_validate(data) == seal_report(report.model_copy(deep=True))


def test_json_has_design_fields(report: Report) -> None:
    data = json.loads(render(report, "json"))
    svc = data["services"][0]
    for k in ("host", "port", "engine", "version", "tls", "access", "evidence", "severity", "findings", "datasets"):
        assert k in svc
    f = svc["findings"][0]
    assert {"rule", "title", "severity", "remediation"} <= set(f)
    fld = svc["datasets"][0]["fields"][0]
    assert {"path", "category", "confidence", "examples"} <= set(fld)


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["services"][0].update(extra="x"), "/services/0"),
        (lambda d: d["services"][0]["findings"][0].update(severity="apocalyptic"), "/services/0/findings/0/severity"),
        (lambda d: d["services"][0]["datasets"][0]["fields"][0]["examples"].append(CANARY * 3), "examples"),
    ],
)
def test_schema_rejects_bad_reports_without_echoing_values(report: Report, mutate: Any, where: str) -> None:
    data = json.loads(render(report, "json"))
    mutate(data)
    with pytest.raises(ValueError) as exc:
        validate(data)
    assert where in str(exc.value)
    assert CANARY not in str(exc.value) and "apocalyptic" not in str(exc.value)


def _model_fields(model: type[Any]) -> set[str]:
    return set(model.model_fields)


@pytest.mark.parametrize(
    ("model", "pointer"),
    [
        (models.Service, "Service"),
        (models.Dataset, "Dataset"),
        (models.FieldReport, "FieldReport"),
        (models.Finding, "Finding"),
        (models.Evidence, "Evidence"),
        (models.Rights, "Rights"),
        (models.Liveness, "Liveness"),
        (models.PeopleEstimate, "PeopleEstimate"),
    ],
)
def test_schema_matches_models(model: type[Any], pointer: str) -> None:
    """A model field added without a schema update (or the reverse) fails here: bump SCHEMA_VERSION."""
    assert set(schema()["$defs"][pointer]["properties"]) == _model_fields(model)


def test_schema_enums_match_models() -> None:
    d = schema()["$defs"]
    assert d["Severity"]["enum"] == [s.value for s in models.Severity]
    assert d["Category"]["enum"] == [c.value for c in models.Category]
    assert d["Access"]["enum"] == [a.value for a in models.Access]
    assert d["Status"]["enum"] == [s.value for s in models.Status]
    assert set(schema()["properties"]) == _model_fields(models.Report)


# --- Markdown, CSV, letters ----------------------------------------------------------------------


def test_markdown_summary(report: Report) -> None:
    md = render(report, "md")
    assert md.startswith("# ajar report")
    assert "| critical | 2 |" in md
    assert "exposure\\_sensitive" not in md and "exposure.sensitive" in md
    assert "security:\n    authorization: enabled" in md
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;" in md


def test_csv_one_row_per_finding(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert len(rows) == sum(len(s.findings) for s in report.services)
    assert set(rows[0]) == {
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
    }
    crit = [r for r in rows if r["rule"] == "exposure.sensitive"]
    assert crit and crit[0]["datasets"] == "face.people" and crit[0]["port"] == "27017"
    assert all(r["remediation"] for r in rows)


def test_csv_defuses_formulas() -> None:
    from ajar.report.csvfmt import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell("@SUM") == "'@SUM" and _cell("ok") == "ok"


def test_letters_per_service_without_values(report: Report) -> None:
    ls = letters(report)
    assert set(ls) == {"127.0.0.2:27017", "127.0.0.2:6379", "127.0.0.2:5432"}
    text = ls["127.0.0.2:27017"]
    for part in (
        "WHAT IS EXPOSED",
        "SINCE WHEN",
        "EVIDENCE",
        "FINDINGS",
        "HOW TO CLOSE IT",
        "How to verify",
        "listDatabases",
        "person.national_id",
        "face.sightings",
        "newest record",
        "new records per day",
        "security:",
        "authorization: enabled",
    ):
        assert part in text, part
    all_examples = {ex for s in report.services for d in s.datasets for f in d.fields for ex in f.examples}
    rendered = render(report, "letter")
    for ex in all_examples:
        assert ex not in rendered
    assert "*" not in re.sub(r"\*/1|\*\*", "", rendered.split("HOW TO CLOSE IT")[0])
    assert rendered.count("=" * 78) == 2


def test_letter_when_nothing_needs_one(report: Report) -> None:
    report.services = [s for s in report.services if s.severity == Severity.INFO]
    assert "No service needs a disclosure letter" in render(report, "letter")


# --- HTML ----------------------------------------------------------------------------------------


def test_html_is_self_contained(report: Report) -> None:
    page = render(report, "html")
    assert page.startswith("<!doctype html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    assert page.count("<script") == 2  # the data block and the one script


def test_html_escapes_hostile_names(report: Report) -> None:
    page = render(report, "html")
    assert XSS not in page
    assert "<img src=x" not in page and "<script>alert" not in page
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page  # autoescaped, shown as text
    data = page.split('<script type="application/json" id="ajar-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)["datasets"]


def test_html_script_hash_matches_csp(report: Report) -> None:
    import base64
    import hashlib

    page = render(report, "html")
    script = page.rsplit("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in page


def test_html_shows_findings_and_masked_examples(report: Report) -> None:
    page = render(report, "html")
    assert 'data-rule="exposure.sensitive"' in page and 'data-rule="compromise.redis_cron"' in page
    assert "mongod.conf" in page
    ex = next(iter(report.services[0].datasets[0].fields[0].examples))
    assert ex in page
