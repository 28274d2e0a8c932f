"""IP addresses (``network.ip_address``).

Detected: dotted-quad IPv4 (``203.0.113.7``, each octet 0-255, no leading zeros) and IPv6 in
any textual form the standard library accepts, optionally with a ``/prefix`` or a ``:port``
(IPv4). Validated with :mod:`ipaddress`. Unspecified (``0.0.0.0``), broadcast and loopback
addresses are weaker, as they name no one's device. Version strings such as ``1.2.3`` have
too few parts; a four-part version (``3.7.15.213``, an app's version with its build number) is a
valid address too, and the field's name decides (``version`` is a negative hint, in many languages).

>>> IpAddressDetector().detect("198.51.100.23") is not None
True
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_V4 = re.compile(r"(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}")
_V4_SUFFIX = re.compile(r"(?:/(?:3[0-2]|[12]?\d)|:\d{1,5})?")
_V6_CHARS = re.compile(r"[0-9A-Fa-f:.]{2,39}(?:%[\w.]{1,16})?(?:/\d{1,3})?")


class IpAddressDetector(Detector):
    """An IPv4 or IPv6 address."""

    id = "ip_address"
    category = Category.IP_ADDRESS
    description = "IPv4 and IPv6 addresses (validated by the ipaddress module)."
    name_hints = (
        "ip",
        "ipaddr",
        "ipaddress",
        "ipv4",
        "ipv6",
        "remote_addr",
        "remoteaddr",
        "client_ip",
        "clientip",
        "src",
        "srcip",
        "dst",
        "addr",
        "host",
        "ip地址",
        "地址ip",
        "айпи",
        "forwarded",
        "forwarded_for",
        "x_forwarded_for",
        "xff",
        "real_ip",
        "x_real_ip",
        "عنوان",
        "아이피",
        "ip주소",
        "ipアドレス",
        "آی‌پی",
        "آدرس_ip",
    )
    negative_hints = (
        "version",
        "ver",
        "build",
        "release",
        "semver",
        "firmware",
        "oid",
        "mask",
        "netmask",
        # "version" and "firmware" as other languages write them (pinyin bbh: banbenhao)
        "versao",
        "versão",
        "versión",
        "versione",
        "versie",
        "versi",
        "wersja",
        "surum",
        "sürüm",
        "phien_ban",
        "phienban",
        "banben",
        "bbh",
        "版本",
        "固件",
        "バージョン",
        "ファームウェア",
        "버전",
        "펌웨어",
        "версия",
        "версія",
        "прошивка",
        "нұсқа",
        "إصدار",
        "الإصدار",
        "نسخه",
        "संस्करण",
    )
    accepts = frozenset({"str"})
    text_needs_one_of = frozenset(".:")  # IPv4 has dots, IPv6 two colons or more (``abcd::ef`` has no digit)

    def detect(self, value: Any) -> Hit | None:
        if isinstance(value, str) and "," in value and len(value) <= 400:
            # a proxy chain (X-Forwarded-For: "203.0.113.5, 198.51.100.12"): every part an address
            parts = [p.strip() for p in value.split(",")[:8]]
            hits = [self._one(p) for p in parts if p]
            if not hits or any(h is None for h in hits):
                return None
            return max((h for h in hits if h is not None), key=lambda h: h.strength)
        return self._one(value)

    def _one(self, value: Any) -> Hit | None:
        text = short_text(value, 60)
        if text is None:
            return None
        if ":" in text and text.count(":") >= 2:
            if not _V6_CHARS.fullmatch(text):
                return None
            try:
                addr6 = ipaddress.ip_interface(text.split("%", 1)[0]).ip
            except ValueError:
                return None
            weak = addr6.is_loopback or addr6.is_unspecified
            return Hit(0.4 if weak else 0.9, {"version": "6"})
        m = _V4.match(text)
        if m is None or not _V4_SUFFIX.fullmatch(text, m.end()):
            return None
        addr = ipaddress.IPv4Address(m.group(0))
        if addr.is_unspecified or addr.is_loopback or str(addr) == "255.255.255.255":
            return Hit(0.4, {"version": "4"})
        return Hit(0.85, {"version": "4"})
