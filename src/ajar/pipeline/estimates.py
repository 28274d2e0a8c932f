"""Liveness and people estimates of one dataset, from its sample and counts (DESIGN.md §6).

:func:`estimate_liveness` says whether records are still arriving and how fast. A rate is
*measured* only from enough evidence, and an unmeasured rate is never guessed:

* at least :data:`MIN_DATED` dated records (the newest ones, or the random sample) spread over
  at least :data:`MIN_SPAN_SECONDS` and over at least :data:`MIN_DISTINCT` distinct seconds,
  none holding more than :data:`MAX_SHARE_OF_ONE_SECOND` of them (a few bursts are no rate); or
* growth of the record count measured across the scan, over at least :data:`MIN_GROWTH_SECONDS`;
* and, for a rate from the sample's dates, at least :data:`MIN_RECENT` sampled records within the window.

Otherwise ``records_per_day`` is ``None`` and the method says "rate not measured" and why (a
single record, or one batch inserted at once, is not a rate). Only a measured rate may make a
dataset live (:meth:`ajar.rules.Facts.live`).

:func:`estimate_people` estimates the people a dataset describes; :func:`service_people` the
service's. Raw values are read here and never leave: methods hold field paths and counts.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ajar.detectors.base import EPOCH_2000
from ajar.mask import salted_hash
from ajar.models import Category, Dataset, Liveness, PeopleEstimate, Record, Service
from ajar.names import theirs
from ajar.pipeline.evidence import DatasetEvidence
from ajar.rules import GROWTH_MARK, LIVE_MAX_AGE_SECONDS
from ajar.values import values_at

__all__ = [
    "MIN_DATED",
    "MIN_GROWTH_SECONDS",
    "MIN_RECENT",
    "MIN_SPAN_SECONDS",
    "estimate_liveness",
    "estimate_people",
    "service_people",
]

#: Fewest dated records a rate from record times needs.
MIN_DATED = 20
#: Shortest span (seconds) those records must cover: a batch written at once is not a rate.
MIN_SPAN_SECONDS = 600.0
#: Fewest distinct times (to the second) among them: records that arrived in a few bursts are not a rate.
MIN_DISTINCT = 10
#: Largest share of them one second may hold: a batch plus a straggler is not a rate either.
MAX_SHARE_OF_ONE_SECOND = 0.5
#: Growth during the scan counts as a rate only over at least this many seconds.
MIN_GROWTH_SECONDS = 10.0
#: Fewest sampled records within the window for a rate from the sample's dates: one or two recent records are
#: no rate (one of 50 sampled, scaled to 500 records, read as 10 a day, and the dataset as live).
MIN_RECENT = 3

# --- record times ------------------------------------------------------------------------------

_NUMERIC = re.compile(r"\d{9,16}(\.\d+)?")


def _as_time(value: Any, now: datetime) -> datetime | None:
    """A timestamp value as an aware UTC datetime, or None when it is not a plausible time."""
    latest = now.timestamp() + 86_400
    t: datetime | None = None
    if isinstance(value, datetime):
        t = value if value.tzinfo else value.replace(tzinfo=UTC)
    elif isinstance(value, date):
        t = datetime(value.year, value.month, value.day, tzinfo=UTC)
    elif isinstance(value, bool):
        return None
    elif isinstance(value, int | float) or (isinstance(value, str) and _NUMERIC.fullmatch(value.strip())):
        try:
            x = float(value)
        except OverflowError:  # an integer too large for a float is no time, not an error
            return None
        for scale in (1.0, 1e3, 1e6, 1e9):  # seconds, ms, µs, ns
            if EPOCH_2000 <= x / scale <= latest:
                t = datetime.fromtimestamp(x / scale, tz=UTC)
                break
    elif isinstance(value, str) and 8 <= len(value) <= 40:
        try:
            parsed = datetime.fromisoformat(value.strip().replace(" UTC", "+00:00"))
        except ValueError:
            return None
        t = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    elif hasattr(value, "generation_time"):  # a bson ObjectId
        gt = value.generation_time
        t = gt if isinstance(gt, datetime) else None
    if t is None or not (EPOCH_2000 <= t.timestamp() <= latest):
        return None
    return t


def _record_time(rec: Record, paths: Sequence[str], now: datetime) -> tuple[datetime | None, str]:
    for p in paths:
        for v in values_at(rec.data, p):
            t = _as_time(v, now)
            if t is not None:
                return t, p
    created = rec.meta.get("created")
    if created is not None:
        t = _as_time(created, now)
        if t is not None:
            return t, "meta.created"
    return None, ""


def _dated(records: Sequence[Record], paths: Sequence[str], now: datetime) -> tuple[list[datetime], dict[str, int]]:
    times: list[datetime] = []
    used: dict[str, int] = {}
    for rec in records:
        t, src = _record_time(rec, paths, now)
        if t is not None:
            times.append(t)
            used[src] = used.get(src, 0) + 1
    return times, used


def _sources(used: dict[str, int]) -> str:
    return ", ".join(f"`{s}`" if s != "meta.created" else "record ids' creation times" for s in used)


def _span(times: Sequence[datetime]) -> float:
    return (max(times) - min(times)).total_seconds() if times else 0.0


def _enough(times: Sequence[datetime]) -> bool:
    """Enough dated records, spread over enough time and over enough distinct seconds, for a rate."""
    if len(times) < MIN_DATED or _span(times) < MIN_SPAN_SECONDS:
        return False
    seconds = Counter(int(t.timestamp()) for t in times)
    return len(seconds) >= MIN_DISTINCT and max(seconds.values()) <= MAX_SHARE_OF_ONE_SECOND * len(times)


# --- liveness ----------------------------------------------------------------------------------


def estimate_liveness(ds: Dataset, ev: DatasetEvidence, now: datetime) -> Liveness | None:
    """Records per day, when measured, and the newest record's age, with the method in words.

    Rate, best source first, each only on enough evidence (see the module docstring):

    1. the newest records (``ev.newest``, where the engine can order by insertion): ``k``
       newest records spanning ``Δt`` seconds arrive at ``(k - 1) / Δt``;
    2. growth of the record count between inventory and the end of the scan;
    3. the random sample: the share of sampled records dated within a window ``W``, times
       the record count, over ``W``; ``W`` is the last 24 h, or the span since the oldest
       sampled record when the whole history is younger than a day.

    Age: the newest time found in timestamp fields or ``Record.meta["created"]`` (ObjectId
    creation times), over the sample and the newest records.
    """
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    paths = list(ev.classified.timestamp_paths)
    times, used = _dated(ev.records, paths, now)
    newest_times, newest_used = _dated(ev.newest, paths, now)
    methods: list[str] = []
    age: float | None = None
    rate: float | None = None
    every = times + newest_times
    if every:
        age = max(0.0, (now - max(every)).total_seconds())
        methods.append(f"newest record from {_sources({**used, **newest_used})}")
    # only the newest records within a day of the newest one: a few much older records among them
    # would stretch the span and drag the rate to nothing (red team R2-6)
    historical = False
    recent_newest = [t for t in newest_times if t >= max(newest_times) - timedelta(seconds=LIVE_MAX_AGE_SECONDS)] \
        if newest_times else []
    if _enough(recent_newest):
        span = _span(recent_newest)
        per_day = (len(recent_newest) - 1) / span * 86_400
        stale = (now - max(recent_newest)).total_seconds() > LIVE_MAX_AGE_SECONDS
        if stale:  # a rate of the past is history, not liveness
            historical = True
            days_ago = (now - max(recent_newest)).total_seconds() / 86_400
            methods.append(f"historical: the {len(recent_newest)} newest records arrived at about {per_day:,.0f} "
                           f"a day, the newest {days_ago:,.0f} days ago; not live")
        else:
            rate = per_day
            methods.append(f"rate from the {len(recent_newest)} newest records within a day of the newest, "
                           f"spanning {span:,.0f} s")
    growth = ev.growth()
    if growth is not None:
        delta, seconds = growth
        if delta > 0 and seconds >= MIN_GROWTH_SECONDS:
            if rate is None:
                rate = delta / seconds * 86_400
                methods.append(f"rate from {GROWTH_MARK}{delta:,} records in {seconds:,.0f} s")
            else:
                methods.append(f"{GROWTH_MARK}{delta:,} records in {seconds:,.0f} s")
        elif delta < 0:
            methods.append(f"records decreased during the scan ({delta:,} in {seconds:,.0f} s)")
        elif seconds >= MIN_GROWTH_SECONDS:
            methods.append(f"no growth during the scan ({seconds:,.0f} s)")
    total = ds.records if ds.records is not None else ev.count_after
    too_few = False
    if rate is None and _enough(times) and total is not None:
        oldest = min(times)
        window = min(float(LIVE_MAX_AGE_SECONDS), max(1.0, (now - oldest).total_seconds()))
        recent = sum(1 for t in times if t >= now - timedelta(seconds=window))
        seen = f"{recent} of {len(times)} dated sampled records fall in the last {window / 3600:,.1f} h"
        if 0 < recent < MIN_RECENT:
            too_few = True
            methods.append(f"rate not measured: {seen}; a rate from the sample's dates needs at least {MIN_RECENT}")
        else:
            rate = recent / len(times) * total / window * 86_400
            methods.append(f"rate: {seen}, scaled to {total:,} records")
    if rate is None and growth is not None and growth[0] == 0 and growth[1] >= MIN_GROWTH_SECONDS:
        rate = 0.0
    if rate is None and not historical and not too_few and (every or growth is not None):
        methods.append(_not_measured(times, newest_times, growth))
    if not methods:
        return None
    return Liveness(records_per_day=rate, newest_record_age_seconds=age, method="; ".join(methods))


def _not_measured(times: Sequence[datetime], newest: Sequence[datetime], growth: tuple[int, float] | None) -> str:
    best = max((times, newest), key=len)
    seen = f"{len(best)} dated record(s)" + (f" over {_span(best):,.0f} s" if len(best) > 1 else "")
    scan = f"; the scan watched the count for {growth[1]:,.0f} s" if growth is not None else ""
    return (
        f"rate not measured: {seen}; a rate needs at least {MIN_DATED} dated records over at least "
        f"{MIN_SPAN_SECONDS / 60:,.0f} min at {MIN_DISTINCT} or more distinct times (not a few bursts), "
        f"or growth over at least {MIN_GROWTH_SECONDS:,.0f} s of the scan{scan}"
    )


# --- people ------------------------------------------------------------------------------------

#: Categories whose presence in a record makes it describe one person.
_IDENTIFYING = frozenset(
    {Category.PERSON_NAME, Category.NATIONAL_ID, Category.EMAIL, Category.PHONE, Category.FACE_EMBEDDING}
)


def estimate_people(ds: Dataset, ev: DatasetEvidence) -> PeopleEstimate | None:
    """People whose data the dataset holds, with the method; None without personal data.

    With a person key (counted by salted hash, in memory):

    * every sampled record has its own key, in a dataset of people (not a log of events such
      as sightings): one person per record;
    * otherwise the bias-corrected Chao1 estimator over the key's frequencies in the sample,
      ``d + f1 (f1 - 1) / (2 (f2 + 1))`` (``d`` distinct keys, ``f1`` seen once, ``f2`` twice),
      capped at the record count: a lower bound, since an event log can name each person
      many times and a small sample cannot tell how many.

    Without one: one person per record when records hold an identifying category (name,
    national ID, email, phone, face) and the dataset is not a trail of sightings.
    """
    if not ds.categories:
        return None
    total = ds.records if ds.records is not None else ev.count_after
    key = ev.classified.person_key
    if key and ev.records:
        salt = os.urandom(16)
        seen: dict[str, int] = {}
        keyed = 0
        for rec in ev.records:
            vals = [v for v in values_at(rec.data, key) if v not in (None, "", [], {}) and not isinstance(v, bool)]
            if vals:
                keyed += 1
                h = salted_hash(vals[0], salt)
                seen[h] = seen.get(h, 0) + 1
        if keyed:
            d, shown = len(seen), theirs(key)
            if total is None:
                return PeopleEstimate(
                    count=d,
                    method=f"{d} distinct `{shown}` values in {keyed} sampled records (no record count: lower bound)",
                )
            events = ds.movement_trail or Category.COORDINATES in ds.categories
            if d == keyed and not events:
                return PeopleEstimate(
                    count=total,
                    method=f"every sampled record has its own `{shown}`: one person per record, {total:,} records",
                )
            f1 = sum(1 for c in seen.values() if c == 1)
            f2 = sum(1 for c in seen.values() if c == 2)
            count = min(total, max(d, round(d + f1 * (f1 - 1) / (2 * (f2 + 1)))))
            return PeopleEstimate(
                count=count,
                method=f"Chao1 estimate from {d} distinct `{shown}` values in {keyed} sampled records "
                f"({f1} seen once, {f2} twice), at most {total:,} records: a lower bound",
            )
    if ds.categories & _IDENTIFYING and not ds.movement_trail:
        n = total if total is not None else len(ev.records)
        cats = ", ".join(sorted(c.value for c in ds.categories & _IDENTIFYING))
        return PeopleEstimate(
            count=n,
            method=f"one person per record ({cats} in each record, no person key repeats), {n:,} records",
        )
    return None


def service_people(svc: Service) -> PeopleEstimate | None:
    """The service's estimate: its largest dataset's, with the sum over datasets in the method."""
    est = [(d.name, d.people) for d in svc.datasets if d.people is not None]
    if not est:
        return None
    name, best = max(est, key=lambda x: x[1].count)
    total = sum(p.count for _, p in est)
    method = f"largest dataset estimate ({theirs(name)}: {best.method})"
    if len(est) > 1:
        method += f"; datasets may describe the same people, the sum over {len(est)} datasets is {total:,}"
    return PeopleEstimate(count=best.count, method=method)
