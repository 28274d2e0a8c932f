"""Hostile files, generated small: each is built to cost the reader far more than its size.

Used by ``tests/sources/test_hostile_files.py`` and by ``bench/hostile/files.py``. Every
builder writes into a directory it is given and returns the path to scan. The bombs are made
cheaply: a gzip bomb is one compressed block of zeros repeated as gzip members; a ZIP bomb
repeats one deflate stream under many names; a "2 GB" sheet or BSON document only declares
its size.
"""

from __future__ import annotations

import gzip
import io
import os
import sqlite3
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import bson

_ZEROS = 64 << 20


def parquet_dictionary_bomb(d: Path) -> Path:
    """About 1 KB on disk: one 1 MiB value in a zstd dictionary page, repeated by 5,000 indices (5 GB decoded)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    col = pa.DictionaryArray.from_arrays(pa.array([0] * 5000, pa.int32()), pa.array(["x" * (1 << 20)]))
    p = d / "bomb.parquet"
    pq.write_table(pa.table({"s": col}), p, compression="zstd", use_dictionary=True)
    return p


def parquet_struct_dictionary_bomb(d: Path) -> Path:
    """About 15 KB on disk: a struct column (as Spark writes nested records) whose ``note`` leaf names one 4 MiB
    dictionary value 5,000 times (20 GB decoded, 1 GiB in each batch of 256 rows), beside an e-mail leaf."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 5000
    note = pa.DictionaryArray.from_arrays(pa.array([0] * n, pa.int32()), pa.array(["x" * (4 << 20)]))
    contact = pa.StructArray.from_arrays([note, pa.array(["ana@example.org"] * n)], names=["note", "email"])
    p = d / "struct_bomb.parquet"
    pq.write_table(pa.table({"contact": contact, "n": list(range(n))}), p, compression="zstd", use_dictionary=True)
    return p


def parquet_list_dictionary_bomb(d: Path) -> Path:
    """About 1 KB on disk: each of 300 rows holds a list of 10,000 indices into one 70,000-character dictionary
    value (210 GB as Python text even with each value cut to 64 KiB), beside an e-mail column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    n, per = 300, 10_000
    values = pa.DictionaryArray.from_arrays(pa.array([0] * (n * per), pa.int32()), pa.array(["y" * 70_000]))
    tags = pa.ListArray.from_arrays(pa.array([i * per for i in range(n + 1)], pa.int32()), values)
    p = d / "list_bomb.parquet"
    pq.write_table(pa.table({"tags": tags, "email": ["ana@example.org"] * n}), p, compression="zstd")
    return p


def sqlite_generated_columns(d: Path) -> Path:
    """Every row's generated columns are a 900 MB blob and a 900 MB text; 1,000 rows."""
    p = d / "gen.db"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE t (n INTEGER)")
    con.executemany("INSERT INTO t (n) VALUES (?)", [(i,) for i in range(1000)])
    # added after the rows: a virtual column is computed only when read
    con.execute("ALTER TABLE t ADD COLUMN big BLOB GENERATED ALWAYS AS (zeroblob(900000000 + n)) VIRTUAL")
    con.execute("ALTER TABLE t ADD COLUMN txt TEXT GENERATED ALWAYS AS (printf('%.*c', 900000000 + n, 'x')) VIRTUAL")
    con.commit()
    con.close()
    return p


def bson_declares_2gib(d: Path) -> Path:
    p = d / "huge.bson"
    p.write_bytes(bson.encode({"a": 1}) + struct.pack("<i", 0x7FFFFFFF) + b"\x02a\x00" + b"\x00" * 64)
    return p


def json_line_3gib(d: Path) -> Path:
    """A sparse file: one JSON line of 3 GiB (zeros on disk cost nothing), between two good lines."""
    p = d / "long.jsonl"
    with p.open("wb") as fh:
        fh.write(b'{"email": "a@example.com"}\n{"note": "')
        fh.seek(3 << 30, os.SEEK_CUR)
        fh.write(b'"}\n{"email": "b@example.com"}\n')
    return p


def csv_line_3gib(d: Path) -> Path:
    """A CSV whose third line runs 3 GiB (sparse) without a newline."""
    p = d / "wide.csv"
    with p.open("wb") as fh:
        fh.write(b"name,email\nAnn Lee,a@example.com\nBo,")
        fh.seek(3 << 30, os.SEEK_CUR)
        fh.write(b"\n")
    return p


def symlink_to_dev_zero(d: Path) -> Path:
    p = d / "zero.json"
    p.symlink_to("/dev/zero")
    return p


def fifo(d: Path) -> Path:
    p = d / "pipe.json"
    os.mkfifo(p)
    return p


def dir_with_link_to_parent(d: Path) -> Path:
    """A directory holding one good file and a symlink to ``..``; the parent holds a canary file."""
    (d / "canary-outside.json").write_text('{"email": "outside-canary@example.com"}\n{"a": 1}\n')
    root = d / "named"
    root.mkdir()
    (root / "ok.json").write_text('{"a": 1}\n{"a": 2}\n')
    (root / "up").symlink_to("..")
    (root / "zero").symlink_to("/dev/zero")
    os.mkfifo(root / "pipe")
    return root


def zip_bomb(d: Path) -> Path:
    """Ten members of 64 MiB of zeros each: 640 MiB declared from about 650 KB."""
    p = d / "bomb.zip"
    zeros = bytes(_ZEROS)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for i in range(10):
            zf.writestr(f"part{i}.json", zeros)
    return p


def gzip_bomb(d: Path) -> Path:
    """A JSON array of 2 GiB of spaces: thirty-two gzip members of 64 MiB each, about 2 MB on disk."""
    member = gzip.compress(b" " * _ZEROS, 9)
    p = d / "bomb.json.gz"
    p.write_bytes(gzip.compress(b"[") + member * 32)
    return p


def nested_archives(d: Path) -> Path:
    """A ZIP inside a ZIP, six deep, with a JSON file at the bottom."""
    data = b'{"a": 1}\n{"a": 2}\n'
    name = "x.json"
    for level in range(6):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(name, data)
        data, name = buf.getvalue(), f"level{level}.zip"
    p = d / "nested.zip"
    p.write_bytes(data)
    return p


def escaping_member(d: Path) -> Path:
    p = d / "escape.zip"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("../../evil.json", '{"a": 1}\n{"a": 2}\n')
        zf.writestr("/etc/evil.json", '{"a": 1}\n{"a": 2}\n')
        zf.writestr("good.json", '{"a": 1}\n{"a": 2}\n')
    return p


def sheet_declares_2gb(d: Path) -> Path:
    """A real .xlsx whose worksheet part declares 2 GB in the ZIP's central directory."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["name", "email"])
    buf = io.BytesIO()
    wb.save(buf)
    raw = bytearray(buf.getvalue())
    target = b"xl/worksheets/sheet1.xml"
    pos = 0
    while (pos := raw.find(b"PK\x01\x02", pos)) != -1:
        (n,) = struct.unpack_from("<H", raw, pos + 28)
        if raw[pos + 46 : pos + 46 + n] == target:
            struct.pack_into("<I", raw, pos + 24, 2_000_000_000)
        pos += 4
    p = d / "big.xlsx"
    p.write_bytes(bytes(raw))
    return p


CASES: dict[str, Callable[[Path], Path]] = {
    "parquet_dictionary_bomb": parquet_dictionary_bomb,
    "parquet_struct_dictionary_bomb": parquet_struct_dictionary_bomb,
    "parquet_list_dictionary_bomb": parquet_list_dictionary_bomb,
    "sqlite_generated_columns": sqlite_generated_columns,
    "bson_declares_2gib": bson_declares_2gib,
    "json_line_3gib": json_line_3gib,
    "csv_line_3gib": csv_line_3gib,
    "symlink_to_dev_zero": symlink_to_dev_zero,
    "fifo": fifo,
    "dir_with_link_to_parent": dir_with_link_to_parent,
    "zip_bomb": zip_bomb,
    "gzip_bomb": gzip_bomb,
    "nested_archives": nested_archives,
    "escaping_member": escaping_member,
    "sheet_declares_2gb": sheet_declares_2gb,
}
