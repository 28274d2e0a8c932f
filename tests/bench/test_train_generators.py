"""The other authors' generators trained on (run.py OTHER_GENERATORS) never run at their evaluation seeds."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run() -> object:
    pytest.importorskip("numpy")
    pytest.importorskip("scipy")
    spec = importlib.util.spec_from_file_location("train_run_generators", ROOT / "bench" / "train" / "run.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_training_seeds_are_never_the_evaluation_seeds() -> None:
    run = _run()
    generators = run.OTHER_GENERATORS  # type: ignore[attr-defined]
    assert set(generators) == {"evalgen2", "evalgen3", "evalgen4"}
    for name, seeds in generators.items():
        text = (ROOT / "bench" / "classify" / name / "generate.py").read_text(encoding="utf-8")
        found = re.search(r"^SEED = (\d+)", text, re.M)
        assert found is not None and int(found.group(1)) not in seeds and seeds


def test_an_evaluation_seed_is_refused() -> None:
    run = _run()
    with pytest.raises(SystemExit):
        run.other_sets({"evalgen3": (530911,)})  # type: ignore[attr-defined]
