"""Contract tests over every registered probe: registry, declarations, docs, robustness, limits."""

from __future__ import annotations

import asyncio
import ipaddress
import pkgutil
import re
from pathlib import Path

import pytest

import ajar.probes
import ajar.probes._wire
from ajar.models import Service, Status
from ajar.net import Scope, guard
from ajar.pipeline.probe import probe_service
from ajar.probes import PROBES
from ajar.probes.base import Limits, Probe, Target
from tests.hostile import MODES, hostile_server, memory_limit

ROOT = Path(__file__).resolve().parents[2]

#: Modules of ``ajar.probes`` that are not probes, with the reason.
EXCLUDED = {
    "base": "the probe contract (Probe, HttpProbe, Limits, Target, helpers)",
    "_wire": "wire formats of the probes (frame codecs beside the probes that use them)",
}


def test_ids_unique_snake_case_and_equal_to_module() -> None:
    ids = [p.id for p in PROBES]
    assert len(ids) == len(set(ids)), "two probes share an id"
    for p in PROBES:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", p.id), f"{p.__name__}.id must be snake_case"
        assert p.__module__ == f"ajar.probes.{p.id}", f"{p.__name__} must live in probes/{p.id}.py"
    assert ids == sorted(ids), "keep PROBES alphabetical"


def test_default_ports_without_the_registry_are_the_registrys() -> None:
    """``defaults.PORTS`` (swept when no ports are named; a scan of local files reads it instead of
    importing every probe and its driver) is exactly the registry's default ports."""
    from ajar import defaults
    from ajar.pipeline.run import default_ports

    assert list(defaults.PORTS) == default_ports(PROBES), "update defaults.PORTS to the probes' default_ports"


def test_every_module_is_registered_or_excluded() -> None:
    # private packages (``_wire``: the engines' frame codecs) are not probes; see the next test
    modules = {m.name for m in pkgutil.iter_modules(ajar.probes.__path__) if not m.name.startswith("_")}
    registered = {p.id for p in PROBES}
    missing = modules - registered - set(EXCLUDED)
    assert not missing, f"probes/{missing} not in PROBES: add a line to probes/__init__.py or to EXCLUDED with a reason"


def test_every_wire_codec_has_its_fuzz_tests() -> None:
    """Each hand-written frame codec (``probes/_wire/<engine>.py``) is tested against truncated and
    garbage frames in ``tests/probes/wire/test_wire_<engine>.py``, and belongs to a registered engine."""
    codecs = {m.name for m in pkgutil.iter_modules(ajar.probes._wire.__path__)}
    assert codecs, "probes/_wire holds the engines' frame codecs"
    assert codecs <= {p.id for p in PROBES}, f"codecs of unregistered engines: {codecs - {p.id for p in PROBES}}"
    for name in codecs:
        assert (ROOT / "tests" / "probes" / "wire" / f"test_wire_{name}.py").exists(), (
            f"add tests/probes/wire/test_wire_{name}.py (fuzz tests of probes/_wire/{name}.py)")


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p.id)
def test_declarations_and_docs(probe: type[Probe]) -> None:
    assert probe.description and len(probe.description) > 10, "give the probe a one-line description"
    assert probe.commands, "declare every command the probe may send in `commands`"
    assert probe.default_ports and all(0 < p < 65536 for p in probe.default_ports)
    doc = __import__(probe.__module__, fromlist=["_"]).__doc__ or ""
    assert "Commands sent" in doc or "Requests sent" in doc, "the module docstring must list what is sent"
    assert (ROOT / "tests" / "probes" / f"test_{probe.id}.py").exists(), f"add tests/probes/test_{probe.id}.py"
    forbidden = {"SET", "DEL", "FLUSHALL", "FLUSHDB", "CONFIG SET", "insert", "update", "delete", "drop",
                 "dropDatabase", "PUT", "POST /_bulk", "DELETE", "INSERT", "UPDATE", "DROP"}
    assert not (forbidden & set(probe.commands)), "a probe may not declare a writing command"


async def _survive(probe: type[Probe], mode: str) -> Service:
    async with hostile_server(mode) as port:
        scope = Scope([ipaddress.ip_network("127.0.0.1/32")])
        limits = Limits(timeout=1.0, sample=5)
        with guard(scope):
            return await asyncio.wait_for(
                probe_service([probe], Target("127.0.0.1", port, engine_hint=probe.id), scope, limits), 30
            )


@pytest.fixture(scope="module")
def hostile_scans() -> dict[tuple[str, str], Service | BaseException]:
    """Every probe against every hostile mode, all at once (each its own server, its own 30 s
    deadline): the silent and slow servers make a probe wait out its timeouts, and 104 such waits
    one after the other took 160 s. A scan's exception is kept, and raised by its own test."""

    async def everything() -> list[Service | BaseException]:
        with memory_limit():
            return await asyncio.gather(
                *(_survive(probe, mode) for probe in PROBES for mode in MODES), return_exceptions=True
            )

    results = asyncio.run(everything())
    return dict(zip([(p.id, mode) for p in PROBES for mode in MODES], results, strict=True))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p.id)
def test_survives_hostile_server(
    probe: type[Probe], mode: str, hostile_scans: dict[tuple[str, str], Service | BaseException]
) -> None:
    """Junk, truncated, oversized, slow, silent replies: a recorded status, never a hang or crash."""
    svc = hostile_scans[probe.id, mode]
    if isinstance(svc, BaseException):
        raise svc
    assert svc.status in set(Status)
    if mode != "slow":  # only "slow" answers "+PONG" (Redis's own reply, one byte at a time)
        assert svc.engine is None, f"{probe.id} named from a {mode} server: {svc.evidence}"
    if svc.engine is None:
        assert svc.status != Status.SUCCESS and svc.error, "a failed identification must say why"
    assert not svc.datasets or all(d.sampled <= 5 for d in svc.datasets)
