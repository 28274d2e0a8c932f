"""Shared fixtures: the lab (started by lab/up.sh; tests fail, never skip, when it is down)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ahead import Ahead

ROOT = Path(__file__).resolve().parents[1]
LAB_DIR = Path(os.environ.get("LAB_DIR", ROOT / ".lab"))
OPEN, LOCKED = "127.0.0.2", "127.0.0.3"


def pytest_configure(config: pytest.Config) -> None:
    """Scans record their runs by default: tests keep that store in a temp dir, never in $HOME."""
    import tempfile

    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="ajar-test-xdg-")
    os.environ.pop("AJAR_STORE", None)


#: the commands of the selected tests marked ``ahead``, by test id (see tests/ahead.py)
AHEAD: dict[str, Ahead] = {}


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start every selected ``ahead`` test's command now, at the lowest priority, beside the tests before it."""
    if session.config.option.collectonly:
        return
    for item in session.items:
        if (mark := item.get_closest_marker("ahead")) is not None:
            AHEAD[item.nodeid] = Ahead(*mark.args, **mark.kwargs)


def pytest_sessionfinish(session: pytest.Session) -> None:
    for started in AHEAD.values():
        started.stop()


@pytest.fixture
def ahead(request: pytest.FixtureRequest) -> Ahead:
    """The command this test's ``@pytest.mark.ahead`` started when the tests were collected."""
    return AHEAD[request.node.nodeid]


@pytest.fixture
def no_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any DNS or file system look-up fails the test (a stored scope read back: ``scope.recorded``)."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"looked up {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(os.path, "lexists", refuse)
    monkeypatch.setattr(os.path, "exists", refuse)


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def lab() -> Path:
    """The running lab; fails with the fix when it is not up."""
    if not (port_open(OPEN, 6379) and port_open(OPEN, 27017) and port_open(LOCKED, 6379)):
        pytest.fail("the lab is not running: start it with `bash lab/up.sh` (stop with `bash lab/down.sh`)")
    return LAB_DIR


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the real `ajar` command line in a subprocess and capture everything it prints."""
    return subprocess.run(
        [sys.executable, "-m", "ajar", *args], capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
    )
