"""Members of an archive beyond the per-archive limit are counted and named, never dropped unseen (R3-9).

The limit is lowered for the test (the same code path as 10,000), and the archives are read in the
memory-limited reader child.
"""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from ajar.sources import archives
from ajar.sources.files import Coverage, read_path


def _members() -> list[tuple[str, bytes]]:
    out = [(f"orders/o{i:05d}.json", json.dumps([{"order": i, "qty": 1}]).encode()) for i in range(8)]
    out.append(("users/zz_customers.json", json.dumps([{"email": f"u{i}@example.org"} for i in range(3)]).encode()))
    return out


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("orders/", b"")  # a directory is not a member that counts
        for name, data in _members():
            zf.writestr(name, data)
    return path


def _tar(path: Path) -> Path:
    with tarfile.open(path, "w") as tf:
        for name, data in _members():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize("make", [_zip, _tar], ids=["zip", "tar"])
def test_members_beyond_the_limit_are_counted_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: object
) -> None:
    assert archives.MAX_MEMBERS == 10_000
    monkeypatch.setattr(archives, "MAX_MEMBERS", 5)
    path = make(tmp_path / ("export.zip" if make is _zip else "export.tar"))  # type: ignore[operator]
    cov = Coverage()
    got = list(read_path(path, 10, cov))
    read = [d for d in got if d.error is None]
    assert len(read) == 5
    notes = [d.error for d in got if d.error]
    assert len(notes) == 1 and "4 members after the first 5 were not read" in notes[0], notes
    assert cov.skipped == {"too_many_files": 4}, cov.skipped


def test_an_archive_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    cov = Coverage()
    got = list(read_path(_zip(tmp_path / "e.zip"), 10, cov))
    assert len(got) == 9 and all(d.error is None for d in got) and cov.skipped == {}
