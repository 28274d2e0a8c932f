"""The whole scan against the lab, through the real command line (issues 2, 3 and 5)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ajar.lab import PORTS
from ajar.report import schema
from tests.conftest import LOCKED, OPEN, run_cli

pytestmark = pytest.mark.integration

#: lab engine name → (engine id ajar reports)
ENGINE_OF = {"mongodb": "mongodb", "redis": "redis", "postgres": "postgresql", "mariadb": "mysql", "mqtt": "mqtt",
             "memcached": "memcached", "etcd": "etcd", "influxdb": "influxdb", "clickhouse": "clickhouse",
             "clickhouse_http": "clickhouse", "zookeeper": "zookeeper", "opensearch": "elasticsearch", "s3": "s3",
             "couchdb": "couchdb"}


#: Records sampled per dataset: with 12 % of the lab's sightings at mosques, a sample of 100 without
#: one is a 1-in-300,000 draw (30 missed them 2 % of the time).
SAMPLE = 100


@pytest.fixture(scope="module")
def lab_scan(lab: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("scan") / "report.json"
    r = run_cli("scan", OPEN, LOCKED, "-o", str(out), "--sample", str(SAMPLE))
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(out.read_text()), r.stdout


def _services(rep: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    return {(s["host"], s["port"]): s for s in rep["services"]}


def test_report_validates_against_the_schema(lab_scan: tuple[dict[str, Any], str]) -> None:
    jsonschema.validate(lab_scan[0], schema())


def test_every_lab_engine_open_on_2_and_locked_on_3_and_nothing_else(lab_scan: tuple[dict[str, Any], str]) -> None:
    services = _services(lab_scan[0])
    expected = {(host, port): ENGINE_OF[name] for name, port in PORTS.items() for host in (OPEN, LOCKED)}
    assert set(services) == set(expected), "the scan must report exactly the lab's services"
    for (host, port), engine in expected.items():
        s = services[(host, port)]
        assert s["status"] == "success" and s["engine"] == engine, f"{host}:{port}: {s['status']} {s.get('error')}"
        if host == OPEN:
            assert s["access"] == "open", f"{engine} on {host}:{port} is {s['access']}"
            assert s["datasets"] and any(d["records"] for d in s["datasets"]), f"{engine}: no datasets with counts"
            assert any(d["fields"] for d in s["datasets"]), f"{engine}: no category found"
            assert all(d["sampled"] <= SAMPLE for d in s["datasets"])
        else:
            assert s["access"] == "auth_required", f"{engine} on {host}:{port} is {s['access']}"
            assert not s["datasets"] and s["evidence"]
            assert s["severity"] in ("info", "low")
    stdout = lab_scan[1]
    assert "mongodb" in stdout and "auth_required" in stdout  # the summary table


def test_the_surveillance_leak_is_critical(lab_scan: tuple[dict[str, Any], str]) -> None:
    mongo = _services(lab_scan[0])[(OPEN, 27017)]
    assert mongo["severity"] == "critical"
    people = next(d for d in mongo["datasets"] if d["name"] == "watchlist.people")
    cats = {f["category"] for f in people["fields"]}
    assert {"person.national_id", "person.name", "person.birth_date", "special.ethnicity"} <= cats
    sightings = next(d for d in mongo["datasets"] if d["name"] == "watchlist.sightings")
    assert "location.coordinates" in {f["category"] for f in sightings["fields"]} and sightings["movement_trail"]
    # visits tagged "mosque" reveal religion (issue 13); the trail at sensitive places is critical on its own
    assert ("special.religion", "place") in {(i["category"], i["inferred_from"]) for i in sightings["inferred"]}
    rule = next(f for f in mongo["findings"] if f["rule"] == "exposure.trail_sensitive_places")
    assert rule["severity"] == "critical" and rule["datasets"] == ["watchlist.sightings"]


def test_the_live_writer_rate_is_measured_within_25_percent(lab_scan: tuple[dict[str, Any], str], lab: Path) -> None:
    per_day = float((lab / "writer.rate").read_text()) * 1440
    mongo = _services(lab_scan[0])[(OPEN, 27017)]
    sightings = next(d for d in mongo["datasets"] if d["name"] == "watchlist.sightings")
    got = sightings["liveness"]["records_per_day"]
    assert abs(got - per_day) <= 0.25 * per_day, f"measured {got:.0f}/day, the writer adds {per_day:.0f}/day"
    assert sightings["liveness"]["newest_record_age_seconds"] < 300 and sightings["liveness"]["method"]


def test_compromise_signs_are_flagged(lab_scan: tuple[dict[str, Any], str]) -> None:
    services = _services(lab_scan[0])
    mongo_rules = {f["rule"]: f for f in services[(OPEN, 27017)]["findings"]}
    assert "READ_ME_TO_RECOVER_YOUR_DATA.README" in mongo_rules["compromise.ransom_note"]["datasets"]
    assert "crm.customers" in mongo_rules["compromise.wiped"]["datasets"]
    assert "compromise.redis_cron" in {f["rule"] for f in services[(OPEN, 6379)]["findings"]}
    text = json.dumps(lab_scan[0])
    assert "1AjarLabFakeRansomAddre5sXyZ12345" not in text and "restore@example.org" not in text


def test_every_finding_names_its_rule_and_remediation(lab_scan: tuple[dict[str, Any], str]) -> None:
    for s in lab_scan[0]["services"]:
        for f in s["findings"]:
            assert f["rule"] and f["severity"] and f["title"] and f["remediation"], (s["engine"], f["rule"])


def test_fail_on_gates_a_pipeline(lab: Path) -> None:
    """--fail-on high: exit 1 on the lab, 0 on a scan of only the locked services."""
    assert run_cli("scan", f"redis://{OPEN}:6379", "--fail-on", "high", "-q").returncode == 1
    assert run_cli("scan", LOCKED, "--fail-on", "high", "-q").returncode == 0
