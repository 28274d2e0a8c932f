"""The shipped compiled patterns (``ajar.recache``) are what ``re`` compiles itself, or are not used."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
import subprocess
import sys
from array import array
from re import _compiler  # type: ignore[attr-defined]

import pytest

from ajar import recache


def _plain(pattern: str, flags: int) -> re.Pattern[str]:
    compile_ = getattr(_compiler.compile, "__wrapped__", _compiler.compile)
    return compile_(pattern, flags)  # type: ignore[no-any-return]


def _check(table: recache.Table) -> None:
    for (pattern, flags), entry in table.items():
        final, code, groups, groupindex, indexgroup = entry
        got = _sre.compile(pattern, final, array("I", code).tolist(), groups, groupindex, indexgroup)
        want = _plain(pattern, flags)
        # Pattern.__eq__ compares flags, pattern and the compiled code; groups are compared apart
        assert got == want, pattern
        assert (got.groups, dict(got.groupindex)) == (want.groups, dict(want.groupindex)), pattern


def test_every_shipped_entry_is_what_re_compiles() -> None:
    """Where the file was made (the same Python build), each entry is what ``re`` compiles. On any other
    Python (CI on a fresh Debian's 3.11.2, a 3.12) the file is intact but left unused, and the entries
    this Python makes for the same patterns go through the same hook and are what ``re`` compiles."""
    got = recache.unpack(recache.PATH.read_bytes())
    assert got, "src/ajar/data/recache.bin is missing or damaged: scripts/recache.py"
    made_by, shipped = got
    assert len(shipped) > 300
    if made_by == recache.key():
        table = recache.load()
        assert table == shipped
        _check(shipped)
        return
    assert recache.load() is None  # another Python's file is never used
    table = {k: recache.entry(*k) for k in shipped}
    _check(table)
    compile_ = recache._compile_with(table, lambda p, flags=0: pytest.fail(f"not taken from the table: {p!r}"))
    for pattern, flags in table:
        assert compile_(pattern, flags) == _plain(pattern, flags), pattern


def test_a_file_of_another_build_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same version number is not enough: another build of it (a distribution's patched one) or the
    other byte order makes another key, and the file is left alone."""
    blob = recache.pack({("a+", 0): recache.entry("a+", 0)})
    assert recache.load(blob) is not None
    other_order = "big" if sys.byteorder == "little" else "little"
    for name, other in (("version", sys.version + " (rebuilt)"), ("byteorder", other_order)):
        with monkeypatch.context() as m:
            m.setattr(sys, name, other)
            assert recache.load(blob) is None, name
            assert recache.load(recache.pack({("a+", 0): recache.entry("a+", 0)})) is not None


def test_entry_matches_re_on_tricky_patterns() -> None:
    cases = [
        (r"(?P<a>x)(?P<b>y)?\1", 0),
        (r"(?i)straße|ǅ", 0),
        (r"\bword\b", re.ASCII),
        (r"[^\W\d_]+", re.UNICODE | re.MULTILINE),
        (r"(?x) a b  # comment", 0),
        (r"(?<=[a-z])(?=[A-Z])", re.IGNORECASE),
    ]
    for pattern, flags in cases:
        table = {(pattern, int(flags)): recache.entry(pattern, int(flags))}
        blob = recache.pack(table)
        loaded = recache.load(blob)
        assert loaded is not None
        compile_ = recache._compile_with(loaded, _plain)
        got, want = compile_(pattern, int(flags)), _plain(pattern, int(flags))
        assert got == want and got.groupindex == want.groupindex and got.groups == want.groups


def test_damaged_or_foreign_file_is_not_used() -> None:
    blob = recache.pack({("a+", 0): recache.entry("a+", 0)})
    assert recache.load(blob) is not None
    assert recache.load(blob[:-1]) is None  # cut short: the digest no longer matches
    assert recache.load(blob[:40] + bytes([blob[40] ^ 1]) + blob[41:]) is None
    assert recache.load(b"") is None


def test_misses_bytes_and_debug_go_the_usual_way() -> None:
    calls: list[tuple[object, int]] = []

    def original(p: object, flags: int = 0) -> str:
        calls.append((p, flags))
        return "usual"

    compile_ = recache._compile_with({("a+", 0): recache.entry("a+", 0)}, original)
    assert compile_("a+", 0) == re.compile("a+")
    assert compile_("b+", 0) == "usual"
    assert compile_(b"a+", 0) == "usual"
    assert compile_("a+", re.DEBUG.value) == "usual"
    assert calls == [("b+", 0), (b"a+", 0), ("a+", re.DEBUG.value)]


@pytest.mark.parametrize("module", ["ajar.detectors", "ajar.pipeline.compromise"])
def test_the_command_installs_it_and_patterns_still_work(module: str) -> None:
    code = (
        "from ajar import recache; used = recache.load() is not None;"
        "assert recache.install() is used and recache.installed() is used;"
        f"import {module}, re; assert re.compile(r'(?P<x>a)b').match('ab').group('x') == 'a';"
        "from ajar.detectors.phone import PhoneDetector; assert PhoneDetector().detect('+86 138 0013 8000')"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
