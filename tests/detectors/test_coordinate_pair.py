"""Table tests for the ``coordinate_pair`` dataset detector (latitude + longitude fields)."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.coordinate_pair import CoordinatePairDetector

DET = CoordinatePairDetector()
LAT = [43.825592, 39.470412, 37.114301, 43.8, 39.9042]
LON = [87.616812, 75.989812, 79.922512, 87.6, 116.4074]

POSITIVE: list[tuple[dict[str, list[Any]], tuple[str, str]]] = [
    ({"lat": LAT, "lng": LON}, ("lat", "lng")),
    ({"latitude": LAT, "longitude": LON}, ("latitude", "longitude")),
    ({"loc.gps_lat": LAT, "loc.gps_lon": LON}, ("loc.gps_lat", "loc.gps_lon")),
    ({"wd": [str(v) for v in LAT], "jd": [str(v) for v in LON]}, ("wd", "jd")),
    ({"纬度": LAT, "经度": LON}, ("纬度", "经度")),
    ({"cameraLat": LAT, "cameraLng": LON}, ("cameraLat", "cameraLng")),
]

# hard negatives: a lone reading in [-90, 90], integers, out of range, mismatched parents, bare x/y
NEGATIVE: list[dict[str, list[Any]]] = [
    {"lat": LAT},
    {"temperature": LAT, "humidity": LON},
    {"lat": [1, 2, 3], "lng": [4, 5, 6]},
    {"lat": [95.5, 99.1], "lng": [10.5, 20.5]},
    {"a.lat": LAT, "b.lng": LON},
    {"x": LON, "y": LAT},
]


@pytest.mark.parametrize(("columns", "paths"), POSITIVE)
def test_detects(columns: dict[str, list[Any]], paths: tuple[str, str]) -> None:
    hits = DET.detect_dataset(columns)
    assert [h.paths for h in hits] == [paths]


@pytest.mark.parametrize("columns", NEGATIVE)
def test_rejects(columns: dict[str, list[Any]]) -> None:
    assert DET.detect_dataset(columns) == []
