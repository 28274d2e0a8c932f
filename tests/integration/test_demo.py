"""`ajar demo`: the seeded, live MongoDB stand-in is found critical, with the writer's rate."""

from __future__ import annotations

import json
from pathlib import Path

from ajar.demo import WRITER_DATASET, WRITER_PER_MINUTE
from tests.conftest import run_cli


def test_demo_reports_the_critical_live_leak(tmp_path: Path) -> None:
    r = run_cli("demo", "--out", str(tmp_path), "--warmup", "3")
    assert r.returncode == 0, r.stderr[-3000:]
    rep = json.loads((tmp_path / "report.json").read_text())
    assert (tmp_path / "report.md").read_text().strip() and "<html" in (tmp_path / "report.html").read_text()
    (svc,) = rep["services"]
    assert svc["engine"] == "mongodb" and svc["access"] == "open" and svc["severity"] == "critical"
    cats = {f["category"] for d in svc["datasets"] for f in d["fields"]}
    assert {"person.national_id", "person.name", "person.birth_date", "special.ethnicity",
            "location.coordinates"} <= cats
    sightings = next(d for d in svc["datasets"] if d["name"] == WRITER_DATASET)
    per_day = WRITER_PER_MINUTE * 1440
    got = sightings["liveness"]["records_per_day"]
    assert abs(got - per_day) <= 0.25 * per_day, f"measured {got:.0f}/day, the writer adds {per_day:.0f}/day"
    assert {"compromise.ransom_note", "compromise.wiped"} <= {f["rule"] for f in svc["findings"]}
    # the place tags reveal religion, and the trail at sensitive places is its own critical finding
    assert ("special.religion", "place") in {(i["category"], i["inferred_from"]) for i in sightings["inferred"]}
    assert "exposure.trail_sensitive_places" in {f["rule"] for f in svc["findings"]}
    assert any(k["kind"] == "worship" for p in sightings["composition"]["places"] for k in p["kinds"])
    assert "CRITICAL" in r.stdout and "critical" in r.stdout  # the streamed line and the summary table
    # the writer's rate is set beside the rate of the collection it writes, and of no other (seeded once)
    writer = [ln for ln in " ".join(r.stdout.split()).split("live: ")[1:] if "the writer's rate" in ln]
    assert [ln.split()[0] for ln in writer] == [WRITER_DATASET]
