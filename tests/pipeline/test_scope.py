"""Scope parsing: every target form, and clear errors for bad ones."""

from __future__ import annotations

import pytest

from ajar.errors import TargetError
from ajar.pipeline.scope import parse, read_target_file

SCHEMES = {"mongodb": "mongodb", "redis": "redis", "rediss": "redis"}


def _eps(targets: list[str], exclude: list[str] | None = None) -> list[tuple[str, int | None, str | None]]:
    p = parse(targets, exclude or [], SCHEMES)
    return [(e.host, e.port, e.engine_hint) for e in p.endpoints]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("127.0.0.2", [("127.0.0.2", None, None)]),
        ("127.0.0.2:6380", [("127.0.0.2", 6380, None)]),
        ("[::1]:6379", [("::1", 6379, None)]),
        ("::1", [("::1", None, None)]),
        ("127.0.0.0/30", [("127.0.0.1", None, None), ("127.0.0.2", None, None)]),
        ("127.0.0.2-4", [("127.0.0.2", None, None), ("127.0.0.3", None, None), ("127.0.0.4", None, None)]),
        ("mongodb://127.0.0.2:27018/db", [("127.0.0.2", 27018, "mongodb")]),
        ("redis://127.0.0.3", [("127.0.0.3", None, "redis")]),
        ("localhost:6379", [("127.0.0.1", 6379, None)]),
    ],
)
def test_target_forms(target: str, expected: list[tuple[str, int | None, str | None]]) -> None:
    got = _eps([target])
    for e in expected:
        assert e in got
    if target != "localhost:6379":  # localhost may also resolve to ::1
        assert got == expected


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("300.1.2.3", "not a valid IPv4 address"),
        ("127.0.0.1:99999", "out of range"),
        ("127.0.0.1:abc", "not a number"),
        ("ftp://127.0.0.1", "unknown scheme"),
        ("mongodb+srv://cluster.example", "SRV"),
        ("127.0.0.5-2", "ends before it starts"),
        ("not a target!", "neither an address"),
    ],
)
def test_bad_targets_name_the_problem(target: str, message: str) -> None:
    with pytest.raises(TargetError, match=message) as ei:
        parse([target], [], SCHEMES)
    assert target.split("//")[-1].split(":")[0][:8] in str(ei.value) or "SRV" in message


def test_exclude_removes_addresses_and_scope_follows() -> None:
    p = parse(["127.0.0.0/29"], ["127.0.0.3", "127.0.0.4/31"], SCHEMES)
    hosts = {e.host for e in p.endpoints}
    assert "127.0.0.3" not in hosts and "127.0.0.4" not in hosts and "127.0.0.5" not in hosts
    assert "127.0.0.2" in hosts
    assert not p.scope.allows("127.0.0.3")
    assert p.scope.allows("127.0.0.2")
    assert not p.scope.allows("127.0.0.9")


def test_target_file(tmp_path: pytest.TempPathFactory) -> None:
    f = tmp_path / "targets.txt"  # type: ignore[operator]
    f.write_text("# lab\n127.0.0.2  # open\n\nredis://127.0.0.3:6379\n")
    assert read_target_file(str(f)) == ["127.0.0.2", "redis://127.0.0.3:6379"]


@pytest.mark.parametrize("kind", ["missing", "directory", "binary"])
def test_unreadable_target_file(tmp_path: pytest.TempPathFactory, kind: str) -> None:
    p = tmp_path / "t"  # type: ignore[operator]
    if kind == "directory":
        p.mkdir()
    elif kind == "binary":
        p.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(TargetError, match="target list"):
        read_target_file(str(p))
