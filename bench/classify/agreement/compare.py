"""Inter-annotator agreement on the frozen real-world sets: second labeller against the first (issue 10).

    python bench/classify/agreement/compare.py                  # every set: realworld2, 3, 5, 6 and 7
    python bench/classify/agreement/compare.py --set rw3        # one set
    python bench/classify/agreement/compare.py --first A.csv --second B.csv [--sample S.csv]

Reads only label files (``file_id,path,category,note``), never the data: the first labeller's
``bench/classify/realworldN/labels.csv`` and the second labeller's ``second_labels_rwN.csv`` of this
folder, joined on (file id, path). Prints per set:

* raw agreement and Cohen's kappa over the 16 categories and ``none``;
* the same for the coarser question "personal or not" (any category vs ``none``);
* the raw agreement reweighted to the whole set, when the sample file gives each column's stratum
  and the stratum's size (the sample over-draws columns whose name looks personal);
* the second labeller scored as if it were a classifier against the first: per-category precision,
  recall, F1 and support, and macro-F1 over the categories the first labeller used in the sample
  (the definition of ``score_eval.py``), so the figure reads beside ajar's scores;
* the same for the two supplements (``second_labels_rare_*.csv``: every other column whose name
  points at a rare category; ``second_labels_idhealth_*.csv``: columns whose names point at national
  ids or health data), each reported apart because they are not random samples;
* for each category, how many of the first labeller's columns in the whole set the second labeller
  labelled (any of the three files);
* every disagreement: file id, path, first category, second category and which side marked it
  unsure. Paths and categories only, never a value.

A sampled column the first labeller left out (a ``-glob`` exclusion) is counted and skipped.
Exits 0, or 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLASSIFY = HERE.parent
NONE = "none"
sys.path.insert(0, str(CLASSIFY))
from score_eval import CATEGORIES  # noqa: E402  (the scorer's closed list)

SETS = {"rw2": "realworld2", "rw3": "realworld3", "rw5": "realworld5", "rw6": "realworld6", "rw7": "realworld7"}
SUPPLEMENTS = {"rare": "rare-category", "idhealth": "national-id and health"}

Key = tuple[str, str]


@dataclass
class Label:
    category: str
    unsure: bool


@dataclass
class Result:
    pairs: list[tuple[Key, Label, Label]] = field(default_factory=list)
    left_out: list[Key] = field(default_factory=list)


def read_labels(path: Path) -> dict[Key, Label]:
    out: dict[Key, Label] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cat = r["category"].strip()
            if cat != NONE and cat not in CATEGORIES:
                raise ValueError(f"{path}: unknown category {cat!r} for {r['file_id']} {r['path']!r}")
            note = (r.get("note") or "").strip().lower()
            out[(r["file_id"], r["path"])] = Label(cat, note.startswith("unsure"))
    return out


def read_strata(path: Path) -> dict[Key, float]:
    """(file id, path) -> weight of the column in the whole set (stratum size / drawn in stratum)."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    drawn = Counter(r["stratum"] for r in rows)
    return {(r["file_id"], r["path"]): int(r["stratum_size"]) / drawn[r["stratum"]] for r in rows}


def join(first: dict[Key, Label], second: dict[Key, Label]) -> Result:
    res = Result()
    for key in sorted(second):
        if key in first:
            res.pairs.append((key, first[key], second[key]))
        else:
            res.left_out.append(key)
    return res


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval of a proportion k/n."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, mid - half), min(1.0, mid + half))


def bootstrap(res: Result, reps: int = 1000, seed: int = 20261206) -> dict[str, tuple[float, float]]:
    """95 % percentile intervals of kappa and macro-F1, resampling whole files (columns of one file
    are not independent)."""
    by_file: dict[str, list[tuple[Key, Label, Label]]] = {}
    for p in res.pairs:
        by_file.setdefault(p[0][0], []).append(p)
    files = sorted(by_file)
    rng = random.Random(seed)
    ks: list[float] = []
    fs: list[float] = []
    for _ in range(reps):
        draw = Result(pairs=[p for f in rng.choices(files, k=len(files)) for p in by_file[f]])
        sc = score(draw)
        ks.append(sc.kappa)
        fs.append(sc.macro_f1)
    ks.sort()
    fs.sort()
    lo, hi = int(0.025 * reps), int(0.975 * reps) - 1
    return {"kappa": (ks[lo], ks[hi]), "macro_f1": (fs[lo], fs[hi])}


def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two label sequences of equal length."""
    n = len(a)
    if n == 0:
        return 0.0
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    p_e = sum(ca[c] * cb[c] for c in set(ca) | set(cb)) / (n * n)
    return 1.0 if p_e == 1.0 else (p_o - p_e) / (1.0 - p_e)


@dataclass
class Scores:
    n: int
    agreement: float
    kappa: float
    binary_agreement: float
    binary_kappa: float
    weighted_agreement: float | None
    macro_f1: float
    per_category: dict[str, tuple[float, float, float, int]]  # precision, recall, F1, support (first)
    disagreements: list[tuple[str, str, str, str, str]]  # file id, path, first, second, unsure side


def score(res: Result, weights: dict[Key, float] | None = None) -> Scores:
    first = [f.category for _, f, _ in res.pairs]
    second = [s.category for _, _, s in res.pairs]
    n = len(first)
    agree = sum(x == y for x, y in zip(first, second, strict=True))
    bf = ["personal" if c != NONE else NONE for c in first]
    bs = ["personal" if c != NONE else NONE for c in second]
    weighted = None
    if weights:
        w = [weights.get(k, 0.0) for k, _, _ in res.pairs]
        total = sum(w)
        weighted = sum(wi for wi, x, y in zip(w, first, second, strict=True) if x == y) / total if total else 0.0
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    support = Counter(c for c in first if c != NONE)
    for x, y in zip(first, second, strict=True):
        if x == y and x != NONE:
            tp[x] += 1
        elif y != NONE and x != y:
            fp[y] += 1
    per: dict[str, tuple[float, float, float, int]] = {}
    f1s = []
    for c in CATEGORIES:
        if not support[c] and not fp[c]:
            continue
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        r = tp[c] / support[c] if support[c] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per[c] = (p, r, f1, support[c])
        if support[c]:
            f1s.append(f1)
    dis = []
    for (fid, path), f, s in res.pairs:
        if f.category != s.category:
            side = "+".join(x for x, u in (("first", f.unsure), ("second", s.unsure)) if u) or "-"
            dis.append((fid, path, f.category, s.category, side))
    return Scores(
        n=n,
        agreement=agree / n if n else 0.0,
        kappa=kappa(first, second),
        binary_agreement=sum(x == y for x, y in zip(bf, bs, strict=True)) / n if n else 0.0,
        binary_kappa=kappa(bf, bs),
        weighted_agreement=weighted,
        macro_f1=sum(f1s) / len(f1s) if f1s else 0.0,
        per_category=per,
        disagreements=dis,
    )


def report(title: str, res: Result, sc: Scores) -> None:
    print(f"== {title}")
    print(f"compared columns: {sc.n} (sampled but left out by the first labeller: {len(res.left_out)})")
    agree = round(sc.agreement * sc.n)
    lo, hi = wilson(agree, sc.n)
    ci = bootstrap(res) if sc.n else {"kappa": (0.0, 0.0), "macro_f1": (0.0, 0.0)}
    print(f"raw agreement: {sc.agreement:.3f} ({agree}/{sc.n}; 95 % CI {lo:.3f}-{hi:.3f})")
    print(f"Cohen's kappa: {sc.kappa:.3f} (95 % CI {ci['kappa'][0]:.3f}-{ci['kappa'][1]:.3f}, files resampled)")
    hard = [(f, s) for _, f, s in res.pairs if f.unsure or s.unsure]
    easy = [(f, s) for _, f, s in res.pairs if not (f.unsure or s.unsure)]
    for what, group in (("marked unsure by either labeller", hard), ("marked unsure by neither", easy)):
        same = sum(f.category == s.category for f, s in group)
        print(f"  {what}: {len(group)} columns, agreement {same / len(group) if group else 0.0:.3f}")
    print(f"personal-or-not agreement: {sc.binary_agreement:.3f}   kappa: {sc.binary_kappa:.3f}")
    if sc.weighted_agreement is not None:
        print(f"raw agreement reweighted to the whole set (by stratum): {sc.weighted_agreement:.3f}")
    n_cat = sum(1 for v in sc.per_category.values() if v[3])
    print(
        f"second labeller vs first: macro-F1 {sc.macro_f1:.3f} over {n_cat} categories "
        f"(95 % CI {ci['macro_f1'][0]:.3f}-{ci['macro_f1'][1]:.3f}, files resampled)"
    )
    print(f"  {'category':26} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for c, (p, r, f1, sup) in sc.per_category.items():
        print(f"  {c:26} {p:9.3f} {r:7.3f} {f1:6.3f} {sup:>8}")
    print(f"disagreements: {len(sc.disagreements)} (file_id, path, first, second, marked unsure by)")
    for fid, path, f, s, side in sc.disagreements:
        print(f"  {fid}  {path}  {f} -> {s}  [{side}]")
    for fid, path in res.left_out:
        print(f"  left out by the first labeller: {fid}  {path}")
    print()


def coverage(title: str, first: dict[Key, Label], seconds: list[Path]) -> None:
    """How many of the first labeller's columns of each rare category the second labeller saw."""
    seen: set[Key] = set()
    for p in seconds:
        if p.exists():
            seen |= set(read_labels(p))
    total = Counter(lab.category for lab in first.values())
    hit = Counter(lab.category for k, lab in first.items() if k in seen)
    print(f"== {title}: columns of each category in the whole set, and how many the second labeller labelled")
    for c in CATEGORIES:
        if total[c]:
            print(f"  {c:26} {hit[c]:>4}/{total[c]}")
    print()


def run(title: str, first: Path, second: Path, sample: Path | None) -> Scores:
    res = join(read_labels(first), read_labels(second))
    weights = read_strata(sample) if sample and sample.exists() else None
    sc = score(res, weights)
    report(title, res, sc)
    return sc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append")
    ap.add_argument("--first", type=Path)
    ap.add_argument("--second", type=Path)
    ap.add_argument("--sample", type=Path)
    a = ap.parse_args()
    try:
        if a.first or a.second:
            if not (a.first and a.second):
                ap.error("--first and --second go together")
            run(f"{a.first} vs {a.second}", a.first, a.second, a.sample)
            return
        pooled, everything = Result(), Result()
        for name in a.set or sorted(SETS):
            first = CLASSIFY / SETS[name] / "labels.csv"
            second = HERE / f"second_labels_{name}.csv"
            run(SETS[name], first, second, HERE / f"sample_{name}.csv")
            pairs = join(read_labels(first), read_labels(second)).pairs
            pooled.pairs += pairs
            everything.pairs += pairs
            extra = [HERE / f"second_labels_{what}_{name}.csv" for what in SUPPLEMENTS]
            for what, path in zip(SUPPLEMENTS.values(), extra, strict=True):
                if path.exists():
                    run(f"{SETS[name]}, {what} supplement (not a random sample)", first, path, None)
                    everything.pairs += join(read_labels(first), read_labels(path)).pairs
            coverage(SETS[name], read_labels(first), [second, *extra])
        if len(a.set or SETS) > 1:
            sc = score(pooled)
            print(
                f"== pooled random samples: {sc.n} columns, raw agreement {sc.agreement:.3f}, "
                f"kappa {sc.kappa:.3f}, macro-F1 {sc.macro_f1:.3f}, disagreements {len(sc.disagreements)}"
            )
            sc = score(everything)
            hard = sum(f.unsure or s.unsure for _, f, s in everything.pairs)
            hard_dis = sum(side != "-" for *_, side in sc.disagreements)
            print(
                f"== everything compared (random samples and supplements): {sc.n} columns, raw agreement "
                f"{sc.agreement:.3f}, kappa {sc.kappa:.3f}, disagreements {len(sc.disagreements)}; "
                f"{hard} columns marked unsure by either labeller hold {hard_dis} of them "
                f"(agreement there {1 - hard_dis / hard if hard else 1.0:.3f})"
            )
    except (OSError, ValueError, KeyError, csv.Error) as e:
        print(
            f"error: cannot read the label files: {e}; check the paths and the header file_id,path,category,note",
            file=sys.stderr,
        )
        sys.exit(2)


if __name__ == "__main__":
    main()
