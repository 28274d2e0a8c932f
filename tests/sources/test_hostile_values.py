"""Red-team 6: values and shapes inside a well-formed file that broke the run after the reader.

The reader children bound what a file costs to parse; these cases parse fine and then hurt the
steps after it (flattening, classification) in ajar's own process: one malformed MongoDB Extended
JSON wrapper ended the whole scan with exit 3 and no service, and one record of 100,000 keys
silently hid every other field of its dataset. Each end-to-end case runs the real command line in
a child under an address-space limit and a timeout.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ajar.values import unwrap_extended_json

_AS = 3 << 30  # 3 GiB of address space for the scan's process and its reader child

GOOD = [{"email": f"u{i}@corp.example", "name": "Ann Lee"} for i in range(20)]

# wrappers json_util refuses with something other than ValueError/TypeError (InvalidBSON, decimal errors)
BAD_WRAPPERS: list[dict[str, Any]] = [
    {"$date": 1e308},
    {"$date": -9e18},
    {"$date": {"$numberLong": "9" * 5000}},
    {"$numberDecimal": "x"},
    {"$numberDecimal": "1e999999999"},
    {"$date": {"$numberLong": "x"}},
    {"$binary": "!!!not base64", "$type": "00"},
    {"$binary": {"base64": 5, "subType": "zz"}},
    {"$oid": "abc"},
    {"$timestamp": {"t": -1, "i": "x"}},
    {"$regularExpression": {"pattern": "(", "options": "zzz"}},
    {"$uuid": "bad"},
]


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_AS, _AS))


def _scan(tmp_path: Path, *targets: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    out = tmp_path / "r.json"
    r = subprocess.run(
        [sys.executable, "-m", "ajar", "scan", *map(str, targets), "--no-store", "-o", str(out)],
        capture_output=True, text=True, timeout=180, preexec_fn=_limit,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "AJAR_STATE_DIR": str(tmp_path / "state")},
    )
    assert "Traceback" not in r.stdout + r.stderr, r.stderr[-2000:]
    return r, json.loads(out.read_text())


@pytest.mark.parametrize("wrapper", BAD_WRAPPERS, ids=lambda w: json.dumps(w)[:40])
def test_a_malformed_wrapper_unwraps_to_nothing_never_raises(wrapper: dict[str, Any]) -> None:
    got = unwrap_extended_json(wrapper)
    assert got is None or got == wrapper or not isinstance(got, dict), got


def test_a_malformed_wrapper_in_a_json_array_is_no_internal_error(tmp_path: Path) -> None:
    """`[{"d": {"$date": 1e308}}, ...]` ended the whole scan with exit 3 and no service (InvalidBSON,
    decimal.InvalidOperation, decimal.Overflow raised by bson.json_util in the flattener)."""
    d = tmp_path / "dumps"
    d.mkdir()
    for i, w in enumerate(BAD_WRAPPERS):
        (d / f"t{i:02d}.json").write_text(json.dumps([{"v": w}, *GOOD]))
    r, rep = _scan(tmp_path, d)
    assert r.returncode == 0, r.stderr[-2000:]
    (svc,) = rep["services"]
    assert len(svc["datasets"]) == len(BAD_WRAPPERS)
    for ds in svc["datasets"]:
        assert "contact.email" in {f["category"] for f in ds["fields"]}, ds


def test_one_dataset_failing_classification_is_a_note_and_the_others_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files engine classified and assessed each dataset unguarded: any bug in one ended the run."""
    from ajar.pipeline import classify
    from ajar.pipeline.run import _scan_path
    from ajar.probes.base import Limits

    real = classify.classify_records

    def flaky(records: Any, **kw: Any) -> Any:
        if any("boom" in r.data for r in records):
            raise RuntimeError("a bug")
        return real(records, **kw)

    monkeypatch.setattr(classify, "classify_records", flaky)
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({**g, "boom": 1}) + "\n" for g in GOOD))
    (tmp_path / "b.jsonl").write_text("".join(json.dumps(g) + "\n" for g in GOOD))
    (svc,) = _scan_path(tmp_path, Limits())
    a, b = sorted(svc.datasets, key=lambda ds: ds.name)
    assert any("classification failed" in n for n in a.notes), a.notes
    assert "contact.email" in {str(f.category) for f in b.fields}, b.fields


def test_one_record_of_100000_keys_does_not_hide_the_other_fields(tmp_path: Path) -> None:
    """The first record's 100,000 keys took all 2,000 field paths, so `email` and `name` of the 20
    records after it were never classified, without a note."""
    p = tmp_path / "wide.jsonl"
    wide = {f"k{i}": i for i in range(100_000)}
    p.write_text(json.dumps(wide) + "\n" + "".join(json.dumps(g) + "\n" for g in GOOD))
    r, rep = _scan(tmp_path, p)
    assert r.returncode == 0, r.stderr[-2000:]
    (ds,) = rep["services"][0]["datasets"]
    cats = {f["category"] for f in ds["fields"]}
    assert {"contact.email", "person.name"} <= cats, (cats, ds["notes"])
    assert any("field paths" in n for n in ds["notes"]), ds["notes"]


def test_a_csv_head_of_unclosed_quotes_is_sniffed_in_bounded_time(tmp_path: Path) -> None:
    """csv.Sniffer's quote patterns are quadratic in what they read: 200 lines of `,"x,"x…` (200 KB of
    the 1 MB head) took 166 s, so the reader's deadline stopped the file and its good rows were lost."""
    from tests.sources.test_hostile_files import scan_bounded

    p = tmp_path / "q.csv"
    p.write_text((',"x' * 300 + "\n") * 200 + "".join(f"Ann Lee,{g['email']}\n" for g in GOOD))
    got, skipped, seconds = scan_bounded(p, sample=50)  # the reader's deadline is 10 s (it was 166 s)
    assert "reader_timeout" not in skipped, (skipped, seconds)
    ((_, _, sampled, error, _),) = got
    assert sampled > 0 and error is None, got


def test_the_lines_of_a_quote_that_never_closes_are_given_in_linear_time(tmp_path: Path) -> None:
    """Hostile: a quote that never closes, then 600,000 lines of ``,`` (1.2 MB): the record runs to the field-size
    limit (a million characters, 500,000 lines), whose lines are then given one by one. Each was taken off the
    front of a list (quadratic: 1.2 MB took 17 s, past the reader's deadline, and the rows were lost)."""
    from tests.sources.test_hostile_files import scan_bounded

    p = tmp_path / "q.csv"
    p.write_text("a,b\n1,2\n3,\"x\n" + ",\n" * 600_000)
    got, skipped, seconds = scan_bounded(p, sample=50)
    ((_, _, sampled, error, notes),) = got
    assert sampled == 50 and error is None and seconds < 20, (got, seconds)
    assert any("a quote that does not close" in n for n in notes), notes


def test_one_name_repeated_in_a_header_or_a_record_is_numbered_in_linear_time(tmp_path: Path) -> None:
    """Hostile: a CSV header of one name 20,000 times, and a psql expanded record of one name 100,000 times. Each
    repeat was numbered by trying ``_2``, ``_3``... from 2 (quadratic: a 52 KB header took 3.6 s, the record ran
    past the reader's deadline and the rows were lost); the next number of each name is kept now."""
    import time

    from ajar.sources.base import field_names
    from tests.sources.test_hostile_files import scan_bounded

    t0 = time.process_time()
    names = field_names(["key"] * 20_000)
    assert names == ["key", *(f"key_{k}" for k in range(2, 20_001))] and time.process_time() - t0 < 2
    (tmp_path / "out.txt").write_text("-[ RECORD 1 ]\n" + "a | x\n" * 100_000 + "-[ RECORD 2 ]\na | y\n")
    got, skipped, seconds = scan_bounded(tmp_path, sample=50, samples=True)
    ((_, records, _, error, _, data),) = got
    assert (records, error, len(data[0]), data[0]["a_100000"], data[1]) == (2, None, 100_000, "x", {"a": "y"})
    assert seconds < 20, seconds


def test_records_of_millions_of_values_are_kept_cut_and_the_file_is_read(tmp_path: Path) -> None:
    """Three JSON lines of 20 MB (4 million short strings each, well under the 32 MiB line bound) were
    kept whole in the sample: the reader ran out of its memory limit and the file's 20 other records
    were lost. A kept record holds at most a bounded number of values."""
    from tests.sources.test_hostile_files import scan_bounded

    inner = "[" + ",".join(['"ab"'] * 4000) + "]"
    fat = "[" + ",".join([inner] * 1000) + "]"
    p = tmp_path / "fat.jsonl"
    with p.open("w") as fh:
        for i in range(3):
            fh.write(f'{{"email": "f{i}@corp.example", "v": {fat}}}\n')
        fh.write("".join(json.dumps(g) + "\n" for g in GOOD))
    got, skipped, _ = scan_bounded(p, sample=50, samples=True)
    assert not skipped, skipped
    ((_, records, sampled, error, _, data),) = got
    assert records == 23 and sampled == 23 and error is None, got[0][:5]
    assert sum(1 for r in data if "v" in r) == 3


def test_a_kept_record_holds_a_bounded_amount_of_text() -> None:
    """Twelve JSON lines of 480 values of 60 KB (28 MB each, under the 32 MiB line bound) were kept whole:
    the reader ran out of its memory limit and the file was lost. A kept record keeps 4 MiB of text."""
    from ajar.sources.base import MAX_RECORD_TEXT, cut

    rec = {"email": "a@corp.example", **{f"c{i}": "x" * 60_000 for i in range(480)}, "last": ["y" * 60_000] * 100}
    kept = cut(rec)
    total = sum(len(v) for v in kept.values() if isinstance(v, str)) + sum(map(len, kept["last"]))
    assert kept["email"] == "a@corp.example" and total <= MAX_RECORD_TEXT, total
    assert set(kept) == set(rec)  # the fields are kept (empty past the budget): their names still count


def test_a_truncated_compressed_csv_keeps_the_rows_before_the_cut(tmp_path: Path) -> None:
    """A .csv.gz cut short (a partial download) lost every row: the head read for the dialect met the
    corrupt stream first. JSON Lines kept the lines before the cut; CSV now does too."""
    import gzip

    from tests.sources.test_hostile_files import scan_bounded

    body = b"name,email\n" + b"".join(b"Ann Lee,u%d@corp.example\n" % i for i in range(100_000))
    p = tmp_path / "c.csv.gz"
    p.write_bytes(gzip.compress(body)[:30_000])
    got, _, _ = scan_bounded(p, sample=50)
    ((_, _, sampled, error, _),) = got
    assert sampled == 50 and error and "truncated" in error, got
