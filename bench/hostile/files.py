"""Hostile files benchmark: each case scanned by ``ajar scan`` under resource limits, beside a naive reader.

    .venv/bin/python bench/hostile/files.py [--timeout 5] [--only CASE ...]

For every case of ``tests/sources/hostile_files.py`` (bombs, special files, escaping and nested
archives, a 3 GiB line), ``ajar scan PATH -o report.json --timeout T`` runs as a child under
``RLIMIT_AS`` (4 GiB of address space) and a wall-clock limit; its peak RSS is read from
``wait4`` (the largest process of its tree, ajar's per-file readers included). The case passes
when ajar exits 0 or 1, the report is written and holds a note or a coverage skip for the case,
peak RSS is under 1 GiB, and the wall time is within the ``--timeout`` budget (six periods per
file, plus start-up). The naive peer (what a script that trusts the file would do) runs under a
2 GiB limit and a 60 s timeout in the same run, to show what each case costs without bounds.
Exit status: 0 when every case passes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from ajar.sources.files import FILE_SECONDS_PER_TIMEOUT  # noqa: E402
from tests.sources import hostile_files  # noqa: E402

AJAR_AS = 4 << 30
PEER_AS = 2 << 30
RSS_TARGET = 1 << 30
STARTUP = 10.0

#: what a script that trusts the file does (run with the path as sys.argv[1])
PEERS = {
    "parquet_dictionary_bomb": "import pyarrow.parquet as pq,sys; pq.read_table(sys.argv[1]).to_pylist()",
    "sqlite_generated_columns": "import sqlite3 as s,sys; s.connect(sys.argv[1]).execute('select * from t').fetchall()",
    "bson_declares_2gib": "import bson,sys; list(bson.decode_file_iter(open(sys.argv[1],'rb')))",
    "json_line_3gib": "import json,sys; [json.loads(l) for l in open(sys.argv[1],'rb')]",
    "csv_line_3gib": "import csv,sys; list(csv.reader(open(sys.argv[1])))",
    "symlink_to_dev_zero": "import sys; open(sys.argv[1],'rb').read()",
    "fifo": "import sys; open(sys.argv[1],'rb').read()",
    "dir_with_link_to_parent": "import os,sys; print(sum(len(f) for _,_,f in os.walk(sys.argv[1],followlinks=True)))",
    "zip_bomb": "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); [z.read(n) for n in z.namelist()]",
    "gzip_bomb": "import gzip,json,sys; json.load(gzip.open(sys.argv[1]))",
    "large_sql_dump_2gib": "import sys; t=open(sys.argv[1]).read(); print(len(t.split(';')))",
}


def large_sql_dump(d: Path) -> Path:
    """A 2 GiB mysqldump (one 1 MiB extended INSERT repeated): read as a stream, sampled within the budget."""
    rows = ",".join(f"({i},'Name {i}','user{i}@example.com','1980-01-01')" for i in range(20_000))
    stmt = f"INSERT INTO `people` VALUES {rows};\n".encode()
    p = d / "big.sql"
    with p.open("wb") as fh:
        fh.write(b"-- MySQL dump 10.13\nCREATE TABLE `people` (`id` int, `name` text, `email` text, `born` date);\n")
        for _ in range((2 << 30) // len(stmt) + 1):
            fh.write(stmt)
    return p


#: cases too big for the test suite, run here only
BENCH_ONLY = {"large_sql_dump_2gib": large_sql_dump}


def _limit(nbytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (nbytes, nbytes))


def run_limited(cmd: list[str], nbytes: int, seconds: float) -> dict[str, object]:
    """Run ``cmd`` under an address-space limit and a wall-clock limit; peak RSS from wait4."""
    t0 = time.monotonic()
    proc = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=lambda: _limit(nbytes)
    )
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - t0 > seconds:
            proc.kill()  # our own child, by its PID
            timed_out = True
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    return {
        "seconds": round(time.monotonic() - t0, 2),
        "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
        "exit": proc.returncode,
        "timed_out": timed_out,
        "error": (err.strip().splitlines() or [""])[-1][:120],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timeout", type=float, default=5.0, help="ajar's --timeout (each file gets six of them)")
    ap.add_argument("--only", nargs="*", default=None, help="case names to run")
    ap.add_argument("--no-peer", action="store_true", help="skip the naive readers")
    args = ap.parse_args()
    py = sys.executable
    env_path = str(ROOT / "src")
    os.environ["PYTHONPATH"] = env_path + os.pathsep + os.environ.get("PYTHONPATH", "")
    budget = FILE_SECONDS_PER_TIMEOUT * args.timeout + STARTUP
    failed = 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="ajar-hostile-files-") as tmp:
        for case, build in {**hostile_files.CASES, **BENCH_ONLY}.items():
            if args.only and case not in args.only:
                continue
            d = Path(tmp) / case
            d.mkdir()
            path = build(d)
            out = d / "report.json"
            cmd = [py, "-m", "ajar", "scan", str(path), "-o", str(out), "-q", "--no-store"]
            cmd += ["--timeout", str(args.timeout)]
            res = run_limited(cmd, AJAR_AS, budget * 2)
            noted = False
            if out.exists():
                rep = json.loads(out.read_text())
                for svc in rep["services"]:
                    noted |= bool((svc.get("coverage") or {}).get("skipped"))
                    noted |= any(
                        n for ds in svc["datasets"] for n in ds.get("notes", []) if not n.startswith("read as")
                    )
            ok = (
                res["exit"] in (0, 1)
                and out.exists()
                and noted
                and float(res["peak_rss_mib"]) * (1 << 20) < RSS_TARGET  # type: ignore[arg-type]
                and float(res["seconds"]) <= budget  # type: ignore[arg-type]
            )
            failed += not ok
            peer: dict[str, object] = {}
            if not args.no_peer and case in PEERS:
                peer = run_limited([py, "-c", PEERS[case], str(path)], PEER_AS, 60.0)
            rows.append((case, ok, res, peer))
            print(
                f"{case:26} {'ok  ' if ok else 'FAIL'} ajar {res['seconds']:>6}s {res['peak_rss_mib']:>7} MiB "
                f"exit {res['exit']}"
                + (
                    f" | naive {peer['seconds']:>6}s {peer['peak_rss_mib']:>7} MiB "
                    f"{'timed out' if peer['timed_out'] else 'exit ' + str(peer['exit'])} {peer['error'][:50]}"
                    if peer
                    else ""
                ),
                flush=True,
            )
    print(f"\n{len(rows) - failed}/{len(rows)} cases bounded (peak RSS < 1 GiB, within {budget:g} s, a note each)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
