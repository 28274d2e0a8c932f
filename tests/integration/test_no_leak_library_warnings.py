"""A library's warning or log line quoting a target's text reaches no output unmasked (guard8).

``zipfile`` warns ``Duplicate name: '<member>'`` when a workbook that calamine refuses (a byte that is not
UTF-8 in a sheet) is repaired into a private copy and two of its parts share a name: the name is the
target's. Python wrote that warning to stderr as it was. Here the duplicated part's name holds a canary (an
e-mail address with a phone number in it); one scan with ``-j 1`` (read in the reader child, classified in
the scan's process) and one with ``-j 2`` (read and classified in pool children) write every report format
and the store, under an address-space limit and a timeout; the canary is searched for in every report,
stdout, stderr, ``ajar history`` and every row of the store. The warning itself is still shown, masked.
Log records of loggers that are not ajar's are masked as they are made (the unit test below).
"""

from __future__ import annotations

import io
import logging
import os
import re
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ajar import library_output
from tests.conftest import ROOT
from tests.support import scan_outputs

PHONE = "4930123456789"
CANARY = f"zoe.canary{PHONE}@example.org"
_AS = 3 << 30


def leaks(text: str) -> list[str]:
    """The canary in ``text``: its address, or any 8 of the phone's digits in a row."""
    found = [CANARY] if CANARY in text else []
    compact = re.sub(r"(?<=\d)[,.\s](?=\d)", "", text)
    found += [PHONE[i : i + 8] for i in range(len(PHONE) - 7) if PHONE[i : i + 8] in compact]
    return found


def _workbook(path: Path) -> None:
    """A workbook calamine refuses (a byte that is not UTF-8 in a cell) with a part named twice, the canary."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "people"
    ws.append(["email", "name"])
    for i in range(12):
        ws.append([f"s{i}@corp.example", "Bo Chan"])
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the very warning ajar meets, made here on purpose
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"Bo Chan", b"Bo \xff Chan", 1)
            z.writestr(info.filename, data)
        z.writestr(f"customXml/{CANARY}.bin", b"x")
        z.writestr(f"customXml/{CANARY}.bin", b"y")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_library_warning_quoting_a_target_name_is_masked(tmp_path: Path, jobs: int) -> None:
    d = tmp_path / "dump"
    d.mkdir()
    _workbook(d / "book.xlsx")
    (d / "people.csv").write_text("email,name\n" + "".join(f"u{i}@corp.example,Ann Lee\n" for i in range(12)))
    db = tmp_path / "store.db"
    env = {
        **os.environ,
        "COLUMNS": "200",
        "NO_COLOR": "1",
        "AJAR_DEBUG": "1",
        "PYTHONPATH": str(ROOT / "src"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    env.pop("PYTHONWARNINGS", None)  # Python's default filters: a UserWarning is shown
    reports = {fmt: tmp_path / f"r.{fmt}" for fmt in ("json", "md", "html", "csv", "sarif", "letter", "jsonl")}
    args = [str(d), "-j", str(jobs), "--store", f"sqlite:///{db}", "--timeout", "5"]
    outputs = scan_outputs(args, reports, db, env, _AS)
    found = {k: v for k, v in ((k, leaks(t)) for k, t in outputs.items()) if v}
    assert not found, found
    # the library did warn (the canary had its way out), and the warning is shown masked
    assert "warning from a library (UserWarning, zipfile.py): Duplicate name: 'customXml/zoe." in outputs["stderr"]
    assert '"book.people"' in outputs["report json"]  # the repaired workbook was read


@pytest.fixture
def masking() -> Iterator[None]:
    factory, show = logging.getLogRecordFactory(), warnings.showwarning
    library_output.install()
    try:
        yield
    finally:
        logging.setLogRecordFactory(factory)
        warnings.showwarning = show


def test_a_foreign_log_record_is_masked_as_it_is_made_and_ajars_own_is_not(masking: None) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    loggers = [logging.getLogger("some.parser"), logging.getLogger("ajar.test")]
    for lg in loggers:
        lg.addHandler(handler)
        lg.propagate = False
    try:
        try:
            raise ValueError(f"bad key {CANARY}")
        except ValueError:
            logging.getLogger("some.parser").exception("cannot read key %s", CANARY)
        logging.getLogger("ajar.test").warning("read 1,234,567 records")
    finally:
        for lg in loggers:
            lg.removeHandler(handler)
            lg.propagate = True
    text = stream.getvalue()
    assert not leaks(text), text
    assert "cannot read key zoe." in text and "\nValueError: bad key zoe." in text
    assert "read 1,234,567 records" in text


def _parse_key(key: str) -> None:
    raise KeyError(f"no such key {key}")


def _read_row(key: str) -> None:
    try:
        _parse_key(key)
    except KeyError as e:
        raise ValueError(f"row {key} unreadable") from e


def test_a_foreign_traceback_keeps_its_frames_types_and_logger_name_and_masks_its_messages(masking: None) -> None:
    """A library's logged exception (uvicorn's "Exception in ASGI application" under `ajar serve`) lost its
    whole traceback: now its frames (file, line, function), its exceptions' types and the logger's name are
    there, and the canary in the exceptions' messages and in the record's arguments is masked."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    lg = logging.getLogger("uvicorn.error")
    lg.addHandler(handler)
    lg.propagate, level = False, lg.level
    lg.setLevel(logging.INFO)
    try:
        try:
            _read_row(CANARY)
        except ValueError:
            lg.exception("Exception in ASGI application for %s", CANARY)
    finally:
        lg.removeHandler(handler)
        lg.propagate = True
        lg.setLevel(level)
    text = stream.getvalue()
    assert not leaks(text), text
    assert text.startswith("ERROR uvicorn.error: Exception in ASGI application for zoe."), text
    here = Path(__file__).name
    for function in ("_parse_key", "_read_row", "test_a_foreign_traceback_keeps_its_frames_types_and_logger_name"
                     "_and_masks_its_messages"):
        assert re.search(rf'File ".*{here}", line \d+, in {function}\n', text), (function, text)
    assert "\nKeyError: 'no such key zoe." in text and "\nValueError: row zoe." in text, text
    assert text.index("KeyError") < text.index("which led to:") < text.index("ValueError: row"), text
    assert "raise KeyError" not in text  # no source line: only what is code's name and place


def test_a_warning_is_shown_masked_without_its_source_line(masking: None, capsys: pytest.CaptureFixture[str]) -> None:
    warnings.showwarning(
        UserWarning(f"Duplicate name: '{CANARY}'"), UserWarning, "/x/zipfile.py", 1, None, "line of code"
    )
    err = capsys.readouterr().err
    assert not leaks(err), err
    assert err.startswith("warning from a library (UserWarning, zipfile.py): Duplicate name: 'zoe.")
    assert "line of code" not in err
