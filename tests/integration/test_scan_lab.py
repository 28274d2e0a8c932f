"""The whole scan against the lab, through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from ajar.report import schema
from tests.conftest import LOCKED, OPEN, run_cli

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def lab_report(lab: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("scan") / "report.json"
    r = run_cli("scan", OPEN, LOCKED, "-o", str(out), "--sample", "30")
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(out.read_text()), r.stdout


def test_report_validates_against_the_schema(lab_report: tuple[dict, str]) -> None:  # type: ignore[type-arg]
    jsonschema.validate(lab_report[0], schema())


def test_lab_scan_finds_exactly_the_lab(lab_report: tuple[dict, str]) -> None:  # type: ignore[type-arg]
    rep, stdout = lab_report
    services = {(s["host"], s["port"]): s for s in rep["services"]}
    mongo, redis_open, redis_locked = services[(OPEN, 27017)], services[(OPEN, 6379)], services[(LOCKED, 6379)]
    assert (mongo["engine"], mongo["access"]) == ("mongodb", "open")
    assert (redis_open["engine"], redis_open["access"]) == ("redis", "open")
    assert (redis_locked["engine"], redis_locked["access"]) == ("redis", "auth_required")
    assert redis_locked["severity"] in ("info", "low")
    assert mongo["severity"] == "critical" and mongo["datasets"] and redis_open["datasets"]
    # nothing more: every other service is another lab engine, identified, never an unknown port
    for key, s in services.items():
        assert s["engine"], f"unidentified service at {key}: {s['status']} {s.get('error')}"
        assert s["status"] == "success", f"{key}: {s['status']} {s.get('error')}"
    # the summary table names them
    assert "mongodb" in stdout and "auth_required" in stdout


def test_every_finding_names_its_rule(lab_report: tuple[dict, str]) -> None:  # type: ignore[type-arg]
    for s in lab_report[0]["services"]:
        for f in s["findings"]:
            assert f["rule"] and f["severity"] and f["title"]
