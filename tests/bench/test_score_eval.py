"""The independent-evaluation scorer and the evalgen generator (bench/classify), without ajar."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


score_eval = _load("score_eval", ROOT / "bench/classify/score_eval.py")


def test_lookup_exact_masked_and_ancestor_credit_only() -> None:
    fields = {"email": "contact.email", "이*": "person.name", "billing": "contact.address"}
    assert score_eval.lookup(fields, "email", "contact.email") == ("contact.email", "email")
    assert score_eval.lookup(fields, "이름", "person.name") == ("person.name", "이*")
    # an ancestor classified as the labelled category gives credit ...
    assert score_eval.lookup(fields, "billing.street", "contact.address") == ("contact.address", "billing")
    # ... but never blame: a non-personal leaf under it stays "none"
    assert score_eval.lookup(fields, "billing.city", "none") == ("none", None)
    assert score_eval.lookup(fields, "phone", "contact.phone") == ("none", None)


def test_lookup_reads_an_elasticdump_label_as_the_document_field() -> None:
    fields = {"cliente_email": "contact.email"}
    assert score_eval.lookup(fields, "_source.cliente_email", "contact.email") == ("contact.email", "cliente_email")
    assert score_eval.lookup(fields, "_index", "none") == ("none", None)
    assert score_eval.lookup({"_source.x": "person.name"}, "_source.x", "person.name") == ("person.name", "_source.x")


def test_predict_object_of_arrays_and_missing_dataset() -> None:
    found = {"f1.users": {"mail": "contact.email"}, "f2": {}}
    assert score_eval.predict(found, "f1", "users.mail", "contact.email")[0] == "contact.email"
    assert score_eval.predict(found, "f2", "x", "none")[0] == "none"
    assert score_eval.predict(found, "f3", "x", "none")[0] is None


def test_predict_a_saved_reply_as_its_records_and_its_other_keys() -> None:
    found = {"f1.customers": {"email": "contact.email"}, "f1.reply": {"pagination.next": "none"}}
    assert score_eval.predict(found, "f1", "data.customers.email", "contact.email") == (
        "contact.email",
        "f1.customers",
        "email",
    )
    assert score_eval.predict(found, "f1", "pagination.next", "none") == ("none", "f1.reply", "pagination.next")
    assert score_eval.predict(found, "f1", "data.customers.phone", "contact.phone")[:2] == ("none", "f1.customers")


def test_score_counts(capsys: pytest.CaptureFixture[str]) -> None:
    labels = [
        {"file_id": "a", "path": "mail", "category": "contact.email", "note": ""},
        {"file_id": "a", "path": "tel", "category": "contact.phone", "note": ""},
        {"file_id": "a", "path": "sku", "category": "none", "note": ""},
        {"file_id": "a", "path": "qty", "category": "none", "note": "unsure"},
    ]
    found = {"a": {"mail": "contact.email", "sku": "person.name"}}
    score_eval.score(labels, found, errors=False)
    out = capsys.readouterr().out
    assert "false alarms: 1/2 non-personal columns (50.0 %)" in out
    assert "personal columns: 2, recall 0.500" in out
    # email F1 1.0, phone F1 0.0 -> macro 0.5 over the two categories with support
    assert "macro-F1 (2 categories with support): 0.500" in out
    assert "1 marked unsure" in out
    assert "misses" not in out  # per-column errors only with --errors


def _leaves(obj: object, prefix: str, out: set[str]) -> None:
    """Paths holding a value (a null/empty value is no column to label); Extended JSON wrappers and
    arrays of objects are transparent, as the labels read them."""
    if obj is None or obj == "":
        return
    if isinstance(obj, dict) and obj and all(str(k).startswith("$") for k in obj):
        out.add(prefix)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _leaves(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(obj, list) and any(isinstance(x, dict) for x in obj):
        for x in obj:
            _leaves(x, prefix, out)
    else:
        out.add(prefix)


def _generated(gen: Path, tmp_path: Path, csv_glob: str) -> tuple[list[dict[str, str]], dict[str, set[str]]]:
    """Run a generator twice (4 records a table): same bytes both times, every category known, every
    path holding a value labelled. Returns the labels and, per file, the paths that hold a value."""
    pytest.importorskip("faker")
    from tests.support import run_together

    run_together(*([sys.executable, str(gen), "--out", str(tmp_path / d), "--records", "4"] for d in ("a", "b")))
    a, b = tmp_path / "a", tmp_path / "b"
    assert sorted(p.name for p in a.iterdir()) == sorted(p.name for p in b.iterdir())
    for p in a.iterdir():
        assert p.read_bytes() == (b / p.name).read_bytes(), p.name
    with (a / "labels.csv").open(encoding="utf-8") as fh:
        labels = list(csv.DictReader(fh))
    by_file: dict[str, set[str]] = {}
    for r in labels:
        assert r["category"] in (*score_eval.CATEGORIES, "none")
        by_file.setdefault(r["file_id"], set()).add(r["path"])
    assert {r["category"] for r in labels} >= set(score_eval.CATEGORIES)
    seen_by_file: dict[str, set[str]] = {}
    for p in [*a.glob("*.json"), *a.glob("*.jsonl")]:
        text = p.read_text(encoding="utf-8")
        docs = json.loads(text) if text.startswith("[") else [json.loads(line) for line in text.splitlines()]
        seen = seen_by_file[p.stem] = set()
        for doc in docs:
            _leaves(doc, "", seen)
        assert seen <= by_file[p.stem], (p.name, seen - by_file[p.stem])
    for p in a.glob(csv_glob):
        with p.open(encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert set(header) == by_file[p.stem]
        seen_by_file[p.stem] = set(header)
    return labels, seen_by_file


def test_evalgen_labels_every_field_and_repeats(tmp_path: Path) -> None:
    labels, _ = _generated(ROOT / "bench/classify/evalgen/generate.py", tmp_path, "eg*.csv")
    assert len({r["file_id"] for r in labels}) >= 60


def test_evalgen2_labels_every_field_covers_categories_and_repeats(tmp_path: Path) -> None:
    from collections import Counter

    labels, seen = _generated(ROOT / "bench/classify/evalgen2/generate.py", tmp_path, "g2_*.csv")
    files = {r["file_id"] for r in labels}
    assert len(files) >= 70 and len(labels) >= 1200
    assert files == set(seen)  # every labelled table was written, as .csv / .json / .jsonl
    for f in files:  # and every labelled column holds a value in it (the first record is never empty)
        assert {r["path"] for r in labels if r["file_id"] == f} == seen[f], f
    n = Counter(r["category"] for r in labels)
    for c in score_eval.CATEGORIES:
        assert n[c] >= (6 if c == "biometric.face_embedding" else 25), (c, n[c])
    assert n["none"] >= 0.4 * len(labels)
    langs = {f.rsplit("_", 1)[1] for f in files}
    assert langs >= {"zh", "ru", "kk", "uk", "tr", "ar", "fa", "hi", "id", "ms", "vi", "es", "pt", "fr", "de", "it",
                     "nl", "pl", "ja", "ko", "en"}
    exts = {p.suffix for p in (tmp_path / "a").iterdir()}
    assert exts == {".csv", ".json", ".jsonl"}
    texts = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "a").glob("*.json"))
    for wrapper in ("$date", "$oid", "$numberLong", "$numberDouble", "$binary"):  # mongoexport's Extended JSON
        assert f'"{wrapper}"' in texts, wrapper


def test_realworld2_set_is_wired(tmp_path: Path) -> None:
    """--set realworld2 reads bench/classify/realworld2/ and names the missing data directory."""
    import subprocess

    assert score_eval.REAL_SETS["realworld2"] == ("REALWORLD2_DATA", "/work/data/realworld2")
    labels = score_eval.read_labels(ROOT / "bench/classify/realworld2/labels.csv")
    assert len(labels) >= 1200
    missing = tmp_path / "absent"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench/classify/score_eval.py"), "--set", "realworld2", "--data", str(missing)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert f"no directory {missing}" in proc.stderr
    assert "bench/classify/realworld2/manifest.csv" in proc.stderr


def test_check_manifest_counts_changed_files(tmp_path: Path) -> None:
    import hashlib

    (tmp_path / "a.csv").write_bytes(b"x,y\n1,2\n")
    (tmp_path / "b.json").write_bytes(b"[]")
    manifest = tmp_path / "manifest.csv"
    good = hashlib.sha256(b"x,y\n1,2\n").hexdigest()
    manifest.write_text(
        f"file_id,repo,commit,path,licence,sha256\na,r,c,p,l,{good}\nb,r,c,p,l,{'0' * 64}\nc,r,c,p,l,{good}\n",
        encoding="utf-8",
    )
    assert score_eval.check_manifest(tmp_path, manifest) == ({"a"}, 2)


def test_a_partial_real_set_is_named_and_present_only_scores_its_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import hashlib

    here = tmp_path / "sets"
    (here / "realworld7").mkdir(parents=True)
    data = tmp_path / "data"
    data.mkdir()
    table = b"email,colour\nzq1@example.org,red\nzq2@example.org,blue\nzq3@example.org,red\n"
    (data / "a.csv").write_bytes(table)  # b.csv is absent: a partial rebuild
    (here / "realworld7/manifest.csv").write_text(
        "file_id,repo,commit,path,licence,sha256\n"
        f"a,r/a,c,p.csv,l,{hashlib.sha256(table).hexdigest()}\nb,r/b,c,p.csv,l,{'0' * 64}\n",
        encoding="utf-8",
    )
    (here / "realworld7/labels.csv").write_text(
        "file_id,path,category,note\na,email,contact.email,\na,colour,none,\nb,email,contact.email,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(score_eval, "HERE", here)
    runs = (([], "PARTIAL: 1 tables absent", 3), (["--present-only"], "PRESENT ONLY: 1 tables", 2))
    for extra, head, labelled in runs:
        monkeypatch.setattr(sys, "argv", ["score_eval.py", "--set", "realworld7", "--data", str(data), *extra])
        score_eval.main()
        out = capsys.readouterr().out
        assert head in out
        assert f"labelled columns: {labelled} " in out
        assert ("missing (file not in report): 1 columns in 1 files" in out) == (not extra)
