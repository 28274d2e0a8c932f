"""Whole-process CPU of ``ajar scan`` from two source trees, alternating in the same minutes.

Run::

    git archive OLD | tar -x -C /tmp/old        # the code before a change (byte-compile both trees first)
    .venv/bin/python bench/classify/ab_scan.py /tmp/old/src src FOLDER --rounds 7
    .venv/bin/python bench/classify/ab_scan.py src src FOLDER --before-args="-j 1"   # one tree, two options
    .venv/bin/python bench/classify/ab_scan.py /tmp/old/src src FOLDER --parent      # + the scan process's own CPU

On a shared machine CPU seconds grow with the load, so two runs at different moments do not compare two
versions of ajar; rounds that alternate the trees do. Prints the median wall and CPU seconds (user + system,
the reader children included) of each tree and their ratio, and the median of the wall times' ratios.
"""

from __future__ import annotations

import argparse
import math
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: ``--parent``: ``python -m ajar`` that also writes the scan process's own CPU seconds (its reader children's
#: not counted) when it exits, after everything but the interpreter's own teardown
PARENT = """
import atexit, resource, runpy, sys
def done():
    ru = resource.getrusage(resource.RUSAGE_SELF)
    sys.stderr.write(f"PARENT-CPU {ru.ru_utime + ru.ru_stime}\\n")
atexit.register(done)
sys.argv = ["ajar", *sys.argv[1:]]
runpy.run_module("ajar", run_name="__main__", alter_sys=True)
"""


def run(src: Path, folder: Path, out: Path, extra: list[str], parent: bool = False) -> tuple[float, float, float]:
    """Wall and CPU seconds of one ``ajar scan`` of every record of ``folder`` with ajar from ``src``, and (with
    ``parent``) the scan process's own CPU seconds (else NaN)."""
    cmd = [
        sys.executable, *(["-c", PARENT] if parent else ["-m", "ajar"]), "scan", str(folder), "--no-store",
        "-o", str(out), "--sample", "10000", "--max-datasets", "100000", "-q", *extra,
    ]  # fmt: skip
    t = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(src)}
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err if parent else subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"ajar scan from {src} failed")
        err.seek(0)
        own = [float(line.split()[1]) for line in err.read().decode(errors="replace").splitlines()
               if line.startswith("PARENT-CPU ")]  # fmt: skip
    return wall, usage.ru_utime + usage.ru_stime, own[-1] if own else math.nan


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before", type=Path, help="the src directory of the code before")
    ap.add_argument("after", type=Path, help="the src directory of the code after")
    ap.add_argument("folder", type=Path, help="the files to scan")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--before-args", default="", help="more options of the first tree's scans (e.g. \"-j 1\")")
    ap.add_argument("--after-args", default="", help="more options of the second tree's scans")
    ap.add_argument("--parent", action="store_true", help="also the scan process's own CPU (children not counted)")
    args = ap.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    extra = {"before": shlex.split(args.before_args), "after": shlex.split(args.after_args)}
    got: dict[str, list[tuple[float, float, float]]] = {name: [] for name in trees}
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="ab-scan-") as tmp:
        for rnd in range(args.rounds):
            for name in list(trees) if rnd % 2 == 0 else list(reversed(trees)):
                got[name].append(run(trees[name], args.folder, Path(tmp) / f"{name}.json", extra[name], args.parent))
    after = os.getloadavg()
    print(f"load average before {' '.join(f'{x:.2f}' for x in load)}, after {' '.join(f'{x:.2f}' for x in after)}")
    cpu = {}
    for name, rows in got.items():
        cpu[name] = statistics.median(c for _, c, _ in rows)
        print(
            f"{name:6} median wall {statistics.median(w for w, _, _ in rows):.2f} s, CPU {cpu[name]:.2f} s"
            f" (each: {' '.join(f'{c:.2f}' for _, c, _ in rows)})"
        )
        if args.parent:
            own = [p for _, _, p in rows]
            print(f"{'':6} the scan process's own CPU: median {statistics.median(own):.3f} s"
                  f" (each: {' '.join(f'{p:.3f}' for p in own)})")  # fmt: skip
    ratios = [a[0] / b[0] for a, b in zip(got["after"], got["before"], strict=True)]
    print(f"CPU after / before: {cpu['after'] / cpu['before']:.3f}; wall after / before, median of the rounds' "
          f"ratios: {statistics.median(ratios):.3f}")  # fmt: skip
    if args.parent:
        own_ratios = [a[2] / b[2] for a, b in zip(got["after"], got["before"], strict=True)]
        print(f"the scan process's own CPU after / before, median of the rounds' ratios: "
              f"{statistics.median(own_ratios):.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
