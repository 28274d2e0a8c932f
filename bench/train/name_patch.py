"""Re-make the name-only features of the committed real training rows without their tables.

    python bench/train/name_patch.py --old OLD_SRC --check      # does every row's name, as labelled, make it?
    python bench/train/name_patch.py --old OLD_SRC [--remade FILE] [--out FILE]   # re-make them on this tree's hints

The real training rows (``real_columns.jsonl.gz``) are feature vectors of labelled columns; their tables live
outside the repository and are seldom all on one machine (each repository's snapshot costs a fetch). A column's
*name* is in its set's committed ``labels.csv``. What a field name says to the detectors (their name, strong,
negative, conditional and context hints) enters a row only through features of names alone, or of names and the
row's own stored features:

* the row's own name (part ``own``), per detector: ``against``/``agrees``/``strong``, ``prev_against``/
  ``prev_neutral``/``prev_agrees``/``prev_strong`` (the hint, times the stored ``prev``), ``conditional``,
  ``context``; and ``name_empty``, ``name_numbered``;
* its siblings' names (``siblings``): ``sibling_strong``, ``sibling_named`` and ``named_x_*`` (the share, times
  the row's stored shapes);
* its table's names (``table``): ``people``.

So a change of the hint lists alone (never of a value-side feature, nor of the dense feature names: refused) can be
carried into the rows. Each row is found among its table's labelled paths (the rows follow
``real_columns.build``'s order: tables by the crc32 of ``set/dataset``, variants, paths sorted; a row is the next
path whose name grams it holds); its siblings are taken to be the other rows of that table and variant under the
same parent, which holds when the row's hashed sibling grams are exactly those names' (a column nobody labelled
is a sibling too: then the siblings are unknown). Each part is **verified** before it is re-made: made again from
those names on the hints of ``--old`` (the source tree the file was made with), it must equal the stored values
(to 2e-6: stored values are rounded to 6 places, and a product of rounded factors may differ in the last one).
Only verified parts are re-made, on this tree's hints; a part that does not verify keeps its stored values and is
counted (``partly``: the own part verified, another did not or its siblings are unknown; the table part is
verified only where every row of the table has its siblings known: its names are then all labelled). A row that may be
another labelled path no row took (the same grams: names that differ in digits alone) is left as it is when the new
hints say otherwise of the two (``ambiguous``). Rows whose tables are on
the machine are better re-made from them: ``--remade`` takes the rows of the sets named by ``--remade-set`` from a
file that ``real_columns.py --update`` wrote on this tree (a copy), in place; only those sets' (the copy's other
sets are the rows ``--update`` kept, made on the old hints: taking them would undo their patch).

Nothing here reads a value: only names, labels and the stored vectors.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.append(str(ROOT / "bench" / "classify"))
sys.path.insert(0, str(HERE))

import real_columns  # noqa: E402
from score_eval import resolve  # noqa: E402

TOL = 2e-6  # stored values are rounded to 6 places; a product of rounded factors differs by at most this


def _ajar(src: Path | None) -> dict[str, ModuleType]:
    """The feature modules of ``src`` (a tree's ``src`` folder), imported fresh."""
    for k in [k for k in sys.modules if k == "ajar" or k.startswith("ajar.")]:
        del sys.modules[k]
    if src is not None:
        sys.path.insert(0, str(src))
    try:
        mods = {n: importlib.import_module(f"ajar.{n}") for n in ("pipeline.features", "pipeline.names", "detectors")}
    finally:
        if src is not None:
            sys.path.remove(str(src))
    return mods


class Namer:
    """What names make, on one tree's hints (its feature module, ``field_name`` and detector instances): per path,
    its view; per row, its name-only features."""

    def __init__(self, features: ModuleType, field_name: Any, detectors: tuple[Any, ...]) -> None:
        self.f = features
        self.field_name = field_name
        self.dets = detectors
        self.dense = list(self.f.dense_names(self.dets))
        self.index = {n: i for i, n in enumerate(self.dense)}
        self.base = len(self.index)
        self.pos = self.f.detector_positions(self.dets, self.index)
        self.per = list(self.f._PER_DETECTOR)
        self._views: dict[str, Any] = {}
        # the hints looked up through an index of these detectors' lists, as a scan does (``hint_of``'s cache is
        # keyed by detector id: two namers of one process with other hints would share it)
        self._hints = features.hint_index(detectors)
        self._name_keys = frozenset(i for part in PARTS for i in _keys(self, part))

    def view(self, path: str) -> Any:
        v = self._views.get(path)
        if v is None:
            v = self._views[path] = self.f.NameView(self.dets, self.field_name(path), self._hints)
        return v

    def own_grams(self, path: str) -> dict[int, float]:
        v = self.view(path)
        out: dict[int, float] = defaultdict(float)
        for b in v.grams:
            out[self.base + b] += v.gram_weight
        return out

    def hashed(self, path: str, siblings: list[str]) -> dict[int, float]:
        """The hashed part of ``column_features`` (name, parent and sibling grams)."""
        x = dict(self.own_grams(path))
        parent = path.rpartition(".")[0]
        if parent:
            for t in self.field_name(parent).tokens:
                if not t.isdigit():
                    k = self.base + self.f._bucket(f"p:{t}")
                    x[k] = x.get(k, 0.0) + 0.5
        tokens = {t for s in siblings for t in self.field_name(s).tokens if not t.isdigit()}
        if tokens:
            w = 1.0 / math.sqrt(len(tokens))
            for t in tokens:
                k = self.base + self.f._bucket(f"s:{t}")
                x[k] = x.get(k, 0.0) + w
        return x

    def named_dense(
        self, path: str, siblings: list[str], table_paths: Iterable[str], x: dict[int, float]
    ) -> dict[int, float]:
        """The name-dependent dense features of a row, by position (zeros left out): ``features.column_features``
        itself, given the names, the siblings' shares as ``classify.field_vectors`` adds them up, and of the row's
        values only what the stored vector holds (each detector's ``prev``, the shapes ``named_x_*`` cross)."""
        sib_views = [self.view(s) for s in siblings]
        named: dict[str, float] = {}
        for det in self.dets:  # the share of siblings whose name agrees, added up one sibling at a time (as there)
            share = 0.0
            for _ in range(sum(1 for v in sib_views if det.id in v.named)):
                share += 1.0 / len(siblings)
            if share:
                named[det.id] = share
        prev = {d.id: self.f.Evidence(prevalence=x.get(self.index[f"{d.id}.prev"], 0.0)) for d in self.dets}
        shape = {n: x[self.index[n]] for n in _CROSSED if self.index[n] in x}
        vec = self.f.column_features(
            path,
            self.field_name(path),
            None,  # the column: read only with a detector's hits, and none is given
            shape,
            prev,
            self.dets,
            [(s, self.field_name(s)) for s in siblings],
            {},
            frozenset().union(*(v.strong for v in sib_views)),
            0.0,
            self.f.people_context({p: self.field_name(p) for p in table_paths}),
            self.index,
            named,
            0.0,
            self.view(path),
            self.pos,
        )
        return {i: v for i, v in vec.items() if i in self._name_keys}


#: the per-detector features of a column's values (``features._PER_DETECTOR`` holds them and the name features): every
#: other one is made from names (and stored shapes) by :meth:`Namer.named_dense`; a new feature of values must be
#: named here, or the own part of every row fails to verify (it is never re-made from names)
_VALUE_PER = frozenset({"prev", "support", "mean", "top", "spread_ok", "id_named", "sibling_prev"})
#: the stored shapes ``column_features`` crosses with the siblings' agreeing share (``named_x_*``)
_CROSSED = ("numeric", "integral", "has_letter", "distinct", "upper_only", "flag_vocab")


#: the name-only features in three parts, each verified and re-made on its own: the row's own name; its
#: siblings' names (only when its siblings are known); the table's names (``people``)
PARTS = ("own", "siblings", "table")
_SIBLING_PER = ("sibling_strong", "sibling_named", "named_x_")  # the siblings' part (``named_x_*``: prefixes)


def _keys(namer: Namer, part: str) -> list[int]:
    if part == "table":
        return [namer.index["people"]]
    keys = ["name_empty", "name_numbered"] if part == "own" else []
    for det in namer.dets:
        keys += [
            f"{det.id}.{p}"
            for p in namer.per
            if p not in _VALUE_PER and p.startswith(_SIBLING_PER) == (part == "siblings")
        ]
    return [namer.index[k] for k in keys]


def _stored(namer: Namer, part: str, x: dict[int, float]) -> dict[int, float]:
    """A row's stored values of one part's features, by position."""
    return {i: x[i] for i in _keys(namer, part) if i in x}


def _made(namer: Namer, part: str, want: dict[int, float]) -> dict[int, float]:
    """One part's features made from names (:meth:`Namer.named_dense`), by position, rounded as stored."""
    keys = set(_keys(namer, part))
    return {i: round(v, 6) for i, v in want.items() if i in keys and round(v, 6)}


def _close(a: dict[int, float], b: dict[int, float], tol: float) -> bool:
    if a.keys() != b.keys():
        return False
    return all(abs(a[k] - b[k]) <= tol for k in a)


def namer_of(src: Path | None) -> Namer:
    """The :class:`Namer` of a source tree (``None``: this one)."""
    mods = _ajar(src)
    return Namer(
        mods["pipeline.features"], mods["pipeline.names"].field_name, tuple(d() for d in mods["detectors"].DETECTORS)
    )


def table_paths(set_name: str, tables: set[str], meta: Path) -> dict[str, list[str]]:
    """table id -> its labelled paths, sorted, as ``real_columns.build`` resolves them (the dataset names a
    table id can be are tried: a file, one array of a JSON object of arrays, a saved reply's parts)."""
    with (meta / "labels.csv").open(newline="", encoding="utf-8") as fh:
        labels = [r for r in csv.DictReader(fh) if r.get("category")]
    names: dict[str, str] = {}  # table id -> dataset name
    for r in labels:
        fid = r["file_id"]
        cands = {fid, f"{fid}.reply"} | {f"{fid}.{p}" for p in r["path"].split(".")[:-1]}
        for ds in cands:
            t = real_columns.table_of(set_name, ds)
            if t in tables:
                names[t] = ds
    present = set(names.values())
    out: dict[str, set[str]] = defaultdict(set)
    by_name = {ds: t for t, ds in names.items()}
    for r in labels:
        ds, path = resolve(r["file_id"], r["path"], present)
        if ds in by_name:
            out[by_name[ds]].add(path)
    return {t: sorted(p) for t, p in out.items()}


def assign(namer: Namer, rows: list[dict[str, Any]], cands: list[str]) -> list[str] | None:
    """Each row's path: the rows of one table and variant are a subsequence of its sorted labelled paths; a row
    is the next path whose own name grams it holds (every bucket at least at the path's weight)."""
    out: list[str] = []
    j = 0
    for r in rows:
        x = r["_x"]
        while j < len(cands):
            g = namer.own_grams(cands[j])
            j += 1
            if all(x.get(k, 0.0) >= v - TOL for k, v in g.items()):
                out.append(cands[j - 1])
                break
        else:
            return None
    return out


def _ambiguous(
    old: Namer, new: Namer, path: str, unused: list[str], sibs: list[str], got: list[str], x: dict[int, float]
) -> bool:
    """Whether the row may be another labelled path than ``path`` that no row took, and the new hints would make it
    otherwise: name grams leave digits out (``q21`` and ``q42`` hold the same), so :func:`assign` takes a row for
    the first such path, and a labelled path whose column the table lacks (``real_columns``' ``missing``) moves
    the rows after it onto their neighbours' names; where the old hints say the same of both, the row verifies
    either way (where they differ, the stored values tell them apart)."""
    grams = old.own_grams(path)
    was, fresh = old.named_dense(path, sibs, got, x), new.named_dense(path, sibs, got, x)
    for u in unused:
        if u.rpartition(".")[0] == path.rpartition(".")[0] and old.own_grams(u) == grams:
            table = [u if p == path else p for p in got]
            if old.named_dense(u, sibs, table, x) == was and new.named_dense(u, sibs, table, x) != fresh:
                return True
    return False


def _siblings_known(old: Namer, x: dict[int, float], path: str, sibs: list[str]) -> bool:
    """Whether the row's hashed grams are exactly those of its name, parent and ``sibs``: its siblings are the
    labelled ones (none that nobody labelled)."""
    hashed = {k: v for k, v in x.items() if k >= old.base}
    return _close(hashed, {k: round(v, 6) for k, v in old.hashed(path, sibs).items()}, TOL)


def verify_and_patch(
    rows: list[dict[str, Any]], old: Namer, new: Namer | None, metas: dict[str, Path] | None = None
) -> tuple[dict[str, dict[str, int]], int]:
    """Verify every row on ``old``'s names; re-make the verified parts on ``new``'s (in place). Per set counts.
    ``metas``: set name -> the folder of its ``labels.csv`` (default: ``real_columns.SETS``')."""
    if metas is None:
        metas = {k: v[1] for k, v in real_columns.SETS.items()}
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    changed = 0
    by_set: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        r["_x"] = {int(i): float(v) for i, v in r["x"]}
        by_set[r["s"]][(r["t"], r["v"])].append(r)
    for s, groups in by_set.items():
        paths = table_paths(s, {t for t, _ in groups}, metas[s])
        for (t, _v), grp in groups.items():
            st = stats[s]
            st["rows"] += len(grp)
            cands = paths.get(t)
            got = assign(old, grp, cands) if cands else None
            if got is None:
                st["unassigned"] += len(grp)
                continue
            unused = [p for p in cands if p not in set(got)] if cands else []
            sibs_of = {
                path: [p for p in got if p != path and p.rpartition(".")[0] == path.rpartition(".")[0]] for path in got
            }
            knowns = [_siblings_known(old, r["_x"], path, sibs_of[path]) for r, path in zip(grp, got, strict=True)]
            # the table's people flag is of every column's name: known only when no row has a sibling nobody
            # labelled (else the labelled names may make the stored flag by accident, and not the new one)
            whole = all(knowns)
            for r, path, known in zip(grp, got, knowns, strict=True):
                sibs = sibs_of[path]
                x = r["_x"]
                if new is not None and _ambiguous(old, new, path, unused, sibs, got, x):
                    st["ambiguous"] += 1
                    continue
                want = old.named_dense(path, sibs, got, x)
                # each part of the name-only features is re-made only where the old hints make it again
                parts = [p for p in PARTS if p == "own" or (known if p == "siblings" else whole)]
                ok = [p for p in parts if _close(_stored(old, p, x), _made(old, p, want), TOL)]
                st["verified" if ok == list(PARTS) else "partly" if "own" in ok else "unverified"] += 1
                if new is None or not ok:
                    continue
                nx = dict(x)
                fresh = new.named_dense(path, sibs, got, x)
                for p in ok:
                    for i in _keys(old, p):
                        nx.pop(i, None)
                    nx.update(_made(new, p, fresh))
                if nx != x:
                    changed += 1
                    st["changed"] += 1
                r["x"] = sorted([k, v] for k, v in nx.items())
    for r in rows:
        del r["_x"]
    return {k: dict(v) for k, v in stats.items()}, changed


def substitute(rows: list[dict[str, Any]], remade: Path, dense: list[str], sets: set[str]) -> int:
    """Replace, in place, the rows of each (set, table, variant) of ``sets`` that ``remade`` holds with its rows; how
    many. Only ``sets``: a file of ``real_columns.py --update`` also holds the rows it kept of every other set (as
    they were, on the old hints), which would undo those sets' patch."""
    with gzip.open(remade, "rt", encoding="utf-8") as fh:
        if json.loads(fh.readline())["dense"] != dense:
            raise SystemExit(f"{remade} was made with other dense features")
        got: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for line in fh:
            r = json.loads(line)
            if r["s"] in sets:
                got[(r["s"], r["t"], r["v"])].append(r)
    if missing := sets - {s for s, _, _ in got}:
        raise SystemExit(f"{remade} holds no rows of set(s) {sorted(missing)}")
    ours: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        ours[(r["s"], r["t"], r["v"])].append(i)
    taken = 0
    for key, new_rows in got.items():
        at = ours.get(key)
        if at is None:
            continue
        if len(at) != len(new_rows):
            raise SystemExit(f"table {key} has {len(at)} rows here and {len(new_rows)} re-made: not the same table")
        for i, r in zip(at, new_rows, strict=True):
            rows[i] = r
        taken += len(at)
    return taken


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--file", type=Path, default=HERE / "real_columns.jsonl.gz")
    ap.add_argument("--old", type=Path, help="the src tree the file was made on (default: this tree)")
    ap.add_argument("--check", action="store_true", help="only verify, write nothing")
    ap.add_argument("--out", type=Path, help="write the re-made rows here (default: --file)")
    ap.add_argument(
        "--remade",
        type=Path,
        help="rows re-made from their tables (``real_columns.py --update`` on a copy, with this tree): the tables of"
        " the --remade-set sets replace the patched ones, in place (a table must have as many rows in both)",
    )
    ap.add_argument(
        "--remade-set",
        action="append",
        default=[],
        metavar="NAME",
        help="a set --remade re-made from its tables (as many as --update named; required with --remade): the"
        " file's other sets are rows --update kept on the old hints",
    )
    args = ap.parse_args()
    if (args.remade is None) != (not args.remade_set):
        ap.error("--remade and --remade-set go together")
    with gzip.open(args.file, "rt", encoding="utf-8") as fh:
        head = json.loads(fh.readline())
        rows = [json.loads(line) for line in fh]
    old = namer_of(args.old)
    if old.dense != head["dense"]:
        raise SystemExit(f"{args.file} was made with other dense features than --old's")
    new = None if args.check else namer_of(None)
    if new is not None and new.dense != old.dense:
        raise SystemExit("this tree's dense features differ from --old's: only hint lists may change here")
    stats, changed = verify_and_patch(rows, old, new)
    for s, st in stats.items():
        print(s, json.dumps(st, sort_keys=True))
    tot = defaultdict(int)
    for st in stats.values():
        for k, v in st.items():
            tot[k] += v
    print("all", json.dumps(dict(tot), sort_keys=True), "changed", changed)
    if new is not None and args.remade is not None:
        taken = substitute(rows, args.remade, new.dense, set(args.remade_set))
        print(f"{args.remade}: {taken} rows taken, re-made from their tables")
    if new is not None:
        out = args.out or args.file
        with gzip.GzipFile(out, "wb", mtime=0) as gz:
            gz.write((json.dumps(head, separators=(",", ":")) + "\n").encode())
            for r in rows:
                gz.write((json.dumps(r, separators=(",", ":")) + "\n").encode())
        print(f"{out}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
