# ruff: noqa: E501  (tables of templates and words: one line each)
"""Vocabularies of evalgen8: field names per language (one line per language, in the order of
``CONCEPTS``) and the values of the small categories (religion, ethnic group, health) per language.
Written for this set; synthetic."""

from __future__ import annotations

CONCEPTS = ("name first last nid passport dob phone email addr zip lat lon ip device card iban ethnic religion diag med "
            "allergy blood face pwd token id status amount date city country gender age user company qty note").split()

_FIELDS = {
    "en": "full_name|first_name|last_name|ssn|passport_no|date_of_birth|mobile|email|street_address|zip_code|latitude|longitude|"
          "ip_addr|device_id|card_number|iban|ethnicity|religion|diagnosis|medication|allergies|blood_group|face_vector|"
          "password_hash|api_token|record_id|status|amount|event_date|city|country|gender|age|username|company|quantity|remarks",
    "zh": "姓名|名|姓|身份证号|护照号|出生日期|手机号|邮箱|详细地址|邮编|纬度|经度|IP地址|设备号|银行卡号|IBAN账号|民族|宗教信仰|诊断|"
          "用药|过敏史|血型|人脸特征|密码|令牌|编号|状态|金额|日期|城市|国家|性别|年龄|用户名|单位|数量|备注",
    "zh_py": "xm|ming|xing|sfzh|hzh|csrq|sjh|yx|xxdz|yb|wd|jd|ipdz|sbh|yhkh|zh|mz|zjxy|zd|yy|gms|xx|rltz|mm|lp|bh|zt|je|rq|cs|gj|"
             "xb|nl|yhm|dw|sl|bz",
    "ru": "фио|имя|фамилия|инн|номер_паспорта|дата_рождения|телефон|эл_почта|адрес|индекс|широта|долгота|ip_адрес|ид_устройства|"
          "номер_карты|счет_iban|национальность|вероисповедание|диагноз|препараты|аллергия|группа_крови|вектор_лица|пароль|"
          "токен|ид|статус|сумма|дата|город|страна|пол|возраст|логин|организация|количество|примечание",
    "ru_lat": "fio|imya|familiya|inn|nomer_pasporta|data_rozhdeniya|telefon|el_pochta|adres|indeks|shirota|dolgota|ip_adres|"
              "id_ustroystva|nomer_karty|schet_iban|natsionalnost|veroispovedanie|diagnoz|preparaty|allergiya|gruppa_krovi|"
              "vektor_litsa|parol|token|id|status|summa|data|gorod|strana|pol|vozrast|login|organizatsiya|kolichestvo|primechanie",
    "kk": "аты_жөні|аты|тегі|жсн|паспорт_нөмірі|туған_күні|телефон|электрондық_пошта|мекенжай|пошта_индексі|ендік|бойлық|"
          "ip_мекенжайы|құрылғы_id|карта_нөмірі|iban_шот|ұлты|діні|диагноз|дәрі|аллергия|қан_тобы|бет_векторы|құпиясөз|токен|"
          "нөмір|мәртебе|сома|күні|қала|ел|жынысы|жасы|логин|ұйым|саны|ескерту",
    "kk_lat": "aty_zhoni|aty|tegi|zhsn|pasport_nomiri|tugan_kuni|telefon|elektrondyq_poshta|mekenzhay|poshta_indeksi|endik|"
              "boylyq|ip_mekenzhayy|qurylgy_id|karta_nomiri|iban_shot|ulty|dini|diagnoz|dari|allergiya|qan_toby|bet_vektory|"
              "qupiyasoz|token|nomir|martebe|soma|kuni|qala|el|zhynysy|zhasy|login|uiym|sany|eskertu",
    "uk": "піб|імʼя|прізвище|рнокпп|номер_паспорта|дата_народження|телефон|ел_пошта|адреса|поштовий_індекс|широта|довгота|"
          "ip_адреса|ід_пристрою|номер_картки|рахунок_iban|національність|віросповідання|діагноз|ліки|алергія|група_крові|"
          "вектор_обличчя|пароль|токен|ід|статус|сума|дата|місто|країна|стать|вік|логін|організація|кількість|примітка",
    "uk_lat": "pib|imia|prizvyshche|rnokpp|nomer_pasporta|data_narodzhennia|telefon|el_poshta|adresa|poshtovyi_indeks|shyrota|"
              "dovhota|ip_adresa|id_prystroiu|nomer_kartky|rakhunok_iban|natsionalnist|virospovidannia|diahnoz|liky|alerhiia|"
              "hrupa_krovi|vektor_oblychchia|parol|token|id|status|suma|data|misto|kraina|stat|vik|login|orhanizatsiia|kilkist|prymitka",
    "tr": "ad_soyad|ad|soyad|tc_kimlik_no|pasaport_no|dogum_tarihi|cep_telefonu|e_posta|adres|posta_kodu|enlem|boylam|ip_adresi|"
          "cihaz_kimligi|kart_numarasi|iban|etnik_koken|din|tani|ilaclar|alerjiler|kan_grubu|yuz_vektoru|sifre|erisim_anahtari|"
          "kayit_no|durum|tutar|tarih|sehir|ulke|cinsiyet|yas|kullanici_adi|firma|adet|aciklama",
    "ar": "الاسم_الكامل|الاسم_الأول|اسم_العائلة|رقم_الهوية|رقم_الجواز|تاريخ_الميلاد|رقم_الجوال|البريد_الإلكتروني|العنوان|"
          "الرمز_البريدي|خط_العرض|خط_الطول|عنوان_ip|معرف_الجهاز|رقم_البطاقة|الآيبان|العرق|الديانة|التشخيص|الأدوية|الحساسية|"
          "فصيلة_الدم|بصمة_الوجه|كلمة_المرور|رمز_الوصول|المعرف|الحالة|المبلغ|التاريخ|المدينة|الدولة|الجنس|العمر|اسم_المستخدم|"
          "الشركة|الكمية|ملاحظات",
    "fa": "نام_کامل|نام|نام_خانوادگی|کد_ملی|شماره_گذرنامه|تاریخ_تولد|تلفن_همراه|ایمیل|نشانی|کد_پستی|عرض_جغرافیایی|"
          "طول_جغرافیایی|آدرس_ip|شناسه_دستگاه|شماره_کارت|شبا|قومیت|مذهب|تشخیص|داروها|حساسیت|گروه_خونی|بردار_چهره|رمز_عبور|"
          "توکن|شناسه|وضعیت|مبلغ|تاریخ|شهر|کشور|جنسیت|سن|نام_کاربری|شرکت|تعداد|توضیحات",
    "hi": "पूरा_नाम|पहला_नाम|उपनाम|आधार_संख्या|पासपोर्ट_संख्या|जन्म_तिथि|मोबाइल_नंबर|ईमेल|पता|पिन_कोड|अक्षांश|देशांतर|"
          "आईपी_पता|डिवाइस_आईडी|कार्ड_संख्या|बैंक_खाता_iban|जातीय_समूह|धर्म|निदान|दवाइयाँ|एलर्जी|रक्त_समूह|चेहरा_वेक्टर|"
          "पासवर्ड|टोकन|क्रमांक|स्थिति|राशि|दिनांक|शहर|देश|लिंग|आयु|उपयोगकर्ता_नाम|संस्था|मात्रा|टिप्पणी",
    "id": "nama_lengkap|nama_depan|nama_belakang|nik|no_paspor|tgl_lahir|no_hp|email|alamat|kode_pos|lintang|bujur|alamat_ip|"
          "id_perangkat|no_kartu|no_rekening_iban|suku|agama|diagnosa|obat|alergi|gol_darah|vektor_wajah|kata_sandi|token_akses|"
          "id|status|jumlah|tanggal|kota|negara|jenis_kelamin|umur|nama_pengguna|perusahaan|qty|keterangan",
    "ms": "nama_penuh|nama_pertama|nama_keluarga|no_kp|no_pasport|tarikh_lahir|no_telefon|emel|alamat|poskod|latitud|longitud|"
          "alamat_ip|id_peranti|no_kad|no_akaun_iban|bangsa|agama|diagnosis|ubat|alahan|jenis_darah|vektor_muka|kata_laluan|token|"
          "id|status|jumlah|tarikh|bandar|negara|jantina|umur|nama_pengguna|syarikat|kuantiti|catatan",
    "vi": "ho_ten|ten|ho|so_cccd|so_ho_chieu|ngay_sinh|so_dien_thoai|email|dia_chi|ma_buu_chinh|vi_do|kinh_do|dia_chi_ip|"
          "ma_thiet_bi|so_the|so_tai_khoan_iban|dan_toc|ton_giao|chan_doan|thuoc|di_ung|nhom_mau|vector_khuon_mat|mat_khau|"
          "ma_truy_cap|ma|trang_thai|so_tien|ngay|thanh_pho|quoc_gia|gioi_tinh|tuoi|ten_dang_nhap|cong_ty|so_luong|ghi_chu",
    "es": "nombre_completo|nombre|apellidos|dni|num_pasaporte|fecha_nacimiento|telefono_movil|correo|direccion|codigo_postal|"
          "latitud|longitud|direccion_ip|id_dispositivo|numero_tarjeta|iban|etnia|religion|diagnostico|medicamentos|alergias|"
          "grupo_sanguineo|vector_facial|contrasena|token_acceso|id|estado|importe|fecha|ciudad|pais|sexo|edad|usuario|empresa|"
          "cantidad|observaciones",
    "pt": "nome_completo|primeiro_nome|sobrenome|cpf|numero_passaporte|data_nascimento|celular|email|endereco|cep|latitude|"
          "longitude|endereco_ip|id_dispositivo|numero_cartao|iban|raca_cor|religiao|diagnostico|medicamentos|alergias|"
          "tipo_sanguineo|vetor_facial|senha|token_acesso|id|situacao|valor|data|cidade|pais|sexo|idade|usuario|empresa|"
          "quantidade|observacao",
    "fr": "nom_complet|prenom|nom|nir|num_passeport|date_naissance|tel_portable|courriel|adresse|code_postal|latitude|longitude|"
          "adresse_ip|id_appareil|numero_carte|iban|origine_ethnique|religion|diagnostic|traitement|allergies|groupe_sanguin|"
          "gabarit_visage|mot_de_passe|jeton|id|statut|montant|date|ville|pays|sexe|age|identifiant|societe|quantite|commentaire",
    "de": "vollstaendiger_name|vorname|nachname|steuer_id|reisepassnummer|geburtsdatum|handynummer|e_mail|strasse_hausnr|plz|"
          "breitengrad|laengengrad|ip_adresse|geraete_id|kartennummer|iban|ethnische_herkunft|konfession|diagnose|medikamente|"
          "allergien|blutgruppe|gesichtsmerkmale|passwort|zugangstoken|lfd_nr|status|betrag|datum|ort|land|geschlecht|alter|"
          "benutzername|firma|menge|bemerkung",
    "it": "nome_cognome|nome|cognome|codice_fiscale|numero_passaporto|data_nascita|cellulare|email|indirizzo|cap|latitudine|"
          "longitudine|indirizzo_ip|id_dispositivo|numero_carta|iban|etnia|religione|diagnosi|farmaci|allergie|gruppo_sanguigno|"
          "vettore_volto|password|token|id|stato|importo|data|citta|nazione|sesso|eta|utente|azienda|quantita|note",
    "nl": "volledige_naam|voornaam|achternaam|bsn|paspoortnummer|geboortedatum|mobiel|e_mailadres|straat_huisnummer|postcode|"
          "breedtegraad|lengtegraad|ip_adres|apparaat_id|kaartnummer|iban|etniciteit|geloof|diagnose|medicatie|allergieen|"
          "bloedgroep|gezichtsvector|wachtwoord|toegangstoken|id|status|bedrag|datum|woonplaats|land|geslacht|leeftijd|"
          "gebruikersnaam|bedrijf|aantal|opmerking",
    "pl": "imie_nazwisko|imie|nazwisko|pesel|nr_paszportu|data_urodzenia|telefon_kom|email|adres|kod_pocztowy|szerokosc|dlugosc|"
          "adres_ip|id_urzadzenia|nr_karty|nr_rachunku|pochodzenie_etniczne|wyznanie|rozpoznanie|leki|alergie|grupa_krwi|"
          "wektor_twarzy|haslo|token|id|status|kwota|data|miasto|kraj|plec|wiek|login|firma|ilosc|uwagi",
    "ja": "氏名|名|姓|マイナンバー|旅券番号|生年月日|携帯電話|メールアドレス|住所|郵便番号|緯度|経度|IPアドレス|端末ID|カード番号|"
          "IBAN口座|民族|宗教|診断名|処方薬|アレルギー|血液型|顔特徴量|パスワード|アクセストークン|ID|ステータス|金額|日付|市区町村|国|"
          "性別|年齢|ユーザー名|会社名|数量|備考",
    "ko": "성명|이름|성|주민등록번호|여권번호|생년월일|휴대폰번호|이메일|주소|우편번호|위도|경도|IP주소|기기ID|카드번호|IBAN계좌|민족|"
          "종교|진단명|복용약|알레르기|혈액형|얼굴특징벡터|비밀번호|액세스토큰|번호|상태|금액|일자|도시|국가|성별|나이|아이디|회사|수량|비고",
}
FIELDS = {lang: dict(zip(CONCEPTS, line.split("|"), strict=True)) for lang, line in _FIELDS.items()}

RELIGION = {
    "en": "Christian|Muslim|Hindu|Buddhist|Jewish|Sikh|None|Agnostic|Baptist|Catholic",
    "zh": "佛教|道教|伊斯兰教|基督教|天主教|无|无宗教信仰",
    "ru": "православие|ислам|буддизм|иудаизм|католицизм|атеист|нет",
    "kk": "ислам|православие|атеист|буддизм|жоқ",
    "uk": "православ'я|греко-католицизм|римо-католицизм|іслам|юдаїзм|атеїст",
    "tr": "İslam|Hristiyan|Alevi|Yahudi|Ateist|Belirtilmemiş",
    "ar": "مسلم|مسيحي|سني|شيعي|درزي|يهودي",
    "fa": "اسلام شیعه|اسلام سنی|مسیحی|زرتشتی|یهودی|بهایی",
    "hi": "हिंदू|मुस्लिम|सिख|ईसाई|जैन|बौद्ध",
    "id": "Islam|Kristen Protestan|Katolik|Hindu|Buddha|Konghucu",
    "ms": "Islam|Buddha|Hindu|Kristian|Sikh|Tiada",
    "vi": "Phật giáo|Công giáo|Cao Đài|Hòa Hảo|Tin Lành|Không",
    "es": "católica|evangélica|musulmana|judía|ninguna|testigo de Jehová",
    "pt": "católica|evangélica|espírita|umbanda|candomblé|sem religião",
    "fr": "catholique|musulmane|protestante|juive|bouddhiste|sans religion",
    "de": "rk|ev|islamisch|jüdisch|konfessionslos|orthodox",
    "it": "cattolica|ortodossa|musulmana|valdese|ebraica|nessuna",
    "nl": "rooms-katholiek|protestants|islamitisch|hindoeïstisch|geen|joods",
    "pl": "rzymskokatolickie|prawosławne|ewangelickie|świadek Jehowy|bezwyznaniowe|grekokatolickie",
    "ja": "仏教|神道|キリスト教|無宗教|創価学会|天理教",
    "ko": "불교|개신교|천주교|원불교|무교",
}
ETHNIC = {
    "en": "White British|Black Caribbean|Pakistani|Bangladeshi|Indian|Chinese|Mixed White and Asian|Irish Traveller|Hispanic or Latino",
    "zh": "汉族|回族|维吾尔族|藏族|蒙古族|壮族|满族|苗族|彝族",
    "ru": "русский|татарин|башкир|чеченец|аварец|якут|бурят|чуваш",
    "kk": "қазақ|орыс|өзбек|ұйғыр|татар|кәріс|неміс",
    "uk": "українець|росіянин|кримський татарин|білорус|угорець|ром",
    "tr": "Türk|Kürt|Zaza|Laz|Çerkez|Arap|Roman",
    "ar": "عربي|كردي|أمازيغي|تركماني|آشوري|نوبي",
    "fa": "فارس|ترک|کرد|لر|بلوچ|عرب|گیلک",
    "hi": "तमिल|बंगाली|गुजराती|मराठी|नागा|संथाल|भील",
    "id": "Jawa|Sunda|Batak|Minangkabau|Bugis|Madura|Dayak|Tionghoa",
    "ms": "Melayu|Cina|India|Iban|Kadazan-Dusun|Bidayuh|Orang Asli",
    "vi": "Kinh|Tày|Thái|Mường|Khmer|Hoa|H'Mông|Nùng",
    "es": "mestizo|indígena|afrodescendiente|gitano|quechua|mapuche|blanco",
    "pt": "branca|preta|parda|amarela|indígena",
    "fr": "maghrébine|subsaharienne|européenne|asiatique|antillaise",
    "de": "deutsch|türkisch|kurdisch|sorbisch|Sinti|polnisch",
    "it": "italiana|rom|albanese|sinti|ladina|africana",
    "nl": "Nederlands|Surinaams|Turks|Marokkaans|Antilliaans|Indonesisch",
    "pl": "polska|śląska|kaszubska|łemkowska|romska|białoruska",
    "ja": "大和民族|アイヌ|琉球民族|在日コリアン",
    "ko": "한민족|조선족|고려인|화교",
}
DIAG = {
    "en": "Type 2 diabetes|Hypertension|Asthma|Major depressive disorder|Chronic kidney disease stage 3|Epilepsy|HIV positive|COPD",
    "zh": "2型糖尿病|高血压|哮喘|抑郁症|慢性肾病|乙型肝炎|冠心病",
    "ru": "сахарный диабет 2 типа|гипертоническая болезнь|бронхиальная астма|депрессия|ВИЧ-инфекция|туберкулёз лёгких",
    "kk": "қант диабеті|гипертония|демікпе|туберкулез|анемия",
    "uk": "цукровий діабет|гіпертонія|астма|депресія|гепатит C|епілепсія",
    "tr": "Tip 2 diyabet|Hipertansiyon|Astım|Depresyon|Hepatit B|Migren",
    "ar": "السكري من النوع الثاني|ارتفاع ضغط الدم|الربو|فقر الدم|التهاب الكبد الوبائي|الاكتئاب",
    "fa": "دیابت نوع ۲|فشار خون بالا|آسم|افسردگی|تالاسمی|میگرن",
    "hi": "मधुमेह|उच्च रक्तचाप|दमा|क्षय रोग|मलेरिया|अवसाद",
    "id": "Diabetes melitus tipe 2|Hipertensi|Asma|TBC paru|Demam berdarah|Stroke",
    "ms": "Kencing manis|Darah tinggi|Asma|Denggi|Batuk kering|Sakit jantung",
    "vi": "Đái tháo đường típ 2|Tăng huyết áp|Hen phế quản|Viêm gan B|Trầm cảm|Sốt xuất huyết",
    "es": "Diabetes tipo 2|Hipertensión arterial|Asma|Depresión mayor|Insuficiencia renal crónica|Epilepsia",
    "pt": "Diabetes tipo 2|Hipertensão|Asma|Depressão|Tuberculose|Dengue",
    "fr": "Diabète de type 2|Hypertension artérielle|Asthme|Dépression|Sclérose en plaques|Épilepsie",
    "de": "Diabetes mellitus Typ 2|Arterielle Hypertonie|Asthma bronchiale|Depression|Multiple Sklerose|Epilepsie",
    "it": "Diabete di tipo 2|Ipertensione|Asma|Depressione|Celiachia|Epilessia",
    "nl": "Diabetes type 2|Hoge bloeddruk|Astma|Depressie|Reuma|Epilepsie",
    "pl": "Cukrzyca typu 2|Nadciśnienie tętnicze|Astma|Depresja|Padaczka|POChP",
    "ja": "2型糖尿病|高血圧症|気管支喘息|うつ病|慢性腎臓病|てんかん",
    "ko": "제2형 당뇨병|고혈압|천식|우울증|만성 신장병|뇌전증",
}
ICD10 = "E11.9|I10|J45.909|F32.1|N18.3|G40.909|B20|J44.9|K21.0|M54.5|C50.911|O24.419|F41.1|E66.01".split("|")
MEDS = {
    "latin": "Metformin 500 mg|Amlodipine 5 mg|Salbutamol inhaler|Sertraline 50 mg|Levothyroxine 75 mcg|Insulin glargine|"
             "Atorvastatin 20 mg|Omeprazole 20 mg|Lamotrigine 100 mg|Tenofovir/emtricitabine",
    "zh": "二甲双胍|氨氯地平|沙丁胺醇|舍曲林|阿托伐他汀|胰岛素",
    "ru": "метформин 850 мг|эналаприл|сальбутамол|флуоксетин|аторвастатин|инсулин",
    "ja": "メトホルミン|アムロジピン|サルタノール|セルトラリン|ロキソニン|インスリン",
    "ko": "메트포르민|암로디핀|살부타몰|아토르바스타틴|인슐린",
    "ar": "ميتفورمين|أملوديبين|سالبوتامول|أنسولين|أتورفاستاتين",
    "fa": "متفورمین|آملودیپین|سالبوتامول|انسولین|لوزارتان",
    "hi": "मेटफॉर्मिन|एम्लोडिपिन|इंसुलिन|सालबुटामोल",
}
ALLERGY = {
    "latin": "penicillin|peanuts|latex|shellfish|none known|aspirin|sulfonamides|pollen",
    "zh": "青霉素|花生|海鲜|无|磺胺类",
    "ru": "пенициллин|орехи|латекс|нет|пыльца",
    "ja": "ペニシリン|卵|そば|なし|花粉",
    "ko": "페니실린|땅콩|갑각류|없음",
    "ar": "البنسلين|الفول السوداني|لا يوجد",
    "fa": "پنی‌سیلین|بادام زمینی|ندارد",
    "hi": "पेनिसिलिन|मूंगफली|कोई नहीं",
    "es": "penicilina|frutos secos|látex|ninguna",
    "de": "Penicillin|Erdnüsse|Latex|keine bekannt",
    "tr": "penisilin|fıstık|lateks|yok",
}
BLOOD = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", "0 Rh+", "A Rh-", "B型", "O型", "AB型", "A(II) Rh+"]

# Kazakh and Malay personal names (Faker has no kk or ms locale)
KK_FIRST = "Айгерім Нұрлан Ержан Жанар Асель Дәурен Мадина Бауыржан Гүлнар Ерлан Әлия Серік Динара Арман Жансая".split()
KK_LAST = "Нұрланов Сейітова Жұмабаев Оспанова Төлеуов Ахметова Қасымов Бекова Мұқанов Сәрсенбаева Әбенов Ілиясова".split()
KK_FIRST_LAT = "Aigerim Nurlan Yerzhan Zhanar Assel Dauren Madina Baurzhan Gulnar Yerlan Aliya Serik Dinara Arman Zhansaya".split()
KK_LAST_LAT = "Nurlanov Seitova Zhumabayev Ospanova Toleuov Akhmetova Kassymov Bekova Mukanov Sarsenbayeva Abenov Iliyasova".split()
MS_FIRST = "Nurul Ahmad Siti Muhammad Faridah Hafiz Aisyah Amirul Zulaikha Irfan Norhayati Syafiq Mei Ling Rajesh Kavitha".split()
MS_LAST = "bin Abdullah|binti Ismail|bin Hassan|binti Rahman|Tan|Lim|Wong|a/l Subramaniam|a/p Muthu|bin Yusof|binti Osman".split("|")
