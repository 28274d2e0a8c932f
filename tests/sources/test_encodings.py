"""A CSV's encoding judged from its head: Western European exports (cp1252/Latin-1) are not read as Chinese.

An accented Latin-1 byte and the ASCII letter after it (``ñi`` in ``Íñigo``) are one valid GB18030
character, so such files used to decode as GB18030 and their names became hanzi. Every file here is
synthetic, written in the encoding named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ajar.models import Category
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


# Exports in scripts other than Latin, as Excel and older systems write them: the ANSI code page of the
# language (or its Unix peer). Each used to be read as Latin-1 (or Korean as GB18030's hanzi), its names
# and addresses turned into mojibake that no detector or name hint could read.
LEGACY = {
    "japanese": ("cp932", [("山田 太郎", "東京都新宿区西新宿2-8-1"), ("佐藤 花子", "大阪府大阪市北区梅田3丁目"),
                           ("鈴木 一郎", "北海道札幌市中央区北1条西2丁目")]),
    "japanese-euc": ("euc_jp", [("高橋 美咲", "神奈川県横浜市中区本町6丁目"),
                                ("田中 健太", "愛知県名古屋市中村区名駅4丁目"),
                                ("伊藤 さくら", "福岡県福岡市博多区博多駅前2丁目")]),
    "korean": ("cp949", [("김민준", "서울특별시 강남구 테헤란로 152"), ("이서연", "부산광역시 해운대구 해운대로 264"),
                         ("박지훈", "대구광역시 중구 동성로 57")]),
    "traditional-chinese": ("big5", [("陳志明", "臺北市信義區市府路1號"), ("林淑芬", "高雄市前鎮區中華五路789號"),
                                     ("黃建宏", "臺中市西屯區臺灣大道三段99號")]),
    "russian": ("cp1251", [("Иванов Сергей Петрович", "г. Москва, ул. Тверская, д. 7"),
                           ("Смирнова Ольга Николаевна", "г. Казань, ул. Баумана, д. 19"),
                           ("Кузнецов Андрей Викторович", "г. Новосибирск, Красный проспект, д. 25")]),
    "russian-koi8": ("koi8_r", [("Попова Елена Игоревна", "г. Самара, ул. Ленинградская, д. 12"),
                                ("Соколов Дмитрий Олегович", "г. Пермь, ул. Ленина, д. 44"),
                                ("Морозова Анна Сергеевна", "г. Омск, ул. Маркса, д. 3")]),
    # every word of an even length: each two Cyrillic letters are one GB2312 hanzi, and the file read as Chinese
    "russian-even": ("cp1251", [("Иванов Сергей", "Москва Тверская"), ("Петров Андрей", "Казань Гагарина"),
                                ("Волков Максим", "Москва Арбат")]),
    "ukrainian": ("cp1251", [("Шевченко Олена Іванівна", "м. Київ, вул. Хрещатик, 22"),
                             ("Коваленко Юрій Петрович", "м. Львів, вул. Городоцька, 15"),
                             ("Бондаренко Ірина Василівна", "м. Одеса, вул. Дерибасівська, 9")]),
    "greek": ("cp1253", [("Γεώργιος Παπαδόπουλος", "Οδός Ερμού 15, Αθήνα"),
                         ("Μαρία Νικολάου", "Λεωφόρος Νίκης 4, Θεσσαλονίκη"),
                         ("Κωνσταντίνος Ιωάννου", "Οδός Κορίνθου 30, Πάτρα")]),
    "hebrew": ("cp1255", [("דוד כהן", "רחוב הרצל 12, תל אביב"), ("שרה לוי", "שדרות בן גוריון 45, חיפה"),
                          ("יוסף מזרחי", "רחוב יפו 101, ירושלים")]),
    "arabic": ("cp1256", [("محمد عبد الله", "شارع الملك فهد، الرياض"), ("فاطمة الزهراء", "شارع التحرير، القاهرة"),
                          ("أحمد حسن", "شارع الحمراء، بيروت")]),
    # Windows-1256 writes Persian's yeh as the Arabic one (U+064A): it has no U+06CC
    "persian": ("cp1256", [("مريم گلپايگاني", "خيابان وليعصر، تهران"), ("علي ملکيان", "خيابان امام، اصفهان"),
                           ("ياسمين سعيدي", "بلوار وکيل‌آباد، مشهد")]),
    "thai": ("cp874", [("สมชาย ใจดี", "ถนนสุขุมวิท กรุงเทพมหานคร"), ("สมหญิง รักไทย", "ถนนนิมมานเหมินท์ เชียงใหม่"),
                       ("ประยุทธ์ ทองดี", "ถนนมิตรภาพ ขอนแก่น")]),
}


@pytest.mark.parametrize("language", sorted(LEGACY))
def test_an_export_in_a_legacy_code_page_is_read_as_the_text_it_holds(tmp_path: Path, language: str) -> None:
    """Failed before for every one: each was read as Latin-1 (Korean as GB18030)."""
    encoding, rows = LEGACY[language]
    fd = _read(tmp_path / f"{language}.csv", rows, encoding)
    assert [(r.data["name"], r.data["address"]) for r in fd.sample] == rows
    assert fd.notes == []


# each table's header in its own language: only a file read as the text it holds has names a hint can read
HEADERS = {"japanese": ("氏名", "住所"), "russian": ("ФИО", "Адрес"), "korean": ("성명", "주소")}


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_a_legacy_code_page_export_classifies_as_its_utf_8_copy(tmp_path: Path, language: str) -> None:
    """The same table written in UTF-8 and in its code page gives the same fields and categories (the header
    too is in the code page). Failed before for each: a name or an address was missed."""
    from ajar.pipeline.classify import classify_records

    encoding, rows = LEGACY[language]
    head = ";".join(HEADERS[language])
    got = {}
    for enc in ("utf-8", encoding):
        path = tmp_path / f"{language}-{enc}.csv"
        path.write_bytes((head + "\n" + "".join(f"{n};{a}\n" for n, a in rows)).encode(enc))
        (fd,) = read_path(path, 10)
        got[enc] = sorted((f.path, f.category) for f in classify_records(fd.sample).fields)
    assert got[encoding] == got["utf-8"]
    assert {cat for _, cat in got["utf-8"]} == {Category.ADDRESS, Category.PERSON_NAME}


def test_a_stray_byte_in_a_utf_8_file_is_not_taken_for_a_code_page(tmp_path: Path) -> None:
    """One Latin-1 byte among ASCII and UTF-8 (``café`` typed in another editor) leaves the file UTF-8."""
    p = tmp_path / "stray.csv"
    p.write_bytes("name;city\nZoë Ångström;Malmö\n".encode() + b"Jos\xe9 Ruiz;Le\xf3n\nAna Lima;Porto\n")
    fd = list(read_path(p, 10))[0]
    assert fd.sample[0].data == {"name": "Zoë Ångström", "city": "Malmö"}
    assert fd.sample[2].data == {"name": "Ana Lima", "city": "Porto"}


# Western exports whose only bytes beyond ASCII are a symbol (``N°``, ``´``), or whose rows two systems wrote (some
# UTF-8, some cp1252): read in a non-Latin code page they had fewer odd sequences than in Latin-1 (cp932's ``Nｰ``,
# cp1251's ``Smithґs``, cp874's Thai for ``é``), so charset-normalizer ranked that first
LATIN_SYMBOLS = {
    "numero": [("Francesco Ruiz", "Av. La Pampa N° 113, Santa Rosa"), ("Martina Gonzalez", "Av. 4 N° 3253, Rawson"),
               ("Juan Manuel Sosa", "Av. 6 N° 94, San Luis"), ("Emma Diaz", "Calle 9 N° 64, Resistencia")],
    "acute": [("Joshua Wood", "Smith´s Garage, 4 Mill Lane, Leeds"), ("Deanna Young", "Sanders´s Farm, Hull"),
              ("Crystal Hernandez", "Moore´s Yard, 12 High Street, York"), ("Tom Baker", "Baker´s Rest, Bath")],
}


@pytest.mark.parametrize("case", sorted(LATIN_SYMBOLS))
def test_a_western_export_with_a_symbol_is_not_read_in_another_script(tmp_path: Path, case: str) -> None:
    """Failed before: read as Shift-JIS (``numero``) and as cp1251 (``acute``); Latin-1 before the code pages."""
    rows = LATIN_SYMBOLS[case]
    fd = _read(tmp_path / f"{case}.csv", rows, "cp1252")
    assert [(r.data["name"], r.data["address"]) for r in fd.sample] == rows


def test_a_western_export_of_utf_8_and_cp1252_rows_is_not_read_in_another_script(tmp_path: Path) -> None:
    """Rows appended by two systems: the cp1252 rows are read as written, as before the code pages (the UTF-8 row
    is Latin-1's mojibake, as it was). Failed before: read as Thai (cp874)."""
    p = tmp_path / "mixed.csv"
    p.write_bytes("name;address\nAudrey-Véronique Ledoux;rue Dupré, 75581 Julien\n".encode("cp1252")
                  + "Grégoire Camus;98, rue de Olivier, 72666 Dupré\n".encode()
                  + "Aurore Lamy Le Morin;27, chemin Pereira, 06702 Bègue\n".encode("cp1252"))
    fd = list(read_path(p, 10))[0]
    assert fd.sample[0].data == {"name": "Audrey-Véronique Ledoux", "address": "rue Dupré, 75581 Julien"}
    assert fd.sample[2].data == {"name": "Aurore Lamy Le Morin", "address": "27, chemin Pereira, 06702 Bègue"}


def test_a_legacy_code_page_export_with_lone_cr_line_ends_and_long_rows_is_read(tmp_path: Path) -> None:
    """Excel for Mac's CSV: lines end in CR alone. The code pages are ranked on the head's first 64 KiB cut at a line
    end; cut at the last LF, which such a head has none of, it ended inside a character, and Shift-JIS (which the
    cut did not decode) was not ranked at all. Failed before: read as Latin-1."""
    encoding, rows = LEGACY["japanese"]
    long_rows = [(f"{name}x", address * 20) for name, address in rows]  # 200 lines of the head pass 64 KiB
    p = tmp_path / "mac.csv"
    p.write_bytes(("name;address\r" + "".join(f"{n};{a}\r" for n, a in long_rows * 100)).encode(encoding))
    fd = list(read_path(p, 5))[0]
    assert all((r.data["name"], r.data["address"]) in long_rows for r in fd.sample)
