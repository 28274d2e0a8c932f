"""Documents printed by the MongoDB shells and saved to a file: ``mongosh``'s and the legacy ``mongo`` shell's.

``mongosh --quiet --eval 'db.people.find()' > people.txt`` writes what Node's ``util.inspect`` draws: a
JavaScript literal, not JSON, spread over lines as it fits 80 columns::

    [
      {
        _id: ObjectId('6b1604bf7dd5acfbc10e7ac5'),
        name: 'Ana Pérez',
        born: ISODate('1977-03-02T00:00:00.000Z'),
        address: { city: 'Madrid', geo: { lat: 40.4168, lon: -3.7038 } },
        note: 'first line\\n' +
          'second line',
        visits: Long('12')
      }
    ]
    Type "it" for more

Keys are bare or single-quoted, strings single-, double- or back-quoted with JavaScript's escapes, a long one
cut into pieces joined by ``+``; BSON values are constructor calls. The legacy shell's ``.pretty()`` prints
quoted keys (``"name" : "Ana"``) and its own constructors (``NumberLong(3)``, ``BinData(0, "…")``). Each
document (the elements of a printed array, or objects printed one after another: ``findOne()``,
``forEach(printjson)``) is one record under its real field names; the constructors are unwrapped as the
``mongoexport`` reader unwraps Extended JSON (``ObjectId('…')`` as ``{"$oid": "…"}``: :func:`jsonfile.loads`).
``Type "it" for more`` (the shell printed its first batch only) is a note; the shell's prompt lines (a session
copied from a terminal: ``crm> db.people.find()``) are no documents. What ``util.inspect`` left out
(``[Object]`` past its depth, ``... 3 more items``, ``... 900 more characters``) is left out here too.

Strings never span lines in this output (a line break is ``\\n``), so documents are found line by line, each
line and document bounded by :data:`~ajar.sources.base.MAX_ELEMENT`; a document is parsed with its values
bounded (:data:`~ajar.sources.base.MAX_RECORD_VALUES`) and its nesting (:data:`~ajar.sources.base.MAX_DEPTH`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ajar.sources.base import (
    MAX_DEPTH,
    MAX_ELEMENT,
    MAX_RECORD_VALUES,
    BadRecords,
    BudgetExceeded,
    FileDataset,
    Reservoir,
    Source,
    big_int,
    problem,
    text_lines,
)

__all__ = ["mongo_shell", "read_mongo_shell"]

# a bare or single-quoted key at a line's start (after the brackets that open there): JavaScript, never JSON
_BARE_KEY = re.compile(r"^[ \t]*(?:[\[{][ \t]*)*(?:[A-Za-z_$][\w$]*|'(?:[^'\\\n]|\\.)*')[ \t]*:[ \t]", re.M)
# the legacy shell's constructors (its .pretty() quotes keys as JSON does)
_LEGACY_CALL = re.compile(r"\b(?:ObjectId|ISODate|NumberLong|NumberInt|NumberDecimal|BinData|Timestamp|UUID)\(")
_LOOK = 16 << 10
# a shell's prompt and the command typed after it: ``crm> ``, ``rs0 [direct: primary] crm> ``, the legacy ``> `` and
# ``rs0:PRIMARY> ``
_PROMPT = re.compile(r"[\w.:-]*(?: [\w.-]+)*(?: \[[^\]\n]*\] [\w.-]+)?> [^\n]*\n")


def mongo_shell(head: bytes) -> bool:
    """Whether a file's first bytes are a MongoDB shell's printed documents spread over lines: a bracket first
    (after the shell's prompt and command, when a session was copied: ``crm> db.people.find()``), then a bare or
    single-quoted key at a line's start (mongosh), or a lone opening bracket on the first line and the legacy
    shell's constructors (``.pretty()``; its one-document-a-line ``find()`` is JSON Lines' reader's)."""
    text = head[:_LOOK].lstrip(b"\xef\xbb\xbf").decode("utf-8", "replace")
    body = text.lstrip()
    if m := _PROMPT.match(body):
        body = body[m.end() :].lstrip()
    if body[:1] not in ("[", "{"):
        return False
    if _BARE_KEY.search(body):
        return True
    return body.split("\n", 1)[0].strip() in ("{", "[") and _LEGACY_CALL.search(body) is not None


# --- finding the documents, line by line -----------------------------------------------------------------

# what moves the nesting, outside strings and regular expressions (a ``/`` begins one: there is no division); a
# string, class or expression left open runs to the line's end (its closer is optional), so each is scanned once: a
# line of unclosed quotes is linear, not quadratic (finditer tried each quote again to the end of the line)
_SCAN = re.compile(
    r"""[\[\]{}()]|'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|`(?:[^`\\]|\\.)*`?"""
    r"""|/(?:[^/\\\n\[]|\\.|\[(?:[^\]\\]|\\.)*\]?)*/?"""
)
_MORE = "Type \"it\" for more"


def read_mongo_shell(src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    """One dataset: the documents a MongoDB shell printed, one record each."""
    res = Reservoir(sample, name, max_scan)
    bad = BadRecords("documents")
    notes = ["read as a MongoDB shell's printed documents (mongosh or mongo): one record per document"]
    error: str | None = None
    complete = True
    more = False
    depth = 0
    level = 0  # the depth documents begin at: 1 inside a printed array, else 0
    doc: list[str] | None = None  # the lines of the document being read
    held = 0
    number = 0
    try:
        for _lineno, line in text_lines(src, bad):
            if line is None:  # too long, noted
                doc = None  # a document with a line too long: skipped, its end found by the nesting
                continue
            if depth == 0 and line.strip() == _MORE:
                more = True
                continue
            start = 0
            for m in _SCAN.finditer(line):
                c = m.group()[0]
                if c in "[{(":
                    if depth == level and c == "{":
                        number += 1
                        doc, held, start = [], 0, m.start()
                    elif depth == 0 and c == "[":
                        level = 1
                    depth += 1
                elif c in "]})":
                    depth = max(depth - 1, 0)
                    if depth == level and c == "}" and doc is not None:
                        doc.append(line[start : m.end()])
                        if res.full:
                            complete = False
                            break
                        _offer(res, bad, "".join(doc), number, src.budget.check_time)
                        doc = None
                    elif depth == 0 and c == "]":
                        level = 0
            if not complete:
                break
            if doc is not None:
                held += len(line) - start
                if held > MAX_ELEMENT:
                    bad.add(f"document {number:,}", f"longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                    doc = None
                else:
                    doc.append(line[start:])
        if doc is not None and complete:
            bad.add(f"document {number:,}", "the file ends inside it (cut short?)")
    except (OSError, BudgetExceeded) as exc:
        error = problem(src.display, f"reading stopped after {res.seen:,} documents", exc)
    if more:
        notes.append('the shell printed its first batch only (\'Type "it" for more\'): the collection holds more')
    if error is None and res.seen == 0 and not bad.count:
        error = f"{src.shown}: no document found in a MongoDB shell's output"
    records = res.seen if complete and error is None else None
    yield FileDataset(name, "mongo_shell", records, src.size or 0, res.items, error, notes + bad.notes())


def _offer(res: Reservoir, bad: BadRecords, text: str, number: int, check: Callable[[], None]) -> None:
    parser = _Parser(text, check)
    try:
        value = parser.document()
    except (ValueError, RecursionError) as exc:
        bad.add(f"document {number:,}", f"not a shell document ({exc})")
        return
    if parser.full:
        bad.add(f"document {number:,}", f"holds more than {MAX_RECORD_VALUES:,} values: its first are read")
    res.offer(value)


# --- one document --------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:"""
    r"""(?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)"""
    r"""|(?P<re>/(?:[^/\\\n\[]|\\.|\[(?:[^\]\\]|\\.)*\])+/[a-z]*)"""
    r"""|(?P<num>-?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)n?)"""
    r"""|(?P<more>\.\.\.\s*\d+\s+more\s+(?:items?|characters?|bytes?))"""
    r"""|(?P<hole><\d+\s+empty\s+items?>|<ref\s+\*\d+>)"""
    r"""|(?P<name>(?:new\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*|-Infinity)"""
    r"""|(?P<p>[\[\]{}(),:+]))"""
)
# ``[Object]``, ``[Array]``, ``[Circular *1]``, ``[Function: f]``, ``[Getter]``: what inspect did not print; the
# name in one is bounded (:data:`_PLACEHOLDER_NAME` characters), so that each ``[Function`` of a line none closes is
# not scanned to the line's end again (quadratic: 173 KB took 18 s)
_PLACEHOLDER_NAME = 256
_PLACEHOLDER = re.compile(
    rf"\[(?:Object|Array|Circular \*\d+|Setter|(?:Function|class |Getter)[^\]\n]{{0,{_PLACEHOLDER_NAME}}})\]"
)
_ESCAPE = re.compile(r"""\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|(\r\n|[\s\S]))""")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": "", "\r\n": ""}
_LITERALS: dict[str, Any] = {"true": True, "false": False, "null": None, "undefined": None,
                             "NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}  # fmt: skip


def _unescape(body: str) -> str:
    if "\\" not in body:
        return body

    def one(m: re.Match[str]) -> str:
        code = m[1] or m[2] or m[3]
        if code:
            n = int(code, 16)
            return chr(n) if n <= 0x10FFFF else "\ufffd"
        return _SIMPLE.get(m[4], m[4])

    text = _ESCAPE.sub(one, body)
    if any("\ud800" <= c <= "\udfff" for c in text):  # \uD83D\uDE00: a pair of halves is one character
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


class _Parser:
    """A recursive descent over one printed document, its values counted (past :data:`MAX_RECORD_VALUES` they
    are read and not kept) and its nesting bounded (past :data:`MAX_DEPTH` a container is read and dropped)."""

    def __init__(self, text: str, check: Callable[[], None]) -> None:
        self.check = check  # the time budget's, every 65,536 tokens
        self.count = 0
        self.text = _PLACEHOLDER.sub("undefined", text)
        self.left = MAX_RECORD_VALUES
        self.full = False  # the values a record keeps were read: the rest of the document is not
        self.kind = ""
        self.tok = ""
        self.pos = self.end = 0
        self.next()

    def next(self) -> None:
        # a token where the last one ended, or none: the end, or text that is no token (a search from there, as
        # finditer's, tried a run of spaces before such text again from each space: quadratic, 40 KB took 25 s)
        m = _TOKEN.match(self.text, self.end)
        if m is None:
            if self.text[self.end :].strip():
                raise ValueError(f"unexpected text at character {self.end:,}")
            self.kind, self.tok = "end", ""
            return
        self.end = m.end()
        self.kind, self.tok, self.pos = m.lastgroup or "", m[m.lastindex or 0], m.start()
        self.count += 1
        if not self.count & 0xFFFF:
            self.check()

    def expect(self, tok: str) -> None:
        if self.tok != tok:
            raise ValueError(f"'{tok}' expected at character {self.pos:,}")
        self.next()

    def document(self) -> Any:
        value = self.value(1)
        if self.kind != "end" and not self.full:
            raise ValueError(f"text after the document at character {self.pos:,}")
        if not isinstance(value, dict):
            raise ValueError("not an object")
        return value

    def value(self, depth: int) -> Any:
        self.left -= 1
        if self.left < 0:
            self.full = True
            return None
        kind, tok = self.kind, self.tok
        while kind == "hole" and tok.startswith("<ref"):  # <ref *1> { ... }: the object itself follows
            self.next()
            kind, tok = self.kind, self.tok
        if depth > MAX_DEPTH and tok in ("{", "[", "("):
            return self.skip()
        if tok == "{":
            return self.members(depth)
        if tok == "[":
            return self.items(depth)
        if kind == "str":
            return self.strings()
        self.next()
        if kind == "num":
            return _number(tok)
        if kind == "re":
            cut = tok.rindex("/")
            return self.wrapped({"$regularExpression": {"pattern": tok[1:cut], "options": tok[cut + 1 :]}})
        if kind == "name":
            if self.tok == "(":
                return self.call(tok, depth)
            if tok in _LITERALS:
                return _LITERALS[tok]
        raise ValueError(f"unexpected {kind or 'text'} at character {self.pos:,}")  # never the token: a value

    def skip(self) -> None:
        """A container nested too deep, read to its end without recursion and dropped."""
        depth = 0
        while self.kind != "end":
            if self.tok in ("{", "[", "("):
                depth += 1
            elif self.tok in ("}", "]", ")"):
                depth -= 1
                if depth == 0:
                    self.next()
                    return None
            self.next()
        raise ValueError("the document ends inside a container")

    def strings(self) -> str:
        """A string, or pieces joined by ``+``; a ``... N more characters`` after it is left out."""
        parts = []
        while True:
            parts.append(_unescape(self.tok[1:-1]))
            self.next()
            if self.kind == "more":
                self.next()
            if self.tok != "+":
                return "".join(parts)
            self.next()
            if self.kind != "str":
                raise ValueError(f"a string expected after + at character {self.pos:,}")

    def members(self, depth: int) -> dict[str, Any] | None:
        self.next()
        out: dict[str, Any] = {}
        keep = depth < MAX_DEPTH
        while self.tok != "}":
            if self.kind == "more":  # ... N more items
                self.next()
            else:
                if self.kind == "str":
                    key = _unescape(self.tok[1:-1])
                elif self.kind in ("name", "num"):
                    key = self.tok
                else:
                    raise ValueError(f"a key expected at character {self.pos:,}")
                self.next()
                self.expect(":")
                v = self.value(depth + 1)
                if keep and not (self.full and v is None):  # the container the values ran out in is kept as read
                    out[key] = v
                if self.full:
                    break
            self.comma("}")
        else:
            self.next()
        if not keep:
            return None
        return self.wrapped(out) if any(k[:1] == "$" for k in out) else out

    def items(self, depth: int) -> list[Any] | None:
        self.next()
        out: list[Any] = []
        keep = depth < MAX_DEPTH
        while self.tok != "]":
            if self.kind in ("more", "hole"):  # ... N more items, <3 empty items>
                self.next()
            else:
                v = self.value(depth + 1)
                if keep and not (self.full and v is None):
                    out.append(v)
                if self.full:
                    break
            self.comma("]")
        else:
            self.next()
        return out if keep else None

    def call(self, name: str, depth: int) -> Any:
        self.next()
        args: list[Any] = []
        while self.tok != ")":
            args.append(self.value(depth + 1))
            if self.full:
                return None
            self.comma(")")
        self.next()
        return _construct(name.removeprefix("new").strip(), args, self.wrapped)

    def comma(self, close: str) -> None:
        """Past the ``,`` after a member, an item or an argument, or at the container's ``close``."""
        if self.tok == ",":
            self.next()
        elif self.tok != close:
            raise ValueError(f"',' or '{close}' expected at character {self.pos:,}")

    @staticmethod
    def wrapped(d: dict[str, Any]) -> Any:
        from ajar.sources.jsonfile import unwrap

        return unwrap(d)


def _number(tok: str) -> int | float | str:
    if tok.endswith("n"):
        return big_int(tok[:-1])
    if any(c in tok for c in ".eE"):
        return float(tok)
    return big_int(tok)


def _construct(name: str, args: list[Any], wrap: Any) -> Any:
    """A shell constructor's value, as the Extended JSON it stands for is read; an unknown one is its argument."""
    one = args[0] if args else None
    text = one if isinstance(one, str) else None
    if name == "ObjectId" and text is not None:
        return wrap({"$oid": text})
    if name in ("ISODate", "Date") and text is not None:
        return wrap({"$date": text})
    if name in ("ISODate", "Date") and isinstance(one, int):
        return wrap({"$date": {"$numberLong": str(one)}})
    if name in ("Long", "NumberLong", "Int32", "NumberInt") and isinstance(one, str | int):
        return big_int(str(one).strip()) if str(one).strip().lstrip("-").isdigit() else one
    if name in ("Double",) and isinstance(one, int | float):
        return float(one)
    if name in ("Decimal128", "NumberDecimal") and isinstance(one, str | int | float):
        return wrap({"$numberDecimal": str(one)})
    if name == "UUID" and text is not None:
        return wrap({"$uuid": text})
    if name == "Timestamp" and isinstance(one, dict) and {"t", "i"} <= set(one):
        return wrap({"$timestamp": {"t": one["t"], "i": one["i"]}})
    if name == "Timestamp" and len(args) == 2:
        return wrap({"$timestamp": {"t": args[0], "i": args[1]}})
    if name == "Binary.createFromBase64" and text is not None:
        sub = args[1] if len(args) > 1 and isinstance(args[1], int) else 0
        return wrap({"$binary": {"base64": text, "subType": f"{sub:02x}"}})
    if name == "BinData" and len(args) == 2 and isinstance(args[1], str) and isinstance(one, int):
        return wrap({"$binary": {"base64": args[1], "subType": f"{one:02x}"}})
    if name in ("MinKey", "MaxKey") and not args:
        return wrap({f"${name[:3].lower()}Key": 1})
    if name == "DBRef" and len(args) >= 2 and text is not None:
        return wrap({"$ref": text, "$id": args[1]})
    if name == "BSONRegExp" and text is not None:
        flags = args[1] if len(args) > 1 and isinstance(args[1], str) else ""
        return wrap({"$regularExpression": {"pattern": text, "options": flags}})
    return one
