"""Table tests for the ``face_embedding``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.face_embedding import FaceEmbeddingDetector
from tests.name_hints import name_agrees, name_table

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


# review25a: vectors as code writes them to text: numbers apart by commas, semicolons, tabs or spaces without
# brackets, numpy's str (no commas, over lines), scientific notation, a JSON object around the vector; and the
# look-alikes that must not be read as one: never-negative rows (TF-IDF, probabilities), smooth series (a ramp,
# a curve), whole numbers (pixels), readings out of range, a list of coordinates
_V128 = [round(_RNG.gauss(0, 0.088), 6) for _ in range(128)]
_V256 = [round(_RNG.gauss(0, 0.0625), 6) for _ in range(256)]


def _numpy_str(values: list[float]) -> str:
    text, line = "[", "["
    for i, v in enumerate(values):
        tok = f"{v: .8f}" + (" " if i < len(values) - 1 else "]")
        if len(line) + len(tok) > 75:
            text, line = text + "\n ", " "
        text, line = text + tok, line + tok
    return text


POSITIVE += [
    ",".join(map(str, _V128)),
    ", ".join(map(str, _V512)),
    ";".join(map(str, _V256)),
    "\t".join(map(str, _V128)),
    " ".join(map(str, _V512)),
    " ".join(f"{v:.6e}" for v in _V128),
    _numpy_str(_V128),
    _numpy_str(_V512).replace("\n", "\r\n"),
    __import__("json").dumps({"embedding": _V256, "model": "facenet"}),
]
NEGATIVE += [
    ",".join(f"{_RNG.random() * 0.3:.6f}" for _ in range(512)),  # a TF-IDF row
    __import__("json").dumps([round(_RNG.random(), 4) for _ in range(128)]),  # probabilities
    " ".join(f"{0.5 * __import__('math').sin(i / 10):.6f}" for i in range(256)),  # a curve
    ",".join(f"{i / 128:.6f}" for i in range(128)),  # a ramp
    " ".join(str(_RNG.randint(0, 255)) for _ in range(512)),  # a row of pixels
    ",".join(f"{20 + _RNG.gauss(0, 0.3):.2f}" for _ in range(128)),  # a sensor's readings
    ",".join(f"{52 + _RNG.random():.6f},{13 + _RNG.random():.6f}" for _ in range(64)),  # coordinates
    "1,2,3\n" * 100,
    "[" + " ".join(map(str, _V128)) + "] [" + " ".join(map(str, _V128)) + "]",
    ",".join(map(str, _V128)) + ",abc",
    "-" * 300,
    "1e999," * 100,
    ",".join(["-0.125"] * 4096),  # one number repeated
]


def test_text_vector_is_linear_in_length() -> None:
    """A long text of numbers is read in one pass, and one of too many numbers is not converted at all."""
    import time

    worst = [" ".join(["-0.1"] * 16000), ",".join(["0.1e-1"] * 16000), "-" + "1" * 79999, "1 " * 39999]
    start = time.perf_counter()
    for value in worst:
        assert DET.detect(value) is None
    assert time.perf_counter() - start < 0.5


# numpy's repr and a PostgreSQL float array literal (as a dump of a float8[] column writes it)
POSITIVE += [
    "array([" + ", ".join(map(str, _V128)) + "], dtype=float32)",
    "array([" + ", ".join(map(str, _V512)) + "])",
    "{" + ",".join(map(str, _V256)) + "}",
]
NEGATIVE += ["{" + ",".join(f"{_RNG.random() * 0.3:.6f}" for _ in range(256)) + "}", "array(" + "1, " * 200 + ")"]
# a face template's field in other languages (review25b): "face" and "vector" words of each
FACE_NAMES = (
    "vetor_facial", "VetorFacial", "biometria_facial", "vecteur_visage", "empreinte_faciale", "gesichtsvektor",
    "gesichtsmerkmale", "vettore_volto", "caratteristiche_viso", "gezichtskenmerken", "wektor_twarzy", "cechy_twarzy",
    "yuz_vektoru", "yüz_vektörü", "vektor_wajah", "fitur_wajah", "khuon_mat", "dac_trung_khuon_mat", "khuôn_mặt",
    "renlian_tezheng", "rlxl", "顔特徴量", "顔ベクトル", "얼굴특징", "얼굴_벡터", "متجه_الوجه", "بردار_چهره",
    "चेहरा_वेक्टर", "шаблон_обличчя", "caracteristicas_faciales", "эмбеддинг_лица",
)  # fmt: skip
# a count, a price's face value, a feature flag: no template
FACE_NOT = ("face_value", "faceValue", "face_count", "feature_flags", "feature_count", "vector_dim", "vector_id",
            "embedding_model", "face_detector_version", "人脸数量", "email_template", "vetor_tamanho",
            "feature_importance", "vector_store_name", "vector_norm_threshold")


@pytest.mark.parametrize(("name", "agrees"), name_table(FACE_NAMES, FACE_NOT))
def test_field_names(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees
