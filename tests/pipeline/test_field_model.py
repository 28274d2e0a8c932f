"""The shipped field model: the one ``bench/train/run.py`` makes, small, and fed what it was trained on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ajar.detectors import DETECTORS
from ajar.models import Category
from ajar.pipeline.features import HASH_BUCKETS, dense_names
from ajar.pipeline.model import load_model
from tests.ahead import Ahead

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


@pytest.mark.timeout(900)
@pytest.mark.ahead([sys.executable, str(ROOT / "bench" / "train" / "run.py"), "--check"],
                   env={"PYTHONPATH": str(ROOT / "src")})
def test_shipped_model_is_the_one_the_training_command_makes(ahead: Ahead) -> None:
    # the command itself, in its own process (it fixes PYTHONHASHSEED), comparing with the shipped file;
    # started when the tests were collected (tests/ahead.py), on the core the tests before this one leave idle
    done = ahead.result(timeout=880)
    assert done.returncode == 0, (done.stdout + done.stderr)[-2000:]
    assert "largest weight difference from the shipped model" in done.stdout
