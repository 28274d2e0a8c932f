"""Build labels.csv from labels.txt and the trimmed files (labeller's tool).

labels.txt holds one block per file::

    [file_id]
    path category          # a column of personal data
    ?path category         # the same, marked unsure (kept, and counted as such)
    -glob                  # columns left out of the set (e.g. keys that are data, not names)

Every other column found in the file is labelled ``none``. The first set's
``realworld/mklabels.py`` does the work, here with this set's folders and with the columns read by
``check.read_columns`` (the reading the check uses); a path named in labels.txt that the file does
not have is an error (typo guard), and so is a file of manifest.csv without a block.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from check import DATA, read_columns  # noqa: E402


def main() -> None:
    spec = importlib.util.spec_from_file_location("realworld_mklabels", HERE.parent / "realworld" / "mklabels.py")
    assert spec and spec.loader
    first = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(first)
    first.HERE, first.DATA = HERE, DATA
    first.columns = lambda path: list(read_columns(path))
    blocks = {
        line.strip()[1:-1]
        for line in (HERE / "labels.txt").read_text(encoding="utf-8").splitlines()
        if line.startswith("[") and line.rstrip().endswith("]")
    }
    with (HERE / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        ids = {r["file_id"] for r in csv.DictReader(fh)}
    bad = [f"{fid}: in manifest.csv, no block in labels.txt" for fid in sorted(ids - blocks)]
    bad += [f"{fid}: block in labels.txt, not in manifest.csv" for fid in sorted(blocks - ids)]
    for line in bad:
        print(line, file=sys.stderr)
    try:
        first.main()
    except SystemExit as stop:
        if stop.code or bad:
            sys.exit(1)


if __name__ == "__main__":
    main()
