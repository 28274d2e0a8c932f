"""Take tables into the seventh real-world set from the stored index's ``read_file`` pages (the author's tool).

    python collect.py --claim OWNER/NAME...                        # claim repositories before reading them
    python collect.py ID OWNER/NAME COMMIT PATH ROWS < PAGE_PREFIX  # trim, claim the HDR, add a manifest row

realworld5's ``collect.py`` with this set's folders and role (``realworld7(eval)``): no repository was
fetched; each table is the header and first ``ROWS`` whole records of ``read_file``'s first page, in
the original format (``page_trim``; a JSON array's elements re-dumped), the repository and the table's
``HDR:`` claimed in ``$CLAIMS`` under ``flock``, a repository of any other manifest refused.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROLE = "realworld7(eval)"


_spec = importlib.util.spec_from_file_location("realworld5_collect_rw7", HERE.parent / "realworld5" / "collect.py")
assert _spec and _spec.loader
fifth: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fifth)
_load = fifth._load
check = _load("realworld7_check", HERE / "check.py")
fifth.HERE, fifth.ROLE, fifth.MANIFEST, fifth.check = HERE, ROLE, HERE / "manifest.csv", check

FIELDS = fifth.FIELDS
LICENCE = fifth.LICENCE
page_trim = fifth.page_trim
manifest_repos = fifth.manifest_repos
claim_repo = fifth.claim_repo
entries = fifth.entries
add = fifth.add
_third = fifth._third

if __name__ == "__main__":
    sys.exit(fifth.main())
