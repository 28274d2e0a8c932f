"""Copy tables out of fetched public repositories into the second real-world set (labeller's tool).

    python collect.py ID OWNER/NAME PATH [--rows 200]
    python collect.py --batch SPEC [--quiet]     # one "ID OWNER/NAME PATH" per line

The first set's ``realworld/collect.py`` does the work (read ``PATH`` at the snapshot's HEAD from
``/work/.mirror/OWNER+NAME/repo``, keep the header and the first ``--rows`` records in the original
format, print each column with sample values); this one writes ``$REALWORLD2_DATA/ID.EXT`` (default
``/work/data/realworld2``) and appends to ``manifest.csv`` beside this file. Two differences: a JSON
document that is one object keeps its top-level arrays trimmed each to ``--rows`` (an object of
arrays), and a repository without a licence is recorded as "unknown: measurement only, not
redistributed". The data never enters the repository: only the manifest row does.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(os.environ.get("REALWORLD2_DATA", "/work/data/realworld2"))
MANIFEST = HERE / "manifest.csv"
UNKNOWN = "unknown: measurement only, not redistributed"

_spec = importlib.util.spec_from_file_location("realworld_collect", HERE.parent / "realworld" / "collect.py")
assert _spec and _spec.loader
first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(first)


def trim(raw: bytes, ext: str, rows: int) -> bytes:
    text = raw.decode("utf-8-sig", "replace")
    if ext == "json" and text.lstrip().startswith("{"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
        if isinstance(whole, dict):  # one document: trim each top-level array (an object of arrays)
            trimmed = {k: v[:rows] if isinstance(v, list) else v for k, v in whole.items()}
            return json.dumps(trimmed, ensure_ascii=False, indent=1).encode()
    data: bytes = first.trim(raw, ext, rows)
    return data


def collect(file_id: str, repo: str, path: str, rows: int, quiet: bool) -> None:
    mirror = first.MIRROR / repo.replace("/", "+") / "repo"
    commit = first.git(mirror, "rev-parse", "HEAD").decode().strip()
    ext = Path(path).suffix.lstrip(".").lower()
    data = trim(first.git(mirror, "show", f"HEAD:{path}"), ext, rows)
    out = DATA / f"{file_id}.{ext}"
    DATA.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    licence = first.licence_of(mirror)
    entries = []
    if MANIFEST.exists():
        with MANIFEST.open(newline="", encoding="utf-8") as fh:
            entries = [r for r in csv.DictReader(fh) if r["file_id"] != file_id]
    entries.append(
        {
            "file_id": file_id,
            "repo": repo,
            "commit": commit,
            "path": path,
            "licence": UNKNOWN if licence == "unknown" else licence,
            "sha256": hashlib.sha256(data).hexdigest(),
        }
    )
    with MANIFEST.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, first.FIELDS)
        w.writeheader()
        w.writerows(entries)
    print(f"{file_id}: {out} ({len(data)} bytes)")
    if not quiet:
        first.preview(data, ext)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file_id", nargs="?")
    ap.add_argument("repo", nargs="?")
    ap.add_argument("path", nargs="?")
    ap.add_argument("--rows", type=int, default=200)
    ap.add_argument("--batch", type=Path)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    if a.batch:
        for line in a.batch.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                fid, repo, path = line.split(None, 2)
                collect(fid, repo, path.strip(), a.rows, a.quiet)
    else:
        collect(a.file_id, a.repo, a.path, a.rows, a.quiet)


if __name__ == "__main__":
    main()
