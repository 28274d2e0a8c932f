"""Red-team 6's leftovers: hostile input costs a note, never the file (and never the run).

Each file case is read by ``read_path`` in a child under an address-space limit and a timeout
(:func:`tests.sources.test_hostile_files.scan_bounded`); ajar's own reader child inside has its own
memory limit and deadline, as in a scan.

* UTF-32 with a byte-order mark was not read;
* a gzip file followed by garbage was reported unreadable (``gzip -d`` reads it and warns).
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from ajar.sources.base import Budget, Source
from ajar.sources.files import Coverage, read_path
from tests.sources.test_hostile_files import scan_bounded

GOOD = [{"email": f"u{i}@corp.example", "name": "Ann Lee"} for i in range(20)]
GOOD_LINES = "".join(json.dumps(g) + "\n" for g in GOOD)


def _emails(data: list[dict[str, object]]) -> set[object]:
    return {r.get("email") for r in data}


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_utf32_text_is_read_like_its_utf8_twin(tmp_path: Path, codec: str, kind: str) -> None:
    people = [{"name": f"Zoë Müller {i}", "email": f"p{i}@example.org"} for i in range(30)]
    if kind == "jsonl":
        text = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in people)
    else:
        text = "name,email\n" + "".join(f"{p['name']},{p['email']}\n" for p in people)
    p = tmp_path / f"people.{kind}"
    p.write_bytes(text.encode(codec))
    cov = Coverage()
    (ds,) = read_path(p, 50, cov, isolate=False)
    assert ds.error is None and ds.records == 30 and cov.skipped == {}, (ds, cov.skipped)
    assert {(r.data["name"], r.data["email"]) for r in ds.sample} == {(q["name"], q["email"]) for q in people}


def test_utf32_with_code_points_that_do_not_exist_is_read_with_them_replaced(tmp_path: Path) -> None:
    """Units above U+10FFFF and surrogates in a UTF-32 file are replaced (U+FFFD), never fatal."""
    body = "".join(json.dumps(g) + "\n" for g in GOOD).encode("utf-32-le")
    bad = (0x110000).to_bytes(4, "little") + (0xD800).to_bytes(4, "little") + (0xFFFFFFFF).to_bytes(4, "little")
    cut = body.index("\n".encode("utf-32-le")) + 4
    p = tmp_path / "odd.jsonl"
    p.write_bytes(b"\xff\xfe\x00\x00" + body[:cut] + bad + body[cut:])
    got, skipped, _ = scan_bounded(p, sample=50, samples=True)
    ((_, _, sampled, error, _, data),) = got
    assert not skipped and error is None and sampled >= 19, got[0][:5]
    assert len(_emails(data) & {g["email"] for g in GOOD}) >= 19


def test_binary_files_are_not_utf32() -> None:
    import bson

    from ajar.sources.encodings import utf32

    assert utf32(b"".join(bson.encode({"n": i}) for i in range(40))) is None
    assert utf32(bytes(1024)) is None  # all NULs: no text
    assert utf32("a,b\n1,2\n3,4\n5,6\n".encode("utf-16-le")) is None
    assert utf32("a,b\n1,2\n3,4\n5,6\n".encode("utf-32-le")) == "utf-32-le"


# --- gzip ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "noted"),
    [
        (b"\x00garbage" * 100, True),  # zero bytes, then what is not gzip
        (b"GARBAGE\n", True),
        (b"\x1f", True),  # one byte of a magic number
        (b"\x00" * 1000, False),  # zero padding: gzip -d says nothing either
        (b"", False),
    ],
)
def test_gzip_with_trailing_garbage_is_read_and_the_garbage_noted(tmp_path: Path, tail: bytes, noted: bool) -> None:
    """``gzip -d``: "decompression OK, trailing garbage ignored"; ajar reported the file unreadable."""
    p = tmp_path / "people.jsonl.gz"
    half = len(GOOD_LINES) // 2
    p.write_bytes(gzip.compress(GOOD_LINES[:half].encode()) + gzip.compress(GOOD_LINES[half:].encode()) + tail)
    got, skipped, _ = scan_bounded(p, sample=50, samples=True)
    ((_, records, sampled, error, notes, data),) = got
    assert not skipped and error is None and (records, sampled) == (20, 20), got[0][:5]
    assert _emails(data) == {g["email"] for g in GOOD}
    assert any("trailing garbage" in n and "gzip -d" in n for n in notes) is noted, notes


def test_a_large_gzip_csv_with_trailing_garbage_reads_its_rows(tmp_path: Path) -> None:
    body = b"name,email\n" + b"".join(b"Ann Lee,u%d@corp.example\n" % i for i in range(60_000))  # < MAX_SCAN
    p = tmp_path / "c.csv.gz"
    p.write_bytes(gzip.compress(body) + b"\x00\x01trailing garbage" * 1000)
    got, skipped, _ = scan_bounded(p, sample=50)
    ((_, _, sampled, error, notes),) = got
    assert not skipped and sampled == 50 and error is None, got
    assert any("trailing garbage" in n for n in notes), notes


def test_a_truncated_gzip_is_still_an_error() -> None:
    from ajar.sources.archives import compressed_source
    from ajar.sources.base import Corrupt

    data = gzip.compress(GOOD_LINES.encode() * 50)[:-40]
    src = Source("t.gz", lambda: io.BytesIO(data), Budget(), spool_dir=lambda: Path("/nonexistent"))
    with pytest.raises(Corrupt, match="truncated"), compressed_source(src, "gzip").open() as fh:
        fh.read()
