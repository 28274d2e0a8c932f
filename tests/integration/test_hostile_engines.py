"""Hostile fake servers for every engine: each run ends as a recorded status or note, in time,
under a memory limit, and the report is written.

Each fake (``tests/hostile_engines.py``) speaks its engine's protocol far enough to be
identified, then sends rich markup, escapes, lone surrogates, 401-digit integers, deep nesting
(``rich``) or declared lengths beyond any budget (``huge``). The real command line scans it in a
subprocess whose heap is capped at 1 GiB and which is killed past its deadline.

Before the fixes: ``[/x]`` in a version crashed the terminal output (rich markup), a lone
surrogate in a name gave a 0-byte report, a 401-digit integer raised OverflowError, Redis
collections and MongoDB messages were read whole, MQTT topic patterns took quadratic memory.
"""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from ajar.models import Status
from tests.hostile_engines import CONTENT, ENGINES, ScanRun, hostile_engine, scan_subprocess, target_for

pytestmark = pytest.mark.integration

TIMEOUT = 1.0
#: engines whose rich fake sends a broken record first: what follows it must still be read
READ_PAST = {"mqtt": "a topic that is not UTF-8"}
#: wall-clock bound of one scan: identification, access, inventory and samples at --timeout 1
DEADLINE = 120.0
#: scans under way at once: one more than alone, on the core the serial suite leaves idle (the tests'
#: process only waits meanwhile); each scan mostly waits on its fake's stalls and deadlines
AT_ONCE = 2


def _scan(engine: str, variant: str, report: Path) -> ScanRun:
    """One case, as the test ran it alone: the fake served by an event loop of its own (in this thread),
    the real command line in a subprocess under its heap limit and deadline."""

    async def run() -> ScanRun:
        async with hostile_engine(engine, variant) as port:
            return await asyncio.to_thread(scan_subprocess, target_for(engine, port), report, timeout=TIMEOUT,
                                           deadline=DEADLINE)

    return asyncio.run(run())


@pytest.fixture(scope="module")
def scans(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Future[ScanRun], Path]]:  # noqa: E501
    """The scans of every selected case, :data:`AT_ONCE` at a time, each with its own fake, port and report
    (nothing shared between them), with the report's path, by ``engine-variant``; each test checks its own."""
    base = tmp_path_factory.mktemp("hostile")
    mine = [item for item in request.session.items if isinstance(item, pytest.Function)
            and item.module is request.module and item.originalname == "test_hostile_engine_ends_recorded_and_reported"]
    cases = [(str(item.callspec.params["engine"]), str(item.callspec.params["variant"])) for item in mine]
    cases.sort(key=lambda c: c[1] != "huge")  # the longest first (etcd's 5,000 keys of 401-digit revisions)
    with ThreadPoolExecutor(AT_ONCE) as pool:
        return {f"{e}-{v}": (pool.submit(_scan, e, v, base / f"{e}-{v}.json"), base / f"{e}-{v}.json")
                for e, v in cases}


@pytest.mark.parametrize("variant", CONTENT)
@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_hostile_engine_ends_recorded_and_reported(
    engine: str, variant: str, scans: dict[str, tuple[Future[ScanRun], Path]]
) -> None:
    done, report = scans[f"{engine}-{variant}"]
    run = done.result()
    assert run.code in (0, 1), f"exit {run.code} after {run.seconds:.1f}s:\n{run.stderr[-3000:]}"
    assert "Traceback" not in run.stderr and "Traceback" not in run.stdout
    assert report.stat().st_size > 0, "the report must be written"
    doc = json.loads(report.read_text(encoding="utf-8"))
    (svc,) = doc["services"]
    assert svc["status"] in {s.value for s in Status}
    assert svc["status"] == Status.SUCCESS or svc["error"], "a failure must say why"
    if variant == "rich":  # a well-formed handshake with hostile contents: still that engine
        assert svc["engine"] == engine, f"{engine}: {svc['status']} {svc['error']}"
    if variant == "rich" and engine in READ_PAST:
        assert svc["datasets"], f"{engine}: nothing read past {READ_PAST[engine]}"
    # a count beyond what any engine holds (401 digits, in a listing or a recount) is no count
    for ds in svc["datasets"]:
        for key in ("records", "size_bytes"):
            assert ds.get(key) is None or 0 <= ds[key] < 2**63, f"{engine}: {ds['name']!r} {key} {ds[key]}"
    # nothing the server sent reaches the terminal as an escape sequence
    assert "\x1b]0;owned" not in run.stdout and "\x1b[2J" not in run.stdout
    # the personal data in its names, versions and banners is masked everywhere (a version is a name too)
    for where, text in (("stdout", run.stdout), ("stderr", run.stderr), ("report", report.read_text("utf-8"))):
        assert "hostile7@canary" not in text, f"{engine}: the canary in a name or banner reached the {where}"
