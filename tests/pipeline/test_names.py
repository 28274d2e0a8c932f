"""Names from a target go through the detectors and masking; ajar's own words stay readable."""

from __future__ import annotations

import json

import pytest

from ajar.config import ScanConfig
from ajar.models import (
    Access,
    Category,
    Dataset,
    Evidence,
    FieldReport,
    Finding,
    Liveness,
    PeopleEstimate,
    Report,
    ScopeInfo,
    Service,
    Severity,
    Status,
    ToolInfo,
)
from ajar.names import clean, mask_secret_url, mask_text, mask_uri, seal_report, theirs, without_credentials

# (case, text, secret part that must go)
MASKED = [
    ("redis key prefix with a phone", "u8613800138000:profile", "8613800138000"),
    ("redis key with a national ID", "ID-110101199003071234", "110101199003071234"),
    ("nested mongo field named by a phone", "contacts.+8613800138000", "8613800138000"),
    ("mqtt topic with an email", "users/alice.smith@example.com/location", "smith@example"),
    ("s3 object key with an email", "exports/bob.jones@example.org.csv", "jones@example"),
    ("etcd prefix with a phone", "/people/13800138000/", "13800138000"),
    ("a person's name as a collection", "Zhang Wei", "Zhang Wei"),
    ("a session token as a key", "session:cnry_9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a3928"),
    ("an IP as a key", "ratelimit:203.0.113.217", "203.0.113.217"),
    ("a phone with spaces", "calls from +86 138 0013 4417", "138 0013 4417"),
    ("a password in a URI", "redis://admin:s3cr3tpw@127.0.0.1:6379/0", "s3cr3tpw"),
    # an e-mail or IBAN embedded in a larger token (F10)
    ("file name with an email and a suffix", "export_zoe.q7xleak@example.org_v2", "q7xleak@example"),
    ("directory name with an email", "dir_zoe.q7xleak@example.org.x/a.jsonl", "q7xleak@example"),
    ("influx database.measurement, both emails", "zoe.q7xleak@example.org.zoe.q7xleak@example.org", "q7xleak@example"),
    ("influx database.measurement, one email", "zoe.q7xleak@example.org.pw_zq7x", "q7xleak@example"),
    ("zip member with an email", "a/zoe.q7xleak@example.org_export", "q7xleak@example"),
    ("mqtt device topic with an email", "fleet/zoe.q7xleak@example.org_dev/gps", "q7xleak@example"),
    ("postgres database with an email", "crm_zoe.q7xleak@example.org.t[/x]", "q7xleak@example"),
    ("postgres evidence with an email", "select a from crm_zoe.q7xleak@example.org.t limit 5", "q7xleak@example"),
    ("url-encoded email", "exports/zoe.q7xleak%40example.org.csv", "q7xleak%40example"),
    ("IBAN written with spaces", "DE89 3704 0044 0532 0130 00", "3704 0044 0532"),
    ("IBAN inside a token", "acct_GB82WEST12345698765432_x", "WEST12345698"),
    # passwords in target URIs (F16)
    ("URI with an @ in the user name", "redis://zoe.q7xleak@example.org:zq7x.secretpass.w0rd@127.0.0.99:16379",
     "secretpass"),
    ("URI password with a slash", "redis://:zq7x/secretpass.w0rd@127.0.0.1", "secretpass"),
    ("URI password with a hash", "redis://:zq7x#secretpass@127.0.0.1:6379", "secretpass"),
    ("URI ?password= query", "redis://127.0.0.99:16379/?password=zq7x.secretpass.w0rd", "secretpass"),
    ("URI &token= query", "http://127.0.0.1:9200/?a=1&token=zq7xsecretpass&b=2", "secretpass"),
    ("URI pass/pwd/secret queries", "x://127.0.0.1/?pass=secretpass1&pwd=secretpass2&secret=secretpass3",
     "secretpass"),
    # an e-mail cut by a bound (a version string at its limit): the domain lost its TLD
    ("a version cut inside an e-mail", "7.2.0-build zoe.hostile7@canary-mail.o", "hostile7@canary"),
    ("a banner cut after the @", "3.8.0 zoe.hostile7@canary", "hostile7@canary"),
    ("a composed name of two e-mails (R2-9)", "crm yq9.canary@example.org.yq9.canary@example.org_v3", "y@example"),
    ("a name cut by mask_text's own limit", "x" * 1975 + " zoe.hostile7@canary-mail.org", "hostile7@canary"),
    ("URI with a percent-encoded e-mail user", "http://zoe.q7xleak%40example.org:pw@127.0.0.1:9200", "q7xleak"),
    # a credential after its key in a name
    ("influx measurement named by a password", "users_4403.pw_zq7x.secretpass.w0rd", "secretpass"),
    ("a file named by a password", "pw_Zq7x.S3cret!Pass6631.json", "S3cret"),
    ("a key holding a token", "cache:token=ab12cd34ef56", "ab12cd34"),
    # numbers written in groups (review, round 6): each group alone is short
    ("a card number with commas", "card 4111,1111,1111,1111", "1111,1111,1111"),
    ("a card number with dots", "export_4111.1111.1111.1111.csv", "1111.1111.1111"),
    ("a French phone with dots", "rappel_06.12.34.56.78", "12.34.56"),
    ("a US phone with dots", "calls/415.555.0123/log", "555.0123"),
    ("a CPF", "cliente_123.456.789-09.json", "456.789"),
    ("a phone with slashes", "fax 0221/123/45678", "123/45"),
    # letters glued to a number in groups (fuzz11): the letters and the number were read as one word
    ("an SSN glued to its key", "ssn781-22-9043", "22-90"),
    ("an SSN inside a key", "x781-22-9043y", "22-90"),
    ("a phone glued to its key", "tel415-555-2671", "555-26"),
    ("a CPF glued to its key", "x123.456.789-09", "456.789"),
    # ... and to a word that holds digits itself: its first group was read as the word's (ab12cd781)
    ("an SSN glued to a word with digits", "ab12cd781-22-9043", "22-90"),
    ("a phone glued to a word with digits", "q7tel415-555-2671", "555-26"),
    ("a phone in spaced groups glued to a word with digits", "ab12cd415 555 2671", "555 26"),
    ("a CPF glued to a word with digits", "t1x123.456.789-09.json", "456.789"),
    ("an SSN glued to digits and letters", "12ab781-22-9043", "22-90"),
]

# (case, text): ajar's own words and ordinary names are kept as they are
KEPT = [
    ("ajar's own error", "etcd: GET /x answered 404 without etcdserver"),
    ("a version", "mongodb 7.0.12"),
    ("a people-estimate method", "Chao1 estimate from 40 distinct `sfzh` values in 40 sampled records"),
    ("a dotted dataset name", "watchlist.people"),
    ("a dated index", "logs-2024.06.01"),
    ("a date with slashes", "export of 06/12/2026"),
    ("ajar's own grouped counts", "line 1,234,567: invalid JSON at column 2,147,483,648"),
    ("a MariaDB version banner", "mariadb 10.11.6-MariaDB-1:10.11.6+maria~ubu2204"),
    ("a bind address", "CONFIG GET bind answered '0.0.0.0'"),
    ("a vocabulary word in a name identifies no one", "mysql_native_password and not binary"),
    ("an ordinary dotted name", "db.users"),
    ("a dated table", "orders_2024"),
    ("a version string", "redis 7.2.4-v1.2 (build 2024.06.01)"),
    ("four-character groups that fail the IBAN check", "AB12 CDEF GHIJ KLMN"),
    ("an HTTP request with a query", "GET http://127.0.0.1:9200/_search?size=10&q=a answered 200"),
    ("a MySQL account in a sentence", "mysql.user: root@localhost without a password"),
    ("credential words as table names", "password_reset_tokens auth_user token_blacklist pass_through pw_v2"),
    ("a build date glued to a word", "build2024-01-02 v1.2.3 version2.0 col2"),
    ("a build date glued to a word with digits", "b2build2024-01-02 x2v1.2.3 k8s1.29.3"),
]


@pytest.mark.parametrize(("case", "text", "secret"), MASKED, ids=[c[0] for c in MASKED])
def test_identifying_tokens_in_names_are_masked(case: str, text: str, secret: str) -> None:
    out = mask_text(text)
    assert secret not in out and secret.replace(" ", "") not in out.replace(" ", ""), case
    assert "*" in out, case
    assert mask_text(out) == out, "sealing twice changes nothing"


@pytest.mark.parametrize(("case", "text"), KEPT, ids=[c[0] for c in KEPT])
def test_own_words_are_not_masked(case: str, text: str) -> None:
    assert mask_text(text) == text, case


@pytest.mark.parametrize(
    ("case", "text", "bad"),
    [
        ("ANSI colour", "\x1b[31mred\x1b[0m", "\x1b"),
        ("OSC title and hyperlink", "\x1b]0;pwned\x07\x1b]8;;http://x\x1b\\", "\x07"),
        ("C1 CSI", "a\x9b31mb", "\x9b"),
        ("bidi override", "abc\u202edcba", "\u202e"),
        ("lone surrogate", "idx\udcff", "\udcff"),
        ("NUL and newline", "a\x00b\nc", "\n"),
    ],
)
def test_clean_drops_controls(case: str, text: str, bad: str) -> None:
    out = clean(text)
    assert bad not in out, case
    out.encode("utf-8")  # no lone surrogate left


def test_uri_password_is_masked_and_host_kept() -> None:
    assert mask_uri("mongodb://admin:secret@127.0.0.2:27017/db") == "mongodb://admin:****@127.0.0.2:27017/db"
    assert mask_uri("127.0.0.2") == "127.0.0.2"
    assert mask_uri("redis://127.0.0.2:6379/?db=0&password=pw1") == "redis://127.0.0.2:6379/?db=0&password=****"
    assert mask_uri("redis://a@b.example:pw@127.0.0.2:6379").endswith(":****@127.0.0.2:6379")


def test_seal_report_masks_every_name_and_categorises_vocabularies() -> None:
    ds = Dataset(
        name="contacts.+8613800138000",
        fields=[
            FieldReport(path="by_phone.+8613800138000", category=Category.PHONE, confidence=0.9, prevalence=1,
                        values=3, examples=["+8*********00"]),
            FieldReport(path="mz", category=Category.ETHNICITY, confidence=0.9, prevalence=1, values=3,
                        examples=["U*****", "Ha*"]),
            FieldReport(path="faith", category=Category.RELIGION, confidence=0.9, prevalence=1, values=3,
                        examples=["Bu****st"]),
            FieldReport(path="pw", category=Category.SECRET, confidence=0.9, prevalence=1, values=3,
                        examples=["Zq7x.*************31", "$2b$*****************************Ka", "hu*****"]),
        ],
        liveness=Liveness(method="newest key u8613800138000"),
        people=PeopleEstimate(count=3, method="distinct `alice.smith@example.com` keys"),
        notes=["sampling failed on ID-110101199003071234"],
    )
    svc = Service(
        host="127.0.0.2", port=6379, engine="redis", version="7.0\x1b[31m[/x] built by ops.lead@example.com",
        status=Status.SUCCESS, access=Access.OPEN, error="key u8613800138000 too big",
        evidence=[Evidence(command="SCAN 0 MATCH u8613800138000*", reply="1) ID-110101199003071234")],
        findings=[Finding(rule="r", title="t", severity=Severity.HIGH, detail="key u8613800138000",
                          datasets=["contacts.+8613800138000"])],
        datasets=[ds], info={"keys": ["u8613800138000"]},
    )
    from datetime import UTC, datetime

    rep = Report(tool=ToolInfo(version="0"), scope=ScopeInfo(targets=["redis://admin:s3cretpw@127.0.0.2"]),
                 started=datetime.now(UTC), finished=datetime.now(UTC), services=[svc],
                 errors=["127.0.0.2:6379: key alice.smith@example.com"])
    text = json.dumps(seal_report(rep).model_dump(mode="json"), ensure_ascii=False)
    for secret in ("8613800138000", "110101199003071234", "smith@example", "s3cretpw", "\x1b", "U*****", "Bu****st",
                   "lead@example", "Zq7x", "Ka\"", "hu*"):
        assert secret not in text, secret
    assert "<ethnicity>" in text and "<religion>" in text
    assert rep.services[0].datasets[0].fields[-1].examples == ["<secret>", "$2b$****"]
    assert rep.services[0].host == "127.0.0.2"


def test_sealing_a_report_keeps_no_unmasked_text_in_the_mask_cache() -> None:
    from datetime import UTC, datetime

    from ajar import names

    assert mask_text("contacts.+8613800138000") == mask_text("contacts.+8613800138000")  # remembered
    assert mask_text("GET /x answered 404") == "GET /x answered 404"
    assert any(k[0] == "contacts.+8613800138000" for k in names._SEALED)
    seal_report(Report(tool=ToolInfo(version="0"), scope=ScopeInfo(targets=[]), started=datetime.now(UTC),
                       finished=datetime.now(UTC), services=[], errors=["key alice.smith@example.com"]))
    # only texts shown as they are stay remembered (they are in the report anyway)
    assert names._SEALED and all(key[0] == shown for key, shown in names._SEALED.items())
    assert not any("8613800138000" in k[0] or "alice.smith" in k[0] for k in names._SEALED)
    assert ("GET /x answered 404", names.MAX_TEXT, True) in names._SEALED


@pytest.mark.parametrize("pickles", [True, False])
def test_a_sealed_copy_leaves_the_report_as_it_was(pickles: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle
    from datetime import UTC, datetime

    from ajar import names

    if not pickles:  # a report pickle cannot take is copied as model_copy(deep=True) copies it
        monkeypatch.setattr(names.pickle, "dumps", lambda *a: (_ for _ in ()).throw(pickle.PicklingError("no")))
    ds = Dataset(name="contacts.+8613800138000", notes=["key u8613800138000"],
                 fields=[FieldReport(path="by.+8613800138000", category=Category.PHONE, confidence=0.9,
                                     prevalence=1, values=3, examples=["+8*********00"], detail={"k": "v"})])
    svc = Service(host="127.0.0.2", port=6379, engine="redis", status=Status.SUCCESS, datasets=[ds],
                  info={"keys": ["u8613800138000"]})
    rep = Report(tool=ToolInfo(version="0"), scope=ScopeInfo(targets=["redis://a:s3cretpw@127.0.0.2"]),
                 started=datetime.now(UTC), finished=datetime.now(UTC), services=[svc], errors=["x"])
    before = rep.model_dump(mode="json")
    sealed = names.sealed_copy(rep)
    assert rep.model_dump(mode="json") == before  # the report itself is not sealed
    text = json.dumps(sealed.model_dump(mode="json"))
    assert "8613800138000" not in text and "s3cretpw" not in text
    assert sealed.model_dump(mode="json") == seal_report(rep.model_copy(deep=True)).model_dump(mode="json")
    sealed.services[0].datasets[0].fields[0].detail["k"] = "changed"
    sealed.services[0].info["keys"].append("more")
    assert rep.model_dump(mode="json") == before  # nothing shared


def test_the_mask_cache_stays_bounded() -> None:
    from ajar import names

    for i in range(names._SEALED_MAX + 50):
        theirs(f"table_{i}")
    assert len(names._SEALED) == names._SEALED_MAX
    assert "8613800138000" not in theirs("key_8613800138000")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("redis://admin:Zq7x.S3cret!P@127.0.0.1:6379", "redis://admin:****@127.0.0.1:6379"),
        ("redis://zoe.q7xleak@example.org:pw.Secret9@127.0.0.99:16379", ":****@127.0.0.99:16379"),
        ("mongodb://127.0.0.1:27017/?password=Zq7x%21S3cret", "mongodb://127.0.0.1:27017/?password=****"),
        ("http://zoe%40example.org:Zq7x%21S3cret@127.0.0.1:9200", ":****@127.0.0.1:9200"),
        ("http://127.0.0.1:9200/idx/a@b.com", "http://127.0.0.1:9200/idx/a@b.com"),  # a path, not userinfo
        ("127.0.0.1:6379", "127.0.0.1:6379"),
    ],
)
def test_a_config_never_holds_a_uri_password(typed: str, kept: str) -> None:
    """ajar never uses a URI's password: the config masks it as it is made, so no checkpoint, journal or
    shard message can hold it, and the target still names the same host, port and path."""
    from urllib.parse import urlsplit

    target = ScanConfig(targets=[typed]).targets[0]
    assert target.endswith(kept) or target == kept, target
    for secret in ("S3cret", "Secret9", "q7xleak", "zoe%40"):
        assert secret not in target, target
    if "://" in typed:
        a, b = urlsplit(typed), urlsplit(target)
        assert (a.scheme, a.hostname, a.port, a.path) == (b.scheme, b.hostname, b.port, b.path)
    assert without_credentials(target) == target, "masking twice changes nothing"


def test_shard_messages_hold_no_uri_password() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ajar.cluster.work import make_shards

    config = ScanConfig(targets=["redis://admin:Zq7x.S3cret!P@127.0.0.1:6379", "127.0.0.1:27017"])
    for msg in make_shards(Ed25519PrivateKey.generate(), "run1", config, 2):
        assert b"S3cret" not in msg and b"127.0.0.1:6379" in msg


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://127.0.0.1:8080/hook?token=abc123", "http://127.0.0.1:8080/hook?token=****"),
        ("https://hooks.slack.com/services/T0AB1/B0CD2/xoxAbCdEfGhIjKlMnOp",
         "https://hooks.slack.com/services/****/****/****"),
        ("https://ops:Pa55word@chat.example/hooks/3fkq8xg9a7ym5dqwuz", "https://ops:****@chat.example/hooks/****"),
        ("https://discord.com/api/webhooks/123456/AbCdEf", "https://discord.com/api/webhooks/****/AbCdEf"),
    ],
)
def test_own_webhook_urls_are_shown_without_their_secrets(url: str, shown: str) -> None:
    assert mask_secret_url(url) == shown
