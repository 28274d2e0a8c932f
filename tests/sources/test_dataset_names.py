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
]


@pytest.mark.parametrize(("paths", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_distinct_names(paths: list[tuple[str, ...]], expected: list[str]) -> None:
    assert distinct_names(paths, ".") == expected


def test_seen_names_give_the_later_member_its_suffix() -> None:
    seen = SeenNames()
    assert [seen.name(m) for m in ("x/people.csv", "x/people.jsonl", "y/people.csv")] == [
        "x/people", "x/people.jsonl", "y/people"]


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
    from tests.conftest import run_cli

    d = tmp_path / "dump"
    d.mkdir()
    (d / "people.csv").write_text(CSV)
    (d / "people.jsonl").write_text(ROWS)
    url = f"sqlite:///{tmp_path / 'a.db'}"
    r = run_cli("scan", str(d), "--store", url, "-q")
    assert r.returncode == 0, r.stderr
    from ajar.store import Store

    store = Store(url)
    try:
        datasets = sorted(x.dataset for _, x in store.events(1) if x.dataset)
    finally:
        store.close()
    assert datasets == ["people.csv", "people.jsonl"], datasets
