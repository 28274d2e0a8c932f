"""Whole-process throughput of ``ajar scan`` on a folder of files, beside Presidio's analyzer on the same files.

Run: ``.venv/bin/python bench/classify/throughput.py`` (``--no-peer`` to time ajar alone).

1. Builds a folder of synthetic files with the evalgen2 generator (``evalgen2/generate.py``, a seed of
   its own, ``--records`` per table): 142 tables as ``mongoexport`` writes them (relaxed and
   canonical Extended JSON Lines), plain JSON Lines, JSON arrays and CSV, multilingual, with
   export noise. Its ``labels.csv`` is removed: only data files are timed.
2. Counts the non-empty leaf values in the files once (``presidio_peer.leaves``: arrays not
   indexed, a list of numbers is one value, an Extended JSON wrapper is one value).
3. In alternating rounds (ajar first in odd rounds, Presidio first in even ones), runs, each from
   exec to exit, timed by the wall clock and ``os.wait4`` (CPU time and peak RSS of the process
   and the children it waited for):

   * ajar as users run it: ``python -m ajar scan DIR --no-store -o OUT.json --sample 10000
     --max-datasets 100000 -q`` (``--jobs N`` adds ``-j N``), so every record of every file is
     classified (checked in the report: files read, datasets, records sampled); its modules
     byte-compiled first, as pip does at install (Presidio's were, by pip), so no timed run
     compiles a source tree;
   * Presidio's analyzer (``.venv-bench``, created by ``setup.sh`` if missing):
     ``presidio_peer.py DIR``, which imports presidio_analyzer, builds every predefined pattern
     recognizer plus ``PhoneRecognizer`` (no NLP model), reads the same files and analyses every
     value (checked: the same count of values).

4. Prints per round and the medians: wall and CPU seconds, peak RSS, values/s (values / wall);
   the ratio of the median values/s; the in-process latency of one 200-record x 20-field sample
   (``run.time_200x20``: fresh samples after a warm-up, whose first call is printed apart); the load
   average before and after.

Both processes' start-up (interpreter, imports, ajar's model and vocabularies; Presidio's spaCy
import and recognizer compilation) counts, as it does for a user.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import presidio_peer  # noqa: E402

SEED = 4242  # not evalgen2's own seed: these files are for timing, never scored
MAX_SAMPLE = 10_000  # ajar scan --sample's ceiling: tables must not be longer, or not every record is read


@dataclass
class Timed:
    tool: str
    round: int
    wall: float
    cpu: float
    rss_mb: float
    counts: dict[str, Any]


def build(folder: Path, records: int, seed: int) -> None:
    """Synthetic data files from the evalgen2 generator, without its labels."""
    subprocess.run(
        [
            sys.executable,
            str(HERE / "evalgen2" / "generate.py"),
            "--out",
            str(folder),
            "--records",
            str(records),
            "--seed",
            str(seed),
        ],
        check=True,
        capture_output=True,
    )
    (folder / "labels.csv").unlink()


def timed(cmd: list[str], env: dict[str, str], logs: Path) -> tuple[float, float, float, int]:
    """Run ``cmd`` from exec to exit (stdout to ``LOGS.out``, stderr to ``LOGS.err``): wall s, CPU s
    (user + system, with the children it waited for), peak RSS MB, exit code."""
    with logs.with_suffix(".out").open("wb") as out, logs.with_suffix(".err").open("wb") as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def run_ajar(folder: Path, work: Path, rnd: int, jobs: int | None = None) -> Timed:
    report = work / f"ajar-{rnd}.json"
    cmd = [
        sys.executable, "-m", "ajar", "scan", str(folder), "--no-store", "-o", str(report),
        "--sample", str(MAX_SAMPLE), "--max-datasets", "100000", "-q", *(["-j", str(jobs)] if jobs else []),
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    wall, cpu, rss, code = timed(cmd, env, work / f"ajar-{rnd}")
    if code != 0:
        raise SystemExit(f"ajar scan exited {code}: {(work / f'ajar-{rnd}.err').read_text()[-2000:]}")
    services = json.loads(report.read_text(encoding="utf-8"))["services"]
    datasets = [d for s in services for d in s.get("datasets") or ()]
    counts = {
        "files": sum((s.get("coverage") or {}).get("files_read", 0) for s in services),
        "datasets": len(datasets),
        "records": sum(d.get("records") or 0 for d in datasets),
        "sampled": sum(d.get("sampled") or 0 for d in datasets),
        "fields": sum(len(d.get("fields") or ()) for d in datasets),
        "classified": sum(1 for d in datasets for f in d.get("fields") or () if f.get("category")),
    }
    return Timed("ajar", rnd, wall, cpu, rss, counts)


def run_peer(python: Path, folder: Path, work: Path, rnd: int) -> Timed:
    cmd = [str(python), str(HERE / "presidio_peer.py"), str(folder)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    wall, cpu, rss, code = timed(cmd, env, work / f"presidio-{rnd}")
    if code != 0:
        raise SystemExit(f"presidio_peer.py exited {code}: {(work / f'presidio-{rnd}.err').read_text()[-2000:]}")
    counts = json.loads((work / f"presidio-{rnd}.out").read_text().strip().splitlines()[-1])
    return Timed("presidio", rnd, wall, cpu, rss, counts)


def peer_python(path: str | None) -> Path:
    if path:
        return Path(path)
    py = ROOT / ".venv-bench" / "bin" / "python"
    if not py.exists():
        import run  # imports ajar: only in this driver process, never in a timed one

        made = run.ensure_bench_venv()
        if made is None:
            raise SystemExit("no .venv-bench: run bench/classify/setup.sh, or pass --no-peer")
        py = made
    return py


def byte_compile() -> None:
    """ajar's modules byte-compiled, as pip does at install (Presidio's were, by pip): this machine sets
    ``PYTHONDONTWRITEBYTECODE``, so a source tree would be compiled again in every timed run."""
    import compileall

    compileall.compile_dir(str(ROOT / "src" / "ajar"), quiet=1)


def git_head() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() or "?"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=20, help="records per table (142 tables; default 20)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3; medians are reported)")
    ap.add_argument("--no-peer", action="store_true", help="time ajar only (no Presidio, no .venv-bench)")
    ap.add_argument("--peer-python", help="the Python that has presidio-analyzer (default .venv-bench/bin/python)")
    ap.add_argument("--jobs", type=int, help="ajar scan -j N (default: ajar's own, the usable CPUs up to 4)")
    ap.add_argument("--latency-runs", type=int, default=15, help="fresh 200 x 20 samples timed in process (0: none)")
    args = ap.parse_args()
    if not 1 <= args.records <= MAX_SAMPLE or args.rounds < 1:
        ap.error(f"--records must be 1..{MAX_SAMPLE} and --rounds at least 1")
    python = None if args.no_peer else peer_python(args.peer_python)
    byte_compile()

    with tempfile.TemporaryDirectory(prefix="ajar-throughput-") as tmp:
        folder, work = Path(tmp) / "files", Path(tmp) / "work"
        work.mkdir()
        build(folder, args.records, args.seed)
        files = presidio_peer.data_files(folder)
        n_records = sum(1 for f in files for _ in presidio_peer.records(f))
        n_values = sum(1 for f in files for _ in presidio_peer.leaves(f))
        size = sum(f.stat().st_size for f in files)
        kinds = {s: sum(1 for f in files if f.suffix == s) for s in presidio_peer.DATA_SUFFIXES}
        load_before = os.getloadavg()
        results: list[Timed] = []
        for rnd in range(1, args.rounds + 1):
            order = ["ajar", "presidio"] if rnd % 2 else ["presidio", "ajar"]
            for tool in order:
                if tool == "ajar":
                    results.append(run_ajar(folder, work, rnd, args.jobs))
                elif python is not None:
                    results.append(run_peer(python, folder, work, rnd))
        load_after = os.getloadavg()
        shutil.rmtree(folder)

    jobs = f"-j {args.jobs}" if args.jobs else f"-j default: {len(os.sched_getaffinity(0))} usable CPUs, up to 4"
    print(f"throughput, whole process, ajar {git_head()} ({jobs}; median of {args.rounds} alternating rounds)")
    print(
        f"files: {len(files)} ({', '.join(f'{n} {s}' for s, n in kinds.items())}; evalgen2 tables, seed {args.seed},"
        f" {args.records} records each), {n_records:,} records, {n_values:,} non-empty leaf values,"
        f" {size / 1e6:.1f} MB"
    )
    problems = check(results, len(files), n_records, n_values)
    print(f"{'round':>5}  {'tool':9} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'values/s':>10}")
    for r in results:
        print(f"{r.round:>5}  {r.tool:9} {r.wall:8.2f} {r.cpu:8.2f} {r.rss_mb:12.0f} {n_values / r.wall:10,.0f}")
    medians: dict[str, float] = {}
    for tool in ("ajar", "presidio"):
        rows = [r for r in results if r.tool == tool]
        if not rows:
            continue
        wall = statistics.median(r.wall for r in rows)
        cpu = statistics.median(r.cpu for r in rows)
        medians[tool] = n_values / wall
        medians[tool + "_cpu"] = n_values / cpu
        print(
            f"{'median':>5}  {tool:9} {wall:8.2f} {cpu:8.2f} {statistics.median(r.rss_mb for r in rows):12.0f}"
            f" {n_values / wall:10,.0f}"
        )
    if "presidio" in medians:
        peer = next(r for r in results if r.tool == "presidio")
        print(
            f"ratio (median values/s, wall): {medians['ajar'] / medians['presidio']:,.1f}x"
            f"   (by CPU seconds: {medians['ajar_cpu'] / medians['presidio_cpu']:,.1f}x;"
            f" Presidio: {peer.counts['recognizers']} recognizers, presidio-analyzer {peer.counts.get('version', '?')})"
        )
    if args.latency_runs:
        import run  # in this driver process, after the timed ones

        now = datetime.now(UTC).replace(microsecond=0)
        med, worst, nf, first = run.time_200x20(args.seed, now, args.latency_runs)
        print(
            f"200 records x {nf} fields, in process after warm-up: median {med:.1f} ms, worst {worst:.1f} ms"
            f" ({args.latency_runs} fresh samples; the warm-up, the process's first call: {first:.1f} ms)"
        )
    print(
        "load average (1/5/15 min): before " + " ".join(f"{x:.2f}" for x in load_before)
        + ", after " + " ".join(f"{x:.2f}" for x in load_after)
    )  # fmt: skip
    for p in problems:
        print(f"PROBLEM: {p}")
    return 1 if problems else 0


def check(results: list[Timed], files: int, records: int, values: int) -> list[str]:
    """Both tools did the whole job: ajar read every file and classified every record, Presidio every value."""
    out = []
    for r in results:
        c = r.counts
        if r.tool == "ajar":
            if c["files"] != files or c["sampled"] != records or c["records"] != records:
                out.append(
                    f"round {r.round}: ajar read {c['files']}/{files} files, sampled {c['sampled']:,} of"
                    f" {c['records']:,} records ({records:,} in the files)"
                )
        elif c["values"] != values or c["files"] != files:
            out.append(f"round {r.round}: Presidio analysed {c['values']:,}/{values:,} values in {c['files']} files")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
