"""The inter-annotator comparison (bench/classify/agreement/compare.py) on a tiny synthetic pair of label files."""

from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench/classify/agreement/compare.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement_compare", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["agreement_compare"] = mod
    spec.loader.exec_module(mod)
    return mod


compare = _load()

# 10 columns in 3 files: 4 names and 6 "none" for the first labeller; the second misses one name
# (f2 nachname, marked unsure) and calls one "none" an e-mail (f3 notes). One extra column only the
# second labelled (left out by the first).
FIRST = [
    ("f1", "name", "person.name", ""),
    ("f1", "vorname", "person.name", ""),
    ("f1", "id", "none", ""),
    ("f1", "age", "none", ""),
    ("f2", "nachname", "person.name", "unsure"),
    ("f2", "city", "none", ""),
    ("f2", "kind", "none", ""),
    ("f3", "author", "person.name", ""),
    ("f3", "notes", "none", ""),
    ("f3", "created", "none", ""),
]
SECOND = [
    *(r for r in FIRST if r[1] not in ("nachname", "notes")),
    ("f2", "nachname", "none", "unsure: initials only"),
    ("f3", "notes", "contact.email", ""),
    ("f3", "extra", "none", ""),
]


def _write(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "path", "category", "note"])
        w.writerows(rows)
    return path


def test_agreement_kappa_and_macro_f1_by_hand(tmp_path: Path) -> None:
    res = compare.join(
        compare.read_labels(_write(tmp_path / "a.csv", FIRST)),
        compare.read_labels(_write(tmp_path / "b.csv", SECOND)),
    )
    assert res.left_out == [("f3", "extra")]
    sc = compare.score(res)
    assert sc.n == 10
    assert sc.agreement == pytest.approx(0.8)
    # p_e = 0.4*0.3 (name) + 0.6*0.6 (none) = 0.48; kappa = (0.8 - 0.48) / 0.52
    assert sc.kappa == pytest.approx(0.32 / 0.52)
    # personal or not: same two disagreements; first 4/6, second 4/6 -> p_e = 0.16 + 0.36 = 0.52
    assert sc.binary_kappa == pytest.approx((0.8 - 0.52) / 0.48)
    # name: tp 3, fp 0, support 4 -> F1 6/7; e-mail has no support: a false positive, not in the macro
    assert sc.per_category["person.name"] == pytest.approx((1.0, 0.75, 6 / 7, 4))
    assert sc.per_category["contact.email"] == (0.0, 0.0, 0.0, 0)
    assert sc.macro_f1 == pytest.approx(6 / 7)
    assert sorted(sc.disagreements) == [
        ("f2", "nachname", "person.name", "none", "first+second"),
        ("f3", "notes", "none", "contact.email", "-"),
    ]


def test_identical_labels_agree_perfectly_and_weights_follow_strata(tmp_path: Path) -> None:
    first = compare.read_labels(_write(tmp_path / "a.csv", FIRST))
    sc = compare.score(compare.join(first, first))
    assert (sc.agreement, sc.kappa, sc.macro_f1, sc.disagreements) == (1.0, 1.0, 1.0, [])
    # a sample where the one disagreeing "rest" column stands for 50 columns of the set
    sample = tmp_path / "s.csv"
    with sample.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "path", "stratum", "stratum_size"])
        for fid, path, cat, _ in FIRST:
            personal = cat != "none"
            w.writerow([fid, path, "personal" if personal else "rest", 4 if personal else 300])
    res = compare.join(first, compare.read_labels(_write(tmp_path / "b.csv", SECOND)))
    sc = compare.score(res, compare.read_strata(sample))
    # personal stratum: weight 1 each (4 of 4), one disagreement; rest: weight 50 each, one disagreement
    assert sc.weighted_agreement == pytest.approx((3 * 1 + 5 * 50) / (4 * 1 + 6 * 50))


def test_cli_prints_paths_and_categories_and_refuses_bad_files(tmp_path: Path) -> None:
    a, b = _write(tmp_path / "a.csv", FIRST), _write(tmp_path / "b.csv", SECOND)
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--first", str(a), "--second", str(b)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "raw agreement: 0.800 (8/10" in out
    assert "Cohen's kappa: 0.615" in out
    assert "f3  notes  none -> contact.email  [-]" in out
    assert "left out by the first labeller: f3  extra" in out
    bad = _write(tmp_path / "c.csv", [("f1", "name", "person.nmae", "")])
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--first", str(a), "--second", str(bad)], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "unknown category" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("part", "name"),
    [*((p, n) for p in ("", "rare_", "idhealth_") for n in ("rw2", "rw3")), ("", "rw5"), ("", "rw6"), ("", "rw7")],
)
def test_committed_second_labels_cover_their_sample_once(part: str, name: str) -> None:
    folder = ROOT / "bench/classify/agreement"
    with (folder / f"sample_{part}{name}.csv").open(newline="", encoding="utf-8") as fh:
        sample = [(r["file_id"], r["path"]) for r in csv.DictReader(fh)]
    with (folder / f"second_labels_{part}{name}.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["file_id"], r["path"]) for r in rows] == sample
    assert len(set(sample)) == len(sample)
    assert {r["category"] for r in rows} <= {*compare.CATEGORIES, compare.NONE}


@pytest.mark.parametrize(
    ("name", "personal", "rest"), [("rw5", "419", "651"), ("rw6", "405", "648"), ("rw7", "417", "672")]
)
def test_later_samples_are_stratified_as_documented(name: str, personal: str, rest: str) -> None:
    with (ROOT / f"bench/classify/agreement/sample_{name}.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    drawn = {(r["stratum"], r["stratum_size"]) for r in rows}
    assert drawn == {("personal", personal), ("rest", rest)}
    assert sum(r["stratum"] == "personal" for r in rows) == 150 and len(rows) == 300
    assert name in compare.SETS
