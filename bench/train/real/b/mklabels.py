"""Build labels.csv from labels.txt and the trimmed files (labeller's tool).

labels.txt holds one block per file::

    [file_id]
    path category          # a column of personal data
    ?path category         # the same, marked unsure (note "unsure" in labels.csv)
    -glob                  # columns left out of the set (e.g. keys that are data, not names)

Every other column found in the file is labelled ``none``. A path named in labels.txt that the file
does not have is an error (typo guard), and so is a file of manifest.csv without a block. labels.csv
is written atomically (temp file + rename), rows in manifest order then file column order.
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from check import BASE, CATEGORIES, data_file, read_columns  # noqa: E402


def parse(txt: Path) -> dict[str, list[tuple[str, str, bool]]]:
    blocks: dict[str, list[tuple[str, str, bool]]] = {}
    cur = ""
    for n, raw in enumerate(txt.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("  #")[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            blocks.setdefault(cur, [])
        elif line.startswith("-"):
            blocks[cur].append((line[1:], "-", False))
        else:
            unsure = line.startswith("?")
            path, _, cat = line.lstrip("?").rpartition(" ")
            if cat not in CATEGORIES:
                raise SystemExit(f"labels.txt:{n}: unknown category {cat!r}")
            blocks[cur].append((path.strip(), cat, unsure))
    return blocks


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, default=BASE)
    ap.add_argument("--data", type=Path)
    a = ap.parse_args()
    data = a.data or a.base / "files"
    blocks = parse(a.base / "labels.txt")
    with (a.base / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        ids = [r["file_id"] for r in csv.DictReader(fh)]
    bad = [f"{fid}: in manifest.csv, no block in labels.txt" for fid in ids if fid not in blocks]
    bad += [f"{fid}: block in labels.txt, not in manifest.csv" for fid in blocks if fid not in ids]
    rows: list[dict[str, str]] = []
    for fid in ids:
        if fid not in blocks:
            continue
        path = data_file(data, fid)
        if path is None:
            bad.append(f"{fid}: no data file")
            continue
        cols = list(read_columns(path))
        given = {p: (c, u) for p, c, u in blocks[fid] if c != "-"}
        globs = [p for p, c, _ in blocks[fid] if c == "-"]
        bad += [f"{fid}: {p!r} is not a column of the file" for p in given if p not in cols]
        for col in cols:
            if any(fnmatch.fnmatchcase(col, g) for g in globs):
                continue
            cat, unsure = given.get(col, ("none", False))
            rows.append({"file_id": fid, "path": col, "category": cat, "note": "unsure" if unsure else ""})
    for line in bad:
        print(line, file=sys.stderr)
    if bad:
        sys.exit(1)
    tmp = a.base / "labels.csv.tmp"
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["file_id", "path", "category", "note"])
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, a.base / "labels.csv")
    print(f"{len(ids)} files, {len(rows)} columns")


if __name__ == "__main__":
    main()
