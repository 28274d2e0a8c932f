"""The field model: a multinomial logistic regression over :mod:`ajar.pipeline.features`.

The weights ship as package data (``pipeline/data/field_model.json``, see ``MODEL_CARD.md``
beside it) and are made by ``bench/train/run.py``; inference here is plain Python (a sparse dot
product and a softmax), so the runtime needs no numerical library.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib.resources import files
from typing import Any

from ajar.errors import AjarError
from ajar.models import Category

__all__ = ["FieldModel", "MODEL_FILE", "load_model"]

MODEL_FILE = "field_model.json"


class FieldModel:
    """Weights per feature and class; ``classes[i]`` is a category or None (no personal data)."""

    __slots__ = ("classes", "dense", "index", "buckets", "weights", "meta")

    def __init__(self, doc: dict[str, Any]) -> None:
        self.classes: tuple[Category | None, ...] = tuple(Category(c) if c else None for c in doc["classes"])
        self.dense: tuple[str, ...] = tuple(doc["dense"])
        self.index: dict[str, int] = {name: i for i, name in enumerate(self.dense)}
        self.buckets: int = int(doc["buckets"])
        rows: list[list[float]] = doc["weights"]
        if len(rows) != len(self.dense) + self.buckets or any(len(r) != len(self.classes) for r in rows):
            raise AjarError("the field model's weights do not match its features; retrain it (bench/train/run.py)")
        self.weights: tuple[tuple[float, ...], ...] = tuple(tuple(r) for r in rows)
        self.meta: dict[str, Any] = doc.get("meta", {})

    def probabilities(self, x: dict[int, float]) -> list[float]:
        """P(class | features), in the order of ``classes``."""
        weights = self.weights
        rows = [weights[i] if v == 1.0 else [w * v for w in weights[i]] for i, v in x.items()]
        # every row has one weight per class (checked when the model is built): zip's strict check per row cost
        # ~10 % of this product
        z = [sum(col) for col in zip(*rows)] if rows else [0.0] * len(self.classes)  # noqa: B905
        top = max(z)
        e = [math.exp(s - top) for s in z]
        total = sum(e)
        return [p / total for p in e]


@cache
def load_model() -> FieldModel:
    """The shipped field model, read once per process."""
    text = (files("ajar.pipeline") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    return FieldModel(json.loads(text))
