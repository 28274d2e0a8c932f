"""The composition of a dataset (issue 13) in every format: counts per category and per kind of
place, the inference it supports, and never a value (canaries in the place and person fields)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from ajar.models import Access, Dataset, Record, Report, ScopeInfo, Service, Status, ToolInfo
from ajar.pipeline.assess import assess_service
from ajar.pipeline.classify import classify_records
from ajar.report import render

#: Raw values that must never appear in any rendered format.
PLACE_CANARY = "Canaryville Mosque Qx7Z"
PERSON_CANARY = "CANARY-PID-9Q4K"
NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _report() -> Report:
    rng = random.Random(1)
    tags = ["mosque", PLACE_CANARY, "hotel", "internet cafe", "restaurant", "hospital", "bus station"]
    recs = []
    for i in range(200):
        doc: dict[str, Any] = {
            "person": PERSON_CANARY if i % 17 == 0 else f"P{rng.randint(1, 90):04d}",
            "location": {"type": "Point", "coordinates": [75.9 + rng.random() / 10, 39.4 + rng.random() / 10]},
            "place": rng.choices(tags, weights=[10, 3, 8, 12, 14, 5, 8])[0],
            "ts": NOW + dt.timedelta(seconds=20 * i),
        }
        recs.append(Record(doc))
    c = classify_records(recs)
    ds = Dataset(name="watchlist.sightings", records=200, sampled=200, fields=c.fields,
                 movement_trail=c.movement_trail, inferred=c.inferred, composition=c.composition)
    svc = Service(host="127.0.0.2", port=27017, engine="mongodb", version="7.0.0", tls=False,
                  status=Status.SUCCESS, access=Access.OPEN, datasets=[ds])
    assess_service(svc)
    return Report(tool=ToolInfo(version="test"), scope=ScopeInfo(targets=["127.0.0.2"]), started=NOW,
                  finished=NOW, services=[svc])


@pytest.fixture(scope="module")
def report() -> Report:
    return _report()


def test_inference_and_finding(report: Report) -> None:
    (svc,) = report.services
    (ds,) = svc.datasets
    assert {(i.category.value, i.inferred_from) for i in ds.inferred} >= {("special.religion", "place")}
    assert "exposure.trail_sensitive_places" in {f.rule for f in svc.findings}
    assert svc.severity.value == "critical"


def test_json_carries_the_composition(report: Report) -> None:
    data = json.loads(render(report, "json"))
    comp = data["services"][0]["datasets"][0]["composition"]
    kinds = {k["kind"]: k for p in comp["places"] for k in p["kinds"]}
    assert kinds["worship"]["sensitive"] and not kinds["hotel"]["sensitive"]
    assert comp["sampled"] == 200


def test_markdown_table(report: Report) -> None:
    text = render(report, "md")
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert "<table>" in html and "place of worship" in html and "internet café" in html
    assert "special.religion inferred from place" in text


@pytest.mark.parametrize("fmt", ["json", "md", "html", "csv"])
def test_no_value_in_any_format(report: Report, fmt: str) -> None:
    text = render(report, fmt)
    for canary in (PLACE_CANARY, PERSON_CANARY, "Canaryville", "9Q4K"):
        assert canary not in text, f"{canary!r} leaked into {fmt}"


def test_html_bar_chart_in_chromium(report: Report, tmp_path: Path) -> None:
    """The composition is drawn as bars in a real browser; the console stays clean."""
    from .test_html_browser import load, screenshot

    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    text, dom, console = load(page, tmp_path)
    assert not [c for c in console if "error" in c.lower()], console
    blocks = dom.find("div", **{"class": "composition"})
    assert [b["data-dataset"] for b in blocks] == ["watchlist.sightings"]
    fills = dom.find("div", **{"class": "fill sensitive"})
    assert fills and all(f["style"].startswith("width:") for f in fills)
    assert "place of worship (sensitive)" in text
    screenshot(page, tmp_path, "composition", size="1280,4000")
