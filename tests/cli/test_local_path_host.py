"""A local path reads as a local path in every report format and in the store, never as an address
(review of round 8, an independent user's test).

``ajar scan ./127.0.0.9`` reported host ``127.0.0.9``, port 0 (``127.0.0.9:0`` in Markdown, HTML, the
letters, SARIF, the store's exposures), as if a service answered there: ``Path`` prints ``./127.0.0.9`` as
``127.0.0.9``. A target's name in the path is masked as before. Every file is synthetic.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

CSV = "full_name,email\nAna Costa,ana@example.org\nJoao Silva,joao@example.org\n"
FORMATS = ("json", "md", "csv", "html", "sarif", "jsonl", "letter")

# (name, the path as given, the host a service gets)
HOSTS = [
    ("like an address", "127.0.0.9", "./127.0.0.9"),
    ("like a hostname", "dump", "./dump"),
    ("dotted already", "./dump", "./dump"),
    ("above", "../dump", "../dump"),
    ("absolute", "/srv/dump", "/srv/dump"),
    ("here", ".", "."),
]


@pytest.mark.parametrize(("path", "host"), [c[1:] for c in HOSTS], ids=[c[0] for c in HOSTS])
def test_local_host(path: str, host: str) -> None:
    from ajar.models import local_host, where

    assert local_host(path) == host and where(host, 0) == host


def test_where_a_network_service_is() -> None:
    from ajar.models import where

    assert where("192.0.2.7", 6379) == "192.0.2.7:6379" and where("::1", 6379) == "[::1]:6379"


def _scan(tmp_path: Path, folder: str) -> list[str]:
    """``ajar scan ./FOLDER`` from ``tmp_path``, every format written and the run stored: the formats' files."""
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "people.csv").write_text(CSV)
    outs = [f"r.{f}" for f in FORMATS]
    args = [a for o in outs for a in ("-o", o)]
    r = subprocess.run(
        [sys.executable, "-m", "ajar", "scan", f"./{folder}", "--store", "sqlite:///s.db", "-q", *args],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    return outs


def _stored(tmp_path: Path) -> set[tuple[str, int]]:
    with sqlite3.connect(tmp_path / "s.db") as db:
        return {(h, p) for h, p in db.execute("SELECT host, port FROM exposures")}


def test_every_format_and_the_store_show_a_local_path(tmp_path: Path) -> None:
    for out in _scan(tmp_path, "127.0.0.9"):
        text = (tmp_path / out).read_text()
        assert "./127.0.0.9" in text and "127.0.0.9:0" not in text, out
        assert '"127.0.0.9"' not in text and "\n127.0.0.9," not in text, out  # JSON's host, CSV's first cell
    report = json.loads((tmp_path / "r.json").read_text())
    assert [(s["host"], s["port"]) for s in report["services"]] == [("./127.0.0.9", 0)]
    assert _stored(tmp_path) == {("./127.0.0.9", 0)}


def test_a_local_path_is_masked_as_before(tmp_path: Path) -> None:
    outs = _scan(tmp_path, "u8613800138000")
    for out in outs:  # the scope's targets too: they showed the path as typed
        assert "8613800138000" not in (tmp_path / out).read_text(), out
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["scope"]["targets"] == ["./u8**********00"]
    assert [(s["host"], s["port"]) for s in report["services"]] == [("./u8**********00", 0)]
    assert _stored(tmp_path) == {("./u8**********00", 0)}


# targets whose shape misled the guess of 53779b4 (names._is_path): the scope records which targets are paths
# (name, the target as typed, as the report and the store show it)
RECORDED = [
    ("a path named like a hostname", "u8613800138000.csv", "u8**********00.csv"),
    ("a file: URI", "file:u8613800138000", "file:u8**********00"),
    ("a network slashed like a path", "127.77.0.0/30:9", "127.77.0.0/30:9"),
]


def test_the_scope_records_its_local_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ajar.pipeline.scope import parse

    monkeypatch.chdir(tmp_path)
    (tmp_path / "u8613800138000.csv").write_text(CSV)
    (tmp_path / "u8613800138000").mkdir()
    parsed = parse([c[1] for c in RECORDED], [], {})
    assert parsed.local == ["u8613800138000.csv", "file:u8613800138000"]


def test_a_target_is_masked_by_the_record_not_by_its_shape(tmp_path: Path) -> None:
    (tmp_path / "u8613800138000.csv").write_text(CSV)
    (tmp_path / "u8613800138000").mkdir()
    (tmp_path / "u8613800138000" / "people.csv").write_text(CSV)
    outs = [f"r.{f}" for f in FORMATS]
    r = subprocess.run(
        [sys.executable, "-m", "ajar", "scan", *[c[1] for c in RECORDED], "--store", "sqlite:///s.db", "-q",
         "--timeout", "1", *[a for o in outs for a in ("-o", o)]],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    for out in outs:  # a path's name masked in every format (it was shown as typed)
        assert "8613800138000" not in (tmp_path / out).read_text(), out
    shown = [c[2] for c in RECORDED]
    assert json.loads((tmp_path / "r.json").read_text())["scope"]["targets"] == shown
    with sqlite3.connect(tmp_path / "s.db") as db:
        (scope,) = db.execute("SELECT scope FROM runs").fetchone()
    assert json.loads(scope)["targets"] == shown  # the network as typed (it was masked as a name: 12*.**.*.*/30:9)
