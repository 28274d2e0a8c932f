"""Names taken from a target that are a person's name or a postal address are masked whole (mask8).

A part of a name (``staff.<full name>.email``, ``horas.<sheet>``, ``CV <full name>``, an MQTT topic level, a
Redis key's part) that the detectors read as a person's name or an address is masked by :func:`theirs`; a set of
dataset names most of which are names by their shape alone (a sheet per employee) is masked by
:func:`seal_service`. ajar's field names stay whole.
"""

from __future__ import annotations

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
