"""Ransom notes by the dataset's shape, not by a keyword beside an address (F21).

A ransom note is a dataset of its own, or a key of its own: a few records whose text asks for
payment to get the *data* back, with somewhere to pay or write. Positives: every shape the known
campaigns left (synthetic text in their wording, made-up addresses, reserved domains). Hard
negatives: orders, invoices, payment tables, crypto exchange logs, support tickets, log warnings,
documentation: they ask for payment, or hold addresses, and are not notes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ajar.lab.seed import RANSOM_NOTE
from ajar.models import Dataset, Record
from ajar.pipeline.compromise import NOTE_MAX_RECORDS, compromise_signals

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
