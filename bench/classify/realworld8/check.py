"""Independent check of the eighth real-world set: realworld5's ``check.py`` pointed at this set's folders and role.

    python bench/classify/realworld8/check.py [--data DIR]     # default $REALWORLD8_DATA or /work/data/realworld8
    python bench/classify/realworld8/check.py --columns FILE   # list a file's columns with sample values
    python bench/classify/realworld8/check.py --hdr FILE...     # print each table's header claim (HDR:<sha1>)

Everything is realworld5's (which is realworld3's, which is realworld2's): manifest sha256, every
labelled path in its file, every column labelled once, categories, the ``HDR:<sha1>`` origin key, at
most 3 tables a repository, no repository of another set's manifest, and each repository and table
header claimed in ``$CLAIMS`` by ``realworld8(eval)`` alone.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("REALWORLD8_DATA", "/work/data/realworld8"))
ROLE = "realworld8(eval)"

_spec = importlib.util.spec_from_file_location("realworld5_check_rw8", HERE.parent / "realworld5" / "check.py")
assert _spec and _spec.loader
fifth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fifth)
fifth.HERE, fifth.DATA, fifth.ROLE = HERE, DATA, ROLE  # realworld5's check, pointed at this set
third = fifth.third
third.HERE = third.base.HERE = HERE
third.DATA = third.base.DATA = DATA

CATEGORIES = third.CATEGORIES
read_columns = third.read_columns
data_file = third.data_file
hdr = third.hdr
CLAIMS = fifth.CLAIMS
MAX_PER_REPO = fifth.MAX_PER_REPO


def origin(data: Path, manifest: Path) -> list[str]:
    fifth.CLAIMS = CLAIMS  # tests point CLAIMS at a file of their own
    out: list[str] = fifth.origin(data, manifest)
    return out


def check(data: Path) -> list[str]:
    fifth.CLAIMS = CLAIMS
    fifth.HERE = HERE
    out: list[str] = fifth.check(data)
    return out


if __name__ == "__main__":
    third.main()
