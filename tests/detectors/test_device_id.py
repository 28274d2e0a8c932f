"""Table tests for the ``device_id``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.device_id import DeviceIdDetector
from tests.name_hints import name_agrees, name_conditional, name_table

DET = DeviceIdDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "00:1A:2B:3C:4D:5E",
    "00-1a-2b-3c-4d-5e",
    "001a.2b3c.4d5e",
    "991147104974654",
    "357529170342361",
    "a3bb189e-8bf9-3888-9912-ace4e6543002",
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "00:00:00:00:00:00",
    "ff:ff:ff:ff:ff:ff",
    "991147104974655",
    "111111111111111",
    "hello",
    "12:34:56",
    42,
]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


def test_uuid_is_weak() -> None:
    hit = DET.detect("a3bb189e-8bf9-3888-9912-ace4e6543002")
    assert hit is not None and hit.strength < 0.5 and hit.detail["kind"] == "uuid"


# EUI-64 radio addresses are strong; a MAC without separators is weak (any 12-hex id looks so)
def test_eui64_and_bare_mac() -> None:
    eui = DET.detect("00:12:4b:00:1c:a1:b2:c3")
    bare = DET.detect("001a2b3c4d5e")
    assert eui is not None and eui.detail["kind"] == "eui64" and eui.strength >= 0.8
    assert bare is not None and bare.detail["kind"] == "mac_bare" and bare.strength < 0.2


@pytest.mark.parametrize("value", ["123456789012", "deadbeefcafe", "000000000000", "00:12:4b:00:1c:a1:b2"])
def test_not_bare_mac(value: str) -> None:
    hit = DET.detect(value)
    assert hit is None or hit.detail["kind"] not in ("mac_bare", "eui64")


# field names that say the category
NAMES_AGREE = (
    "UDI", "zigbee_ieee", "wlan_mac", "mac_src", "serial_number", "push_token", "imsi", "seriennummer", "设备编号",
    "シリアル番号", "серийный_номер", "شناسه_دستگاه",
)  # fmt: skip
# false friends: names that must not say it
NAMES_NOT = (
    "device_type", "device_name", "device_model", "device_brand", "device_language", "DeviceProtection", "wifi",
    "IEEE Xplore",
)  # fmt: skip


@pytest.mark.parametrize(("name", "agrees"), name_table(NAMES_AGREE, NAMES_NOT))
def test_field_names(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees


@pytest.mark.parametrize("name", ["fingerprint", "IEEE Xplore"])
def test_ambiguous_names_are_conditional(name: str) -> None:
    assert name_conditional(DET, name)


# a medical device's UDI in GS1 form
def test_udi() -> None:
    hit = DET.detect("(01)00844588003288(17)141120(10)7654321D(21)10987654d321")
    assert hit is not None and hit.detail["kind"] == "udi"
    assert DET.detect("(01)123") is None


@pytest.mark.parametrize("name", ("gcm_id", "GCM_REGID", "fcm_regid"))
def test_push_registration_names(name: str) -> None:
    assert name_agrees(DET, name)


# compact hex ids (a dashless UUID or MD5-hashed id, a UDID or SHA-1-hashed id, an APNs token): weak, one case
@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("9f2c4e1ab7d3465a8c0e5f7b2d9a1c3e", "hex32"),
        ("9F2C4E1AB7D3465A8C0E5F7B2D9A1C3E", "hex32"),
        ("3b7e91c0d5a24f6e8b1c9d0a7e2f4b6c8d1e3f5a", "hex40"),
        ("740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad", "apns_token"),
    ],
)
def test_compact_hex_is_weak(value: str, kind: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.detail["kind"] == kind and hit.strength < 0.2


@pytest.mark.parametrize(
    "value",
    [
        "9f2c4e1ab7d3465a8C0E5F7B2D9A1C3E",  # mixed case: no hash or token is written so
        "00000000000000000000000000000000",  # a filler, not an id
        "9f2c4e1ab7d3465a8c0e5f7b2d9a1c3",  # 31 digits
        "9f2c4e1ab7d3465a8c0e5f7b2d9a1c3e9f2c4e1ab7d3465a8c0e5f7b2d9a1c3ez",  # 64 + 1, not hex
    ],
)
def test_compact_hex_rejects(value: str) -> None:
    assert DET.detect(value) is None


@pytest.mark.parametrize("name", ("広告id", "プッシュトークン", "광고id", "广告标识符", "sbh"))
def test_advertising_and_push_names_in_more_languages(name: str) -> None:
    assert name_agrees(DET, name)
