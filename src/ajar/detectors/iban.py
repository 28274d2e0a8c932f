"""International Bank Account Numbers (``financial.iban``).

Detected: a country code, two check digits and a BBAN, with or without spaces, in any case. Validated by
:mod:`stdnum.iban` (ISO 13616 length per country and the ISO 7064 mod 97-10 check digits); a value of the right
country, length and format whose check digits fail (mock data) is a weak hit.

>>> IbanDetector().detect("GB82 WEST 1234 5698 7654 32") is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from stdnum import iban as std_iban
from stdnum.exceptions import InvalidChecksum, ValidationError

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")


# bank account field names in many languages (``sheba``: Iran's IBAN)
_MORE_NAMES = (
    "iban_no", "iban_number", "account_number", "accountnumber", "account_no", "account_num", "acct",
    "acct_no", "acct_num", "acc_no", "bank_account", "bankaccount", "bank_account_number", "bank_acc",
    "bban", "sepa", "cuenta", "numero_cuenta", "número_cuenta", "cuenta_bancaria", "clabe", "cbu", 
    "conta_bancaria", "numero_conta", "compte", "compte_bancaire", "numero_compte", "conto_corrente",
    "numero_conto", "kontonr", "konto_nr", "bankverbindung", "bankkonto", "rekening", "rekeningnummer",
    "rekening_nummer", "no_rekening", "nomor_rekening", "norek", "numer_konta", "nr_konta", 
    "nr_rachunku", "hesap_no", "hesap_numarasi", "iban_numarasi", "so_tai_khoan", "tai_khoan", 
    "sheba", "shaba", "счет", "счёт", "расчетный", "расчётный", "номер_счета", "рахунок", "шот", "есепшот",
    "شماره_حساب", "شماره حساب", "شبا", "رقم_الحساب", "رقم الحساب", "आईबैन", "खाता", "口座番号", "口座",
    "계좌번호", "계좌", "账号", "账户", "帳號", "银行账号", "tài_khoản", "số_tài_khoản",
    # more languages (issue 10): the word for a bank account, its number and common abbreviations
    "acc_num", "accno", "acc_number", "bank_acct", "cont_bancar", "numar_cont", "nr_cont", "cont_iban",
    "num_conta", "nr_conta", "numero_da_conta", "conta_corrente",
    "nro_cuenta", "num_cuenta", "cuenta_corriente", "nro_cta", "num_cta", "numero_de_compte",
    "kto_nr", "ktonr", "bankkontonummer", "conto_bancario", "rekeningnr", "reknr", "gironummer",
    "numer_rachunku", "rachunek_bankowy", "banka_hesabi", "banka_hesap", "no_rek", "no_akaun",
    "nombor_akaun", "akaun_bank", "tilinumero", "pankkitili", "reikningsnumer", "bankareikningur",
    "schet", "nomer_scheta", "raschetnyi_schet", "rahunok", "yhzh", "yinhangzhanghao",
    "银行帐号", "银行账户", "收款账号", "통장", "номер_счёта", "рахунку", "ايبان", "آيبان", "رقم_الآيبان",
    "حساب_بانکی", "बैंक_खाता", "खाता_संख्या",
)  # fmt: skip


class IbanDetector(Detector):
    """An IBAN with valid check digits."""

    id = "iban"
    category = Category.IBAN
    description = "IBAN bank account numbers (length per country, mod 97 check digits)."
    name_hints = (
        "iban",
        "account",
        "bank",
        "konto",
        "kontonummer",
        "rib",
        "bankaccount",
        "账号",
        "银行账号",
        "счет",
        "счёт",
        "حساب",
        *_MORE_NAMES,
    )
    negative_hints = (
        # what an account field says about the account, not its number (``account_type``)
        "type",
        "balance",
        "status",
        "name",
        "holder",
        "owner",
        "ownership",
        "created",
        "creation",
        "open",
        "opened",
        "date",
        "age",
        "source",
        "routing",
        "swift",
        "bic",
        "currency",
        "manager",
        "email",
        "user",
        "username",
        "login",
        "hash",
        "website",
        "ad",
        "social",
        "twitter",
        "instagram",
        "facebook",
        # an account's holder and a name in other languages (``titular_cuenta``, ``nama_rekening``); not
        # ``inhaber``: ``IBAN Kontoinhaber`` is the holder's IBAN
        "titular",
        "titulaire",
        "intestatario",
        "houder",
        "tenaamstelling",
        "pemilik",
        "nama",
        "nombre",
        "nom",
        "nome",
        "naam",
        "nazwa",
        # found by an outside review (review25b): an account's internal id, counts and totals (as phrases:
        # ``account`` ends with ``count``), a bank's code, a format, a validation, a type and a state in other
        # languages (es/pt tipo, activa; zh 类型, ja 種別, ko 유형)
        "id",
        "ids",
        "uuid",
        "account_count",
        "accounts_count",
        "num_accounts",
        "accounts_total",
        "total_accounts",
        "bank_code",
        "bankcode",
        "iban_format",
        "account_format",
        "validation",
        "validated",
        "tipo",
        "activa",
        "ativa",
        "active",
        "类型",
        "種別",
        "유형",
        # a blood bank's stock (review25b)
        "stock",
        "blood_bank",
    )
    # also other things: ``cont``/``cta`` a count or a bill, ``hesap`` a calculation, ``reikningur``/``rachunek`` an
    # invoice, ``tili`` a login account, ``nib``/``nrb`` other codes (``conta``/``conto`` would be prefixes of
    # ``contact``); Vietnamese ``stk`` (số tài khoản) is also a stock, pinyin ``zhanghao`` also a login (review25b)
    conditional_hints = ("cont", "cta", "hesap", "reikningur", "rachunek", "tili", "nib", "nrb", "stk", "zhanghao")
    accepts = frozenset({"str"})
    text_needs_digit = True  # the check digits (``_SHAPE``)

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 48)
        if text is None:
            return None
        compact = text.replace(" ", "").replace("-", "").upper()
        if not _SHAPE.fullmatch(compact):
            return None
        try:
            std_iban.validate(compact)
        except InvalidChecksum:
            # the country's length and format, wrong check digits (mock data): weak, the name must agree
            fixed = compact[:2] + std_iban.calc_check_digits(compact) + compact[4:]
            if not std_iban.is_valid(fixed):
                return None
            return Hit(0.3, {"country": compact[:2].lower(), "check": "shape"})
        except ValidationError:
            return None
        except Exception:  # noqa: BLE001 - stdnum may raise on odd input; that is "not an IBAN"
            return None
        return Hit(0.98, {"country": compact[:2].lower()})
