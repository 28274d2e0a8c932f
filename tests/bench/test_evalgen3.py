"""evalgen3, the third generated multilingual export set (bench/classify/evalgen3): deterministic,
every column that holds a value is labelled, sizes, languages, formats and Extended JSON present.
Reads the files back with plain csv/json, not with the generator's own code."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.bench.test_score_eval import _leaves, score_eval
from tests.support import run_together

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
    return _rows(p)[0]


def _rows(p: Path) -> list[list[str]]:
    """A CSV/TSV file's rows, its delimiter guessed from the header line (quoted cells may span lines)."""
    text = p.read_text(encoding="utf-8-sig")
    delim = max(",;|\t", key=text.split("\n", 1)[0].count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("faker")
    pytest.importorskip("mimesis")
    out = tmp_path_factory.mktemp("eg3") / "a"
    subprocess.run([sys.executable, str(GEN), "--out", str(out), "--records", "5"], check=True)
    return out


def test_same_seed_same_bytes_other_seed_other_bytes(small: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "b", tmp_path / "c"
    run_together(
        [sys.executable, str(GEN), "--out", str(again), "--records", "5"],
        [sys.executable, str(GEN), "--out", str(other), "--records", "5", "--seed", "1"],
    )
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
        rows = _rows(p)
        i = rows[0].index(path)
        assert all(len(r) == len(rows[0]) for r in rows), p.name
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


def _labelled_values(small: Path, category: str) -> list[tuple[str, object]]:
    with (small / "labels.csv").open(encoding="utf-8") as fh:
        cols = [(r["file_id"], r["path"]) for r in csv.DictReader(fh) if r["category"] == category]
    return [(stem, v) for stem, path in cols for v in _values(next(small.glob(stem + ".*")), path)]


def test_ibans_and_international_phones_are_valid(small: Path) -> None:
    """IBANs pass ISO 13616 (stdnum), and phones written with a + pass phonenumbers."""
    iban = pytest.importorskip("stdnum.iban")
    phonenumbers = pytest.importorskip("phonenumbers")
    ibans = [
        (s, str(v)) for s, v in _labelled_values(small, "financial.iban") if len(str(v)) > 14 and str(v)[:2].isalpha()
    ]
    assert len(ibans) >= 30
    for stem, v in ibans:
        if v[:2].upper() == "IR":  # Iran's Sheba numbers are IBANs outside the SWIFT registry stdnum knows
            compact = v.replace(" ", "").upper()
            assert int("".join(str(int(ch, 36)) for ch in compact[4:] + compact[:4])) % 97 == 1, (stem, v)
        else:
            assert iban.is_valid(v), (stem, v)
    phones = [(s, str(v)) for s, v in _labelled_values(small, "contact.phone") if str(v).startswith("+")]
    assert len(phones) >= 40
    for stem, v in phones:
        for one in v.replace(";", ",").split(","):
            assert phonenumbers.is_valid_number(phonenumbers.parse(one.strip())), (stem, one)


def test_national_ids_have_valid_check_digits() -> None:
    """The generator's national-id makers pass python-stdnum where stdnum knows the scheme."""
    pytest.importorskip("faker")
    sys.path.insert(0, str(GEN.parent))
    try:
        import kinds
    finally:
        sys.path.remove(str(GEN.parent))
    from stdnum import luhn
    from stdnum.br import cpf
    from stdnum.cn import ric
    from stdnum.de import idnr
    from stdnum.es import dni
    from stdnum.fr import nir
    from stdnum.id import nik
    from stdnum.in_ import aadhaar
    from stdnum.it import codicefiscale
    from stdnum.jp import in_
    from stdnum.kr import rrn
    from stdnum.my import nric
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.pt import nif
    from stdnum.ru import inn
    from stdnum.tr import tckimlik
    from stdnum.ua import rntrc
    from stdnum.us import ssn

    checks = {
        "CN": ric,
        "RU": inn,
        "TR": tckimlik,
        "IN": aadhaar,
        "ID": nik,
        "MY": nric,
        "ES": dni,
        "BR": cpf,
        "FR": nir,
        "DE": idnr,
        "IT": codicefiscale,
        "NL": bsn,
        "PL": pesel,
        "JP": in_,
        "KR": rrn,
        "US": ssn,
        "UA": rntrc,
        "PT": nif,
        "SA": luhn,
    }
    for cc, mod in checks.items():
        lang = next(lang for lang, profiles in kinds.PROFILES.items() if any(p[1] == cc for p in profiles))
        for seed in range(40):
            ctx = kinds.Ctx(lang, seed)
            ctx.country = cc
            v = kinds.NATIONAL[cc](ctx)
            assert mod.is_valid(v), (cc, v)
