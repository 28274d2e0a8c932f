# ruff: noqa: E501 - tables of field names and vocabularies, one language run per line
"""Training data for the field model: many generated schemas in every Faker and mimesis locale.

``build(seed, n_datasets)`` returns ``(name, records, labels)`` triples (the shape of
``bench/classify/datasets.build``): labels per dotted field path, a category or None; a path left
out of the labels is debatable (a postcode alone, the parts of a labelled address object) and is
not trained on. Every value is synthetic (Faker, mimesis, or made here); no real person.

Breadth comes from combining, per dataset, a locale, a random set of personal and non-personal
field kinds, a field name for each drawn from many languages and scripts and then spelt as real
schemas spell them (camelCase, snake_case, SCREAMING_CASE, spaces, prefixes such as ``b_``,
numbered forms such as ``contact_phone2`` or ``race___0``, abbreviations, typos), and the noise real
exports carry: empty values, codes (race ``W``/``B``, ethnicity ``0``/``1``/``2``), float artefacts
(``415659874.0``), capitals, units, degree-sign coordinates, ``[lon, lat]`` pairs under arbitrary
keys, two-line addresses, lists of phone numbers, national phone formats, nesting, CSV-style text
for every value, and MongoDB Extended JSON (``{"$date": ...}``, ``{"$oid": ...}``, ``{"$numberLong": ...}``).
Samples are small as often as large (5 to 80 records), as scanners and labelled tables see them.
Patient tables hold every kind of clinical column (lab values, flags, notes, procedures, drugs, vitals,
scores), some under generic names that only their clinical siblings make health; national IDs and cards
are sometimes mock-grade (right layout, no valid check digit), as mock data holds them.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as datetime_module
import importlib
import math
import pkgutil
import random
import string
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import Any

from faker import Faker
from faker.config import AVAILABLE_LOCALES
from mimesis import Address, Person
from mimesis.locales import Locale

from ajar.detectors.base import pinned_clock, reference_day
from ajar.models import Category

C = Category

R = random.Random
Gen = Callable[["Ctx"], Any]

# --- field names: many languages and scripts ---------------------------------------------------------
# concept -> names; the first names are English, the rest other languages (the generator mixes them)
NAMES: dict[str, list[str]] = {
    "full_name": (
        "name full_name fullname customer_name client_name contact_name patient_name person_name "
        "employee_name holder_name owner_name author_name applicant_name recipient sender driver_name "
        "guest_name member_name student_name user_full_name display_name legal_name account_holder "
        "xm xingming 姓名 名字 真实姓名 联系人 收件人 客户姓名 fio фио имя_фамилия полное_имя аты_жөні "
        "аты-жөні піб імя_прізвище ad_soyad adsoyad ad_soyadi isim tam_ad الاسم الاسم_الكامل اسم_العميل "
        "نام نام_کامل نام_و_نام_خانوادگی नाम पूरा_नाम nama nama_lengkap ho_ten hoten ten_day_du "
        "nombre nombre_completo nome nome_completo nom nom_complet vollname vollständiger_name naam "
        "volledige_naam nome_e_cognome imie_i_nazwisko nazwa_klienta 氏名 名前 お名前 이름 성명 고객명"
    ).split(),
    "first_name": (
        "first_name firstname first given_name givenname fname f_name forename name_first nameFirst "
        "ming 名 имя ім'я імя аты ad isim الاسم_الأول نام_کوچک पहला_नाम nama_depan ten "
        "nombre primer_nombre nome primeiro_nome prenom prénom vorname voornaam imie imię 名前 이름 "
        "nome nom nombre prénom"  # short Romance names, twice: they look like the English "name" of anything
    ).split(),
    "last_name": (
        "last_name lastname last surname family_name familyname lname l_name name_last nameLast "
        "xing 姓 фамилия прізвище тегі soyad soyadi soyadı اسم_العائلة نام_خانوادگی उपनाम nama_belakang "
        "ho apellido apellidos sobrenome apelido nom_de_famille nachname familienname achternaam cognome "
        "nazwisko 苗字 姓氏 성 nom cognome apellido sobrenome"
    ).split(),
    "middle_name": "middle_name middlename patronymic otchestvo отчество по_батькові әкесінің_аты".split(),
    "national_id": (
        "ssn national_id nationalid national_id_number id_number idnumber id_card id_card_no citizen_id "
        "personal_id personal_number tax_id taxpayer_id nin nino passport passport_no passport_number "
        "sfzh sfzhm zjhm 身份证 身份证号 身份证号码 证件号码 护照号 iin иин inn инн снилс паспорт "
        "номер_паспорта іпн рнокпп tc_kimlik tckn tc_no kimlik_no رقم_الهوية الرقم_الوطني رقم_الجواز "
        "کد_ملی شماره_ملی आधार aadhaar pan_number nik no_ktp ktp nric cccd cmnd so_cmnd dni nie nif "
        "curp rfc rut cpf rg cc_cliente numero_documento documento nir numero_secu insee steuer_id "
        "steuernummer personalausweis ausweisnummer bsn burgerservicenummer codice_fiscale cf pesel "
        "dowod_osobisty マイナンバー 個人番号 주민등록번호 주민번호 여권번호 personnummer hetu"
    ).split(),
    "birth_date": (
        "dob birth_date birthdate date_of_birth dateofbirth birthday birth_day birthDay born bday "
        "birth_dt dt_birth birth date_naissance csrq chusheng_riqi 出生日期 生日 出生年月 дата_рождения "
        "др туған_күні дата_народження dogum_tarihi doğum_tarihi تاريخ_الميلاد تاریخ_تولد जन्म_तिथि "
        "tanggal_lahir tgl_lahir ngay_sinh ngaysinh fecha_nacimiento fecha_de_nacimiento data_nascimento "
        "data_de_nascimento date_de_naissance geburtsdatum geburtstag geboortedatum data_di_nascita "
        "data_urodzenia 生年月日 誕生日 생년월일 생일 year_of_birth birth_year"
    ).split(),
    "phone": (
        "phone phone_number phonenumber tel telephone mobile mobile_phone cell cellphone cell_phone msisdn "
        "contact_phone contact_number home_phone work_phone whatsapp phone_no mobile_no tel_no "
        "lxdh sjhm shouji dianhua 手机 手机号 电话 联系电话 电话号码 телефон тел мобильный номер_телефона "
        "телефон_нөмірі телефон_номер telefon telefon_no cep_telefonu هاتف رقم_الهاتف جوال تلفن "
        "شماره_تلفن موبایل फोन मोबाइल telepon no_hp nomor_hp no_telp so_dien_thoai sdt dien_thoai "
        "telefono teléfono celular movil móvil telefone telemovel téléphone portable numero_telephone "
        "handy telefonnummer mobiel telefoonnummer cellulare telefon_komorkowy 電話番号 携帯 전화번호 휴대폰"
    ).split(),
    "email": (
        "email e_mail email_address emailaddress mail user_email contact_email work_email "
        "youxiang 邮箱 电子邮件 邮件 электронная_почта почта эл_почта e-posta eposta البريد_الإلكتروني "
        "ایمیل ईमेल surel correo correo_electronico correo_electrónico courriel adresse_mail "
        "adres_email メール メールアドレス 이메일"
    ).split(),
    "address": (
        "address street_address street address1 purchase_address location_address block address_line street_line1  address_line1 address_line_1 addr home_address "
        "shipping_address billing_address mailing_address residence full_address street_line "
        "dz dizhi jtzz hjdz xzz 地址 住址 家庭住址 详细地址 收货地址 户籍地址 адрес адрес_проживания "
        "мекенжай адреса adres ev_adresi العنوان عنوان نشانی آدرس पता alamat dia_chi diachi "
        "direccion dirección domicilio calle endereco endereço morada logradouro adresse rue anschrift "
        "strasse straße wohnadresse straat adres indirizzo via ulica 住所 주소"
    ).split(),
    "latitude": "lat latitude lati lattitude geo_lat gps_lat y_coord wd weidu 纬度 широта enlem خط_العرض عرض_جغرافیایی lintang vi_do latitud latitude_deg breitengrad breedtegraad szerokosc 緯度 위도".split(),
    "longitude": "lon lng long longitude longtitude geo_lon gps_lng x_coord jd jingdu 经度 долгота boylam خط_الطول طول_جغرافیایی bujur kinh_do longitud längengrad lengtegraad dlugosc 経度 경도".split(),
    "point": "location loc coordinates coords position geo gps point geopoint last_location latlng lnglat 位置 坐标 координаты konum الموقع موقعیت lokasi vi_tri ubicacion localizacao posizione standort".split(),
    "ip": "ip ip_address ipaddress client_ip remote_addr remote_ip source_ip src_ip last_login_ip user_ip ipv4 ipv6 ip地址 ip_адрес ip_adresi عنوان_ip".split(),
    "device": "mac mac_address macaddr device_id deviceid imei android_id idfa advertising_id device_serial udid 设备号 设备id imei号 mac地址 идентификатор_устройства cihaz_id".split(),
    "card": "card_number cardnumber cc_number credit_card card_no pan cc ccnum card 卡号 银行卡号 信用卡 номер_карты карта kart_no kart_numarasi رقم_البطاقة شماره_کارت nomor_kartu so_the numero_tarjeta tarjeta numero_cartao cartao numero_carte kartennummer kaart_nummer numero_carta numer_karty カード番号 카드번호".split(),
    "iban": "iban iban_number bank_account account_iban iban_code 银行账号 счет_iban hesap_iban رقم_الآيبان cuenta_iban conta_iban compte_iban kontonummer_iban rekeningnummer conto_iban numer_konta".split(),
    "ethnicity": (
        "race ethnicity ethnic_group ethnic race_ethnicity raceEthnicity ethnic_origin ethnicity_code "
        "race_cd minzu mz 民族 национальность этническая_принадлежность ұлты ұлт національність etnik_köken "
        "etnisite irk ırk العرق الأصل_العرقي قومیت نژاد जाति jati suku suku_bangsa dan_toc dantoc "
        "etnia raza raca raça cor raca_cor origine_ethnique ethnie ethnische_herkunft etniciteit "
        "etnicità pochodzenie_etniczne 人種 民族性 인종 민족"
    ).split(),
    "religion": (
        "religion religious_affiliation faith denomination belief zongjiao 宗教 宗教信仰 вероисповедание "
        "религия дін віросповідання din inanç الديانة الدين دین मज़हब धर्म agama ton_giao tongiao "
        "religión religiao religião confession konfession religie religione wyznanie 宗教 종교"
    ).split(),
    "health": (
        "diagnosis diagnosis_code icd icd10 icd_10 icd_code condition medical_condition disease illness "
        "chronic_conditions allergies allergy medication medications prescription treatment symptoms "
        "hiv_status blood_type disability disability_status schwerbehindert behinderung alergias alergia cie10 "
        "cpt_code health_status medical_history jibing zhenduan 诊断 疾病 病史 "
        "过敏 диагноз заболевание болезнь диагноз_мкб аурулар teşhis tanı hastalık التشخيص المرض "
        "تشخیص بیماری निदान बीमारी diagnosa penyakit chan_doan benh diagnóstico enfermedad doença "
        "diagnostic maladie diagnose krankheit ziekte diagnosi malattia diagnoza choroba 診断 病名 진단 질병"
    ).split(),
    "health_measure": (
        "glucose blood_glucose avg_glucose_level cholesterol chol bmi blood_pressure bloodpressure bp systolic "
        "diastolic sbp dbp trestbps heart_rate pulse thalach hba1c insulin creatinine hemoglobin haemoglobin "
        "platelets wbc serum_sodium ejection_fraction oldpeak skin_thickness triglycerides ldl hdl spo2 "
        "血糖 血压 胆固醇 心率 давление глюкоза холестерин пульс tansiyon şeker kolesterol ضغط_الدم سكر_الدم "
        "glucosa presion_arterial colesterol glicemia pressao_arterial glycémie tension blutdruck blutzucker "
        "bloeddruk glicemia_mg ciśnienie 血圧 혈압 혈당 "
        "hb hgb pcv hct rbc mcv mch mchc rdw plt neut lymph mono eos tsh t3 t4 ft4 fti t4u alt ast alp ggt ldh crp esr "
        "egfr bun urea sodium potassium chloride calcium albumin bilirubin inr ferritin vitamin_d psa troponin bnp "
        "heartrate heart_rate_bpm sys_bp dia_bp sysbp diabp tot_chol total_cholesterol cigs_per_day bmi_kg_m2 "
        "waist_circumference body_temp respiratory_rate o2_sat pedigree_function diabetes_pedigree pregnancies "
        "weight_kg_patient birth_weight gestational_age apgar"
    ).split(),
    "health_flag": (
        "hypertension heart_disease diabetes diabetic stroke smoker smoking smoking_status asthma copd cancer "
        "covid_positive covid_result test_result hiv pregnant pregnancies anaemia anemia depression obesity "
        "has_diabetes high_bp chronic_disease disabled outcome_diabetes 高血压 糖尿病 吸烟 гипертония диабет "
        "курение hipertansiyon diyabet sigara ارتفاع_ضغط_الدم السكري hipertension diabetes_sn fumador "
        "hipertensão fumante hypertension_oui raucher diabetiker roker 高血圧 당뇨 흡연 "
        "sick goitre goiter tumor tumour psych lithium on_thyroxine thyroid_surgery on_medication bp_meds "
        "prevalent_stroke prevalent_hyp kidney_disease ckd liver_disease arthritis migraine epilepsy alcohol "
        "drinker alcoholism hepatitis tuberculosis malaria dementia adhd autism overweight icu_admission "
        "intubated deceased died death_event readmitted"
    ).split(),
    "health_cpt": "cpt_code cpt cpt4 procedure_code hcpcs hcpcs_code proc_code cpt_codes".split(),
    "face": "face_embedding face_vector face_encoding faceprint face_feature face_template facial_features face_descriptor rlsz renlian_tezheng 人脸特征 人脸向量 face_emb биометрия вектор_лица yuz_vektoru".split(),
    "secret": (
        "password passwd pwd pass password_hash passwordHash hashed_password pw_hash api_key apikey "
        "api_secret secret secret_key access_token auth_token refresh_token session_token bearer token "
        "private_key client_secret aws_secret_access_key pin pin_code mima 密码 пароль parola şifre sifre "
        "كلمة_المرور رمز_عبور पासवर्ड kata_sandi mat_khau contraseña contrasena senha mot_de_passe "
        "passwort wachtwoord hasło haslo パスワード 비밀번호"
    ).split(),
}

# non-personal field kinds: their names
NEG_NAMES: dict[str, list[str]] = {
    "id": "id _id record_id row_id pk key seq no index item_id order_id 编号 序号 номер id_заказа numara رقم".split(),
    "uuid": "uuid guid request_id trace_id correlation_id event_id token_id transaction_id ref_id external_id".split(),
    "product": "product product_name item title name model brand 商品名称 产品 товар наименование ürün المنتج producto produit produkt".split(),
    "company": "company company_name employer organization org merchant vendor supplier hotel_name bank_name 公司 компания şirket الشركة empresa entreprise firma".split(),
    "job": "job job_title occupation position role profession 职业 должность meslek الوظيفة puesto profession beruf".split(),
    "money": "price amount total balance cost salary fee revenue 金额 价格 сумма цена tutar fiyat المبلغ precio prix preis".split(),
    "count": "qty quantity count views clicks score rating age level stock visits attempts retries 数量 количество adet".split(),
    "status": "status state type category kind phone_type address_type card_type email_status gender sex marital_status 状态 статус durum estado statut".split(),
    "time": "created_at updated_at createdAt timestamp ts time event_time order_date modified last_login date issued_at expires_at 创建时间 时间 дата_создания время tarih التاريخ fecha date_creation datum".split(),
    "text": "description comment notes message body summary remark 备注 描述 описание комментарий açıklama الوصف descripcion commentaire beschreibung".split(),
    "url": "url website homepage link image avatar_url photo_url callback_url 网址 ссылка".split(),
    "place": "city country state province region town district country_code nationality citizenship 城市 国家 省 город страна şehir ülke المدينة الدولة ciudad país ville pays stadt land".split(),
    "code": "sku code product_code ean barcode isbn zip_type currency language locale timezone color hex_color version build tag".split(),
    "hash": "checksum sha256 md5 etag commit hash file_hash digest fingerprint content_hash".split(),
    "number": "temperature humidity pressure speed angle heading altitude x y width height weight_kg latency_ms ratio percent birth_rate score probability confidence similarity accuracy loss value reading voltage current offset delta bearing slope pitch roll yaw".split(),
    "flag": "active enabled verified is_deleted email_verified phone_verified has_card opt_in".split(),
    "agent": "user_agent ua browser device_model phone_model os platform".split(),
    "embedding": "embedding vector text_embedding doc_vector sentence_embedding features".split(),
    "username": "username user_name login handle nickname screen_name".split(),
    "member_no": "member_no membership_number customer_no account_no order_no invoice_no ticket_no policy_no 会員番号 会员编号 订单号 номер_договора номер_заказа sipariş_no رقم_الطلب numero_pedido numéro_commande bestellnummer lot_number batch serial_no cnpj_loja store_code hs_code".split(),
    "local_word": "category tag label department section segment district neighborhood area branch item goods product_type 物品 类别 分类 部门 배송상태 상태 분류 категория отдел район kategori bölüm ilçe mahalle الفئة القسم دسته categoria catégorie kategorie afdeling reparto kategoria 区分 種類".split(),
    "old_date": "hire_date start_date end_date issue_date issued expiry_date valid_from valid_to founded value_date registration_date contract_date policy_start graduation_date release_date".split(),
    "short_code": "grade size class level tier bic swift country_code currency rating_code segment_code shift zone type_code flag_code".split(),
    # the values of health measurements and flags under other names: the name decides, not the numbers
    "measure_like": "loan_amount points balance_points rssi rssi_dbm hdop speed_kmh temperature_c humidity_pct load weight_g height_cm duration_min distance_km fuel_level battery_pct signal_strength dim width_px score_total price_usd qty_sold".split(),
    "flag_like": "optin_sms opt_in newsletter active enabled is_admin verified gdpr consent has_children owns_car is_member promo_used returned paid delivered is_test archived mobile_app".split(),
    "postcode": "zip zipcode zip_code postcode postal_code plz cep cp pincode outcode postal zip5 indeks индекс почтовый_индекс 邮编 邮政编码 郵便番号 우편번호 posta_kodu codigo_postal code_postal kode_pos".split(),
    "house_number": "street_num street_number house_number house_no housenumber number num apt apt_num apartment unit suite flat numero numero_exterior numero_interior no_rumah hausnummer huisnummer dom kvartira номер_дома квартира 门牌号 番地 호수".split(),
    "street_name": "street street_name streetname calle rua strasse straat ulica via улица көше sokak cadde 街道 路名 通り 도로명 jalan duong".split(),
    # short letter+digit identifiers, regions, groups: no personal data, whatever a detector reads in them
    "short_id": "sensor label rack slot bin shelf aisle seat room gate bay lane channel unit cell tag station line stage block lot grid sector row col node server host pod cluster shard bucket well plate probe port antenna camera".split(),
    "region": "region area zone territory market sales_region division sector direction district quadrant side wind macro_region regione région región регион bölge 地区 区域".split(),
    "group": "group cohort segment class category type tier cluster bucket variant arm level priority severity risk grade band batch team league series division".split(),
    "store_key": "_key key _id redis_key cache_key doc_key object_key s3_key row_key partition_key".split(),
    "approval_code": "auth_code approval_code authorization_code confirmation_code booking_code reference_code voucher_code promo_code coupon_code order_code tracking_code".split(),
    "outcome_like": "result outcome status verdict decision winner match_result exam_result test_status build_result review label target".split(),
    "blob": "blob data payload thumbnail avatar attachment file_bytes raw image_data content signature_bytes".split(),
    "table_misc": "sex gender age pclass fare ticket cabin embarked survived department job_role monthly_income years_at_company attrition annual_income spending_score education marital_status lunch test_score math_score reading_score writing_score bedrooms bathrooms sqft floors year month weekday quarter season region_code outcome target label class".split(),
    "asset_id": "sensor_id machine_id asset_id terminal_id vehicle_id station_id node_id host_id".split(),
    "number2": "temp sensor_value measurement rate_pct share weight vol level signal rssi snr pm25 x_pos y_pos px py ax ay".split(),
    "decimal_code": "version osv os_version app_version firmware hs_code tariff_code rate exchange_rate mcc_mnc ratio c1 c2 c3 f_1 f_2 col_7 field3 value val metric".split(),
    # hard look-alikes: statistics of places (large floats, ranges of house numbers and postcodes),
    # names of places and things under a bare "name", money and counts under clinical words, letter codes
    "stat": "gdp pib gdp_per_capita population pop_total density densidade area area_km2 surface life_expectancy literacy_rate unemployment inflation exports imports budget expenditure shipping_cost freight total_cost revenue_total households income_median NY.GDP.PCAP.CD SP.POP.TOTL SE.XPD.PRIM.ZS SH.XPD.CHEX.PC.CD EN.POP.DNST 人口 面积 население площадь nüfus superficie población".split(),
    "place_name": "name_en official_name common_name capital city_name country_name station_name venue_name park_name volcano_name river_name place_name 地名 название_города".split(),
    "health_money": "healthcare_expenses healthcare_coverage medication_cost covered_medications uncovered_medications claim_amount total_claim_cost copay premium deductible base_cost payer_coverage dispenses procedures_count encounter_cost".split(),
    "letter_code": "customer_id customerid client_code supplier_code account_code ticker symbol airport_code iata icao station_code team_code carrier airline route_code".split(),
}
for _k in ("postcode", "house_number", "street_name"):  # address parts, labelled as the address (a postcode too)
    NAMES[_k] = NEG_NAMES.pop(_k)
NEG_NAMES["short_id2"] = NEG_NAMES["short_id"]
# the columns of a table of patients (one row per person): every clinical column is health data
NAMES["health_lab"] = (
    "test_name lab_test test analysis lab exam procedure panel 检查项目 анализ tahlil prueba exame".split()
)
NAMES["health_dose"] = "dose dosage dose_mg strength posology 剂量 дозировка doz dosis".split()
NAMES["health_outcome"] = (
    "outcome Outcome result target class binaryClass TenYearCHD diagnosis_result label y sick status".split()
)
# a person named by the role they play in the record (round 3): full names under these
NAMES["person_role"] = (
    "supervisor immediate_supervisor manager account_manager sales_rep agent assigned_to handled_by approved_by "
    "reviewed_by attending_physician physician doctor doctor_name dokter nama_dokter medico médico medecin médecin "
    "arzt arts nurse therapist dentist teacher instructor coach trainer lawyer director author authors creator "
    "sender receiver payee payer beneficiary billing_name shipping_name ship_to_name bill_to contact_person "
    "employee employee_name staff staff_name technician driver courier landlord tenant guardian parent mother father "
    "spouse emergency_contact next_of_kin witness signatory representative responsible owner_name head_of_household "
    "penanggung_jawab wali nama_ayah nama_ibu orang_tua nguoi_lien_he responsable encargado vendedor titular "
    "representante responsavel vendeur interlocuteur ansprechpartner sachbearbeiter betreuer contactpersoon "
    "referente responsabile opiekun kierownik руководитель ответственный менеджер врач сотрудник sorumlu yetkili "
    "المسؤول الطبيب مسئول پزشک 负责人 经办人 医生 联系人姓名 担当者 医師 담당자 의사"
).split()
# more columns of patient records (round 3): what a clinic's tables hold besides lab values
NAMES["health_note"] = (
    "notes note comments comment remarks remark observations observation impressions history anamnesis "
    "complaint chief_complaint complaints symptom symptoms clinical_notes consultation_notes doctor_notes "
    "physician_comment nurse_notes progress_notes findings assessment plan recommendations instructions "
    "catatan keluhan gejala riwayat anamnesa ghi_chu trieu_chung notas observaciones sintomas síntomas queixa "
    "observações remarques symptômes bemerkungen befund beschwerden opmerkingen klachten note_cliniche sintomi "
    "uwagi objawy примечание жалобы симптомы анамнез şikayet notlar belirtiler ملاحظات الأعراض توضیحات علائم "
    "主诉 症状 病情描述 医嘱 所見 症状メモ 증상 소견 description details text content entry"
).split()
NAMES["health_proc"] = (
    "procedure procedure_type procedure_name service service_type treatment treatment_type therapy "
    "therapy_type session_type appointment_type visit_type visit_reason reason_for_visit exam exam_type "
    "exercise exercise_name intervention surgery operation vaccine vaccination immunization imaging modality "
    "tindakan layanan pelayanan perawatan jenis_layanan thu_thuat dich_vu procedimiento tratamiento servicio "
    "procedimento tratamento serviço intervention_type soin prozedur behandlung therapie behandeling "
    "procedura trattamento zabieg leczenie процедура лечение услуга işlem tedavi الإجراء العلاج "
    "درمان 治疗 手术 检查 処置 治療 시술 치료 type title category kind jenis tipo"
).split()
NAMES["health_drug"] = (
    "medicine medicines medication medications drug drug_name drugs medicament rx prescribed prescription "
    "active_ingredient generic_name brand_name_drug pharmaceutical meds current_medications "
    "obat nama_obat resep thuoc ten_thuoc medicamento medicamentos fármaco farmaco receta remedio "
    "médicament médicaments medikament arzneimittel medicijn geneesmiddel farmaci lek leki "
    "лекарство препарат медикамент ilaç ilac الدواء دارو 药品 药物 处方 薬 薬剤 약 약품"
).split()
NAMES["health_vital"] = (
    "temperature temp body_temperature height weight weight_kg height_cm pulse heart_rate hr "
    "respiratory_rate resp_rate rr oxygen_saturation spo2 o2 blood_pressure bp systolic diastolic bmi "
    "suhu tinggi_badan berat_badan tensi nadi nhiet_do can_nang chieu_cao temperatura peso altura estatura "
    "pression poids taille gewicht groesse größe lengte gewicht_kg wzrost waga температура рост вес давление "
    "ateş boy kilo nabız الحرارة الوزن الطول دما قد وزن 体温 身高 体重 脉搏 体温_c 키 몸무게 value result reading"
).split()
NAMES["health_score"] = (
    "score severity severity_level risk risk_level pain pain_level pain_score stage grade triage triage_level "
    "assessment assessment_type assessment_score phq9 gad7 gcs apgar_score nyha ecog mmse moca years_since_diagnosis "
    "duration_of_illness disease_stage tumor_stage skor tingkat_nyeri muc_do gravedad dolor nivel_dolor "
    "gravidade dor sévérité douleur schweregrad schmerz ernst pijn gravità dolore ból stopień тяжесть боль "
    "стадия şiddet ağrı evre الشدة الألم شدت درد 严重程度 疼痛 分期 重症度 痛み 중증도 통증 level status"
).split()
NAMES["ethnicity_flag"] = (
    "hispanic is_hispanic hispanic_latino hispanic_or_latino hispaniclatino latino hispanic_origin "
    "of_hispanic_origin hispanic_ethnicity indigenous aboriginal is_indigenous first_nations roma "
    "hispano latino_a indigena indígena autochtone"
).split()
NAMES["bank_account"] = (
    "bank_account bank_account_number bank_account_no bank_acc bankaccount account_number_bank payee_account "
    "beneficiary_account salary_account acct_no_bank kontonummer konto_nr kontonr bankkonto rekening "
    "rekeningnummer no_rekening nomor_rekening norek so_tai_khoan stk numero_cuenta cuenta_bancaria nro_cuenta "
    "conta_bancaria numero_conta conta compte_bancaire numero_compte rib conto_corrente numero_conto "
    "numer_rachunku rachunek счет номер_счета расчетный_счет лицевой_счет рахунок banka_hesap_no hesap_no "
    "hesap_numarasi رقم_الحساب شماره_حساب 银行账号 账号 银行卡账号 口座番号 계좌번호"
).split()
NAMES["health_code"] = (
    "code CODE reasoncode REASONCODE snomed snomed_code condition_code REACTION severity SEVERITY".split()
)


PATIENT_KEYS = (
    "patient_id patientId id_pasien pasien_id paciente_id id_paciente patient_no patient_number mrn "
    "medical_record_number no_rm no_rekam_medis encounter_id visit_id admission_id case_id id_patient "
    "patient_ref patient_key ma_benh_nhan 患者id 病历号 患者ID номер_пациента hasta_no"
).split()


# --- the context of one dataset ------------------------------------------------------------------------


class Ctx:
    """One dataset's locale, generators and random source."""

    def __init__(self, rng: R, locale: str, fk: Faker, mm_locale: Locale, now: datetime) -> None:
        self.rng = rng
        self.locale = locale
        self.fk = fk
        self.person = Person(mm_locale, seed=rng.randrange(2**31))
        self.address = Address(mm_locale, seed=rng.randrange(2**31))
        self.now = now


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def digits(rng: R, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def caps(rng: R, s: str, p: float = 0.15) -> str:
    r = rng.random()
    return s.upper() if r < p else s.lower() if r < p * 1.3 else s


def float_artefact(s: str) -> float | str:
    """A number exported through a spreadsheet: ``415659874.0``."""
    d = "".join(ch for ch in s if ch.isdigit())
    return float(d) if d and len(d) <= 17 else s


# --- personal value generators -------------------------------------------------------------------------


def g_full_name(c: Ctx) -> Any:
    r = c.rng.random()
    if r < 0.55:
        s = c.fk.name()
    elif r < 0.8:
        s = c.person.full_name()
    elif r < 0.9:
        s = f"{c.fk.last_name()}, {c.fk.first_name()}"
    else:
        s = f"{c.fk.first_name()} {c.fk.last_name()}"
    return caps(c.rng, s)


def g_first(c: Ctx) -> Any:
    return caps(c.rng, c.fk.first_name() if c.rng.random() < 0.7 else c.person.first_name())


def g_last(c: Ctx) -> Any:
    return caps(c.rng, c.fk.last_name() if c.rng.random() < 0.7 else c.person.last_name())


def g_middle(c: Ctx) -> Any:
    return caps(c.rng, c.fk.first_name())


_MOCK_ID_LAYOUTS = (
    "###-##-####",
    "#########",
    "###.###.###-##",
    "###########",
    "################",
    "############",
    "##-#######-#",
    "####-####-####",
    "##.###.###",
    "########",
    "A########",
    "AA#######",
    "#######A",
    "AAAAAA##A##A###A",
    "A###-####-####",
)


def _mock_id(rng: R, layout: str) -> str:
    return "".join(
        rng.choice(string.digits) if ch == "#" else rng.choice(string.ascii_uppercase) if ch == "A" else ch
        for ch in layout
    )


def g_national_id(c: Ctx) -> Any:
    fk, rng = c.fk, c.rng
    # mock data and test exports: the layout of a national number, random digits (no valid check)
    style = c.__dict__.setdefault("nid_style", rng.random())
    if style < 0.3:
        s = _mock_id(rng, c.__dict__.setdefault("nid_layout", rng.choice(_MOCK_ID_LAYOUTS)))
        return float_artefact(s) if style < 0.05 and s.replace("-", "").isdigit() else s
    r = rng.random()
    for method in (
        (("cpf",) if c.locale == "pt_BR" else ())
        + (("pesel",) if c.locale == "pl_PL" else ())
        + (("aadhaar_id",) if c.locale == "en_IN" else ())
    ):
        if r < 0.5:
            return getattr(fk, method)()
    if r < 0.8:
        s = str(fk.ssn())
    else:
        s = str(fk.passport_number())
    if rng.random() < 0.1 and s.replace("-", "").isdigit():
        return float_artefact(s)
    return s


def _birth(c: Ctx) -> date:
    return (c.now - timedelta(days=c.rng.randint(365, 95 * 365))).date()


def g_birth(c: Ctx) -> Any:
    d = _birth(c)
    rng = c.rng
    fmt = rng.choice(("iso", "iso", "dmy", "mdy", "dot", "dt", "ejson", "isoz", "compact", "year", "slash_ymd"))
    if fmt == "iso":
        return d.isoformat()
    if fmt == "dmy":
        return d.strftime("%d/%m/%Y")
    if fmt == "mdy":
        return d.strftime("%m/%d/%Y") if rng.random() < 0.5 else f"{d.month}/{d.day}/{d.year}"
    if fmt == "dot":
        return d.strftime("%d.%m.%Y")
    if fmt == "dt":
        return datetime(d.year, d.month, d.day, tzinfo=UTC)
    if fmt == "ejson":
        return {"$date": datetime(d.year, d.month, d.day, tzinfo=UTC).isoformat().replace("+00:00", "Z")}
    if fmt == "isoz":
        return f"{d.isoformat()}T00:00:00.000Z"
    if fmt == "compact":
        return int(d.strftime("%Y%m%d")) if rng.random() < 0.5 else d.strftime("%Y%m%d")
    if fmt == "year":
        return d.year
    return d.strftime("%Y/%m/%d")


def g_phone(c: Ctx) -> Any:
    rng = c.rng
    r = rng.random()
    if r < 0.5:
        s = c.fk.phone_number()
    elif r < 0.7:
        s = c.person.telephone()
    elif r < 0.8:
        s = c.fk.msisdn() if hasattr(c.fk, "msisdn") else c.fk.phone_number()
    else:
        s = c.fk.phone_number()
        return float_artefact(s) if rng.random() < 0.7 else int("".join(ch for ch in s if ch.isdigit()) or "0")
    return s


def g_phones(c: Ctx) -> Any:
    return [g_phone(c) for _ in range(c.rng.randint(1, 3))]


def g_email(c: Ctx) -> Any:
    s = c.fk.email() if c.rng.random() < 0.7 else c.person.email()
    return caps(c.rng, s, 0.05)


def g_address(c: Ctx) -> Any:
    rng = c.rng
    r = rng.random()
    if r < 0.4:
        s = c.fk.street_address()
    elif r < 0.6:
        s = c.fk.address()  # often two lines
    elif r < 0.8:
        s = c.address.address()
    elif r < 0.88:
        s = f"{c.address.street_number()} {c.address.street_name()} {c.address.street_suffix()}".strip()
    elif r < 0.95:
        s = f"{c.fk.street_address()}, {c.fk.city()}, {c.address.state(abbr=True)} {c.address.postal_code()}"
    else:  # police-blotter blocks: 014XX W MONROE ST
        s = f"{rng.randint(0, 99):03d}XX {rng.choice('NSEW')} {c.address.street_name().upper()} {rng.choice(('ST', 'AVE', 'BLVD', 'RD', 'DR'))}"
    return caps(c.rng, s, 0.2)


def g_lat(c: Ctx) -> Any:
    x = float(c.fk.latitude())
    r = c.rng.random()
    if r < 0.1:
        return f"{abs(x):.6f}° {'N' if x >= 0 else 'S'}"
    if r < 0.25:
        return f"{x:.6f}"
    return round(x, c.rng.choice((4, 5, 6, 7)))


def g_lon(c: Ctx) -> Any:
    x = float(c.fk.longitude())
    r = c.rng.random()
    if r < 0.1:
        return f"{abs(x):.6f}° {'E' if x >= 0 else 'W'}"
    if r < 0.25:
        return f"{x:.6f}"
    return round(x, c.rng.choice((4, 5, 6, 7)))


def g_point(c: Ctx) -> Any:
    lat, lon = float(c.fk.latitude()), float(c.fk.longitude())
    lat, lon = round(lat, 6), round(lon, 6)
    r = c.rng.random()
    if r < 0.35:
        return [lon, lat]
    if r < 0.55:
        return {"type": "Point", "coordinates": [lon, lat]}
    if r < 0.75:
        return {"lat": lat, "lng": lon}
    if r < 0.9:
        return f"{lat},{lon}"
    return f"{lat}, {lon}"


def g_ip(c: Ctx) -> Any:
    r = c.rng.random()
    return c.fk.ipv4_public() if r < 0.6 else c.fk.ipv4() if r < 0.8 else c.fk.ipv6()


def g_device(c: Ctx) -> Any:
    rng = c.rng
    r = rng.random()
    if r < 0.4:
        s = c.fk.mac_address()
        return s.upper() if rng.random() < 0.3 else s.replace(":", "-") if rng.random() < 0.2 else s
    if r < 0.7:
        return luhn_complete(rng.choice(("35", "86", "01", "99")) + digits(rng, 12))
    if r < 0.8:
        return "".join(rng.choice("0123456789abcdef") for _ in range(16))
    if r < 0.9:  # hashed device ids exported as signed 64-bit integers
        x = rng.getrandbits(64) - 2**63
        return x if rng.random() < 0.7 else str(x)
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def g_card(c: Ctx) -> Any:
    s = c.fk.credit_card_number()
    if c.__dict__.setdefault("card_mock", c.rng.random()) < 0.25:  # mock data: 16 digits, no Luhn check
        s = c.rng.choice("3456") + digits(c.rng, 15)
    r = c.rng.random()
    if r < 0.2 and len(s) == 16:
        return " ".join(s[i : i + 4] for i in range(0, 16, 4))
    if r < 0.3 and len(s) == 16:
        return "-".join(s[i : i + 4] for i in range(0, 16, 4))
    if r < 0.4:
        return float_artefact(s)
    return s


def g_iban(c: Ctx) -> Any:
    s = c.fk.iban()
    if c.rng.random() < 0.3:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


ETHNIC_SETS: list[list[str]] = [
    [
        "White",
        "Black or African American",
        "Asian",
        "American Indian or Alaska Native",
        "Native Hawaiian or Other Pacific Islander",
        "Two or More Races",
        "Some Other Race",
        "Middle Eastern or North African",
        "Hispanic or Latino",
        "Not Hispanic or Latino",
    ],
    ["W", "B", "A", "H", "I", "O", "U", "W", "B", "W"],
    ["WHITE", "BLACK", "ASIAN", "HISPANIC", "OTHER", "NATIVE AMERICAN", "PACIFIC ISLANDER"],
    [
        "White British",
        "White Irish",
        "Any other White background",
        "Mixed White and Black Caribbean",
        "Indian",
        "Pakistani",
        "Bangladeshi",
        "Chinese",
        "Black African",
        "Black Caribbean",
        "Arab",
    ],
    ["Caucasian", "African American", "Asian", "Hispanic", "Native American", "Other"],
    ["казах", "русский", "украинец", "узбек", "татарин", "уйгур", "немец", "кореец", "казашка", "русская"],
    ["қазақ", "орыс", "өзбек", "ұйғыр", "татар", "украин"],
    ["русский", "татарин", "башкир", "чуваш", "чеченец", "армянин", "украинец", "аварец", "мордвин"],
    ["українець", "росіянин", "білорус", "молдованин", "кримський татарин", "болгарин", "угорець"],
    ["汉族", "维吾尔族", "回族", "哈萨克族", "藏族", "蒙古族", "壮族", "满族", "苗族", "彝族", "汉", "维吾尔"],
    ["branca", "preta", "parda", "amarela", "indígena", "Branca", "Parda", "Preta"],
    ["mestizo", "indígena", "blanco", "afrodescendiente", "afroecuatoriano", "montubio", "gitano"],
    ["Türk", "Kürt", "Arap", "Laz", "Çerkez", "Zaza"],
    ["عربي", "كردي", "تركماني", "أمازيغي", "آشوري"],
    ["فارس", "ترک", "کرد", "لر", "بلوچ", "عرب", "ترکمن"],
    ["Jawa", "Sunda", "Batak", "Madura", "Minangkabau", "Bugis", "Melayu", "Tionghoa"],
    ["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông"],
    ["Malay", "Chinese", "Indian", "Iban", "Kadazan", "Others"],
    ["0", "1", "2", "3", "4", "5"],
    ["1", "2", "3", "4", "9"],
]
RELIGION_SETS: list[list[str]] = [
    ["Christian", "Muslim", "Hindu", "Buddhist", "Jewish", "None", "Sikh", "Other", "Catholic", "Protestant"],
    ["CATHOLIC", "BAPTIST", "METHODIST", "LUTHERAN", "JEWISH", "MUSLIM", "NONE", "OTHER", "PENTECOSTAL"],
    ["ислам", "православие", "католицизм", "буддизм", "атеист", "иудаизм", "мусульманин", "православный"],
    ["ислам", "христиан", "православ", "дінсіз", "Ислам", "Христиандық"],
    ["伊斯兰教", "佛教", "基督教", "天主教", "道教", "无", "无宗教信仰"],
    ["İslam", "Müslüman", "Hristiyan", "Yahudi", "Ateist", "Alevi", "Sünni"],
    ["مسلم", "مسيحي", "سني", "شيعي", "يهودي", "درزي"],
    ["اسلام", "مسیحی", "زرتشتی", "یهودی", "بهائی", "شیعه", "سنی"],
    ["हिंदू", "मुस्लिम", "सिख", "ईसाई", "बौद्ध", "जैन"],
    ["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu"],
    ["Phật giáo", "Công giáo", "Không", "Tin Lành", "Cao Đài", "Hòa Hảo"],
    ["católica", "evangélica", "espírita", "sem religião", "umbanda", "judaica"],
    ["catholique", "protestant", "musulman", "juif", "sans religion", "bouddhiste"],
    ["katholisch", "evangelisch", "muslimisch", "ohne", "jüdisch", "orthodox", "rk", "ev"],
    ["rooms-katholiek", "protestants", "islamitisch", "geen", "joods"],
    ["cattolica", "ortodossa", "musulmana", "nessuna", "ebraica"],
    ["rzymskokatolickie", "prawosławne", "ewangelickie", "brak", "świadek jehowy"],
    ["仏教", "神道", "キリスト教", "無宗教"],
    ["불교", "개신교", "천주교", "무교", "기독교"],
]
DIAGNOSES = [
    "Type 2 diabetes mellitus",
    "Essential hypertension",
    "Asthma",
    "COPD",
    "Major depressive disorder",
    "Hypothyroidism",
    "Hyperlipidemia",
    "Chronic kidney disease stage 3",
    "Atrial fibrillation",
    "Migraine",
    "Osteoarthritis",
    "HIV",
    "Hepatitis C",
    "Breast cancer",
    "Schizophrenia",
    "Epilepsy",
    "Diabetes",
    "Hypertension",
    "Anxiety",
    "Obesity",
    "Pneumonia",
    "COVID-19",
    "Tuberculosis",
    "сахарный диабет",
    "гипертония",
    "астма",
    "туберкулез",
    "糖尿病",
    "高血压",
    "哮喘",
    "抑郁症",
    "乙肝",
    "diabetes tipo 2",
    "hipertensión",
    "asma",
    "diabète",
    "hypertension artérielle",
    "Bluthochdruck",
    "Diabetes mellitus",
    "ipertensione",
    "cukrzyca",
    "şeker hastalığı",
    "hipertansiyon",
    "السكري",
    "ضغط الدم",
    "دیابت",
    "फ्लू",
    "डायबिटीज",
    "tiểu đường",
    "darah tinggi",
    "糖尿病性腎症",
    "당뇨병",
    "고혈압",
]
ALLERGIES = ["Penicillin", "Peanuts", "Latex", "Shellfish", "Sulfa drugs", "None known", "Aspirin", "Pollen"]
MEDS = [
    "Metformin 500mg",
    "Lisinopril 10 mg",
    "Atorvastatin",
    "Levothyroxine",
    "Amlodipine 5mg",
    "Insulin glargine",
    "Sertraline 50 mg",
    "Salbutamol",
    "Omeprazole 20mg",
]


def g_ethnicity(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault("ethnic_vocab", c.rng.choice(ETHNIC_SETS))
    v = c.rng.choice(vocab)
    return int(v) if v.isdigit() and c.rng.random() < 0.5 else v


def g_religion(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault("religion_vocab", c.rng.choice(RELIGION_SETS))
    return c.rng.choice(vocab)


def _icd(rng: R) -> str:
    return f"{rng.choice('ABCDEFGIJKMNORSTZ')}{rng.randint(0, 99):02d}" + (
        f".{rng.randint(0, 9)}" if rng.random() < 0.7 else ""
    )


def g_health(c: Ctx) -> Any:
    kind = c.__dict__.setdefault("health_kind", c.rng.choice(("dx", "dx", "icd", "allergy", "med", "blood", "hiv")))
    rng = c.rng
    if kind == "dx":
        return rng.choice(DIAGNOSES)
    if kind == "icd":
        return _icd(rng) if rng.random() < 0.8 else f"{_icd(rng)} {rng.choice(DIAGNOSES)}"
    if kind == "allergy":
        return rng.choice(ALLERGIES)
    if kind == "med":
        return rng.choice(MEDS)
    if kind == "blood":
        return rng.choice(("A+", "A-", "B+", "B-", "O+", "O-", "AB+", "AB-"))
    return rng.choice(("positive", "negative", "unknown"))


#: clinical numbers (low, high, decimals): lab values (glucose, cholesterol, BMI, ...) and vital signs
#: (temperature, height, weight, pulse, breathing, SpO2, ...)
_MEASURES = (
    (70, 200, 0),
    (120, 300, 0),
    (16, 45, 1),
    (80, 180, 0),
    (50, 110, 0),
    (4.5, 12, 1),
    (0.5, 3, 2),
    (85, 100, 0),
)
_VITALS = ((35.5, 40.0, 1), (140, 195, 0), (40, 130, 1), (50, 130, 0), (12, 30, 0), (88, 100, 0), (17, 40, 1))
_LAB_UNITS = ("mg/dL", "mmol/L", "mmHg", "bpm", "%")
_VITAL_UNITS = ("°C", "cm", "kg", "bpm", "/min", "%", "lbs", "in")


def _clinical_number(c: Ctx, key: str, ranges: tuple[tuple[float, float, int], ...], units: tuple[str, ...]) -> Any:
    """One clinical number per column: its range and style drawn once (a plain number, a number with a
    unit, or, for lab values, a blood pressure reading); ``key`` keeps lab values' and vitals' draws apart."""
    lo, hi, dec = c.__dict__.setdefault(key, c.rng.choice(ranges))
    x = round(c.rng.uniform(lo, hi), dec)
    if key == "measure":
        r = c.__dict__.setdefault("measure_style", c.rng.random())
        if r < 0.1:
            return f"{c.rng.randint(100, 160)}/{c.rng.randint(60, 100)}"  # blood pressure
        if r < 0.2:
            return f"{x} {c.rng.choice(units)}"
    elif c.__dict__.setdefault("vital_text", c.rng.random()) < 0.25:
        return f"{x} {c.rng.choice(units)}"
    return int(x) if dec == 0 else x


def g_health_measure(c: Ctx) -> Any:
    return _clinical_number(c, "measure", _MEASURES, _LAB_UNITS)


def g_health_flag(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "flag_vocab",
        c.rng.choice(
            (
                (0, 1),
                (True, False),  # JSON booleans (``hasDiabetes: true``)
                ("0", "1"),
                ("Yes", "No"),
                ("yes", "no"),
                ("Y", "N"),
                ("never smoked", "formerly smoked", "smokes", "Unknown"),
                ("positive", "negative"),
                ("True", "False"),
                ("是", "否"),
                ("да", "нет"),
                ("sí", "no"),
                ("evet", "hayır"),
            )
        ),
    )
    return c.rng.choice(vocab)


LAB_TESTS = (
    "HbA1c",
    "Lipid panel",
    "CBC",
    "Basic metabolic panel",
    "TSH",
    "Urinalysis",
    "Hemoglobin",
    "Glucose",
    "Creatinine",
    "ALT",
    "Vitamin D",
    "PSA",
    "COVID-19 PCR",
    "Ferritin",
    "INR",
)


def g_health_lab(c: Ctx) -> Any:
    return c.rng.choice(LAB_TESTS)


def g_health_dose(c: Ctx) -> Any:
    return (
        f"{c.rng.choice((5, 10, 20, 25, 50, 100, 250, 500, 850, 1000))} {c.rng.choice(('mg', 'mg', 'mcg', 'ml', 'IU'))}"
        + (c.rng.choice(("", "", " twice daily", " once daily", " PRN")))
    )


def g_health_outcome(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "hout_vocab",
        c.rng.choice(
            (
                (0, 1),
                ("0", "1"),
                ("P", "N"),
                ("positive", "negative"),
                ("tested_positive", "tested_negative"),
                ("t", "f"),
                ("H", "L", "N"),
                ("normal", "abnormal"),
                ("Yes", "No"),
            )
        ),
    )
    return c.rng.choice(vocab)


def g_health_code(c: Ctx) -> Any:
    r = c.__dict__.setdefault("hcode_style", c.rng.random())
    if r < 0.5:  # SNOMED CT concept ids
        return c.rng.choice(
            (
                44054006,
                38341003,
                195662009,
                10509002,
                162864005,
                72892002,
                15777000,
                444814009,
                233604007,
                36971009,
                68496003,
                271737000,
                59621000,
                40055000,
            )
        )
    if r < 0.7:
        return _icd(c.rng)
    if r < 0.85:
        return c.rng.choice(("MILD", "MODERATE", "SEVERE"))
    return c.rng.choice(("Rash", "Hives", "Anaphylaxis", "Wheezing", "Nausea", "Itching"))


HEALTH_NOTES = (
    "Patient reports headache and nausea",
    "Follow-up in 2 weeks",
    "Kidney issues, refer to nephrology",
    "chest pain on exertion",
    "BP stable, continue current dose",
    "Allergic reaction to penicillin",
    "post-op wound healing well",
    "shortness of breath at night",
    "fever 3 days, cough",
    "no complaints",
    "sakit kepala",
    "demam dan batuk",
    "nyeri perut",
    "dolor abdominal",
    "tos seca y fiebre",
    "dor nas costas",
    "douleur thoracique",
    "Kopfschmerzen seit 3 Tagen",
    "боль в горле",
    "головная боль",
    "baş ağrısı",
    "ألم في الصدر",
    "سرفه و تب",
    "头痛三天",
    "咳嗽发热",
    "腹痛",
    "頭痛",
    "기침",
    "Depressive symptoms, PHQ-9 follow-up",
    "Anxiety, referred to counselling",
    "knee pain after fall",
    "takes insulin twice daily",
)
HEALTH_PROCS = (
    "Biopsy",
    "ECG",
    "MRI brain",
    "X-ray chest",
    "CT abdomen",
    "Blood test",
    "IV drip",
    "Dental cleaning",
    "Tooth extraction",
    "Immunisation",
    "Physiotherapy",
    "Knee squats",
    "Shoulder stretch",
    "Psychotherapy session",
    "Dialysis",
    "Colonoscopy",
    "Ultrasound",
    "Vaccination",
    "Wound dressing",
    "Cataract surgery",
    "Appendectomy",
    "Cesarean section",
    "pemeriksaan gigi",
    "imunisasi",
    "cabut gigi",
    "radiografía",
    "fisioterapia",
    "consulta psiquiátrica",
    "échographie",
    "Blutabnahme",
    "прививка",
    "УЗИ",
    "fizik tedavi",
    "تصوير بالأشعة",
    "针灸",
    "血液透析",
    "内視鏡検査",
    "물리치료",
)
DRUGS = (
    "Metformin",
    "Paracetamol",
    "Amoxicillin",
    "Ibuprofen",
    "Omeprazole",
    "Atorvastatin",
    "Amlodipine",
    "Lisinopril",
    "Salbutamol inhaler",
    "Insulin glargine",
    "Sertraline",
    "Fluoxetine",
    "Tenofovir/emtricitabine",
    "Prednisolone",
    "Warfarin",
    "Ciprofloxacin",
    "Azithromycin 500mg",
    "Levothyroxine 50mcg",
    "Diazepam",
    "Morphine sulfate",
    "Cetirizine",
    "Losartan 50 mg",
    "Amoksisilin",
    "Parasetamol 500 mg",
    "Antasida doen",
    "CTM",
    "Ambroxol",
    "Парацетамол",
    "Аспирин",
    "阿莫西林",
    "布洛芬",
    "ロキソニン",
    "타이레놀",
)


def g_health_note(c: Ctx) -> Any:
    s = c.rng.choice(HEALTH_NOTES)
    return s if c.rng.random() < 0.7 else f"{s}. {c.rng.choice(HEALTH_NOTES)}"


def g_health_proc(c: Ctx) -> Any:
    return caps(c.rng, c.rng.choice(HEALTH_PROCS), 0.1)


def g_health_drug(c: Ctx) -> Any:
    r = c.__dict__.setdefault("drug_style", c.rng.random())
    d = c.rng.choice(DRUGS)
    if r < 0.3:
        return f"{d} {g_health_dose(c)}"
    if r < 0.4:
        return ", ".join(c.rng.sample(DRUGS, c.rng.randint(1, 3)))
    return caps(c.rng, d, 0.1)


def g_health_vital(c: Ctx) -> Any:
    return _clinical_number(c, "vital", _VITALS, _VITAL_UNITS)


def g_health_score(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "hscore_vocab",
        c.rng.choice(
            (
                tuple(range(0, 11)),
                tuple(range(0, 28)),
                ("mild", "moderate", "severe"),
                ("low", "medium", "high"),
                ("Low risk", "High risk", "Moderate risk"),
                ("I", "II", "III", "IV"),
                ("Stage 1", "Stage 2", "Stage 3"),
                ("PHQ-9", "GAD-7"),
                ("ringan", "sedang", "berat"),
                ("leve", "moderado", "grave"),
                ("легкая", "средняя", "тяжелая"),
                ("轻度", "中度", "重度"),
                tuple(round(0.5 * k, 1) for k in range(0, 30)),
            )
        ),
    )
    return c.rng.choice(vocab)


def g_ethnicity_flag(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "eflag_vocab",
        c.rng.choice(((0, 1), ("0", "1"), ("Yes", "No"), ("Y", "N"), (True, False), ("1", "2"), ("sí", "no"))),
    )
    return c.rng.choice(vocab)


def g_bank_account(c: Ctx) -> Any:
    """A personal bank account number as exports hold it: an IBAN, or the national account number
    (digits, sometimes grouped), not always with a valid check."""
    rng = c.rng
    style = c.__dict__.setdefault("acct_style", rng.random())
    if style < 0.3:
        return g_iban(c)
    n = c.__dict__.setdefault("acct_len", rng.choice((8, 10, 10, 12, 13, 16, 18, 20)))
    s = digits(rng, n)
    if style < 0.45:
        return f"{s[:4]}-{s[4:8]}-{s[8:]}" if n > 8 else s
    if style < 0.55:
        return float_artefact(s)
    if style < 0.62:
        return f"{rng.choice(('EG', 'DE', 'NL', 'ES'))}{s}"
    return s


def g_cpt(c: Ctx) -> Any:
    r = c.rng.random()
    if r < 0.7:
        return str(c.rng.randint(10000, 99499))
    return f"{c.rng.choice('AGJ')}{c.rng.randint(1000, 9999)}"


def g_face(c: Ctx) -> Any:
    dim = c.__dict__.setdefault("face_dim", c.rng.choice((128, 128, 512)))
    v = [c.rng.gauss(0, 0.1) for _ in range(dim)]
    return [round(x, 6) for x in v]


def g_secret(c: Ctx) -> Any:
    kind = c.__dict__.setdefault(
        "secret_kind", c.rng.choice(("plain", "bcrypt", "sha", "apikey", "jwt", "hex", "pin", "aws"))
    )
    rng = c.rng
    if kind == "plain":
        return c.fk.password(length=rng.randint(8, 16))
    if kind == "bcrypt":
        return "$2b$12$" + "".join(rng.choice(string.ascii_letters + string.digits + "./") for _ in range(53))
    if kind == "sha":
        return "".join(rng.choice("0123456789abcdef") for _ in range(64))
    if kind == "apikey":
        return rng.choice(("sk_live_", "pk_live_", "sk-", "AIza", "ghp_", "xoxb-")) + "".join(
            rng.choice(string.ascii_letters + string.digits) for _ in range(32)
        )
    if kind == "jwt":
        return (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(60))
            + "."
            + "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(43))
        )
    if kind == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if kind == "pin":
        return digits(rng, 4) if rng.random() < 0.7 else int(digits(rng, 6))
    return "AKIA" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))


# --- non-personal value generators ---------------------------------------------------------------------


def n_id(c: Ctx) -> Any:
    base = c.__dict__.setdefault("id_base", c.rng.randint(1, 10**6))
    c.__dict__["id_base"] = base + c.rng.randint(1, 5)
    return base if c.rng.random() < 0.7 else str(base)


def n_uuid(c: Ctx) -> Any:
    return str(uuid.UUID(int=c.rng.getrandbits(128), version=4))


BRANDS = (
    "Kindle Echo Galaxy Pixel Jordan Victoria Aurora Nova Atlas Titan Phoenix Orion Luna Apollo Zen Vega Maxima "
    "Camry Corolla Civic Polo Golf Clio Panda Octavia Lada Granta Vesta Bora Sierra Fiesta Focus Mondeo Tiguan "
    "Aspirin Nurofen Oreo Fanta Sprite Milka Nutella Lego Barbie Monopoly Tetris Zelda Mario Sonic Harmony Serenity"
).split()


def n_product(c: Ctx) -> Any:
    r = c.rng.random()
    if r < 0.25:
        return c.rng.choice(BRANDS)
    if r < 0.45:
        return c.fk.catch_phrase()
    if r < 0.7:
        return f"{c.fk.color_name()} {c.rng.choice(('Chair', 'Lamp', 'Mouse', 'Cable', 'Bottle', 'Jacket', 'Desk'))}"
    return c.fk.bs().title()


def n_company(c: Ctx) -> Any:
    return c.fk.company()


def n_job(c: Ctx) -> Any:
    return c.fk.job()


def n_money(c: Ctx) -> Any:
    x = round(c.rng.uniform(0, 5000), 2)
    r = c.rng.random()
    return x if r < 0.6 else f"{x} {c.rng.choice(('USD', 'EUR', '₽', 'TL', '€'))}" if r < 0.8 else int(x)


def n_count(c: Ctx) -> Any:
    return c.rng.randint(0, c.__dict__.setdefault("count_max", c.rng.choice((5, 10, 100, 90, 10000))))


def n_status(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "status_vocab",
        c.rng.choice(
            (
                ("active", "inactive", "pending"),
                ("M", "F"),
                ("male", "female", "other"),
                ("mobile", "home", "work"),
                ("Visa", "MasterCard", "Amex"),
                ("single", "married", "divorced"),
                ("paid", "shipped", "refunded", "cancelled"),
                ("0", "1"),
                ("A", "B", "C", "D"),
                ("новый", "в работе", "закрыт"),
                ("已完成", "待处理", "已取消"),
            )
        ),
    )
    return c.rng.choice(vocab)


def n_time(c: Ctx) -> Any:
    t = c.now - timedelta(seconds=c.rng.randint(0, 3 * 365 * 86400))
    r = c.rng.random()
    if r < 0.3:
        return t.isoformat()
    if r < 0.45:
        return int(t.timestamp())
    if r < 0.55:
        return int(t.timestamp() * 1000)
    if r < 0.7:
        return {"$date": t.isoformat().replace("+00:00", "Z")}
    if r < 0.8:
        return t
    if r < 0.9:
        return t.strftime("%Y-%m-%d %H:%M:%S")
    return t.date().isoformat()


def n_text(c: Ctx) -> Any:
    return c.fk.sentence() if c.rng.random() < 0.7 else c.fk.text(max_nb_chars=120)


def n_url(c: Ctx) -> Any:
    return c.fk.url() + c.fk.uri_path() if c.rng.random() < 0.5 else c.fk.image_url()


def n_place(c: Ctx) -> Any:
    r = c.rng.random()
    return (
        c.fk.city() if r < 0.4 else c.fk.country() if r < 0.6 else c.fk.country_code() if r < 0.8 else c.address.state()
    )


def n_code(c: Ctx) -> Any:
    r = c.rng.random()
    if r < 0.2:
        return c.fk.ean13()
    if r < 0.35:
        return c.fk.currency_code()
    if r < 0.5:
        return c.fk.language_code()
    if r < 0.6:
        return c.fk.timezone()
    if r < 0.7:
        return c.fk.hex_color()
    if r < 0.85:
        return f"{c.rng.randint(0, 9)}.{c.rng.randint(0, 30)}.{c.rng.randint(0, 99)}"
    return f"SKU-{c.rng.randint(10**4, 10**6)}"


def n_hash(c: Ctx) -> Any:
    n = c.__dict__.setdefault("hash_len", c.rng.choice((32, 40, 64)))
    return "".join(c.rng.choice("0123456789abcdef") for _ in range(n))


def n_number(c: Ctx) -> Any:
    lo, hi = c.__dict__.setdefault(
        "num_range", c.rng.choice(((-40, 45), (0, 100), (-90, 90), (0, 360), (0, 1), (0, 2000)))
    )
    return round(c.rng.uniform(lo, hi), c.__dict__.setdefault("num_dec", c.rng.choice((1, 2, 3, 4, 5, 6, 7))))


def n_flag(c: Ctx) -> Any:
    """A flag column writes its flags one way (JSON booleans, words, 0/1 or letters)."""
    vocab = c.__dict__.setdefault(
        "nflag_vocab", c.rng.choice(((True, False), (True, False), ("true", "false"), (0, 1), ("Y", "N")))
    )
    return c.rng.choice(vocab)


def n_agent(c: Ctx) -> Any:
    return (
        c.fk.user_agent()
        if c.rng.random() < 0.5
        else c.rng.choice(("iPhone 12", "Galaxy S21", "Pixel 7", "Redmi Note 10", "Windows", "Android 13", "iOS 17"))
    )


def n_embedding(c: Ctx) -> Any:
    dim = c.__dict__.setdefault("emb_dim", c.rng.choice((384, 768, 1536, 64)))
    return [round(c.rng.gauss(0, 0.05), 5) for _ in range(dim)]


def n_username(c: Ctx) -> Any:
    return c.fk.user_name()


def n_member_no(c: Ctx) -> Any:
    width = c.__dict__.setdefault("member_width", c.rng.choice((6, 7, 8, 9, 10, 12, 14)))
    r = c.__dict__.setdefault("member_style", c.rng.random())
    d = digits(c.rng, width)
    if r < 0.4:
        return int(d) if d[0] != "0" else d
    if r < 0.6:
        return d
    if r < 0.8:
        return f"{c.rng.choice(string.ascii_uppercase)}{c.rng.choice(string.ascii_uppercase)}-{d}"
    return f"{d[:2]}.{d[2:5]}.{d[5:]}/0001-{c.rng.randint(10, 99)}"


def n_local_word(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "local_vocab", [c.fk.word() if c.rng.random() < 0.6 else c.fk.city() for _ in range(c.rng.randint(3, 12))]
    )
    v = c.rng.choice(vocab)
    return v.title() if c.rng.random() < 0.3 else v


def n_old_date(c: Ctx) -> Any:
    d = (c.now - timedelta(days=c.rng.randint(0, 70 * 365))).date()
    fmt = c.__dict__.setdefault("old_fmt", c.rng.choice(("iso", "dmy", "mdy", "dot", "dt", "ejson")))
    if fmt == "iso":
        return d.isoformat()
    if fmt == "dmy":
        return d.strftime("%d/%m/%Y")
    if fmt == "mdy":
        return d.strftime("%m/%d/%Y")
    if fmt == "dot":
        return d.strftime("%d.%m.%Y")
    if fmt == "dt":
        return datetime(d.year, d.month, d.day, tzinfo=UTC)
    return {"$date": f"{d.isoformat()}T00:00:00Z"}


def n_short_code(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "code_vocab",
        c.rng.choice(
            (
                ("A", "B", "C", "D", "F"),
                ("S", "M", "L", "XL", "XXL"),
                ("DEUTDEFF", "BNPAFRPP", "COBADEFF", "CHASUS33", "HSBCGB2L", "SBININBB"),
                ("US", "DE", "FR", "CN", "RU", "KZ", "TR", "BR"),
                ("USD", "EUR", "RUB", "KZT", "CNY"),
                ("N", "E", "S", "W"),
                ("I", "II", "III", "IV"),
                ("H", "M", "L"),
                ("X", "Y", "Z", "W"),
                ("1", "2", "3", "4", "5"),
            )
        ),
    )
    return c.rng.choice(vocab)


def n_short_id(c: Ctx) -> Any:
    """Sensor, label, rack, seat ids: ``s12``, ``l3``, ``A12``, ``R2-07``, ``srv12`` (not ICD-10 codes)."""
    style = c.__dict__.setdefault("sid_style", c.rng.randrange(6))
    prefix = c.__dict__.setdefault(
        "sid_prefix", c.rng.choice(("s", "l", "r", "n", "c", "p", "t", "b", "d", "k", "srv", "node", "ch", "S", "L"))
    )
    rng = c.rng
    if style == 0:
        return f"{prefix}{rng.randrange(100)}"
    if style == 1:  # uppercase letter + two digits: seat, grid or cabin, shaped like an ICD-10 chapter
        return f"{rng.choice('ABCDEFGHJKLMNPRSTZ')}{rng.randrange(100):02d}"
    if style == 2:
        return f"{rng.choice('ABCDEFGH')}{rng.randint(1, 12)}"
    if style == 3:
        return f"{prefix.upper()}{rng.randint(1, 9)}-{rng.randrange(100):02d}"
    if style == 4:
        return f"{prefix}{rng.randrange(10)}"
    return f"{prefix}_{rng.randrange(1000):03d}"


def n_region(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "region_vocab",
        c.rng.choice(
            (
                ("north", "south", "east", "west"),
                ("North", "South", "East", "West", "Central"),
                ("Northeast", "Midwest", "South", "West"),
                ("northwest", "southeast", "northeast", "southwest"),
                ("EMEA", "APAC", "LATAM", "NA"),
                ("urban", "rural", "suburban"),
                ("Region 1", "Region 2", "Region 3", "Region 4"),
                ("N", "S", "E", "W", "NE", "SW"),
                ("inland", "coastal", "mountain"),
                ("север", "юг", "восток", "запад"),
                ("北", "南", "东", "西"),
                ("Nord", "Sud", "Est", "Ouest"),
            )
        ),
    )
    return c.rng.choice(vocab)


def n_group(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "group_vocab",
        c.rng.choice(
            (
                ("A", "B", "C"),
                ("group A", "group B"),
                ("control", "treatment"),
                ("low", "medium", "high"),
                ("Low", "Medium", "High", "Critical"),
                ("gold", "silver", "bronze"),
                ("type I", "type II", "type III"),
                ("1", "2", "3"),
                ("alpha", "beta", "gamma"),
                ("red", "green", "blue", "yellow"),
                ("P1", "P2", "P3"),
                ("basic", "premium", "enterprise"),
            )
        ),
    )
    return c.rng.choice(vocab)


def n_outcome_like(c: Ctx) -> Any:
    vocab = c.__dict__.setdefault(
        "outcome_vocab",
        c.rng.choice(
            (
                ("pass", "fail"),
                ("win", "loss", "draw"),
                ("approved", "rejected", "pending"),
                ("success", "failure"),
                ("ok", "error", "timeout"),
                (0, 1),
                ("0", "1"),
                ("Yes", "No"),
                ("accepted", "declined"),
                ("H", "D", "A"),
            )
        ),
    )
    return c.rng.choice(vocab)


def n_store_key(c: Ctx) -> Any:
    """Keys of key-value stores and buckets: ``cart:101``, ``user:42:profile``, ``img/2024/03/a1b2.jpg``."""
    prefix = c.__dict__.setdefault("key_prefix", c.rng.choice(("cart", "user", "order", "cache", "item", "job", "img")))
    style = c.__dict__.setdefault("key_style", c.rng.randrange(4))
    n = c.rng.randint(1, 99999)
    if style == 0:
        return f"{prefix}:{n}"
    if style == 1:
        return f"{prefix}:{n}:{c.rng.choice(('profile', 'items', 'meta'))}"
    if style == 2:
        return f"{prefix}:{uuid.UUID(int=c.rng.getrandbits(128), version=4)}"
    return f"{prefix}/{c.rng.randint(2019, 2026)}/{c.rng.randint(1, 12):02d}/{n:x}.json"


def n_approval_code(c: Ctx) -> Any:
    """Card authorisation, booking and voucher codes: digits or letters, no secret once used."""
    style = c.__dict__.setdefault("appr_style", c.rng.randrange(3))
    if style == 0:
        return f"{c.rng.randrange(10**6):06d}"
    if style == 1:
        return "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return c.rng.randrange(10**5, 10**6)


def n_blob(c: Ctx) -> Any:
    return bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(16, 256)))


def n_table_misc(c: Ctx) -> Any:
    kind = c.__dict__.setdefault("misc_kind", c.rng.randrange(9))
    rng = c.rng
    if kind == 0:
        return rng.choice(("male", "female", "M", "F", "Male", "Female"))
    if kind == 1:
        return rng.randint(1, 90)
    if kind == 2:
        return rng.choice(("A/5 21171", "PC 17599", "STON/O2. 3101282", "113803", "373450", "C85", "C123", "E46"))
    if kind == 3:
        return rng.choice(("S", "C", "Q", "1", "2", "3"))
    if kind == 4:
        return rng.choice(("Sales", "Research & Development", "Human Resources", "Laboratory Technician", "Manager"))
    if kind == 5:
        return rng.randint(1000, 20000) if rng.random() < 0.7 else round(rng.uniform(1000, 20000), 2)
    if kind == 6:
        return rng.choice(("Yes", "No", "0", "1", "group A", "group B", "group C", "high school", "bachelor's degree"))
    if kind == 7:
        return rng.randint(1990, 2025)
    return rng.choice(("Q1", "Q2", "Q3", "Q4", "Mon", "Tue", "Wed", "Jan", "Feb", "Spring", "Summer"))


def n_asset_id(c: Ctx) -> Any:
    prefix = c.__dict__.setdefault("asset_prefix", c.rng.choice(("sensor", "dev", "TRK", "node", "pump", "cam", "st")))
    return f"{prefix}-{c.rng.randint(1, 9999):04d}"


def n_stat(c: Ctx) -> Any:
    """A statistic of a place or a business: wide ranges, decimals, float artefacts."""
    lo, hi, dec = c.__dict__.setdefault(
        "stat_range",
        c.rng.choice(((1e3, 1e7, 0), (1e6, 1e13, 1), (0.1, 500.0, 2), (10.0, 90.0, 3), (0.0, 1e5, 2), (1e2, 1e9, 0))),
    )
    x = c.rng.uniform(lo, hi) if c.rng.random() < 0.5 else 10 ** c.rng.uniform(math.log10(max(lo, 1.0)), math.log10(hi))
    r = c.rng.random()
    if dec == 0:
        return float(int(x)) if r < 0.4 else int(x) if r < 0.8 else f"{int(x):,}"
    return round(x, dec) if r < 0.8 else str(round(x, dec + 4))


def n_place_name(c: Ctx) -> Any:
    r = c.rng.random()
    if r < 0.35:
        return c.fk.city()
    if r < 0.55:
        return c.fk.country()
    if r < 0.7:
        return c.address.state()
    if r < 0.85:
        return f"{c.fk.city()} {c.rng.choice(('Park', 'Station', 'Lake', 'River', 'Mount', 'Bay', 'Hall', 'Arena'))}"
    return (
        c.fk.street_name()
        if c.rng.random() < 0.3
        else f"{c.fk.last_name()} {c.rng.choice(('Peak', 'Volcano', 'Island', 'Falls'))}"
    )


def n_health_money(c: Ctx) -> Any:
    return n_money(c) if c.rng.random() < 0.6 else n_count(c)


def n_letter_code(c: Ctx) -> Any:
    size = c.__dict__.setdefault("code_len", c.rng.choice((3, 4, 5)))
    word = c.fk.company() if c.rng.random() < 0.6 else c.fk.city()
    letters = "".join(ch for ch in word.upper() if "A" <= ch <= "Z")
    if len(letters) < size:
        letters += "".join(c.rng.choice(string.ascii_uppercase) for _ in range(size))
    return letters[:size]


def n_decimal_code(c: Ctx) -> Any:
    r = c.__dict__.setdefault("dec_style", c.rng.random())
    if r < 0.25:
        return f"{c.rng.randint(1, 17)}.{c.rng.randint(0, 9)}"
    if r < 0.45:
        return round(c.rng.uniform(0, 1000), c.rng.choice((2, 4, 6)))
    if r < 0.6:
        return f"{c.rng.randint(1000, 9999)}.{c.rng.randint(10, 99)}"
    if r < 0.75:
        return f"{c.rng.randint(200, 750)}{c.rng.randint(1, 99):02d}"
    return round(c.rng.gauss(0, 50), 6)


def g_address_object(c: Ctx) -> Any:
    keys = c.__dict__.setdefault(
        "addr_keys",
        c.rng.choice(
            (
                ("street", "number", "city", "zip"),
                ("line1", "line2", "city", "state", "postal_code"),
                ("logradouro", "numero", "bairro", "cidade", "uf", "cep"),
                ("strasse", "hausnummer", "plz", "ort"),
                ("улица", "дом", "квартира", "город", "индекс"),
                ("province", "city", "district", "street", "detail"),
            )
        ),
    )
    values = {
        0: c.address.street_name(),
        1: c.address.street_number(),
        2: c.fk.city(),
        3: c.address.postal_code(),
        4: c.address.postal_code(),
        5: c.address.postal_code(),
    }
    return {k: values.get(i, "") for i, k in enumerate(keys)}


def n_geo_block(c: Ctx) -> Any:
    return {"country": c.fk.country_code(), "city": c.fk.city(), "zip": c.address.postal_code()}


def g_postcode(c: Ctx) -> Any:
    r = c.rng.random()
    if r < 0.6:
        return c.address.postal_code()
    if r < 0.8:
        return c.fk.postcode()
    if r < 0.9:  # US ZIPs as numbers, leading zero lost, or ZIP+4
        z = c.rng.randint(501, 99950)
        return z if c.rng.random() < 0.5 else f"{z:05d}-{c.rng.randint(0, 9999):04d}"
    return c.fk.postcode().split(" ")[0]  # UK outcodes


def g_house_number(c: Ctx) -> Any:
    r = c.__dict__.setdefault("house_style", c.rng.random())
    n = c.rng.choice((c.rng.randint(1, 200), c.rng.randint(1, 9999)))
    if r < 0.5:
        return n if c.rng.random() < 0.6 else str(n)
    if r < 0.7:
        return f"{n}{c.rng.choice('ABCD')}" if c.rng.random() < 0.4 else str(n)
    if r < 0.85:
        return f"{c.rng.choice(('Apt', 'Suite', 'Unit', '#', 'Flat', 'Dpto', 'кв.'))} {c.rng.randint(1, 40)}"
    return c.address.street_number()


def g_street_name(c: Ctx) -> Any:
    s = c.address.street_name() if c.rng.random() < 0.5 else c.fk.street_name()
    return caps(c.rng, s, 0.2)


PERSONAL: dict[str, tuple[C, Gen]] = {
    "postcode": (C.ADDRESS, g_postcode),
    "house_number": (C.ADDRESS, g_house_number),
    "street_name": (C.ADDRESS, g_street_name),
    "full_name": (C.PERSON_NAME, g_full_name),
    "first_name": (C.PERSON_NAME, g_first),
    "last_name": (C.PERSON_NAME, g_last),
    "middle_name": (C.PERSON_NAME, g_middle),
    "national_id": (C.NATIONAL_ID, g_national_id),
    "birth_date": (C.BIRTH_DATE, g_birth),
    "phone": (C.PHONE, g_phone),
    "email": (C.EMAIL, g_email),
    "address": (C.ADDRESS, g_address),
    "latitude": (C.COORDINATES, g_lat),
    "longitude": (C.COORDINATES, g_lon),
    "point": (C.COORDINATES, g_point),
    "ip": (C.IP_ADDRESS, g_ip),
    "device": (C.DEVICE_ID, g_device),
    "card": (C.CARD_NUMBER, g_card),
    "iban": (C.IBAN, g_iban),
    "ethnicity": (C.ETHNICITY, g_ethnicity),
    "religion": (C.RELIGION, g_religion),
    "health": (C.HEALTH, g_health),
    "health_cpt": (C.HEALTH, g_cpt),
    "health_measure": (C.HEALTH, g_health_measure),
    "health_flag": (C.HEALTH, g_health_flag),
    "health_lab": (C.HEALTH, g_health_lab),
    "health_dose": (C.HEALTH, g_health_dose),
    "health_outcome": (C.HEALTH, g_health_outcome),
    "health_code": (C.HEALTH, g_health_code),
    "person_role": (C.PERSON_NAME, g_full_name),
    "health_note": (C.HEALTH, g_health_note),
    "health_proc": (C.HEALTH, g_health_proc),
    "health_drug": (C.HEALTH, g_health_drug),
    "health_vital": (C.HEALTH, g_health_vital),
    "health_score": (C.HEALTH, g_health_score),
    "bank_account": (C.IBAN, g_bank_account),
    "ethnicity_flag": (C.ETHNICITY, g_ethnicity_flag),
    "face": (C.FACE_EMBEDDING, g_face),
    "secret": (C.SECRET, g_secret),
}
NEGATIVE: dict[str, Gen] = {
    "id": n_id,
    "uuid": n_uuid,
    "product": n_product,
    "company": n_company,
    "job": n_job,
    "money": n_money,
    "count": n_count,
    "status": n_status,
    "time": n_time,
    "text": n_text,
    "url": n_url,
    "place": n_place,
    "code": n_code,
    "hash": n_hash,
    "number": n_number,
    "flag": n_flag,
    "agent": n_agent,
    "embedding": n_embedding,
    "username": n_username,
    "member_no": n_member_no,
    "local_word": n_local_word,
    "old_date": n_old_date,
    "short_code": n_short_code,
    "asset_id": n_asset_id,
    "table_misc": n_table_misc,
    "measure_like": lambda c: g_health_measure(c),
    "flag_like": lambda c: g_health_flag(c),
    "blob": n_blob,
    "decimal_code": n_decimal_code,
    "short_id": n_short_id,
    "short_id2": n_short_id,
    "region": n_region,
    "group": n_group,
    "outcome_like": n_outcome_like,
    "approval_code": n_approval_code,
    "store_key": n_store_key,
    "number2": n_number,
    "stat": n_stat,
    "place_name": n_place_name,
    "health_money": n_health_money,
    "letter_code": n_letter_code,
}
# personal kinds drawn more often (the common ones in real exports)
PERSONAL_WEIGHTS = {
    "postcode": 2,
    "house_number": 1,
    "street_name": 1,
    "full_name": 4,
    "first_name": 3,
    "last_name": 3,
    "middle_name": 1,
    "person_role": 2,
    "national_id": 3,
    "birth_date": 4,
    "phone": 4,
    "email": 4,
    "address": 4,
    "latitude": 2,
    "longitude": 2,
    "point": 2,
    "ip": 2,
    "device": 2,
    "card": 2,
    "iban": 2,
    "bank_account": 2,
    "ethnicity": 3,
    "ethnicity_flag": 1,
    "religion": 2,
    "health": 3,
    "health_cpt": 1,
    "health_measure": 2,
    "health_flag": 2,
    "face": 1,
    "secret": 3,
}


# --- names as schemas spell them -----------------------------------------------------------------------


def _words(name: str) -> list[str]:
    return [w for w in name.replace("-", "_").replace(" ", "_").split("_") if w]


def _typo(rng: R, w: str) -> str:
    if len(w) < 5 or not w.isascii():
        return w
    i = rng.randrange(1, len(w) - 1)
    r = rng.random()
    if r < 0.4:
        return w[:i] + w[i] + w[i:]  # doubled letter: lattitude
    if r < 0.7:
        return w[:i] + w[i + 1 :]
    return w[:i] + w[i + 1] + w[i] + w[i + 2 :]


def _abbrev(w: str) -> str:
    if len(w) <= 4 or not w.isascii():
        return w
    return w[0] + "".join(ch for ch in w[1:] if ch not in "aeiou")[:4]


def spell(rng: R, name: str) -> str:
    """A field name as some schema would write it."""
    words = _words(name)
    if not words:
        return name
    r = rng.random()
    if r < 0.05:
        words = [_typo(rng, w) for w in words]
    elif r < 0.1:
        words = [_abbrev(w) for w in words]
    if rng.random() < 0.12:
        if all(w.isascii() for w in words):
            words = [
                rng.choice(("b", "c", "p", "contact", "cust", "user", "home", "primary", "src", "x", "my"))
            ] + words
    ascii_words = all(w.isascii() for w in words)
    style = rng.random()
    if not ascii_words:
        out = "_".join(words) if style < 0.6 else "".join(words) if style < 0.8 else " ".join(words)
    elif style < 0.35:
        out = "_".join(w.lower() for w in words)
    elif style < 0.55:
        out = words[0].lower() + "".join(w.capitalize() for w in words[1:])
    elif style < 0.65:
        out = "".join(w.capitalize() for w in words)
    elif style < 0.75:
        out = "_".join(w.upper() for w in words)
    elif style < 0.85:
        out = " ".join(w.capitalize() for w in words)
    elif style < 0.9:
        out = "".join(w.lower() for w in words)
    elif style < 0.95:
        out = "-".join(w.lower() for w in words)
    else:
        out = ".".join(w.lower() for w in words).replace(".", "_")
    r = rng.random()
    if r < 0.06:
        out += str(rng.randint(1, 3))
    elif r < 0.09:
        out += f"___{rng.randint(0, 3)}"
    elif r < 0.11:
        out += f"_{rng.randint(1, 9)}"
    return out


def pick_name(rng: R, names: list[str]) -> str:
    # the English spellings first in each list: a schema is as likely to be in English as in its own language
    if rng.random() < 0.45:
        return rng.choice(names[: max(3, len(names) // 4)])
    return rng.choice(names)


# --- datasets ----------------------------------------------------------------------------------------

_FAKERS: dict[str, Faker] = {}
_MIMESIS = {loc.value: loc for loc in Locale}


#: stands in for the global ``random`` in the Faker providers that draw from it instead of their
#: seeded instance (ssn uk_UA, th_TH, sv_SE, es_ES, es_MX, el_GR; passport en_US; ...): reseeded for
#: every dataset, so a dataset's IDs do not depend on what else the process drew before
_FAKER_GLOBAL_RANDOM = random.Random(0)


def _faker_global_random_replaced() -> None:
    """Point the loaded Faker providers' global ``random`` (the module, or its functions imported by
    name) at :data:`_FAKER_GLOBAL_RANDOM`."""
    import sys

    for name, mod in list(sys.modules.items()):
        if mod is None or not name.startswith("faker.providers."):
            continue
        for attr, value in list(vars(mod).items()):
            if value is random:
                setattr(mod, attr, _FAKER_GLOBAL_RANDOM)
            elif getattr(value, "__self__", None) is random._inst:  # type: ignore[attr-defined]
                setattr(mod, attr, getattr(_FAKER_GLOBAL_RANDOM, value.__name__))  # ``from random import randint``


def _faker(locale: str, seed: int) -> Faker:
    fk = _FAKERS.get(locale)
    if fk is None:
        fk = _FAKERS[locale] = Faker(locale)
        _faker_global_random_replaced()  # its locale's providers are imported now
    fk.seed_instance(seed)
    return fk


@contextlib.contextmanager
def _faker_clock(now: datetime) -> Iterator[None]:
    """Faker's date provider (``date_object``, ``date_time_between``, ``year``: the dates of IDs and
    user agents) draws up to ``datetime.now()``/``date.today()``: give it ``now`` instead (the
    detectors' :func:`~ajar.detectors.base.pinned_clock`, in the provider's names ``datetime``/``dtdate``)."""
    import faker.providers.date_time as fdt

    saved = fdt.datetime, fdt.dtdate
    fdt.dtdate, fdt.datetime = pinned_clock(now)  # type: ignore[misc]
    try:
        yield
    finally:
        fdt.datetime, fdt.dtdate = saved  # type: ignore[misc]


def _mimesis_for(locale: str, rng: R) -> Locale:
    lang = locale.split("_")[0].lower()
    region = locale.replace("_", "-").lower()
    if region in _MIMESIS:
        return _MIMESIS[region]
    if lang in _MIMESIS:
        return _MIMESIS[lang]
    return rng.choice(list(Locale))


Field = tuple[str, str, C | None, Gen, bool]  # path, concept, label, generator, phones-as-list


def _dataset(rng: R, idx: int, now: datetime) -> tuple[str, list[dict[str, Any]], dict[str, C | None]]:
    locale = rng.choice(AVAILABLE_LOCALES)
    fk = _faker(locale, rng.randrange(2**31))
    ctx_seed = rng.randrange(2**31)
    _FAKER_GLOBAL_RANDOM.seed(f"faker-global-random-{ctx_seed}")
    mm = _mimesis_for(locale, rng)
    n_personal = rng.choice((0, 1, 2, 3, 4, 5, 6, 8))
    n_negative = rng.choice((1, 2, 3, 4, 6, 8, 10))
    kinds = list(PERSONAL_WEIGHTS)
    weights = [PERSONAL_WEIGHTS[k] for k in kinds]
    chosen = []
    for _ in range(n_personal):
        k = rng.choices(kinds, weights)[0]
        if k not in chosen:
            chosen.append(k)
    if "latitude" in chosen and "longitude" not in chosen and rng.random() < 0.9:
        chosen.append("longitude")
    if "longitude" in chosen and "latitude" not in chosen and rng.random() < 0.9:
        chosen.append("latitude")
    negs = rng.sample(list(NEGATIVE), k=min(n_negative, len(NEGATIVE)))
    parent = ""
    if rng.random() < 0.25:
        parent = spell(
            rng,
            rng.choice(
                (
                    "customer",
                    "user",
                    "patient",
                    "person",
                    "profile",
                    "data",
                    "payload",
                    "contact",
                    "member",
                    "client",
                    "buyer",
                    "applicant",
                    "employee",
                    "owner",
                    "info",
                    "details",
                    "record",
                    "kisi",
                    "клиент",
                    "用户",
                )
            ),
        )
    fields: list[Field] = []
    used: set[str] = set()

    def add(concept: str, label: C | None, gen: Gen, names: list[str]) -> None:
        for _ in range(6):
            name = spell(rng, pick_name(rng, names))
            # a name that says nothing: the values must speak (not for one half of a split
            # position: alone it is any reading in range; the coordinate_pair detector pairs them)
            if rng.random() < 0.07 and concept not in ("latitude", "longitude"):
                name = rng.choice(("f", "col", "field", "c", "attr", "v", "x", "column", "data", "val", "prop"))
                name += rng.choice(("", "_", "__")) + str(rng.randint(1, 30))
            if name not in used:
                break
        else:
            return
        used.add(name)
        path = f"{parent}.{name}" if parent and rng.random() < 0.7 else name
        fields.append((path, concept, label, gen, concept == "phone" and rng.random() < 0.12))

    for k in chosen:
        cat, gen = PERSONAL[k]
        add(k, cat, gen, NAMES[k])
    if rng.random() < 0.18:  # a table of patients: many clinical columns side by side
        if rng.random() < 0.5:  # its record key says so (no personal data itself)
            add("patient_key", None, n_id, PATIENT_KEYS)
        clinical = (
            "health_measure",
            "health_measure",
            "health_measure",
            "health_flag",
            "health_flag",
            "health",
            "health_lab",
            "health_dose",
            "health_outcome",
            "health_code",
            "health_cpt",
            "health_note",
            "health_proc",
            "health_drug",
            "health_vital",
            "health_score",
        )
        for _ in range(rng.randint(3, 10)):
            k = rng.choice(clinical)
            add(k, C.HEALTH, PERSONAL[k][1], NAMES[k])
    for k in negs:
        gen = NEGATIVE[k]
        if rng.random() < 0.08:  # a constant column (one plan, one country, one version for every record)
            gen = _constant(gen)
        add(k, None, gen, NEG_NAMES[k])
    # misleading look-alikes: a personal concept's name over non-personal values
    if rng.random() < 0.15:
        k = rng.choice(("phone", "address", "full_name", "birth_date", "ethnicity", "ip"))
        name = rng.choice(
            {
                "phone": ["phone_model", "phone_type", "phone_verified", "phone_count"],
                "address": ["memory_address", "address_type", "mac_vendor", "address_count"],
                "full_name": ["product_name", "company_name", "file_name", "hostname", "name"],
                "birth_date": ["birth_rate", "birth_count"],
                "ethnicity": ["race_id", "race_time", "race_name", "race_laps"],
                "ip": ["ip_count", "ip_version", "zip"],
            }[k]
        )
        gen = {
            "phone_model": n_agent,
            "memory_address": lambda c: hex(c.rng.randrange(2**32, 2**48)),
            "product_name": n_product,
            "company_name": n_company,
            "name": n_product,
            "race_name": lambda c: f"Grand Prix {c.fk.city()}",
            "race_time": n_number,
            "birth_rate": n_number,
            "phone_type": n_status,
            "address_type": n_status,
            "file_name": lambda c: c.fk.file_name(),
            "hostname": lambda c: c.fk.hostname(),
            "ip_version": lambda c: c.rng.choice((4, 6)),
            "mac_vendor": n_company,
            "zip": lambda c: None,
        }.get(name, n_count)
        if name not in used and name != "zip":
            used.add(name)
            fields.append((name, k, None, gen, False))
    if rng.random() < 0.12:
        name = spell(rng, pick_name(rng, NAMES["address"]))
        if name not in used:
            used.add(name)
            fields.append((name, "address_object", C.ADDRESS, g_address_object, False))
    if rng.random() < 0.1:
        name = spell(rng, rng.choice(("geo", "region", "location_info", "place", "origin", "market")))
        if name not in used:
            used.add(name)
            fields.append((name, "geo_block", None, n_geo_block, False))
    mongo = rng.random() < 0.3
    csv = not mongo and rng.random() < 0.35
    n_records = rng.choice((5, 5, 8, 10, 15, 20, 30, 50, 80))
    empty_rate = {f[0]: rng.choice((0.0, 0.0, 0.0, 0.05, 0.2, 0.5, 0.8)) for f in fields}
    ctx = Ctx(random.Random(ctx_seed), locale, fk, mm, now)
    # each field its own generator state (vocabulary, style), over the dataset's shared random source
    own = {f[0]: copy.copy(ctx) for f in fields}
    records: list[dict[str, Any]] = []
    for _ in range(n_records):
        rec: dict[str, Any] = {}
        if mongo:
            rec["_id"] = {"$oid": "".join(ctx.rng.choice("0123456789abcdef") for _ in range(24))}
        for path, _concept, _label, gen, as_list in fields:
            if ctx.rng.random() < empty_rate[path]:
                value: Any = ctx.rng.choice((None, "", None, "N/A", "-")) if ctx.rng.random() < 0.7 else None
                if value is None and ctx.rng.random() < 0.5:
                    continue
            else:
                try:
                    fctx = own[path]
                    value = [gen(fctx) for _ in range(ctx.rng.randint(1, 3))] if as_list else gen(fctx)
                except (AttributeError, ValueError, TypeError, KeyError, IndexError):
                    continue
            if csv:
                value = _as_csv(value)
            elif mongo and isinstance(value, int) and not isinstance(value, bool) and ctx.rng.random() < 0.3:
                value = {"$numberLong": str(value)}
            elif not mongo and isinstance(value, dict) and "$date" in value:
                value = value["$date"]
            _put(rec, path, value)
        records.append(rec)
    # a value of a key-value store (Redis, Memcached, etcd) read with its key beside its fields; drawn
    # from a stream of its own, so that every other table of the generator stays as it was
    side = random.Random(f"store-key-{ctx_seed}")
    if side.random() < 0.1 and not mongo:
        name = side.choice(NEG_NAMES["store_key"])
        if name not in used:
            used.add(name)
            kctx = Ctx(side, locale, fk, mm, now)
            records = [{name: n_store_key(kctx), **rec} for rec in records]
            fields.append((name, "store_key", None, n_store_key, False))
    # export shapes that look like another category, each added from a stream of its own (every other table of
    # the generator stays as it was): compact hex device ids (and an inventory's codes under device names, no
    # identifier), epoch times, four-part app versions
    extra = random.Random(f"export-shapes-{ctx_seed}")
    draw = extra.random()
    shape = (
        "device_hex" if draw < 0.05 else "device_code" if draw < 0.08 else "epoch" if draw < 0.12
        else "version4" if draw < 0.16 else None
    )  # fmt: skip
    if shape is not None:
        name = spell(extra, extra.choice(EXPORT_SHAPE_NAMES[shape]))
        if name not in used:
            used.add(name)  # what is drawn after (WRAPPED) takes another name
            make, label = EXPORT_SHAPES[shape](extra, now)
            values = [make() for _ in records]
            if csv:
                values = [str(v) for v in values]
            records = [{**rec, name: v} for rec, v in zip(records, values, strict=True)]
            fields.append((name, shape, label, n_store_key, False))
    # objects whose leaves say what they hold only with their key (WRAPPED), from a stream of their own
    wrap = random.Random(f"wrapped-leaves-{ctx_seed}")
    if not csv and wrap.random() < 0.25:
        wctx = Ctx(wrap, locale, fk, mm, now)
        for _ in range(wrap.randint(1, 2)):
            kind = wrap.choice(sorted(WRAPPED))
            label, names, make = WRAPPED[kind]
            name = spell(wrap, pick_name(wrap, names))
            if name in used or (parent and name == parent):
                continue
            path = f"{parent}.{name}" if parent and wrap.random() < 0.5 else name
            fctx = copy.copy(wctx)
            try:
                objs = [make(fctx) for _ in records]
            except (AttributeError, ValueError, TypeError, KeyError, IndexError):
                continue  # a locale without that provider
            used.add(name)
            for rec, obj in zip(records, objs, strict=True):
                _put(rec, path, obj)
            for leaf in objs[0] if objs else ():
                if leaf not in _WRAP_SIDE:
                    fields.append((f"{path}.{leaf}", kind, label, n_store_key, False))
    labels: dict[str, C | None] = {}
    if parent and not csv:
        labels[parent] = None  # the object that holds a person's fields is not itself one category
    if mongo:
        labels["_id"] = None
    for path, concept, label, _gen, _l in fields:
        labels[path] = label
        if concept in ("address_object", "geo_block") and not csv:
            pass  # the object is labelled, its parts are not scored (a postcode alone is debatable)
        if concept == "point" and not csv:
            # the object is the position: its parts are not scored
            for part in ("lat", "lng", "type", "coordinates"):
                labels.pop(f"{path}.{part}", None)
    return f"train-{idx}-{locale}", records, labels


def _device_hex(rng: R, now: datetime) -> tuple[Callable[[], Any], C | None]:
    """A device id in compact hex: a dashless UUID or an MD5-hashed IMEI/IDFA/OAID (as ad platforms exchange
    them), a UDID or SHA-1-hashed id, an APNs device token."""
    size = rng.choice((32, 32, 40, 64))
    upper = rng.random() < 0.2

    def make() -> str:
        s = "".join(rng.choice("0123456789abcdef") for _ in range(size))
        return s.upper() if upper else s

    return make, C.DEVICE_ID


def _device_code(rng: R, now: datetime) -> tuple[Callable[[], Any], C | None]:
    """An inventory's own code for a device (``D001``, ``DV-014``, ``unknown``): no device identifier, as the
    real tables' labellers read such columns."""
    prefix = rng.choice(("D", "DV-", "DEV", "dev_", "T", "GW-", "K"))
    width = rng.choice((2, 3, 4))
    return lambda: "unknown" if rng.random() < 0.05 else f"{prefix}{rng.randint(1, 10**width - 1):0{width}d}", None


def _epoch(rng: R, now: datetime) -> tuple[Callable[[], Any], C | None]:
    """Epoch times of one unit: seconds (10 digits) or milliseconds (13, the length of some national IDs)."""
    scale = rng.choice((1, 1000))
    start = now.timestamp()
    return lambda: int((start - rng.randint(0, 3 * 365 * 86400)) * scale), None


def _version4(rng: R, now: datetime) -> tuple[Callable[[], Any], C | None]:
    """An app's version with its build number (``3.7.15.213``): also a valid IPv4 address."""
    major = rng.randint(1, 15)
    return lambda: f"{major + rng.randint(0, 2)}.{rng.randint(0, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 255)}", None


EXPORT_SHAPES: dict[str, Callable[[R, datetime], tuple[Callable[[], Any], C | None]]] = {
    "device_hex": _device_hex,
    "device_code": _device_code,
    "epoch": _epoch,
    "version4": _version4,
}
EXPORT_SHAPE_NAMES: dict[str, list[str]] = {
    "device_hex": (
        "device_id deviceid device_hash hashed_device_id imei_md5 idfa_md5 oaid_md5 push_token apns_token "
        "device_token udid 设备id 设备标识 裝置id 端末識別子 기기번호 id_dispositivo id_appareil geraete_id "
        "id_perangkat ma_thiet_bi идентификатор_устройства cihaz_id"
    ).split(),
    "device_code": "device device_id deviceid device_no terminal device_code 设备编号 端末番号 기기코드 dispositivo cihaz".split(),
    "epoch": (
        "created_at updated_at ts timestamp event_time time created modified last_seen login_time 时间 创建时间 "
        "時刻 시간 время tarih fecha_hora data_hora horodatage zeitstempel waktu thoi_gian"
    ).split(),
    "version4": (
        "version app_version os_version build firmware versao versione wersja surum 版本 版本号 バージョン 버전 "
        "версия نسخه"
    ).split(),
}


# --- objects whose leaves say what they hold only with their key ------------------------------------------------
# ``birthdate: {day, month, year}``, ``blood_pressure: {value, unit}``, ``document: {type, number}``, FHIR's
# ``telecom: {value, use}``; and look-alikes of no category (``order_date: {day, ...}``, ``price: {value,
# currency}``, ``invoice: {type, number}``)


def _parts(c: Ctx, birth: bool) -> dict[str, Any]:
    d = _birth(c) if birth else (c.now - timedelta(days=c.rng.randint(0, 6 * 365))).date()
    keys = c.__dict__.setdefault("part_keys", c.rng.choice((("day", "month", "year"), ("Day", "Month", "Year"),
                                                              ("DAY", "MONTH", "YEAR"))))  # fmt: skip
    as_text = c.__dict__.setdefault("part_text", c.rng.random()) < 0.3
    got = (d.day, d.month, d.year)
    return {k: (f"{v:02d}" if as_text else v) for k, v in zip(keys, got, strict=True)}


def _valued(c: Ctx, gen: Gen, unit_key: str, units: tuple[str, ...]) -> dict[str, Any]:
    key = c.__dict__.setdefault("value_key", c.rng.choice(("value", "value", "Value", "val")))
    return {key: gen(c), unit_key: c.__dict__.setdefault("unit", c.rng.choice(units))}


def _numbered(c: Ctx, gen: Gen, types: tuple[str, ...]) -> dict[str, Any]:
    key = c.__dict__.setdefault("number_key", c.rng.choice(("number", "value", "no", "Number", "nr")))
    return {"type": c.__dict__.setdefault("doc_type", c.rng.choice(types)), key: gen(c)}


_ID_TYPES = ("passport", "national_id", "NIK", "DNI", "CPF", "SSN", "id_card", "PESEL", "TC")
_DOC_TYPES = ("invoice", "order", "receipt", "ticket", "shipment", "INV", "PO")
_WRAP_NEG_NAMES = "order invoice receipt ticket shipment tracking policy contract booking reservation voucher".split()
# names that say a clinical reading only beside clinical siblings: not an object's key alone
_WRAP_GENERIC = frozenset({"value", "result", "reading", "score", "level", "rate", "measure", "measurement"})
# kind: (label of the leaves that say it, names of the object, one record's object)
WRAPPED: dict[str, tuple[C | None, list[str], Callable[[Ctx], dict[str, Any]]]] = {
    "birth_parts": (C.BIRTH_DATE, NAMES["birth_date"], lambda c: _parts(c, True)),
    "date_parts": (None, NEG_NAMES["time"], lambda c: _parts(c, False)),
    "vital_value": (C.HEALTH, [n for n in NAMES["health_measure"] if n not in _WRAP_GENERIC],
                    lambda c: _valued(c, g_health_measure, "unit", _LAB_UNITS)),
    "number_value": (None, NEG_NAMES["number"], lambda c: _valued(c, n_number, "unit", ("m", "km/h", "V", "%", "ms"))),
    "money_value": (None, NEG_NAMES["money"], lambda c: _valued(c, n_money, "currency", ("EUR", "USD", "IDR", "BRL"))),
    "id_number": (C.NATIONAL_ID, NAMES["national_id"], lambda c: _numbered(c, g_national_id, _ID_TYPES)),
    "doc_number": (None, _WRAP_NEG_NAMES, lambda c: _numbered(c, n_id, _DOC_TYPES)),
    "phone_value": (C.PHONE, NAMES["phone"], lambda c: _valued(c, g_phone, "use", ("home", "work", "mobile"))),
    "note_text": (C.HEALTH, NAMES["health"], lambda c: {"text": g_health_note(c)}),
    "text_text": (None, NEG_NAMES["text"], lambda c: {"text": n_text(c)}),
}  # fmt: skip
# the leaves of no category beside the one that says it (a unit, a currency, a document's type): not trained on
_WRAP_SIDE = frozenset({"unit", "currency", "use", "type"})


def _constant(gen: Gen) -> Gen:
    held: list[Any] = []

    def once(c: Ctx) -> Any:
        if not held:
            held.append(gen(c))
        return held[0]

    return once


def _as_csv(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and "$date" in value:
        return str(value["$date"])
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and len(value) > 16:
        return None  # vectors are not written to CSV cells
    return str(value)


def _put(rec: dict[str, Any], path: str, value: Any) -> None:
    head, _, tail = path.partition(".")
    if tail:
        inner = rec.setdefault(head, {})
        if isinstance(inner, dict):
            inner[tail] = value
        return
    rec[path] = value


def build(
    seed: int, n_datasets: int, now: datetime | None = None
) -> list[tuple[str, list[dict[str, Any]], dict[str, C | None]]]:
    """``n_datasets`` generated datasets, reproducible for ``seed``."""
    now = now or datetime(2026, 1, 1, tzinfo=UTC)
    rng = random.Random(seed)
    Faker.seed(seed)
    # Faker's national IDs with a birth date (fi, sv, no, et, lv, zh) count ages back from today: pin it to ``now``
    with reference_day(now.date(), faker_clock_readers()), _faker_clock(now):
        return [_dataset(random.Random(rng.randrange(2**62)), i, now) for i in range(n_datasets)]


def faker_clock_readers() -> list[ModuleType]:
    """Faker's ID providers that read today's date through their module-level ``datetime``."""
    import faker.providers.ssn as ssn_providers

    out: list[ModuleType] = []
    for info in pkgutil.iter_modules(ssn_providers.__path__):
        mod = importlib.import_module(f"{ssn_providers.__name__}.{info.name}")
        if getattr(mod, "datetime", None) is datetime_module:
            out.append(mod)
    return out
