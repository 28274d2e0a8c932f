"""A dataset's ``size_bytes`` is the bytes the target holds, before decompression or transcoding, whatever
the reader (review of round 8: a gzip file's and a UTF-16 file's datasets said 0, a ZIP member's gave its
decompressed size). Every file is synthetic.
"""

from __future__ import annotations

import bz2
import gzip
import io
import os
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ajar.sources.files import read_path

CSV = ("full_name,email\n" + "".join(f"Ana Costa {i},ana{i}@example.org\n" for i in range(200))).encode()


def _tar(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def _zip_stored(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.infolist()[0].compress_size


# (name, file name, its bytes, the size_bytes expected from those bytes)
CASES: list[tuple[str, str, bytes, Callable[[bytes], int]]] = [
    ("plain", "people.csv", CSV, len),
    ("gzip: the compressed bytes", "people.csv.gz", gzip.compress(CSV), len),
    ("bzip2", "people.csv.bz2", bz2.compress(CSV), len),
    ("UTF-16: the file's own bytes", "people.csv", CSV.decode().encode("utf-16"), len),
    ("UTF-16 in gzip", "people.csv.gz", gzip.compress(CSV.decode().encode("utf-16")), len),
    ("ZIP member: as stored", "export.zip", _zip({"people.csv": CSV}), _zip_stored),
    ("tar member: its size in the tar", "export.tar", _tar({"people.csv": CSV}), lambda _: len(CSV)),
    ("tar.gz member", "export.tar.gz", gzip.compress(_tar({"people.csv": CSV})), lambda _: len(CSV)),
]


@pytest.mark.parametrize(("file", "data", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
@pytest.mark.parametrize("isolate", [False, True], ids=["here", "reader child"])
def test_size_bytes_is_what_the_target_holds(
    tmp_path: Path, file: str, data: bytes, expected: Callable[[bytes], int], isolate: bool
) -> None:
    p = tmp_path / file
    p.write_bytes(data)
    (ds,) = list(read_path(p, 10, isolate=isolate))
    assert ds.error is None and ds.records == 200, (ds.error, ds.records)
    assert ds.size_bytes == expected(data) > 0


def _sizes_when_b_aborts(d: Path) -> list[tuple[str, int, bool]]:
    from ajar.sources import files
    from ajar.sources.jsonfile import read_json as real

    def read_json(src: object, *args: object) -> object:
        if str(getattr(src, "display", "")).endswith("b.jsonl"):
            os.abort()  # the reader child crashes on this file
        return real(src, *args)  # type: ignore[arg-type]

    setattr(files, "read_json", read_json)  # noqa: B010 - the forked test child's copy only
    return [(ds.name, ds.size_bytes, ds.error is None) for ds in read_path(d, 10, seconds=10.0)]


def test_a_file_whose_reader_crashed_keeps_its_size(tmp_path: Path) -> None:
    """Its note said 0 bytes; the file's size is known before it is read. Run bounded (memory, time)."""
    from tests.sources.test_reader_child import _bounded, _good

    for name in "abc":
        _good(tmp_path, f"{name}.jsonl")
    got = _bounded(_sizes_when_b_aborts, tmp_path)
    assert got == [(n, (tmp_path / f"{n}.jsonl").stat().st_size, n != "b") for n in "abc"], got
