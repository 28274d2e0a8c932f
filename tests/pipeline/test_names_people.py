"""Names taken from a target that are a person's name or a postal address are masked whole (mask8).

A part of a name (``staff.<full name>.email``, ``horas.<sheet>``, ``CV <full name>``, an MQTT topic level, a
Redis key's part) that the detectors read as a person's name or an address is masked by :func:`theirs`; a set of
dataset names most of which are names by their shape alone (a sheet per employee) is masked by
:func:`seal_service`. ajar's field names stay whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ajar.models import Access, Dataset, Finding, Service, Severity, Status
from ajar.names import seal_service, theirs

CANARY = "Abigaíl Perea"  # a full name the name detector knows (a given name and a surname)


@pytest.mark.parametrize("text", [
    f"staff.{CANARY}.email",  # a JSON key
    f"horas.{CANARY}",  # a workbook's sheet
    f"CV {CANARY}",  # a file's stem
    f"CV {CANARY}.csv",
    f"staff/{CANARY}/location",  # an MQTT topic
    f"user:{CANARY}:profile",  # a Redis key
    f"session#{CANARY}",
    CANARY.upper().replace("Í", "I"),  # a CSV header written in capitals
    "Calle Mayor 12, 46930 Cádiz",  # a postal address as a key
    "by_address.Calle Mayor 12, 46930 Cádiz",
])
def test_a_part_that_is_a_name_or_an_address_is_masked(text: str) -> None:
    shown = theirs(text)
    assert "Abiga" not in shown and "Perea" not in shown and "ABIGA" not in shown, shown
    assert "Mayor 12" not in shown, shown
    assert theirs(shown) == shown  # sealed again, nothing changes


@pytest.mark.parametrize("text", [
    "first_name", "Nombre completo", "Nombre Completo", "home address", "Home Address", "Calle", "staff",
    "First Name", "Last Name", "Date Of Birth", "Datos Personales", "Hoja 1", "Apache Kafka 3.6",
    "Redis Server", "horas.fecha", "customers.address.street",
])
def test_field_names_and_titles_stay_whole(text: str) -> None:
    assert theirs(text) == text


def _service(names: list[str]) -> Service:
    svc = Service(host="/data/horas.xlsx", port=0, engine="files", status=Status.SUCCESS, access=Access.OPEN)
    svc.datasets = [Dataset(name=n, kind="sheet", records=1, notes=[f"sheet {n!r}: 1 row"]) for n in names]
    svc.findings = [Finding(rule="r", severity=Severity.MEDIUM, title="open", detail=f"read {names[0]}",
                            datasets=list(names))]
    return svc


def test_sheets_named_after_people_unknown_to_the_dictionaries_are_masked() -> None:
    """``Telmo Crespo`` has a name's shape only (no dictionary of ajar's knows its words): one such title is
    kept, a workbook most of whose sheets are so named is a set of people, and every place naming them masks them."""
    people = ["Telmo Crespo", "Margarita Cal", "Régulo Lucas"]
    svc = seal_service(_service([f"horas.{p}" for p in people] + ["horas.Resumen"]))
    said = svc.model_dump_json()
    assert not [p for p in people if p in said], said
    assert [ds.name for ds in svc.datasets][-1] == "horas.Resumen"
    assert len({ds.name for ds in svc.datasets}) >= 2


def test_one_title_with_a_name_shape_is_kept() -> None:
    svc = seal_service(_service(["libro.Basic Salary", "libro.Hoja1", "libro.Resumen", "libro.datos"]))
    assert [ds.name for ds in svc.datasets] == ["libro.Basic Salary", "libro.Hoja1", "libro.Resumen", "libro.datos"]
    # the price: a workbook most of whose sheets are two-word titles no vocabulary of ajar's holds is masked as a
    # set of people would be (3 of the 1,099 real training tables' column sets would be, as sheets)
    svc = seal_service(_service(["libro.Basic Salary", "libro.Leave Days"]))
    assert [ds.name for ds in svc.datasets] == ["libro.Ba*** ****ry", "libro.Le*** **ys"]


def test_canaries_end_to_end(tmp_path: Path) -> None:
    """What the tester did not try, through ``ajar scan``: CSV headers that are people's names, JSON keys that are
    Redis keys and MQTT topics holding a full name, a folder of files named after people. Nothing of the names is
    in the report, on stdout or stderr."""
    from tests.integration.fmt9_files import run_scan

    known = ["Abigaíl Perea", "Juan Lucas", "Coral Aramburu"]  # names the detector knows
    unknown = ["Telmo Crespo", "Margarita Cal", "Cristina Figueroa"]  # a name's shape only
    csv = tmp_path / "csv"
    csv.mkdir()
    for name, cols in (("turnos", known), ("guardias", unknown)):  # a column per person
        (csv / f"{name}.csv").write_text("fecha," + ",".join(cols) + "\n" + "".join(
            f"2026-12-0{d}," + ",".join(f"p{d}{i}@example.org" for i in range(3)) + "\n" for d in range(1, 6)),
            encoding="utf-8")
    keys = tmp_path / "keys"
    keys.mkdir()
    (keys / "dump.json").write_text(json.dumps({
        "redis": {f"user:{n}:profile": {"email": f"u{i}@example.org", "plan": "pro"} for i, n in enumerate(known)},
        "mqtt": {f"staff/{n}/location": {"lat": 39.4 + i, "lon": -0.3} for i, n in enumerate(known)},
    }, ensure_ascii=False), encoding="utf-8")
    cvs = tmp_path / "cvs"
    cvs.mkdir()
    for i, n in enumerate(unknown):
        (cvs / f"{n}.csv").write_text(f"campo,valor\nemail,c{i}@example.org\n", encoding="utf-8")
    rc, rep, out, err = run_scan(csv, keys, cvs)
    assert rep is not None, err[-2000:]
    said = out + err
    assert [n for n in known + unknown if n in said] == []
    assert [n for n in ("Perea", "Aramburu", "Crespo", "Figueroa") if n in said] == []
    assert len([d for s in rep["services"] for d in s["datasets"]]) == 6
