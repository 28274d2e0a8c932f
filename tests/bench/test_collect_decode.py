"""``bench/train/real/b/collect.py``'s ``decode``: legacy encodings of exported tables read back as their text."""

from __future__ import annotations

import sys
from types import ModuleType

import pytest

from tests.bench.test_score_eval import ROOT, _load


def _collect() -> ModuleType:
    """collect.py imports its own ``check`` from its folder: loaded here without leaving that module (or the
    folder on ``sys.path``) to the other sets' tests, whose collect.py import a ``check`` of their own."""
    saved, path = sys.modules.pop("check", None), list(sys.path)
    try:
        return _load("b_collect_decode", ROOT / "bench/train/real/b/collect.py")
    finally:
        sys.path[:] = path
        sys.modules.pop("check", None)
        if saved is not None:
            sys.modules["check"] = saved


collect = _collect()

# synthetic rows, as each country's Excel or public-data portal exports them
KO = (
    "이름,전화번호,주소,생년월일\n김민준,010-1234-5678,서울특별시 강남구 테헤란로 123,1990-01-01\n"
    "이서연,010-9876-5432,부산광역시 해운대구 우동 456,1985-12-31\n"
)
ZH = (
    "姓名,电话,地址,出生日期\n张伟,13800138000,北京市朝阳区建国路88号,1990-01-01\n"
    "王芳,13912345678,上海市浦东新区世纪大道100号,1985-12-31\n"
)
JA = (
    "氏名,電話,住所\n山田太郎,090-1234-5678,東京都新宿区西新宿2-8-1\n"
    "鈴木花子,080-9876-5432,大阪府大阪市北区梅田1-1-3\n"
)
LATIN = "nom,prénom,ville\nGarçon,Zoë,Besançon\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (KO, "cp949"),  # Korean Excel's CSV: it was read as GBK (김민준 became 辫刮霖)
        (KO, "euc_kr"),
        (KO + "똠방각하,010-0000-0000,제주,2001-01-01\n", "cp949"),  # a syllable only cp949's UHC has
        (ZH, "gbk"),
        (ZH, "gb2312"),
        (JA, "cp932"),
        (LATIN, "cp1252"),
        (KO, "utf-8"),
    ],
)
def test_decode_reads_each_export_as_its_text(text: str, encoding: str) -> None:
    assert collect.decode(text.encode(encoding)) == text
