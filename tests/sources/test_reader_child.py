"""The long-lived reader child (issue 10, speed): one fork reads many files in turn, under the same
memory limit and per-file deadline as a fork per file; a file that kills or hangs it is a note, the
files around it are still read (by the same child before, a fresh one after).

Each case runs ``read_path`` in a child process under an address-space limit and a timeout
(``tests/sources/test_hostile_files.py``'s ``scan_bounded`` pattern), so a regression fails the
test instead of the machine.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import resource
import time
from pathlib import Path
from typing import Any

import pytest

from ajar.sources import files
from ajar.sources.files import Coverage, _vm_size, read_path

LIMIT = 3 << 29


def _good(d: Path, name: str, n: int = 3) -> None:
    (d / name).write_text("".join(json.dumps({"email": f"u{i}@example.com", "n": i}) + "\n" for i in range(n)))


def _bounded(target: Any, *args: Any, timeout: float = 90.0) -> Any:
    """``target(*args)`` in a forked child under :data:`LIMIT` more address space; its result."""
    ctx = mp.get_context("fork")
    q = ctx.Queue()

    def run() -> None:
        limit = _vm_size() + LIMIT
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        q.put(target(*args))

    p = ctx.Process(target=run)
    p.start()
    try:
        return q.get(timeout=timeout)
    finally:
        p.join(5)
        if p.is_alive():
            p.kill()


def _scan(d: Path, seconds: float) -> tuple[list[tuple[str, int | None, int, str | None]], dict[str, int], int, int]:
    """(name, records, sampled, error) per dataset, skipped counts, files read, forks of a reader."""
    forks = 0
    real_fork = os.fork
    parent = os.getpid()

    def counted() -> int:
        nonlocal forks
        if os.getpid() == parent:
            forks += 1
        return real_fork()

    os.fork = counted
    try:
        cov = Coverage()
        got = [(fd.name, fd.records, len(fd.sample), fd.error) for fd in read_path(d, 10, cov, seconds=seconds)]
    finally:
        os.fork = real_fork
    return got, dict(cov.skipped), cov.files_read, forks


def test_one_reader_child_reads_every_file(tmp_path: Path) -> None:
    for i in range(6):
        _good(tmp_path, f"f{i}.jsonl")
    got, skipped, read, forks = _bounded(_scan, tmp_path, 10.0)
    assert [(n, r, s, e) for n, r, s, e in got] == [(f"f{i}", 3, 3, None) for i in range(6)]
    assert (skipped, read) == ({}, 6)
    assert forks == 1, "one child reads every file (a fork per file cost more than the reading)"


def test_a_file_that_blows_the_memory_limit_between_good_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MEMORY_LIMIT", 16 << 20)  # the reader child may grow 16 MiB only
    _good(tmp_path, "a.jsonl")
    (tmp_path / "b.jsonl").write_text("".join(json.dumps({"v": "x" * (40 << 20), "n": i}) + "\n" for i in range(2)))
    for name in "cdef":  # read ahead by the child that dies on b, then sent again, in order, to a fresh one
        _good(tmp_path, f"{name}.jsonl", n=3 + ord(name) - ord("c"))
    t0 = time.monotonic()
    got, skipped, read, forks = _bounded(_scan, tmp_path, 10.0)
    assert [g[0] for g in got] == ["a", "b", "c", "d", "e", "f"]
    assert got[0] == ("a", 3, 3, None), got
    assert got[2:] == [(n, k, k, None) for n, k in (("c", 3), ("d", 4), ("e", 5), ("f", 6))], got
    assert got[1][2] == 0 and "memory" in (got[1][3] or ""), got
    assert skipped == {"byte_budget_exceeded": 1} and read == 6
    assert forks == 2, "the child that ran out of memory is replaced for the next file"
    assert time.monotonic() - t0 < 10.0  # no file waited for a deadline (generous for a busy machine)


def test_a_child_replaced_after_every_file_keeps_the_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "RECYCLE_GROWTH", -1)  # every file leaves the child "grown": a fresh one each time
    for i in range(6):
        _good(tmp_path, f"f{i}.jsonl", n=i + 1)
    got, skipped, read, forks = _bounded(_scan, tmp_path, 10.0)
    assert got == [(f"f{i}", i + 1, i + 1, None) for i in range(6)] and (skipped, read) == ({}, 6)
    assert forks == 6


def _hangs_on_b(d: Path) -> Any:
    from ajar.sources.jsonfile import read_json as real

    def read_json(src: Any, *args: Any) -> Any:
        if src.display.endswith("b.jsonl"):
            while True:  # a parser stuck in a loop, deaf to the file's time budget
                time.sleep(0.05)
        return real(src, *args)

    setattr(files, "read_json", read_json)  # noqa: B010 - the forked test child's copy only
    setattr(files, "_GRACE", 0.5)  # noqa: B010
    return _scan(d, 1.0)


def test_a_file_that_hangs_the_reader_between_two_good_ones(tmp_path: Path) -> None:
    _good(tmp_path, "a.jsonl")
    _good(tmp_path, "b.jsonl")
    _good(tmp_path, "c.jsonl")
    t0 = time.monotonic()
    got, skipped, read, _forks = _bounded(_hangs_on_b, tmp_path)
    assert time.monotonic() - t0 < 60  # the deadline (1 s) and its grace, with room for a busy machine
    assert got[0] == ("a", 3, 3, None) and got[2] == ("c", 3, 3, None), got
    assert got[1][0] == "b" and "longer than 1 s" in (got[1][3] or ""), got
    assert skipped == {"reader_timeout": 1} and read == 3


def test_files_read_ahead_beyond_the_run_limit_are_not_counted(tmp_path: Path) -> None:
    for i in range(4):
        _good(tmp_path, f"f{i}.jsonl")
    cov = Coverage()
    got = [fd.name for fd in read_path(tmp_path, 5, cov, max_datasets=2)]
    assert got == ["f0", "f1"] and cov.skipped == {"datasets_over_limit": 2} and cov.files_read == 2


def test_isolated_and_in_process_reads_agree(tmp_path: Path) -> None:
    for i in range(3):
        _good(tmp_path, f"f{i}.jsonl", n=5)
    (tmp_path / "t.csv").write_text("name,phone\nAda,+44 20 7946 0958\nBo,+44 20 7946 0959\n")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01\x02")

    def read(isolate: bool) -> tuple[list[Any], dict[str, int], int]:
        cov = Coverage()
        got = [
            (fd.name, fd.kind, fd.records, fd.error, fd.notes, [r.data for r in fd.sample])
            for fd in read_path(tmp_path, 10, cov, isolate=isolate)
        ]
        return got, dict(cov.skipped), cov.files_read

    assert read(True) == read(False)


def _spooled_then_hangs(d: Path, tmp: Path) -> Any:
    import tempfile

    from ajar.sources.tabular import read_sqlite as real

    def read_sqlite(src: Any, *args: Any) -> Any:
        assert src.path().exists()  # spooled out of the archive by now
        if "hang" in src.display:
            while True:  # stuck after spooling: the parent kills the child mid-file
                time.sleep(0.05)
        return real(src, *args)

    tempfile.tempdir = str(tmp)
    setattr(files, "read_sqlite", read_sqlite)  # noqa: B010 - the forked test child's copy only
    setattr(files, "_GRACE", 0.5)  # noqa: B010
    got = _scan(d, 1.0)
    return got, sorted(p.name for p in tmp.iterdir())


def test_members_spooled_by_a_killed_child_are_removed(tmp_path: Path) -> None:
    import sqlite3
    import zipfile

    db = tmp_path / "people.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (email TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [(f"u{i}@example.com",) for i in range(3)])
    con.commit()
    con.close()
    d = tmp_path / "scan"
    d.mkdir()
    for name in ("a_ok", "b_hang", "c_ok"):
        with zipfile.ZipFile(d / f"{name}.zip", "w") as zf:
            zf.write(db, f"{name}.db")
    spool = tmp_path / "tmp"
    spool.mkdir()
    (got, skipped, read, _forks), left = _bounded(_spooled_then_hangs, d, spool)
    assert [(g[0], g[2]) for g in got] == [("a_ok/a_ok.t", 3), ("b_hang", 0), ("c_ok/c_ok.t", 3)], got
    assert "longer than 1 s" in (got[1][3] or "") and skipped == {"reader_timeout": 1} and read == 3
    assert left == [], "every spooled member is removed, also the one of the child killed mid-file"


def test_a_spool_directory_that_is_not_ajars_own_is_refused(tmp_path: Path) -> None:
    from ajar.sources.base import SpoolDir

    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "open").mkdir(mode=0o755)
    os.chmod(tmp_path / "open", 0o755)
    for name in ("link", "open"):
        with pytest.raises(OSError, match="not ajar's own"):
            SpoolDir(str(tmp_path / name))()
    made = SpoolDir(str(tmp_path / "fresh"))
    assert made().parent == tmp_path / "fresh" and (tmp_path / "fresh").stat().st_mode & 0o777 == 0o700
    made.remove()
