"""bench/rebuild_data.py re-makes a table read through the stored index from a fetched snapshot.

Synthetic fixtures only: a throw-away git repository stands in for a snapshot, and a manifest row
records the sha256 of the table as the index would have given it.
"""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bench.test_score_eval import ROOT, _load

rebuild = _load("rebuild_data_t", ROOT / "bench/rebuild_data.py")
rw5 = _load("rw5_collect_t", ROOT / "bench/classify/realworld5/collect.py")


def _snapshot(mirror: Path, repo: str, path: str, raw: bytes) -> str:
    """A one-commit git repository at the snapshot's place holding ``raw`` at ``path``; its commit."""
    work = mirror / repo.replace("/", "+") / "repo"
    (work / path).parent.mkdir(parents=True)
    (work / path).write_bytes(raw)
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git[:3], "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "fixture"], check=True)
    return subprocess.run([*git[:3], "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()


@pytest.mark.parametrize("end", [b"\r\n", b"\r\r\n"])
def test_a_table_the_index_gave_with_lf_line_ends_is_rebuilt(
    end: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [b"id,city,score", *(b"%d,Town %d,%d" % (i, i, i * 7 % 100) for i in range(40))]
    raw = end.join(lines) + end
    page = b"\n".join(lines) + b"\n"  # the index gives every line end as LF
    table = rw5.page_trim(page, "csv", 8)
    repo, path = "someone/fixture", "data/people.csv"
    commit = _snapshot(tmp_path / "mirror", repo, path, raw)
    sha = hashlib.sha256(table).hexdigest()
    row = f"t001,{repo},{commit},{path},not checked (read through the stored index),{sha}"
    data = _a_set(tmp_path, monkeypatch, row)
    with _isolated():
        assert rebuild.rebuild("realworld7", False) == (1, 0, set())
    assert (data / "t001.csv").read_bytes() == table
    assert not rebuild.absent_list(data).exists()


def test_a_table_the_index_gave_with_a_no_break_space_as_a_space_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index gives U+00A0 as a plain space (set g's en_osmi_2016: a header with one, CRLF line ends)."""
    lines = ["id,treatment of\u00a0 issues?,score", *(f"{i},Town {i},{i * 7 % 100}" for i in range(40))]
    raw = "\r\n".join(lines).encode() + b"\r\n"
    page = "\n".join(lines).replace("\u00a0", " ").encode() + b"\n"
    table = rw5.page_trim(page, "csv", 8)
    repo, path = "someone/fixture", "data/survey.csv"
    commit = _snapshot(tmp_path / "mirror", repo, path, raw)
    row = f"t001,{repo},{commit},{path},not checked (read through the stored index),{hashlib.sha256(table).hexdigest()}"
    data = _a_set(tmp_path, monkeypatch, row)
    with _isolated():
        assert rebuild.rebuild("realworld7", False) == (1, 0, set())
    assert (data / "t001.csv").read_bytes() == table


def test_a_table_kept_in_a_legacy_encoding_is_rebuilt_from_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A GBK CSV in the snapshot; the table (a labeller's copy) is its UTF-8 text. Set m's zh_xuesheng_chengji
    stayed absent: no trim of the GBK bytes matched."""
    lines = ["学号,姓名,物理,代数", *(f"{6317070606 + i},学生{i},{60 + i % 40},{i * 3 % 30}" for i in range(300))]
    raw = "\n".join(lines).encode("gbk") + b"\n"
    table = "\n".join(lines).encode() + b"\n"  # kept whole (300 records), as its text
    repo, path = "someone/fixture", "成绩.csv"
    commit = _snapshot(tmp_path / "mirror", repo, path, raw)
    row = f"t001,{repo},{commit},{path},training only,{hashlib.sha256(table).hexdigest()}"
    data = _a_set(tmp_path, monkeypatch, row, name="m")
    with _isolated():
        assert rebuild.rebuild("m", False) == (1, 0, set())
    assert (data / "t001.csv").read_bytes() == table

def test_a_table_kept_as_its_raw_bytes_in_a_legacy_encoding_is_still_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cp1252 CSV kept whole as its bytes (a collect script's trim of the raw file): its UTF-8 text is tried
    too, not instead. Failed before: only the UTF-8 text was tried."""
    lines = ["id;nombre;ciudad", *(f"{i};Íñigo Peña {i};Logroño" for i in range(40))]
    raw = "\r\n".join(lines).encode("cp1252") + b"\r\n"
    repo, path = "someone/fixture", "data/clientes.csv"
    sha = hashlib.sha256(raw).hexdigest()
    data = _a_set(tmp_path, monkeypatch, f"t001,{repo},{_snapshot(tmp_path / 'mirror', repo, path, raw)},{path},,{sha}")
    with _isolated():
        done = rebuild.rebuild("realworld7", False)
    assert done == (1, 0, set()) and (data / "t001.csv").read_bytes() == raw


def _a_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *rows: str, name: str = "realworld7") -> Path:
    """A set named ``name`` whose manifest holds ``rows``, its snapshots under tmp_path/mirror; its data folder."""
    meta, data = tmp_path / "meta", tmp_path / "data"
    meta.mkdir()
    (meta / "manifest.csv").write_text(
        "file_id,repo,commit,path,licence,sha256\n" + "".join(r + "\n" for r in rows), encoding="utf-8"
    )
    monkeypatch.setattr(rebuild, "MIRROR", tmp_path / "mirror")
    monkeypatch.setitem(rebuild.SETS, name, (meta, data))
    return data


@contextlib.contextmanager
def _isolated() -> Iterator[None]:
    """Set b's collect.py, which the rebuild loads, imports its own ``check`` from its folder: leave neither that
    module nor the folder on sys.path to the other sets' tests (nor take theirs)."""
    saved, path = sys.modules.pop("check", None), list(sys.path)
    try:
        yield
    finally:
        sys.path[:] = path
        sys.modules.pop("check", None)
        if saved is not None:
            sys.modules["check"] = saved


def test_a_partial_rebuild_lists_its_absent_tables_and_a_page_copy_fills_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = b"".join(b"%d,Town %d\n" % (i, i) for i in range(30))
    page = b"id,city\n" + page
    table = rw5.page_trim(page, "csv", 12)
    data = _a_set(
        tmp_path,
        monkeypatch,
        f"t001,nobody/gone,{'a' * 40},t.csv,l,{hashlib.sha256(table).hexdigest()}",
        f"t002,nobody/gone2,{'b' * 40},u.csv,l,{'0' * 64}",
    )
    with _isolated():
        assert rebuild.rebuild("realworld7", False) == (0, 0, {"nobody/gone", "nobody/gone2"})
        assert set(rebuild.absent(data)) == {"t001", "t002"}
        (tmp_path / "page.txt").write_bytes(page[:-7])  # any prefix of the page holding the records
        assert rebuild.from_page("realworld7", "t001", tmp_path / "page.txt")
        (tmp_path / "bad.txt").write_bytes(page.replace(b"Town 3", b"Town 8"))  # a wrong copy is refused
        assert not rebuild.from_page("realworld7", "t002", tmp_path / "bad.txt")
    assert (data / "t001.csv").read_bytes() == table
    assert set(rebuild.absent(data)) == {"t002"}
    assert sorted(p.name for p in data.iterdir()) == ["t001.csv"]


def test_a_page_copy_of_a_file_with_crlf_line_ends_fills_its_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table trimmed from a snapshot of a CRLF file kept its CRs; the index page of that file has LF line ends."""
    lines = [b"id,city,score", *(b"%d,Town %d,%d" % (i, i, i * 7 % 100) for i in range(240))]
    table = b"".join(line + b"\r\n" for line in lines[:201])  # the header and the first 200 records, as kept
    page = b"\n".join(lines[:205]) + b"\n"  # the page as the index gives it, cut after a few more records
    data = _a_set(tmp_path, monkeypatch, f"t001,nobody/gone,{'a' * 40},t.csv,l,{hashlib.sha256(table).hexdigest()}")
    (tmp_path / "page.txt").write_bytes(page)
    with _isolated():
        assert rebuild.from_page("realworld7", "t001", tmp_path / "page.txt")
    assert (data / "t001.csv").read_bytes() == table
