"""gen_b: a second, independent training-data generator for ajar's field model.

    python bench/train/gen_b/generate.py --out DIR [--seed 1] [--records 50]

Writes one file per collection into DIR (mongoexport Extended JSON lines, relaxed or canonical, CSV
or TSV), ``labels.csv`` (``file_id,path,category,note``: every field, ``none`` where it holds no
personal data) and ``manifest.csv`` (file id, template, format, records, value locale, name
language): the same interface as ``bench/classify/evalgen/generate.py``, so ``bench/train/run.py``
reads both alike. Deterministic for a seed (the command re-executes itself with
``PYTHONHASHSEED=0``, as some Faker locales build word lists from sets).

Breadth, not one person's imagination: 89 templates (``templates.py``) over registries, health,
finance, commerce, transport, IoT, schools, HR, social, surveys, biometrics, auth and logs, and
non-personal look-alikes; field names in 21 languages and scripts (``lexicon.py``) in every
spelling (camelCase, snake_case, SCREAMING_CASE, Title Case, prefixed, numbered, typos, vowel-less
abbreviations, opaque ``f3``/``col_7`` names whose values alone decide); values from every Faker
locale and every mimesis locale in turn, national ids with stdnum-valid check digits for 32
countries, Luhn cards, IBANs (``values.py``, ``idnums.py``); export noise: empties in five
spellings, float artefacts, case, units, degree signs, mixed types, nesting, arrays, ``[lon, lat]``
pairs, Extended JSON wrappers. Labels follow the category rules of
``bench/train/real/a/LABELLING.md``. Every value is synthetic.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
import unicodedata
from datetime import UTC, date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lexicon  # noqa: E402
import values  # noqa: E402
from templates import TEMPLATES  # noqa: E402

DEFAULT_SEED = 1
MISSING = object()
#: name language of a value locale, where the locale's language is one of lexicon.LANGS
_LANG_OF = {
    "zh": "zh",
    "ru": "ru",
    "kk": "kk",
    "uk": "uk",
    "tr": "tr",
    "ar": "ar",
    "fa": "fa",
    "hi": "hi",
    "id": "id",
    "vi": "vi",
    "es": "es",
    "pt": "pt",
    "fr": "fr",
    "de": "de",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "ja": "ja",
    "ko": "ko",
    "en": "en",
}


def sources() -> list[tuple[str, str]]:
    """Every value locale: ("faker", "pl_PL") and ("mimesis", "kk")."""
    from faker.config import AVAILABLE_LOCALES
    from mimesis import Locale

    return [("faker", loc) for loc in sorted(AVAILABLE_LOCALES)] + [("mimesis", loc.value) for loc in Locale]


def _country(loc: str) -> str:
    parts = re.split(r"[_-]", loc)
    if len(parts) > 1 and len(parts[1]) == 2:
        return parts[1].lower()
    return {
        "kk": "kz",
        "uk": "ua",
        "ja": "jp",
        "ko": "kr",
        "zh": "cn",
        "fa": "ir",
        "en": "us",
        "de": "de",
        "fr": "fr",
        "es": "es",
        "it": "it",
        "pl": "pl",
        "ru": "ru",
        "tr": "tr",
        "cs": "cz",
        "da": "dk",
        "el": "gr",
        "et": "ee",
        "sv": "se",
        "no": "no",
        "fi": "fi",
        "nl": "nl",
        "pt": "pt",
        "hu": "hu",
        "hr": "hr",
        "sk": "sk",
    }.get(parts[0], "us")


ext = values.ext


def cell(v: Any, sep: str) -> str:
    if v is None or v is MISSING:
        return ""
    if isinstance(v, values.Date):
        return v.dt.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, list):
        return sep.join(cell(x, sep) for x in v)
    if isinstance(v, dict):
        return json.dumps(ext(v, False), ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# --- field names -----------------------------------------------------------------------------------
def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[_\s]+|(?<=[a-z])(?=[A-Z])", name) if p]


def restyle(rng: random.Random, name: str, prefix: str) -> str:
    """One export's spelling of a field name."""
    if not re.fullmatch(r"[A-Za-z0-9_ ']+", name) or name.startswith("_"):
        r = rng.random()
        if r < 0.1:
            return f"{name}{rng.randint(1, 3)}"
        if r < 0.15 and prefix:
            return f"{prefix}{name}"
        return name
    parts = [p.lower() for p in _parts(name.replace("'", ""))] or [name]
    style = rng.choices(
        ["asis", "snake", "camel", "pascal", "scream", "title", "prefix", "numbered", "typo", "abbrev", "dotless"],
        weights=[20, 14, 12, 5, 8, 6, 9, 7, 5, 5, 3],
    )[0]
    if style == "snake":
        return "_".join(parts)
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "pascal":
        return "".join(p.capitalize() for p in parts)
    if style == "scream":
        return "_".join(parts).upper()
    if style == "title":
        return " ".join(p.capitalize() for p in parts)
    if style == "prefix":
        return f"{prefix or rng.choice(['b_', 'cust_', 'usr_', 'c_', 'x_'])}{'_'.join(parts)}"
    if style == "numbered":
        return "_".join(parts) + rng.choice(["1", "2", "_1", "_01", "___0", "_a"])
    if style == "typo":
        s = "_".join(parts)
        if len(s) > 4:
            i = rng.randrange(1, len(s) - 2)
            op = rng.random()
            s = (
                s[:i] + s[i + 1] + s[i] + s[i + 2 :]
                if op < 0.4
                else (s[:i] + s[i + 1 :] if op < 0.7 else s[:i] + s[i] + s[i:])
            )
        return s
    if style == "abbrev":
        return "_".join(p[0] + re.sub(r"[aeiou]", "", p[1:]) if len(p) > 3 else p for p in parts)
    if style == "dotless":
        return "".join(parts)
    return name


OPAQUE = ["f{i}", "col_{i}", "attr{i}", "field{i}", "c{i}", "x{i}", "Unnamed: {i}", "column{i}", "v{i}", "F{i}"]


# --- collections -----------------------------------------------------------------------------------
class Coll:
    def __init__(self, file_id: str, template: str, fmt: str, locale: str, lang: str) -> None:
        self.file_id, self.template, self.fmt, self.locale, self.lang = file_id, template, fmt, locale, lang
        self.records: list[dict[str, Any]] = []
        self.labels: dict[str, str] = {}


class _Either:
    """A locale's Faker, and en_US's for what the locale has no provider of (``la``, ``sw``...)."""

    def __init__(self, first: Any, second: Any) -> None:
        self._first, self._second = first, second

    def __getattr__(self, attr: str) -> Any:
        try:
            return getattr(self._first, attr)
        except AttributeError:
            return getattr(self._second, attr)


def _ascii(s: str) -> str:
    t = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", t)


def _person(g: values.Gen) -> values.Person:
    sex = g.pick(["f", "m"])
    first = last = ""
    if g.mim is not None and g.rng.random() < 0.7:
        from mimesis.enums import Gender

        gender = Gender.FEMALE if sex == "f" else Gender.MALE
        first, last = str(g.mim.person.first_name(gender=gender)), str(g.mim.person.last_name(gender=gender))
    else:
        f = g.fake
        try:
            first = str(f.first_name_female() if sex == "f" else f.first_name_male())
        except AttributeError:
            first = str(f.first_name())
        last = str(f.last_name())
    born = date(g.rng.randint(1936, 2009), g.rng.randint(1, 12), g.rng.randint(1, 28))
    handle = (_ascii(first)[:1] + "." + _ascii(last)) if _ascii(last) else f"user{g.rng.randint(100, 99999)}"
    return values.Person(first, last, sex, born, handle + (str(born.year % 100) if g.rng.random() < 0.4 else ""))


def build_collection(
    idx: int, seed: int, template: str, fields: list[str], source: tuple[str, str], lang: str, fmt: str, records: int
) -> Coll:
    rng = random.Random(f"genb:{seed}:{idx}:{template}:{source[1]}")
    random.seed(f"genb:{seed}:{idx}")  # some Faker providers draw from the global generator
    from faker import Faker

    kind, loc = source
    fake_loc = (
        loc if kind == "faker" else {"kk": "ru_RU", "ja": "ja_JP", "ko": "ko_KR", "zh": "zh_CN"}.get(loc, "en_US")
    )
    try:
        fake = Faker(fake_loc)
    except AttributeError:
        fake = Faker("en_US")
    fake.seed_instance(rng.randrange(2**31))
    backup = Faker("en_US")
    backup.seed_instance(rng.randrange(2**31))
    mim = None
    if kind == "mimesis":
        from mimesis import Generic, Locale

        mim = Generic(Locale(loc), seed=rng.randrange(2**31))
    g = values.Gen(
        rng=rng, fake=_Either(fake, backup), mim=mim, lang=lang, country=_country(loc), fmt=fmt, template=template
    )
    coll = Coll(f"gb{idx:03d}_{template}_{lang}", template, fmt, f"{kind}:{loc}", lang)
    prefix = rng.choice(["", "", "", template[:2] + "_", template.split("_")[0][:4] + "_", "b_", "d_"])
    used: set[str] = set()
    opaque_rate = rng.choice((0.0, 0.0, 0.04, 0.1, 0.5 if rng.random() < 0.08 else 0.1))
    en_rate = rng.choice((0.0, 0.1, 0.3))
    cols: list[
        tuple[str, str | None, str, bool, values.Make, float, Any]
    ] = []  # (key, group, label, group is array, ...)
    for i, spec in enumerate(fields):
        body, _, group = spec.partition("@")
        concept, _, hint = body.partition(":")
        is_array = group.endswith("[]")
        group = group.rstrip("[]")
        flang = "en" if rng.random() < en_rate else lang
        options = lexicon.names_for(values.NAMED_AS.get(concept, concept), flang)
        base = rng.choice(options)
        if hint:
            hinted = [o for o in options if hint[:3] in o.lower()]
            base = rng.choice(hinted) if hinted else base
        if rng.random() < opaque_rate:
            key = rng.choice(OPAQUE).format(i=i + rng.choice((0, 1)))
        else:
            key = restyle(rng, base, prefix if not group else "")
        while key.lower() in used or (not key.strip()):
            key = f"{key}_{rng.randint(2, 9)}"
        used.add(key.lower())
        cat, make = values.FACTORIES[concept](g, base, hint)
        empty = rng.choice((0.0, 0.0, 0.0, 0.03, 0.1, 0.25, 0.5, 0.85 if rng.random() < 0.3 else 0.1))
        blank = rng.choice([None, "", "N/A", "null", "-", MISSING, "NaN", "0000-00-00" if "date" in concept else ""])
        cols.append((key, group or None, cat or "none", is_array, make, empty, blank))
    flat_sep = rng.choice([".", "_"])
    for _ in range(records):
        p = _person(g)
        rec: dict[str, Any] = {}
        if fmt == "json" and rng.random() < 0.9 and "_id" not in used:
            rec["_id"] = values.Oid("".join(rng.choice("0123456789abcdef") for _ in range(24)))
        for key, group, _cat, is_array, make, empty, blank in cols:
            v: Any = blank if rng.random() < empty else make(p)
            if fmt != "json" and group:
                path = f"{group}{flat_sep}{key}"
                if v is not MISSING:
                    rec[path] = v
                continue
            if group is None:
                if v is not MISSING:
                    rec[key] = v
            elif is_array:
                arr = rec.setdefault(group, [])
                if not arr:
                    arr.extend({} for _ in range(rng.choice((1, 1, 2))))
                if v is not MISSING:
                    for item in arr:
                        item[key] = v if item is arr[0] else make(p)
            else:
                if v is not MISSING:
                    rec.setdefault(group, {})[key] = v
        coll.records.append(rec)
    for key, group, cat, _is_array, _m, _e, _b in cols:
        path = key if not group else (f"{group}.{key}" if fmt == "json" else f"{group}{flat_sep}{key}")
        coll.labels[path] = cat
        if fmt == "json" and cat == values.GEO and any(isinstance(_get(r, path), dict) for r in coll.records):
            # a GeoJSON point's parts: its coordinates are coordinates, its type is not
            coll.labels[f"{path}.coordinates"] = values.GEO
            coll.labels[f"{path}.type"] = "none"
    return coll


def _get(rec: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        if not isinstance(rec, dict):
            return None
        rec = rec.get(part)  # type: ignore[assignment]
    return rec


def plan(seed: int) -> list[tuple[str, list[str], tuple[str, str], str, str]]:
    """(template, fields, value source, name language, format) per collection: every value locale
    once, every template at least once, every name language at least once."""
    rng = random.Random(f"genb-plan:{seed}")
    srcs = sources()
    rng.shuffle(srcs)
    tmpls = list(TEMPLATES)
    order: list[tuple[str, list[str]]] = []
    while len(order) < len(srcs):
        batch = list(tmpls)
        rng.shuffle(batch)
        order.extend(batch)
    out = []
    for i, src in enumerate(srcs):
        base = re.split(r"[_-]", src[1])[0]
        lang = _LANG_OF.get(base)
        if lang is None or rng.random() < 0.2:
            lang = rng.choice(lexicon.LANGS)
        fmt = rng.choices(["json", "csv", "tsv"], weights=[55, 35, 10])[0]
        out.append((order[i][0], order[i][1], src, lang, fmt))
    # every name language at least once (Malay has no value locale of its own)
    have = {o[3] for o in out}
    free = [i for i, o in enumerate(out) if _LANG_OF.get(re.split(r"[_-]", o[2][1])[0]) is None]
    for lang in lexicon.LANGS:
        if lang not in have and free:
            i = free.pop(0)
            t, f, s, _l, fm = out[i]
            out[i] = (t, f, s, lang, fm)
    return out


def generate(out: Path, seed: int = DEFAULT_SEED, records: int = 50) -> list[Coll]:
    out.mkdir(parents=True, exist_ok=True)
    colls: list[Coll] = []
    for idx, (tmpl, fields, src, lang, fmt) in enumerate(plan(seed)):
        rng = random.Random(f"genb-size:{seed}:{idx}")
        n = min(records, rng.choice((6, 12, 25, 50, 50, 50)))
        coll = build_collection(idx, seed, tmpl, fields, src, lang, fmt, n)
        canonical = rng.random() < 0.3
        colls.append(coll)
        if fmt == "json":
            with (out / f"{coll.file_id}.json").open("w", encoding="utf-8") as fh:
                for rec in coll.records:
                    fh.write(json.dumps(ext(rec, canonical), ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            delim = "," if fmt == "csv" else "\t"
            cols = list(coll.labels)
            list_sep = ";" if delim == "," else ", "
            with (out / f"{coll.file_id}.{fmt}").open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh, delimiter=delim)
                w.writerow(cols)
                for rec in coll.records:
                    w.writerow([cell(rec.get(c), list_sep) for c in cols])
    with (out / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "path", "category", "note"])
        for c in colls:
            for path, cat in c.labels.items():
                w.writerow([c.file_id, path, cat, ""])
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "template", "format", "records", "locale", "language"])
        for c in colls:
            w.writerow([c.file_id, c.template, c.fmt, len(c.records), c.locale, c.lang])
    return colls


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.getLogger("faker").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--records", type=int, default=50)
    a = ap.parse_args()
    colls = generate(a.out, a.seed, a.records)
    n = sum(len(c.labels) for c in colls)
    print(f"gen_b: {len(colls)} collections, {n} labelled fields in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    _ = UTC
    main()
