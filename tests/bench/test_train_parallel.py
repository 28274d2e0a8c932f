"""The training command's parallel steps (bench/train/run.py) give what the serial ones give, bit for bit:
the fit's sparse products split by rows, the feature step split by datasets over processes, the generator
scripts run ahead while the other sets are built. The shipped model's check (tests/pipeline/test_field_model.py)
proves the whole command; these prove each split on its own, in seconds."""

from __future__ import annotations

import importlib.util
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: a generator script as the training command runs them (``--out DIR --seed N``): a CSV and its labels
FAKE_GENERATOR = """
import argparse, pathlib
ap = argparse.ArgumentParser()
ap.add_argument("--out", type=pathlib.Path)
ap.add_argument("--seed", type=int)
a = ap.parse_args()
names = ["Anna Berg", "Jonas Lind", "Maria Holm", "Erik Sand", "Lena Dahl", "Oskar Strom"]
rows = [f"{names[(a.seed + i) % 6]},{names[(a.seed + i) % 6].split()[0].lower()}@example.org,{i * 7 + a.seed}"
        for i in range(12)]
(a.out / "people.csv").write_text("name,email,qty\\n" + "\\n".join(rows) + "\\n", encoding="utf-8")
(a.out / "labels.csv").write_text(
    "file_id,path,category,note\\npeople,name,person.name,\\npeople,email,contact.email,\\npeople,qty,none,\\n",
    encoding="utf-8")
"""


def _run() -> Any:
    pytest.importorskip("numpy")
    pytest.importorskip("scipy")
    pytest.importorskip("faker")
    spec = importlib.util.spec_from_file_location("train_run_parallel", ROOT / "bench" / "train" / "run.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # the feature step's worker processes find its functions by name
    spec.loader.exec_module(mod)
    return mod


def test_split_products_are_bit_identical_to_one_product() -> None:
    run = _run()
    import numpy as np
    from scipy import sparse

    rng = np.random.default_rng(7)
    # a dense head of columns and a sparse tail, as the features are (the transpose's first rows are full)
    a = sparse.hstack(
        [sparse.random(900, 40, density=0.6, random_state=1), sparse.random(900, 700, density=0.01, random_state=2)]
    ).tocsr()
    keep = np.ones(a.shape[0])
    keep[5:9] = 0.0  # empty rows too
    a = (sparse.diags(keep) @ a).tocsr()
    a.eliminate_zeros()
    x = rng.standard_normal((a.shape[1], 17))
    g = rng.standard_normal((a.shape[0], 17))
    t = a.T.tocsr()
    with ThreadPoolExecutor(3) as pool:
        for parts in (1, 2, 3, 7):
            assert np.array_equal(run._split_product(a, pool, parts)(x), a @ x), parts
            assert np.array_equal(run._split_product(t, pool, parts)(g), t @ g), parts
        wrong = run._split_product(a, pool, 2)(x)
    assert not np.array_equal(wrong, a @ (x + 1e-9))  # the comparison can fail


def test_features_are_the_same_for_any_number_of_worker_processes() -> None:
    run = _run()
    import numpy as np

    sets = run.schemas.build(run.SEED, 10)
    one, y1, where1 = run.featurise(sets, workers=1)
    two, y2, where2 = run.featurise(sets, workers=2)
    assert one.shape == two.shape and one.shape[0] > 30
    assert np.array_equal(one.indptr, two.indptr) and np.array_equal(one.indices, two.indices)
    assert np.array_equal(one.data, two.data) and np.array_equal(y1, y2) and where1 == where2
    # and each row is that field's own: the last dataset alone gives the last rows
    last, _, where_last = run.featurise(sets[-1:], workers=1)
    k = len(where_last)
    assert where_last == where1[-k:] and (last != one[-k:]).nnz == 0


def test_generator_runs_started_ahead_are_read_as_a_direct_run(tmp_path: Path) -> None:
    run = _run()
    script = tmp_path / "generate.py"
    script.write_text(FAKE_GENERATOR, encoding="utf-8")
    direct = run.evalgen_sets((1, 2), script, "fake")
    with run._generating_ahead([(script, 1), (script, 2), (script, 3)]):
        outs = [run._AHEAD[(script, s)][0] for s in (1, 2, 3)]
        ahead = run.evalgen_sets((1, 2), script, "fake")
        assert list(run._AHEAD) == [(script, 3)]  # taken when read; the unread one is left

    def plain(sets: list[Any]) -> list[Any]:
        return [(name, [dict(r.data) for r in records], labels) for name, records, labels in sets]

    assert plain(ahead) == plain(direct) and [n for n, _, _ in direct] == ["fake1-people", "fake2-people"]
    assert direct[0][2] == {"name": run.Category("person.name"), "email": run.Category("contact.email"), "qty": None}
    assert plain(direct)[0][1] != plain(direct)[1][1]  # two seeds, two samples: the runs are not mixed up
    assert not run._AHEAD and not any(Path(o).exists() for o in outs)  # the unread run is waited for and removed
