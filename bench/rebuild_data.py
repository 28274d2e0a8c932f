"""Re-make the real tables of a labelled set from its manifest (they are never committed).

    python bench/rebuild_data.py SET [SET ...]       # realworld realworld2 ... realworld8 a b c d e f h i
    python bench/rebuild_data.py --missing SET ...   # only list the repositories not fetched yet
    python bench/rebuild_data.py --claims            # re-make the shared claims file from every manifest
    python bench/rebuild_data.py --page SET FILE_ID PAGE   # one table from a copy of its stored-index page

Every real set commits only ``manifest.csv`` (repository, commit, path, licence, sha256 of the
trimmed file) and its labels; the trimmed files live outside the repository. On a new machine,
fetch each repository to ``/work/.mirror/OWNER+NAME/repo`` (the tool library's ``fetch``), then run
this: for each manifest row it reads ``PATH`` at the recorded commit (or at the snapshot's HEAD
when the snapshot no longer holds that commit), trims it as the set's author did (first 200
records, in the original format; realworld2's trim keeps a one-object JSON's arrays; set b's trim
reads CSV records with the csv module and may drop title lines), and writes it only when its sha256
is the recorded one. Authors did not all trim alike (set a kept small files whole, ended re-dumped
JSON with a newline; sets a and c kept fewer records of some files; set b kept a JSON named .csv as .json;
set c read some files through the stored index, which gives CRLF (and CR CR LF) line ends as LF and, as set e
found, Unicode text in NFC),
so every such variant is tried. A row whose table is already there with its sha256 counts as rebuilt,
snapshot or not (a file of a repository no snapshot can be had of, read through the stored index and
trimmed with ``bench/train/real/b/collect.py --raw``). realworld5 was read only through the stored
index: each table is the first whole records of ``read_file``'s first page (``page_trim`` of
``bench/classify/realworld5/collect.py``; realworld6, realworld7 and realworld8 likewise) or a small file whole.
Rows that do not match are named on stderr. A set rebuilt only in part lists the file_ids it could not make, and
why, in ``DATA.absent`` beside its data folder (removed once every table is made): the sets' tests check every other
table and skip only those, and ``score_eval.py`` names the partial set. Nothing else is written. Exit status 0 when
every row of every set was rebuilt, 1 otherwise.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
MIRROR = Path("/work/.mirror")
CLAIMS = Path(os.environ.get("CLAIMS", "/work/data/claims.tsv"))
ROLES = {"realworld": "realworld(train)", "realworld2": "realworld2(eval)", "realworld3": "realworld3(eval)",
         "a": "realtrain-a(train)", "b": "realtrain-b(train)", "c": "realtrain-c(train)",
         "d": "realtrain-d(train)", "e": "realtrain-e(train)", "f": "realtrain-f(train)",
         "g": "realtrain-g(train)",
         "h": "realtrain-h(train)",
         "i": "realtrain-i(train)",
         "j": "realtrain-j(train)",
         "k": "realtrain-k(train)",
         "l": "realtrain-l(train)",
         "m": "realtrain-m(train)",
         "n": "realtrain-n(train)",
         "o": "realtrain-o(train)",
         "realworld4": "realworld4(eval)", "realworld5": "realworld5(eval)",
         "realworld6": "realworld6(eval)", "realworld7": "realworld7(eval)",
         "realworld8": "realworld8(eval)"}
Trim = Callable[..., bytes]  # trim(raw, ext, rows[, skip]) -> the kept bytes
SETS: dict[str, tuple[Path, Path]] = {  # name -> (manifest folder, data folder)
    "realworld": (ROOT / "bench/classify/realworld", Path("/work/data/realworld")),
    "realworld2": (ROOT / "bench/classify/realworld2", Path("/work/data/realworld2")),
    "realworld3": (ROOT / "bench/classify/realworld3", Path("/work/data/realworld3")),
    "a": (ROOT / "bench/train/real/a", Path("/work/data/realtrain/a/files")),
    "b": (ROOT / "bench/train/real/b", Path("/work/data/realtrain/b/files")),
    "c": (ROOT / "bench/train/real/c", Path("/work/data/realtrain/c/files")),
    "realworld4": (ROOT / "bench/classify/realworld4", Path("/work/data/realworld4")),
    "d": (ROOT / "bench/train/real/d", Path("/work/data/realtrain/d/files")),
    "e": (ROOT / "bench/train/real/e", Path("/work/data/realtrain/e/files")),
    "f": (ROOT / "bench/train/real/f", Path("/work/data/realtrain/f/files")),
    "g": (ROOT / "bench/train/real/g", Path("/work/data/realtrain/g/files")),
    "h": (ROOT / "bench/train/real/h", Path("/work/data/realtrain/h/files")),
    "i": (ROOT / "bench/train/real/i", Path("/work/data/realtrain/i/files")),
    "j": (ROOT / "bench/train/real/j", Path("/work/data/realtrain/j/files")),
    "k": (ROOT / "bench/train/real/k", Path("/work/data/realtrain/k/files")),
    "l": (ROOT / "bench/train/real/l", Path("/work/data/realtrain/l/files")),
    "m": (ROOT / "bench/train/real/m", Path("/work/data/realtrain/m/files")),
    "n": (ROOT / "bench/train/real/n", Path("/work/data/realtrain/n/files")),
    "o": (ROOT / "bench/train/real/o", Path("/work/data/realtrain/o/files")),
    "realworld5": (ROOT / "bench/classify/realworld5", Path("/work/data/realworld5")),
    "realworld6": (ROOT / "bench/classify/realworld6", Path("/work/data/realworld6")),
    "realworld7": (ROOT / "bench/classify/realworld7", Path("/work/data/realworld7")),
    "realworld8": (ROOT / "bench/classify/realworld8", Path("/work/data/realworld8")),
}


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _show(repo: Path, rev: str, path: str) -> bytes | None:
    r = subprocess.run(["git", "-C", str(repo), "show", f"{rev}:{path}"], capture_output=True, timeout=120)
    return r.stdout if r.returncode == 0 else None


def _variants(raw: bytes, ext: str, trims: tuple[Trim, ...]) -> Iterator[tuple[str, bytes]]:
    """(extension, bytes) the author may have written for this raw file, likeliest first."""
    yield ext, raw  # a small file kept whole
    exts = (ext, "json") if ext != "json" else (ext,)  # set b keeps a JSON named .csv as .json
    for e in exts:
        for trim in trims:
            try:
                got = trim(raw, e, 200)
            except Exception:  # noqa: BLE001, S112 - another trim may be the author's
                continue
            yield e, got
            yield e, got + b"\n"  # set a ended re-dumped JSON with a newline
    if len(raw) < 4 << 20:  # fewer records (--rows): sets a and c kept as few as 6 of some (any file a snapshot has)
        for rows in range(199, 0, -1):
            for trim in trims:
                try:
                    got = trim(raw, ext, rows)
                except Exception:  # noqa: BLE001, S112
                    continue
                yield ext, got
                if ext == "json":
                    yield ext, got + b"\n"
    for skip in range(1, 6):  # set b drops title lines above a CSV header
        try:
            yield ext, trims[-1](raw, ext, 200, skip)
        except Exception:  # noqa: BLE001, S112
            continue


def _nfc(text: bytes) -> bytes:
    """UTF-8 text in Unicode NFC, as the stored index gives it (set e's Urdu names were read so); else as it is."""
    try:
        return unicodedata.normalize("NFC", text.decode("utf-8")).encode()
    except UnicodeDecodeError:
        return text


def _plain_spaces(text: bytes) -> bytes:
    """UTF-8 text with each no-break space (U+00A0) a plain space, as the stored index gives it (set g's
    en_osmi_2016 has one in its header); else as it is."""
    try:
        return text.decode("utf-8").replace("\u00a0", " ").encode()
    except UnicodeDecodeError:
        return text


def _index_texts(raw: bytes) -> list[bytes]:
    """The raw file and the texts the stored index may give of it (licence "not checked"), likeliest first.

    A file that is not UTF-8 is given as its bytes and as its text in UTF-8 (:func:`_as_utf_8`).
    The index gives CRLF line ends as LF, and a line end of several CRs before the LF (CR CR LF, as
    realworld7's t105 has) as one LF too; its text is also Unicode NFC (set e), with a no-break space
    as a plain space (set g).
    """
    out: list[bytes] = []
    for got in dict.fromkeys((raw, _as_utf_8(raw))):
        lf = got.replace(b"\r\n", b"\n")
        one = re.sub(rb"\r+\n", b"\n", got)
        texts = (got, lf, _nfc(lf), one, _nfc(one))
        out += (*texts, *map(_plain_spaces, texts))
    return list(dict.fromkeys(out))


def _as_utf_8(raw: bytes) -> bytes:
    """A file that is not UTF-8 as the UTF-8 text it holds, in the encoding ajar's CSV reader judges it to be in:
    the index, and the labellers who copied a table, gave its text (set m's ``zh_xuesheng_chengji``, a GBK CSV)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        from ajar.sources.tabular import _encoding

        return raw.decode(_encoding(raw[:1 << 20]), "replace").encode("utf-8")
    return raw


def _is_json(data: bytes) -> bool:
    """JSON or JSON Lines: a JSON trim may match a CSV's non-empty lines (set a dropped a CSV's blank lines)."""
    try:
        json.loads(data)
        return True
    except ValueError:
        pass
    try:
        for line in data.splitlines():
            if line.strip():
                json.loads(line)
    except ValueError:
        return False
    return True


def rebuild(name: str, only_missing: bool) -> tuple[int, int, set[str]]:
    meta, data = SETS[name]
    rw2 = _load("rw2_collect", ROOT / "bench/classify/realworld2/collect.py")
    b = _load("b_collect", ROOT / "bench/train/real/b/collect.py")
    trims: tuple[Trim, ...] = (rw2.trim, rw2.first.trim, b.trim)  # set b's last: it takes skip
    # read through the stored index: the first page's whole records
    if name in ("realworld5", "realworld6", "realworld7", "realworld8"):
        rw5 = _load("rw5_collect", ROOT / "bench/classify/realworld5/collect.py")
        trims = (rw2.trim, rw2.first.trim, rw5.page_trim, b.trim)
    ok = bad = 0
    missing: set[str] = set()
    left: dict[str, str] = {}  # file_id -> why it is not rebuilt
    with (meta / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        mirror = MIRROR / row["repo"].replace("/", "+") / "repo"
        done = any(  # already there, maybe copied by hand from the stored index (no snapshot)
            f.suffix and hashlib.sha256(f.read_bytes()).hexdigest() == row["sha256"]
            for f in data.glob(f"{row['file_id']}.*")
        )
        if not done and not mirror.is_dir():
            missing.add(row["repo"])
            left[row["file_id"]] = "repository not fetched"
            continue
        if only_missing:
            continue
        ext = Path(row["path"]).suffix.lstrip(".").lower()
        for rev in () if done else (row["commit"], "HEAD"):
            raw = _show(mirror, rev, row["path"])
            if raw is None:
                continue
            texts = _index_texts(raw)
            for e, got in (v for r in texts for v in _variants(r, ext, trims)):
                if hashlib.sha256(got).hexdigest() == row["sha256"]:
                    data.mkdir(parents=True, exist_ok=True)
                    (data / f"{row['file_id']}.{e if e == ext or _is_json(got) else ext}").write_bytes(got)
                    done = True
                    break
            if done:
                break
        if done:
            ok += 1
        else:
            bad += 1
            left[row["file_id"]] = "no version matches its sha256"
            print(f"{name}: {row['file_id']} ({row['repo']}:{row['path']}) does not match its sha256", file=sys.stderr)
    if not only_missing:
        _record_absent(data, left)
    return ok, bad, missing


def absent_list(data: Path) -> Path:
    """Where a partial rebuild lists the tables it could not make: beside the data folder, never in it (a scan
    of the folder would read it as a table)."""
    return data.parent / f"{data.name}.absent"


def absent(data: Path) -> dict[str, str]:
    """The file_ids the last rebuild of ``data`` could not make, and why; empty when it made every one."""
    path = absent_list(data)
    if not path.is_file():
        return {}
    rows = (line.partition("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {fid: why for fid, _, why in rows}


def _record_absent(data: Path, left: dict[str, str]) -> None:
    path = absent_list(data)
    if left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(f"{fid}\t{why}\n" for fid, why in sorted(left.items())), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)


def claims() -> int:
    """Append to the claims file every repository and rebuilt table header of every set; the count added."""
    import fcntl

    hdr = _load("rw3_check", ROOT / "bench/classify/realworld3/check.py").hdr
    want: list[tuple[str, str]] = []
    for name, (meta, data) in SETS.items():
        with (meta / "manifest.csv").open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                want.append((row["repo"], ROLES[name]))
                for f in sorted(data.glob(f"{row['file_id']}.*")):  # the extension may not be the path's
                    want.append((hdr(f), ROLES[name]))
    CLAIMS.parent.mkdir(parents=True, exist_ok=True)
    with CLAIMS.with_suffix(".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lines = CLAIMS.read_text(encoding="utf-8").splitlines() if CLAIMS.exists() else []
        held = {ln.partition("\t")[0].strip().lower() for ln in lines}
        added = 0
        with CLAIMS.open("a", encoding="utf-8") as out:
            for key, role in want:
                if key.lower() not in held:
                    held.add(key.lower())
                    out.write(f"{key}\t{role}\n")
                    added += 1
    return added


def from_page(name: str, file_id: str, page: Path) -> bool:
    """Make one table of a set from a copy of its stored-index page (``read_file``'s text, first page, as given):
    the set's trims are tried as for a snapshot, on the page and on the page with CRLF line ends (the index gives a
    CRLF file as LF; a table its author trimmed from a snapshot kept them), and the table is written only when its
    sha256 is the recorded one."""
    meta, data = SETS[name]
    with (meta / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        row = next((r for r in csv.DictReader(fh) if r["file_id"] == file_id), None)
    if row is None:
        print(f"{name}: no {file_id} in its manifest", file=sys.stderr)
        return False
    rw2 = _load("rw2_collect", ROOT / "bench/classify/realworld2/collect.py")
    b = _load("b_collect", ROOT / "bench/train/real/b/collect.py")
    rw5 = _load("rw5_collect", ROOT / "bench/classify/realworld5/collect.py")
    trims: tuple[Trim, ...] = (rw2.trim, rw2.first.trim, rw5.page_trim, b.trim)
    ext = Path(row["path"]).suffix.lstrip(".").lower()
    raw = page.read_bytes()
    # the index gives a CRLF file's line ends as LF: a table trimmed from the snapshot kept the CRs
    crlf = raw.replace(b"\n", b"\r\n") if b"\r" not in raw else raw
    texts = (raw, raw.rstrip(b"\n"), raw + b"\n", crlf, crlf.rstrip(b"\r\n"), crlf.rstrip(b"\r\n") + b"\r\n")
    for e, got in (v for r in dict.fromkeys(texts) for v in _variants(r, ext, trims)):
        if hashlib.sha256(got).hexdigest() == row["sha256"]:
            data.mkdir(parents=True, exist_ok=True)
            (data / f"{file_id}.{e if e == ext or _is_json(got) else ext}").write_bytes(got)
            left = absent(data)
            left.pop(file_id, None)
            _record_absent(data, left)
            print(f"{name}: {file_id} rebuilt from its page")
            return True
    print(f"{name}: {file_id}: no trim of the page matches its sha256", file=sys.stderr)
    return False


def main() -> None:
    if sys.argv[1:] == ["--claims"]:
        print(f"{claims()} claims added to {CLAIMS}")
        return
    if sys.argv[1:2] == ["--page"]:
        if len(sys.argv) != 5 or sys.argv[2] not in SETS:
            sys.exit(f"usage: rebuild_data.py --page SET FILE_ID PAGE_FILE (SET one of {', '.join(SETS)})")
        sys.exit(0 if from_page(sys.argv[2], sys.argv[3], Path(sys.argv[4])) else 1)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", choices=tuple(SETS))
    ap.add_argument("--missing", action="store_true", help="only list the repositories not fetched yet")
    a = ap.parse_args()
    failed = False
    for name in a.sets:
        ok, bad, missing = rebuild(name, a.missing)
        for repo in sorted(missing):
            print(f"{name}: not fetched: {repo}")
        print(f"{name}: {ok} rebuilt, {bad} not matching, {len(missing)} repositories not fetched", file=sys.stderr)
        failed |= bool(bad or missing)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
