"""How often a CSV's encoding is judged right: Faker tables (id, name, city, job) written in legacy code pages.

Run: ``PYTHONPATH=src .venv/bin/python bench/files/code_pages.py`` (Faker, from the ``bench`` extra).

Non-Latin scripts (the ANSI code pages Excel writes a CSV in, and their Unix peers) must be read as the text
they hold; Latin ones (cp1252, cp1250, cp1254, cp1257) must never be read in a non-Latin script (they are read
as Latin-1: a letter beyond Latin-1 is misread, as before, but the file's script is kept), nor English tables
whose only bytes beyond ASCII are a symbol (cp1252), nor Western tables whose rows two systems wrote (some UTF-8, some
cp1252). Prints, per number of rows (1, 2, 5, 20; 5 seeds each), the tables read wrong, and each wrong one.
"""

from __future__ import annotations

import csv
import io
import random
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
#: a note column's symbol, the only byte beyond ASCII of an English table in cp1252 (Argentine addresses' N°...)
SYMBOLS = ("N° {n}", "Smith´s {n}", "{n}½", "{n} m²", "«{w}»", "{w}®", "{n}º andar", "{n}×{n}", "£{n}")
#: locales of tables whose rows are UTF-8 or cp1252, by turns at random
MIXED = ("de_DE", "fr_FR", "es_ES", "es_AR", "pt_BR", "fi_FI", "sv_SE", "it_IT")
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


def symbol_table(symbol: str, rows: int, seed: int) -> bytes:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["id", "name", "email", "note"])
    for i in range(rows):
        out.writerow([i, fake.name(), fake.email(), symbol.format(n=i + 1, w=fake.word())])
    return buf.getvalue().encode("cp1252")


def mixed_table(locale: str, rows: int, seed: int) -> bytes:
    fake = Faker(locale)
    fake.seed_instance(seed)
    rnd = random.Random(seed)
    out = [b"id;name;address\n"]
    for i in range(rows):
        line = f"{i};{fake.name()};{fake.address().replace(chr(10), ', ')}\n"
        out.append(line.encode("cp1252", "replace") if rnd.random() < 0.5 else line.encode())
    return b"".join(out)


def others() -> None:
    """The English tables with a symbol and the tables of UTF-8 and cp1252 rows read in a non-Latin script."""
    for group, make, cases in (("symbol", symbol_table, SYMBOLS), ("UTF-8 and cp1252 rows", mixed_table, MIXED)):
        total: Counter[int] = Counter()
        wrong: Counter[int] = Counter()
        for case in cases:
            for rows in ROWS:
                for seed in range(SEEDS):
                    data = make(case, rows, seed)
                    if data.isascii():
                        continue
                    got = _encoding(data)
                    total[rows] += 1
                    if got not in LATIN_READINGS:
                        wrong[rows] += 1
                        print(f"  {group}: {case}, {rows} row(s), seed {seed}: read as {got}")
        print(f"{group}: " + ", ".join(f"{rows} row(s) {wrong[rows]}/{total[rows]} wrong" for rows in ROWS))


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
    others()


if __name__ == "__main__":
    main()
