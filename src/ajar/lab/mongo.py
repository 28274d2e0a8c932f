"""Start/stop the lab's MongoDB stand-ins and the live writer from Python (used by ``ajar demo``
and the tests; no shell needed).

* :func:`start_nx` runs ``nx-27017`` (MongoDB wire protocol over SQLite, no authentication)
  from the current environment and waits until it answers ``hello``.
* :func:`start_writer` runs ``python -m ajar.lab.writer`` (sightings at a set rate per minute).
* :func:`start_locked` runs ``python -m ajar.lab.locked_mongo`` (mockupdb playing a MongoDB
  that demands authentication).
* :func:`stop` stops any of them by PID: SIGTERM, wait, then SIGKILL.

nx-27017 gotchas handled here: it needs ``--log-file`` and ``--pid-file`` (defaults are in
/tmp); lowercase ``buildinfo`` returns a stub without ``version`` (camelCase ``buildInfo``
works); unknown commands reply ``{ok: 1}``; it has no authentication at all.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

LOOPBACK_PREFIXES = ("127.",)


def _check_loopback(host: str) -> None:
    if not (host.startswith(LOOPBACK_PREFIXES) or host in ("::1", "localhost")):
        raise ValueError(f"lab servers bind loopback addresses only, not {host!r}")


def venv_script(name: str) -> str:
    """Path of console script ``name`` next to the running interpreter (or on PATH)."""
    cand = Path(sys.executable).parent / name
    if cand.exists():
        return str(cand)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(
            f"{name} not found next to {sys.executable} nor on PATH (install the `lab` extra: pip install 'ajar[lab]')"
        )
    return found


def ping(host: str, port: int, timeout: float = 0.5) -> bool:
    """True if a MongoDB wire-protocol server at host:port answers ``hello``."""
    from pymongo import MongoClient

    ms = int(timeout * 1000)
    client: MongoClient[dict[str, object]] = MongoClient(
        host, port, directConnection=True, serverSelectionTimeoutMS=ms, connectTimeoutMS=ms, socketTimeoutMS=ms
    )
    try:
        reply = client.admin.command("hello")
        return bool(reply.get("ok"))
    except Exception:
        return False
    finally:
        client.close()


def wait_ready(host: str, port: int, proc: subprocess.Popen[bytes] | None = None, timeout: float = 30.0) -> None:
    """Wait until host:port answers ``hello``; raise if ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process {proc.pid} exited with {proc.returncode} before {host}:{port} was ready")
        if ping(host, port):
            return
        time.sleep(0.1)
    raise TimeoutError(f"{host}:{port} did not answer hello within {timeout:.0f} s")


def _spawn(cmd: list[str], log: Path) -> subprocess.Popen[bytes]:
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        return subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def start_nx(host: str, port: int, data_dir: Path, log: Path, timeout: float = 30.0) -> subprocess.Popen[bytes]:
    """Start nx-27017 on host:port with its SQLite files in ``data_dir`` (or ``Path("memory")``).

    Its own log goes to ``log``; stdout/stderr to ``log`` + ``.out``; its pid file next to
    ``log``. Returns once the server answers ``hello``.
    """
    _check_loopback(host)
    if str(data_dir) != "memory":
        Path(data_dir).mkdir(parents=True, exist_ok=True)
    log = Path(log)
    cmd = [
        venv_script("nx-27017"),
        "--host",
        host,
        "-p",
        str(port),
        "--data-dir",
        str(data_dir),
        "--log-file",
        str(log),
        "--pid-file",
        str(log.with_suffix(".pid")),
    ]
    proc = _spawn(cmd, log.with_name(log.name + ".out"))
    try:
        wait_ready(host, port, proc, timeout)
    except BaseException:
        stop(proc)
        raise
    return proc


def start_writer(
    host: str, port: int, log: Path, per_minute: float = 60.0, seconds: float | None = None, seed: int = 2026
) -> subprocess.Popen[bytes]:
    """Start ``python -m ajar.lab.writer`` (``per_minute`` sightings per minute)."""
    _check_loopback(host)
    cmd = [
        sys.executable,
        "-m",
        "ajar.lab.writer",
        "--host",
        host,
        "--port",
        str(port),
        "--per-minute",
        str(per_minute),
        "--seed",
        str(seed),
    ]
    if seconds is not None:
        cmd += ["--seconds", str(seconds)]
    return _spawn(cmd, Path(log))


def start_locked(host: str, port: int, log: Path, timeout: float = 30.0) -> subprocess.Popen[bytes]:
    """Start the mockupdb "MongoDB requiring authentication" (``ajar.lab.locked_mongo``)."""
    _check_loopback(host)
    cmd = [sys.executable, "-m", "ajar.lab.locked_mongo", "--host", host, "--port", str(port)]
    proc = _spawn(cmd, Path(log))
    try:
        wait_ready(host, port, proc, timeout)
    except BaseException:
        stop(proc)
        raise
    return proc


def stop(proc: subprocess.Popen[bytes] | int, timeout: float = 10.0) -> None:
    """Stop a process started here by its PID: SIGTERM, wait up to ``timeout``, then SIGKILL."""
    pid = proc if isinstance(proc, int) else proc.pid
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if isinstance(proc, subprocess.Popen):
            if proc.poll() is not None:
                return
        else:
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done:
                    return
            except ChildProcessError:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    return
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    if isinstance(proc, subprocess.Popen):
        proc.wait(5)
