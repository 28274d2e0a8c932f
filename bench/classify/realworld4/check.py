"""Independent check of the fourth real-world set: realworld3's ``check.py`` with this set's folders.

    python bench/classify/realworld4/check.py [--data DIR]     # default $REALWORLD4_DATA or /work/data/realworld4
    python bench/classify/realworld4/check.py --columns FILE   # list a file's columns with sample values
    python bench/classify/realworld4/check.py --hdr FILE...     # print each table's header claim (HDR:<sha1>)

Everything (manifest sha256, every labelled path in its file, every column labelled once,
categories, the ``HDR:<sha1>`` origin key of a table) is realworld3's, which is realworld2's.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("REALWORLD4_DATA", "/work/data/realworld4"))

_spec = importlib.util.spec_from_file_location("realworld3_check", HERE.parent / "realworld3" / "check.py")
assert _spec and _spec.loader
third = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(third)
third.HERE = HERE  # realworld3's check (and through it realworld2's), pointed at this set's folders
third.DATA = third.base.DATA = DATA
third.base.HERE = HERE

CATEGORIES = third.CATEGORIES
read_columns = third.read_columns
data_file = third.data_file
hdr = third.hdr


def check(data: Path) -> list[str]:
    third.HERE = HERE  # tests point HERE at a folder of their own (realworld3's check passes it on)
    problems: list[str] = third.check(data)
    return problems


if __name__ == "__main__":
    third.main()
