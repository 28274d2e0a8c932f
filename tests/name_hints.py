"""What a field's name says about a detector's category, for the detectors' table tests."""

from __future__ import annotations

from ajar.detectors.base import Detector, NameHint
from ajar.pipeline.features import hint_of
from ajar.pipeline.names import field_name, matches


def name_agrees(det: Detector, name: str) -> bool:
    """Whether ``name`` is a ``name_hints``/``strong_hints`` word of ``det`` (and no negative one)."""
    return hint_of(det, field_name(name)) in (NameHint.AGREES, NameHint.STRONG)


def name_conditional(det: Detector, name: str) -> bool:
    """Whether ``name`` is only a ``conditional_hints`` word of ``det`` (the values must agree)."""
    return not name_agrees(det, name) and matches(field_name(name), det.conditional_hints)


def name_table(agree: tuple[str, ...], against: tuple[str, ...]) -> list[tuple[str, bool]]:
    """(name, whether it must agree) rows for a parametrized test."""
    return [(n, True) for n in agree] + [(n, False) for n in against]
