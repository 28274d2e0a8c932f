"""Stage 8, assess: how bad each exposure is (DESIGN.md §2, §6).

Two calls, made by the pipeline:

* :func:`assess_dataset` once per sampled dataset, while its raw records are still in memory.
  It fills ``ds.liveness``, ``ds.people``, ``ds.movement_trail`` and ``ds.notes``, and returns
  dataset-level findings (compromise signs, live data). Raw values are looked at here and
  never leave: findings, notes and methods hold dataset names, field paths, counts and ages.
* :func:`assess_service` once per service, after every dataset was assessed. Pass it the
  findings :func:`assess_dataset` returned and the probe's weaknesses as ``extra``. It applies
  the rule table (:mod:`ajar.rules`), fills remediation (:mod:`ajar.remediation`), and sets
  ``svc.findings``, ``svc.severity`` and ``svc.people``.

Neither call raises on odd data: unparseable timestamps are skipped, missing counts give no
estimate. No exception message ever holds a value.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from ajar.mask import salted_hash
from ajar.models import (
    Access,
    Category,
    Dataset,
    FieldReport,
    Finding,
    Liveness,
    PeopleEstimate,
    Record,
    Rights,
    Service,
    Severity,
    Status,
)
from ajar.remediation import remediation_for
from ajar.rules import LIVE_MAX_AGE_SECONDS, RULES, RULES_BY_ID, Facts

__all__ = [
    "ClassifiedLike",
    "DatasetEvidence",
    "assess_dataset",
    "assess_service",
    "estimate_liveness",
    "estimate_people",
]


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


# --- value walking -----------------------------------------------------------------------------


def _at_path(data: Any, path: str) -> Iterator[Any]:
    """Values at a dotted path; arrays are walked (paths do not index them)."""
    parts = path.split(".") if path else []

    def walk(node: Any, i: int) -> Iterator[Any]:
        if isinstance(node, list | tuple):
            for item in node:
                yield from walk(item, i)
            return
        if i == len(parts):
            yield node
            return
        if isinstance(node, Mapping):
            if parts[i] in node:
                yield from walk(node[parts[i]], i + 1)
            else:  # a key that itself holds a dot
                rest = ".".join(parts[i:])
                if rest in node:
                    yield from walk(node[rest], len(parts))

    yield from walk(data, 0)


def _strings(node: Any, depth: int = 0) -> Iterator[str]:
    """Every string (and decoded bytes) inside a value, bounded in depth."""
    if depth > 8:
        return
    if isinstance(node, str):
        yield node
    elif isinstance(node, bytes | bytearray):
        yield bytes(node[:65536]).decode("latin-1")
    elif isinstance(node, Mapping):
        for k, v in node.items():
            if isinstance(k, str):
                yield k
            yield from _strings(v, depth + 1)
    elif isinstance(node, list | tuple | set):
        for v in node:
            yield from _strings(v, depth + 1)


# --- liveness ----------------------------------------------------------------------------------

_EPOCH_MIN = datetime(2000, 1, 1, tzinfo=UTC).timestamp()
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
        x = float(value)
        for scale in (1.0, 1e3, 1e6, 1e9):  # seconds, ms, µs, ns
            if _EPOCH_MIN <= x / scale <= latest:
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
    if t is None or not (_EPOCH_MIN <= t.timestamp() <= latest):
        return None
    return t


def _record_time(rec: Record, paths: Sequence[str], now: datetime) -> tuple[datetime | None, str]:
    for p in paths:
        for v in _at_path(rec.data, p):
            t = _as_time(v, now)
            if t is not None:
                return t, p
    created = rec.meta.get("created")
    if created is not None:
        t = _as_time(created, now)
        if t is not None:
            return t, "meta.created"
    return None, ""


#: Growth during the scan counts as a rate only over at least this many seconds.
MIN_GROWTH_SECONDS = 10.0
#: Fewest dated newest records a rate from them needs.
MIN_DATED = 5


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


def estimate_liveness(ds: Dataset, ev: DatasetEvidence, now: datetime) -> Liveness | None:
    """Records per day and the newest record's age, with the method in words.

    Rate, best source first:

    1. the newest records (``ev.newest``, where the engine can order by insertion): ``k``
       newest records spanning ``Δt`` seconds arrive at ``(k - 1) / Δt``;
    2. growth of the record count between inventory and the end of the scan, when the scan
       lasted at least :data:`MIN_GROWTH_SECONDS` and the count grew;
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
    if len(newest_times) >= MIN_DATED:
        span = (max(newest_times) - min(newest_times)).total_seconds()
        if span > 0:
            rate = (len(newest_times) - 1) / span * 86_400
            methods.append(f"rate from the {len(newest_times)} newest records, spanning {span:,.0f} s")
    growth = _growth(ev)
    if growth is not None:
        delta, seconds = growth
        if delta > 0 and seconds >= MIN_GROWTH_SECONDS:
            if rate is None:
                rate = delta / seconds * 86_400
                methods.append(f"rate from growth during the scan: +{delta:,} records in {seconds:,.0f} s")
            else:
                methods.append(f"growth during the scan: +{delta:,} records in {seconds:,.0f} s")
        elif delta < 0:
            methods.append(f"records decreased during the scan ({delta:,} in {seconds:,.0f} s)")
        elif seconds >= MIN_GROWTH_SECONDS:
            methods.append(f"no growth during the scan ({seconds:,.0f} s)")
    total = ds.records if ds.records is not None else ev.count_after
    if rate is None and times and total is not None:
        oldest = min(times)
        window = min(float(LIVE_MAX_AGE_SECONDS), max(1.0, (now - oldest).total_seconds()))
        recent = sum(1 for t in times if t >= now - timedelta(seconds=window))
        rate = recent / len(times) * total / window * 86_400
        methods.append(
            f"rate: {recent} of {len(times)} dated sampled records fall in the last {window / 3600:,.1f} h, "
            f"scaled to {total:,} records"
        )
    if rate is None and growth is not None and growth[0] == 0 and growth[1] >= MIN_GROWTH_SECONDS:
        rate = 0.0
    if not methods:
        return None
    return Liveness(records_per_day=rate, newest_record_age_seconds=age, method="; ".join(methods))


def _growth(ev: DatasetEvidence) -> tuple[int, float] | None:
    if None in (ev.count_before, ev.count_after, ev.t_before, ev.t_after):
        return None
    assert ev.count_before is not None and ev.count_after is not None
    assert ev.t_before is not None and ev.t_after is not None
    seconds = ev.t_after - ev.t_before
    if seconds <= 0:
        return None
    return ev.count_after - ev.count_before, seconds


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
            vals = [v for v in _at_path(rec.data, key) if v not in (None, "", [], {})]
            if vals:
                keyed += 1
                h = salted_hash(vals[0], salt)
                seen[h] = seen.get(h, 0) + 1
        if keyed:
            d = len(seen)
            if total is None:
                return PeopleEstimate(
                    count=d,
                    method=f"{d} distinct `{key}` values in {keyed} sampled records (no record count: lower bound)",
                )
            events = ds.movement_trail or Category.COORDINATES in ds.categories
            if d == keyed and not events:
                return PeopleEstimate(
                    count=total,
                    method=f"every sampled record has its own `{key}`: one person per record, {total:,} records",
                )
            f1 = sum(1 for c in seen.values() if c == 1)
            f2 = sum(1 for c in seen.values() if c == 2)
            count = min(total, max(d, round(d + f1 * (f1 - 1) / (2 * (f2 + 1)))))
            return PeopleEstimate(
                count=count,
                method=f"Chao1 estimate from {d} distinct `{key}` values in {keyed} sampled records "
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


def _service_people(svc: Service) -> PeopleEstimate | None:
    est = [(d.name, d.people) for d in svc.datasets if d.people is not None]
    if not est:
        return None
    name, best = max(est, key=lambda x: x[1].count)
    total = sum(p.count for _, p in est)
    method = f"largest dataset estimate ({name}: {best.method})"
    if len(est) > 1:
        method += f"; datasets may describe the same people, the sum over {len(est)} datasets is {total:,}"
    return PeopleEstimate(count=best.count, method=method)


# --- compromise signs --------------------------------------------------------------------------

_RANSOM_NAME = re.compile(
    r"^(read[_\-\s]*me|please[_\-\s]*read([_\-\s]*me)?|warning|how[_\-\s]*to[_\-\s]*recover.*|"
    r"read[_\-\s]*me[_\-\s]*to[_\-\s]*recover.*|readme[_\-\s]*to[_\-\s]*recover.*|recover[_\-\s]*your.*|"
    r"restore[_\-\s]*your.*|.*ransom.*|pwned.*|hacked.*|your[_\-\s]*data.*|.*backed[_\-\s]*up.*|"
    r"to[_\-\s]*restore.*|readme[_\-\s]*now.*)$",
    re.IGNORECASE,
)
_MEOW = re.compile(r"(^|[_\-.])meow$", re.IGNORECASE)
_BTC = re.compile(r"(?<![0-9A-Za-z])(bc1[ac-hj-np-z02-9]{25,87}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})(?![0-9A-Za-z])")
_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(\.[\w\-]{1,63})+")
_RANSOM_WORDS = re.compile(
    r"bitcoin|\bbtc\b|recover|restore|backup|backed up|ransom|\bpay|monero|\bxmr\b", re.IGNORECASE
)

_REDIS_KEYS = frozenset({"crontab", "backup1", "backup2", "backup3", "backup4", "crackit", "crackitt"})
_CRON_FETCH = re.compile(
    r"(^|\s)(\*/\d+|\*|\d+)\s+(\*|\d+)\s+\*\s+\*\s+\*\s+(root\s+)?[^\n]*\b(curl|wget|python|perl|bash|sh)\b",
)
_SSH_KEY = re.compile(r"ssh-(rsa|ed25519|dss)\s+AAAA")


def _name_parts(name: str) -> list[str]:
    return [p for p in re.split(r"[./:]", name) if p]


def _ransom(ds: Dataset, ev: DatasetEvidence) -> Finding | None:
    named = any(_RANSOM_NAME.match(p) for p in _name_parts(ds.name))
    btc = email = words = False
    for rec in ev.records:
        for s in _strings(rec.data):
            s = s[:8192]
            btc = btc or bool(_BTC.search(s))
            email = email or bool(_EMAIL.search(s))
            words = words or bool(_RANSOM_WORDS.search(s))
    if named and (btc or email):
        held = " and ".join(x for x, ok in (("a Bitcoin address", btc), ("a contact email", email)) if ok)
        return _signal("compromise.ransom_note", ds, f"dataset named like a ransom note; its records hold {held}")
    if btc and words:
        return _signal("compromise.ransom_note", ds, "records hold a Bitcoin address beside ransom wording")
    if named and ev.records:
        ds.notes.append("named like a ransom note, but no payment address or contact was found in the sample")
    return None


def _redis_payload(ds: Dataset, ev: DatasetEvidence) -> Finding | None:
    known: set[str] = set()
    others = 0
    for rec in ev.records:
        names = {
            str(x)
            for x in (rec.meta.get("key"), rec.data.get("key"), _name_parts(ds.name)[-1:] or None)
            if isinstance(x, str)
        }
        names |= {p for p in _name_parts(ds.name)}
        cron = ssh = False
        for s in _strings(rec.data):
            cron = cron or bool(_CRON_FETCH.search(s[:8192]))
            ssh = ssh or bool(_SSH_KEY.search(s[:8192]))
        known_names = names & _REDIS_KEYS
        if cron or (ssh and known_names):
            if known_names:
                known |= known_names
            else:
                others += 1
    if not known and not others:
        return None
    parts = []
    if known:
        parts.append("known attack keys " + ", ".join(sorted(known)))
    if others:
        parts.append(f"{others} other key(s)")
    return _signal(
        "compromise.redis_cron",
        ds,
        " and ".join(parts) + " hold a cron line that downloads and runs "
        "a script, or an SSH key (payload not reported)",
    )


def _signal(rule_id: str, ds: Dataset, detail: str) -> Finding:
    rule = RULES_BY_ID[rule_id]
    return Finding(rule=rule.id, title=rule.title, severity=rule.severity, detail=detail, datasets=[ds.name])


# --- the two calls -----------------------------------------------------------------------------


def assess_dataset(ds: Dataset, ev: DatasetEvidence, *, engine: str, now: datetime) -> list[Finding]:
    """Fill the dataset's liveness, people, trail and notes; return dataset-level findings.

    Findings returned: ``compromise.ransom_note``, ``compromise.wiped`` (a dataset renamed by a
    wiping bot), ``compromise.redis_cron`` (Redis only), ``stakes.live_personal`` or
    ``stakes.live_data``. Pass them to :func:`assess_service` as ``extra``.
    """
    c = ev.classified
    if not ds.fields and c.fields:
        ds.fields = list(c.fields)
    if ds.sampled == 0 and ev.records:
        ds.sampled = len(ev.records)
    if c.movement_trail:
        ds.movement_trail = True
        if c.trail_detail:
            ds.notes.append("movement trail: " + ", ".join(f"{k}={v}" for k, v in sorted(c.trail_detail.items())))
    if ds.records is None and ev.count_after is not None:
        ds.records = ev.count_after
    ds.liveness = estimate_liveness(ds, ev, now)
    ds.people = estimate_people(ds, ev)

    out: list[Finding] = []
    for f in (_ransom(ds, ev), _redis_payload(ds, ev) if engine == "redis" else None):
        if f is not None:
            out.append(f)
    if any(_MEOW.search(p) for p in _name_parts(ds.name)):
        out.append(_signal("compromise.wiped", ds, "dataset named like the work of the Meow wiping bot"))
    facts = Facts(
        engine=engine,
        version=None,
        tls=None,
        status=Status.SUCCESS,
        access=Access.OPEN,
        rights=Rights(),
        datasets=[ds],
    )
    if facts.live(ds):
        rid = "stakes.live_personal" if ds.categories else "stakes.live_data"
        lv = ds.liveness
        assert lv is not None
        detail = f"about {lv.records_per_day or 0:,.0f} new records per day"
        if lv.newest_record_age_seconds is not None:
            detail += f", newest record {lv.newest_record_age_seconds / 60:,.0f} min old"
        out.append(_signal(rid, ds, detail))
    for f in out:
        f.remediation, f.verify = remediation_for(f.rule, engine)
    return out


def assess_service(svc: Service, extra: Sequence[Finding] = ()) -> None:
    """Apply the rule table to a service: set ``findings``, ``severity`` and ``people``.

    ``extra`` holds findings from :func:`assess_dataset` and the probe's weaknesses. Those
    whose rule is in the table fire that rule (the table sets severity; their datasets and
    details are merged; a signalled title or remediation that differs is kept as its own
    finding). Others are kept as given, with remediation filled when empty. Findings are
    ordered worst first, then by table order.
    """
    svc.people = _service_people(svc)
    signals: dict[str, list[Finding]] = {}
    passthrough: list[Finding] = []
    for f in extra:
        (signals.setdefault(f.rule, []) if f.rule in RULES_BY_ID else passthrough).append(f)
    facts = Facts(
        engine=svc.engine,
        version=svc.version,
        tls=svc.tls,
        status=svc.status,
        access=svc.access,
        rights=svc.rights,
        datasets=svc.datasets,
        signals=signals,
        people=svc.people,
    )
    findings: list[Finding] = []
    for rule in RULES:
        m = None if rule.signal_only else rule.match(facts)
        sig = signals.get(rule.id, [])
        if m is None and not sig:
            continue
        rem, ver = remediation_for(rule.id, svc.engine)
        groups: dict[str, list[Finding]] = {}
        for s in sig:  # signals with their own title (e.g. which setting) stay separate
            groups.setdefault(s.title if s.title and s.title != rule.title else "", []).append(s)
        if m is not None and "" not in groups:
            groups[""] = []
        for title, members in groups.items():
            datasets = list(m.datasets) if (m is not None and title == "") else []
            details = [m.detail] if (m is not None and title == "" and m.detail) else []
            for s in members:
                datasets += [d for d in s.datasets if d not in datasets]
                if s.detail and s.detail not in details:
                    details.append(s.detail)
            own = next((s for s in members if s.remediation), None) if title else None
            findings.append(
                Finding(
                    rule=rule.id,
                    title=title or rule.title,
                    severity=rule.severity,
                    remediation=own.remediation if own else rem,
                    verify=(own.verify or ver) if own else ver,
                    detail="; ".join(details),
                    datasets=list(dict.fromkeys(datasets)),
                )
            )
    for f in passthrough:
        if not f.remediation:
            f = f.model_copy(
                update=dict(zip(("remediation", "verify"), remediation_for(f.rule, svc.engine), strict=True))
            )
        findings.append(f)
    if svc.engine != "files":  # make the commands ready to run against this service
        findings = [
            f.model_copy(update={"remediation": _fill(f.remediation, svc), "verify": _fill(f.verify, svc)})
            for f in findings
        ]
    order = {r.id: i for i, r in enumerate(RULES)}
    findings.sort(key=lambda f: (-f.severity.rank, order.get(f.rule, len(order))))
    svc.findings = findings
    svc.severity = max((f.severity for f in findings), key=lambda s: s.rank, default=Severity.INFO)


def _fill(text: str, svc: Service) -> str:
    host = f"[{svc.host}]" if ":" in svc.host else svc.host
    text = text.replace("HOST:PORT", f"{host}:{svc.port}")
    return re.sub(r"\bPORT\b", str(svc.port), re.sub(r"\bHOST\b", svc.host, text))
