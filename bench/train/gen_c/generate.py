"""gen_c: a sixth author's generator of labelled collections (training data only).

    python bench/train/gen_c/generate.py --seed N --out DIR

Writes one file per template (mongoexport relaxed or canonical Extended JSON lines, JSON arrays,
elasticdump lines, CSV with ``,`` / ``;`` / tab) and ``labels.csv`` (``file_id,path,category``: every
field of every file, ``none`` for no personal data), as the other authors' generators do. Templates
(``templates.py``) are people-heavy tables from many countries and as many plain business tables;
field names come from a lexicon of 25 languages/scripts (``lexicon.py``) in varied case styles;
values from Faker and mimesis in the table's locale plus own lists. Everything is synthetic.

Seeds: ``TRAIN_SEEDS`` are the only seeds a model may train on; ``SEED`` is held out (``logo.py``
scores a model on it); ``bench/train/logo.py`` refuses any other training seed.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import random
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: held out: never trained on (``logo.py`` scores the author never seen at this seed)
SEED = 99
#: the only seeds training may use
TRAIN_SEEDS = (1, 2)

from concepts import DT, Ctx, leaf_labels  # noqa: E402
from templates import TEMPLATES, build_fields  # noqa: E402


def _oid(rng: random.Random, t: datetime) -> str:
    return f"{int(t.timestamp()):08x}" + "".join(rng.choice("0123456789abcdef") for _ in range(16))


def _ext(v: Any, canonical: bool) -> Any:
    if isinstance(v, DT):
        ms = int(v.t.replace(tzinfo=UTC).timestamp() * 1000)
        if canonical:
            return {"$date": {"$numberLong": str(ms)}}
        return {"$date": v.t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{v.t.microsecond // 1000:03d}Z"}
    if isinstance(v, dict):
        return {k: _ext(x, canonical) for k, x in v.items()}
    if isinstance(v, list):
        return [_ext(x, canonical) for x in v]
    if canonical and isinstance(v, bool):
        return v
    if canonical and isinstance(v, int):
        return {"$numberInt": str(v)} if -(2**31) <= v < 2**31 else {"$numberLong": str(v)}
    if canonical and isinstance(v, float):
        return {"$numberDouble": repr(v)}
    return v


def _plain(v: Any) -> Any:
    if isinstance(v, DT):
        return v.text()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def _cell(v: Any) -> str:
    v = _plain(v)
    if v is None:
        return ""
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _nested(recs: list[dict[str, Any]]) -> bool:
    return any(isinstance(v, (dict, list)) for r in recs[:20] for v in r.values())


def write(out: Path, fid: str, fmt: str, recs: list[dict[str, Any]], rng: random.Random) -> None:
    t0 = datetime(2025, 3, 1)
    if fmt.startswith("csv"):
        delim = {"csv": ",", "csv;": ";", "csvt": "\t"}[fmt]
        cols: list[str] = []
        for r in recs:
            cols.extend(k for k in r if k not in cols)
        with (out / f"{fid}.{'tsv' if delim == chr(9) and rng.random() < 0.5 else 'csv'}").open(
            "w", newline="", encoding="utf-8"
        ) as fh:
            w = csv.writer(
                fh, delimiter=delim, quoting=rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_MINIMAL, csv.QUOTE_ALL])
            )
            w.writerow(cols)
            for r in recs:
                w.writerow([_cell(r.get(c)) for c in cols])
        return
    ascii_ = rng.random() < 0.3
    with (out / f"{fid}.json").open("w", encoding="utf-8") as fh:
        if fmt == "array":
            json.dump([_plain(r) for r in recs], fh, ensure_ascii=ascii_, indent=rng.choice([None, 2]))
        elif fmt in ("relaxed", "canonical"):
            for r in recs:
                doc = {"_id": {"$oid": _oid(rng, t0)}, **r}
                fh.write(json.dumps(_ext(doc, fmt == "canonical"), ensure_ascii=ascii_) + "\n")
        else:  # elasticdump
            for i, r in enumerate(recs):
                line = {
                    "_index": fid.lower(),
                    "_type": "_doc",
                    "_id": str(rng.randrange(10**6, 10**7) * 10 + i),
                    "_score": 1,
                    "_source": _plain(r),
                }
                fh.write(json.dumps(line, ensure_ascii=ascii_) + "\n")


def generate(seed: int, out: Path) -> tuple[int, int]:
    out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str]] = []
    for k, tpl in enumerate(TEMPLATES):
        rng = random.Random(f"genc/{seed}/{k}/{tpl.name}")
        random.seed(f"genc-global/{seed}/{k}")  # some Faker providers draw from the module's generator
        ctx = Ctx(rng, rng.choice(tpl.langs))
        fields = build_fields(tpl, ctx)
        n = rng.randint(*tpl.n)
        recs: list[dict[str, Any]] = []
        labels: dict[str, str] = {}
        for i in range(n):
            ctx.new_record(i)
            rec: dict[str, Any] = {}
            for fd in fields:
                if fd.p_missing and rng.random() < fd.p_missing:
                    continue  # a sparse document lacks the key
                ctx.slot = fd.slot
                if fd.p_empty and rng.random() < fd.p_empty:
                    v = fd.empty
                else:
                    v = fd.make(ctx)
                rec[fd.name] = v
                for p, lab in leaf_labels(fd.name, v, fd.label):
                    labels.setdefault(p, lab)
            recs.append(rec)
        fmts = list(tpl.fmts)
        if _nested(recs):
            fmts = [f for f in fmts if not f.startswith("csv")] or ["relaxed", "canonical", "array", "elastic"]
        fmt = rng.choice(fmts)
        fid = f"{tpl.name}_{ctx.lang}" if rng.random() < 0.5 else tpl.name
        write(out, fid, fmt, recs, rng)
        rows.extend((fid, p, lab) for p, lab in sorted(labels.items()))
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "path", "category"])
        w.writerows(rows)
    return len(TEMPLATES), len(rows)


def main() -> int:
    warnings.simplefilter("ignore")
    logging.getLogger("faker").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    t, f = generate(a.seed, a.out)
    print(f"gen_c seed {a.seed}: {t} collections, {f} labelled fields -> {a.out}")
    return 0


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":  # some Faker locales build word lists from sets
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    raise SystemExit(main())
