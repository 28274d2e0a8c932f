"""What the scan checkpoint costs on a /16 discovery: writes, and seconds spent writing, per event
(as before batching) against batched (now), same run, same machine.

    .venv/bin/python bench/scan/checkpoint.py [runs] [--open N] [--pg URL] [--only BACKEND]

A helper process (``tests/scale/listeners.py``) listens at N random addresses (default 500) of
127.31.0.0/16 on one port; ajar discovers the /16 on that port and the next, closed one (131,072
connects, ``--rate 0``, 512 in flight), and probes each open port with one probe (the first of
the registry: the checkpoint records every open port and every finished service, whatever the
probe finds). Each scan runs in this process with its checkpoint in a fresh store (SQLite, and
PostgreSQL with ``--pg``) or a journal file (``--no-store``), and reads the run's own counters
(:class:`ajar.pipeline.checkpoint.WriteStats`): writes (store transactions, journal appends),
events written, seconds inside them (the scan's event loop waits meanwhile).

Modes, alternating in each run:

* ``per-event``: ``AJAR_CHECKPOINT_BATCH=1 AJAR_CHECKPOINT_SECONDS=0``, one write per event,
  what every scan did before batching (discovery progress every 0.25 s, each open port, each service);
* ``batched``: the defaults (:data:`~ajar.pipeline.checkpoint.BATCH_EVENTS` events or
  :data:`~ajar.pipeline.checkpoint.BATCH_SECONDS` s, whichever first, and every stage end).

Pass: batched does at most a tenth of the per-event writes, and spends less time writing.
Exit 0 on pass, 1 on fail.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BLOCK = "127.31.0.0/16"
MODES = {"per-event": {"AJAR_CHECKPOINT_BATCH": "1", "AJAR_CHECKPOINT_SECONDS": "0"}, "batched": {}}


def one(where: str | None, port: int, env: dict[str, str]) -> dict[str, float]:
    """One scan of the block; its checkpoint's counters and wall time."""
    from ajar.config import ScanConfig
    from ajar.pipeline.run import scan
    from ajar.probes import PROBES
    from ajar.resume import open_run

    for k in ("AJAR_CHECKPOINT_BATCH", "AJAR_CHECKPOINT_SECONDS"):
        os.environ.pop(k, None)
    os.environ.update(env)
    config = ScanConfig(targets=[BLOCK], ports=[port, port + 1], timeout=2, rate=None, concurrency=512, per_host=2)
    config, run, _ = open_run(config, None, store=where, no_store=where is None)
    t0 = time.perf_counter()
    rep = asyncio.run(scan(config, run=run, probes=PROBES[:1]))
    wall = time.perf_counter() - t0
    st = run.stats  # type: ignore[attr-defined]
    run.end()
    return {"wall": wall, "writes": st.writes, "events": st.events, "seconds": st.seconds,
            "open": sum(1 for s in rep.services if s.port == port)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", nargs="?", type=int, default=3)
    ap.add_argument("--open", type=int, default=500, help="listeners in the /16")
    ap.add_argument("--pg", help="a PostgreSQL URL to measure too (a database this bench may fill)")
    ap.add_argument("--only", choices=["sqlite", "journal", "postgresql"], help="measure this backend alone")
    a = ap.parse_args()
    listeners = subprocess.Popen([sys.executable, str(ROOT / "tests/scale/listeners.py"), BLOCK, str(a.open), "7"],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert listeners.stdout is not None
        port = json.loads(listeners.stdout.readline())["port"]
        results: dict[tuple[str, str], list[dict[str, float]]] = {}
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["AJAR_STATE_DIR"] = str(Path(tmp) / "state")
            backends: dict[str, str | None] = {"sqlite": None, "journal": None}
            if a.pg:
                backends["postgresql"] = a.pg
            if a.only:
                backends = {a.only: backends[a.only]}
            for i in range(a.runs):
                for backend, url in backends.items():
                    for mode, env in MODES.items():
                        where = f"sqlite:///{tmp}/{i}-{mode}.db" if backend == "sqlite" else url
                        r = one(where, port, env)
                        results.setdefault((backend, mode), []).append(r)
                        print(f"run {i + 1} {backend:<10} {mode:<9} wall {r['wall']:5.1f} s  open {r['open']:.0f}  "
                              f"writes {r['writes']:6.0f}  events {r['events']:6.0f}  writing {r['seconds']:6.3f} s",
                              flush=True)
    finally:
        listeners.kill()
        listeners.wait()
    ok = True
    print(f"\nmedians of {a.runs} run(s), {BLOCK} x 2 ports, {a.open} open; load {os.getloadavg()[0]:.1f}")
    print(f"{'backend':<10} {'mode':<9} {'writes':>7} {'events':>7} {'writing s':>9} {'wall s':>7}")
    for backend in dict.fromkeys(b for b, _ in results):
        med = {m: {k: statistics.median(r[k] for r in results[(backend, m)]) for k in results[(backend, m)][0]}
               for m in MODES}
        for m, v in med.items():
            print(f"{backend:<10} {m:<9} {v['writes']:7.0f} {v['events']:7.0f} {v['seconds']:9.3f} {v['wall']:7.1f}")
        before, after = med["per-event"], med["batched"]
        print(f"{backend:<10} ratio     {before['writes'] / max(after['writes'], 1):6.1f}x fewer writes, "
              f"{before['seconds'] / max(after['seconds'], 1e-9):.1f}x less time writing")
        ok &= after["writes"] * 10 <= before["writes"] and after["seconds"] < before["seconds"]
        ok &= before["open"] == after["open"] == a.open
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
