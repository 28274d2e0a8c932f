"""The hostile-values sweep (bench/hostile/regexes.py): it sees every pattern, finds the backtracking it
was written for, and the patterns it found stay under 1 ms a value at their caps."""

from __future__ import annotations

import re

import pytest

from ajar.detectors import address, birth_date, health
from ajar.pipeline import compromise
from tests.bench.test_score_eval import ROOT, _load

regexes = _load("hostile_regexes", ROOT / "bench/hostile/regexes.py")


def test_every_module_with_patterns_has_a_cap() -> None:
    pats = regexes.patterns()
    assert len(pats) > 150
    modules = {".".join(name.split(".")[:2]) for name in pats}
    assert modules <= set(regexes.CAPS), sorted(modules - set(regexes.CAPS))
    assert "detectors.address._STREET_RU" in pats and "pipeline.compromise.wording().data.every" in pats


def _worst_ms(p: re.Pattern[str], cap: int, ops: set[str]) -> float:
    got = regexes.bounded(lambda: regexes.time_pattern(p, cap, ops), 60.0, 2 << 30)
    assert got is not None, "the sweep of one pattern took over 60 s"
    return float(got[0]) * 1e3  # type: ignore[index]


# the patterns the sweep found, as they were: it must find them again (6-30 ms and 4-14 ms a value)
_PLAIN_FR_ES = re.compile(
    r"(?:calle|c/|avenida|avda\.?|plaza|paseo|rua|avenida|travessa|via|viale|piazza|corso)\s+[\w\s'.]{2,40}?,?\s*\d{1,4}",
    re.IGNORECASE,
)
_PLAIN_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(\.[\w\-]{1,63})+")


@pytest.mark.timeout(300)
def test_the_sweep_finds_backtracking_patterns() -> None:
    assert _worst_ms(_PLAIN_FR_ES, 160, {"search"}) > 2.0
    assert _worst_ms(_PLAIN_EMAIL, 8192, {"search"}) > 2.0


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "pattern, cap, op",
    [
        (address._STREET_RU, 160, "search"),
        (address._STREET_FR_ES, 160, "search"),
        (address._UNIT_LINE, 160, "match"),
        (health._GDB, 200, "match"),
        (compromise._EMAIL, 8192, "search"),
        (address._STREET_CYR, 160, "search"),
        (address._STREET_VI, 160, "search"),
        (address._VI_UNIT, 160, "search"),
        (address._STREET_AR, 160, "search"),
        (address._STREET_HI, 160, "search"),
        (birth_date._JP_ABBR, 40, "fullmatch"),
        (birth_date._KR_DOTS, 40, "fullmatch"),
        (health._MORE_CJK, 200, "search"),
        (health._RU, 200, "search"),
    ],
    ids=[
        "street_ru", "street_fr_es", "unit_line", "gdb", "compromise_email",
        "street_cyr", "street_vi", "vi_unit", "street_ar", "street_hi", "jp_abbr", "kr_dots", "more_cjk", "ru",
    ],  # fmt: skip
)
def test_the_rewritten_patterns_stay_under_a_millisecond(pattern: re.Pattern[str], cap: int, op: str) -> None:
    assert _worst_ms(pattern, cap, {op}) < 1.0
