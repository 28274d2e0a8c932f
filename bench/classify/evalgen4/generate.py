"""Generate evalgen4: a multilingual export set for scoring ajar's field classification.

    python bench/classify/evalgen4/generate.py --out DIR [--seed 604417] [--stats] [--digest]

Writes one file per (template, language) into DIR and DIR/labels.csv (file_id, path, category,
note). Deterministic for a seed (Faker, mimesis and python-stdnum as pinned in requirements.lock):
no value depends on today's date. Seed 604417 is the set's seed, used by no earlier set.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import table  # noqa: E402
from templates import TEMPLATES  # noqa: E402

SEED = 604417
OBJECT_KEYS = ("data", "records", "rows", "results")


def generate(out: Path, seed: int) -> list[tuple[str, str, str]]:
    """Write every table into ``out``; return the (file id, path, category) labels."""
    out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str]] = []
    i = 0
    for tpl in TEMPLATES:
        for code in tpl.langs:
            file_id = f"{i:03d}_{tpl.name}_{code}"
            t = table.build(tpl, code, file_id, seed * 1000 + i)
            key = OBJECT_KEYS[i % len(OBJECT_KEYS)]
            table.write(t, out, key)
            rows += [(file_id, path, cat) for path, cat in table.labels(t, key)]
            i += 1
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("file_id", "path", "category", "note"))
        w.writerows((f, p, c, "") for f, p, c in rows)
    return rows


def digest(out: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(out.iterdir()):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def pin_hash_seed() -> None:
    """Re-run under PYTHONHASHSEED=0: one of Faker's locale lists is built from a set, whose order
    otherwise changes from one interpreter to the next."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})


def main() -> None:
    pin_hash_seed()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--stats", action="store_true", help="print counts per category and format")
    ap.add_argument("--digest", action="store_true", help="print the sha256 of all files written")
    a = ap.parse_args()
    rows = generate(a.out, a.seed)
    if a.stats:
        cats = Counter(c for _, _, c in rows)
        files = {f for f, _, _ in rows}
        exts = Counter(p.suffix for p in a.out.iterdir() if p.name != "labels.csv")
        print(f"{len(files)} tables, {len(rows)} fields, none {cats['none'] / len(rows):.1%}; files {dict(exts)}")
        for c, n in sorted(cats.items()):
            print(f"  {c:26} {n}")
    if a.digest:
        print(f"sha256 of all files: {digest(a.out)}")


if __name__ == "__main__":
    main()
