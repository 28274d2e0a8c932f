"""A CSV's encoding judged from its head: Western European exports (cp1252/Latin-1) are not read as Chinese.

An accented Latin-1 byte and the ASCII letter after it (``ñi`` in ``Íñigo``) are one valid GB18030
character, so such files used to decode as GB18030 and their names became hanzi. Every file here is
synthetic, written in the encoding named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ajar.sources.files import FileDataset, read_path

# (encoding written, rows of name;address) — each file is read back as the text it holds
WESTERN = {
    "spanish": ("cp1252", [("Íñigo Peña", "Calle Begoña 5"), ("María Núñez", "Avenida Andalucía 12"),
                           ("Sofía Ibáñez", "Plaza España 3")]),
    "portuguese": ("cp1252", [("João Gonçalves", "Rua da Conceição 4"), ("Anabela Simões", "Avenida da Liberdade"),
                              ("Maria da Assunção", "Praça do Comércio")]),
    "french": ("cp1252", [("François Lefèvre", "rue de l'Église"), ("Hélène Bérénice", "boulevard Saint-Médard"),
                          ("Jérôme Gaëtan", "allée des Cèdres")]),
    "german": ("cp1252", [("Jürgen Müller", "Königstraße 5"), ("Bärbel Größe", "Schloßallee"),
                          ("Özgür Weiß", "Fußweg")]),
}
CHINESE = {
    "gb18030": [("张伟", "北京市朝阳区建国路88号"), ("李娜", "上海市浦东新区世纪大道100号"), ("王芳", "广州市天河区")],
    "gbk": [("欧阳娜娜", "深圳市南山区科技园"), ("诸葛亮", "成都市武侯区"), ("刘德华", "杭州市西湖区文三路")],
}


def _read(path: Path, rows: list[tuple[str, str]], encoding: str) -> FileDataset:
    path.write_bytes(("name;address\n" + "".join(f"{n};{a}\n" for n, a in rows)).encode(encoding))
    got = list(read_path(path, 10))
    assert len(got) == 1
    return got[0]


def _hanzi(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


@pytest.mark.parametrize("language", sorted(WESTERN))
def test_a_western_european_export_is_read_as_latin_1(tmp_path: Path, language: str) -> None:
    """Failed before for Spanish, Portuguese and French: their names and addresses were read as hanzi."""
    encoding, rows = WESTERN[language]
    fd = _read(tmp_path / f"{language}.csv", rows, encoding)
    assert [(r.data["name"], r.data["address"]) for r in fd.sample] == rows
    assert fd.notes == []


@pytest.mark.parametrize(("encoding", "rows"), [
    # Polish and Turkish letters beyond Latin-1 (Ł, ś, Ş, ğ) are misread, as before, but never as hanzi
    ("cp1250", [("Łukasz Wróblewski", "ul. Świętokrzyska 5"), ("Grzegorz Kaźmierczak", "Łódź"),
                ("Agnieszka Żółkiewska", "ul. Mickiewicza 3")]),
    ("cp1254", [("Şükrü Öztürk", "İstiklal Caddesi"), ("Gülşen Çelik", "Ağaçlı Sokak"), ("Işıl Yılmaz", "Üsküdar")]),
])
def test_central_european_and_turkish_exports_are_not_read_as_chinese(
        tmp_path: Path, encoding: str, rows: list[tuple[str, str]]) -> None:
    fd = _read(tmp_path / f"{encoding}.csv", rows, encoding)
    assert len(fd.sample) == 3
    assert not any(_hanzi(v) for r in fd.sample for v in r.data.values())


@pytest.mark.parametrize("encoding", sorted(CHINESE))
def test_a_chinese_export_is_still_read_as_chinese(tmp_path: Path, encoding: str) -> None:
    rows = CHINESE[encoding]
    fd = _read(tmp_path / f"{encoding}.csv", rows, encoding)
    assert [(r.data["name"], r.data["address"]) for r in fd.sample] == rows
    assert fd.notes == []


def test_a_chinese_export_with_rare_characters_is_still_chinese(tmp_path: Path) -> None:
    """A few characters outside GB2312 (GBK's rarer hanzi, common in given names: 堃, 喆, 昇) do not make a
    Chinese file Latin-1."""
    rows = [("王堃", "北京市海淀区中关村大街"), ("张喆", "上海市徐汇区漕溪北路"), ("陈昇", "广州市越秀区北京路")]
    fd = _read(tmp_path / "rare.csv", rows, "gb18030")
    assert [(r.data["name"], r.data["address"]) for r in fd.sample] == rows
