"""The second pass over the table (bench/train/table.py, round 9's experiment): a column's table features read the
other columns of its dataset only, a column alone has none, the fit moves only the classes it is given, and it
repeats; real_columns.py's table id is stable."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest


def test_table_features_read_the_other_columns_only(train: Callable[[str], ModuleType]) -> None:
    table = train("table")
    import numpy as np

    k = len(table.run.CLASSES)
    p = np.full((4, k), 0.0)
    p[:, 0] = [0.1, 0.8, 0.9, 1.0]
    p[:, table.HEALTH] = [0.9, 0.2, 0.1, 0.0]
    tables = np.array([7, 7, 7, 3])  # three columns of one dataset, one alone in another
    t = table.features(p, tables)
    names = list(table.FEATURES)
    assert t[0, names.index("health_max")] == pytest.approx(0.2)  # not its own 0.9
    assert t[1, names.index("health_max")] == pytest.approx(0.9)
    assert t[1, names.index("health_second")] == pytest.approx(0.1)
    assert t[0, names.index("health_second")] == pytest.approx(0.1)
    assert t[2, names.index("health_mean")] == pytest.approx(0.55)
    assert t[1, names.index("health_share")] == pytest.approx(0.5)
    assert t[0, names.index("personal_mean")] == pytest.approx(0.15)
    assert t[1, names.index("own_x_health_max")] == pytest.approx(0.2 * 0.9)
    assert not t[3].any()  # alone in its dataset: no table evidence
    own = np.arange(4 * len(table.OWN), dtype=float).reshape(4, len(table.OWN))
    wide = table.features(p, tables, own)
    assert wide.shape[1] == len(table.ALL_FEATURES)
    assert wide[1, len(table.FEATURES)] == pytest.approx(own[1, 0] * 0.9)


def test_the_fit_moves_only_the_classes_given_and_repeats(train: Callable[[str], ModuleType]) -> None:
    table = train("table")
    import numpy as np

    rng = np.random.default_rng(5)
    k = len(table.run.CLASSES)
    n = 400
    t = np.zeros((n, len(table.FEATURES)))
    t[:, 0] = rng.random(n)
    y = np.where(t[:, 0] > 0.5, table.HEALTH, 0)  # health where the rest of the table reads health
    z = np.zeros((n, k))
    z[:, 0] = 3.0  # the first pass reads none
    w = np.ones(n)
    one = table.fit(z, t, y, w, 1e-3)
    two = table.fit(z, t, y, w, 1e-3)
    assert np.array_equal(one, two)
    moved = np.flatnonzero(np.abs(one).sum(axis=0))
    assert moved.tolist() == [table.HEALTH]
    assert one[0, table.HEALTH] > 0  # health_max raises health
    pred = (z + t @ one).argmax(axis=1)
    assert (pred == y).mean() > 0.9


def test_table_ids_are_stable_and_opaque(train: Callable[[str], ModuleType]) -> None:
    real_columns = train("real_columns")

    assert real_columns.table_of("d", "persona.categories") == real_columns.table_of("d", "persona.categories")
    assert real_columns.table_of("d", "x") != real_columns.table_of("e", "x")
    assert len(real_columns.table_of("d", "a long dataset name")) == 8


def test_labels_resolve_as_the_reader_names_datasets(train: Callable[[str], ModuleType]) -> None:
    """A labelled path finds its dataset as score_eval.predict finds it: an object of arrays, a saved reply."""
    real_columns = train("real_columns")

    names = {"f1.users", "f2.customers", "f2.reply", "f3"}
    assert real_columns.resolve("f1", "users.mail", names) == ("f1.users", "mail")
    assert real_columns.resolve("f2", "data.customers.email", names) == ("f2.customers", "email")
    assert real_columns.resolve("f2", "pagination.next", names) == ("f2.reply", "pagination.next")
    assert real_columns.resolve("f3", "data.customers.email", names) == ("f3", "data.customers.email")
    assert real_columns.resolve.__module__ == "score_eval"  # one rule: the scorer's, never a copy of it
