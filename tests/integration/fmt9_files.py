"""Files as real tools write them (mongoexport, mongodump, elasticdump, redis-cli, pg_dump, mysqldump,
SQLite, Excel/LibreOffice CSV, XLSX, Parquet, compressors, archives), made from synthetic people only.

Every builder writes into a folder and returns the path to scan. The people are made by Faker with a
fixed seed (Spanish locale: a DNI with its check letter, a +34 mobile); every e-mail and street carries
the canary ``canary-7f3a``, which must never be seen unmasked in anything ajar prints or writes.
"""

from __future__ import annotations

import bz2
import csv
import datetime as dt
import functools
import gzip
import io
import json
import lzma
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CANARY = "canary-7f3a"
FIELDS = ["id", "name", "email", "phone", "born", "dni", "address"]
#: the categories a person expects for the obvious fields
EXPECTED = {
    "name": "person.name",
    "email": "contact.email",
    "phone": "contact.phone",
    "born": "person.birth_date",
    "dni": "person.national_id",
}
N = 40
_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def people(n: int = N, seed: int = 9) -> list[dict[str, Any]]:
    """``n`` synthetic people: id, name, e-mail, phone, birth date (a ``date``), DNI, address."""
    return [dict(r) for r in _people(n, seed)]


@functools.cache
def _people(n: int, seed: int) -> tuple[dict[str, Any], ...]:
    from faker import Faker

    fake = Faker("es_ES")
    fake.seed_instance(seed)
    rows = []
    for i in range(n):
        first, last = fake.first_name(), fake.last_name()
        num = fake.random_int(10_000_000, 99_999_999)
        rows.append({
            "id": i + 1,
            "name": f"{first} {last}",
            "email": f"{first[:1].lower()}{i}.{CANARY}@example.org".replace("á", "a").replace("é", "e")
            .replace("í", "i").replace("ó", "o").replace("ú", "u").replace("ñ", "n"),
            "phone": f"+34 6{fake.random_int(10, 99)} {fake.random_int(100, 999)} {fake.random_int(100, 999)}",
            "born": fake.date_of_birth(minimum_age=18, maximum_age=90),
            "dni": f"{num}{_DNI[num % 23]}",
            "address": f"Calle {CANARY} {fake.random_int(1, 99)}, {fake.postcode()} {fake.city()}",
        })
    return tuple(rows)


def secrets_of(rows: list[dict[str, Any]]) -> list[str]:
    """What must never be seen whole: the canary, and every e-mail, phone and DNI written."""
    out = [CANARY, CANARY.upper()]
    for r in rows:
        out += [r["email"], r["dni"], r["phone"].replace(" ", "")[3:], r["phone"]]
    return out


def _plain(r: dict[str, Any]) -> dict[str, Any]:
    return {**r, "born": r["born"].isoformat()}


# ---------------------------------------------------------------- JSON family


def jsonl(d: Path) -> Path:
    p = d / "people.jsonl"
    p.write_text("".join(json.dumps(_plain(r), ensure_ascii=False) + "\n" for r in people()), encoding="utf-8")
    return p


def _mongo_docs() -> list[dict[str, Any]]:
    from bson import ObjectId

    docs = []
    for i, r in enumerate(people()):
        born = dt.datetime.combine(r["born"], dt.time(), tzinfo=dt.UTC)
        docs.append({"_id": ObjectId(f"{i + 1:024x}"), **{k: v for k, v in r.items() if k != "id"},
                     "id": r["id"], "born": born})
    return docs


def mongoexport(d: Path, mode: str = "relaxed", array: bool = False, pretty: bool = False) -> Path:
    """``mongoexport`` in one of its modes: ``relaxed`` (v2 default), ``canonical``, ``legacy`` (v1)."""
    from bson import json_util

    opts = {"relaxed": json_util.RELAXED_JSON_OPTIONS, "canonical": json_util.CANONICAL_JSON_OPTIONS,
            "legacy": json_util.LEGACY_JSON_OPTIONS}[mode]
    docs = [json_util.dumps(doc, json_options=opts, indent=2 if pretty else None) for doc in _mongo_docs()]
    p = d / "people.json"
    if array:
        p.write_text("[" + ",\n".join(docs) + "]\n" if not pretty else "[\n" + ",\n".join(docs) + "\n]\n")
    else:
        p.write_text("".join(doc + "\n" for doc in docs))
    return p


def mongodump(d: Path, gz: bool = False) -> Path:
    """``mongodump``'s tree: ``dump/crm/people.bson`` (or ``.bson.gz`` with ``--gzip``) and its metadata."""
    import bson

    coll = d / "dump" / "crm"
    coll.mkdir(parents=True)
    raw = b"".join(bson.encode(doc) for doc in _mongo_docs())
    if gz:
        (coll / "people.bson.gz").write_bytes(gzip.compress(raw))
        meta = b'{"indexes":[],"uuid":"0","collectionName":"people"}'
        (coll / "people.metadata.json.gz").write_bytes(gzip.compress(meta))
    else:
        (coll / "people.bson").write_bytes(raw)
        (coll / "people.metadata.json").write_text('{"indexes":[{"v":2,"key":{"_id":1},"name":"_id_"}],'
                                                    '"uuid":"a7c1","collectionName":"people","type":"collection"}')
    return d / "dump"


def _hit(i: int, r: dict[str, Any]) -> dict[str, Any]:
    return {"_index": "people", "_type": "_doc", "_id": str(i + 1), "_score": 1, "_source": _plain(r)}


def elasticdump(d: Path) -> Path:
    p = d / "people_data.json"
    p.write_text("".join(json.dumps(_hit(i, r), ensure_ascii=False) + "\n" for i, r in enumerate(people())))
    return p


def es_search(d: Path, scroll: bool = False) -> Path:
    """What ``curl 'host:9200/people/_search?size=40'`` (or a ``scroll`` page) saves."""
    hits = [_hit(i, r) for i, r in enumerate(people())]
    body: dict[str, Any] = {"took": 3, "timed_out": False,
                            "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
                            "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": 1.0, "hits": hits}}
    if scroll:
        body = {"_scroll_id": "FGluY2x1ZGVfY29udGV4dF91dWlkDXF1ZXJ5QW5kRmV0Y2gBFkFBQUFBQUFBQUFB", **body}
    p = d / "people_search.json"
    p.write_text(json.dumps(body, ensure_ascii=False, indent=2))
    return p


def es_bulk(d: Path) -> Path:
    p = d / "people.bulk"
    lines = []
    for i, r in enumerate(people()):
        lines.append(json.dumps({"index": {"_index": "people", "_id": str(i + 1)}}))
        lines.append(json.dumps(_plain(r), ensure_ascii=False))
    p.write_text("\n".join(lines) + "\n")
    return p


def pretty_array(d: Path) -> Path:
    p = d / "people.json"
    p.write_text(json.dumps([_plain(r) for r in people()], ensure_ascii=False, indent=4))
    return p


def jsonl_mixed(d: Path) -> Path:
    """JSON Lines as an application log writes them: the same people in three shapes, blank lines."""
    out = []
    for i, r in enumerate(people()):
        r = _plain(r)
        if i % 3 == 0:
            out.append(json.dumps(r, ensure_ascii=False))
        elif i % 3 == 1:
            out.append(json.dumps({k: v for k, v in r.items() if k not in ("address", "dni")} | {"tags": ["a", "b"]}))
        else:
            out.append(json.dumps({"id": r["id"], "name": r["name"], "email": r["email"], "phone": r["phone"],
                                   "born": r["born"], "dni": r["dni"], "extra": {"score": i, "ok": True}}))
        if i % 10 == 9:
            out.append("")
    p = d / "events.jsonl"
    p.write_text("\n".join(out) + "\n")
    return p


def one_line_10mb(d: Path) -> Path:
    """``mongoexport --jsonArray`` of a big collection: one line of about 10 MB."""
    base = [_plain(r) for r in people()]
    rows = []
    i = 0
    size = 0
    while size < 10_000_000:
        r = dict(base[i % len(base)], id=i + 1)
        s = json.dumps(r, ensure_ascii=False)
        rows.append(s)
        size += len(s) + 1
        i += 1
    p = d / "big.json"
    p.write_text("[" + ",".join(rows) + "]")
    return p


# ---------------------------------------------------------------- key-value


def redis_csv(d: Path) -> Path:
    """``for k in $(redis-cli --scan --pattern 'user:*'); do redis-cli --csv HGETALL $k; done > users.csv``"""
    lines = []
    for r in people():
        cells = []
        for k in ("name", "email", "phone", "born", "dni"):
            cells += [k, str(_plain(r)[k])]
        lines.append(",".join(f'"{c}"' for c in cells))
    p = d / "users.csv"
    p.write_text("\n".join(lines) + "\n")
    return p


# ---------------------------------------------------------------- SQL dumps


def _sql(v: Any) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'") + "'"


def mysqldump(d: Path) -> Path:
    rows = people()
    rows[3]["address"] = "Calle O'Donnell " + CANARY + " 3, 28009 Madrid"
    values = ",".join("(" + ",".join(_sql(_plain(r)[k]) for k in FIELDS) + ")" for r in rows)
    text = f"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: crm
-- ------------------------------------------------------
-- Server version\t8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table `people`
--

DROP TABLE IF EXISTS `people`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `people` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `email` varchar(100) DEFAULT NULL,
  `phone` varchar(20) DEFAULT NULL,
  `born` date DEFAULT NULL,
  `dni` char(9) DEFAULT NULL,
  `address` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT={len(rows) + 1} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `people`
--

LOCK TABLES `people` WRITE;
/*!40000 ALTER TABLE `people` DISABLE KEYS */;
INSERT INTO `people` VALUES {values};
/*!40000 ALTER TABLE `people` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

-- Dump completed on 2026-12-06 21:00:00
"""
    p = d / "crm.sql"
    p.write_text(text)
    return p


def mysqldump_tab(d: Path) -> Path:
    """``mysqldump --tab=DIR crm people``: ``people.sql`` (the table) and ``people.txt`` (TSV, ``\\N``)."""
    rows = people()
    (d / "people.sql").write_text(mysqldump(d).read_text().split("--\n-- Dumping data")[0])
    (d / "crm.sql").unlink()
    lines = []
    for i, r in enumerate(rows):
        vals = [str(_plain(r)[k]) for k in FIELDS]
        if i % 5 == 0:
            vals[6] = "\\N"
        lines.append("\t".join(vals))
    (d / "people.txt").write_text("\n".join(lines) + "\n")
    return d


def _pg_header() -> str:
    return """--
-- PostgreSQL database dump
--

-- Dumped from database version 15.5 (Debian 15.5-0+deb12u1)
-- Dumped by pg_dump version 15.5 (Debian 15.5-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: people; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.people (
    id integer NOT NULL,
    name text,
    email character varying(100),
    phone text,
    born date,
    dni character(9),
    address text
);


ALTER TABLE public.people OWNER TO app;

"""


def pg_dump_copy(d: Path) -> Path:
    rows = people()
    body = ["--\n-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n",
            "COPY public.people (id, name, email, phone, born, dni, address) FROM stdin;\n"]
    for i, r in enumerate(rows):
        vals = [str(_plain(r)[k]).replace("\\", "\\\\").replace("\t", "\\t") for k in FIELDS]
        if i % 7 == 0:
            vals[6] = "\\N"
        body.append("\t".join(vals) + "\n")
    body.append("\\.\n\n\n--\n-- PostgreSQL database dump complete\n--\n\n")
    p = d / "crm.sql"
    p.write_text(_pg_header() + "".join(body))
    return p


def pg_dump_inserts(d: Path, columns: bool = False) -> Path:
    rows = people()
    body = ["--\n-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n"]
    cols = " (" + ", ".join(FIELDS) + ")" if columns else ""
    for r in rows:
        vals = ", ".join("'" + str(_plain(r)[k]).replace("'", "''") + "'" if k != "id" else str(r[k]) for k in FIELDS)
        body.append(f"INSERT INTO public.people{cols} VALUES ({vals});\n")
    p = d / "crm.sql"
    p.write_text(_pg_header() + "".join(body) + "\n\n--\n-- PostgreSQL database dump complete\n--\n\n")
    return p


# ---------------------------------------------------------------- SQLite


def sqlite_wal(d: Path) -> Path:
    """An app's live SQLite database copied as found: ``app.db`` with rows still in ``app.db-wal``,
    in a folder the auditor may not write."""
    src = d / "live"
    src.mkdir()
    con = sqlite3.connect(src / "app.db")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, email TEXT, phone TEXT, born TEXT,"
                " dni TEXT, address TEXT)")
    rows = people()
    con.executemany("INSERT INTO people VALUES (?,?,?,?,?,?,?)",
                    [tuple(_plain(r)[k] for k in FIELDS) for r in rows[:10]])
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.executemany("INSERT INTO people VALUES (?,?,?,?,?,?,?)",
                    [tuple(_plain(r)[k] for k in FIELDS) for r in rows[10:]])
    con.commit()
    out = d / "evidence"
    out.mkdir()
    for name in ("app.db", "app.db-wal", "app.db-shm"):
        if (src / name).exists():
            (out / name).write_bytes((src / name).read_bytes())
    con.close()
    for f in out.iterdir():
        f.chmod(0o444)
    out.chmod(0o555)
    return out


# ---------------------------------------------------------------- CSV as spreadsheets write it


def _csv_text(delim: str, rows: list[dict[str, Any]], title: str | None = None, trailing: int = 0,
              newline_in: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if title is not None:
        w.writerow([title] + [""] * (len(FIELDS) - 1 + trailing))
    w.writerow(FIELDS + [""] * trailing)
    for r in rows:
        vals = [str(_plain(r)[k]) for k in FIELDS]
        if newline_in:
            vals[6] = vals[6].replace(", ", "\n")
        w.writerow(vals + [""] * trailing)
    return buf.getvalue()


def csv_excel_semicolon_bom(d: Path) -> Path:
    """Excel's "CSV UTF-8 (Comma delimited)" in a German or Spanish locale: ``;``, BOM, CRLF."""
    p = d / "Kunden.csv"
    p.write_bytes(b"\xef\xbb\xbf" + _csv_text(";", people()).encode("utf-8"))
    return p


def csv_excel_unicode_text(d: Path) -> Path:
    """Excel's "Unicode Text (*.txt)": UTF-16LE with a BOM, tab separated, CRLF."""
    p = d / "Kunden.txt"
    p.write_bytes(_csv_text("\t", people()).encode("utf-16"))
    return p


def csv_cp1252(d: Path) -> Path:
    """Excel's plain "CSV (Comma delimited)" on Windows: cp1252, with accented names."""
    p = d / "clientes.csv"
    p.write_bytes(_csv_text(",", people()).encode("cp1252"))
    return p


def csv_quoted_newlines(d: Path) -> Path:
    """Addresses on several lines inside quotes (Excel and LibreOffice write them so)."""
    p = d / "clientes.csv"
    p.write_text(_csv_text(",", people(), newline_in=True), encoding="utf-8")
    return p


def csv_title_line(d: Path) -> Path:
    """An export with a title row above the header (and the title's empty cells kept, as Excel does)."""
    p = d / "clientes.csv"
    p.write_text(_csv_text(";", people(), title="Listado de clientes 2026"), encoding="utf-8")
    return p


def csv_trailing_columns(d: Path) -> Path:
    """LibreOffice "Save as CSV" of a sheet with formatted empty columns on the right: ``;;;`` on every row."""
    p = d / "clientes.csv"
    p.write_text(_csv_text(";", people(), trailing=3), encoding="utf-8")
    return p


# ---------------------------------------------------------------- columnar, sheets


def xlsx(d: Path, title: bool = False) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Clientes"
    if title:
        ws.append(["Listado de clientes 2026"])
    ws.append(FIELDS)
    for r in people():
        ws.append([r[k] for k in FIELDS])
    p = d / "clientes.xlsx"
    wb.save(p)
    return p


def parquet(d: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = people()
    table = pa.Table.from_pylist(rows)  # born is a date32 column
    p = d / "people.parquet"
    pq.write_table(table, p)
    return p


# ---------------------------------------------------------------- compressed, archives, names


def compressed(d: Path, kind: str) -> Path:
    raw = "".join(json.dumps(_plain(r), ensure_ascii=False) + "\n" for r in people()).encode()
    comp: dict[str, Callable[[bytes], bytes]] = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}
    if kind == "zst":
        import zstandard

        data = zstandard.ZstdCompressor().compress(raw)
    else:
        data = comp[kind](raw)
    p = d / f"people.jsonl.{kind}"
    p.write_bytes(data)
    return p


def nested_archive(d: Path) -> Path:
    """``backup.tar.gz`` holding ``exports.zip`` holding ``clientes.csv.gz``: three deep."""
    inner = gzip.compress(_csv_text(",", people()).encode())
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("exports/clientes.csv.gz", inner)
    p = d / "backup.tar.gz"
    with tarfile.open(p, "w:gz") as t:
        info = tarfile.TarInfo("backup/exports.zip")
        info.size = len(zbuf.getvalue())
        t.addfile(info, io.BytesIO(zbuf.getvalue()))
    return p


def zip_of_two(d: Path) -> Path:
    p = d / "export.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("clientes.csv", _csv_text(";", people()))
        z.writestr("people.json", json.dumps([_plain(r) for r in people()], ensure_ascii=False))
    return p


def renamed(d: Path, builder: Callable[[Path], Path], name: str) -> Path:
    src = d / "src"
    src.mkdir()
    p = builder(src)
    dst = d / name
    p.rename(dst)
    shutil.rmtree(src)
    return dst


def folder_with_bad_files(d: Path) -> Path:
    """A folder as found: a 0-byte export, a truncated gzip, a half-written JSON array and one good file."""
    f = d / "exports"
    f.mkdir()
    (f / "empty.csv").write_bytes(b"")
    good = (f / "people.jsonl")
    good.write_text("".join(json.dumps(_plain(r), ensure_ascii=False) + "\n" for r in people()))
    (f / "old.jsonl.gz").write_bytes(gzip.compress(good.read_bytes())[:200])
    (f / "partial.json").write_text(json.dumps([_plain(r) for r in people()], ensure_ascii=False)[:3000])
    return f


def run_scan(
    *paths: Path, extra: tuple[str, ...] = (), timeout: int = 120
) -> tuple[int, dict[str, Any] | None, str, str]:
    """``ajar scan PATH... --no-store --format json -o -`` under 4 GB of address space and a timeout."""
    cmd = [sys.executable, "-m", "ajar", "scan", *map(str, paths), "--no-store", "--format", "json", "-o", "-", *extra]
    proc = subprocess.run(["bash", "-c", 'ulimit -v 4000000; exec "$@"', "scan", "timeout", str(timeout), *cmd],
                          capture_output=True, text=True, env=dict(os.environ), timeout=timeout + 30)
    try:
        rep = json.loads(proc.stdout)
    except ValueError:
        rep = None
    return proc.returncode, rep, proc.stdout, proc.stderr


def datasets(rep: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    return {d["name"]: d for s in (rep or {}).get("services", []) for d in s.get("datasets", [])}


def fields(ds: dict[str, Any]) -> dict[str, str]:
    return {f["path"]: f["category"] for f in ds.get("fields", [])}


def leaks(rows: list[dict[str, Any]], *texts: str) -> list[str]:
    """Which secrets appear whole in any of ``texts``."""
    low = [t.lower() for t in texts]
    return sorted({s for s in secrets_of(rows) for t in low if s.lower() in t})


# ---------------------------------------------------------------- more variants


def csv_above(d: Path, above: str) -> Path:
    """A ``;`` CSV with lines above its header: a title, a date, an empty line, Excel's ``sep=;`` hint."""
    p = d / "clientes.csv"
    p.write_text(above + _csv_text(";", people()), encoding="utf-8")
    return p


def json_array_truncated(d: Path) -> Path:
    """A JSON array cut inside its 16th element (a download that stopped)."""
    p = d / "partial.json"
    p.write_text(json.dumps([_plain(r) for r in people()], ensure_ascii=False)[:3000])
    return p


def mongoexport_csv(d: Path) -> Path:
    """``mongoexport --type=csv --fields name,contact.email,contact.phone,born,dni``: dotted header,
    dates as mongoexport writes them."""
    rows = people()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["_id", "name", "contact.email", "contact.phone", "born", "dni"])
    for i, r in enumerate(rows):
        w.writerow([f"ObjectId({i + 1:024x})", r["name"], r["email"], r["phone"],
                    r["born"].isoformat() + "T00:00:00.000Z", r["dni"]])
    p = d / "people.csv"
    p.write_text(buf.getvalue())
    return p


def json_bom(d: Path) -> Path:
    """PowerShell ``ConvertTo-Json | Out-File -Encoding utf8``: a JSON array after a UTF-8 BOM, CRLF."""
    p = d / "people.json"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps([_plain(r) for r in people()], ensure_ascii=False, indent=4)
                  .replace("\n", "\r\n").encode())
    return p


def gzip_truncated(d: Path) -> Path:
    """A copy cut short: the first 60 % of a gzip of JSON Lines (``zcat`` prints what it can)."""
    raw = "".join(json.dumps(_plain(r), ensure_ascii=False) + "\n" for r in people(400)).encode()
    data = gzip.compress(raw)
    cut = data[: len(data) * 6 // 10]
    p = d / "people.jsonl.gz"
    p.write_bytes(cut)
    return p


def mysqldump_tricky(d: Path) -> Path:
    """An extended INSERT whose strings hold what splits a naive parser: ``'),('``, ``;``, ``\\n``, ``\\'``,
    ``\\\\``, and a second INSERT for the same table (``--net-buffer-length`` splits long tables)."""
    rows = people()
    rows[1]["address"] = f"Calle {CANARY} 1'),('x', 'y'); DROP TABLE people; -- \n2 izq."
    rows[2]["address"] = "C:\\\\datos\\\\" + CANARY + "\r\n\t"
    rows[3]["name"] = "Ana O'Neill"

    def stmt(part: list[dict[str, Any]]) -> str:
        vals = ",".join("(" + ",".join(_sql(_plain(r)[k]) for k in FIELDS) + ")" for r in part)
        return f"INSERT INTO `people` VALUES {vals};\n"

    text = (mysqldump(d).read_text().split("LOCK TABLES")[0] + "LOCK TABLES `people` WRITE;\n"
            + stmt(rows[:20]) + stmt(rows[20:]) + "UNLOCK TABLES;\n")
    p = d / "crm.sql"
    p.write_text(text)
    return p


def ods(d: Path) -> Path:
    """A minimal OpenDocument spreadsheet as LibreOffice stores one (mimetype first, stored)."""
    from xml.sax.saxutils import escape

    def row(cells: list[Any]) -> str:
        return "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(c))}</text:p></table:table-cell>'
            for c in cells) + "</table:table-row>"

    body = row(FIELDS) + "".join(row([_plain(r)[k] for k in FIELDS]) for r in people())
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               '<office:body><office:spreadsheet><table:table table:name="Clientes">'
               + body + "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    p = d / "clientes.ods"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return p


def personal_names(d: Path) -> Path:
    """Names that are data: a file named after an e-mail, a JSON object keyed by e-mail and phone,
    a CSV header that is a DNI, a SQLite table named after a phone number."""
    f = d / "share"
    f.mkdir()
    rows = people()
    (f / f"{rows[0]['email']}.jsonl").write_text(json.dumps(_plain(rows[1])) + "\n")
    (f / "contacts.json").write_text(json.dumps({"contacts": {r["email"]: {"phone": r["phone"]} for r in rows[:10]},
                                                 "by_phone": {r["phone"]: r["name"] for r in rows[:10]}}))
    (f / "ids.csv").write_text(f"{rows[5]['dni']},note\n" + "".join(f"{r['dni']},ok\n" for r in rows[6:20]))
    con = sqlite3.connect(f / "app.sqlite")
    con.execute(f'CREATE TABLE "{rows[7]["phone"]}" (email TEXT)')
    con.executemany(f'INSERT INTO "{rows[7]["phone"]}" VALUES (?)', [(r["email"],) for r in rows])
    con.commit()
    con.close()
    return f


def wrong_names(d: Path) -> Path:
    """Files whose extension lies or is missing, as they come out of ``curl -o`` and download folders
    (a CSV called ``.json`` is a case of its own)."""
    f = d / "downloads"
    f.mkdir()
    rows = [_plain(r) for r in people()]
    (f / "people.csv").write_text("".join(json.dumps(r) + "\n" for r in rows))  # JSON Lines called .csv
    xlsx(f).rename(f / "report.csv")                                         # an XLSX called .csv
    (f / "export").write_bytes(gzip.compress(_csv_text(";", people()).encode()))  # gzip, no extension
    con = sqlite3.connect(f / "cache.json")                                  # SQLite called .json
    con.execute("CREATE TABLE people (name TEXT, email TEXT, phone TEXT, dni TEXT, born TEXT)")
    con.executemany("INSERT INTO people VALUES (?,?,?,?,?)",
                    [(r["name"], r["email"], r["phone"], r["dni"], r["born"]) for r in rows])
    con.commit()
    con.close()
    return f


def pg_dumpall(d: Path) -> Path:
    """``pg_dumpall``: two databases, each with its own ``public.people``, joined by ``\\connect``."""
    rows = people()
    parts = ["--\n-- PostgreSQL database cluster dump\n--\n\nSET default_transaction_read_only = off;\n\n"
             "CREATE ROLE app;\nALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE LOGIN;\n\n"]
    for db, chunk in (("crm", rows[:25]), ("shop", rows[25:])):
        parts.append(f"--\n-- Database \"{db}\" dump\n--\n\nCREATE DATABASE {db} WITH TEMPLATE = template0 "
                     f"ENCODING = 'UTF8';\n\n\\connect {db}\n\n" + _pg_header()
                     + "COPY public.people (id, name, email, phone, born, dni, address) FROM stdin;\n"
                     + "".join("\t".join(str(_plain(r)[k]) for k in FIELDS) + "\n" for r in chunk) + "\\.\n\n")
    p = d / "cluster.sql"
    p.write_text("".join(parts) + "--\n-- PostgreSQL database cluster dump complete\n--\n\n")
    return p


def mysqldump_all(d: Path) -> Path:
    """``mysqldump --all-databases``: ``USE `crm``` and ``USE `shop```, each with a ``people`` table."""
    rows = people()
    out = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n/*!40101 SET NAMES utf8mb4 */;\n"]
    for db, chunk in (("crm", rows[:25]), ("shop", rows[25:])):
        vals = ",".join("(" + ",".join(_sql(_plain(r)[k]) for k in FIELDS) + ")" for r in chunk)
        out.append(f"\n--\n-- Current Database: `{db}`\n--\n\nCREATE DATABASE /*!32312 IF NOT EXISTS*/ `{db}`;\n\n"
                   f"USE `{db}`;\n\nDROP TABLE IF EXISTS `people`;\nCREATE TABLE `people` (\n  `id` int NOT NULL,\n"
                   "  `name` varchar(100),\n  `email` varchar(100),\n  `phone` varchar(20),\n  `born` date,\n"
                   "  `dni` char(9),\n  `address` text,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\n"
                   f"LOCK TABLES `people` WRITE;\nINSERT INTO `people` VALUES {vals};\nUNLOCK TABLES;\n")
    p = d / "all.sql"
    p.write_text("".join(out))
    return p


def csv_mac_cr(d: Path) -> Path:
    """Excel for Mac's "CSV (Macintosh)": lines end in a lone CR, Mac Roman."""
    p = d / "clientes.csv"
    p.write_bytes(_csv_text(",", people()).replace("\r\n", "\r").encode("mac_roman"))
    return p


def csv_quote_all(d: Path) -> Path:
    """LibreOffice with "Quote all text cells": every cell quoted, LF line ends, no BOM."""
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(FIELDS)
    for r in people():
        w.writerow([str(_plain(r)[k]) for k in FIELDS])
    p = d / "clientes.csv"
    p.write_text(buf.getvalue())
    return p


def firebase(d: Path) -> Path:
    """A Firebase Realtime Database export: ``{"users": {"<uid>": {...}, ...}}``, people keyed by id."""
    p = d / "app-default-rtdb-export.json"
    p.write_text(json.dumps({"users": {f"uid{r['id']:04d}xKq": _plain(r) for r in people()}}, ensure_ascii=False))
    return p


def object_of_arrays(d: Path) -> Path:
    p = d / "backup.json"
    rows = [_plain(r) for r in people()]
    p.write_text(json.dumps({"users": rows, "orders": [{"id": i, "user": r["id"], "total": 9.5}
                                                      for i, r in enumerate(rows)]}, ensure_ascii=False))
    return p


def parquet_nested(d: Path) -> Path:
    """Parquet as Spark writes it: a struct column, a timestamp with a zone, dictionary strings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = people()
    table = pa.table({
        "name": pa.array([r["name"] for r in rows]).dictionary_encode(),
        "contact": pa.array([{"email": r["email"], "phone": r["phone"]} for r in rows]),
        "born": pa.array([dt.datetime.combine(r["born"], dt.time(), tzinfo=dt.UTC) for r in rows],
                         type=pa.timestamp("ms", tz="UTC")),
        "dni": [r["dni"] for r in rows],
    })
    p = d / "part-00000-1f2e.snappy.parquet"
    pq.write_table(table, p, compression="snappy")
    return p


def gzip_multi(d: Path) -> Path:
    """``cat day1.jsonl.gz day2.jsonl.gz > all.jsonl.gz``: two gzip members."""
    rows = [_plain(r) for r in people()]
    a = "".join(json.dumps(r) + "\n" for r in rows[:20]).encode()
    b = "".join(json.dumps(r) + "\n" for r in rows[20:]).encode()
    p = d / "all.jsonl.gz"
    p.write_bytes(gzip.compress(a) + gzip.compress(b))
    return p


def tar_kinds(d: Path) -> Path:
    f = d / "backups"
    f.mkdir()
    data = _csv_text(",", people()).encode()
    for name, mode in (("a.tar", "w"), ("b.tgz", "w:gz"), ("c.tar.bz2", "w:bz2"), ("d.tar.xz", "w:xz")):
        with tarfile.open(f / name, mode) as t:  # type: ignore[call-overload]
            info = tarfile.TarInfo(f"{name.split('.')[0]}/clientes.csv")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    import zstandard

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        info = tarfile.TarInfo("e/clientes.csv")
        info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    (f / "e.tar.zst").write_bytes(zstandard.ZstdCompressor().compress(buf.getvalue()))
    return f


def zipped_mongodump(d: Path) -> Path:
    """``zip -r dump.zip dump``: a mongodump tree in a ZIP."""
    tree = mongodump(d)
    p = d / "dump.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(tree.rglob("*")):
            if f.is_file():
                z.write(f, f.relative_to(d).as_posix())
    shutil.rmtree(tree)
    return p


def json_utf16(d: Path) -> Path:
    """Windows PowerShell 5 ``ConvertTo-Json > people.json``: UTF-16LE with a BOM."""
    p = d / "people.json"
    p.write_bytes(json.dumps([_plain(r) for r in people()], ensure_ascii=False, indent=4)
                  .replace("\n", "\r\n").encode("utf-16"))
    return p


def csv_mac_cr_big(d: Path) -> Path:
    """"CSV (Macintosh)" of a sheet of 1,000 people (123 KB): lone CRs, past the first 64 KB."""
    p = d / "clientes.csv"
    p.write_bytes(_csv_text(",", people(1000)).replace("\r\n", "\r").encode("mac_roman"))
    return p


def csv_cp1252_late(d: Path) -> Path:
    """A cp1252 CSV of 1,500 people whose first 1,000 rows are plain ASCII (the accents come later)."""
    rows = [dict(r, name="Ana Perez", address=f"Calle {CANARY} 1, 28001 Madrid") if i < 1000 else r
            for i, r in enumerate(people(1500))]
    p = d / "clientes.csv"
    p.write_bytes(_csv_text(",", rows).encode("cp1252"))
    return p


def _widths() -> list[int]:
    return [max(len(str(x)) for x in [k] + [_plain(r)[k] for r in people()]) for k in FIELDS]


def psql_aligned(d: Path) -> Path:
    """``psql -c 'TABLE people' > people.txt``: aligned columns, a rule under the header, ``(40 rows)``."""
    w = _widths()
    head = " " + " | ".join(k.center(w[j]) for j, k in enumerate(FIELDS))
    rule = "-" + "-+-".join("-" * n for n in w) + "-"
    body = [" " + " | ".join(str(_plain(r)[k]).ljust(w[j]) for j, k in enumerate(FIELDS)) for r in people()]
    p = d / "people.txt"
    p.write_text("\n".join([head, rule, *body, f"({N} rows)", "", ""]))
    return p


def mysql_table(d: Path) -> Path:
    """``mysql -t -e 'SELECT * FROM people' > people.txt``: the boxed table and ``40 rows in set``."""
    w = _widths()
    bar = "+" + "+".join("-" * (n + 2) for n in w) + "+"

    def line(vals: list[Any]) -> str:
        return "|" + "|".join(" " + str(v).ljust(w[j]) + " " for j, v in enumerate(vals)) + "|"

    rows = [line([_plain(r)[k] for k in FIELDS]) for r in people()]
    p = d / "people.txt"
    p.write_text("\n".join([bar, line(FIELDS), bar, *rows, bar, f"{N} rows in set (0.00 sec)", ""]))
    return p


def mongo_shell(d: Path) -> Path:
    """The legacy ``mongo`` shell's ``db.people.find()`` saved to a file: ``ObjectId(...)``, ``ISODate(...)``."""
    out = []
    for r in people():
        out.append(f'{{ "_id" : ObjectId("{r["id"]:024x}"), "name" : "{r["name"]}", "email" : "{r["email"]}", '
                   f'"phone" : "{r["phone"]}", "born" : ISODate("{r["born"].isoformat()}T00:00:00Z"), '
                   f'"dni" : "{r["dni"]}" }}\n')
    p = d / "find.txt"
    p.write_text("".join(out))
    return p


def mysqldump_replace(d: Path) -> Path:
    """``mysqldump --replace``: ``REPLACE INTO `people` VALUES (...),(...);``."""
    p = mysqldump(d)
    p.write_text(p.read_text().replace("INSERT INTO `people` VALUES", "REPLACE INTO `people` VALUES"))
    return p


def pg_dump_overriding(d: Path) -> Path:
    """``pg_dump --column-inserts`` of a table with a ``GENERATED ALWAYS AS IDENTITY`` id:
    ``INSERT INTO public.people (...) OVERRIDING SYSTEM VALUE VALUES (...);``."""
    p = pg_dump_inserts(d, columns=True)
    p.write_text(p.read_text().replace(") VALUES (", ") OVERRIDING SYSTEM VALUE VALUES ("))
    return p


def pg_dump_two_schemas(d: Path) -> Path:
    """One database, two schemas (``crm`` and ``shop``), each with its own ``people`` table."""
    rows = people()
    text = _pg_header()
    for schema, chunk in (("crm", rows[:25]), ("shop", rows[25:])):
        text += (f"CREATE SCHEMA {schema};\n\nCOPY {schema}.people (id, name, email, phone, born, dni, address)"
                 " FROM stdin;\n" + "".join("\t".join(str(_plain(r)[k]) for k in FIELDS) + "\n" for r in chunk)
                 + "\\.\n\n")
    p = d / "app.sql"
    p.write_text(text)
    return p


def keys_are_addresses(d: Path) -> Path:
    """A lookup exported as JSON: ``{"<postal address>": "<phone>", ...}``."""
    p = d / "by_address.json"
    p.write_text(json.dumps({r["address"]: r["phone"] for r in people()[:10]}, ensure_ascii=False))
    return p


def keys_are_names(d: Path) -> Path:
    """``{"staff": {"<full name>": {"email": ..., "phone": ...}, ...}}``."""
    p = d / "staff.json"
    p.write_text(json.dumps({"staff": {r["name"]: {"email": r["email"], "phone": r["phone"]} for r in people()[:10]}},
                            ensure_ascii=False))
    return p


def sheets_are_names(d: Path) -> Path:
    """A timesheet workbook with one sheet per employee, each sheet named after its person."""
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for r in people()[:5]:
        ws = wb.create_sheet(r["name"][:31])
        ws.append(["fecha", "horas"])
        ws.append(["2026-12-01", 8])
    p = d / "horas.xlsx"
    wb.save(p)
    return p


def files_are_names(d: Path) -> Path:
    """A folder of CVs, each file named after its person (``CV <full name>.csv``)."""
    f = d / "cvs"
    f.mkdir()
    for r in people()[:3]:
        (f / f"CV {r['name']}.csv").write_text("campo,valor\nemail," + r["email"] + "\n")
    return f


def json_in_text(d: Path, kind: str) -> Path:
    """A column holding JSON as text (Django/Rails JSON fields, an API payload kept whole):
    ``data = '{"email": ..., "phone": ..., "dni": ...}'``, in SQLite, CSV, JSON Lines or Parquet."""
    rows = people()
    data = [json.dumps({"email": r["email"], "phone": r["phone"], "dni": r["dni"]}) for r in rows]
    ids = [r["id"] for r in rows]
    if kind == "sqlite":
        p = d / "app.db"
        con = sqlite3.connect(p)
        con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, data JSON)")
        con.executemany("INSERT INTO users VALUES (?,?)", list(zip(ids, data, strict=True)))
        con.commit()
        con.close()
    elif kind == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["id", "data"])
        w.writerows(zip(ids, data, strict=True))
        p = d / "users.csv"
        p.write_text(buf.getvalue())
    elif kind == "jsonl":
        p = d / "users.jsonl"
        p.write_text("".join(json.dumps({"id": i, "data": x}) + "\n" for i, x in zip(ids, data, strict=True)))
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        p = d / "users.parquet"
        pq.write_table(pa.table({"id": ids, "data": data}), p)
    return p


def api_reply(d: Path, kind: str) -> Path:
    """An API reply saved to a file, its records one level down: Solr's ``response.docs``, a GraphQL
    ``data.users``."""
    rows = [_plain(r) for r in people()]
    body: dict[str, Any] = (
        {"responseHeader": {"status": 0, "QTime": 1}, "response": {"numFound": len(rows), "start": 0, "docs": rows}}
        if kind == "solr" else {"data": {"users": rows}})
    p = d / f"{kind}.json"
    p.write_text(json.dumps(body, ensure_ascii=False))
    return p


def mysql_insert_set(d: Path) -> Path:
    """An application's SQL export in MySQL's ``INSERT INTO `people` SET `name`='...', ...;`` form."""
    p = d / "export.sql"
    p.write_text("-- export\n" + "".join(
        "INSERT INTO `people` SET " + ", ".join(f"`{k}`={_sql(_plain(r)[k])}" for k in FIELDS) + ";\n"
        for r in people()))
    return p


def xlsx_no_header(d: Path) -> Path:
    """A sheet of people with no header row (name, e-mail, address), as a quick list is typed."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in people():
        ws.append([r["name"], r["email"], r["address"]])
    p = d / "lista.xlsx"
    wb.save(p)
    return p


def csv_first_row_capitals(d: Path) -> Path:
    """A headerless CSV of names and addresses whose first record was typed in capitals."""
    rows = people()
    lines = [f"{r['name']},\"{r['address']}\"" for r in rows]
    lines[0] = lines[0].upper()
    p = d / "contactos.csv"
    p.write_text("\n".join(lines) + "\n")
    return p
