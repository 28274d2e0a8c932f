"""classify_records on realistic synthetic datasets (never real people) and hard negatives."""

from __future__ import annotations

import random
import string
import struct
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from bson import Decimal128, ObjectId

from ajar.models import Category, Record
from ajar.pipeline.classify import ClassifiedDataset, classify_records

NOW = datetime.now(UTC)
AREAS = ("110101", "310104", "650102", "650104", "653101", "654002", "540102")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚"
MINZU = ("汉族", "维吾尔族", "回族", "哈萨克族", "藏族", "蒙古族", "汉族")
PLACES = ("mosque", "hotel", "internet cafe", "train station", "market")


def cn_ric(rng: random.Random) -> str:
    born = date(1945, 1, 1) + timedelta(days=rng.randrange(0, 365 * 60))
    body = f"{rng.choice(AREAS)}{born:%Y%m%d}{rng.randrange(0, 1000):03d}"
    check = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if check == 10 else str(check))


def han_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def cn_mobile(rng: random.Random) -> str:
    return rng.choice(("138", "139", "150", "186", "177")) + f"{rng.randrange(0, 10**8):08d}"


def people(n: int = 200, seed: int = 1) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        ric = cn_ric(rng)
        out.append(
            Record(
                {
                    "_id": ObjectId(),
                    "xm": han_name(rng),
                    "sfzh": ric,
                    "csrq": f"{ric[6:10]}-{ric[10:12]}-{ric[12:14]}",
                    "mz": rng.choice(MINZU),
                    "dz": f"乌鲁木齐市天山区解放南路{rng.randrange(1, 300)}号",
                    "gzdw": rng.choice(("乌鲁木齐市第一中学", "喀什纺织厂", "个体")),
                    "sjh": cn_mobile(rng),
                    "bz": rng.choice(("", "重点", None)),
                    "rksj": NOW - timedelta(days=rng.randrange(0, 300)),
                    "seq": i,
                }
            )
        )
    return out


def sightings(n: int = 200, seed: int = 2) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lat = round(43.8256 + rng.uniform(-0.2, 0.2), 6)
        lng = round(87.6168 + rng.uniform(-0.2, 0.2), 6)
        out.append(
            Record(
                {
                    "person_id": f"P{rng.randrange(0, 2000):06d}",
                    "camera": f"cam-{rng.randrange(100)}",
                    "lat": lat,
                    "lng": lng,
                    "tag": rng.choice(PLACES),
                    "ts": int((NOW - timedelta(seconds=rng.randrange(0, 86400))).timestamp()),
                }
            )
        )
    return out


def by_path(ds: ClassifiedDataset) -> dict[str, Category]:
    return {f.path: f.category for f in ds.fields}


def test_surveillance_people() -> None:
    ds = classify_records(people())
    got = by_path(ds)
    assert got == {
        "xm": Category.PERSON_NAME,
        "sfzh": Category.NATIONAL_ID,
        "csrq": Category.BIRTH_DATE,
        "mz": Category.ETHNICITY,
        "dz": Category.ADDRESS,
        "sjh": Category.PHONE,
    }
    sfzh = next(f for f in ds.fields if f.path == "sfzh")
    assert sfzh.detail == {"scheme": "cn_ric", "country": "cn"}
    assert sfzh.confidence > 0.9 and sfzh.prevalence == 1.0 and sfzh.values == 200
    assert ds.person_key == "sfzh"
    assert ds.timestamp_paths[0] == "rksj"
    assert not ds.movement_trail


def test_examples_are_masked() -> None:
    recs = people(50)
    raw = {str(v) for r in recs for v in r.data.values()}
    ds = classify_records(recs, max_examples=2)
    for f in ds.fields:
        assert 0 < len(f.examples) <= 2
        for ex in f.examples:
            assert ex not in raw and "*" in ex


def test_sightings_are_a_movement_trail() -> None:
    ds = classify_records(sightings())
    got = by_path(ds)
    assert got == {"lat": Category.COORDINATES, "lng": Category.COORDINATES}
    assert ds.movement_trail
    assert ds.trail_detail == {"coordinates": "lat,lng", "time": "ts", "person": "person_id"}
    assert ds.person_key == "person_id"
    assert ds.timestamp_paths == ["ts"]


def test_geojson_and_arrays() -> None:
    rng = random.Random(3)
    recs = []
    for _ in range(60):
        lon, lat = round(116.4 + rng.random(), 6), round(39.9 + rng.random(), 6)
        recs.append(
            Record(
                {
                    "loc": {"type": "Point", "coordinates": [lon, lat]},
                    "pos": [lon, lat],
                    "where": f"{lat},{lon}",
                    "camera": {"lat": lat, "lng": lon, "accuracy": 5.0},
                    "device": {"id": "c1", "lat": lat, "lng": lon, "city": "Beijing"},
                    "user": {"email": f"u{rng.randrange(10**6)}@example.com"},
                    "seen_at": (NOW - timedelta(minutes=rng.randrange(600))).isoformat(),
                }
            )
        )
    ds = classify_records(recs)
    got = by_path(ds)
    assert got["loc"] == Category.COORDINATES and "loc.coordinates" not in got
    assert got["pos"] == Category.COORDINATES and got["where"] == Category.COORDINATES
    assert got["camera"] == Category.COORDINATES and "camera.lat" not in got  # the object is the position
    # an object that holds more than a position: its lat/lng leaves are the position, a split pair
    assert "device" not in got
    assert got["device.lat"] == Category.COORDINATES and got["device.lng"] == Category.COORDINATES
    roles = {f.path: f.detail for f in ds.fields if f.path.startswith("device.")}
    assert roles["device.lat"]["role"] == "latitude" and roles["device.lat"]["pair"] == "device.lat,device.lng"
    assert got["user.email"] == Category.EMAIL
    assert ds.movement_trail and ds.person_key == "user.email"


def test_arrays_of_objects_are_not_indexed() -> None:
    rng = random.Random(4)
    recs = [
        Record({"contacts": [{"phone": f"+86 {cn_mobile(rng)}"}, {"phone": f"+86 {cn_mobile(rng)}"}]})
        for _ in range(20)
    ]
    ds = classify_records(recs)
    assert by_path(ds) == {"contacts.phone": Category.PHONE}
    assert ds.fields[0].values == 40


def test_english_shop_dataset() -> None:
    rng = random.Random(5)
    given = ("James", "Maria", "Ahmed", "Olivia", "Hans", "Sofia", "Kenji", "Priya")
    family = ("Smith", "Garcia", "Muller", "Rossi", "Nguyen", "Kowalski", "Tanaka")
    recs = []
    for _ in range(100):
        recs.append(
            Record(
                {
                    "customer_name": f"{rng.choice(given)} {rng.choice(family)}",
                    "emailAddress": f"{''.join(rng.choices(string.ascii_lowercase, k=6))}@example.org",
                    "dateOfBirth": date(1950, 1, 1) + timedelta(days=rng.randrange(0, 20000)),
                    "ssn": f"{rng.randrange(1, 665):03d}-{rng.randrange(1, 99):02d}-{rng.randrange(1, 9999):04d}",
                    "ip": f"203.0.113.{rng.randrange(1, 255)}",
                    "password_hash": "$2b$12$" + "".join(rng.choices(string.ascii_letters, k=53)),
                    "ethnicity": rng.choice(("Hispanic or Latino", "White", "Asian", "Black or African American")),
                    "religion": rng.choice(("Catholic", "Muslim", "None", "Buddhist")),
                    "diagnosis": rng.choice(("E11.9", "I10", "J45.909", "F32.1")),
                    "device": {"imei": "", "mac": ":".join(f"{rng.randrange(256):02x}" for _ in range(6))},
                    "face": [rng.gauss(0, 0.09) for _ in range(128)],
                }
            )
        )
    got = by_path(classify_records(recs))
    assert got == {
        "customer_name": Category.PERSON_NAME,
        "emailAddress": Category.EMAIL,
        "dateOfBirth": Category.BIRTH_DATE,
        "ssn": Category.NATIONAL_ID,
        "ip": Category.IP_ADDRESS,
        "password_hash": Category.SECRET,
        "ethnicity": Category.ETHNICITY,
        "religion": Category.RELIGION,
        "diagnosis": Category.HEALTH,
        "device.mac": Category.DEVICE_ID,
        "face": Category.FACE_EMBEDDING,
    }


def test_redis_sessions() -> None:
    rng = random.Random(6)
    recs = [
        Record(
            {
                "token": "".join(rng.choices("0123456789abcdef", k=64)),
                "user_id": rng.randrange(10**6),
                "ip": f"198.51.100.{rng.randrange(1, 255)}",
                "expires": int(NOW.timestamp()) + 3600,
            },
            {"key": "session:x"},
        )
        for _ in range(50)
    ]
    ds = classify_records(recs)
    assert by_path(ds) == {"token": Category.SECRET, "ip": Category.IP_ADDRESS}
    assert ds.person_key == "user_id"


def hard_negative_records(n: int = 200, seed: int = 7) -> list[Record]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        out.append(
            Record(
                {
                    "_id": ObjectId(),
                    "created_at": NOW - timedelta(seconds=rng.randrange(10**6)),
                    "updated": int(NOW.timestamp()) - rng.randrange(10**6),
                    "ts_ms": int(NOW.timestamp() * 1000) - rng.randrange(10**8),
                    "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "sha256": "".join(rng.choices("0123456789abcdef", k=64)),
                    "md5": "".join(rng.choices("0123456789abcdef", k=32)),
                    "order_no": str(rng.randrange(10**17, 10**18)),
                    "tracking": rng.randrange(10**10, 10**11),
                    "temperature": round(rng.uniform(-30, 45), 2),
                    "pitch": round(rng.uniform(-90, 90), 4),
                    "roll": round(rng.uniform(-180, 180), 4),
                    "name": rng.choice(("Wireless Mouse M185", "USB-C Cable 2m", "Desk Lamp LED", "Yoga Mat")),
                    "phone_model": rng.choice(("iPhone 13 Pro", "Galaxy S21", "Pixel 7", "Mate 40")),
                    "version": rng.choice(("4.2.1", "1.0.0", "10.4.3", "2.7.18")),
                    "price": Decimal128(f"{rng.randrange(100, 99999) / 100:.2f}"),
                    "qty": rng.randrange(1, 100),
                    "status": rng.choice(("paid", "shipped", "pending")),
                    "blob": bytes(rng.getrandbits(8) for _ in range(64)),
                    "seq": i,
                    "flag": rng.random() < 0.5,
                    "scores": [rng.randrange(100) for _ in range(5)],
                }
            )
        )
    return out


def test_hard_negatives_stay_unflagged() -> None:
    ds = classify_records(hard_negative_records())
    assert ds.fields == []
    assert ds.person_key is None and not ds.movement_trail
    assert set(ds.timestamp_paths) >= {"created_at", "updated", "ts_ms"}
    assert "_id" in ds.timestamp_paths and ds.timestamp_paths[-1] == "_id"


@pytest.mark.parametrize(
    "junk",
    [
        {},
        {"a": None},
        {"a": float("nan"), "b": float("inf"), "c": -0.0},
        {"a": "\ud800" * 10, "b": "x" * (1 << 20)},
        {"a": b"\x00" * 10_000},
        {1: 2, None: "x"},
        {"deep": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": {"j": "k"}}}}}}}}}}},
        {"list": [[[[[]]]]], "mixed": [1, "a", None, {"b": 2}, [3.5, 4.5]]},
        {"d": Decimal128("NaN"), "e": Decimal128("1E+6000")},
    ],
)
def test_junk_does_not_raise(junk: dict[Any, Any]) -> None:
    classify_records([Record(junk)] * 3)


def test_very_deep_nesting() -> None:
    node: Any = {"v": "x"}
    for _ in range(3000):
        node = {"a": node}
    ds = classify_records([Record(node)])
    assert ds.fields == []


def test_embedding_as_float32_bytes() -> None:
    rng = random.Random(8)
    recs = [Record({"tzz": struct.pack("<512f", *[rng.gauss(0, 0.04) for _ in range(512)])}) for _ in range(10)]
    assert by_path(classify_records(recs)) == {"tzz": Category.FACE_EMBEDDING}


@pytest.mark.xfail(
    strict=True,
    reason="known gap of the field model (issue 10): "
    "dates under an opaque name (f3) in a people dataset:"
    " the field model does not yet weigh the age spread enough without a name",
)
def test_misnamed_birth_dates_in_a_people_dataset() -> None:
    rng = random.Random(9)
    recs = [
        Record(
            {
                "f1": han_name(rng),
                "f2": cn_ric(rng),
                "f3": (date(1950, 1, 1) + timedelta(days=rng.randrange(0, 20000))).isoformat(),
                "f4": (NOW - timedelta(days=rng.randrange(0, 30))).date().isoformat(),
            }
        )
        for _ in range(100)
    ]
    got = by_path(classify_records(recs))
    assert got.get("f3") == Category.BIRTH_DATE and "f4" not in got
    assert got["f2"] == Category.NATIONAL_ID


@pytest.mark.parametrize(
    ("field", "values", "category"),
    [
        ("姓名", ["张伟", "李娜", "王芳", "刘洋"], Category.PERSON_NAME),
        ("фио", ["Иван Петрович Сидоров", "Анна Сергеевна Кузнецова", "Дмитрий Иванов"], Category.PERSON_NAME),
        ("الاسم", ["محمد علي", "فاطمة حسن", "أحمد عبد الله"], Category.PERSON_NAME),
        ("телефон", ["+7 912 345-67-89", "+7 903 123-45-67", "+7 926 555-12-34"], Category.PHONE),
        ("民族", ["汉族", "维吾尔族", "回族"], Category.ETHNICITY),
        ("宗教信仰", ["伊斯兰教", "无宗教信仰", "佛教"], Category.RELIGION),
        ("dh", ["13800138000", "13912345678", "18612345678"], Category.PHONE),
        ("lxdh", [13800138000, 13912345678, 18612345678], Category.PHONE),
    ],
)
def test_field_names_in_many_languages(field: str, values: list[Any], category: Category) -> None:
    recs = [Record({field: v}) for v in values * 5]
    assert by_path(classify_records(recs)) == {field: category}


def test_name_argues_against_weak_values() -> None:
    # valid-looking national numbers in an order field stay orders; a UUID in a device field is a device id
    rng = random.Random(10)
    recs = [
        Record(
            {
                "order_id": f"{rng.randrange(1, 665):03d}{rng.randrange(1, 99):02d}{rng.randrange(1, 9999):04d}",
                "idfa": str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(),
            }
        )
        for _ in range(40)
    ]
    assert by_path(classify_records(recs)) == {"idfa": Category.DEVICE_ID}


def test_empty_sample() -> None:
    ds = classify_records([])
    assert ds.fields == [] and ds.person_key is None and ds.timestamp_paths == [] and not ds.movement_trail


FIRST = ["Emma", "Liam", "Sophie", "Lukas", "Chiara", "Mateusz", "Anna", "Théo", "Noah", "Zofia"]
LAST = ["Schneider", "O'Brien", "Kowalski", "Rossi", "Durand", "Yıldız", "Walker", "Nowak", "Bakker", "Müller"]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("first_name", "last_name"),
        ("vorname", "nachname"),
        pytest.param(
            "prénom",
            "nom",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known gap of the field model (issue 10): since the real training sets a, b, c,"
                " surnames in capitals under French 'nom' alone read as no personal data (0.18 against 0.81)",
            ),
        ),
        pytest.param(
            "nome",
            "cognome",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known gap of the field model (issue 10): Italian/Portuguese 'nome' is also the"
                " 'name' of states, products and places in the real training tables; first names under it"
                " fall just short",
            ),
        ),
        pytest.param(
            "imie",
            "nazwisko",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known gap of the field model (issue 10): Polish surnames in capitals under 'nazwisko' fall"
                " just short of a name; hval8's model (prior 1.4) read them, the retrain with the real parts i and j"
                " (round 8) does not again",
            ),
        ),
    ],
)
def test_names_split_across_columns(first: str, last: str) -> None:
    rng = random.Random(11)
    recs = [Record({first: rng.choice(FIRST), last: rng.choice(LAST).upper(), "plan": "basic"}) for _ in range(60)]
    assert by_path(classify_records(recs)) == {first: Category.PERSON_NAME, last: Category.PERSON_NAME}


def test_russian_name_parts() -> None:
    rng = random.Random(12)
    rows = [("Иванова", "Анна", "Сергеевна"), ("Волков", "Михаил", "Олегович"), ("Кузнецов", "Артём", "Иванович")]
    recs = [Record(dict(zip(("фамилия", "имя", "отчество"), rng.choice(rows), strict=True))) for _ in range(30)]
    assert set(by_path(classify_records(recs)).values()) == {Category.PERSON_NAME}


def test_single_word_products_are_no_names() -> None:
    # a generic "name" hint does not lift lone capitalised words: product names stay products
    rng = random.Random(13)
    words = ["Kindle", "Echo", "Galaxy", "Pixel", "Jordan", "Victoria", "Aurora", "Nova", "Atlas", "Titan"]
    recs = [Record({"name": rng.choice(words), "sku": f"SKU-{rng.randrange(10**5)}"}) for _ in range(60)]
    assert by_path(classify_records(recs)) == {}


def test_birthdays_with_placeholders_and_epochs() -> None:
    rng = random.Random(14)
    recs = []
    for i in range(80):
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 25000))
        epoch = int(datetime(born.year, born.month, born.day, tzinfo=UTC).timestamp())
        recs.append(
            Record(
                {
                    "birthday": "0000-00-00" if i % 3 == 0 else born.isoformat(),
                    "birth": epoch if i % 2 else born.isoformat(),
                    "生年月日": born.strftime("%Y/%m/%d") if i % 2 else f"{born.year}年{born.month}月{born.day}日",
                }
            )
        )
    got = by_path(classify_records(recs))
    assert got == {"birthday": Category.BIRTH_DATE, "birth": Category.BIRTH_DATE, "生年月日": Category.BIRTH_DATE}


def test_epoch_ints_are_not_birth_dates_without_a_name() -> None:
    rng = random.Random(15)
    recs = [Record({"name": han_name(rng), "f9": rng.randrange(-(10**9), 10**9)}) for _ in range(60)]
    assert "f9" not in by_path(classify_records(recs))


def test_numeric_codes_are_not_secrets_unless_named() -> None:
    rng = random.Random(16)
    recs = [
        Record({"auth_code": f"{rng.randrange(10**6):06d}", "pin": f"{rng.randrange(10**6):06d}"}) for _ in range(50)
    ]
    assert by_path(classify_records(recs)) == {"pin": Category.SECRET}


def test_text_embeddings_are_not_faces() -> None:
    rng = random.Random(17)

    def unit(n: int) -> list[float]:
        v = [rng.gauss(0, 1) for _ in range(n)]
        norm = sum(x * x for x in v) ** 0.5
        return [round(x / norm, 6) for x in v]

    recs = [Record({"text_embedding": unit(384), "embedding": unit(384), "face": str(unit(512))}) for _ in range(20)]
    assert by_path(classify_records(recs)) == {"face": Category.FACE_EMBEDDING}


def test_categorical_field_is_probed_by_distinct_values() -> None:
    # the first distinct values miss the vocabulary, later ones hit: a few common misses must not end the look
    values = ["Decline to state"] * 30 + ["Two or More Races"] * 20 + ["White", "Asian", "Hispanic or Latino"] * 25
    recs = [Record({"race": v}) for v in values]
    assert by_path(classify_records(recs)) == {"race": Category.ETHNICITY}


#: a known gap of the field model: a dataset of one health-named column and nothing else (no ``_id``, no neighbour)
#: says nothing of whose records it holds, and reads by a hair either way from one training round to the next (none in
#: round 15, health 0.51 / 0.50 in round 16, none in round 17; in round 18 ``ICD编码`` is health again, asserted,
#: ``allergies`` still none); beside an ``_id`` or in a patient table it is health
#: (``test_a_lone_health_column_beside_an_id_or_in_a_patient_table``)
_LONE_HEALTH = pytest.mark.xfail(strict=True, reason="a lone health column, none by a hair in rounds 17 and 18")


@pytest.mark.parametrize(
    ("field", "values", "category"),
    [
        ("ICD编码", ["E11.9", "J18.9", "I10", "M54.5"], Category.HEALTH),
        ("ifa", [str(uuid.UUID(int=i * 7919 + 17, version=4)).upper() for i in range(4)], Category.DEVICE_ID),
        ("x_forwarded_for", ["203.0.113.5, 10.0.3.12", "198.51.100.7", "192.0.2.44, 10.0.0.1"], Category.IP_ADDRESS),
        ("celular", ["(11) 98765-4321", "21974383375", "+55 21 99051-8062"], Category.PHONE),
        ("konfession", ["ev", "rk", "--", "evangelisch"], Category.RELIGION),
        ("raca_cor", ["parda", "preta", "branca", "amarela"], Category.ETHNICITY),
        ("паспорт", ["4510 123456", "3002 422986", "2909 500805"], Category.NATIONAL_ID),
        (
            "authorization",
            ["Bearer 91eac19e5aede19d651ab3eed1b0dc9c63b81f34", "Basic dXNlcjpwYXNzd29yZA=="],
            Category.SECRET,
        ),
        ("氏名", ["佐藤 翔太", "鈴木　拓也", "中村直樹"], Category.PERSON_NAME),
        ("フリガナ", ["サトウ ショウタ", "スズキ タクヤ", "ナカムラ ナオキ"], Category.PERSON_NAME),
        pytest.param("allergies", ["Penicillin", "Peanuts", "Shellfish", "NKDA"], Category.HEALTH, marks=_LONE_HEALTH),
    ],
)
def test_more_field_names_and_shapes(field: str, values: list[Any], category: Category) -> None:
    recs = [Record({field: v}) for v in values * 5]
    assert by_path(classify_records(recs)) == {field: category}


@pytest.mark.parametrize(
    ("field", "values"),
    [("ICD编码", ["E11.9", "J18.9", "I10", "M54.5"]), ("allergies", ["Penicillin", "Peanuts", "Shellfish", "NKDA"])],
)
def test_a_lone_health_column_beside_an_id_or_in_a_patient_table(field: str, values: list[str]) -> None:
    beside_id = [Record({"_id": i, field: values[i % 4]}) for i in range(20)]
    assert by_path(classify_records(beside_id)) == {field: Category.HEALTH}
    patients = [Record({"patient_id": i, "age": 30 + i, field: values[i % 4]}) for i in range(20)]
    assert by_path(classify_records(patients)).get(field) == Category.HEALTH


def test_gis_columns_and_unnamed_pairs() -> None:
    rng = random.Random(18)
    cities = ((37.77, -122.42), (40.71, -74.0))
    recs = []
    for _ in range(100):
        lat, lon = rng.choice(cities)
        recs.append(
            Record(
                {
                    "y": round(lat + rng.uniform(-0.1, 0.1), 6),
                    "x": round(lon + rng.uniform(-0.1, 0.1), 6),
                    "srid": 4326,
                    "attr": round(lat + rng.uniform(-0.1, 0.1), 6),
                    "attr2": round(lon + rng.uniform(-0.1, 0.1), 6),
                    "col_12": f"{rng.randrange(1, 999)} Maple Rd, Columbus, OH 43215",
                }
            )
        )
    got = by_path(classify_records(recs))
    assert got == {
        "y": Category.COORDINATES,
        "x": Category.COORDINATES,
        "attr": Category.COORDINATES,
        "attr2": Category.COORDINATES,
        "col_12": Category.ADDRESS,
    }


def test_pixel_xy_and_unnamed_pairs_without_location_stay_unflagged() -> None:
    rng = random.Random(19)
    recs = [
        Record(
            {
                "x": round(rng.uniform(-100, 100), 6),
                "y": round(rng.uniform(-50, 50), 6),
                "attr": round(37.7 + rng.uniform(-0.1, 0.1), 6),
                "attr2": round(-122.4 + rng.uniform(-0.1, 0.1), 6),
            }
        )
        for _ in range(100)
    ]
    assert by_path(classify_records(recs)) == {}


# --- general fixes from the second held-out set ------------------------------------------------

_TR_FIRST = ("AYŞE", "FATMA", "EMINE", "HATICE", "ZEYNEP", "ELIF", "MEHMET", "AHMET", "ÇAĞRI", "HÜSEYIN", "MUSTAFA")
_TR_LAST = ("YILMAZ", "KAYA", "DEMIR", "ŞAHIN", "ÇELIK", "YILDIZ", "ÖZTÜRK", "AYDIN", "ARSLAN", "DOĞAN")
_STATUSES = ("ACTIVE", "PENDING", "CLOSED", "SUSPENDED", "REVIEW", "ARCHIVED", "DRAFT", "EXPIRED")


def _first_and_last_records() -> list[Record]:
    rng = random.Random(21)
    return [
        Record(
            {
                "first": rng.choice(_TR_FIRST),
                "last": rng.choice(_TR_LAST),
                "mother_first": rng.choice(_TR_FIRST[:6]),
                "patient_first": rng.choice(_TR_FIRST),
                # hard negatives: first/last tokens over dates, statuses, counts, a login name
                "first_seen": (NOW - timedelta(days=rng.randrange(900))).date().isoformat(),
                "last_login": (NOW - timedelta(minutes=rng.randrange(9000))).isoformat(),
                "last_status": rng.choice(_STATUSES),
                "first_category": rng.choice(("Electronics", "Garden", "Books", "Toys", "Kitchen", "Sports")),
                "last_order": f"ORD{rng.randrange(10**6):06d}",
            }
        )
        for _ in range(80)
    ]


@pytest.mark.xfail(
    strict=True,
    reason="known gap of the field model (issue 10): since the real training sets a, b, c, Turkish first"
    " names under a bare 'first' with a prefix (mother_first: 6 distinct names) fall short of a name",
)
def test_first_and_last_are_name_hints_when_the_values_are_names() -> None:
    got = by_path(classify_records(_first_and_last_records()))
    for path in ("first", "last", "mother_first", "patient_first"):
        assert got.get(path) == Category.PERSON_NAME, path


def test_first_and_last_are_no_name_hints_over_dates_statuses_and_codes() -> None:
    got = by_path(classify_records(_first_and_last_records()))
    for path in ("first_seen", "last_login", "last_status", "first_category", "last_order"):
        assert got.get(path) != Category.PERSON_NAME, path


def _other_scripts_records() -> list[Record]:
    rng = random.Random(22)
    firsts = ("Hugo", "Liam", "Begoña", "أحمد", "حسن", "Νίκος", "Μαρία", "יוסי", "สุดารัตน์", "प्रिया", "Olivia")
    return [
        Record(
            {
                "first_name": rng.choice(firsts),
                "name_hi": f"{rng.choice(('राहुल', 'प्रिया', 'सुरेश', 'लक्ष्मी'))} {rng.choice(('सिंह', 'शर्मा', 'यादव'))}",
                "medico": f"{rng.choice(('Dr.', 'Dra.'))} {rng.choice(('López', 'Núñez', 'García', 'Ruiz'))}",
                "product_name_hi": rng.choice(("चाय", "कॉफ़ी", "साबुन", "तेल")) + " 500g",
            }
        )
        for _ in range(60)
    ]


def test_names_in_other_scripts() -> None:
    got = by_path(classify_records(_other_scripts_records()))
    assert got["first_name"] == got["name_hi"] == Category.PERSON_NAME
    assert "product_name_hi" not in got


def test_spanish_titles_and_surnames_are_names() -> None:
    # a known gap from round 3 to round 14 (0.31 against 0.60); since round 15's person flag, a name
    got = by_path(classify_records(_other_scripts_records()))
    assert got.get("medico") == Category.PERSON_NAME


def test_health_codes_allergies_and_disability() -> None:
    rng = random.Random(23)
    recs = [
        Record(
            {
                "cpt_code": rng.choice(("99213", "99214", "85025", "71046", "G0439", "36415")),
                "patient_zip": f"{rng.randrange(10000, 99999)}",  # 5 digits under a health-ish name: not CPT
                "order_code": rng.choice(("99213", "99214", "85025", "71046")),  # CPT codes, no CPT name
                "cie10": rng.choice(("E11.9", "J45.909", "I10", "E78.5")),
                "alergias": rng.sample(["penicilina", "látex", "marisco", "polen", "ibuprofeno"], rng.randrange(1, 3)),
                "schwerbehindert": rng.choice(("GdB 50", "GdB 30, gleichgestellt", "nein", "GdB 80 (Merkzeichen G)")),
                "nombre": "x",
            }
        )
        for _ in range(60)
    ]
    got = by_path(classify_records(recs))
    for path in ("cpt_code", "cie10", "alergias", "schwerbehindert"):
        assert got.get(path) == Category.HEALTH, path
    # order_code holds CPT codes among clinical columns: the real tables' labels make such a column health
    # (round 5 learns it from realworld2-4); the 5-digit postcode under a health-ish name stays none
    assert "patient_zip" not in got


def test_uk_school_census_ethnicity_codes() -> None:
    rng = random.Random(24)
    values = ("WBRI", "WIRI", "APKN", "ABAN", "BCRB", "BAFR", "CHNE", "MWBC", "Asian - Pakistani", "White - British")
    recs = [Record({"ethnicity": rng.choice(values), "tier": rng.choice(("ABCD", "WXYZ", "QRST"))}) for _ in range(60)]
    got = by_path(classify_records(recs))
    assert got["ethnicity"] == Category.ETHNICITY and "tier" not in got


def test_msisdn_column_mixing_strings_and_integers() -> None:
    rng = random.Random(25)
    recs = []
    for _ in range(80):
        n = rng.choice((f"9665{rng.randrange(10**8):08d}", f"9715{rng.choice('0256')}{rng.randrange(10**7):07d}"))
        value: Any = rng.choice((int(n), "+" + n, n[3:]))
        recs.append(Record({"msisdn_a": value, "cdr_id": f"{rng.randrange(10**11, 10**12)}"}))
    got = by_path(classify_records(recs))
    assert got["msisdn_a"] == Category.PHONE and "cdr_id" not in got


def test_structured_address_object_is_reported_at_its_path() -> None:
    rng = random.Random(26)
    recs = [
        Record(
            {
                "endereco": {
                    "logradouro": rng.choice(("Av. Paulista", "Rua Augusta", "Av. Brasil")),
                    "numero": str(rng.randrange(1, 3000)),
                    "bairro": rng.choice(("Savassi", "Copacabana", "Bela Vista")),
                    "cidade": rng.choice(("São Paulo", "Curitiba")),
                    "uf": rng.choice(("SP", "PR")),
                    "cep": f"{rng.randrange(10000, 99999)}-{rng.randrange(1000):03d}",
                },
                # a geo block with a city and a zip is not a street address
                "geo": {"country": "BRA", "city": rng.choice(("Recife", "Natal")), "zip": f"{rng.randrange(10**5)}"},
            }
        )
        for _ in range(40)
    ]
    got = by_path(classify_records(recs))
    assert got["endereco"] == Category.ADDRESS and "geo" not in got


def test_uuid_under_an_id_name_is_no_secret() -> None:
    rng = random.Random(27)
    recs = [
        Record(
            {
                "token_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "session_token": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "refresh_token": "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(43)),
            }
        )
        for _ in range(40)
    ]
    got = by_path(classify_records(recs))
    assert "token_id" not in got
    assert got["session_token"] == Category.SECRET and got["refresh_token"] == Category.SECRET


def test_extended_json_wrappers_classify_under_plain_names() -> None:
    # mongoexport's canonical and relaxed forms: the field is ``born``, not ``born.$date``; an
    # ObjectId's time still counts for liveness; a GeoJSON point of wrapped doubles is still one
    rng = random.Random(31)
    recs = []
    for _ in range(40):
        born = datetime(1950, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(0, 20000))
        lon, lat = round(116.3 + rng.uniform(-0.1, 0.1), 6), round(39.9 + rng.uniform(-0.1, 0.1), 6)
        recs.append(
            Record(
                {
                    "_id": {"$oid": f"{rng.getrandbits(96):024x}"},
                    "name": han_name(rng),
                    "sfzh": cn_ric(rng),
                    "born": {"$date": {"$numberLong": str(int(born.timestamp() * 1000))}},
                    "phone": {"$numberLong": cn_mobile(rng)},
                    "loc": {"type": "Point", "coordinates": [{"$numberDouble": str(lon)}, {"$numberDouble": str(lat)}]},
                    "seen": {"$date": (NOW - timedelta(minutes=rng.randrange(0, 10**4))).isoformat()},
                }
            )
        )
    ds = classify_records(recs)
    got = by_path(ds)
    assert not [p for p in got if "$" in p]
    assert got["born"] == Category.BIRTH_DATE and got["sfzh"] == Category.NATIONAL_ID
    assert got["phone"] == Category.PHONE and got["loc"] == Category.COORDINATES
    assert "_id" in ds.timestamp_paths and "seen" in ds.timestamp_paths


def test_liveness_and_people_read_extended_json_dates_and_object_ids() -> None:
    from ajar.models import Dataset
    from ajar.pipeline.estimates import estimate_liveness, estimate_people
    from ajar.pipeline.evidence import DatasetEvidence

    rng = random.Random(32)
    ids = [cn_ric(rng) for _ in range(25)]
    recs = []
    for i in range(50):
        seen = NOW - timedelta(minutes=i)
        oid = f"{int(seen.timestamp()):08x}{rng.getrandbits(64):016x}"
        recs.append(Record({"_id": {"$oid": oid}, "sfzh": ids[i % 25], "seen": {"$date": seen.isoformat()}}))
    cls = classify_records(recs)
    assert cls.person_key == "sfzh" and "seen" in cls.timestamp_paths
    ds = Dataset(name="sightings", records=5000, sampled=50, fields=cls.fields)
    live = estimate_liveness(ds, DatasetEvidence(records=recs, classified=cls), NOW)
    assert live is not None and live.newest_record_age_seconds is not None
    assert live.newest_record_age_seconds < 120  # the newest $date, not "no time found"
    people = estimate_people(ds, DatasetEvidence(records=recs, classified=cls))
    assert people is not None and people.count >= 25


@pytest.mark.parametrize(
    ("batches", "rated"),
    [
        ([(30, 10), (2, 10)], False),  # two insert batches of 10, 28 min apart
        ([(11, 19), (1, 1)], False),  # a batch of 19 and one record 10 min later
        ([(40 - i, 1) for i in range(30)], True),  # one record a minute for 30 minutes: a rate
    ],
)
def test_records_in_a_few_bursts_are_no_rate(batches: list[tuple[int, int]], rated: bool) -> None:
    from ajar.models import Dataset
    from ajar.pipeline.estimates import estimate_liveness
    from ajar.pipeline.evidence import DatasetEvidence

    recs = [
        Record({"email": f"u{m}x{i}@corp.example", "ts": (NOW - timedelta(minutes=m)).isoformat()})
        for m, n in batches
        for i in range(n)
    ]
    cls = classify_records(recs)
    assert "ts" in cls.timestamp_paths
    ds = Dataset(name="signups", records=len(recs), sampled=len(recs), fields=cls.fields)
    for ev in (DatasetEvidence(records=recs, classified=cls), DatasetEvidence(records=[], classified=cls, newest=recs)):
        live = estimate_liveness(ds, ev, NOW)
        assert live is not None
        assert (live.records_per_day is not None) == rated, live.method


def test_short_ids_regions_and_constant_letters_are_no_personal_data() -> None:
    # red team F26: sensor ids, labels, racks (``s0``..``s99``, ``l12``, ``r3``), seats shaped like an
    # ICD-10 chapter (``A12``), a region north/south and a constant ``x`` are no category at all
    rng = random.Random(28)
    cases: dict[str, list[Record]] = {
        "sensors": [Record({"sensor": f"s{i}", "value": rng.random()}) for i in range(100)],
        "labels": [Record({"label": f"l{i}", "count": rng.randrange(100)}) for i in range(100)],
        "servers": [
            Record({"server": f"srv{i}", "rack": f"r{i % 4}", "os": rng.choice(("debian", "ubuntu"))})
            for i in range(100)
        ],
        "seats": [
            Record({"seat": f"{rng.choice('ABCDEFGH')}{rng.randrange(100):02d}", "price": rng.randrange(20, 90)})
            for _ in range(60)
        ],
        "geo": [
            Record(
                {
                    "country": rng.choice(("FR", "DE", "ES")),
                    "region": rng.choice(("north", "south")),
                    "lat": 48.85,
                    "lon": 2.35,
                }
            )
            for _ in range(100)
        ],
        "flags": [Record({"id": i, "x_440304199003072718": "x"}) for i in range(100)],
    }
    for name, recs in cases.items():
        got = by_path(classify_records(recs))
        assert not {p: c for p, c in got.items() if c in (Category.HEALTH, Category.ETHNICITY)}, name
        assert not (set(got) & {"sensor", "label", "rack", "server", "seat", "region", "x_440304199003072718"}), name
