"""Independent check of the third real-world set: realworld2's ``check.py`` with this set's folders.

    python bench/classify/realworld3/check.py [--data DIR]     # default $REALWORLD3_DATA or /work/data/realworld3
    python bench/classify/realworld3/check.py --columns FILE   # list a file's columns with sample values
    python bench/classify/realworld3/check.py --hdr FILE...     # print each table's header claim (HDR:<sha1>)

Everything of the check (manifest sha256, every labelled path in its file, every column labelled
once, categories) is realworld2's; this file adds ``hdr``: the origin key of a table, the sha1 of its
lower-cased, stripped, sorted, comma-joined header cells (CSV/TSV) or top-level keys (the union over
the records of a JSON array or JSON Lines; the keys of a JSON object). Two copies of one table in
different repositories have the same HDR.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("REALWORLD3_DATA", "/work/data/realworld3"))

_spec = importlib.util.spec_from_file_location("realworld2_check", HERE.parent / "realworld2" / "check.py")
assert _spec and _spec.loader
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.HERE = HERE  # realworld2's check, pointed at this set's folders
base.DATA = DATA

CATEGORIES = base.CATEGORIES
read_columns = base.read_columns
data_file = base.data_file


def check(data: Path) -> list[str]:
    base.HERE = HERE  # tests point HERE at a folder of their own
    problems: list[str] = base.check(data)
    return problems


def _keys(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    if path.suffix in (".csv", ".tsv"):
        try:
            dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel_tab if path.suffix == ".tsv" else csv.excel
        return next(csv.reader(io.StringIO(text, newline=""), dialect), [])
    try:
        docs: Any = json.loads(text)
    except json.JSONDecodeError:
        docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    if isinstance(docs, dict):
        return [str(k) for k in docs]
    keys: set[str] = set()
    for d in docs:
        if isinstance(d, dict):
            keys.update(str(k) for k in d)
    return sorted(keys)


def hdr(path: Path) -> str:
    """``HDR:<sha1>`` of a table's header cells or top-level keys (lower-cased, stripped, sorted)."""
    joined = ",".join(sorted(k.strip().lower() for k in _keys(path)))
    return "HDR:" + hashlib.sha1(joined.encode("utf-8")).hexdigest()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--hdr":
        for f in sys.argv[2:]:
            print(f"{hdr(Path(f))}  {f}")
        return
    base.main()


if __name__ == "__main__":
    main()
