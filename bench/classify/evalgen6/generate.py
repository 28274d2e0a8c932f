# ruff: noqa: E501
"""evalgen6: a sixth generated multilingual export set for ajar's field classification (issue 10).

    python bench/classify/evalgen6/generate.py --out DIR [--seed N]

Writes CSV, TSV, JSON, JSON Lines and mongoexport (Extended JSON) files to DIR and DIR/labels.csv
(file_id, path, category, note). Values are synthetic (Faker, own makers); deterministic for a seed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import random
import string
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

SEED = 1796546662  # `date +%s` on 2026-12-06 when the set was written

if os.environ.get("PYTHONHASHSEED") != "0":  # Faker providers iterate over sets: fix the hash seed
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.run([sys.executable, *sys.argv], env=env).returncode)

from faker import Faker  # noqa: E402

# concept -> category (None = "none")
CONCEPTS = [
    ("fullname", "person.name"), ("first", "person.name"), ("last", "person.name"),
    ("natid", "person.national_id"), ("birth", "person.birth_date"), ("phone", "contact.phone"),
    ("email", "contact.email"), ("street", "contact.address"), ("postcode", "contact.address"),
    ("lat", "location.coordinates"), ("lon", "location.coordinates"), ("ip", "network.ip_address"),
    ("device", "device.identifier"), ("card", "financial.card_number"), ("iban", "financial.iban"),
    ("ethnicity", "special.ethnicity"), ("religion", "special.religion"), ("diagnosis", "special.health"),
    ("blood", "special.health"), ("face", "biometric.face_embedding"), ("password", "credential.secret"),
    ("token", "credential.secret"), ("id", None), ("created", None), ("status", None), ("amount", None),
    ("city", None), ("gender", None), ("qty", None), ("company", None), ("active", None),
    ("checksum", None), ("orderno", None), ("age", None), ("username", None), ("version", None),
    ("geo", "location.coordinates"),
]
CAT = dict(CONCEPTS)
ORDER = [c for c, _ in CONCEPTS]

VOCAB = {
    "en": "full_name first_name last_name national_id birth_date phone email street_address postal_code latitude longitude ip_address device_id card_number iban ethnicity religion diagnosis blood_type face_embedding password api_token id created_at status amount city gender quantity company is_active checksum order_no age username version geo_point",
    "zh": "姓名 名 姓 身份证号 出生日期 电话 邮箱 街道地址 邮政编码 纬度 经度 IP地址 设备号 银行卡号 国际银行账号 民族 宗教信仰 诊断 血型 人脸特征 密码 访问令牌 编号 创建时间 状态 金额 城市 性别 数量 公司 是否有效 校验和 订单号 年龄 用户名 版本 坐标",
    "zhpy": "xing_ming ming xing shen_fen_zheng_hao chu_sheng_ri_qi dian_hua you_xiang jie_dao_di_zhi you_bian wei_du jing_du ip_di_zhi she_bei_hao yin_hang_ka_hao iban min_zu zong_jiao zhen_duan xue_xing ren_lian_te_zheng mi_ma ling_pai bian_hao chuang_jian_shi_jian zhuang_tai jin_e cheng_shi xing_bie shu_liang gong_si shi_fou_you_xiao jiao_yan_he ding_dan_hao nian_ling yong_hu_ming ban_ben zuo_biao",
    "ru": "фио имя фамилия снилс дата_рождения телефон электронная_почта адрес почтовый_индекс широта долгота ip_адрес идентификатор_устройства номер_карты iban национальность вероисповедание диагноз группа_крови вектор_лица пароль токен ид дата_создания статус сумма город пол количество организация активен контрольная_сумма номер_заказа возраст логин версия координаты",
    "rulat": "fio imya familiya snils data_rozhdeniya telefon elektronnaya_pochta adres pochtovyy_indeks shirota dolgota ip_adres identifikator_ustroystva nomer_karty iban natsionalnost veroispovedanie diagnoz gruppa_krovi vektor_litsa parol token id data_sozdaniya status summa gorod pol kolichestvo organizatsiya aktiven kontrolnaya_summa nomer_zakaza vozrast login versiya koordinaty",
    "kk": "аты_жөні аты тегі жсн туған_күні телефон электрондық_пошта мекенжай пошта_индексі ендік бойлық ip_мекенжайы құрылғы_нөмірі карта_нөмірі iban ұлты діні диагноз қан_тобы бет_векторы құпиясөз токен нөмір құрылған_күні күйі сомасы қала жынысы саны ұйым белсенді бақылау_сомасы тапсырыс_нөмірі жасы логин нұсқа координаттар",
    "kklat": "aty_zhoni aty tegi zhsn tugan_kuni telefon elektrondyq_poshta mekenzhai poshta_indeksi endik boilyq ip_mekenzhaiy qurylgy_nomiri karta_nomiri iban ulty dini diagnoz qan_toby bet_vektory qupiyasoz token nomir qurylgan_kuni kuii somasy qala zhynysy sany uiym belsendi baqylau_somasy tapsyrys_nomiri zhasy login nusqa koordinattar",
    "uk": "піб імя прізвище рнокпп дата_народження телефон електронна_пошта адреса поштовий_індекс широта довгота ip_адреса ідентифікатор_пристрою номер_картки iban національність віросповідання діагноз група_крові вектор_обличчя пароль токен ід дата_створення статус сума місто стать кількість організація активний контрольна_сума номер_замовлення вік логін версія координати",
    "tr": "ad_soyad ad soyad tc_kimlik_no dogum_tarihi telefon eposta adres posta_kodu enlem boylam ip_adresi cihaz_kimligi kart_numarasi iban etnik_koken din tani kan_grubu yuz_vektoru sifre erisim_anahtari kayit_no olusturma_tarihi durum tutar sehir cinsiyet adet firma aktif_mi saglama_toplami siparis_no yas kullanici_adi surum konum",
    "ar": "الاسم_الكامل الاسم_الأول اسم_العائلة رقم_الهوية تاريخ_الميلاد رقم_الهاتف البريد_الإلكتروني العنوان الرمز_البريدي خط_العرض خط_الطول عنوان_ip معرف_الجهاز رقم_البطاقة الآيبان العرق الديانة التشخيص فصيلة_الدم بصمة_الوجه كلمة_المرور رمز_الوصول المعرف تاريخ_الإنشاء الحالة المبلغ المدينة الجنس الكمية الشركة نشط المجموع_الاختباري رقم_الطلب العمر اسم_المستخدم الإصدار الإحداثيات",
    "fa": "نام_کامل نام نام_خانوادگی کد_ملی تاریخ_تولد تلفن ایمیل نشانی کد_پستی عرض_جغرافیایی طول_جغرافیایی آدرس_ip شناسه_دستگاه شماره_کارت شبا قومیت دین تشخیص گروه_خونی بردار_چهره رمز_عبور توکن شناسه تاریخ_ایجاد وضعیت مبلغ شهر جنسیت تعداد شرکت فعال چک_سام شماره_سفارش سن نام_کاربری نسخه مختصات",
    "hi": "पूरा_नाम पहला_नाम उपनाम आधार_संख्या जन्म_तिथि फ़ोन ईमेल पता पिन_कोड अक्षांश देशांतर आईपी_पता डिवाइस_आईडी कार्ड_संख्या iban जातीयता धर्म निदान रक्त_समूह चेहरा_वेक्टर पासवर्ड टोकन क्रमांक निर्माण_तिथि स्थिति राशि शहर लिंग मात्रा कंपनी सक्रिय चेकसम ऑर्डर_संख्या आयु उपयोगकर्ता_नाम संस्करण निर्देशांक",
    "id": "nama_lengkap nama_depan nama_belakang nik tanggal_lahir telepon surel alamat kode_pos lintang bujur alamat_ip id_perangkat nomor_kartu iban suku agama diagnosa golongan_darah vektor_wajah kata_sandi token_akses id tanggal_dibuat status jumlah kota jenis_kelamin kuantitas perusahaan aktif checksum nomor_pesanan umur nama_pengguna versi koordinat",
    "ms": "nama_penuh nama_pertama nama_keluarga no_kp tarikh_lahir no_telefon emel alamat poskod latitud longitud alamat_ip id_peranti no_kad iban bangsa agama diagnosis jenis_darah vektor_muka kata_laluan token id tarikh_dicipta status amaun bandar jantina kuantiti syarikat aktif hasil_tambah_semak no_pesanan umur nama_pengguna versi koordinat",
    "vi": "ho_ten ten ho so_cccd ngay_sinh so_dien_thoai email dia_chi ma_buu_chinh vi_do kinh_do dia_chi_ip ma_thiet_bi so_the iban dan_toc ton_giao chan_doan nhom_mau vector_khuon_mat mat_khau ma_truy_cap ma ngay_tao trang_thai so_tien thanh_pho gioi_tinh so_luong cong_ty kich_hoat tong_kiem_tra ma_don_hang tuoi ten_dang_nhap phien_ban toa_do",
    "es": "nombre_completo nombre apellidos dni fecha_nacimiento telefono correo direccion codigo_postal latitud longitud direccion_ip id_dispositivo numero_tarjeta iban etnia religion diagnostico grupo_sanguineo vector_facial contrasena token_acceso id fecha_alta estado importe ciudad sexo cantidad empresa activo suma_control numero_pedido edad usuario version coordenadas",
    "pt": "nome_completo primeiro_nome sobrenome cpf data_nascimento telefone email endereco cep latitude longitude endereco_ip id_dispositivo numero_cartao iban etnia religiao diagnostico tipo_sanguineo vetor_facial senha token_acesso id data_criacao situacao valor cidade sexo quantidade empresa ativo soma_verificacao numero_pedido idade usuario versao coordenadas",
    "fr": "nom_complet prenom nom_famille nir date_naissance telephone courriel adresse code_postal latitude longitude adresse_ip id_appareil numero_carte iban origine_ethnique religion diagnostic groupe_sanguin vecteur_visage mot_de_passe jeton_acces id date_creation statut montant ville sexe quantite societe actif somme_controle numero_commande age identifiant version coordonnees_gps",
    "de": "vollstaendiger_name vorname nachname steuer_id geburtsdatum telefon email strasse plz breitengrad laengengrad ip_adresse geraete_id kartennummer iban ethnie religion diagnose blutgruppe gesichtsvektor passwort zugriffstoken id erstellt_am status betrag stadt geschlecht menge firma aktiv pruefsumme bestellnummer alter benutzername version koordinaten",
    "it": "nome_completo nome cognome codice_fiscale data_nascita telefono email indirizzo cap latitudine longitudine indirizzo_ip id_dispositivo numero_carta iban etnia religione diagnosi gruppo_sanguigno vettore_volto password token_accesso id data_creazione stato importo citta sesso quantita azienda attivo checksum numero_ordine eta nome_utente versione coordinate",
    "nl": "volledige_naam voornaam achternaam bsn geboortedatum telefoon email adres postcode breedtegraad lengtegraad ip_adres apparaat_id kaartnummer iban etniciteit religie diagnose bloedgroep gezichtsvector wachtwoord toegangstoken id aangemaakt_op status bedrag plaats geslacht aantal bedrijf actief controlesom bestelnummer leeftijd gebruikersnaam versie coordinaten",
    "pl": "imie_nazwisko imie nazwisko pesel data_urodzenia telefon email adres kod_pocztowy szerokosc dlugosc adres_ip id_urzadzenia numer_karty iban pochodzenie_etniczne wyznanie diagnoza grupa_krwi wektor_twarzy haslo token_dostepu id data_utworzenia status kwota miasto plec ilosc firma aktywny suma_kontrolna numer_zamowienia wiek login wersja wspolrzedne",
    "ja": "氏名 名 姓 マイナンバー 生年月日 電話番号 メールアドレス 住所 郵便番号 緯度 経度 IPアドレス 端末ID カード番号 IBAN 民族 宗教 診断名 血液型 顔特徴量 パスワード アクセストークン ID 作成日時 状態 金額 市区町村 性別 数量 会社名 有効 チェックサム 注文番号 年齢 ユーザー名 バージョン 座標",
    "ko": "성명 이름 성 주민등록번호 생년월일 전화번호 이메일 주소 우편번호 위도 경도 IP주소 기기ID 카드번호 IBAN 민족 종교 진단명 혈액형 얼굴벡터 비밀번호 액세스토큰 번호 생성일시 상태 금액 도시 성별 수량 회사명 활성 체크섬 주문번호 나이 사용자명 버전 좌표",
}
VOC = {lang: dict(zip(ORDER, words.split(), strict=True)) for lang, words in VOCAB.items()}
LOCALE = {
    "en": "en_US", "zh": "zh_CN", "zhpy": "zh_CN", "ru": "ru_RU", "rulat": "ru_RU", "kk": "ru_RU",
    "kklat": "ru_RU", "uk": "uk_UA", "tr": "tr_TR", "ar": "ar_SA", "fa": "fa_IR", "hi": "hi_IN",
    "id": "id_ID", "ms": "id_ID", "vi": "vi_VN", "es": "es_ES", "pt": "pt_BR", "fr": "fr_FR",
    "de": "de_DE", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL", "ja": "ja_JP", "ko": "ko_KR",
}
LANGS = list(VOCAB)

# templates of my own: slug -> concepts (rows are people where special categories appear)
TEMPLATES = """
tea_house_members: id fullname phone email created status amount active
yurt_rental_guests: id first last natid birth phone city qty amount
silk_road_caravan_crew: id fullname birth ethnicity religion city created
esports_players: id username fullname email ip device created version
mosque_donations: id fullname religion amount created city
synagogue_roll: id first last birth religion street postcode
temple_visitors: id fullname religion phone created qty
church_choir: id fullname religion birth phone active
minority_scholarships: id fullname ethnicity birth amount status
census_enumeration: id fullname gender age ethnicity religion city
refugee_intake: id fullname natid birth ethnicity religion diagnosis created
dialysis_sessions: id fullname natid diagnosis blood created qty
allergy_clinic: id first last birth diagnosis phone created
blood_bank_units: id fullname blood birth phone created status
gym_biometrics: id fullname face device created active
airport_egates: id fullname natid face created status
office_turnstiles: id first last face device created
kyc_selfies: id fullname natid birth face created checksum
hotel_checkins: id fullname natid phone email street postcode created amount
ferry_tickets: id fullname birth natid orderno amount created
pawn_shop_ledger: id fullname natid phone amount company created
gold_loans: id fullname natid iban amount status created
salary_transfers: id fullname iban amount company created status
tuition_payments: id fullname card amount orderno created
vending_cards: id card amount created device status
airline_miles: id fullname email card qty created
crowdfunding_backers: id fullname email iban amount created
pharmacy_loyalty: id fullname phone card diagnosis amount created
wifi_hotspot_log: id ip device created qty username
router_inventory: id device ip version company status
smart_meter_readings: id device lat lon qty created
drone_flights: id device lat lon created status version
fishing_boats: id company geo created qty device
bike_share_trips: id username geo created amount
delivery_drivers: id fullname phone geo device active
courier_parcels: id orderno fullname street postcode city phone status
wedding_invitations: id fullname street postcode city qty
pet_adoption: id fullname phone email street created
library_patrons: id first last email birth created active
driving_school: id fullname natid birth phone amount
sauna_bookings: id fullname phone created amount qty
api_clients: id company token email created active
admin_users: id username email password created active
password_resets: id email token ip created
legacy_accounts: id username password fullname created
cloud_keys: id company token checksum version created
forum_users: id username email password ip created
newsletter_optin: id email ip created active city
warehouse_stock: id company qty amount checksum version
invoice_lines: id orderno amount qty created status
crop_harvest: id company qty amount city geo
exam_results: id fullname birth qty status created
sports_club_injuries: id fullname birth diagnosis created status
insurance_claims: id fullname natid diagnosis amount iban status
maternity_ward: id fullname birth diagnosis blood created phone
vaccination_cards: id fullname birth natid diagnosis created
pilgrimage_groups: id fullname natid religion phone birth
diaspora_survey: id fullname ethnicity religion age gender city
telecom_subscribers: id fullname phone device natid street created
sim_registrations: id fullname natid phone device birth
car_rentals: id fullname natid card phone created amount
parking_permits: id fullname street postcode phone amount
solar_panel_sites: id company geo qty created version
marathon_runners: id fullname birth gender email qty device
elevator_sensors: id device qty created status version
tax_refunds: id fullname natid iban amount created
prison_visits: id fullname natid birth religion ethnicity created
halal_butcher_orders: id fullname phone street amount created
kindergarten_pickup: id fullname phone face created
toll_road_accounts: id fullname card device amount created
market_stall_rent: id fullname iban company amount city
donor_pledges: id fullname iban card email amount
photo_id_badges: id fullname face company created
atm_cameras: id face device created lat lon
dating_app_profiles: id username face birth geo religion
fuel_cards: id card company amount qty created
cinema_tickets: id email card amount created
rent_deposits: id fullname iban street amount
payroll_hr: id fullname natid iban birth
vpn_sessions: id username ip device created
login_audit: id email ip created status
cdn_edge_logs: id ip qty version created
hr_diversity: id fullname ethnicity gender age company
clinical_trial_arms: id first last ethnicity diagnosis birth
sftp_accounts: id username password ip created
iot_provisioning: id device token version created
""".strip().splitlines()
TEMPLATES = [(t.split(":")[0], t.split(":")[1].split()) for t in TEMPLATES]

ETHNIC = {
    "zh": ["汉族", "回族", "维吾尔族", "哈萨克族", "蒙古族", "藏族", "壮族"],
    "zhpy": ["Han", "Hui", "Uyghur", "Hasake", "Menggu", "Zang", "Zhuang"],
    "ru": ["русский", "татарин", "башкир", "чеченец", "казах", "якут"], "kk": ["қазақ", "орыс", "ұйғыр", "өзбек", "татар"],
    "uk": ["українець", "росіянин", "кримський татарин", "угорець"], "tr": ["Türk", "Kürt", "Laz", "Çerkez", "Arap"],
    "ar": ["عربي", "كردي", "أمازيغي", "تركماني"], "fa": ["فارس", "ترک", "کرد", "لر", "بلوچ"], "hi": ["पंजाबी", "तमिल", "बंगाली", "मराठी"],
    "id": ["Jawa", "Sunda", "Batak", "Minangkabau", "Bugis"], "ms": ["Melayu", "Cina", "India", "Iban", "Kadazan"],
    "vi": ["Kinh", "Tày", "Thái", "Mường", "Khmer", "H'Mông"], "ja": ["日本人", "アイヌ", "琉球"], "ko": ["한국인", "조선족", "고려인"],
    "en": ["White British", "Black African", "Asian - Indian", "Mixed", "Hispanic or Latino", "W", "B", "A"],
    "de": ["deutsch", "türkisch", "Sinti", "sorbisch"], "es": ["gitano", "mestizo", "indígena", "afrodescendiente"],
    "pt": ["branca", "preta", "parda", "amarela", "indígena"], "fr": ["Européen", "Maghrébin", "Africain subsaharien"],
    "nl": ["Nederlands", "Marokkaans", "Turks", "Surinaams"], "pl": ["polska", "śląska", "kaszubska", "łemkowska"],
    "it": ["italiana", "rom", "ladina", "sarda"],
}
RELIG = {
    "zh": ["佛教", "道教", "伊斯兰教", "基督教", "无"], "ru": ["православие", "ислам", "буддизм", "иудаизм", "атеист"],
    "kk": ["ислам", "православие", "жоқ"], "uk": ["православ'я", "греко-католицизм", "іслам"], "tr": ["İslam", "Alevi", "Hristiyan", "Yok"],
    "ar": ["مسلم", "سني", "شيعي", "مسيحي"], "fa": ["اسلام", "شیعه", "سنی", "زرتشتی", "بهائی"], "hi": ["हिन्दू", "मुस्लिम", "सिख", "जैन", "बौद्ध"],
    "id": ["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu"], "vi": ["Phật giáo", "Công giáo", "Cao Đài", "Không"],
    "ja": ["仏教", "神道", "キリスト教", "無宗教"], "ko": ["불교", "개신교", "천주교", "무교"],
    "en": ["Christian", "Muslim", "Jewish", "Hindu", "Sikh", "None", "Buddhist", "CofE"],
    "es": ["católica", "evangélica", "musulmana", "ninguna"], "pt": ["católica", "evangélica", "espírita", "umbanda"],
    "fr": ["catholique", "musulman", "protestant", "sans religion"], "de": ["rk", "ev", "islamisch", "konfessionslos"],
    "it": ["cattolica", "ortodossa", "musulmana"], "nl": ["RK", "PKN", "islam", "geen"], "pl": ["rzymskokatolickie", "prawosławne", "brak"],
}
DIAG = ["E11.9", "I10", "J45.909", "F32.1", "C50.911", "B20", "K21.0", "M54.5", "O24.4", "N18.3",
        "type 2 diabetes", "hypertension", "asthma", "depression", "HIV+", "gastritis", "migraine", "epilepsy",
        "糖尿病", "高血压", "сахарный диабет", "гипертония", "astım", "سكري", "دیابت", "मधुमेह", "diabetes melitus",
        "tiểu đường", "diabetes", "hipertensión", "asma", "diabète", "Bluthochdruck", "diabete", "astma", "cukrzyca",
        "糖尿病 2型", "고혈압", "penicillin allergy", "peanut allergy", "pregnant 24w"]
BLOOD = ["A+", "A-", "B+", "B-", "O+", "O-", "AB+", "AB-", "A Rh+", "0 Rh-", "II(A) Rh+", "III(B)", "A型", "O型 Rh+"]
STATUS = ["active", "pending", "closed", "NEW", "done", "cancelled", "ok", "1", "0", "已完成", "завершён", "aktif", "pagado"]
UNITS = ["kg", "pcs", "L", "m", "шт", "件", "adet", "Stk"]


def luhn_complete(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


class Maker:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.r = rng
        self.lang = lang
        self.f = Faker(LOCALE[lang])
        self.f.seed_instance(rng.randrange(2**32))
        self.base = date(1940, 1, 1)
        self.now = datetime(2025, 3, 1, tzinfo=UTC)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def dob(self) -> date:
        return self.base + timedelta(days=self.r.randrange(0, 365 * 65))

    def ts(self) -> datetime:
        return self.now - timedelta(seconds=self.r.randrange(0, 86400 * 900))

    def natid(self) -> str:
        lg, r = self.lang, self.r
        if lg in ("zh", "zhpy"):
            return self.digits(6) + self.dob().strftime("%Y%m%d") + self.digits(3) + r.choice("0123456789X")
        if lg in ("ru", "rulat"):
            d = self.digits(9)
            return f"{d[:3]}-{d[3:6]}-{d[6:]} {self.digits(2)}" if r.random() < 0.6 else self.digits(12)
        if lg in ("kk", "kklat"):
            return self.dob().strftime("%y%m%d") + self.digits(6)
        if lg in ("uk", "ar", "nl"):
            return r.choice("123") + self.digits(9) if lg != "nl" else self.f.ssn()
        if lg == "tr":
            return self.f.ssn()
        if lg == "fa":
            d = self.digits(10)
            return f"{d[:3]}-{d[3:9]}-{d[9]}" if r.random() < 0.5 else d
        if lg == "hi":
            d = r.choice("23456789") + self.digits(11)
            return f"{d[:4]} {d[4:8]} {d[8:]}"
        if lg in ("id",):
            return self.digits(6) + self.dob().strftime("%d%m%y") + self.digits(4)
        if lg == "ms":
            d = self.dob().strftime("%y%m%d")
            return f"{d}-{self.digits(2)}-{self.digits(4)}"
        if lg == "vi":
            return "0" + self.digits(11)
        if lg == "es":
            n = r.randrange(10**7, 10**8)
            return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        if lg == "pt":
            return self.f.cpf()
        if lg in ("fr", "it", "pl", "ko"):
            return self.f.ssn()
        if lg == "de":
            return r.choice("123456789") + self.digits(10)
        if lg == "ja":
            d = self.digits(12)
            return f"{d[:4]} {d[4:8]} {d[8:]}" if r.random() < 0.4 else d
        return self.f.ssn()

    def value(self, concept: str, mongo: bool):  # noqa: C901
        f, r = self.f, self.r
        if concept == "fullname":
            if self.lang == "zhpy":
                return f.romanized_name()
            return f.name() if r.random() < 0.85 else f.name().upper()
        if concept == "first":
            return f.first_name()
        if concept == "last":
            return f.last_name()
        if concept == "natid":
            return self.natid()
        if concept == "birth":
            d = self.dob()
            if mongo and r.random() < 0.6:
                return {"$date": d.strftime("%Y-%m-%dT00:00:00Z")}
            return d.strftime(r.choice(["%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y", "%Y%m%d"]))
        if concept == "phone":
            return f.phone_number()
        if concept == "email":
            return f.email() if r.random() < 0.8 else f.email().upper()
        if concept == "street":
            return f.street_address().replace("\n", ", ")
        if concept == "postcode":
            return f.postcode()
        if concept in ("lat", "lon"):
            v = float(f.latitude() if concept == "lat" else f.longitude())
            return round(v, r.choice([4, 6, 7])) if r.random() < 0.7 else str(v)
        if concept == "geo":
            lat, lon = float(f.latitude()), float(f.longitude())
            k = r.randrange(3)
            if k == 0:
                return f"{lat:.5f},{lon:.5f}"
            if k == 1:
                return [round(lon, 6), round(lat, 6)]
            return f"POINT({lon:.6f} {lat:.6f})"
        if concept == "ip":
            return f.ipv4() if r.random() < 0.8 else f.ipv6()
        if concept == "device":
            k = r.randrange(4)
            if k == 0:
                return luhn_complete(r.choice(["35", "86", "01"]) + self.digits(12))
            if k == 1:
                return ":".join(self.hexs(2) for _ in range(6)).upper()
            if k == 2:
                return str(f.uuid4()).upper()
            return self.hexs(16)
        if concept == "card":
            pre = r.choice(["4", "4", "51", "55", "2221", "62", "35", "34", "37"])
            c = luhn_complete(pre + self.digits((14 if pre in ("34", "37") else 15) - len(pre)))
            if len(c) == 16 and r.random() < 0.3:
                c = " ".join(c[i:i + 4] for i in range(0, 16, 4))
            return c
        if concept == "iban":
            v = f.iban()
            return v if r.random() < 0.7 else " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        if concept == "ethnicity":
            return r.choice(ETHNIC.get(self.lang, ETHNIC.get(self.lang[:2], ETHNIC["en"])))
        if concept == "religion":
            return r.choice(RELIG.get(self.lang, RELIG.get(self.lang[:2], RELIG["en"])))
        if concept == "diagnosis":
            return r.choice(DIAG)
        if concept == "blood":
            return r.choice(BLOOD)
        if concept == "face":
            return [round(r.gauss(0, 0.1), 6) for _ in range(r.choice([128, 128, 512]))]
        if concept == "password":
            k = r.randrange(3)
            if k == 0:
                return "$2b$12$" + "".join(r.choice(string.ascii_letters + string.digits + "./") for _ in range(53))
            if k == 1:
                return f.password(length=r.randrange(8, 16))
            return "$argon2id$v=19$m=65536,t=3,p=4$" + self.hexs(22) + "$" + self.hexs(43)
        if concept == "token":
            k = r.randrange(3)
            if k == 0:
                return r.choice(["sk_live_", "ghp_", "xoxb-", "AKIA"]) + "".join(
                    r.choice(string.ascii_letters + string.digits) for _ in range(32))
            if k == 1:
                return "eyJhbGciOiJIUzI1NiJ9." + self.hexs(40) + "." + self.hexs(43)
            return self.hexs(40)
        if concept == "id":
            n = r.randrange(1, 10**6)
            return {"$numberLong": str(n)} if mongo and r.random() < 0.3 else n
        if concept == "created":
            t = self.ts()
            if mongo:
                return {"$date": t.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
            return t.strftime(r.choice(["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%d.%m.%Y %H:%M"]))
        if concept == "status":
            return r.choice(STATUS)
        if concept == "amount":
            v = r.randrange(100, 10**6) / 100
            return v + 1e-13 if r.random() < 0.2 else v
        if concept == "city":
            return f.city()
        if concept == "gender":
            return r.choice(["M", "F", "male", "female", "Ж", "М", "男", "女", "E", "K", 1, 2])
        if concept == "qty":
            n = r.randrange(1, 500)
            return f"{n} {r.choice(UNITS)}" if r.random() < 0.3 else n
        if concept == "company":
            return f.company()
        if concept == "active":
            return r.random() < 0.7
        if concept == "checksum":
            return hashlib.sha256(self.hexs(20).encode()).hexdigest()
        if concept == "orderno":
            return r.choice(["ORD-", "INV", "SO", ""]) + self.digits(r.choice([8, 10, 12]))
        if concept == "age":
            return r.randrange(1, 95)
        if concept == "username":
            return f.user_name()
        if concept == "version":
            return ".".join(str(r.randrange(0, 20)) for _ in range(r.choice([3, 4])))
        raise ValueError(concept)


def style_name(word: str, style: str) -> str:
    if not word.isascii():
        return word
    parts = word.split("_")
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "pascal":
        return "".join(p.capitalize() for p in parts)
    if style == "scream":
        return word.upper()
    if style == "kebab":
        return "-".join(parts)
    return word


NONE_EXTRA = ["status", "amount", "qty", "checksum", "version", "orderno", "age", "username", "company", "city",
              "active", "gender", "created"]
PARENTS = ["profile", "contact", "meta", "details", "info", "owner", "person", "data", "kyc", "extra"]
GEO_PARENTS = ["geo", "loc", "position", "gps"]


def build_table(rng: random.Random, slug: str, concepts: list[str], lang: str, fmt: str):
    pool = [c for c in NONE_EXTRA if c not in concepts]
    concepts = concepts + rng.sample(pool, rng.randrange(1, 4))
    style = rng.choice(["snake", "snake", "camel", "pascal", "scream", "kebab"])
    prefix = rng.choice(["", "", "", "cust_", "p_", "usr", "f_", slug.split("_")[0][:3] + "_"])
    numbered = rng.random() < 0.25
    nested = fmt in ("json", "jsonl", "mongo") and rng.random() < 0.5
    # field names
    names: dict[str, str] = {}
    used: set[str] = set()
    for i, c in enumerate(concepts):
        w = VOC[lang][c]
        if rng.random() < 0.12:  # a few English field names in every language, like real exports
            w = VOC["en"][c]
        n = style_name(prefix + w if prefix and w.isascii() else w, style)
        if numbered and c in ("phone", "email", "street", "natid", "device", "qty", "amount"):
            n = f"{n}{rng.choice(['_1', '1', '2', '_01'])}"
        if c == "id" and fmt == "mongo":
            n = "_id" if rng.random() < 0.5 else n
        while n in used:
            n += str(i)
        used.add(n)
        names[c] = n
    # nesting: personal concepts under a parent, lat/lon under a geo parent
    paths: dict[str, tuple[str, ...]] = {c: (names[c],) for c in concepts}
    if nested:
        parent = rng.choice(PARENTS)
        movable = [c for c in concepts if c not in ("id", "created", "status") and c not in ("lat", "lon")]
        for c in movable:
            if rng.random() < 0.5:
                paths[c] = (parent, names[c])
        if "lat" in concepts:
            gp = rng.choice(GEO_PARENTS)
            paths["lat"] = (gp, names["lat"])
            paths["lon"] = (gp, names["lon"])
    mk = Maker(rng, lang)
    nrows = rng.randrange(25, 50)
    rows = []
    for _ in range(nrows):
        rec: dict = {}
        if fmt == "mongo" and "id" in concepts and names["id"] != "_id":
            rec["_id"] = {"$oid": mk.hexs(24)}
        for c in concepts:
            v = mk.value(c, fmt == "mongo")
            if c == "id" and names["id"] == "_id":
                v = {"$oid": mk.hexs(24)}
            if c not in ("id",) and rng.random() < 0.07:
                v = rng.choice(["", None, ""]) if fmt != "csv" else ""
            node = rec
            for p in paths[c][:-1]:
                node = node.setdefault(p, {})
            node[paths[c][-1]] = v
        rows.append(rec)
    labels = []
    if fmt == "mongo" and "id" in concepts and names["id"] != "_id":
        labels.append(("_id", "none"))
    for c in concepts:
        p = ".".join(paths[c])
        if fmt in ("csv", "tsv"):
            p = names[c]
        labels.append((p, CAT[c] or "none"))
    return rows, labels


def cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return " ".join(str(x) for x in v) if v and isinstance(v[0], float) and len(v) > 10 else json.dumps(v)
    return str(v)


def write(out: Path, fid: str, fmt: str, rows: list[dict]) -> None:
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        cols = list(rows[0])
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(cols)
        for rec in rows:
            w.writerow([cell(rec.get(k)) for k in cols])
        (out / f"{fid}.{fmt}").write_text(buf.getvalue(), encoding="utf-8")
    elif fmt == "json":
        (out / f"{fid}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        text = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in rows)
        (out / f"{fid}.{'json' if fmt == 'mongo' else 'jsonl'}").write_text(text, encoding="utf-8")


def instance_counts(floor: int = 25) -> dict[str, int]:
    """Tables per template: one each, then more for the templates that carry the rarest categories."""
    counts = {slug: 1 for slug, _ in TEMPLATES}
    have = {c: 0 for c in set(CAT.values()) if c}
    for _, concepts in TEMPLATES:
        for c in concepts:
            if CAT[c]:
                have[CAT[c]] += 1
    while min(have.values()) < floor:
        short = {c for c, n in have.items() if n < floor}
        slug, concepts = max(
            (t for t in TEMPLATES if counts[t[0]] < 5),
            key=lambda t: (sum(CAT[c] in short for c in t[1]), -counts[t[0]]),
        )
        counts[slug] += 1
        for c in concepts:
            if CAT[c]:
                have[CAT[c]] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    labels: list[tuple[str, str, str]] = []
    n = 0
    counts = instance_counts()
    for slug, concepts in TEMPLATES:
        for _k in range(counts[slug]):
            lang = rng.choice(LANGS)
            fmt = rng.choice(["csv", "csv", "tsv", "json", "json", "jsonl", "mongo", "mongo"])
            if "face" in concepts and fmt in ("csv", "tsv") and rng.random() < 0.5:
                fmt = "json"
            n += 1
            fid = f"eg6_{n:03d}_{slug}_{lang}"
            rows, labs = build_table(rng, slug, concepts, lang, fmt)
            write(a.out, fid, fmt, rows)
            labels += [(fid, p, c) for p, c in labs]
    with (a.out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file_id", "path", "category", "note"])
        for fid, p, c in labels:
            w.writerow([fid, p, c, ""])


if __name__ == "__main__":
    main()
