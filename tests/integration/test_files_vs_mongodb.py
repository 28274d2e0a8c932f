"""The same data as exported files and as a served MongoDB gives the same categories.

The generator's people, sightings and customers are written as JSON Lines, CSV (flat
customers), JSON and BSON (mongodump) files in a directory, and inserted into a fresh
MongoDB stand-in on a free loopback port; both are scanned with the same sample size and
every dataset must show the same set of categories.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import bson
import pytest
from pymongo import MongoClient

from ajar.config import ScanConfig
from ajar.lab.generator import Generator
from ajar.lab.mongo import start_nx, stop
from ajar.pipeline.run import scan
from tests.support import free_port

pytestmark = pytest.mark.integration




def _jsonable(doc: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(doc, default=str))


async def test_directory_scan_matches_mongodb_scan(tmp_path: Path) -> None:
    gen = Generator(7)
    people = gen.people(300)
    data = {"people": people, "sightings": gen.sightings(people, 400), "customers": gen.customers(300)}
    export = tmp_path / "export"
    export.mkdir()
    with open(export / "people.jsonl", "w", encoding="utf-8") as f:
        for d in data["people"]:
            f.write(json.dumps(_jsonable(d), ensure_ascii=False) + "\n")
    (export / "sightings.bson").write_bytes(b"".join(bson.encode(d) for d in data["sightings"]))
    flat = [{k: v for k, v in _jsonable(c).items() if not isinstance(v, dict | list)} for c in data["customers"]]
    with open(export / "customers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=sorted({k for r in flat for k in r}))
        w.writeheader()
        w.writerows(flat)

    port = free_port()
    proc = start_nx("127.0.0.1", port, Path("memory"), tmp_path / "nx.log")
    try:
        m: MongoClient[dict[str, Any]] = MongoClient("127.0.0.1", port, directConnection=True)
        m.exp.people.insert_many([_jsonable(d) for d in data["people"]])
        m.exp.sightings.insert_many([dict(d) for d in data["sightings"]])
        m.exp.customers.insert_many(flat)
        m.close()
        served = await scan(ScanConfig(targets=[f"mongodb://127.0.0.1:{port}"], sample=300))
    finally:
        stop(proc)
    files = await scan(ScanConfig(targets=[str(export)], sample=300))

    def cats(rep: Any, strip: str) -> dict[str, set[str]]:
        return {d.name.removeprefix(strip): {c.value for c in d.categories}
                for s in rep.services for d in s.datasets}

    got_files, got_served = cats(files, ""), cats(served, "exp.")
    assert set(got_files) == {"people", "sightings", "customers"}
    for name in got_files:
        assert got_files[name], f"no category found in {name}"
        assert got_files[name] == got_served[name], f"{name}: files {got_files[name]} vs mongodb {got_served[name]}"
