"""The sixth author's generator (bench/train/gen_c): deterministic per seed, every field it writes is labelled
as a scan reads it, and training refuses any seed but its TRAIN_SEEDS (its SEED is held out for logo.py)."""

from __future__ import annotations

import csv
import filecmp
import importlib.util
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from ajar.models import Category
from tests.support import run_together

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "train" / "gen_c" / "generate.py"
CATEGORIES = {"none"} | {c.value for c in Category}


def _generate(*runs: tuple[int, Path]) -> None:
    """The generator at each (seed, directory), all at once."""
    pytest.importorskip("faker")
    pytest.importorskip("mimesis")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    run_together(*([sys.executable, str(SCRIPT), "--seed", str(s), "--out", str(out)] for s, out in runs), env=env)


def _load(name: str, path: Path) -> object:
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Seed 1, seed 1 again and seed 2, made at once (the tests below compare them)."""
    runs = [(1, tmp_path_factory.mktemp("genc1")), (1, tmp_path_factory.mktemp("genc1-again"))]
    runs.append((2, tmp_path_factory.mktemp("genc2")))
    _generate(*runs)
    return runs[0][1], runs[1][1], runs[2][1]


@pytest.fixture(scope="module")
def seed1(made: tuple[Path, Path, Path]) -> Path:
    return made[0]


def test_same_seed_same_files(made: tuple[Path, Path, Path]) -> None:
    seed1, again, _ = made
    cmp = filecmp.dircmp(seed1, again)
    assert not cmp.left_only and not cmp.right_only
    _match, mismatch, errors = filecmp.cmpfiles(seed1, again, cmp.common_files, shallow=False)
    assert not mismatch and not errors


def test_seeds_differ(made: tuple[Path, Path, Path]) -> None:
    seed1, _, two = made
    a = (seed1 / "labels.csv").read_text(encoding="utf-8")
    b = (two / "labels.csv").read_text(encoding="utf-8")
    assert a != b


def test_templates_and_labels(seed1: Path) -> None:
    templates = _load("genc_templates", SCRIPT.parent / "templates.py")
    kinds = [t.kind for t in templates.TEMPLATES]  # type: ignore[attr-defined]
    assert len(kinds) >= 120 and kinds.count("n") >= kinds.count("p") - 5
    with open(seed1 / "labels.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["category"] for r in rows} <= CATEGORIES
    assert len({r["file_id"] for r in rows}) == len(kinds)
    assert len({r["category"] for r in rows}) == len(CATEGORIES)


def test_every_field_a_scan_reads_is_labelled(seed1: Path, train: Callable[[str], ModuleType]) -> None:
    real_columns = train("real_columns")

    from ajar.detectors import DETECTORS
    from ajar.pipeline.classify import field_vectors
    from ajar.pipeline.features import dense_names
    from ajar.pipeline.flatten import flatten

    index = {n: i for i, n in enumerate(dense_names([d() for d in DETECTORS]))}
    with open(seed1 / "labels.csv", newline="", encoding="utf-8") as fh:
        labels = list(csv.DictReader(fh))
    found = real_columns.labelled_files(seed1, labels)
    assert len(found) == len({r["file_id"] for r in labels})
    for name, records, want in found:
        assert records, name
        vectors, _ev = field_vectors(flatten(records), len(records), index)
        assert set(vectors) == set(want), name


def test_training_refuses_other_seeds() -> None:
    pytest.importorskip("numpy")
    pytest.importorskip("scipy")
    text = SCRIPT.read_text(encoding="utf-8")
    held = re.search(r"^SEED = (\d+)", text, re.M)
    train = re.search(r"^TRAIN_SEEDS = \((.*)\)", text, re.M)
    assert held is not None and train is not None
    assert train.group(1).replace(" ", "") == "1,2" and int(held.group(1)) not in (1, 2)
    logo = _load("train_logo_genc", ROOT / "bench" / "train" / "logo.py")
    for bad in ((3,), (int(held.group(1)),), (1, 7), ()):
        with pytest.raises(SystemExit):
            logo.genc_training_sets(bad)  # type: ignore[attr-defined]
