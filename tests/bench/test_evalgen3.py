"""evalgen3, the third generated multilingual export set (bench/classify/evalgen3): deterministic,
every column that holds a value is labelled, sizes, languages, formats and Extended JSON present.
Reads the files back with plain csv/json, not with the generator's own code."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.bench.test_score_eval import _leaves, score_eval

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench/classify/evalgen3/generate.py"
CATEGORIES = score_eval.CATEGORIES
LANGS = {
    "zh",
    "ru",
    "kk",
    "uk",
    "tr",
    "ar",
    "fa",
    "hi",
    "id",
    "ms",
    "vi",
    "es",
    "pt",
    "fr",
    "de",
    "it",
    "nl",
    "pl",
    "ja",
    "ko",
    "en",
}


def _digest(d: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(d.iterdir()):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _docs(text: str) -> list[object]:
    """A JSON array, one object, JSON Lines, or mongoexport --pretty's concatenated documents."""
    text = text.strip()
    if text.startswith("["):
        return list(json.loads(text))
    dec = json.JSONDecoder()
    docs, i = [], 0
    while i < len(text):
        obj, i = dec.raw_decode(text, i)
        docs.append(obj)
        while i < len(text) and text[i].isspace():
            i += 1
    return docs


def _csv_header(p: Path) -> list[str]:
    text = p.read_text(encoding="utf-8-sig")
    first = text.split("\n", 1)[0]
    delim = max(",;|\t", key=first.count)
    return next(csv.reader(text.splitlines(), delimiter=delim))


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("faker")
    pytest.importorskip("mimesis")
    out = tmp_path_factory.mktemp("eg3") / "a"
    subprocess.run([sys.executable, str(GEN), "--out", str(out), "--records", "5"], check=True)
    return out


def test_same_seed_same_bytes_other_seed_other_bytes(small: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "b", tmp_path / "c"
    subprocess.run([sys.executable, str(GEN), "--out", str(again), "--records", "5"], check=True)
    subprocess.run([sys.executable, str(GEN), "--out", str(other), "--records", "5", "--seed", "1"], check=True)
    assert _digest(small) == _digest(again)
    assert _digest(small) != _digest(other)


def test_every_column_holding_a_value_is_labelled(small: Path) -> None:
    with (small / "labels.csv").open(encoding="utf-8") as fh:
        labels = list(csv.DictReader(fh))
    by_file: dict[str, set[str]] = {}
    for r in labels:
        assert r["category"] in (*CATEGORIES, "none"), r
        by_file.setdefault(r["file_id"], set()).add(r["path"])
    files = {p.stem: p for p in small.iterdir() if p.name != "labels.csv"}
    assert set(files) == set(by_file)
    for stem, p in files.items():
        if p.suffix in (".csv", ".tsv"):
            header = _csv_header(p)
            assert len(header) == len(set(header)), p.name
            seen = set(header)
        else:
            seen = set()
            for doc in _docs(p.read_text(encoding="utf-8")):
                _leaves(doc, "", seen)
        # every labelled path holds a value (the first record is never empty) and nothing is unlabelled
        assert seen == by_file[stem], (p.name, seen ^ by_file[stem])


def test_sizes_categories_languages_formats(small: Path) -> None:
    with (small / "labels.csv").open(encoding="utf-8") as fh:
        labels = list(csv.DictReader(fh))
    files = {r["file_id"] for r in labels}
    assert len(files) >= 130 and len(labels) >= 1500
    n = Counter(r["category"] for r in labels)
    assert n["none"] >= 0.5 * len(labels)
    for c in CATEGORIES:
        assert n[c] >= 12, (c, n[c])
    per_lang = Counter(f.rsplit("_", 1)[1] for f in files)
    assert set(per_lang) == LANGS and min(per_lang.values()) >= 5, per_lang
    names = " ".join(r["path"] for r in labels)
    for script, chars in (
        ("hanzi", "\u4e00-\u9fff"),
        ("cyrillic", "\u0400-\u04ff"),
        ("kazakh", "әғқңөұүһ"),
        ("ukrainian", "іїєґ"),
        ("arabic/persian", "\u0600-\u06ff"),
        ("persian", "پچژگ"),
        ("devanagari", "\u0900-\u097f"),
        ("hangul", "\uac00-\ud7af"),
        ("kana", "\u3040-\u30ff"),
        ("turkish", "ğış"),
        ("vietnamese", "ưđơ"),
    ):
        assert re.search(f"[{chars}]", names), script
    assert "___" in names  # REDCap checkbox columns (race___1)
    exts = Counter(p.suffix for p in small.iterdir())
    assert {".csv", ".tsv", ".json", ".jsonl", ".ndjson"} <= set(exts)
    text = "".join(p.read_text(encoding="utf-8") for p in small.glob("*.json"))
    for wrapper in ("$date", "$oid", "$numberLong", "$numberInt", "$numberDouble", "$binary"):
        assert f'"{wrapper}"' in text, wrapper
    heads = [p.read_text(encoding="utf-8-sig").split("\n", 1)[0] for p in small.glob("*.csv")]
    for delim in (",", ";", "|", "\t"):
        assert any(delim in h for h in heads), repr(delim)


def _values(p: Path, path: str) -> list[object]:
    if p.suffix in (".csv", ".tsv"):
        text = p.read_text(encoding="utf-8-sig")
        delim = max(",;|\t", key=text.split("\n", 1)[0].count)
        rows = list(csv.reader(text.splitlines(), delimiter=delim))
        i = rows[0].index(path)
        return [r[i] for r in rows[1:]]
    out: list[object] = []

    def walk(obj: object, parts: list[str]) -> None:
        if isinstance(obj, list) and any(isinstance(x, dict) for x in obj):
            for x in obj:
                walk(x, parts)
        elif not parts:
            out.append(next(iter(obj.values())) if isinstance(obj, dict) else obj)
        elif isinstance(obj, dict) and parts[0] in obj:
            walk(obj[parts[0]], parts[1:])

    for doc in _docs(p.read_text(encoding="utf-8")):
        walk(doc, path.split("."))
    return out


def test_card_numbers_pass_luhn(small: Path) -> None:
    """Every card number written, in any format and any format of its own, has a valid check digit."""
    luhn = pytest.importorskip("stdnum.luhn")
    with (small / "labels.csv").open(encoding="utf-8") as fh:
        cards = [(r["file_id"], r["path"]) for r in csv.DictReader(fh) if r["category"] == "financial.card_number"]
    checked = 0
    for stem, path in cards:
        p = next(small.glob(stem + ".*"))
        for v in _values(p, path):
            digits = "".join(ch for ch in str(v) if ch.isdigit())
            if len(digits) >= 12:
                assert luhn.is_valid(digits), (p.name, v)
                checked += 1
    assert checked >= 40


def test_score_eval_knows_the_set(small: Path) -> None:
    """--set evalgen3 goes through the scorer's one path for generated sets, and its labels load there."""
    assert "evalgen3" in score_eval.GENERATED_SETS
    labels = score_eval.read_labels(small / "labels.csv")
    assert {p.suffix for p in small.iterdir() if p.name != "labels.csv"} <= set(score_eval.DATA_EXT)
    assert len(labels) == sum(1 for _ in (small / "labels.csv").open(encoding="utf-8")) - 1
