"""The note that opening the store made it is said one way by every command, and not at all under -q.

`ajar scan` wrote it raw to stderr, and under -q too; `ajar history` wrote it through rich with its markup
escaped. Now both go through `console.note_new_store`: cleaned, never read as markup, silent under -q.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

ROWS = [{"full_name": f"Ana Costa {i}", "email": f"ana{i}@example.org"} for i in range(30)]
ODD = "s[bold]x\x1b[31m"  # markup and a terminal escape in the store's folder name


def _dump(tmp_path: Path) -> Path:
    d = tmp_path / "dump"
    d.mkdir()
    (d / "people.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    return d


def _note_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if "new, empty store made at" in ln]


def test_scan_and_history_say_it_the_same_way(tmp_path: Path) -> None:
    d = _dump(tmp_path)
    said = []
    for i, args in enumerate((["scan", str(d)], ["history"])):
        folder = tmp_path / f"{ODD}{i}"
        folder.mkdir()
        r = run_cli(*args, "--store", str(folder / "a.db"))
        assert r.returncode == 0, r.stderr
        lines = _note_lines(r.stderr)
        assert len(lines) == 1, r.stderr
        assert "\x1b" not in r.stderr and "%5Bbold%5Dx%1B%5B31m" in lines[0], lines
        said.append(lines[0].replace(f"%1B%5B31m{i}/", "/"))
    assert said[0] == said[1], said


def test_scan_q_is_silent_about_it(tmp_path: Path) -> None:
    r = run_cli("scan", str(_dump(tmp_path)), "-q", "--store", str(tmp_path / "new" / "a.db"))
    assert r.returncode == 0, r.stderr
    assert not _note_lines(r.stderr), r.stderr
    assert (tmp_path / "new" / "a.db").exists()
