"""Postal and home addresses (``contact.address``).

Detected:

* Chinese addresses: two or more administrative/street markers (``省 市 区 县 镇 乡 村 路 街 道
  号 巷 弄 栋 单元 室 小区``) in 6-80 Han characters and digits;
* house-number-and-street forms: English (``221B Baker Street``, ``1600 Pennsylvania Ave NW``),
  German (``Hauptstraße 12``), French (``12 rue de la Paix``), Spanish/Portuguese (``Calle
  Mayor 5``, ``Rua Augusta 100``), Russian (``ул. Ленина, д. 5``), Arabic (``شارع``);
* address objects: a mapping with a street key and a city or postal-code key.

Validated: shape only; a house number or a second marker is required, so a bare city or
street name is not an address.

>>> AddressDetector().detect("北京市朝阳区建国路88号") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_CN_MARK = re.compile(r"省|自治区|市|区|县|旗|镇|乡|村|街道|路|街|大道|道|号|巷|弄|胡同|栋|幢|单元|室|小区|楼|组|社区")
_CN_BODY = re.compile(r"[\u4e00-\u9fff0-9０-９\-#（）()A-Za-z]{6,80}")
_STREET_EN = re.compile(
    r"\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.\-]*\s+){0,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|"
    r"Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Row|Mews|Gardens|Hill|Walk)\b\.?",
)
_STREET_DE = re.compile(
    r"[A-ZÄÖÜ][\wäöüß.\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer)\s+\d{1,4}", re.IGNORECASE
)
_STREET_FR_ES = re.compile(
    r"(?:\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai)\s+\w+)|"
    r"(?:(?:calle|c/|avenida|avda\.?|plaza|paseo|rua|avenida|travessa|via|viale|piazza|corso)\s+[\w\s'.]{2,40}?,?\s*\d{1,4})",
    re.IGNORECASE,
)
_STREET_RU = re.compile(
    r"(?:ул\.|улица|пр-т|проспект|пер\.|переулок|ш\.|шоссе|наб\.)\s*[\w\s.\-]{2,40}?,?\s*(?:д\.|дом)\s*\d",
    re.IGNORECASE,
)
_STREET_AR = re.compile(r"شارع|حي\s|طريق")
_STREET_KEYS = frozenset(
    {
        "street",
        "street1",
        "address1",
        "address_line1",
        "line1",
        "addr1",
        "road",
        "straße",
        "strasse",
        "rue",
        "calle",
        "街道",
        "street_address",
        "streetaddress",
    }
)
_PLACE_KEYS = frozenset(
    {
        "city",
        "town",
        "zip",
        "zipcode",
        "postcode",
        "postal_code",
        "postalcode",
        "plz",
        "locality",
        "state",
        "province",
        "country",
        "城市",
        "邮编",
    }
)


class AddressDetector(Detector):
    """A postal or home address."""

    id = "address"
    category = Category.ADDRESS
    description = "Postal/home addresses (Chinese markers, street + house number forms, address objects)."
    name_hints = (
        "address",
        "addr",
        "home",
        "residence",
        "street",
        "domicile",
        "mailing",
        "shipping",
        "billing",
        "postal",
        "dz",
        "jtzz",
        "hjdz",
        "xzz",
        "zz",
        "jzdz",
        "hjszd",
        "地址",
        "住址",
        "家庭住址",
        "现住址",
        "户籍地址",
        "户籍",
        "居住地",
        "住所",
        "адрес",
        "прописка",
        "العنوان",
        "عنوان",
        "direccion",
        "dirección",
        "adresse",
        "indirizzo",
        "endereço",
        "anschrift",
        "adres",
    )
    negative_hints = (
        "ip",
        "mac",
        "email",
        "mail",
        "url",
        "web",
        "wallet",
        "memory",
        "hex",
        "pointer",
        "server",
        "host",
        "camera",
        "device",
        "gzdw",
        "company",
        "employer",
        "单位",
        "公司",
    )
    accepts = frozenset({"str", "dict"})

    def detect(self, value: Any) -> Hit | None:
        if isinstance(value, Mapping):
            try:
                keys = {str(k).lower() for k in list(value)[:50]}
            except (TypeError, RecursionError):
                return None
            if keys & _STREET_KEYS and keys & _PLACE_KEYS:
                return Hit(0.85, {"format": "object"})
            return None
        text = short_text(value, 160)
        if text is None or len(text) < 6:
            return None
        first = text[0]
        if "\u4e00" <= first <= "\u9fff":
            compact = text.replace(" ", "")
            if not _CN_BODY.fullmatch(compact):
                return None
            marks = len(_CN_MARK.findall(compact))
            if marks >= 3 or (marks >= 2 and any(ch.isdigit() for ch in compact)):
                return Hit(0.8, {"script": "han"})
            return Hit(0.3, {"script": "han"}) if marks == 2 else None
        if " " not in text:
            return None  # every non-Chinese form has a space between street and number
        if _STREET_EN.search(text) or _STREET_DE.search(text) or _STREET_FR_ES.search(text):
            return Hit(0.75, {"script": "latin"})
        if "\u0400" <= first <= "\u04ff" and _STREET_RU.search(text):
            return Hit(0.75, {"script": "cyrillic"})
        if _STREET_AR.search(text) and any(ch.isdigit() for ch in text):
            return Hit(0.6, {"script": "arabic"})
        return None
