"""gen_b, the second training-data generator (bench/train/gen_b): deterministic by seed, every
field of every file labelled (read back with plain csv/json, not the generator's code), every
category and every name language present, national ids and IBANs valid by python-stdnum."""

from __future__ import annotations

import csv
import hashlib
import json
import random
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ajar.models import Category
from tests.support import run_together

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench" / "train" / "gen_b" / "generate.py"
LANGS = set("zh ru kk uk tr ar fa hi id ms vi es pt fr de it nl pl ja ko en".split())


def _command(out: Path, seed: int) -> list[str]:
    return [sys.executable, str(GEN), "--out", str(out), "--seed", str(seed), "--records", "12"]


def _run(out: Path, seed: int) -> None:
    subprocess.run(_command(out, seed), check=True, capture_output=True, timeout=600)


def _digest(d: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(d.iterdir()):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _leaves(v: object, prefix: str, out: set[str]) -> None:
    """Dotted paths of a JSON value: arrays transparent, Extended JSON wrappers one value."""
    if isinstance(v, dict):
        if v and all(k.startswith("$") for k in v):
            out.add(prefix)
            return
        if prefix:
            out.add(prefix)  # a composite offered whole too (a GeoJSON point)
        for k, x in v.items():
            _leaves(x, f"{prefix}.{k}" if prefix else k, out)
    elif isinstance(v, list):
        if prefix:
            out.add(prefix)
        for x in v:
            _leaves(x, prefix, out)
    else:
        out.add(prefix)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("genb")
    _run(out, 7)
    return out


def test_same_seed_same_bytes_other_seed_other_bytes(made: Path, tmp_path: Path) -> None:
    run_together(*(_command(tmp_path / d, seed) for d, seed in (("again", 7), ("other", 8))))
    assert _digest(tmp_path / "again") == _digest(made)
    assert _digest(tmp_path / "other") != _digest(made)


def test_every_field_labelled_and_every_label_a_field(made: Path) -> None:
    with (made / "labels.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    labels: dict[str, dict[str, str]] = {}
    for r in rows:
        assert r["category"] == "none" or Category(r["category"])
        labels.setdefault(r["file_id"], {})[r["path"]] = r["category"]
    files = [p for p in made.iterdir() if p.name not in ("labels.csv", "manifest.csv")]
    assert len(files) == len(labels) >= 150
    for p in files:
        want = labels[p.stem]
        if p.suffix == ".json":
            paths: set[str] = set()
            for line in p.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                doc.pop("_id", None)  # the record's ObjectId: never offered as a column
                _leaves(doc, "", paths)
            paths.discard("")
            # every leaf is labelled (a labelled composite covers its inner parts: telecom[].value is "telecom.value")
            # and a sub-document that holds labelled fields is a container, not a field of its own
            unlabelled = {
                x
                for x in paths
                if x not in want and not any(x.startswith(w + ".") or w.startswith(x + ".") for w in want)
            }
            assert not unlabelled, (p.name, unlabelled)
            assert set(want) <= paths, (p.name, set(want) - paths)
        else:
            with p.open(newline="", encoding="utf-8") as fh:
                header = next(csv.reader(fh, delimiter="\t" if p.suffix == ".tsv" else ","))
            assert sorted(header) == sorted(want), p.name
            assert len({h.lower() for h in header}) == len(header), p.name  # no two names differ only in case


def test_categories_languages_formats_templates(made: Path) -> None:
    with (made / "labels.csv").open(newline="", encoding="utf-8") as fh:
        cats = Counter(r["category"] for r in csv.DictReader(fh))
    assert {c.value for c in Category} <= set(cats), set(c.value for c in Category) - set(cats)
    assert cats["none"] > sum(v for k, v in cats.items() if k != "none") * 0.5  # hard negatives, not only positives
    with (made / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        man = list(csv.DictReader(fh))
    assert {m["language"] for m in man} >= LANGS
    assert {m["format"] for m in man} == {"json", "csv", "tsv"}
    sys.path.insert(0, str(GEN.parent))
    try:
        import templates
    finally:
        sys.path.remove(str(GEN.parent))
    assert {m["template"] for m in man} == {t for t, _f in templates.TEMPLATES}
    assert len(templates.TEMPLATES) >= 80
    from faker.config import AVAILABLE_LOCALES
    from mimesis import Locale

    locales = {m["locale"] for m in man}
    assert {f"faker:{x}" for x in AVAILABLE_LOCALES} | {f"mimesis:{x.value}" for x in Locale} == locales


def test_national_ids_and_ibans_pass_stdnum() -> None:
    import importlib

    from stdnum import iban as std_iban

    sys.path.insert(0, str(GEN.parent))
    try:
        import idnums
    finally:
        sys.path.remove(str(GEN.parent))
    rng = random.Random(5)
    for country, (path, _b, _f) in idnums.SPECS.items():
        mod = importlib.import_module(f"stdnum.{path}")
        got = [
            idnums.national_id(rng, country, date(rng.randint(1940, 2008), rng.randint(1, 12), rng.randint(1, 28)))
            for _ in range(5)
        ]
        made_ok = [g for g in got if g is not None]
        assert len(made_ok) >= 3, country
        assert all(mod.is_valid(g) for g in made_ok), (country, made_ok)
    for cc in ("DE", "FR", "IT", "NL", "PL", "TR", "KZ", "UA", "GB", "SA", "BR"):
        v = idnums.iban(rng, cc)
        assert v is not None and std_iban.is_valid(v), cc
