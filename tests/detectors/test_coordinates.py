"""Table tests for the ``coordinates``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.coordinates import CoordinatesDetector
from tests.name_hints import name_agrees, name_table

DET = CoordinatesDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    {"type": "Point", "coordinates": [116.4074, 39.9042]},
    {"lat": 39.9042, "lng": 116.4074},
    [87.616812, 43.825592],
    "39.9042, 116.4074",
    "POINT(116.4074 39.9042)",
    {"type": "LineString", "coordinates": [[116.4, 39.9], [116.5, 39.8]]},
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    [1, 2],
    [200.5, 95.5],
    "hello",
    "1.5, 2",
    {"type": "Point", "coordinates": [500.0, 10.0]},
    {"lat": 91.0, "lng": 10.0},
    [0.0, 0.0],
    [1.0, 2.0, 3.0, 4.0],
    "4.2.1",
    42.5,
]


POSITIVE += [[-46.491884, -23.476866], "40.735176,-73.822393"]


POSITIVE += ["40°44'54.3\"N 73°59'8.4\"W", "40° 44′ 54″ N, 73° 59′ 8″ W"]
NEGATIVE += ["95°00'00\"N 10°00'00\"E", "45° angle"]

# an object that is only a position (with position keys such as altitude or accuracy) is one;
# an object that holds more (a track point, a geo block with a city) is not: its leaves are
POSITIVE += [
    {"latitude": 51.42278, "longitude": 8.448467, "altitude": 120.5, "accuracy": 8.0},
    {"lat": 40.9659, "lon": 0.1761, "alt": 12.0},
]
NEGATIVE += [
    {"lat": 51.42278, "lon": 8.448467, "ele": 496.3, "t": 1765835294, "cadence": 183},
    {"lat": 40.9659, "lon": 0.1761, "country": "USA", "city": "Toronto", "zip": "36159"},
    {"id": "c1", "lat": 39.9042, "lng": 116.4074},
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


# one component of a split pair as exports write it: degrees with a hemisphere, four decimals at least
DEGREES_POSITIVE = ["45.804624° N", "122.637513° W", "N 45.8046°", "33.8688°S"]
DEGREES_NEGATIVE = [
    "270° W",  # a bearing, not a position: no decimals
    "95.123456° N",  # latitude beyond 90
    "45.804624°",  # no hemisphere: a temperature or an angle
    "N 45.8046° S",  # two hemispheres
]


@pytest.mark.parametrize("value", DEGREES_POSITIVE)
def test_degree_component(value: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.detail["format"] == "degrees"


@pytest.mark.parametrize("value", DEGREES_NEGATIVE)
def test_degree_component_rejects(value: str) -> None:
    assert DET.detect(value) is None


# "coordinates" and "location" in more languages (review25b); Italian and English ``coordinate`` had the chart's
# ``ordinate`` in it (a negative word); a text's placeholder, an ad's placement, a GPS switch are no position
COORDINATE_NAMES = (
    "coordinate", "gps_coordinate", "koordinaten", "koordinat", "wspolrzedne", "współrzędne", "toa_do", "tọa_độ",
    "احداثيات", "座標", "좌표", "координати", "ubicacion", "localizacao", "standort", "konum", "lokasi", "vi_tri",
)  # fmt: skip
COORDINATE_NOT = ("placeholder", "placement", "gps_enabled", "coordinate_system_name", "location_type")


@pytest.mark.parametrize(("name", "agrees"), name_table(COORDINATE_NAMES, COORDINATE_NOT))
def test_field_names(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees
