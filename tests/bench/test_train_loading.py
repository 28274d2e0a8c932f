"""The bench tests' ``train`` fixture (tests/bench/conftest.py) loads a module of bench/train apart: the scripts it
imports by bare name (``run``, ``schemas``, ``cv``) and its folder are not left in ``sys.modules`` or on ``sys.path``
for another test's import of a script of that name (bench/classify/evalgen3 has a ``schemas.py`` of its own; the
sets' ``check.py`` polluted each other's tests before), and another module of that name is not taken for one."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


def test_a_train_module_is_loaded_apart(train: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch) -> None:
    decoy = ModuleType("schemas")  # another folder's schemas.py, loaded by another test
    monkeypatch.setitem(sys.modules, "schemas", decoy)
    scripts = {"run", "cv", "table", "real_columns", "score_eval"}
    for name in scripts:
        monkeypatch.delitem(sys.modules, name, raising=False)
    path = list(sys.path)
    table = train.__wrapped__("table")  # type: ignore[attr-defined]  # afresh, not the session's cached copy
    assert Path(table.cv.schemas.__file__).parent.name == "train"  # bench/train's own, not the decoy
    assert len(table.run.CLASSES) > 1
    assert sys.path == path
    assert sys.modules["schemas"] is decoy and not scripts & set(sys.modules)
