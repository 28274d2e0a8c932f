"""Red-team 6's leftovers: hostile input costs a note, never the file (and never the run).

Each file case is read by ``read_path`` in a child under an address-space limit and a timeout
(:func:`tests.sources.test_hostile_files.scan_bounded`); ajar's own reader child inside has its own
memory limit and deadline, as in a scan.

* one 30 MB JSON line of 6 million ``[[]]`` ran the reader out of its memory limit and the file was
  lost: a line or element of more than ``MANY_VALUES`` values is built only as far as its first
  ``MAX_RECORD_VALUES``;
* 10^5 nesting levels were reported as a file that ends inside an element ("truncated?");
* UTF-32 with a byte-order mark was not read;
* a gzip file followed by garbage was reported unreadable (``gzip -d`` reads it and warns); a bzip2 or xz
  file followed by garbage was read without a word of it.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

import pytest

from ajar.sources.base import MAX_RECORD_VALUES, Budget, Source
from ajar.sources.files import Coverage, read_path
from ajar.sources.jsonfile import MANY_VALUES, _JsonStream
from tests.sources.test_hostile_files import scan_bounded

GOOD = [{"email": f"u{i}@corp.example", "name": "Ann Lee"} for i in range(20)]
GOOD_LINES = "".join(json.dumps(g) + "\n" for g in GOOD)


def _emails(data: list[dict[str, object]]) -> set[object]:
    return {r.get("email") for r in data}


# --- one record of millions of values ------------------------------------------------------------


def test_a_30_mb_json_line_of_6_million_values_is_read_as_far_as_its_first_values(tmp_path: Path) -> None:
    """6 million ``[[]]`` (two lists each: 860 MB built whole) took the reader past its memory limit and
    the file's 20 other lines were lost with it."""
    p = tmp_path / "fat.jsonl"
    with p.open("w") as fh:
        fh.write('{"email": "f@corp.example", "v": [' + ",".join(["[[]]"] * 6_000_000) + '], "name": "Bo Chan"}\n')
        fh.write(GOOD_LINES)
    assert p.stat().st_size > 30_000_000
    got, skipped, _ = scan_bounded(p, sample=50, samples=True)
    assert not skipped, skipped
    ((_, records, sampled, error, notes, data),) = got
    assert (records, sampled, error) == (21, 21, None), got[0][:5]
    assert _emails(data) == {g["email"] for g in GOOD} | {"f@corp.example"}
    (fat,) = [r for r in data if r["email"] == "f@corp.example"]
    assert 0 < len(fat["v"]) <= MAX_RECORD_VALUES  # type: ignore[arg-type]
    assert f"line 1: more than {MANY_VALUES:,} values; its first {MAX_RECORD_VALUES:,} read" in " ".join(notes)


def test_a_json_array_element_of_6_million_values_is_read_as_far_as_its_first_values(tmp_path: Path) -> None:
    """The same record as an element of a JSON document: its first values are built, its end found by
    matching brackets (never building the rest), and the elements after it are read."""
    p = tmp_path / "fat.json"
    good = ",".join(json.dumps(g) for g in GOOD)
    with p.open("w") as fh:
        fh.write(
            '[{"email": "f@corp.example", "v": [' + ",".join(['["a]", {"b": "}"}]'] * 300_000) + "]}," + good + "]"
        )
    got, skipped, _ = scan_bounded(p, sample=50, samples=True)
    assert not skipped, skipped
    ((_, records, sampled, error, notes, data),) = got
    assert (records, sampled, error) == (21, 21, None), got[0][:5]
    assert _emails(data) == {g["email"] for g in GOOD} | {"f@corp.example"}
    assert any(n.startswith("element 1: more than") for n in notes), notes


def test_a_line_of_many_commas_inside_strings_is_read_whole_without_a_note(tmp_path: Path) -> None:
    """The separators are counted before parsing, strings not told apart: a line whose commas are all in
    one string holds few values, and is read as it always was."""
    p = tmp_path / "commas.jsonl"
    p.write_text(json.dumps({"email": "c@corp.example", "text": "," * (MANY_VALUES + 10)}) + "\n" + GOOD_LINES)
    (ds,) = read_path(p, 50, Coverage(), isolate=False)
    assert ds.records == 21 and ds.error is None
    (rec,) = [r.data for r in ds.sample if r.data["email"] == "c@corp.example"]
    assert rec["text"] == "," * len(rec["text"]) and len(rec["text"]) > 60_000
    assert not any("more than" in n for n in ds.notes), ds.notes


def _nested(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if depth > 6 or r < 0.3:  # strings holding brackets, quotes and backslashes that must not count
        return rng.choice(['"a[b"', '"}{"', '"x\\\\"', '"q\\"]"', "1", "null", '"' + "[" * rng.randint(0, 3) + '"'])
    if r < 0.65:
        return "[" + ",".join(_nested(rng, depth + 1) for _ in range(rng.randint(0, 5))) + "]"
    return "{" + ",".join(f'"k{i}]":' + _nested(rng, depth + 1) for i in range(rng.randint(0, 5))) + "}"


def test_matching_brackets_finds_the_end_of_any_value_in_any_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """``skip_value`` (passing a value without building it) against the parser, over chunks and blocks
    small enough to cut every string and bracket run."""
    from ajar.sources import jsonfile

    rng = random.Random(7)
    for _ in range(1500):
        value = "[" + ",".join(_nested(rng, 0) for _ in range(rng.randint(1, 4))) + "]"
        json.loads(value)
        data = (value + ' , "tail"').encode()
        monkeypatch.setattr(jsonfile, "_BLOCK", rng.choice([4, 7, 16, 1 << 16]))
        monkeypatch.setattr(jsonfile, "_CHUNK", rng.choice([3, 5, 64, 1 << 16]))
        src = Source("x", lambda data=data: io.BytesIO(data), Budget(), spool_dir=lambda: Path("/nonexistent"))
        stream = _JsonStream(io.BytesIO(data), src)
        assert stream.skip_value(), value
        assert stream.buf[stream.pos :] + stream.fh.read().decode() == ' , "tail"', value


# --- nesting -------------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["array", "object"])
def test_100000_nesting_levels_are_nested_too_deep_not_truncated(tmp_path: Path, shape: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000 if shape == "array" else '{"a":' * 100_000 + "1" + "}" * 100_000
    alone = tmp_path / "deep.json"
    alone.write_text(deep if shape == "object" else "[" + deep + "]")
    among = tmp_path / "among.json"
    among.write_text("[" + json.dumps(GOOD[0]) + "," + deep + "," + json.dumps(GOOD[1]) + "]")
    for p in (alone, among):
        got, _, _ = scan_bounded(p, sample=50)
        ((_, _, sampled, error, notes),) = got
        said = " ".join(notes) + (error or "")
        assert "nested too deep" in said and "truncated" not in said, got
    ((_, records, sampled, error, _),) = scan_bounded(among, sample=50)[0]
    assert (records, sampled, error) == (2, 2, None)


def test_a_deep_element_that_never_closes_is_still_passed_to_the_next_one(tmp_path: Path) -> None:
    """An element of 10^5 open brackets and garbage: matching finds no end, and the reader looks for the
    next element as it did before."""
    p = tmp_path / "open.json"
    p.write_text("[" + json.dumps(GOOD[0]) + "," + "[" * 100_000 + "x," + json.dumps(GOOD[1]) + "]")
    got, _, _ = scan_bounded(p, sample=50, samples=True)
    ((_, _, _, _, notes, data),) = got
    assert _emails(data) == {GOOD[0]["email"], GOOD[1]["email"]}, got[0][:5]
    assert "element 2: nested too deep" in notes


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


# --- a JSON array longer than MAX_SCAN -------------------------------------------------------------


def _people(n: int) -> list[dict[str, str]]:
    return [{"email": f"u{i}@corp.example", "name": "Ann Lee"} for i in range(n)]


@pytest.mark.parametrize("shape", ["array", "object"])
def test_a_json_array_of_more_than_max_scan_elements_is_read_as_far_as_its_first(tmp_path: Path, shape: str) -> None:
    """A JSON array of 150,000 elements was reported "not JSON: text that is not JSON follows the document"
    (reading stopped at MAX_SCAN elements, then what followed the 100,000th was taken for trailing text); as
    an object's key it was read again as one value of 1.5 million values, a single record. Its first MAX_SCAN
    elements are read and sampled, the count is unknown, and the notes say exactly that."""
    from ajar.sources.base import MAX_SCAN

    n = MAX_SCAN * 3 // 2
    doc: object = _people(n) if shape == "array" else {"people": _people(n), "other": _people(3), "meta": 1}
    p = tmp_path / "people.json"
    p.write_text(json.dumps(doc))
    got, skipped, _ = scan_bounded(p, sample=50, samples=True)
    ((name, records, sampled, error, notes, data),) = got
    assert not skipped and error is None, got[0][:5]
    assert (name, records, sampled) == ("people" if shape == "array" else "people.people", None, 50)
    assert {int(str(r["email"])[1:].split("@")[0]) for r in data} <= set(range(MAX_SCAN))  # from the first only
    first = f"read up to its first {MAX_SCAN:,} records: the count is unknown and the sample is drawn from those"
    assert first in notes, notes
    assert ("the keys of the document after this array are not read" in notes) is (shape == "object"), notes
    assert not any("not JSON" in n or "values" in n for n in notes), notes


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


@pytest.mark.parametrize("kind", ["bzip2", "xz"])
@pytest.mark.parametrize(
    ("tail", "noted"),
    [
        (b"\x00garbage" * 100, True),
        (b"GARBAGE\n", True),
        (b"B", True),  # one byte of bzip2's magic number
        (b"\xfd7z", True),  # three of xz's
        (b"\x00" * 1000, None),  # xz's stream padding; after bzip2 garbage
        (b"", False),
    ],
)
def test_bzip2_and_xz_with_trailing_garbage_are_read_and_the_garbage_noted(
    tmp_path: Path, kind: str, tail: bytes, noted: bool | None
) -> None:
    """``bz2.BZ2File`` and ``lzma.LZMAFile`` ended silently at bytes that begin no stream; ``bzip2 -d`` warns
    ("trailing garbage after EOF ignored"): both streams are read and the garbage noted, as gzip's are."""
    import bz2
    import lzma

    comp = bz2.compress if kind == "bzip2" else lzma.compress
    p = tmp_path / f"people.jsonl.{'bz2' if kind == 'bzip2' else 'xz'}"
    half = len(GOOD_LINES) // 2
    p.write_bytes(comp(GOOD_LINES[:half].encode()) + comp(GOOD_LINES[half:].encode()) + tail)
    got, skipped, _ = scan_bounded(p, sample=50, samples=True)
    ((_, records, sampled, error, notes, data),) = got
    assert not skipped and error is None and (records, sampled) == (20, 20), got[0][:5]
    assert _emails(data) == {g["email"] for g in GOOD}
    expected = kind == "bzip2" if noted is None else noted
    assert any(f"trailing garbage after the {kind} data" in n and f"{kind} -d" in n for n in notes) is expected, notes


@pytest.mark.parametrize("kind", ["bzip2", "xz"])
def test_a_truncated_or_corrupt_bzip2_or_xz_is_still_an_error(kind: str) -> None:
    import bz2
    import lzma

    from ajar.sources.archives import compressed_source
    from ajar.sources.base import Corrupt

    comp = bz2.compress if kind == "bzip2" else lzma.compress
    good = comp(GOOD_LINES.encode() * 50)
    for data in (good[:-40], good + comp(b"x")[:12] + b"garbage"):  # cut short; a second stream that breaks
        src = Source("t", lambda d=data: io.BytesIO(d), Budget(), spool_dir=lambda: Path("/nonexistent"))
        with pytest.raises(Corrupt, match="truncated"), compressed_source(src, kind).open() as fh:
            fh.read()


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


def test_a_small_truncated_jsonl_gz_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    """A .jsonl.gz cut short (a partial download) of less than a megabyte lost every line: the look at its
    first lines read a whole megabyte at once and met the cut first (a .csv.gz kept its rows already)."""
    body = "".join(json.dumps({"email": f"u{i}@corp.example", "name": "Ann Lee"}) + "\n" for i in range(3000))
    data = gzip.compress(body.encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    got, _, _ = scan_bounded(p, sample=50)
    ((_, records, sampled, error, notes),) = got
    assert records is not None and 50 < records < 3000 and sampled == 50 and error and "truncated" in error, got
    assert "read as JSON Lines: one JSON value per line" in notes
    assert f"cut short: the {records:,} records read up to the cut are counted, a lower bound of what it held" in notes


def test_elements_longer_than_a_megabyte_of_few_values_are_read_whole(tmp_path: Path) -> None:
    """A long element of few values (a 2 MB text) is tokenised to its end, then parsed as it always was, and
    the small elements after it (in the same large buffer) are read too."""
    p = tmp_path / "long.json"
    long = {"email": "l@corp.example", "t": "y" * 2_000_000, "k": [{"a": "]"}] * 10}
    p.write_text("[" + json.dumps(long) + "," + ",".join(json.dumps(g) for g in GOOD) + "]")
    (ds,) = read_path(p, 50, Coverage(), isolate=False)
    assert ds.records == 21 and ds.error is None and not ds.notes, ds
    (rec,) = [r.data for r in ds.sample if r.data["email"] == "l@corp.example"]
    assert rec["k"] == long["k"] and len(rec["t"]) == 64 << 10  # a value kept is cut to 64 KiB, as before
    assert _emails([r.data for r in ds.sample]) == {g["email"] for g in GOOD} | {"l@corp.example"}
