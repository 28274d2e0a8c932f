"""Table tests for the ``ip_address``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.ip_address import IpAddressDetector

DET = IpAddressDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "198.51.100.23",
    "203.0.113.7:443",
    "10.1.2.3/24",
    "2001:db8::1",
    "fe80::1%eth0",
    "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = ["1.2.3", "256.1.1.1", "01.2.3.4", "4.0.30319.42000", "1.2.3.4.5", "::g", "12:34", "abc", 1234]


POSITIVE += ["203.0.113.5, 10.0.3.12", "2409:8a1e:7214:e2d8:f2ae:606b:b67:ba0a, 10.0.1.153"]
NEGATIVE += ["1.2, 3.4", "203.0.113.5, hello", "4.0.30319.42000, 1.2.3"]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


# "version" in more languages argues against an address (a four-part version is a valid IPv4 address)
@pytest.mark.parametrize("name", ("バージョン", "版本", "phien_ban", "wersja", "sürüm", "версия", "bbh"))
def test_version_names_in_more_languages_are_against(name: str) -> None:
    from ajar.detectors.base import NameHint
    from ajar.pipeline.features import hint_of
    from ajar.pipeline.names import field_name

    assert hint_of(DET, field_name(name)) is NameHint.AGAINST
