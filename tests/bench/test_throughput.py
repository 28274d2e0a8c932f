"""bench/classify/throughput.py: the whole-process benchmark runs end to end, a sane table (no timing asserts)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench.test_score_eval import ROOT, _load

BENCH = ROOT / "bench" / "classify"
PEER_PYTHON = ROOT / ".venv-bench" / "bin" / "python"


peer = _load("presidio_peer", BENCH / "presidio_peer.py")
throughput = _load("throughput", BENCH / "throughput.py")


def _folder(tmp_path: Path) -> Path:
    """Three formats, Extended JSON wrappers, a vector, nesting, empty cells: 12 non-empty leaf values."""
    d = tmp_path / "files"
    d.mkdir()
    (d / "people.csv").write_text("name,phone,note\nAda Lovelace,+44 20 7946 0958,\nAlan Turing,,x\n", encoding="utf-8")
    (d / "users.json").write_text(
        '{"_id":{"$oid":"5f1d7e3a9b1e8a3b4c5d6e7f"},"born":{"$date":{"$numberLong":"-1000000"}},"ok":true}\n'
        '{"_id":{"$oid":"5f1d7e3a9b1e8a3b4c5d6e80"},"born":{"$date":"1990-01-01T00:00:00.000Z"},"n":null}\n',
        encoding="utf-8",
    )
    (d / "faces.json").write_text(
        json.dumps([{"v": [0.1, 0.2, 0.3], "who": {"email": "a@example.org", "tags": ["x", "", "y"]}}]),
        encoding="utf-8",
    )
    (d / "labels.txt").write_text("not a data file", encoding="utf-8")
    return d


def test_leaves_count_what_users_would_call_a_value(tmp_path: Path) -> None:
    d = _folder(tmp_path)
    files = peer.data_files(d)
    assert [f.name for f in files] == ["faces.json", "people.csv", "users.json"]
    got = {f.name: list(peer.leaves(f)) for f in files}
    assert got["people.csv"] == [
        ("name", "Ada Lovelace"),
        ("phone", "+44 20 7946 0958"),
        ("name", "Alan Turing"),
        ("note", "x"),
    ]
    # a wrapper is one value, under the plain field name; booleans and nulls are not values
    assert got["users.json"] == [
        ("_id", "5f1d7e3a9b1e8a3b4c5d6e7f"),
        ("born", "-1000000"),
        ("_id", "5f1d7e3a9b1e8a3b4c5d6e80"),
        ("born", "1990-01-01T00:00:00.000Z"),
    ]
    # a list of numbers is one value; arrays of strings are walked, empty strings dropped
    assert got["faces.json"] == [("v", "[0.1, 0.2, 0.3]"), ("who.email", "a@example.org"), ("who.tags", "x"),
                                 ("who.tags", "y")]  # fmt: skip
    assert sum(1 for f in files for _ in peer.records(f)) == 5


def test_check_flags_a_tool_that_did_not_do_the_whole_job() -> None:
    full = {"files": 3, "datasets": 3, "records": 5, "sampled": 5, "fields": 9, "classified": 2}
    ok = throughput.Timed("ajar", 1, 1.0, 1.0, 100.0, full)
    short = throughput.Timed("ajar", 2, 1.0, 1.0, 100.0, {**full, "sampled": 4})
    missed = throughput.Timed("presidio", 1, 1.0, 1.0, 100.0, {"files": 3, "values": 11})
    assert throughput.check([ok], 3, 5, 12) == []
    problems = throughput.check([ok, short, missed], 3, 5, 12)
    assert len(problems) == 2
    assert "sampled 4 of 5 records" in problems[0]
    assert "11/12 values" in problems[1]


def test_benchmark_prints_a_sane_table_without_the_peer() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, str(BENCH / "throughput.py"), "--records", "2", "--rounds", "1", "--no-peer"]
    done = subprocess.run([*cmd, "--latency-runs", "1"], capture_output=True, text=True, env=env, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:] + done.stdout[-2000:]
    out = done.stdout
    m = re.search(r"^files: (\d+) \(.*\), (\d+) records, ([\d,]+) non-empty leaf values", out, re.M)
    assert m, out
    files, records, values = int(m.group(1)), int(m.group(2)), int(m.group(3).replace(",", ""))
    assert files > 100 and records == 2 * files and values > records
    row = re.search(r"^\s+1\s+ajar\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+([\d,]+)$", out, re.M)
    assert row, out
    wall, cpu, rss = float(row.group(1)), float(row.group(2)), int(row.group(3))
    assert wall > 0 and cpu > 0 and rss > 10
    assert re.search(r"^median\s+ajar\s", out, re.M)
    assert "presidio" not in out.lower() and "ratio" not in out
    assert re.search(r"^200 records x 20 fields, in process after warm-up: median [\d.]+ ms", out, re.M), out
    # the warm-up (the process's first, cold call: the field model loaded, first-use metadata) is timed apart
    assert re.search(r"the warm-up, the process's first call: [\d.]+ ms\)$", out, re.M), out
    assert re.search(r"^load average \(1/5/15 min\): before [\d.]+ [\d.]+ [\d.]+, after", out, re.M)
    assert "PROBLEM" not in out


@pytest.mark.skipif(not PEER_PYTHON.exists(), reason="no .venv-bench (bench/classify/setup.sh makes it)")
def test_presidio_peer_analyses_every_value(tmp_path: Path) -> None:
    d = _folder(tmp_path)
    done = subprocess.run(
        [str(PEER_PYTHON), str(BENCH / "presidio_peer.py"), str(d)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    assert counts["files"] == 3 and counts["records"] == 5 and counts["values"] == 12
    assert counts["recognizers"] > 10
    assert counts["classified"] >= 1  # the email field, at least
    assert "Ada" not in done.stdout and "example.org" not in done.stdout  # counts only, never a value
