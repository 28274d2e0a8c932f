"""evalgen4 (bench/classify/evalgen4): the generated files and the generator's labels agree.

Read back with plain csv/json parsing, independent of the generator: every labelled path exists in
its file and every column of every file is labelled; the set is deterministic; each category has at
least 25 fields and about 55-65 % are ``none``; identifiers that python-stdnum can check are valid."""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from stdnum import iban, luhn

from tests.support import run_together

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench" / "classify" / "evalgen4" / "generate.py"
WRAPPERS = {"$date", "$oid", "$numberLong", "$numberInt", "$numberDouble", "$binary"}


@pytest.fixture(scope="module")
def made_twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two runs of the generator at once (``test_deterministic`` compares them)."""
    out, again = tmp_path_factory.mktemp("evalgen4"), tmp_path_factory.mktemp("evalgen4-again")
    run_together(*([sys.executable, str(GEN), "--out", str(d)] for d in (out, again)), timeout=300)
    return out, again


@pytest.fixture(scope="module")
def made(made_twice: tuple[Path, Path]) -> Path:
    return made_twice[0]


def leaf_paths(v: object, prefix: str, out: dict[str, list[object]]) -> None:
    """Dotted paths of leaves: arrays transparent, Extended JSON wrappers read as one value."""
    if isinstance(v, dict) and v and not (set(v) & WRAPPERS):
        for k, x in v.items():
            leaf_paths(x, f"{prefix}.{k}" if prefix else k, out)
    elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
        for x in v:
            leaf_paths(x, prefix, out)
    else:
        out.setdefault(prefix, []).append(v)


def columns(path: Path) -> dict[str, list[object]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".csv", ".tsv"):
        delim = "\t" if path.suffix == ".tsv" else (";" if text.split("\n", 1)[0].count(";") else ",")
        rows = list(csv.DictReader(text.splitlines(), delimiter=delim))
        return {k: [r[k] for r in rows] for k in rows[0]}
    stripped = text.lstrip()
    if stripped.startswith("[") or stripped.startswith("{\n"):
        docs = json.loads(text)
    else:
        docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    cols: dict[str, list[object]] = {}
    if isinstance(docs, dict):  # an object of arrays
        for key, arr in docs.items():
            for d in arr:
                leaf_paths(d, key, cols)
    else:
        for d in docs:
            leaf_paths(d, "", cols)
    return cols


def labels(out: Path) -> list[dict[str, str]]:
    with (out / "labels.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_labels_and_files_agree(made: Path) -> None:
    by_file: dict[str, set[str]] = {}
    for r in labels(made):
        by_file.setdefault(r["file_id"], set()).add(r["path"])
    files = {p.stem: p for p in made.iterdir() if p.name != "labels.csv"}
    assert set(files) == set(by_file)
    for fid, paths in by_file.items():
        cols = set(columns(files[fid]))
        # a GeoJSON point is labelled by its children; a list of scalars is one column
        assert paths == cols, (fid, sorted(paths ^ cols)[:6])


def test_counts(made: Path) -> None:
    cats = Counter(r["category"] for r in labels(made))
    total = sum(cats.values())
    assert 0.55 <= cats["none"] / total <= 0.65
    assert len(cats) == 17
    assert min(cats.values()) >= 25, cats
    assert {p.suffix for p in made.iterdir()} == {".json", ".jsonl", ".csv", ".tsv"}


def test_identifiers_are_valid(made: Path) -> None:
    """Card numbers pass Luhn and IBANs their mod-97 check, whatever their spacing."""
    checked = Counter()
    for r in labels(made):
        if r["category"] not in ("financial.card_number", "financial.iban"):
            continue
        path = next(p for p in made.iterdir() if p.stem == r["file_id"])
        for v in columns(path)[r["path"]]:
            if isinstance(v, dict) or v in (None, "", "N/A", "-", "null"):
                continue
            s = str(v).replace(" ", "").replace("-", "")
            if r["category"] == "financial.card_number":
                assert luhn.is_valid(s), (r, v)
            else:
                assert iban.is_valid(s) or s.startswith("IR"), (r, v)
            checked[r["category"]] += 1
    assert checked["financial.card_number"] > 500 and checked["financial.iban"] > 500


def test_deterministic(made_twice: tuple[Path, Path]) -> None:
    made, again = made_twice

    def digest(d: Path) -> str:
        return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in sorted(d.iterdir()))).hexdigest()

    assert digest(again) == digest(made)
