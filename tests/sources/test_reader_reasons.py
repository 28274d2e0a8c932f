"""Coverage names why a file went unread: a reader that crashed, that overran its deadline, that ran
out of memory, are three reasons, not one (``byte_budget_exceeded`` was given for all three).

Each scan runs in a forked child under an address-space limit and a timeout
(``test_reader_child._bounded``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ajar.sources import files
from ajar.sources.base import SkipReason
from tests.sources.test_reader_child import _bounded, _good, _scan


def _aborts_on_b(d: Path) -> Any:
    from ajar.sources.jsonfile import read_json as real

    def read_json(src: Any, *args: Any) -> Any:
        if src.display.endswith("b.jsonl"):
            os.abort()  # what a native parser does when an allocation fails under the memory limit
        return real(src, *args)

    setattr(files, "read_json", read_json)  # noqa: B010 - the forked test child's copy only
    return _scan(d, 10.0)


def test_a_reader_that_crashes_is_counted_as_crashed(tmp_path: Path) -> None:
    for name in "abc":
        _good(tmp_path, f"{name}.jsonl")
    got, skipped, read, _forks = _bounded(_aborts_on_b, tmp_path)
    assert [g[0] for g in got] == ["a", "b", "c"] and got[0][1] == got[2][1] == 3, got
    assert "the reader crashed (SIGABRT, signal 6" in (got[1][3] or ""), got
    assert "out of memory?" not in (got[1][3] or "")
    assert skipped == {"reader_crashed": 1} and read == 3


def test_the_reasons_are_in_the_report_schema() -> None:
    import json
    from importlib import resources

    schema = json.loads(resources.files("ajar.report").joinpath("schema.json").read_text(encoding="utf-8"))
    found: list[list[str]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            enum = node.get("enum")
            if isinstance(enum, list) and "byte_budget_exceeded" in enum:
                found.append(enum)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema)
    assert found and all(set(e) == {r.value for r in SkipReason} for e in found)
