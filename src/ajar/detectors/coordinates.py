"""Geographic positions in one value (``location.coordinates``).

Detected, with latitude in [-90, 90] and longitude in [-180, 180]:

* GeoJSON ``{"type": "Point", "coordinates": [lon, lat]}`` (also MultiPoint/LineString
  positions: the first position is checked);
* objects that are only a position: latitude and longitude keys (``{"lat": .., "lng": ..}``,
  ``latitude``, ``lon``, ``long``, Chinese ``纬度``/``经度``), possibly with other position keys
  (``alt``, ``accuracy``, ``crs``...). An object that holds more (a track point with ``t`` and
  ``cadence``, a geo block with ``city`` and ``zip``) is not itself the position: its
  ``lat``/``lon`` leaves are, found as a split pair by ``coordinate_pair``;
* two-number arrays ``[lon, lat]`` (MongoDB legacy pairs, GeoJSON order) or ``[lat, lon]``;
* ``"lat,lon"`` strings in decimal degrees (``"39.9042, 116.4074"``), optionally ``POINT(lon lat)``;
* one component with a degree sign and a hemisphere (``45.804624° N``: half of a split pair, as
  exports write it; 0.6, four decimals at least).

Validated: ranges, and precision: bare pairs need at least three decimals in one number
and must not be two integers, so counters and readings in [-90, 90] are weak. Coordinates
split across two fields are found by the ``coordinate_pair`` dataset detector.

>>> CoordinatesDetector().detect({"type": "Point", "coordinates": [116.4074, 39.9042]}) is not None
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from ajar.detectors.base import Detector, Hit, degree_component, finite_float, short_text
from ajar.models import Category

_PAIR = re.compile(r"\(?\s*(-?\d{1,3}\.\d+)\s*[,;\s]\s*(-?\d{1,3}\.\d+)\s*\)?")
_WKT = re.compile(r"POINT\s*\(\s*(-?\d{1,3}(?:\.\d+)?)\s+(-?\d{1,3}(?:\.\d+)?)\s*\)", re.IGNORECASE)
# degrees, minutes, seconds: 40°44'54.3"N 73°59'8.4"W (also with spaces, ′ ″, or N/S first)
_DMS = re.compile(
    r"(\d{1,2})°\s*(\d{1,2})['′]\s*(\d{1,2}(?:\.\d+)?)[\"″]?\s*([NS])[,\s]+"
    r"(\d{1,3})°\s*(\d{1,2})['′]\s*(\d{1,2}(?:\.\d+)?)[\"″]?\s*([EW])",
    re.IGNORECASE,
)
_LAT_KEYS = ("lat", "latitude", "纬度", "wd", "y_lat")
_LON_KEYS = ("lng", "lon", "long", "longitude", "经度", "jd", "x_lng")
# keys that may sit beside latitude/longitude in an object that is still only a position
_POSITION_KEYS = frozenset(
    {
        "alt",
        "altitude",
        "ele",
        "elevation",
        "height",
        "accuracy",
        "acc",
        "horizontal_accuracy",
        "horizontalaccuracy",
        "vertical_accuracy",
        "verticalaccuracy",
        "hacc",
        "vacc",
        "hdop",
        "vdop",
        "precision",
        "crs",
        "srid",
        "datum",
        "高度",
        "海拔",
    }
)
_GEO_TYPES = frozenset({"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"})


def _decimals(value: float) -> int:
    text = repr(value)
    return len(text.split(".", 1)[1]) if "." in text and "e" not in text else 0


def _pair_strength(lat: float, lon: float) -> float | None:
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    if lat == 0.0 and lon == 0.0:
        return None
    prec = max(_decimals(lat), _decimals(lon))
    if prec == 0:
        return None
    return 0.55 if prec < 3 else 0.8


class CoordinatesDetector(Detector):
    """A latitude/longitude position in one value."""

    id = "coordinates"
    category = Category.COORDINATES
    description = 'Positions: GeoJSON, {lat, lng} objects, lon/lat number pairs, "lat,lon" strings.'
    name_hints = (
        "location",
        "loc",
        "coordinates",
        "coords",
        "coord",
        "position",
        "pos",
        "geo",
        "geom",
        "geometry",
        "point",
        "gps",
        "latlng",
        "latlon",
        "lnglat",
        "lonlat",
        "lat_lon",
        "lat_lng",
        "lon_lat",
        "lng_lat",
        "place",
        "wz",
        "dw",
        "zb",
        "位置",
        "坐标",
        "定位",
        "经纬度",
        "координаты",
        "местоположение",
        "موقع",
        "إحداثيات",
        # "coordinates" and "location" in more languages (review25b): de, tr, id, ms, pl, vi, ar without its
        # hamza, ja, ko, uk; es, pt, fr, de, pl, tr, id, vi
        "koordinaten",
        "koordinate",
        "koordinat",
        "wspolrzedne",
        "współrzędne",
        "toa_do",
        "tọa_độ",
        "toado",
        "احداثيات",
        "座標",
        "좌표",
        "координат",
        "ubicacion",
        "ubicación",
        "localizacao",
        "localização",
        "localisation",
        "standort",
        "lokalizacja",
        "konum",
        "lokasi",
        "vi_tri",
        "vị_trí",
    )
    negative_hints = (
        "range",
        "size",
        "dims",
        "dimensions",
        "score",
        "scores",
        "version",
        "rgb",
        "color",
        # a chart's or a screen's axes: abscissa and ordinate (Chinese 横坐标/纵坐标), pixels. ``ordinate`` is left
        # out: it ends ``coordinate`` (review25b), and alone it says no position either way
        "abscissa",
        "x_axis",
        "y_axis",
        "横坐标",
        "纵坐标",
        "横座標",
        "縦座標",
        "pixel",
        "px",
        # a text's placeholder, an ad's placement (``place``), a GPS switch (review25b)
        "placeholder",
        "placement",
        "enabled",
        # a coordinate system's name, a location's type (review25b)
        "system",
        "type",
    )
    accepts = frozenset({"str", "list", "dict"})
    text_needs_digit = True  # every text form (a pair, WKT, DMS, degrees) has digits

    def detect(self, value: Any) -> Hit | None:
        try:
            if isinstance(value, Mapping):
                return self._mapping(value)
            if isinstance(value, list | tuple):
                return self._array(value, geojson=False)
            text = short_text(value, 64)
            if text is None:
                return None
            m = _WKT.fullmatch(text)
            if m is not None:
                s = _pair_strength(float(m.group(2)), float(m.group(1)))
                return Hit(max(s, 0.8), {"format": "wkt"}) if s is not None else None
            m = _DMS.fullmatch(text)
            if m is not None:
                lat, lon = int(m.group(1)), int(m.group(5))
                if lat <= 90 and lon <= 180 and int(m.group(2)) < 60 and int(m.group(6)) < 60:
                    return Hit(0.85, {"format": "dms"})
                return None
            # one component of a split column (45.804624° N): four decimals, so a bearing ("270° W") is not one
            degrees = degree_component(text, min_decimals=4)
            if degrees is not None:
                limit = 90.0 if degrees[2] in ("N", "S") else 180.0
                return Hit(0.6, {"format": "degrees"}) if abs(degrees[0]) <= limit else None
            m = _PAIR.fullmatch(text)
            if m is None:
                return None
            a, b = float(m.group(1)), float(m.group(2))
            s = _pair_strength(a, b)
            if s is None:
                return None
            return Hit(s, {"format": "lat,lon"})
        except (RecursionError, ValueError, TypeError, OverflowError):
            return None

    def _mapping(self, value: Mapping[Any, Any]) -> Hit | None:
        gtype = value.get("type")
        if isinstance(gtype, str) and gtype in _GEO_TYPES and "coordinates" in value:
            pos: Any = value["coordinates"]
            for _ in range(3):  # descend into nested position lists
                if isinstance(pos, list | tuple) and pos and isinstance(pos[0], list | tuple):
                    pos = pos[0]
            hit = self._array(pos, geojson=True)
            return Hit(0.95, {"format": "geojson"}) if hit is not None else None
        lat = lon = None
        lat_key = lon_key = None
        for key in _LAT_KEYS:
            if key in value:
                lat, lat_key = finite_float(value[key]), key
                break
        for key in _LON_KEYS:
            if key in value:
                lon, lon_key = finite_float(value[key]), key
                break
        if lat is None or lon is None:
            return None
        for key in value:
            if key != lat_key and key != lon_key and not (isinstance(key, str) and key.lower() in _POSITION_KEYS):
                return None  # more than a position: the lat/lon leaves are the position (split pair)
        s = _pair_strength(lat, lon)
        return Hit(max(s, 0.85), {"format": "object"}) if s is not None else None

    def _array(self, value: list[Any] | tuple[Any, ...], *, geojson: bool) -> Hit | None:
        if len(value) not in (2, 3):
            return None
        a, b = value[0], value[1]
        if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in (a, b)):
            return None
        if isinstance(a, int) and isinstance(b, int):
            return None  # two integers: counters, sizes, pixels
        fa, fb = float(a), float(b)
        if not (math.isfinite(fa) and math.isfinite(fb)):
            return None
        if not geojson and abs(fa) <= 1.0 and abs(fb) <= 1.0:
            return None  # unit-range vectors (readings, normalised features), not "null island"
        s = _pair_strength(fb, fa)  # [lon, lat], GeoJSON order
        order = "lon,lat"
        if s is None and not geojson:
            s = _pair_strength(fa, fb)
            order = "lat,lon"
        if s is None:
            return None
        # a bare pair of numbers is a position only if the field's name says so
        return Hit(min(s, 0.45), {"format": "array", "order": order})
