"""evalgen8 (bench/classify/evalgen8): the generated set is fully labelled, covers every category and repeats.

Does not run ajar: the set is a check set scored only by the lead; only its generator is checked here."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench/classify/evalgen8/generate.py"
sys.path.insert(0, str(ROOT / "bench/classify"))
from score_eval import CATEGORIES, DATA_EXT, GENERATED_SETS, read_labels  # noqa: E402


def _generate(out: Path) -> list[dict[str, str]]:
    subprocess.run([sys.executable, str(GEN), "--out", str(out)], check=True)
    return read_labels(out / "labels.csv")


def _fields(path: Path) -> set[str]:
    """Leaf field paths of one file: CSV/TSV header cells; dotted JSON paths with arrays of objects
    transparent and Extended JSON wrappers (``{"$date": …}``, ``{"$binary": …}``) read as one value."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix in (".csv", ".tsv"):
        first = text.split("\n", 1)[0]
        delim = "\t" if path.suffix == ".tsv" else max(",;|", key=first.count)
        return set(next(csv.reader(text.splitlines(), delimiter=delim)))
    try:
        data = json.loads(text)
        recs = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:  # JSON Lines
        recs = [json.loads(line) for line in text.splitlines() if line.strip()]
    out: set[str] = set()

    def plain(v: object) -> bool:
        return isinstance(v, dict) and not any(k.startswith("$") for k in v)

    def walk(obj: dict, prefix: str) -> None:
        for k, v in obj.items():
            if plain(v):
                walk(v, f"{prefix}{k}.")
            elif isinstance(v, list) and v and all(plain(x) for x in v):
                for x in v:
                    walk(x, f"{prefix}{k}.")
            else:
                out.add(prefix + k)

    for r in recs:
        walk(r, "")
    return out


def test_registered() -> None:
    assert "evalgen8" in GENERATED_SETS


def test_labelled_covering_and_repeatable(tmp_path: Path) -> None:
    labels = _generate(tmp_path / "a")
    files = {p.stem: p for p in (tmp_path / "a").iterdir() if p.suffix in DATA_EXT and p.name != "labels.csv"}
    by_file: dict[str, set[str]] = {}
    for r in labels:
        by_file.setdefault(r["file_id"], set()).add(r["path"])
    assert set(by_file) == set(files)
    assert len({(r["file_id"], r["path"]) for r in labels}) == len(labels)  # one label per column
    for fid, p in files.items():  # every field labelled, every label a field
        assert _fields(p) == by_file[fid], fid
    n = Counter(r["category"] for r in labels)
    for c in CATEGORIES:
        assert n[c] >= 25, c
    assert len(labels) >= 2000
    assert 0.58 <= n["none"] / len(labels) <= 0.68
    assert 180 <= len(files) <= 260
    _generate(tmp_path / "b")

    def digest(d: Path) -> str:
        return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in sorted(d.iterdir()))).hexdigest()

    assert digest(tmp_path / "a") == digest(tmp_path / "b")
