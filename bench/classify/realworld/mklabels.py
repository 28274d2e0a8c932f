"""Build labels.csv from labels.txt and the trimmed files (labeller's tool).

labels.txt holds one block per file::

    [file_id]
    path category          # a column of personal data
    ?path category         # the same, marked unsure (kept, and counted as such)
    -glob                  # columns left out of the set (e.g. keys that are ids, not names)

Every other column found in the file is labelled ``none``. Columns are enumerated the way a
reader of the file sees them: CSV/TSV header cells; for JSON, dotted paths of the leaves, arrays
transparent, Extended JSON wrappers (``{"$date": ...}``, ``{"$oid": ...}``) as one leaf at the
parent path. A path named in labels.txt that the file does not have is an error (typo guard).
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("REALWORLD_DATA", "/work/data/realworld"))
sys.path.insert(0, str(HERE.parent))
from score_eval import CATEGORIES  # noqa: E402


def leaves(obj: Any, prefix: str, out: set[str]) -> None:
    if isinstance(obj, dict) and obj and all(str(k).startswith("$") for k in obj):
        out.add(prefix)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            leaves(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(obj, list):
        if any(isinstance(x, dict) for x in obj):
            for x in obj:
                if isinstance(x, dict):
                    leaves(x, prefix, out)
        elif prefix:
            out.add(prefix)
    elif prefix:
        out.add(prefix)


def columns(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    if path.suffix in (".csv", ".tsv"):
        try:
            dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel_tab if path.suffix == ".tsv" else csv.excel
        header = next(csv.reader(io.StringIO(text, newline=""), dialect))
        return [h.strip() or f"column{i + 1}" for i, h in enumerate(header)]
    out: set[str] = set()
    if text.lstrip().startswith("["):
        for d in json.loads(text):
            leaves(d, "", out)
    elif path.suffix in (".jsonl", ".ndjson") or "\n{" in text.strip():
        for ln in text.splitlines():
            if ln.strip():
                leaves(json.loads(ln), "", out)
    else:
        leaves(json.loads(text), "", out)
    return sorted(out)


def main() -> None:
    blocks: dict[str, list[str]] = {}
    cur = None
    for raw in (HERE / "labels.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("  #")[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            blocks[cur] = []
        else:
            assert cur is not None, raw
            blocks[cur].append(line.strip())
    rows = []
    bad = 0
    for fid, spec in blocks.items():
        files = [p for p in DATA.glob(fid + ".*")]
        if len(files) != 1:
            print(f"{fid}: {len(files)} data files", file=sys.stderr)
            bad += 1
            continue
        cols = columns(files[0])
        label = {c: ("none", "") for c in cols}
        excluded: set[str] = set()
        for item in spec:
            if item.startswith("-"):
                hit = {c for c in cols if fnmatch.fnmatchcase(c, item[1:])}
                if not hit:
                    print(f"{fid}: exclusion {item!r} matches nothing", file=sys.stderr)
                    bad += 1
                excluded |= hit
                continue
            col, _, cat = item.rpartition(" ")
            note = ""
            if col.startswith("?"):
                col, note = col[1:], "unsure"
            if cat not in CATEGORIES and cat != "none":
                print(f"{fid}: bad category {cat!r}", file=sys.stderr)
                bad += 1
            if col not in label:
                print(f"{fid}: no column {col!r} (has {cols[:40]})", file=sys.stderr)
                bad += 1
                continue
            label[col] = (cat, note)
        for c in cols:
            if c not in excluded:
                rows.append({"file_id": fid, "path": c, "category": label[c][0], "note": label[c][1]})
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["file_id", "path", "category", "note"])
        w.writeheader()
        w.writerows(rows)
    from collections import Counter

    cnt = Counter(r["category"] for r in rows)
    print(f"{len(rows)} columns in {len(blocks)} files; " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
