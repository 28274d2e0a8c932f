"""bench/rebuild_data.py re-makes a table read through the stored index from a fetched snapshot.

Synthetic fixtures only: a throw-away git repository stands in for a snapshot, and a manifest row
records the sha256 of the table as the index would have given it.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
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
    meta, data = tmp_path / "meta", tmp_path / "data"
    meta.mkdir()
    (meta / "manifest.csv").write_text(
        "file_id,repo,commit,path,licence,sha256\n"
        f"t001,{repo},{commit},{path},not checked (read through the stored index),"
        f"{hashlib.sha256(table).hexdigest()}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(rebuild, "MIRROR", tmp_path / "mirror")
    monkeypatch.setitem(rebuild.SETS, "realworld7", (meta, data))
    # set b's collect.py, which rebuild() loads, imports its own ``check`` from its folder: leave neither
    # that module nor the folder on sys.path to the other sets' tests (nor take theirs)
    saved, path = sys.modules.pop("check", None), list(sys.path)
    try:
        assert rebuild.rebuild("realworld7", False) == (1, 0, set())
    finally:
        sys.path[:] = path
        sys.modules.pop("check", None)
        if saved is not None:
            sys.modules["check"] = saved
    assert (data / "t001.csv").read_bytes() == table
