"""Write ``src/ajar/data/recache.bin``: the compiled regular expressions of the scan path (see ``ajar.recache``).

Run (after a change to ajar's regular expressions or a library upgrade; a stale file costs only speed)::

    .venv/bin/python scripts/recache.py            # write it
    .venv/bin/python scripts/recache.py --check    # how many of a scan's patterns the shipped file holds

Records every ``str`` pattern that ``ajar scan`` compiles, in the parent and in the reader child, on
an empty folder and on synthetic files (the evalgen2 generator at its training seed 1, never the seed
``bench/classify/throughput.py`` times), then stores each one's compiled code as ``re`` makes it. Every
pattern comes from code (ajar's detectors and vocabularies, phonenumbers' and stdnum's metadata, the
standard library, typer/rich): none is made from the values a scan reads, and the files are synthetic.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ajar import recache  # noqa: E402

TARGET = ROOT / "src" / "ajar" / "data" / recache.FILE
GENERATOR = ROOT / "bench" / "classify" / "evalgen2" / "generate.py"
SEED = 1  # a training seed of evalgen2 (run.OTHER_GENERATORS): the timed throughput files use 4242

# runs ajar's command line with every compile of a str pattern appended to the file named by argv[1]
_RECORD = r"""
import json, os, re, sys
from re import _compiler
original = _compiler.compile
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
def record(p, flags=0):
    if type(p) is str and not flags & re.DEBUG:
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename.startswith(os.path.dirname(re.__file__)):
            f = f.f_back
        where = f.f_globals.get("__name__", "?") if f is not None else "?"
        os.write(fd, (json.dumps([p, int(flags), where]) + "\n").encode())
    return original(p, flags)
record.__wrapped__ = original  # ajar.recache.install() leaves a wrapped compile alone
_compiler.compile = record
sys.argv = ["ajar", *sys.argv[2:]]
from ajar.launch import main
main()
"""


def record(folder: Path, log: Path, out: Path) -> None:
    cmd = [
        sys.executable, "-c", _RECORD, str(log), "scan", str(folder), "--no-store", "-o", str(out),
        "--sample", "10000", "--max-datasets", "100000", "-q",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run(cmd, env=env, check=True, capture_output=True)


def compiled(tmp: Path) -> dict[tuple[str, int], str]:
    """Every (pattern, flags) a scan of an empty folder and of the synthetic files compiles, and where."""
    empty, files, log = tmp / "empty", tmp / "files", tmp / "compiled.jsonl"
    empty.mkdir()
    subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(files), "--records", "20", "--seed", str(SEED)],
        check=True,
        capture_output=True,
    )
    (files / "labels.csv").unlink()
    record(empty, log, tmp / "empty.json")
    record(files, log, tmp / "files.json")
    found: dict[tuple[str, int], str] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        pattern, flags, where = json.loads(line)
        found.setdefault((pattern, flags), where)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="report the shipped file's coverage, write nothing")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ajar-recache-") as tmp:
        found = compiled(Path(tmp))
    by_module = collections.Counter(where.split(".")[0] for where in found.values())
    print(f"{len(found)} patterns compiled by a scan: " + ", ".join(f"{m} {n}" for m, n in by_module.most_common()))  # noqa: T201
    if args.check:
        shipped = recache.load() or {}
        held = sum(1 for k in found if k in shipped)
        print(f"{TARGET.name}: {len(shipped)} entries, {held} of the {len(found)} ({held / max(1, len(found)):.0%})")  # noqa: T201
        return 0
    table = {k: recache.entry(*k) for k in sorted(found)}
    TARGET.write_bytes(recache.pack(table))
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(table)} patterns, {TARGET.stat().st_size:,} bytes")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
