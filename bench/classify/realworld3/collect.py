"""Copy tables out of fetched public repositories into the third real-world set (the author's tool).

    python collect.py ID OWNER/NAME PATH [--rows 200]
    python collect.py --batch SPEC [--quiet]     # one "ID OWNER/NAME PATH" per line
    python collect.py --claim OWNER/NAME...      # claim repositories before fetching them

realworld2's ``collect.py`` does the copying (the table at the snapshot's HEAD, header and first
``--rows`` records in the original format, a manifest row); this one writes into
``$REALWORLD3_DATA`` (default ``/work/data/realworld3``) and this folder's ``manifest.csv``, and keeps
origins disjoint: the repository must be unclaimed or claimed by this set in ``$CLAIMS``
(default ``/work/data/claims.tsv``), and the table's ``HDR:<sha1>`` (``check.hdr``) must be claimed
by nobody else and differ from every table of the earlier real-world sets. Both claims are appended
under ``flock``. A refused table is removed again and named on stderr; the run goes on.
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import check  # noqa: E402
from score_eval import REAL_SETS  # noqa: E402  (on sys.path through check)

ROLE = "realworld3(eval)"
CLAIMS = Path(os.environ.get("CLAIMS", "/work/data/claims.tsv"))
# repositories already fetched onto this machine when the set was started (kept outside the repository)
PREEXISTING = Path(os.environ.get("PREEXISTING", "/work/data/rw3work/preexisting_mirrors.txt"))
EARLIER = {name: where for name, where in REAL_SETS.items() if name in ("realworld", "realworld2")}

_spec = importlib.util.spec_from_file_location("realworld2_collect", HERE.parent / "realworld2" / "collect.py")
assert _spec and _spec.loader
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.DATA = check.DATA  # realworld2's collect, writing into this set
base.MANIFEST = HERE / "manifest.csv"


def earlier_hdrs() -> set[str]:
    out: set[str] = set()
    for name, (env, default) in EARLIER.items():
        data = Path(os.environ.get(env, default))
        with (HERE.parent / name / "manifest.csv").open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                f = check.data_file(data, row["file_id"])
                if f is not None:
                    out.add(check.hdr(f))
    return out


def own(file_id: str) -> set[str]:
    """HDRs of this set's other tables (the same table twice is one origin here too)."""
    out: set[str] = set()
    with base.MANIFEST.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            f = check.data_file(check.DATA, row["file_id"])
            if row["file_id"] != file_id and f is not None:
                out.add(check.hdr(f))
    return out


def claim(key: str) -> str | None:
    """Claim ``key`` for this set; the role that already holds it when it is someone else's."""
    with CLAIMS.with_suffix(".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lines = CLAIMS.read_text(encoding="utf-8").splitlines() if CLAIMS.exists() else []
        for line in lines:
            k, _, role = line.partition("\t")
            if k.strip().lower() == key.lower():
                return None if role.strip() == ROLE else role.strip()
        with CLAIMS.open("a", encoding="utf-8") as fh:
            fh.write(f"{key}\t{ROLE}\n")
    return None


def claim_repo(repo: str) -> str | None:
    """Claim a repository before it is fetched or used; who holds it when that is not this set."""
    pre = PREEXISTING.read_text(encoding="utf-8").lower().split() if PREEXISTING.exists() else []
    if repo.replace("/", "+").lower() in pre:
        return "a session that fetched it before this set was started"
    return claim(repo)


def collect(file_id: str, repo: str, path: str, rows: int, quiet: bool, old: set[str]) -> bool:
    owner = claim_repo(repo)
    if owner:
        print(f"{file_id}: REFUSED, {repo} is claimed by {owner}", file=sys.stderr)
        return False
    base.collect(file_id, repo, path, rows, quiet)
    out = check.data_file(check.DATA, file_id)
    assert out is not None
    key = check.hdr(out)
    if key in old:
        holder: str | None = "an earlier real-world set"
    elif key in own(file_id):
        holder = "another table of this set"
    else:
        holder = claim(key)
    if holder:
        print(f"{file_id}: REFUSED, its header {key} is claimed by {holder}", file=sys.stderr)
        out.unlink()
        with base.MANIFEST.open(newline="", encoding="utf-8") as fh:
            entries = [r for r in csv.DictReader(fh) if r["file_id"] != file_id]
        with base.MANIFEST.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, base.first.FIELDS)
            w.writeheader()
            w.writerows(entries)
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file_id", nargs="?")
    ap.add_argument("repo", nargs="?")
    ap.add_argument("path", nargs="?")
    ap.add_argument("--rows", type=int, default=200)
    ap.add_argument("--batch", type=Path)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--claim", nargs="+", metavar="OWNER/NAME")
    a = ap.parse_args()
    if a.claim:
        for repo in a.claim:
            owner = claim_repo(repo)
            print(f"{repo}: {'TAKEN by ' + owner if owner else 'claimed'}")
        return
    old = earlier_hdrs()
    if a.batch:
        for line in a.batch.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                fid, repo, path = line.split(None, 2)
                collect(fid, repo, path.strip(), a.rows, a.quiet, old)
    else:
        collect(a.file_id, a.repo, a.path, a.rows, a.quiet, old)


if __name__ == "__main__":
    main()
