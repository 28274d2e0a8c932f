"""A target's integer too large for a float is no reading, never an error (review of round 8).

JSON allows ``1`` followed by 400 zeros; ``float()`` of such an int raises ``OverflowError``. Raised
inside classification, it failed the whole dataset ("classification failed": no field reported), so a
target could hide its personal data behind one huge number under a clinical name (``hr``) or a time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ajar.models import Category, Dataset, Record
from ajar.pipeline.classify import classify_records
from ajar.pipeline.estimates import estimate_liveness
from ajar.pipeline.evidence import DatasetEvidence

HUGE = 10**400
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _records() -> list[Record]:
    out = []
    for i in range(30):
        seen = NOW - timedelta(minutes=i)
        out.append(
            Record(
                {
                    "email": f"patient{i}@clinic.example",
                    "hr": HUGE if i % 3 == 0 else 60 + i,  # a vital's name: the clinical range reading
                    "glucose": HUGE,
                    "ts": HUGE if i % 2 == 0 else int(seen.timestamp()),  # a time column: the trail's reading
                    "seen": HUGE if i % 5 == 0 else seen.isoformat(),
                }
            )
        )
    return out


def test_a_huge_integer_leaves_the_rest_of_the_dataset_classified() -> None:
    recs = _records()
    cls = classify_records(recs)  # raised OverflowError before
    assert any(f.path == "email" and f.category is Category.EMAIL for f in cls.fields)
    ds = Dataset(name="vitals", records=30, sampled=30, fields=cls.fields)
    estimate_liveness(ds, DatasetEvidence(records=recs, classified=cls), NOW)  # reads the times: never raises


def test_huge_integers_alone_are_no_times() -> None:
    from ajar.pipeline.estimates import _as_time

    assert _as_time(HUGE, NOW) is None
    assert _as_time(-HUGE, NOW) is None
