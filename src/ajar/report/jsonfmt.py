"""JSON report: ``Report.model_dump(mode="json")``, checked against ``schema.json`` before it leaves."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, cast

import jsonschema

from ajar.models import Report


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report, as shipped in the package."""
    text = resources.files("ajar.report").joinpath("schema.json").read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def validate(data: dict[str, Any]) -> None:
    """Raise ``ValueError`` if ``data`` does not match the schema.

    The message names the location and the keyword that failed, never the offending value.
    """
    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = "; ".join("/" + "/".join(str(p) for p in e.absolute_path) + f" fails {e.validator}" for e in errors[:5])
        raise ValueError(f"report does not match schema {data.get('schema_version')!s:.10}: {where}")


def render_json(report: Report) -> str:
    """The report as indented JSON, validated against the schema."""
    data = report.model_dump(mode="json")
    validate(data)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
