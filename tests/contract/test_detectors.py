"""Contract of the detector registry: ids, modules, descriptions, tests, and robustness to junk."""

from __future__ import annotations

import importlib
import math
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest

import ajar.detectors as pkg
from ajar.detectors import DATASET_DETECTORS, DETECTORS
from ajar.detectors.base import KINDS, DatasetHit, Detector, Hit
from ajar.models import Category

#: Modules in detectors/ that are not detectors, with the reason.
EXCLUDED = {"base": "the contract (Detector, DatasetDetector, Hit) and shared helpers"}

ROOT = Path(__file__).resolve().parents[2]
ALL = [*DETECTORS, *DATASET_DETECTORS]
IDS = [d.id for d in ALL]


def test_ids_unique_and_snake_case() -> None:
    assert len(IDS) == len(set(IDS)), "duplicate detector id in detectors/__init__.py"
    for ident in IDS:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", ident), f"{ident!r} is not snake_case"


def test_registries_are_alphabetical() -> None:
    for reg in (DETECTORS, DATASET_DETECTORS):
        names = [d.__name__ for d in reg]
        assert names == sorted(names), "keep DETECTORS / DATASET_DETECTORS alphabetical"


@pytest.mark.parametrize("det", ALL, ids=IDS)
def test_id_is_module_name(det: type[Any]) -> None:
    assert det.__module__ == f"ajar.detectors.{det.id}", f"move {det.__name__} to detectors/{det.id}.py"


def test_every_module_is_registered() -> None:
    modules = {m.name for m in pkgutil.iter_modules(pkg.__path__)}
    missing = modules - set(IDS) - set(EXCLUDED)
    assert not missing, f"register {sorted(missing)} in detectors/__init__.py or add to EXCLUDED with a reason"


@pytest.mark.parametrize("det", ALL, ids=IDS)
def test_metadata(det: type[Any]) -> None:
    assert isinstance(det.description, str) and len(det.description) > 10, f"{det.id}: add a description"
    assert isinstance(det.category, Category)
    mod = importlib.import_module(det.__module__)
    assert mod.__doc__ and len(mod.__doc__) > 40, f"{det.id}: module docstring must say what is detected"
    test_file = ROOT / "tests" / "detectors" / f"test_{det.id}.py"
    assert test_file.exists(), f"add {test_file.relative_to(ROOT)}"


@pytest.mark.parametrize("det", DETECTORS, ids=[d.id for d in DETECTORS])
def test_per_value_attributes(det: type[Detector]) -> None:
    assert det.accepts <= set(KINDS), f"{det.id}: accepts must use kinds from base.KINDS"
    for hint in (*det.name_hints, *det.negative_hints):
        assert hint == hint.lower(), f"{det.id}: hint {hint!r} must be lower-case"


def _deep(n: int) -> Any:
    node: Any = 1.5
    for _ in range(n):
        node = {"a": [node]}
    return node


def _deep_list(n: int) -> Any:
    node: Any = [1.0, 2.0]
    for _ in range(n):
        node = [node]
    return node


JUNK: list[Any] = [
    None,
    True,
    False,
    0,
    -0.0,
    0.0,
    float("nan"),
    float("inf"),
    float("-inf"),
    10**400,
    -(10**400),
    "",
    " ",
    "\x00",
    "\ud800",
    "a\udfffb",
    "x" * (10 * 1024 * 1024),
    "1" * (10 * 1024 * 1024),
    "9" * 18,
    "@" * 1000,
    "+" * 50,
    "٣٤٥",
    "𝟙𝟚𝟛",
    b"",
    b"\x00" * 512,
    b"\xff" * 2048,
    bytearray(b"abc"),
    memoryview(b"\x00" * 16),
    [],
    {},
    [None] * 128,
    [float("nan")] * 128,
    [1e308] * 512,
    ["a"] * 3,
    [[1.0, 2.0]] * 3,
    {"type": "Point", "coordinates": None},
    {"type": "Point", "coordinates": [float("nan"), 1]},
    {"lat": "x", "lng": None},
    {"lat": 10**400, "lng": 1},
    {1: 2, None: 3},
    _deep(2000),
    _deep_list(2000),
    object(),
    1 + 2j,
    (1.5, 2.5),
    {"type": "Point", "coordinates": _deep_list(50)},
]


@pytest.mark.parametrize("det", DETECTORS, ids=[d.id for d in DETECTORS])
def test_survives_junk(det: type[Detector]) -> None:
    inst = det()
    for value in JUNK:
        hit = inst.detect(value)
        assert hit is None or isinstance(hit, Hit)
        if hit is not None:
            assert 0.0 <= hit.strength <= 1.0 and not math.isnan(hit.strength)
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in hit.detail.items())


@pytest.mark.parametrize("det", DATASET_DETECTORS, ids=[d.id for d in DATASET_DETECTORS])
def test_dataset_detector_survives_junk(det: type[Any]) -> None:
    inst = det()
    columns: dict[str, list[Any]] = {f"lat{i}": JUNK[:30] for i in range(3)}
    columns.update({"lat": JUNK[:30], "lng": JUNK[:30], "": [], "a.b.lat": ["1.5"], "a.b.lng": [float("nan")]})
    hits = inst.detect_dataset(columns)
    assert all(isinstance(h, DatasetHit) for h in hits)


@pytest.mark.parametrize("det", DETECTORS, ids=[d.id for d in DETECTORS])
def test_hit_detail_never_holds_the_value(det: type[Detector]) -> None:
    inst = det()
    for value in ("11010519491231002X", "+86 138 0013 8000", "li.wei@example.cn", "张伟", "汉族", "E11.9"):
        hit = inst.detect(value)
        if hit is not None:
            assert value not in hit.detail.values()
