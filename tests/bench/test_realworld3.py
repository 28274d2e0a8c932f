"""The frozen real-world set realworld3: its labels against its manifest, its origins against the
earlier sets, and its labels against the files when present.

The data (trimmed tables from public repositories) is kept outside the repository, in
``$REALWORLD3_DATA`` or ``/work/data/realworld3``; the tests that need files are skipped when the
files are absent.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench.test_score_eval import ROOT, _load, score_eval

_rebuild = _load("rebuild_data_rw3_t", ROOT / "bench/rebuild_data.py")

SET = ROOT / "bench/classify/realworld3"
check = _load("realworld3_check", SET / "check.py")
collect = _load("realworld3_collect", SET / "collect.py")
BANNED = {"trl-lab/sensitive-data-detection", "neelabalan/mongodb-sample-dataset", "ozlerhakan/mongodb-json-files"}
EARLIER = {name: where for name, where in score_eval.REAL_SETS.items() if name in ("realworld", "realworld2")}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def labels_match_manifest(
    set_dir: Path, check: ModuleType, min_labels: int, min_tables: int, max_per_repo: int
) -> None:
    """A set's labels against its manifest, and its size (shared with the later sets' tests)."""
    manifest = _rows(set_dir / "manifest.csv")
    labels = _rows(set_dir / "labels.csv")
    ids = [m["file_id"] for m in manifest]
    assert len(ids) == len(set(ids))
    assert {r["file_id"] for r in labels} == set(ids)
    assert all(r["category"] in check.CATEGORIES for r in labels)
    keys = [(r["file_id"], r["path"]) for r in labels]
    assert len(keys) == len(set(keys))
    assert all(len(m["sha256"]) == 64 and len(m["commit"]) == 40 for m in manifest)
    assert len(labels) >= min_labels and len(ids) >= min_tables
    repos = Counter(m["repo"] for m in manifest)
    assert len(repos) >= 40
    assert max(repos.values()) <= max_per_repo  # no single source dominates
    cats = Counter(r["category"] for r in labels)
    assert cats["none"] >= len(labels) / 2  # about half or more non-personal


def disjoint_by_repository(set_dir: Path, earlier: Iterable[str]) -> None:
    new = {m["repo"].lower() for m in _rows(set_dir / "manifest.csv")}
    for name in earlier:
        old = {r["repo"].lower() for r in _rows(ROOT / "bench/classify" / name / "manifest.csv")}
        assert not old & new, name
    assert not {b.lower() for b in BANNED} & new


def disjoint_by_header(
    set_dir: Path, check: ModuleType, earlier: Iterable[str], errata: frozenset[tuple[str, str, str]] = frozenset()
) -> None:
    """The same table copied into another repository is one origin: no HDR of this set is an earlier set's.

    ``errata``: (earlier set, its file, this set's file) pairs found to share a header after the set was
    frozen, recorded in its FIRST_SCORES.md; each must still differ in every data line (not a copy).
    """
    if not check.DATA.is_dir():
        pytest.skip(f"data not present in {check.DATA}; files are not in the repo")
    left = _rebuild.absent(check.DATA)  # a partial rebuild: the tables it could not make are not compared
    mine = {}
    skipped = 0
    for m in _rows(set_dir / "manifest.csv"):
        f = check.data_file(check.DATA, m["file_id"])
        if f is None and m["file_id"] in left:
            skipped += 1
            continue
        assert f is not None, m["file_id"]
        mine[check.hdr(f)] = m["file_id"]
    assert len(mine) == len(_rows(set_dir / "manifest.csv")) - skipped  # no table twice within the set either
    seen = 0
    for name in earlier:
        env, default = score_eval.REAL_SETS[name]
        data = Path(os.environ.get(env, default))
        for m in _rows(ROOT / "bench/classify" / name / "manifest.csv"):
            f = check.data_file(data, m["file_id"])
            if f is not None:
                seen += 1
                twin = mine.get(check.hdr(f))
                if twin is not None and (name, m["file_id"], twin) in errata:
                    theirs = check.data_file(check.DATA, twin).read_bytes().splitlines()[1:]
                    assert not set(f.read_bytes().splitlines()[1:]) & set(theirs), (name, m["file_id"], twin)
                    continue
                assert twin is None, (name, m["file_id"], twin)
    if not seen:
        pytest.skip("no file of the earlier real-world sets is present to compare headers with")


def test_labels_match_manifest_and_set_size() -> None:
    # the brief: >= 1,000 columns from many repositories, about half or more non-personal
    labels_match_manifest(SET, check, 1000, 100, 10)


def test_disjoint_from_the_earlier_sets_by_repository() -> None:
    disjoint_by_repository(SET, EARLIER)


def test_disjoint_from_the_earlier_sets_by_header() -> None:
    disjoint_by_header(SET, check, EARLIER)


def labels_against_files(check: ModuleType, name: str) -> None:
    """``check.check`` of a set's data folder finds nothing, but the absence of the tables a partial rebuild
    lists (``bench/rebuild_data.py``: their repositories have no snapshot here); skipped without the folder."""
    if not check.DATA.is_dir():
        pytest.skip(f"{name} data not present in {check.DATA}; files are not in the repo (bench/rebuild_data.py)")
    left = _rebuild.absent(check.DATA)
    problems = [p for p in check.check(check.DATA) if p != f"{p.partition(':')[0]}: no data file in {check.DATA}"
                or p.partition(":")[0] not in left]
    assert problems == []
    if left:
        pytest.skip(f"{name}: checked all but the {len(left)} tables its rebuild lists as absent")


def test_every_label_and_column_against_the_files() -> None:
    labels_against_files(check, "realworld3")


def test_hdr_is_one_key_per_header_whatever_its_order_case_or_format(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("Name;EMAIL;id\n1;2;3\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("id,email, name\nx,y,z\n", encoding="utf-8")
    (tmp_path / "c.json").write_text('[{"id": 1, "name": "A"}, {"email": "e", "id": 2}]', encoding="utf-8")
    (tmp_path / "d.json").write_text('[{"id": 1, "name": "A", "phone": "1"}]', encoding="utf-8")
    key = check.hdr(tmp_path / "a.csv")
    assert key == check.hdr(tmp_path / "b.csv") == check.hdr(tmp_path / "c.json")
    assert key == "HDR:" + hashlib.sha1(b"email,id,name").hexdigest()
    assert check.hdr(tmp_path / "d.json") != key


def claims_refuse_what_another_role_holds(collector: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          role: str) -> None:
    """A collector whose repository claims go through realworld3's (``collector``, the module that
    holds ``CLAIMS``) refuses a repository another role holds, and claims a free one once as ``role``."""
    claims = tmp_path / "claims.tsv"
    claims.write_text("Owner/Taken\trealtrain(train)\n", encoding="utf-8")
    monkeypatch.setattr(collector, "CLAIMS", claims)
    monkeypatch.setattr(collector, "PREEXISTING", tmp_path / "absent.txt")
    assert collector.claim_repo("owner/taken") == "realtrain(train)"  # compared case-insensitively
    assert collector.claim_repo("owner/free") is None
    assert collector.claim_repo("owner/free") is None  # this set's own claim is not a refusal
    assert claims.read_text(encoding="utf-8").count(f"owner/free\t{role}") == 1


def check_reports_a_missing_label(checker: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  name: str, body: bytes) -> None:
    """The wrapped check reads the set folder it is pointed at: a column without a label is reported."""
    data = tmp_path / "data"
    data.mkdir()
    (data / name).write_bytes(body)
    here = tmp_path / "set"
    here.mkdir()
    sha = hashlib.sha256(body).hexdigest()
    (here / "manifest.csv").write_text(
        f"file_id,repo,commit,path,licence,sha256\nf,o/r,{'a' * 40},p,MIT,{sha}\n", encoding="utf-8"
    )
    (here / "labels.csv").write_text("file_id,path,category,note\nf,name,person.name,\n", encoding="utf-8")
    monkeypatch.setattr(checker, "HERE", here)
    assert checker.check(data) == ["f: column 'born' is not labelled"]


def test_claims_refuse_what_another_role_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims_refuse_what_another_role_holds(collect, tmp_path, monkeypatch, "realworld3(eval)")


def test_check_reports_a_missing_label(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check_reports_a_missing_label(check, tmp_path, monkeypatch, "f.json",
                                  b'[{"name": "A", "born": {"$date": "2000-01-01"}}]')


def test_a_table_twice_in_a_partly_rebuilt_set_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``disjoint_by_header`` leaves out only the tables that are both absent and listed in ``DATA.absent``: a listed
    table that is there (copied by hand after the rebuild, or there with another sha256) is compared like any other,
    and a header twice in the set is still found (the whole list was subtracted from the count: it hid one copy)."""
    data, set_dir = tmp_path / "data", tmp_path / "set"
    data.mkdir()
    set_dir.mkdir()
    (set_dir / "manifest.csv").write_text("file_id\nt1\nt2\nt3\nt4\n", encoding="utf-8")
    (data / "t1.csv").write_text("id,city\n1,Town\n", encoding="utf-8")
    (data / "t2.csv").write_text("id,city\n2,Town\n", encoding="utf-8")  # t1's header: one table twice
    (data / "t3.csv").write_text("id,price\n3,9\n", encoding="utf-8")  # listed absent, copied in by hand since
    (tmp_path / "data.absent").write_text("t3\trepository not fetched\nt4\trepository not fetched\n", encoding="utf-8")
    monkeypatch.setattr(check, "DATA", data)
    try:
        disjoint_by_header(set_dir, check, [])
    except AssertionError:
        return
    except pytest.skip.Exception:
        pass
    pytest.fail("t1 and t2 share a header, unnoticed")
