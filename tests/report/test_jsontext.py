"""``jsontext.indented`` writes what ``json.dumps(indent=2, ensure_ascii=False)`` writes, character for character."""

from __future__ import annotations

import json
import math
import random
from enum import StrEnum
from typing import Any

import pytest

from ajar.models import Report
from ajar.report.jsontext import indented


def _dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


_STRINGS = ["", "a", 'q"uote', "back\\slash", "line\nbreak\ttab\r", "\x00\x1f\x7f", "é中文🙂", "\u2028\u2029",
            "\ud800", "</script>", " ", "1,234"]  # fmt: skip
_NUMBERS: list[Any] = [0, -1, 10**40, -(2**63), 0.0, -0.0, 1.5, 1e-05, 1e16, 1e300, 5e-324, 0.1 + 0.2, 123456789.0]


def _random(rng: random.Random, depth: int = 0) -> Any:
    r = rng.random()
    if depth < 5 and r < 0.25:
        return {rng.choice(_STRINGS) + str(i): _random(rng, depth + 1) for i in range(rng.randint(0, 5))}
    if depth < 5 and r < 0.45:
        return [_random(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    return rng.choice([*_STRINGS, *_NUMBERS, True, False, None])


def test_random_documents_as_json_dumps_writes_them() -> None:
    rng = random.Random(7)
    docs = [_random(rng) for _ in range(3000)]
    assert sum(isinstance(d, dict) and len(d) > 2 for d in docs) > 100
    for doc in docs:
        assert indented(doc) == _dumps(doc)


def test_the_report_as_json_dumps_writes_it(report: Report) -> None:
    data = report.model_dump(mode="json")
    assert indented(data) == _dumps(data)


class _Kind(StrEnum):
    A = "a"


@pytest.mark.parametrize(
    "doc",
    [
        {"x": math.nan},  # NaN and the infinities as json writes them (not JSON, but the same text)
        [math.inf, -math.inf],
        {7: "int key", None: "null key", 2.5: "float key", False: "bool key"},  # keys json converts
        {"k": _Kind.A},  # a str subclass
        {"t": (1, 2)},  # a tuple is a list
        {"i": True, "n": [None, False]},
    ],
)
def test_unusual_values_are_left_to_json(doc: Any) -> None:
    assert indented(doc) == _dumps(doc)


def test_a_document_too_deep_fails_as_json_fails() -> None:
    doc: Any = []
    for _ in range(100_000):
        doc = [doc]
    with pytest.raises(RecursionError):
        _dumps(doc)
    with pytest.raises(RecursionError):
        indented(doc)
