"""The hidden layer of the field model's training (bench/train/hidden.py): it learns an interaction the linear
model cannot (an exclusive or of two features), it repeats bit for bit, and a feature never active in training feeds
no unit."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def test_the_hidden_layer_learns_an_interaction_and_repeats(train: Callable[[str], ModuleType]) -> None:
    hidden = train("hidden")
    import numpy as np
    from scipy import sparse

    rng = np.random.default_rng(3)
    a, b = rng.integers(0, 2, 600), rng.integers(0, 2, 600)
    x = np.zeros((600, 5))
    x[:, 0], x[:, 1], x[:, 2] = 1.0, a, b  # column 3 and 4 never active
    x = sparse.csr_matrix(x)
    y = (a ^ b) * 3  # "no personal data" or the third class
    linear = hidden.run.train(x, y, steps=200)
    assert (np.asarray(x @ linear).argmax(axis=1) == y).mean() < 0.8
    one = hidden.train(x, y, units=6, steps=200, init=0.5)
    two = hidden.train(x, y, units=6, steps=200, init=0.5)
    assert (one.logits(x).argmax(axis=1) == y).mean() == 1.0
    assert np.array_equal(one.u, two.u) and np.array_equal(one.v, two.v) and np.array_equal(one.w, two.w)
    assert not one.u[3:].any()
