"""Local files as targets: every format, directories, bounds, corrupt files, missing paths."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import bson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ajar.errors import TargetError
from ajar.sources import files
from ajar.sources.files import FileDataset, read_path

ROWS = [{"xm": "张伟", "sjh": "13800138000", "n": i} for i in range(50)]


def one(path: Path, sample: int = 10) -> FileDataset:
    got = list(read_path(path, sample))
    assert len(got) == 1
    return got[0]


def test_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "people.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n\n")
    fd = one(p)
    assert (fd.name, fd.kind, fd.records, fd.error) == ("people", "jsonl", 50, None)
    assert len(fd.sample) == 10 and fd.size_bytes == p.stat().st_size
    assert all(r.data["xm"] == "张伟" for r in fd.sample)


def test_json_array_streamed(tmp_path: Path) -> None:
    p = tmp_path / "people.json"
    p.write_text(json.dumps(ROWS * 100))
    fd = one(p, 5)
    assert (fd.kind, fd.records, len(fd.sample), fd.error) == ("json", 5000, 5, None)


def test_json_object_of_arrays(tmp_path: Path) -> None:
    p = tmp_path / "dump.json"
    p.write_text(json.dumps({"people": ROWS[:3], "cams": [{"lat": 1.5}], "version": 2}))
    got = {fd.name: fd for fd in read_path(p, 10)}
    assert set(got) == {"dump.people", "dump.cams", "dump"}
    assert got["dump.people"].records == 3 and got["dump"].sample[0].data == {"version": 2}


def test_saved_replies_are_their_records(tmp_path: Path) -> None:
    """A saved Elasticsearch _search reply, a Solr reply, a GraphQL reply: one record per document, known by
    content; a key of the reply's own that is not one (``owner``) stays a record, a plain ``data`` object too."""
    hits = [{"_index": "p", "_id": str(i), "_score": 1, "_source": r} for i, r in enumerate(ROWS[:4])]
    replies = {
        "a.json": {"_scroll_id": "x", "took": 2, "hits": {"total": {"value": 4}, "hits": hits}},
        "b.json": {"responseHeader": {"status": 0}, "response": {"numFound": 4, "docs": ROWS[:4]}},
        "c.json": {"data": {"users": ROWS[:4], "orders": [{"n": 1}]}, "errors": [], "extensions": []},
        "d.json": {"took": 2, "hits": {"hits": hits}, "owner": {"xm": "张伟"}},
        "e.json": {"data": {"xm": "张伟"}, "n": 1},
    }
    for name, body in replies.items():
        (tmp_path / name).write_text(json.dumps(body, ensure_ascii=False))
    got = {fd.name: fd for fd in read_path(tmp_path, 10)}
    assert {n: fd.records for n, fd in got.items()} == {
        "a": 4,
        "b": 4,
        "c.users": 4,
        "c.orders": 1,
        "d": 4,
        "d.reply": 1,
        "e": 1,
    }
    assert got["a"].sample[0].data == ROWS[0] and got["b"].sample[3].data == ROWS[3]
    assert "Elasticsearch search reply" in got["a"].notes[0] and "Solr" in got["b"].notes[0]
    assert "GraphQL" in got["c.users"].notes[0] and got["d.reply"].sample[0].data == {"owner": {"xm": "张伟"}}
    assert got["e"].sample[0].data == {"data": {"xm": "张伟"}, "n": 1}


def test_graphql_reply_errors_first_is_no_dataset(tmp_path: Path) -> None:
    """GraphQL puts ``errors`` first when present (the spec's advice): an empty or full ``errors`` array before
    ``data`` is the reply's own key, no dataset of its own (an empty ``x.errors`` was one); ``data``'s arrays are
    the records. The same array in a document that is no reply stays a dataset."""
    users = [{"name": "Ana", "email": "ana@example.org"}, {"name": "Bo", "email": "bo@example.org"}]
    replies = {
        "a.json": {"errors": [], "data": {"users": users}},
        "b.json": {"errors": [{"message": "denied", "path": ["users", 1]}], "data": {"users": users[:1]}},
        "c.json": {"errors": [{"message": "x"}], "rows": users},
    }
    for name, body in replies.items():
        (tmp_path / name).write_text(json.dumps(body))
    got = {fd.name: fd for fd in read_path(tmp_path, 10)}
    assert {n: fd.records for n, fd in got.items()} == {"a.users": 2, "b.users": 1, "c.errors": 1, "c.rows": 2}
    assert got["a.users"].sample[1].data == users[1] and "GraphQL" in got["a.users"].notes[0]


def test_csv_sniffed_and_chinese_encoding(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_bytes("xm;sjh\n张伟;13800138000\n李娜;\n".encode("gb18030"))
    fd = one(p)
    assert (fd.kind, fd.records, fd.error) == ("csv", 2, None)
    assert fd.sample[0].data == {"xm": "张伟", "sjh": "13800138000"}
    assert fd.sample[1].data == {"xm": "李娜"}  # empty cells are left out


def test_an_encoding_is_judged_where_its_first_non_ascii_byte_comes(tmp_path: Path) -> None:
    """A head of ASCII only says nothing of the encoding: a cp1252 file whose accents come after it is read as
    cp1252 from there (Latin-1's letters), a UTF-8 one as UTF-8, with no byte replaced and no note."""
    rows = [f"{i},Ana Perez,Madrid" for i in range(3000)] + [f"{i},José Peña,Cádiz" for i in range(3000, 3100)]
    text = "id,name,city\n" + "\n".join(rows) + "\n"
    for enc in ("cp1252", "utf-8"):
        p = tmp_path / f"{enc}.csv"
        p.write_bytes(text.encode(enc))
        fd = one(p, 4000)
        assert (fd.records, fd.notes) == (3100, []), (enc, fd.notes)
        assert {r.data["name"] for r in fd.sample} == {"Ana Perez", "José Peña"}, enc


def test_a_csv_drops_only_the_mark_at_the_very_start(tmp_path: Path) -> None:
    """A UTF-8 CSV's mark is dropped (the first column is ``id``), and a U+FEFF that begins a later line is the
    first value's: each line was decoded as ``utf-8-sig``, which drops one at the start of every line. So too in
    a file whose encoding is judged after an ASCII head (a late first non-ASCII line)."""
    rows = [f"{i},Ana Perez" for i in range(3000)]
    rows[5] = "\ufeff\ufeff5,Ana Perez"
    rows[2999] = "\ufeff2999,José Peña"  # the first non-ASCII line, past the head
    p = tmp_path / "marks.csv"
    p.write_bytes(("\ufeffid,name\n" + "\n".join(rows) + "\n").encode("utf-8"))
    fd = one(p, 4000)
    assert (fd.records, fd.error, fd.notes) == (3000, None, [])
    ids = {r.data["id"] for r in fd.sample}
    assert {"\ufeff\ufeff5", "\ufeff2999", "0"} <= ids and "5" not in ids and "2999" not in ids


def test_json_lines_drop_only_the_files_own_mark(tmp_path: Path) -> None:
    """Only the file's mark (one U+FEFF at its very start) is the file's: a second one there, or one that begins a
    later line, is the line's own, and a JSON text does not begin with U+FEFF, so the line is a bad line (said, with
    the others) and the rest are read. Every U+FEFF at the file's start was dropped (its first line read as JSON)."""
    rows = [json.dumps({"id": str(i)}) for i in range(30)]
    rows[0] = "\ufeff\ufeff" + rows[0]
    rows[5] = "\ufeff" + rows[5]
    p = tmp_path / "marks.jsonl"
    p.write_bytes(("\n".join(rows) + "\n").encode("utf-8"))
    fd = one(p, 100)
    assert (fd.kind, fd.records, fd.error) == ("jsonl", 28, None), fd.notes
    assert {r.data["id"] for r in fd.sample} == {str(i) for i in range(30)} - {"0", "5"}
    said = [n for n in fd.notes if n.startswith("line ")]
    assert said and all("invalid JSON at column 1" in n for n in said) and "line 1" in said[0], fd.notes
    assert "line 6" in " ".join(said), fd.notes


def test_a_csv_saved_under_a_json_name_is_read_as_csv(tmp_path: Path) -> None:
    p = tmp_path / "people.json"
    p.write_text('"xm","sjh","n"\n' + "".join(f'"{r["xm"]}","{r["sjh"]}","{r["n"]}"\n' for r in ROWS))
    fd = one(p)
    assert (fd.kind, fd.records, fd.error) == ("csv", 50, None)
    assert set(fd.sample[0].data) == {"xm", "sjh", "n"}
    q = tmp_path / "lines.json"  # JSON Lines are still JSON, whatever commas they hold
    q.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS))
    assert one(q).kind == "jsonl"


def test_redis_cli_csv_pairs_are_records_named_by_their_keys(tmp_path: Path) -> None:
    """``redis-cli --csv HGETALL`` of each hash: ``"xm","张伟","sjh","138...",...``, one record per line."""
    p = tmp_path / "users.csv"
    p.write_text("".join(f'"xm","{r["xm"]}{r["n"]}","sjh","{r["sjh"]}","n","{r["n"]}"\n' for r in ROWS))
    fd = one(p)
    assert (fd.records, fd.error) == (50, None)
    assert all(set(r.data) == {"xm", "sjh", "n"} for r in fd.sample)
    assert fd.notes == ["key,value pairs on each line (redis-cli --csv HGETALL): fields named by their keys"]
    q = tmp_path / "plain.csv"  # a headerless table whose every other column holds a few codes stays columns
    q.write_text("".join(f"{'MF'[i % 2]},{i},{'ABC'[i % 3]},{i * 7}\n" for i in range(30)))
    fd = one(q)
    assert set(fd.sample[0].data) == {"column1", "column2", "column3", "column4"}, fd.notes


def test_a_column_holding_json_as_text_is_read_as_its_fields(tmp_path: Path) -> None:
    """SQLite, CSV, JSON Lines, Parquet: ``data`` = ``'{"sjh": ..., "tags": [...]}'`` is the record's ``data.sjh``...;
    an empty object, a text that only starts as one, and a number stay as they are."""
    texts = [json.dumps({"sjh": r["sjh"], "tags": ["a", "b"]}) for r in ROWS]
    db = tmp_path / "app.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE users (n INTEGER, data JSON, other TEXT)")
    con.executemany("INSERT INTO users VALUES (?,?,?)", [(i, t, "{x") for i, t in enumerate(texts)])
    con.commit()
    con.close()
    (tmp_path / "u.csv").write_text("n,data,other\n" + "".join(f'{i},"{t.replace(chr(34), chr(34) * 2)}",{{}}\n'
                                                                  for i, t in enumerate(texts)))
    (tmp_path / "u.jsonl").write_text("".join(json.dumps({"n": i, "data": t, "other": "{}"}) + "\n"
                                              for i, t in enumerate(texts)))
    pq.write_table(pa.table({"n": list(range(50)), "data": texts}), tmp_path / "u.parquet")
    for fd in read_path(tmp_path, 50):
        assert fd.records == 50 and not [n for n in fd.notes if "JSON text" in n], (fd.name, fd.notes)
        rec = next(r.data for r in fd.sample if r.data["n"] in (0, "0"))
        assert rec["data"] == {"sjh": ROWS[0]["sjh"], "tags": ["a", "b"]}, fd.name
        assert rec.get("other") in (None, "{x", "{}"), fd.name


@pytest.mark.parametrize(("cell", "why"), [
    ('{sjh: 13800138000}', "not JSON"),
    ('{"sjh": 13800138000,}', "not JSON"),
    ('{"a": "' + "x" * (64 << 10) + '"}', "too long"),
    ("[" * 1100 + "]" * 1100, "too deep"),
])
def test_a_cell_that_looks_like_json_but_is_not_read_is_a_note(tmp_path: Path, cell: str, why: str) -> None:
    p = tmp_path / "u.jsonl"
    p.write_text(json.dumps({"n": 0, "data": cell}) + "\n" + json.dumps({"n": 1, "data": '{"sjh": "1"}'}) + "\n")
    fd = one(p)
    assert fd.records == 2 and [n for n in fd.notes if "JSON text" in n] == [
        "1 cell that looks like JSON text left as text (not JSON, or 64 KiB or longer, or more than 1,024 brackets)"]
    got = {r.data["n"]: r.data["data"] for r in fd.sample}
    assert isinstance(got[0], str) and got[1] == {"sjh": "1"}, why

def test_parquet(tmp_path: Path) -> None:
    p = tmp_path / "t.parquet"
    pq.write_table(pa.table({"n": list(range(3000)), "s": ["x"] * 3000}), p)
    fd = one(p, 7)
    assert (fd.kind, fd.records, len(fd.sample)) == ("parquet", 3000, 7)



def test_parquet_struct_and_list_columns(tmp_path: Path) -> None:
    """Parquet as Spark and pandas write nested data: a struct and a list column are read, a struct as a nested
    record (its fields contact.email...), beside dictionary strings; it was not read at all (KeyError)."""
    p = tmp_path / "n.parquet"
    contact = pa.array([{"email": f"u{i}@corp.example", "phone": "600000000"} for i in range(30)])
    pq.write_table(pa.table({"xm": pa.array(["张伟"] * 30).dictionary_encode(), "contact": contact,
                             "tags": [["a", "b"]] * 30}), p)  # fmt: skip
    fd = one(p, 5)
    assert (fd.records, fd.error, len(fd.sample)) == (30, None, 5)
    assert fd.sample[0].data["contact"]["email"].endswith("@corp.example") and fd.sample[0].data["tags"] == ["a", "b"]

def test_sqlite_one_dataset_per_table(tmp_path: Path) -> None:
    p = tmp_path / "app.db"
    con = sqlite3.connect(p)
    con.execute("create table people (xm text, face blob, n int)")
    con.executemany("insert into people values (?, ?, ?)", [("张伟", b"\x00\x01", i) for i in range(30)])
    con.execute('create table "odd ""name" (a)')
    con.commit()
    con.close()
    got = {fd.name: fd for fd in read_path(p, 5)}
    assert set(got) == {"app.people", 'app.odd "name'}
    assert got["app.people"].records == 30 and len(got["app.people"].sample) == 5
    assert got["app.people"].sample[0].data["face"] == b"\x00\x01"


def test_bson_mongodump_directory(tmp_path: Path) -> None:
    db = tmp_path / "dump" / "lab"
    db.mkdir(parents=True)
    (db / "people.bson").write_bytes(b"".join(bson.encode({"_id": bson.ObjectId(), "n": i}) for i in range(20)))
    (db / "people.metadata.json").write_text("{}")
    (tmp_path / "dump" / "README.txt").write_text("not data")
    got = list(read_path(tmp_path / "dump", 5))
    assert [fd.name for fd in got] == ["lab.people"]
    fd = got[0]
    assert (fd.kind, fd.records, len(fd.sample)) == ("bson", 20, 5)
    assert "created" in fd.sample[0].meta


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("bad.bson", bson.encode({"a": 1}) + b"\x99\x00\x00\x00garbage", "corrupt BSON"),
        ("bad.json", b'[{"a": 1}, {"b": ', "cannot parse"),
        ("bad.parquet", b"PAR1 not really", "cannot read Parquet"),
        ("bad.db", b"not sqlite at all", "not a supported format"),  # sniffed by content, not by name
        ("bad.jsonl", b'{"a": 1}\n' + b"nope\n" * 300, "not JSON"),
        ("bad.json", b"42", "not a JSON array"),
    ],
)
def test_corrupt_files_give_an_error_not_an_exception(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    fd = one(p)
    assert fd.error is not None and problem in fd.error and str(p) in fd.error
    assert "garbage" not in fd.error and "nope" not in fd.error


def test_unknown_single_file_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "export"
    p.write_text('{"a": 1}\n{"a": 2}\n')
    assert one(p).kind == "jsonl"
    q = tmp_path / "blob"
    q.write_bytes(b"\x00\x01\x02")
    fd = one(q)
    assert fd.error is not None and "not a supported format" in fd.error


def test_missing_path_raises_target_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(TargetError, match="nowhere.json"):
        list(read_path(missing, 5))


def test_scan_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_SCAN", 100)
    p = tmp_path / "big.jsonl"
    p.write_text("\n".join(json.dumps({"n": i}) for i in range(1000)))
    fd = one(p, 10)
    assert fd.records is None and len(fd.sample) == 10  # count unknown: only 100 records were read
    assert max(r.data["n"] for r in fd.sample) < 100


def test_reservoir_is_uniform_and_repeatable(tmp_path: Path) -> None:
    p = tmp_path / "r.jsonl"
    p.write_text("\n".join(json.dumps({"n": i}) for i in range(1000)))
    a = [r.data["n"] for r in one(p, 50).sample]
    b = [r.data["n"] for r in one(p, 50).sample]
    assert a == b and max(a) > 500  # not just the head of the file


def test_repr_never_shows_values(tmp_path: Path) -> None:
    p = tmp_path / "people.jsonl"
    p.write_text(json.dumps({"xm": "张伟"}, ensure_ascii=False))
    assert "张伟" not in repr(one(p))


def test_a_path_nothing_was_read_from_is_not_open(tmp_path: Path) -> None:
    """`open` means records were read (DESIGN §4): an empty directory, links only, or a file nothing parses
    from is no "records readable" finding; the service says why."""
    from ajar.models import Access
    from ajar.pipeline.run import _scan_path
    from ajar.probes.base import Limits

    (tmp_path / "empty").mkdir()
    (tmp_path / "links").mkdir()
    (tmp_path / "links" / "p.csv").symlink_to(tmp_path / "outside.csv")
    (tmp_path / "outside.csv").write_text("a,b\n1,2\n")
    (tmp_path / "broken.json").write_bytes(b"[[[[")
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS))
    for target, access in (("empty", Access.UNKNOWN), ("links", Access.UNKNOWN), ("broken.json", Access.METADATA)):
        (svc,) = _scan_path(tmp_path / target, Limits())
        assert svc.access == access, (target, svc.access)
        assert "exposure.records" not in {f.rule for f in svc.findings}, (target, svc.findings)
        assert svc.error and "no records" in svc.error, (target, svc.error)
    (svc,) = _scan_path(good, Limits())
    assert svc.access == Access.OPEN and svc.error is None


def test_cut_short_counts_what_it_read(tmp_path: Path) -> None:
    """A gzip cut short (JSON Lines, CSV) and a JSON array cut inside an element: read up to the cut, the records
    read counted (a lower bound, said), the cut an error; a whole file has no such note."""
    import gzip

    rows = [{"xm": f"{i * 7919 % 100003:x}", "sjh": str(13800138000 + i * 104729 % 99991), "n": i} for i in range(400)]
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())
    (tmp_path / "a.jsonl.gz").write_bytes(data[: len(data) * 6 // 10])
    data = gzip.compress(("xm,sjh,n\n" + "".join(f"{r['xm']},{r['sjh']},{r['n']}\n" for r in rows)).encode())
    (tmp_path / "b.csv.gz").write_bytes(data[: len(data) * 6 // 10])
    (tmp_path / "c.json").write_text(json.dumps(ROWS)[:700])
    (tmp_path / "d.json").write_text(json.dumps(ROWS))
    got = {fd.name: fd for fd in read_path(tmp_path, 5)}
    for name in ("a", "b", "c"):
        fd = got[name]
        assert fd.error and fd.records and fd.records > 3, (name, fd)
        assert any(n.startswith(f"cut short: the {fd.records:,} records") for n in fd.notes), fd.notes
    assert got["a"].records < 400 and got["b"].records < 400 and got["c"].records < 50
    assert got["d"].records == 50 and not any("cut short" in n for n in got["d"].notes)

