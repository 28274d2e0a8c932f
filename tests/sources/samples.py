"""Generated look-alikes of MongoDB's public sample datasets, written the way each dump tool writes them.

Shapes follow ``sample_analytics.customers`` (name, username, two-line address, birth date,
email), ``sample_mflix.users`` (name, email, bcrypt password hash) and
``sample_mflix.sessions`` (user email, JWT). Every value is generated from a seed: no real
person, no real secret. Writers: mongoexport (canonical or relaxed Extended JSON v2, or
legacy v1), mongodump BSON, mysqldump, pg_dump (plain, COPY blocks), SQLite ``.dump``
(``iterdump``, which writes what the sqlite3 shell's ``.dump`` writes), XLSX (openpyxl).
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import io
import json
import random
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import bson
from bson import json_util

FIRST = ["Elizabeth", "Kenneth", "Brad", "Leslie", "Natalie", "Dustin", "Patricia", "Joshua", "Maria", "Samuel"]
LAST = ["Ray", "Hernandez", "Cardenas", "Martinez", "Lam", "Mendoza", "Sharp", "Lawrence", "Fowler", "Ortiz"]
STREETS = ["Michelle Hill", "Smith Crossroad", "Gregory Mountain", "Valdez Port", "Alexander Roads"]
CITIES = [("East Lisaview", "MD"), ("Lake Anthony", "CA"), ("Port Kevin", "TX"), ("Jamesfurt", "OR")]
_B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

COUNTS = {"customers": 120, "users": 60, "sessions": 60}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def collections(seed: int = 7) -> dict[str, list[dict[str, Any]]]:
    """The three collections, as MongoDB documents (ObjectIds, datetimes)."""
    rng = random.Random(seed)
    base = dt.datetime(2019, 4, 3, tzinfo=dt.UTC)
    customers, users, sessions = [], [], []
    for i in range(COUNTS["customers"]):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        city, state = rng.choice(CITIES)
        customers.append({
            "_id": bson.ObjectId.from_datetime(base + dt.timedelta(minutes=i)),
            "username": f"{first.lower()}{rng.randint(10, 99)}",
            "name": f"{first} {last}",
            "address": f"{rng.randint(10, 9999)} {rng.choice(STREETS)} Suite {rng.randint(100, 999)}\n"
                       f"{city}, {state} {rng.randint(10000, 99999)}",
            "birthdate": dt.datetime(1950, 1, 1, tzinfo=dt.UTC)
                         + dt.timedelta(days=rng.randint(0, 18000), seconds=rng.randint(0, 86399)),
            "email": f"{first.lower()}.{last.lower()}{i}@example.com",
        })  # fmt: skip
    for i in range(COUNTS["users"]):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        users.append({
            "_id": bson.ObjectId.from_datetime(base + dt.timedelta(hours=i)),
            "name": f"{first} {last}",
            "email": f"{first.lower()}_{last.lower()}{i}@example.org",
            "password": "$2b$12$" + "".join(rng.choice(_B64) for _ in range(53)),
        })  # fmt: skip
    for i in range(COUNTS["sessions"]):
        header = _b64url(b'{"alg":"HS256","typ":"JWT"}')
        payload = _b64url(json.dumps({"sub": f"u{rng.randint(1, 10**6)}", "iat": 1516239022 + i}).encode())
        sig = _b64url(rng.randbytes(32))
        sessions.append({
            "_id": bson.ObjectId.from_datetime(base + dt.timedelta(seconds=i)),
            "user_id": users[i % len(users)]["email"],
            "jwt": f"{header}.{payload}.{sig}",
        })  # fmt: skip
    return {"customers": customers, "users": users, "sessions": sessions}


# --- mongoexport / mongodump ---------------------------------------------------------------------


def mongoexport(docs: list[dict[str, Any]], mode: str = "canonical") -> bytes:
    """One document per line, as ``mongoexport`` writes by default (``--jsonFormat`` canonical/relaxed; v1)."""
    opts = {
        "canonical": json_util.CANONICAL_JSON_OPTIONS,
        "relaxed": json_util.RELAXED_JSON_OPTIONS,
        "v1": json_util.LEGACY_JSON_OPTIONS,
    }[mode]
    return "".join(json_util.dumps(d, json_options=opts) + "\n" for d in docs).encode()


def mongodump(docs: list[dict[str, Any]]) -> bytes:
    return b"".join(bson.encode(d) for d in docs)


# --- rows for the relational writers -------------------------------------------------------------


def _rows(docs: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    cols = list(docs[0])
    return cols, [[str(d[c]) if isinstance(d[c], bson.ObjectId) else d[c] for c in cols] for d in docs]


def _mysql_lit(v: Any) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, dt.datetime):
        return "'" + v.strftime("%Y-%m-%d %H:%M:%S") + "'"
    if isinstance(v, int | float):
        return str(v)
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    return "'" + s + "'"


def _mysql_type(v: Any) -> str:
    return (
        "datetime"
        if isinstance(v, dt.datetime)
        else "varchar(255)"
        if not isinstance(v, str) or len(v) < 200
        else "text"
    )


def mysqldump(colls: dict[str, list[dict[str, Any]]]) -> bytes:
    """What ``mysqldump`` 8 writes: header, CREATE TABLE, LOCK, extended INSERTs (a few rows per statement)."""
    out = [
        "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: sample\n"
        "-- ------------------------------------------------------\n-- Server version\t8.0.36\n\n"
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!50503 SET NAMES utf8mb4 */;\n"
        "/*!40103 SET TIME_ZONE='+00:00' */;\n"
    ]
    for table, docs in colls.items():
        cols, rows = _rows(docs)
        defs = ",\n".join(f"  `{c}` {_mysql_type(docs[0][c])} DEFAULT NULL" for c in cols)
        out.append(
            f"\n--\n-- Table structure for table `{table}`\n--\n\nDROP TABLE IF EXISTS `{table}`;\n"
            f"/*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
            f"CREATE TABLE `{table}` (\n{defs},\n  PRIMARY KEY (`_id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
            f"/*!40101 SET character_set_client = @saved_cs_client */;\n\n"
            f"LOCK TABLES `{table}` WRITE;\n/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;\n"
        )
        for k in range(0, len(rows), 25):
            vals = ",".join("(" + ",".join(_mysql_lit(v) for v in r) + ")" for r in rows[k : k + 25])
            out.append(f"INSERT INTO `{table}` VALUES {vals};\n")
        out.append(f"/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;\nUNLOCK TABLES;\n")
    out.append("-- Dump completed on 2026-12-05 18:00:00\n")
    return "".join(out).encode()


def _copy_field(v: Any) -> str:
    if v is None:
        return "\\N"
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S+00")
    s = str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def pg_dump(colls: dict[str, list[dict[str, Any]]]) -> bytes:
    """What ``pg_dump`` (plain format) writes: SET lines, CREATE TABLE public.x, COPY … FROM stdin blocks."""
    out = [
        "--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.8\n\n"
        "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
        "SELECT pg_catalog.set_config('search_path', '', false);\n\n"
    ]
    for table, docs in colls.items():
        cols, rows = _rows(docs)
        defs = ",\n".join(
            f"    {c if c != '_id' else chr(34) + '_id' + chr(34)} "
            f"{'timestamp with time zone' if isinstance(docs[0][c], dt.datetime) else 'text'}"
            for c in cols
        )
        out.append(f"CREATE TABLE public.{table} (\n{defs}\n);\n\n\nALTER TABLE public.{table} OWNER TO postgres;\n\n")
    for table, docs in colls.items():
        cols, rows = _rows(docs)
        collist = ", ".join('"_id"' if c == "_id" else c for c in cols)
        out.append(f"--\n-- Data for Name: {table}; Type: TABLE DATA; Schema: public; Owner: postgres\n--\n\n")
        out.append(f"COPY public.{table} ({collist}) FROM stdin;\n")
        out += ["\t".join(_copy_field(v) for v in r) + "\n" for r in rows]
        out.append("\\.\n\n\n")
    out.append("--\n-- PostgreSQL database dump complete\n--\n\n")
    return "".join(out).encode()


def sqlite_dump(colls: dict[str, list[dict[str, Any]]]) -> bytes:
    """The sqlite3 shell's ``.dump`` (Python's ``iterdump`` writes the same statements)."""
    con = sqlite3.connect(":memory:")
    for table, docs in colls.items():
        cols, rows = _rows(docs)
        types = {c: "TIMESTAMP" if isinstance(docs[0][c], dt.datetime) else "TEXT" for c in cols}
        con.execute(f'CREATE TABLE "{table}" (' + ", ".join(f'"{c}" {types[c]}' for c in cols) + ")")
        con.executemany(
            f'INSERT INTO "{table}" VALUES (' + ",".join("?" * len(cols)) + ")",
            [[v.strftime("%Y-%m-%d %H:%M:%S") if isinstance(v, dt.datetime) else v for v in r] for r in rows],
        )
    text = "\n".join(con.iterdump()) + "\n"
    con.close()
    return text.encode()


def xlsx(colls: dict[str, list[dict[str, Any]]], title_row: bool = True) -> bytes:
    """One sheet per collection; the first sheet has a title and a blank row above its header."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for n, (table, docs) in enumerate(colls.items()):
        ws = wb.create_sheet(table)
        cols, rows = _rows(docs)
        if title_row and n == 0:
            ws.append(["Customer export, generated"])
            ws.append([])
        ws.append(cols)
        for r in rows:
            ws.append([v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v for v in r])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_all(root: Path, seed: int = 7) -> dict[str, Path]:
    """Every form of the same data under ``root``; returns format -> path to scan."""
    colls = collections(seed)
    out: dict[str, Path] = {}
    d = root / "mongoexport"
    d.mkdir(parents=True)
    for name, docs in colls.items():
        (d / f"{name}.json").write_bytes(mongoexport(docs))
    out["mongoexport"] = d
    d = root / "relaxed"
    d.mkdir()
    for name, docs in colls.items():
        (d / f"{name}.json").write_bytes(mongoexport(docs, "relaxed"))
    out["relaxed"] = d
    d = root / "v1"
    d.mkdir()
    for name, docs in colls.items():
        (d / f"{name}.json").write_bytes(mongoexport(docs, "v1"))
    out["v1"] = d
    d = root / "mongodump" / "sample"
    d.mkdir(parents=True)
    for name, docs in colls.items():
        (d / f"{name}.bson").write_bytes(mongodump(docs))
        (d / f"{name}.metadata.json").write_text('{"indexes":[]}')
    out["mongodump"] = root / "mongodump"
    d = root / "gz"
    d.mkdir()
    for name, docs in colls.items():
        (d / f"{name}.json.gz").write_bytes(gzip.compress(mongoexport(docs)))
    out["json.gz"] = d
    z = root / "export.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, docs in colls.items():
            zf.writestr(f"sample/{name}.json", mongoexport(docs))
    out["zip"] = z
    for fmt, writer, fname in (
        ("mysqldump", mysqldump, "mysql.sql"),
        ("pg_dump", pg_dump, "pg.sql"),
        ("sqlite.dump", sqlite_dump, "lite.sql"),
        ("xlsx", xlsx, "export.xlsx"),
    ):
        p = root / fname
        p.write_bytes(writer(colls))
        out[fmt] = p
    return out
