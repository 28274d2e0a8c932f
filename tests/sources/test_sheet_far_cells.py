"""A stray cell far down or far right of a sheet (R3-3): the rows above it are read, the run goes on.

calamine holds a sheet as a grid from its first to its last cell: one cell at ``Z1048576`` below 30
rows of people asks for 27 million cells and killed the reader, and the whole workbook went unread.
A sheet whose cells span more than :data:`~ajar.sources.sheets.DENSE_MAX` is read as a stream of its
rows instead, and a note names the span. Workbooks are written by hand (the XML parts in a ZIP), so a
stray cell can be placed anywhere; each scan runs in the memory-limited reader child (``read_path``),
itself in a forked child under an address-space limit and a timeout.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ajar.sources import sheets
from ajar.sources.files import Coverage, read_path
from tests.sources.test_reader_child import _bounded

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
PEOPLE = [("name", "email", "national_id")] + [
    (f"Person {i}", f"person{i}@example.org", f"ID-{100000 + i}") for i in range(30)
]


def _row(n: int, cells: list[tuple[str, Any]]) -> str:
    out = []
    for ref, v in cells:
        if isinstance(v, str):
            out.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
        else:
            out.append(f'<c r="{ref}"><v>{v}</v></c>')
    return f'<row r="{n}">{"".join(out)}</row>'


def workbook(path: Path, stray: list[tuple[int, str]], shared: bool = False) -> Path:
    """30 people (inline strings, or shared strings) and the stray cells ``(row, ref)`` after them."""
    strings: list[str] = []
    rows = []
    for i, rec in enumerate(PEOPLE, 1):
        cells: list[tuple[str, Any]] = []
        for col, v in zip("ABC", rec, strict=True):
            if shared:
                strings.append(v)
                cells.append((f"{col}{i}", len(strings) - 1))
            else:
                cells.append((f"{col}{i}", v))
        row = _row(i, cells)
        rows.append(row.replace('"><v>', '" t="s"><v>') if shared else row)
    rows += [_row(n, [(ref, 1)]) for n, ref in stray]
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>{"".join(rows)}</sheetData></worksheet>'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.sheet.main+xml"/></Types>')  # fmt: skip
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')  # fmt: skip
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {NS} xmlns:r="{rel}"><sheets>'
                   '<sheet name="people &amp; ids" sheetId="1" r:id="rId1"/></sheets></workbook>')  # fmt: skip
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
                   'Target="worksheets/sheet1.xml"/></Relationships>')  # fmt: skip
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared:
            sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {NS}>{sst}</sst>')
    return path


def _read(
    path: Path,
) -> tuple[list[tuple[str, int | None, str | None, list[str], list[dict[str, Any]]]], dict[str, int]]:
    cov = Coverage()
    out = [(d.name, d.records, d.error, list(d.notes), [dict(r.data) for r in d.sample])
           for d in read_path(path, 50, cov, seconds=20)]  # fmt: skip
    return out, dict(cov.skipped)


@pytest.mark.parametrize(
    ("case", "stray"),
    [
        ("a typo in the last row", [(1048576, "Z1048576")]),
        ("the last column, near the last row", [(1048000, "XFD1048000")]),
        ("a row number Excel does not allow", [(99999999999, "A99999999999")]),
        ("far right in row 32 and far down", [(32, "AAA32"), (99999, "A99999")]),
    ],
)
@pytest.mark.parametrize("shared", [False, True], ids=["inline", "shared"])
def test_a_stray_cell_does_not_hide_the_sheet(
    tmp_path: Path, case: str, stray: list[tuple[int, str]], shared: bool
) -> None:
    got, skipped = _bounded(_read, workbook(tmp_path / "people.xlsx", stray, shared))
    assert len(got) == 1 and skipped == {}, (case, got, skipped)
    name, records, error, notes, sample = got[0]
    assert name == "people.people & ids" and error is None, (case, error)
    assert records == 30 + len(stray) and any("cells span" in n and "stream of rows" in n for n in notes), (case, notes)
    people = [r for r in sample if "email" in r]
    assert len(people) == 30 and {"name", "email", "national_id"} == set(people[0]), case
    assert {r["email"] for r in people} == {f"person{i}@example.org" for i in range(30)}


def test_an_ordinary_sheet_is_read_by_calamine_as_before(tmp_path: Path) -> None:
    """Far cells within the grid bound (a cell at A1048576: one column; ZZ32 and A9999) leave the sheet to calamine."""
    for stray in ([(1048576, "A1048576")], [(32, "ZZ32"), (9999, "A9999")]):
        got, skipped = _bounded(_read, workbook(tmp_path / "p.xlsx", stray))
        assert skipped == {} and got[0][1] == 30 + len(stray) and not any("cells span" in n for n in got[0][3])
    clean, _ = _bounded(_read, workbook(tmp_path / "q.xlsx", []))
    assert clean[0][1] == 30 and clean[0][3] == []


def test_the_streamed_rows_are_calamine_s_rows(tmp_path: Path) -> None:
    """Below the bound both readers see the same values: the stream is measured against calamine."""
    from python_calamine import CalamineWorkbook

    for shared in (False, True):
        path = workbook(tmp_path / f"s{shared}.xlsx", [(40, "C40")], shared)
        part = sheets._sheet_parts(zipfile.ZipFile(path))["people & ids"]
        src: Any = type("S", (), {"budget": type("B", (), {"check_time": lambda self: None})()})()
        streamed = list(sheets._stream_rows(src, path, part))
        grid = [r for r in CalamineWorkbook.from_path(str(path)).get_sheet_by_name("people & ids").iter_rows()
                if any(c not in ("", None) for c in r)]  # fmt: skip
        assert [[sheets._cell(c) for c in r] for r in streamed] == [[sheets._cell(c) for c in r] for r in grid]


def test_a_cell_past_the_header_never_shares_a_headers_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell beyond the header's width (a row read as it comes, wider than the rows the header was found in) is
    named by its column's letters, which a header may be named too (``AAA`` over column C): the stray cell's value
    and the header's column shared one field. Numbered apart now (``AAA_2``), as a repeated header name is."""
    monkeypatch.setattr(sys.modules[__name__], "PEOPLE", [("name", "email", "AAA"), *PEOPLE[1:]])
    got, _ = _read(workbook(tmp_path / "people.xlsx", [(32, "AAA32"), (99999, "A99999")]))
    ((_, records, error, notes, sample),) = got
    assert (records, error) == (32, None) and any("stream of rows" in n for n in notes), notes
    stray = [r for r in sample if "email" not in r and "name" not in r]
    assert [set(r) for r in stray] == [{"AAA_2"}] and all(r["AAA"].startswith("ID-") for r in sample if "AAA" in r)
