"""A second pass over the table: a column's first-pass logits, moved by what the model read in the rest of its dataset.

    python bench/train/table.py CV_LOGITS.npy [--none-bias 1.4] [--targets 194,232] [--l2 1e-3] [--moved 14]
                                [--own] [--health-weight 1] [--save Z2.npy]
    python bench/train/cv.py --real-weight 3 --none-bias 1.4 --second-pass      # the same after a CV run

An experiment (round 9, ``bench/README.md``): **not shipped**, it finds no health column a health prior of the first
pass alone would not find at the same health false alarms. Stacking (collective classification): the field model
(``run.py``) reads one column with its neighbours' names and evidence; it never sees what it concluded about them.
The second pass does. For a column ``i`` of a dataset, from the first pass's probabilities ``p`` of the *other*
columns ``j`` of the same dataset (``p`` with the "no personal data" prior ``--none-bias``, as the shipped model
gives them), ``FEATURES``:

* ``health_max``, ``health_second``, ``health_mean``: the largest, second largest and mean P(health) of the others;
* ``health_share``: the share of the others whose P(health) is over one half;
* ``personal_mean``: the mean of 1 - P(none) over the others (how personal the rest of the table reads);
* ``siblings``: log(1 + the number of others) / 5;
* ``own_x_health_max``, ``own_x_health_share``: the column's own P(health) times ``health_max`` and ``health_share``;
* with ``--own``, the column's own value shapes (``OWN``: flags, numbers, distinct share, clinical readings) times
  ``health_max`` and ``health_share``.

A column alone in its dataset has all of them 0 (it keeps its first-pass class). The second model is ``logits2 =
logits1 + t @ W`` (``t`` the features, ``W`` features x classes, no intercept, only the columns of ``MOVED`` fitted:
health; the first-pass logits are a fixed offset), fitted by L-BFGS on the real labelled columns' **out-of-fold**
first-pass logits (``cv.py`` saves them: each came from a model that never trained on that column's repository), all
three sample variants (a table is one dataset of one variant: ``real_columns.py``'s opaque table id ``t``), each row
weighted as ``run.py`` weighs it (``real_columns.WIDE``), L2 ``L2`` on ``W``; deterministic (no randomness).

Scored by nested grouped CV, never on what it was fitted on: the second model of fold ``f`` is fitted on the other
folds' out-of-fold logits and applied to fold ``f`` (cv.py's folds: whole repositories; the first pass of the other
folds' rows did train on fold ``f``, as in any stacking by CV). Printed at each target number of false alarms (each
model's none prior at the smallest 0.01 step with at most that many, as ``equal_fa.py`` does): macro-F1, health recall,
per category the columns found against the first pass, the health false alarms of the look-alike parts ``d`` and
``i``; then health alone: the columns found with at most N none columns read as health, the health prior moved alone
(a ranking test: a gain there is one no class prior of the first pass gives). Training data only; the frozen evaluation
sets are never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cv  # noqa: E402
import numpy as np  # noqa: E402
import run  # noqa: E402
from scipy import optimize  # noqa: E402

from ajar.detectors import DETECTORS  # noqa: E402
from ajar.pipeline.features import dense_names  # noqa: E402

FEATURES = (
    "health_max",
    "health_second",
    "health_mean",
    "health_share",
    "personal_mean",
    "siblings",
    "own_x_health_max",
    "own_x_health_share",
)
#: the column's own dense features crossed with ``health_max`` and ``health_share`` (``FEATURES`` continues with
#: ``max_x_<name>`` then ``share_x_<name>`` for each): a flag, a number or a clinical reading in a clinical table
OWN = ("kind_bool", "numeric", "distinct", "flag_vocab", "clin_measure", "clin_sign", "clin_code", "analyte_in")
ALL_FEATURES = FEATURES + tuple(f"max_x_{n}" for n in OWN) + tuple(f"share_x_{n}" for n in OWN)
#: L2 on the second model's weights (chosen by this command's grouped CV)
L2 = 1e-3
HEALTH = run.CLASSES.index(run.Category.HEALTH)
#: the classes whose logits the second pass moves (health; ``--moved 0,14`` moves "no personal data" too); the others
#: keep the first pass's
MOVED: tuple[int, ...] = (HEALTH,)


def softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def features(p: np.ndarray, tables: np.ndarray, own: np.ndarray | None = None) -> np.ndarray:
    """The table features of each row (``ALL_FEATURES``' order) from first-pass probabilities ``p`` (rows x classes)
    and the rows' own dense features ``own`` (rows x ``OWN``; None: the first ``FEATURES`` only); rows of one
    ``tables`` value are one dataset."""
    t = np.zeros((len(p), len(FEATURES) + (2 * len(OWN) if own is not None else 0)))
    order = np.argsort(tables, kind="stable")
    cuts = np.flatnonzero(np.diff(tables[order]) != 0) + 1
    for rows in np.split(order, cuts):
        m = len(rows) - 1
        if m < 1:
            continue
        h = p[rows, HEALTH]
        personal = 1.0 - p[rows, 0]
        top = np.argsort(-h, kind="stable")
        first, second = h[top[0]], h[top[1]]
        third = h[top[2]] if m >= 2 else 0.0
        is_first = np.arange(len(rows)) == top[0]
        is_second = np.arange(len(rows)) == top[1]
        hmax = np.where(is_first, second, first)
        hsec = np.where(is_first | is_second, third, second) if m >= 2 else np.zeros(len(rows))
        over = (h > 0.5).astype(float)
        hmean = (h.sum() - h) / m
        share = (over.sum() - over) / m
        t[rows, 0] = hmax
        t[rows, 1] = hsec
        t[rows, 2] = hmean
        t[rows, 3] = share
        t[rows, 4] = (personal.sum() - personal) / m
        t[rows, 5] = np.log1p(m) / 5.0
        t[rows, 6] = h * hmax
        t[rows, 7] = h * share
        if own is not None:
            t[rows, 8 : 8 + len(OWN)] = own[rows] * hmax[:, None]
            t[rows, 8 + len(OWN) :] = own[rows] * share[:, None]
    return t


def own_features(x: Any) -> np.ndarray:
    """The ``OWN`` columns of feature rows ``x`` (sparse, ``run.featurise``'s layout), dense."""
    index = {n: i for i, n in enumerate(dense_names([d() for d in DETECTORS]))}
    return np.asarray(x[:, [index[n] for n in OWN]].todense())


def fit(
    z: np.ndarray, t: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2, classes: tuple[int, ...] = ()
) -> np.ndarray:
    """``W`` (features x classes) minimising the weighted cross-entropy of ``softmax(z + t @ W)`` plus ``l2``|W|²;
    only the columns of ``classes`` (default ``MOVED``) are fitted, the others stay 0."""
    k = z.shape[1]
    free = np.zeros(k, dtype=bool)
    free[list(classes or MOVED)] = True
    onehot = np.zeros_like(z)
    onehot[np.arange(len(y)), y] = 1.0
    sw = w / w.sum()

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        wm = flat.reshape(t.shape[1], k)
        s = z + t @ wm
        s = s - s.max(axis=1, keepdims=True)
        logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
        value = -float((sw * (onehot * logp).sum(axis=1)).sum()) + l2 * float((wm * wm).sum())
        grad = t.T @ ((np.exp(logp) - onehot) * sw[:, None]) + 2 * l2 * wm
        return value, (grad * free).ravel()

    res = optimize.minimize(loss, np.zeros(t.shape[1] * k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return np.asarray(res.x).reshape(t.shape[1], k)


def second(z: np.ndarray, tables: np.ndarray, wm: np.ndarray, none_bias: float) -> np.ndarray:
    """Second-pass logits of first-pass logits ``z`` (without the none prior, as cv.py saves them)."""
    z1 = z.copy()
    z1[:, 0] += none_bias
    return z1 + features(softmax(z1), tables) @ wm


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("logits", type=Path, help="cv.py's out-of-fold logits ($AJAR_CV_CACHE/cv-logits-*.npy)")
    ap.add_argument("--none-bias", type=float, default=run.NONE_BIAS, help="the first pass's none prior")
    ap.add_argument("--targets", default="194")
    ap.add_argument("--l2", default=str(L2), help="comma-separated: each is scored")
    ap.add_argument("--real", type=Path, default=run.REAL_PATH)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--moved", default="", help="the classes moved, as indices of run.CLASSES, comma-separated (default MOVED)"
    )
    ap.add_argument("--health-weight", type=float, default=1.0, help="health rows weigh this much more in the fit")
    ap.add_argument("--own", action="store_true", help="also the column's own shapes crossed with the table's")
    ap.add_argument("--save", type=Path, help="save the second-pass out-of-fold logits (of the first --l2) here")
    a = ap.parse_args()
    rx, ry, rg, rfull = run.real_rows(a.real)
    z = np.load(a.logits)
    if len(z) != len(ry):
        raise SystemExit("the logits do not match the real columns (another real_columns file?)")
    evaluate(
        z,
        rx,
        ry,
        rg,
        rfull,
        none_bias=a.none_bias,
        targets=[int(x) for x in a.targets.split(",")],
        l2s=[float(v) for v in a.l2.split(",")],
        moved=tuple(int(c) for c in a.moved.split(",")) if a.moved else MOVED,
        own=a.own,
        health_weight=a.health_weight,
        folds=a.folds,
        save=a.save,
    )
    return 0


def evaluate(
    z: np.ndarray,
    rx: Any,
    ry: np.ndarray,
    rg: np.ndarray,
    rfull: np.ndarray,
    *,
    none_bias: float = run.NONE_BIAS,
    targets: list[int] | tuple[int, ...] = (194,),
    l2s: list[float] | tuple[float, ...] = (L2,),
    moved: tuple[int, ...] = MOVED,
    own: bool = False,
    health_weight: float = 1.0,
    folds: int = 5,
    fold: np.ndarray | None = None,
    trainable: np.ndarray | None = None,
    save: Path | None = None,
) -> None:
    """Nested grouped CV of the second pass over cv.py's out-of-fold logits ``z`` of the rows of the last
    ``run.real_rows`` (its ``REAL_TABLES``, ``REAL_VARIANTS``, ``REAL_SETS``); printed against the first pass. ``fold``:
    each row's fold (default cv.py's ``folds`` by repository); rows of fold -1 have no out-of-fold logits and are left
    out; ``trainable``: the rows the second model may fit on (default all); ``rfull``: the rows scored."""
    tables = np.array(run.REAL_TABLES)
    if not tables.all():
        raise SystemExit("rows without a table id: re-make real_columns.jsonl.gz (real_columns.py)")
    rsets = np.array(run.REAL_SETS)
    if fold is None:
        fold = cv.folds_of(rg, folds, first=rsets == "realworld")
    w = np.array(run.REAL_ROW_WEIGHTS) * np.where(ry == HEALTH, health_weight, 1.0)
    key = np.array([f"{v}|{tb}" for v, tb in zip(run.REAL_VARIANTS, tables, strict=True)])
    _u, tid = np.unique(key, return_inverse=True)
    z1 = z.copy()
    z1[:, 0] += none_bias
    t = features(softmax(z1), tid, own_features(rx) if own else None)
    for l2 in l2s:
        z2 = np.zeros_like(z)
        for f in sorted(set(fold.tolist()) - {-1}):
            train = (fold != f) & (fold != -1) & (True if trainable is None else trainable)
            wm = fit(z1[train], t[train], ry[train], w[train], l2, moved)
            z2[fold == f] = z1[fold == f] + t[fold == f] @ wm
        if save is not None:
            np.save(save, z2 - np.eye(z.shape[1])[0] * none_bias)
            save = None
        print(f"second pass over the table (L2 {l2:g}, classes moved {list(moved)}, own shapes {own}):", flush=True)
        report(z1, z2, ry, rfull, rsets, list(targets))


def report(
    z1: np.ndarray, z2: np.ndarray, y: np.ndarray, full: np.ndarray, sets: np.ndarray, targets: list[int]
) -> None:
    import equal_fa

    for target in targets:
        found0 = None
        for name, z in (("first pass", z1[full]), ("second pass", z2[full])):
            b, s, pred = equal_fa.at_most(z, y[full], target)
            found = equal_fa.found_per_class(pred, y[full])
            diff = "" if found0 is None else "; columns found vs the first pass: " + equal_fa.differences(found, found0)
            found0 = found if found0 is None else found0
            look = {part: int(((pred == HEALTH) & (y[full] == 0) & (sets[full] == part)).sum()) for part in ("d", "i")}
            health = s["recall"].get("special.health", (0.0, 0))
            print(
                f"  at most {target}: {name}: prior {b:+.2f}, macro-F1 {s['macro_f1']:.4f}, false alarms {s['fa_n']}"
                f" (health {s['fa_by'].get('health', 0)}; in d {look['d']}, i {look['i']}), health {health[0]:.3f}"
                f" of {health[1]}{diff}",
                flush=True,
            )
    # health alone: its own prior moved until at most n none columns read health; the columns of health found
    for n in (40, 60, 80, 100, 120, 150):
        got = [health_at(z, y[full], n) for z in (z1[full], z2[full])]
        print(
            f"  at most {n} health false alarms (the health prior alone moved): health found, first pass {got[0]},"
            f" second pass {got[1]}",
            flush=True,
        )


def health_at(z: np.ndarray, y: np.ndarray, n: int) -> int:
    """Health columns found with the health prior at the largest 0.02 step (-4..4) with at most ``n`` none columns
    read as health."""
    best = 0
    for off in np.arange(-4.0, 4.0, 0.02):
        zz = z.copy()
        zz[:, HEALTH] += off
        pred = zz.argmax(axis=1)
        if int(((pred == HEALTH) & (y == 0)).sum()) > n:
            break
        best = int(((pred == HEALTH) & (y == HEALTH)).sum())
    return best


if __name__ == "__main__":
    raise SystemExit(main())
