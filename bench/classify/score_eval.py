"""Score ajar's field classification on an independent evaluation set, as a user would run it.

    python bench/classify/score_eval.py --set realworld [--data DIR]   # default /work/data/realworld
    python bench/classify/score_eval.py --set realworld2 [--data DIR]  # default /work/data/realworld2 (frozen)
    python bench/classify/score_eval.py --set realworld3 [--data DIR]  # default /work/data/realworld3 (frozen)
    python bench/classify/score_eval.py --set evalgen  [--data DIR]    # default: generated afresh
    python bench/classify/score_eval.py --set evalgen2 [--data DIR]    # default: generated afresh
    python bench/classify/score_eval.py --set evalgen3 [--data DIR]    # default: generated afresh
    python bench/classify/score_eval.py --set evalgen4 [--data DIR]    # default: generated afresh
    python bench/classify/score_eval.py --set evalgen5 [--data DIR]    # default: generated afresh (frozen)
    python bench/classify/score_eval.py --set evalgen6 [--data DIR]    # default: generated afresh (frozen)
    python bench/classify/score_eval.py --set evalgen7 [--data DIR]    # default: generated afresh (frozen)
    python bench/classify/score_eval.py --set evalgen8 [--data DIR]    # default: generated afresh (check set)

ajar is a black box here: the files are scanned with ``python -m ajar scan DIR --format json``
(the ajar that ``PYTHONPATH`` selects, so it works from any worktree), and each labelled column
(file id, dotted path) is looked up in the report's ``datasets[].fields[]`` (dataset = file name
without extension, or ``<file>.<key>`` for a JSON object of arrays): the exact path; else a masked
report path (``*`` stands for a hidden character); else, to give credit only, an ancestor object the
report put in the labelled category (``billing`` reported as an address covers ``billing.street``).
Paths are the unwrapped ones: ``born``, not ``born.$date``; an elasticdump line's ``_source.email``
is the report's ``email``. A labelled column the report does not
list is predicted ``none``; a file whose dataset is absent from the report counts as *missing* (its
columns are still scored, as ``none``). The scan uses ajar's default ``--sample``.

Prints one summary table of aggregate numbers only: macro-F1 over the categories present in the
set, per-category precision / recall / support, the false-alarm rate (columns labelled ``none``
given any category) and the missing / unlabelled counts. ``--errors`` lists every miss: it is for
the labeller only, because whoever tunes the classifier must not see which columns it missed.
Always exits 0 (unless the set itself cannot be read).

A real set whose files are not all present (``bench/rebuild_data.py`` could not rebuild the tables of repositories
with no snapshot) is named PARTIAL: its figures are not the set's and never go beside its first score.
``--present-only`` scores only the labels of the tables present with their recorded sha256: a figure comparable
only with another ``--present-only`` run on the same tables (two commits, say), printed with how many tables it covers.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Container
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATEGORIES = (
    "person.name",
    "person.national_id",
    "person.birth_date",
    "contact.phone",
    "contact.email",
    "contact.address",
    "location.coordinates",
    "network.ip_address",
    "device.identifier",
    "financial.card_number",
    "financial.iban",
    "special.ethnicity",
    "special.religion",
    "special.health",
    "biometric.face_embedding",
    "credential.secret",
)
NONE = "none"
# generated sets: bench/classify/<set>/generate.py --out DIR writes the files and DIR/labels.csv
GENERATED_SETS = ("evalgen", "evalgen2", "evalgen3", "evalgen4", "evalgen5", "evalgen6", "evalgen7", "evalgen8")
DATA_EXT = (".csv", ".tsv", ".json", ".jsonl", ".ndjson")
# real-world sets kept outside the repository: set name -> (environment variable, default directory);
# the manifest and labels live in bench/classify/<set>/
REAL_SETS = {
    "realworld": ("REALWORLD_DATA", "/work/data/realworld"),
    "realworld2": ("REALWORLD2_DATA", "/work/data/realworld2"),
    "realworld3": ("REALWORLD3_DATA", "/work/data/realworld3"),
    "realworld4": ("REALWORLD4_DATA", "/work/data/realworld4"),
    "realworld5": ("REALWORLD5_DATA", "/work/data/realworld5"),
    "realworld6": ("REALWORLD6_DATA", "/work/data/realworld6"),
    "realworld7": ("REALWORLD7_DATA", "/work/data/realworld7"),
    "realworld8": ("REALWORLD8_DATA", "/work/data/realworld8"),
}


def die(msg: str) -> None:
    print(f"score_eval: {msg}", file=sys.stderr)
    sys.exit(2)


def read_labels(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if r["category"] not in CATEGORIES and r["category"] != NONE:
            die(f"{path}: unknown category {r['category']!r} (file {r['file_id']})")
    return rows


def check_manifest(data: Path, manifest: Path) -> tuple[set[str], int]:
    """(file_ids present with the recorded sha256, count of files absent or changed)."""
    ok: set[str] = set()
    bad = 0
    with manifest.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            found = [p for p in data.glob(row["file_id"] + ".*") if p.suffix in DATA_EXT]
            if found and hashlib.sha256(found[0].read_bytes()).hexdigest() == row["sha256"]:
                ok.add(row["file_id"])
            else:
                bad += 1
    return ok, bad


def scan(data: Path, sample: int | None) -> dict[str, dict[str, str]]:
    """dataset name -> {field path: category} from one ``ajar scan`` of ``data``."""
    with tempfile.TemporaryDirectory(prefix="score_eval-") as tmp:
        out = Path(tmp) / "report.json"
        # every labelled file is a dataset: raise the per-service dataset limit (default 100) above the set's size
        cmd = [sys.executable, "-m", "ajar", "scan", str(data), "--format", "json", "-o", str(out), "-q",
               "--max-datasets", "10000", "--no-store"]
        if sample:
            cmd += ["--sample", str(sample)]
        t0 = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
        elapsed = time.monotonic() - t0
        if not out.exists():
            die(f"ajar scan wrote no report (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    print(f"ajar scan: exit {proc.returncode}, {elapsed:.1f} s")
    found: dict[str, dict[str, str]] = {}
    for svc in report.get("services", []):
        for ds in svc.get("datasets") or []:
            fields = found.setdefault(ds["name"], {})
            for f in ds.get("fields") or []:
                if f.get("category"):
                    fields[f["path"]] = f["category"]
    return found


def lookup(fields: dict[str, str], path: str, gold: str) -> tuple[str, str | None]:
    """(category the report gives ``path``, the report path that gave it).

    Exact path first; then a report path whose masked characters (``*``, the report hides parts of
    field names that look like personal data) fit ``path``; then, only to give credit, never to
    blame, an ancestor object the report classified as ``gold`` (e.g. ``billing`` reported as an
    address covers the labelled ``billing.street``)."""
    if path in fields:
        return fields[path], path
    if path.startswith("_source.") and path[8:] in fields:
        # an elasticdump line is read as its document, as the Elasticsearch probe serves it:
        # the labelled ``_source.email`` is the report's ``email`` (as ``born.$date`` is ``born``)
        return fields[path[8:]], path[8:]
    for rp, cat in fields.items():
        if "*" in rp and len(rp) == len(path) and all(a == "*" or a == b for a, b in zip(rp, path, strict=True)):
            return cat, rp
    parts = path.split(".")
    for i in range(len(parts) - 1, 0, -1):
        anc = ".".join(parts[:i])
        if fields.get(anc) == gold and gold != NONE:
            return gold, anc
    return NONE, None


def resolve(fid: str, path: str, names: Container[str]) -> tuple[str, str]:
    """The dataset and path a labelled (file, path) is read as, among the report's dataset ``names``: a JSON
    object of arrays is one dataset per array (``<file>.<key>``); a saved reply (``{"data": {"customers":
    [...]}, "pagination": ...}``) is its records (``<file>.customers``: ``data.customers.email`` is their
    ``email``) and its other keys (``<file>.reply``); else the file's own dataset. ``predict`` scores by this
    rule and ``bench/train/real_columns.py`` builds its training rows by it."""
    head, _, rest = path.partition(".")
    if rest and f"{fid}.{head}" in names:
        return f"{fid}.{head}", rest
    if fid not in names:
        parts = path.split(".")
        for i in range(1, len(parts) - 1):
            if f"{fid}.{parts[i]}" in names:
                return f"{fid}.{parts[i]}", ".".join(parts[i + 1 :])
        if f"{fid}.reply" in names:
            return f"{fid}.reply", path
    return fid, path


def predict(found: dict[str, dict[str, str]], file_id: str, path: str, gold: str) -> tuple[str | None, str, str | None]:
    """(category or None when the file's dataset is absent, dataset matched, report path used)."""
    if file_id in found:
        cat, rp = lookup(found[file_id], path, gold)
        if rp is not None:
            return cat, file_id, rp
    ds, sub = resolve(file_id, path, found.keys())
    if ds != file_id:  # one array of a JSON object of arrays, or a part of a saved reply
        cat, rp = lookup(found[ds], sub, gold)
        return cat, ds, rp
    if file_id in found or any(k.startswith(file_id + ".") for k in found):
        return NONE, file_id, None
    return None, "", None


def score(labels: list[dict[str, str]], found: dict[str, dict[str, str]], errors: bool) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    support: Counter[str] = Counter()
    neg = false_alarms = missing = unsure = 0
    missing_files: set[str] = set()
    misses: list[tuple[str, str, str, str]] = []
    used: dict[str, set[str]] = {}
    for r in labels:
        gold = r["category"]
        pred, ds, rp = predict(found, r["file_id"], r["path"], gold)
        if ds and rp is not None:
            used.setdefault(ds, set()).add(rp)
        elif ds:
            used.setdefault(ds, set())
        if pred is None:
            missing += 1
            missing_files.add(r["file_id"])
            pred = NONE
        if r.get("note", "").strip():
            unsure += 1
        support[gold] += 1
        if gold == NONE:
            neg += 1
            if pred != NONE:
                false_alarms += 1
                fp[pred] += 1
        elif pred == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            if pred != NONE:
                fp[pred] += 1
        if pred != gold:
            misses.append((r["file_id"], r["path"], gold, pred))
    stray = sorted(
        (name, path, cat)
        for name, fields in found.items()
        if name in used
        for path, cat in fields.items()
        if path not in used[name]
    )
    unlabelled = len(stray)

    print(f"{'category':26} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    f1s = []
    for c in CATEGORIES:
        if support[c] == 0 and fp[c] == 0:
            print(f"{c:26} {'-':>9} {'-':>7} {'-':>6} {0:>8}")
            continue
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rc = tp[c] / support[c] if support[c] else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        if support[c]:
            f1s.append(f1)
        print(f"{c:26} {p:9.3f} {rc:7.3f} {f1:6.3f} {support[c]:>8}")
    pos = sum(support[c] for c in CATEGORIES)
    micro_tp = sum(tp.values())
    print("-" * 60)
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    print(f"macro-F1 ({len(f1s)} categories with support): {macro:.3f} ({macro:.4f}: a target is judged unrounded)")
    print(f"personal columns: {pos}, recall {micro_tp / pos if pos else 0.0:.3f}")
    print(f"false alarms: {false_alarms}/{neg} non-personal columns ({100 * false_alarms / neg if neg else 0.0:.1f} %)")
    print(
        f"labelled columns: {len(labels)} ({unsure} marked unsure); missing (file not in report): "
        f"{missing} columns in {len(missing_files)} files; unlabelled report fields: {unlabelled}"
    )
    if errors:
        print("\n# misses (labeller only)")
        for m in misses:
            print("  " + "  ".join(m))
        print("\n# report fields with a category that no label names (labeller only)")
        for name, path, cat in stray:
            print(f"  {name}  {path}  {cat}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", required=True, choices=(*REAL_SETS, *GENERATED_SETS))
    ap.add_argument("--data", type=Path, help="directory of the set's files")
    ap.add_argument("--sample", type=int, help="pass --sample N to ajar scan (default: ajar's own)")
    ap.add_argument("--errors", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument(
        "--present-only", action="store_true", help="a real set: score only the tables present with their sha256"
    )
    a = ap.parse_args()
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if a.set in REAL_SETS:
        env, default = REAL_SETS[a.set]
        data = a.data or Path(os.environ.get(env, default))
        if not data.is_dir():
            die(f"no directory {data}: fetch the files listed in bench/classify/{a.set}/manifest.csv there")
        labels = read_labels(HERE / a.set / "labels.csv")
        ok, bad = check_manifest(data, HERE / a.set / "manifest.csv")
        print(f"set {a.set}: {data}, {len(ok)} files match the manifest, {bad} absent or changed")
        if bad and a.present_only:
            labels = [r for r in labels if r["file_id"] in ok]
            print(f"PRESENT ONLY: {len(ok)} tables, {len(labels)} labelled columns; comparable only with another "
                  "--present-only run on the same tables, never with the set's first score")
        elif bad:
            print(f"PARTIAL: {bad} tables absent or changed; these figures are not the set's, nor comparable with "
                  "its first score (bench/rebuild_data.py; --present-only scores the tables present)")
    else:
        if a.data is None:
            tmp = tempfile.TemporaryDirectory(prefix=f"{a.set}-")
            data = Path(tmp.name)
            subprocess.run([sys.executable, str(HERE / a.set / "generate.py"), "--out", str(data)], check=True)
        else:
            data = a.data
        labels = read_labels(data / "labels.csv")
        print(f"set {a.set}: {data}")
    label_files = {r["file_id"] for r in labels}
    with tempfile.TemporaryDirectory(prefix="score_eval-data-") as view:
        # scan only the labelled files (copies: ajar does not follow a symlink out of the folder it
        # was given), so stray files change nothing
        for p in sorted(data.iterdir()):
            if p.suffix in DATA_EXT and p.stem in label_files:
                shutil.copyfile(p, Path(view) / p.name)
        found = scan(Path(view), a.sample)
    score(labels, found, a.errors)
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
