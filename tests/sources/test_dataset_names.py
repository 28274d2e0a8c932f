"""Two files are two datasets, with names a user can tell apart (user8).

``people.csv`` and ``people.jsonl`` in one folder were both dataset ``people``: the report listed the
name twice and the store kept one identity for two files. A file keeps the short name it always had
(``people``, ``db.coll``: old reports and store identities stay as they were), unless another file's
short name is the same; then each of them keeps its full name. In a ZIP the whole member list is known
first, so both members of a pair keep their suffix; a tar is read in one pass, so only the later one can.
"""

from __future__ import annotations

import io
import json
import tarfile
import warnings
import zipfile
from pathlib import Path

import pytest

from ajar.sources.archives import SeenNames, distinct_names
from ajar.sources.files import read_path

ROWS = "".join(json.dumps({"email": f"u{i}@example.org"}) + "\n" for i in range(3))
CSV = "email\n" + "".join(f"u{i}@example.org\n" for i in range(3))

# (name, the files' path parts, the names they get)
CASES = [
    # no two short names alike: every name as before
    ("alone", [("people.jsonl",), ("orders.csv",)], ["people", "orders"]),
    ("compressed", [("people.json.gz",)], ["people"]),
    ("mongodump", [("db", "users.bson"), ("db", "orders.bson")], ["db.users", "db.orders"]),
    # the user8 pair: both keep their suffix, whatever order the walk found them in
    ("same stem", [("people.csv",), ("people.jsonl",)], ["people.csv", "people.jsonl"]),
    ("compressed twin", [("people.jsonl",), ("people.jsonl.gz",)], ["people.jsonl", "people.jsonl.gz"]),
    # only the pair changes; a third file keeps its short name
    ("pair and one", [("a.csv",), ("a.json",), ("b.csv",)], ["a.csv", "a.json", "b"]),
    # a folder's file and a dotted file at the root make the same short name
    ("folder and dots", [("db", "users.csv"), ("db.users.jsonl",)], ["db.users.csv", "db.users.jsonl"]),
    # one stem in two folders was never a clash
    ("two folders", [("a", "people.csv"), ("b", "people.csv")], ["a.people", "b.people"]),
    # full names still alike: numbered, the file with the fewest folders (then the first) keeping the name
    ("one path twice", [("people.csv",), ("people.csv",)], ["people.csv", "people.csv (2)"]),
    ("one path thrice", [("p",), ("p",), ("p",)], ["p", "p (2)", "p (3)"]),
    ("folder beside a dotted file", [("a", "b.csv"), ("a.b.csv",)], ["a.b.csv (2)", "a.b.csv"]),
    ("a number already taken", [("p.csv",), ("p.csv",), ("p.csv (2)",)], ["p.csv", "p.csv (3)", "p.csv (2)"]),
]


@pytest.mark.parametrize(("paths", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_distinct_names(paths: list[tuple[str, ...]], expected: list[str]) -> None:
    assert distinct_names(paths, ".") == expected


def test_seen_names_give_the_later_member_its_suffix() -> None:
    seen = SeenNames()
    assert [seen.name(m) for m in ("x/people.csv", "x/people.jsonl", "y/people.csv")] == [
        "x/people", "x/people.jsonl", "y/people"]


def test_seen_names_number_a_path_met_again() -> None:
    seen = SeenNames()
    assert [seen.name(m) for m in ("people.csv", "people.csv", "people.csv", "data", "data")] == [
        "people", "people.csv", "people.csv (2)", "data", "data (2)"]


def test_numbering_one_name_met_many_times_is_linear() -> None:
    """Hostile: an archive holding one path 10,000 times (MAX_MEMBERS). Each copy's number was found by trying
    ``(2)``, ``(3)``... again from 2 (quadratic: 8-9 s for the names alone, a 1 MB zip or a 10 MB tar ran past a
    file's deadline); the next number of each name is kept now. The names are the same as before."""
    import time

    t0 = time.process_time()
    names = distinct_names([("a.json",)] * 10_000, "/")
    seen = SeenNames()
    met = [seen.name("a.json") for _ in range(10_000)]
    took = time.process_time() - t0
    assert names == ["a.json", *(f"a.json ({k})" for k in range(2, 10_001))]
    assert met == ["a", "a.json", *(f"a.json ({k})" for k in range(2, 10_000))]
    assert took < 2, took


def _names(path: Path) -> list[str]:
    return sorted(ds.name for ds in read_path(path, 10, isolate=False))


def test_a_folder_of_two_files_with_one_stem(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text(CSV)
    (tmp_path / "people.jsonl").write_text(ROWS)
    (tmp_path / "orders.jsonl").write_text(ROWS)
    assert _names(tmp_path) == ["orders", "people.csv", "people.jsonl"]


def test_archives_of_two_members_with_one_stem(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.writestr("people.csv", CSV)
        zf.writestr("people.jsonl", ROWS)
    with tarfile.open(tmp_path / "t.tar", "w") as tf:
        for name, data in (("people.csv", CSV), ("people.jsonl", ROWS)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data.encode()))
    assert _names(tmp_path / "a.zip") == ["a/people.csv", "a/people.jsonl"]
    assert _names(tmp_path / "t.tar") == ["t/people", "t/people.jsonl"]


def test_the_store_keeps_one_identity_per_file(tmp_path: Path) -> None:
    """Before, run 1 of such a folder recorded one `new` dataset for two files."""
    d = tmp_path / "dump"
    d.mkdir()
    (d / "people.csv").write_text(CSV)
    (d / "people.jsonl").write_text(ROWS)
    datasets = _stored(tmp_path, d)
    assert datasets == ["people.csv", "people.jsonl"], datasets


def _stored(tmp_path: Path, target: Path, *args: str) -> list[str]:
    """The datasets run 1 of ``ajar scan target`` recorded in a new store."""
    from ajar.store import Store
    from tests.conftest import run_cli

    url = f"sqlite:///{tmp_path / 'a.db'}"
    r = run_cli("scan", str(target), "--store", url, "-q", *args)
    assert r.returncode == 0, r.stderr
    store = Store(url)
    try:
        return sorted(x.dataset for _, x in store.events(1) if x.dataset)
    finally:
        store.close()


def _tar(path: Path, members: list[tuple[str, str]]) -> None:
    with tarfile.open(path, "w") as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data.encode()))


def test_archives_holding_one_path_twice(tmp_path: Path) -> None:
    """Before: a tar's second ``people`` (no suffix) and both of a ZIP's ``people.csv`` had one name."""
    _tar(tmp_path / "t.tar", [("people", ROWS), ("people", ROWS), ("x.csv", CSV), ("x.csv", CSV), ("x.csv", CSV)])
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile's own "Duplicate name" warning, on writing
        zf.writestr("people.csv", CSV)
        zf.writestr("people.csv", CSV)
    assert _names(tmp_path / "t.tar") == ["t/people", "t/people (2)", "t/x", "t/x.csv", "t/x.csv (2)"]
    assert _names(tmp_path / "a.zip") == ["a/people.csv", "a/people.csv (2)"]


def test_a_folder_beside_a_dotted_file(tmp_path: Path) -> None:
    """``a/b.csv`` and ``a.b.csv`` were both ``a.b`` and then both ``a.b.csv``."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b.csv").write_text(CSV)
    (tmp_path / "a.b.csv").write_text(CSV)
    assert _names(tmp_path) == ["a.b.csv", "a.b.csv (2)"]


def test_the_store_keeps_one_identity_per_member_and_file(tmp_path: Path) -> None:
    d = tmp_path / "dump"
    (d / "a").mkdir(parents=True)
    (d / "a" / "b.csv").write_text(CSV)
    (d / "a.b.csv").write_text(CSV)
    _tar(d / "t.tar", [("people.csv", CSV), ("people.csv", CSV), ("people.csv", CSV)])
    datasets = _stored(tmp_path, d, "-o", str(tmp_path / "r.json"))
    want = ["a.b.csv", "a.b.csv (2)", "t/people", "t/people.csv", "t/people.csv (2)"]
    assert datasets == want, datasets
    report = json.loads((tmp_path / "r.json").read_text())
    assert sorted(ds["name"] for svc in report["services"] for ds in svc["datasets"]) == want


def test_a_name_made_inside_a_file_stays_apart_from_a_file_s(tmp_path: Path) -> None:
    """Before, ``a.json``'s array ``b`` and the file ``a.b.csv`` were both dataset ``a.b`` (one store identity),
    and so were two files whose names mask alike (``u8**********00``): the later of each pair is numbered."""
    from tests.conftest import run_cli

    d = tmp_path / "dump"
    d.mkdir()
    (d / "a.json").write_text(json.dumps({"b": [{"email": "x@example.org"}] * 3, "c": [{"n": 1}] * 3}))
    (d / "a.b.csv").write_text(CSV)
    (d / "u8613800138000.csv").write_text(CSV)
    (d / "u8613800139900.csv").write_text(CSV)
    names = ["a.b", "a.b (2)", "a.c", "u8**********00", "u8**********00 (2)"]
    assert _stored(tmp_path, d, "-o", str(tmp_path / "r.json")) == names
    (svc,) = json.loads((tmp_path / "r.json").read_text())["services"]
    assert sorted(ds["name"] for ds in svc["datasets"]) == names
    r = run_cli("report", str(tmp_path / "r.json"), "--format", "md", "-o", "-")
    assert "8613800138000" not in r.stdout and "a.b (2)" in r.stdout, r.stdout[-2000:]
