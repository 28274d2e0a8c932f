#!/usr/bin/env python3
"""evalgen5: a generated multilingual export set for issue 10 (written blind to ajar's model, detectors,
training data and generators, and to the earlier generated sets' code).

    python bench/classify/evalgen5/generate.py --out DIR [--seed N] [--stats]

Writes one file per table into DIR (``<file_id>.csv|.tsv|.json|.jsonl``) and DIR/labels.csv
(``file_id,path,category,note``: every leaf field of every file, dotted JSON paths with arrays
transparent and Extended JSON wrappers read as one value). Deterministic for a seed.
"""

# ruff: noqa: E501 - tables of names, values and templates read best one entry a line

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import io
import json
import os
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lexicon import LEX  # noqa: E402
from makers import Ctx, make  # noqa: E402
from templates import templates  # noqa: E402
from values import Blob, Long, Oid, category  # noqa: E402

SEED = 1796538666  # `date +%s` on 2026-12-06, when this set was written; no earlier set used it
NON_LATIN = {"zh", "ru", "kk", "uk", "ar", "fa", "hi", "ja", "ko"}
FALLBACK = {"kk": ["kk", "ru", "en"], "ms": ["ms", "id", "en"], "hi": ["hi", "hl", "en"], "py": ["py", "en"],
            "rl": ["rl", "en"], "uk": ["uk", "en"]}
GROUPS = {
    "address": "address", "patient": {"en": "patient", "de": "patient", "fr": "patient", "nl": "patient", "zh": "患者", "ru": "пациент", "es": "paciente", "ja": "患者", "tr": "hasta", "pt": "paciente"},
    "vitals": {"en": "vitals", "de": "vitalwerte", "fr": "constantes", "nl": "vitale functies", "es": "signos vitales", "ja": "バイタル"},
    "user": {"en": "user", "ko": "사용자", "ja": "ユーザー", "zh": "用户", "ru": "пользователь", "es": "usuario"},
    "applicant": {"en": "applicant", "fr": "demandeur", "de": "antragsteller", "it": "richiedente", "es": "candidato", "pt": "candidato", "id": "pelamar", "vi": "ung vien"},
    "contact": {"en": "contact", "fr": "coordonnees", "de": "kontakt", "it": "contatti", "es": "contacto", "ru": "контакты"},
    "guardian": {"en": "guardian", "id": "wali", "ms": "penjaga", "vi": "phu huynh", "ko": "보호자", "es": "tutor"},
    "shipping": {"en": "shipping", "es": "envio", "pt": "entrega", "de": "lieferadresse", "fr": "livraison", "it": "spedizione", "nl": "bezorging"},
    "billing": {"en": "billing", "ru": "реквизиты", "de": "rechnungsadresse", "ja": "請求先"},
    "items": {"en": "items", "es": "articulos", "pt": "itens", "de": "positionen", "fr": "lignes", "it": "articoli", "nl": "regels"},
    "receiver": {"en": "receiver", "id": "penerima", "ms": "penerima", "vi": "nguoi nhan", "tr": "alici", "ru": "получатель"},
    "rider": {"en": "rider", "id": "penumpang", "vi": "khach", "es": "pasajero", "ar": "الراكب"},
    "pickup": {"en": "pickup", "id": "jemput", "vi": "diem don", "es": "origen"},
    "dropoff": {"en": "dropoff", "id": "tujuan", "vi": "diem tra", "es": "destino"},
    "home": {"en": "home", "de": "wohnung", "nl": "woning"},
    "loc": {"en": "location", "de": "standort", "nl": "locatie"},
    "car": {"en": "car", "de": "fahrzeug", "ja": "車両", "ko": "차량", "fr": "vehicule"},
}


def lex_names(concept: str, lang: str, rng: random.Random) -> list[str]:
    d = LEX[concept]
    chain = FALLBACK.get(lang, [lang, "en"])
    if lang == "hi" and "hi" in d and "hl" in d and rng.random() < 0.4:
        return d["hl"]
    for lg in chain:
        if lg in d:
            return d[lg]
    return d["en"]


def is_latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or ch in " -" for ch in s)


def fold(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).replace("ł", "l").replace("ı", "i").replace("ß", "ss")


class Namer:
    def __init__(self, rng: random.Random, lang: str, tabular: bool):
        self.rng, self.lang, self.tabular = rng, lang, tabular
        styles = ["snake", "snake", "camel", "camel", "pascal", "screaming", "squash", "kebab"]
        if tabular:
            styles += ["title", "asis", "asis"]
        self.style = rng.choice(styles)
        self.nl_join = rng.choice(["_", "", " "] if tabular else ["_", ""])
        self.fold = rng.random() < 0.6
        self.mix_en = rng.choice([0.0, 0.05, 0.15])
        self.prefix = rng.choice(["b_", "usr_", "UF_", "f_", "c_", "tbl_", "p_", "x"]) if rng.random() < 0.15 else ""

    def spell(self, text: str) -> str:
        if not is_latin(text):
            return self.nl_join.join(text.split())
        if self.fold:
            text = fold(text)
        toks = text.replace("-", " ").split()
        st = self.style
        if st == "snake":
            return "_".join(t.lower() for t in toks)
        if st == "camel":
            return toks[0].lower() + "".join(t[:1].upper() + t[1:].lower() for t in toks[1:])
        if st == "pascal":
            return "".join(t[:1].upper() + t[1:].lower() for t in toks)
        if st == "screaming":
            return "_".join(t.upper() for t in toks)
        if st == "squash":
            return "".join(t.lower() for t in toks)
        if st == "kebab":
            return "-".join(t.lower() for t in toks)
        if st == "title":
            return " ".join(t[:1].upper() + t[1:] for t in toks)
        return text

    def name(self, concept: str, taken: set[str]) -> str:
        if concept == "oid":
            return "_id"
        lang = "en" if self.rng.random() < self.mix_en else self.lang
        alts = lex_names(concept, lang, self.rng)
        order = self.rng.sample(alts, len(alts)) + LEX[concept]["en"]
        for a in order:
            n = self.spell(a)
            if n not in taken:
                return n
        base = self.spell(order[0])
        k = 2
        while f"{base}{k}" in taken:
            k += 1
        return f"{base}{k}"

    def numbered(self, base: str, k: int) -> str:
        style = self.rng.choice(["plain", "us", "us1"])
        if style == "plain":
            return base if k == 1 else f"{base}{k}"
        if style == "us":
            return base if k == 1 else f"{base}_{k}"
        return f"{base}_{k}"

    def group(self, grp: str) -> str:
        g = GROUPS.get(grp, grp)
        if isinstance(g, str):
            return self.spell(self.rng.choice(lex_names(g, self.lang, self.rng)))
        return self.spell(g.get(self.lang, g.get({"py": "zh", "rl": "ru", "kk": "ru", "ms": "id", "hl": "en"}.get(self.lang, "en"), g["en"])))

    def join(self, parent: str, child: str) -> str:
        if self.style in ("camel", "pascal") and is_latin(child):
            return parent + child[:1].upper() + child[1:]
        if self.style in ("title", "asis"):
            return f"{parent} {child}"
        return f"{parent}_{child}"


# --------------------------------------------------------------------------- schema instantiation
def instantiate(tpl: dict, rng: random.Random, lang: str, fmt: str) -> list:
    """the template's fields as a tree of (name, concept|None, children|None, is_array) with optional
    fields decided and names spelt."""
    tabular = fmt in ("csv", "tsv")
    namer = Namer(rng, lang, tabular)
    fields = list(tpl["fields"])
    mongo = fmt.startswith("mongo")
    if mongo and not any(f[0] == "f" and f[1] == "oid" for f in fields):
        fields.insert(0, ("f", "oid", False, 1))
    if not mongo:
        fields = [("f", "id" if tabular or rng.random() < 0.5 else "uuid", False, 1) if f[0] == "f" and f[1] == "oid" else f for f in fields]

    def build(specs: list, taken: set[str], top: bool) -> list:
        out = []
        for sp in specs:
            kind, what, optional, extra = sp
            if optional and rng.random() < 0.4:
                continue
            if kind == "f":
                if what == "rcb":
                    base = rng.choice(["race", "race", "ethnicity", "raza", "cor_raca"])
                    for k in range(1, rng.randint(4, 7)):
                        n = f"{base}___{k}"
                        taken.add(n)
                        out.append((n, "race_cb", None, False))
                    continue
                base = namer.name(what, taken)
                for k in range(1, extra + 1):
                    n = namer.numbered(base, k) if extra > 1 else base
                    if top and namer.prefix and not n.startswith("_"):
                        n = namer.prefix + n
                    while n in taken:
                        n += "_x"
                    taken.add(n)
                    out.append((n, what, None, False))
            else:
                g = namer.group(what)
                if top and namer.prefix:
                    g = namer.prefix + g
                while g in taken:
                    g += "2"
                taken.add(g)
                children = build(extra, set(), False)
                if not children:
                    continue
                if tabular:  # flatten
                    for cn, cc, _, _ in children:
                        n = namer.join(g, cn)
                        taken.add(n)
                        out.append((n, cc, None, False))
                else:
                    out.append((g, None, children, kind == "a"))
        return out

    return build(fields, set(), True)


def leaves(tree: list, prefix: str = "") -> list[tuple[str, str]]:
    out = []
    for name, concept, children, _ in tree:
        path = f"{prefix}{name}"
        if children is None:
            out.append((path, concept))
        else:
            out.extend(leaves(children, path + "."))
    return out


NULL_TOKENS = ["", "", "null", "NULL", "N/A", "-", "n/a", "None"]


def records(tree: list, ctx: Ctx, n: int, rng: random.Random) -> list[dict]:
    cols: dict[str, dict] = {}
    nulls: dict[str, float] = {}
    absent = rng.random() < 0.5  # JSON: a missing value is an absent key (else null)

    def one(t: list, prefix: str) -> dict:
        rec: dict[str, Any] = {}
        for name, concept, children, is_arr in t:
            path = prefix + name
            if children is None:
                if path not in nulls:
                    nulls[path] = 0.0 if rng.random() < 0.55 or concept in ("oid", "id", "uuid") else rng.uniform(0.03, 0.3)
                if rng.random() < nulls[path]:
                    if not absent:
                        rec[name] = None
                    continue
                rec[name] = make(concept, ctx, cols.setdefault(path, {}))
            elif is_arr:
                rec[name] = [one(children, path + ".") for _ in range(rng.randint(1, 3))]
            else:
                rec[name] = one(children, path + ".")
        return rec

    out = []
    for i in range(n):
        ctx.rec = {}
        ctx.counter_row = i
        out.append(one(tree, ""))
    return out


# --------------------------------------------------------------------------- writers
def ejson(v: Any, mode: str | None) -> Any:
    if isinstance(v, dict):
        return {k: ejson(x, mode) for k, x in v.items()}
    if isinstance(v, list):
        return [ejson(x, mode) for x in v]
    if isinstance(v, dt.datetime):
        ms = int(v.timestamp() * 1000)
        iso = v.strftime("%Y-%m-%dT%H:%M:%S.") + f"{v.microsecond // 1000:03d}Z"
        if mode is None:
            return iso
        if mode == "canonical" or (mode == "relaxed" and v.year < 1970):
            return {"$date": {"$numberLong": str(ms)}}
        if mode == "v1":
            return {"$date": ms}
        return {"$date": iso}
    if isinstance(v, Oid):
        return {"$oid": str(v)} if mode else str(v)
    if isinstance(v, Blob):
        b = base64.b64encode(bytes(v)).decode()
        if mode in ("relaxed", "canonical"):
            return {"$binary": {"base64": b, "subType": "00"}}
        if mode == "v1":
            return {"$binary": b, "$type": "00"}
        return b
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, Long):
        return {"$numberLong": str(int(v))} if mode in ("canonical", "v1") else int(v)
    if isinstance(v, int):
        if mode == "canonical":
            return {"$numberInt": str(v)} if -2**31 <= v < 2**31 else {"$numberLong": str(v)}
        return v
    if isinstance(v, float):
        return {"$numberDouble": repr(v)} if mode == "canonical" else v
    raise TypeError(type(v))


def cell(v: Any, rng_bool: str, null: str) -> str:
    if v is None:
        return null
    if isinstance(v, bool):
        return {"lower": "true" if v else "false", "py": str(v), "int": "1" if v else "0"}[rng_bool]
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, Blob):
        return base64.b64encode(bytes(v)).decode()
    if isinstance(v, (list, dict)):
        return json.dumps(ejson(v, None), ensure_ascii=False)
    if isinstance(v, float):
        return repr(v)
    return str(v)


def write_table(path: Path, fmt: str, tree: list, recs: list[dict], rng: random.Random) -> tuple[str, str]:
    """writes the file; returns (file suffix, label path prefix)."""
    if fmt in ("csv", "tsv"):
        header = [p for p, _ in leaves(tree)]
        delim = "\t" if fmt == "tsv" else rng.choice([",", ",", ",", ";"])
        null = rng.choice(NULL_TOKENS)
        bstyle = rng.choice(["lower", "py", "int"])
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delim, quoting=csv.QUOTE_ALL if rng.random() < 0.2 else csv.QUOTE_MINIMAL,
                       lineterminator="\r\n" if rng.random() < 0.25 else "\n")
        w.writerow(header)
        for r in recs:
            w.writerow([cell(r.get(h), bstyle, null) for h in header])
        path = path.with_suffix(".tsv" if fmt == "tsv" else ".csv")
        path.write_text(buf.getvalue(), encoding="utf-8")
        return path.suffix, ""
    if fmt == "json":
        data = [ejson(r, None) for r in recs]
        path.with_suffix(".json").write_text(json.dumps(data, ensure_ascii=rng.random() < 0.2, indent=rng.choice([None, 2, 4])), encoding="utf-8")
        return ".json", ""
    if fmt == "jsonl":
        path.with_suffix(".jsonl").write_text("".join(json.dumps(ejson(r, None), ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        return ".jsonl", ""
    if fmt == "objarr":
        key = rng.choice(["data", "records", "rows", "users", "entries"])
        other = [{"id": i + 1, "key": k, "value": v} for i, (k, v) in enumerate([("version", "3"), ("locale", "auto"), ("page_size", "50")])]
        doc = {key: [ejson(r, None) for r in recs], "settings": other}
        path.with_suffix(".json").write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        return ".json", key + "."
    mode = {"mongo_relaxed": "relaxed", "mongo_canonical": "canonical", "mongo_v1": "v1", "mongo_array": "relaxed"}[fmt]
    if fmt == "mongo_array":
        path.with_suffix(".json").write_text(json.dumps([ejson(r, mode) for r in recs], ensure_ascii=False), encoding="utf-8")
    else:
        path.with_suffix(".json").write_text("".join(json.dumps(ejson(r, mode), ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs), encoding="utf-8")
    return ".json", ""


FMT_CODES = {"c": ["csv"], "t": ["tsv"], "j": ["json"], "l": ["jsonl"], "o": ["objarr"],
             "m": ["mongo_relaxed", "mongo_relaxed", "mongo_canonical", "mongo_v1", "mongo_array"]}


def generate(out: Path, seed: int) -> list[dict[str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    master = random.Random(seed)
    labels: list[dict[str, str]] = []
    used_ids: set[str] = set()
    k = 0
    for tpl in templates():
        langs = master.sample(tpl["langs"], min(tpl["n"], len(tpl["langs"])))
        while len(langs) < tpl["n"]:
            langs.append(master.choice(tpl["langs"]))
        for lang in langs:
            k += 1
            rng = random.Random(seed * 1000 + k)
            fmt = rng.choice([f for c in tpl["formats"] for f in FMT_CODES[c]])
            tree = instantiate(tpl, rng, lang, fmt)
            ctx = Ctx(rng, lang, fmt, seed + k)
            recs = records(tree, ctx, rng.randint(30, 60), rng)
            fid = f"{tpl['id']}_{lang}"
            while fid in used_ids:
                fid += "_b"
            used_ids.add(fid)
            _, pre = write_table(out / fid, fmt, tree, recs, rng)
            for p, concept in leaves(tree):
                labels.append({"file_id": fid, "path": pre + p, "category": category(concept), "note": ""})
            if fmt == "objarr":
                for p in ("id", "key", "value"):
                    labels.append({"file_id": fid, "path": "settings." + p, "category": "none", "note": ""})
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file_id", "path", "category", "note"])
        w.writeheader()
        w.writerows(labels)
    return labels


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # one Faker provider (it_IT cities) iterates over a set
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--stats", action="store_true", help="print the set's make-up")
    a = ap.parse_args()
    labels = generate(a.out, a.seed)
    if a.stats:
        files = sorted(p for p in a.out.iterdir() if p.name != "labels.csv")
        cats = Counter(r["category"] for r in labels)
        print(f"{len(files)} tables, {len({r['file_id'] for r in labels})} labelled, {len(templates())} templates, {len(labels)} fields")
        print("formats:", dict(Counter(p.suffix for p in files)))
        for c, n in sorted(cats.items(), key=lambda x: -x[1]):
            print(f"  {c:28} {n}")


if __name__ == "__main__":
    main()
