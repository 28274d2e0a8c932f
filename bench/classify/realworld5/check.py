"""Independent check of the fifth real-world set: realworld3's ``check.py`` with this set's folders.

    python bench/classify/realworld5/check.py [--data DIR]     # default $REALWORLD5_DATA or /work/data/realworld5
    python bench/classify/realworld5/check.py --columns FILE   # list a file's columns with sample values
    python bench/classify/realworld5/check.py --hdr FILE...     # print each table's header claim (HDR:<sha1>)

Everything (manifest sha256, every labelled path in its file, every column labelled once,
categories, the ``HDR:<sha1>`` origin key of a table) is realworld3's, which is realworld2's. This set
adds its origin rules: at most 3 tables a repository, no repository of another set's manifest, and
each repository and table header claimed in ``$CLAIMS`` by ``realworld5(eval)`` alone.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("REALWORLD5_DATA", "/work/data/realworld5"))

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


ROLE = "realworld5(eval)"
CLAIMS = Path(os.environ.get("CLAIMS", "/work/data/claims.tsv"))
MAX_PER_REPO = 3


def origin(data: Path, manifest: Path) -> list[str]:
    """At most 3 tables a repository, none in another manifest, its repository and HDR claimed by this set alone."""
    import collections
    import csv

    with manifest.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = [f"{repo}: {n} tables (at most {MAX_PER_REPO})"
           for repo, n in collections.Counter(r["repo"].lower() for r in rows).items() if n > MAX_PER_REPO]
    bench = HERE.parent.parent
    other: set[str] = set()
    for m in [*bench.glob("classify/*/manifest.csv"), *bench.glob("train/real/*/manifest.csv")]:
        if m.resolve() != manifest.resolve():
            with m.open(newline="", encoding="utf-8") as fh:
                other |= {r["repo"].lower() for r in csv.DictReader(fh)}
    out += [f"{r['file_id']}: {r['repo']} is in another set's manifest" for r in rows if r["repo"].lower() in other]
    if not CLAIMS.exists():
        return out
    roles: dict[str, set[str]] = collections.defaultdict(set)
    for line in CLAIMS.read_text(encoding="utf-8").splitlines():
        key, _, role = line.partition("\t")
        roles[key.strip().lower()].add(role.strip())
    for r in rows:
        f = data_file(data, r["file_id"])
        for key in (r["repo"], hdr(f) if f is not None else None):
            if key is not None and roles.get(key.lower(), set()) != {ROLE}:
                out.append(f"{r['file_id']}: {key} claimed as {sorted(roles.get(key.lower(), set())) or 'nothing'}")
    return out


_base_check = third.base.check


def _check_with_origin(data: Path) -> list[str]:
    problems: list[str] = _base_check(data)
    manifest = third.base.HERE / "manifest.csv"
    if manifest.exists():
        problems += origin(data, manifest)
    return problems


third.base.check = _check_with_origin  # realworld2's main and realworld3's check run it


def check(data: Path) -> list[str]:
    third.HERE = HERE  # tests point HERE at a folder of their own (realworld3's check passes it on)
    problems: list[str] = third.check(data)
    return problems


if __name__ == "__main__":
    third.main()
