"""Independent check of real training set b: labels against the files (plain csv/json, not ajar).

    python check.py [--base DIR] [--data DIR]   # default $REALTRAIN_B_DIR or /work/data/realtrain/$REALTRAIN_SET (b)
    python check.py --columns FILE...           # list a file's columns with sample values

Checks that every file of ``manifest.csv`` is present with its recorded sha256, that every labelled
(file, path) exists in its file, that every column of every file is labelled exactly once (or left
out with ``-glob`` in ``labels.txt``), and that every category is one of the 16 or ``none``. Columns
are read as a person reads the file: CSV/TSV header cells (dialect sniffed); for JSON, dotted paths
of the leaves with arrays transparent and Extended JSON wrappers (``{"$date": ...}``) as one leaf at
the parent path; a top-level JSON object of arrays gives ``<key>.<path>``. Exit 0 when all holds.
(Same reading as ``bench/classify/realworld2/check.py``, standalone.)
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import hashlib
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

#: which real training set these tools work on (set b's tools serve the later sets too)
SET = os.environ.get("REALTRAIN_SET", "b")
BASE = Path(os.environ.get("REALTRAIN_B_DIR", f"/work/data/realtrain/{SET}"))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "classify"))
from score_eval import CATEGORIES as _PERSONAL  # noqa: E402  (the scorer's closed list)

CATEGORIES = frozenset((*_PERSONAL, "none"))
EXTS = (".csv", ".tsv", ".json", ".jsonl", ".ndjson")


def _leaves(obj: Any, prefix: str, out: dict[str, list[Any]]) -> None:
    if isinstance(obj, dict) and obj and all(str(k).startswith("$") for k in obj):
        out.setdefault(prefix, []).append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _leaves(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(obj, list) and any(isinstance(x, dict) for x in obj):
        for x in obj:
            if isinstance(x, dict):
                _leaves(x, prefix, out)
    elif prefix:
        out.setdefault(prefix, []).append(obj)


def sniff(text: str, suffix: str) -> Any:
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        return csv.excel_tab if suffix == ".tsv" else csv.excel


def read_columns(path: Path) -> dict[str, list[Any]]:
    """Column path -> values, in file order."""
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    cols: dict[str, list[Any]] = {}
    if path.suffix in (".csv", ".tsv"):
        rows = list(csv.reader(io.StringIO(text, newline=""), sniff(text, path.suffix)))
        header = [h.strip() or f"column{i + 1}" for i, h in enumerate(rows[0])]
        for i, h in enumerate(header):
            cols[h] = [r[i] for r in rows[1:] if i < len(r) and r[i].strip()]
        return cols
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:  # JSON Lines (mongoexport writes them even into .json)
        for line in text.splitlines():
            if line.strip():
                _leaves(json.loads(line), "", cols)
        return cols
    if isinstance(doc, list):
        for d in doc:
            _leaves(d, "", cols)
    else:
        _leaves(doc, "", cols)
    return cols


def data_file(data: Path, file_id: str) -> Path | None:
    found = [p for p in data.glob(file_id + ".*") if p.suffix in EXTS]
    return found[0] if len(found) == 1 else None


def excluded(base: Path) -> dict[str, list[str]]:
    """file id -> globs of columns left out (``-glob`` lines of labels.txt)."""
    out: dict[str, list[str]] = {}
    txt = base / "labels.txt"
    if not txt.exists():
        return out
    cur = ""
    for raw in txt.read_text(encoding="utf-8").splitlines():
        line = raw.split("  #")[0].strip()
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
        elif line.startswith("-") and cur:
            out.setdefault(cur, []).append(line[1:])
    return out


def check(base: Path, data: Path) -> list[str]:
    problems: list[str] = []
    with (base / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        manifest = list(csv.DictReader(fh))
    with (base / "labels.csv").open(newline="", encoding="utf-8") as fh:
        labels = list(csv.DictReader(fh))
    by_file: dict[str, dict[str, str]] = {}
    for r in labels:
        if r["category"] not in CATEGORIES:
            problems.append(f"{r['file_id']}: {r['path']!r} has unknown category {r['category']!r}")
        seen = by_file.setdefault(r["file_id"], {})
        if r["path"] in seen:
            problems.append(f"{r['file_id']}: {r['path']!r} labelled twice")
        seen[r["path"]] = r["category"]
    ids = [m["file_id"] for m in manifest]
    if len(ids) != len(set(ids)):
        problems.append("manifest.csv has a file id twice")
    for fid in sorted(set(by_file) - set(ids)):
        problems.append(f"{fid}: labelled but not in manifest.csv")
    left_out = excluded(base)
    for m in manifest:
        fid = m["file_id"]
        path = data_file(data, fid)
        if path is None:
            problems.append(f"{fid}: no data file in {data}")
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != m["sha256"]:
            problems.append(f"{fid}: sha256 differs from manifest.csv")
        cols = set(read_columns(path))
        lab = by_file.get(fid, {})
        if not lab:
            problems.append(f"{fid}: no labels")
        for p in sorted(set(lab) - cols):
            problems.append(f"{fid}: labelled path {p!r} is not in the file")
        globs = left_out.get(fid, [])
        for c in sorted(cols - set(lab)):
            if not any(fnmatch.fnmatchcase(c, g) for g in globs):
                problems.append(f"{fid}: column {c!r} is not labelled")
    return problems


def preview(path: Path, n: int = 4, width: int = 45) -> None:
    print(f"[{path.stem}]")
    for name, vals in read_columns(path).items():
        uniq: list[str] = []
        for v in vals:
            s = json.dumps(v, ensure_ascii=False)[:width]
            if s not in uniq:
                uniq.append(s)
            if len(uniq) == n:
                break
        print(f"  {name[:40]:40} {' | '.join(uniq)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--base", type=Path, default=BASE)
    ap.add_argument("--data", type=Path)
    ap.add_argument("--columns", type=Path, nargs="*")
    a = ap.parse_args()
    if a.columns:
        for f in a.columns:
            preview(f)
        return
    problems = check(a.base, a.data or a.base / "files")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
