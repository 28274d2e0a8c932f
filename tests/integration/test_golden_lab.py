"""Golden file: what a scan of the lab concludes, normalised, stays the same across refactors (issue 8).

The scan is ``ajar scan 127.0.0.2 127.0.0.3 --sample 10000`` through the real command line: every lab
dataset is read whole, so which categories are found does not depend on a random sample. The normalised report
keeps what a reader acts on (engine, access, severity, every finding's rule, title, severity,
remediation and verification, the categories of each dataset) and leaves out what changes from run
to run: times, sampled examples, record counts, rates and sizes (digits in a finding's detail become
``#``), evidence replies.

An intentional change rewrites the file: ``AJAR_GOLDEN_WRITE=1 pytest tests/integration/test_golden_lab.py``,
then say in the commit which defect the change fixes.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LOCKED, OPEN, ROOT, run_cli

pytestmark = pytest.mark.integration

GOLDEN = ROOT / "tests" / "fixtures" / "golden" / "lab_scan.json"
_NUMBER = re.compile(r"\d[\d,.]*")


def normalise(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The stable part of a JSON report: one entry per service, sorted by host and port."""
    out = []
    for s in sorted(report["services"], key=lambda s: (s["host"], s["port"])):
        out.append({
            "service": f"{s['host']}:{s['port']}",
            "engine": s["engine"],
            "status": s["status"],
            "access": s["access"],
            "severity": s["severity"],
            "tls": s["tls"],
            "findings": sorted(
                ({"rule": f["rule"], "title": f["title"], "severity": f["severity"],
                  "remediation": f["remediation"], "verify": f["verify"],
                  "detail": _NUMBER.sub("#", f["detail"]), "datasets": sorted(f["datasets"])}
                 for f in s["findings"]),
                key=lambda f: (f["rule"], f["detail"]),
            ),
            "datasets": {d["name"]: sorted({f["category"] for f in d["fields"]}) for d in s["datasets"]},
        })  # fmt: skip
    return out


def test_lab_scan_matches_the_golden_file(lab: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    # --timeout 15: every stage's budget is a multiple of it; at the default a busy machine (load 11)
    # ran out of sampling time on a Redis db and the golden categories differed
    r = run_cli("scan", OPEN, LOCKED, "-q", "--no-store", "--sample", "10000", "--timeout", "15", "-o", str(out))
    assert r.returncode == 0, r.stderr[-2000:]
    got = normalise(json.loads(out.read_text(encoding="utf-8")))
    if os.environ.get("AJAR_GOLDEN_WRITE") == "1":
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for g, w in zip(got, want, strict=False):
        assert g == w, (f"{g['service']} differs from {GOLDEN.name}; if the change is intended, re-record it "
                        "(AJAR_GOLDEN_WRITE=1) and name the defect it fixes in the commit")
    assert [g["service"] for g in got] == [w["service"] for w in want]
