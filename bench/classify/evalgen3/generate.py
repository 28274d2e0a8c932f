"""Generate evalgen3, a frozen multilingual export set for ajar's field classifier (issue 10).

    python bench/classify/evalgen3/generate.py --out /work/data/evalgen3 [--records 30] [--seed 530911]

Writes one file per table (mongoexport Extended JSON relaxed / canonical / legacy v1 / --pretty,
JSON arrays and wrapped arrays, JSON Lines, CSV with comma / semicolon / pipe / tab, TSV, a BOM and
CRLF) and ``labels.csv`` (``file_id,path,category,note``) with one row per column that holds a value.
The templates (``schemas.py``), names (``lexicon.py``) and values (``kinds.py``) were written for this
set only, by someone who has not read ajar's classifier, model or training generator. Same seed, same
package versions: same bytes (``--digest`` prints the sha256 of the whole output).
"""

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from kinds import KINDS, Binary, Ctx, Date, Double, Long, Oid  # noqa: E402
from lexicon import LANGS, LEX, SUB  # noqa: E402
from schemas import TEMPLATES, Template  # noqa: E402

SEED = 530911  # evalgen3's own seed, chosen for this set and recorded in FIRST_SCORES.md
JSON_FORMATS = ("mongo", "mongo_canonical", "mongo_v1", "mongo_pretty", "json", "json_wrapped", "jsonl", "ndjson")
CSV_FORMATS = ("csv", "csv_semicolon", "csv_pipe", "tsv", "csv_tab", "csv_mongo", "csv_bom")
EXT = {
    "mongo": ".json",
    "mongo_canonical": ".json",
    "mongo_v1": ".json",
    "mongo_pretty": ".json",
    "json": ".json",
    "json_wrapped": ".json",
    "jsonl": ".jsonl",
    "ndjson": ".ndjson",
    "csv": ".csv",
    "csv_semicolon": ".csv",
    "csv_pipe": ".csv",
    "tsv": ".tsv",
    "csv_tab": ".csv",
    "csv_mongo": ".csv",
    "csv_bom": ".csv",
}
DELIM = {
    "csv": ",",
    "csv_semicolon": ";",
    "csv_pipe": "|",
    "tsv": "\t",
    "csv_tab": "\t",
    "csv_mongo": ",",
    "csv_bom": ",",
}
STYLES = ("asis", "asis", "snake", "camel", "pascal", "screaming", "spaced", "prefix")
PREFIXES = ("b_", "cust_", "p_", "usr_", "tbl_", "f_", "c_", "x_")
UNSURE = {"dev.imsi": "IMSI names a SIM subscriber, labelled device.identifier"}


# ---------------------------------------------------------------- field names


def _tables(concept: str, kind: str) -> list[dict[str, str]]:
    """Name tables for a column, most specific first: ``<concept>.<kind>``, the concept, its parent."""
    keys = (f"{concept}.{kind.split('.')[-1]}", concept)
    found = [SUB[k] for k in keys if k in SUB] + [LEX[k] for k in (concept, concept.split(".")[0]) if k in LEX]
    return found or [{"en": concept}]


def choose_name(concept: str, kind: str, lang: str, rng: random.Random) -> str:
    if concept.startswith("~"):
        return concept[1:]
    found = _tables(concept, kind)
    native = next((t[lang] for t in found if lang in t), None)
    if lang not in found[0] and "en" in found[0] and (rng.random() < 0.5 or found[0] is SUB.get(concept)):
        native = None  # the specific English name (always for a sub-concept) rather than a vaguer native one
    if native is None or rng.random() >= 0.85:  # many systems name fields in English whatever their language
        native = found[0].get("en") or next(t["en"] for t in found if "en" in t)
    return rng.choice(native.split("|"))


def _cased(name: str) -> bool:
    return any(ch.isalpha() and ch.lower() != ch.upper() for ch in name)


def tokens(name: str) -> list[str]:
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return [t for t in re.split(r"[_\s.\-]+", name) if t]


def styled(name: str, style: str, prefix: str) -> str:
    if style == "asis" or not _cased(name) or not re.fullmatch(r"[\w .\-]+", name):
        return name
    toks = tokens(name)
    if not toks:
        return name
    if style == "snake":
        return "_".join(t.lower() for t in toks)
    if style == "camel":
        return toks[0].lower() + "".join(t[:1].upper() + t[1:].lower() for t in toks[1:])
    if style == "pascal":
        return "".join(t[:1].upper() + t[1:].lower() for t in toks)
    if style == "screaming":
        return "_".join(t.upper() for t in toks)
    if style == "spaced":
        return " ".join(t[:1].upper() + t[1:] for t in toks)
    return prefix + "_".join(t.lower() for t in toks)


def typo(name: str, rng: random.Random) -> str:
    """A slip of the schema's author (swap, drop or double one letter) in a Latin-script name."""
    if not name.isascii() or len(name) < 6:
        return name
    i = rng.randrange(1, len(name) - 2)
    if not (name[i].isalpha() and name[i + 1].isalpha()):
        return name
    op = rng.randrange(3)
    if op == 0:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if op == 1:
        return name[:i] + name[i + 1 :]
    return name[:i] + name[i] + name[i:]


# ---------------------------------------------------------------- table plan


class Field:
    def __init__(self, spec: str) -> None:
        self.optional = spec.endswith("?")
        spec = spec.rstrip("?")
        self.override: str | None = None
        if "!" in spec:
            spec, self.override = spec.split("!")
        self.group: str | None = None
        self.array = False
        if "@" in spec:
            spec, grp = spec.split("@")
            self.array = grp.endswith("[]")
            self.group = grp.rstrip("[]")
        self.repeat = 1
        if "*" in spec:
            spec, n = spec.split("*")
            self.repeat = int(n)
        self.concept, self.kind = spec.split("=")
        cat = KINDS[self.kind][0]
        self.category = self.override or cat


class Column:
    """One labelled column of one table: where it goes and how its values are made."""

    def __init__(self, field: Field, name: str, group: str | None, sparse: float, mixed: bool) -> None:
        self.field = field
        self.name = name
        self.group = group
        self.sparse = sparse
        self.mixed = mixed


def plan_table(t: Template, lang: str, rng: random.Random) -> tuple[list[Column], dict[str, str]]:
    style = rng.choice(STYLES)
    prefix = rng.choice(PREFIXES)
    groups: dict[str, str] = {}
    cols: list[Column] = []
    used: dict[str | None, set[str]] = {}
    for spec in t.fields:
        f = Field(spec)
        if f.optional and rng.random() > 0.6:
            continue
        gname = None
        if f.group:
            if f.group not in groups:
                groups[f.group] = styled(choose_name(f.group, "", lang, rng), style, prefix)
            gname = groups[f.group]
        base = choose_name(f.concept, f.kind, lang, rng)
        if not f.concept.startswith("~"):
            base = styled(base, style, prefix if not f.group else "")
            if rng.random() < 0.04:
                base = typo(base, rng)
        taken = used.setdefault(gname, set())
        for k in range(f.repeat):
            name = base
            if f.repeat > 1:
                sep = "" if not _cased(base) or style in ("camel", "pascal") else rng.choice(["", "_"])
                name = base if k == 0 and rng.random() < 0.5 else f"{base}{sep}{k + 1}"
            n = 2
            while name in taken:
                name = f"{base}_{n}" if _cased(base) else f"{base}{n}"
                n += 1
            taken.add(name)
            sparse = 0.0 if rng.random() < 0.55 else round(rng.uniform(0.05, 0.4), 2)
            cols.append(Column(f, name, gname, sparse, rng.random() < 0.15))
    return cols, groups


# ---------------------------------------------------------------- rendering


def iso(d: dt.datetime) -> str:
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if d.microsecond:
        s += f".{d.microsecond // 1000:03d}"
    return s + "Z"


def ms(d: dt.datetime) -> int:
    return int(d.timestamp() * 1000)


def ext_json(v: Any, mode: str) -> Any:
    """mode: relaxed | canonical | v1 (mongoexport before 4.2) | plain (no Extended JSON)."""
    if isinstance(v, Date):
        if mode == "plain":
            return v.plain
        if mode == "canonical" or not 1970 <= v.when.year <= 9999:
            return {"$date": {"$numberLong": str(ms(v.when))}}
        return {"$date": iso(v.when)}
    if isinstance(v, Oid):
        return v.hex if mode == "plain" else {"$oid": v.hex}
    if isinstance(v, Long):
        return {"$numberLong": str(v.n)} if mode in ("canonical", "v1") else v.n
    if isinstance(v, Double):
        return {"$numberDouble": repr(v.x)} if mode == "canonical" else v.x
    if isinstance(v, Binary):
        b = base64.b64encode(v.data).decode()
        if mode == "plain":
            return b
        if mode == "v1":
            return {"$binary": b, "$type": v.subtype}
        return {"$binary": {"base64": b, "subType": v.subtype}}
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        if mode == "canonical":
            return {"$numberInt": str(v)} if -(2**31) <= v < 2**31 else {"$numberLong": str(v)}
        return v
    if isinstance(v, float):
        return {"$numberDouble": repr(v)} if mode == "canonical" else v
    if isinstance(v, list):
        return [ext_json(x, mode) for x in v]
    if isinstance(v, dict):
        return {k: ext_json(x, mode) for k, x in v.items()}
    raise TypeError(type(v))


def cell(v: Any, bools: tuple[str, str]) -> str:
    v = ext_json(v, "plain")
    if v is None:
        return ""
    if isinstance(v, bool):
        return bools[0] if v else bools[1]
    if isinstance(v, list | dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


EMPTY_JSON: tuple[Any, ...] = (None, "", "ABSENT")
EMPTY_CSV = ("", "", "NULL", "N/A", "-", "null", "\\N")


def value(col: Column, ctx: Ctx, rec: int, is_csv: bool) -> Any:
    if rec > 0 and col.sparse and ctx.rng.random() < col.sparse:
        return ctx.rng.choice(EMPTY_CSV if is_csv else EMPTY_JSON)
    v = KINDS[col.field.kind][1](ctx)
    if col.field.kind == "geo.geojson" and not is_csv:
        v = {"type": "Point", "coordinates": v}
    if rec > 0 and col.mixed and ctx.rng.random() < 0.25:  # an export that mixes types in one column
        if isinstance(v, int | float) and not isinstance(v, bool):
            v = str(v)
        elif isinstance(v, str) and v.isdigit() and len(v) < 15:
            v = int(v)
    return v


def build_records(
    cols: list[Column], groups: dict[str, str], t: Template, ctx: Ctx, n: int, fmt: str
) -> list[dict[str, Any]]:
    is_csv = fmt in CSV_FORMATS
    mongo = fmt.startswith("mongo")
    recs: list[dict[str, Any]] = []
    array_groups = {c.group for c in cols if c.field.array}
    for r in range(n):
        rec: dict[str, Any] = {}
        if mongo:
            rec["_id"] = KINDS["x.oid"][1](ctx)
        counts = {g: ctx.rng.randint(2, 5) for g in sorted(g for g in array_groups if g)}
        for c in cols:
            if c.field.array and c.group:
                arr = rec.setdefault(c.group, [{} for _ in range(counts[c.group])])
                for el in arr:
                    el[c.name] = value(c, ctx, r, is_csv)
                continue
            target = rec.setdefault(c.group, {}) if c.group else rec
            target[c.name] = value(c, ctx, r, is_csv)
        recs.append(prune(rec))
    return recs


def prune(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: prune(v) for k, v in obj.items() if not (isinstance(v, str) and v == "ABSENT")}
    if isinstance(obj, list):
        return [prune(x) for x in obj]
    return obj


def labels_for(cols: list[Column], fmt: str, mongo: bool) -> list[tuple[str, str, str]]:
    is_csv = fmt in CSV_FORMATS
    out: list[tuple[str, str, str]] = [("_id", "none", "")] if mongo else []
    for c in cols:
        if is_csv:
            path = csv_name(c, fmt)
        else:
            path = f"{c.group}.{c.name}" if c.group else c.name
        note = UNSURE.get(c.field.kind, "")
        if c.field.kind == "geo.geojson" and not is_csv:
            out.append((f"{path}.type", "none", ""))
            out.append((f"{path}.coordinates", c.field.category, note))
        else:
            out.append((path, c.field.category, note))
    return out


def csv_name(c: Column, fmt: str) -> str:
    if not c.group:
        return c.name
    return f"{c.group}.{c.name}" if fmt == "csv_mongo" else f"{c.group}_{c.name}"


def flatten(rec: dict[str, Any], cols: list[Column], fmt: str) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for c in cols:
        src: Any = rec
        if c.group:
            src = rec.get(c.group, {})
            if isinstance(src, list):
                src = src[0] if src else {}
        row[csv_name(c, fmt)] = src.get(c.name)
    return row


def render(recs: list[dict[str, Any]], cols: list[Column], fmt: str, ctx: Ctx) -> bytes:
    if fmt in CSV_FORMATS:
        buf = io.StringIO()
        bools = ctx.pick([("true", "false"), ("True", "False"), ("1", "0"), ("Y", "N")], "csvbool")
        w = csv.writer(
            buf,
            delimiter=DELIM[fmt],
            quoting=csv.QUOTE_ALL if fmt == "csv_bom" else csv.QUOTE_MINIMAL,
            lineterminator="\r\n" if fmt == "csv_bom" else "\n",
        )
        header = [csv_name(c, fmt) for c in cols]
        w.writerow(header)
        for rec in recs:
            row = flatten(rec, cols, fmt)
            w.writerow([cell(row[h], bools) for h in header])
        text = buf.getvalue()
        return ("\ufeff" + text).encode("utf-8") if fmt == "csv_bom" else text.encode("utf-8")
    mode = {"mongo": "relaxed", "mongo_canonical": "canonical", "mongo_v1": "v1", "mongo_pretty": "relaxed"}.get(
        fmt, "plain"
    )
    docs = [ext_json(r, mode) for r in recs]
    if fmt in ("mongo", "mongo_v1", "jsonl", "ndjson"):
        return "".join(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n" for d in docs).encode()
    if fmt == "mongo_pretty":
        return "".join(json.dumps(d, ensure_ascii=False, indent="\t") + "\n" for d in docs).encode()
    if fmt == "mongo_canonical":
        return json.dumps(docs, ensure_ascii=False).encode()
    if fmt == "json_wrapped":
        key = ctx.pick(["data", "results", "items", "records", "rows"], "wrap")
        return json.dumps({key: docs, "total": len(docs)}, ensure_ascii=False, indent=2).encode()
    return json.dumps(docs, ensure_ascii=False, indent=ctx.pick([2, 4, None], "indent")).encode()


def wrapper_key(data: bytes) -> str | None:
    if not data.startswith(b"{") or b"\n" not in data[:3]:
        return None
    return str(next(iter(json.loads(data))))


# ---------------------------------------------------------------- the set


def tables(seed: int) -> list[tuple[Template, str, str]]:
    """(template, language, format) for every table, languages spread evenly over templates."""
    rng = random.Random(seed)
    langs = list(LANGS)
    out: list[tuple[Template, str, str]] = []
    i = 0
    for t in TEMPLATES:
        picked: list[str] = []
        for _ in range(t.copies):
            if i % len(langs) == 0:
                rng.shuffle(langs)
            lang = langs[i % len(langs)]
            while lang in picked:  # one template, distinct languages
                i += 1
                lang = langs[i % len(langs)]
            picked.append(lang)
            i += 1
            pool = t.formats or (JSON_FORMATS + CSV_FORMATS)
            fmt = rng.choice(pool)
            if fmt == "mongo" and t.formats:
                fmt = rng.choice(("mongo", "mongo_v1", "mongo_pretty"))
            out.append((t, lang, fmt))
    return out


def generate(out: Path, records: int, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str, str]] = []
    for idx, (t, lang, fmt) in enumerate(tables(seed)):
        ctx = Ctx(lang, seed * 1000 + idx)
        cols, groups = plan_table(t, lang, ctx.rng)
        recs = build_records(cols, groups, t, ctx, records, fmt)
        data = render(recs, cols, fmt, ctx)
        file_id = f"e3_{idx:03d}_{t.name}_{lang}"
        (out / (file_id + EXT[fmt])).write_bytes(data)
        key = wrapper_key(data) if fmt == "json_wrapped" else None
        for path, cat, note in labels_for(cols, fmt, fmt.startswith("mongo")):
            rows.append((file_id, f"{key}.{path}" if key else path, cat, note))
        if key:
            rows.append((file_id, "total", "none", ""))
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("file_id", "path", "category", "note"))
        w.writerows(rows)


def digest(out: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(out.iterdir()):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # some Faker locales draw from sets (it_IT cities): fix string hashing so the bytes repeat
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="directory to write (outside the repository)")
    ap.add_argument("--records", type=int, default=30, help="records per table (default 30)")
    ap.add_argument("--seed", type=int, default=SEED, help=f"seed (default {SEED}, the frozen set's)")
    ap.add_argument("--digest", action="store_true", help="print the sha256 of the whole output")
    a = ap.parse_args()
    generate(a.out, a.records, a.seed)
    if a.digest:
        print(digest(a.out))


if __name__ == "__main__":
    main()
