"""Check that a change left the field model's inputs as they were: snapshot them before, snapshot after, compare.

Run (``PYTHONHASHSEED=0``, as training runs: some generators build word lists from sets)::

    PYTHONPATH=OLD/src .venv/bin/python bench/classify/same_features.py snapshot before.pkl DIR ...   # old code
    PYTHONPATH=src .venv/bin/python bench/classify/same_features.py snapshot after.pkl DIR ...        # new code
    .venv/bin/python bench/classify/same_features.py compare before.pkl after.pkl    # exit 1 on a difference

The committed real columns (``bench/train/real_columns.jsonl.gz``) are feature vectors made from data that is not
on every machine, so a change must not move any feature value: the shipped model would no longer match its
training rows. A snapshot holds, for every field of every dataset read from the folders (``read_path`` in this
process, every record) and of the own sets (``datasets``, ``heldout``, ``heldout2``: fixed seed and clock),
its feature vector as ``field_vectors`` makes it (items in their order), every detector's evidence (prevalence,
support, mean, top, number of hits) and the model's probabilities. ``same_report.py`` compares what is reported.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from same_report import add_compare, own_data  # noqa: E402


def snapshot(folders: list[Path], records: int) -> dict[str, Any]:
    """Per dataset: its fields' vectors, evidence and probabilities."""
    from ajar.models import Record
    from ajar.pipeline.classify import field_vectors
    from ajar.pipeline.flatten import flatten
    from ajar.pipeline.model import load_model
    from ajar.sources.files import read_path

    model = load_model()
    out: dict[str, Any] = {}

    def add(key: str, recs: list[Record]) -> None:
        vectors, evidence = field_vectors(flatten(recs), len(recs), model.index)
        out[key] = {
            "vectors": [(p, list(x.items())) for p, x in vectors.items()],
            "evidence": {p: {d: (e.prevalence, e.support, e.mean, e.top, len(e.hits)) for d, e in by.items()}
                         for p, by in evidence.items()},  # fmt: skip
            "probabilities": [(p, model.probabilities(x)) for p, x in vectors.items()],
        }

    for folder in folders:
        for i, fd in enumerate(read_path(folder, 10_000, isolate=False, max_datasets=100_000)):
            if fd.sample:
                add(f"{folder}/{i}/{fd.name}", fd.sample)
    for set_name, data in own_data(records).items():
        for i, (name, recs, _labels) in enumerate(data):
            add(f"{set_name}/{i}/{name}", [Record(r) for r in recs])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    snap = sub.add_parser("snapshot", help="write every field's features, evidence and probabilities")
    snap.add_argument("out", type=Path)
    snap.add_argument("folders", type=Path, nargs="*", help="folders of files, read as a scan reads them")
    snap.add_argument("--records", type=int, default=50, help="records per dataset of the own sets")
    add_compare(sub)
    args = ap.parse_args()
    if args.cmd == "snapshot":
        doc = snapshot(args.folders, args.records)
        args.out.write_bytes(pickle.dumps(doc))
        print(f"{args.out}: {len(doc)} datasets, {sum(len(d['vectors']) for d in doc.values())} fields")
        return 0
    a, b = (pickle.loads(p.read_bytes()) for p in (args.a, args.b))  # noqa: S301 - own snapshots
    diffs = sorted(set(a) ^ set(b)) + [k for k in a.keys() & b.keys() if a[k] != b[k]]
    for d in diffs[:40]:
        print(f"differs: {d}")
    print(f"{len(diffs)} dataset(s) differ" if diffs else f"same: {len(a)} datasets, field by field")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
