"""Benchmark of ``classify``: accuracy per category and speed, beside Microsoft Presidio's pattern recognizers.

Run: ``.venv/bin/python bench/classify/run.py`` (``--no-presidio`` to skip the comparison).

The datasets (``datasets.py``) are synthetic, labelled per field path, and hard: all 16
categories in many locales, misleading and foreign field names, nested paths, nulls, mixed
types, and non-personal look-alikes. Field-level scores:

* per category: precision, recall, F1 over field paths (a field counts once);
* macro-F1: the mean F1 over the 16 categories;
* false-alarm rate: share of non-personal fields given any category;
* values/second: non-empty leaf values of labelled fields, divided by classify time.

Presidio (``presidio-analyzer``) runs WITHOUT an NLP model: every predefined
``PatternRecognizer`` plus ``PhoneRecognizer`` (libphonenumber-based, no NLP), each value as
its text, ``analyze(text, entities, nlp_artifacts=None)``. A field takes the category
(mapped from Presidio's entities, see ``presidio_peer.ENTITIES``) that at least half of its values
carry with score ≥ 0.3. Presidio lives in ``.venv-bench`` (``bench/classify/setup.sh``,
created on first run); this script re-runs itself there for the Presidio half, on the same
datasets (same seed, same clock), and prints both side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import datasets  # noqa: E402
import heldout  # noqa: E402
import heldout2  # noqa: E402
from presidio_peer import categories, presidio_recognizers  # noqa: E402

from ajar.models import Category, Record  # noqa: E402

CATS = list(Category)


def at_path(data: Any, parts: list[str]) -> Iterator[Any]:
    """Values at a dotted path, arrays walked (paths do not index them)."""
    if isinstance(data, list):
        for item in data:
            yield from at_path(item, parts)
        return
    if not parts:
        yield data
        return
    if isinstance(data, Mapping) and parts[0] in data:
        yield from at_path(data[parts[0]], parts[1:])


def field_values(records: list[dict[str, Any]], path: str) -> list[Any]:
    """Non-empty values of a field; a list of numbers stays one value (a vector, a position)."""
    out: list[Any] = []
    parts = path.split(".")
    for rec in records:
        node: Any = rec
        for i, part in enumerate(parts):
            if isinstance(node, Mapping):
                node = node.get(part)
            elif isinstance(node, list):
                vals = [v for item in node for v in at_path(item, parts[i:])]
                node = vals
                break
            else:
                node = None
                break
        items = node if isinstance(node, list) and node and not isinstance(node[0], int | float) else [node]
        for v in items:
            if v is None or v == "" or isinstance(v, bool):
                continue
            out.append(v)
    return out


def as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, datetime):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, default=str)


def score(predictions: list[dict[str, Category | None]], labels: list[dict[str, Category | None]]) -> dict[str, Any]:
    tp: Counter[Category] = Counter()
    fp: Counter[Category] = Counter()
    fn: Counter[Category] = Counter()
    negatives = false_alarms = 0
    for pred, lab in zip(predictions, labels, strict=True):
        for path, truth in lab.items():
            got = pred.get(path)
            if truth is None:
                negatives += 1
                if got is not None:
                    false_alarms += 1
                    fp[got] += 1
            elif got == truth:
                tp[truth] += 1
            else:
                fn[truth] += 1
                if got is not None:
                    fp[got] += 1
        for path, got in pred.items():
            if path in lab or got is None:
                continue
            parent = path
            redundant = False
            while "." in parent:
                parent = parent.rpartition(".")[0]
                if lab.get(parent) == got:
                    redundant = True
            if not redundant:
                fp[got] += 1
    rows = {}
    for c in CATS:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows[c.value] = {"p": p, "r": r, "f1": f, "tp": tp[c], "fp": fp[c], "fn": fn[c]}
    macro = sum(r["f1"] for r in rows.values()) / len(rows)
    return {
        "rows": rows,
        "macro_f1": macro,
        "false_alarm": false_alarms / max(1, negatives),
        "negatives": negatives,
        "false_alarms": false_alarms,
    }


def run_ajar(data: list[datasets.Dataset]) -> dict[str, Any]:
    from ajar.pipeline.classify import classify_records

    # warm up (imports, libphonenumber's per-region metadata) on other data: steady-state speed is measured
    for _name, recs, _labels in datasets.build(seed=-1, records=20, copies=1):
        classify_records([Record(r) for r in recs])
    preds: list[dict[str, Category | None]] = []
    elapsed = 0.0
    n_values = 0
    per_dataset_ms: list[float] = []
    for _name, recs, labels in data:
        records = [Record(r) for r in recs]
        n_values += sum(len(field_values(recs, p)) for p in labels)
        t = time.perf_counter()
        ds = classify_records(records)
        dt = time.perf_counter() - t
        elapsed += dt
        per_dataset_ms.append(dt * 1000)
        preds.append({f.path: f.category for f in ds.fields})
    out = score(preds, [lab for _, _, lab in data])
    out.update(values=n_values, seconds=elapsed, per_dataset_ms=sorted(per_dataset_ms))
    out["predictions"] = [{k: v.value if v else None for k, v in p.items()} for p in preds]
    return out


def time_200x20(seed: int, now: datetime, runs: int = 15) -> tuple[float, float, int, float]:
    """Median and worst ms of classify on fresh 200-record samples of 20 fields (CN people + EN CRM rows), after
    a warm-up, and the ms of that warm-up's first call.

    The warm-up is what a process has made before it classifies its second sample: what ``ajar scan`` loads
    before its first dataset (``pipeline.run._warm``: the field model, the vocabularies, frozen for the garbage
    collector), then one untimed sample of another seed (what is made on first use and kept for the process:
    phonenumbers' region metadata and patterns, the name views). Before 2026-12-07 the first timed sample was
    that cold call in ``throughput.py``'s driver (its worst, ~90 ms against a median of ~32 ms on an idle
    machine): it is timed apart now."""
    import random
    import statistics

    from ajar.pipeline import run as ajar_run
    from ajar.pipeline.classify import classify_records

    def sample(tag: str) -> tuple[list[Record], int]:
        rows = []
        fields = 0
        rng = random.Random(f"timing-{seed}-{tag}")
        for _ in range(200):
            a, la = datasets.cn_people_pinyin(rng, now)
            b, lb = datasets.en_crm(rng, now)
            row = {**a, **{k: v for k, v in b.items() if k not in ("notes", "plan")}}
            rows.append(row)
            fields = len(la) + len(lb) - 2  # leaf fields
        return [Record(r) for r in rows], fields

    records, _ = sample("warm-up")
    t = time.perf_counter()
    ajar_run._warm()
    classify_records(records)
    first = (time.perf_counter() - t) * 1000
    times = []
    fields = 0
    for run in range(runs):
        records, fields = sample(str(run))
        t = time.perf_counter()
        classify_records(records)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times), fields, first


def run_presidio(data: list[datasets.Dataset]) -> dict[str, Any]:
    recognizers = presidio_recognizers()
    for rec in recognizers:  # warm up, as for ajar
        rec.analyze("+86 138 0013 8000 li.wei@example.cn 2024-01-01", rec.supported_entities, None)
    preds: list[dict[str, Category | None]] = []
    elapsed = 0.0
    n_values = 0
    for _name, recs, labels in data:
        pred: dict[str, Category | None] = {}
        for path in labels:
            values = field_values(recs, path)
            n_values += len(values)
            counts: Counter[Category] = Counter()
            t = time.perf_counter()
            for v in values:
                counts.update(Category(c) for c in categories(as_text(v), recognizers))
            elapsed += time.perf_counter() - t
            if counts and values:
                cat, n = counts.most_common(1)[0]
                if n >= 0.5 * len(values):
                    pred[path] = cat
        preds.append(pred)
    out = score(preds, [lab for _, _, lab in data])
    out.update(values=n_values, seconds=elapsed, recognizers=len(recognizers))
    return out


def ensure_bench_venv() -> Path | None:
    py = ROOT / ".venv-bench" / "bin" / "python"
    if py.exists():
        return py
    setup = HERE / "setup.sh"
    print(f"creating .venv-bench with presidio-analyzer ({setup.relative_to(ROOT)})...", file=sys.stderr)
    done = subprocess.run(["bash", str(setup)], check=False)
    return py if done.returncode == 0 and py.exists() else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--records", type=int, default=200)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--now", default=None, help="ISO time the datasets are generated at (for the Presidio half)")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--presidio-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--errors", action="store_true", help="list misclassified fields")
    ap.add_argument("--heldout", action="store_true", help="score on heldout.py (independent data) instead")
    ap.add_argument("--heldout2", action="store_true", help="score on heldout2.py (second independent data) instead")
    ap.add_argument(
        "--all", action="store_true", help="one table over every set: training, tuning and the independent ones"
    )
    args = ap.parse_args()
    if args.all:
        return every_set(args.seed, args.records)
    now = datetime.fromisoformat(args.now) if args.now else datetime.now(UTC).replace(microsecond=0)
    if args.heldout:
        data = heldout.build(args.seed, now, args.records)
    elif args.heldout2:
        data = heldout2.build(args.seed, now, args.records)
    else:
        data = datasets.build(args.seed, now, args.records, args.copies)

    if args.presidio_only:
        print(json.dumps(run_presidio(data), default=str))
        return 0

    ours = run_ajar(data)
    ours["timing_200x20"] = time_200x20(args.seed, now)
    theirs: dict[str, Any] | None = None
    if not args.no_presidio:
        try:
            theirs = run_presidio(data)
        except ImportError:
            py = ensure_bench_venv()
            if py is not None:
                cmd = (
                    [
                        str(py),
                        str(Path(__file__).resolve()),
                        "--presidio-only",
                        "--seed",
                        str(args.seed),
                        "--records",
                        str(args.records),
                        "--copies",
                        str(args.copies),
                        "--now",
                        now.isoformat(),
                    ]
                    + (["--heldout"] if args.heldout else [])
                    + (["--heldout2"] if args.heldout2 else [])
                )
                done = subprocess.run(
                    cmd,
                    capture_output=True,
                    text=True,
                    check=False,
                    env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                )
                if done.returncode == 0:
                    theirs = json.loads(done.stdout.strip().splitlines()[-1])
                else:
                    print(done.stderr[-2000:], file=sys.stderr)
    report(data, ours, theirs, args.errors)
    return 0


# --- one table over every set ----------------------------------------------------------------------

#: how each set is used: only the independent ones estimate accuracy on data nobody tuned for
SET_ROLES = {
    "datasets": "training",
    "heldout": "training",
    "heldout2": "tuning",
    "evalgen": "independent",
    "realworld": "independent",
}


def _independent(which: str) -> dict[str, Any] | None:
    """Scores of an independent set from the labeller's scorer (``score_eval.py``: its own functions,
    summary only; the files are copied into a scan directory, as ajar does not follow symlinks)."""
    import contextlib
    import io
    import re
    import shutil
    import tempfile

    import score_eval as se

    with tempfile.TemporaryDirectory(prefix=f"classify-{which}-") as tmp:
        if which == "evalgen":
            data = Path(tmp) / "data"
            subprocess.run(
                [sys.executable, str(HERE / "evalgen" / "generate.py"), "--out", str(data)],
                check=True,
                capture_output=True,
            )
            labels = se.read_labels(data / "labels.csv")
        else:
            data = Path(os.environ.get("REALWORLD_DATA", "/work/data/realworld"))
            if not data.is_dir():
                print(f"{which}: no data in {data} (see bench/classify/realworld/manifest.csv)", file=sys.stderr)
                return None
            labels = se.read_labels(HERE / "realworld" / "labels.csv")
        wanted = {r["file_id"] for r in labels}
        view = Path(tmp) / "view"
        view.mkdir()
        for f in sorted(data.iterdir()):
            if f.suffix in se.DATA_EXT and f.stem in wanted:
                shutil.copyfile(f, view / f.name)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            t = time.perf_counter()
            found = se.scan(view, None)
            seconds = time.perf_counter() - t
            se.score(labels, found, False)
    text = out.getvalue()
    rows: dict[str, dict[str, float]] = {}
    for c in CATS:
        m = re.search(rf"^{re.escape(c.value)}\s+([\d.]+|-)\s+([\d.]+|-)\s+([\d.]+|-)\s+(\d+)", text, re.M)
        if m and m.group(1) != "-":
            rows[c.value] = {"p": float(m.group(1)), "r": float(m.group(2)), "n": int(m.group(4))}
        elif m:
            rows[c.value] = {"p": float("nan"), "r": float("nan"), "n": 0}
    macro = re.search(r"macro-F1 \((\d+) categories with support\): ([\d.]+)", text)
    alarms = re.search(r"false alarms: (\d+)/(\d+)", text)
    if macro is None or alarms is None:
        print(text[-2000:], file=sys.stderr)
        return None
    return {
        "rows": rows,
        "macro_f1": float(macro.group(2)),
        "false_alarms": int(alarms.group(1)),
        "negatives": int(alarms.group(2)),
        "values_per_s": None,
        "scan_seconds": seconds,
    }


def every_set(seed: int, records: int) -> int:
    """One table: per set, per category recall and precision, macro-F1, false alarms, values/s."""
    now = datetime.now(UTC).replace(microsecond=0)
    results: dict[str, dict[str, Any]] = {}
    own = {
        "datasets": datasets.build(seed, now, records, 2),
        "heldout": heldout.build(seed, now, records),
        "heldout2": heldout2.build(seed, now, records),
    }
    for name, data in own.items():
        r = run_ajar(data)
        results[name] = {
            "rows": {c: {"p": v["p"], "r": v["r"], "n": v["tp"] + v["fn"]} for c, v in r["rows"].items()},
            "macro_f1": r["macro_f1"],
            "false_alarms": r["false_alarms"],
            "negatives": r["negatives"],
            "values_per_s": r["values"] / r["seconds"],
        }
    for name in ("evalgen", "realworld"):
        got = _independent(name)
        if got is not None:
            results[name] = got
    names = list(results)
    print("sets: " + ", ".join(f"{n} ({SET_ROLES[n]})" for n in names))
    print(f"{'':26}" + "".join(f"{n:>18}" for n in names))
    print(f"{'category (recall/precision)':26}" + "".join(f"{'R     P     n':>18}" for _ in names))
    for c in CATS:
        line = f"{c.value:26}"
        for n in names:
            row = results[n]["rows"].get(c.value)
            if row is None or not row["n"]:
                line += f"{'-':>18}"
            else:
                line += f"{row['r']:>9.2f} {row['p']:.2f} {row['n']:>3d}"
        print(line)
    print(f"{'macro-F1':26}" + "".join(f"{results[n]['macro_f1']:>18.3f}" for n in names))
    alarms = ""
    for n in names:
        fa, neg = results[n]["false_alarms"], results[n]["negatives"]
        alarms += f"{fa / max(1, neg):>11.1%} {fa:>2}/{neg:<3}"
    print(f"{'false alarms':26}" + alarms)
    print(
        f"{'values/s (classify)':26}"
        + "".join(
            f"{results[n]['values_per_s']:>18,.0f}" if results[n]["values_per_s"] else f"{'(whole scan)':>18}"
            for n in names
        )
    )
    return 0


def report(data: list[datasets.Dataset], ours: dict[str, Any], theirs: dict[str, Any] | None, errors: bool) -> None:
    n_fields = sum(len(lab) for _, _, lab in data)
    print(
        f"datasets: {len(data)}, records: {sum(len(r) for _, r, _ in data)}, labelled fields: {n_fields}, "
        f"non-personal fields: {ours['negatives']}"
    )
    head = f"{'category':26} {'ajar P':>7} {'R':>6} {'F1':>6}  {'n':>4}"
    if theirs:
        head += f"   {'presidio P':>10} {'R':>6} {'F1':>6}"
    print(head)
    for c in CATS:
        a = ours["rows"][c.value]
        line = f"{c.value:26} {a['p']:7.3f} {a['r']:6.3f} {a['f1']:6.3f}  {a['tp'] + a['fn']:4d}"
        if theirs:
            b = theirs["rows"][c.value]
            line += f"   {b['p']:10.3f} {b['r']:6.3f} {b['f1']:6.3f}"
        print(line)
    ours_vps = ours["values"] / ours["seconds"]
    print(
        f"\nmacro-F1            ajar {ours['macro_f1']:.3f}"
        + (f"   presidio {theirs['macro_f1']:.3f}" if theirs else "")
    )
    print(
        f"false alarms        ajar {ours['false_alarm']:.2%} ({ours['false_alarms']}/{ours['negatives']})"
        + (
            f"   presidio {theirs['false_alarm']:.2%} ({theirs['false_alarms']}/{theirs['negatives']})"
            if theirs
            else ""
        )
    )
    print(
        f"values/second       ajar {ours_vps:,.0f}"
        + (
            f"   presidio {theirs['values'] / theirs['seconds']:,.0f} ({theirs['recognizers']} recognizers)"
            if theirs
            else ""
        )
    )
    if theirs:
        print(f"throughput ratio    {ours_vps / (theirs['values'] / theirs['seconds']):,.0f}x")
    med, worst, nf, first = ours["timing_200x20"]
    print(
        f"200 records x {nf} fields: median {med:.1f} ms, worst {worst:.1f} ms (15 fresh samples after a warm-up"
        f" call: {first:.1f} ms)"
    )
    ms = ours["per_dataset_ms"]
    print(
        f"classify per dataset ({data[0][1].__len__()} records): median {ms[len(ms) // 2]:.1f} ms, max {ms[-1]:.1f} ms"
    )
    if errors:
        for (name, _recs, labels), pred in zip(data, ours["predictions"], strict=True):
            for path, truth in labels.items():
                got = pred.get(path)
                if (truth.value if truth else None) != got:
                    print(f"  {name:22} {path:32} truth={truth.value if truth else None} got={got}")
            for path, got in pred.items():
                if path not in labels:
                    print(f"  {name:22} {path:32} (unlabelled) got={got}")


if __name__ == "__main__":
    raise SystemExit(main())
