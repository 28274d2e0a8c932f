"""Payment card numbers (``financial.card_number``).

Detected: 13-19 digits, optionally grouped by spaces or dashes, whose issuer prefix belongs
to a card network (Visa, Mastercard, Amex, Discover, JCB, UnionPay, Diners, Maestro, Mir).
Validated: the Luhn check digit (:mod:`stdnum.luhn`) and the network's lengths. Weak hits (the
field's name must agree): four groups of four digits with a network prefix but a wrong check digit
(mock data), and masked cards (``4111 **** **** 1111``, ``************1234``). Magnetic stripe track 1/2 data
(``%B4111...^NAME^2512...``, ``;4111...=2512...``) holds the card number: strong.

>>> CardNumberDetector().detect("4111 1111 1111 1111") is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from stdnum import luhn

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_SHAPE = re.compile(r"\d{4}(?:[ -]?\d{2,4}){2,4}(?:[ -]?\d{1,3})?")
# a card written in four groups of four, the way people and mock-data tools write cards
_GROUPED_16 = re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}")
# magnetic stripe data: track 1 (``%B<pan>^<name>^<expiry>``) and track 2 (``;<pan>=<expiry>``)
_TRACK = re.compile(r"%B\d{12,19}(?:\^[^^]{0,26}\^\d{4}|=\d{4})|;\d{12,19}=\d{4}")
# a masked card: the first 4-6 digits and/or the last 4 kept (``4111 **** **** 1111``, ``************1234``)
_MASKED = re.compile(r"(?:\d{4}[ -]?(?:\d{2})?|[*xX•]{4}[ -]?)[*xX•]{2,8}(?:[ -]?[*xX•]{4}){1,2}[ -]?\d{4}")
# (network, prefix regex, allowed lengths)
_NETWORKS: tuple[tuple[str, re.Pattern[str], frozenset[int]], ...] = (
    ("visa", re.compile(r"4"), frozenset({13, 16, 19})),
    ("mastercard", re.compile(r"5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)"), frozenset({16})),
    ("amex", re.compile(r"3[47]"), frozenset({15})),
    ("discover", re.compile(r"6011|65|64[4-9]"), frozenset({16, 19})),
    ("jcb", re.compile(r"35(?:2[89]|[3-8]\d)"), frozenset({16, 17, 18, 19})),
    ("unionpay", re.compile(r"62"), frozenset({16, 17, 18, 19})),
    ("diners", re.compile(r"3(?:0[0-5]|[689])"), frozenset({14, 16})),
    ("mir", re.compile(r"220[0-4]"), frozenset({16, 17, 18, 19})),
    ("maestro", re.compile(r"5[06-8]|6"), frozenset({12, 13, 14, 15, 16, 17, 18, 19})),
)


# card number field names in many languages (``track1``/``track2``: a magnetic stripe's data)
_MORE_NAMES = (
    "ccn", "cc_num", "cc_number", "ccnumber", "card_no", "card_num", "card_number", "credit_card",
    "credit_card_number", "creditcardnumber", "debit_card", "debitcard", "pan_number", "primary_account_number",
    "track1", "track2", "track_1", "track_2", "mastercard", "amex", "tarjeta", "numero_tarjeta",
    "num_tarjeta", "tarjeta_credito", "tarjeta_de_credito", "cartao", "cartão", "numero_cartao",
    "cartao_credito", "carte_bancaire", "numero_carte", "carte_credit", "carta", "carta_di_credito",
    "numero_carta", "kreditkarte", "kreditkartennummer", "karte", "kartennr", "creditcard", "kaartnummer",
    "karta", "numer_karty", "karty", "kart", "kart_no", "kart_numarasi", "kredi_karti", "kredi_kartı",
    "kartu", "no_kartu", "nomor_kartu", "kartu_kredit", "so_the", "the_tin_dung",
    "номер_карты", "номер карты", "карты", "картка", "картки", "بطاقة_ائتمان", "رقم_البطاقة", "کارت",
    "شماره_کارت", "شماره کارت", "कार्ड", "カード番号", "クレジットカード", "카드번호", "신용카드", "卡号",
    "银行卡", "信用卡", "卡號",
    # more languages (issue 10): Nordic, Romanian, and the word for a payment, bank, debit or credit card
    "kreditkort", "kreditkortnummer", "kortnummer", "kortnr", "betalkort", "betalingskort",
    "dankort", "luottokortti", "korttinumero", "pankkikortti", "greidslukort", "greiðslukort", "kortanumer",
    "numar_card", "nr_card", "card_bancar", "carduri", "card_credit", "tarjeta_debito", "tarjeta_débito",
    "nro_tarjeta", "cartao_debito", "numero_do_cartao", "num_cartao", "carte_bleue", "num_carte", "no_carte",
    "bankkarte", "ec_karte", "girokarte", "bankpas", "pasnummer", "numer_karty_platniczej",
    "karta_platnicza", "banka_karti", "kart_numarası", "kartu_debit", "no_kad", "nombor_kad", "kad_kredit",
    "so_the_ngan_hang", "karta_nomer", "nomer_karty", "yinhangka", "xinyongka", "kahao",
    "银行卡号", "信用卡号", "クレジットカード番号", "카드", "банковская_карта", "банківська_картка",
    "كارت_بانكي", "کارت_بانکی", "क्रेडिट_कार्ड", "डेबिट_कार्ड",
)  # fmt: skip


class CardNumberDetector(Detector):
    """A Luhn-valid payment card number with a known issuer prefix."""

    id = "card_number"
    category = Category.CARD_NUMBER
    description = "Payment card numbers (issuer prefix, length, Luhn check digit)."
    name_hints = (
        "card",
        "cc",
        "ccnum",
        "pan",
        "cardno",
        "cardnumber",
        "creditcard",
        "kartennummer",
        "卡号",
        "银行卡",
        "信用卡",
        "yhk",
        "карта",
        "بطاقة",
        # found by an outside review (review25b): vi số thẻ with its accents, zh 银行卡号's initials
        "số_thẻ",
        "số thẻ",
        "yhkh",
        *_MORE_NAMES,
    )
    negative_hints = (
        "order",
        "tracking",
        "invoice",
        "sku",
        "ean",
        "isbn",
        "imei",
        # what a card field says about the card, not its number (``card_type``, ``card_id``)
        "type",
        "typ",
        "id",
        "brand",
        "network",
        "issuer",
        "holder",
        "expiry",
        "expiration",
        "exp",
        "default",
        "active",
        "ration",
        "loyalty",
        "gift",
        "sim",
        "sd",
        "graphics",
        "video",
        # found by an outside review (review25b): a count (as phrases: ``account`` ends with ``count``, and
        # ``primary_account_number`` is the card's number), a design, a limit, a template, a camera's pan, a type
        # in other languages (es/pt/it tipo, tr tipi and türü, id tipe)
        "card_count",
        "cards_count",
        "num_cards",
        "design",
        "limit",
        "limite",
        "template",
        "zoom",
        "size",
        "pan_x",
        "pan_y",
        "pan_tilt",
        "tipo",
        "tipi",
        "tipe",
        "turu",
        "türü",
    )
    accepts = frozenset({"str", "int"})
    text_needs_digit = True  # every shape has digits (a track, a masked card's last four), 8 characters or more
    text_min_length = 8

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 80)
        if text is None:
            return None
        if len(text) > 24 and text[:1] not in ("%", ";"):
            return None
        if text[:2] in ("%B", ";4", ";5", ";3", ";6", ";2") and _TRACK.match(text):
            return Hit(0.8, {"network": "track"})
        if not text[:1].isdigit() or not _SHAPE.fullmatch(text):
            if 12 <= len(text) <= 23 and _MASKED.fullmatch(text):
                return Hit(0.3, {"network": "masked"})
            return None
        digits = text.replace(" ", "").replace("-", "")
        n = len(digits)
        if not 13 <= n <= 19 or len(set(digits)) < 2:
            return None
        for network, prefix, lengths in _NETWORKS:
            if n in lengths and prefix.match(digits):
                if not luhn.is_valid(digits):
                    # mock data writes cards so without a valid check digit: weak, the name must agree
                    return Hit(0.15, {"network": network, "check": "shape"}) if _GROUPED_16.fullmatch(text) else None
                grouped = len(text) != n
                return Hit(0.95 if grouped else 0.85, {"network": network})
        return None
