# ruff: noqa: E501 -- data tables: one template, word list or format per line
"""evalgen7's word lists: values in many languages (religions, ethnic groups, diagnoses, …) and the
names of the hard-negative columns per field-name language. All written for this set."""

from __future__ import annotations


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


REL = {k: _split(v) for k, v in {
    "en": "Christian|Muslim|Hindu|Buddhist|Jewish|No religion|Sikh|Roman Catholic|Church of England|Methodist",
    "zh": "佛教|基督教|伊斯兰教|无|道教|天主教|无宗教信仰",
    "ru": "православие|ислам|католицизм|атеист|иудаизм|буддизм|старообрядчество",
    "kk": "ислам|православие|дінсіз|католик|буддизм|протестант",
    "uk": "православ'я|греко-католицька|римо-католицька|протестантизм|іслам|атеїзм",
    "tr": "İslam|Hristiyan|Musevi|Yok|Alevi|Süryani Ortodoks",
    "ar": "مسلم|مسيحي|مسلم سني|مسلم شيعي|قبطي أرثوذكسي|درزي",
    "fa": "اسلام - شیعه|اسلام - سنی|زرتشتی|مسیحی|کلیمی|صابئی",
    "hi": "हिंदू|मुस्लिम|सिख|ईसाई|जैन|बौद्ध",
    "id": "Islam|Kristen Protestan|Katolik|Hindu|Buddha|Konghucu",
    "ms": "Islam|Buddha|Hindu|Kristian|Tao|Sikh",
    "vi": "Không|Phật giáo|Công giáo|Cao Đài|Hòa Hảo|Tin Lành",
    "es": "Católica|Evangélica|Ninguna|Testigo de Jehová|Judía|Musulmana",
    "pt": "Católica|Evangélica|Espírita|Sem religião|Umbanda|Candomblé",
    "fr": "catholique|musulmane|sans religion|protestante|juive|bouddhiste",
    "de": "römisch-katholisch|evangelisch|konfessionslos|islamisch|orthodox|jüdisch",
    "it": "cattolica|ortodossa|nessuna|musulmana|valdese|ebraica",
    "nl": "rooms-katholiek|protestants|geen|islamitisch|hindoeïstisch|gereformeerd",
    "pl": "rzymskokatolickie|prawosławne|brak|ewangelickie|świadek Jehowy|grekokatolickie",
    "ja": "仏教|神道|キリスト教|無宗教|天理教",
    "ko": "불교|개신교|천주교|무교|원불교",
}.items()}
REL_CODE = _split("rk|ev|--|ak|lt|isl|CHR|ISL|HIN|BUD|JEW|NONE|SIK")

ETH = {k: _split(v) for k, v in {
    "en": "White|Black or African American|Asian|Hispanic or Latino|American Indian or Alaska Native|Native Hawaiian or Other Pacific Islander|Two or more races",
    "en_GB": "White - British|White - Irish|Asian or Asian British - Indian|Asian or Asian British - Pakistani|Black or Black British - Caribbean|Black or Black British - African|Mixed - White and Asian|Chinese|Gypsy or Irish Traveller",
    "zh": "汉族|回族|维吾尔族|壮族|藏族|蒙古族|满族|苗族|彝族",
    "ru": "русский|татарин|башкир|чеченец|якут|аварец|чуваш",
    "kk": "қазақ|орыс|ұйғыр|өзбек|татар|кәріс|неміс",
    "uk": "українець|росіянин|кримський татарин|білорус|угорець|молдованин",
    "tr": "Türk|Kürt|Arap|Laz|Zaza|Çerkez",
    "ar": "عربي|كردي|أمازيغي|تركماني|آشوري|نوبي",
    "fa": "فارس|ترک|کرد|لر|بلوچ|عرب|ترکمن",
    "hi": "भील|गोंड|संथाल|मीणा|नागा|उरांव",
    "id": "Jawa|Sunda|Batak|Madura|Minangkabau|Bugis|Betawi|Tionghoa",
    "ms": "Melayu|Cina|India|Iban|Kadazan-Dusun|Bajau",
    "vi": "Kinh|Tày|Thái|Mường|Khmer|Hoa|H'Mông|Nùng",
    "es": "Mestizo|Indígena|Afrodescendiente|Blanco|Raizal|Gitano/Rrom|Wayuu|Nasa|Zenú|Emberá",
    "pt": "Branca|Preta|Parda|Amarela|Indígena",
}.items()}
RACE_CODES = [list("WBAHIO"), ["1", "2", "3", "4", "5", "6"], ["2106-3", "2054-5", "2028-9", "1002-5", "2076-8", "2131-1"],
              ["WHITE", "BLACK", "ASIAN", "HISPANIC", "NATIVE AMER", "OTHER"]]

DIAG = {k: _split(v) for k, v in {
    "en": "Type 2 diabetes mellitus|Essential hypertension|Asthma|Major depressive disorder|Chronic kidney disease stage 3|Migraine without aura|COPD|Hypothyroidism",
    "zh": "2型糖尿病|高血压|哮喘|抑郁症|慢性肾病|冠心病|甲状腺功能减退",
    "ru": "сахарный диабет 2 типа|артериальная гипертензия|бронхиальная астма|ИБС|хронический гастрит|депрессивный эпизод",
    "kk": "қант диабеті|гипертония|демікпе|пневмония|гастрит|жүрек ишемиясы",
    "uk": "цукровий діабет 2 типу|гіпертонічна хвороба|бронхіальна астма|остеохондроз|ішемічна хвороба серця",
    "tr": "Tip 2 diyabet|Hipertansiyon|Astım|Migren|Depresyon|KOAH",
    "ar": "السكري من النوع الثاني|ارتفاع ضغط الدم|الربو|فقر الدم|التهاب المفاصل|الاكتئاب",
    "fa": "دیابت نوع ۲|فشار خون بالا|آسم|کم‌خونی|میگرن",
    "hi": "मधुमेह|उच्च रक्तचाप|दमा|तपेदिक|एनीमिया|डेंगू",
    "id": "Diabetes melitus tipe 2|Hipertensi|Asma|TBC paru|Demam berdarah|Gastritis",
    "ms": "Diabetes|Darah tinggi|Asma|Denggi|Batuk kering",
    "vi": "Tiểu đường type 2|Tăng huyết áp|Hen suyễn|Viêm gan B|Sốt xuất huyết",
    "es": "Diabetes mellitus tipo 2|Hipertensión arterial|Asma|Depresión|Hipotiroidismo|Periodontitis|Endometriosis",
    "pt": "Diabetes tipo 2|Hipertensão|Asma|Depressão|Ansiedade generalizada|Lombalgia",
    "fr": "diabète de type 2|hypertension artérielle|asthme|myopie|astigmatisme|presbytie|dépression",
    "de": "Diabetes mellitus Typ 2|Hypertonie|Asthma bronchiale|Lumbago|Bandscheibenvorfall|Depression",
    "it": "diabete tipo 2|ipertensione|asma|ipoacusia neurosensoriale|presbiacusia|acufene",
    "nl": "depressie|angststoornis|ADHD|burn-out|PTSS|bipolaire stoornis",
    "pl": "cukrzyca typu 2|nadciśnienie tętnicze|astma|depresja|niedoczynność tarczycy",
    "ja": "高血圧症|2型糖尿病|認知症|脳梗塞後遺症|心不全|骨粗鬆症",
    "ko": "고혈압|당뇨병|천식|우울증|골절|뇌졸중",
}.items()}
ICD = _split("E11.9|I10|J45.909|F32.1|N18.3|G43.009|J44.9|E03.9|M54.5|K29.7|F41.1|E78.5|I25.10|M51.2|H52.1|H90.3|O24.4|B18.1|A90|A15.0")

ALLERGY = {k: _split(v) for k, v in {
    "en": "Penicillin|Peanuts|Latex|Shellfish|Sulfonamides|Bee stings",
    "es": "Penicilina|Látex|Mariscos|Ibuprofeno|Polen",
    "ja": "卵|小麦|そば|乳|えび|落花生",
    "zh": "青霉素|花生|海鲜|花粉|磺胺类",
    "tr": "Penisilin|Fıstık|Lateks|Aspirin",
    "de": "Penicillin|Erdnüsse|Latex|Pollen|Hausstaubmilben",
    "ru": "пенициллин|арахис|латекс|пыльца",
}.items()}
MED = {k: _split(v) for k, v in {
    "en": "Metformin 500 mg|Amlodipine 5 mg|Salbutamol inhaler|Sertraline 50 mg|Levothyroxine 75 µg|Insulin glargine 20 IU|Atorvastatin 20 mg",
    "zh": "二甲双胍 0.5g|氨氯地平 5mg|沙丁胺醇气雾剂|阿托伐他汀 20mg",
    "ja": "アムロジピン5mg|メトホルミン250mg|ドネペジル5mg|ワーファリン1mg",
    "ru": "Метформин 850 мг|Эналаприл 10 мг|Беродуал|Омепразол 20 мг",
    "ar": "ميتفورمين 500 ملغ|أملوديبين 5 ملغ|سالبوتامول|أوميبرازول 20 ملغ",
    "hi": "मेटफॉर्मिन 500 mg|एम्लोडिपिन 5 mg|पैरासिटामोल 650 mg",
    "nl": "sertraline 50 mg|methylfenidaat 10 mg|quetiapine 25 mg|oxazepam 10 mg",
    "ko": "메트포르민 500mg|암로디핀 5mg|아스피린 100mg",
}.items()}
SYMP = {k: _split(v) for k, v in {
    "en": "chest pain|shortness of breath|fever|dizziness|abdominal pain|headache",
    "ko": "흉통|호흡곤란|발열|의식저하|복통|어지럼증",
    "es": "dolor torácico|fiebre|disnea|mareo|cefalea",
    "zh": "胸痛|发热|呼吸困难|头晕|腹痛",
    "ru": "боль в груди|одышка|температура|головокружение",
}.items()}
DISAB = {k: _split(v) for k, v in {
    "en": "visual impairment|hearing impairment|wheelchair user|learning disability|autism spectrum|none declared",
    "pl": "stopień umiarkowany|stopień lekki|stopień znaczny|niedosłuch|niepełnosprawność ruchowa",
    "de": "GdB 30|GdB 50|GdB 70|GdB 100",
    "ja": "要介護1|要介護2|要介護3|要支援2|要介護5",
}.items()}
TESTRES = _split("positive|negative|HbA1c 7.2 %|LDL 3.9 mmol/L|AMH 1.2 ng/mL|TSH 5.8 mIU/L|Hb 10.9 g/dL|reactive|non-reactive|CRP 14 mg/L")
BLOOD = _split("A+|A-|B+|B-|AB+|AB-|O+|O-|0 Rh+|A Rh-|B(III) Rh+|O(I) Rh-")

LINE2 = {k: _split(v) for k, v in {
    "en": "Apt {n}|Suite {n}|Flat {n}|Unit {n}B|Floor {f}|Apt {n}{c}",
    "ru": "кв. {n}|кв {n}, под. {f}|офис {n}", "kk": "пәтер {n}|кв. {n}", "uk": "кв. {n}|оф. {n}",
    "de": "Wohnung {n}|{f}. OG links|c/o Büro {n}|Hinterhaus, {f}. Stock", "fr": "Bât. {c}, esc. {f}|Apt {n}|{f}e étage, porte {n}|Résidence Les Tilleuls",
    "es": "Piso {f}º {c}|Dpto {n}|Int. {n}|Torre {f} Apto {n}", "pt": "Apto {n}|Bloco {c} Apto {n}|Casa {f}|Sala {n}|{f}º Esq.",
    "it": "Scala {c} Int. {n}|Piano {f}|Interno {n}", "nl": "bus {n}|{n}-{c}|3 hoog", "pl": "m. {n}|lok. {n}|m {n}",
    "tr": "Daire {n}|Kat {f} D:{n}|No:{n}/{f}", "ar": "شقة {n}|الدور {f}|مبنى {n}", "fa": "واحد {n}|طبقه {f}",
    "id": "Blok {c} No. {n}|RT {f}/RW {n}|Lt. {f} No. {n}", "ms": "Blok {c}-{f}-{n}|Tingkat {f}", "vi": "Phòng {n}|Tầng {f}, P.{n}",
    "zh": "{f}号楼{f}单元{n}室|{n}室|{f}栋{n}", "ja": "{n}号室|{f}F|ハイツ{c} {n}", "ko": "{n}호|{f}동 {n}호", "hi": "फ्लैट {n}|मंजिल {f}",
}.items()}

GENDER = {k: _split(v) for k, v in {
    "en": "M|F", "zh": "男|女", "ru": "М|Ж", "kk": "Ер|Әйел", "uk": "Ч|Ж", "tr": "E|K", "ar": "ذكر|أنثى", "fa": "مرد|زن",
    "hi": "पुरुष|महिला", "id": "L|P", "ms": "L|P", "vi": "Nam|Nữ", "es": "H|M", "pt": "M|F", "fr": "H|F", "de": "m|w",
    "it": "M|F", "nl": "M|V", "pl": "M|K", "ja": "男|女", "ko": "남|여",
}.items()}

KK_FIRST = (_split("Нұрлан|Ерлан|Бекзат|Асқар|Дәурен|Арман|Ержан|Мұрат|Талғат|Әлихан"),
            _split("Айгерім|Гүлнар|Жанар|Әсел|Динара|Сәуле|Меруерт|Аружан|Гаухар|Ақбота"))
KK_LAST = _split("Сейтқали|Жұмабаев|Омаров|Қасымов|Әбдірахманов|Тоқтаров|Нұрланов|Серікбаев|Байжанов|Ахметов|Есенов|Мұқанов")
MS_FIRST = (_split("Ahmad|Muhammad Hafiz|Amirul|Faizal|Azlan|Hakim|Syafiq|Irfan"),
            _split("Nur Aisyah|Siti Aminah|Farah|Nurul Izzah|Aina|Syazwani|Hidayah"))
MS_FATHER = _split("Ismail|Hassan|Abdullah|Rahman|Yusof|Osman|Ibrahim|Zakaria")
MS_OTHER = _split("Tan Wei Ming|Lim Mei Ling|Wong Kar Hui|Chong Siew Lan|Kumar a/l Subramaniam|Priya a/p Rajan|Lee Chee Keong")
VI_LAST = _split("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ")
VI_MID = (_split("Văn|Hữu|Đức|Minh|Quốc|Thành"), _split("Thị|Ngọc|Thu|Thanh|Kim|Mỹ"))
VI_FIRST = (_split("An|Bình|Dũng|Hải|Khánh|Long|Nam|Phúc|Quân|Tuấn|Sơn"), _split("Chi|Giang|Hà|Hương|Lan|Linh|Mai|Thảo|Trang|Yến"))
ROMAN = {
    "ko": _split("minjun|seoyeon|jiho|yuna|hyunwoo|jiwoo|kim|lee|park|choi|jung|kang"),
    "ar": _split("mohammed|ahmed|fatima|abdullah|noura|khalid|sara|omar|alharbi|alqahtani"),
    "fa": _split("ali|reza|zahra|maryam|hossein|mohammadi|ahmadi|karimi|hosseini"),
    "hi": _split("rahul|priya|amit|sharma|verma|neha|singh|patel|gupta|anjali"),
    "zh": _split("wang|li|zhang|liu|chen|yang|wei|fang|xiaoming|lili|jun"),
    "ja": _split("sato|suzuki|takahashi|tanaka|yuki|haruto|yui|sota|aoi"),
}

_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһ",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
                 "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "a", "g", "q", "n", "o",
                 "u", "u", "h"], strict=True))


def translit(s: str) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in _CYR:
            t = _CYR[lo]
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


# hard-negative column names per field-name language: status amount qty checksum version order age user city gender created active country company
_HN_KEYS = ("status", "amt", "qty", "sha", "ver", "ordno", "age", "user", "city", "gender", "ts", "flag", "country", "company")
_HN = {
    "en": "status amount qty checksum version order_no age username city gender created_at is_active country company",
    "zh": "状态 金额 数量 校验码 版本号 订单号 年龄 用户名 城市 性别 创建时间 是否有效 国家 公司",
    "zhpy": "zt je sl jym bbh ddh nl yhm cs xb cjsj sfyx gj gs",
    "ru": "статус сумма количество контрольная_сумма версия номер_заказа возраст логин город пол дата_создания активен страна организация",
    "rulat": "status summa kolichestvo kontr_summa versiya nomer_zakaza vozrast login gorod pol data_sozdaniya aktiven strana organizatsiya",
    "kk": "мәртебесі сомасы саны бақылау_сомасы нұсқа тапсырыс_нөмірі жасы логин қала жынысы құрылған_күні белсенді ел ұйым",
    "kklat": "martebesi somasy sany baqylau_somasy nusqa tapsyrys_nomiri zhasy login qala zhynysy qurylgan_kuni belsendi el uiym",
    "uk": "статус сума кількість контрольна_сума версія номер_замовлення вік логін місто стать створено активний країна організація",
    "uklat": "status suma kilkist kontrolna_suma versiia nomer_zamovlennia vik login misto stat stvoreno aktyvnyi kraina orhanizatsiia",
    "tr": "durum tutar adet saglama_toplami surum siparis_no yas kullanici_adi sehir cinsiyet olusturma_tarihi aktif_mi ulke firma",
    "ar": "الحالة المبلغ الكمية المجموع_الاختباري الإصدار رقم_الطلب العمر اسم_المستخدم المدينة الجنس تاريخ_الإنشاء نشط الدولة الشركة",
    "fa": "وضعیت مبلغ تعداد چک‌سام نسخه شماره_سفارش سن نام_کاربری شهر جنسیت تاریخ_ایجاد فعال کشور شرکت",
    "hi": "स्थिति राशि मात्रा चेकसम संस्करण ऑर्डर_संख्या आयु उपयोगकर्ता_नाम शहर लिंग बनाया_गया सक्रिय देश कंपनी",
    "id": "status jumlah qty checksum versi no_pesanan umur username kota jenis_kelamin dibuat_pada aktif negara perusahaan",
    "ms": "status amaun kuantiti checksum versi no_pesanan umur nama_pengguna bandar jantina dicipta_pada aktif negara syarikat",
    "vi": "trang_thai so_tien so_luong ma_kiem_tra phien_ban ma_don_hang tuoi ten_dang_nhap thanh_pho gioi_tinh ngay_tao kich_hoat quoc_gia cong_ty",
    "es": "estado importe cantidad suma_verificacion version num_pedido edad usuario ciudad sexo fecha_alta activo pais empresa",
    "pt": "situacao valor quantidade hash_arquivo versao num_pedido idade usuario cidade sexo criado_em ativo pais empresa",
    "fr": "statut montant quantite somme_controle version num_commande age identifiant ville sexe date_creation actif pays societe",
    "de": "status betrag menge pruefsumme version bestellnummer alter benutzername stadt geschlecht erstellt_am aktiv land firma",
    "it": "stato importo quantita checksum versione num_ordine eta username citta sesso data_creazione attivo paese azienda",
    "nl": "status bedrag aantal controlegetal versie bestelnummer leeftijd gebruikersnaam plaats geslacht aangemaakt_op actief land bedrijf",
    "pl": "status kwota ilosc suma_kontrolna wersja nr_zamowienia wiek login miasto plec utworzono aktywny kraj firma",
    "ja": "ステータス 金額 数量 チェックサム バージョン 注文番号 年齢 ユーザー名 市区町村 性別 作成日時 有効 国 会社名",
    "ko": "상태 금액 수량 체크섬 버전 주문번호 나이 사용자명 도시 성별 생성일시 활성 국가 회사",
}
HN_NAMES = {lang: dict(zip(_HN_KEYS, v.split(), strict=True)) for lang, v in _HN.items()}
# language-neutral hard negatives (names in English as exports usually keep them)
HN_EXTRA = {"uuid": ["request_id", "trace_id", "row_uuid"], "md5": ["etag", "file_md5", "content_hash"],
            "last4": ["card_last4", "pan_last4"], "cexp": ["exp_date", "card_expiry"], "year": ["fiscal_year", "model_year"],
            "host": ["hostname", "node"], "port": ["port", "src_port"], "track": ["tracking_no", "awb"],
            "microchip": ["tag_no", "rfid_tag"], "ean": ["ean13", "barcode"], "rating": ["rating", "stars"], "note": ["remarks", "memo"],
            "gitsha": ["commit", "build_sha"], "assetid": ["asset_tag", "inventory_no"], "cmask": ["masked_pan", "card_masked"],
            "pubkey": ["public_key"], "dur": ["duration_s", "elapsed_ms"], "ua": ["user_agent"], "url": ["callback_url", "profile_url"]}
