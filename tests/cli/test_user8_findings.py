"""Faults found by an independent user's test of the README (session 15, user8).

Each test states what a user expects and fails today; they are strict xfails so main stays green
and the marker must come off in the commit that fixes the fault.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

ROWS = [{"full_name": f"Ana Costa {i}", "email": f"ana{i}@example.org"} for i in range(30)]


def test_case_open_on_a_missing_exposure_names_a_command_that_exists(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    r = run_cli("case", "open", "999", "--store", url)
    assert r.returncode == 2 and "999" in r.stderr
    assert "history --exposures" not in r.stderr  # `ajar history --exposures` is "No such option"
    assert "ajar case exposures" in r.stderr


def test_two_files_with_the_same_stem_are_two_datasets_a_user_can_tell_apart(tmp_path: Path) -> None:
    """people.csv and people.jsonl in one folder: both were reported as dataset `people`, the findings'
    dataset list named `people` once for two datasets, and the store kept one identity for both
    (run 1 of such a folder records 6 `new` dataset events for 7 datasets)."""
    d = tmp_path / "dump"
    d.mkdir()
    with (d / "people.csv").open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(ROWS[0]))
        w.writeheader()
        w.writerows(ROWS)
    (d / "people.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    out = tmp_path / "r.json"
    r = run_cli("scan", str(d), "--no-store", "-q", "-o", str(out))
    assert r.returncode == 0, r.stderr
    names = [ds["name"] for ds in json.loads(out.read_text())["services"][0]["datasets"]]
    assert len(names) == 2
    assert len(set(names)) == 2, names


def test_history_of_a_run_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    """`ajar diff 1 99` says "no run 99 in the store" (exit 2); `ajar history --run 99` should too."""
    d = tmp_path / "dump"
    d.mkdir()
    (d / "people.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    url = f"sqlite:///{tmp_path / 'a.db'}"
    assert run_cli("scan", str(d), "--store", url, "-q").returncode == 0
    r = run_cli("history", "--run", "99", "--store", url)
    assert r.returncode == 2 and "99" in r.stderr


def _closed_loopback_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_scan_with_an_unreachable_nats_server_prints_no_traceback(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """README: errors name the problem and the fix, never a traceback. The message is right
    ("cannot reach the NATS server ...; is nats-server running with JetStream (-js)?", exit 2), but the
    nats library's own error callback prints "nats: encountered error" and a traceback first."""
    monkeypatch.setenv("AJAR_STATE_DIR", str(tmp_path / "state" / "runs"))  # the key goes beside it
    port = _closed_loopback_port()
    r = run_cli("scan", "127.0.0.2", "--ports", "6379", "--nats", f"nats://127.0.0.1:{port}", "--no-store",
                timeout=120)
    assert r.returncode == 2 and "cannot reach the NATS server" in r.stderr
    assert "Traceback" not in r.stderr, r.stderr[:400]


def test_verify_with_an_unreachable_nats_server_is_exit_2_not_a_bug_report(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`ajar verify` ends in exit 3 with "internal error: UsageError: cannot reach the NATS server ... This is
    a bug in ajar", so a CI gate reads a stopped queue as a crash; `ajar scan --nats` says the same in exit 2."""
    monkeypatch.setenv("AJAR_STATE_DIR", str(tmp_path / "state" / "runs"))
    port = _closed_loopback_port()
    r = run_cli("verify", "127.0.0.2:6379", "--nats", f"nats://127.0.0.1:{port}", "--vantage", "NL",
                "--wait", "5", timeout=120)
    assert r.returncode == 2, (r.returncode, r.stderr[-400:])
    assert "cannot reach the NATS server" in r.stderr and "bug in ajar" not in r.stderr
    assert "Traceback" not in r.stderr


def test_verify_with_no_vantage_answering_reports_the_exposure_inconclusive(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """README: verify gives each exposure a verdict, `inconclusive` among them. With `--vantage XX` and no
    worker of that name, it printed nothing, wrote `[]` to -o and exited 0 (with `--vantage NL --vantage XX`
    and an NL worker it says "inconclusive ... no answer from XX", as it should)."""
    import shutil
    import subprocess
    import time

    nats = shutil.which("nats-server") or ("/usr/sbin/nats-server" if Path("/usr/sbin/nats-server").exists() else None)
    if nats is None:
        pytest.skip("nats-server is not installed")
    monkeypatch.setenv("AJAR_STATE_DIR", str(tmp_path / "state" / "runs"))
    port = _closed_loopback_port()
    log = (tmp_path / "nats.log").open("w")
    server = subprocess.Popen([nats, "-js", "-a", "127.0.0.1", "-p", str(port), "-sd", str(tmp_path / "js")],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(100):
            if "Server is ready" in (tmp_path / "nats.log").read_text():
                break
            time.sleep(0.1)
        out = tmp_path / "v.json"
        r = run_cli("verify", "127.0.0.2:6379", "--nats", f"nats://127.0.0.1:{port}", "--vantage", "XX",
                    "--wait", "2", "-o", str(out), timeout=120)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
    # no worker of a vantage named is the user's to fix: said, and exit 2 (guard9); the verdicts are still written
    assert r.returncode == 2 and "vantage XX: no worker of it has taken a job" in r.stderr, r.stderr
    verdicts = json.loads(out.read_text())
    assert [(v["host"], v["port"], v["verdict"]) for v in verdicts] == [("127.0.0.2", 6379, "inconclusive")]


def test_an_incomplete_report_says_so_in_csv_and_letters(tmp_path: Path) -> None:
    """README: a report cut short "opens with `INCOMPLETE:`": what it does not list was not checked. After
    Ctrl-C, `-o r.md -o r.html` say so, but `-o r.csv` (a row per finding, the format a tracker imports),
    `-o r.txt` (the letters) and `-o r.jsonl` hold no word of it and read as a finished scan."""
    d = tmp_path / "dump"
    d.mkdir()
    (d / "people.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    full = tmp_path / "r.json"
    assert run_cli("scan", str(d), "--no-store", "-q", "-o", str(full)).returncode == 0
    report = json.loads(full.read_text())
    report["incomplete"] = ("stopped by Ctrl-C after 4 s, before it finished; "
                            "`ajar scan --resume 20261206T192534Z-796cf2 --no-store` finishes it from its journal file")
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(report))
    md = run_cli("report", str(cut), "--format", "md")
    assert md.returncode == 0 and "INCOMPLETE" in md.stdout  # as it should, and does
    for fmt in ("csv", "letter"):
        r = run_cli("report", str(cut), "--format", fmt)
        assert r.returncode == 0, r.stderr
        assert "INCOMPLETE" in r.stdout, fmt


def test_csv_header_below_a_title_line_is_found(tmp_path: Path) -> None:
    """README: the CSV header row "is found, not assumed". A file that opens with `# exported 2026-01-01` and
    a blank line, then the header and 60 rows, was read as 61 records of `column1`, `column2`... (the header
    row counted as a record, no note), and its `birth_date` column went unclassified."""
    # the rows the docstring describes (ROWS' names end in a number: no name, title or not, fixa8)
    first, last = ["Ana", "Bruno", "Carla", "Diego", "Elena"], ["Costa", "Lima", "Souza", "Ferreira"]
    rows = [{"full_name": f"{first[i % 5]} {last[i % 4]}", "email": f"user{i}@example.org",
             "birth_date": f"{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}"} for i in range(60)]
    d = tmp_path / "dump"
    d.mkdir()
    with (d / "people.csv").open("w", newline="") as fh:
        fh.write("# exported 2026-01-01\n\n")
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    out = tmp_path / "r.json"
    r = run_cli("scan", str(d), "--no-store", "-q", "-o", str(out))
    assert r.returncode == 0, r.stderr
    (ds,) = json.loads(out.read_text())["services"][0]["datasets"]
    assert ds["records"] == len(rows)
    assert {f["path"] for f in ds["fields"]} >= {"full_name", "email", "birth_date"}


def test_scan_with_a_plain_store_path_names_where_the_run_was_recorded(tmp_path: Path) -> None:
    """`--store` takes "a path, sqlite:///PATH or postgresql://..." (its help). With sqlite:///PATH the scan
    ends "run 1 recorded in sqlite:////tmp/.../y.db"; with the plain path it ends "run 1 recorded in
    <unparsable store URL>", though the run is recorded there (and missing folders are made silently)."""
    d = tmp_path / "dump"
    d.mkdir()
    (d / "people.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    store = tmp_path / "st" / "x.db"
    r = run_cli("scan", str(d), "--store", str(store), "-q")
    assert r.returncode == 0, r.stderr
    assert store.exists()
    assert "unparsable" not in r.stderr and str(store) in r.stderr, r.stderr


def _dashboard_user(url: str) -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "ajar", "users", "add", "alice", "--password-stdin", "--store", url],
                       input="correct horse battery\n", capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_serve_refuses_a_port_outside_1_65535(tmp_path: Path) -> None:
    """`ajar serve --bind 127.0.0.1:99999` printed nothing and listened on 127.0.0.1:34463 (99999 - 65536);
    `--bind nonsense` is refused with "use ADDRESS:PORT", and so should this be (exit 2, before listening)."""
    import subprocess

    url = f"sqlite:///{tmp_path / 'a.db'}"
    _dashboard_user(url)
    try:
        r = run_cli("serve", "--bind", "127.0.0.1:99999", "--store", url, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("ajar serve accepted port 99999 and kept serving")
    assert r.returncode == 2 and "99999" in r.stderr


def test_serve_on_a_port_in_use_is_a_usage_error(tmp_path: Path) -> None:
    """uvicorn's "ERROR: [Errno 98] ... address already in use", then exit 3, which README keeps for crashes
    and bugs; a busy port is the user's to fix (another --bind), so exit 2 with that fix."""
    import socket

    url = f"sqlite:///{tmp_path / 'a.db'}"
    _dashboard_user(url)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        r = run_cli("serve", "--bind", f"127.0.0.1:{port}", "--store", url, timeout=60)
    assert r.returncode == 2, (r.returncode, r.stderr[-300:])
    assert "--bind" in r.stderr


def test_demo_refuses_a_negative_or_nan_warmup(tmp_path: Path) -> None:
    """`ajar demo --warmup -5` ends "internal error: ValueError: sleep length must be non-negative. This is a
    bug in ajar", exit 3 (nan: "Invalid value NaN"), after starting the stand-in; like `--timeout nan`, it is
    a usage error (exit 2, naming --warmup), before anything starts."""
    for bad in ("-5", "nan"):
        r = run_cli("demo", "--warmup", bad, "--out", str(tmp_path / bad), timeout=120)
        assert r.returncode == 2, (bad, r.returncode, r.stderr[-300:])
        assert "--warmup" in r.stderr
