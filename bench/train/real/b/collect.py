"""Copy tables out of fetched public repositories into real training set b (labeller's tool).

    python collect.py ID OWNER/NAME PATH [--rows 200]
    python collect.py --batch SPEC [--quiet]     # one "ID OWNER/NAME PATH" per line

Reads PATH at the snapshot's HEAD from ``/work/.mirror/OWNER+NAME/repo``, keeps the header and the
first ``--rows`` records in the original format (CSV/TSV rows, JSON Lines lines, elements of a
top-level JSON array, each top-level array of a JSON object), writes ``$REALTRAIN_B_DIR/files/ID.EXT``
(default ``/work/data/realtrain/$REALTRAIN_SET``, set ``b`` unless ``REALTRAIN_SET`` names another)
and records it in ``manifest.csv`` there (written atomically). Refuses a repository not claimed by
this set in ``/work/data/claims.tsv``, a fifth table of one repository, and a table whose header
(``HDR:<sha1>`` of the lower-cased, sorted, comma-joined header or top-level keys) is claimed by
anyone; claims the header otherwise. The data never enters the git repository.
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from check import BASE, SET, preview, sniff  # noqa: E402

MIRROR = Path("/work/.mirror")
CLAIMS = Path("/work/data/claims.tsv")
LOCK = Path("/work/data/claims.lock")
ROLE = f"realtrain-{SET}(train)"  # $REALTRAIN_SET picks the set (default b)
UNKNOWN = "unknown: training only, not redistributed"
NOT_CHECKED = "not checked (read through the stored index): training only, not redistributed"
FIELDS = ["file_id", "repo", "commit", "path", "licence", "sha256"]
MAX_PER_REPO = 4


def git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(mirror), *args], check=True, capture_output=True).stdout


def licence_of(mirror: Path) -> str:
    names = git(mirror, "ls-tree", "--name-only", "HEAD").decode().splitlines()
    for n in names:
        if n.lower().split(".")[0] in ("license", "licence", "copying", "unlicense"):
            t = git(mirror, "show", f"HEAD:{n}").decode("utf-8", "replace")[:3000].lower()
            for key, name in (
                ("mit license", "MIT"),
                ("permission is hereby granted, free of charge", "MIT"),
                ("apache license", "Apache-2.0"),
                ("gnu affero", "AGPL-3.0"),
                ("gnu lesser", "LGPL"),
                ("gnu general public license", "GPL"),
                ("mozilla public license", "MPL-2.0"),
                ("unlicense", "Unlicense"),
                ("cc0", "CC0-1.0"),
                ("creative commons zero", "CC0-1.0"),
                ("attribution-sharealike", "CC-BY-SA-4.0"),
                ("attribution 4.0", "CC-BY-4.0"),
                ("open data commons", "ODbL"),
                ("bsd", "BSD"),
                ("isc license", "ISC"),
            ):
                if key in t:
                    return name
            return f"see {n}"
    return UNKNOWN


def decode(raw: bytes) -> str:
    """UTF-8, or a legacy encoding transcoded to UTF-8.

    Shift-JIS (cp932) when it reads as Japanese, cp949 (EUC-KR and its Unified Hangul Code, as Korean Excel and
    public-data portals export) when it reads as Korean, GBK when it reads as Chinese, else cp1252. Korean is tried
    before GBK, which decodes EUC-KR's bytes too (as unrelated hanzi: 김민준 was 辫刮霖): it reads as Korean when
    Hangul syllables are over a twentieth of the text and Hanja at most a third of them (Chinese text that cp949
    decodes at all comes out as Hangul and Hanja mixed)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp932")
        if sum("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text) > len(text) // 20:
            return text
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp949")
        hangul = sum("\uac00" <= c <= "\ud7a3" for c in text)
        hanja = sum("\u4e00" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)
        if hangul > len(text) // 20 and hanja * 3 <= hangul:
            return text
    except UnicodeDecodeError:
        pass
    try:  # GBK (simplified Chinese), tried only where Shift-JIS and cp949 do not read
        text = raw.decode("gbk")
        if sum("\u4e00" <= c <= "\u9fff" for c in text) > len(text) // 20:
            return text
    except UnicodeDecodeError:
        pass
    return raw.decode("cp1252", "replace")


def trim(raw: bytes, ext: str, rows: int, skip: int = 0) -> bytes:
    text = decode(raw)
    if skip:  # title lines above a CSV header (a report's preamble) are dropped
        text = "".join(text.splitlines(keepends=True)[skip:])
    if ext in ("csv", "tsv"):
        lines = text.splitlines(keepends=True)
        reader = csv.reader(io.StringIO(text, newline=""), sniff(text, "." + ext))
        end = 0
        for i, _ in enumerate(reader):
            end = reader.line_num
            if i == rows:
                break
        return "".join(lines[:end]).encode()
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        kept = [ln for ln in text.splitlines(keepends=True) if ln.strip()][:rows]
        return "".join(kept).encode()
    if isinstance(doc, list):
        return json.dumps(doc[:rows], ensure_ascii=False, indent=1).encode()
    if isinstance(doc, dict):
        return json.dumps(
            {k: v[:rows] if isinstance(v, list) else v for k, v in doc.items()}, ensure_ascii=False, indent=1
        ).encode()
    raise SystemExit("not a table")


def header_keys(data: bytes, ext: str) -> list[str]:
    """HDR keys of a table: its header, and without a MongoDB ``_id`` (the same table imported into MongoDB).

    A JSON record's keys; for a Django fixture, ``model`` and the keys of ``fields`` (every fixture has the
    same top-level keys); for a JSON object of arrays, the keys of the arrays' records as well as its own."""
    text = data.decode("utf-8", "replace")
    keys: set[str] = set()
    if ext in ("csv", "tsv"):
        keys = {h.strip() for h in next(csv.reader(io.StringIO(text, newline=""), sniff(text, "." + ext)))}
    else:
        try:
            doc = json.loads(text)
            docs = doc if isinstance(doc, list) else [doc]
        except json.JSONDecodeError:
            docs = [json.loads(ln) for ln in text.splitlines() if ln.strip()]
        for d in docs:
            if not isinstance(d, dict):
                continue
            if "model" in d and isinstance(d.get("fields"), dict):
                keys |= {"model", *d["fields"]}
                continue
            keys |= set(d)
            for v in d.values():
                if isinstance(v, list) and v and all(isinstance(x, dict) for x in v[:5]):
                    for x in v:
                        keys |= set(x)
    out = []
    for variant in (keys, keys - {"_id"}):
        joined = ",".join(sorted(k.lower() for k in variant))
        out.append("HDR:" + hashlib.sha1(joined.encode()).hexdigest())
    return list(dict.fromkeys(out))


def claims() -> list[tuple[str, str]]:
    out = []
    for line in CLAIMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, role = line.partition("\t")
            out.append((name.strip().lower(), role.strip()))
    return out


def claim_header(key: str) -> bool:
    with LOCK.open("a") as lk:
        fcntl.flock(lk, fcntl.LOCK_EX)
        roles = [r for n, r in claims() if n == key.lower()]
        if roles:
            return all(r == ROLE for r in roles)
        with CLAIMS.open("a", encoding="utf-8") as fh:
            fh.write(f"{key}\t{ROLE}\n")
        return True


def read_manifest(base: Path) -> list[dict[str, str]]:
    if not (base / "manifest.csv").exists():
        return []
    with (base / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def write_manifest(base: Path, entries: list[dict[str, str]]) -> None:
    tmp = base / "manifest.csv.tmp"
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, FIELDS)
        w.writeheader()
        w.writerows(entries)
    os.replace(tmp, base / "manifest.csv")


def collect(
    base: Path,
    file_id: str,
    repo: str,
    path: str,
    rows: int,
    quiet: bool,
    ext: str = "",
    skip: int = 0,
    raw: Path | None = None,
    commit: str = "",
) -> None:
    roles = [r for n, r in claims() if n == repo.lower()]
    if not roles or any(r != ROLE for r in roles):
        print(f"{file_id}: REFUSED, {repo} is not claimed by {ROLE} alone ({roles})")
        return
    entries = [e for e in read_manifest(base) if e["file_id"] != file_id]
    if sum(e["repo"].lower() == repo.lower() for e in entries) >= MAX_PER_REPO:
        print(f"{file_id}: REFUSED, already {MAX_PER_REPO} tables from {repo}")
        return
    ext = ext or Path(path).suffix.lstrip(".").lower()  # a JSON file named .csv is kept as .json
    if raw is not None:  # the file's leading part as the stored index gave it (no snapshot here)
        data = trim(raw.read_bytes(), ext, rows, skip)
        licence = NOT_CHECKED
    else:
        mirror = MIRROR / repo.replace("/", "+") / "repo"
        if (mirror / ".git").is_dir():
            mirror = mirror / ".git"
        commit = git(mirror, "rev-parse", "HEAD").decode().strip()
        data = trim(git(mirror, "show", f"HEAD:{path}"), ext, rows, skip)
        licence = licence_of(mirror)
    hdrs = header_keys(data, ext)
    if not all(claim_header(k) for k in hdrs):
        print(f"{file_id}: REFUSED, header {hdrs} is claimed by someone else")
        return
    key = hdrs[0]
    out = base / "files" / f"{file_id}.{ext}"
    out.parent.mkdir(parents=True, exist_ok=True)
    for old in out.parent.glob(file_id + ".*"):
        old.unlink()
    out.write_bytes(data)
    entries.append(
        {
            "file_id": file_id,
            "repo": repo,
            "commit": commit,
            "path": path,
            "licence": licence,
            "sha256": hashlib.sha256(data).hexdigest(),
        }
    )
    write_manifest(base, entries)
    print(f"{file_id}: {out} ({len(data)} bytes) {key}")
    if not quiet:
        preview(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file_id", nargs="?")
    ap.add_argument("repo", nargs="?")
    ap.add_argument("path", nargs="?")
    ap.add_argument("--rows", type=int, default=200)
    ap.add_argument("--batch", type=Path)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--base", type=Path, default=BASE)
    ap.add_argument("--ext", default="", help="format of the file when its name lies (json, csv)")
    ap.add_argument("--skip", type=int, default=0, help="title lines above the CSV header to drop")
    ap.add_argument("--raw", type=Path, help="leading part of the file read through the stored index")
    ap.add_argument("--commit", default="", help="commit the stored index gave with --raw")
    a = ap.parse_args()
    if a.batch:
        for line in a.batch.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                fid, repo, path = line.split(None, 2)
                collect(a.base, fid, repo, path.strip(), a.rows, a.quiet)
    else:
        collect(a.base, a.file_id, a.repo, a.path, a.rows, a.quiet, a.ext, a.skip, a.raw, a.commit)


if __name__ == "__main__":
    main()
