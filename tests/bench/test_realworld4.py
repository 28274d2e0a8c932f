"""The frozen real-world set realworld4: its labels against its manifest, its origins against the
earlier sets, its labels against the files when present, and its tools being realworld3's pointed
at this set's folders.

The data (trimmed tables from public repositories) is kept outside the repository, in
``$REALWORLD4_DATA`` or ``/work/data/realworld4``; the tests that need files are skipped when the
files are absent.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections import Counter
from pathlib import Path

import pytest

from tests.bench.test_score_eval import ROOT, _load, score_eval

SET = ROOT / "bench/classify/realworld4"
check = _load("realworld4_check", SET / "check.py")
collect = _load("realworld4_collect", SET / "collect.py")
BANNED = {"trl-lab/sensitive-data-detection", "neelabalan/mongodb-sample-dataset", "ozlerhakan/mongodb-json-files"}
EARLIER = ("realworld", "realworld2", "realworld3")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_labels_match_manifest_and_set_size() -> None:
    manifest = _rows(SET / "manifest.csv")
    labels = _rows(SET / "labels.csv")
    ids = [m["file_id"] for m in manifest]
    assert len(ids) == len(set(ids))
    assert {r["file_id"] for r in labels} == set(ids)
    assert all(r["category"] in check.CATEGORIES for r in labels)
    keys = [(r["file_id"], r["path"]) for r in labels]
    assert len(keys) == len(set(keys))
    assert all(len(m["sha256"]) == 64 and len(m["commit"]) == 40 for m in manifest)
    assert len(labels) >= 700 and len(ids) >= 90
    repos = Counter(m["repo"] for m in manifest)
    assert len(repos) >= 40
    assert max(repos.values()) <= 4  # the brief: at most 4 tables per repository
    cats = Counter(r["category"] for r in labels)
    assert cats["none"] >= len(labels) / 2


def test_disjoint_from_the_earlier_sets_by_repository() -> None:
    new = {m["repo"].lower() for m in _rows(SET / "manifest.csv")}
    for name in EARLIER:
        old = {r["repo"].lower() for r in _rows(ROOT / "bench/classify" / name / "manifest.csv")}
        assert not old & new, name
    assert not {b.lower() for b in BANNED} & new


def test_disjoint_from_the_earlier_sets_by_header() -> None:
    """The same table copied into another repository is one origin: no HDR of this set is an earlier set's."""
    if not check.DATA.is_dir():
        pytest.skip(f"realworld4 data not present in {check.DATA} (set REALWORLD4_DATA); files are not in the repo")
    mine = {}
    for m in _rows(SET / "manifest.csv"):
        f = check.data_file(check.DATA, m["file_id"])
        assert f is not None, m["file_id"]
        mine[check.hdr(f)] = m["file_id"]
    assert len(mine) == len(_rows(SET / "manifest.csv"))  # no table twice within the set either
    seen = 0
    for name in EARLIER:
        env, default = score_eval.REAL_SETS[name]
        data = Path(os.environ.get(env, default))
        for m in _rows(ROOT / "bench/classify" / name / "manifest.csv"):
            f = check.data_file(data, m["file_id"])
            if f is not None:
                seen += 1
                assert check.hdr(f) not in mine, (name, m["file_id"], mine.get(check.hdr(f)))
    if not seen:
        pytest.skip("no file of the earlier real-world sets is present to compare headers with")


def test_every_label_and_column_against_the_files() -> None:
    if not check.DATA.is_dir():
        pytest.skip(f"realworld4 data not present in {check.DATA} (set REALWORLD4_DATA); files are not in the repo")
    assert check.check(check.DATA) == []


def test_collector_is_realworld3s_with_this_sets_role_folders_and_earlier_sets() -> None:
    assert collect.ROLE == collect.third.ROLE == "realworld4(eval)"
    assert collect.third.base.MANIFEST == SET / "manifest.csv"
    assert collect.third.base.DATA == check.DATA
    assert set(collect.third.EARLIER) == set(EARLIER)
    assert "realworld4" in score_eval.REAL_SETS


def test_claims_refuse_what_another_role_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = tmp_path / "claims.tsv"
    claims.write_text("Owner/Taken\trealworld3(eval)\n", encoding="utf-8")
    monkeypatch.setattr(collect.third, "CLAIMS", claims)
    monkeypatch.setattr(collect.third, "PREEXISTING", tmp_path / "absent.txt")
    assert collect.claim_repo("owner/taken") == "realworld3(eval)"
    assert collect.claim_repo("owner/free") is None
    assert collect.claim_repo("owner/free") is None  # this set's own claim is not a refusal
    assert claims.read_text(encoding="utf-8").count("owner/free\trealworld4(eval)") == 1


def test_check_reads_this_sets_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The wrapped check reads the folder it is pointed at: a column without a label is reported."""
    data = tmp_path / "data"
    data.mkdir()
    body = b"name;born\nA;2000-01-01\n"
    (data / "f.csv").write_bytes(body)
    here = tmp_path / "set"
    here.mkdir()
    sha = hashlib.sha256(body).hexdigest()
    (here / "manifest.csv").write_text(
        f"file_id,repo,commit,path,licence,sha256\nf,o/r,{'a' * 40},p,MIT,{sha}\n", encoding="utf-8"
    )
    (here / "labels.csv").write_text("file_id,path,category,note\nf,name,person.name,\n", encoding="utf-8")
    monkeypatch.setattr(check, "HERE", here)
    assert check.check(data) == ["f: column 'born' is not labelled"]
