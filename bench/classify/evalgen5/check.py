#!/usr/bin/env python3
"""Independent check of a generated evalgen5 directory: plain csv/json parsing only.

    python bench/classify/evalgen5/check.py DIR

Every labelled path exists in its file, every leaf field of every file is labelled once, every
category is known, Luhn/IBAN validity of the card and IBAN columns. Exits 1 on a problem."""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from stdnum import iban, luhn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from score_eval import CATEGORIES  # noqa: E402


def leaf_paths(v: object, prefix: str, out: set[str], vals: dict[str, list]) -> None:
    if isinstance(v, dict):
        if any(k.startswith("$") for k in v):  # an Extended JSON wrapper is one value
            out.add(prefix.rstrip("."))
            vals[prefix.rstrip(".")].append(v)
            return
        for k, x in v.items():
            leaf_paths(x, f"{prefix}{k}.", out, vals)
    elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
        for x in v:
            leaf_paths(x, prefix, out, vals)
    else:
        out.add(prefix.rstrip("."))
        vals[prefix.rstrip(".")].append(v)


def read(path: Path) -> tuple[set[str], dict[str, list]]:
    paths: set[str] = set()
    vals: dict[str, list] = defaultdict(list)
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".csv", ".tsv"):
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        rows = list(csv.reader(text.splitlines(), dialect))
        for i, h in enumerate(rows[0]):
            paths.add(h)
            vals[h] = [r[i] for r in rows[1:] if i < len(r)]
        return paths, vals
    try:
        doc = json.loads(text)
        docs = doc if isinstance(doc, list) else None
        if docs is None:  # object of arrays
            for k, arr in doc.items():
                for r in arr:
                    leaf_paths(r, k + ".", paths, vals)
            return paths, vals
    except json.JSONDecodeError:
        docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    for r in docs:
        leaf_paths(r, "", paths, vals)
    return paths, vals


def check(d: Path) -> list[str]:
    problems: list[str] = []
    labels = list(csv.DictReader((d / "labels.csv").open(encoding="utf-8")))
    by_file: dict[str, dict[str, str]] = defaultdict(dict)
    for r in labels:
        if r["category"] not in CATEGORIES and r["category"] != "none":
            problems.append(f"unknown category {r}")
        if r["path"] in by_file[r["file_id"]]:
            problems.append(f"labelled twice: {r['file_id']} {r['path']}")
        by_file[r["file_id"]][r["path"]] = r["category"]
    files = {p.stem: p for p in d.iterdir() if p.name != "labels.csv"}
    if set(files) != set(by_file):
        problems.append(f"files without labels or labels without files: {set(files) ^ set(by_file)}")
    for fid, lab in by_file.items():
        if fid not in files:
            continue
        paths, vals = read(files[fid])
        if paths != set(lab):
            problems.append(f"{fid}: unlabelled {sorted(paths - set(lab))}, absent {sorted(set(lab) - paths)}")
        for p, cat in lab.items():
            for v in vals.get(p, []):
                if isinstance(v, dict):
                    v = v.get("$numberLong", v)
                s = "".join(ch for ch in str(v) if ch.isalnum())
                if not s or s.lower() in ("null", "none", "na"):
                    continue
                if cat == "financial.card_number" and not luhn.is_valid(s):
                    problems.append(f"{fid}.{p}: card {v!r} fails Luhn")
                if cat == "financial.iban" and s[:2].isalpha() and s[:2] != "IR" and not iban.is_valid(s):
                    problems.append(f"{fid}.{p}: IBAN {v!r} invalid")
    return problems


def main() -> None:
    probs = check(Path(sys.argv[1]))
    for p in probs[:50]:
        print(p)
    print(f"{len(probs)} problems")
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
