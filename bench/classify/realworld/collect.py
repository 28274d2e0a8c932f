"""Copy one table out of a fetched public repository into the real-world set (labeller's tool).

    python collect.py ID OWNER/NAME PATH [--member ZIPMEMBER] [--rows 200] [--ext csv]

Reads ``PATH`` at the snapshot's HEAD from ``/work/.mirror/OWNER+NAME/repo`` (a zip archive's
``ZIPMEMBER`` when given), keeps the header and the first ``--rows`` records in the original format
(CSV/TSV rows, JSON Lines lines, elements of a top-level JSON array), writes
``$REALWORLD_DATA/ID.EXT`` (default ``/work/data/realworld``), appends a row to ``manifest.csv``
beside this file, and prints each column with three sample values to label from.
The data never enters the repository: only the manifest row does.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import subprocess
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror")
DATA = Path(os.environ.get("REALWORLD_DATA", "/work/data/realworld"))
MANIFEST = HERE / "manifest.csv"
FIELDS = ["file_id", "repo", "commit", "path", "licence", "sha256"]
LICENCE_FILES = (
    "LICENSE",
    "LICENSE.md",
    "LICENSE.txt",
    "LICENCE",
    "LICENCE.md",
    "COPYING",
    "LICENSE-MIT",
    "license",
    "license.md",
)


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


def licence_of(repo: Path) -> str:
    names = git(repo, "ls-tree", "--name-only", "HEAD").decode().split("\n")
    for cand in LICENCE_FILES:
        if cand in names:
            text = git(repo, "show", f"HEAD:{cand}").decode("utf-8", "replace")
            head = " ".join(text.split()[:60]).lower()
            for key, name in (
                ("mit license", "MIT"),
                ("permission is hereby granted, free of charge", "MIT"),
                ("apache license", "Apache-2.0"),
                ("gnu general public license", "GPL"),
                ("gnu lesser general public", "LGPL"),
                ("mozilla public license", "MPL-2.0"),
                ("creative commons attribution-sharealike", "CC-BY-SA"),
                ("attribution-sharealike 4.0", "CC-BY-SA-4.0"),
                ("attribution 4.0", "CC-BY-4.0"),
                ("cc0", "CC0-1.0"),
                ("creative commons zero", "CC0-1.0"),
                ("unlicense", "Unlicense"),
                ("open data commons", "ODC"),
                ("odbl", "ODbL"),
                ("bsd 3-clause", "BSD-3-Clause"),
                ("redistribution and use in source and binary", "BSD"),
                ("isc license", "ISC"),
                ("eclipse public license", "EPL"),
                ("do what the fuck", "WTFPL"),
            ):
                if key in head:
                    return name
            return f"see {cand}"
    return "unknown"


def trim(raw: bytes, ext: str, rows: int) -> bytes:
    text = raw.decode("utf-8-sig", "replace") if ext != "csvraw" else raw.decode("latin-1")
    if ext in ("csv", "tsv"):
        lines = io.StringIO(text, newline="")
        out: list[str] = []
        # keep whole records (quoted fields may span lines)
        reader_buf = ""
        count = -1
        for line in lines:
            reader_buf += line
            if reader_buf.count('"') % 2:
                continue
            out.append(reader_buf)
            reader_buf = ""
            count += 1
            if count >= rows:
                break
        return "".join(out).encode()
    if ext in ("jsonl", "ndjson") or (ext == "json" and not text.lstrip().startswith("[")):
        kept = [ln for ln in text.splitlines() if ln.strip()][:rows]
        return ("\n".join(kept) + "\n").encode()
    data = json.loads(text)
    assert isinstance(data, list)
    return json.dumps(data[:rows], ensure_ascii=False, indent=1).encode()


def flatten(obj: Any, prefix: str, out: dict[str, list[Any]]) -> None:
    if isinstance(obj, dict) and obj and all(k.startswith("$") for k in obj):
        out.setdefault(prefix, []).append(obj)
        return
    if isinstance(obj, dict):
        for k, v in obj.items():
            flatten(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(obj, list) and obj and all(isinstance(x, dict) for x in obj):
        for x in obj[:3]:
            flatten(x, prefix, out)
    else:
        out.setdefault(prefix, []).append(obj)


def preview(data: bytes, ext: str) -> None:
    cols: dict[str, list[Any]] = {}
    text = data.decode()
    if ext in ("csv", "tsv"):
        try:
            dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel_tab if ext == "tsv" else csv.excel
        rd = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        for row in rd:
            for k, v in row.items():
                if v not in ("", None):
                    cols.setdefault(str(k).strip(), []).append(v)
            for k in rd.fieldnames or []:
                cols.setdefault(k.strip(), [])
    else:
        docs = (
            [json.loads(ln) for ln in text.splitlines() if ln.strip()]
            if not text.lstrip().startswith("[")
            else json.loads(text)
        )
        for d in docs:
            flatten(d, "", cols)
    for k, vals in cols.items():
        uniq: list[str] = []
        for v in vals:
            s = json.dumps(v, ensure_ascii=False)[:60]
            if s not in uniq:
                uniq.append(s)
            if len(uniq) == 4:
                break
        print(f"  {k!r:40} {' | '.join(uniq)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file_id")
    ap.add_argument("repo")
    ap.add_argument("path")
    ap.add_argument("--member")
    ap.add_argument("--rows", type=int, default=200)
    ap.add_argument("--ext")
    a = ap.parse_args()
    mirror = MIRROR / a.repo.replace("/", "+") / "repo"
    commit = git(mirror, "rev-parse", "HEAD").decode().strip()
    raw = git(mirror, "show", f"HEAD:{a.path}")
    src_name = a.path
    if a.member:
        raw = zipfile.ZipFile(io.BytesIO(raw)).read(a.member)
        src_name = a.member
    ext = a.ext or Path(src_name).suffix.lstrip(".").lower()
    if ext == "txt":
        ext = "csv"
    data = trim(raw, ext, a.rows)
    out = DATA / f"{a.file_id}.{ext}"
    DATA.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    rows = []
    if MANIFEST.exists():
        with MANIFEST.open(newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if r["file_id"] != a.file_id]
    path = f"{a.path}!{a.member}" if a.member else a.path
    rows.append(
        {
            "file_id": a.file_id,
            "repo": a.repo,
            "commit": commit,
            "path": path,
            "licence": licence_of(mirror),
            "sha256": sha,
        }
    )
    with MANIFEST.open("w", newline="") as fh:
        w = csv.DictWriter(fh, FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"{a.file_id}: {out} ({len(data)} bytes)")
    preview(data, ext)


if __name__ == "__main__":
    main()
