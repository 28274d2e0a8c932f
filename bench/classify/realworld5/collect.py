"""Take tables into the fifth real-world set from the stored index's ``read_file`` pages (the author's tool).

    python collect.py --claim OWNER/NAME...                        # claim repositories before reading them
    python collect.py ID OWNER/NAME COMMIT PATH ROWS < PAGE_PREFIX  # trim, claim the HDR, add a manifest row

No repository of this set was fetched: every table was read with the tool library's ``read_file``
(its first page, at most 16,000 characters), and the page's first ``ROWS`` whole records were kept in
the original format (``page_trim``). ``PAGE_PREFIX`` is any prefix of that page holding those
records. CSV/TSV: the header line and the next ``ROWS`` records, as in the page (realworld's trim).
JSON Lines: the first ``ROWS`` non-empty lines, ``\\n``-joined with a final newline. A JSON array:
its first ``ROWS`` elements (the page ends inside the array, so they are decoded one by one),
re-dumped as realworld's trim does (``json.dumps(..., ensure_ascii=False, indent=1)``), so a full
copy of the file trims to the same bytes. ``ROWS`` 0 keeps a small file whole (a JSON object of
arrays whose page held the entire file). Claims (repository, then ``HDR:``) are realworld3's, under
``flock`` in ``$CLAIMS`` with the role ``realworld5(eval)``; a repository of any manifest of
``bench/classify/*`` or ``bench/train/real/*`` is refused too.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import io
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent
MANIFEST = HERE / "manifest.csv"
FIELDS = ["file_id", "repo", "commit", "path", "licence", "sha256"]
LICENCE = "not checked (read through the stored index)"

ROLE = "realworld5(eval)"


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _third() -> Any:
    """realworld3's collect (its claims), loaded only when claiming: ``page_trim`` alone needs nothing."""
    third = _load("realworld3_collect_rw5", HERE.parent / "realworld3" / "collect.py")
    third.ROLE = ROLE
    third.PREEXISTING = Path("/nonexistent")  # nothing was fetched for this set
    return third


check = _load("realworld5_check", HERE / "check.py")


def page_trim(raw: bytes, ext: str, rows: int) -> bytes:
    """The first ``rows`` whole records of a page (or of a whole file) in the original format."""
    text = raw.decode("utf-8-sig", "replace")
    if rows == 0:  # a whole small file (the page held all of it), kept as it is
        return raw
    if ext in ("csv", "tsv"):
        out: list[str] = []
        buf = ""
        for line in io.StringIO(text, newline=""):
            buf += line
            if buf.count('"') % 2:
                continue
            out.append(buf)
            buf = ""
            if len(out) > rows:
                break
        if len(out) <= rows:
            raise ValueError("fewer records than asked")
        return "".join(out).encode()
    if ext in ("jsonl", "ndjson") or not text.lstrip().startswith("["):
        kept = [ln for ln in text.splitlines() if ln.strip()]
        if len(kept) < rows:
            raise ValueError("fewer records than asked")
        return ("\n".join(kept[:rows]) + "\n").encode()
    dec = json.JSONDecoder()
    i = text.index("[") + 1
    items = []
    while len(items) < rows:
        while text[i] in " \t\r\n,":
            i += 1
        item, i = dec.raw_decode(text, i)
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=1).encode()


def manifest_repos() -> set[str]:
    out: set[str] = set()
    for m in [*BENCH.glob("classify/*/manifest.csv"), *BENCH.glob("train/real/*/manifest.csv")]:
        if m.parent == HERE:
            continue
        with m.open(newline="", encoding="utf-8") as fh:
            out.update(r["repo"].lower() for r in csv.DictReader(fh))
    return out


def claim_repo(repo: str) -> str | None:
    if repo.lower() in manifest_repos():
        return "the manifest of another set"
    return _third().claim(repo)


def entries() -> list[dict[str, str]]:
    if not MANIFEST.exists():
        return []
    with MANIFEST.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def add(file_id: str, repo: str, commit: str, path: str, rows: int, page: bytes) -> bool:
    owner = claim_repo(repo)
    if owner:
        print(f"{file_id}: REFUSED, {repo} is claimed by {owner}", file=sys.stderr)
        return False
    if sum(1 for r in entries() if r["repo"].lower() == repo.lower() and r["file_id"] != file_id) >= 3:
        print(f"{file_id}: REFUSED, three tables of {repo} already", file=sys.stderr)
        return False
    ext = Path(path).suffix.lstrip(".").lower()
    data = page_trim(page, ext, rows)
    out = check.DATA / f"{file_id}.{ext}"
    check.DATA.mkdir(parents=True, exist_ok=True)
    for old in check.DATA.glob(f"{file_id}.*"):
        old.unlink()
    out.write_bytes(data)
    key = check.hdr(out)
    others = {check.hdr(f) for r in entries() if r["file_id"] != file_id
              for f in [check.data_file(check.DATA, r["file_id"])] if f is not None}
    holder = "another table of this set" if key in others else _third().claim(key)
    if holder:
        print(f"{file_id}: REFUSED, its header {key} is claimed by {holder}", file=sys.stderr)
        out.unlink()
        return False
    rest = [r for r in entries() if r["file_id"] != file_id]
    rest.append({"file_id": file_id, "repo": repo, "commit": commit, "path": path, "licence": LICENCE,
                 "sha256": hashlib.sha256(data).hexdigest()})
    with MANIFEST.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, FIELDS)
        w.writeheader()
        w.writerows(rest)
    cols = check.read_columns(out)
    print(f"{file_id}: {out.name}, {len(cols)} columns, {key}")
    return True


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("args", nargs="*")
    ap.add_argument("--claim", nargs="+", metavar="OWNER/NAME")
    a = ap.parse_args()
    if a.claim:
        for repo in a.claim:
            owner = claim_repo(repo)
            print(f"{repo}: {'TAKEN by ' + owner if owner else 'claimed'}")
        return
    file_id, repo, commit, path, rows = a.args
    sys.exit(0 if add(file_id, repo, commit, path, int(rows), sys.stdin.buffer.read()) else 1)


if __name__ == "__main__":
    main()
