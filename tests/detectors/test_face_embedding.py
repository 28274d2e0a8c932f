"""Table tests for the ``face_embedding``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.face_embedding import FaceEmbeddingDetector

DET = FaceEmbeddingDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    [0.01 * ((i * 7) % 13 - 6) + 0.001 for i in range(128)],
    [((i % 5) - 2) * 0.0441 + 0.0003 for i in range(512)],
    __import__("base64")
    .b64encode(__import__("struct").pack("<128f", *[0.05 + i * 0.0001 for i in range(128)]))
    .decode(),
    __import__("struct").pack("<128f", *[0.05 + i * 0.0001 for i in range(128)]),
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    [1, 2, 3] * 50,
    [0.5, 0.25],
    [float("nan")] * 128,
    [5.5] * 128,
    "aGVsbG8=",
    b"\\x00" * 3,
    [0.1] * 10,
]


_RNG = __import__("random").Random(5)
_V512 = [round(_RNG.gauss(0, 0.044), 6) for _ in range(512)]
_V384 = [round(_RNG.gauss(0, 0.051), 6) for _ in range(384)]
POSITIVE += [__import__("json").dumps(_V512)]  # a JSON string of 512 floats
NEGATIVE += ["[1, 2, 3]", "[" + ", ".join(["0.5"] * 100) + ', "x"]', "[not json"]


def test_text_embedding_size_is_weak() -> None:
    hit = DET.detect(_V384)
    assert hit is not None and hit.strength < 0.3


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None
