"""Credentials in a target URI are never used, and the user is told so (red team R2-12).

ajar proves what an anonymous client can read. A user who types ``redis://:PW@host`` must not
believe the service was audited with that password: the scan says, on stderr before any
traffic and in the report's summary, that the credentials were not used; the locked Redis of
the lab stays ``auth_required`` and the password appears nowhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import LOCKED, run_cli

pytestmark = pytest.mark.integration

PASSWORD = "cz8.kanarie.pw"


def test_a_password_in_a_target_uri_is_not_used_and_the_report_says_so(lab: Path, tmp_path: Path) -> None:
    out, md = tmp_path / "r.json", tmp_path / "r.md"
    r = run_cli("scan", f"redis://:{PASSWORD}@{LOCKED}:6379", "-q", "--no-store", "-o", str(out), "-o", str(md))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "credentials given in a target URI are not used" in r.stderr
    (svc,) = json.loads(out.read_text())["services"]
    assert svc["engine"] == "redis" and svc["access"] == "auth_required"
    summary = md.read_text().split("## Summary", 1)[1].split("\n## ", 1)[0]
    assert "Credentials given in a target URI are not used" in summary
    for text in (r.stdout, r.stderr, out.read_text(), md.read_text()):
        assert PASSWORD not in text and PASSWORD[:8] not in text


def test_a_plain_target_gets_no_credentials_note(lab: Path, tmp_path: Path) -> None:
    md = tmp_path / "r.md"
    r = run_cli("scan", f"redis://{LOCKED}:6379", "-q", "--no-store", "-o", str(md))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "not used" not in r.stderr and "not used" not in md.read_text()
