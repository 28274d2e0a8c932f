"""Positions split across two fields (``location.coordinates``).

Detected: a latitude field and a longitude field under the same parent (``lat``/``lng``,
``latitude``/``longitude``, ``gps_lat``/``gps_lon``, pinyin ``wd``/``jd``, ``纬度``/``经度``,
Russian ``широта``/``долгота``), whose values are numbers (or numeric strings) in range
(latitude in [-90, 90], longitude in [-180, 180]) with decimals. Both names must agree: a
single reading in [-90, 90] is not a position. Bare ``y``/``x`` count beside a spatial
reference field (``srid``, ``epsg``, ``crs``, ``wkid``), as GIS tables store them.

Without telling names, a pair of number fields counts only when it is strongly
coordinate-like and the dataset already holds location evidence (an address, a position, a
field named ``city``...): GPS precision (4+ decimals in nearly every value), one field within
[-90, 90], the other within [-180, 180] and beyond [-90, 90] somewhere, values clustered on a
few whole degrees (people live in a few cities; sensor angles and readings spread over the whole
range), and exactly one such pair under the parent.

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

_SPATIAL_REF = frozenset({"srid", "epsg", "crs", "wkid", "spatial_ref", "spatialref", "srs", "srs_name"})
_LOCATION_NAMES = frozenset(
    {"city", "town", "address", "addr", "street", "zip", "zipcode", "postcode", "country", "region", "district"}
)
_LOCATION_CATEGORIES = frozenset({Category.ADDRESS, Category.COORDINATES})

_SPLIT = re.compile(r"[^0-9a-z\u00c0-\uffff]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_LAT = frozenset({"lat", "latitude", "wd", "纬度", "широта", "y", "latitud", "latitudine", "breitengrad", "enlem"})
_LON = frozenset(
    {
        "lng",
        "lon",
        "long",
        "longitude",
        "jd",
        "经度",
        "долгота",
        "x",
        "longitud",
        "longitudine",
        "laengengrad",
        "längengrad",
        "boylam",
    }
)


def _role(segment: str, spatial: bool = False) -> tuple[str, str] | None:
    """('lat'|'lon', the segment with the role token removed) when the name says so; bare
    ``x``/``y`` only when ``spatial`` (a spatial reference field beside them)."""
    tokens = _SPLIT.split(_CAMEL.sub("_", segment).lower())
    tokens = [t for t in tokens if t]
    for i, tok in enumerate(tokens):
        role = "lat" if tok in _LAT else "lon" if tok in _LON else None
        if role is None:
            for word, r in (("纬度", "lat"), ("经度", "lon")):
                if word in tok:
                    role = r
        if role is not None:
            if tok in ("x", "y") and len(tokens) == 1 and not spatial:
                return None  # bare x/y are too generic (pixels, charts)
            return role, "_".join(tokens[:i] + tokens[i + 1 :])
    return None


def _floats(values: Sequence[Any]) -> list[float] | None:
    """The values as floats, or None when one is not a finite number (or numeric text)."""
    out: list[float] = []
    for v in values[:400]:
        if isinstance(v, bool):
            return None
        if isinstance(v, float | int):
            f = float(v)
        elif isinstance(v, str) and len(v) <= 24:
            try:
                f = float(v)
            except ValueError:
                return None
        else:
            return None
        if not math.isfinite(f):
            return None
        out.append(f)
    return out


def _gps_like(values: list[float]) -> bool:
    """GPS precision (4+ decimals nearly everywhere) and clustered on a few whole degrees."""
    if len(values) < 20:
        return False
    precise = sum(1 for f in values if abs(f * 1e3 - round(f * 1e3)) > 1e-6)
    if precise < 0.9 * len(values):
        return False
    degrees = {math.floor(f) for f in values}
    return len(degrees) <= max(6, len(values) // 20) and len(set(values)) >= 0.5 * len(values)


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

    def detect_dataset(
        self, columns: Mapping[str, Sequence[Any]], found: Mapping[str, Category] | None = None
    ) -> list[DatasetHit]:
        spatial_parents = {
            path.rpartition(".")[0] for path in columns if path.rpartition(".")[2].lower() in _SPATIAL_REF
        }
        lats: dict[tuple[str, str], str] = {}
        lons: dict[tuple[str, str], str] = {}
        for path in columns:
            parent, _, last = path.rpartition(".")
            role = _role(last, parent in spatial_parents)
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
        if found is not None:
            paired = {p for h in hits for p in h.paths}
            hits.extend(self._unnamed({p: v for p, v in columns.items() if p not in paired}, found))
        return hits

    def _unnamed(self, columns: Mapping[str, Sequence[Any]], found: Mapping[str, Category]) -> list[DatasetHit]:
        """A lat/lon pair under names that say nothing, when the dataset has other location evidence."""
        located = any(c in _LOCATION_CATEGORIES for c in found.values()) or any(
            p.rpartition(".")[2].lower() in _LOCATION_NAMES for p in columns
        )
        if not located:
            return []
        by_parent: dict[str, list[tuple[str, list[float]]]] = {}
        for path, values in columns.items():
            # a field already given another category is no half of a position; one already read as a
            # position (by the field model) still is, and its partner is found here
            if found.get(path, self.category) is not self.category or _role(path.rpartition(".")[2]) is not None:
                continue
            floats = _floats(values)
            if floats is None or not _gps_like(floats) or max(abs(f) for f in floats) > 180:
                continue
            by_parent.setdefault(path.rpartition(".")[0], []).append((path, floats))
        hits: list[DatasetHit] = []
        for cands in by_parent.values():
            if len(cands) != 2:
                continue  # several candidates: no way to tell which two belong together
            (pa, fa), (pb, fb) = cands
            wide_a, wide_b = max(abs(f) for f in fa) > 90, max(abs(f) for f in fb) > 90
            if wide_a == wide_b:
                continue  # the longitude must show itself beyond [-90, 90]
            lat_path, lon_path = (pb, pa) if wide_a else (pa, pb)
            hits.append(DatasetHit((lat_path, lon_path), self.category, 0.6, {"format": "split", "names": "none"}))
        return hits
