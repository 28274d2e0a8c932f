"""Value lexicons written for evalgen4 where Faker and mimesis have nothing: ethnic groups, religions,
clinical terms, and the words of non-personal columns (statuses, products, units), per language.

Keys are base languages (``ru`` serves ``ru`` and ``ru_lat``); ``en`` is the fallback.
"""

from __future__ import annotations

ETHNICITY: dict[str, tuple[str, ...]] = {
    "en": ("White", "Black or African American", "Asian", "Hispanic or Latino", "American Indian or Alaska Native",
           "Native Hawaiian or Other Pacific Islander", "Two or more races", "Middle Eastern"),
    "zh": ("汉族", "回族", "满族", "维吾尔族", "藏族", "壮族", "蒙古族", "苗族", "土家族", "朝鲜族"),
    "ru": ("русский", "татарин", "башкир", "чуваш", "чеченец", "аварец", "мордвин", "казах", "армянин"),
    "kk": ("қазақ", "орыс", "өзбек", "ұйғыр", "татар", "украин", "неміс", "кәріс"),
    "uk": ("українець", "росіянин", "білорус", "кримський татарин", "молдованин", "болгарин", "угорець"),
    "tr": ("Türk", "Kürt", "Zaza", "Laz", "Arap", "Çerkez", "Gürcü", "Roman"),
    "ar": ("عربي", "كردي", "أمازيغي", "تركماني", "آشوري", "شركسي"),
    "fa": ("فارس", "ترک", "کرد", "لر", "بلوچ", "عرب", "ترکمن"),
    "hi": ("Bengali", "Tamil", "Punjabi", "Marathi", "Gujarati", "Telugu", "Adivasi", "Bhil", "Gond", "Santhal"),
    "id": ("Jawa", "Sunda", "Batak", "Minangkabau", "Bugis", "Madura", "Betawi", "Tionghoa", "Dayak"),
    "ms": ("Melayu", "Cina", "India", "Iban", "Kadazan-Dusun", "Bajau", "Orang Asli"),
    "vi": ("Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao", "Ê Đê"),
    "es": ("Mestizo", "Indígena", "Afrodescendiente", "Blanco", "Gitano", "Otro"),
    "pt": ("Branca", "Preta", "Parda", "Amarela", "Indígena"),
    "fr": ("Caucasien", "Maghrébin", "Africain subsaharien", "Asiatique", "Antillais", "Métis"),
    "de": ("weiß", "schwarz", "asiatisch", "arabisch", "Sinti", "Roma", "gemischt"),
    "it": ("caucasica", "africana", "asiatica", "ispanica", "araba", "rom"),
    "nl": ("Nederlands", "Marokkaans", "Turks", "Surinaams", "Antilliaans", "Indonesisch", "Moluks"),
    "pl": ("polska", "śląska", "kaszubska", "ukraińska", "białoruska", "romska", "łemkowska"),
    "ja": ("日本人", "アイヌ", "琉球", "在日韓国人", "在日中国人", "ミックス"),
    "ko": ("한국인", "조선족", "고려인", "화교", "혼혈"),
}
ETHNICITY_CODES = ("W", "B", "A", "H", "I", "P", "M", "O")

RELIGION: dict[str, tuple[str, ...]] = {
    "en": ("Christian", "Catholic", "Protestant", "Muslim", "Jewish", "Hindu", "Buddhist", "None", "Atheist",
           "Agnostic", "Sikh", "Orthodox"),
    "zh": ("无", "佛教", "道教", "伊斯兰教", "基督教", "天主教", "无宗教信仰"),
    "ru": ("православие", "ислам", "буддизм", "иудаизм", "католицизм", "атеист", "не указано"),
    "kk": ("ислам", "православие", "христиан", "атеист", "буддизм"),
    "uk": ("православ'я", "греко-католицизм", "римо-католицизм", "протестантизм", "іслам", "атеїзм"),
    "tr": ("İslam", "Hristiyan", "Musevi", "Alevi", "Süryani", "Yok", "Ateist"),
    "ar": ("مسلم", "مسيحي", "سني", "شيعي", "درزي", "قبطي"),
    "fa": ("اسلام", "شیعه", "سنی", "مسیحی", "زرتشتی", "کلیمی", "بهائی"),
    "hi": ("हिंदू", "मुस्लिम", "सिख", "ईसाई", "बौद्ध", "जैन"),
    "id": ("Islam", "Kristen Protestan", "Katolik", "Hindu", "Buddha", "Konghucu", "Kepercayaan"),
    "ms": ("Islam", "Buddha", "Kristian", "Hindu", "Tiada"),
    "vi": ("Không", "Phật giáo", "Công giáo", "Cao Đài", "Hòa Hảo", "Tin Lành"),
    "es": ("católica", "evangélica", "ninguna", "testigo de Jehová", "judía", "musulmana", "atea"),
    "pt": ("católica", "evangélica", "espírita", "umbanda", "candomblé", "sem religião", "ateu"),
    "fr": ("catholique", "musulman", "protestant", "juif", "sans religion", "bouddhiste"),
    "de": ("römisch-katholisch", "evangelisch", "konfessionslos", "islamisch", "jüdisch", "orthodox"),
    "it": ("cattolica", "ortodossa", "musulmana", "ebraica", "nessuna", "valdese"),
    "nl": ("rooms-katholiek", "protestant", "islam", "geen", "hindoe", "joods"),
    "pl": ("rzymskokatolickie", "prawosławne", "ewangelickie", "brak", "świadek Jehowy", "grekokatolickie"),
    "ja": ("仏教", "神道", "キリスト教", "無宗教", "創価学会"),
    "ko": ("무교", "개신교", "불교", "천주교", "원불교"),
}
RELIGION_CODES = ("CHR", "MUS", "JEW", "HIN", "BUD", "NON", "OTH")

DIAGNOSIS: dict[str, tuple[str, ...]] = {
    "en": ("Type 2 diabetes", "Hypertension", "Asthma", "Major depressive disorder", "COPD", "Migraine",
           "Hypothyroidism", "Atrial fibrillation", "Chronic kidney disease stage 3", "Rheumatoid arthritis",
           "Epilepsy", "HIV infection", "Generalized anxiety disorder", "Iron deficiency anaemia"),
    "zh": ("2型糖尿病", "高血压", "哮喘", "抑郁症", "慢性阻塞性肺病", "偏头痛", "甲状腺功能减退", "冠心病", "乙肝"),
    "ru": ("сахарный диабет 2 типа", "гипертония", "бронхиальная астма", "депрессия", "ХОБЛ", "мигрень",
           "ишемическая болезнь сердца", "гастрит"),
    "kk": ("қант диабеті", "гипертония", "демікпе", "гастрит", "пневмония"),
    "uk": ("цукровий діабет 2 типу", "гіпертонія", "астма", "депресія", "мігрень", "гастрит"),
    "tr": ("Tip 2 diyabet", "Hipertansiyon", "Astım", "Depresyon", "KOAH", "Migren", "Hipotiroidi"),
    "ar": ("السكري من النوع الثاني", "ارتفاع ضغط الدم", "الربو", "الاكتئاب", "فقر الدم", "الصداع النصفي"),
    "fa": ("دیابت نوع ۲", "فشار خون بالا", "آسم", "افسردگی", "میگرن", "کم‌خونی"),
    "hi": ("मधुमेह", "उच्च रक्तचाप", "दमा", "तपेदिक", "अवसाद", "एनीमिया"),
    "id": ("Diabetes melitus tipe 2", "Hipertensi", "Asma", "Tuberkulosis", "Demam berdarah", "Gastritis"),
    "ms": ("Kencing manis", "Darah tinggi", "Asma", "Denggi", "Sakit jantung"),
    "vi": ("Đái tháo đường típ 2", "Tăng huyết áp", "Hen phế quản", "Viêm gan B", "Sốt xuất huyết", "Trầm cảm"),
    "es": ("Diabetes tipo 2", "Hipertensión arterial", "Asma", "Depresión mayor", "EPOC", "Migraña"),
    "pt": ("Diabetes tipo 2", "Hipertensão", "Asma", "Depressão", "Dengue", "Insuficiência cardíaca"),
    "fr": ("Diabète de type 2", "Hypertension artérielle", "Asthme", "Dépression", "BPCO", "Migraine"),
    "de": ("Diabetes mellitus Typ 2", "Bluthochdruck", "Asthma bronchiale", "Depression", "COPD", "Migräne"),
    "it": ("Diabete di tipo 2", "Ipertensione", "Asma", "Depressione", "BPCO", "Emicrania"),
    "nl": ("Diabetes type 2", "Hoge bloeddruk", "Astma", "Depressie", "COPD", "Migraine"),
    "pl": ("Cukrzyca typu 2", "Nadciśnienie tętnicze", "Astma", "Depresja", "POChP", "Migrena"),
    "ja": ("2型糖尿病", "高血圧症", "気管支喘息", "うつ病", "片頭痛", "脂質異常症"),
    "ko": ("제2형 당뇨병", "고혈압", "천식", "우울증", "편두통", "고지혈증"),
}
ICD10 = ("E11.9", "I10", "J45.909", "F32.9", "J44.9", "G43.909", "E03.9", "I48.91", "N18.3", "M06.9", "G40.909",
         "B20", "F41.1", "D50.9", "K21.9", "E78.5", "O24.4", "C50.911", "Z34.00", "U07.1")
MEDICATION = ("Metformin 500 mg", "Lisinopril 10 mg", "Atorvastatin 20 mg", "Amlodipine 5 mg", "Omeprazole 20 mg",
              "Salbutamol inhaler", "Insulin glargine", "Levothyroxine 50 mcg", "Sertraline 50 mg", "Warfarin",
              "Ibuprofen 400 mg", "Prednisolone 5 mg", "Tenofovir/emtricitabine", "Methotrexate")
ALLERGY: dict[str, tuple[str, ...]] = {
    "en": ("penicillin", "peanuts", "latex", "shellfish", "pollen", "sulfa drugs", "none known", "aspirin"),
    "zh": ("青霉素", "花生", "海鲜", "花粉", "无", "磺胺类"),
    "ru": ("пенициллин", "арахис", "пыльца", "нет", "латекс"),
    "tr": ("penisilin", "fıstık", "polen", "yok", "lateks"),
    "de": ("Penicillin", "Erdnüsse", "Pollen", "keine", "Latex"),
    "fr": ("pénicilline", "arachide", "pollen", "aucune", "latex"),
    "es": ("penicilina", "cacahuete", "polen", "ninguna", "látex"),
    "pt": ("penicilina", "amendoim", "pólen", "nenhuma", "látex"),
    "ja": ("ペニシリン", "ピーナッツ", "花粉", "なし", "卵"),
    "ko": ("페니실린", "땅콩", "꽃가루", "없음", "갑각류"),
}
BLOOD_TYPES = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")
SMOKER: dict[str, tuple[str, ...]] = {
    "en": ("never", "former", "current", "current - daily"),
    "zh": ("从不", "已戒烟", "吸烟"),
    "ru": ("не курит", "курит", "бросил"),
    "de": ("Nichtraucher", "Raucher", "Ex-Raucher"),
    "tr": ("içmiyor", "içiyor", "bıraktı"),
    "id": ("tidak", "ya", "berhenti"),
}
DISABILITY: dict[str, tuple[str, ...]] = {
    "en": ("none", "visual impairment", "hearing impairment", "wheelchair user", "autism spectrum", "dyslexia"),
    "de": ("keine", "Sehbehinderung", "Gehbehinderung", "Schwerbehindert GdB 50", "Hörbehinderung"),
    "fr": ("aucun", "malvoyant", "malentendant", "fauteuil roulant", "RQTH"),
    "ja": ("なし", "視覚障害", "聴覚障害", "肢体不自由", "精神障害者保健福祉手帳2級"),
}
VACCINE = ("COVID-19 Pfizer dose 2", "Influenza 2025", "Hepatitis B", "MMR", "Tdap", "HPV dose 1", "BCG")

# non-personal words
STATUS: dict[str, tuple[str, ...]] = {
    "en": ("pending", "paid", "shipped", "delivered", "cancelled", "refunded", "on_hold"),
    "zh": ("待付款", "已付款", "已发货", "已完成", "已取消"),
    "ru": ("новый", "в обработке", "отправлен", "доставлен", "отменён"),
    "tr": ("beklemede", "onaylandı", "kargoda", "teslim edildi", "iptal"),
    "de": ("offen", "bezahlt", "versendet", "zugestellt", "storniert"),
    "es": ("pendiente", "pagado", "enviado", "entregado", "cancelado"),
    "pt": ("pendente", "pago", "enviado", "entregue", "cancelado"),
    "fr": ("en attente", "payée", "expédiée", "livrée", "annulée"),
    "ja": ("未払い", "支払済", "発送済", "配達完了", "キャンセル"),
    "ko": ("결제대기", "결제완료", "배송중", "배송완료", "취소"),
    "vi": ("chờ xử lý", "đã thanh toán", "đang giao", "đã giao", "đã hủy"),
    "id": ("menunggu", "dibayar", "dikirim", "selesai", "dibatalkan"),
    "ar": ("قيد الانتظار", "مدفوع", "تم الشحن", "تم التسليم", "ملغي"),
    "fa": ("در انتظار", "پرداخت شده", "ارسال شده", "تحویل شده", "لغو شده"),
}
PRODUCT: dict[str, tuple[str, ...]] = {
    "en": ("Wireless Mouse M185", "USB-C Cable 2m", "Organic Green Tea 100g", "Yoga Mat Pro", "LED Desk Lamp",
           "Stainless Water Bottle 750ml", "Noise Cancelling Headphones", "Running Shoes Air 270"),
    "zh": ("无线鼠标", "数据线 2米", "有机绿茶 100克", "瑜伽垫", "护眼台灯", "保温杯 500ml", "蓝牙耳机"),
    "ru": ("Беспроводная мышь", "Кабель USB-C 2 м", "Чай зелёный 100 г", "Коврик для йоги", "Настольная лампа"),
    "tr": ("Kablosuz Mouse", "USB-C Kablo 2m", "Yeşil Çay 100g", "Yoga Matı", "Masa Lambası"),
    "de": ("Funkmaus", "USB-C-Kabel 2 m", "Bio-Grüntee 100 g", "Yogamatte", "Schreibtischlampe"),
    "ja": ("ワイヤレスマウス", "USB-Cケーブル 2m", "緑茶 100g", "ヨガマット", "デスクライト"),
    "ko": ("무선 마우스", "USB-C 케이블 2m", "녹차 100g", "요가 매트", "책상 조명"),
    "vi": ("Chuột không dây", "Cáp USB-C 2m", "Trà xanh 100g", "Thảm yoga", "Đèn bàn LED"),
    "id": ("Mouse Nirkabel", "Kabel USB-C 2m", "Teh Hijau 100g", "Matras Yoga", "Lampu Meja"),
    "ar": ("فأرة لاسلكية", "كابل USB-C", "شاي أخضر 100غ", "سجادة يوغا", "مصباح مكتب"),
    "fa": ("ماوس بی‌سیم", "کابل USB-C", "چای سبز ۱۰۰ گرم", "زیرانداز یوگا"),
    "es": ("Ratón inalámbrico", "Cable USB-C 2 m", "Té verde 100 g", "Esterilla de yoga", "Lámpara de escritorio"),
    "pt": ("Mouse sem fio", "Cabo USB-C 2 m", "Chá verde 100 g", "Tapete de ioga", "Luminária de mesa"),
    "fr": ("Souris sans fil", "Câble USB-C 2 m", "Thé vert 100 g", "Tapis de yoga", "Lampe de bureau"),
    "it": ("Mouse wireless", "Cavo USB-C 2 m", "Tè verde 100 g", "Tappetino yoga", "Lampada da scrivania"),
    "nl": ("Draadloze muis", "USB-C-kabel 2 m", "Groene thee 100 g", "Yogamat", "Bureaulamp"),
    "pl": ("Mysz bezprzewodowa", "Kabel USB-C 2 m", "Herbata zielona 100 g", "Mata do jogi", "Lampka biurkowa"),
    "hi": ("वायरलेस माउस", "यूएसबी केबल", "ग्रीन टी 100 ग्राम", "योगा मैट"),
}
CATEGORY: dict[str, tuple[str, ...]] = {
    "en": ("Electronics", "Grocery", "Sports", "Home & Garden", "Books", "Toys", "Beauty"),
    "zh": ("数码", "食品", "运动", "家居", "图书"),
    "ru": ("Электроника", "Продукты", "Спорт", "Дом и сад", "Книги"),
    "de": ("Elektronik", "Lebensmittel", "Sport", "Haus & Garten", "Bücher"),
    "ja": ("家電", "食品", "スポーツ", "インテリア", "本"),
}
DEPARTMENT: dict[str, tuple[str, ...]] = {
    "en": ("Sales", "Engineering", "Finance", "HR", "Logistics", "Support", "Marketing"),
    "zh": ("销售部", "研发部", "财务部", "人事部", "物流部"),
    "ru": ("Отдел продаж", "Бухгалтерия", "ИТ-отдел", "Склад", "Отдел кадров"),
    "kk": ("Сату бөлімі", "Бухгалтерия", "IT бөлімі", "Қойма"),
    "tr": ("Satış", "Muhasebe", "Bilgi İşlem", "İnsan Kaynakları", "Lojistik"),
    "de": ("Vertrieb", "Entwicklung", "Buchhaltung", "Personal", "Lager"),
    "ja": ("営業部", "開発部", "経理部", "人事部", "総務部"),
    "ko": ("영업팀", "개발팀", "재무팀", "인사팀", "물류팀"),
}
GENDER: dict[str, tuple[str, ...]] = {
    "en": ("M", "F", "male", "female", "other"), "zh": ("男", "女"), "ru": ("м", "ж", "мужской", "женский"),
    "kk": ("ер", "әйел"), "uk": ("чоловіча", "жіноча"), "tr": ("Erkek", "Kadın"), "ar": ("ذكر", "أنثى"),
    "fa": ("مرد", "زن"), "hi": ("पुरुष", "महिला"), "id": ("L", "P"), "ms": ("Lelaki", "Perempuan"),
    "vi": ("Nam", "Nữ"), "es": ("H", "M"), "pt": ("M", "F"), "fr": ("H", "F"), "de": ("m", "w", "d"),
    "it": ("M", "F"), "nl": ("man", "vrouw"), "pl": ("M", "K"), "ja": ("男性", "女性"), "ko": ("남", "여"),
}
MARITAL: dict[str, tuple[str, ...]] = {
    "en": ("single", "married", "divorced", "widowed"), "zh": ("未婚", "已婚", "离异"),
    "ru": ("холост", "женат", "замужем", "разведён"), "tr": ("Bekar", "Evli", "Boşanmış"),
    "de": ("ledig", "verheiratet", "geschieden"), "es": ("soltero", "casado", "divorciado"),
    "vi": ("Độc thân", "Đã kết hôn"), "id": ("Belum Kawin", "Kawin", "Cerai Hidup"),
}
COMMENT: dict[str, tuple[str, ...]] = {
    "en": ("Please leave at the door", "Call before delivery", "Gift wrap please", "", "Fragile", "Urgent"),
    "zh": ("请放门口", "送货前请来电", "礼品包装", "", "易碎品"),
    "ru": ("Оставить у двери", "Позвонить заранее", "", "Хрупкое"),
    "tr": ("Kapıya bırakın", "Teslimattan önce arayın", "", "Kırılacak eşya"),
    "de": ("Bitte beim Nachbarn abgeben", "Vorher anrufen", "", "Zerbrechlich"),
    "ja": ("置き配希望", "配達前に連絡", "", "割れ物注意"),
    "es": ("Dejar en portería", "Llamar antes", "", "Frágil"),
    "pt": ("Deixar na portaria", "Ligar antes", "", "Frágil"),
}
UNITS = ("kg", "g", "lb", "cm", "mm", "ml", "L", "pcs", "шт", "件", "個", "개", "adet")
CURRENCIES = ("USD", "EUR", "CNY", "RUB", "KZT", "UAH", "TRY", "SAR", "IRR", "INR", "IDR", "MYR", "VND", "BRL",
              "MXN", "JPY", "KRW", "PLN", "GBP")
BANKS = ("Deutsche Bank", "BNP Paribas", "Sberbank", "Kaspi Bank", "PrivatBank", "Ziraat Bankası", "Al Rajhi Bank",
         "Bank Mellat", "State Bank of India", "Bank Mandiri", "Maybank", "Vietcombank", "Banco Santander",
         "Itaú Unibanco", "Crédit Agricole", "UniCredit", "ING", "PKO BP", "MUFG", "KB국민은행", "中国工商银行")
BICS = ("DEUTDEFF", "BNPAFRPP", "SABRRUMM", "CASPKZKA", "PBANUA2X", "TCZBTR2A", "RJHISARI", "INGBNL2A", "BPKOPLPW")
CARD_BRANDS = ("VISA", "MasterCard", "AMEX", "UnionPay", "JCB", "MIR", "Troy", "Discover")
USER_AGENTS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/120.0 Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
               "okhttp/4.11.0", "Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B Build/TP1A.220624.014)",
               "curl/8.4.0", "python-requests/2.31.0")
DEVICE_MODELS = ("iPhone 14 Pro", "SM-G991B", "Pixel 7", "Redmi Note 12", "HUAWEI P40", "OPPO A78", "vivo Y36",
                 "Galaxy Tab S8", "MacBook Air M2", "ThinkPad X1")
OS_NAMES = ("Android 13", "Android 14", "iOS 17.1", "iOS 16.6", "HarmonyOS 3.0", "Windows 11", "macOS 14.1")
JOBS: dict[str, tuple[str, ...]] = {
    "en": ("Software Engineer", "Nurse", "Accountant", "Driver", "Teacher", "Sales Manager", "Cashier"),
    "zh": ("工程师", "护士", "会计", "司机", "教师", "销售经理"),
    "ru": ("инженер", "медсестра", "бухгалтер", "водитель", "учитель", "менеджер"),
    "kk": ("инженер", "мұғалім", "жүргізуші", "есепші", "дәрігер"),
    "tr": ("Mühendis", "Hemşire", "Muhasebeci", "Şoför", "Öğretmen"),
    "ar": ("مهندس", "ممرضة", "محاسب", "سائق", "معلم"),
    "fa": ("مهندس", "پرستار", "حسابدار", "راننده", "معلم"),
    "vi": ("Kỹ sư", "Y tá", "Kế toán", "Tài xế", "Giáo viên"),
    "id": ("Insinyur", "Perawat", "Akuntan", "Sopir", "Guru", "Wiraswasta", "PNS"),
    "ja": ("エンジニア", "看護師", "会計士", "運転手", "教師", "会社員"),
    "ko": ("엔지니어", "간호사", "회계사", "운전기사", "교사", "회사원"),
}
EVENT_TYPES = ("login", "logout", "page_view", "add_to_cart", "purchase", "password_reset", "api_call", "error")
WEATHER = ("sunny", "cloudy", "rain", "snow", "fog", "storm", "晴", "多云", "ясно", "дождь", "güneşli")
SHELF_CODES = ("A-01-03", "B-12-07", "C-03-11", "D-09-02", "R12-S3-B4", "Z-00-01")
PET_NAMES = ("Barsik", "Rex", "Luna", "Bella", "Mochi", "Pamuk", "Шарик", "小白", "ポチ", "Max", "Toby")
