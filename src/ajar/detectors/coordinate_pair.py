"""Positions split across two fields (``location.coordinates``).

Detected: a latitude field and a longitude field under the same parent (``lat``/``lng``,
``latitude``/``longitude``, ``gps_lat``/``gps_lon``, pinyin ``wd``/``jd``, ``纬度``/``经度``,
Russian ``широта``/``долгота``), whose values are numbers (or numeric strings) in range
(latitude in [-90, 90], longitude in [-180, 180]) with decimals. Both names must agree: a
single reading in [-90, 90] is not a position.

>>> CoordinatePairDetector().detect_dataset({"lat": [39.9042], "lng": [116.4074]})[0].paths
('lat', 'lng')
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ajar.detectors.base import DatasetDetector, DatasetHit
from ajar.models import Category

_SPLIT = re.compile(r"[^0-9a-z\u00c0-\uffff]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LAT = frozenset({"lat", "latitude", "wd", "纬度", "широта", "y"})
_LON = frozenset({"lng", "lon", "long", "longitude", "jd", "经度", "долгота", "x"})


def _role(segment: str) -> tuple[str, str] | None:
    """('lat'|'lon', the segment with the role token removed) when the name says so."""
    tokens = _SPLIT.split(_CAMEL.sub("_", segment).lower())
    tokens = [t for t in tokens if t]
    for i, tok in enumerate(tokens):
        role = "lat" if tok in _LAT else "lon" if tok in _LON else None
        if role is None:
            for word, r in (("纬度", "lat"), ("经度", "lon")):
                if word in tok:
                    role = r
        if role is not None:
            if tok in ("x", "y") and len(tokens) == 1:
                return None  # bare x/y are too generic
            return role, "_".join(tokens[:i] + tokens[i + 1 :])
    return None


def _share_in_range(values: Sequence[Any], limit: float) -> float:
    good = total = 0
    for v in values:
        if isinstance(v, bool):
            continue
        f: float | None = None
        if isinstance(v, int | float):
            try:
                f = float(v)
            except OverflowError:
                f = None
        elif isinstance(v, str) and len(v) <= 24:
            try:
                f = float(v)
            except ValueError:
                f = None
        total += 1
        if f is not None and math.isfinite(f) and -limit <= f <= limit and f != int(f):
            good += 1
    return good / total if total else 0.0


class CoordinatePairDetector(DatasetDetector):
    """A latitude field and a longitude field that together are a position."""

    id = "coordinate_pair"
    category = Category.COORDINATES
    description = "Positions split across a latitude field and a longitude field."

    def detect_dataset(self, columns: Mapping[str, Sequence[Any]]) -> list[DatasetHit]:
        lats: dict[tuple[str, str], str] = {}
        lons: dict[tuple[str, str], str] = {}
        for path in columns:
            parent, _, last = path.rpartition(".")
            role = _role(last)
            if role is None:
                continue
            key = (parent, role[1])
            (lats if role[0] == "lat" else lons)[key] = path
        hits: list[DatasetHit] = []
        for key, lat_path in sorted(lats.items()):
            lon_path = lons.get(key)
            if lon_path is None:
                continue
            share = min(_share_in_range(columns[lat_path], 90.0), _share_in_range(columns[lon_path], 180.0))
            if share < 0.6:
                continue
            generic = _role(lat_path.rpartition(".")[2]) is not None and lat_path.rpartition(".")[2].lower() == "y"
            conf = (0.6 if generic else 0.85) + 0.1 * share
            hits.append(DatasetHit((lat_path, lon_path), self.category, min(conf, 0.95), {"format": "split"}))
        return hits
