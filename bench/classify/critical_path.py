"""The CPU seconds on the critical path of ``ajar scan``: what an idle machine with a core for each process takes.

Run::

    .venv/bin/python bench/classify/critical_path.py FOLDER --rounds 5 --jobs 1 --jobs 2

On a shared machine the wall time of a parallel run says more about the other jobs than about ajar; CPU times
are disturbed less. This runs ``ajar scan FOLDER`` (every record, as ``ab_scan.py`` does) in a process that
records its own CPU time and each reader child's (``os.wait4``); the critical path is the scan process's CPU
plus that of its busiest child (with ``-j 1`` the reader child reads beside the classifying parent: the parent's
CPU alone). The settings alternate by round; medians are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

WRAPPER = """
import atexit, os, resource, sys
kids = []
from ajar.sources import files
def waitpid(pid, opt):
    p, status, ru = os.wait4(pid, opt)
    kids.append(ru.ru_utime + ru.ru_stime)
    return p, status
files.os.waitpid = waitpid
def done():
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print("CPU", ru.ru_utime + ru.ru_stime, *kids, file=sys.stderr)
atexit.register(done)
sys.argv = ["ajar", *sys.argv[1:]]
from ajar.launch import main
main()
"""


def one(folder: Path, jobs: int, out: Path) -> tuple[float, list[float]]:
    """The scan process's CPU seconds and each reader child's."""
    cmd = [sys.executable, "-c", WRAPPER, "scan", str(folder), "--no-store", "-o", str(out),
           "--sample", "10000", "--max-datasets", "100000", "-q", "-j", str(jobs)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    line = [ln for ln in done.stderr.splitlines() if ln.startswith("CPU ")]
    if done.returncode != 0 or not line:
        raise SystemExit(f"ajar scan -j {jobs} failed: {done.stderr[-2000:]}")
    parent, *kids = (float(x) for x in line[-1].split()[1:])
    return parent, kids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--jobs", type=int, action="append", help="a -j setting (repeatable; default 1 and 2)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    settings = args.jobs or [1, 2]
    got: dict[int, list[tuple[float, list[float]]]] = {j: [] for j in settings}
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="critical-path-") as tmp:
        for rnd in range(args.rounds):
            for j in settings if rnd % 2 == 0 else list(reversed(settings)):
                got[j].append(one(args.folder, j, Path(tmp) / "report.json"))
    after = os.getloadavg()
    print(f"load average before {' '.join(f'{x:.2f}' for x in load)}, after {' '.join(f'{x:.2f}' for x in after)}")
    for j, rows in got.items():
        crit = [p + (max(k) if k and j > 1 else 0.0) for p, k in rows]
        total = [p + sum(k) for p, k in rows]
        busiest = [max(k) if k else 0.0 for _, k in rows]
        print(f"-j {j}: median critical path {statistics.median(crit):.2f} s CPU (scan process "
              f"{statistics.median(p for p, _ in rows):.2f}, busiest child {statistics.median(busiest):.2f}), "
              f"all processes {statistics.median(total):.2f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
