"""Scope parsing: every target form, and clear errors for bad ones."""

from __future__ import annotations

import socket
import time

import pytest

from ajar.errors import TargetError
from ajar.pipeline.scope import parse, read_target_file

SCHEMES = {"mongodb": "mongodb", "redis": "redis", "rediss": "redis"}


def _eps(targets: list[str], exclude: list[str] | None = None) -> list[tuple[str, int | None, str | None]]:
    p = parse(targets, exclude or [], SCHEMES)
    return [(e.host, e.port, e.engine_hint) for e in p.iter_endpoints()]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("127.0.0.2", [("127.0.0.2", None, None)]),
        ("127.0.0.2:6380", [("127.0.0.2", 6380, None)]),
        ("[::1]:6379", [("::1", 6379, None)]),
        ("::1", [("::1", None, None)]),
        ("127.0.0.0/31", [("127.0.0.0", None, None), ("127.0.0.1", None, None)]),
        ("::ffff:127.0.0.2", [("127.0.0.2", None, None)]),
        ("http://127.0.0.2:9200", [("127.0.0.2", 9200, None)]),
        ("https://127.0.0.2", [("127.0.0.2", 443, None)]),
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
        # port 0 is no port a service listens on: refused in every spelling, with the fix
        ("127.0.0.1:0", "port 0 is no port a service listens on; name the service's port"),
        ("[::1]:0", "port 0 is no port a service listens on; name the service's port"),
        ("127.0.0.0/30:0", "port 0 is no port a service listens on; name the service's port"),
        ("mongodb://127.0.0.1:0", "port 0 is no port a service listens on; name the service's port"),
        ("http://127.0.0.1:00/", "port 0 is no port a service listens on; name the service's port"),
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
    hosts = {e.host for e in p.iter_endpoints()}
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


@pytest.mark.parametrize("spelling", ["127.0.0.99", "::ffff:127.0.0.99", "::ffff:7f00:63", "::ffff:127.0.0.96/126"])
def test_an_exclusion_holds_in_every_spelling(spelling: str) -> None:
    p = parse(["127.0.0.0/24", "::ffff:127.0.0.99"], [spelling], SCHEMES)
    hosts = {e.host for e in p.iter_endpoints()}
    assert "127.0.0.99" not in hosts and "127.0.0.95" in hosts
    for form in ("127.0.0.99", "::ffff:127.0.0.99", "::ffff:7f00:63"):
        assert not p.scope.allows(form)
    assert p.address_count() == (255 if "/" not in spelling else 252)


def test_a_mapped_target_is_its_ipv4_address() -> None:
    p = parse(["::ffff:127.0.0.7"], [], SCHEMES)
    assert [e.host for e in p.iter_endpoints()] == ["127.0.0.7"]
    assert p.scope.allows("127.0.0.7") and p.scope.allows("::ffff:127.0.0.7")


@pytest.mark.parametrize("target", ["0.0.0.0/0", "::ffff:0:0/96", "10.0.0.0/8", "::/0", "10.0.0.0-10.255.255.255"])
def test_a_huge_scope_is_refused_at_once_without_listing_it(target: str) -> None:
    t0 = time.monotonic()
    with pytest.raises(TargetError, match="more than the 65,536 allowed"):
        parse([target], [], SCHEMES)
    assert time.monotonic() - t0 < 5  # listing a /8 took 46 s; arithmetic takes microseconds


def test_a_large_scope_raised_on_purpose_stays_networks() -> None:
    p = parse(["10.0.0.0/8", "10.1.0.0/16"], ["10.2.0.0/16"], SCHEMES, max_addresses=1 << 24)
    assert p.address_count() == (1 << 24) - (1 << 16)
    # collapsed, less the exclusion, never expanded: a few networks, not 16 million addresses
    assert [str(b.network) for b in p.blocks] == ["10.0.0.0/15", "10.3.0.0/16", "10.4.0.0/14", "10.8.0.0/13",
                                                  "10.16.0.0/12", "10.32.0.0/11", "10.64.0.0/10", "10.128.0.0/9"]
    assert p.scope.allows("10.1.2.3") and not p.scope.allows("10.2.0.1")
    with pytest.raises(TargetError, match="more than the 100"):
        parse(["127.0.0.0/25"], [], SCHEMES, max_addresses=100)
    assert parse(["127.0.0.0/25"], ["127.0.0.0/26"], SCHEMES, max_addresses=100).address_count() == 64


@pytest.mark.parametrize(
    ("targets", "exclude"),
    [(["0.0.0.0/0"], ["0.0.0.0/0"]), (["::/0", "10.0.0.0/8"], ["::/0,0.0.0.0/0"]), (["127.0.0.5"], ["127.0.0.0/8"]),
     (["0.0.0.0/1", "128.0.0.0/1"], ["0.0.0.0/0"]), (["redis://127.0.0.5:6379"], ["::ffff:127.0.0.0/104"])],
)
def test_a_scope_excluded_entirely_is_a_usage_error_at_once(targets: list[str], exclude: list[str]) -> None:
    t0 = time.monotonic()
    with pytest.raises(TargetError, match="nothing left to scan after --exclude"):
        parse(targets, exclude, SCHEMES, max_addresses=1 << 200)
    assert time.monotonic() - t0 < 5  # arithmetic: nothing grows with the excluded size


def test_a_sweep_never_walks_an_excluded_block() -> None:
    p = parse(["0.0.0.0/0"], ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/3", "224.0.0.0/4", "240.0.0.0/5"], SCHEMES,
              max_addresses=1 << 27)
    assert p.address_count() == 1 << 27
    assert [str(b.network) for b in p.blocks] == ["248.0.0.0/5"]


@pytest.mark.parametrize("target", ["dump.json", "./missing", "~/leak.csv", "backups/users.bson", "db.sqlite3:5"])
def test_a_path_is_never_looked_up_in_dns(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*a: object, **k: object) -> None:
        raise AssertionError(f"DNS lookup of {a[0]!r}")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(TargetError, match="looks like a file path"):
        parse([target], [], SCHEMES)


def test_http_targets_name_no_engine_and_default_their_port() -> None:
    p = parse(["http://127.0.0.2", "https://[::1]:9443/x"], [], SCHEMES)
    eps = {(e.host, e.port, e.tls, e.engine_hint) for e in p.endpoints}
    assert eps == {("127.0.0.2", 80, False, None), ("::1", 9443, True, None)}
    with pytest.raises(TargetError, match="known: .*http"):
        parse(["gopher://127.0.0.1"], [], SCHEMES)


@pytest.mark.parametrize(
    ("target", "host"),
    [("127.0.0.99", "127.0.0.99"), ("127.0.0.99:6379", "127.0.0.99"), ("::1", "::1"), ("[::1]:6379", "::1"),
     ("127.0.0.98-99", "127.0.0.99"), ("localhost:6379", "127.0.0.1")],
)
def test_an_address_is_a_network_target_even_when_a_local_path_has_its_name(
    target: str, host: str, tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Red-team F23: `ajar scan 127.0.0.99` scanned ./127.0.0.99/ when it existed."""
    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    (tmp_path / target).mkdir()  # type: ignore[operator]
    p = parse([target], [], SCHEMES)
    assert p.paths == [] and host in {e.host for e in p.iter_endpoints()}


def test_a_local_path_is_spelled_as_a_path(tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*a: object, **k: object) -> None:
        raise AssertionError(f"DNS lookup of {a[0]!r}")

    monkeypatch.chdir(tmp_path)  # type: ignore[arg-type]
    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    for name in ("127.0.0.99", "dumps", "2024.01", "people.json", "my dump"):
        (tmp_path / name).mkdir()  # type: ignore[operator]
    for spelled, path in (("./127.0.0.99", "127.0.0.99"), ("file:127.0.0.99", "127.0.0.99"), ("./dumps", "dumps"),
                          (f"file://{tmp_path}/dumps", f"{tmp_path}/dumps"), ("file:my%20dump", "my dump"),
                          ("people.json", "people.json"), ("my dump", "my dump"), (f"{tmp_path}/dumps", None)):
        p = parse([spelled], [], SCHEMES)
        assert [str(x) for x in p.paths] == [path or spelled] and not p.blocks and not p.endpoints, spelled
    # a bare name that is both a local directory and a hostname: a usage error saying how to spell each, no DNS
    with pytest.raises(TargetError, match=r"both a local file or directory and a hostname; write \./dumps"):
        parse(["dumps"], [], SCHEMES)
    with pytest.raises(TargetError, match=r"write \./2024\.01"):  # address-shaped, and not a valid address
        parse(["2024.01"], [], SCHEMES)
    with pytest.raises(TargetError, match="cannot name a host"):
        parse(["file://192.0.2.7/etc/x"], [], SCHEMES)
    with pytest.raises(TargetError, match="no such file"):
        parse(["file:missing.json"], [], SCHEMES)
