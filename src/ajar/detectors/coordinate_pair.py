"""Positions split across two fields (``location.coordinates``).

Detected: a latitude field and a longitude field under the same parent (``lat``/``lng``,
``latitude``/``longitude``, ``gps_lat``/``gps_lon``, pinyin ``wd``/``jd``, ``纬度``/``经度``,
Russian ``широта``/``долгота``, Indonesian ``lintang``/``bujur``, Vietnamese ``vi_do``/``kinh_do``,
Turkish ``enlem``/``boylam``, Arabic ``خط_العرض``/``خط_الطول``, Korean ``위도``/``경도``...), whose
values are numbers (numeric strings, or degrees with a hemisphere, ``47.514491° E``) in range
(latitude in [-90, 90], longitude in [-180, 180]) with decimals. Both names must agree: a
single reading in [-90, 90] is not a position. Names that also mean width and length (German
``breite``/``länge``, Polish ``szerokość``/``długość``) count only at GPS precision (four decimals in
most values). Bare ``y``/``x`` count beside a spatial reference field (``srid``, ``epsg``, ``crs``,
``wkid``), as GIS tables store them.

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

from ajar.detectors.base import DatasetDetector, DatasetHit, degree_component, finite_float
from ajar.models import Category

_SPATIAL_REF = frozenset({"srid", "epsg", "crs", "wkid", "spatial_ref", "spatialref", "srs", "srs_name"})
_LOCATION_NAMES = frozenset(
    {"city", "town", "address", "addr", "street", "zip", "zipcode", "postcode", "country", "region", "district"}
)
_LOCATION_CATEGORIES = frozenset({Category.ADDRESS, Category.COORDINATES})

_SPLIT = re.compile(r"[^0-9a-z\u00c0-\uffff]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# latitude and longitude as field names write them, in the languages of the exports read: one token
# (``lintang``), a two-token phrase (Vietnamese ``vi_do``), or, in scripts without ASCII, a part of a
# token (``b_纬度``, ``위도값``)
_LAT = frozenset(
    {
        "lat", "latitude", "wd", "weidu", "y", "latitud", "latitudine", "breitengrad", "breedtegraad",
        "breddegrad", "breddgrad", "enlem", "lintang", "leveysaste", "latitudo", "vido",
    }
)  # fmt: skip
_LON = frozenset(
    {
        "lng", "lon", "long", "longitude", "jd", "jingdu", "x", "longitud", "longitudine", "laengengrad",
        "längengrad", "lengtegraad", "laengdegrad", "længdegrad", "lengdegrad", "längdgrad", "boylam", "bujur",
        "pituusaste", "longhitud", "kinhdo",
    }
)  # fmt: skip
_LAT_PHRASES = frozenset({"vi_do", "vĩ_độ", "خط_العرض", "دائرة_العرض", "عرض_جغرافیایی", "קו_רוחב"})
_LON_PHRASES = frozenset({"kinh_do", "kinh_độ", "خط_الطول", "طول_جغرافیایی", "קו_אורך"})
_LAT_PARTS = ("纬度", "緯度", "위도", "широта", "ендік", "अक्षांश", "ละติจูด")
_LON_PARTS = ("经度", "経度", "경도", "долгота", "довгота", "бойлық", "देशांतर", "देशान्तर", "ลองจิจูด")
# width and length: latitude and longitude in German, Dutch, Polish, Czech, Hungarian and Finnish
# exports, and the sizes of things as often; a pair under these names counts only at GPS precision
_LAT_AMBIGUOUS = frozenset(
    {"breite", "breedte", "szerokosc", "szerokość", "sirka", "šířka", "szelesseg", "szélesség", "leveys"}
)
_LON_AMBIGUOUS = frozenset(
    {"laenge", "länge", "lengte", "dlugosc", "długość", "delka", "délka", "hosszusag", "hosszúság", "pituus"}
)


def _role(segment: str, spatial: bool = False) -> tuple[str, str, bool] | None:
    """('lat'|'lon', the segment with the role token(s) removed, whether the word also means a size)
    when the name says so; bare ``x``/``y`` only when ``spatial`` (a spatial reference field beside them)."""
    tokens = _SPLIT.split(_CAMEL.sub("_", segment).lower())
    tokens = [t for t in tokens if t]
    for i, tok in enumerate(tokens):
        if i + 1 < len(tokens):
            phrase = f"{tok}_{tokens[i + 1]}"
            role = "lat" if phrase in _LAT_PHRASES else "lon" if phrase in _LON_PHRASES else None
            if role is not None:
                return role, "_".join(tokens[:i] + tokens[i + 2 :]), False
        ambiguous = tok in _LAT_AMBIGUOUS or tok in _LON_AMBIGUOUS
        role = "lat" if tok in _LAT or tok in _LAT_AMBIGUOUS else None
        if tok in _LON or tok in _LON_AMBIGUOUS:
            role = "lon"
        if role is None and not tok.isascii():
            if any(word in tok for word in _LAT_PARTS):
                role = "lat"
            elif any(word in tok for word in _LON_PARTS):
                role = "lon"
        if role is not None:
            if tok in ("x", "y") and len(tokens) == 1 and not spatial:
                return None  # bare x/y are too generic (pixels, charts)
            return role, "_".join(tokens[:i] + tokens[i + 1 :]), ambiguous
    return None


def _number(v: Any) -> tuple[float, str] | None:
    """A value as a finite number and its text: numbers, numeric text, a degree with a hemisphere
    (``47.514491° E``, as split columns write it)."""
    if isinstance(v, str):
        if len(v) > 24:
            return None
        text = v.strip()
        f = finite_float(text)
        if f is not None:
            return f, text
        degrees = degree_component(text)
        return (degrees[0], degrees[1]) if degrees is not None else None
    f = finite_float(v)
    return (f, repr(v)) if f is not None else None


def _precise(values: Sequence[Any]) -> bool:
    """GPS precision: four decimals or more in most values (sizes are written with one or two)."""
    numbers = [n for n in map(_number, values) if n is not None]
    if not numbers:
        return False
    return sum(1 for _, t in numbers if len(t.partition(".")[2]) >= 4) >= 0.8 * len(numbers)


def _floats(values: Sequence[Any]) -> list[float] | None:
    """The values as floats, or None when one is not a finite number (or numeric text)."""
    out: list[float] = []
    for v in values[:400]:
        f = finite_float(v)
        if f is None:
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
        n = _number(v)
        total += 1
        if n is not None and -limit <= n[0] <= limit and n[0] != int(n[0]):
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
        ambiguous: set[str] = set()  # named by a word that also means a size (``breite``): GPS precision needed
        lats: dict[tuple[str, str], str] = {}
        lons: dict[tuple[str, str], str] = {}
        for path in columns:
            parent, _, last = path.rpartition(".")
            role = _role(last, parent in spatial_parents)
            if role is None:
                continue
            key = (parent, role[1])
            (lats if role[0] == "lat" else lons)[key] = path
            if role[2]:
                ambiguous.add(path)
        hits: list[DatasetHit] = []
        for key, lat_path in sorted(lats.items()):
            lon_path = lons.get(key)
            if lon_path is None:
                continue
            share = min(_share_in_range(columns[lat_path], 90.0), _share_in_range(columns[lon_path], 180.0))
            if share < 0.6:
                continue
            if not all(p not in ambiguous or _precise(columns[p]) for p in (lat_path, lon_path)):
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
