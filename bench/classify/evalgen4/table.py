"""One table: a template instantiated in one language and one output format, with its labels.

Labels are the generator's own: each field's label is its kind's category (``kinds.py``); paths are
dotted with arrays transparent (CSV: the header cell), an object of arrays prefixed by its key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import naming
import writers
from fieldnames import names_for
from kinds import KINDS, Kind
from langs import LANGS, Ctx
from templates import GROUPS, Template

EMPTY_MARKERS = (None, "", "N/A", "-", "null")


@dataclass
class Field:
    group: tuple[str, ...]
    array: bool
    name: str
    kind: Kind
    opt: int
    empty: float

    @property
    def keys(self) -> tuple[str, ...]:
        return (*self.group, self.name)


@dataclass
class Table:
    file_id: str
    fmt: str
    fields: list[Field] = field(default_factory=list)
    records: list[dict[str, object]] = field(default_factory=list)


def group_key(group: str, code: str, style: str) -> str:
    table = GROUPS[group]
    base = code if code.endswith(("_lat", "_py")) else code.split("_")[0]
    raw = table.get(code) or table.get(base) or table["en"]
    return naming.styled(raw, style)


def parse_token(token: str) -> tuple[str | None, bool, str | None, str, str, int]:
    """(group, is array, alias, kind, repeat mode '' / '*' / '!', count) of one spec token."""
    group: str | None = None
    array = False
    if "/" in token:
        g, token = token.split("/", 1)
        array = g.endswith("[]")
        group = g.removesuffix("[]")
    alias: str | None = None
    if ":" in token:
        alias, token = token.split(":", 1)
    mode, n = "", 1
    for m in ("*", "!"):
        if m in token:
            token, num = token.split(m)
            mode, n = m, int(num)
    return group, array, alias, token, mode, n


def make_fields(tpl: Template, ctx: Ctx, style: str, prefix: str) -> list[Field]:
    rng, code = ctx.rng, ctx.lang.code
    taken: dict[tuple[str, ...], set[str]] = {}
    out: list[Field] = []
    for token in tpl.spec.split():
        group, array, alias, kind_id, mode, n = parse_token(token)
        kind = KINDS[kind_id]
        gkeys = tuple(group_key(g, code, style) for g in group.split(".")) if group else ()
        base = naming.styled(alias or rng.choice(names_for(kind.names, code)), style)
        if not group and prefix and kind_id not in ("oid", "id"):
            base = prefix + base
        names = [base]
        if mode == "*":
            names += [naming.numbered(base, i, style) for i in range(2, n + 1)]
        elif mode == "!":
            names = [naming.checkbox(base, i) for i in range(1, n + 1)]
        elif rng.random() < 0.06:
            names = [naming.numbered(base, 1, style)]
        used = taken.setdefault(gkeys, set())
        for nm in names:
            nm = naming.unique(nm, used)
            used.add(nm)
            empty = 0.0 if rng.random() < 0.7 or kind.children else rng.uniform(0.05, 0.3)
            out.append(Field(gkeys, array, nm, kind, rng.randrange(1000), empty))
    return out


def value(f: Field, ctx: Ctx, empty_marker: object) -> object:
    if f.empty and ctx.rng.random() < f.empty:
        return empty_marker
    v = f.kind.make(ctx, f.opt)
    if isinstance(v, str) and v and f.opt % 23 == 5:  # padded cells, as some exports leave them
        v = f" {v} " if f.opt % 2 else v + "  "
    return v


def make_record(fields: list[Field], ctx: Ctx, empty_marker: object, drop_empty: bool) -> dict[str, object]:
    rec: dict[str, object] = {}
    arrays: dict[str, list[dict[str, object]]] = {}
    n_items = ctx.rng.randint(1, 3)
    for f in fields:
        if f.array:
            items = arrays.setdefault(f.group[0], [{} for _ in range(n_items)])
            for it in items:
                it[f.name] = value(f, ctx, empty_marker)
            rec.setdefault(f.group[0], items)
            continue
        v = value(f, ctx, empty_marker)
        if drop_empty and v is empty_marker:
            continue
        target = rec
        for g in f.group:
            sub = target.setdefault(g, {})
            assert isinstance(sub, dict)
            target = sub
        target[f.name] = v
    return rec


def build(tpl: Template, code: str, file_id: str, seed: int) -> Table:
    ctx = Ctx(LANGS[code], seed)
    rng = ctx.rng
    fmt = rng.choice(writers.FORMATS)
    style = naming.pick_style(rng, "csv" if writers.is_csv(fmt) else "json")
    t = Table(file_id, fmt, make_fields(tpl, ctx, style, naming.table_prefix(rng)))
    if writers.is_mongo(fmt) and not any(f.keys == ("_id",) for f in t.fields):
        t.fields.insert(0, Field((), False, "_id", KINDS["oid"], 0, 0.0))
    marker = rng.choice(EMPTY_MARKERS) if writers.is_csv(fmt) else rng.choice((None, None, ""))
    drop = not writers.is_csv(fmt) and rng.random() < 0.4  # mongo documents simply lack the key
    t.records = [make_record(t.fields, ctx, marker, drop) for _ in range(rng.randint(30, 60))]
    return t


def csv_sep(t: Table) -> str:
    return "." if sum(map(ord, t.file_id)) % 2 else "_"


def labels(t: Table, key: str) -> list[tuple[str, str]]:
    """(path, category) of every field of ``t``."""
    out: list[tuple[str, str]] = []
    if writers.is_csv(t.fmt):
        sep = csv_sep(t)
        return [(sep.join(f.keys), f.kind.category) for f in t.fields]
    lead = (key,) if t.fmt == "json_object" else ()
    for f in t.fields:
        path = ".".join((*lead, *f.keys))
        if f.kind.children:
            out += [(f"{path}.{c}", cat) for c, cat in f.kind.children]
        else:
            out.append((path, f.kind.category))
    return out


def flat_row(t: Table, rec: dict[str, object]) -> dict[str, object]:
    sep = csv_sep(t)
    row: dict[str, object] = {}
    for f in t.fields:
        cur: object = rec
        for k in f.keys:
            if isinstance(cur, list):
                cur = cur[0] if cur else None
            cur = cur.get(k) if isinstance(cur, dict) else None
        row[sep.join(f.keys)] = cur
    return row


def write(t: Table, out: Path, key: str) -> Path:
    path = out / (t.file_id + writers.EXT[t.fmt])
    if writers.is_csv(t.fmt):
        header = [p for p, _ in labels(t, key)]
        join = "json" if sum(map(ord, t.file_id)) % 3 == 0 else "|"
        excel = sum(map(ord, t.file_id)) % 5 == 0
        writers.write_csv(path, t.fmt, header, [flat_row(t, r) for r in t.records], join, excel)
    else:
        writers.write_json(path, t.fmt, t.records, key)
    return path

