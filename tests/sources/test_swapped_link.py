"""A file of the target swapped for a symlink that leads out of it after the walk is not read (R3-6).

The walk resolves each file's path and checks it is inside; a symlink put in its place later (``ln -s``
and ``mv``, as a live upload or an extraction could) is refused when the file is opened (``O_NOFOLLOW``)
and counted as ``link_outside_target``. The swap is made right after the walk, deterministically.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from ajar.sources import files
from ajar.sources.files import Coverage, read_path


@pytest.mark.parametrize("isolate", [True, False], ids=["reader child", "in process"])
def test_a_file_swapped_for_an_outside_link_after_the_walk_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolate: bool
) -> None:
    target, outside = tmp_path / "target", tmp_path / "outside"
    target.mkdir()
    outside.mkdir()
    for i in range(3):
        (target / f"f{i}.json").write_text(json.dumps([{"email": f"inside{i}@example.org"}]))
    (outside / "secret.json").write_text(json.dumps([{"email": "outside@example.org"}]))
    real_walk = files._walk

    def walk_then_swap(*args: Any) -> Any:
        found = real_walk(*args)
        link = target / "tmp_link"
        link.symlink_to(outside / "secret.json")
        os.replace(link, target / "f1.json")  # atomically, as `mv` does
        return found

    monkeypatch.setattr(files, "_walk", walk_then_swap)
    cov = Coverage()
    got = list(read_path(target, 10, cov, isolate=isolate))
    emails = {r.data.get("email") for d in got for r in d.sample}
    assert "outside@example.org" not in emails
    assert emails == {"inside0@example.org", "inside2@example.org"}
    assert cov.skipped == {"link_outside_target": 1}, cov.skipped


def test_a_symlink_named_by_the_user_is_still_followed(tmp_path: Path) -> None:
    (tmp_path / "data.json").write_text(json.dumps([{"email": "a@example.org"}]))
    (tmp_path / "link.json").symlink_to(tmp_path / "data.json")
    (ds,) = read_path(tmp_path / "link.json", 10)
    assert ds.error is None and ds.records == 1


@pytest.mark.parametrize("isolate", [True, False], ids=["reader child", "in process"])
def test_a_directory_swapped_for_an_outside_link_after_the_walk_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolate: bool
) -> None:
    """The file's own name is no link (O_NOFOLLOW passes), but a directory above it now leads out:
    the opened file is not the one the walk found (st_dev, st_ino), so it is refused."""
    target, outside = tmp_path / "target", tmp_path / "outside"
    (target / "sub").mkdir(parents=True)
    outside.mkdir()
    (target / "a.json").write_text(json.dumps([{"email": "inside@example.org"}]))
    (target / "sub" / "f.json").write_text(json.dumps([{"email": "insidesub@example.org"}]))
    (outside / "f.json").write_text(json.dumps([{"email": "outside@example.org"}]))
    real_walk = files._walk

    def walk_then_swap(*args: Any) -> Any:
        found = real_walk(*args)
        os.rename(target / "sub", tmp_path / "old_sub")
        (target / "sub").symlink_to(outside)
        return found

    monkeypatch.setattr(files, "_walk", walk_then_swap)
    cov = Coverage()
    got = list(read_path(target, 10, cov, isolate=isolate))
    emails = {r.data.get("email") for d in got for r in d.sample}
    assert emails == {"inside@example.org"}, emails
    assert cov.skipped == {"link_outside_target": 1}, cov.skipped
