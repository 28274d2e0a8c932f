"""A field model that learns interactions: the linear model plus one small hidden layer beside it.

    logits = x @ W  +  relu(x @ U) @ V

``W`` is the linear model of ``run.train`` (features x classes); ``U`` (``inputs`` x ``units``) is a sparse first
layer over the first ``inputs`` features (by default the dense ones: detector evidence, name hints, value shapes,
context; the hashed name tokens feed the linear part only), so a field sums the rows of its active dense features, as
the linear part sums all of its rows, and the ``bias`` feature gives each unit its offset; ``V`` (``units`` x
classes) reads the units. ``V`` starts at zero, so the first step is the linear model's; ``U`` starts from a fixed
seed (rows of features never active in training stay zero). Fitted as ``run.train`` is: full-batch Adam, a fixed
number of steps, classes weighted towards balance, float64, the sparse products split by whole rows over threads
(bit-identical), so the same command makes the same weights. ``L2`` on ``W`` as before, ``l2_hidden`` on ``U``, ``V``.

An experiment of grouped CV (``cv.py --hidden 16``; ``bench/README.md``, round 8): at equal false alarms it did not
beat the linear model, so the shipped model stays linear. The training command's option (``run.py``), the model
file's hidden layer and its plain-Python inference (``ajar.pipeline.model``: per field, the rows of its active dense
features, then ``units`` x ``classes`` products for the units that are on) are on branch ``model8-runtime``.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import run
from scipy import sparse

#: hidden units (``cv.py --hidden``; 16 measured in round 8)
UNITS = 16
#: L2 on the hidden layer's weights (``cv.py --l2-hidden``)
L2_HIDDEN = 1e-4
#: the first layer's starting scale (normal, fixed seed)
INIT = 0.05
SEED = 20261206


class Hidden:
    """The fitted weights: ``w`` (d x k), ``u`` (d x h, zero past the layer's inputs), ``v`` (h x k)."""

    def __init__(self, w: np.ndarray, u: np.ndarray, v: np.ndarray) -> None:
        self.w, self.u, self.v = w, u, v

    def logits(self, x: sparse.csr_matrix) -> np.ndarray:
        a = np.asarray(x @ self.u)
        return np.asarray(x @ self.w) + np.maximum(a, 0.0) @ self.v


def dense_inputs() -> int:
    """The number of dense features (the hidden layer's inputs by default)."""
    return len(run.dense_names([d() for d in run.DETECTORS]))


def train(
    feats: sparse.csr_matrix,
    y: np.ndarray,
    units: int = UNITS,
    steps: int = run.STEPS,
    row_weight: np.ndarray | None = None,
    l2: float = run.L2,
    l2_hidden: float = L2_HIDDEN,
    class_power: float = run.CLASS_POWER,
    init: float = INIT,
    seed: int = SEED,
    inputs: int | None = None,
) -> Hidden:
    """As ``run.train`` (same class and row weights, Adam, schedule), with the hidden layer beside the linear part;
    ``inputs``: the leading features that feed the units (default: the dense ones)."""
    n, d = feats.shape
    inputs = min(d, dense_inputs() if inputs is None else inputs)
    k = len(run.CLASSES)
    counts = np.bincount(y, minlength=k).astype(np.float64)
    rarity = counts.max() / np.maximum(counts, 1)
    cw = np.where(counts > 0, np.sqrt(rarity) if class_power == 0.5 else rarity**class_power, 0.0)
    for cat, boost in run.CLASS_BOOST.items():
        cw[run.CLASSES.index(cat)] *= boost
    sw = cw[y] * (row_weight if row_weight is not None else 1.0)
    sw = sw / sw.sum()
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    first = feats[:, :inputs].tocsr()
    active = np.asarray((abs(first) > 0).sum(axis=0)).ravel() > 0
    rng = np.random.default_rng(seed)
    w = np.zeros((d, k))
    u = rng.normal(0.0, init, size=(inputs, units)) * active[:, None]  # a feature never active feeds no unit
    v = np.zeros((units, k))  # the first step is the linear model's
    moments = [(np.zeros_like(x), np.zeros_like(x)) for x in (w, u, v)]
    b1, b2, eps = 0.9, 0.999, 1e-8
    with ThreadPoolExecutor(run.WORKERS) as pool:
        times = run._split_product(feats, pool, run.WORKERS)
        times_t = run._split_product(feats.T.tocsr(), pool, run.WORKERS)
        first_times = run._split_product(first, pool, run.WORKERS)
        first_times_t = run._split_product(first.T.tocsr(), pool, run.WORKERS)
        for t in range(1, steps + 1):
            a = first_times(u)
            h = np.maximum(a, 0.0)
            logits = times(w) + h @ v
            logits -= logits.max(axis=1, keepdims=True)
            probs = np.exp(logits)
            probs /= probs.sum(axis=1, keepdims=True)
            g = (probs - onehot) * sw[:, None]
            grads = (
                times_t(g) + l2 * w,
                first_times_t((g @ v.T) * (a > 0)) + l2_hidden * u,
                h.T @ g + l2_hidden * v,
            )
            lr = run.LR * (0.2 if t > steps * 0.75 else 1.0)
            for w_, (m_, s_), g_ in zip((w, u, v), moments, grads, strict=True):
                m_ *= b1
                m_ += (1 - b1) * g_
                s_ *= b2
                s_ += (1 - b2) * g_ * g_
                w_ -= lr * (m_ / (1 - b1**t)) / (np.sqrt(s_ / (1 - b2**t)) + eps)
    return Hidden(w, np.vstack([u, np.zeros((d - inputs, units))]), v)
