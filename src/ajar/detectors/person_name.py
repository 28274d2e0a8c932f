"""People's names in Latin, Han (Chinese/Japanese), Cyrillic, Arabic and Hangul script (``person.name``).

Detected by shape per script, with short built-in dictionaries as the strong signal:

* Han: 2-4 characters (middle dot allowed for transliterated names), first character (or
  two, for compound surnames such as 欧阳) among common Chinese surnames → strong; other
  2-4 Han strings are weak.
* Latin: 2-4 capitalised words (particles such as ``van``, ``de``, ``bin`` allowed, ``Last,
  First`` order too), no digits; strong when a word is a common given name or surname, weak
  otherwise (``Wireless Mouse`` has a name's shape, not a name's words).
* Cyrillic: 2-3 capitalised words, strong with a patronymic (``-ович``, ``-овна``) or a
  surname ending (``-ов``, ``-ова``, ``-ин``, ``-ский``...); a surname with its initials (``Иванов И.И.``).
* "Surname, Given" in any script; a lower-case particle first (``de Vries, Anna``).
* Arabic script (Arabic, Uyghur, Persian): 2-4 words, strong with a common name word.
* Hangul: 2-4 syllables, strong when the first is a common Korean surname.
* Devanagari: 1-4 words, strong with a common Hindi name word (``प्रिया शर्मा``).
* Other scripts (Greek, Hebrew, Thai...): 1-4 words of letters only, shape only (weak), so a field
  named for names must agree; capitalised Greek words as Latin ones.
* Japanese: kanji family + given name (``佐藤 翔太``, common surnames strong), katakana
  readings (``サトウ ショウタ``, weak: only a ``フリガナ``/``氏名`` field counts them).

Titles and suffixes are set aside (``Dr. Emily Clark``, ``Dra. Begoña Gómez``, ``Clark, Emily MD``);
a title before a capitalised word is itself evidence of a person (``Dr. Núñez``); ALL-CAPS names
(``EMILY CLARK``, ``ELİF YILDIZ``) are read like capitalised ones. A lone word (``Emily``,
``Иванова``) is a weak hit (0.1-0.2): the field model counts it in a field whose name holds one part
of a name (``first_name``, ``nachname``, ``фамилия``; ``strong_hints``) or beside one.

Nothing is validated against a register: this is the weakest category by nature, and the
field's name and the dataset's other fields weigh more here than anywhere else.

>>> PersonNameDetector().detect("张伟") is not None
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from ajar.detectors.base import Detector, Hit, load_words, short_text
from ajar.models import Category

_NAMES_DATA = {
    name: load_words(f"person_name.{name}.txt")
    for name in (
        "given_names",
        "surnames",
        "things",
        "cn_surnames",
        "kr_surnames",
        "jp_surnames",
        "hi_names",
        "ar_names",
        "cyr_names",
    )
}
_GIVEN = _NAMES_DATA["given_names"]
_SURNAMES = _NAMES_DATA["surnames"]
_THINGS = _NAMES_DATA["things"]  # words of things, not people ("Office Chair", "Phone Case")
_CN_SURNAMES = frozenset(w for w in _NAMES_DATA["cn_surnames"] if len(w) == 1)
_CN_COMPOUND = frozenset(w for w in _NAMES_DATA["cn_surnames"] if len(w) == 2)
_KR_SURNAMES = _NAMES_DATA["kr_surnames"]
_JP_SURNAMES = _NAMES_DATA["jp_surnames"]
_HINDI_NAMES = _NAMES_DATA["hi_names"]
_ARABIC_NAMES = _NAMES_DATA["ar_names"]
_CYR_NAMES = _NAMES_DATA["cyr_names"]
# a Latin i typed for Ukrainian і inside a Cyrillic word (Петрiвна): the same letter
_CYR_LATIN_I = str.maketrans("iI", "іІ")
_HANGUL = re.compile(r"[\uac00-\ud7a3]{2,4}")
_KANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]{2,12}")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf][\u4e00-\u9fff\u3400-\u4dbf·•]{1,9}")
_NOT_NAME_HAN = frozenset("族省市县区镇乡村路街号楼室公司局院校所厂店馆站场部处科队组中心大学医教寺堂")

_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "bin",
        "bint",
        "binti",
        "ibn",
        "al",
        "el",
        "y",
        "mc",
        "st",
        "ter",
        "ten",
        "abu",
    }
)
_TITLES = frozenset(
    "dr dr. mr mr. mrs mrs. ms ms. miss mx mx. prof prof. sir dame herr frau m. mme mme. mlle sr. sra. srta. "
    "dott. dott.ssa dott dr.med. ing. pan pani dra dra. sra srta lic. lic dña. dña doña don sig. sig.ra "
    "dr.ª dª.".split()
)
_SUFFIXES = frozenset(
    "jr jr. sr sr. ii iii iv md m.d. phd ph.d. np rn do dds dmd esq esq. pa pa-c dnp mba cpa lpn aprn fnp "
    "od dpm pharmd".split()
)
_WORD_EXTRA = frozenset("'’-.")


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff")


def _name_word(w: str) -> bool:
    """A capitalised (or ALL-CAPS) Latin word: ``Emily``, ``O'Brien``, ``Jean-Luc``, ``YILDIZ``, ``J.``."""
    if not w or not w[0].isupper() or not _latin_letter(w[0]):
        return False
    if len(w) == 2 and w[1] == ".":
        return True
    if len(w) < 2 or w[-1] in "'’-":
        return False
    letters = 0
    for ch in w[1:]:
        if _latin_letter(ch):
            letters += 1
        elif ch not in _WORD_EXTRA:
            return False
    return letters >= 1


_FOLD = str.maketrans("ıİłŁøØđĐ", "iillood" + "d")


def _fold(word: str) -> str:
    """Lower-case ASCII-ish key of a word for the dictionaries (``Zieliński`` → ``zielinski``)."""
    w = word.lower().translate(_FOLD).replace("’", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))


def _known(word: str) -> bool:
    base = _fold(word.strip(".")).split("-")[0]
    return base in _GIVEN or base in _SURNAMES or base.replace("'", "") in _SURNAMES


# Russian letters and those of Ukrainian (є і ї ґ, the apostrophe of Мар'яна), Belarusian (ў), Kazakh (ә ғ қ ң ө ұ ү
# һ і) and Serbian/Macedonian (ђ ј љ њ ћ џ ѓ ќ ѕ): without them Іван, Марія and Асқар were no name at all
# Tajik, Uzbek, Tatar and Bashkir letters too (Ҳасанов, Раҳмонов); a hyphen may start a capitalised part
# (Римский-Корсаков)
_CYR_CAPS = "А-ЯЁЄІЇҐЎЂЈЉЊЋЏЃЌЅӘҒҚҢӨҰҮҺҲҶӢӮҖҘҪҠ"
_CYR_LOWER = "а-яёєіїґўђјљњћџѓќѕәғқңөұүһҳҷӣӯҗҙҫҡ'ʼ’"
_CYR_WORD = re.compile(f"[{_CYR_CAPS}](?:[{_CYR_LOWER}]|-[{_CYR_CAPS}]?)+")
# Russian and Ukrainian patronymics (Іванівна, Андріївна); the Kazakh ones are the father's name and ұлы/қызы
# and Belarusian ones (Рыгоравіч, Іванаўна)
_CYR_PATRONYMIC = re.compile(
    r".+(?:ович|евич|ьич|овна|евна|ична|инична|івна|ївна|ұлы|қызы|улы|кызы|віч|аўна|еўна|іўна)"
)
_CYR_SURNAME = re.compile(r".+(?:ов|ова|ев|ева|ин|ина|ский|ская|цкий|цкая|ський|ська|цький|цька|ко|ук|юк|енко|ић)")
# a region, district, street or shop: the adjective before it ends like a surname (Київська Область, Печерський Район)
_CYR_PLACES = frozenset(
    "область обл район р-н раён вобласць ауданы облысы қаласы вулиця вул улица ул проспект магазин"
    # and a company's legal form (ТОВ Світанок, ООО Ромашка: Тов ends like a surname)
    " ооо оао зао пао ао тов прат пат тоо".split()
)
# one or two initials (И.И., И. И., Д.Қ.) beside a surname: Иванов И.И., С. В. Кузнецов, as Russian papers print names
_CYR_INITIALS = re.compile(f"(?:[{_CYR_CAPS}]\\.){{1,2}}")


def _cyrillic_initials(rest: list[str]) -> Hit | None:
    """A surname beside its initials: strong with a surname's ending (Кузнецова Е. А.), else medium (Мельник И.И.)."""
    if len(rest) != 1 or not _CYR_WORD.fullmatch(rest[0]):
        return None
    word = rest[0]
    if word.lower() in _CYR_PLACES:
        return None
    return Hit(0.85 if _CYR_SURNAME.fullmatch(word) else 0.6, {"script": "cyrillic"})


# a temple, mosque, road, town, hall, hospital, school, eatery or company named for a god or a person
# (श्री राम मंदिर, महात्मा गांधी मार्ग, टाटा मोटर्स): no person
_DEVANAGARI_PLACES = frozenset(
    "मंदिर मन्दिर मस्जिद गुरुद्वारा चर्च मार्ग रोड नगर चौक भवन अस्पताल विद्यालय महाविद्यालय ढाबा मोटर्स बाजार बाज़ार "
    "कॉलोनी स्टेशन".split()
)
# the last syllable of a Korean word for a place or thing, never of a given name: a station (서울역), a hall (명동성당),
# a temple (조계사), a language (한국어), a day (설날), a shop (한식당), a stew (김치찌개), a road (세종대로)
_NOT_NAME_HANGUL = frozenset("역당사어날점탕개밥면회교로과실관청")
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097f]{2,}")
_GREEK_SURNAME = re.compile(r".+(?:πουλος|πούλος|ίδης|ιδης|άκης|ακης|ιάδης|ίου|άτος|όγλου)")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff\u0750-\u077f]{2,}")
# Persian writes yeh and kaf as ی and ک where Arabic writes ي and ك: علی is the name علي
# (a zero-width non-joiner inside a Persian name, محمد‌رضا, حسین‌زاده, is dropped; a final ی may be Arabic's ى: مصطفی)
_PERSIAN_LETTERS = str.maketrans("یک", "يك", "\u200c")


# a street, square, hospital, mosque or school named for an Imam or a person (خیابان امام رضا, شارع عمر المختار),
# written with Arabic letters as the words are looked up: no person
_ARABIC_PLACES = frozenset(
    "خيابان بلوار ميدان كوچه بيمارستان مسجد حرم دانشگاه شهرك كوي امام شارع مستشفى جامعة مدرسة".split()
)


def _arabic_name(raw: str, word: str) -> bool:
    """Whether an Arabic-script word is a common name word (``word``: ``raw`` with Persian letters read as Arabic's)."""
    return (
        word in _ARABIC_NAMES
        or word.startswith("عبد")
        or (word.startswith("ال") and word[2:] in _ARABIC_NAMES)
        or (raw.endswith("\u06cc") and word[:-1] + "\u0649" in _ARABIC_NAMES)
    )


@lru_cache(maxsize=8192)
def _latin(text: str) -> float | None:
    """Strength of a Latin-script name: full names 0.3-0.9; a lone name word (``first_name``
    fields) 0.1-0.2: weak evidence, which a name that says so must back."""
    words = text.replace(",", " , ").split()
    titled = False
    while words and words[0].lower() in _TITLES and len(words) > 1:
        words = words[1:]
        titled = True
    while words and (words[-1].lower().strip(",") in _SUFFIXES or words[-1] == ","):
        words = words[:-1]
    if words.count(",") == 1:  # "Clark, Emily": surname first
        i = words.index(",")
        words = words[i + 1 :] + words[:i]
    # at most 5 words besides particles (José Luis Fernández de la Torre)
    if "," in words or not 1 <= len(words) <= 7 or len(words) - sum(w.lower() in _PARTICLES for w in words) > 5:
        return None
    known = 0
    caps = 0
    for w in words:
        lw = w.lower().strip(".")
        if lw in _PARTICLES:
            continue
        if not _name_word(w):
            return None
        caps += 1
        if lw in _THINGS:
            return None
        if _known(w):
            known += 1
    if caps == 0:
        return None
    if caps == 1:
        if len(words) > 1 or len(words[0]) < 2 or words[0].endswith("."):
            return None
        if titled:  # "Dr. Núñez", "Sra. Gómez": a title names a person (or a brand: "Dr. Pepper")
            return 0.5
        return 0.2 if known else 0.1
    if known >= 2:
        return 0.9
    if known == 1 or titled:
        return 0.7
    # ALL-CAPS words nobody knows ("ALLCAPS TEXT") are codes as often as names: a name field must say so
    return 0.2 if all(w.isupper() or w.lower() in _PARTICLES for w in words) else 0.3


class PersonNameDetector(Detector):
    """A person's full name in Latin, Han, Cyrillic or Arabic script."""

    id = "person_name"
    category = Category.PERSON_NAME
    description = "People's names (Latin, Chinese, Cyrillic, Arabic, Hangul script; name dictionaries)."
    name_hints = (
        "name",
        "fullname",
        "full_name",
        "firstname",
        "lastname",
        "surname",
        "givenname",
        "forename",
        "familyname",
        "realname",
        "nickname",
        "person",
        "owner",
        "customer",
        "patient",
        "employee",
        "contact",
        "driver",
        "holder",
        "cardholder",
        "provider",
        "physician",
        "doctor",
        "medico",
        "médico",
        "medecin",
        "médecin",
        "arzt",
        "ärztin",
        "recipient",
        "sender",
        # holders, owners and drivers in other languages (a card's or an account's holder is a person)
        "titulaire",
        "titular",
        "inhaber",
        "kontoinhaber",
        "wlasciciel",
        "właściciel",
        "sahibi",
        "kart_sahibi",
        "courier",
        "pemandu",
        "pengemudi",
        "supir",
        "kierowca",
        "fahrer",
        "chauffeur",
        "motorista",
        "піб",
        "نام_کامل",
        "نام_خانوادگی",
        "nazwa_osoby",
        "xm",
        "xingming",
        "姓名",
        "名字",
        "真实姓名",
        "联系人",
        "收件人",
        "寄件人",
        "签收人",
        "收货人",
        "发件人",
        "户主",
        "机主",
        "фио",
        "имя",
        "фамилия",
        "отчество",
        "الاسم",
        "اسم",
        "ism",
        "nom",
        "nombre",
        "nome",
        "vorname",
        "nachname",
        "isim",
        "ad",
        "soyad",
        "ad_soyad",
        "adsoyad",
        "nom_complet",
        "nome_completo",
        "nombre_completo",
        "imie_nazwisko",
        "氏名",
        "名前",
        "이름",
        "성명",
        # "name" and "full name" in more of issue 10's languages (id/ms, vi, ja, ko, hi, fa, uk, kk, nl, tr, ro); a
        # word that also names things (nama, naam, tên, نام, नाम, adı) is negated by the other thing's word below
        "nama",
        "nama_lengkap",
        "namalengkap",
        "nama_pasien",
        "namapasien",
        "nama_pegawai",
        "namapegawai",
        "nama_karyawan",
        "namakaryawan",
        "nama_siswa",
        "namasiswa",
        "nama_mahasiswa",
        "namamahasiswa",
        "nama_pelanggan",
        "namapelanggan",
        "nama_dokter",
        "namadokter",
        "nama_guru",
        "namaguru",
        "nama_anggota",
        "namaanggota",
        "nama_penerima",
        "nama_pengirim",
        "pemilik",
        "penerima",
        "pengirim",
        "pelanggan",
        "pasien",
        "karyawan",
        "pegawai",
        "dokter",
        "ho_ten",
        "hoten",
        "ho_va_ten",
        "hovaten",
        "ten_kh",
        "tenkh",
        "ten_khach_hang",
        "tenkhachhang",
        "ten_nv",
        "tennv",
        "ten_nhan_vien",
        "tennhanvien",
        "ten_benh_nhan",
        "tenbenhnhan",
        "họ tên",
        "họ và tên",
        "họ_tên",
        "tên",
        "khách hàng",
        "bệnh nhân",
        "nhân viên",
        "お名前",
        "患者名",
        "顧客名",
        "社員名",
        "担当者",
        "고객명",
        "환자명",
        "회원명",
        "사원명",
        "성함",
        "담당자",
        "नाम",
        "पूरा_नाम",
        "نام",
        "نام_و_نام_خانوادگی",
        "ім'я",
        "ім’я",
        "імя",
        "аты_жөні",
        "аты-жөні",
        "толық_аты",
        "naam",
        "volledige_naam",
        "klant",
        "adı",
        "adi",
        "musteri",
        "müşteri",
        "nume",
        "nume_complet",
        "nominativo",
        # customers, patients, employees, recipients, senders and owners, named without the language's 'name' word
        "nasabah",
        "người nhận",
        "người gửi",
        "người liên hệ",
        "nguoi_nhan",
        "nguoi_gui",
        "nguoi_lien_he",
        "ten_bn",
        "ten_hs",
        "ten_sv",
        "お客様名",
        "会員名",
        "契約者名",
        "申込者名",
        "受取人",
        "差出人",
        "宛名",
        "代表者名",
        "保護者名",
        "従業員名",
        "職員名",
        "生徒名",
        "学生名",
        "직원명",
        "학생명",
        "보호자",
        "신청자",
        "수령인",
        "수취인",
        "받는사람",
        "보내는사람",
        "예금주",
        "대표자",
        "مشتری",
        "بیمار",
        "کارمند",
        "клієнт",
        "пацієнт",
        "працівник",
        "співробітник",
        "одержувач",
        "отримувач",
        "відправник",
        "власник",
        "таә",
        "bijnaam",
        "medewerker",
        "werknemer",
        "ontvanger",
        "afzender",
        "eigenaar",
        "leerling",
        "numele",
        "pacient",
        "angajat",
        "destinatar",
        "expeditor",
        # romanised ja shimei/namae, ko seongmyeong/ireum
        "shimei",
        "namae",
        "seongmyeong",
        "ireum",
        # card and account holders (review25b): a card's or an account's holder is a person (it intestatario,
        # titolare; nl rekeninghouder, kaarthouder; pl posiadacz; ru держатель карты/счёта, владелец; id pemegang;
        # vi chủ tài khoản, chủ thẻ; zh 持卡人, 户名/开户名 (a bank account's name is its holder's); ja 名義人;
        # ko 카드소유자). ``держатель`` alone is also a product's bracket (a phone holder): only beside a card or an
        # account
        "account_holder",
        "accountholder",
        "account_owner",
        "card_holder",
        "intestatario",
        "intestataria",
        "titolare",
        "rekeninghouder",
        "kaarthouder",
        "posiadacz",
        "держатель_карты",
        "держатель карты",
        "держатель_счета",
        "держатель счета",
        "держатель_счёта",
        "владелец",
        "pemegang_kartu",
        "pemegang_rekening",
        "chu_tai_khoan",
        "chutaikhoan",
        "chủ tài khoản",
        "chu_the",
        "chủ thẻ",
        "持卡人",
        "户名",
        "开户名",
        "开户人",
        "全名",
        "名義人",
        "口座名義",
        "카드소유자",
        "소유자",
        # names in Latin letters (review25b): ru imya/fio parts, kk tegi/aty-zhoni, fa nam-e khanevadegi, hi
        # upnaam, zh mingzi; ``fio`` (Portuguese "wire") and ``pib`` (Spanish and French GDP) are left out; pt
        # apelido, ar الكنية
        "aty_zhoni",
        "atyzhoni",
        "nam_khanevadegi",
        "namkhanevadegi",
        "upnaam",
        "mingzi",
        "apelido",
        "الكنية",
        # a next of kin, Chinese payee (as 收件人, 收货人) (review25b)
        "next_of_kin",
        "nextofkin",
        "收款人",
    )
    negative_hints = (
        "product",
        "item",
        "sku",
        "file",
        "filename",
        "host",
        "hostname",
        "файл",  # имя_файла, имя_хоста, اسم_الملف: as file_name, host_name
        "хост",
        "الملف",
        "server",
        "app",
        "device",
        "model",
        "brand",
        "company",
        "org",
        "organization",
        "gzdw",
        "dw",
        "unit",
        "shop",
        "store",
        "merchant",
        "place",
        "city",
        "street",
        "school",
        "hospital",
        "dept",
        "department",
        "category",
        "tag",
        "label",
        "title",
        "type",
        "kind",
        "status",
        "country",
        "region",
        "bucket",
        "table",
        "db",
        "index",
        "queue",
        "topic",
        "service",
        "project",
        "repo",
        "team",
        "group",
        "role",
        "event",
        "job",
        "task",
        "user",
        "username",
        "login",
        # an account's name is a login's or a firm's (``account_name``); its holder and owner are people (review25b)
        "account_name",
        "accountname",
        "account_nickname",
        "account_display_name",
        "account_provider",
        "account_id",
        "accountid",
        "account_number",
        "accountnumber",
        "account_no",
        "account_type",
        "account_status",
        "screen",
        "font",
        "color",
        "mz",
        "minzu",
        "nation",
        "ethnicity",
        "religion",
        "zjxy",
        "diagnosis",
        "dz",
        "address",
        "camera",
        "sensor",
        "node",
        "cluster",
        "pod",
        "image",
        "key",
        "field",
        "column",
        "attr",
        "公司",
        "单位",
        "工作单位",
        "地址",
        "设备",
        "民族",
        "宗教",
        "产品",
        "名称",
        "商品",
        "地点",
        "场所",
        # the things "nama", "tên", "naam", "نام", "नाम", "adı" and "名" also name, in the same languages
        "produk",
        "barang",
        "kota",
        "toko",
        "perusahaan",
        "sekolah",
        "jalan",
        "kategori",
        "obat",
        "penyakit",
        "kecamatan",
        "kabupaten",
        "provinsi",
        "desa",
        "kelurahan",
        "jabatan",
        "jurusan",
        "kelas",
        "mapel",
        "pelajaran",
        "instansi",
        "layanan",
        "paket",
        "ruang",
        "ruangan",
        "gedung",
        "lokasi",
        "tempat",
        "pengguna",
        "sản phẩm",
        "mặt hàng",
        "công ty",
        "thành phố",
        "danh mục",
        "trường",
        "bệnh viện",
        "thuốc",
        "tỉnh",
        "huyện",
        "đăng nhập",
        "tên tài khoản",
        "số tài khoản",
        "san_pham",
        "sanpham",
        "ten_sp",
        "tensp",
        "ten_dn",
        "tendn",
        "dang_nhap",
        "ten_tai_khoan",
        "tentaikhoan",
        "so_tai_khoan",
        "sotaikhoan",
        "会社",
        "店舗",
        "店名",
        "品名",
        "商品名",
        "製品",
        "部署",
        "施設",
        "病院",
        "学校名",
        "病名",
        "薬品",
        "ファイル",
        "ユーザー名",
        "제품",
        "상품",
        "회사",
        "병원",
        "파일",
        "محصول",
        "کالا",
        "شرکت",
        "شهر",
        "فایل",
        "کاربری",
        "استان",
        "उत्पाद",
        "कंपनी",
        "शहर",
        "फ़ाइल",
        "उपयोगकर्ता",
        "bedrijf",
        "bestand",
        "plaats",
        "straat",
        "gebruiker",
        "ürün",
        "urun",
        "şirket",
        "sirket",
        "dosya",
        "kullanıcı",
        "kullanici",
        "şehir",
        "sehir",
        "ilce",
        "ilçe",
        "hastane",
        "hastalık",
        "hastalik",
        "ilaç",
        "ilac",
        "produs",
        "firma",
        "oras",
        "oraș",
        "judet",
        "județ",
        "utilizator",
        "proyek",
        "tipe",
        "jenis",
        "tipi",
        "turu",
        "türü",
        "назва",
        "файлу",
        "користувача",
        "товар",
        "компанія",
        "місто",
        # more of the things these languages' 'name' words also name (places, units, apps, files, schools), and
        # words that only start like a name hint: Persian نامه (a letter), ثبت نام (registration), Turkish adım
        # (a step), セイベツ (sex), Ukrainian стратегія, Kazakh тегін (free)
        "negara",
        "nama_wilayah",
        "nama_daerah",
        "kab",
        "kec",
        "prov",
        "propinsi",
        "kabkota",
        "aplikasi",
        "nama_akun",
        "merek",
        "merk",
        "nama_organisasi",
        "nama_lembaga",
        "nama_bagian",
        "nama_divisi",
        "nama_cabang",
        "rumah_sakit",
        "klinik",
        "puskesmas",
        "faskes",
        "universitas",
        "kampus",
        "fakultas",
        "prodi",
        "agama",
        "suku",
        "diagnosa",
        "kegiatan",
        "acara",
        "tabel",
        "kolom",
        "perangkat",
        "dokumen",
        "nama_usaha",
        "nama_kelompok",
        "nama_tim",
        "người dùng",
        "tệp",
        "miền",
        "ứng dụng",
        "bảng",
        "cột",
        "quốc gia",
        "loại",
        "nhóm",
        "dịch vụ",
        "dự án",
        "tên cửa hàng",
        "đường",
        "tên phòng ban",
        "tên bộ phận",
        "tên đơn vị",
        "tên doanh nghiệp",
        "tên tổ chức",
        "tên cơ quan",
        "chức vụ",
        "hàng hóa",
        "tên hàng",
        "vật tư",
        "xã",
        "phường",
        "quận",
        "tên sp",
        "セイベツ",
        "せいべつ",
        "セイネン",
        "せいねん",
        "エッセイ",
        "학교",
        "가게",
        "매장",
        "도시",
        "지역",
        "국가",
        "브랜드",
        "카테고리",
        "서버",
        "호스트",
        "장치",
        "사용자",
        "नामांकन",
        "फाइल",
        "जिला",
        "जिले",
        "राज्य",
        "गांव",
        "गाँव",
        "ग्राम का नाम",
        "पंचायत",
        "तहसील",
        "ब्लॉक",
        "विद्यालय",
        "स्कूल",
        "अस्पताल",
        "योजना का नाम",
        "विभाग का नाम",
        "कार्यालय का नाम",
        "देश का नाम",
        "श्रेणी",
        "सेवा का नाम",
        "पद का नाम",
        "दवा",
        "रोग का नाम",
        "फसल",
        "نامه",
        "ثبت_نام",
        "کشور",
        "دانشگاه",
        "بیمارستان",
        "مدرسه",
        "دارو",
        "بیماری",
        "پروژه",
        "دستگاه",
        "فروشگاه",
        "خیابان",
        "روستا",
        "شعبه",
        "стратег",
        "тегін",
        "сервер",
        "пристр",
        "artikel",
        "afdeling",
        "gemeente",
        "provincie",
        "vestiging",
        "organisatie",
        "instelling",
        "ziekenhuis",
        "naam_land",
        "regio",
        "winkel",
        "il",
        "köy",
        "koy",
        "mahalle",
        "sokak",
        "cadde",
        "okul",
        "kurum",
        "birim",
        "bolum",
        "bölüm",
        "ders",
        "marka",
        "grup",
        "proje",
        "ulke",
        "ülke",
        "tesis",
        "depo",
        "magaza",
        "mağaza",
        "hizmet",
        "bolge",
        "bölge",
        "sube",
        "şube",
        "adım",
        "companie",
        "societate",
        "localitate",
        "strada",
        "strazii",
        "fisier",
        "scoala",
        "școala",
        "școală",
        "spital",
        "tara",
        "țara",
        "categorie",
        "proiect",
        "magazin",
        "departament",
        "institutie",
        "instituție",
        "unitate",
        "comuna",
        "sat",
        "serviciu",
        "echipa",
        "medicament",
        "boala",
        "boală",
        "angajator",
        # things named beside a person's name word (review25b): a product, a firm, a file, a shop in Portuguese,
        # Spanish, French and Italian (phrases: ``produto`` starts ``produtor``, ``empresa`` ``empresario``, both
        # people), a church, a bank, a drug, a domain, a race, a secret, a template, a feature, an ad, a version,
        # a name's format (as phrases where a word starts a person's: ``formatted_name`` is vCard's full name;
        # ``secretary``, ``ciudadano`` and a featured artist are people); Chinese and Russian users (``用户名``
        # holds ``户名``, an account's holder; ``имя пользователя``)
        "nome_produto",
        "nomeproduto",
        "nome_do_produto",
        "nome_fornecedor",
        "fornecedor",
        "bank_branch",
        "branch_name",
        "nombre_producto",
        "nom_produit",
        "nome_prodotto",
        "prodotto",
        "nome_empresa",
        "nombre_empresa",
        "nom_entreprise",
        "entreprise",
        "azienda",
        "arquivo",
        "archivo",
        "fichier",
        "loja",
        "tienda",
        "negozio",
        "cidade",
        "nombre_ciudad",
        "nom_ville",
        "church",
        "iglesia",
        "igreja",
        "chiesa",
        "kirche",
        "bank_name",
        "bankname",
        "nama_bank",
        "nome_banco",
        "nombre_banco",
        "nom_banque",
        "drug",
        "domain",
        "race",
        "secret_name",
        "secretname",
        "template",
        "feature_name",
        "featurename",
        "campaign",
        "ad_campaign",
        "ad_id",
        "ad_slot",
        "ad_click",
        "ad_group",
        "version",
        "name_format",
        "nameformat",
        "用户名",
        "пользовател",
    )
    # fields that hold one part of a name: a lone given name or surname counts there
    strong_hints = (
        "first_name",
        "firstname",
        "fname",
        "last_name",
        "lastname",
        "lname",
        "surname",
        "given_name",
        "givenname",
        "forename",
        "family_name",
        "familyname",
        "middle_name",
        "middlename",
        "maiden_name",
        "maidenname",
        "patronymic",
        "vorname",
        "nachname",
        "familienname",
        "prenom",
        "cognome",
        "apellido",
        "apellidos",
        "sobrenome",
        "nazwisko",
        "imie",
        "voornaam",
        "achternaam",
        "soyad",
        "soyadi",
        "prénom",
        "imię",
        "soyadı",
        "фамилия",
        "имя",
        "отчество",
        "氏名",
        "名前",
        "姓名",
        "フリガナ",
        "ふりがな",
        "カナ",
        "이름",
        "성명",
        "姓",
        "セイ",
        "せい",
        "prenume",
        "tussenvoegsel",
        "roepnaam",
        "voornamen",
        "geslachtsnaam",
        "familienaam",
        "namadepan",
        "nama_depan",
        "namabelakang",
        "nama_belakang",
        "прізвище",
        "по_батькові",
        "по батькові",
        "тегі",
        "әкесінің_аты",
        "उपनाम",
        # surnames and given names (ja 苗字, hi कुलनाम/पहला नाम, nl meisjesnaam, ro nume de familie)
        "苗字",
        "कुलनाम",
        "पहला नाम",
        "प्रथम नाम",
        "अंतिम नाम",
        "meisjesnaam",
        "geboortenaam",
        "nume_de_familie",
        # romanised ja furigana, uk prizvyshche
        "furigana",
        "prizvyshche",
        # romanised ru imya (uk imia), familiya, otchestvo, kk tegi, de birth name (review25b)
        "imya",
        "imia",
        "familiya",
        "otchestvo",
        "tegi",
        "geburtsname",
    )
    # "first"/"last" alone are ambiguous (first_seen, last_login): strong only when the values are
    # name-shaped words some of which are known names, or beside a name field
    conditional_hints = ("first", "last", "middle", "given", "family", "maiden", "名", "メイ", "めい", "ten", "аты")
    accepts = frozenset({"str"})

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 60)
        if text is None:
            return None
        first = text[0]
        if not first.isascii() and text.count(",") + text.count("，") == 1:
            text = text.replace(",", " ").replace("，", " ")  # "Петров, Сергей", "王, 伟", "김, 민준": surname first
        if "\u4e00" <= first <= "\u9fff" or "\u3400" <= first <= "\u4dbf":
            return self._han(text)
        if "\u30a0" <= first <= "\u30ff" or "\uff66" <= first <= "\uff9f":
            return self._kana(text)
        if first.isascii() or "\u00c0" <= first <= "\u024f":
            if not first.isupper() and text.split(None, 1)[0] not in _PARTICLES:
                return None  # a lower-case word, unless a surname's particle (de Vries, Anna; van den Heuvel, Sanne)
            s = _latin(text)
            return Hit(s, {"script": "latin"}) if s is not None else None
        if "\u0400" <= first <= "\u04ff":
            return self._cyrillic(text)
        if "\u0600" <= first <= "\u06ff" or "\u0750" <= first <= "\u077f":
            return self._arabic(text)
        if "\uac00" <= first <= "\ud7a3":
            return self._hangul(text)
        if "\u0900" <= first <= "\u097f":
            return self._devanagari(text)
        return self._other_script(text)

    @staticmethod
    def _devanagari(text: str) -> Hit | None:
        words = text.split()
        if not 1 <= len(words) <= 4 or not all(_DEVANAGARI_WORD.fullmatch(w) for w in words):
            return None
        known = any(w in _HINDI_NAMES for w in words) and _DEVANAGARI_PLACES.isdisjoint(words)
        if len(words) == 1:
            return Hit(0.2 if known else 0.1, {"script": "devanagari"})
        return Hit(0.8 if known else 0.35, {"script": "devanagari"})

    @staticmethod
    def _other_script(text: str) -> Hit | None:
        """Greek, Hebrew, Thai... names: 1-4 words of letters (and combining marks) only; shape only."""
        words = text.split()
        if not 1 <= len(words) <= 4:
            return None
        greek = "\u0370" <= text[0] <= "\u03ff"
        for w in words:
            if len(w) < 2:
                return None
            for ch in w:
                cat = unicodedata.category(ch)
                if cat[0] not in "LM" or ch.isascii():
                    return None
            if greek and not w[0].isupper():
                return None  # Greek has case: a name is capitalised
        script = "greek" if greek else "other"
        if len(words) == 1:
            return Hit(0.2 if greek and _GREEK_SURNAME.fullmatch(words[0].lower()) else 0.1, {"script": script})
        if greek and any(_GREEK_SURNAME.fullmatch(w.lower()) for w in words):
            return Hit(0.7, {"script": script})
        return Hit(0.3, {"script": script})

    @staticmethod
    def _hangul(text: str) -> Hit | None:
        compact = text.replace(" ", "")
        if not 2 <= len(compact) <= 4 or not _HANGUL.fullmatch(compact):
            return None
        known = compact[0] in _KR_SURNAMES and compact[-1] not in _NOT_NAME_HANGUL
        return Hit(0.8 if known else 0.3, {"script": "hangul"})

    @staticmethod
    def _kana(text: str) -> Hit | None:
        """Katakana names (furigana readings ``サトウ ショウタ``): shape only, weak."""
        words = text.split()
        if not 1 <= len(words) <= 3 or not all(_KANA.fullmatch(w) for w in words):
            return None
        if any(ch in "ーｰ" for ch in "".join(words)) and len(words) == 1:
            return None  # long vowel marks: loanwords (コーヒー), rare in a lone name word
        return Hit(0.2 if len(words) >= 2 else 0.1, {"script": "kana"})

    @staticmethod
    def _han(text: str) -> Hit | None:
        words = text.split()
        compact = "".join(words)
        if not 2 <= len(compact) <= 10 or not _HAN.fullmatch(compact):
            return None
        if len(words) == 2 and 1 <= len(words[0]) <= 3 and 1 <= len(words[1]) <= 3:
            # "鈴木 拓也": family and given name apart, as Japanese (and some Chinese) forms write them
            known = words[0] in _JP_SURNAMES or words[0][0] in _CN_SURNAMES or words[0] in _CN_COMPOUND
            if not any(ch in _NOT_NAME_HAN for ch in compact):
                return Hit(0.85 if known else 0.5, {"script": "han"})
        if compact[:3] in _JP_SURNAMES or compact[:2] in _JP_SURNAMES:
            if 3 <= len(compact) <= 5 and not any(ch in _NOT_NAME_HAN for ch in compact[2:]):
                return Hit(0.8, {"script": "han"})
        if "·" in compact or "•" in compact:  # transliterated (e.g. Uyghur) names: 买买提·艾力
            parts = [p for p in re.split(r"[·•]", compact) if p]
            return Hit(0.8, {"script": "han"}) if len(parts) >= 2 else None
        if len(compact) > 4 or any(ch in _NOT_NAME_HAN for ch in compact[1:]):
            return None
        if compact[:2] in _CN_COMPOUND or compact[0] in _CN_SURNAMES:
            return Hit(0.85, {"script": "han"})
        return Hit(0.3, {"script": "han"})

    @staticmethod
    def _cyrillic(text: str) -> Hit | None:
        words = text.translate(_CYR_LATIN_I).split()
        if not 1 <= len(words) <= 4:
            return None
        if len(words) > 1 and _CYR_INITIALS.fullmatch("".join(w for w in words if w.endswith("."))):
            return _cyrillic_initials([w for w in words if not w.endswith(".")])
        if len(words) == 4:
            return None
        # ALL-CAPS names (ШЕВЧЕНКО ТАРАС, as registers print them) read as their capitalised form
        caps = all(w.isupper() for w in words)
        # and a surname in capitals before a given name and patronymic (ИВАНОВ Иван Иванович, as Russian papers print
        # it) or a known given name (МЕЛЬНИК Андрій); otherwise capitals beside a word are an acronym's (ООО Ромашка,
        # ТЦ Ирина)
        if (
            caps
            or (any(w.isupper() for w in words) and any(_CYR_PATRONYMIC.fullmatch(w) for w in words))
            or (
                len(words) == 2
                and any(w.isupper() and len(w) >= 4 for w in words)
                and any(w.lower() in _CYR_NAMES for w in words)
            )
        ):
            words = [w[0] + w[1:].lower() if w.isupper() else w for w in words]
        if not all(_CYR_WORD.fullmatch(w) for w in words):
            return None
        given = [w.lower() in _CYR_NAMES for w in words]
        if len(words) == 1:  # a lone given name, surname or patronymic: only a name field counts it
            w = words[0]
            known = given[0] or _CYR_PATRONYMIC.fullmatch(w) or _CYR_SURNAME.fullmatch(w)
            return Hit(0.2 if known else 0.1, {"script": "cyrillic"})
        if any(_CYR_PATRONYMIC.fullmatch(w) for w in words):
            return Hit(0.9, {"script": "cyrillic"})
        if any(w.lower() in _CYR_PLACES for w in words):
            return Hit(0.35, {"script": "cyrillic"})
        ending = [bool(_CYR_SURNAME.fullmatch(w)) for w in words]
        # a given name and a surname are two words: Марина and Ирина end like surnames (Марина Бэй, Аптека Ирина)
        if any(g and any(e for j, e in enumerate(ending) if j != i) for i, g in enumerate(given)):
            return Hit(0.9, {"script": "cyrillic"})
        # capitals with no given name: a surname's ending is as often a heading's (ДЕТСКАЯ ОДЕЖДА, СПИСОК ТОВАРОВ)
        if any(given) or (any(ending) and not caps):
            return Hit(0.75, {"script": "cyrillic"})
        # capitals nobody knows are codes and headings as often as names (as in Latin script)
        return Hit(0.25 if caps else 0.35, {"script": "cyrillic"})

    @staticmethod
    def _arabic(text: str) -> Hit | None:
        raw = text.split()
        if not 1 <= len(raw) <= 5:
            return None
        words = [w.translate(_PERSIAN_LETTERS) for w in raw]  # once per word
        if not all(_ARABIC_WORD.fullmatch(w) for w in words):
            return None
        if len(raw) == 1:  # a lone given name or family name: only a name field counts it
            return Hit(0.2 if _arabic_name(raw[0], words[0]) else 0.1, {"script": "arabic"})
        if any(map(_arabic_name, raw, words)) and _ARABIC_PLACES.isdisjoint(words):
            return Hit(0.8, {"script": "arabic"})
        return Hit(0.35, {"script": "arabic"})
