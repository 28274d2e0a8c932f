"""Face (or other biometric) templates (``biometric.face_embedding``).

Detected, in the shapes real systems store them:

* arrays of 64-4096 finite floats (128 for dlib/face_recognition, 512 for FaceNet/ArcFace
  class models), values within [-1.5, 1.5] (normalised vectors have an L2 norm near 1);
* the same vectors written as text: JSON (also an object around one vector), or numbers apart by commas,
  semicolons, tabs or spaces, with or without brackets (numpy's ``str``); a vector read from text must also be
  of both signs and no smooth series (TF-IDF rows, probabilities, sensor readings are not templates); numpy's
  ``repr`` (``array([...], dtype=float32)``) and PostgreSQL's array literal (``{0.1,-0.2,...}``) too;
* base64 text or raw bytes whose length is a float32 (or float64) vector of those sizes
  (512 or 2048 bytes for 128/512 float32) and whose decoded numbers are small and finite.

Validated: shape, finiteness, value range; integers-only arrays (counters, pixels) are
rejected. Strong for 128/256/512/1024 lengths, medium for other lengths; the field's name
(``face``, ``embedding``, ``feature``, ``template``, ``tzz``, ``特征``) tips the balance.

>>> FaceEmbeddingDetector().detect([0.01 * (i % 7 - 3) + 0.005 for i in range(128)]) is not None
True
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import struct
from typing import Any

from ajar.detectors.base import Detector, Hit
from ajar.models import Category

_STRONG_DIMS = frozenset({128, 256, 512, 1024})
# sizes of sentence/text embeddings (MiniLM 384, BERT/mpnet 768, OpenAI 1536/3072): not face templates
# unless the field's name says face (``strong_hints``)
_TEXT_DIMS = frozenset({384, 768, 1536, 3072})
_B64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
_FIRST = frozenset("-+.0123456789")  # how a vector written as plain numbers starts


def _vector_strength(values: list[Any] | tuple[Any, ...]) -> float | None:
    n = len(values)
    if not 64 <= n <= 4096:
        return None
    floats = sum(type(v) is float for v in values)
    if floats < n * 0.9 or floats + sum(type(v) is int for v in values) != n:
        return None
    total = math.fsum(values)
    if not math.isfinite(total) or min(values) < -1.5 or max(values) > 1.5:
        return None
    if sum(v == int(v) for v in values) > n * 0.1:  # mostly whole numbers: counts, pixels
        return None
    strength = 0.9 if n in _STRONG_DIMS else 0.25 if n in _TEXT_DIMS else 0.6
    if 0.9 <= math.hypot(*values) <= 1.1 and n not in _TEXT_DIMS:
        strength = min(1.0, strength + 0.05)
    return strength


# what a vector written as text holds: digits, signs, points, exponents, separators and brackets (numpy's str)
_NOT_VECTOR_TEXT = re.compile(r"[^0-9.eE+\-,;\[\]\s]")


def _text_strength(values: list[Any]) -> float | None:
    """:func:`_vector_strength` of a vector read from text, which must also look like a template: of both signs
    (histograms, TF-IDF rows and probabilities are never negative) and not a smooth series (a sensor's readings,
    a curve, a ramp), whose neighbours differ far less than its values spread."""
    s = _vector_strength(values)
    if s is None or min(values) >= 0:
        return None
    n = len(values)
    mean = math.fsum(values) / n
    spread = math.fsum(abs(v - mean) for v in values) / n
    step = math.fsum(abs(b - a) for a, b in zip(values, values[1:], strict=False)) / (n - 1)
    return s if spread > 0 and step >= 0.5 * spread else None


def _from_text(text: str) -> tuple[float, int] | None:
    """Strength and length of a vector written as plain text: numbers apart by commas, semicolons, tabs or spaces,
    with or without brackets, over lines (``0.1,-0.2,...``, numpy's ``[-0.11  0.02 ...]``). Linear: one scan for a
    foreign character, one split, at most 4096 conversions."""
    body = text.strip()
    if body[:6] == "array(" and body[-1:] == ")":  # numpy's repr: array([...], dtype=float32)
        body = body[6:-1].rstrip()
        if body.endswith(("dtype=float32", "dtype=float64", "dtype=float16")):
            body = body[:-13].rstrip().rstrip(",").rstrip()
    if (body[:1], body[-1:]) in (("[", "]"), ("{", "}")):  # a list, or a PostgreSQL array literal {0.1,-0.2,...}
        body = body[1:-1]
    if "[" in body or "]" in body or _NOT_VECTOR_TEXT.search(body):
        return None
    sep = "," if "," in body else ";" if ";" in body else None
    n = body.count(sep) + 1 if sep else len(body.split())
    if not 64 <= n <= 4096:
        return None
    try:
        values = [float(part) for part in body.split(sep)]
    except ValueError:
        return None
    s = _text_strength(values)
    return (s, n) if s is not None else None


def _from_bytes(raw: bytes) -> float | None:
    for size, fmt in ((4, "f"), (8, "d")):
        if len(raw) % size:
            continue
        n = len(raw) // size
        if not 64 <= n <= 4096:
            continue
        try:
            values = struct.unpack(f"<{n}{fmt}", raw)
        except struct.error:
            continue
        s = _vector_strength(values)
        if s is not None:
            return s
    return None


class FaceEmbeddingDetector(Detector):
    """A fixed-length float vector: a face or biometric template."""

    id = "face_embedding"
    category = Category.FACE_EMBEDDING
    description = "Face/biometric templates: 64-4096 float vectors (arrays, base64 or raw float32 bytes)."
    name_hints = (
        "face",
        "embedding",
        "embeddings",
        "encoding",
        "face_encoding",
        "feature",
        "features",
        "feature_vector",
        "template",
        "descriptor",
        "faceprint",
        "biometric",
        "vector",
        "facevec",
        "face_feature",
        "tzz",
        "tz",
        "rltz",
        "特征",
        "特征值",
        "人脸特征",
        "人脸",
        "特征向量",
        "биометрия",
        "вектор",
        "بصمة",
        # "vector" and "features" in other languages (review25b); a face word below is strong
        "vetor",
        "vettore",
        "vecteur",
        "vektor",
        "wektor",
        "vektoru",
        "vektörü",
        "xiangliang",
        "tezheng",
        "特徴量",
        "ベクトル",
        "벡터",
        "특징",
        "वेक्टर",
        "متجه",
        "эмбеддинг",
    )
    negative_hints = (
        "histogram",
        "weights",
        "bias",
        "prices",
        "readings",
        "series",
        "samples",
        "audio",
        "pixels",
        "text",
        "sentence",
        "document",
        "doc",
        "word",
        "query",
        "product",
        "item",
        "title",
        "description",
        "semantic",
        # a price's face value, a count of faces, a feature flag, a vector's size, id and index, a model, its version
        # and its detector, a message's template (review25b)
        "face_value",
        "facevalue",
        "count",
        "数量",
        "flag",
        "flags",
        "dim",
        "dims",
        "size",
        "tamanho",
        "tamano",
        "tamaño",
        "vector_id",
        "vetor_id",
        "template_id",
        "embedding_id",
        "feature_id",
        "index",
        "model",
        "modelo",
        "模型",
        "모델",
        "version",
        "detector",
        "detection",
        "email",
        "sms",
        "importance",
        "vector_store",
        "norm",
        "threshold",
    )
    strong_hints = (
        "face",
        "faceprint",
        "face_encoding",
        "facevec",
        "face_feature",
        "biometric",
        "rltz",
        "人脸",
        "人脸特征",
        # "face" in other languages (review25b): ``yüz`` alone is also "hundred", ``лицо`` also a person
        # (``физическое лицо``), so those two only beside "vector"; ``bardar``/``بردار`` (Persian "vector") is
        # left out, a part of other words (``نقشه‌برداری``)
        "facial",
        "faciale",
        "faciales",
        "biometria",
        "biometrie",
        "rosto",
        "rostro",
        "visage",
        "volto",
        "viso",
        "gesicht",
        "gesichts",
        "gezicht",
        "gezichts",
        "twarz",
        "twarzy",
        "yuz_vektoru",
        "yüz_vektörü",
        "wajah",
        "khuon_mat",
        "khuôn_mặt",
        "khuonmat",
        "renlian",
        "rlxl",
        "顔",
        "얼굴",
        "обличчя",
        "الوجه",
        "چهره",
        "चेहरा",
    )
    accepts = frozenset({"list", "str", "bytes"})
    text_min_length = 256  # a vector as JSON text (256 characters or more) or base64 (340 or more)

    @staticmethod
    def _text(value: str) -> Hit | None:
        found = _from_text(value)
        return Hit(found[0], {"dims": str(found[1]), "encoding": "text"}) if found is not None else None

    def detect(self, value: Any) -> Hit | None:
        try:
            if isinstance(value, list | tuple):
                s = _vector_strength(value)
                return Hit(s, {"dims": str(len(value)), "encoding": "array"}) if s is not None else None
            if isinstance(value, bytes | bytearray | memoryview):
                raw = bytes(value[:40000]) if len(value) <= 40000 else b""
                s = _from_bytes(raw) if raw else None
                return Hit(s, {"encoding": "bytes"}) if s is not None else None
            if isinstance(value, str) and value[:1] == "[" and 256 <= len(value) <= 80000:
                # a vector serialised as JSON text: "[-0.0721, 0.0115, ...]"
                try:
                    parsed = json.loads(value)
                except ValueError:
                    return self._text(value)  # numpy's str, without commas
                if not isinstance(parsed, list):
                    return None
                s = _text_strength(parsed)
                return Hit(s, {"dims": str(len(parsed)), "encoding": "json"}) if s is not None else None
            if isinstance(value, str) and value[:1] == "{" and 256 <= len(value) <= 80000:
                # a JSON object around one vector: {"embedding": [...]} (a few other keys at most)
                try:
                    parsed = json.loads(value)
                except ValueError:
                    return self._text(value)  # a PostgreSQL array literal: {0.1,-0.2,...}
                if not isinstance(parsed, dict) or len(parsed) > 4:
                    return None
                lists = [v for v in parsed.values() if isinstance(v, list)]
                s = _text_strength(lists[0]) if len(lists) == 1 else None
                return Hit(s, {"dims": str(len(lists[0])), "encoding": "json"}) if s is not None else None
            if isinstance(value, str) and 256 <= len(value) <= 80000 and (
                value.lstrip()[:1] in _FIRST or value[:6] == "array("
            ):
                hit = self._text(value)
                if hit is not None:
                    return hit
            if isinstance(value, str) and 340 <= len(value) <= 22000 and _B64.fullmatch(value):
                try:
                    raw = base64.b64decode(value, validate=True)
                except (binascii.Error, ValueError):
                    return None
                s = _from_bytes(raw)
                return Hit(s, {"encoding": "base64"}) if s is not None else None
        except (RecursionError, OverflowError, TypeError):
            return None
        return None
