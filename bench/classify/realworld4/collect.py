"""Copy tables out of fetched public repositories into the fourth real-world set (the author's tool).

    python collect.py ID OWNER/NAME PATH [--rows 200]
    python collect.py --batch SPEC [--quiet]     # one "ID OWNER/NAME PATH" per line
    python collect.py --claim OWNER/NAME...      # claim repositories before fetching them

realworld3's ``collect.py`` (copying by realworld2's, repository and ``HDR:`` claims under ``flock``)
with this set's data folder (``$REALWORLD4_DATA``, default ``/work/data/realworld4``), manifest, role
``realworld4(eval)``, its own list of repositories fetched onto this machine before the set was
started (``$PREEXISTING``, default ``/work/data/rw4work/preexisting_mirrors.txt``), and realworld3
among the earlier sets whose table headers this set's must differ from.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent

_spec = importlib.util.spec_from_file_location("realworld4_check", HERE / "check.py")
assert _spec and _spec.loader
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)

_spec = importlib.util.spec_from_file_location("realworld3_collect", HERE.parent / "realworld3" / "collect.py")
assert _spec and _spec.loader
third = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(third)
third.check = check  # this set's check (realworld3's collect imported its own by name)
third.base.DATA = check.DATA
third.base.MANIFEST = HERE / "manifest.csv"
third.ROLE = ROLE = "realworld4(eval)"
third.PREEXISTING = Path(os.environ.get("PREEXISTING", "/work/data/rw4work/preexisting_mirrors.txt"))
third.EARLIER = {n: w for n, w in third.REAL_SETS.items() if n in ("realworld", "realworld2", "realworld3")}

claim = third.claim
claim_repo = third.claim_repo
earlier_hdrs = third.earlier_hdrs

if __name__ == "__main__":
    third.main()
