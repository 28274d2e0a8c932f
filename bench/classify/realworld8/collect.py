"""Take tables into the eighth real-world set (the author's tool).

    python collect.py --claim OWNER/NAME...                   # claim repositories before fetching or reading them
    python collect.py ID OWNER/NAME COMMIT PATH ROWS < FILE    # trim, claim the HDR, add a manifest row

realworld5's ``collect.py`` with this set's folders and role (``realworld8(eval)``). ``FILE`` is the
table as ``git show COMMIT:PATH`` gives it from the tool library's snapshot of the repository
(``fetch``), or a prefix of ``read_file``'s first page holding the kept records; either way the table
is its header and first ``ROWS`` whole records in the original format (``page_trim``; a JSON array's
elements re-dumped), so ``bench/rebuild_data.py realworld8`` re-makes it from a snapshot. The
repository and the table's ``HDR:`` are claimed in ``$CLAIMS`` under ``flock``; a repository of any
other manifest, or one already on this machine when the set was started (``$PREEXISTING``, kept with
the author's notes outside the repository), is refused.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROLE = "realworld8(eval)"


_spec = importlib.util.spec_from_file_location("realworld5_collect_rw8", HERE.parent / "realworld5" / "collect.py")
assert _spec and _spec.loader
fifth: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fifth)
_load = fifth._load
check = _load("realworld8_check", HERE / "check.py")
fifth.HERE, fifth.ROLE, fifth.MANIFEST, fifth.check = HERE, ROLE, HERE / "manifest.csv", check

PREEXISTING = Path(os.environ.get("PREEXISTING", "/work/data/rw8work/preexisting_mirrors.txt"))
# "not checked (read through the stored index)" for a table transcribed from read_file's page
fifth.LICENCE = os.environ.get("RW8_LICENCE", "not checked (read from the tool library's snapshot)")
_claim_repo = fifth.claim_repo


def _claim_repo_new(repo: str) -> str | None:
    """realworld5's claim, refusing too a repository fetched onto this machine before this set was started."""
    pre = PREEXISTING.read_text(encoding="utf-8").lower().split() if PREEXISTING.exists() else []
    if repo.replace("/", "+").lower() in pre:
        return "a session that fetched it before this set was started"
    out: str | None = _claim_repo(repo)
    return out


fifth.claim_repo = _claim_repo_new

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
