"""evalgen5 (bench/classify/evalgen5): the generated set reads back, is fully labelled and repeats.

Does not run ajar: the set is frozen with its first score and only its generator is checked here."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import sys
from collections import Counter
from pathlib import Path

from tests.support import run_together

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench/classify/evalgen5/generate.py"
# the labels.csv of the frozen set (seed 1796538666), as recorded in FIRST_SCORES.md
LABELS_SHA256 = "20c87bce18022b42e48df7b0ded4a16609205567b55c489b580e07bbfa44f8c7"


def _check_module():  # loaded under its own name: other sets have a check.py too
    spec = importlib.util.spec_from_file_location("evalgen5_check", ROOT / "bench/classify/evalgen5/check.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _generate(*outs: Path) -> list[dict[str, str]]:
    """Run the generator into each of ``outs`` (at once); the labels of the first."""
    run_together(*([sys.executable, str(GEN), "--out", str(out)] for out in outs))
    with (outs[0] / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_evalgen5_reads_back_labelled_and_repeats(tmp_path: Path) -> None:
    chk = _check_module()
    a, b = tmp_path / "a", tmp_path / "b"
    labels = _generate(a, b)
    assert chk.check(a) == []
    assert hashlib.sha256((a / "labels.csv").read_bytes()).hexdigest() == LABELS_SHA256
    counts = Counter(r["category"] for r in labels)
    assert all(counts[c] >= 30 for c in chk.CATEGORIES), counts
    assert counts["none"] > len(labels) / 2
    files = [p for p in a.iterdir() if p.name != "labels.csv"]
    assert 200 <= len(files) <= 260
    for p in sorted(a.iterdir()):
        assert hashlib.sha256(p.read_bytes()).digest() == hashlib.sha256((b / p.name).read_bytes()).digest(), p.name
