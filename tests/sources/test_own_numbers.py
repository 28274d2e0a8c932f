"""ajar's own numbers in notes are shown; what the target wrote is still masked (red-team 6).

Notes are masked like every text that may hold target data (a file name, a dataset name). ajar's own
counts, lines, columns and offsets of six digits or more looked like a target's number to the masker
(``line 12***67``); they are now written grouped (``line 1,234,567``), which the masker leaves as it is,
and a target's digits in the same notes are still masked. The scan runs in a child under an
address-space limit and a timeout, and the canary is searched for in the report, stdout and stderr.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from ajar.names import mask_text

CANARY = "4930123456789"  # a phone-shaped number in the target's file names
_AS = 3 << 30


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_AS, _AS))


@pytest.mark.parametrize(
    "note",
    [
        "line 1,234,567: invalid JSON at column 200,001 (Expecting value)",
        "1,234,567 lines in all could not be read",
        "undecodable bytes at offset 12,345,678",
        "element 1,048,576: nested too deep",
        "cannot parse after 2,500,000 records",
    ],
)
def test_own_grouped_numbers_are_kept(note: str) -> None:
    assert mask_text(note) == note


@pytest.mark.parametrize("text", [f"line {CANARY}", f"export_{CANARY}.jsonl: cannot read", "+49 301 234 5678 rows"])
def test_the_same_digits_written_by_a_target_are_masked(text: str) -> None:
    assert mask_text(text) != text


def test_notes_show_ajars_numbers_and_mask_the_targets(tmp_path: Path) -> None:
    d = tmp_path / "dump"
    d.mkdir()
    good = "".join(json.dumps({"email": f"u{i}@corp.example", "name": "Ann Lee"}) + "\n" for i in range(20))
    bad = '{"a": "' + "x" * 200_000 + '", ???}\n'  # invalid JSON at column 200,010 of line 123,456
    (d / f"people_{CANARY}.jsonl").write_text("\n" * 123_455 + bad + good)
    (d / f"cut_{CANARY}.jsonl.gz").write_bytes(gzip.compress(good.encode() * 2000)[:5000])  # a download cut short
    out = tmp_path / "r.json"
    r = subprocess.run(
        [sys.executable, "-m", "ajar", "scan", str(d), "--no-store", "-o", str(out)],
        capture_output=True, text=True, timeout=180, preexec_fn=_limit,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "AJAR_STATE_DIR": str(tmp_path / "state")},
    )  # fmt: skip
    assert r.returncode in (0, 1), r.stderr[-2000:]
    report = out.read_text()
    for where, text in (("report", report), ("stdout", r.stdout), ("stderr", r.stderr)):
        assert CANARY not in text and CANARY[2:-2] not in text, where
    datasets = {ds["name"]: ds for ds in json.loads(report)["services"][0]["datasets"]}
    (people,) = [ds for name, ds in datasets.items() if name.startswith("people_")]
    notes = " ".join(people["notes"])
    assert "line 123,456: invalid JSON at column 200,0" in notes, notes
    (cut,) = [ds for name, ds in datasets.items() if name.startswith("cut_")]
    assert any("truncated" in n and "cut_" in n for n in cut["notes"]), cut["notes"]  # the path, masked
