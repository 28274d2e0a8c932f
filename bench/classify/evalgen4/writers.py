"""Output formats: how one table's records reach the disk.

- ``mongo``: mongoexport's default, one relaxed Extended JSON document a line, ``.json``;
- ``mongo_canonical``: mongoexport ``--jsonFormat=canonical``, ``.json``;
- ``mongo_v1``: mongoexport before 4.2 (Extended JSON v1 strict mode), ``.json``;
- ``mongo_array``: mongoexport ``--jsonArray`` (relaxed), ``.json``;
- ``json_array``: an application's JSON API dump, ``.json``;
- ``jsonl``: JSON Lines, ``.jsonl``;
- ``json_object``: a json-server style object of arrays (``{"records": [...]}``), ``.json``;
- ``csv`` (``,``), ``csv_semicolon`` (``;``, European spreadsheets), ``tsv`` (tab), flattened.

CSV flattening: nested keys joined by ``.`` (mongoexport) or ``_``; an array of objects keeps its first
element; a list of scalars becomes JSON text or ``|``-joined text.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import ejson

FORMATS = ("mongo", "mongo", "mongo_canonical", "mongo_v1", "mongo_array", "json_array", "json_array", "jsonl",
           "jsonl", "json_object", "csv", "csv", "csv", "csv_semicolon", "csv_semicolon", "tsv", "tsv")
EXT = {"mongo": ".json", "mongo_canonical": ".json", "mongo_v1": ".json", "mongo_array": ".json",
       "json_array": ".json", "jsonl": ".jsonl", "json_object": ".json", "csv": ".csv", "csv_semicolon": ".csv",
       "tsv": ".tsv"}
DELIM = {"csv": ",", "csv_semicolon": ";", "tsv": "\t"}


def is_mongo(fmt: str) -> bool:
    return fmt.startswith("mongo")


def is_csv(fmt: str) -> bool:
    return fmt in DELIM


def dumps(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False)


def write_json(path: Path, fmt: str, records: list[dict[str, object]], key: str) -> None:
    if fmt == "mongo":
        text = "".join(dumps(ejson.relaxed(r)) + "\n" for r in records)
    elif fmt == "mongo_canonical":
        text = "".join(dumps(ejson.canonical(r)) + "\n" for r in records)
    elif fmt == "mongo_v1":
        text = "".join(dumps(ejson.strict_v1(r)) + "\n" for r in records)
    elif fmt == "mongo_array":
        text = json.dumps([ejson.relaxed(r) for r in records], ensure_ascii=False, indent=1)
    elif fmt == "jsonl":
        text = "".join(dumps(ejson.plain(r)) + "\n" for r in records)
    elif fmt == "json_object":
        text = json.dumps({key: [ejson.plain(r) for r in records]}, ensure_ascii=False, indent=2)
    else:
        text = json.dumps([ejson.plain(r) for r in records], ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")


def cell(v: object, list_join: str) -> str:
    """One CSV cell: what a spreadsheet or a ``mongoexport --type=csv`` leaves."""
    if v is None:
        return ""
    v = ejson.plain(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        if list_join == "json" or any(isinstance(x, float | dict) for x in v):
            return json.dumps(v, ensure_ascii=False)
        return list_join.join(str(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def write_csv(path: Path, fmt: str, header: list[str], rows: list[dict[str, object]], list_join: str,
              excel: bool) -> None:
    """``excel``: every cell quoted and CRLF line ends, as spreadsheet exports write them."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=DELIM[fmt], lineterminator="\r\n" if excel else "\n",
                   quoting=csv.QUOTE_ALL if excel else csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([cell(r.get(h), list_join) for h in header])
    path.write_bytes(buf.getvalue().encode("utf-8"))
