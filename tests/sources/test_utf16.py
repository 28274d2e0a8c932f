"""UTF-16 text files are read like their UTF-8 twins (R3-5): Windows PowerShell's ``>`` (UTF-16 with a
mark), Excel's "Unicode Text" (tab-separated, with a mark), UTF-16 without a mark. Binary formats whose
bytes hold many NULs (BSON, SQLite) are not mistaken for it."""

from __future__ import annotations

import codecs
import json
import sqlite3
from pathlib import Path

import bson
import pytest

from ajar.sources.encodings import utf16
from ajar.sources.files import Coverage, read_path

PEOPLE = [
    {"name": f"Zoë Müller {i}", "email": f"person{i}@example.org", "phone": f"+4930123456{i:02d}"} for i in range(30)
]
KEYS = ["name", "email", "phone"]


def _files(d: Path) -> dict[str, str]:
    rows = [[p[k] for k in KEYS] for p in PEOPLE]
    texts = {
        "powershell.json": ("utf-16", json.dumps(PEOPLE, indent=4, ensure_ascii=False)),
        "lines.jsonl": ("utf-16", "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PEOPLE)),
        "unicode_text.txt": ("utf-16", "\t".join(KEYS) + "\r\n" + "".join("\t".join(r) + "\r\n" for r in rows)),
        "nobom_le.csv": ("utf-16-le", ",".join(KEYS) + "\n" + "".join(",".join(r) + "\n" for r in rows)),
        "nobom_be.csv": ("utf-16-be", ",".join(KEYS) + "\n" + "".join(",".join(r) + "\n" for r in rows)),
        "twin.csv": ("utf-8", ",".join(KEYS) + "\n" + "".join(",".join(r) + "\n" for r in rows)),
    }
    for name, (enc, text) in texts.items():
        (d / name).write_bytes(text.encode(enc))
    return {name: enc for name, (enc, _) in texts.items()}


@pytest.mark.parametrize(
    "name", ["powershell.json", "lines.jsonl", "unicode_text.txt", "nobom_le.csv", "nobom_be.csv", "twin.csv"]
)
def test_utf16_text_is_read_like_its_utf8_twin(tmp_path: Path, name: str) -> None:
    _files(tmp_path)
    cov = Coverage()
    (ds,) = read_path(tmp_path / name, 50, cov)
    assert ds.error is None and ds.records == 30, (name, ds.error, ds.records)
    assert cov.skipped == {}
    values = {r.data["email"] for r in ds.sample}
    assert values == {p["email"] for p in PEOPLE}
    assert {r.data["name"] for r in ds.sample} == {p["name"] for p in PEOPLE}  # accents survive


def test_binary_files_full_of_nuls_are_not_utf16(tmp_path: Path) -> None:
    docs = b"".join(bson.encode({"n": i, "v": 0, "w": i * 2}) for i in range(50))
    assert utf16(docs) is None
    db = tmp_path / "x.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (a int)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(100)])
    con.commit()
    con.close()
    assert utf16(db.read_bytes()) is None
    assert utf16(b"plain ascii text, long enough to judge") is None
    assert utf16("a,b\n1,2\n3,4\n5,6\n7,8\n".encode("utf-16-le")) == "utf-16-le"


@pytest.mark.parametrize(("codec", "mark"), [("utf-16", 2), ("utf-16-le", 0), ("utf-16-be", 0), ("utf-32", 4)])
def test_a_feff_inside_the_text_is_kept_at_every_chunk(tmp_path: Path, codec: str, mark: int) -> None:
    """Only the mark at the very start of the file is dropped: the transcoder dropped every U+FEFF that began one
    of its 64 KiB reads (a zero-width no-break space inside a value), and every one of a run there."""
    import io

    from ajar.sources.base import Budget, Source
    from ajar.sources.encodings import transcoded_source

    unit = 4 if "32" in codec else 2
    rows = "".join(f"{i:06d},Zoë Müller {i},person{i}@example.org\n" for i in range(6000))  # > 64 KiB of units
    # the first character of the 2nd, 3rd, 4th read (a run of two at the 3rd), each inside a value: the header is
    # padded until none of them falls on a comma or a line end, nor begins a line
    starts = [((k << 16) - mark) // unit for k in range(1, 4)]
    at = [*starts, starts[1] + 1]
    full = next(t for pad in range(8) if all((t := f"id,name{'_' * pad},email\n" + rows)[i] not in ",\n"
                                             and t[i - 1] != "\n" for i in at))
    chars = list(full)
    for i in at:
        chars[i] = "\ufeff"
    text = "".join(chars)
    data = text.encode(codec)
    assert len(data) > 4 << 16 and data.count("\ufeff".encode(codec)[mark:]) >= 4
    src = Source("x.csv", lambda: io.BytesIO(data), Budget(), spool_dir=lambda: Path("/nonexistent"))
    with transcoded_source(src, codec).open() as fh:
        assert fh.read().decode("utf-8") == text
    (tmp_path / "x.csv").write_bytes(data)
    (ds,) = read_path(tmp_path / "x.csv", 10_000, Coverage())
    assert ds.error is None and ds.records == 6000
    assert sum(str(v).count("\ufeff") for r in ds.sample for v in r.data.values()) == 4


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("name", ["x.csv", "x.jsonl"])
def test_a_feff_right_after_the_mark_is_the_texts(tmp_path: Path, codec: str, name: str) -> None:
    """Only the mark is the file's: a U+FEFF right after it is the text's, read as in the file's UTF-8 twin (the
    first name or line then begins with it). The codec dropped the mark and the UTF-8 reader then took the U+FEFF
    that followed it for the twin's own mark, and dropped it too."""
    if name == "x.csv":
        text = ",".join(KEYS) + "\n" + "".join(",".join(p[k] for k in KEYS) + "\n" for p in PEOPLE)
    else:
        text = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PEOPLE)
    data = ("\ufeff" + text).encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    (tmp_path / "twin").mkdir()
    (tmp_path / "twin" / name).write_bytes(("\ufeff\ufeff" + text).encode("utf-8"))
    (tmp_path / name).write_bytes(data)
    (twin,) = read_path(tmp_path / "twin" / name, 50, Coverage())
    (ds,) = read_path(tmp_path / name, 50, Coverage())
    first = "\ufeffname" if name == "x.csv" else None  # the first line is the header's, or a bad line of its own
    assert (twin.records, twin.error) == (len(PEOPLE) - (first is None), None)
    assert (first in next(r.data for r in twin.sample)) == (first is not None)
    assert (ds.kind, ds.records, ds.error) == (twin.kind, twin.records, twin.error)
    assert sorted(map(str, (r.data for r in ds.sample))) == sorted(map(str, (r.data for r in twin.sample)))
    assert ds.notes == twin.notes
