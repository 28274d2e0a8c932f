"""Leave one generator out, over six authors: do the other authors' generators help on one never seen?

    python bench/train/logo.py [--none-bias B] [--seed 1] [--held-out-seed 99]

Five generators of labelled collections are training data, each written by another author: the old
labeller's ``bench/classify/evalgen`` (E), ``bench/train/gen_b`` (B) and, since round 5, the
evaluation generators of rounds 2-4, ``bench/classify/evalgen2|3|4`` (E2, E3, E4; their evaluation
seeds are never used). Every model trains on ``schemas.py``, the project's hand sets and every real
training column, plus generators; for each generator ``h`` it is scored on ``h`` at a seed no model
trained on (``--held-out-seed``; the old labeller's at its first-score seed 20261205), once trained
on the round-4 generators but ``h`` (E and B) and once on all five but ``h``. The gap is what the
new authors add on an author never trained on, the situation of a generated set nobody here wrote.

A sixth author, ``bench/train/gen_c`` (G6), is a bench generator here, not yet training data of the
shipped model: each of the five is also scored trained on the other four plus gen_c (at gen_c's
``TRAIN_SEEDS`` only: any other training seed is refused), and gen_c itself, at its held-out ``SEED``,
trained on the round-4 generators and on all five. Training data only: no frozen evaluation set is read.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import re
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cv  # noqa: E402
import numpy as np  # noqa: E402
import run  # noqa: E402
from scipy import sparse  # noqa: E402

OLD = ("evalgen", "gen_b")
#: held-out seeds other than ``--held-out-seed`` (the old labeller's generator finds no valid number at 99; its
#: first-score seed is trained on by no model)
HELD_OUT = {"evalgen": 20261205}
NEW = ("evalgen2", "evalgen3", "evalgen4")
#: the sixth author's generator (a bench generator: not in ``run.OTHER_GENERATORS``)
GENC = HERE / "gen_c" / "generate.py"


def _genc_seeds() -> tuple[tuple[int, ...], int]:
    """gen_c's training seeds and its held-out seed, as its script declares them."""
    text = GENC.read_text(encoding="utf-8")
    train = re.search(r"^TRAIN_SEEDS = \(([\d, ]+)\)", text, re.M)
    held = re.search(r"^SEED = (\d+)", text, re.M)
    if train is None or held is None:
        raise SystemExit("gen_c: TRAIN_SEEDS and SEED must be declared")
    seeds = tuple(int(x) for x in train.group(1).replace(" ", "").split(",") if x)
    if int(held.group(1)) in seeds:
        raise SystemExit("gen_c: the held-out seed must not be a training seed")
    return seeds, int(held.group(1))


def genc_training_sets(seeds: tuple[int, ...]) -> list[run.Labelled]:
    """gen_c's collections to train on: only at its ``TRAIN_SEEDS`` (any other seed is refused)."""
    allowed, _held = _genc_seeds()
    if not seeds or any(s not in allowed for s in seeds):
        raise SystemExit(f"gen_c: training seeds must be among {allowed}, not {seeds}")
    return run.evalgen_sets(seeds, GENC, "genc")


def _genc_digest() -> str:
    """The cache of gen_c's featurised rows follows its code (``cv.cached`` keys only the project's)."""
    h = hashlib.sha256()
    for p in sorted(GENC.parent.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:10]


def _schemas_only() -> list[run.Labelled]:
    """``run.training_sets()`` without any other author's generator."""
    saved = run.evalgen_sets, run.genb_sets
    run.evalgen_sets = lambda *a, **k: []  # type: ignore[assignment]
    run.genb_sets = lambda *a, **k: []  # type: ignore[assignment]
    try:
        sets: list[run.Labelled] = run.training_sets(others=False)
        return sets
    finally:
        run.evalgen_sets, run.genb_sets = saved


def _cache_name(name: str, seed: int) -> str:
    """The cache ``cv.py --generators`` uses for the other authors' generators (same featurised rows)."""
    if name == "gen_c":
        return f"logo6-gen_c-{seed}-{_genc_digest()}"
    return f"gen-{name}-{seed}" if name in NEW else f"logo5-{name}-{seed}"


def _generator(name: str, seed: int) -> list[run.Labelled]:
    if name == "evalgen":
        return run.evalgen_sets((seed,))
    if name == "gen_b":
        return run.genb_sets((seed,))
    if name == "gen_c":
        if seed == _genc_seeds()[1]:
            return run.evalgen_sets((seed,), GENC, "genc")  # held out: scored, never trained on
        return genc_training_sets((seed,))
    return run.other_sets({name: (seed,)})


def main() -> int:
    warnings.simplefilter("ignore")
    logging.getLogger("faker").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--none-bias", type=float, default=run.NONE_BIAS)
    ap.add_argument("--seed", default="1", help="the training seeds of each generator (comma-separated)")
    ap.add_argument("--held-out-seed", type=int, default=99)
    a = ap.parse_args()
    seeds = [int(s) for s in a.seed.split(",")]
    s_x, s_y = cv.cached("logo5-s", _schemas_only)
    train = {g: [cv.cached(_cache_name(g, s), lambda g=g, s=s: _generator(g, s)) for s in seeds] for g in OLD + NEW}
    genc_train, genc_held = _genc_seeds()
    train["gen_c"] = [
        cv.cached(_cache_name("gen_c", s), lambda s=s: _generator("gen_c", s)) for s in genc_train if s in seeds
    ]
    if not train["gen_c"]:
        raise SystemExit(f"gen_c: --seed must include one of its training seeds {genc_train}")
    HELD_OUT["gen_c"] = genc_held
    held = {
        g: cv.cached(
            _cache_name(g, HELD_OUT.get(g, a.held_out_seed)),
            lambda g=g: _generator(g, HELD_OUT.get(g, a.held_out_seed)),
        )
        for g in OLD + NEW + ("gen_c",)
    }
    rx, ry, _rg, _rf = run.real_rows()
    uw = np.where(np.array(run.REAL_UNSURE, dtype=bool), run.UNSURE_WEIGHT, 1.0) * run.REAL_WEIGHT
    print(
        f"schemas {s_x.shape[0]} fields; per generator and seed "
        + ", ".join(f"{g} {sum(p[0].shape[0] for p in parts)}" for g, parts in train.items())
        + f"; real {len(ry)} rows; none bias {a.none_bias:g}",
        flush=True,
    )
    fitted: dict[tuple[str, ...], np.ndarray] = {}

    def fit(gens: tuple[str, ...]) -> np.ndarray:
        if gens not in fitted:
            parts = [(s_x, s_y)] + [p for g in gens for p in train[g]]
            x = sparse.vstack([p[0] for p in parts] + [rx]).tocsr()
            y = np.concatenate([p[1] for p in parts] + [ry])
            w = np.concatenate([np.ones(sum(len(p[1]) for p in parts)), uw])
            keep = w > 0
            fitted[gens] = run.train(x[keep], y[keep], row_weight=w[keep])
        return fitted[gens]

    for h in OLD + NEW:
        hx, hy = held[h]
        before = tuple(g for g in OLD if g != h)
        after = tuple(g for g in OLD + NEW if g != h)
        cv.show(f"{h} unseen, trained with {'+'.join(before)}", cv.scores(cv.predict(hx, fit(before), a.none_bias), hy))
        cv.show(f"{h} unseen, trained with {'+'.join(after)}", cv.scores(cv.predict(hx, fit(after), a.none_bias), hy))
        with_c = (*after, "gen_c")
        cv.show(f"{h} unseen, trained with {'+'.join(with_c)}", cv.scores(cv.predict(hx, fit(with_c), a.none_bias), hy))
    hx, hy = held["gen_c"]
    for gens in (OLD, OLD + NEW):
        cv.show(f"gen_c unseen, trained with {'+'.join(gens)}", cv.scores(cv.predict(hx, fit(gens), a.none_bias), hy))
    return 0


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    raise SystemExit(main())
