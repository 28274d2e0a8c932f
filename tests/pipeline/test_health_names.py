"""Round 12's health name hints (``detectors/data/health.names.txt``) must not make health of tables that are not
clinical: names that are also other things (a song's tempo, a sensor's temperature, a product's weight, a customer's
complaint, a hydrologist's peak flow, a game's heroine, money spent, a quality inspection) stay out of the name list,
found by an outside review on synthetic tables like these (before, each of them read as ``special.health``). And the
names the list is for do read as health in a table of patients."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from ajar.models import Category, Record
from ajar.pipeline.classify import classify_records

N = 50
Columns = dict[str, Callable[[int, random.Random], Any]]

NOT_CLINICAL: dict[str, Columns] = {
    "music": {
        "track": lambda i, r: f"Track {i}",
        "avg_bpm": lambda i, r: r.randint(80, 175),
        "max_bpm": lambda i, r: r.randint(120, 180),
        "key": lambda i, r: r.choice("ABCDEFG"),
    },
    "sensors_vi": {
        "thoi_gian": lambda i, r: f"2024-05-01 10:{i % 60:02d}:00",
        "nhiet_do": lambda i, r: round(r.uniform(24, 37), 1),
        "do_am": lambda i, r: r.randint(40, 90),
    },
    "sensors_vi_marks": {
        "ma_cam_bien": lambda i, r: f"CB{i % 5}",
        "nhiệt_độ": lambda i, r: round(r.uniform(24, 37), 1),
        "độ_ẩm": lambda i, r: r.randint(40, 90),
    },
    "bills_vi": {
        "ma_hoa_don": lambda i, r: f"HD{1000 + i}",
        "so_tien_su_dung": lambda i, r: r.randint(50, 900) * 1000,
        "thang": lambda i, r: f"2024-{i % 12 + 1:02d}",
    },
    "rivers": {
        "site_no": lambda i, r: f"0{r.randint(1000000, 9999999)}",
        "water_year": lambda i, r: 1950 + i,
        "peak_flow": lambda i, r: r.randint(200, 90000),
    },
    "games": {
        "game": lambda i, r: f"Game {i}",
        "heroine": lambda i, r: r.choice(["Zelda", "Samus", "Lara", "Aloy", "Bayonetta"]),
        "year": lambda i, r: 1990 + i % 30,
    },
    "orders_tr": {
        "siparis_no": lambda i, r: 5000 + i,
        "sikayet": lambda i, r: r.choice(["geç teslimat", "kırık ürün", "yanlış beden", "iade gecikti"]),
        "durum": lambda i, r: r.choice(["açık", "kapalı"]),
    },
    "products_vi": {
        "ma_sp": lambda i, r: f"SP{i}",
        "cân_nặng_sản_phẩm": lambda i, r: round(r.uniform(0.1, 20), 2),
    },
    "quality_ja": {
        "製品番号": lambda i, r: f"P{i}",
        "品質検査結果": lambda i, r: r.choice(["合格", "不合格"]),
    },
}


def _records(columns: Columns, seed: int = 7) -> list[Record]:
    r = random.Random(seed)
    return [Record({k: f(i, r) for k, f in columns.items()}) for i in range(N)]


@pytest.mark.parametrize("table", sorted(NOT_CLINICAL))
def test_names_that_are_also_other_things_do_not_make_health(table: str) -> None:
    found = {f.path: f.category for f in classify_records(_records(NOT_CLINICAL[table])).fields}
    assert Category.HEALTH not in found.values(), found


def test_the_new_names_read_as_health_in_a_table_of_patients() -> None:
    r = random.Random(3)
    rows = [
        Record(
            {
                "patient_name": f"{r.choice(['Ana', 'Rui', 'Eva', 'Leo'])} {r.choice(['Lima', 'Costa', 'Souza'])}",
                "paracetamol": r.choice([0, 1]),
                "sertraline": r.choice([0, 1]),
                "cesd_total": r.randint(0, 60),
                "body_fat_percentage": round(r.uniform(8, 40), 1),
            }
        )
        for _ in range(N)
    ]
    found = {f.path: f.category for f in classify_records(rows).fields}
    assert {p for p, c in found.items() if c is Category.HEALTH} == {
        "paracetamol",
        "sertraline",
        "cesd_total",
        "body_fat_percentage",
    }, found
