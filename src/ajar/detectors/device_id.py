"""Device identifiers (``device.identifier``): IMEI, MAC addresses, advertising and device ids.

Detected and validated:

* IMEI: 15 digits (or 16-digit IMEISV) with a valid Luhn check digit (:mod:`stdnum.imei`);
  a random 15-digit number passes one time in ten, so IMEIs are of medium strength;
* MAC addresses: six hex octets separated by ``:`` or ``-`` (or Cisco ``xxxx.xxxx.xxxx``),
  not all zero or broadcast (:mod:`stdnum.mac`);
* EUI-64 radio addresses (``00:12:4b:00:1c:a1:b2:c3``, Zigbee/Thread), strong; MACs written
  without separators (``001a2b3c4d5e``), weak: any 12-hex id looks so;
* medical devices' UDIs in GS1 form (``(01)<GTIN>(11)<date>(17)<date>(10)<lot>(21)<serial>``);
* advertising ids (IDFA/GAID) and other device UUIDs: a UUID is an identifier of anything,
  so it is weak and counts only when the field's name says device (``idfa``, ``gaid``,
  ``device_id``, ``sbid``...); Android ids (16 hex) likewise, and the compact hex forms device ids
  are exported in: 32 hex digits (a UUID without its dashes, or an MD5-hashed IMEI/IDFA/OAID as
  ad platforms exchange them), 40 (an iOS UDID before 2013, or a SHA-1-hashed id) and 64 (an APNs
  device token); one case throughout, as hashes are written.

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
_UDI = re.compile(r"\(01\)\d{14}(?:\(1[0-7]\)|\(21\))")
_EUI64 = re.compile(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){6}")
_HEX12 = re.compile(r"[0-9A-Fa-f]{12}")
# compact hex device ids (one case): a dashless UUID or MD5-hashed id (32), a UDID or SHA-1-hashed id (40),
# an APNs device token (64)
_HEX_COMPACT = re.compile(r"[0-9a-f]{32}(?:[0-9a-f]{8}|[0-9a-f]{32})?|[0-9A-F]{32}(?:[0-9A-F]{8}|[0-9A-F]{32})?")
_HEX_KINDS = {32: "hex32", 40: "hex40", 64: "apns_token"}


# device identifier field names in many languages: serial numbers, MAC/EUI addresses, push tokens
_MORE_NAMES = (
    "udi", "ieee_addr", "ieee_address", "zigbee_ieee", "eui", "eui64", "deveui", "dev_eui", "wlan",
    "wlan_mac", "wifi_mac", "eth_mac", "bt_mac", "bluetooth_mac", "ble_mac", "mac_src", "mac_dst",
    "src_mac", "dst_mac", "hwaddr", "hw_addr", "lladdr", "serialno", "serial_no", "serial_number",
    "serialnumber", "device_serial", "push_token", "pushtoken", "fcm_token", "fcm", "apns_token",
    "apns", "gcm_token", "device_token", "devicetoken", "installation_id", "install_id", "client_udid",
    "vendor_id", "idfv", "msisdn_imei", "imsi", "iccid", "sim_serial", "esn", "meid", "uuid_device",
    "numero_de_serie", "número_de_serie", "numéro_de_série", "numero_serie", "seriennummer", "geraete_id",
    "geräte_id", "geraet", "gerät", "geraetenummer", "dispositivo", "id_dispositivo", "appareil",
    "identifiant_appareil", "apparaat", "urzadzenie", "urządzenie", "numer_seryjny", "cihaz", "cihaz_id",
    "seri_no", "perangkat", "id_perangkat", "thiet_bi", "ma_thiet_bi", "so_serial",
    "端末", "製造番号", "シリアル番号", "デバイスid", "機器番号", "기기", "단말기", "디바이스", "일련번호",
    "시리얼", "设备编号", "设备序列号", "序列号", "终端号", "устройств", "серийный_номер", "серийный номер",
    "имей", "мак_адрес", "мак-адрес", "пристрій", "пристрою", "құрылғы", "الجهاز", "جهاز", "الرقم_التسلسلي",
    "دستگاه", "سریال", "डिवाइस", "उपकरण",
    # advertising ids and push tokens in Japanese, Korean, Chinese; pinyin shebeihao, xuliehao
    "広告id", "広告識別子", "プッシュトークン", "광고id", "광고식별자", "푸시토큰", "广告id", "广告标识符", "推送令牌",
    "sbh", "xlh",
    # more languages (issue 10), SIM numbers, service tags of computers, attribution SDKs' device ids
    "sim_number", "sim_no", "simno", "sim_id", "simid", "sim_card_number", "sim_card_no", "icc_id",
    "service_tag", "servicetag", "machine_id", "machineid", "appsflyer_id", "appsflyer_uid", "appsflyeruid",
    "bt_addr", "bd_addr", "bluetooth_addr", "serial_num", "serialnum", "hardware_serial",
    "seri_numarasi", "seri_numarası", "cihaz_no", "aparelho", "id_aparelho", "num_serie", "no_serie",
    "numero_di_serie", "seriennr", "serien_nr", "geraetekennung", "serienummer", "apparaat_id",
    "nr_seryjny", "id_urzadzenia", "urzadzenia", "urządzenia", "peranti", "id_peranti", "no_siri",
    "nombor_siri", "thiết_bị", "so_seri", "dispozitiv", "id_dispozitiv", "numar_serie",
    "nr_serie", "enhets_id", "enhetsid", "laite", "laitetunnus", "sarjanumero", "raðnúmer", "shebeihao",
    "shebei_id", "shebeiid", "ustroistvo", "ustroystvo", "seriyny_nomer", "seriynyy_nomer", "zavodskoy_nomer",
    "设备码", "设备唯一标识", "终端编号", "机器码", "硬件id", "手机识别码", "デバイス", "シリアル", "機器id",
    "장치", "серийный", "заводской_номер", "заводской номер", "серійний", "заводський_номер", "сериялық_нөмір",
    "رقم_تسلسلي", "الرقم التسلسلي", "شناسه_دستگاه", "आईएमईआई", "सीरियल_नंबर",
)  # fmt: skip


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
        # push registrations of a phone (Google Cloud Messaging, Firebase) and mobile-network ids
        "gcm_id",
        "gcm_regid",
        "fcm_regid",
        *_MORE_NAMES,
    )
    # also other things: a person's fingerprint (biometric), a cloud instance, an app registration
    conditional_hints = (
        "ieee",
        "fingerprint",
        "instance_id",
        "registration_id",
        "reg_id",
        "terminal",
        "hardware",
        "eth",
        # an asset's tag, an endpoint, a unit (``enhet``, ``enhed``), a machine's number (``matricola``); not
        # ``serie``: a prefix of ``series``
        "asset_tag",
        "endpoint_id",
        "enhet",
        "enhed",
        "matricola",
        "equipo",
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
        # what a device field says about the device, not its identifier
        "type",
        "name",
        "model",
        "brand",
        "vendor",
        "manufacturer",
        "maker",
        "language",
        "countrycode",
        "os",
        "protection",
        "usage",
        "known",
        "count",
        "product",
        "item",
        "sku",
    )
    accepts = frozenset({"str", "int"})

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 80)
        if text is None:
            return None
        if text[:4] == "(01)" and _UDI.match(text):  # a medical device's UDI (GS1: GTIN, then dates, lot, serial)
            return Hit(0.7, {"kind": "udi"})
        n = len(text)
        if n in _HEX_KINDS and _HEX_COMPACT.fullmatch(text):
            # an identifier of anything (a hash, a session key) as often as of a device: weak, the name decides
            if len(set(text)) < 6:
                return None
            return Hit(0.15, {"kind": _HEX_KINDS[n]})
        if n > 40:
            return None
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
        if n == 23 and _EUI64.fullmatch(text):  # a Zigbee/Thread radio's IEEE address
            return Hit(0.8, {"kind": "eui64"})
        if n == 12 and _HEX12.fullmatch(text) and not text.isdigit() and not text.isalpha():
            # a MAC written without separators: also any 12-hex id, so weak (the name must agree)
            if text.lower() not in ("000000000000", "ffffffffffff"):
                return Hit(0.15, {"kind": "mac_bare"})
        return None
