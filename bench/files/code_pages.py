"""How often a CSV's encoding is judged right: Faker tables (id, name, city, job) written in legacy code pages.

Run: ``PYTHONPATH=src .venv/bin/python bench/files/code_pages.py`` (Faker, from the ``bench`` extra).

Non-Latin scripts (the ANSI code pages Excel writes a CSV in, and their Unix peers) must be read as the text
they hold; Latin ones (cp1252, cp1250, cp1254, cp1257) must never be read in a non-Latin script (they are read
as Latin-1: a letter beyond Latin-1 is misread, as before, but the file's script is kept). Prints, per number of
rows (1, 2, 5, 20; 5 seeds each), the tables read wrong, and each wrong one.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

from faker import Faker

from ajar.sources.tabular import _encoding

NON_LATIN = [("ja_JP", "cp932"), ("ja_JP", "euc_jp"), ("ko_KR", "cp949"), ("ko_KR", "euc_kr"), ("zh_TW", "big5"),
             ("zh_CN", "gb18030"), ("zh_CN", "gbk"), ("ru_RU", "cp1251"), ("uk_UA", "cp1251"), ("bg_BG", "cp1251"),
             ("ru_RU", "koi8_r"), ("el_GR", "cp1253"), ("he_IL", "cp1255"), ("ar_SA", "cp1256"), ("fa_IR", "cp1256"),
             ("th_TH", "cp874")]
LATIN = [("de_DE", "cp1252"), ("fr_FR", "cp1252"), ("es_ES", "cp1252"), ("pt_BR", "cp1252"), ("it_IT", "cp1252"),
         ("nl_NL", "cp1252"), ("sv_SE", "cp1252"), ("da_DK", "cp1252"), ("no_NO", "cp1252"), ("fi_FI", "cp1252"),
         ("pl_PL", "cp1250"), ("cs_CZ", "cp1250"), ("hu_HU", "cp1250"), ("ro_RO", "cp1250"), ("tr_TR", "cp1254"),
         ("lt_LT", "cp1257")]
LATIN_READINGS = {"utf-8", "latin-1", "cp1252", "cp1250", "cp1254", "cp1257"}
ROWS = (1, 2, 5, 20)
SEEDS = 5


def table(locale: str, rows: int, seed: int) -> str:
    fake = Faker(locale)
    fake.seed_instance(seed)
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["id", "name", "city", "job"])
    for i in range(rows):
        out.writerow([i, fake.name(), fake.city(), fake.job()])
    return buf.getvalue()


def main() -> None:
    for group, cases in (("non-Latin", NON_LATIN), ("Latin", LATIN)):
        total: Counter[int] = Counter()
        wrong: Counter[int] = Counter()
        for locale, encoding in cases:
            for rows in ROWS:
                for seed in range(SEEDS):
                    data = table(locale, rows, seed).encode(encoding, "replace")
                    if data.isascii():
                        continue
                    got = _encoding(data)
                    total[rows] += 1
                    if group == "Latin":
                        bad = got not in LATIN_READINGS
                    else:
                        bad = data.decode(got, "replace") != data.decode(encoding)
                    if bad:
                        wrong[rows] += 1
                        print(f"  {group}: {locale} {encoding}, {rows} row(s), seed {seed}: read as {got}")
        print(f"{group}: " + ", ".join(f"{rows} row(s) {wrong[rows]}/{total[rows]} wrong" for rows in ROWS))


if __name__ == "__main__":
    main()
