"""Every command's --help: a plain flag shows no value type (typer's rich help wrote `<bool>` beside
`--quiet`, `--no-store`, `--help`...), and an option that takes a value still shows its type."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import typer.main
from typer.testing import CliRunner

from ajar.cli import app


def _commands(cmd: Any, path: list[str]) -> Iterator[list[str]]:
    yield path
    for name, sub in (getattr(cmd, "commands", None) or {}).items():
        yield from _commands(sub, [*path, name])


def test_no_command_shows_a_type_beside_a_flag() -> None:
    runner = CliRunner()
    paths = list(_commands(typer.main.get_command(app), []))
    assert ["scan"] in paths and ["case", "open"] in paths and len(paths) > 20
    shown = {}
    for path in paths:
        r = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
        assert r.exit_code == 0, (path, r.output)
        shown[" ".join(path)] = r.output
    assert not [p for p, text in shown.items() if "<bool>" in text], [p for p, t in shown.items() if "<bool>" in t]
    rows = {line.split()[1]: line for line in shown["scan"].splitlines() if line.startswith("│ --")}
    assert "<float>" in rows["--timeout"] and "<int range>" in rows["--sample"], rows
    assert "no progress bars" in rows["--quiet"] and "<" not in rows["--quiet"], rows["--quiet"]
