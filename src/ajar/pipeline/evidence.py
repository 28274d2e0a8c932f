"""What the assess stage reads of one dataset: its sample, its classification, its counts over time.

Held in memory only, for as long as the dataset is assessed; never reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ajar.models import FieldReport, Record


class ClassifiedLike(Protocol):
    """What assess reads from ``pipeline.classify.ClassifiedDataset`` (structural, so either works)."""

    @property
    def fields(self) -> list[FieldReport]:
        """Field reports of the dataset."""

    @property
    def movement_trail(self) -> bool:
        """Coordinates with timestamps linked to a person."""

    @property
    def trail_detail(self) -> dict[str, str]:
        """Which paths make the trail (e.g. ``{"coordinates": "loc", "time": "ts"}``)."""

    @property
    def person_key(self) -> str | None:
        """The field path that best identifies a person."""

    @property
    def timestamp_paths(self) -> list[str]:
        """Paths holding datetimes or epoch times, best first."""


@dataclass
class DatasetEvidence:
    """In memory only: the sample and classification of one dataset, and its counts over time.

    ``count_before``/``t_before`` are the record count and ``time.monotonic()`` at inventory;
    ``count_after``/``t_after`` the same, re-counted at the end of the scan. ``newest`` are
    the dataset's newest records where the engine can tell (MongoDB ``_id`` order): they
    serve liveness only, never people estimates (they are not a random sample).
    """

    records: Sequence[Record]
    classified: ClassifiedLike
    count_before: int | None = None
    t_before: float | None = None
    count_after: int | None = None
    t_after: float | None = None
    newest: Sequence[Record] = ()

    def __repr__(self) -> str:  # never show records
        return f"<DatasetEvidence records={len(self.records)}>"

    def growth(self) -> tuple[int, float] | None:
        """``(records added, seconds)`` between inventory and recount, or ``None`` when not measured."""
        if self.count_before is None or self.count_after is None or self.t_before is None or self.t_after is None:
            return None
        seconds = self.t_after - self.t_before
        if seconds <= 0:
            return None
        return self.count_after - self.count_before, seconds
