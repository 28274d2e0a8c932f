"""Device identifiers (``device.identifier``): IMEI, MAC addresses, advertising and device ids.

Detected and validated:

* IMEI: 15 digits (or 16-digit IMEISV) with a valid Luhn check digit (:mod:`stdnum.imei`);
  a random 15-digit number passes one time in ten, so IMEIs are of medium strength;
* MAC addresses: six hex octets separated by ``:`` or ``-`` (or Cisco ``xxxx.xxxx.xxxx``),
  not all zero or broadcast (:mod:`stdnum.mac`);
* advertising ids (IDFA/GAID) and other device UUIDs: a UUID is an identifier of anything,
  so it is weak and counts only when the field's name says device (``idfa``, ``gaid``,
  ``device_id``, ``sbid``...); Android ids (16 hex) likewise.

>>> DeviceIdDetector().detect("00:1A:2B:3C:4D:5E") is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from stdnum import imei, luhn

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_MAC = re.compile(
    r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}"
)
_IMEI = re.compile(r"\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d{1,2}")
_UUID = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_HEX16 = re.compile(r"[0-9a-f]{16}")


class DeviceIdDetector(Detector):
    """An IMEI, MAC address, or (with a device field name) an advertising/device id."""

    id = "device_id"
    category = Category.DEVICE_ID
    description = "Device identifiers: IMEI (Luhn), MAC addresses, advertising ids/UUIDs with a device field name."
    name_hints = (
        "imei",
        "imeisv",
        "meid",
        "mac",
        "macaddr",
        "mac_address",
        "macaddress",
        "bssid",
        "wifi_mac",
        "idfa",
        "ifa",
        "maid",
        "oaid",
        "gps_adid",
        "ad_tracking_id",
        "idfv",
        "gaid",
        "adid",
        "aaid",
        "advertising_id",
        "advertisingid",
        "ad_id",
        "device",
        "deviceid",
        "device_id",
        "udid",
        "android_id",
        "androidid",
        "hardware_id",
        "hwid",
        "sbid",
        "sbbh",
        "sbm",
        "设备号",
        "设备标识",
        "设备id",
        "串号",
        "手机串号",
        "物理地址",
        "mac地址",
        "устройство",
        "идентификатор_устройства",
        "معرف_الجهاز",
        "serial",
    )
    negative_hints = (
        "order",
        "request",
        "trace",
        "span",
        "session",
        "transaction",
        "txn",
        "event",
        "message",
        "msg",
        "correlation",
        "object",
        "doc",
        "record",
        "row",
        "file",
        "build",
        "commit",
        "hash",
    )
    accepts = frozenset({"str", "int"})

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 40)
        if text is None:
            return None
        n = len(text)
        if n in (14, 17) and _MAC.fullmatch(text):
            digits = re.sub(r"[^0-9A-Fa-f]", "", text).lower()
            if digits in ("000000000000", "ffffffffffff"):
                return None
            return Hit(0.9, {"kind": "mac"})
        if 15 <= n <= 19 and text[0].isdigit() and _IMEI.fullmatch(text):
            digits = text.replace(" ", "").replace("-", "")
            if len(set(digits)) < 3:
                return None
            if len(digits) == 15 and luhn.is_valid(digits) and imei.is_valid(digits):
                return Hit(0.6, {"kind": "imei"})
            if len(digits) == 16 and imei.is_valid(digits):
                return Hit(0.35, {"kind": "imeisv"})
            return None
        if n == 36 and _UUID.fullmatch(text):
            return Hit(0.2, {"kind": "uuid"})
        if n == 16 and _HEX16.fullmatch(text):
            return Hit(0.15, {"kind": "android_id"})
        return None
