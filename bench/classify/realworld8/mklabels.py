"""Build labels.csv from labels.txt and the trimmed files (realworld3's ``mklabels.py`` on this set's folders).

Format of ``labels.txt``: realworld2's (one ``[file_id]`` block per file; ``path category``,
``?path category  # reason`` for unsure, ``-glob`` for left out; every other column is ``none``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    import check  # this set's check, hence its data folder
    from collect import _load

    _load("realworld3_mklabels_rw8", HERE.parent / "realworld3" / "mklabels.py").main(HERE, check.DATA)
