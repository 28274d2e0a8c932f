"""Time `ajar scan 127.0.0.2 127.0.0.3` (the whole lab) beside `nmap -sT -sV` on the same ports.

nmap runs a TCP connect scan (``-sT``): no raw packets.

Prints the median wall time of each over N runs, their ratio, ajar's per-stage counts, and
whether the 30-second target of issue 3 holds. nmap only fingerprints; ajar also checks
access, inventories, samples, classifies and assesses, so the ratio is a ceiling on overhead.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ajar.pipeline.run import default_ports
from ajar.probes import PROBES

TARGETS = ["127.0.0.2", "127.0.0.3"]
TARGET_SECONDS = 30.0


def timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    return time.perf_counter() - t0, r


def main(runs: int) -> int:
    ports = ",".join(map(str, default_ports(PROBES)))
    ajar_t, nmap_t = [], []
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.json"
        for _ in range(runs):
            t, r = timed([sys.executable, "-m", "ajar", "scan", *TARGETS, "-q", "-o", str(out)])
            if r.returncode not in (0, 1):
                print(r.stderr[-2000:])
                return 2
            ajar_t.append(t)
            report = json.loads(out.read_text())
            if shutil.which("nmap"):
                t, _ = timed(["nmap", "-sT", "-sV", "-Pn", "-n", "-T4", "-p", ports, *TARGETS, "-oX", "-"])
                nmap_t.append(t)
    services = report.get("services", [])
    assert isinstance(services, list)
    datasets = sum(len(s["datasets"]) for s in services)
    sampled = sum(d["sampled"] for s in services for d in s["datasets"])
    a = statistics.median(ajar_t)
    print(f"ajar scan {' '.join(TARGETS)}: median {a:.2f}s over {runs} runs "
          f"({len(services)} services, {datasets} datasets, {sampled} records sampled and classified)")
    if nmap_t:
        n = statistics.median(nmap_t)
        print(f"nmap -sT -sV -p <same {len(ports.split(','))} ports>: median {n:.2f}s  → ajar/nmap = {a / n:.2f}")
    else:
        print("nmap not installed: no peer figure")
    ok = a < TARGET_SECONDS
    print(f"target: whole lab in < {TARGET_SECONDS:.0f}s: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
