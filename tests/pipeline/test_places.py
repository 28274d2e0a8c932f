"""Sensitive places: the vocabulary matches words, and a dataset reveals religion or health only
when it links records to people, has a place field, and a meaningful share of places are sensitive."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest

from ajar.models import Category, Dataset, Record
from ajar.pipeline import places
from ajar.pipeline.classify import classify_records

# ------------------------------------------------------------------ the vocabulary, value by value

KIND_CASES: list[tuple[str, str, str | None]] = [
    # (name, value, expected kind)
    ("english tag", "mosque", "worship"),
    ("english POI name", "Id Kah Mosque", "worship"),
    ("plural", "Two churches", "worship"),
    ("saint's church is not a street", "St. Mary's Church", "worship"),
    ("chinese tag", "清真寺", "worship"),
    ("chinese POI name", "艾提尕尔清真寺", "worship"),
    ("uyghur tag", "مەسچىت", "worship"),
    ("uyghur with a suffix", "ھېيتگاھ مەسچىتى", "worship"),
    ("arabic with the article", "المسجد الكبير", "worship"),
    ("persian", "مسجد جامع", "worship"),
    ("russian case ending", "у мечети", "worship"),
    ("kazakh", "Орталық мешіт", "worship"),
    ("turkish possessive", "Süleymaniye Camii", "worship"),
    ("hindi", "मंदिर", "worship"),
    ("bengali", "বায়তুল মোকাররম মসজিদ", "worship"),
    ("indonesian", "Masjid Istiqlal", "worship"),
    ("japanese", "明治神宮 神社", "worship"),
    ("korean compound", "명동성당", "worship"),
    ("german", "Moschee", "worship"),
    ("polish declined", "meczetu", "worship"),
    ("english clinic", "Sexual health clinic", "health"),
    ("french hospital", "Hôpital Saint-Louis", "health"),
    ("chinese hospital", "第一人民医院", "health"),
    ("uyghur hospital", "دوختۇرخانا", "health"),
    ("ukrainian hospital", "міська лікарня", "health"),
    ("prison", "Detention center", "detention"),
    ("union hall", "Union hall", "trade_union"),
    ("ordinary place", "internet cafe", "internet_cafe"),
    ("longest term wins: a bus shelter is a stop", "bus shelter", "transport"),
    ("hotel", "hotel", "hotel"),
    # hard negatives: a word inside another word is not the word
    ("part of a word", "Templeton", None),
    ("part of a compound", "Kirchstraße", None),
    # hard negatives: a street named after a place is an address, not a visit
    ("street named after a temple", "Templeton Road", None),
    ("street named after a church", "Church Street", None),
    ("temple road", "12 Temple Road", None),
    ("chinese street named after a mosque", "清真寺路", None),
    ("chinese street and number", "清真寺街18号", None),
    ("japanese street", "教会通り", None),
    ("korean street", "서울교회로", None),
    # hard negatives: not places at all
    ("a sentence far too long to be a tag",
     "the mosque " + "x" * 200, None),
    ("empty", "", None),
    ("a number", "12345", None),
]


@pytest.mark.parametrize(("value", "expected"), [(v, e) for _, v, e in KIND_CASES], ids=[n for n, _, _ in KIND_CASES])
def test_kind_of(value: str, expected: str | None) -> None:
    assert places.vocabulary().kind_of(value) == expected


def test_vocabulary_covers_the_languages() -> None:
    """Places of worship and health care are named in every language the issue lists."""
    text = (places.__file__.rpartition("/")[0] + "/../data/places.tsv")
    rows = [line.split("\t") for line in open(text, encoding="utf-8") if line.strip() and not line.startswith("#")]
    for kind in ("worship", "health"):
        langs = {lang for k, lang, _ in rows if k == kind}
        want = set("zh ug ar fa ur tr ru kk uk hi bn id fr de es pt it nl pl en ja ko".split())
        assert want <= langs, f"{kind}: missing {sorted(want - langs)}"


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        places.Vocabulary.parse(["gym\ten\tgym"])


# ------------------------------------------------------------------ the dataset-level inference

_PEOPLE_IDS = [f"P{i:05d}" for i in range(200)]


def _sightings(
    n: int = 300,
    *,
    tags: list[str] | None = None,
    weights: list[int] | None = None,
    person: bool = True,
    place_key: str = "place",
    seed: int = 7,
) -> list[Record]:
    """Synthetic sightings: a person reference, a GeoJSON position, a place tag, a time."""
    rng = random.Random(seed)
    tags = tags or ["mosque", "hotel", "internet cafe", "restaurant", "bus station", "market"]
    weights = weights or [12, 8, 16, 14, 8, 12]
    t0 = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    out = []
    for i in range(n):
        doc: dict[str, Any] = {
            "location": {
                "type": "Point",
                "coordinates": [75.98 + rng.uniform(-0.05, 0.05), 39.47 + rng.uniform(-0.05, 0.05)],
            },
            place_key: rng.choices(tags, weights=weights)[0],
            "ts": t0 + dt.timedelta(seconds=30 * i),
            "camera": f"CAM-{rng.randint(1, 400):04d}",
        }
        if person:
            doc["person"] = rng.choice(_PEOPLE_IDS)
        out.append(Record(doc))
    return out


def _inferred(records: list[Record]) -> dict[Category, tuple[str, str]]:
    c = classify_records(records)
    return {i.category: (i.inferred_from, i.kind) for i in c.inferred}


def test_sightings_at_mosques_reveal_religion() -> None:
    c = classify_records(_sightings())
    assert c.movement_trail
    [inf] = c.inferred
    assert inf.category is Category.RELIGION and inf.inferred_from == "place" and inf.kind == "worship"
    assert 0.1 < inf.share < 0.35  # about 12 of 70 weights
    ds = Dataset(name="watchlist.sightings", fields=c.fields, inferred=c.inferred)
    assert Category.RELIGION in ds.categories


def test_clinics_reveal_health() -> None:
    recs = _sightings(tags=["clinic", "hotel", "restaurant", "pharmacy"], weights=[5, 10, 10, 5])
    assert _inferred(recs) == {Category.HEALTH: ("place", "health")}


@pytest.mark.parametrize(
    "tags",
    [
        ["清真寺", "酒店", "网吧", "餐厅", "汽车站", "巴扎"],
        ["مەسچىت", "مېھمانخانا", "تورخانا", "ئاشخانا", "ۋوگزال", "بازار"],
        [
            "Id Kah Mosque", "Kashgar Grand Hotel", "Silk Road Internet Cafe", "Old Town Restaurant", "Bus station",
            "Grand Bazaar",
        ],
        ["艾提尕尔清真寺", "喀什大酒店", "丝路网吧", "老城餐厅", "喀什火车站", "东门巴扎"],
    ],
    ids=["chinese tags", "uyghur tags", "english POI names", "chinese POI names"],
)
def test_same_inference_in_other_scripts(tags: list[str]) -> None:
    assert _inferred(_sightings(tags=tags)) == {Category.RELIGION: ("place", "worship")}


def test_poi_field_under_another_name() -> None:
    recs = _sightings(place_key="poi_name", tags=["Id Kah Mosque", "Grand Hotel", "Cafe Roma", "City Market"],
                      weights=[1, 3, 3, 3])
    assert _inferred(recs) == {Category.RELIGION: ("poi_name", "worship")}


# hard negatives, each with the reason it must not fire
def test_no_person_key_no_inference() -> None:
    """The same sightings without a link to a person: places, not anyone's data."""
    c = classify_records(_sightings(person=False))
    assert c.inferred == []
    assert c.composition is not None and c.composition.places  # still described


def test_tracker_sites_are_not_personal() -> None:
    """A list of sites where trackers stand: names, positions and kinds of place, no person."""
    rng = random.Random(3)
    recs = [
        Record({
            "site": f"Site {i}", "kind": rng.choice(["mosque", "hospital", "market", "bus station"]),
            "lat": 39.4 + rng.random() / 10, "lon": 75.9 + rng.random() / 10, "installed": "2025-03-01",
        })
        for i in range(120)
    ]
    assert classify_records(recs).inferred == []


def test_street_names_with_place_words() -> None:
    """Addresses on Church Street or Temple Road are not visits to a church or a temple."""
    rng = random.Random(5)
    streets = ["Church Street", "Temple Road", "Chapel Lane", "Mosque Road", "Hospital Lane", "Abbey Road"]
    recs = [
        Record({"person": rng.choice(_PEOPLE_IDS), "street": f"{rng.randint(1, 200)} {rng.choice(streets)}",
                "ts": dt.datetime(2026, 11, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=i)})
        for i in range(150)
    ]
    assert classify_records(recs).inferred == []


def test_restaurant_only_venue_field() -> None:
    """A venue field where every visit is to a restaurant or a café reveals nothing special."""
    recs = _sightings(place_key="venue", tags=["restaurant", "café", "Pizza Restaurant"], weights=[5, 3, 2])
    c = classify_records(recs)
    assert c.inferred == []
    assert c.composition is not None
    [pf] = c.composition.places
    assert pf.path == "venue" and {k.kind for k in pf.kinds} == {"restaurant"}
    assert not any(k.sensitive for k in pf.kinds)


def test_a_stray_word_does_not_decide() -> None:
    """Below the minimum share, a few values among hundreds do not make a religion dataset."""
    recs = _sightings(tags=["hotel", "restaurant"], weights=[1, 1], n=400, seed=11)
    for r in recs[:3]:
        r.data["place"] = "mosque"  # 3 of 400: 0.75 %
    assert 3 / 400 < places.MIN_SENSITIVE_SHARE
    assert _inferred(recs) == {}
    for r in recs[3:12]:
        r.data["place"] = "mosque"  # 12 of 400: 3 %
    assert _inferred(recs) == {Category.RELIGION: ("place", "worship")}


def test_free_text_notes_are_not_a_place_field() -> None:
    """A notes field where the word appears in sentences is not a field of place tags."""
    rng = random.Random(9)
    texts = ["called the office about the invoice", "met at the church after work", "no answer, try later",
             "sent the parcel", "asked about opening hours"]
    recs = [Record({"person": rng.choice(_PEOPLE_IDS), "note": rng.choice(texts)}) for _ in range(100)]
    assert classify_records(recs).inferred == []


# ------------------------------------------------------------------ the composition


def test_composition_counts_records_and_kinds_never_values() -> None:
    recs = _sightings(n=200)
    c = classify_records(recs)
    comp = c.composition
    assert comp is not None and comp.sampled == 200
    cats = {x.category: x.records for x in comp.categories}
    assert cats[Category.COORDINATES] == 200
    [pf] = comp.places
    shares = {k.kind: k.share for k in pf.kinds}
    assert set(shares) == {"worship", "hotel", "internet_cafe", "restaurant", "transport", "market"}
    assert abs(sum(shares.values()) + pf.other_share - 1) < 1e-3
    assert next(k for k in pf.kinds if k.kind == "worship").sensitive
    dumped = json.dumps(comp.model_dump(mode="json"), ensure_ascii=False)
    for value in ("mosque", "internet cafe", "P000", "CAM-"):
        assert value not in dumped


def test_a_field_of_personal_data_is_never_a_place_field() -> None:
    """Home addresses name streets and towns; they are never counted as places."""
    recs = [Record({"name": n, "addr": "Hospital Road 5, 10115 Berlin"}) for n in ["Anna Schmidt", "Jonas Weber"] * 30]
    c = classify_records(recs)
    comp = c.composition
    assert comp is not None and comp.places == []


PRESENT: list[tuple[str, dict[str, Any], str, bool]] = [
    ("top level", {"a": 1}, "a", True),
    ("nested", {"a": {"b": "x"}}, "a.b", True),
    ("inside an array", {"a": [{"b": 1}, {"c": 2}]}, "a.b", True),
    ("empty string", {"a": ""}, "a", False),
    ("missing", {"a": 1}, "b", False),
    ("through a scalar", {"a": 1}, "a.b", False),
]


@pytest.mark.parametrize(("data", "path", "want"), [(d, p, w) for _, d, p, w in PRESENT], ids=[n for n, *_ in PRESENT])
def test_present(data: dict[str, Any], path: str, want: bool) -> None:
    assert places._present(data, path) is want


