"""SQL dumps as written by ``mysqldump``/``mariadb-dump``, ``pg_dump`` (plain format) and SQLite's ``.dump``.

Each table is a dataset, ``<file>.<table>``; a dump of more than one database (``pg_dumpall``,
``mysqldump --all-databases``: ``\\connect crm``, ``USE `crm```) names each
``<file>.<db>.<schema>.<table>``, one of more than one schema ``<file>.<schema>.<table>``, so two
tables of one name are never merged. Its columns are named by the ``INSERT``'s or
``COPY``'s column list, else by the table's ``CREATE TABLE``; the column types declared
there turn date and time text into datetimes and JSON text into documents, so the
classifier sees the same types as from a live server.

The dump is streamed: statements are gathered line by line (each bounded by
:data:`~ajar.sources.base.MAX_ELEMENT`) and only ``CREATE TABLE``, ``INSERT``/``REPLACE``
and ``COPY`` are parsed, with sqlglot's tokenizer for the dump's dialect (MySQL's backslash
escapes, PostgreSQL's ``''`` and ``E''`` strings, hex and bit literals): values are never
found by splitting on commas. ``COPY … FROM stdin`` blocks are PostgreSQL's text format:
tab-separated fields with backslash escapes and ``\\N`` for NULL, ending at ``\\.``.
``mysqldump --tab`` writes each table as a pair, ``t.sql`` (its ``CREATE TABLE`` only) and ``t.txt``
(rows in the same text format): the ``.txt`` is read as the table, its columns named by the ``.sql``,
which is no dataset of its own (:func:`tab_schema`, :func:`read_tab`).
Each table's rows are reservoir-sampled like every other file source; once a table has
given :data:`~ajar.sources.base.MAX_SCAN` rows its later statements are no longer parsed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ajar.names import theirs
from ajar.sources.base import (
    MAX_DIGITS,
    MAX_ELEMENT,
    MAX_VALUE,
    BadRecords,
    BudgetExceeded,
    FileDataset,
    Reservoir,
    Source,
    lines,
    open_regular,
    problem,
)

__all__ = ["looks_like_sql", "read_sql", "read_tab", "tab_schema", "tab_schema_only"]

_HEAD = 1 << 16
_TAB_SQL = 1 << 20  # mysqldump --tab's t.sql holds one table's definition: more than this is no such file
_DATA = re.compile(r"^[ \t]*(INSERT|REPLACE|COPY)\b", re.IGNORECASE | re.MULTILINE)
_CREATE = re.compile(r"^[ \t]*CREATE[ \t]+TABLE\b", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r";[ \t\r]*$", re.MULTILINE)  # the line a statement ends on
_START = re.compile(r"\s*(INSERT|REPLACE|CREATE\s+TABLE|COPY)\b", re.IGNORECASE)
#: characters a dump may have tokenized again for statements left open (a string still open at a line's ``;``): this
#: many times the characters read, and :data:`_RETRY_SLACK` more. Past it, a statement left open is tried again
#: only once it has doubled, so a stray quote followed by thousands of lines ending in ``;`` is no longer tokenized
#: whole at each of them (quadratic: 23 KB took 3.6 s); a real dump never comes near it
_RETRY_FACTOR = 8
_RETRY_SLACK = 1 << 20
#: tables (and table definitions) one dump is read for: the rows of the tables it names after these are counted,
#: not read. Each table keeps a sample and its definition while the dump is read (a 10 MB dump of 166,000 tables
#: took 841 MB; a 20 MB one ended as a note at the reader's memory limit, every table lost)
MAX_DUMP_TABLES = 20_000
# where the tables after it live: MySQL's USE, psql's \connect (pg_dumpall), an old pg_dump's search_path
_USE = re.compile(r"\s*USE\s+(`(?:[^`]|``)+`|\w+)\s*;", re.IGNORECASE)
_CONNECT = re.compile(r"\\c(?:onnect)?\s+(?:-reuse-previous=\S+\s+)?(\"(?:[^\"]|\"\")*\"|'[^']*'|\S+)")
_SEARCH_PATH = re.compile(r"\s*SET\s+search_path\s*(?:=|TO)\s*(\"(?:[^\"]|\"\")*\"|[^\s,;]+)", re.IGNORECASE)
#: tokens that are text, never a table's name (MySQL's REPLACE reads as a command followed by one string)
_STRINGS = frozenset(
    {"STRING", "NATIONAL_STRING", "BYTE_STRING", "RAW_STRING", "UNICODE_STRING", "HEREDOC_STRING", "HEX_STRING"}
)

#: a table as the dump names it: (database, schema, table), "" where the dump does not say
Key = tuple[str, str, str]
_SQL_HEAD = re.compile(rb"^\s*(--|/\*|(CREATE|INSERT|DROP|SET|PRAGMA|BEGIN|LOCK|COPY|SELECT|USE)\b)", re.IGNORECASE)
_DATE_TYPES = frozenset({"DATE"})
_TIME_TYPES = frozenset({"DATETIME", "TIMESTAMP", "TIMESTAMPTZ", "DATETIME2", "SMALLDATETIME"})
_JSON_TYPES = frozenset({"JSON", "JSONB"})
_NOT_COLUMNS = frozenset(
    {"PRIMARY", "KEY", "UNIQUE", "CONSTRAINT", "INDEX", "FOREIGN", "CHECK", "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE"}
)
_COPY_ESC = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_ESCAPED = re.compile("[\udc80-\udcff]")


def looks_like_sql(head: bytes) -> bool:
    """True when the first bytes read like an SQL script (a comment or a statement keyword first)."""
    text = head.lstrip(b"\xef\xbb\xbf")
    if not _SQL_HEAD.match(text):
        return False
    return bool(re.search(rb"\b(CREATE\s+TABLE|INSERT\s+INTO|COPY\s+\S+.*FROM\s+stdin)\b", text, re.IGNORECASE))


def _dialect(head: str) -> str:
    if "MySQL dump" in head or "MariaDB dump" in head or "`" in head:
        return "mysql"
    if "PostgreSQL database dump" in head or "pg_catalog" in head or re.search(r"FROM stdin;", head):
        return "postgres"
    if "PRAGMA foreign_keys" in head or "BEGIN TRANSACTION" in head:
        return "sqlite"
    return "postgres"


def _tokenizer(dialect: str) -> Any:
    if dialect == "mysql":
        from sqlglot.dialects.mysql import MySQL

        return MySQL().tokenizer()
    if dialect == "sqlite":
        from sqlglot.dialects.sqlite import SQLite

        return SQLite().tokenizer()
    from sqlglot.dialects.postgres import Postgres

    return Postgres().tokenizer()


@dataclass
class _Table:
    key: Key
    res: Reservoir
    columns: list[str] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)
    rows: int = 0
    complete: bool = True


class _Dump:
    def __init__(self, src: Source, sample: int, name: str, max_scan: int, dialect: str) -> None:
        self.src, self.sample, self.name, self.max_scan = src, sample, name, max_scan
        self.dialect = dialect
        self.tok = _tokenizer(dialect)
        self.tables: dict[Key, _Table] = {}
        self.schema: dict[Key, tuple[list[str], dict[str, str]]] = {}
        #: the tables and definitions met, by (database, table): what an unqualified name may mean (:meth:`resolve`)
        self.known: dict[tuple[str, str], set[Key]] = {}
        self.db = ""  # the database the statements are in (USE, \connect), "" until the dump says
        self.search_path = ""  # the schema of an unqualified name (an old pg_dump's SET search_path)
        self.bad = BadRecords("statements")
        self.mended: list[int] = []  # lines whose text held undecodable bytes (first few)
        self.mended_count = 0
        #: the table of every statement past :data:`MAX_DUMP_TABLES` tables (never sampled: its reservoir is full),
        #: and how many such statements there were
        self.sink = _Table(("", "", ""), Reservoir(0, name, 0))
        self.past = 0

    def key(self, parts: list[str]) -> Key:
        """A table's key from its name's parts (``people``, ``crm.people``, ``db.crm.people``)."""
        if self.dialect == "mysql":  # db.table: MySQL has no schema level
            return (parts[-2] if len(parts) > 1 else self.db, "", parts[-1])
        if len(parts) > 2:
            return (parts[-3], parts[-2], parts[-1])
        return (self.db, parts[-2] if len(parts) > 1 else self.search_path, parts[-1])

    def resolve(self, key: Key) -> Key:
        """The known table a name means: ``people`` is ``public.people`` when only that one is known."""
        if key in self.tables or key in self.schema or key[1]:
            return key
        known = self.known.get((key[0], key[2]), set())  # (a scan of every known table per name was quadratic)
        return next(iter(known)) if len(known) == 1 else key

    def met(self, key: Key) -> None:
        """Index a table or definition met, for :meth:`resolve`."""
        self.known.setdefault((key[0], key[2]), set()).add(key)

    def table(self, key: Key) -> _Table:
        t = self.tables.get(key)
        if t is None:
            if len(self.tables) >= MAX_DUMP_TABLES:
                self.past += 1
                return self.sink
            cols, types = self.schema.get(key, ([], {}))
            res = Reservoir(self.sample, ".".join([self.name, *filter(None, key)]), self.max_scan)
            t = _Table(key, res, list(cols), dict(types))
            self.tables[key] = t
            self.met(key)
        return t

    def names(self) -> dict[Key, str]:
        """Each table's dataset name: the table, with its schema when the dump holds more than one schema,
        and with its database and schema when the dump holds more than one database."""
        dbs = {k[0] for k in self.tables}
        schemas = {k[1] for k in self.tables}
        out = {}
        for k in self.tables:
            parts = k if len(dbs) > 1 else k[1:] if len(schemas) > 1 else k[2:]
            out[k] = ".".join([self.name, *filter(None, parts)])
        return out

    def context(self, line: str) -> None:
        """Follow a line between statements that says where the next tables live (USE, \\connect, search_path)."""
        if m := _USE.match(line):
            self.db = _unquote(m[1])[:256]
        elif m := _CONNECT.match(line):
            db = _unquote(m[1])
            if m2 := re.fullmatch(r"dbname='((?:[^']|'')*)'", db):  # -reuse-previous=on "dbname='a b'"
                db = m2[1].replace("''", "'")
            self.db, self.search_path = db[:256], ""
        elif m := _SEARCH_PATH.match(line):
            self.search_path = _unquote(m[1])[:256] if m[1] not in ("''", "pg_catalog") else ""

    def note(self, lineno: int, what: str) -> None:
        self.bad.add(f"line {lineno:,}", what)

    def notes(self) -> list[str]:
        """What the dump's reading met: statements that could not be read, bytes replaced."""
        out = []
        if self.mended:
            where = ", ".join(f"line {n:,}" for n in self.mended) + (" and more" if self.mended_count > 3 else "")
            out.append(f"undecodable bytes replaced (U+FFFD) on {where}; the rest of each row read")
        if self.past:
            out.append(f"the dump names more than {MAX_DUMP_TABLES:,} tables: {self.past:,} statements of the "
                       f"tables after the first {MAX_DUMP_TABLES:,} were not read")
        return out + self.bad.notes()

    # -- statements --

    def statement(self, text: str, lineno: int, fh: Iterator[str | None]) -> int:
        """Handle one gathered statement; returns the lines a following COPY block used."""
        from sqlglot.errors import TokenError

        kw = text.lstrip()[:7].split(None, 1)[0].upper()
        if kw == "COPY":
            return self.copy(text, lineno, fh)
        if kw == "REPLACE":  # tokenized as an INSERT: sqlglot reads REPLACE as a command and the rest as text
            text = "INSERT" + text.lstrip()[7:]
        if kw in ("INSERT", "REPLACE"):
            try:  # the head alone (a long INSERT … SET may be cut inside a string there)
                head = self.tok.tokenize(text[: min(len(text), 2048)].split("VALUES", 1)[0].split("values", 1)[0])
            except TokenError:
                head = []
            parts = _table_name(head, 2)
            key = self.resolve(self.key(parts)) if parts else None
            if key is not None and key in self.tables and self.tables[key].res.full:
                self.tables[key].complete = False
                return 0
        try:
            tokens = self.tok.tokenize(text)
        except TokenError:
            raise
        if kw == "CREATE":
            self.create(tokens)
        else:
            self.insert(tokens, lineno)
        return 0

    def create(self, tokens: list[Any]) -> Key | None:
        """Keep a CREATE TABLE's columns and types for its table's rows; its key, or None."""
        i = 2
        while i < len(tokens) and tokens[i].text.upper() in ("IF", "NOT", "EXISTS"):
            i += 1
        parts = _table_name(tokens, i)
        j = next((k for k in range(i, len(tokens)) if tokens[k].text == "("), None)
        if parts is None or j is None:
            return None
        key = self.key(parts)
        cols: list[str] = []
        types: dict[str, str] = {}
        for part in _split(tokens, j):
            if not part or _constraint(part[0]):
                continue
            col = part[0].text[:256]
            cols.append(col)
            if len(part) > 1:
                types[col] = part[1].text.upper()
        if key not in self.schema and len(self.schema) >= MAX_DUMP_TABLES:
            return key  # a definition past the bound: its table's rows, if any, go to the sink
        self.schema[key] = (cols, types)
        self.met(key)
        if key in self.tables and not self.tables[key].columns:
            self.tables[key].columns, self.tables[key].types = cols, types
        return key

    def insert(self, tokens: list[Any], lineno: int) -> None:
        i = 1
        while i < len(tokens) and tokens[i].text.upper() in ("IGNORE", "INTO", "LOW_PRIORITY", "DELAYED", "OR"):
            i += 1
            if tokens[i - 1].text.upper() == "OR":  # INSERT OR REPLACE/IGNORE (SQLite)
                i += 1
        parts = _table_name(tokens, i)
        if parts is None:
            self.note(lineno, "an INSERT without a table name")
            return
        t = self.table(self.resolve(self.key(parts)))
        if t is self.sink:
            return
        while i + 1 < len(tokens) and tokens[i + 1].text == ".":
            i += 2
        if i + 1 < len(tokens) and tokens[i + 1].text.upper() == "SET":  # MySQL's INSERT INTO t SET a=1, b=2
            pairs = [p for p in _assignments(tokens, i + 2) if len(p) > 2 and p[1].text == "="]
            self.row(t, [p[0].text[:256] for p in pairs], [_value(p[2:]) for p in pairs], lineno)
            t.complete = t.complete and not t.res.full
            return
        while i < len(tokens) and tokens[i].text != "(" and tokens[i].text.upper() not in ("VALUES", "VALUE"):
            i += _overriding(tokens, i) or 1
        columns = t.columns
        if i < len(tokens) and tokens[i].text == "(":
            columns = [p[0].text[:256] for p in _split(tokens, i) if p]
            i = _close(tokens, i) + 1
        i += _overriding(tokens, i)
        if i >= len(tokens) or tokens[i].text.upper() not in ("VALUES", "VALUE"):
            self.note(lineno, "an INSERT without VALUES (INSERT … SELECT is not read)")
            return
        i += 1
        while i < len(tokens) and tokens[i].text == "(":
            end = _close(tokens, i)
            if tokens[end].token_type.name != "R_PAREN":
                self.note(lineno, "a row of VALUES that does not close")
                return
            values = [_value(p) for p in _split(tokens, i)]
            self.row(t, columns, values, lineno)
            i = end + 1
            if i < len(tokens) and tokens[i].text == ",":
                i += 1
            if t.res.full:
                t.complete = False
                return

    def copy(self, text: str, lineno: int, fh: Iterator[str | None]) -> int:
        tokens = self.tok.tokenize(text)
        parts = _table_name(tokens, 1)
        t = self.table(self.resolve(self.key(parts or ["copy"])))
        columns = t.columns
        i = next((k for k in range(1, len(tokens)) if tokens[k].text == "("), None)
        if i is not None and i < 8:
            columns = [p[0].text[:256] for p in _split(tokens, i) if p]
        used = 0
        while True:
            line = next(fh, "")
            used += 1
            if line is None:
                self.note(lineno + used, f"longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                continue
            if not line:
                self.note(lineno + used, "a COPY block without its end marker")
                return used
            line = line.rstrip("\n").rstrip("\r")
            if line == "\\.":
                return used
            if used % 1024 == 0:
                self.src.budget.check_time()
            if t.res.full:
                t.complete = False
                continue
            self.row(t, columns, [_copy_field(f) for f in line.split("\t")], lineno + used)

    def row(self, t: _Table, columns: list[str], values: list[Any], lineno: int) -> None:
        t.rows += 1
        if any(isinstance(v, str) and _ESCAPED.search(v) for v in values):
            # bytes that were not UTF-8 (read as surrogate escapes, to keep _binary strings exact): U+FFFD in text
            values = [_ESCAPED.sub("\ufffd", v) if isinstance(v, str) else v for v in values]
            self.mended_count += 1
            if len(self.mended) < 3:
                self.mended.append(lineno)
        names = (
            columns
            if len(columns) >= len(values)
            else columns + [f"column{k + 1}" for k in range(len(columns), len(values))]
        )
        rec = {}
        for col, v in zip(names, values, strict=False):
            if v is None:
                continue
            rec[col] = _typed(v, t.types.get(col, ""))
        t.res.offer(rec)


def _typed(v: Any, typ: str) -> Any:
    if not isinstance(v, str):
        return v
    try:
        if typ in _DATE_TYPES and len(v) == 10:
            return date.fromisoformat(v)
        if typ in _TIME_TYPES:
            return datetime.fromisoformat(v.replace(" ", "T", 1))
        if typ in _JSON_TYPES and v[:1] in "{[":
            return json.loads(v)
    except (ValueError, RecursionError):
        return v
    return v


def _table_name(tokens: list[Any], i: int) -> list[str] | None:
    """The parts of the table name starting at token ``i`` (``db.t``, ```t```, ``"s"."t"``), or None.

    A string is never a name: text a statement holds must not become a dataset's name.
    """
    parts: list[str] = []
    while i < len(tokens):
        tok = tokens[i]
        if tok.text in ("(", ";") or tok.text.upper() in ("VALUES", "VALUE", "FROM", "AS", "SELECT", "DEFAULT"):
            break
        if tok.token_type.name in _STRINGS:
            return None
        parts.append(tok.text[:256])
        if i + 1 >= len(tokens) or tokens[i + 1].text != ".":
            break  # the name ends (OVERRIDING SYSTEM VALUE, SET, ... may follow)
        i += 2
    return parts[-3:] or None


def _unquote(name: str) -> str:
    """A name as written without its quotes: ```crm```, ``"crm"``, ``'crm'``."""
    if len(name) > 1 and name[0] == name[-1] and name[0] in "`\"'":
        return name[1:-1].replace(name[0] * 2, name[0])
    return name


def _assignments(tokens: list[Any], i: int) -> list[list[Any]]:
    """The comma-separated ``col = value`` groups of MySQL's ``INSERT … SET`` from token ``i`` to the end."""
    parts: list[list[Any]] = [[]]
    depth = 0
    for tok in tokens[i:]:
        name = tok.token_type.name
        if depth == 0 and name in ("SEMICOLON", "ON"):  # ON DUPLICATE KEY UPDATE
            break
        depth += (name == "L_PAREN") - (name == "R_PAREN")
        if name == "COMMA" and depth == 0:
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


def _constraint(tok: Any) -> bool:
    """True when a CREATE TABLE's part starting with ``tok`` is a key or constraint, not a column (MySQL's
    tokenizer gives ``PRIMARY KEY`` as one token; a quoted `key` is a column)."""
    words = tok.text.upper().split(None, 1)
    return tok.token_type.name != "IDENTIFIER" and bool(words) and words[0] in _NOT_COLUMNS


def _overriding(tokens: list[Any], i: int) -> int:
    """3 when PostgreSQL's ``OVERRIDING SYSTEM VALUE`` (or ``USER``) starts at ``i`` (pg_dump writes it before
    the VALUES of a table with an identity column), else 0."""
    words = [x.text.upper() for x in tokens[i : i + 3]]
    return 3 if words in (["OVERRIDING", "SYSTEM", "VALUE"], ["OVERRIDING", "USER", "VALUE"]) else 0


def _close(tokens: list[Any], i: int) -> int:
    """The index of the parenthesis closing the one at ``i``."""
    depth = 0
    for k in range(i, len(tokens)):
        t = tokens[k].text
        if t == "(" and tokens[k].token_type.name == "L_PAREN":
            depth += 1
        elif t == ")" and tokens[k].token_type.name == "R_PAREN":
            depth -= 1
            if depth == 0:
                return k
    return len(tokens) - 1


def _split(tokens: list[Any], i: int) -> list[list[Any]]:
    """The comma-separated token groups inside the parentheses opened at ``i``."""
    parts: list[list[Any]] = [[]]
    depth = 0
    for k in range(i, len(tokens)):
        tok = tokens[k]
        name = tok.token_type.name
        if name in ("L_PAREN", "L_BRACKET"):
            depth += 1
            if depth == 1:
                continue
        elif name in ("R_PAREN", "R_BRACKET"):
            depth -= 1
            if depth == 0:
                break
        elif name == "COMMA" and depth == 1:
            parts.append([])
            continue
        parts[-1].append(tok)
    return parts if parts != [[]] else []


def _value(toks: list[Any], depth: int = 0) -> Any:
    """One literal from its tokens: strings, numbers, NULL, booleans, hex/bit literals; casts dropped.

    The sqlite3 shell's ``.dump`` writes text holding control characters as
    ``replace('a\\nb','\\n',char(10))``: those two functions are evaluated, no other.
    """
    if toks and toks[0].text.upper() in ("REPLACE", "CHAR") and len(toks) > 1 and toks[1].text == "(" and depth < 8:
        args = [_value(a, depth + 1) for a in _split(toks, 1)]
        if toks[0].text.upper() == "CHAR":
            try:
                return "".join(chr(a) for a in args if isinstance(a, int))
            except (ValueError, OverflowError):
                return None
        if len(args) == 3 and all(isinstance(a, str) for a in args):
            return args[0].replace(args[1], args[2])[: MAX_VALUE * 4]
        return None
    sign = 1
    binary = False
    for tok in toks:
        name = tok.token_type.name
        text = tok.text
        if name == "DASH":
            sign = -sign
            continue
        if name == "PLUS":
            continue
        if name == "INTRODUCER":
            binary = text.lower() == "_binary"
            continue
        if name in ("STRING", "NATIONAL_STRING", "BYTE_STRING", "RAW_STRING", "UNICODE_STRING", "HEREDOC_STRING"):
            text = text[: MAX_VALUE * 4]
            return text.encode("utf-8", "surrogateescape") if binary else text
        if name == "NUMBER":
            if len(text) > MAX_DIGITS:  # kept as text: Python refuses to convert more than 4,300 digits
                return text[: MAX_VALUE * 4] if sign > 0 else "-" + text[: MAX_VALUE * 4]
            try:
                n: Any = int(text)
            except ValueError:
                try:
                    n = float(text)
                except ValueError:
                    return None
            if isinstance(n, int) and abs(n) >= 1 << 64:
                return text if sign > 0 else "-" + text
            return sign * n
        if name == "HEX_STRING":
            h = text[: MAX_VALUE * 2]
            try:
                return bytes.fromhex(h if len(h) % 2 == 0 else "0" + h)
            except ValueError:
                return None
        if name == "BIT_STRING":
            try:
                return int(text[:64], 2)
            except ValueError:
                return None
        if name == "NULL":
            return None
        if name in ("TRUE", "FALSE"):
            return name == "TRUE"
        return None  # a function call or an expression: not a literal value
    return None


def _copy_field(f: str) -> Any:
    """One field of PostgreSQL's COPY text format: ``\\N`` is NULL, backslash escapes decoded."""
    if f == "\\N":
        return None
    if "\\" not in f:
        return f[: MAX_VALUE * 4]
    out = []
    i = 0
    n = len(f)
    while i < n:
        c = f[i]
        if c == "\\" and i + 1 < n:
            d = f[i + 1]
            if d in _COPY_ESC:
                out.append(_COPY_ESC[d])
                i += 2
                continue
            if d in "01234567":
                j = i + 1
                while j < n and j < i + 4 and f[j] in "01234567":
                    j += 1
                out.append(chr(int(f[i + 1 : j], 8)))
                i = j
                continue
            if d == "x":
                j = i + 2
                while j < n and j < i + 4 and f[j] in "0123456789abcdefABCDEF":
                    j += 1
                if j > i + 2:
                    out.append(chr(int(f[i + 2 : j], 16)))
                    i = j
                    continue
            out.append(d)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)[: MAX_VALUE * 4]


def read_sql(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset per table of an SQL dump."""
    from sqlglot.errors import TokenError

    size = src.size or 0
    error: str | None = None
    dump = _Dump(src, sample, name, max_scan, "postgres")
    try:
        with src.open() as raw:
            head = raw.read(_HEAD).decode("utf-8", "replace")
        dump = _Dump(src, sample, name, max_scan, _dialect(head))
        with src.open() as raw:
            # bytes that are not UTF-8 survive as surrogate escapes, so a _binary string keeps its bytes
            fh = (None if b is None else b.decode("utf-8", "surrogateescape") for b in lines(raw, src.budget))
            buf: list[str] = []
            buflen = 0
            start = lineno = 0
            read = retried = tried = 0  # characters read; tokenized again; the open statement's at its last try
            for line in fh:
                lineno += 1
                read += len(line or "")
                if lineno % 256 == 0:
                    src.budget.check_time()
                if line is None:  # longer than an element: skipped unread, and the statement it was part of
                    dump.note(lineno, f"longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                    buf, buflen, tried = [], 0, 0
                    continue
                if buf and _START.match(line) and _whole(dump, line):
                    # a statement that never closed (an unbalanced quote) before a new, whole one: the
                    # open one is a note, and does not swallow the statements after it
                    dump.note(start, "a statement with an unclosed string, skipped")
                    buf, buflen, tried = [], 0, 0
                if not buf:
                    if not _START.match(line):
                        dump.context(line)
                        continue
                    start = lineno
                buf.append(line)
                buflen += len(line)
                if buflen > MAX_ELEMENT:
                    dump.note(start, f"a statement longer than {MAX_ELEMENT >> 20} MiB, skipped")
                    buf, buflen, tried = [], 0, 0
                    continue
                if not line.rstrip().endswith(";"):
                    continue
                if tried and buflen < 2 * tried and retried > _RETRY_FACTOR * read + _RETRY_SLACK:
                    continue  # left open, and tried again too often: the next try once it has doubled
                text = "".join(buf)
                src.budget.check_time()
                try:
                    lineno += dump.statement(text, start, fh)
                except TokenError:
                    retried += buflen if tried else 0
                    tried = buflen
                    continue  # a string still open (a value holding ";\n"): gather the next line too
                except BudgetExceeded:
                    raise
                except Exception as exc:  # noqa: BLE001 - one statement the tokenizer chokes on is a note
                    dump.note(start, f"a statement that does not parse ({type(exc).__name__})")
                buf, buflen, tried = [], 0, 0
            if buf:
                dump.note(start, "the dump ends inside a statement (truncated?)")
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, "reading stopped", exc)
    kind = f"sql_{dump.dialect}"
    if not dump.tables:
        yield FileDataset(name, kind, None, size, [], error or f"{src.shown}: an SQL script without table data")
        return
    names = dump.names()
    for t in dump.tables.values():
        records = t.rows if (t.complete and error is None) else None
        notes = [f"read as {_LABEL[dump.dialect]}", *dump.notes()]
        yield FileDataset(names[t.key], kind, records, size, t.res.items, error, notes)


def tab_schema(path: Path | None) -> str | None:
    """The ``CREATE TABLE`` of ``mysqldump --tab``'s ``t.sql`` beside the data file ``path`` (``t.txt``),
    or None when ``path`` is no such pair's data: the ``.sql`` is small, defines the table ``t`` and holds
    no rows."""
    if path is None or path.suffix != ".txt":
        return None
    try:
        with open_regular(path.with_suffix(".sql")) as fh:
            data = fh.read(_TAB_SQL + 1)
    except OSError:
        return None
    text = data.decode("utf-8", "replace")
    if len(data) > _TAB_SQL or _DATA.search(text) or not (m := _CREATE.search(text)):
        return None
    end = _END.search(text, m.start())
    create = text[m.start() : end.end() if end else len(text)]
    from sqlglot.errors import TokenError

    try:
        tokens = _tokenizer("mysql").tokenize(create)
    except TokenError:
        return None
    parts = _table_name(tokens, 2 + sum(t.text.upper() in ("IF", "NOT", "EXISTS") for t in tokens[2:5]))
    return create if parts and parts[-1] == path.stem else None


def tab_schema_only(path: Path | None, head: bytes) -> bool:
    """True for ``mysqldump --tab``'s ``t.sql`` (a table's definition, its rows in ``t.txt`` beside it)."""
    return path is not None and path.suffix == ".sql" and len(head) <= _TAB_SQL and (
        tab_schema(path.with_suffix(".txt")) is not None
    )


def read_tab(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """``mysqldump --tab``'s data file ``t.txt``: tab-separated rows (backslash escapes, ``\\N`` for NULL),
    its columns named and typed by the ``CREATE TABLE`` in ``t.sql`` beside it."""
    from sqlglot.errors import TokenError

    dump = _Dump(src, sample, name, max_scan, "mysql")
    create = tab_schema(src.disk)
    key = None
    if create is not None:
        try:
            key = dump.create(dump.tok.tokenize(create))
        except TokenError:
            key = None
    t = dump.table(key or ("", "", "t"))
    error: str | None = None
    lineno = 0
    try:
        with src.open() as raw:
            for line in lines(raw, src.budget):
                lineno += 1
                if lineno % 1024 == 0:
                    src.budget.check_time()
                if line is None:
                    dump.note(lineno, f"longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                    continue
                if t.res.full:
                    t.complete = False
                    break
                text = line.decode("utf-8", "surrogateescape").rstrip("\n").rstrip("\r")
                dump.row(t, t.columns, [_copy_field(f) for f in text.split("\t")], lineno)
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, "reading stopped", exc)
    sql = src.display.rsplit("/", 1)[-1].removesuffix(".txt") + ".sql"
    notes = [f"read as mysqldump --tab's data file, its columns named by {theirs(sql)} beside it", *dump.notes()]
    records = t.rows if (t.complete and error is None) else None
    yield FileDataset(name, "mysql_tab", records, src.size or 0, t.res.items, error, notes)


def _whole(dump: _Dump, line: str) -> bool:
    """True when ``line`` alone is a complete statement (it ends with ``;`` and tokenizes)."""
    if not line.rstrip().endswith(";") or len(line) > 1 << 20:
        return False
    try:
        dump.tok.tokenize(line)
    except Exception:  # noqa: BLE001 - any failure means: not whole
        return False
    return True


_LABEL = {
    "mysql": "a MySQL/MariaDB dump",
    "postgres": "a PostgreSQL plain-format dump",
    "sqlite": "SQLite .dump output",
}
