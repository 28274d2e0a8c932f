"""Bad input gets a clear message and exit code 2, before any traffic."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


def test_invalid_ip_exits_2_and_names_it() -> None:
    r = run_cli("scan", "300.1.2.3")
    assert r.returncode == 2
    assert "300.1.2.3" in r.stderr and "not a valid IPv4 address" in r.stderr
    assert "Traceback" not in r.stderr


def test_unreadable_target_list_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    r = run_cli("scan", "-iL", str(missing))
    assert r.returncode == 2
    assert str(missing) in r.stderr and "does not exist" in r.stderr


def test_target_list_that_is_a_directory_exits_2(tmp_path: Path) -> None:
    r = run_cli("scan", "-iL", str(tmp_path))
    assert r.returncode == 2 and "is a directory" in r.stderr


def test_no_target_and_bad_format_and_bad_ports() -> None:
    assert run_cli("scan").returncode == 2
    r = run_cli("scan", "127.0.0.1", "--format", "pdf")
    assert r.returncode == 2 and "--format" in r.stderr
    r = run_cli("scan", "127.0.0.1", "--ports", "70000")
    assert r.returncode == 2 and "--ports" in r.stderr


def test_report_of_a_file_that_is_not_a_report(tmp_path: Path) -> None:
    f = tmp_path / "x.json"
    f.write_text('{"hello": 1}')
    r = run_cli("report", str(f))
    assert r.returncode == 2 and "not an ajar JSON report" in r.stderr


def test_malformed_uri_error_does_not_echo_its_password() -> None:
    for target in ("redis://:zq7x/secretpass.w0rd@127.0.0.1", "redis://:zq7x#secretpass@127.0.0.1",
                   "redis://127.0.0.1:99999/?password=zq7xsecretpass"):
        r = run_cli("scan", target)
        assert r.returncode == 2, r.stderr
        assert "secretpass" not in r.stderr + r.stdout, target
        assert "127.0.0.1" in r.stderr and "Traceback" not in r.stderr


def test_every_command_masks_a_uri_password_in_its_errors(tmp_path: Path) -> None:
    """The masking is in the error itself, so a command other than `scan` cannot echo the password."""
    r = run_cli("watch", "redis://:zq7x/secretpass.w0rd@127.0.0.1", "--count", "1", "--store",
                f"sqlite:///{tmp_path / 'a.db'}")
    assert r.returncode == 2, r.stderr
    assert "secretpass" not in r.stderr + r.stdout and "127.0.0.1" in r.stderr


def test_a_debug_traceback_masks_what_the_exception_quotes(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """AJAR_DEBUG=1 prints the traceback of an internal error: its frames, and the message masked."""
    import ajar.cli

    def crash() -> None:
        raise KeyError("dataset export_zoe.q7xleak@example.org_v2 of u8613800138000")

    monkeypatch.setattr(ajar.cli, "_app_for", lambda first: crash)  # the app main() runs
    for debug in ("", "1"):
        monkeypatch.setenv("AJAR_DEBUG", debug)
        with pytest.raises(SystemExit) as exit_:
            ajar.cli.main()
        assert exit_.value.code == 3
        text = capsys.readouterr().err
        assert "q7xleak@example" not in text and "8613800138000" not in text, text
        assert ("Traceback" in text and "in crash" in text) == bool(debug), text


def test_an_address_is_scanned_as_an_address_even_beside_a_directory_of_its_name(tmp_path: Path) -> None:
    """Red-team F23: a directory ./127.0.0.99 in the working directory does not turn the address into a path;
    ./127.0.0.99 reads the directory; a bare name that is both is a usage error that says how to spell each."""
    import json
    import os
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ajar", *args], capture_output=True, text=True, timeout=120,
                              cwd=tmp_path, env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"})

    (tmp_path / "127.0.0.99").mkdir()
    (tmp_path / "127.0.0.99" / "x.jsonl").write_text('{"email": "a@corp.example"}\n{"email": "b@corp.example"}\n')
    (tmp_path / "dumps").mkdir()
    r = run("scan", "127.0.0.99", "--ports", "1", "--no-store", "-q", "-o", "net.json")
    assert r.returncode in (0, 1), r.stderr
    engines = {s["engine"] for s in json.loads((tmp_path / "net.json").read_text())["services"]}
    assert "files" not in engines, engines
    r = run("scan", "./127.0.0.99", "--no-store", "-q", "-o", "dir.json")
    services = json.loads((tmp_path / "dir.json").read_text())["services"]
    assert [s["engine"] for s in services] == ["files"] and services[0]["datasets"][0]["records"] == 2
    r = run("scan", "dumps", "--no-store", "-q", "-o", "x.json")
    assert r.returncode == 2 and "./dumps" in r.stderr and "Traceback" not in r.stderr


def test_a_target_list_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Red-team R2-13: a list saved by Notepad or PowerShell starts with a UTF-8 BOM; it was refused."""
    from ajar.cli_io import read_target_list
    from ajar.pipeline.scope import read_target_file

    f = tmp_path / "targets.txt"
    f.write_bytes(b"\xef\xbb\xbf127.0.0.1\r\n# a comment\r\n127.0.0.2:6379\r\n")
    assert read_target_list(str(f)) == ["127.0.0.1", "127.0.0.2:6379"]
    assert read_target_file(str(f)) == ["127.0.0.1", "127.0.0.2:6379"]


def test_a_target_of_megabytes_is_named_short_and_fast(tmp_path: Path) -> None:
    """Red-team 6: a target list line of 50 MB took over 4 minutes to refuse (rich wrapped the whole target
    in the message, quadratic) and printed all of it; the message now quotes its start and its length."""
    f = tmp_path / "targets.txt"
    f.write_text("./" + "a" * 4_000_000 + "\n")
    r = run_cli("scan", "-iL", str(f), "--no-store", timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-500:]
    assert len(r.stderr) < 2000 and "4,000,00" in r.stderr and "characters)" in r.stderr, r.stderr[:3000]


def test_watch_every_and_case_rounds_out_of_range_are_usage_errors(tmp_path: Path) -> None:
    """`watch --every 0s` would scan without a pause, `case move --rounds -1` schedule a check in the past."""
    url = f"sqlite:///{tmp_path / 'a.db'}"
    for every in ("0s", "0", "400d"):
        r = run_cli("watch", "127.0.0.1", "--every", every, "--store", url, "--count", "1")
        assert r.returncode == 2 and "--every" in r.stderr, (every, r.stderr[-300:])
    for rounds in ("-1", "1,-7", ",", "99999"):
        r = run_cli("case", "move", "1", "notified", "--rounds", rounds, "--store", url)
        assert r.returncode == 2 and "--rounds" in r.stderr, (rounds, r.stderr[-300:])
    assert not (tmp_path / "a.db").exists()  # refused before the store is opened


def test_users_add_with_no_terminal_names_password_stdin(tmp_path: Path) -> None:
    """With no terminal to prompt on, click said "Aborted!" and exited 1, the findings code."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'a.db'}"
    r = subprocess.run([sys.executable, "-m", "ajar", "users", "add", "alice", "--store", url],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "--password-stdin" in r.stderr, (r.returncode, r.stderr[-300:])
