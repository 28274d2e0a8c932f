"""The compiled report check (``ajar/report/schema_check.py``) is schema.json's, and says what jsonschema says."""

from __future__ import annotations

import copy
import importlib.util
import json
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ajar.models import Report
from ajar.report import jsonfmt, render, schema, schema_check, validate

from .conftest import CANARY

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_check_is_generated_from_the_shipped_schema() -> None:
    spec = importlib.util.spec_from_file_location("schema_check_gen", ROOT / "scripts" / "schema_check.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    shipped = (ROOT / "src" / "ajar" / "report" / "schema_check.py").read_text(encoding="utf-8")
    assert shipped == gen.generate(), "run: .venv/bin/python scripts/schema_check.py"
    assert "import fastjsonschema" not in shipped and "from fastjsonschema" not in shipped  # not needed at run time


def _paths(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*at, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*at, i))
    return out


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 1.0, 0.5, 1.5, -0.5, 65535, 65536, 2**63 - 1, 2**63, float("nan"), "", "x",
    "x" * 48, "x" * 49, "é" * 48, "é" * 49, "open", "critical", "person.name", "person.nam", "success",
    "2025-01-01T00:00:00Z", "2025-01-01T00:00:00.5+01:00", "2025-01-01", "2025-13-01T00:00:00Z", "not a date",
    "a.b_c", "A.b", "a..b", "reader_timeout", "no_reason", "1.1", "1.0", [], ["x"], [1], {}, {"k": "v"}, {"k": 1},
]  # fmt: skip


def _mutants(data: dict[str, Any], rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Reports with one change each: a value replaced, a key dropped or added, an item added."""
    paths = _paths(data)
    out = []
    for _ in range(n):
        doc = copy.deepcopy(data)
        path = rng.choice(paths)
        node = _get(doc, path)
        move = rng.randrange(4)
        if move == 0 and path:
            _get(doc, path[:-1])[path[-1]] = copy.deepcopy(rng.choice(_VALUES))
        elif move == 1 and isinstance(node, dict) and node:
            del node[rng.choice(list(node))]
        elif move == 2 and isinstance(node, dict):
            node[rng.choice(["extra", "x", *(k for k in node)])] = copy.deepcopy(rng.choice(_VALUES))
        elif isinstance(node, list):
            node.append(copy.deepcopy(rng.choice([*_VALUES, *(node[:1])])))
        out.append(doc)
    return out


def _jsonschema_ok(doc: Any) -> bool:
    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    return next(iter(validator.iter_errors(doc)), None) is None


def _compiled_ok(doc: Any) -> bool:
    try:
        schema_check.validate(doc)
    except schema_check.JsonSchemaValueException:
        return False
    return True


def test_the_compiled_check_accepts_and_rejects_what_jsonschema_does(report: Report) -> None:
    data = json.loads(render(report, "json"))
    assert _compiled_ok(data) and _jsonschema_ok(data)
    rng = random.Random(10)
    docs = _mutants(data, rng, 600)
    got = [(_compiled_ok(d), _jsonschema_ok(d)) for d in docs]
    assert [c for c, _ in got] == [j for _, j in got]
    assert sum(1 for c, _ in got if c) > 150 and sum(1 for c, _ in got if not c) > 150


def test_a_scan_report_passes_both() -> None:
    data = json.loads(render(_scan_report(), "json"))
    assert _compiled_ok(data) and _jsonschema_ok(data)


def _scan_report() -> Report:
    from datetime import UTC, datetime

    from ajar import models
    from ajar.models import Dataset, FieldReport, Service, Status

    t = datetime(2025, 1, 1, tzinfo=UTC)
    ds = Dataset(name="people.json", kind="file", records=3, sampled=3, fields=[
        FieldReport(path="phone", category=models.Category.PHONE, confidence=0.9, prevalence=1.0, values=3,
                    examples=["+8*********00"], detectors=["phone"], detail={"country": "cn"}),
    ])  # fmt: skip
    svc = Service(host="/data", port=0, engine="files", status=Status.SUCCESS, access=models.Access.OPEN, tls=None,
                  datasets=[ds], coverage=models.Coverage(files_read=1, skipped={"hidden": 2}))  # fmt: skip
    return Report(tool=models.ToolInfo(version="0"), scope=models.ScopeInfo(targets=["/data"]), started=t,
                  finished=t, services=[svc])  # fmt: skip


def test_a_failure_jsonschema_does_not_see_is_still_refused_without_the_value(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(render(report, "json"))
    data["services"][0]["findings"][0]["severity"] = CANARY
    monkeypatch.setattr(jsonfmt, "_where", lambda _data: "")
    with pytest.raises(ValueError) as exc:
        validate(data)
    assert "/services/0/findings/0/severity fails enum" in str(exc.value)
    assert CANARY not in str(exc.value)

