"""JSON report: ``Report.model_dump(mode="json")``, checked against ``schema.json`` before it leaves.

The check runs the schema compiled to Python (``schema_check.py``, generated from ``schema.json`` by
``scripts/schema_check.py``; ~15 ms for a large report). Only a report that fails it is walked again by
jsonschema, for a message that names every place it fails (the tests check both agree).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, cast

from ajar.models import Report
from ajar.report import schema_check
from ajar.report.jsontext import indented


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report, as shipped in the package."""
    text = resources.files("ajar.report").joinpath("schema.json").read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def validate(data: dict[str, Any]) -> None:
    """Raise ``ValueError`` if ``data`` does not match the schema.

    The message names the location and the keyword that failed, never the offending value.
    """
    try:
        schema_check.validate(data)
    except schema_check.JsonSchemaValueException as fast:
        where = _where(data) or _fast_where(fast)
        version = data.get("schema_version") if isinstance(data, dict) else None
        raise ValueError(f"report does not match schema {version!s:.10}: {where}") from None


def _where(data: Any) -> str:
    """Up to five places where ``data`` fails the schema, by jsonschema (empty if it finds none)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    return "; ".join("/" + "/".join(str(p) for p in e.absolute_path) + f" fails {e.validator}" for e in errors[:5])


def _fast_where(exc: schema_check.JsonSchemaValueException) -> str:
    """The place the compiled check failed (``data.services[0].port``), as a path: never the value."""
    parts = [p for p in re.split(r"[.\[\]]+", exc.name or "") if p][1:]
    return "/" + "/".join(parts) + f" fails {exc.rule}"


def render_json(report: Report) -> str:
    """The report as indented JSON, validated against the schema."""
    data = report.model_dump(mode="json")
    validate(data)
    return indented(data) + "\n"
