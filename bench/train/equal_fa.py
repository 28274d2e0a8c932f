"""Compare saved out-of-fold logits of ``cv.py`` at equal false alarms.

    python bench/train/equal_fa.py BEFORE.npy AFTER.npy [--targets 193,170,150] [--real FILE] [--sets k,l]
                                   [--score-slice 5]

For each target number of false alarms (none columns given a category), each model's "no personal data" prior
is set to the smallest value on a 0.01 grid that keeps its false alarms at or under the target; printed: the prior,
macro-F1, false alarms, and per category the columns found (recall) and the difference. The logits files are
``cv.py``'s (``$AJAR_CV_CACHE/cv-logits-*.npy``, rows in ``real_columns.jsonl.gz``'s order); the rows scored are
cv.py's by default (the full samples of every set; ``--score-slice 5``: each column's 5-record slice, as
``cv.py --score-slice``). Training data only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cv  # noqa: E402
import numpy as np  # noqa: E402
import run  # noqa: E402


def at_most(z: np.ndarray, y: np.ndarray, target: int) -> tuple[float, dict[str, object], np.ndarray]:
    """The smallest none prior (0.01 grid, -1..4) with at most ``target`` false alarms, its scores and predictions."""
    eye = np.eye(z.shape[1])
    for b in np.round(np.arange(-1.0, 4.001, 0.01), 2):
        pred = cv.predict(z, eye, float(b))
        if int(((pred != 0) & (y == 0)).sum()) <= target:
            return float(b), cv.scores(pred, y), pred
    raise SystemExit(f"no prior up to 4 keeps false alarms at or under {target}")


def found_per_class(pred: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The columns of each class (``run.CLASSES``' order) predicted as their class."""
    return np.array([int(((pred == c) & (y == c)).sum()) for c in range(len(run.CLASSES))])


def differences(found: np.ndarray, base: np.ndarray) -> str:
    """``name -3, health +8``: the categories whose columns found differ, as ``found`` - ``base``."""
    return ", ".join(
        f"{str(run.CLASSES[c]).split('.')[-1]} {d:+d}" for c in range(1, len(run.CLASSES)) if (d := found[c] - base[c])
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("logits", nargs="+", type=Path)
    ap.add_argument("--targets", default="193")
    ap.add_argument("--real", type=Path, default=run.REAL_PATH)
    ap.add_argument(
        "--only-folds", default="", help="score only the rows of these folds (cv.py's 5 folds by repository)"
    )
    ap.add_argument("--sets", default="", help="score only the rows of these real sets (comma-separated)")
    ap.add_argument(
        "--score-slice", type=int, default=0, help="score each column's slice of this many records (cv.py's option)"
    )
    a = ap.parse_args()
    _rx, ry, rg, rfull = run.real_rows(a.real)
    rows = cv.scored_rows(rfull, np.array(run.REAL_VARIANTS), np.array(run.REAL_TABLES), a.score_slice)
    if a.sets:
        rows &= np.isin(np.array(run.REAL_SETS), a.sets.split(","))
    if a.only_folds:
        fold = cv.folds_of(rg, 5, first=np.array(run.REAL_SETS) == "realworld")
        rows &= np.isin(fold, [int(f) for f in a.only_folds.split(",")])
    zs = [np.load(p)[rows] for p in a.logits]
    y = ry[rows]
    for target in (int(t) for t in a.targets.split(",")):
        print(f"at most {target} false alarms of {int((y == 0).sum())}:")
        base: np.ndarray | None = None
        for path, z in zip(a.logits, zs, strict=True):
            b, s, pred = at_most(z, y, target)
            found = found_per_class(pred, y)
            diff = "" if base is None else "; columns found vs the first: " + differences(found, base)
            base = found if base is None else base
            rec = s["recall"]
            health = rec.get("special.health", (0.0, 0))
            print(
                f"  {path.name}: none bias {b:.2f}, macro-F1 {s['macro_f1']:.4f}, false alarms {s['fa_n']}"
                f" ({s['false_alarms']:.2%}), health {health[0]:.3f} of {health[1]}{diff}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
