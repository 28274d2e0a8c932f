"""The watch at scale: 10,000 exposures × 100 runs in a store; dashboard pages p95 and ``ajar diff``.

One command::

    .venv/bin/python bench/watch/run.py                     # SQLite in a temp dir
    .venv/bin/python bench/watch/run.py --store postgresql://USER@127.0.0.1:PORT/DB
    .venv/bin/python bench/watch/run.py --keep /tmp/w.db    # keep (and reuse) the SQLite store

Each run is a synthetic report (2,500 redis/mongodb services on 198.18.0.0/20, RFC 2544's
benchmarking range, with three datasets each = 10,000 exposures; no address is ever contacted)
recorded through ``Store.record``, the path ``ajar scan`` takes. Between runs a few services close,
open, lock, grow or get a ransom note, so events and cases exist. Then ``ajar serve``'s app runs
under uvicorn on a free loopback port and each page is requested ``--requests`` times by a logged-in
client; the peer in the same run is the package's static htmx file served by the same server. ``ajar
diff`` (last two runs, from the store) is timed as a subprocess, start-up included. """

from __future__ import annotations

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from ajar.models import (  # noqa: E402
    Access,
    Category,
    Dataset,
    FieldReport,
    Finding,
    Liveness,
    PeopleEstimate,
    Report,
    ScopeInfo,
    Service,
    Severity,
    Status,
    ToolInfo,
)
from ajar.store import Store  # noqa: E402
from ajar.store import schema as t  # noqa: E402

CATS = [Category.PERSON_NAME, Category.EMAIL, Category.PHONE, Category.NATIONAL_ID, Category.COORDINATES]
SEVS = [Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW]


def _service(i: int, state: dict[str, object], rnd: random.Random) -> Service:
    host = f"198.18.{i // 250}.{i % 250 + 1}"
    port = 6379 if i % 2 else 27017
    access = Access.AUTH_REQUIRED if i in state["locked"] else Access.OPEN  # type: ignore[operator]
    growth = state["growth"][i]  # type: ignore[index]
    datasets = []
    for d in range(3):
        records = int((1000 + i * 7 + d * 13) * growth)
        cats = CATS[: 1 + (i + d) % len(CATS)]
        datasets.append(Dataset(
            name=f"db{d}.people{i % 17}", records=records, sampled=20,
            fields=[FieldReport(path=f"f{k}", category=c, confidence=0.9, prevalence=0.8, values=20,
                                examples=["A***e"]) for k, c in enumerate(cats)],
            liveness=Liveness(records_per_day=float(50 + (i % 40)) * growth, method="bench"),
            people=PeopleEstimate(count=records, method="bench"),
        ))  # fmt: skip
    findings = []
    if i in state["ransomed"]:  # type: ignore[operator]
        findings.append(Finding(rule="compromise.ransom_note", title="Ransom note", severity=Severity.CRITICAL))
    return Service(host=host, port=port, engine="redis" if port == 6379 else "mongodb", version="7.0",
                   status=Status.SUCCESS, access=access, severity=SEVS[i % 4] if not findings else Severity.CRITICAL,
                   findings=findings, datasets=datasets if access == Access.OPEN else [],
                   people=PeopleEstimate(count=3000 + i, method="bench"))


def generate(store: Store, services: int, runs: int, seed: int = 2026) -> float:
    """Record ``runs`` synthetic runs; seconds spent in ``Store.record``."""
    rnd = random.Random(seed)
    state: dict[str, object] = {"locked": set(), "ransomed": set(), "down": set(),
                                "growth": [1.0] * services}
    spent = 0.0
    start = datetime(2026, 9, 1, tzinfo=UTC)
    for n in range(runs):
        if n:
            for _ in range(max(1, services // 200)):  # churn: ~0.5% each of down, back, locked, grown, ransomed
                state["down"].add(rnd.randrange(services))  # type: ignore[attr-defined]
                state["down"].discard(rnd.randrange(services))  # type: ignore[attr-defined]
                state["growth"][rnd.randrange(services)] *= 2.5  # type: ignore[index]
            state["ransomed"].add(rnd.randrange(services))  # type: ignore[attr-defined]
            state["locked"].add(rnd.randrange(services))  # type: ignore[attr-defined]
        when = start + timedelta(hours=8 * n)
        svcs = [_service(i, state, rnd) for i in range(services) if i not in state["down"]]  # type: ignore[operator]
        rep = Report(tool=ToolInfo(version="bench"), scope=ScopeInfo(targets=["198.18.0.0/20"], ports=[6379, 27017]),
                     started=when, finished=when + timedelta(minutes=5), services=svcs)
        t0 = time.perf_counter()
        store.record(rep, {"bench": True})
        spent += time.perf_counter() - t0
        if n % 10 == 0:
            print(f"  run {n + 1}/{runs} recorded ({spent:.0f} s in Store.record so far)", flush=True)
    return spent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) >= 20 else max(xs)


def measure_pages(store: Store, requests: int) -> dict[str, tuple[float, float]]:
    """p50 and p95 in ms of each page (logged in), and of the static file (the peer)."""
    import uvicorn

    from ajar.web.app import create_app
    from ajar.web.auth import set_password

    set_password(store, "bench", "bench-password-1")
    with store.read() as s:
        from sqlalchemy import func, select

        n_exp = int(s.scalar(select(func.max(t.Exposure.id))) or 1)
        n_run = int(s.scalar(select(func.max(t.Run.id))) or 1)
        svc_id = int(s.scalar(select(t.Exposure.id).where(t.Exposure.kind == "service").limit(1)) or 1)
    if not store.count(t.Case):
        cid = store.open_case(svc_id, "bench")
        store.move_case(cid, "notified", "bench")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store, secure_cookies=False), host="127.0.0.1", port=port,
                                           log_level="warning"))
    th = threading.Thread(target=server.run, daemon=True)
    th.start()
    base = f"http://127.0.0.1:{port}"
    while not server.started:
        time.sleep(0.05)
    rnd = random.Random(7)
    out: dict[str, tuple[float, float]] = {}
    with httpx.Client(base_url=base, timeout=30) as c:
        tok = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text)
        assert tok
        r = c.post("/login", data={"name": "bench", "password": "bench-password-1", "csrf": tok.group(1)})
        assert r.status_code in (200, 303), r.status_code
        pages = {
            "overview /": lambda: "/",
            "exposures /exposures": lambda: "/exposures",
            "exposures, filtered": lambda: "/exposures?severity=critical&state=all&page=3",
            "timeline /exposures/{id}": lambda: f"/exposures/{rnd.randint(1, n_exp)}",
            "case board /cases": lambda: "/cases",
            "runs /runs": lambda: "/runs",
            "run /runs/{id}": lambda: f"/runs/{rnd.randint(1, n_run)}",
            "audit /audit": lambda: "/audit",
            "peer: /static/htmx.min.js": lambda: "/static/htmx.min.js",
        }
        for name, path in pages.items():
            c.get(path())  # warm-up
            times = []
            for _ in range(requests):
                t0 = time.perf_counter()
                resp = c.get(path())
                times.append((time.perf_counter() - t0) * 1000)
                assert resp.status_code == 200, (name, resp.status_code)
            out[name] = (statistics.median(times), _p95(times))
    server.should_exit = True
    th.join(10)
    return out


def time_diff(url: str) -> tuple[float, float]:
    """Wall and CPU seconds of ``ajar diff`` over the last two runs (a subprocess, start-up included).

    CPU time (user + sys of the child) is what a quiet machine's wall time would be; on a busy
    shared machine the wall time also counts the time spent waiting for a core.
    """
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "ajar", "diff", "--store", url, "--json"], capture_output=True,
                       text=True, timeout=300, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    took = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert r.returncode == 0, r.stderr[-1000:]
    print(f"  ajar diff: {len(r.stdout.splitlines())} events between the last two runs")
    return took, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="a store URL (default: SQLite in a temp dir)")
    ap.add_argument("--keep", type=Path, help="SQLite file to keep; reused when it already holds the runs")
    ap.add_argument("--services", type=int, default=2500, help="services per run (× 4 = exposures)")
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--requests", type=int, default=60, help="requests per page")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="ajar-bench-watch-")
    url = a.store or f"sqlite:///{a.keep or Path(tmp) / 'ajar.db'}"
    store = Store(url)
    if store.count(t.Run) < a.runs:
        print(f"recording {a.runs} runs of {a.services} services ({a.services * 4:,} exposures) into {url}")
        spent = generate(store, a.services, a.runs)
        print(f"  Store.record: {spent:.1f} s in all, {spent / a.runs * 1000:.0f} ms a run")
    print(f"store: {store.count(t.Run)} runs, {store.count(t.Exposure):,} exposures, "
          f"{store.count(t.Observation):,} observations, {store.count(t.Event):,} events")
    pages = measure_pages(store, a.requests)
    peer = pages["peer: /static/htmx.min.js"][1]
    print(f"\n{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'p95/peer':>9}  (target p95 < 200 ms)")
    worst = 0.0
    for name, (p50, p95) in pages.items():
        print(f"{name:32} {p50:8.1f} {p95:8.1f} {p95 / peer:9.1f}")
        if not name.startswith("peer"):
            worst = max(worst, p95)
    diff_s, diff_cpu = time_diff(url)
    from ajar.watch.events import diff

    a_id, b_id = store.last_two()
    t0, c0 = time.perf_counter(), time.process_time()
    diff(store.run_view(a_id), store.run_view(b_id))
    inproc = (time.perf_counter() - t0, time.process_time() - c0)
    load = os.getloadavg()[0]
    print(f"\nworst page p95: {worst:.1f} ms ({'PASS' if worst < 200 else 'FAIL'} < 200 ms)")
    print(f"ajar diff: {diff_s:.2f} s wall, {diff_cpu:.2f} s CPU ({'PASS' if diff_s < 2 else 'FAIL'} < 2 s wall; "
          f"load average {load:.1f} on {os.cpu_count()} cores)")
    print(f"  of which the diff itself (two Store.run_view + diff, in process): {inproc[0]:.2f} s wall, "
          f"{inproc[1]:.2f} s CPU; the rest is Python start-up and imports")
    store.close()
    return 0 if worst < 200 and diff_s < 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
