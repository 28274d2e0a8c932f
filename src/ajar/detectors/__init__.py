"""The built-in detectors, registered explicitly (alphabetical, one line each).

``DETECTORS`` look at single values; ``DATASET_DETECTORS`` look across a dataset's fields.
Add a detector: one module named after its id, one line here, one test file
(``tests/detectors/test_<id>.py``); ``tests/contract/test_detectors.py`` checks all three.
"""

from __future__ import annotations

from ajar.detectors.address import AddressDetector
from ajar.detectors.base import DatasetDetector, Detector
from ajar.detectors.birth_date import BirthDateDetector
from ajar.detectors.card_number import CardNumberDetector
from ajar.detectors.coordinate_pair import CoordinatePairDetector
from ajar.detectors.coordinates import CoordinatesDetector
from ajar.detectors.device_id import DeviceIdDetector
from ajar.detectors.email import EmailDetector
from ajar.detectors.ethnicity import EthnicityDetector
from ajar.detectors.face_embedding import FaceEmbeddingDetector
from ajar.detectors.health import HealthDetector
from ajar.detectors.iban import IbanDetector
from ajar.detectors.ip_address import IpAddressDetector
from ajar.detectors.national_id import NationalIdDetector
from ajar.detectors.person_name import PersonNameDetector
from ajar.detectors.phone import PhoneDetector
from ajar.detectors.religion import ReligionDetector
from ajar.detectors.secret import SecretDetector

DETECTORS: tuple[type[Detector], ...] = (
    AddressDetector,
    BirthDateDetector,
    CardNumberDetector,
    CoordinatesDetector,
    DeviceIdDetector,
    EmailDetector,
    EthnicityDetector,
    FaceEmbeddingDetector,
    HealthDetector,
    IbanDetector,
    IpAddressDetector,
    NationalIdDetector,
    PersonNameDetector,
    PhoneDetector,
    ReligionDetector,
    SecretDetector,
)

DATASET_DETECTORS: tuple[type[DatasetDetector], ...] = (CoordinatePairDetector,)

__all__ = ["DATASET_DETECTORS", "DETECTORS"]
