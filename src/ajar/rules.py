"""The severity rule table (DESIGN.md §6): data, not if-chains.

Each :class:`Rule` is one row: a stable id, the severity it gives, a title, the condition in
words (``when``, shown in docs and tests), and ``match``, a small predicate over
:class:`Facts` (what is known about one service) that returns a :class:`Match` naming the
datasets that made it fire, or ``None``.

A rule can also be *signalled*: a :class:`~ajar.knowledge.Signal` passed to
``assess_service(svc, signals)`` whose ``rule`` is a table id fires that row even if its
predicate does not (this is how probes report what only they can see, such as Redis
``protected-mode no`` as ``weak.dangerous_setting``, and how the assess stage reports
compromise signs). The table, not the signaller, decides the title and the severity.

The table of one service is :data:`RULES` plus the rows its engine's probe declares as
weaknesses (:func:`table`): engine knowledge (end-of-life floors, weaknesses, guides) lives in
the probes (:mod:`ajar.knowledge`), never here.

Guarantees:

* ids are unique, dotted, lower-case, and never renamed once released;
* ``match`` never raises on a well-formed :class:`Facts`, and never puts a sampled value in
  ``Match.detail`` (only dataset names, field paths, categories and counts).

Reading order of the intent:

* ``critical``: records readable without credentials holding national IDs, special-category or
  biometric data, secrets, or locations linked to people; evidence of an earlier compromise;
  a million people or more.
* ``high``: records readable without credentials holding other personal data; anonymous write;
  live personal data; ten thousand people or more.
* ``medium``: records readable without personal data found; metadata readable with names that
  suggest personal data; live data without personal data.
* ``low``: metadata readable otherwise; could not tell; weaknesses (no TLS, end-of-life
  version, a dangerous setting).
* ``info``: authentication required.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ajar.knowledge import EndOfLife, Signal, Weakness, end_of_life_hit
from ajar.models import (
    SENSITIVE_CATEGORIES,
    Access,
    Category,
    Dataset,
    PeopleEstimate,
    Rights,
    Severity,
    Status,
)
from ajar.names import theirs

#: A dataset whose newest record is at most this old (seconds), and whose rate was measured,
#: holds live data.
LIVE_MAX_AGE_SECONDS = 86_400.0
#: How a liveness method says the record count grew during the scan (``…: +12 records in 30 s``).
GROWTH_MARK = "growth during the scan: +"

#: People thresholds of the volume rules.
VOLUME_LARGE = 10_000
VOLUME_MASSIVE = 1_000_000

#: Categories that tie a record to a person (for "location linked to people").
PERSON_LINK_CATEGORIES = frozenset(
    {
        Category.PERSON_NAME,
        Category.NATIONAL_ID,
        Category.BIRTH_DATE,
        Category.PHONE,
        Category.EMAIL,
        Category.ADDRESS,
        Category.DEVICE_ID,
        Category.FACE_EMBEDDING,
        Category.CARD_NUMBER,
        Category.IBAN,
    }
)

#: Tokens of dataset or field names that suggest personal data (metadata-only services).
_PERSONAL_NAME_TOKENS = frozenset(
    """
    user users person persons people customer customers client clients member members patient patients
    employee employees staff citizen citizens resident residents contact contacts account accounts
    profile profiles passport passports identity identities idcard ssn sfz sfzh xm xingming
    address addresses phone phones mobile email emails location locations gps geo track tracks tracking
    trail sighting sightings checkin checkins face faces biometric biometrics health medical diagnosis
    visitor visitors guest guests student students voter voters driver drivers passenger passengers
    birth birthday dob family families child children kid kids applicant applicants candidate candidates
    subscriber subscribers payroll salary hr ethnicity religion nation minzu renkou hukou
    """.split()
)
_PERSONAL_NAME_SUBSTRINGS = (
    "用户",
    "人员",
    "人口",
    "姓名",
    "身份证",
    "客户",
    "会员",
    "患者",
    "员工",
    "住址",
    "电话",
    "手机",
    "位置",
    "轨迹",
    "民族",
    "宗教",
    "пользовател",
    "клиент",
    "паспорт",
    "телефон",
    "адрес",
)
_TOKEN_SPLIT = re.compile(r"[^0-9A-Za-z]+|(?<=[a-z])(?=[A-Z])")


def names_suggest_personal(name: str) -> bool:
    """True when a dataset or field name suggests personal data (``users``, ``sfzh``, ``用户``...)."""
    low = name.lower()
    if any(s in low for s in _PERSONAL_NAME_SUBSTRINGS):
        return True
    tokens = {t.lower() for t in _TOKEN_SPLIT.split(name) if t}
    return bool(tokens & _PERSONAL_NAME_TOKENS)


@dataclass(frozen=True)
class Facts:
    """What is known about one service when the rules run. Holds no sampled value.

    ``signals`` are the signals grouped by rule id; ``people`` is the service-level estimate
    computed before the rules run; ``end_of_life`` the floors the engine's probe declares.
    """

    engine: str | None
    version: str | None
    tls: bool | None
    status: Status
    access: Access
    rights: Rights
    datasets: Sequence[Dataset]
    signals: dict[str, list[Signal]] = field(default_factory=dict)
    people: PeopleEstimate | None = None
    end_of_life: Sequence[EndOfLife] = ()

    @property
    def readable(self) -> bool:
        """Records were read without credentials."""
        return self.access == Access.OPEN

    def live(self, ds: Dataset) -> bool:
        """The dataset is still receiving records: a *measured* rate above zero, and either
        growth seen during the scan or a newest record younger than :data:`LIVE_MAX_AGE_SECONDS`.

        A recent record alone is not enough: one record, or one batch, is not a rate.
        """
        lv = ds.liveness
        if lv is None or not lv.records_per_day or lv.records_per_day < 1.0:  # less than one a day is not live
            return False
        if GROWTH_MARK in lv.method:
            return True
        return lv.newest_record_age_seconds is not None and lv.newest_record_age_seconds <= LIVE_MAX_AGE_SECONDS


@dataclass(frozen=True)
class Match:
    """A rule fired: the datasets that made it fire (may be empty) and a value-free detail."""

    datasets: tuple[str, ...] = ()
    detail: str = ""


@dataclass(frozen=True)
class Rule:
    """One row of the severity table.

    ``when`` states the condition in words; ``match`` implements it. ``signal_only`` rows fire
    only when signalled (their evidence is seen by a probe or by ``assess_dataset``).
    """

    id: str
    severity: Severity
    title: str
    when: str
    match: Callable[[Facts], Match | None]
    signal_only: bool = False


# --- predicates --------------------------------------------------------------------------------


def _cats(cats: Iterable[Category]) -> str:
    return ", ".join(sorted(c.value for c in cats))


def _per_dataset(f: Facts, pick: Callable[[Dataset], set[Category]], what: str) -> Match | None:
    hits = [(d.name, pick(d)) for d in f.datasets]
    hits = [(n, c) for n, c in hits if c]
    if not hits:
        return None
    allc: set[Category] = set().union(*(c for _, c in hits))
    return Match(tuple(n for n, _ in hits), f"{what}: {_cats(allc)} in {len(hits)} dataset(s)")


def _open_sensitive(f: Facts) -> Match | None:
    if not f.readable:
        return None
    return _per_dataset(f, lambda d: d.categories & SENSITIVE_CATEGORIES, "sensitive categories")


def _open_trail(f: Facts) -> Match | None:
    if not f.readable:
        return None
    names = tuple(d.name for d in f.datasets if d.movement_trail)
    return Match(names, f"coordinates with timestamps linked to people in {len(names)} dataset(s)") if names else None


def _open_trail_sensitive_places(f: Facts) -> Match | None:
    if not f.readable:
        return None
    hits = [(d.name, d.inferred) for d in f.datasets if d.movement_trail and d.inferred]
    if not hits:
        return None
    said = "; ".join(
        f"{theirs(name)}: " + ", ".join(
            f"{i.category.value} from {i.kind} in {i.share:.0%} of {theirs(i.inferred_from)}" for i in inf
        )
        for name, inf in hits
    )
    return Match(tuple(n for n, _ in hits), f"people's movements at sensitive places ({said})")


def _open_location_linked(f: Facts) -> Match | None:
    if not f.readable:
        return None
    names = tuple(
        d.name
        for d in f.datasets
        if not d.movement_trail and Category.COORDINATES in d.categories and d.categories & PERSON_LINK_CATEGORIES
    )
    if not names:
        return None
    return Match(names, f"coordinates beside person identifiers in {len(names)} dataset(s)")


def _open_personal(f: Facts) -> Match | None:
    if not f.readable:
        return None
    return _per_dataset(f, lambda d: d.categories - SENSITIVE_CATEGORIES, "personal data")


def _open_no_personal(f: Facts) -> Match | None:
    if not f.readable or any(d.categories for d in f.datasets):
        return None
    sampled = sum(d.sampled for d in f.datasets)
    return Match((), f"{len(f.datasets)} dataset(s), {sampled} record(s) sampled, no personal data found")


def _suggestive(f: Facts) -> tuple[str, ...]:
    return tuple(
        d.name
        for d in f.datasets
        if names_suggest_personal(d.name) or any(names_suggest_personal(x.path) for x in d.fields)
    )


def _metadata_personal(f: Facts) -> Match | None:
    if f.access != Access.METADATA:
        return None
    names = _suggestive(f)
    return Match(names, f"{len(names)} dataset name(s) suggest personal data") if names else None


def _metadata_plain(f: Facts) -> Match | None:
    if f.access != Access.METADATA or _suggestive(f):
        return None
    return Match((), f"{len(f.datasets)} dataset name(s) and count(s) readable")


def _unknown(f: Facts) -> Match | None:
    if f.access != Access.UNKNOWN or f.engine is None:
        return None
    return Match((), f"probe status: {f.status.value}")


def _anonymous_write(f: Facts) -> Match | None:
    if f.access not in (Access.OPEN, Access.METADATA):
        return None
    granted = [r for r, v in (("write", f.rights.write), ("admin", f.rights.admin)) if v]
    return Match((), "anonymous rights: " + ", ".join(granted)) if granted else None


def _wiped(f: Facts) -> Match | None:
    notes = f.signals.get("compromise.ransom_note")
    if not notes:
        return None
    note_names = {n for s in notes for n in s.datasets}
    names = tuple(d.name for d in f.datasets if d.records == 0 and d.name not in note_names)
    return Match(names, f"{len(names)} empty dataset(s) beside a ransom note") if names else None


def _live(f: Facts, personal: bool) -> Match | None:
    if f.access == Access.AUTH_REQUIRED:
        return None
    names = tuple(
        d.name for d in f.datasets if f.live(d) and bool(d.categories) == personal and (f.readable or not personal)
    )
    if not names:
        return None
    rates = [d.liveness.records_per_day for d in f.datasets if d.name in names and d.liveness]
    total = sum(r for r in rates if r)
    return Match(names, f"{len(names)} live dataset(s), about {total:,.0f} new records per day")


def _volume(f: Facts, low: int, high: int | None) -> Match | None:
    if not f.readable or f.people is None:
        return None
    n = f.people.count
    if n < low or (high is not None and n >= high):
        return None
    return Match((), f"about {n:,} people ({f.people.method})")


def _no_tls(f: Facts) -> Match | None:
    return Match((), "the service accepts connections without TLS") if f.tls is False else None


def _eol(f: Facts) -> Match | None:
    hit = end_of_life_hit(f.end_of_life, f.version) if f.engine else None
    if hit is None:
        return None
    major, minor = hit.floor
    return Match((), f"{hit.product} older than {major}.{minor}, the oldest supported release branch")


def _auth_required(f: Facts) -> Match | None:
    return Match((), "the server asked for credentials") if f.access == Access.AUTH_REQUIRED else None


def _signal(_: Facts) -> Match | None:
    return None


# --- the table ---------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "exposure.sensitive",
        Severity.CRITICAL,
        "Sensitive personal data readable without credentials",
        "access open and a dataset holds national IDs, special-category data, biometrics or secrets",
        _open_sensitive,
    ),
    Rule(
        "exposure.movement_trail",
        Severity.CRITICAL,
        "Movement trail of people readable without credentials",
        "access open and a dataset holds coordinates with timestamps linked to a person",
        _open_trail,
    ),
    Rule(
        "exposure.trail_sensitive_places",
        Severity.CRITICAL,
        "Movement trail at sensitive places readable without credentials",
        "access open and a movement trail whose place field shows visits to places of worship or health care "
        "(religion or health inferred, GDPR Art. 9)",
        _open_trail_sensitive_places,
    ),
    Rule(
        "exposure.location_linked",
        Severity.CRITICAL,
        "Locations of identifiable people readable without credentials",
        "access open and a dataset holds coordinates beside a person identifier",
        _open_location_linked,
    ),
    Rule(
        "compromise.ransom_note",
        Severity.CRITICAL,
        "Ransom note found: someone already took or wiped the data",
        "signalled: a dataset shaped like a note (at most 10 records, or 3 keys) asks for payment to get the data "
        "back (in any of the 24 languages of ajar/data/ransom.tsv), with a Bitcoin, Ether or Monero address or a "
        "contact; or is named like a ransom note and holds an address",
        _signal,
        signal_only=True,
    ),
    Rule(
        "compromise.wiped",
        Severity.CRITICAL,
        "Datasets wiped",
        "empty datasets beside a ransom note, or datasets renamed by a wiping bot (…-meow)",
        _wiped,
    ),
    Rule(
        "stakes.volume_massive",
        Severity.CRITICAL,
        f"Massive exposure: {VOLUME_MASSIVE:,} people or more",
        f"access open and the estimate of people affected is at least {VOLUME_MASSIVE:,}",
        lambda f: _volume(f, VOLUME_MASSIVE, None),
    ),
    Rule(
        "exposure.personal",
        Severity.HIGH,
        "Personal data readable without credentials",
        "access open and a dataset holds personal data other than the sensitive categories",
        _open_personal,
    ),
    Rule(
        "access.anonymous_write",
        Severity.HIGH,
        "Anonymous clients can write or administer",
        "access open or metadata and the server grants anonymous write or admin rights",
        _anonymous_write,
    ),
    Rule(
        "stakes.live_personal",
        Severity.HIGH,
        "Live personal data: records are still being added",
        "access open and a dataset with personal data has a measured rate of new records, and a record younger "
        "than a day or growth during the scan",
        lambda f: _live(f, personal=True),
    ),
    Rule(
        "stakes.volume",
        Severity.HIGH,
        f"Large exposure: {VOLUME_LARGE:,} people or more",
        f"access open and the estimate of people affected is at least {VOLUME_LARGE:,}",
        lambda f: _volume(f, VOLUME_LARGE, VOLUME_MASSIVE),
    ),
    Rule(
        "exposure.records",
        Severity.MEDIUM,
        "Records readable without credentials",
        "access open and no personal data found in the sample",
        _open_no_personal,
    ),
    Rule(
        "exposure.metadata_personal",
        Severity.MEDIUM,
        "Names and counts readable without credentials, and the names suggest personal data",
        "access metadata and a dataset or field name suggests personal data",
        _metadata_personal,
    ),
    Rule(
        "stakes.live_data",
        Severity.MEDIUM,
        "Live data: records are still being added",
        "access not auth_required and a dataset without personal data found is live",
        lambda f: _live(f, personal=False),
    ),
    Rule(
        "exposure.metadata",
        Severity.LOW,
        "Names and counts readable without credentials",
        "access metadata and no name suggests personal data",
        _metadata_plain,
    ),
    Rule(
        "exposure.unknown",
        Severity.LOW,
        "Access could not be determined",
        "an engine was identified but the access verdict is unknown (never read as closed)",
        _unknown,
    ),
    Rule(
        "weak.no_tls",
        Severity.LOW,
        "No TLS: data and credentials travel in clear text",
        "the service accepts connections without TLS",
        _no_tls,
    ),
    Rule(
        "weak.eol_version",
        Severity.LOW,
        "End-of-life version",
        "the version is below the oldest release branch still supported upstream",
        _eol,
    ),
    Rule(
        "weak.dangerous_setting",
        Severity.LOW,
        "Dangerous setting",
        "signalled by the probe: a setting that weakens the engine's safe default (e.g. Redis protected-mode off)",
        _signal,
        signal_only=True,
    ),
    Rule(
        "access.auth_required",
        Severity.INFO,
        "Authentication required",
        "the server asked for credentials",
        _auth_required,
    ),
)

#: Rules by id.
RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}

if len(RULES_BY_ID) != len(RULES):  # pragma: no cover - a table edit gone wrong
    raise RuntimeError("duplicate rule id in ajar.rules.RULES")


def table(weaknesses: Sequence[Weakness] = ()) -> tuple[Rule, ...]:
    """The rule table of one service: :data:`RULES`, then its engine's weaknesses as signalled rows.

    Raises ``ValueError`` when a weakness reuses a table id (a probe cannot redefine a rule).
    """
    clash = [w.id for w in weaknesses if w.id in RULES_BY_ID]
    if clash:
        raise ValueError(f"weakness ids reuse rule-table ids: {', '.join(clash)}; name them <engine>.<what>")
    return RULES + tuple(Rule(w.id, w.severity, w.title, w.when, _signal, signal_only=True) for w in weaknesses)
