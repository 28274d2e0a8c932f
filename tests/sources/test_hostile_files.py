"""Hostile files (issue 9): each stays bounded and ends as a note, and the rest of the run is read.

Each case runs in a child process under an address-space limit (1.5 GiB above what the forked
child starts with: a pytest process that has run the whole suite already holds 2 GB of address
space) and a timeout, so a regression fails the test instead of the machine. Inside, ajar's own
per-file reader runs in a further child with its own limit.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import resource
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from ajar.sources.base import MAX_DEPTH, MAX_VALUE
from ajar.sources.files import Coverage, _vm_size, read_path
from tests.sources import hostile_files

LIMIT = 3 << 29  # 1.5 GiB of address space for the whole test child, above what it inherits
SECONDS = 10.0


def _run(path: str, q: Any, sample: int, samples: bool) -> None:
    limit = _vm_size() + LIMIT
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cov = Coverage()
    t0 = time.monotonic()
    got = [
        (fd.name, fd.records, len(fd.sample), fd.error, list(fd.notes))
        + (([dict(r.data) for r in fd.sample],) if samples else ())
        for fd in read_path(Path(path), sample, cov, seconds=SECONDS)
    ]
    q.put((got, cov.skipped, time.monotonic() - t0))


def scan_bounded(
    path: Path, sample: int = 5, *, samples: bool = False
) -> tuple[list[tuple[Any, ...]], dict[str, int], float]:
    """``read_path`` in a child under :data:`LIMIT` and a timeout: (datasets, skipped, seconds).

    Each dataset is (name, records, sampled, error, notes), and its sampled records' data when ``samples``.
    """
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_run, args=(str(path), q, sample, samples))
    p.start()
    try:
        result = q.get(timeout=SECONDS * 4)
    finally:
        p.join(5)
        if p.is_alive():
            p.kill()
    return result  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", sorted(hostile_files.CASES))
def test_hostile_file_is_bounded_and_a_note(tmp_path: Path, case: str) -> None:
    path = hostile_files.CASES[case](tmp_path)
    got, skipped, took = scan_bounded(path)
    assert took < SECONDS + 30  # the deadline and its grace, with room for a busy machine
    problems = [e for _, _, _, e, _ in got if e] + [
        n for *_, notes in got for n in notes if not n.startswith("read as")
    ]
    assert problems or skipped, (case, got, skipped)
    for _name, _, _, err, notes in got:  # never a value from the file in a note
        assert "canary" not in (err or "") and not any("canary" in n for n in notes)


def test_bombs_say_why(tmp_path: Path) -> None:
    got, skipped, _ = scan_bounded(hostile_files.gzip_bomb(tmp_path))
    assert "decompression bomb" in (got[0][3] or "") or "budget" in (got[0][3] or "")
    got, skipped, _ = scan_bounded(hostile_files.zip_bomb(tmp_path))
    assert skipped.get("byte_budget_exceeded") == 10
    got, skipped, _ = scan_bounded(hostile_files.sheet_declares_2gb(tmp_path))
    assert "budget" in (got[0][3] or "") or "bomb" in (got[0][3] or "")
    got, skipped, _ = scan_bounded(hostile_files.bson_declares_2gib(tmp_path))
    assert any("16 MiB" in n for n in got[0][4]) and got[0][2] == 1  # a note; the good first document is kept


def test_parquet_nested_values_are_bounded_before_rows_are_built(tmp_path: Path) -> None:
    """A long string inside a struct is cut to MAX_VALUE before rows are built, as a top-level column's is (it ran
    the reader out of memory: 'cannot read Parquet (MemoryError)'); a row whose lists name one long value a
    hundred thousand times is read without that column, with a note; the rest of each file is read."""
    got, _, _ = scan_bounded(hostile_files.parquet_struct_dictionary_bomb(tmp_path), samples=True)
    ((_, records, sampled, err, notes, data),) = got
    assert (records, sampled, err) == (5000, 5, None), got[0][:4]
    assert len(data[0]["contact"]["note"]) == MAX_VALUE and data[0]["contact"]["email"] == "ana@example.org"
    assert any("cut before rows were built" in n for n in notes)
    d = tmp_path / "list"
    d.mkdir()
    got, _, _ = scan_bounded(hostile_files.parquet_list_dictionary_bomb(d), samples=True)
    ((_, records, sampled, err, notes, data),) = got
    assert (records, sampled, err) == (300, 5, None), got[0][:4]
    assert data[0] == {"email": "ana@example.org"} and any("300 row(s) would hold more than" in n for n in notes)


def test_parquet_nesting_is_bounded(tmp_path: Path) -> None:
    """A struct nested 80 deep (pyarrow reads up to about 100): read, the part past MAX_DEPTH null, as the sample
    drops containers that deep; the other column whole."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arr: Any = pa.array(["v"] * 10)
    for _ in range(80):
        arr = pa.StructArray.from_arrays([arr], names=["a"])
    pq.write_table(pa.table({"d": arr, "email": ["ana@example.org"] * 10}), tmp_path / "deep.parquet")
    got, _, _ = scan_bounded(tmp_path / "deep.parquet", samples=True)
    ((_, records, _, err, _, data),) = got
    assert (records, err, data[0]["email"]) == (10, None, "ana@example.org")
    depth, node = 0, data[0]["d"]
    while isinstance(node, dict):
        depth, node = depth + 1, node["a"]
    assert node is None and depth == MAX_DEPTH - 1


def test_the_rest_of_the_file_or_directory_is_still_read(tmp_path: Path) -> None:
    got, _, _ = scan_bounded(hostile_files.json_line_3gib(tmp_path))
    ((_, records, sampled, err, notes),) = got
    # the line is skipped unread (a note naming it), the lines before and after it are read; or, on a machine
    # too slow to scan 3 GiB twice in the time budget, reading stops there and the line before is kept
    assert (sampled, records, err) == (2, 2, None) or (sampled == 1 and "time budget" in (err or "")), got
    assert err or any(n.startswith("line 2: longer than") for n in notes), notes
    d = tmp_path / "esc"
    d.mkdir()
    got, skipped, _ = scan_bounded(hostile_files.escaping_member(d))
    assert [g[0] for g in got] == ["escape/good"] and skipped == {"unsafe_member_path": 2}
    d = tmp_path / "nest"
    d.mkdir()
    got, skipped, _ = scan_bounded(hostile_files.nested_archives(d))
    assert skipped == {"too_deep": 1} and "nested deeper" in (got[0][3] or "")


def test_never_leaves_what_was_named(tmp_path: Path) -> None:
    root = hostile_files.dir_with_link_to_parent(tmp_path)
    got, skipped, _ = scan_bounded(root)
    assert [g[0] for g in got] == ["ok"]
    assert skipped == {"link_outside_target": 2, "not_a_regular_file": 1}


@pytest.mark.parametrize("case", ["symlink_to_dev_zero", "fifo"])
def test_special_files_named_directly(tmp_path: Path, case: str) -> None:
    got, skipped, took = scan_bounded(hostile_files.CASES[case](tmp_path))
    assert "not a regular file" in (got[0][3] or "") and skipped == {"not_a_regular_file": 1}


def _snapshot(d: Path) -> dict[str, tuple[int, int, str]]:
    return {
        p.name: (p.stat().st_size, p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(d.iterdir())
    }


def test_wal_mode_sqlite_is_opened_immutable_and_nothing_beside_it_changes(tmp_path: Path) -> None:
    d = tmp_path / "evidence"
    d.mkdir()
    db = d / "app.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE people (email TEXT)")
    con.executemany("INSERT INTO people VALUES (?)", [(f"u{i}@example.com",) for i in range(20)])
    con.commit()
    con.close()  # checkpoints and removes -wal and -shm: the dump as found
    assert sorted(p.name for p in d.iterdir()) == ["app.db"]
    before = _snapshot(d)
    os.chmod(d, 0o755)
    got, _, _ = scan_bounded(db)
    assert got[0][:2] == ("app.people", 20)
    assert _snapshot(d) == before  # no -shm, no -wal, no journal, no change of the file itself
    got, _, _ = scan_bounded(d)
    assert _snapshot(d) == before


def test_plain_sqlite_open_would_have_written_beside_it(tmp_path: Path) -> None:
    """The control: the test above can fail. An ordinary read-only open of a WAL database creates its -shm."""
    db = tmp_path / "app.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ro.execute("SELECT * FROM t").fetchall()
    created = sorted(p.name for p in tmp_path.iterdir())
    ro.close()
    assert created != ["app.db"]


def test_a_csv_line_of_3_gib_is_bounded(tmp_path: Path) -> None:
    got, _, took = scan_bounded(hostile_files.csv_line_3gib(tmp_path))
    ((_, records, sampled, err, notes),) = got
    assert sampled == 1 and ((records, err) == (1, None) or "time budget" in (err or "")), got
    assert err or any(n.startswith("line 3: longer than") for n in notes), notes


def _wal_only_rows(d: Path, rows: int = 50) -> Path:
    """A database in WAL mode whose table and rows are only in its -wal, as a live app leaves it when copied."""
    import shutil

    live = d.parent / f"{d.name}-live"
    live.mkdir()
    db = live / "app.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE people (name TEXT, email TEXT)")
    con.executemany("INSERT INTO people VALUES (?, ?)", [("Li Wei", f"u{i}@corp.example") for i in range(rows)])
    con.commit()
    d.mkdir()
    for ext in ("", "-wal"):  # copied while the app still holds it open: nothing checkpointed yet
        shutil.copy(f"{db}{ext}", d / f"app.sqlite{ext}")
    con.close()
    assert sqlite3.connect(f"file:{d / 'app.sqlite'}?mode=ro&immutable=1", uri=True).execute(
        "SELECT name FROM sqlite_master"
    ).fetchall() == []  # the control: an immutable open of the database alone sees no table at all
    return d / "app.sqlite"


def test_rows_only_in_the_wal_are_read_and_nothing_beside_the_evidence_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Red-team F17: the WAL is applied to a private copy; the evidence directory stays as it was found, and
    the private copy is gone afterwards."""
    import tempfile

    ours = tmp_path / "tmp"
    ours.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(ours))  # where the private copy goes (inherited by the child)
    d = tmp_path / "evidence"
    db = _wal_only_rows(d)
    before = _snapshot(d)
    for target in (db, d):
        got, skipped, _ = scan_bounded(target)
        assert [g[:3] for g in got] == [("app.people", 50, 5)], got
        assert any("-wal file (" in n and "applied to a private copy" in n for n in got[0][4]), got[0][4]
        assert skipped == {}  # the -wal is read with its database, not an unsupported file
        assert _snapshot(d) == before  # no -shm, no change to the database or its WAL
        assert list(ours.iterdir()) == []  # the private copy (and its -shm) removed


def test_a_wal_that_is_a_symlink_is_not_followed_and_says_so(tmp_path: Path) -> None:
    d = tmp_path / "evidence"
    db = _wal_only_rows(d)
    wal = d / "app.sqlite-wal"
    elsewhere = tmp_path / "elsewhere.wal"
    wal.rename(elsewhere)
    wal.symlink_to(elsewhere)
    got, _, _ = scan_bounded(db)
    ((name, records, sampled, err, notes),) = got
    assert sampled == 0 and err is not None and "no tables" in err
    assert any("not read (a symlink, not followed)" in n for n in notes), notes
