"""evalgen2: a generated multilingual export set for ajar's field classifier, labelled by construction.

    python bench/classify/evalgen2/generate.py --out DIR [--records N] [--seed 77031]

Writes one file per table into DIR (``g2_NN_<template>_<lang>.{json,jsonl,csv}``) and ``labels.csv``
(``file_id,path,category,note``). Templates (templates.py), field names (lexicon.py) and value
makers (values.py) were written for this set, without reading ajar's classifier, its model, its
training generator or the earlier evalgen set. Values are synthetic (Faker, mimesis, stdnum check
digits, Luhn, IBAN check digits, phonenumbers). Deterministic: the same seed gives the same bytes
(the script re-executes itself with PYTHONHASHSEED=0).

Formats: ``mongoexport`` JSON Lines in relaxed and canonical Extended JSON (``.json``), plain JSON
Lines (``.jsonl``), JSON arrays (``.json``), CSV. Noise: nulls, absent keys, empty strings and
placeholders (never in the first record, so every labelled column holds a value), floats for
numbers, case, units, nesting, arrays of objects, lists of scalars.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import templates  # noqa: E402
import values  # noqa: E402
from lexicon import LEX  # noqa: E402

SEED = 77031
# kinds whose value is an object: its leaves are the labelled columns (None: the kind's category)
SUBFIELDS = {"geojson": (("type", "none"), ("coordinates", None))}
PLACEHOLDERS = ("N/A", "-", "unknown", "NULL", "n.a.", "—", "?")


def style_name(seg: str, style: str, top: bool) -> str:
    if seg == "_id":
        return seg
    if style == "camel" and "_" in seg.strip("_"):
        head, *rest = [p for p in seg.split("_") if p]
        return head + "".join(p[:1].upper() + p[1:] for p in rest)
    if style == "upper":
        return seg.upper()
    if style == "spaces":
        return " ".join(p[:1].upper() + p[1:] for p in seg.split("_") if p)
    if style == "prefix" and top:
        return "ps_" + seg
    return seg


def resolve(template: str, lang: str, style: str, g: values.Gen, flat: bool) -> list[tuple[str, str, str, bool]]:
    """[(path with [] markers, label path, kind, sparse)] for one table."""
    out: list[tuple[str, str, str, bool]] = []
    seen: set[str] = set()
    for line in templates.T[template].strip().splitlines():
        spec, kind = line.rsplit(":", 1)
        sparse = kind.endswith("?")
        kind = kind.rstrip("?")
        if kind not in values.KINDS:
            raise SystemExit(f"template {template}: unknown kind {kind}")
        segs = []
        for i, seg in enumerate(spec.split(".")):
            arr = seg.endswith("[]")
            seg = seg.removesuffix("[]")
            if seg.startswith("@"):
                concept = seg[1:]
                spell = LEX[lang].get(concept) or LEX["en"][concept]
                seg = g.pick(spell.split("|"))
            seg = style_name(seg, style, i == 0)
            segs.append(seg + ("[]" if arr else ""))
        path = ("_" if flat else ".").join(s.removesuffix("[]") for s in segs) if flat else ".".join(segs)
        label = path.replace("[]", "")
        n = 2
        while label in seen:  # two concepts spelt alike: a numbered form, as real schemas have
            path, label = f"{path}{n}", f"{label}{n}"
            n += 1
        seen.add(label)
        out.append((path, label, kind, sparse))
    return out


def noisy(g: values.Gen, value: Any, first: bool, sparse: bool, rate: float) -> Any:
    """The value, or (never in the first record) an empty, absent or placeholder value."""
    if first:
        return value
    x = g.r.random()
    if x < (0.45 if sparse else rate):
        return g.pick([None, None, "", Ellipsis])  # Ellipsis: key left out
    if isinstance(value, str) and x < (0.45 if sparse else rate) + 0.02:
        return g.pick(PLACEHOLDERS)
    return value


def put(obj: dict[str, Any], path: list[str], value: Any) -> None:
    for seg in path[:-1]:
        obj = obj.setdefault(seg, {})
    if value is not Ellipsis:
        obj[path[-1]] = value


def record(g: values.Gen, fields: list[tuple[str, str, str, bool]], first: bool, rate: float) -> dict[str, Any]:
    rec: dict[str, Any] = {}
    arrays: dict[str, list[dict[str, Any]]] = {}
    for path, _label, kind, sparse in fields:
        fn = values.KINDS[kind][1]
        if "[]" in path:
            head, rest = path.split("[]", 1)
            items = arrays.get(head)
            if items is None:
                items = arrays[head] = [{} for _ in range(g.r.randrange(1, 4))]
                put(rec, head.split("."), items)
            for it in items:
                put(it, rest.lstrip(".").split("."), fn(g))
            continue
        put(rec, path.split("."), noisy(g, fn(g), first, sparse, rate))
    return rec


def ejson(v: Any, mode: str) -> Any:
    """Python value -> JSON value: mode ``relaxed`` / ``canonical`` Extended JSON, or ``plain``."""
    if isinstance(v, dict):
        return {k: ejson(x, mode) for k, x in v.items()}
    if isinstance(v, list):
        return [ejson(x, mode) for x in v]
    if isinstance(v, values.Date):
        iso = v.v.strftime("%Y-%m-%dT%H:%M:%S.") + f"{v.v.microsecond // 1000:03d}Z"
        if mode == "canonical":
            return {"$date": {"$numberLong": str(int(v.v.timestamp() * 1000))}}
        return {"$date": iso} if mode == "relaxed" else iso
    if isinstance(v, values.Long):
        return {"$numberLong": str(v.v)} if mode == "canonical" else v.v
    if isinstance(v, values.Oid):
        return v.v if mode == "plain" else {"$oid": v.v}
    if isinstance(v, values.Bin):
        b64 = base64.b64encode(v.v).decode()
        return b64 if mode == "plain" else {"$binary": {"base64": b64, "subType": "00"}}
    if mode == "canonical" and not isinstance(v, bool):
        if isinstance(v, int):
            return {"$numberInt": str(v)} if -(2**31) <= v < 2**31 else {"$numberLong": str(v)}
        if isinstance(v, float):
            return {"$numberDouble": repr(v)}
    return v


def cell(v: Any) -> str:
    v = ejson(v, "plain")
    if v is None or v is Ellipsis:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return "; ".join(v)
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return repr(v) if isinstance(v, float) else str(v)


def write_table(out: Path, file_id: str, fmt: str, recs: list[dict[str, Any]], header: list[str]) -> None:
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        for r in recs:
            w.writerow([cell(r.get(h)) for h in header])
        (out / f"{file_id}.csv").write_text(buf.getvalue(), encoding="utf-8")
    elif fmt in ("mrel", "mcan", "jsonl"):
        mode = {"mrel": "relaxed", "mcan": "canonical", "jsonl": "plain"}[fmt]
        text = "".join(json.dumps(ejson(r, mode), ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)
        (out / f"{file_id}.{'jsonl' if fmt == 'jsonl' else 'json'}").write_text(text, encoding="utf-8")
    else:
        (out / f"{file_id}.json").write_text(
            json.dumps([ejson(r, "plain") for r in recs], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def generate(out: Path, records: int, seed: int) -> list[dict[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    labels: list[dict[str, str]] = []
    for idx, (tpl, lang, fmt, style) in enumerate(templates.INSTANCES):
        g = values.Gen(seed * 1000 + idx, lang)
        file_id = f"g2_{idx:03d}_{tpl}_{lang}"
        fields = resolve(tpl, lang, style, g, flat=fmt == "csv")
        rate = g.pick([0.0, 0.03, 0.08, 0.15])
        recs = [record(g, fields, i == 0, rate) for i in range(records)]
        write_table(out, file_id, fmt, recs, [p for p, *_ in fields])
        for _path, label, kind, _sparse in fields:
            cat = values.KINDS[kind][0]
            subs = SUBFIELDS.get(kind, ()) if fmt != "csv" else ()
            for p, c in subs or (("", cat),):
                labels.append({"file_id": file_id, "path": f"{label}.{p}" if p else label, "category": c or cat,
                               "note": ""})
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file_id", "path", "category", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(labels)
    return labels


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--records", type=int, default=40, help="records per table (default 40)")
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    labels = generate(a.out, a.records, a.seed)
    files = len({r["file_id"] for r in labels})
    print(f"evalgen2: {files} tables, {len(labels)} labelled fields in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
