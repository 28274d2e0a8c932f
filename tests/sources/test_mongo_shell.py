"""Documents printed by mongosh and the legacy mongo shell, saved to a file (``ajar/sources/mongosh.py``).

The samples in ``tests/fixtures/shell/`` are mongosh 2.12.0's own output on synthetic people (their README).
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from bson import ObjectId

from ajar.sources.base import MAX_RECORD_VALUES
from ajar.sources.files import FileDataset, read_path

SHELL = Path(__file__).resolve().parents[1] / "fixtures" / "shell"


def _one(tmp_path: Path, fixture: str | None = None, text: str | None = None, sample: int = 50) -> FileDataset:
    p = tmp_path / (fixture or "out.txt")
    if fixture:
        shutil.copy(SHELL / fixture, p)
    else:
        p.write_text(text or "")
    (fd,) = read_path(p, sample)
    return fd


def _utc(*a: int) -> datetime:
    return datetime(*a, tzinfo=UTC)


def test_mongosh_find_is_its_documents_under_their_names(tmp_path: Path) -> None:
    """mongosh's pretty print of ``find()``: one record per document, the real field names, nested objects and
    arrays as they are, ObjectId/ISODate/Long/Binary unwrapped as mongoexport's Extended JSON is, strings in any
    quotes with their escapes. It was 'cannot parse after 0 records' (each element invalid JSON)."""
    fd = _one(tmp_path, "mongosh_find.txt")
    assert (fd.kind, fd.records, fd.error) == ("mongo_shell", 3, None)
    ana, bo, zw = (r.data for r in fd.sample)
    assert ana["_id"] == ObjectId("6b1604bf7dd5acfbc10e7ac5") and ana["email"] == "ana.perez@example.org"
    assert ana["born"] == _utc(1977, 3, 2) and ana["visits"] == 12 and ana["spouse"] is None
    assert ana["address"] == {"street": "Calle Mayor 5", "city": "Madrid", "geo": {"lat": 40.4168, "lon": -3.7038}}
    assert ana["tags"] == ["vip", "es"] and ana["note"] == "said \"hola\" and 'adiós'\nsecond line"
    assert bo["note"] == "back\\slash } { ] [ , : '" and bo["face"] == b"\x01\x02\x03\x04"
    assert zw["orders"][0] == {"sku": "A1", "qty": 2, "at": _utc(2024, 1, 2)} and zw["big"] == 9007199254740993
    # the same documents as mongoexport writes them are read to the same values
    export = tmp_path / "x" / "people.json"
    export.parent.mkdir()
    doc = {"_id": {"$oid": "6b1604bf7dd5acfbc10e7ac5"}, "born": {"$date": "1977-03-02T00:00:00Z"},
           "visits": {"$numberLong": "12"}}  # fmt: skip
    export.write_text(json.dumps(doc))
    (exported,) = read_path(export, 5)
    assert exported.sample[0].data == {k: ana[k] for k in ("_id", "born", "visits")}


def test_mongosh_first_batch_and_printjson(tmp_path: Path) -> None:
    """``find()`` of 21 documents prints 20, one a line, and 'Type "it" for more': 20 records and a note; objects
    printed one after another (``forEach(printjson)``) are one record each."""
    fd = _one(tmp_path, "mongosh_find_first_batch.txt")
    assert (fd.records, fd.error, fd.sample[19].data) == (20, None, {"_id": 19, "email": "p19@example.net"})
    assert any('Type "it" for more' in n for n in fd.notes)
    fd = _one(tmp_path, "mongosh_printjson.txt")
    assert (fd.records, fd.error) == (3, None) and fd.sample[2].data["name"] == "张伟"


def test_every_constructor_mongosh_prints(tmp_path: Path) -> None:
    fd = _one(tmp_path, "mongosh_types.txt")
    assert (fd.records, fd.error) == (1, None)
    d: dict[str, Any] = fd.sample[0].data
    assert d["a"] == Decimal("1.5") and d["t"] == _utc(1970, 1, 1, 0, 0, 1) and d["r"] == "ab+c"
    assert d["u"] == bytes.fromhex("0e4d2a4c3b1a4c1e9a7e1c2d3e4f5a6b") and d["d"] == _utc(2024, 1, 2, 3, 4, 5)
    numbers = (d["l"], d["i"], d["db"], d["big"], d["neg"], d["inf"], d["und"])
    assert numbers == (5, 3, 2.0, 2**63 - 1, 0, float("inf"), None)
    assert d["b"] == b"\x01\x02\x03" and d["code"] == "function(){}" and d["first name"] == "Ana" and d["$odd"] == 2
    assert d["arr"] == list(range(120)) and d["longs"] == "x" * 12000 and d["uni"] == "é 张 😀"
    assert d["multi"] == "line one is fairly long and goes on\nline two is also rather long and goes on\nline three"
    assert d["quotes"] == "it's \"q\" `b`" and d["esc"] == "tab\there \x01 \\ end"
    assert d["nested"] == {"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}


def test_legacy_mongo_pretty(tmp_path: Path) -> None:
    """The legacy shell's ``.pretty()``: quoted keys, tabs, its own constructors (it was 'not a JSON array')."""
    fd = _one(tmp_path, "mongo_legacy_pretty.txt")
    assert (fd.kind, fd.records, fd.error) == ("mongo_shell", 2, None)
    assert fd.sample[0].data == {"_id": ObjectId("5f1d7a0e8b3c4a2d9e6f0a1b"), "name": "Ana", "born": _utc(1977, 3, 2),
                                 "n": 3, "addr": {"city": "Madrid"}}  # fmt: skip


def test_a_session_copied_with_its_prompts(tmp_path: Path) -> None:
    """A mongosh session copied from a terminal: the prompt and command lines are no documents (the file was
    'not a supported format', or a CSV: its lines end in one comma each)."""
    out = (SHELL / "mongosh_find.txt").read_text()
    for prompt in ("crm> db.people.find({}, { name: 1 })", "rs0 [direct: primary] crm> db.people.find()",
                   "> db.people.find().pretty()"):  # fmt: skip
        fd = _one(tmp_path, text=f"{prompt}\n{out}crm> \n")
        assert (fd.kind, fd.records, fd.error) == ("mongo_shell", 3, None), (prompt, fd.error)
        assert fd.sample[2].data["name"] == "张伟"


def test_what_inspect_left_out_is_left_out(tmp_path: Path) -> None:
    """Node's ``util.inspect`` past its limits (``[Object]``, ``[Array]``, ``... N more items``, ``'…'... N more
    characters``, ``<ref *1>``/``[Circular *1]``, sparse ``<2 empty items>``): those parts are not values."""
    text = """[
  {
    name: 'Ana',
    deep: { a: { b: [Object] } },
    list: [ [Array], 1, 2, ... 98 more items ],
    long: 'xxxxx'... 9995 more characters,
    me: <ref *1> { self: [Circular *1] },
    sparse: [ <2 empty items>, 3 ]
  }
]
"""
    fd = _one(tmp_path, text=text)
    assert (fd.records, fd.error) == (1, None)
    assert fd.sample[0].data == {"name": "Ana", "deep": {"a": {"b": None}}, "list": [None, 1, 2], "long": "xxxxx",
                                 "me": {"self": None}, "sparse": [3]}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        '[\n  {\n    "name": "Ana",\n    "n": 1\n  }\n]\n',  # pretty JSON
        '{ "_id" : ObjectId("5f1d7a0e8b3c4a2d9e6f0a1b"), "name" : "Ana" }\n'
        '{ "_id" : ObjectId("5f1d7a0e8b3c4a2d9e6f0a1c") }\n',
    ],
)
def test_json_and_the_legacy_one_line_find_are_read_as_before(tmp_path: Path, text: str) -> None:
    fd = _one(tmp_path, text=text)
    assert fd.kind in ("json", "jsonl") and fd.sample[0].data["name"] == "Ana"


def test_a_broken_document_is_a_note_and_the_others_are_read(tmp_path: Path) -> None:
    text = "[\n  { name: 'Ana' },\n  { name: 'Bo', x: = },\n  { name: 'Cy' }\n]\n"
    fd = _one(tmp_path, text=text)
    assert (fd.records, [r.data["name"] for r in fd.sample]) == (2, ["Ana", "Cy"])
    assert any(n.startswith("document 2: not a shell document") for n in fd.notes)


def test_hostile_shell_output_is_bounded(tmp_path: Path) -> None:
    """Hostile: a document of 3,000,000 values (its first MAX_RECORD_VALUES are read, with a note), one nested
    5,000 deep (past MAX_DEPTH dropped, without recursion), one never closed; each in a child under a memory
    limit and a timeout."""
    from tests.sources.test_hostile_files import scan_bounded

    cases = {
        "many": "[\n  {\n    name: 'Ana',\n    arr: [ " + ", ".join(["7"] * 3_000_000) + " ]\n  }\n]\n",
        "deep": "[\n  {\n    name: 'Ana',\n    deep: " + "{ a: " * 5000 + "1" + " }" * 5000 + "\n  }\n]\n",
        "open": "[\n  {\n    name: 'Ana'\n  },\n  {\n    name: 'Bo',\n    x: {\n" + "      y: 1,\n" * 1000,
    }
    for case, text in cases.items():
        d = tmp_path / case
        d.mkdir()
        (d / "out.txt").write_text(text)
        got, _, took = scan_bounded(d, samples=True)
        ((_, records, _, err, notes, data),) = got
        assert err is None and data[0]["name"] == "Ana" and took < 30, (case, got[0][:5])
        if case == "many":  # the values counted: the document, name, arr and the first of arr's
            assert len(data[0]["arr"]) == MAX_RECORD_VALUES - 3 and any("more than 200,000 values" in n for n in notes)
        if case == "open":
            assert records == 1 and any("ends inside it" in n for n in notes)


def test_a_broken_document_note_names_no_value(tmp_path: Path) -> None:
    """The note of a document that does not parse says where, never what: it printed the token it stopped at
    (``unexpected 'Josefina_Garcia' at character 20``), a person's name when a bare value is one."""
    text = "[\n  { name: 'Ana' },\n  { k: Josefina_Garcia },\n  { name: 'Cy' }\n]\n"
    fd = _one(tmp_path, text=text)
    assert fd.records == 2 and any(n.startswith("document 2: not a shell document") for n in fd.notes), fd.notes
    assert not any("Josefina" in n for n in fd.notes), fd.notes


def test_a_line_of_unclosed_quotes_is_read_in_linear_time(tmp_path: Path) -> None:
    """Hostile: a line of 200,000 characters of unclosed quotes and regular-expression classes inside a shell
    document. Each opener was scanned to the line's end again (quadratic: a 16 KB line took 1-2.7 s); the closers
    are optional now, so each is scanned once. In a child under a memory limit and a timeout."""
    from tests.sources.test_hostile_files import scan_bounded

    for case, junk in {"quotes": "'\\\"", "classes": "/["}.items():
        d = tmp_path / case
        d.mkdir()
        text = "[\n  { name: 'Ana' },\n  {\n    x: " + junk * (200_000 // len(junk)) + "\n  },\n  { name: 'Cy' }\n]\n"
        (d / "out.txt").write_text(text)
        got, _, took = scan_bounded(d, samples=True)
        ((_, _records, _, err, _notes, data),) = got
        assert err is None and data[0]["name"] == "Ana" and took < 20, (case, took, got[0][:4])


def test_a_line_of_unclosed_placeholders_is_read_in_linear_time(tmp_path: Path) -> None:
    """Hostile: a line of 30,000 ``[Function`` (util.inspect's placeholder opener) that none closes, its brackets
    closed on the next line. Each opener was scanned to the line's end for its ``]`` (quadratic: 173 KB took 18 s,
    300 KB ran past the file's deadline); a placeholder's text is bounded now. In a child under limits."""
    from tests.sources.test_hostile_files import scan_bounded

    for case, junk in {"function": "[Function", "class": "[class ", "getter": "[Getter"}.items():
        d = tmp_path / case
        d.mkdir()
        n = 300_000 // len(junk)
        text = "[\n  { name: 'Ana' },\n  {\n    x: " + junk * n + "\n" + "]" * n + "\n  },\n  { name: 'Cy' }\n]\n"
        (d / "out.txt").write_text(text)
        got, _, took = scan_bounded(d, samples=True)
        ((_, records, _, err, _notes, data),) = got
        assert err is None and records == 2 and data[0]["name"] == "Ana" and took < 20, (case, took, got[0][:4])


def test_a_run_of_spaces_before_text_that_is_no_token_is_read_in_linear_time(tmp_path: Path) -> None:
    """Hostile: a document whose 40,000 spaces end in a character no token begins with. The tokens were found by a
    search, which tried the run again from each of its spaces (quadratic: 40 KB took 25 s, past the file's
    deadline); a token is matched where the last one ended now. The document is a note, the others are read."""
    from tests.sources.test_hostile_files import scan_bounded

    text = "[\n  { name: 'Ana' },\n  {\n    x: 1" + " " * 40_000 + "\u00a7\n  },\n  { name: 'Cy' }\n]\n"
    (tmp_path / "out.txt").write_text(text)
    got, _, took = scan_bounded(tmp_path, samples=True)
    ((_, records, _, err, notes, data),) = got
    assert (records, err, [d["name"] for d in data]) == (2, None, ["Ana", "Cy"]) and took < 20, (got[0][:5], took)
    assert any(n.startswith("document 2: not a shell document") for n in notes), notes


def test_json_cells_of_one_record_share_its_bound() -> None:
    """A record's JSON-text cells are read under one budget of MAX_RECORD_VALUES values, as a record read whole
    is: each cell had a budget of its own, so 64 cells of 32,000 values made 2,000,000 values a record."""
    from ajar.models import Record
    from ajar.sources.base import json_cells

    cell = "[" + ",".join(["7"] * 30_000) + "]"  # under JSON_CELL_MAX, 30,000 values
    ds = FileDataset("t", "csv", 1, 0, [Record({f"c{i}": cell for i in range(12)})])
    json_cells(ds)
    (rec,) = ds.sample
    values = sum(len(v) if isinstance(v, list) else 1 for v in rec.data.values())
    assert values <= MAX_RECORD_VALUES, values
    assert rec.data["c0"] == [7] * 30_000  # the first cells are read whole
