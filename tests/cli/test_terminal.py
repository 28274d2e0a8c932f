"""Terminal injection: escapes and rich markup from names and banners never reach a terminal or stdout."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from ajar.console import _service_line, summary_table
from ajar.models import Access, Dataset, Evidence, Report, ScopeInfo, Service, Status, ToolInfo
from ajar.pipeline.assess import assess_service
from tests.conftest import run_cli

ESCAPES = [
    "\x1b[31mRED\x1b[0m",            # ANSI colour (CSI)
    "\x1b]0;pwned title\x07",        # OSC: window title
    "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x9b2J",                        # C1 CSI: clear screen
    "a\rb\x08c",                     # carriage return, backspace
    "[/x]",                          # closes a rich markup tag that was never opened: a crash today
    "[bold red]markup[/]",           # rich markup that would style the terminal
    "abc\u202edcba",                 # bidi override
]


def _hostile_service(i: int, text: str) -> Service:
    svc = Service(host="127.0.0.2", port=6300 + i, engine="redis", version=f"7.0 {text}", tls=False,
                  status=Status.SUCCESS, access=Access.OPEN, error=f"note {text}",
                  evidence=[Evidence(command="INFO", reply=f"redis_version:{text}")],
                  datasets=[Dataset(name=f"db0.{text}", records=1)])
    assess_service(svc)
    return svc


def _report() -> Report:
    t = datetime(2025, 1, 1, tzinfo=UTC)
    return Report(tool=ToolInfo(version="0"), scope=ScopeInfo(targets=["127.0.0.2"]), started=t, finished=t,
                  services=[_hostile_service(i, text) for i, text in enumerate(ESCAPES)])


def _bad(text: str) -> list[str]:
    return [ch for ch in text if (ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F or ch == "\u202e"]


@pytest.mark.parametrize("text", ESCAPES)
def test_streaming_line_and_summary_table_print_as_text(text: str) -> None:
    from ajar.names import seal_service

    svc = seal_service(_hostile_service(0, text))
    console = Console(record=True, width=200, force_terminal=False, color_system=None)
    console.print(_service_line(svc))  # "[/x]" raised MarkupError before
    rep = _report()
    rep.services = [svc]
    console.print(summary_table(rep))
    shown = console.export_text()
    assert not _bad(shown), f"control characters reached the terminal: {_bad(shown)!r}"
    if text.startswith("["):
        assert text in shown, "markup from a target is shown as text, not interpreted"


def test_no_escape_reaches_stdout_in_any_format(tmp_path: Path) -> None:
    stored = tmp_path / "hostile.json"
    stored.write_text(json.dumps(_report().model_dump(mode="json")), encoding="utf-8")
    for fmt in ("md", "html", "csv", "letter", "json", "sarif", "jsonl"):
        r = run_cli("report", str(stored), "--format", fmt, timeout=120)
        assert r.returncode == 0, (fmt, r.stderr[-1000:])
        assert not _bad(r.stdout), f"{fmt}: control characters on stdout: {sorted(set(_bad(r.stdout)))!r}"
        assert "\\u001b" not in r.stdout.lower() and "\\u009b" not in r.stdout.lower(), fmt
