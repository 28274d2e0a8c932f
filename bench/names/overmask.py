"""How many ordinary field names ajar's name masking hides: the over-masking of :mod:`ajar.names` measured on
the field paths of the real training tables (``bench/train/real/*/labels.csv``, their ``path`` column).

* ``theirs``: paths that :func:`ajar.names.theirs` changes (a path is shown as ``theirs`` shows it);
* ``sibling``: tables whose paths, taken as one service's dataset names (a workbook's sheets), the
  "named after people" rule of :func:`ajar.names.seal_service` would mask, and the parts it would mask;
* ``fields``: the same rule on each table's fields that hold personal data (labelled with a category, as a
  report shows only those): columns named after people.

Run: ``PYTHONPATH=src .venv/bin/python bench/names/overmask.py [-v]``.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

from ajar import names

ROOT = Path(__file__).resolve().parents[2] / "bench" / "train" / "real"


def main(verbose: bool = False) -> None:
    total = 0
    changed: list[str] = []
    tables: dict[tuple[str, str], list[str]] = defaultdict(list)
    personal: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in sorted(ROOT.glob("*/labels.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                total += 1
                tables[(f.parent.name, row["file_id"])].append(row["path"])
                if row["category"] not in ("", "none"):
                    personal[(f.parent.name, row["file_id"])].append(row["path"])
                if names.theirs(row["path"]) != row["path"]:
                    changed.append(row["path"])
    print(f"theirs: {len(changed)} of {total:,} paths changed")
    masked = {k: v for k, v in ((k, names._named_after_people(p)) for k, p in tables.items()) if v}
    print(f"sibling: {len(masked)} of {len(tables):,} tables, {sum(map(len, masked.values()))} parts")
    fields = {k: v for k, v in ((k, names._named_after_people(p)) for k, p in personal.items() if len(p) >= 2) if v}
    print(f"fields: {len(fields)} of {len(personal):,} tables, {sum(map(len, fields.values()))} parts")
    if verbose:
        for p in changed:
            print("  theirs", p, "->", names.theirs(p))
        for (part, table), v in masked.items():
            print("  sibling", part, table, sorted(v))
        for (part, table), v in fields.items():
            print("  fields", part, table, sorted(v))


if __name__ == "__main__":
    main("-v" in sys.argv)
