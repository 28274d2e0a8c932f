"""How often each detector sees its category at all, on the labelled real TRAINING tables.

    python bench/train/evidence.py                       # every training set whose data is here
    python bench/train/evidence.py --set a --set d       # these sets only
    python bench/train/evidence.py --names-only          # from labels.csv alone (no data needed)
    python bench/train/evidence.py --src /work/main/src  # the detectors of another checkout ("before")

The field model can only learn a category from evidence it is given. Per category this prints the
share of labelled columns where the category's detector gives **any** evidence: a value hit
(``hit``: any value read hits, as ``ajar scan`` reads the tables: ``real_columns.labelled_files``),
a name hint (``name``: the field's name is a ``name_hints``/``strong_hints`` word, or a
``conditional_hints`` or ``context_hints`` word), or either (``any``). Beside it, the cost: the share of ``none``
columns where that detector gives a hit, a name hint or either (false evidence), and the share of
``none`` columns where any detector gives a hit of strength >= 0.5 or a name hint.

Only the training sets (``real_columns.SETS``: realworld, a..f) are read; never a frozen
evaluation set. Nothing is written: values and names stay in this process.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", default=[], help="a training set of real_columns.SETS (default: all)")
    ap.add_argument("--names-only", action="store_true", help="name hints only, from labels.csv (no data read)")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the ajar sources whose detectors to measure")
    ap.add_argument("--strong", type=float, default=0.5, help="hit strength counted as strong on none columns")
    args = ap.parse_args()
    sys.path.insert(0, str(args.src))
    sys.path.insert(1, str(HERE))
    # ajar first, from --src: real_columns puts this checkout's sources on the path too
    from ajar.detectors import DETECTORS  # noqa: PLC0415
    from ajar.detectors.base import NameHint  # noqa: PLC0415
    from ajar.pipeline.features import detector_evidence, hint_of  # noqa: PLC0415
    from ajar.pipeline.flatten import flatten  # noqa: PLC0415
    from ajar.pipeline.names import field_name, matches  # noqa: PLC0415

    real_columns = importlib.import_module("real_columns")
    SETS, labelled_files = real_columns.SETS, real_columns.labelled_files  # noqa: N806

    dets = [d() for d in DETECTORS]
    by_cat = {d.category.value: d for d in dets}
    n: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    name: Counter[str] = Counter()
    anyev: Counter[str] = Counter()
    none_n = 0
    none_hit: Counter[str] = Counter()
    none_name: Counter[str] = Counter()
    none_any: Counter[str] = Counter()
    none_strong_any = 0
    sets = {k: v for k, v in SETS.items() if not args.set or k in args.set}

    def named(det: object, path: str) -> bool:
        fname = field_name(path)
        if hint_of(det, fname) in (NameHint.AGREES, NameHint.STRONG):  # type: ignore[arg-type]
            return True
        return any(
            bool(words) and matches(fname, words)
            for words in (getattr(det, "conditional_hints", ()), getattr(det, "context_hints", ()))
        )

    def tally(label: str, path: str, evidence: dict[str, tuple[float, float]]) -> None:
        nonlocal none_n, none_strong_any
        if label == "none":
            none_n += 1
            strong = False
            for d in dets:
                h = evidence.get(d.id, (0.0, 0.0))[0] > 0
                nm = named(d, path)
                none_hit[d.id] += h
                none_name[d.id] += nm
                none_any[d.id] += h or nm
                strong = strong or nm or evidence.get(d.id, (0.0, 0.0))[1] >= args.strong
            none_strong_any += strong
            return
        det = by_cat.get(label)
        if det is None:
            return
        n[label] += 1
        h = evidence.get(det.id, (0.0, 0.0))[0] > 0
        nm = named(det, path)
        hit[label] += h
        name[label] += nm
        anyev[label] += h or nm

    for set_name, (data, meta) in sets.items():
        labels_csv = meta / "labels.csv"
        if not labels_csv.is_file():
            continue
        with labels_csv.open(newline="", encoding="utf-8") as fh:
            labels = [r for r in csv.DictReader(fh) if r.get("category")]
        if args.names_only:
            for r in labels:
                tally(r["category"], r["path"], {})
            continue
        if not data.is_dir():
            print(f"set {set_name}: no data at {data}: skipped", file=sys.stderr)
            continue
        for _ds, records, want in labelled_files(data, labels):
            if not records:
                continue
            cols = flatten(records).columns
            for path, label in want.items():
                col = cols.get(path)
                if col is None:
                    continue
                ev = {}
                for d in dets:
                    e = detector_evidence(d, col)
                    ev[d.id] = (e.prevalence, e.top)
                tally(label, path, ev)
    print(f"sets: {','.join(sets)}  mode: {'names only' if args.names_only else 'values and names'}  src: {args.src}")
    print(f"{'category':26} {'cols':>5} {'hit':>6} {'name':>6} {'any':>6} | none: {'hit':>6} {'name':>6} {'any':>6}")
    rows: defaultdict[str, str] = defaultdict(str)
    for d in dets:
        c = d.category.value
        k = max(n[c], 1)
        z = max(none_n, 1)
        rows[c] = (
            f"{c:26} {n[c]:5d} {hit[c] / k:6.2f} {name[c] / k:6.2f} {anyev[c] / k:6.2f} |       "
            f"{none_hit[d.id] / z:6.3f} {none_name[d.id] / z:6.3f} {none_any[d.id] / z:6.3f}"
        )
    for c in sorted(rows):
        print(rows[c])
    print(
        f"none columns: {none_n}; with a name hint or a hit >= {args.strong} of any detector: "
        f"{none_strong_any / max(none_n, 1):.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
