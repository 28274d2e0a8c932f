"""Does gen_b help? Grouped cross-validation of the field model with and without it.

    python bench/train/gen_b/measure.py [--genb-seeds 1,2] [--folds 5] [--real-weight W] [--none-bias B]

Same folds (``cv.folds_of``: whole repositories of the real training columns left out), same
settings (``run.REAL_WEIGHT``, ``run.NONE_BIAS``, ``run.STEPS``, ``run.L2`` unless given), same
generated data; the only difference is gen_b's collections at ``--genb-seeds`` added to the
training rows. Printed for both: pooled CV on the left-out real columns (macro-F1, recall per
category, false alarms), and, trained on everything, two generated checks: the old evalgen
generator at seed 20261205 (its templates are in training at other seeds: a sanity check, an upper
bound) and gen_b at a seed never trained on (``--fresh``, default 99: for the model without gen_b
these are new templates and names; with it, the same templates at a new seed). Training data only;
no frozen evaluation set is read.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cv  # noqa: E402
import numpy as np  # noqa: E402
import run  # noqa: E402
from scipy import sparse  # noqa: E402


def _key() -> str:
    h = hashlib.sha256(cv._KEY.encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:10]


def main() -> int:
    warnings.simplefilter("ignore")
    import logging

    logging.getLogger("faker").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--genb-seeds", default="1,2")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--real-weight", type=float, default=run.REAL_WEIGHT)
    ap.add_argument("--none-bias", type=float, default=run.NONE_BIAS)
    ap.add_argument("--genb-weight", type=float, default=1.0, help="row weight of gen_b's fields")
    ap.add_argument("--fresh", type=int, default=99)
    ap.add_argument(
        "--only-with", action="store_true", help="skip the model without gen_b (deterministic: rerun is same)"
    )
    a = ap.parse_args()
    seeds = tuple(int(s) for s in a.genb_seeds.split(","))
    k = _key()
    gx, gy = cv.cached("gen", lambda: run.training_sets())
    bx, by = cv.cached(f"genb-{'_'.join(map(str, seeds))}-{k}", lambda: run.genb_sets(seeds))
    ex, ey = cv.cached("evalgen-20261205", lambda: run.evalgen_sets((20261205,)))
    fx, fy = cv.cached(f"genb-fresh{a.fresh}-{k}", lambda: run.genb_sets((a.fresh,)))
    rx, ry, rg, rfull = run.real_rows()
    rsets = np.array(run.REAL_SETS)
    # the folds of cv.py: the old repositories keep their folds when new sets come in
    fold = cv.folds_of(rg, a.folds, first=rsets == "realworld")
    print(
        f"generated {gx.shape[0]} fields; gen_b seeds {seeds}: {bx.shape[0]} fields; real {int(rfull.sum())} columns "
        f"in {len(set(rg))} repositories, {a.folds} folds; real weight {a.real_weight:g}, none bias {a.none_bias:g}",
        flush=True,
    )
    runs = [("without gen_b", None, None), (f"with gen_b (weight {a.genb_weight:g})", bx, by)]
    for label, extra_x, extra_y in runs[1:] if a.only_with else runs:
        t = time.perf_counter()
        base_x = gx if extra_x is None else sparse.vstack([gx, extra_x]).tocsr()
        base_y = gy if extra_y is None else np.concatenate([gy, extra_y])
        base_w = np.ones(len(base_y))
        if extra_y is not None:
            base_w[len(gy) :] = a.genb_weight
        pred = np.zeros(len(ry), dtype=int)
        for f in range(a.folds):
            tr = fold != f
            x = sparse.vstack([base_x, rx[tr]]).tocsr()
            y = np.concatenate([base_y, ry[tr]])
            w_rows = np.concatenate([base_w, np.full(int(tr.sum()), a.real_weight)])
            w = run.train(x, y, row_weight=w_rows)
            pred[~tr] = cv.predict(rx[~tr], w, a.none_bias)
        cv.show(f"CV {label}", cv.scores(pred[rfull], ry[rfull]))
        for name in sorted(set(rsets[rfull].tolist())):
            part = rfull & (rsets == name)
            cv.show(f"  set {name} only", cv.scores(pred[part], ry[part]))
        x = sparse.vstack([base_x, rx]).tocsr()
        y = np.concatenate([base_y, ry])
        w = run.train(x, y, row_weight=np.concatenate([base_w, np.full(len(ry), a.real_weight)]))
        cv.show(f"  evalgen seed 20261205 ({label})", cv.scores(cv.predict(ex, w, a.none_bias), ey))
        cv.show(f"  gen_b fresh seed {a.fresh} ({label})", cv.scores(cv.predict(fx, w, a.none_bias), fy))
        print(f"  ({time.perf_counter() - t:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    raise SystemExit(main())
