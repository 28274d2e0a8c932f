"""The shipped field model: the one ``bench/train/run.py`` makes, small, and fed what it was trained on."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from ajar.detectors import DETECTORS
from ajar.models import Category
from ajar.pipeline.features import HASH_BUCKETS, dense_names
from ajar.pipeline.model import load_model

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "src" / "ajar" / "pipeline" / "data" / "field_model.json"


def test_model_is_small_and_matches_the_features() -> None:
    assert MODEL.stat().st_size < 5_000_000
    model = load_model()
    assert model.dense == dense_names([d() for d in DETECTORS]), "features changed: retrain (bench/train/run.py)"
    assert model.buckets == HASH_BUCKETS
    assert set(model.classes) == {None, *Category}
    assert (ROOT / "src" / "ajar" / "pipeline" / "data" / "MODEL_CARD.md").is_file()


def test_probabilities_are_a_distribution() -> None:
    model = load_model()
    for x in ({}, {0: 1.0}, {len(model.dense) + 5: 2.0, 3: -1.0}):
        p = model.probabilities(x)
        assert len(p) == len(model.classes) and abs(sum(p) - 1.0) < 1e-9 and min(p) >= 0.0


def _train_module() -> Any:
    spec = importlib.util.spec_from_file_location("bench_train_run", ROOT / "bench" / "train" / "run.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_train_run"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.timeout(900)
def test_shipped_model_is_the_one_the_training_command_makes() -> None:
    warnings.simplefilter("ignore")
    logging.getLogger("faker").setLevel(logging.ERROR)
    run = _train_module()
    made = run.build_model(quiet=True)
    shipped = json.loads(MODEL.read_text(encoding="utf-8"))
    assert made["classes"] == shipped["classes"] and made["dense"] == shipped["dense"]
    assert made["meta"]["fields"] == shipped["meta"]["fields"], "the training data changed: retrain"
    diff = max(
        abs(a - b)
        for ra, rb in zip(made["weights"], shipped["weights"], strict=True)
        for a, b in zip(ra, rb, strict=True)
    )
    assert diff <= 2e-3, f"shipped weights differ from a fresh training run by {diff}: retrain (bench/train/run.py)"
