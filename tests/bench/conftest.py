"""Shared setup of the bench tests: a module of ``bench/train``, loaded without leaving anything behind."""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "bench" / "train"
#: the folders whose scripts import each other by bare name (``import run``, ``import schemas``); bench/train's
#: scripts put both on ``sys.path``. Names shared with other sets' folders (``run``, ``schemas``, ``check``...)
#: must not stay in ``sys.modules`` for the tests that load those.
_FOLDERS = (TRAIN, ROOT / "bench" / "classify")


@functools.cache
def _train_module(name: str) -> ModuleType:
    """``bench/train/<name>.py`` imported as its scripts import each other (``bench/train`` first on ``sys.path``);
    then ``sys.path`` and ``sys.modules`` are as they were: the module keeps its own references to the scripts it
    imported, and no bare script name (``run``, ``schemas``, ``score_eval``) is left to another test's import.
    Cached: each script runs once per session."""
    local = {p.stem for folder in _FOLDERS for p in folder.glob("*.py")}
    path, saved = list(sys.path), {n: sys.modules.pop(n) for n in local if n in sys.modules}
    try:
        sys.path.insert(0, str(TRAIN))
        return importlib.import_module(name)
    finally:
        sys.path[:] = path
        for n in local:
            sys.modules.pop(n, None)
        sys.modules.update(saved)


@pytest.fixture
def train() -> Callable[[str], ModuleType]:
    """A module of ``bench/train`` by name (:func:`_train_module`); the test is skipped when the training's own
    libraries (numpy, scipy, faker) are not installed."""
    for lib in ("numpy", "scipy", "faker"):
        pytest.importorskip(lib)
    return _train_module
