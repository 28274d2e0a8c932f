"""Stage 8, assess: how bad each exposure is (DESIGN.md §2, §6).

Two calls, made by the pipeline:

* :func:`assess_dataset` once per sampled dataset, while its raw records are still in memory.
  It fills ``ds.liveness``, ``ds.people``, ``ds.movement_trail`` and ``ds.notes``
  (:mod:`~ajar.pipeline.estimates`), and returns the dataset's signals: compromise signs
  (:mod:`~ajar.pipeline.compromise`), the engine's own dataset signals (its probe's
  :meth:`~ajar.knowledge.EngineKnowledge.dataset_signals`), and live data. Raw values are
  looked at there and never leave: signals, notes and methods hold dataset names, field
  paths, counts and ages.
* :func:`assess_service` (:mod:`~ajar.pipeline.findings`) once per service, after every
  dataset was assessed, with the probe's and the datasets' signals: it applies the rule table.

Neither call raises on odd data: unparseable timestamps are skipped, missing counts give no
estimate. No exception message ever holds a value.
"""

from __future__ import annotations

from datetime import datetime

from ajar.knowledge import EngineKnowledge, Signal
from ajar.models import Access, Dataset, Rights, Status
from ajar.names import theirs
from ajar.pipeline.compromise import compromise_signals
from ajar.pipeline.estimates import estimate_liveness, estimate_people
from ajar.pipeline.evidence import ClassifiedLike, DatasetEvidence
from ajar.pipeline.findings import assess_service, knowledge_of
from ajar.rules import Facts

__all__ = [
    "ClassifiedLike",
    "DatasetEvidence",
    "assess_dataset",
    "assess_service",
    "estimate_liveness",
    "estimate_people",
]


def assess_dataset(
    ds: Dataset,
    ev: DatasetEvidence,
    *,
    now: datetime,
    knowledge: type[EngineKnowledge] | None = None,
    engine: str | None = None,
) -> list[Signal]:
    """Fill the dataset's liveness, people, trail and notes; return its signals.

    ``knowledge`` is the engine's probe class; without it, the one registered for ``engine``
    (:func:`~ajar.pipeline.findings.knowledge_of`), or the generic one.

    Signals returned: ``compromise.ransom_note``, ``compromise.wiped`` (a dataset renamed by
    a wiping bot), the engine's own (``compromise.redis_cron`` from the Redis probe),
    ``stakes.live_personal`` or ``stakes.live_data``. Pass them to :func:`assess_service`.
    """
    _copy_classification(ds, ev)
    ds.liveness = estimate_liveness(ds, ev, now)
    ds.people = estimate_people(ds, ev)
    out = compromise_signals(ds, ev.records)
    out += (knowledge or knowledge_of(engine)).dataset_signals(ds.name, ev.records)
    live = _live_signal(ds)
    return out + ([live] if live else [])


def _copy_classification(ds: Dataset, ev: DatasetEvidence) -> None:
    c = ev.classified
    if not ds.fields and c.fields:
        ds.fields = list(c.fields)
    if ds.sampled == 0 and ev.records:
        ds.sampled = len(ev.records)
    if c.movement_trail:
        ds.movement_trail = True
        if c.trail_detail:
            trail = ", ".join(f"{k}={theirs(v)}" for k, v in sorted(c.trail_detail.items()))
            ds.notes.append(f"movement trail: {trail}")
    if ds.records is None and ev.count_after is not None:
        ds.records = ev.count_after


def _live_signal(ds: Dataset) -> Signal | None:
    facts = Facts(engine=None, version=None, tls=None, status=Status.SUCCESS, access=Access.OPEN, rights=Rights(),
                  datasets=[ds])  # fmt: skip
    lv = ds.liveness
    if lv is None or not facts.live(ds):
        return None
    detail = f"about {lv.records_per_day or 0:,.0f} new records per day"
    if lv.newest_record_age_seconds is not None:
        detail += f", newest record {lv.newest_record_age_seconds / 60:,.0f} min old"
    return Signal("stakes.live_personal" if ds.categories else "stakes.live_data", detail, (ds.name,))
