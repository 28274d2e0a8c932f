"""Build labels.csv from labels.txt and the trimmed files: realworld3's ``mklabels.py`` with this set's folders.

See ``bench/classify/realworld2/mklabels.py`` for the format of ``labels.txt`` (one ``[file_id]``
block per file; ``path category``, ``?path category`` for unsure, ``-glob`` for left out; every other
column is ``none``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from check import DATA  # this set's check (and data folder), found first on sys.path

    spec = importlib.util.spec_from_file_location("realworld3_mklabels", HERE.parent / "realworld3" / "mklabels.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.main(HERE, DATA)
