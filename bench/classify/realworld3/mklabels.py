"""Build labels.csv from labels.txt and the trimmed files: realworld2's ``mklabels.py`` with this set's folders.

See ``bench/classify/realworld2/mklabels.py`` for the format of ``labels.txt`` (one ``[file_id]``
block per file; ``path category``, ``?path category`` for unsure, ``-glob`` for left out; every other
column is ``none``). A later set calls ``main(its folder, its data)``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(here: Path = HERE, data: Path | None = None) -> None:
    """Build ``here/labels.csv`` from ``here/labels.txt`` and the files in ``data`` (this set's by default)."""
    if data is None:
        from check import DATA  # this set's check (and data folder), found first on sys.path

        data = DATA
    spec = importlib.util.spec_from_file_location("realworld2_mklabels", HERE.parent / "realworld2" / "mklabels.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.HERE = here
    mod.DATA = data
    mod.main()


if __name__ == "__main__":
    main()
