"""A CSV's header row is found when the columns below say so, and a headerless file stays headerless.

Every table is synthetic. Header rows that the first row alone could not vouch for (repeated
names, a survey's long questions, names with digits, an empty index cell, an ``@`` in a name)
are found because their columns hold another kind of value; a headerless file's first record
never becomes field names (its numbers sit over numbers, its values repeat below, its shapes are
its column's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ajar.sources.files import read_path
from ajar.sources.tabular import _shape

ROWS = [
    ("10000016", "ANA SOUZA", "ANA SOUZA", "1990-01-10", "F", "PARDA", "0"),
    ("10000217", "PEDRO LIMA", "PEDRO LIMA", "1985-07-15", "M", "BRANCA", "1"),
    ("10000334", "ISABELA FERREIRA", "ISABELA FERREIRA", "1972-04-20", "F", "PRETA", "0"),
    ("10000445", "MIGUEL DOS SANTOS", "MIGUEL DOS SANTOS", "2001-04-10", "M", "PARDA", "2"),
]
SURVEY = [
    "Are you self-employed?",
    "How many employees does your company or organization have?",
    "Does your employer provide mental health benefits as part of healthcare coverage?",
    "Why or why not?",
    "Why or why not?",
]
ANSWERS = [("0", "26-100", "Yes", "I don't know", "No"), ("1", "6-25", "No", "Maybe", "Yes"),
           ("0", "100-500", "I don't know", "No", "No"), ("1", "1-5", "Yes", "Yes", "Maybe")]  # fmt: skip


def _read(path: Path) -> tuple[list[str], int | None, list[str]]:
    (ds,) = list(read_path(path, 50, isolate=False))
    keys: list[str] = []
    for r in ds.sample:
        keys += [k for k in r.data if k not in keys]
    return keys, ds.records, list(ds.notes)


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _csv(cells: tuple[str, ...] | list[str], sep: str = ",", quote: bool = False) -> str:
    return sep.join(f'"{c}"' if quote or sep in c or "," in c else c for c in cells)


# --- headers the first row alone would not vouch for --------------------------------------------


@pytest.mark.parametrize(("sep", "name"), [(",", "t.csv"), (";", "t.csv"), ("\t", "t.tsv"), ("|", "t.csv")])
@pytest.mark.parametrize("quote", [False, True])
def test_repeated_names_over_their_values_are_a_header(tmp_path: Path, sep: str, name: str, quote: bool) -> None:
    """``nome,nome``: a repeated name is still a name; the second keeps its column as ``nome_2``."""
    head = ("prontuario", "nome", "nome", "dt_nascimento", "sexo", "cor", "faltas")
    p = _write(tmp_path, name, [_csv(head, sep, quote)] + [_csv(r, sep, quote) for r in ROWS])
    keys, records, notes = _read(p)
    assert keys == ["prontuario", "nome", "nome_2", "dt_nascimento", "sexo", "cor", "faltas"], (keys, notes)
    assert records == len(ROWS)


@pytest.mark.parametrize("quote", [False, True])
def test_survey_questions_are_a_header(tmp_path: Path, quote: bool) -> None:
    """Long questions (over 64 characters, one asked twice) over short answers and numbers."""
    p = _write(tmp_path, "survey.csv", [_csv(SURVEY, quote=quote)] + [_csv(a, quote=quote) for a in ANSWERS])
    keys, records, _ = _read(p)
    assert keys == SURVEY[:4] + ["Why or why not?_2"]
    assert records == len(ANSWERS)


def test_wide_header_with_digits_and_an_empty_index_cell(tmp_path: Path) -> None:
    """A pandas export: an unnamed index column, 300 feature names, some with five digits (``port_is_11095``)."""
    names = ["", *(f"B_port_is_{11000 + i}" if i % 3 == 0 else f"http_bytes_{i}" for i in range(300))]
    rows = [",".join([str(r), *(str((r * 7 + i) % 97) for i in range(300))]) for r in range(30)]
    keys, records, _ = _read(_write(tmp_path, "wide.csv", [",".join(names), *rows]))
    assert keys[:3] == ["column1", "B_port_is_11000", "http_bytes_1"] and len(keys) == 301
    assert records == 30


def test_a_name_with_an_at_sign_is_a_header(tmp_path: Path) -> None:
    """Mock-data headers (``@email``) over e-mail addresses and names."""
    lines = ["id,first_name,@email", "1,Ann,ann@corp.example", "2,Bo,bo@corp.example", "3,Cy,cy@corp.example"]
    assert _read(_write(tmp_path, "m.csv", lines))[0] == ["id", "first_name", "@email"]


def test_a_birth_date_column_name_over_timestamps(tmp_path: Path) -> None:
    lines = ["DOB,sex", *(f"19{60 + i}-02-12 00:00:00 UTC,{'FM'[i % 2]}" for i in range(8))]
    assert _read(_write(tmp_path, "d.csv", lines))[0] == ["DOB", "sex"]


# --- headerless files stay headerless ------------------------------------------------------------


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_numeric_headerless(tmp_path: Path, sep: str) -> None:
    lines = [sep.join(str(i * j + 1) for j in range(6)) for i in range(20)]
    keys, records, notes = _read(_write(tmp_path, "n.tsv" if sep == "\t" else "n.csv", lines))
    assert keys == [f"column{i}" for i in range(1, 7)] and records == 20
    assert any("no header row" in n for n in notes)


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_text_headerless(tmp_path: Path, sep: str) -> None:
    """The first record's cells are of their columns' kinds and shapes (an id, repeated names, a date,
    a sex that recurs below): it is data, though short, distinct and mostly text."""
    lines = [sep.join(r) for r in ROWS]
    keys, records, _ = _read(_write(tmp_path, "t.tsv" if sep == "\t" else "t.csv", lines))
    assert keys[0] == "column1" and records == len(ROWS)


def test_headerless_survey_answers(tmp_path: Path) -> None:
    keys, records, _ = _read(_write(tmp_path, "a.csv", [_csv(a) for a in ANSWERS]))
    assert keys[0] == "column1" and records == len(ANSWERS)


def test_headerless_rows_that_repeat(tmp_path: Path) -> None:
    """The same record twelve times: each first cell recurs in its column, so it is a value."""
    lines = ["Ann Lee,ann@corp.example,13800138000,110101199003071234"] * 12
    keys, records, _ = _read(_write(tmp_path, "r.csv", lines))
    assert keys[0] == "column1" and records == 12


def test_headerless_wide_numbers_with_a_text_column(tmp_path: Path) -> None:
    rows = [",".join([f"dev{r:03d}", *(str((r * 7 + i) % 97) for i in range(250))]) for r in range(30)]
    keys, records, _ = _read(_write(tmp_path, "w.csv", rows))
    assert keys[0] == "column1" and records == 30


def test_shapes() -> None:
    assert [_shape(s) for s in ("ANA CLARA", "PARDA", "nome", "1990-03-07", "u1@corp.example", "Why?")] == [
        "A A", "A", "a", "9-9-9", "a9@a.a", "Aa?"]  # fmt: skip


# --- a first record in capitals, a sheet without a header (fmt9) --------------------------------

PEOPLE = [("Ana Soto", "Calle Sol 9, 41001 Sevilla"), ("Luis Gil", "Calle Luna 12, 28004 Madrid"),
          ("Eva Ruiz", "Calle Mar 3, 46001 Valencia"), ("Pau Vila", "Calle Rosa 21, 08002 Girona")]  # fmt: skip


def test_a_first_record_in_capitals_is_no_header(tmp_path: Path) -> None:
    """Capitals are the only thing that sets the first record apart: case alone is no header vote, and where
    the column's shape says something (digits, commas) the first cell's shape without case is its column's."""
    rows = [(n.upper(), a.upper()) if i == 0 else (n, a) for i, (n, a) in enumerate(PEOPLE * 3)]
    keys, records, notes = _read(_write(tmp_path, "c.csv", [_csv(r) for r in rows]))
    assert keys == ["column1", "column2"] and records == len(rows), (keys, notes)


@pytest.mark.parametrize("head", [("NOMBRE", "DIRECCION"), ("NOMBRE COMPLETO", "DIRECCION"), ("nombre", "direccion")])
def test_a_header_in_capitals_or_not_stays_a_header(tmp_path: Path, head: tuple[str, str]) -> None:
    keys, records, _ = _read(_write(tmp_path, "c.csv", [_csv(head)] + [_csv(r) for r in PEOPLE * 3]))
    assert keys == list(head) and records == len(PEOPLE) * 3


def _xlsx(tmp_path: Path, rows: list[tuple[object, ...]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(list(r))
    p = tmp_path / "lista.xlsx"
    wb.save(p)
    return p


@pytest.mark.parametrize("capitals", [False, True])
def test_a_sheet_without_a_header_keeps_its_first_record(tmp_path: Path, capitals: bool) -> None:
    """The sheet's first text-only row is voted on as a CSV's first row: a record (an e-mail address in it,
    or a record in capitals over its column's shapes) gets column letters, and is counted."""
    rows: list[tuple[object, ...]] = [(n, f"u{i}@corp.example", a) for i, (n, a) in enumerate(PEOPLE * 3)]
    if capitals:
        rows = [(n, a) for n, _, a in rows]
        rows[0] = tuple(str(c).upper() for c in rows[0])
    keys, records, notes = _read(_xlsx(tmp_path, rows))
    assert keys == ["A", "B", "C"][: len(rows[0])] and records == len(rows), (keys, notes)


def test_a_sheet_header_over_numbers_and_dates(tmp_path: Path) -> None:
    import datetime as dt

    rows: list[tuple[object, ...]] = [("Informe de clientes",), ("ID", "NOMBRE", "ALTA")]
    rows += [(i, n, dt.date(2020, 1, i + 1)) for i, (n, _) in enumerate(PEOPLE * 3)]
    keys, records, _ = _read(_xlsx(tmp_path, rows))
    assert keys == ["ID", "NOMBRE", "ALTA"] and records == len(PEOPLE) * 3


def _ods(tmp_path: Path, rows: list[tuple[object, ...]]) -> Path:
    """An OpenDocument spreadsheet of text and number cells (no ODS writer is pinned: its XML written out)."""
    import zipfile
    from xml.sax.saxutils import escape

    ns = {"office": "office:1.0", "table": "table:1.0", "text": "text:1.0"}
    xmlns = " ".join(f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"' for k, v in ns.items())

    def cell(c: object) -> str:
        kind = "string" if isinstance(c, str) else f'float" office:value="{c}'
        return f'<table:table-cell office:value-type="{kind}"><text:p>{escape(str(c))}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(map(cell, r)) + "</table:table-row>" for r in rows)
    p = tmp_path / "lista.ods"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {xmlns} '
            'office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Hoja1">'
            f"{body}</table:table></office:spreadsheet></office:body></office:document-content>",
        )
        zf.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            "</manifest:manifest>",
        )
    return p


@pytest.mark.parametrize("write", [_xlsx, _ods])
def test_a_sheet_header_that_repeats_a_name_is_a_header(tmp_path: Path, write: object) -> None:
    """``nome``, ``nome`` in a sheet's header: found as a CSV's is, the second named ``nome_2`` (its columns
    were named by letter and the header read as a record)."""
    head = ("prontuario", "nome", "nome", "dt_nascimento", "sexo", "cor", "faltas")
    keys, records, notes = _read(write(tmp_path, [head, *ROWS]))  # type: ignore[operator]
    assert keys == ["prontuario", "nome", "nome_2", "dt_nascimento", "sexo", "cor", "faltas"], (keys, notes)
    assert records == len(ROWS)
    answers = [(int(a[0]), *a[1:]) for a in ANSWERS]  # a number in a sheet is a number
    keys, records, _ = _read(write(tmp_path, [tuple(SURVEY), *answers]))  # type: ignore[operator]
    assert keys == SURVEY[:4] + ["Why or why not?_2"] and records == len(ANSWERS)


def test_a_group_title_over_a_sheet_header_is_passed_over(tmp_path: Path) -> None:
    """A row of one title repeated over its columns is no header: the header under it is the sheet's."""
    rows: list[tuple[object, ...]] = [("Datos", "Datos", "Datos"), ("ID", "NOMBRE", "ALTA")]
    rows += [(i, n, f"2020-01-{i + 1:02d}") for i, (n, _) in enumerate(PEOPLE * 3)]
    keys, records, _ = _read(_xlsx(tmp_path, rows))
    assert keys == ["ID", "NOMBRE", "ALTA"] and records == len(PEOPLE) * 3
