"""An incomplete report says so in every format (README: it "opens with `INCOMPLETE:`").

Markdown, HTML and the summary had it; CSV, the letters and JSON Lines read as a finished scan
(user8). Each format carries it in its own natural place: CSV a first row under the header (rule
``scan.incomplete``), the letters a note for the auditor before the first letter (no letter carries
it), JSON Lines a last line ``{"incomplete": ...}``, SARIF the first notification of its invocation
(not only the errors a stop records); a finished report has none of them.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from ajar.models import Report
from ajar.report import render
from ajar.report.letter import SEPARATOR

WHY = ("stopped by Ctrl-C after 4 s, before it finished; `ajar scan --resume 20261206T192534Z-796cf2 --no-store` "
       "finishes it from its journal file, without the store")
COMMAND = "`ajar scan --resume 20261206T192534Z-796cf2 --no-store`"


def _cut(report: Report) -> Report:
    return report.model_copy(update={"incomplete": WHY})


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "letter", "jsonl", "sarif", "json"])
def test_every_format_carries_the_mark_and_the_command_that_finishes_the_run(report: Report, fmt: str) -> None:
    text = render(_cut(report), fmt)
    assert "INCOMPLETE" in text or fmt in ("json", "jsonl"), fmt  # these two carry the report's own field
    assert "20261206T192534Z-796cf2" in text, fmt
    assert "INCOMPLETE" not in render(report, fmt), fmt


def test_csv_opens_with_one_incomplete_row_then_the_findings(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(_cut(report), "csv"))))
    plain = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    first = rows[0]
    assert first["rule"] == "scan.incomplete" and first["title"].startswith("INCOMPLETE:")
    assert first["severity"] == "info" and not first["host"] and not first["port"]
    assert COMMAND in first["detail"]
    assert rows[1:] == plain  # the findings as before, one row each


def test_letters_open_with_a_note_that_is_no_letter(report: Report) -> None:
    parts = render(_cut(report), "letter").split(SEPARATOR)
    assert parts[0].startswith("INCOMPLETE: the scan was stopped by Ctrl-C") and COMMAND in parts[0]
    assert "Subject:" not in parts[0]
    assert parts[1:] == render(report, "letter").split(SEPARATOR)  # each letter as it was: sent on whole
    assert not any("INCOMPLETE" in p for p in parts[1:])


def test_letters_of_an_incomplete_scan_with_no_letter_say_among_what(report: Report) -> None:
    empty = _cut(report).model_copy(update={"services": []})
    text = render(empty, "letter")
    assert text.startswith("INCOMPLETE:") and "among the services the scan finished" in text


def test_jsonl_ends_with_the_incomplete_line(report: Report) -> None:
    lines = [json.loads(line) for line in render(_cut(report), "jsonl").splitlines()]
    assert lines[-1] == {"incomplete": WHY}
    assert all("host" in line for line in lines[:-1]) and len(lines) == len(report.services) + 1
    assert all("host" in json.loads(line) for line in render(report, "jsonl").splitlines())


def test_sarif_says_so_even_without_an_error(report: Report) -> None:
    (inv,) = json.loads(render(_cut(report), "sarif"))["runs"][0]["invocations"]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["message"]["text"].startswith("INCOMPLETE:")
