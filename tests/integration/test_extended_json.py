"""``mongoexport`` output (Extended JSON) classifies under the plain field names, with the same
categories as the same documents served by the MongoDB stand-in.

The lab generator's people (with ``datetime`` birth dates and ObjectIds) and sightings are written
with ``bson.json_util`` in both of mongoexport's modes (relaxed and canonical: ``{"$date": ...}``,
``{"$oid": ...}``, ``{"$numberLong": ...}``), inserted into a fresh stand-in on a free loopback port,
and both are scanned with the same sample size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from bson import json_util
from pymongo import MongoClient

from ajar.config import ScanConfig
from ajar.lab.generator import Generator
from ajar.lab.mongo import start_nx, stop
from ajar.pipeline.run import scan
from tests.support import free_port

pytestmark = pytest.mark.integration


def _fields(rep: Any, strip: str) -> dict[str, dict[str, str]]:
    return {
        d.name.removeprefix(strip): {f.path: f.category.value for f in d.fields}
        for s in rep.services
        for d in s.datasets
    }


@pytest.mark.parametrize("mode", [json_util.RELAXED_JSON_OPTIONS, json_util.CANONICAL_JSON_OPTIONS])
async def test_mongoexport_matches_mongodb(tmp_path: Path, mode: json_util.JSONOptions) -> None:
    gen = Generator(11)
    people = gen.people(200)
    data = {"people": people, "sightings": gen.sightings(people, 300)}
    export = tmp_path / "export"
    export.mkdir()
    for name, docs in data.items():
        with open(export / f"{name}.json", "w", encoding="utf-8") as f:
            for d in docs:  # mongoexport writes one document per line
                f.write(json_util.dumps(d, json_options=mode) + "\n")

    port = free_port()
    proc = start_nx("127.0.0.1", port, Path("memory"), tmp_path / "nx.log")
    try:
        m: MongoClient[dict[str, Any]] = MongoClient("127.0.0.1", port, directConnection=True)
        for name, docs in data.items():
            m.exp[name].insert_many([dict(d) for d in docs])
        m.close()
        served = await scan(ScanConfig(targets=[f"mongodb://127.0.0.1:{port}"], sample=300))
    finally:
        stop(proc)
    files = await scan(ScanConfig(targets=[str(export)], sample=300))

    got_files, got_served = _fields(files, ""), _fields(served, "exp.")
    assert set(got_files) == {"people", "sightings"}
    for name, fields in got_files.items():
        assert fields, f"no category found in {name}"
        assert not [p for p in fields if "$" in p], f"{name}: Extended JSON wrappers left in paths {sorted(fields)}"
        assert set(fields.values()) == set(got_served[name].values()), name
        assert fields == got_served[name], name
