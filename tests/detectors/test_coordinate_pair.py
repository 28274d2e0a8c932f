"""Table tests for the ``coordinate_pair`` dataset detector (latitude + longitude fields)."""

from __future__ import annotations

import random
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


# latitude and longitude named in more languages (one token, a two-token phrase, a part of a token in another
# script), and a longitude written in degrees with a hemisphere
GPS6_LAT = [-2.993591, -3.026072, -4.470013, -2.862208, -1.734215]
GPS6_LON = [120.681360, 120.089981, 118.331156, 117.175691, 118.072162]
POSITIVE += [
    ({"LINTANG": LAT, "BUJUR": LON}, ("LINTANG", "BUJUR")),
    ({"pickup.vi_do": LAT, "pickup.kinh_do": LON}, ("pickup.vi_do", "pickup.kinh_do")),
    ({"enlem": LAT, "boylam": LON}, ("enlem", "boylam")),
    ({"b_위도": LAT, "b_경도": LON}, ("b_위도", "b_경도")),
    ({"lat": LAT, "lng": [f"{v}° E" for v in LON]}, ("lat", "lng")),
    # width/length words at GPS precision
    ({"breite": GPS6_LAT, "laengengrad": GPS6_LON}, ("breite", "laengengrad")),
    ({"Szerokosc": [str(v) for v in GPS6_LAT], "Dlugosc": [str(v) for v in GPS6_LON]}, ("Szerokosc", "Dlugosc")),
]
# width and length of things: the same words, sizes written with one or two decimals
NEGATIVE += [
    {"breite": [12.5, 30.25, 8.75, 14.5], "laenge": [20.5, 45.75, 12.25, 60.5]},
    {"szerokosc": [1.2, 0.8, 2.45], "dlugosc": [3.5, 2.25, 4.1]},
]


GPS_LAT = [37.648646 + i * 0.001237 for i in range(40)] + [40.623791 + i * 0.000913 for i in range(40)]
GPS_LON = [-122.353924 + i * 0.001411 for i in range(40)] + [-73.981225 + i * 0.000719 for i in range(40)]
POSITIVE += [
    ({"y": LAT, "x": LON, "srid": [4326] * 5}, ("y", "x")),  # GIS columns beside a spatial reference
]
NEGATIVE += [
    {"y": LAT, "x": LON},  # bare x/y without a spatial reference: pixels, charts
    {"attr": GPS_LAT, "attr2": GPS_LON},  # opaque names and no location context
]


def test_unnamed_pair_needs_location_context() -> None:
    from ajar.models import Category

    cols = {"attr": GPS_LAT, "attr2": GPS_LON, "addr_line": ["x"]}
    hits = DET.detect_dataset(cols, {"addr_line": Category.ADDRESS})
    assert [h.paths for h in hits] == [("attr", "attr2")]
    assert DET.detect_dataset(cols, {}) == []
    # one half already read as a position (by the field model) is still half of the pair; one read as
    # something else is not
    hits = DET.detect_dataset(cols, {"addr_line": Category.ADDRESS, "attr2": Category.COORDINATES})
    assert [h.paths for h in hits] == [("attr", "attr2")]
    assert DET.detect_dataset(cols, {"addr_line": Category.ADDRESS, "attr2": Category.HEALTH}) == []


def test_unnamed_angles_and_readings_stay_unflagged() -> None:
    from ajar.models import Category

    rng = random.Random(3)
    angles = {
        "pitch": [round(rng.uniform(-90, 90), 5) for _ in range(80)],
        "yaw": [round(rng.uniform(-180, 180), 5) for _ in range(80)],
        "street": ["x"],
    }
    assert DET.detect_dataset(angles, {"street": Category.ADDRESS}) == []
    readings = {
        "t1": [round(rng.gauss(21, 2), 5) for _ in range(80)],
        "t2": [round(rng.gauss(45, 3), 5) for _ in range(80)],
        "city": ["x"],
    }
    assert DET.detect_dataset(readings, {}) == []


def test_an_integer_too_large_for_a_float_is_no_number() -> None:
    """An unnamed column holding one (a store's big counter) is no half of a pair; it used to raise
    OverflowError out of the detector, and the pipeline then dropped every pair of the dataset."""
    from ajar.models import Category

    cols = {"lat": LAT, "lng": LON, "counter": [10**400, 1], "city": ["x"]}
    hits = DET.detect_dataset(cols, {"city": Category.ADDRESS})
    assert [h.paths for h in hits] == [("lat", "lng")]


POSITIVE += [({"latitud": LAT, "longitud": LON}, ("latitud", "longitud"))]


@pytest.mark.parametrize(("columns", "paths"), POSITIVE)
def test_detects(columns: dict[str, list[Any]], paths: tuple[str, str]) -> None:
    hits = DET.detect_dataset(columns)
    assert [h.paths for h in hits] == [paths]


@pytest.mark.parametrize("columns", NEGATIVE)
def test_rejects(columns: dict[str, list[Any]]) -> None:
    assert DET.detect_dataset(columns) == []
