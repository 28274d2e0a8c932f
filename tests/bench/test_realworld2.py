"""The frozen real-world set realworld2: its labels against its manifest, and against the files when present.

The data (trimmed tables from public repositories) is kept outside the repository, in
``$REALWORLD2_DATA`` or ``/work/data/realworld2``; the file test is skipped when it is absent.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from tests.bench.test_realworld3 import labels_against_files
from tests.bench.test_score_eval import ROOT, _load

SET = ROOT / "bench/classify/realworld2"
check = _load("realworld2_check", SET / "check.py")


def _rows(name: str) -> list[dict[str, str]]:
    with (SET / name).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_labels_match_manifest_and_set_size() -> None:
    manifest = _rows("manifest.csv")
    labels = _rows("labels.csv")
    ids = [m["file_id"] for m in manifest]
    assert len(ids) == len(set(ids))
    assert {r["file_id"] for r in labels} == set(ids)
    assert all(r["category"] in check.CATEGORIES for r in labels)
    keys = [(r["file_id"], r["path"]) for r in labels]
    assert len(keys) == len(set(keys))
    assert all(len(m["sha256"]) == 64 and len(m["commit"]) == 40 for m in manifest)
    # the brief: >= 1,200 columns, >= 120 tables, >= 40 repositories, about half or more non-personal
    assert len(labels) >= 1200 and len(ids) >= 120
    assert len({m["repo"] for m in manifest}) >= 40
    cats = Counter(r["category"] for r in labels)
    assert cats["none"] >= len(labels) / 2


def test_disjoint_from_the_first_set() -> None:
    with (ROOT / "bench/classify/realworld/manifest.csv").open(newline="", encoding="utf-8") as fh:
        old = {r["repo"] for r in csv.DictReader(fh)}
    new = {m["repo"] for m in _rows("manifest.csv")}
    assert not old & new
    banned = {"trl-lab/sensitive-data-detection", "neelabalan/mongodb-sample-dataset", "ozlerhakan/mongodb-json-files"}
    assert not banned & new


def test_every_label_and_column_against_the_files() -> None:
    labels_against_files(check, "realworld2")


def test_check_finds_unlabelled_and_unknown_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check is not vacuous: a missing label, a stray label and a changed file are all reported."""
    import hashlib

    data = tmp_path / "data"
    data.mkdir()
    body = b'[{"name": "A", "geo": {"lat": 1, "lon": 2}, "born": {"$date": "2000-01-01"}}]'
    (data / "f.json").write_bytes(body)
    (data / "g.csv").write_bytes(b"a;b\n1;2\n")
    here = tmp_path / "set"
    here.mkdir()
    sha = hashlib.sha256(body).hexdigest()
    (here / "manifest.csv").write_text(
        f"file_id,repo,commit,path,licence,sha256\nf,o/r,{'a' * 40},p,MIT,{sha}\ng,o/r,{'a' * 40},p,MIT,{'0' * 64}\n",
        encoding="utf-8",
    )
    (here / "labels.csv").write_text(
        "file_id,path,category,note\nf,name,person.name,\nf,geo.lat,location.coordinates,\nf,nope,none,\n"
        "g,a,none,\ng,b,none,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(check, "HERE", here)
    problems = check.check(data)
    assert "f: labelled path 'nope' is not in the file" in problems
    assert "f: column 'geo.lon' is not labelled" in problems
    assert "f: column 'born' is not labelled" in problems  # Extended JSON read as one value
    assert "g: sha256 differs from manifest.csv" in problems
    assert len(problems) == 4
