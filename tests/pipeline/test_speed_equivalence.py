"""Speed work (issue 10) changes how, never what: each faster lookup gives what the plain one gave.

The plain implementations the speed work replaced are kept here as references and run against the
new ones on every input the package's own word lists make (each hint and vocabulary term, with
prefixes, suffixes, plurals and articles), and on the field names and values of a generated folder.
"""

from __future__ import annotations

import random
import re
import zlib
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

import pytest

from ajar import values
from ajar.data import rows
from ajar.detectors import DETECTORS, address
from ajar.knowledge import Signal
from ajar.models import Dataset, Record
from ajar.pipeline import compromise, features, names, places, trail
from ajar.pipeline.names import FieldName, field_name, matches, short_hint
from ajar.sources import base as source_base
from ajar.sources import jsonfile
from ajar.values import strings_in

# --- references: the implementations before the speed work ------------------------------------------


@cache
def _reference_hints(
    hints: tuple[str, ...],
) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    ascii_hints = [h for h in hints if h.isascii()]
    exact = frozenset(h.replace("_", "") for h in ascii_hints) | frozenset(ascii_hints)
    phrases = tuple(f"_{h}_" for h in ascii_hints if "_" in h)
    affixes = tuple(h.replace("_", "") for h in ascii_hints if len(h.replace("_", "")) >= 5)
    substrings = tuple(h for h in hints if not h.isascii() and not short_hint(h))
    # a phrase of another script is also looked for without its separators, in the name's tokens joined: the
    # phrase read as a field name (ई-मेल, آی‌پی, số tài khoản, ім'я), its tokens joined where that is not the phrase
    squeezed = tuple(n.joined for h in substrings if (n := field_name(h)).joined != h)
    return exact, phrases, affixes, substrings, squeezed


def _reference_short(name: FieldName, hints: tuple[str, ...]) -> bool:
    """A short hint of a script that parts its words: a token that is not ASCII, the same without the Arabic
    article, or the first three letters of either."""
    for t in name.tokens:
        if t.isascii():
            continue
        for w in (t, t[2:] if t.startswith("ال") and len(t) > 3 else t):
            if any(short_hint(h) and (h == w or (len(w) > 3 and h == w[:3])) for h in hints):
                return True
    return False


def _reference_words(name: FieldName) -> list[str]:
    """The whole name and its tokens, and each of them without the number at its end when three letters or more
    are left (``tel2`` is also ``tel``)."""
    words = [name.joined, *name.tokens]
    return words + [s for w in words if (s := re.sub(r"[0-9]+$", "", w)) != w and len(s) >= 3 and s.isalpha()]


def _reference_match(name: FieldName, hints: tuple[str, ...]) -> bool:
    if _reference_short(name, hints):
        return True
    exact, phrases, affixes, substrings, squeezed = _reference_hints(hints)
    if any(w in exact for w in _reference_words(name)):
        return True
    if phrases:
        joined = f"_{'_'.join(name.tokens)}_"
        if any(p in joined for p in phrases):
            return True
    for t in name.tokens:
        if len(t) > 5:
            for a in affixes:
                if t != a and (t.startswith(a) or t.endswith(a)):
                    return True
    return any(h in name.raw for h in substrings) or any(h in name.joined for h in squeezed)


def _reference_word(vocab: places.Vocabulary, word: str) -> str | None:
    kind = vocab.words.get(word)
    if kind is None and all(ord(ch) < 0x0250 for ch in word):
        for cut in ("es", "s"):
            if word.endswith(cut) and len(word) > len(cut) + 2:
                kind = vocab.words.get(word[: -len(cut)])
                if kind is not None:
                    break
    if kind is None and any(0x0600 <= ord(ch) <= 0x06FF for ch in word):
        for art in places._AR_ARTICLES:
            if word.startswith(art) and len(word) > len(art) + 1:
                kind = vocab.words.get(word[len(art) :])
                if kind is not None:
                    break
    if kind is None:
        for stem, skind in vocab.stems:
            if word.startswith(stem) and len(word) - len(stem) <= places.MAX_STEM_SUFFIX:
                return skind
    return kind


# --- inputs ------------------------------------------------------------------------------------------


def _hint_lists() -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = [features._PEOPLE_HINTS, trail._TIME_HINTS, trail._TIME_BEST]
    for d in DETECTORS:
        out += [d.name_hints, d.negative_hints, d.strong_hints, d.conditional_hints]
    return [h for h in out if h]


def _field_names() -> list[str]:
    rng = random.Random(10)
    words = sorted({h for hints in _hint_lists() for h in hints})
    out = ["", "x", "field3", "id", "ICD编码", "contactPhone2", "b_street", "race___0", "nameLast", "lattitude"]
    for w in words:
        out += [w, w.upper(), f"{w}_x", f"x_{w}", f"{w}abc", f"abc{w}", f"my{w.title()}Id", f"{w[:-1]}", f"{w}{w}",
                f"{w}2"]
    for _ in range(3000):
        a, b = rng.choice(words), rng.choice(words)
        out += [f"{a}_{b}", f"{a}{b.title()}", f"{a[: rng.randint(1, 8)]}{b[-rng.randint(1, 8) :]}"]
    return out


class _ReferenceLists:
    """:func:`_reference_match` of one name on every hint list at once: the same four rules, each checked the plain
    way (``in``, ``startswith``/``endswith``, substrings) on the hints that can meet the name, found by an index:
    an exact hint is the whole name or a token; a phrase ``_a_b_`` inside ``_t1_t2_..._`` starts at a token
    boundary, so its first word is a token; an affix (5+ letters) that starts or ends a token shares its first or
    last five letters; a hint of another script is inside no ASCII name. The per-pair loop took 150-340 s at load
    (47 lists x 29,259 names, every pair through the plain function); this is checked against it on a sample
    (:func:`test_the_indexed_reference_is_the_plain_one`)."""

    def __init__(self, lists: list[tuple[str, ...]]) -> None:
        self.exact: dict[str, set[int]] = {}
        self.phrases: dict[str, list[tuple[str, int]]] = {}
        self.heads: dict[str, list[tuple[str, int]]] = {}
        self.tails: dict[str, list[tuple[str, int]]] = {}
        self.substrings: list[tuple[str, int]] = []
        self.squeezed: list[tuple[str, int]] = []
        self.lists = lists
        for i, hints in enumerate(lists):
            exact, phrases, affixes, substrings, squeezed = _reference_hints(hints)
            for h in exact:
                self.exact.setdefault(h, set()).add(i)
            for p in phrases:
                self.phrases.setdefault(p[1:].split("_", 1)[0], []).append((p, i))
            for a in affixes:
                self.heads.setdefault(a[:5], []).append((a, i))
                self.tails.setdefault(a[-5:], []).append((a, i))
            self.substrings += [(h, i) for h in substrings]
            self.squeezed += [(h, i) for h in squeezed]

    def __call__(self, name: FieldName) -> set[int]:
        out: set[int] = set()
        for key in _reference_words(name):
            out |= self.exact.get(key, set())
        joined = f"_{'_'.join(name.tokens)}_"
        for t in set(name.tokens):
            out.update(i for p, i in self.phrases.get(t, ()) if p in joined)
            if len(t) > 5:
                out.update(i for a, i in self.heads.get(t[:5], ()) if t != a and t.startswith(a))
                out.update(i for a, i in self.tails.get(t[-5:], ()) if t != a and t.endswith(a))
        if not name.raw.isascii():
            out.update(i for h, i in self.substrings if h in name.raw)
            out.update(i for h, i in self.squeezed if h in name.joined)
            out.update(i for i, hints in enumerate(self.lists) if _reference_short(name, hints))
        return out


def test_name_hints_match_as_before() -> None:
    hints_lists = _hint_lists()
    reference = _ReferenceLists(hints_lists)
    wrong = []
    for name in dict.fromkeys(field_name(f"parent.{raw}") for raw in _field_names()):  # one of each FieldName
        want = reference(name)
        got = {i for i, hints in enumerate(hints_lists) if names.matches(name, hints)}
        if got != want:
            wrong += [(name.raw, hints_lists[i][:3], i in got) for i in got ^ want]
    assert not wrong, (len(wrong), wrong[:10])  # one assert: 1.4 million rewritten ones cost seconds of their own


def test_the_indexed_reference_is_the_plain_one() -> None:
    """The index only finds candidates: on a sample of the names (every 12th, the odd ones first), every pair is
    the plain :func:`_reference_match`'s verdict."""
    hints_lists = _hint_lists()
    reference = _ReferenceLists(hints_lists)
    raws = _field_names()
    wrong = []
    for raw in raws[:10] + raws[10::12]:
        name = field_name(f"parent.{raw}")
        want = {i for i, hints in enumerate(hints_lists) if _reference_match(name, hints)}
        if reference(name) != want:
            wrong.append((raw, sorted(reference(name) ^ want)))
    assert not wrong, wrong[:10]


def _place_words() -> list[str]:
    vocab = places.vocabulary()
    rng = random.Random(10)
    terms = [*vocab.words, *(s for s, _ in vocab.stems), *(t for t, _ in vocab.substrings)]
    terms += [w for group in vocab.phrases.values() for parts, _ in group for w in parts]
    out = ["", "a", "ab", "abcde", "street", "清真寺路", "42"]
    for t in terms:
        out += [t, t + "s", t + "es", t[:-1], t + "x" * rng.randint(1, 6), "ال" + t, "وال" + t, "x" + t]
        out += [t + "".join(rng.choice("abcdeиклمنه") for _ in range(k)) for k in range(6)]
    return out


def test_place_words_and_values_have_the_same_kind_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = places.vocabulary()
    words = _place_words()
    for w in words:
        assert vocab._word(w) == _reference_word(vocab, w), w
    rng = random.Random(11)
    values = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    now = [vocab.kind_of(v) for v in values]
    monkeypatch.setattr(places.Vocabulary, "_word", _reference_word)
    assert now == [vocab.kind_of(v) for v in values]
    assert sum(k is not None for k in now) > 1000  # the values do name places


@pytest.mark.parametrize("word", ["mosque", "mosques", "churches", "المسجد", "поликлиника", "przychodnia"])
def test_known_words_still_have_their_kind(word: str) -> None:
    vocab = places.vocabulary()
    assert vocab._word(places.normalise(word)) == _reference_word(vocab, places.normalise(word)) is not None


def _reference_marks(rec: Record, small: bool, named: bool) -> compromise._Marks:
    """Every pattern on every string of the record, one string at a time, whatever the dataset."""
    btc = alt = contact = pay = coin = data = False
    words = compromise.wording()
    for s in strings_in(rec.data):
        s = s[: compromise._STRING_BYTES]
        low = s.lower().replace("\u0307", "")
        btc = btc or bool(compromise._BTC.search(s))
        alt = alt or bool(compromise._ALT_WALLET.search(s))
        contact = contact or bool(compromise._EMAIL.search(s) or compromise._ONION.search(s))
        pay = pay or bool(words.pay.every.search(low))
        coin = coin or bool(words.coin.every.search(low))
        data = data or bool(words.data.every.search(low))
    return compromise._Marks(btc=btc, alt=alt, contact=contact, pay=pay, coin=pay and coin, data=data)


def _ransom_cases() -> list[tuple[str, str, int | None, list[Record]]]:
    from tests.pipeline.test_compromise import NEGATIVES, POSITIVES

    cases = [(c[1], c[2], c[3], c[4]()) for c in [*POSITIVES, *NEGATIVES]]
    rng = random.Random(12)
    pieces = ["pay", "send", "transfer", "0.1 BTC", "bitcoin", "monero", "your data", "your", "data", "backed up",
              "leaked", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
              "x@example.org", "abcdefghijklmnop.onion", "hello", "\x00", "order 42", "ransom",
              "your DataBase"]  # fmt: skip
    for _ in range(600):
        recs = [
            Record({f"f{j}": " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for j in range(4)})
            for _ in range(rng.randint(1, 12))
        ]
        name = rng.choice(["orders", "README", "read_me.warning", "db0.x", "payments", "how_to_recover"])
        cases.append((name, rng.choice(["table", "keyspace", "collection"]), rng.choice([None, 1, 5, 40]), recs))
    # every language of the vocabulary: each term written out (stems with an ending, upper case, glued
    # to a word, touching Hangul), beside addresses of each kind and contacts, some parts left out
    terms = _vocabulary_texts()
    addresses = ["1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "0x52908400098527886E0F7030069857D2E4169EE7", "x@example.org",
                 "4" + "A" * 94, "abcdefghijklmnop.onion", "y@z", "1" + "B" * 25,
                 "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "hello"]  # fmt: skip
    for _ in range(900):
        recs = []
        for _ in range(rng.randint(1, 12)):
            parts = [rng.choice(terms[m]) for m in ("pay", "coin", "data") if rng.random() < 0.8]
            parts += rng.sample(addresses, rng.randint(0, 2))
            rng.shuffle(parts)
            glue = rng.choice([" ", " ", "\n", "", "_", "를 "])
            fields = rng.randint(1, 3)
            recs.append(Record({f"f{j}": glue.join(parts[j::fields]) for j in range(fields)}))
        name = rng.choice(["orders", "README_TO_RESTORE_xx", "logs.warning", "db0.x", "payments", "restore"])
        cases.append((name, rng.choice(["table", "keyspace", "collection"]), rng.choice([None, 1, 5, 40]), recs))
    return cases


def _vocabulary_texts() -> dict[str, list[str]]:
    """Each term of ransom.tsv as text a record may hold, in several spellings."""
    out: dict[str, list[str]] = {m: [] for m in compromise.MARKS}
    text = resources.files("ajar.data").joinpath("ransom.tsv").read_text(encoding="utf-8")
    for mark, _lang, term in rows(text.splitlines()):
        plain = " ".join("sensitive" if w == "?" else w.replace("*", "") for w in term.split())
        stem = " ".join("sensitive" if w == "?" else w.replace("*", "en") for w in term.split())
        out[mark] += [plain, stem, plain.upper(), "x" + plain, plain + "x", plain.replace(" ", "_")]
    return out


def test_ransom_notes_and_their_notes_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    def run() -> list[tuple[list[Signal], list[str]]]:
        out = []
        for name, kind, n, recs in cases:
            ds = Dataset(name=name, kind=kind, records=n)
            out.append((compromise.compromise_signals(ds, recs), list(ds.notes)))
        return out

    cases = _ransom_cases()
    now = run()
    monkeypatch.setattr(compromise, "_marks", _reference_marks)
    assert now == run()
    assert sum(1 for signals, _ in now if signals) > 100 and sum(1 for _, notes in now if notes) > 100


# --- the second speed pass: record walks, place shares, the address detector, reading JSON ------------


def _reference_strings_in(node: Any, depth: int = 0) -> Iterator[str]:
    if depth > values.MAX_DEPTH:
        return
    if isinstance(node, str):
        yield node
    elif isinstance(node, bytes | bytearray):
        yield bytes(node[: values.MAX_BYTES]).decode("latin-1")
    elif isinstance(node, Mapping):
        for k, v in node.items():
            if isinstance(k, str):
                yield k
            yield from _reference_strings_in(v, depth + 1)
    elif isinstance(node, list | tuple | set):
        for v in node:
            yield from _reference_strings_in(v, depth + 1)


class _Text(str):
    pass


def _nested(rng: random.Random, depth: int = 0) -> Any:
    """A random value as decoders give them: objects, arrays, tuples, sets, text, numbers, bytes, dates."""
    if depth > 11 or rng.random() < 0.3:
        scalars: list[Any] = ["a", "", _Text("sub"), 1, 2.5, True, None, b"\xff\x00ab", bytearray(b"xy"), "é"]
        return rng.choice([*scalars, datetime(2020, 1, 1, tzinfo=UTC)])
    shape = rng.randrange(5)
    if shape == 0:
        return {rng.choice(["k", 1, None, _Text("t")]) if rng.random() < 0.3 else f"k{i}": _nested(rng, depth + 1)
                for i in range(rng.randrange(4))}  # fmt: skip
    if shape == 1:
        return [_nested(rng, depth + 1) for _ in range(rng.randrange(4))]
    if shape == 2:
        return tuple(_nested(rng, depth + 1) for _ in range(rng.randrange(3)))
    if shape == 3:
        return OrderedDict((f"o{i}", _nested(rng, depth + 1)) for i in range(rng.randrange(3)))
    return {"s", "t"}


def test_strings_in_gives_the_strings_it_gave() -> None:
    rng = random.Random(13)
    seen = 0
    for _ in range(5000):
        x = _nested(rng)
        for depth in (0, 4, values.MAX_DEPTH, values.MAX_DEPTH + 1):
            want = list(_reference_strings_in(x, depth))
            got = list(strings_in(x, depth))
            assert got == want and [type(s) for s in got] == [type(s) for s in want], (x, depth)
            seen += len(want)
    assert seen > 10_000


def _reference_cut(value: Any, depth: int = 0) -> Any:
    if isinstance(value, str):
        value = value if len(value) <= source_base.MAX_VALUE else value[: source_base.MAX_VALUE]
        return source_base._ESCAPES.sub("\ufffd", value)
    if isinstance(value, bytes | bytearray):
        return bytes(value[: source_base.MAX_VALUE])
    if isinstance(value, dict | list) and depth >= source_base.MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {(source_base._ESCAPES.sub("\ufffd", k[:256]) if isinstance(k, str) else k): _reference_cut(v, depth + 1)
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [_reference_cut(v, depth + 1) for v in value]
    return value


def test_cut_records_as_before() -> None:
    rng = random.Random(14)
    texts = ["plain", "é", "\ud800x", "a\udfff", "k" * 300, "\ud83d" * 3, _Text("sub"), "x" * 70_000]
    for _ in range(3000):
        x = {rng.choice(texts)[: rng.randint(1, 400)]: _nested(rng) for _ in range(rng.randint(0, 4))}
        x[rng.choice(texts)] = [rng.choice(texts), {rng.choice(texts): rng.choice(texts)}]
        got, want = source_base.cut(x), _reference_cut(x)
        assert got == want and repr(got) == repr(want)


def _place_columns() -> list[tuple[dict[str, dict[Any, int]], bool]]:
    """Tables of place-like and other columns: every share from none to all, under place names and others."""
    rng = random.Random(15)
    words = _place_words()
    others = ["pending", "Anna Schmidt", "42", "ok", "12 Main Street", "n/a", "blue", "2024-01-01"]
    names = ["venue", "place_type", "category", "status", "notes", "visited", "loc"]
    tables = []
    for _ in range(400):
        columns: dict[str, dict[Any, int]] = {}
        for name in rng.sample(names, rng.randint(1, 4)):
            share = rng.random()
            column: dict[Any, int] = {}
            for _ in range(rng.randint(1, 60)):
                v = rng.choice(words) if rng.random() < share else rng.choice(others) + str(rng.randint(0, 99))
                column[v] = column.get(v, 0) + rng.randint(1, 5)
            columns[name] = column
        tables.append((columns, rng.random() < 0.7))
    return tables


def test_place_fields_and_inferences_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    def run() -> list[places.PlaceResult]:
        return [places.analyse_places(cols, {}, person_linked=linked) for cols, linked in tables]

    tables = _place_columns()
    now = run()
    # the early leaving off is arithmetic on the shares: with thresholds no share is below, every value is read
    monkeypatch.setattr(places, "PLACE_FIELD_SHARE", -1.0)
    monkeypatch.setattr(places, "PLACE_FIELD_SHARE_NAMED", -1.0)
    every = run()
    monkeypatch.undo()
    for got, full in zip(now, every, strict=True):
        kept = {p.path for p in got.places}
        share = {p.path: sum(k.values for k in p.kinds) / p.values for p in full.places}
        want = [
            p for p in full.places
            if share[p.path] >= places.PLACE_FIELD_SHARE
            or (places._place_name(p.path) and share[p.path] >= places.PLACE_FIELD_SHARE_NAMED)
        ]  # fmt: skip
        assert got.places == want, kept
        assert got.inferences == [i for i in full.inferences if i.inferred_from in kept]
    assert sum(len(r.places) for r in now) > 150 and sum(len(r.inferences) for r in now) > 50


def test_address_verdicts_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.detectors.test_address import NEGATIVE, POSITIVE

    rng = random.Random(16)
    parts = ["Phường Bến Nghé", "Quận", "12", "Baker Street", "Hauptstraße", "rue de la Paix", "شارع", "حي النخيل",
             "²", "٣", "Flat", "Apt.", "Jl. Sudirman", "ул. Ленина", "д. 5", "Main", "Road", "560001", "Anna",
             "No:12", "Cad.", "ul.", "10/5", "P.O. Box", "Avenue", ",", "вул. Хрещатик", "Тверская ул.,", "даңғылы",
             "tiểu đường", "Số", "Ngõ", "ĐƯỜNG", "خیابان", "پلاک", "मकान", "गली", "۱۲"]  # fmt: skip
    texts: list[Any] = [*POSITIVE, *NEGATIVE]
    texts += [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 6))) for _ in range(6000)]
    det = address.AddressDetector()
    now = [det.detect(t) for t in texts]
    monkeypatch.setattr(address, "_DIGIT", re.compile(""))  # finds a match in any text: the shortcut never taken
    assert now == [det.detect(t) for t in texts]
    assert sum(h is not None for h in now) > 1000 and sum(h is None for h in now) > 1000


def _reference_hook(d: dict[str, Any]) -> Any:
    if not any(k[:1] == "$" for k in d):
        return d
    from bson import json_util
    from bson.codec_options import DatetimeConversion
    from bson.decimal128 import Decimal128
    from bson.int64 import Int64
    from bson.regex import Regex
    from bson.timestamp import Timestamp

    opts = json_util.JSONOptions(tz_aware=True, datetime_conversion=DatetimeConversion.DATETIME_AUTO)
    try:
        v = json_util.object_hook(d, opts)
    except Exception:  # noqa: BLE001 - as the reader: a malformed wrapper stays the dict it was
        return d
    if isinstance(v, Int64):
        return int(v)
    if isinstance(v, Decimal128):
        try:
            return v.to_decimal()
        except ArithmeticError:
            return Decimal("NaN")
    if isinstance(v, Timestamp):
        return v.as_datetime()
    if isinstance(v, Regex):
        return v.pattern
    return v


def test_extended_json_read_as_before() -> None:
    wrappers: list[dict[str, Any]] = [
        {}, {"a": 1}, {"a": {"$date": 1}}, {"$date": "2024-01-02T03:04:05Z"}, {"$date": "2024-01-02T03:04:05.5+01:00"},
        {"$date": 1700000000000}, {"$date": "bad"}, {"$numberDouble": "1.5"}, {"$numberDouble": "NaN"},
        {"$numberDouble": 2}, {"$numberDouble": "1_0"}, {"$numberDouble": " -Infinity "}, {"$numberDouble": "x"},
        {"$numberDouble": "1e400"}, {"$numberDouble": "1.5", "x": 1}, {"$numberDouble": None}, {"$numberInt": "7"},
        {"$numberLong": "9007199254740993"}, {"$numberDecimal": "1.10"},
        {"$numberDecimal": "x"}, {"$oid": "5f1d7a1b2c3d4e5f60718293"}, {"$oid": "zz"}, {"$timestamp": {"t": 1, "i": 2}},
        {"$regex": "^a", "$options": "i"}, {"$regularExpression": {"pattern": "b", "options": ""}},
        {"$binary": {"base64": "AAEC", "subType": "00"}}, {"$uuid": "00112233-4455-6677-8899-aabbccddeeff"},
        {"$minKey": 1}, {"$undefined": True}, {"$numberInt": "7", "x": 1}, {"x": 1, "$numberInt": "7"}, {"$gt": 5},
    ]  # fmt: skip
    for w in wrappers:
        got, want = jsonfile._hook(dict(w)), _reference_hook(dict(w))
        assert type(got) is type(want) and repr(got) == repr(want), w


def test_health_terms_found_as_with_ignorecase() -> None:
    from ajar.detectors import health

    terms = (*health._TERMS_EN, *health._MORE_EN)  # the term file's ASCII entries are searched with them
    reference = re.compile(
        r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b",
        re.IGNORECASE,
    )
    rng = random.Random(17)
    words = [*terms, "John", "Smith", "2024-01-01", "pending", "x", "-", "_", "DIABETES", "Asthma"]
    texts = [
        t
        for term in terms
        for t in (term, term.upper(), term.title(), f"has {term}.", f"x{term}", f"{term}s", f"{term[:-1]}", f"a-{term}")
    ]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    ascii_texts = [t for t in texts if t.isascii()]
    found = [health._EN.search(t.lower()) is not None for t in ascii_texts]
    assert found == [reference.search(t) is not None for t in ascii_texts]
    assert sum(found) > 1000 and found.count(False) > 100


def test_doses_and_regimens_found_as_with_ignorecase() -> None:
    """ASCII text: one lower-cased search gives the verdict of the two IGNORECASE ones (speed4)."""
    from ajar.detectors import health

    pieces = [
        "once", "twice", "three times", "four times", "a", "per", "day", "daily", "week", "weekly", "as", "needed",
        "at", "bedtime", "every", "4", "4-6", "12", "hours", "bid", "tid", "qid", "prn", "qhs", "q8h", "q12h", "qh",
        "2x", "3x", "sehari", "/day", "/hr", "500", "500mg", "2.5", "0,5", "mg", "mcg", "iu", "IU", "MG", "µg",
        "BID", "Twice", "DAILY", "x", "1x/day", "10 mg", "tab", "Take", "-", "_", ".", "mgs", "iux", "q", "8h",
    ]  # fmt: skip
    rng = random.Random(23)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(20000)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(5000)]
    texts += [t.upper() for t in texts[:3000]] + [t.title() for t in texts[3000:6000]]
    ascii_texts = [t for t in texts if t.isascii()]
    found = [health._DOSE_OR_REGIMEN_ASCII.search(t.lower()) is not None for t in ascii_texts]
    assert found == [bool(health._DOSE.search(t) or health._REGIMEN.search(t)) for t in ascii_texts]
    assert sum(found) > 2000 and found.count(False) > 2000


def test_name_hint_cache_does_not_depend_on_the_order_names_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """``displayName`` and ``displayname`` (one lower-cased text, other tokens) each get their own hint.

    The cache was keyed by the lower-cased name: whichever spelling a run read first decided the
    other's hint, so feature vectors depended on the order of the datasets.
    """
    pairs = [("displayName", "displayname"), ("dateTime", "datetime"), ("firstName", "firstname")]
    pairs += [(f"{w[:5]}{w[5:].title()}", w) for w in ("birthdate", "username", "hostname", "passport")]
    dets = [d() for d in DETECTORS]
    for a, b in pairs:
        for first, second in ((a, b), (b, a)):
            monkeypatch.setattr(features, "_HINT_RESULT", {})
            got = {n: [features.hint_of(d, field_name(n)) for d in dets] for n in (first, second)}
            for n, hints in got.items():
                monkeypatch.setattr(features, "_HINT_RESULT", {})
                assert hints == [features.hint_of(d, field_name(n)) for d in dets], (first, second, n)


# --- the third speed pass: JSON lines without wrappers read without the hook ---------------------------


def _json_lines() -> list[str]:
    """JSON texts with and without Extended JSON wrappers: at the top, nested, escaped (``\\u0024``), in
    values only, in arrays, deeply nested, and broken."""
    import json

    rng = random.Random(18)
    wrappers: list[Any] = [{"$date": "2024-01-02T03:04:05Z"}, {"$oid": "5f1d7a1b2c3d4e5f60718293"},
                           {"$numberLong": "12"}, {"$numberDouble": "1.5"}, {"$gt": 1}, {"$date": "bad"}]  # fmt: skip
    plain: list[Any] = ["$x", "a$", 1, 2.5, None, True, "é", [1, 2], {"k": "$v"}, {"a": {"b": [1, {"c": 2}]}}]
    out = ['{"a": 1}', "[1, 2]", '"x"', "1", '{"\\u0024date": "2024-01-02T03:04:05Z"}', '{"k": {"\\u0024oid": "zz"}}',
           '{"$date": {"$numberLong": "1700000000000"}}', '{"a": "\\"$b"}', '{"a": 1', "[" * 600 + "]" * 600,
           "[" * 400 + '{"$date": 1}' + "]" * 400, '{"x": ' * 300 + "1" + "}" * 300]  # fmt: skip
    for _ in range(3000):
        doc: Any = {f"k{i}": rng.choice([*plain, *wrappers]) for i in range(rng.randint(0, 4))}
        if rng.random() < 0.3:
            doc = rng.choice(wrappers) if rng.random() < 0.5 else [doc, rng.choice(wrappers)]
        out.append(json.dumps(doc, ensure_ascii=rng.random() < 0.5))
    return out


def test_json_values_read_as_with_the_hook() -> None:
    import json

    from ajar.sources.base import big_int

    texts = _json_lines()
    for text in texts:
        for t in (text, text.encode("utf-8")):
            try:
                want: Any = json.loads(t, object_hook=jsonfile._hook, parse_int=big_int)
            except (ValueError, RecursionError) as exc:
                want = type(exc)
            try:
                got: Any = jsonfile.loads(t)
            except (ValueError, RecursionError) as exc:
                got = type(exc)
            assert type(got) is type(want) and repr(got) == repr(want), text[:80]
        try:
            first: Any = type(jsonfile._first_value(text))
        except (ValueError, RecursionError) as exc:
            first = type(exc)
        assert first is (type(want) if not isinstance(want, type) else want), text[:80]
    assert sum(1 for t in texts if jsonfile._plain(t)) > 500 and sum(1 for t in texts if not jsonfile._plain(t)) > 500


def _reference_present(data: Any, path: str) -> bool:
    node: list[Any] = [data]
    for part in path.split("."):
        nxt: list[Any] = []
        for item in node:
            items = item if isinstance(item, list) else [item]
            for it in items:
                if isinstance(it, Mapping) and part in it:
                    nxt.append(it[part])
        if not nxt:
            return False
        node = nxt
    return any(v not in (None, "", [], {}) for v in node)


def test_present_fields_as_before() -> None:
    rng = random.Random(19)
    paths = ["a", "b", "k0", "k1", "o0", "a.b", "k0.k1", "", "x"]
    empties: list[Any] = [None, "", [], {}, 0, 0.0, False, " ", [None], {"a": None}, "a", [1], {"b": 2}]
    for _ in range(3000):
        data: Any = {rng.choice(paths): rng.choice(empties) for _ in range(rng.randint(0, 4))}
        if rng.random() < 0.3:
            data = _nested(rng)
        for path in paths:
            assert places._present(data, path) == _reference_present(data, path), (data, path)


def test_relaxed_dates_read_as_bson_reads_them() -> None:
    rng = random.Random(20)
    texts = ["2024-01-02T03:04:05Z", "2024-01-02T03:04:05.123Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
             "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z", "2024-01-32T00:00:00Z", "2024-01-01T24:00:00Z",
             "2024-01-01T23:60:00Z", "2024-01-01T23:59:60Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z",
             "2024-01-02T03:04:05.99999999999999999Z", "2024-01-02T03:04:05.Z", "2024-01-02T03:04:05.1234567891Z",
             "２０２４-01-02T03:04:05Z", "2024-01-02T03:04:05+01:00", "2024-1-2T3:4:5Z",
             "2024-01-02 03:04:05Z"]  # fmt: skip
    for _ in range(3000):
        parts = [rng.randint(0, 10000), rng.randint(0, 14), rng.randint(0, 33), rng.randint(0, 25), rng.randint(0, 61),
                 rng.randint(0, 62)]  # fmt: skip
        frac = rng.choice(["", ".", ".0", ".5", ".123", ".999999", ".9999995", "." + "9" * rng.randint(1, 20)])
        y, mo, d, h, mi, sec = parts
        texts.append(f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{sec:02d}{frac}Z")
    got_dates = 0
    for t in texts:
        got, want = jsonfile._hook({"$date": t}), _reference_hook({"$date": t})
        assert type(got) is type(want) and repr(got) == repr(want), t
        got_dates += isinstance(got, datetime)
    assert got_dates > 500 and len(texts) - got_dates > 500


def test_sibling_features_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """field_vectors gives each field its siblings' largest shares and agreeing names from one pass per
    group; the loops over every field's siblings gave the same (the same floats, added in the same way)."""
    from ajar.detectors.base import NameHint
    from ajar.pipeline import classify
    from ajar.pipeline.flatten import flatten
    from ajar.pipeline.model import load_model

    got: list[tuple[str, dict[str, float], dict[str, float] | None]] = []

    def capture(path: str, *args: Any) -> dict[int, float]:
        got.append((path, dict(args[6]), dict(args[11]) if args[11] else args[11]))
        return {}

    monkeypatch.setattr(classify, "column_features", capture)
    rng = random.Random(21)
    words = ["name", "phone", "email", "status", "hb", "glucose", "city", "x", "id", "dob", "race", "tsh", "note"]
    values: list[Any] = ["Anna Schmidt", "+86 138 0013 8000", "a@b.org", "ok", "12.5", 7, "1990-01-02", "white", "",
                         3.5]  # fmt: skip
    seen_ev = seen_named = 0
    for _ in range(150):
        n = rng.randint(1, 9)
        fields = [f"{rng.choice(['', 'p.', 'p.q.'])}{rng.choice(words)}{rng.randint(0, 3)}" for _ in range(n)]
        records = [Record({f: rng.choice(values) for f in fields}) for _ in range(rng.randint(1, 6))]
        records = [Record(_nest(r.data)) for r in records]
        flat = flatten(records)
        got.clear()
        _vectors, evidence = classify.field_vectors(flat, len(records), load_model().index)
        names = {p: classify.field_name(p) for p in flat.columns}
        named = {
            p: frozenset(d.id for d in classify._DETECTOR_INSTANCES
                         if features.hint_of(d, names[p]) in (NameHint.AGREES, NameHint.STRONG)
                         or (d.context_hints and matches(names[p], d.context_hints)))
            for p in flat.columns
        }  # fmt: skip
        groups: dict[str, list[str]] = {}
        for p in flat.columns:
            groups.setdefault(p.rpartition(".")[0], []).append(p)
        for path, sib_ev, sib_named in got:
            siblings = [p for p in groups[path.rpartition(".")[0]] if p != path]
            want_ev: dict[str, float] = {}
            for p in siblings:
                for d, ev in evidence[p].items():
                    if ev.prevalence > want_ev.get(d, 0.0):
                        want_ev[d] = ev.prevalence
            want_named: dict[str, float] = {}
            for p in siblings:
                for d in named[p]:
                    want_named[d] = want_named.get(d, 0.0) + 1.0 / len(siblings)
            assert sib_ev == want_ev and (sib_named or {}) == want_named, path
            seen_ev += bool(want_ev)
            seen_named += bool(want_named)
    assert seen_ev > 100 and seen_named > 100


def _nest(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        node = out
        *parents, last = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                break
        else:
            node[last] = value
    return out


def test_ethnicity_groups_and_subgroups_as_before() -> None:
    """A value without ``:``, ``-`` or ``–`` is no group and subgroup: the split is skipped (speed4)."""
    from ajar.detectors import ethnicity
    from ajar.detectors.base import Hit, VocabularyDetector, normalise_term

    det = ethnicity.EthnicityDetector()

    def reference(value: Any) -> Hit | None:
        hit = VocabularyDetector.detect(det, value)
        if hit is not None or not isinstance(value, str) or len(value) > 96:
            return hit
        parts = [p for p in ethnicity._PARTS.split(normalise_term(value)) if p]
        if len(parts) < 2:
            return None
        found = [f for f in (det.vocabulary.get(p) for p in parts) if f is not None]
        if not found:
            return None
        best = max(found, key=lambda f: f[0])
        if len(found) >= 2 and len(found) == len(parts) and best[0] >= 0.3:
            return Hit(max(best[0], 0.7), best[1])
        return Hit(best[0], best[1])

    rng = random.Random(29)
    terms = [*det.vocabulary, "Other", "x", "İrish", "White\u0307", "", " "]
    seps = [" - ", " – ", ": ", ":", " : ", "-", "–", " ", "\t-\t", " / ", "\u00a0-\u00a0", "：", " — "]
    values: list[Any] = [rng.choice(terms) + rng.choice(seps) + rng.choice(terms) for _ in range(20000)]
    values += [t.upper() for t in values[:2000]] + [rng.choice(terms) for _ in range(2000)] + [5, None, ["a"]]
    got = [det.detect(v) for v in values]
    assert got == [reference(v) for v in values]
    assert sum(h is not None for h in got) > 5000


def _detector_texts() -> list[str]:
    """Text values of every kind the detectors meet: each detector test's positives and negatives, the same
    with their digits, dots, colons or ``@`` taken out or replaced, cut short, and random mixes of pieces."""
    import importlib

    base: list[str] = []
    for name in ("address", "birth_date", "card_number", "coordinates", "device_id", "email", "ethnicity",
                 "face_embedding", "health", "iban", "ip_address", "national_id", "person_name", "phone",
                 "religion", "secret"):  # fmt: skip
        mod = importlib.import_module(f"tests.detectors.test_{name}")
        for attr in ("POSITIVE", "NEGATIVE"):
            for item in getattr(mod, attr, ()):
                for v in item if isinstance(item, tuple) else (item,):
                    if isinstance(v, str):
                        base.append(v)
    rng = random.Random(33)
    out = list(base)
    for v in base:
        out += [re.sub(r"\d", "", v), re.sub(r"\d", "x", v), re.sub(r"[.:]", "", v), v.replace("@", ""),
                v[: rng.randint(1, 9)], f" {v} ", v + "0"]  # fmt: skip
    pieces = [*base, "٣", "²", "Ⅻ", "abcd::ef", "::", "a@b", ".", "0+", "[#]", "ß", "12", " ", "-"]
    out += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(3000)]
    return out


def test_text_gates_are_necessary() -> None:
    """A detector's text gates (``Detector.text_needs_digit``, ``text_needs_one_of``, ``text_min_length``) are
    necessary conditions: no text value that fails them has a hit (so skipping a column that fails them for
    every value changes no verdict)."""
    texts = _detector_texts()
    gated = 0
    for cls in DETECTORS:
        det = cls()
        if not (det.text_needs_digit or det.text_needs_one_of or det.text_min_length):
            continue
        gated += 1
        hits = 0
        for t in texts:
            fails = (len(t) < det.text_min_length or (det.text_needs_digit and not any(map(str.isdigit, t)))
                     or (bool(det.text_needs_one_of) and det.text_needs_one_of.isdisjoint(t)))  # fmt: skip
            hit = det.detect(t)
            hits += hit is not None
            assert not (fails and hit is not None), (det.id, t)
        assert hits > 5, det.id
    assert gated >= 10


def test_detector_evidence_as_without_text_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    """detector_evidence with the text gates gives what calling every detector on every value gave: the same
    hits, shares and strengths (columns of the texts above, with numbers and long texts mixed in)."""
    from ajar.pipeline.classify import _DETECTOR_INSTANCES
    from ajar.pipeline.flatten import flatten

    texts = _detector_texts()
    rng = random.Random(34)
    columns = []
    for _ in range(400):
        k = rng.randint(1, 30)
        start = rng.randrange(len(texts))
        vals: list[Any] = [texts[(start + rng.randint(0, 40)) % len(texts)] for _ in range(k)]
        if rng.random() < 0.2:
            vals += [rng.randint(0, 10**12), 2.5, "x" * rng.choice([300, 2000])]
        flat = flatten([Record({"f": v}) for v in vals])
        columns += list(flat.columns.values())

    def evidence() -> list[tuple[Any, ...]]:
        out = []
        for col in columns:
            col.text_profile = None
            for det in _DETECTOR_INSTANCES:
                ev = features.detector_evidence(det, col)
                out.append((det.id, ev.hits, ev.prevalence, ev.support, ev.mean, ev.top))
        return out

    gate = features._text_may_hit
    skipped = [0]

    def counted(det: Any, col: Any) -> bool:
        may = gate(det, col)
        skipped[0] += not may
        return may

    monkeypatch.setattr(features, "_text_may_hit", counted)
    now = evidence()
    monkeypatch.setattr(features, "_text_may_hit", lambda det, col: True)
    assert now == evidence()
    assert sum(bool(e[1]) for e in now) > 1000 and skipped[0] > 300


def test_health_verdicts_as_without_the_letter_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    """Health skips its word, code and dose forms for a text without a letter (speed6): the same verdicts as
    reading every form, on the detector texts above and on texts of digits, signs and brackets."""
    from ajar.detectors import health

    rng = random.Random(35)
    signs = ["0", "0 ", "+", "-", "−", " ", "[", "]", "#", "[#]", "/", ".", ",", "12", "500", "99213", "²", "٣",
             "Rh", "(", ")", "mg", "%", ":", "A", "O"]  # fmt: skip
    texts = _detector_texts()
    texts += ["".join(rng.choice(signs) for _ in range(rng.randint(1, 8))) for _ in range(6000)]
    texts += ["0+", "0 -", "0−", "0 Rh+", "[#] in Blood", "[#/volume] in Urine", "[#]", "12345", "1234F"]
    det = health.HealthDetector()
    now = [det.detect(t) for t in texts]
    monkeypatch.setattr(health, "_has_letter", lambda text: True)
    assert now == [det.detect(t) for t in texts]
    letterless = [h for t, h in zip(texts, now, strict=True) if not any(map(str.isalpha, t)) and h is not None]
    assert len(letterless) > 20 and sum(h is not None for h in now) > 500
    # what the shortcut relies on: every word the detector looks for has a letter
    for words in (health._TERMS_EN, health._DRUGS, health._ALLERGENS, health._STEM_BY_HEAD):
        assert all(any(map(str.isalpha, w)) for w in words)


def test_address_verdicts_as_without_the_letter_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    """Address reads a text without a letter as a postal code or nothing (speed6): the same verdicts as
    trying every form."""
    from tests.detectors.test_address import NEGATIVE, POSITIVE

    rng = random.Random(36)
    parts = ["12", "560001", "00-590", "10/5", "No:12", "#", "-", ",", " ", "²", "٣", "１２", "Main", "Road",
             "Flat 3,", "ul.", "서울", "路", "شارع", "12345-678", "1234 AB", "(", ")"]  # fmt: skip
    texts: list[Any] = [*POSITIVE, *NEGATIVE, *_detector_texts()]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 7))) for _ in range(6000)]
    det = address.AddressDetector()
    now = [det.detect(t) for t in texts]
    monkeypatch.setattr(address, "_has_letter", lambda text: True)
    assert now == [det.detect(t) for t in texts]
    letterless = [t for t in texts if isinstance(t, str) and not any(map(str.isalpha, t))]
    assert sum(h is not None for h in now) > 500 and len(letterless) > 1000


def test_name_verdicts_as_without_text_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sealing offers a name token only to the detectors whose text gates it meets (speed7): the same verdicts as
    offering it to every detector, on the detector texts above and the tokens sealing cuts them into."""
    from ajar import names

    texts = _detector_texts()
    tokens = sorted({*texts, *(m.group(0) for t in texts for m in names._CANDIDATE.finditer(t))})
    gated = names._gated()

    def verdicts() -> list[str | None]:
        names._verdict.cache_clear()
        return [names._verdict(t, own) for t in tokens for own in (False, True)]

    now = verdicts()
    monkeypatch.setattr(names, "_gated", lambda: tuple((d, False, frozenset(), 0) for d, *_ in gated))
    assert now == verdicts()
    names._verdict.cache_clear()
    assert sum(v is not None for v in now) > 1000
    assert sum(1 for d, *gate in gated if any(gate)) >= 8


# --- the eighth speed pass: what a name says, made once per name; feature positions once per dataset ------------


def test_name_views_say_what_hint_of_and_matches_say() -> None:
    """A name's view (made once per name and kept) holds, detector by detector, what ``hint_of`` and the
    conditional/context ``matches`` say of it, the sets ``field_vectors`` made from them, and its grams' buckets."""
    from ajar.detectors.base import NameHint
    from ajar.pipeline import classify

    dets = classify._DETECTOR_INSTANCES
    # an empty last key (``parent.``: a path that ends in a dot) is no segment of its own: it reads as ``parent``
    assert field_name("parent.") == field_name("parent")
    for raw in [r for r in _field_names()[::3] if r]:
        name = field_name(f"parent.{raw}")
        view = features.name_view(dets, name)
        assert view is features.name_view(dets, field_name(f"other.{raw}"))  # kept, by the name's parts
        hints = [features.hint_of(d, name) for d in dets]
        context = [bool(d.context_hints and matches(name, d.context_hints)) for d in dets]
        assert list(view.hints) == hints, raw
        assert list(view.conditional) == [bool(d.conditional_hints and matches(name, d.conditional_hints))
                                          for d in dets], raw  # fmt: skip
        assert list(view.context) == context, raw
        assert view.strong == frozenset(d.id for d in dets if d.strong_hints and features.hint_of(d, name)
                                        is NameHint.STRONG), raw  # fmt: skip
        assert view.named == frozenset(d.id for d, h, c in zip(dets, hints, context, strict=True)
                                       if h in (NameHint.AGREES, NameHint.STRONG) or c), raw  # fmt: skip
        grams = features._name_grams(name)
        assert list(view.grams) == [zlib.crc32(g.encode("utf-8")) % features.HASH_BUCKETS for g in grams], raw
    # a list of detectors is never kept (it could change); its view says the same
    listed = features.name_view(list(dets), field_name("phone"))
    assert listed.hints == features.name_view(dets, field_name("phone")).hints


def test_detector_positions_name_the_features_column_features_writes() -> None:
    """``column_features`` writes each per-detector feature at the position ``detector_positions`` looked up for
    its name: the constants it reads them by follow ``_PER_DETECTOR``'s order."""
    from ajar.pipeline import classify
    from ajar.pipeline.model import load_model

    index = load_model().index
    consts = {n: getattr(features, n) for n in dir(features) if n.isupper() and n.startswith("_")}
    for f in features._PER_DETECTOR:
        assert consts[f"_{f.upper()}"] == features._PER_DETECTOR.index(f), f
    positions = features.detector_positions(classify._DETECTOR_INSTANCES, index)
    for d, pos in zip(classify._DETECTOR_INSTANCES, positions, strict=True):
        assert pos == tuple(index.get(f"{d.id}.{f}") for f in features._PER_DETECTOR)


def test_columns_as_when_every_value_went_through_add() -> None:
    """The flattener's inlined text and integer path fills each column as ``_add`` and ``Column.add`` did: the same
    kinds in the same order, counts, examples and sizes, on mixed records (placeholders, blanks, booleans, floats,
    nested objects and arrays, more than eight values and more paths than a record's share)."""
    from ajar.pipeline import flatten as fl

    class _Plain(fl.Flattener):
        def _value(self, value: Any, path: str, rec: int, depth: int) -> None:
            first = fl._PLACEHOLDER_FIRST
            if type(value) is str and depth <= fl._MAX_DEPTH:
                if (
                    value
                    and not value.isspace()
                    and not (value[0] in first and len(value) <= 24 and fl._PLACEHOLDER.fullmatch(value.strip()))
                ):
                    self._add(value, "str", path, rec)
                return
            if type(value) is int and depth <= fl._MAX_DEPTH:
                self._add(value, "int", path, rec)
                return
            super()._value(value, path, rec, depth)

    rng = random.Random(9)
    pool: list[Any] = ["", " ", "null", "N/A", "0000-00-00", "--", "nan", "x", "Li Wei", "13800138000", "-" * 30,
                       0, 7, -3, 10**30, True, False, 1.5, float("nan"), None, [1, 2], ["a", "b", 3], {"k": "v"},
                       [{"a": 1}]]  # fmt: skip
    records = []
    for i in range(300):
        fields = {f"f{rng.randrange(30)}": rng.choice(pool) for _ in range(rng.randrange(1, 12))}
        fields[f"wide{i % 7}"] = {f"c{j}": rng.choice(pool) for j in range(rng.randrange(5))}
        records.append(Record(fields))
    for share in (fl._MAX_PATHS, 3):
        a, b = fl.Flattener(share), _Plain(share)
        for i, r in enumerate(records):
            a.record(r.data, i)
            b.record(r.data, i)
        assert list(a.columns) == list(b.columns) and a.records_cut == b.records_cut
        for path, col in a.columns.items():
            other = b.columns[path]
            assert col.n == other.n and col.examples == other.examples, path
            assert [(k, list(v.items())) for k, v in col.hashable.items()] == [
                (k, list(v.items())) for k, v in other.hashable.items()
            ], path
            assert col.unhashable == other.unhashable, path


# --- the tenth speed pass: every hint list of the detectors matched against a name at once ---------------------


def test_hint_index_says_what_matches_says_of_each_list() -> None:
    """``HintIndex.mask`` (what ``name_view`` asks) has bit ``i`` set exactly when ``matches`` says the name
    matches list ``i``, on every name of the hint-matching table, for the lists it is built with (the detectors'
    five lists each, the people and time hints), for lists in other scripts with separators (squeezed) and for
    long phrases."""
    from ajar.pipeline import classify

    lists = [hl for d in classify._DETECTOR_INSTANCES for hl in (d.negative_hints, d.strong_hints, d.name_hints,
                                                                 d.conditional_hints, d.context_hints)]  # fmt: skip
    lists += [*_hint_lists(), ("номер телефона", "дата_рождения", "رقم الهاتف"), ("телефон",), ()]
    lists += [("date_of_first_visit_ever", "phone"), ("name_of_the_account_holder",)]  # long phrases
    index = names.HintIndex(lists)
    raws = [*_field_names(), "номертелефона", "Номер_Телефона", "x_дата_рождения", "رقمالهاتف", "电话号码_2",
            "date_of_first_visit_ever", "x_date_of_first_visit_ever_2", "date_of_first_visit", "nameOfTheAccountHolder"]
    wrong = []
    for name in dict.fromkeys(field_name(f"parent.{raw}") for raw in raws):
        mask = index.mask(name)
        got = {i for i in range(len(lists)) if mask >> i & 1}
        want = {i for i, hints in enumerate(lists) if matches(name, hints)}
        if got != want:
            wrong += [(name.raw, lists[i][:3], i in got) for i in got ^ want]
    assert not wrong, (len(wrong), wrong[:10])


def test_name_view_with_the_index_is_the_view_without() -> None:
    """A view made with the detectors' ``hint_index`` (``name_view``'s) equals one made list by list, on every
    fourth name of the table; views of names that say the same share their sets."""
    from ajar.pipeline import classify

    dets = classify._DETECTOR_INSTANCES
    index = features.hint_index(dets)
    slots = ("hints", "conditional", "context", "strong", "named", "grams", "gram_weight")
    for raw in _field_names()[::4]:
        name = field_name(f"parent.{raw}")
        fast, plain = features.NameView(dets, name, index), features.NameView(dets, name)
        assert [getattr(fast, s) for s in slots] == [getattr(plain, s) for s in slots], raw


def _plain_shape(cell: str) -> str:
    out = []
    for c in cell[:64]:
        if c.isdigit():
            out.append("9")
        elif c.isalpha():
            out.append("A" if c.isupper() else "a" if c.islower() else "L")
        else:
            out.append(" " if c.isspace() else c)
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def test_cell_shapes_and_numbers_of_the_header_vote_as_before() -> None:
    """The header vote's cell shape (``str.translate`` with a table filled on first use, runs collapsed by
    ``groupby``) and its numeric test are those of the per-character loop and the regular expression, on every
    code point alone, and on random cells of every script (past the table's 4,096 characters too)."""
    from ajar.sources import tabular

    rng = random.Random(11)
    cells = ["", "ANA CLARA", "1990-03-07", "nome", "²³", "Ⅻ", "\u00a0x\u2003", "ǅ", "ß", "١٢٣", "\t\n\n"]
    cells += ["a" * 100 + "B", "a\n\nb", "--", "x..y", "ÉCOLE", "İstanbul", "ﬀ", "٣.٥", "½"]
    for _ in range(5000):
        cells.append("".join(chr(rng.randrange(0x110000)) if rng.random() < 0.3 else rng.choice("aA9 -.,\n\t_é1")
                             for _ in range(rng.randrange(0, 90))))  # fmt: skip
    cells += [chr(c) for c in range(0x110000)]
    def plain_numeric(c: str) -> bool:
        return any(ch.isdigit() for ch in c) and tabular._LETTER.search(c) is None

    wrong = [c for c in cells if tabular._shape(c) != _plain_shape(c) or tabular._numeric(c) != plain_numeric(c)]
    assert not wrong, [ascii(c) for c in wrong[:10]]


@pytest.mark.parametrize("name", ["religion", "ethnicity"])
def test_vocabulary_heads_leave_the_lookups_verdict(name: str) -> None:
    """``VocabularyDetector.detect`` looks up only a term whose first characters (or its folded form's) can begin a
    part the lookup finds, or hold a word boundary or a character that folds again (speed25b): the same hits as the
    lookup of every term, on each entry's forms (folded, upper-cased, with a note in brackets, a subgroup, a
    qualifier, an affix, ǿ for o) and on random mixes of scripts and separators."""
    from ajar.detectors.base import Hit, VocabularyDetector, fold_term, normalise_term, short_text

    det = next(d for d in DETECTORS if d.id == name)()
    assert isinstance(det, VocabularyDetector)

    def reference(value: Any) -> Hit | None:
        text = short_text(value, 48)
        found = det.lookup(normalise_term(text)) if text is not None else None
        return None if found is None else Hit(found[0], found[1])

    values: list[Any] = ["", " ", "x", 5, None]
    for term in [*det.vocabulary, *det.qualifiers]:
        for x in (term, fold_term(term), term.upper(), term.replace("o", "ǿ", 1), term.replace(" ", "\u200c")):
            values += [x, f"{x} (x)", f"{x}（罗马）", f"({x})", f"{x} - x", f"{x}/x", f"x {x}", f"greek {x}", f"ال{x}",
                       f"{x}徒", f"{x}人", x[:1], x[:2], x[:3], x[1:], "\u0640" + x]  # fmt: skip
    rng = random.Random(25)
    pool = [*"abzéøǿßı`'’ ()（）/:;,-–.\u200c\u0640佛教徒汉族人인ال", "  ", " - ", *det.vocabulary]
    values += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 6))) for _ in range(20000)]
    got = [VocabularyDetector.detect(det, v) for v in values]
    assert got == [reference(v) for v in values]
    assert sum(h is not None for h in got) > 5000
    terms = [normalise_term(v) for v in values if isinstance(v, str)]
    plain = [det.lookup_plain(t) for t in terms]
    folded: dict[str, Any] = {}  # the vocabulary by its folded terms, the weaker entry where two fold alike
    for term, entry in det.vocabulary.items():
        if fold_term(term) not in folded or entry[0] < folded[fold_term(term)][0]:
            folded[fold_term(term)] = entry
    assert plain == [det.vocabulary.get(t) or folded.get(fold_term(t)) for t in terms]
    assert sum(f is not None for f in plain) > 5000
