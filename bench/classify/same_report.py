"""Check that a change left ajar's findings as they were: snapshot them before, snapshot after, compare.

Run::

    .venv/bin/python bench/classify/same_report.py snapshot before.json --scan DIR ...   # on the old code
    .venv/bin/python bench/classify/same_report.py snapshot after.json --scan DIR ...    # on the new code
    .venv/bin/python bench/classify/same_report.py compare before.json after.json        # exit 1 on a difference

A snapshot holds, field by field, everything ``classify_records`` says of every dataset of the own
sets (``datasets``, ``heldout``, ``heldout2``: fixed seed and clock), and the whole JSON report of one
``ajar scan`` of each ``--scan`` folder (e.g. the throughput files: ``throughput.py --keep DIR``; the
old ``evalgen``/``realworld`` sets, now training data). Only what depends on the clock is left out: the
report's start and finish times and each dataset's ``newest_record_age_seconds`` (also as a finding's detail
says it: ``newest record 1,157 min old``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import datasets  # noqa: E402
import heldout  # noqa: E402
import heldout2  # noqa: E402

from ajar.models import Record  # noqa: E402

NOW = datetime(2026, 1, 1, tzinfo=UTC)
SEED = 42
VOLATILE = frozenset({"started", "finished", "newest_record_age_seconds"})
#: the same age said in a liveness finding's detail (``newest record 1,157 min old``)
_AGE = re.compile(r"newest record [\d,.]+ min old")


def own_data(records: int) -> dict[str, list[datasets.Dataset]]:
    """The own sets' datasets (fixed seed and clock), ``records`` records each."""
    return {
        "datasets": datasets.build(SEED, NOW, records, 2),
        "heldout": heldout.build(SEED, NOW, records),
        "heldout2": heldout2.build(SEED, NOW, records),
    }


def own_sets(records: int) -> dict[str, Any]:
    """Every dataset of the own sets, classified in this process: its fields and what they reveal."""
    from dataclasses import asdict

    from ajar.pipeline.classify import classify_records

    out: dict[str, Any] = {}
    for set_name, data in own_data(records).items():
        for i, (name, recs, _labels) in enumerate(data):
            got = classify_records([Record(r) for r in recs])
            doc = asdict(got)
            doc["fields"] = [f.model_dump(mode="json") for f in got.fields]
            out[f"{set_name}/{i}/{name}"] = json.loads(json.dumps(doc, default=_plain))
    return out


def _plain(obj: Any) -> Any:
    dump = getattr(obj, "model_dump", None)
    return dump(mode="json") if dump is not None else str(obj)


def scan(folder: Path) -> Any:
    """The JSON report of ``ajar scan FOLDER`` (every record of every file), clock-dependent keys left out."""
    with tempfile.TemporaryDirectory(prefix="same-report-") as tmp:
        report = Path(tmp) / "report.json"
        cmd = [
            sys.executable, "-m", "ajar", "scan", str(folder), "--no-store", "-o", str(report),
            "--sample", "10000", "--max-datasets", "100000", "-q",
        ]  # fmt: skip
        subprocess.run(cmd, check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        return strip(json.loads(report.read_text(encoding="utf-8")))


def strip(doc: Any) -> Any:
    if isinstance(doc, dict):
        return {k: strip(v) for k, v in doc.items() if k not in VOLATILE}
    if isinstance(doc, list):
        return [strip(v) for v in doc]
    if isinstance(doc, str) and "min old" in doc:
        return _AGE.sub("newest record … min old", doc)
    return doc


def differences(a: Any, b: Any, where: str = "") -> list[str]:
    """Where two snapshots differ (paths into the documents)."""
    if type(a) is not type(b):
        return [f"{where}: {type(a).__name__} vs {type(b).__name__}"]
    if isinstance(a, dict):
        out = [f"{where}/{k}: only in one" for k in sorted(set(a) ^ set(b))]
        for k in a.keys() & b.keys():
            out.extend(differences(a[k], b[k], f"{where}/{k}"))
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{where}: {len(a)} vs {len(b)} items"]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in differences(x, y, f"{where}/{i}")]
    return [] if a == b else [f"{where}: {str(a)[:80]!r} vs {str(b)[:80]!r}"]


def add_compare(sub: Any) -> None:
    """The ``compare A B`` command of a snapshot tool: exit 1 if the two snapshots differ."""
    cmp = sub.add_parser("compare", help="exit 1 if two snapshots differ")
    cmp.add_argument("a", type=Path)
    cmp.add_argument("b", type=Path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    snap = sub.add_parser("snapshot", help="write what ajar finds, field by field")
    snap.add_argument("out", type=Path)
    snap.add_argument("--scan", type=Path, action="append", default=[], help="a folder to scan (repeatable)")
    snap.add_argument("--records", type=int, default=50, help="records per dataset of the own sets")
    add_compare(sub)
    args = ap.parse_args()
    if args.cmd == "snapshot":
        doc = {"own": own_sets(args.records), "scans": {str(f): scan(f) for f in args.scan}}
        args.out.write_text(json.dumps(doc, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        n = len(doc["own"]) + sum(len(s.get("services", [{}])[0].get("datasets") or ()) for s in doc["scans"].values())
        print(f"{args.out}: {n} datasets")
        return 0
    a, b = (strip(json.loads(p.read_text(encoding="utf-8"))) for p in (args.a, args.b))
    diffs = differences(a, b)
    for d in diffs[:40]:
        print(d)
    print(f"{len(diffs)} difference(s)" if diffs else "same, field by field")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
