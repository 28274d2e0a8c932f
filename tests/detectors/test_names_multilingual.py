"""Field names in more languages (issue 10): national ID, religion, ethnicity, payment card, IBAN and device
identifier; a person's name, phone and e-mail. Each name below says its category in one language (``agree``); the
look-alikes (``against``) are other things whose names share a word or a prefix, and words that also name other
things are only ``conditional_hints`` (the values must agree)."""

from __future__ import annotations

import pytest

from ajar.detectors.base import Detector
from ajar.detectors.card_number import CardNumberDetector
from ajar.detectors.device_id import DeviceIdDetector
from ajar.detectors.email import EmailDetector
from ajar.detectors.ethnicity import EthnicityDetector
from ajar.detectors.iban import IbanDetector
from ajar.detectors.ip_address import IpAddressDetector
from ajar.detectors.national_id import NationalIdDetector
from ajar.detectors.person_name import PersonNameDetector
from ajar.detectors.phone import PhoneDetector
from ajar.detectors.religion import ReligionDetector
from ajar.pipeline.names import field_name, matches
from tests.name_hints import name_agrees, name_conditional, name_table

CASES: dict[type[Detector], tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # (agree, against, conditional)
    NationalIdDetector: (
        (
            "kennitala",  # is
            "tcNo",  # tr
            "vergi_numarasi",
            "CNP",  # ro
            "cod_numeric_personal",
            "nssf_no",  # East Africa
            "Num Seguridad Social",  # es
            "numeroCedula",
            "steuernummer",  # de
            "sofinummer",  # nl
            "henkilötunnus",  # fi
            "so_dinh_danh",  # vi
            "nomor_identitas",  # id
            "kod_melli",  # fa (Latin)
            "公民身份号码",  # zh
            "شناسنامه",  # fa
            "idPassaporto",  # it (strong)
            "id_kaart",  # nl (review25b)
            "numero_bi",  # pt
            "cartao_sus",
        ),
        ("passaporto_scadenza", "identificationType", "buletin_status", "tcno_verified",
         # found by an outside review (review25b)
         "national_id_format", "ssn_format", "nin_count", "rg_sensor"),
        ("IDProof", "voter_id", "удостоверение", "pis", "nis", "cns"),
    ),
    ReligionDetector: (
        (
            "geloof",
            "religiao",
            "glaubensbekenntnis",
            "trossamfund",
            "uskontokunta",
            "kepercayaan",
            "zongjiao",
            "конфессия",
            "العقيدة",
            "मजहब",
            "ديانة",  # ar without the article (review25b)
            "religiosity_score",  # a survey's religiosity (review25b)
            "religiosidade",
        ),
        ("religion_category", "imprelig", "book_title", "genre",
         # found by an outside review (review25b): counts, a coin's denomination, DIN standards
         "religion_count", "total_religiao", "coin_denomination", "note_denomination", "din_rail", "din_format",
         "din_en_iso"),
        ("church", "kirchensteuer"),
    ),
    EthnicityDetector: (
        (
            "tono_piel",
            "Ethn",
            "pertenencia_etnica",
            "hautfarbe",
            "etnische_achtergrond",
            "etnicitet",
            "sac_toc",
            "zhongzu",
            "natsionalnost",
            "القومية",
            "ulty",  # kk in Latin letters (review25b)
        ),
        ("skin_tone", "ethnic_pct", "font_color",
         # found by an outside review (review25b): a race that is run, a cuisine
         "race_time", "race_results", "race_name", "race_condition", "race_distance", "ethnic_cuisine",
         "estatistica_raca", "race_start"),
        ("rasa", "herkomst", "narodowosc", "jati"),
    ),
    CardNumberDetector: (
        (
            "kreditkortanumer",
            "kortnummer",
            "luottokortti",
            "numar_card",
            "girokarte",
            "nomor_kartu",
            "yinhangka",
            "银行卡号",
            "số_thẻ",  # found by an outside review (review25b)
            "yhkh",
        ),
        ("card_type", "kortnummer_expiry", "sim_card",
         # found by an outside review (review25b)
         "card_count", "card_design", "card_limit", "cardTemplate", "pan_zoom", "pan_x", "tipo_tarjeta", "kart_tipi",
         "limite_tarjeta", "pan_size"),
        (),
    ),
    IbanDetector: (
        ("CONTBANCAR", "numConta", "nroCuenta", "tilinumero", "rachunek_bankowy", "no_akaun", "yhzh", "통장"),
        ("titular_cuenta", "nama_rekening", "nome_conta", "contactInfo",
         # found by an outside review (review25b)
         "account_id", "account_count", "accounts_total", "bank_code", "iban_format", "iban_validation", "tipo_cuenta",
         "cuenta_activa", "账户类型", "口座種別", "계좌유형", "blood_bank_stock"),
        ("cont", "hesap", "stk", "zhanghao"),
    ),
    DeviceIdDetector: (
        (
            "appsFlyerUID",
            "Service Tag",
            "sim_number",
            "machine_id",
            "sarjanumero",
            "numar_serie",
            "seriennr",
            "デバイス",
            "заводской_номер",
        ),
        ("sim_type", "device_model", "document.series"),
        ("asset_tag", "matricola"),
    ),
    PersonNameDetector: (
        (
            "nama",  # id/ms
            "Nama Lengkap",
            "namapegawai",
            "NAMA KARYAWAN",
            "namadepan",  # strong: a given name alone
            "HoTen",  # vi
            "Họ và tên",
            "Tên bệnh nhân",
            "姓",  # ja (strong)
            "セイ",
            "顧客名",
            "고객명",  # ko
            "नाम",  # hi
            "نام",  # fa
            "ім'я",  # uk
            "прізвище",
            "аты-жөні",  # kk
            "naam",  # nl
            "tussenvoegsel",
            "müşteri adı",  # tr
            "Prenume",  # ro
            # found by an outside review
            "Người liên hệ",  # vi
            "苗字",  # ja (strong)
            "お客様名",
            "예금주",  # ko
            "مشتری",  # fa
            "клієнт",  # uk
            "ТАӘ",  # kk
            "medewerker",  # nl
            "İSİM",  # tr
            "shimei",  # ja (romaji)
            # card and account holders, and names in Latin letters (review25b)
            "account_holder",
            "accountHolderName",
            "rekeninghouder",  # nl
            "kaarthouder",
            "intestatario",  # it
            "titolare",
            "posiadacz_karty",  # pl
            "держатель_карты",  # ru
            "imya",
            "imia",  # uk
            "familiya",
            "otchestvo",
            "geburtsname",  # de
            "apelido",  # pt
            "tegi",  # kk
            "aty_zhoni",
            "الكنية",  # ar
            "nam_khanevadegi",  # fa
            "upnaam",  # hi
            "pemegang_kartu",  # id
            "chu_tai_khoan",  # vi
            "chủ_tài_khoản",
            "全名",  # zh
            "持卡人",
            "户名",
            "开户名",
            "mingzi",
            "名義人",  # ja
            "口座名義",
            "카드소유자",  # ko
            "next_of_kin",
            "收款人",
        ),
        (
            "nama_produk",
            "nama_kota",
            "nama_pengguna",
            "tên sản phẩm",
            "ten_sp",
            "商品名",
            "제품명",
            "نام کاربری",
            "नाम उत्पाद",
            "productnaam",
            "bestand_naam",
            "ürün adı",
            "kullanici_adi",
            "назва товару",
            "fecha_hasta",
            # found by an outside review
            "nama_kab",  # id
            "nama_aplikasi",
            "Tên người dùng",  # vi
            "Tên tệp",
            "セイベツ",  # ja
            "사용자이름",  # ko
            "नामांकन संख्या",  # hi
            "जिले का नाम",
            "شماره نامه",  # fa
            "تاریخ ثبت نام",
            "Стратегія",  # uk
            "тегін",  # kk
            "naam_gemeente",  # nl
            "IL_ADI",  # tr
            "İLÇE ADI",
            "Adım Sayısı",
            "nume_tara",  # ro
            # found by an outside review (review25b)
            "nome_produto",
            "nombre_empresa",
            "nom_fichier",
            "nome_prodotto",
            "church_name",
            "iglesia_nombre",
            "bank_name",
            "drug_name",
            "domain_name",
            "race_name",
            "secret_name",
            "template_name",
            "feature_name",
            "ad_campaign",
            "xm_version",
            "display_name_format",
            "имя_пользователя",
            "nome_do_produto",
            "nome_fornecedor",
            "bank_branch_name",
        ),
        ("名", "メイ", "ten", "аты"),
    ),
    PhoneDetector: (
        ("telepon", "No. Telp", "nomor_hp", "no_wa", "Số điện thoại", "sđt", "Teléfono", "telefoonnummer",
         "شماره تماس", "Nomor WhatsApp", "denwa_bango", "no_telpon", "Di động", "ĐTDĐ", "संपर्क नंबर",
         "fone", "rufnummer", "hatif", "dianhua", "shouji", "jeonhwa"),
        ("telepon_model", "phone_type", "phone_format", "cell_size", "cell_value", "phone_case_color"),
        (),
    ),
    EmailDetector: (
        ("surel", "thư điện tử", "メールアドレス", "이메일", "ел. пошта", "ایمیل", "ईमेल", "e-posta", "mailadres",
         "poștă electronică", "elektronik_posta", "메일", "correio_eletronico", "pochta", "youxiang"),
        ("email_count", "email_enabled", "email_template", "email_domain", "mail_server", "email_campaign_id"),
        (),
    ),
}


def _rows(pick: int) -> list[tuple[type[Detector], str, bool]]:
    if pick == 2:
        return [(d, n, True) for d, c in CASES.items() for n in c[2]]
    return [(d, n, a) for d, c in CASES.items() for n, a in name_table(c[0], c[1])]


@pytest.mark.parametrize(("det", "name", "agrees"), _rows(0))
def test_names_agree(det: type[Detector], name: str, agrees: bool) -> None:
    assert name_agrees(det(), name) is agrees


@pytest.mark.parametrize(("det", "name", "_"), _rows(2))
def test_words_of_other_things_are_conditional(det: type[Detector], name: str, _: bool) -> None:
    assert name_conditional(det(), name)


def test_a_turkish_capital_i_is_the_letter_i() -> None:
    """``str.lower`` makes İ an i and a combining dot above: İLÇE ADI must be the words ilçe and adi, as the hints
    write them (a county's name, not a person's)."""
    assert field_name("İLÇE ADI").tokens == ("ilçe", "adi")  # (I lowers to i, not ı: hints hold both)
    assert field_name("MÜŞTERİ_İSMİ").raw == "müşteri_ismi"


@pytest.mark.parametrize(
    ("det", "name"),
    [(IpAddressDetector, "آی پی"), (IpAddressDetector, "آیپی"), (EmailDetector, "ई_मेल"), (EmailDetector, "ई मेल")],
)
def test_a_phrase_joined_by_a_hyphen_or_zwnj_matches_with_other_separators(det: type[Detector], name: str) -> None:
    """A hint of another script is also looked for without its separators: a hyphen (ई-मेल) or Persian's zero-width
    non-joiner (آی‌پی) parts words as a space or ``_`` does, so ``آی پی`` and ``ई_मेल`` say the hint too."""
    assert matches(field_name(name), det().name_hints)
