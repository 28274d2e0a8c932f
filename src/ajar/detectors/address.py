"""Postal and home addresses (``contact.address``).

Detected:

* Chinese addresses: two or more administrative/street markers (``省 市 区 县 镇 乡 村 路 街 道
  号 巷 弄 栋 单元 室 小区``) in 6-80 Han characters and digits;
* house-number-and-street forms: English (``221B Baker Street``, ``1600 Pennsylvania Ave NW``),
  German (``Hauptstraße 12``), French (``12 rue de la Paix``), Spanish/Portuguese (``Calle
  Mayor 5``, ``Rua Augusta 100``), Russian (``ул. Ленина, д. 5``), Arabic (``شارع``);
* address objects: a mapping with a street key and a house-number, district, city, state or
  postal-code key, in several languages (``{logradouro, numero, bairro, cidade, uf, cep}``,
  ``{strasse, hausnummer, plz, ort}``, ``{calle, numero, ciudad, cp}``, ``{rue, code_postal, ville}``).

* postal codes whose shape names their country (``SW1A 1AA``, ``K1A 0B1``, ``1012 AB``,
  ``01310-100``, ``02139-4307``), weak: a postal code is part of an address.

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

_CN_MARK = re.compile(
    r"省|自治区|市|区|县|旗|镇|乡|村|街道|路|街|大道|道|号|巷|弄|胡同|栋|幢|单元|室|小区|楼|组|社区|"
    r"都|府|県|郡|町|丁目|番地|番"  # Japanese: 東京都新宿区西新宿2-8-1, 2丁目5番2号
)
_CN_BODY = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff0-9０-９\-－ー#（）()A-Za-zＡ-Ｚ]{6,80}")
# Korean: 서울특별시 강남구 테헤란로 123 (province/city, district, road or neighbourhood + number).
# Tried from the first syllable of a run only: a unit found from a later syllable is found from the
# first (the unit words are syllables too), and it ends where the run's last unit word does, so the
# same units are found without scanning a run without one from each of its syllables (quadratic:
# 0.2-0.35 ms a value of 160 syllables, now 5 µs).
_KR_UNIT = re.compile(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]+(?:특별시|광역시|특별자치시|도|시|군|구|읍|면|동|리|로|길)")
# Turkish: Atatürk Cad. No:12 D:5, Kadıköy/İstanbul
_STREET_TR = re.compile(
    r"(?:Cad(?:desi)?\.?|Sok(?:ak|ağı)?\.?|Mah(?:allesi)?\.?|Bulvarı|Blv\.?|Bul\.)\s.*\bNo\s?:\s?\d", re.IGNORECASE
)
# Indonesian/Malay (Jl. Sudirman No. 5), PO boxes
_STREET_SEA = re.compile(r"\b(?:Jl\.|Jln\.?|Jalan)\s+\w.*\d|\bP\.?\s?O\.?\s+Box\s+\d+", re.IGNORECASE)
# Vietnamese (Phường Bến Nghé, Quận 1; Số 5, Ngõ 12, Phố Huế; 123 đường Lê Lợi): the unit words capitalised as
# addresses write them, in capitals after a number, a comma or at the start, in lower case after a house number;
# not ignoring case, and not after tiểu: a diabetes (tiểu đường, Bệnh Tiểu Đường type 2) was an address.
# The unit word is followed by a name (a capital) or a number: before a lower-case word it is another word
# (Đường huyết, blood sugar; Đường kính, a diameter; Ngõ cụt, a dead end; Hẻm núi, a canyon; Huyện ủy, a
# district's party committee; 2 đường thẳng, two lines). A unit alone (Quận 1, Huyện Củ Chi, ĐƯỜNG SẮT 1726 KM)
# is a district or a name, not an address: :data:`_VI_UNIT` needs a second part (a comma or a second unit).
_VI_UP = "A-Z0-9" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper())
_VI_UNIT = re.compile(
    rf"\b(?:Phường|Quận|Đường(?<!iểu Đường)(?<!IỂU Đường)|Huyện|Ngõ|Ngách|Hẻm)\s+[{_VI_UP}]"
    r"|(?:^|\d\s|,\s?)(?:PHƯỜNG|QUẬN|ĐƯỜNG|HUYỆN|NGÕ|HẺM)\s+\w"
)
_STREET_VI = re.compile(
    rf"\d[A-Za-z]?\s+(?:đường|phố|ngõ|ngách|hẻm)\s+[{_VI_UP}]"
    rf"|\b[Ss]ố(?:\s+nhà)?\s+\d+[A-Za-z]?\s*+,?\s*+(?:[Pp]hố|[Nn]gõ|[Nn]gách|[Hh]ẻm|[Đđ]ường)\s+[{_VI_UP}]"
)  # Số nhà 12, ngõ 34 (a house number); not Số 12 đường dây (hotline number 12)


def _vietnamese(text: str) -> bool:
    """A Vietnamese street line: a house number and a street or lane word, or a unit word with a second part."""
    if _STREET_VI.search(text):
        return True
    if "," in text:
        return _VI_UNIT.search(text) is not None
    return len(_VI_UNIT.findall(text)) >= 2


# Polish/Czech/Slovak: ul. Długa 10/5, 00-590 Warszawa
_STREET_PL = re.compile(r"\b(?:ul|al|os|pl)\.\s?\w[\w\s.\-]{1,40}?\s\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?\b")
# a unit or house line followed by more parts: "Flat 302, Sai Residency, MG Road, Bengaluru 560001"
# (the space runs are possessive: what follows each is no space, or another space run, so the same
# strings match, without backtracking ``\s*(?:No\.?\s*)?#?\s*`` quadratically: 0.9 ms a value of 155 spaces)
_UNIT_LINE = re.compile(
    r"(?:Flat|Apt\.?|Apartment|Unit|Suite|Plot|House\s+No\.?|H\.\s?No\.?|Door\s+No\.?|Block)\s*+(?:No\.?\s*+)?#?\s*+"
    r"[A-Z]?-?\d{1,5}[A-Za-z]?\s*+,\s*+\S.*,",
    re.IGNORECASE,
)
_STREET_WORDS = re.compile(
    r"\b(?:Road|Rd|Street|St|Marg|Salai|Nagar|Lane|Layout|Colony|Sector|Cross|Main|Avenue|Ave|Chowk)\b\.?"
)
_POSTCODE_END = re.compile(r"(?:\b\d{5,6}|\b\d{2}-\d{3}|\b\d{3}-\d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$")
_STREET_EN = re.compile(
    r"\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.\-]*\s+){0,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|"
    r"Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir|Trail|Row|Mews|Gardens|Hill|Walk)\b\.?",
)
_DE_NL_NORDIC = (
    r"[A-ZÄÖÜÅÆØ][\wäöüßåæø.\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|plein|"
    r"gracht|kade|singel|gatan|vägen|gata|vej|gade|veien|gate|katu|tie)"
)
# the street name with a house number after it (``Hauptstraße 12``, the local order) or before it
# (``12 Hauptstraße``, as exports written by English-language systems often have it)
# The first form is tried once per run of name characters, from the run's first capital-class letter
# (a match from a later letter of the run implies one from that letter): the same strings match as with
# ``{_DE_NL_NORDIC}\s+\d{1,4}`` tried at every letter, which backtracked quadratically on long runs
# (``a1a1...a x 1``: 9 ms a value at 160 characters).
_DE_NAME_CHAR = r"[\wäöüßåæø.\-]"
_STREET_DE = re.compile(
    rf"(?<!{_DE_NAME_CHAR})(?>(?:(?![A-ZÄÖÜÅÆØ]){_DE_NAME_CHAR})*){_DE_NL_NORDIC}\s+\d{{1,4}}"
    rf"|\b\d{{1,4}}[a-z]?\s+{_DE_NL_NORDIC}\b",
    re.IGNORECASE,
)
# The Spanish/Portuguese/Italian form: a street word, the street part, a number. The street part is
# what ``\s+[\w\s'.]{2,40}?,?\s*`` matches: a space, then name characters (letters, digits, spaces, ``'``,
# ``.``), three or more in all, at most 40 once the spaces at both ends are left out; or a space and
# such characters, three or more, at most 40 once the leading spaces are left out, then a comma and
# spaces. Written out case by case with possessive space runs, it matches the same strings without
# backtracking the space runs against each other (``plaza`` and ~150 tabs: 23 ms a value at 160 characters).
_FR_N = r"[\w'.]"  # a name character that is not a space
_FR_C = r"[\w\s'.]"  # a name character
_STREET_FR_ES = re.compile(
    r"(?:\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai)\s+\w+)|"
    r"(?:(?:calle|c/|avenida|avda\.?|plaza|paseo|rua|avenida|travessa|via|viale|piazza|corso)"
    rf"(?:\s{{3,}}+,?|\s{{2,}}+{_FR_N},|\s++{_FR_N}{_FR_C}{{1,39}},"  # spaces only, or a name, then a comma
    rf"|\s++{_FR_N}{_FR_C}{{0,38}}{_FR_N}|\s{{2,}}+{_FR_N}|\s{_FR_N}(?=\s))"  # a name of 2-40, or of 1
    r"\s*+\d{1,4})",
    re.IGNORECASE,
)
# A street marker, the street part, then ``д.``/``дом`` and a number. The street part is what
# ``\s*[\w\s.\-]{2,40}?,?\s*`` matches: two or more name characters (letters, digits, spaces, ``.``,
# ``-``), at most 40 of them once the spaces at both ends are left out; or two or more name characters,
# at most 40 once the leading spaces are left out, then a comma and spaces. Written out case by case
# with possessive space runs, it matches the same strings without backtracking its three space runs
# against each other (``ул.`` and ~155 spaces: 5 ms a value at 160 characters).
_RU_N = r"[\w.\-]"  # a name character that is not a space
_RU_C = r"[\w\s.\-]"  # a name character
_STREET_RU = re.compile(
    r"(?:ул\.|улица|пр-т|проспект|пер\.|переулок|ш\.|шоссе|наб\.)"
    r"(?:\s{2,}+,?"  # spaces only, or spaces and a comma
    rf"|\s++{_RU_N}{_RU_C}{{0,39}},|{_RU_N}{_RU_C}{{1,39}},"  # a name, then a comma
    rf"|\s*+{_RU_N}{_RU_C}{{0,38}}{_RU_N}|\s++{_RU_N}|{_RU_N}(?=\s))"  # a name of 2-40, or of 1 beside a space
    r"\s*+(?:д\.|дом)\s*+\d",
    re.IGNORECASE,
)
# Arabic and Persian street words (شارع, خیابان, کوچه, پلاک: street, avenue, alley, house number), with a digit;
# not طريقة (a method, الطريقة) nor عن طريق (by means of: الدفع عن طريق التحويل 500 ريال)
# nor a Persian word joined to more by a zero-width non-joiner (خیابان‌های آرام, a film; خیابان‌گردی, a stroll)
# (each word a literal first, the lookarounds after it: the pattern is searched as fast as the plain words)
_STREET_AR = re.compile(
    r"شارع|حي\s|طريق(?<!عن طريق)(?!ة)|خیابان(?!\u200c)|کوچه(?!\u200c)|بلوار(?!\u200c)|پلاک(?!\u200c)"
)
# Hindi street and house words (मार्ग, गली, मकान: road, lane, house), with a digit; whole words only, not the
# start of a longer one (मार्गदर्शन, guidance; मार्गशीर्ष, a month; मकानों की कीमत, house prices)
_STREET_HI = re.compile(r"(?:मार्ग|गली|मकान|सेक्टर|मोहल्ला|कॉलोनी)(?![\u0900-\u0963\u0971-\u097f])")
# Russian, Ukrainian and Kazakh street lines without д./дом: ул. Ленина, 5, кв. 12; вул. Хрещатик, 22; Тверская
# ул., 7; Абай даңғылы 10; Төле би көшесі, 59. A street word before a capitalised name or a number (a street is
# named so; пер. с англ., a translation, is not), or after a capitalised name, then a house number within 40
# characters; the abbreviations that are also other words (пл., an area; пр., other; ш.) are left out
# A name that is a number (ул. 8 Марта, 46) is followed by a word before the house number: a street word and one
# number (Инвестиционный проспект 2024, a prospectus) is none; пер. and an initial (Пер. В. Иванова, 2015) is a
# translator; бул. is Ukrainian бульвар
_CYR_UP = "А-ЯЁІЇЄҐҚҒҮҰӨҺӘҢ"
# The house number is not followed by a lower-case word other than a next part (кв., корп., к., стр., эт., лит.,
# вход, пәтер, үй; a letter of the house: 12 б), nor by a colon and digits: a number in a sentence is not one
# (На ул. Ленина в 5 утра; Набережная 2 сезон 5 серия; шоссе 7 баллов; через 200 м; до 18:00)
_HOUSE_END = (
    r"\d*+(?!:\d|\s++(?!(?:кв|корп|[абвгдк]\b|стр|оф|пом|эт|под|лит|вход|пәтер|үй|буд))[а-яёіїєґәғқңөұүһ])"
)
_STREET_CYR = re.compile(
    r"(?<!\w)(?i:ул\.|улица|пр-т|просп\.|проспект|пер\.(?!\s*+[А-ЯЁ]\.)|переулок|пр-д|б-р|бульв\.|бул\.|бульвар|наб\."
    rf"|набережная|шоссе|мкр\.|микрорайон|вул\.|вулиця|пров\.|провулок)\s*+(?:[{_CYR_UP}]|\d++[^\d\n])[^\d\n]{{0,40}}?\d"
    rf"{_HOUSE_END}|[{_CYR_UP}][\w\-]*+\s++(?i:ул\.|улица|пр-т|пер\.|переулок|б-р|бульвар|наб\.|шоссе),?\s*+\d{_HOUSE_END}"
    rf"|(?i:көшесі|даңғылы|ықшамауданы)\W{{0,3}}\d{_HOUSE_END}"
)
_DIGIT = re.compile(r"\d")


def _has_letter(text: str) -> bool:
    """Whether ``text`` holds a letter (``str.isalpha``); a text without one is at most a postal code."""
    return any(map(str.isalpha, text))


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
        "street_name",
        "streetname",
        "street_line1",
        "address_line_1",
        "addressline1",
        "line_1",
        "logradouro",
        "rua",
        "direccion",
        "dirección",
        "domicilio",
        "voie",
        "adresse",
        "indirizzo",
        "ulica",
        "улица",
        "sokak",
        "cadde",
        "jalan",
        "도로명",
        "路",
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
        # house numbers
        "number",
        "house_number",
        "housenumber",
        "numero",
        "número",
        "num",
        "hausnummer",
        "nr",
        "no",
        "numer",
        "дом",
        # districts
        "district",
        "neighborhood",
        "neighbourhood",
        "bairro",
        "barrio",
        "colonia",
        "quartier",
        "stadtteil",
        "ortsteil",
        "mahalle",
        "ilce",
        "ilçe",
        "区",
        # cities
        "cidade",
        "ciudad",
        "ville",
        "stadt",
        "ort",
        "citta",
        "città",
        "miasto",
        "город",
        "municipio",
        "município",
        "localidad",
        "commune",
        "il",
        "市",
        # states
        "uf",
        "estado",
        "provincia",
        "bundesland",
        "region",
        "departamento",
        "省",
        # postcodes
        "cep",
        "cp",
        "codigo_postal",
        "código_postal",
        "code_postal",
        "codepostal",
        "postleitzahl",
        "cap",
        "kod_pocztowy",
        "pincode",
        "pin_code",
        "индекс",
        "eircode",
    }
)


# postal codes and street parts in many languages (people who label tables count a postal code
# and a house number as part of an address)
_MORE_NAMES = (
    "zip", "zipcode", "zip_code", "zip4", "postcode", "post_code", "postalcode", "outcode", "plz",
    "postleitzahl", "postzahl", "cep", "codigo_postal", "código_postal", "cod_postal", "code_postal",
    "codepostal", "codice_postale", "kod_pocztowy", "kod_poczt", "postnummer", "postnr", "posta_kodu",
    "postakodu", "kode_pos", "kodepos", "poskod", "ma_buu_chinh", "street_name", "streetname", "street_number",
    "streetnumber", "calle", "rua", "logradouro", "ulica", "strasse", "straße", "strada", "morada", "alamat",
    "jalan", "dia_chi", "diachi", "sokak", "cadde", "mahalle", "hausnr", "hausnummer", "house_number",
    "housenumber", "house_no", "houseno", "nr_domu", "nr_mieszkania", "numer_domu", "numero_exterior",
    "numeroexterior", "numero_interior", "numerointerior", "ncivico", "numero_civico", "num_ext", "num_int",
    "apt", "apt_no", "apt_num", "apartment", "apartment_number", "apartmentnumber", "flat_no", "bairro",
    "barrio", "quartier", "woonplaats", "straat", "huisnummer", "postcode_nl", "adresse_postale",
    "direccion_postal", "endereco_completo", "indirizzo_completo",
    "郵便番号", "邮编", "邮政编码", "郵遞區號", "우편번호", "почтовый_индекс", "почтовый индекс", "поштовий_індекс",
    "поштовий індекс", "улица", "вулиця", "мекенжай", "الرمز_البريدي", "الرمز البريدي", "الشارع", "کد_پستی",
    "کد پستی", "کدپستی", "آدرس", "نشانی", "خیابان", "पता", "पिन_कोड", "पिन कोड", "địa_chỉ", "địa chỉ",
    "番地", "丁目", "所在地住所", "도로명", "번지", "街道", "门牌号", "门牌",
)  # fmt: skip
# postal codes whose shape names their country (UK, Canada, the Netherlands, Brazil's CEP, US ZIP+4)
_POSTCODE = re.compile(
    r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}|[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d|[1-9]\d{3} ?[A-Z]{2}|"
    r"\d{5}-\d{3}|\d{5}-\d{4}"
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
        # the ship-to / bill-to party's address of orders and invoices (ERP and shop exports)
        "ship_to",
        "shipto",
        "bill_to",
        "billto",
        "deliver_to",
        "deliverto",
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
        "adresa",
        "endereco",
        "anschrift",
        "所在地",
        "주소",
        "адрес_проживания",
        # found by an outside review (review25b): es domicilio, fr rue, de wohnort, it civico, ru flat and street
        # (in Latin letters too), kk street, ar street and address in Latin letters, zh, ja and ko romanised
        "domicilio",
        "rue",
        "wohnort",
        "civico",
        "квартира",
        "ulitsa",
        "көше",
        "شارع",
        "unwan",
        "dizhi",
        "zhuzhi",
        "jusho",
        "juso",
        *_MORE_NAMES,
    )
    # also other things: a cap of a bottle, a line of an invoice, a via of a route, a building of a campus
    conditional_hints = (
        "cap",
        "cp",
        "via",
        "line",
        "line1",
        "line2",
        "building",
        "suite",
        "pincode",
        "pin_code",
        "индекс",
        "colonia",
        "localidade",
        # a complement of anything, an animal's leg (Spanish) and Hindi's address in Latin letters (review25b)
        "complemento",
        "pata",
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
        # what an address field says besides the address (``address_id``, ``MailingCity``, ``Shipping Cost``)
        "id",
        "type",
        "city",
        "state",
        "country",
        "province",
        "region",
        "latitude",
        "longitude",
        "accuracy",
        "price",
        "cost",
        "fee",
        "method",
        "time",
        "phone",
        "page",
        "service",
        "years",
        "paperless",
        "remedies",
        "check",
        # a format, a validation, a memory's address space, an archive, an index of names (review25b); as phrases:
        # ``formatted_address`` is an address
        "address_format",
        "addressformat",
        "zipcode_format",
        "zip_format",
        "postcode_format",
        "validation",
        "validated",
        "address_space",
        "addressspace",
        "zip_file",
        "zipfile",
        "zip_archive",
        "name_index",
        "address_book",
        "addressbook",
    )
    accepts = frozenset({"str", "dict"})
    text_min_length = 6

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
        if len(text) <= 10 and _POSTCODE.fullmatch(text):
            # a postal code alone: a part of an address, and also a shape of other codes: weak
            return Hit(0.25, {"format": "postcode"})
        if not _has_letter(text):
            return None  # every form below has a letter (a street word, a unit, a place mark, a Han or Hangul run)
        first = text[0]
        if "\uac00" <= first <= "\ud7a3":
            units = _KR_UNIT.findall(text)
            if len(units) >= 2 and any(map(str.isdigit, text)):
                return Hit(0.75, {"script": "hangul"})
            return None
        if "\u4e00" <= first <= "\u9fff":
            compact = "".join(text.split())
            if not _CN_BODY.fullmatch(compact):
                return None
            marks = len(_CN_MARK.findall(compact))
            if marks >= 3 or (marks >= 2 and any(map(str.isdigit, compact))):
                return Hit(0.8, {"script": "han"})
            return Hit(0.3, {"script": "han"}) if marks == 2 else None
        if " " not in text:
            return None  # every non-Chinese form has a space between street and number
        if _DIGIT.search(text) is None:  # the same verdicts, without the forms that need a digit
            if _STREET_SEA.search(text) or _vietnamese(text):
                return Hit(0.75, {"script": "latin"})
            if _STREET_AR.search(text) and any(map(str.isdigit, text)):
                return Hit(0.6, {"script": "arabic"})
            if _STREET_HI.search(text) and any(map(str.isdigit, text)):
                return Hit(0.6, {"script": "devanagari"})
            return None
        if _STREET_EN.search(text) or _STREET_DE.search(text) or _STREET_FR_ES.search(text):
            return Hit(0.75, {"script": "latin"})
        if _STREET_TR.search(text) or _STREET_PL.search(text) or _STREET_SEA.search(text) or _vietnamese(text):
            return Hit(0.75, {"script": "latin"})
        if _UNIT_LINE.match(text):
            if _STREET_WORDS.search(text) or _POSTCODE_END.search(text):
                return Hit(0.7, {"script": "latin"})
            return Hit(0.3, {"script": "latin"})
        if text.isascii():
            return None  # every form below has a Cyrillic, Arabic or Devanagari word
        if _STREET_RU.search(text) or _STREET_CYR.search(text):  # also after a postal code (119019, г. Москва, ...)
            return Hit(0.75, {"script": "cyrillic"})
        if _STREET_AR.search(text) and any(map(str.isdigit, text)):
            return Hit(0.6, {"script": "arabic"})
        if _STREET_HI.search(text) and any(map(str.isdigit, text)):
            return Hit(0.6, {"script": "devanagari"})
        return None
