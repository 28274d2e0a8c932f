"""Ransom notes by the dataset's shape, not by a keyword beside an address (F21).

A ransom note is a dataset of its own, or a key of its own: a few records whose text asks for
payment to get the *data* back, with somewhere to pay or write. Positives: every shape the known
campaigns left (synthetic text in their wording, made-up addresses, reserved domains). Hard
negatives: orders, invoices, payment tables, crypto exchange logs, support tickets, log warnings,
documentation: they ask for payment, or hold addresses, and are not notes.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest

from ajar.data import rows
from ajar.lab.seed import RANSOM_NOTE
from ajar.models import Dataset, Record
from ajar.pipeline import compromise
from ajar.pipeline.compromise import NOTE_MAX_RECORDS, compromise_signals, wording
from tests.regex_bounds import assert_same_verdicts, blocks, corpus_strings, tails, worst_seconds

BTC = ["1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
       "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "1AjarLabFakeRansomAddre5sXyZ12345"]  # fmt: skip
MAIL = "recover.team.canary@example.org"

# the wording of the known campaigns, paraphrased, with made-up addresses
HARAK1R1 = ("Your DataBase is downloaded and backed up on our secured servers. To recover your lost data: "
            "Send 0.2 BTC to our BitCoin Address and Contact us by eMail with your server IP Address")  # fmt: skip
PG_2021 = (f"All your data is backed up. You must pay 0.007 BTC to {BTC[2]} In 48 hours, your data will be "
           f"publicly disclosed and deleted. After paying send mail to us: {MAIL}")  # fmt: skip
MYSQL_2020 = ("To recover your lost data : Send 0.03 BTC to our BitCoin Address and Contact us by eMail with "
              "your server IP Address or Domain Name and a Proof of Payment. Your data will be leaked.")  # fmt: skip
ES_NOTE = f"All your data is backed up. You must pay 0.05 BTC to {BTC[0]} to recover it. Contact {MAIL}"


def one(data: dict[str, Any]) -> list[Record]:
    return [Record(data)]


#: (case, dataset name, kind, records, sampled records): each is a ransom note
POSITIVES: list[tuple[str, str, str, int | None, Callable[[], list[Record]]]] = [
    ("lab and demo: READ_ME_TO_RECOVER_YOUR_DATA.README", "READ_ME_TO_RECOVER_YOUR_DATA.README", "collection", 1,
     lambda: one({"content": RANSOM_NOTE, "db": "crm"})),
    ("MongoDB 2017: PLEASE_READ.WARNING, address and mail in fields", "PLEASE_READ.WARNING", "collection", 1,
     lambda: one({"Solution": HARAK1R1, "BitCoin": BTC[0], "eMail": MAIL, "Exchange": "https://example.org"})),
    ("MongoDB: a warning collection", "shop.warning", "collection", 1,
     lambda: one({"note": f"Your database was backed up. Pay 0.1 BTC to {BTC[1]}"})),
    ("MongoDB: README_TO_RECOVER", "crm.README_TO_RECOVER", "collection", 1,
     lambda: one({"content": ES_NOTE})),
    ("Elasticsearch read_me index", "read_me", "index", 1, lambda: one({"message": ES_NOTE})),
    ("Elasticsearch: the note under any name", "how_to_get_back", "index", 2,
     lambda: one({"message": ES_NOTE}) + one({"message": ES_NOTE})),
    ("Redis README key", "db0.README", "keyspace", 1, lambda: one({"_key": "README", "value": ES_NOTE})),
    ("Redis: a note key among the keys left", "db0.x", "keyspace", 40,
     lambda: [Record({"_key": f"x:{i}", "value": "cached"}) for i in range(19)]
     + one({"_key": "x:warning", "value": PG_2021})),
    ("MySQL PLEASE_READ_ME.WARNING table", "PLEASE_READ_ME_XYZ.WARNING", "table", 1,
     lambda: one({"id": 1, "warning": MYSQL_2020, "Bitcoin_Address": BTC[3], "Email": MAIL})),
    ("PostgreSQL readme_to_recover table", "postgres.public.readme_to_recover", "table", 1,
     lambda: one({"text_field": PG_2021})),
    ("CouchDB readme database", "readme", "database", 1,
     lambda: one({"_id": "1", "message": ES_NOTE})),
    ("named like a note: an address alone", "READ_ME_TO_RECOVER.README", "collection", 1,
     lambda: one({"content": f"pay to {BTC[0]}"})),
    ("Monero and an onion contact", "app.msg", "collection", 1,
     lambda: one({"m": "All your databases are backed up. Send 2 XMR and write to abcdefghijklmnop.onion"})),
]  # fmt: skip

#: (case, name, kind, records, sampled records, why): none of them is a ransom note
NEGATIVES: list[tuple[str, str, str, int | None, Callable[[], list[Record]], str]] = [
    ("shop orders (F21)", "shop.orders", "collection", 200,
     lambda: [Record({"order": i, "status": "paid", "payment_note": "Please pay within 48 hours or your order is "
                      "cancelled", "btc": BTC[i % 4]}) for i in range(50)],
     "many orders that ask for payment: a table, not a note"),
    ("crypto payments (F21)", "billing.crypto_payments", "table", 30,
     lambda: [Record({"invoice": i, "memo": "customer must pay invoice in BTC", "to": BTC[i % 4]}) for i in range(30)],
     "a payments table"),
    ("a few invoices", "billing.invoices", "table", 3,
     lambda: [Record({"n": i, "text": f"Invoice {i}: please pay 0.01 BTC to {BTC[i]} within 48 hours",
                      "contact": MAIL}) for i in range(3)],
     "an invoice asks for payment, not for the victim's data"),
    ("exchange withdrawals log", "exchange.withdrawals", "table", 5000,
     lambda: [Record({"user": i, "action": "send", "asset": "BTC", "to": BTC[i % 4],
                      "note": "your funds are backed up in cold storage"}) for i in range(50)],
     "thousands of transfers: a log, even with the words"),
    ("support tickets", "helpdesk.tickets", "collection", 900,
     lambda: [Record({"t": i, "body": f"I sent 0.1 BTC to {BTC[0]} to restore your backup service, mail {MAIL}"})
              for i in range(50)],
     "a ticket table quoting payments"),
    ("log warnings with mail addresses", "logs.warning", "collection", 3,
     lambda: [Record({"msg": f"login failed for {MAIL}", "level": "warning"}) for _ in range(3)],
     "named like a note, a contact but no demand and no address"),
    ("documentation README", "docs.README", "collection", 1,
     lambda: one({"text": "How to build the docs; send patches to " + MAIL}),
     "no payment asked"),
    ("Redis: order keys that ask for payment", "db0.order", "keyspace", 500,
     lambda: [Record({"_key": f"order:{i}", "value": f"pay 0.01 BTC to {BTC[i % 4]} within 48 hours"})
              for i in range(50)],
     "keys of orders: no word about the victim's data"),
    ("Redis: the same note-like value in many keys", "db0.msg", "keyspace", 500,
     lambda: [Record({"_key": f"msg:{i}", "value": ES_NOTE}) for i in range(20)],
     "twenty keys carrying the text are a dataset of messages, not a note left beside wiped data"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "name", "kind", "records", "recs"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_every_known_note_shape_is_a_ransom_note(
    case: str, name: str, kind: str, records: int | None, recs: Callable[[], list[Record]]
) -> None:
    ds = Dataset(name=name, kind=kind, records=records)
    signals = compromise_signals(ds, recs())
    notes = [s for s in signals if s.rule == "compromise.ransom_note"]
    assert notes and notes[0].datasets == (name,), case
    text = repr(signals) + " ".join(ds.notes)
    assert MAIL not in text and not any(b in text for b in BTC), "a signal names what was found, never the note"


@pytest.mark.parametrize(("case", "name", "kind", "records", "recs", "why"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_tables_that_mention_paying_are_not_ransom_notes(
    case: str, name: str, kind: str, records: int | None, recs: Callable[[], list[Record]], why: str
) -> None:
    ds = Dataset(name=name, kind=kind, records=records)
    assert not [s for s in compromise_signals(ds, recs()) if s.rule == "compromise.ransom_note"], f"{case}: {why}"


def test_a_payments_table_gets_a_note_saying_why_it_is_not_a_ransom_note() -> None:
    ds = Dataset(name="shop.orders", records=200)
    recs = [Record({"m": f"All your data is backed up, pay 1 BTC to {BTC[0]}"}) for _ in range(20)]
    assert compromise_signals(ds, recs) == []
    assert any("not a ransom note" in n and "200" in n for n in ds.notes)
    assert BTC[0] not in " ".join(ds.notes)


def test_the_note_shape_limit_is_the_dataset_count_not_the_sample() -> None:
    recs = one({"content": RANSOM_NOTE})
    small = Dataset(name="x.y", records=NOTE_MAX_RECORDS)
    big = Dataset(name="x.y", records=NOTE_MAX_RECORDS + 1)
    assert compromise_signals(small, recs) and not compromise_signals(big, recs)


# --- notes in every language of the vocabulary (R3-4) -------------------------------------------------

ETH = "0x52908400098527886E0F7030069857D2E4169EE7"
XMR = "4" + "8" * 94

#: one synthetic note per language ajar's place vocabulary covers, and Vietnamese: {a} the address,
#: {m} the contact. Different wording in each (copied, downloaded, deposit, payment, transfer...).
NOTES_BY_LANGUAGE = {
    "en": "Your tables were exported to our server. Deposit 0.02 bitcoin at {a} and write to {m}.",
    "de": "Wir haben Ihre Datenbank kopiert. Überweisen Sie 0,02 BTC an {a} und schreiben Sie an {m}.",
    "es": "Hemos copiado su base de datos. Transfiera 0,02 BTC a {a} y escriba a {m} para recuperarla.",
    "fr": "Nous avons copié votre base de données. Effectuez le paiement de 0,02 BTC à {a} puis contactez {m}.",
    "pt": "Copiamos o seu banco de dados. Faça o pagamento de 0,02 BTC para {a} e contate {m}.",
    "it": "Abbiamo copiato i vostri dati. Effettuate il pagamento di 0,02 BTC a {a} e scrivete a {m}.",
    "nl": "Wij hebben uw database gekopieerd. Maak de betaling van 0,02 BTC naar {a} en mail {m}.",
    "pl": "Skopiowaliśmy wasze dane. Wpłaćcie 0,02 BTC na {a} i napiszcie na {m}.",
    "ru": "Мы скопировали вашу базу данных. Переведите 0,02 BTC на {a} и напишите на {m}.",
    "uk": "Ми скопіювали ваші дані. Сплатіть 0,02 BTC на {a} і напишіть на {m}.",
    "kk": "Біз сіздің деректеріңізді көшірдік. {a} мекенжайына 0,02 BTC төлеңіз және {m} жазыңыз.",
    "tr": "Veritabanınızı kopyaladık. Geri almak için {a} adresine 0,02 BTC gönderin ve {m} adresine yazın.",
    "id": "Kami telah menyalin database Anda. Lakukan pembayaran 0,02 BTC ke {a} lalu hubungi {m}.",
    "ms": "Kami telah menyalin pangkalan data anda. Sila bayar 0.02 BTC kepada {a} dan e-mel {m}.",
    "vi": "Chúng tôi đã sao chép dữ liệu của bạn. Hãy chuyển khoản 0,02 BTC tới {a} và liên hệ {m}.",
    "zh": "您的数据库已被我们下载。请转账 0.02 比特币到 {a}，然后联系 {m}。",
    "ja": "お客様のデータをコピーしました。{a} に 0.02 BTC を送金し、{m} に連絡してください。",
    "ko": "귀하의 데이터베이스를 복사했습니다. {a} 로 0.02 BTC를 송금하고 {m} 로 연락하십시오.",
    "ar": "لقد نسخنا قاعدة بياناتك. قم بتحويل 0.02 BTC إلى {a} وراسلنا على {m}.",
    "fa": "ما از پایگاه داده شما نسخه برداشتیم. 0.02 BTC به {a} واریز کنید و به {m} ایمیل بزنید.",
    "ur": "ہم نے آپ کا ڈیٹا کاپی کر لیا ہے۔ {a} پر 0.02 BTC بھیجیں اور {m} پر رابطہ کریں۔",
    "ug": "سانلىق مەلۇماتلىرىڭىز كۆچۈرۈلدى. {a} غا 0.02 BTC تۆلەڭ ۋە {m} غا يېزىڭ.",
    "hi": "हमने आपका डेटाबेस कॉपी कर लिया है। {a} पर 0.02 BTC भेजें और {m} पर संपर्क करें।",
    "bn": "আমরা আপনার ডেটা কপি করেছি। {a} ঠিকানায় 0.02 BTC পাঠান এবং {m} এ যোগাযোগ করুন।",
}

#: (case, name, kind, records, sampled records, why): ordinary payment data in those languages
PAYMENT_DATA: list[tuple[str, str, str, int | None, Callable[[], list[Record]], str]] = [
    ("German invoices", "buchhaltung.rechnungen", "table", 3,
     lambda: [Record({"nr": i, "text": f"Rechnung {i}: bitte zahlen Sie 0,01 BTC an {BTC[i]}", "kontakt": MAIL})
              for i in range(3)], "an invoice asks for payment, not for the victim's data"),
    ("Spanish invoices", "facturas", "table", 4,
     lambda: [Record({"n": i, "texto": f"Factura {i}: pague 0,01 BTC a {BTC[i]} antes del viernes", "email": MAIL})
              for i in range(4)], "an invoice"),
    ("Russian payment records", "платежи", "table", 8,
     lambda: [Record({"id": i, "статус": "оплачено", "сумма": "0,1 BTC", "адрес": BTC[i % 4], "почта": MAIL})
              for i in range(8)], "paid, to an address, with a contact: no word about the victim's data"),
    ("Chinese payment log", "支付记录", "table", 6,
     lambda: [Record({"id": i, "备注": f"已支付 0.01 比特币到 {BTC[i % 4]}", "联系": MAIL}) for i in range(6)],
     "payments made, no data demanded"),
    ("Japanese transfer requests", "送金依頼", "collection", 2,
     lambda: [Record({"本文": f"請求書: {ETH} に 0.1 ETH を送金してください", "連絡先": MAIL}) for _ in range(2)],
     "a payment request"),
    ("crypto exchange withdrawals (ETH, German)", "boerse.auszahlungen", "table", 5000,
     lambda: [Record({"user": i, "aktion": "Auszahlung überweisen", "betrag": "0,5 ETH", "an": ETH,
                      "hinweis": "Ihre Daten sind bei uns sicher gespeichert"}) for i in range(50)],
     "thousands of transfers, even with the words"),
    ("exchange rates, a tiny table", "kurse", "table", 3,
     lambda: [Record({"paar": p, "kurs": 1.0, "wallet": BTC[0]}) for p in ("BTC/EUR", "ETH/EUR", "XMR/EUR")],
     "currencies and an address, no demand"),
    ("French customer profiles", "clients", "table", 5,
     lambda: [Record({"id": i, "message": "Vos données ont été mises à jour", "email": MAIL}) for i in range(5)],
     "the victim's data and a contact, but no payment asked"),
    ("Turkish order payments", "siparisler", "table", 400,
     lambda: [Record({"no": i, "not": f"Ödeme {BTC[i % 4]} adresine gönderildi, verileriniz güvende"})
              for i in range(50)], "hundreds of orders"),
]  # fmt: skip


def test_every_language_of_the_place_vocabulary_has_ransom_wording() -> None:
    text = resources.files("ajar.data").joinpath("places.tsv").read_text(encoding="utf-8")
    languages = {lang for _kind, lang, _term in rows(text.splitlines())}
    words = wording()
    assert len(languages) >= 22
    assert languages <= words.languages["pay"] and languages <= words.languages["data"]
    assert set(NOTES_BY_LANGUAGE) >= languages


@pytest.mark.parametrize("lang", sorted(NOTES_BY_LANGUAGE))
@pytest.mark.parametrize(("address", "name"), [(BTC[0], "app.msg"), (ETH, "x.y"), (XMR, "db.notes")])
def test_a_note_in_any_language_is_a_ransom_note(lang: str, address: str, name: str) -> None:
    text = NOTES_BY_LANGUAGE[lang].format(a=address, m=MAIL)
    before, after = text.split(address)
    upper = NOTES_BY_LANGUAGE[lang].upper().replace("{A}", address).replace("{M}", MAIL)
    for ds, recs in [
        (Dataset(name=name, kind="collection", records=1), one({"content": text})),
        # the same in upper case, across several fields, and under 300 other fields
        (Dataset(name=name, kind="table", records=1), one({"m": upper})),
        (Dataset(name=name, kind="table", records=1), one({"a": before, "b": address, "c": after})),
        (Dataset(name=name, kind="collection", records=1), one({**{f"x{i}": str(i) for i in range(300)}, "n": text})),
    ]:
        signals = compromise_signals(ds, recs)
        assert [s.rule for s in signals] == ["compromise.ransom_note"], (lang, recs[0].data)
        assert address not in repr(signals) and MAIL not in repr(signals)


@pytest.mark.parametrize("lang", sorted(NOTES_BY_LANGUAGE))
def test_a_note_split_over_the_records_of_a_tiny_dataset(lang: str) -> None:
    demand, rest = NOTES_BY_LANGUAGE[lang].split("{a}")
    recs = [
        Record({"_id": 1, "msg": demand + rest.replace("{m}", "")}),
        Record({"_id": 2, "btc": BTC[0], "mail": MAIL}),
    ]
    assert compromise_signals(Dataset(name="c.d", kind="collection", records=2), recs)
    # the same two records among many are a table, and in a keyspace two keys are two messages
    assert not compromise_signals(Dataset(name="c.d", kind="collection", records=NOTE_MAX_RECORDS + 1), recs)
    assert not compromise_signals(Dataset(name="db0.x", kind="keyspace", records=2), recs)


@pytest.mark.parametrize(
    "name",
    [
        "README_TO_RESTORE",
        "README_TO_RESTORE_zh",
        "how_to_restore",
        "HOW_TO_RECOVER_DATA",
        "WARNING_zh",
        "db.SYSTEM_WARNING",
        "RECOVER",
        "RECOVER_DATABASE",
        "restore_me",
        "LEEME",
        "如何恢复数据",
    ],  # fmt: skip
)
def test_note_names_with_an_address_alone(name: str) -> None:
    assert compromise_signals(Dataset(name=name, records=1), one({"btc": BTC[0], "mail": MAIL}))


@pytest.mark.parametrize("name", ["recovery_codes", "restored_items", "readme_history", "warnings_log"])
def test_names_near_note_names_need_a_note(name: str) -> None:
    ds = Dataset(name=name, records=1)
    rec = one({"btc": BTC[0], "note": "backup wallet"})
    flagged = bool(compromise_signals(ds, rec))
    assert flagged == (name == "warnings_log"), name  # *WARNING* is a note's name; recovery codes are not


@pytest.mark.parametrize(
    "text",
    [
        "Your database is downloaded. Payment of 0.05 BTC to {a} is required to recover it. Contact {m}",
        "Your data was backed up. Once paid (0.05 BTC to {a}) we restore it. Email {m}",
        "All your data is backed up. You must pay 0.5 ETH to {e} to recover it. Email {m}",
        "Your databases are copied. Send 3 XMR to {x}, then write to {m}",
        "TÜM VERİLERİNİZ YEDEKLENDİ. {a} ADRESİNE 0,05 BTC ÖDEYİN VE {m} YAZIN",
    ],
)
def test_forms_of_paying(text: str) -> None:
    recs = one({"msg": text.format(a=BTC[0], e=ETH, x=XMR, m=MAIL)})
    assert compromise_signals(Dataset(name="t.u", records=1), recs)


@pytest.mark.parametrize(
    ("case", "name", "kind", "records", "recs", "why"), PAYMENT_DATA, ids=[n[0] for n in PAYMENT_DATA]
)
def test_payment_data_in_other_languages_is_not_a_ransom_note(
    case: str, name: str, kind: str, records: int | None, recs: Callable[[], list[Record]], why: str
) -> None:
    ds = Dataset(name=name, kind=kind, records=records)
    assert not [s for s in compromise_signals(ds, recs()) if s.rule == "compromise.ransom_note"], f"{case}: {why}"


# _EMAIL is the shortest text the long address pattern finds: the same strings hold one, without scanning
# up to 64 characters from every position of a long run (8-14 ms a piece of 8 KB before)
_PLAIN_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(\.[\w\-]{1,63})+")
_EMAIL_BLOCKS = (
    "a", "Z", "3", "_", ".", "+", "-", "@", "@@", "x" * 62, "x" * 63, "x" * 64, "y" * 65, ".com", "é", "!", " ",
    "\n", "ı", "。", "ü@b.c",
)  # fmt: skip


def test_email_pattern_finds_what_the_long_form_finds() -> None:
    rng = random.Random(3)
    texts = tails("", ("a", "@", ".", "-", "!"), 5) + blocks(rng, ("",), _EMAIL_BLOCKS, 30_000, 10)
    texts += corpus_strings()
    assert_same_verdicts(compromise._EMAIL.search, _PLAIN_EMAIL.search, texts, 1000)


@pytest.mark.timeout(120)
def test_email_pattern_is_linear_on_long_pieces() -> None:
    hostile = ["a" * 8191 + "@", "a@" + "b" * 8190, ("a" * 60 + "@" + "b" * 63)[:124] * 66, "３" * 8191 + "@"]
    hostile = [t[:8192] for t in hostile]
    assert worst_seconds(compromise._EMAIL.search, hostile) < 2e-3  # ~0.2 ms now, 4-14 ms before
