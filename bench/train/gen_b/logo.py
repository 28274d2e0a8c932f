"""Leave one generator out: does a second generator of training data help on a generator never seen?

    python bench/train/gen_b/logo.py [--none-bias B]

Three generators of labelled collections exist on the training side, by three authors:
``bench/train/schemas.py`` (S), the old labeller's ``bench/classify/evalgen`` (E, seeds 1-2 in
training) and ``bench/train/gen_b`` (B). Every model below trains on S, the project's hand sets and
all real training columns, plus at most one of E and B; it is scored on the generator it did not see
(E at seed 20261205, B at seed 99), so the score measures generalisation to a new author's templates
and names, the situation of a generated set nobody here wrote. Training data only: no frozen
evaluation set is read.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cv  # noqa: E402
import numpy as np  # noqa: E402
import run  # noqa: E402
from scipy import sparse  # noqa: E402


def _base() -> list[run.Labelled]:
    """``run.training_sets()`` without the old evalgen generator."""
    orig = run.evalgen_sets
    run.evalgen_sets = lambda seeds=(), *a, **k: orig(seeds, *a, **k) if seeds else []
    try:
        sets: list[run.Labelled] = run.training_sets()
        return sets
    finally:
        run.evalgen_sets = orig


def main() -> int:
    warnings.simplefilter("ignore")
    import logging

    logging.getLogger("faker").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--none-bias", type=float, default=run.NONE_BIAS)
    a = ap.parse_args()
    sx, sy = cv.cached("logo-s", _base)
    ex, ey = cv.cached("logo-e12", lambda: run.evalgen_sets((1, 2)))
    bx, by = cv.cached("logo-b12", lambda: run.genb_sets((1, 2)))
    eh, ehy = cv.cached("evalgen-20261205", lambda: run.evalgen_sets((20261205,)))
    bh, bhy = cv.cached("logo-b99", lambda: run.genb_sets((99,)))
    rx, ry, _rg, _rf = run.real_rows()

    def fit(parts: list[tuple[sparse.csr_matrix, np.ndarray]]) -> np.ndarray:
        x = sparse.vstack([p[0] for p in parts] + [rx]).tocsr()
        y = np.concatenate([p[1] for p in parts] + [ry])
        w = np.concatenate([np.ones(sum(len(p[1]) for p in parts)), np.full(len(ry), run.REAL_WEIGHT)])
        out: np.ndarray = run.train(x, y, row_weight=w)
        return out

    print(f"S {sx.shape[0]}, E {ex.shape[0]}, B {bx.shape[0]} fields; real {len(ry)} rows; none bias {a.none_bias:g}")
    w_s = fit([(sx, sy)])
    cv.show("S       -> E unseen", cv.scores(cv.predict(eh, w_s, a.none_bias), ehy))
    cv.show("S       -> B unseen", cv.scores(cv.predict(bh, w_s, a.none_bias), bhy))
    w_sb = fit([(sx, sy), (bx, by)])
    cv.show("S + B   -> E unseen", cv.scores(cv.predict(eh, w_sb, a.none_bias), ehy))
    w_se = fit([(sx, sy), (ex, ey)])
    cv.show("S + E   -> B unseen", cv.scores(cv.predict(bh, w_se, a.none_bias), bhy))
    return 0


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    raise SystemExit(main())
