"""Choose the field model's training settings by grouped cross-validation on training data only.

    python bench/train/cv.py [--folds 5] [--real-weight 3] [--none-bias 0,0.5,1,1.5,2] [--frontier]
                             [--train-sets realworld] [--test-sets realworld] [--always-train g,h]
                             [--class-bias 'special.health=0.5;special.health=1'] [--class-boost special.health=2]
                             [--hidden 16] [--l2-hidden 1e-4] [--only-folds 0,1]
                             [--score-slice 5] [--untrained-variants 's5;']

The real labelled columns (``real_columns.jsonl.gz``, of every real set) are split by repository
into folds (a repository's files are all in one fold, across sets: whole origins are left out; the
repositories of ``realworld`` are placed first, so new sets leave their folds as they were).
``--train-sets`` trains on some sets only (the same folds: "without the new data"), ``--test-sets``
scores some only. ``--always-train`` puts some sets outside the folds, in every fold's training and
never scored (a fair test of new sets: run it once with them and once with ``--train-sets`` leaving
them out; the same columns are scored in the same folds). For each fold, a model is
trained on the generated data plus the real columns of the other folds, and scores the left-out
repositories' columns (the scanner's 50-record sample only, not the smaller slices; ``--score-slice 5``: each
column's 5-record slice instead, as a scan of a 5-row table sees it). Printed:
macro-F1 over the categories present, per-category recall, and false alarms (non-personal columns
given a category), pooled over the folds; and, for the model trained on everything, generated data
of a fresh seed (``schemas.build(seed + 1)``). Every figure here is a training-data estimate; the
frozen evaluation sets are never read.

``--none-bias`` adds a constant to the "no personal data" class's logit (an abstain prior); the
chosen value is baked into the shipped weights' bias row by ``run.py``. ``--class-bias`` adds per-category priors
the same way (``run.CLASS_BIAS``; alternatives separated by ``;`` are scored on the same fitted folds), and
``--class-boost`` multiplies some classes' training weights (``run.CLASS_BOOST``; each alternative is a CV run).
``--hidden N`` fits the linear model with N hidden units beside it (``hidden.py``: a ReLU layer over the dense
features, fitted with it; ``--l2-hidden``), each value a CV run. ``--only-folds`` fits and scores some folds only (the
same folds; a paired comparison on part of the columns). ``equal_fa.py`` compares the saved out-of-fold logits of
two runs at equal false alarms. ``--second-pass`` scores a second pass over each table (``table.py``; round 9: no
gain, not shipped). ``--untrained-variants s5`` leaves the real rows of those sample variants out of training
(alternatives separated by ``;``, each a CV run on the same folds: ``'s5;'`` is without and with the 5-record slices).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
import warnings
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import hidden  # noqa: E402
import numpy as np  # noqa: E402
import run  # noqa: E402
import schemas  # noqa: E402
import table  # noqa: E402
from scipy import sparse  # noqa: E402

CACHE = Path(os.environ.get("AJAR_CV_CACHE", "/tmp/ajar-model-cv"))


def _code_key() -> str:
    h = hashlib.sha256()
    src = run.ROOT / "src" / "ajar"  # the code and the detectors' word lists (data/*.txt) make the features
    for p in sorted(src.rglob("*.py")) + sorted(src.rglob("data/*.txt")) + [HERE / "schemas.py", HERE / "run.py"]:
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


_KEY = _code_key()  # of the code this process imported


def cached(name: str, make: Any) -> tuple[sparse.csr_matrix, np.ndarray]:
    CACHE.mkdir(parents=True, exist_ok=True)
    f = CACHE / f"{name}-{_KEY}.npz"
    if f.exists():
        z = np.load(f, allow_pickle=False)
        x = sparse.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
        return x, z["y"]
    t = time.perf_counter()
    x, y, _ = run.featurise(make())
    np.savez(f, data=x.data, indices=x.indices, indptr=x.indptr, shape=np.array(x.shape), y=y)
    print(f"featurised {name}: {x.shape[0]} fields in {time.perf_counter() - t:.0f} s", flush=True)
    return x, y


def folds_of(groups: np.ndarray, k: int, first: np.ndarray | None = None) -> np.ndarray:
    """Fold per row: repositories sorted by size, each given to the currently smallest fold. The
    repositories of rows marked ``first`` are placed first, among themselves, so adding new sets
    keeps the old repositories' folds."""
    first = np.ones(len(groups), dtype=bool) if first is None else first
    size = [0] * k
    fold_of: dict[str, int] = {}
    for part in (groups[first], groups[~first]):
        names, counts = np.unique(part, return_counts=True)
        order = sorted(range(len(names)), key=lambda i: (-counts[i], names[i]))
        for i in order:
            if str(names[i]) in fold_of:
                size[fold_of[str(names[i])]] += int(counts[i])
                continue
            f = min(range(k), key=lambda j: (size[j], j))
            fold_of[str(names[i])] = f
            size[f] += int(counts[i])
    return np.array([fold_of[str(g)] for g in groups])


def scores(pred: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    """Macro-F1 over the categories with support, recall per category, false alarms."""
    f1s = []
    recall: dict[str, tuple[float, int]] = {}
    for c in range(1, len(run.CLASSES)):
        n = int((y == c).sum())
        if not n:
            continue
        tp = int(((pred == c) & (y == c)).sum())
        fp = int(((pred == c) & (y != c)).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / n
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        recall[str(run.CLASSES[c])] = (r, n)
    neg = y == 0
    fa_by = {str(run.CLASSES[c]).split(".")[-1]: int(((pred == c) & neg).sum()) for c in range(1, len(run.CLASSES))}
    return {
        "fa_by": {k: v for k, v in fa_by.items() if v},
        "macro_f1": float(np.mean(f1s)),
        "recall": recall,
        "false_alarms": float(((pred != 0) & neg).sum() / max(1, neg.sum())),
        "fa_n": int(((pred != 0) & neg).sum()),
        "neg": int(neg.sum()),
    }


def scored_rows(full: np.ndarray, variants: np.ndarray, tables: np.ndarray, size: int) -> np.ndarray:
    """The rows that stand for the real columns at a scan of ``size`` records: the ``full`` rows (``size`` 0: the
    50-record sample), or each column's ``s{size}`` slice, and the full sample of a table that has no such slice (a
    file of at most ``size`` records: its sample is that small already). A column absent from its table's slice
    (no value in those records) is not scored."""
    if not size:
        return full
    sliced = variants == f"s{size}"
    if not sliced.any():
        raise SystemExit(f"the real columns have no {size}-record slices: real_columns.SLICES, then real_columns.py")
    return sliced | (full & ~np.isin(tables, np.unique(tables[sliced])))


def rows_tag(real: Path, always_train: str = "", train_sets: str = "", test_sets: str = "") -> str:
    """What decides the out-of-fold logits besides the code (``_KEY``) and the tagged options: the real rows file's
    bytes and the sets kept in every fold, trained on or scored; two runs that differ in them no longer write the
    same logits file (round 17: a run with ``--always-train n`` replaced the one without, on other rows)."""
    tag = f"-r{zlib.crc32(real.read_bytes()):08x}"
    for flag, sets in (("a", always_train), ("t", train_sets), ("s", test_sets)):
        if sets:
            tag += f"-{flag}" + sets.replace(",", "_")
    return tag


def _at(size: int) -> str:
    return f"{size}-record slices" if size else "full samples"


def predict(x: sparse.csr_matrix, w: np.ndarray, none_bias: float, class_bias: np.ndarray | None = None) -> np.ndarray:
    z = np.asarray(x @ w)
    z[:, 0] += none_bias
    if class_bias is not None:
        z += class_bias
    return z.argmax(axis=1)


def per_class(spec: str) -> dict[Any, float]:
    """``special.health=0.5,device.identifier=1`` -> {Category: value} (an empty spec: no entry)."""
    out: dict[Any, float] = {}
    for item in spec.split(","):
        if item.strip():
            cat, _, value = item.partition("=")
            out[run.Category(cat.strip())] = float(value)
    return out


def offsets(prior: dict[Any, float]) -> np.ndarray:
    """Per-class logit offsets (``run.CLASS_BIAS``'s shape) as a row over ``run.CLASSES``."""
    row = np.zeros(len(run.CLASSES))
    for cat, b in prior.items():
        row[run.CLASSES.index(cat)] += b
    return row


def show(label: str, s: dict[str, Any]) -> None:
    rec = ", ".join(f"{c.split('.')[-1]} {r:.2f}/{n}" for c, (r, n) in s["recall"].items())
    print(
        f"{label}: macro-F1 {s['macro_f1']:.3f}, false alarms {s['false_alarms']:.2%} ({s['fa_n']}/{s['neg']}); "
        f"recall {rec}; false alarms as {s['fa_by']}",
        flush=True,
    )


def frontier(label: str, z: np.ndarray, y: np.ndarray, class_bias: np.ndarray | None = None) -> None:
    """False alarms against recall as the "no personal data" prior moves (held-out rows only)."""
    for b in np.arange(-0.5, 3.01, 0.25):
        s = scores(predict(z, np.eye(z.shape[1]), float(b), class_bias), y)
        rec = s["recall"]
        micro = sum(r * n for r, n in rec.values()) / sum(n for _r, n in rec.values())
        big = [r for r, n in rec.values() if n >= 9]
        print(
            f"  frontier {label}, none bias {b:5.2f}: macro-F1 {s['macro_f1']:.3f}, recall (micro) {micro:.3f}, "
            f"lowest recall of categories with 9+ columns {min(big):.2f}, false alarms {s['false_alarms']:.2%}",
            flush=True,
        )


def main() -> int:
    warnings.simplefilter("ignore")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--only-folds",
        default="",
        help="fit and score only these folds (comma-separated, of --folds; the same folds, fewer fits): a paired"
        " comparison of two settings on part of the columns when a whole run does not fit in the time",
    )
    ap.add_argument("--real-weight", default="3")
    ap.add_argument("--none-bias", default="0,0.5,1,1.5,2")
    ap.add_argument("--l2", type=float, default=run.L2)
    ap.add_argument("--steps", type=int, default=run.STEPS)
    ap.add_argument("--class-power", type=float, default=run.CLASS_POWER, help="class weight: rarity to this power")
    ap.add_argument("--train-sets", default="", help="real sets trained on, comma-separated (default: all)")
    ap.add_argument("--test-sets", default="", help="real sets scored, comma-separated (default: all)")
    ap.add_argument(
        "--always-train",
        default="",
        help="real sets whose rows are in every fold's training and never scored, outside the folds (comma-separated):"
        " the other sets keep their folds, so a model with and one without them score the same columns",
    )
    ap.add_argument(
        "--class-bias",
        default=",".join(f"{c.value}={b:g}" for c, b in run.CLASS_BIAS.items()),
        help="per-category priors added to those classes' logits, as CAT=B,CAT=B; alternatives separated by ';'"
        " (default: run.CLASS_BIAS)",
    )
    ap.add_argument(
        "--class-boost",
        default=",".join(f"{c.value}={b:g}" for c, b in run.CLASS_BOOST.items()),
        help="per-category multipliers of the class weights in training, as CAT=M,CAT=M; alternatives separated by"
        " ';' (default: run.CLASS_BOOST)",
    )
    ap.add_argument("--frontier", action="store_true", help="false alarms vs recall over a finer bias grid")
    ap.add_argument("--real", type=Path, default=run.REAL_PATH, help="the real columns file")
    ap.add_argument("--fresh-seed", action="store_true", help="also score generated data of a fresh seed")
    ap.add_argument(
        "--unsure-weight",
        default=str(run.UNSURE_WEIGHT),
        help="training weight of real rows whose label is marked unsure, relative to the others (0: dropped);"
        " comma-separated values are each cross-validated",
    )
    ap.add_argument(
        "--generators",
        default=",".join(f"{g}:{s}" for g, seeds in run.OTHER_GENERATORS.items() for s in seeds),
        help="the other authors' generators trained on, as NAME:SEED,... (default: run.OTHER_GENERATORS)",
    )
    ap.add_argument(
        "--hidden",
        default="0",
        help="hidden units beside the linear part (bench/train/hidden.py; 0: the linear model); comma-separated"
        " values are each cross-validated",
    )
    ap.add_argument(
        "--l2-hidden", default="", help="L2 of the hidden layer (default hidden.L2_HIDDEN); comma-separated"
    )
    ap.add_argument("--init", type=float, default=None, help="the hidden layer's starting scale (default hidden.INIT)")
    ap.add_argument(
        "--second-pass",
        action="store_true",
        help="also score a second pass over each table (table.py: the first pass's out-of-fold readings of the other"
        " columns of a column's dataset, fitted on the other folds) against the first pass, at equal false alarms",
    )
    ap.add_argument("--sure-only", action="store_true", help="score only columns whose label is not marked unsure")
    ap.add_argument(
        "--score-slice",
        default="0",
        help="score each held-out column's slice of this many records (real_columns.SLICES) instead of its 50-record"
        " sample (a table of fewer records: its sample); comma-separated sizes are each scored (0: the sample)",
    )
    ap.add_argument(
        "--untrained-variants",
        default=",".join(run.UNTRAINED_VARIANTS),
        help="real rows of these sample variants (s5, s10, s25) are not trained on, comma-separated; alternatives"
        " separated by ';' are each a CV run on the same folds (default: run.UNTRAINED_VARIANTS; '' trains on all)",
    )
    a = ap.parse_args()
    gens = [(g, int(s)) for item in a.generators.split(",") if item for g, _, s in [item.partition(":")]]
    parts = [cached("gen-base", lambda: run.training_sets(others=False))]
    for g, s in gens:
        parts.append(cached(f"gen-{g}-{s}", lambda g=g, s=s: run.other_sets({g: (s,)})))
    gx = sparse.vstack([p[0] for p in parts]).tocsr()
    gy = np.concatenate([p[1] for p in parts])
    rx, ry, rg, rfull = run.real_rows(a.real)
    rsets = np.array(run.REAL_SETS)
    # the old repositories keep their folds when new sets come in
    extra = np.isin(rsets, a.always_train.split(",")) if a.always_train else np.zeros(len(ry), dtype=bool)
    fold = np.full(len(ry), -1)  # -1: in every fold's training (--always-train), never scored
    fold[~extra] = folds_of(rg[~extra], a.folds, first=(rsets == "realworld")[~extra])
    shared = set(rg[extra].tolist()) & set(rg[~extra].tolist())
    if shared:
        print(f"warning: {len(shared)} repositories of --always-train sets are also in the folds", flush=True)
    trainable = np.isin(rsets, a.train_sets.split(",")) if a.train_sets else np.ones(len(ry), dtype=bool)
    rvariants = np.array(run.REAL_VARIANTS)
    fits = [int(f) for f in a.only_folds.split(",")] if a.only_folds else list(range(a.folds))
    runsure = np.array(run.REAL_UNSURE, dtype=bool)
    scored_by: dict[int, np.ndarray] = {}  # rows scored at each --score-slice size (0: the full samples)
    for size in (int(n) for n in a.score_slice.split(",")):
        rows = scored_rows(rfull, rvariants, np.array(run.REAL_TABLES), size)
        rows &= ~extra & (np.isin(rsets, a.test_sets.split(",")) if a.test_sets else True) & np.isin(fold, fits)
        scored_by[size] = rows & ~runsure if a.sure_only else rows
    scored = next(iter(scored_by.values()))
    print(
        f"generated {gx.shape[0]} fields; real {int(rfull.sum())} columns ({len(ry)} rows) in "
        f"{len(set(rg))} repositories, sets {dict(zip(*np.unique(rsets[rfull], return_counts=True), strict=True))}; "
        f"{a.folds} folds by repository; trained on {a.train_sets or 'all sets'}, "
        f"scored on {a.test_sets or 'all sets'} "
        f"({', '.join(f'{int(m.sum())} rows at {_at(n)}' for n, m in scored_by.items())})",
        flush=True,
    )
    biases = [float(b) for b in a.none_bias.split(",")]
    priors = [(spec, offsets(per_class(spec))) for spec in a.class_bias.split(";")]
    l2h = [float(x) for x in a.l2_hidden.split(",")] if a.l2_hidden else [hidden.L2_HIDDEN]
    settings = [
        (float(v), float(u), boost, int(h), lh, untrained)
        for untrained in a.untrained_variants.split(";")
        for v in a.real_weight.split(",")
        for u in a.unsure_weight.split(",")
        for boost in a.class_boost.split(";")
        for h in a.hidden.split(",")
        for lh in (l2h if int(h) else l2h[:1])
    ]
    of_rows = rows_tag(a.real, a.always_train, a.train_sets, a.test_sets)  # the rows file read once, not per setting
    for rw, u, boost, units, lh, untrained in settings:
        uw = np.where(runsure, u, 1.0) * np.array(run.REAL_ROW_WEIGHTS)
        uw[np.isin(rvariants, [v for v in untrained.split(",") if v])] = 0.0  # weight 0: not trained on
        t = time.perf_counter()
        z = np.zeros((len(ry), len(run.CLASSES)))
        for f in fits:
            train_rows = (fold != f) & trainable
            x = sparse.vstack([gx, rx[train_rows]]).tocsr()
            y = np.concatenate([gy, ry[train_rows]])
            w_rows = np.concatenate([np.ones(len(gy)), rw * uw[train_rows]])
            keep = w_rows > 0
            test = fold == f
            if units:
                fitted = hidden.train(
                    x[keep],
                    y[keep],
                    units=units,
                    steps=a.steps,
                    row_weight=w_rows[keep],
                    l2=a.l2,
                    l2_hidden=lh,
                    class_power=a.class_power,
                    init=hidden.INIT if a.init is None else a.init,
                )
                z[test] = fitted.logits(rx[test])
                print(f"  fold {f} ({time.perf_counter() - t:.0f} s)", flush=True)
                continue
            w = run.train(
                x[keep],
                y[keep],
                steps=a.steps,
                row_weight=w_rows[keep],
                l2=a.l2,
                class_power=a.class_power,
                class_boost=per_class(boost),
            )
            z[test] = np.asarray(rx[test] @ w)
        tag = of_rows + (f"-b{zlib.crc32(boost.encode()):08x}" if boost else "")
        if untrained:
            tag += "-d" + untrained.replace(",", "_")
        if a.only_folds:
            tag += "-f" + "_".join(map(str, fits))
        if units:
            tag += f"-h{units}-l{lh:g}" + (f"-i{a.init:g}" if a.init is not None else "")
        model = f"hidden {units} (l2 {lh:g}), " if units else ""
        np.save(CACHE / f"cv-logits-{_KEY}-rw{rw:g}-u{u:g}{tag}.npy", z)  # for error analysis (opaque rows)
        eye = np.eye(z.shape[1])
        for size, at in scored_by.items():
            for spec, prior in priors:
                for b in biases:
                    show(
                        f"CV {model}real weight {rw:g}, unsure {u:g}, untrained {untrained or '-'},"
                        f" class boost {boost or '-'}, class bias {spec or '-'}, none bias {b:g}, at {_at(size)}",
                        scores(predict(z[at], eye, b, prior), ry[at]),
                    )
            for name in sorted(set(rsets[at].tolist())) if len(set(rsets[at].tolist())) > 1 else ():
                part = at & (rsets == name)
                for b in biases:
                    show(
                        f"  set {name} only, none bias {b:g}, at {_at(size)}",
                        scores(predict(z[part], eye, b, priors[0][1]), ry[part]),
                    )
            if a.frontier:
                for spec, prior in priors:
                    frontier(
                        f"real weight {rw:g}, untrained {untrained or '-'}, boost {boost or '-'},"
                        f" class bias {spec or '-'}, at {_at(size)}",
                        z[at],
                        ry[at],
                        prior,
                    )
        if a.second_pass:
            usable = np.where(np.isin(fold, fits), fold, -1)
            table.evaluate(
                z, rx, ry, rg, scored, none_bias=run.NONE_BIAS, targets=[194, 232], fold=usable, trainable=trainable
            )
        print(f"  ({time.perf_counter() - t:.0f} s)", flush=True)
        if a.fresh_seed:
            fx, fy = cached("fresh", lambda: schemas.build(run.SEED + 1, run.N_SYNTH // 6))
            x = sparse.vstack([gx, rx[trainable]]).tocsr()
            y = np.concatenate([gy, ry[trainable]])
            w_rows = np.concatenate([np.ones(len(gy)), rw * uw[trainable]])
            w = run.train(x, y, steps=a.steps, row_weight=w_rows, l2=a.l2, class_boost=per_class(boost))
            for b in biases:
                show(
                    f"  fresh generator seed, real weight {rw:g}, none bias {b:g}",
                    scores(predict(fx, w, b, priors[0][1]), fy),
                )
    return 0


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    raise SystemExit(main())
