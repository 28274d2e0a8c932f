"""The examples in ajar's docstrings are true: every ``>>>`` line of every module runs and says what it shows.

A docstring example is documentation a reader trusts (``mask_secret_url``'s showed a Slack path segment masked
that the rule keeps); this runs them all, so a changed rule fails here and not in a reader's head.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import ajar

SRC = Path(ajar.__file__).resolve().parent
MODULES = sorted(
    ".".join(("ajar", *p.relative_to(SRC).with_suffix("").parts))
    for p in SRC.rglob("*.py")
    if ">>> " in p.read_text(encoding="utf-8")
)


def test_modules_with_examples_are_found() -> None:
    assert "ajar.names" in MODULES and "ajar.detectors.face_embedding" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name}: no example ran"
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} docstring examples fail"
