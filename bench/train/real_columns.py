"""Turn the labelled real tables into training rows: ``bench/train/real_columns.jsonl.gz``.

    python bench/train/real_columns.py [--set NAME=DATA_DIR[:META_DIR] ...]
    python bench/train/real_columns.py --update d --update e   # re-make these sets only, keep the others' rows

Real labelled sets (``SETS``; each a directory of files plus ``manifest.csv`` and ``labels.csv`` in
``bench/classify/realworld``'s format, labelled column by column by people who never read the model):

* ``realworld``: ``bench/classify/realworld/`` (141 files from 45 public repositories), data in
  ``/work/data/realworld``;
* ``a`` to ``f``: the blind labellers' training sets (``bench/train/real/a``-``f``, their
  READMEs give the origins), data in ``/work/data/realtrain/a``-``f/files``;
* ``g``, ``h``: round 5's blind-labelled parts (``bench/train/real/g``: clinical and survey tables;
  ``h``: devices, IBANs, IPs, national ids), data in ``/work/data/realtrain/g|h/files`` (38 of h's tables
  were read through the stored index: ``rebuild_data.py --page`` re-makes them from copies of its pages);
* ``realworld2``, ``realworld3``, ``realworld4``: the evaluation sets of rounds 1-3 (tuning sets since
  stop 11), training data since round 5 (``bench/classify/realworld2|3|4/``; 246, 229 and 101 tables,
  repositories disjoint from the other sets', claimed in the shared claims file), data in
  ``/work/data/realworld2|3|4``. realworld4's ``cc_mock`` shares Mockaroo's default header with two
  tables of ``realworld`` (separate repositories, no data line in common: ``HEADER_ERRATA`` in
  ``tests/bench/test_realworld4.py``); it keeps its own repository's group.

A set whose data or labels are absent is skipped (said so). A label its labeller marked ``unsure``
(the ``note`` column) is kept, with ``"u": 1`` on its rows (``run.UNSURE_WEIGHT`` weighs them). A table
of more than ``WIDE`` labelled columns has ``"w"`` on its rows (its columns share ``WIDE_AS`` columns' weight).

The data are not committed; CI has no copy. This script reads them as ``ajar scan`` reads a
directory (``read_path``, the default sample of 50 records, seeded) and keeps, per labelled column,
only what the model sees (dates judged against ``REFERENCE_DAY``, not the day of the run): its sparse
feature vector (numbers and hashed buckets of name grams, never a value and never a name in clear)
and its label (``null`` for none), plus the set's name, an opaque
group (a hash of the repository the file came from: grouped cross-validation leaves whole
repositories out, across sets), an opaque table id (a hash of the set and dataset names: the second pass
over the table, ``table.py``, reads the other columns of a column's dataset) and the sample variant.
``bench/train/run.py`` trains from this file and the generator, so ``--check`` reproduces the shipped
model without the data.

Variants per file: ``full`` (the scanner's 50-record sample) and three smaller slices of it (10, 25
and, since round 10, 5 records, fixed seeds), as scanners of other stores sample fewer records and
small tables hold fewer. Cross-validation scores the ``full`` rows of the held-out repositories
(``cv.py --score-slice 5``: their 5-record slices instead).

When ``ajar/pipeline/features.py`` or a detector changes, the vectors change: run this script again
(with the data) and retrain; ``--check`` fails until then (the dense feature names are recorded). A change of the
detectors' hint lists alone can be carried into the rows of tables not on the machine by ``name_patch.py`` (from
the labelled names; verified part by part), the sets on the machine re-made here (``name_patch.py --remade``).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
import zlib
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.append(str(ROOT / "bench" / "classify"))  # score_eval's rule; last, so its run.py never shadows ours

from score_eval import resolve  # noqa: E402

from ajar.detectors import DETECTORS  # noqa: E402
from ajar.detectors.base import reference_day  # noqa: E402
from ajar.models import Category, Record  # noqa: E402
from ajar.pipeline.classify import field_vectors  # noqa: E402
from ajar.pipeline.features import dense_names  # noqa: E402
from ajar.pipeline.flatten import flatten  # noqa: E402
from ajar.sources.files import read_path  # noqa: E402

OUT = HERE / "real_columns.jsonl.gz"
#: name -> (data directory, directory of manifest.csv and labels.csv); the order is the file's order
SETS: dict[str, tuple[Path, Path]] = {
    "realworld": (Path("/work/data/realworld"), ROOT / "bench" / "classify" / "realworld"),
    "a": (Path("/work/data/realtrain/a/files"), HERE / "real" / "a"),
    "b": (Path("/work/data/realtrain/b/files"), HERE / "real" / "b"),
    "c": (Path("/work/data/realtrain/c/files"), HERE / "real" / "c"),
    "d": (Path("/work/data/realtrain/d/files"), HERE / "real" / "d"),
    "e": (Path("/work/data/realtrain/e/files"), HERE / "real" / "e"),
    "f": (Path("/work/data/realtrain/f/files"), HERE / "real" / "f"),
    # evaluation sets of rounds 1-3, training data since round 5 (their repositories are disjoint from the others)
    "realworld2": (Path("/work/data/realworld2"), ROOT / "bench" / "classify" / "realworld2"),
    "realworld3": (Path("/work/data/realworld3"), ROOT / "bench" / "classify" / "realworld3"),
    "realworld4": (Path("/work/data/realworld4"), ROOT / "bench" / "classify" / "realworld4"),
    # round 5's blind-labelled parts: clinical/survey tables (health, ethnicity), devices/IBANs/IPs/national ids
    "g": (Path("/work/data/realtrain/g/files"), HERE / "real" / "g"),
    "h": (Path("/work/data/realtrain/h/files"), HERE / "real" / "h"),
    # round 8's blind-labelled part: clinical tables in many languages, addresses, and look-alikes
    "i": (Path("/work/data/realtrain/i/files"), HERE / "real" / "i"),
    # round 8's second part: birth dates, national ids, phones, addresses as exports write them, and look-alikes
    "j": (Path("/work/data/realtrain/j/files"), HERE / "real" / "j"),
    # round 9's blind-labelled parts: clinical tables with terse, coded or non-English names and look-alikes (k);
    # health beside other data, and the small categories (l)
    "k": (Path("/work/data/realtrain/k/files"), HERE / "real" / "k"),
    "l": (Path("/work/data/realtrain/l/files"), HERE / "real" / "l"),
    # round 10's blind-labelled part: personal data under names not in English (15 languages), and look-alikes
    "m": (Path("/work/data/realtrain/m/files"), HERE / "real" / "m"),
    # round 17's blind-labelled part: per-person health data in 17 languages and its look-alikes
    "n": (Path("/work/data/realtrain/n/files"), HERE / "real" / "n"),
    # round 18's blind-labelled part: per-person measurements under terse names, personal addresses as exports write
    # them, and their look-alikes (directories, registers, sensor readings)
    "o": (Path("/work/data/realtrain/o/files"), HERE / "real" / "o"),
}
SAMPLE = 50  # ajar's default --sample (ajar.defaults.SAMPLE): what a scan of these files reads
#: smaller slices of each file's sample (a file of more records than the size); 10 and 25 draw their starts from one
#: stream seeded ``SEED`` (as before 5 was added: their rows are unchanged), every later size from its own
SLICES = (10, 25, 5)
FIRST_SLICES = (10, 25)
SEED = 20261205
#: a table of more than WIDE labelled columns weighs as WIDE_AS columns (``"w"`` on its rows: WIDE_AS / n each),
#: so one wide table does not swamp its set (h's ``iot_traffic_features``: 299 numeric ``none`` columns);
#: no table of the other sets has more than 195 labelled columns, so their rows carry no ``"w"``
WIDE = 200
WIDE_AS = 100
#: the day the detectors judge dates against while training (a birth date not in the future, a national
#: ID's embedded birth date): pinned, so the vectors do not depend on the day of the run; a scan uses today
REFERENCE_DAY = date(2026, 12, 1)


def group_of(repo: str) -> str:
    """An opaque, stable group id for a repository (grouped CV leaves whole repositories out)."""
    return f"{zlib.crc32(repo.encode('utf-8')):08x}"


def table_of(set_name: str, dataset: str) -> str:
    """An opaque id of a dataset (a table) of a set: the second pass (``table.py``) reads a column's table."""
    return f"{zlib.crc32(f'{set_name}/{dataset}'.encode()):08x}"


def _targets(labels: list[dict[str, str]], names: set[str]) -> dict[str, dict[str, str]]:
    """dataset name -> {field path in that dataset: label}, resolved as ``score_eval.predict`` does
    (a JSON object of arrays is one dataset per array: ``<file>.<key>``)."""
    out: dict[str, dict[str, str]] = {}
    for r in labels:
        ds, path = resolve(r["file_id"], r["path"], names)
        out.setdefault(ds, {})[path] = r["category"]
    return out


def labelled_files(data: Path, labels: list[dict[str, str]]) -> list[tuple[str, list[Record], dict[str, str]]]:
    """(dataset name, the scanner's sample, {path: label}) for each labelled dataset of a directory
    of files, read as ``ajar scan DIR`` reads them."""
    datasets = {fd.name: fd for fd in read_path(data, SAMPLE, isolate=False, max_datasets=100_000)}
    targets = _targets(labels, set(datasets))
    return [(n, datasets[n].sample if n in datasets else [], targets[n]) for n in sorted(targets)]


#: set, dataset, variant and path of each row built (``--names`` writes them for error analysis,
#: outside the repository: they are the tables' own names)
NAMES: list[str] = []


def build(name: str, data: Path, meta: Path) -> tuple[list[dict[str, object]], dict[str, int]]:
    with (meta / "labels.csv").open(newline="", encoding="utf-8") as fh:
        labels = [r for r in csv.DictReader(fh) if r.get("category")]
    unsure = {(r["file_id"], r["path"]) for r in labels if (r.get("note") or "").strip().startswith("unsure")}
    with (meta / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        repo_of = {r["file_id"]: r["repo"] for r in csv.DictReader(fh)}
    index = {n: i for i, n in enumerate(dense_names([d() for d in DETECTORS]))}
    first = random.Random(SEED)
    rngs = {size: first if size in FIRST_SLICES else random.Random(SEED + size) for size in SLICES}
    rows: list[dict[str, object]] = []
    stats = {"labelled": len(labels), "found": 0, "missing": 0}
    for ds_name, records, want in labelled_files(data, labels):
        fid = ds_name.partition(".")[0] if ds_name not in repo_of else ds_name
        # the label rows' own path: a JSON object of arrays is one dataset per array (``<file>.<key>``)
        doubtful = {p for p in want if (ds_name, p) in unsure or (fid, f"{ds_name.partition('.')[2]}.{p}") in unsure}
        group = group_of(repo_of.get(fid, fid))
        table = table_of(name, ds_name)
        weight = WIDE_AS / len(want) if len(want) > WIDE else None
        if not records:
            stats["missing"] += len(want)
            continue
        variants = [("full", records)]
        for size in SLICES:
            if len(records) > size:
                start = rngs[size].randrange(0, len(records) - size + 1)
                variants.append((f"s{size}", records[start : start + size]))
        for variant, recs in variants:
            with reference_day(REFERENCE_DAY):
                vectors, _ev = field_vectors(flatten(recs), len(recs), index)
            if variant == "full":
                stats["found"] += sum(1 for p in want if p in vectors)
                stats["missing"] += sum(1 for p in want if p not in vectors)
            for path, label in sorted(want.items()):
                x = vectors.get(path)
                if x is None:
                    continue
                cat = None if label == "none" else Category(label).value
                NAMES.append(f"{name}\t{ds_name}\t{variant}\t{path}")
                row: dict[str, object] = {"s": name, "g": group, "t": table, "v": variant, "y": cat}
                if path in doubtful:
                    row["u"] = 1  # the labeller marked the label unsure
                if weight is not None:
                    row["w"] = round(weight, 6)  # a wide table: its columns share WIDE_AS columns' weight
                row["x"] = sorted([i, round(v, 6)] for i, v in x.items())
                rows.append(row)
    return rows, stats


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=DATA_DIR[:META_DIR]",
        help="a labelled set (default: every set of SETS whose data and labels exist)",
    )
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--update",
        action="append",
        default=[],
        metavar="NAME",
        help="re-make only these sets; keep every other set's rows from the current --out file (refused if that"
        " file was made with other dense features): adds a new set when the older sets' data are not on this machine",
    )
    ap.add_argument("--names", type=Path, help="also write each row's set, dataset and path here (never commit it)")
    args = ap.parse_args()
    sets = dict(SETS)
    if args.set:
        sets = {}
        for spec in args.set:
            name, _, dirs = spec.partition("=")
            data, _, meta = dirs.partition(":")
            sets[name] = (Path(data), Path(meta) if meta else SETS.get(name, (Path(data), Path(data)))[1])
    rows: list[dict[str, object]] = []
    per_set: dict[str, dict[str, int]] = {}
    dense = list(dense_names([d() for d in DETECTORS]))
    if args.update:
        sets = {k: v for k, v in sets.items() if k in args.update}
        with gzip.open(args.out, "rt", encoding="utf-8") as fh:
            old_head = json.loads(fh.readline())
            if old_head["dense"] != dense:
                raise SystemExit(f"{args.out} was made with other dense features: re-make every set (needs all data)")
            kept = [json.loads(line) for line in fh]
        rows = [r for r in kept if r["s"] not in args.update]
        per_set = {k: v for k, v in old_head["sets"].items() if k not in args.update}
        print(f"kept {len(rows)} rows of sets {sorted(per_set)} from {args.out}")
    for name, (data, meta) in sets.items():
        if not data.is_dir() or not (meta / "labels.csv").is_file() or not (meta / "manifest.csv").is_file():
            print(f"set {name}: no data at {data} or no labels/manifest in {meta}: skipped")
            continue
        got, stats = build(name, data, meta)
        rows.extend(got)
        per_set[name] = stats
        print(f"set {name}: {stats}")
    head = {"dense": dense, "sample": SAMPLE, "slices": list(SLICES), "sets": per_set}
    # mtime 0: the same data and code make the same bytes
    with gzip.GzipFile(args.out, "wb", mtime=0) as gz:
        gz.write((json.dumps(head, separators=(",", ":")) + "\n").encode())
        for r in rows:
            gz.write((json.dumps(r, separators=(",", ":")) + "\n").encode())
    print(f"{args.out}: {len(rows)} rows")
    if args.names:
        args.names.write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
