"""evalgen6 (bench/classify/evalgen6): the generated set is fully labelled, covers every category and repeats.

Does not run ajar: the set is frozen with its first score and only its generator is checked here."""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

from tests.support import run_together

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench/classify/evalgen6/generate.py"
sys.path.insert(0, str(ROOT / "bench/classify"))
from score_eval import CATEGORIES, read_labels  # noqa: E402

DATA_EXT = (".csv", ".tsv", ".json", ".jsonl")


def _generate(*outs: Path) -> list[dict[str, str]]:
    """Run the generator into each of ``outs`` (at once); the labels of the first."""
    run_together(*([sys.executable, str(GEN), "--out", str(out)] for out in outs))
    return read_labels(outs[0] / "labels.csv")


def _fields(path: Path) -> set[str]:
    """Leaf field paths of one generated file (dotted for nested JSON, unwrapped Extended JSON)."""
    import json

    if path.suffix in (".csv", ".tsv"):
        with path.open(newline="", encoding="utf-8") as fh:
            return set(next(csv.reader(fh, delimiter="," if path.suffix == ".csv" else "\t")))
    text = path.read_text(encoding="utf-8")
    recs = json.loads(text) if text.startswith("[") else [json.loads(line) for line in text.splitlines()]
    out: set[str] = set()

    def walk(obj: dict, prefix: str) -> None:
        for k, v in obj.items():
            if isinstance(v, dict) and not any(key.startswith("$") for key in v):
                walk(v, f"{prefix}{k}.")
            else:
                out.add(prefix + k)

    for r in recs:
        walk(r, "")
    return out


def test_labelled_covering_and_repeatable(tmp_path: Path) -> None:
    labels = _generate(tmp_path / "a", tmp_path / "b")
    files = {p.stem: p for p in (tmp_path / "a").iterdir() if p.suffix in DATA_EXT and p.name != "labels.csv"}
    by_file: dict[str, set[str]] = {}
    for r in labels:
        by_file.setdefault(r["file_id"], set()).add(r["path"])
    assert set(by_file) == set(files)
    for fid, p in files.items():  # every field labelled, every label a field
        assert _fields(p) == by_file[fid], fid
    n = Counter(r["category"] for r in labels)
    for c in CATEGORIES:
        assert n[c] >= 25, c
    assert n["none"] > len(labels) / 2
    assert 120 <= len(files) <= 200

    def digest(d: Path) -> str:
        return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in sorted(d.iterdir()))).hexdigest()

    assert digest(tmp_path / "a") == digest(tmp_path / "b")
