# ruff: noqa: E501  (a word list: long lines of names read better than wrapped ones)
"""Field names per concept and language, written for gen_b (not taken from any other generator).

Format of each entry: ``lang: name name ...`` segments separated by `` | ``; ``~`` in a name stands
for a space. Native scripts and Latin transliterations (pinyin, Russian/Kazakh/Ukrainian
transliteration, romanised Hindi/Arabic/Persian) sit side by side, as exports mix them. A concept
with no entry for a language falls back to English.
"""

from __future__ import annotations

LANGS = tuple("en zh ru kk uk tr ar fa hi id ms vi es pt fr de it nl pl ja ko".split())

_RAW: dict[str, str] = {
    # --- people -----------------------------------------------------------------------------------
    "first_name": "en: first_name firstName fname given_name forename GivenName first nameFirst FIRST_NM | "
    "zh: 名 名字 ming mingzi m_z | ru: имя imya imia Imya | kk: аты aty esim есімі | uk: ім'я imya imia | "
    "tr: ad adi isim ilk_ad | ar: الاسم_الأول الاسم ism al_ism | fa: نام nam esm | hi: पहला_नाम naam pehla_naam | "
    "id: nama_depan namaDepan | ms: nama_pertama nama_depan | vi: ten ten_rieng tên | es: nombre nombres primer_nombre | "
    "pt: nome primeiro_nome prenome | fr: prenom prénom pnom | de: vorname vorn VName rufname | it: nome | "
    "nl: voornaam voornamen roepnaam | pl: imie imię pierwsze_imie | ja: 名 名前 mei namae | ko: 이름 ireum",
    "last_name": "en: last_name lastName lname surname family_name nameLast LAST_NM sname | "
    "zh: 姓 姓氏 xing xingshi | ru: фамилия familiya famil fam | kk: тегі tegi familiyasy | uk: прізвище prizvyshche priz | "
    "tr: soyad soyadi soyisim | ar: اسم_العائلة اللقب laqab ism_al_aila | fa: نام_خانوادگی nam_khanevadegi famil | "
    "hi: उपनाम upnaam kulnaam | id: nama_belakang marga | ms: nama_keluarga | vi: ho họ ho_dem | "
    "es: apellido apellidos apellido1 primer_apellido | pt: sobrenome apelido nome_familia | fr: nom nom_famille nomFamille | "
    "de: nachname familienname nname NName | it: cognome | nl: achternaam familienaam | pl: nazwisko | "
    "ja: 姓 苗字 myoji sei | ko: 성 seong",
    "full_name": "en: name full_name fullName customer_name patient_name holder employee_name display_name | "
    "zh: 姓名 xingming xm 客户姓名 | ru: фио fio ФИО polnoe_imya | kk: аты_жөні aty_zhoni tolyk_aty | uk: піб pib PIB | "
    "tr: ad_soyad adsoyad isim_soyisim | ar: الاسم_الكامل al_ism_al_kamil | fa: نام_کامل nam_kamel | "
    "hi: पूरा_नाम poora_naam naam | id: nama nama_lengkap | ms: nama_penuh nama | vi: ho_ten họ_tên hoten | "
    "es: nombre_completo nombreCompleto | pt: nome_completo nomeCompleto | fr: nom_complet nomComplet | "
    "de: name vollname kunde_name | it: nominativo nome_completo | nl: naam volledige_naam | pl: imie_nazwisko nazwa_osoby | "
    "ja: 氏名 shimei 名前 | ko: 성명 seongmyeong 이름",
    "person_role_name": "en: contact_person doctor physician attending_doctor author driver_name courier_name guardian "
    "emergency_contact next_of_kin teacher beneficiary | zh: 联系人 lianxiren 医生 yisheng | ru: врач vrach kontaktnoe_litso | "
    "kk: дәрігер dariger | uk: лікар likar | tr: doktor iletisim_kisi | ar: الطبيب tabib | fa: پزشک pezeshk | "
    "hi: डॉक्टर chikitsak | id: dokter kontak_darurat | ms: doktor waris | vi: bac_si nguoi_lien_he | "
    "es: medico contacto tutor | pt: medico responsavel | fr: medecin contact tuteur | de: arzt ansprechpartner | "
    "it: medico referente | nl: arts contactpersoon | pl: lekarz opiekun | ja: 担当医 tantoui | ko: 담당의 damdangui",
    "national_id": "en: ssn SSN national_id nationalId nin id_number tax_id passport_no nric NIK citizen_id "
    "personal_number driver_license | zh: 身份证号 sfzh shenfenzheng 证件号码 zjhm | ru: снилс snils инн inn паспорт pasport | "
    "kk: жсн zhsn iin ИИН | uk: рнокпп rnokpp ipn паспорт | tr: tc_kimlik tckn tc_no kimlik_no | "
    "ar: رقم_الهوية raqm_alhawiya hawiya | fa: کد_ملی code_melli kodmelli | hi: आधार aadhaar aadhar_no pan | "
    "id: nik no_ktp ktp | ms: no_kp mykad ic_no | vi: cccd cmnd so_cccd | es: dni nie curp rut cedula documento | "
    "pt: cpf rg nif bi | fr: nir numero_secu insee num_secu | de: steuer_id idnr personalausweis sv_nummer | "
    "it: codice_fiscale cf codFiscale | nl: bsn burgerservicenummer | pl: pesel nr_pesel | "
    "ja: マイナンバー my_number kojin_bango | ko: 주민등록번호 jumin rrn",
    "birth_date": "en: dob DOB birth_date birthDate date_of_birth birthday born bday birth_dt DT_BIRTH | "
    "zh: 出生日期 csrq chusheng_riqi 生日 | ru: дата_рождения data_rozhdeniya dr d_rozhd | kk: туған_күні tugan_kuni | "
    "uk: дата_народження data_narodzhennya | tr: dogum_tarihi dogumTarihi d_tarihi | ar: تاريخ_الميلاد tarikh_almilad | "
    "fa: تاریخ_تولد tarikh_tavalod | hi: जन्म_तिथि janm_tithi dob | id: tgl_lahir tanggal_lahir | ms: tarikh_lahir | "
    "vi: ngay_sinh ngaysinh | es: fecha_nacimiento fec_nac fnac | pt: data_nascimento dt_nasc | "
    "fr: date_naissance date_de_naissance dnais | de: geburtsdatum geb_datum gebdat | it: data_nascita data_di_nascita | "
    "nl: geboortedatum geb_datum | pl: data_urodzenia | ja: 生年月日 seinengappi | ko: 생년월일 saengnyeonworil",
    "birth_year": "en: birth_year yob year_of_birth birthYear | zh: 出生年份 csnf | ru: год_рождения god_rozhdeniya | "
    "tr: dogum_yili | es: anio_nacimiento | pt: ano_nascimento | fr: annee_naissance | de: geburtsjahr gebjahr | "
    "id: tahun_lahir | vi: nam_sinh | pl: rok_urodzenia | ja: 生年 | ko: 출생년도",
    "phone": "en: phone phone_number Phone~Number tel telephone mobile cell msisdn contact_no fax mobile_phone | "
    "zh: 电话 手机号 dianhua sjh shouji lxdh | ru: телефон telefon tel mob_tel | kk: телефон telefon uyaly | "
    "uk: телефон telefon mob | tr: telefon tel_no cep_tel gsm | ar: الهاتف hatif jawal raqm_aljawal | "
    "fa: تلفن tel mobile_shomare | hi: फ़ोन phone_no mobile_no | id: no_hp telepon nomor_telepon | ms: no_telefon tel_bimbit | "
    "vi: sdt so_dien_thoai dien_thoai | es: telefono movil celular | pt: telefone celular tel_contato | "
    "fr: telephone tel portable | de: telefon handy mobilnummer rufnummer | it: telefono cellulare | nl: telefoon mobiel | "
    "pl: telefon nr_tel komorka | ja: 電話番号 denwa keitai | ko: 전화번호 jeonhwa hp",
    "email": "en: email e_mail mail email_address contact_email login userEmail | zh: 邮箱 电子邮件 youxiang email | "
    "ru: почта pochta el_pochta | kk: эл_пошта email | uk: пошта elektronna_poshta | tr: eposta e_posta | "
    "ar: البريد_الإلكتروني barid | fa: ایمیل imeil | hi: ईमेल email_id | id: surel email | ms: emel | vi: thu_dien_tu email | "
    "es: correo correo_electronico | pt: email correio | fr: courriel mel adresse_mail | de: email e_mail_adresse | "
    "it: posta_elettronica email | nl: e_mailadres | pl: adres_email | ja: メール meru | ko: 이메일 imeil",
    "street": "en: street address1 address_line1 street_address addr1 street1 b_street line1 | "
    "zh: 地址 详细地址 dizhi xxdz jiedao | ru: улица ulitsa ulica adres | kk: көше koshe mekenzhai | uk: вулиця vulytsia adresa | "
    "tr: adres sokak cadde | ar: العنوان al_unwan shari | fa: آدرس adres khiaban | hi: पता pata | id: alamat jalan | "
    "ms: alamat jalan | vi: dia_chi duong | es: calle direccion domicilio | pt: logradouro endereco rua morada | "
    "fr: rue adresse voie | de: strasse straße anschrift | it: via indirizzo | nl: straat adres | pl: ulica adres | "
    "ja: 住所 jusho | ko: 주소 juso",
    "house_number": "en: house_number house_no hnr building_no | ru: дом dom nomer_doma | tr: bina_no kapi_no | "
    "es: numero num_ext | pt: numero | fr: numero_voie | de: hausnummer hausnr | it: civico | nl: huisnummer | pl: nr_domu | "
    "id: no_rumah | vi: so_nha | zh: 门牌号 mph",
    "addr_line2": "en: address2 address_line2 addr2 apt suite unit flat | ru: кв kv kvartira | es: piso depto | "
    "pt: complemento | fr: complement_adresse | de: zusatz adresszusatz | nl: toevoeging | pl: nr_lokalu | tr: daire",
    "postcode": "en: zip zipcode zip_code postcode postal_code post_code | zh: 邮编 youbian yb | ru: индекс indeks | "
    "kk: пошта_индексі indeks | uk: поштовий_індекс indeks | tr: posta_kodu | ar: الرمز_البريدي ramz_bareedi | "
    "fa: کد_پستی kod_posti | hi: पिन_कोड pincode pin | id: kode_pos | ms: poskod | vi: ma_buu_chinh | es: codigo_postal cp | "
    "pt: cep codigo_postal | fr: code_postal cp | de: plz postleitzahl | it: cap | nl: postcode | pl: kod_pocztowy | "
    "ja: 郵便番号 yubin | ko: 우편번호 upyeon",
    "full_address": "en: address home_address mailing_address shipping_address billing_address | zh: 收货地址 shdz 家庭住址 | "
    "ru: адрес_проживания adres_registracii | tr: ev_adresi teslimat_adresi | ar: عنوان_السكن | id: alamat_rumah | "
    "es: direccion_envio domicilio_completo | pt: endereco_completo | fr: adresse_postale | de: lieferadresse wohnadresse | "
    "it: indirizzo_residenza | nl: woonadres | pl: adres_zamieszkania | ja: 住所 | ko: 배송지",
    "lat": "en: lat latitude Latitude lattitude y_lat gps_lat | zh: 纬度 weidu wd | ru: широта shirota | kk: ендік endik | "
    "uk: широта shyrota | tr: enlem | ar: خط_العرض | fa: عرض_جغرافیایی | id: lintang | vi: vi_do | es: latitud | "
    "pt: latitude | fr: latitude | de: breite breitengrad | it: latitudine | nl: breedtegraad | pl: szerokosc | ja: 緯度 ido | "
    "ko: 위도 wido",
    "lon": "en: lng lon long longitude Longitude longtitude x_lon gps_lng | zh: 经度 jingdu jd | ru: долгота dolgota | "
    "kk: бойлық boylyk | uk: довгота dovhota | tr: boylam | ar: خط_الطول | fa: طول_جغرافیایی | id: bujur | vi: kinh_do | "
    "es: longitud | pt: longitude | fr: longitude | de: laenge laengengrad | it: longitudine | nl: lengtegraad | "
    "pl: dlugosc | ja: 経度 keido | ko: 경도 gyeongdo",
    "geo_point": "en: location loc coords position geo last_location gps pos point | zh: 位置 weizhi zuobiao | "
    "ru: координаты koordinaty | tr: konum | es: ubicacion coordenadas | pt: localizacao | fr: position coords | "
    "de: standort koordinaten | it: posizione | nl: locatie | pl: lokalizacja | id: lokasi | vi: vi_tri | ja: 位置 | ko: 위치",
    "ip": "en: ip ip_address ipAddr client_ip remote_addr src_ip last_login_ip x_forwarded_for | zh: ip地址 ip_dz | "
    "ru: ip_adres | tr: ip_adresi | es: direccion_ip | pt: endereco_ip | fr: adresse_ip | de: ip_adresse | id: alamat_ip",
    "device_id": "en: imei mac mac_address device_id advertising_id idfa gaid android_id device_serial serial_no "
    "push_token hw_addr | zh: 设备号 shebei_id imei号 | ru: imei серийный_номер mac_adres | tr: cihaz_id seri_no | "
    "es: id_dispositivo numero_serie | pt: id_dispositivo | fr: id_appareil | de: geraete_id seriennummer | "
    "id: id_perangkat | vi: ma_thiet_bi | ja: 端末ID | ko: 기기번호",
    "card": "en: card_number cc_number pan cardNo credit_card ccnum card | zh: 银行卡号 yhkh kahao | ru: номер_карты nomer_karty | "
    "tr: kart_no kredi_karti | ar: رقم_البطاقة | es: numero_tarjeta tarjeta | pt: numero_cartao cartao | "
    "fr: numero_carte carte_bancaire | de: kartennummer | it: numero_carta | nl: kaartnummer | pl: nr_karty | "
    "id: no_kartu | vi: so_the | ja: カード番号 | ko: 카드번호",
    "iban": "en: iban IBAN account_iban bank_account payout_account acct | zh: 账号 zhanghao yhzh | ru: расчетный_счет schet iban | "
    "kk: шот shot iban | uk: рахунок rakhunok | tr: iban hesap_no | ar: رقم_الحساب iban | fa: شبا sheba | id: no_rekening | "
    "es: iban cuenta_bancaria | pt: iban nib conta | fr: iban rib | de: iban kontonummer | it: iban conto | nl: iban rekeningnummer | "
    "pl: nr_rachunku iban",
    "ethnicity": "en: race ethnicity ethnic_group Race ETHNIC race_cd ethn | zh: 民族 minzu mz | ru: национальность natsionalnost "
    "nacionalnost | kk: ұлты ulty ulti | uk: національність natsionalnist | tr: etnik_koken | ar: العرق irq | fa: قومیت qomiyat | "
    "hi: जाति jati | id: suku | ms: bangsa kaum | vi: dan_toc | es: etnia raza | pt: raca_cor etnia | fr: origine_ethnique | "
    "de: ethnie | it: etnia | nl: etniciteit | pl: pochodzenie_etniczne | ja: 民族 | ko: 민족",
    "religion": "en: religion faith denomination religious_affiliation | zh: 宗教信仰 zjxy zongjiao | ru: религия religiya veroispovedanie | "
    "kk: діні dini | uk: релігія relihiia | tr: din dini | ar: الديانة diyana | fa: دین din mazhab | hi: धर्म dharm | "
    "id: agama | ms: agama | vi: ton_giao | es: religion | pt: religiao | fr: religion confession | de: konfession religion | "
    "it: religione | nl: geloof | pl: wyznanie | ja: 宗教 | ko: 종교",
    "diagnosis": "en: diagnosis dx condition primary_dx icd10 icd_code chief_complaint problem | zh: 诊断 zhenduan zd 疾病 | "
    "ru: диагноз diagnoz mkb | kk: диагноз diagnoz | uk: діагноз diahnoz | tr: tani teshis | ar: التشخيص tashkhis | "
    "fa: تشخیص tashkhis | hi: निदान nidan | id: diagnosa | ms: diagnosis | vi: chan_doan | es: diagnostico cie10 | "
    "pt: diagnostico cid | fr: diagnostic cim10 | de: diagnose icd | it: diagnosi | nl: diagnose | pl: rozpoznanie | "
    "ja: 診断 shindan | ko: 진단 jindan",
    "medication": "en: medication rx drug_prescribed meds current_medications prescription | zh: 用药 yongyao 处方 | "
    "ru: препарат preparat naznachenie | tr: ilac recete | ar: الدواء dawa | id: obat resep | vi: thuoc | es: medicamento receta | "
    "pt: medicamento receita | fr: traitement ordonnance | de: medikation medikament | it: farmaco terapia | nl: medicatie | "
    "pl: lek recepta | ja: 処方薬 | ko: 처방약",
    "allergy": "en: allergies allergy | zh: 过敏史 gms | ru: аллергия allergiya | tr: alerji | es: alergias | pt: alergias | "
    "fr: allergies | de: allergien | it: allergie | nl: allergieen | pl: alergie | id: alergi | vi: di_ung | ja: アレルギー",
    "blood_type": "en: blood_type blood_group bloodType abo | zh: 血型 xuexing | ru: группа_крови gruppa_krovi | tr: kan_grubu | "
    "ar: فصيلة_الدم | es: grupo_sanguineo | pt: tipo_sanguineo | fr: groupe_sanguin | de: blutgruppe | id: golongan_darah | "
    "vi: nhom_mau | ja: 血液型 ketsuekigata | ko: 혈액형",
    "vital": "en: glucose bp systolic diastolic bmi cholesterol heart_rate hr pulse hba1c spo2 | zh: 血糖 xuetang 血压 xueya | "
    "ru: давление davlenie glyukoza puls | tr: tansiyon seker nabiz | es: glucosa presion pulso | pt: glicemia pressao | "
    "fr: glycemie tension pouls | de: blutzucker blutdruck puls | it: glicemia pressione | nl: bloeddruk | pl: cisnienie | "
    "id: gula_darah tekanan_darah | vi: huyet_ap duong_huyet | ja: 血圧 | ko: 혈압",
    "health_flag": "en: smoker hiv_status pregnant disability covid_result test_result mental_health outcome cause_of_death | "
    "zh: 吸烟 xiyan 残疾 | ru: инвалидность invalidnost kurenie | tr: engel_durumu sigara | es: fumador discapacidad | "
    "pt: fumante deficiencia | fr: fumeur handicap | de: raucher behinderung | id: perokok disabilitas | vi: hut_thuoc",
    "face_vec": "en: face_embedding face_encoding embedding face_vector faceprint template biometric_template encoding | "
    "zh: 人脸特征 rlzt | ru: вектор_лица vektor_litsa | es: vector_facial | pt: vetor_facial | fr: empreinte_faciale | "
    "de: gesichtsmerkmale | ja: 顔特徴量 | ko: 얼굴특징",
    "secret": "en: password passwd pwd password_hash api_key apiKey secret token access_token refresh_token session_token "
    "otp_secret auth_token client_secret | zh: 密码 mima mm | ru: пароль parol | kk: құпиясөз parol | uk: пароль parol | "
    "tr: sifre parola | ar: كلمة_المرور | fa: رمز ramz | hi: पासवर्ड | id: kata_sandi sandi | ms: kata_laluan | vi: mat_khau | "
    "es: contrasena clave | pt: senha | fr: mot_de_passe mdp | de: passwort kennwort | it: password | nl: wachtwoord | "
    "pl: haslo | ja: パスワード | ko: 비밀번호",
    # --- not personal -------------------------------------------------------------------------------
    "rec_id": "en: id _id ID record_id row_id pk seq rownum key | zh: 编号 bh xuhao | ru: номер nomer id_zapisi | "
    "tr: kayit_no sira | es: id_registro | pt: codigo | fr: identifiant | de: lfd_nr datensatz_id | id: no_urut | vi: stt",
    "int_ref": "en: customer_id order_id patient_no member_no account_id user_id policy_no claim_id ticket_no mrn "
    "invoice_no emp_no student_id | zh: 客户编号 khbh 订单号 ddh | ru: номер_заказа nomer_zakaza lits_schet | "
    "tr: musteri_no siparis_no | es: num_cliente num_pedido | pt: num_pedido matricula | fr: num_client num_commande | "
    "de: kundennummer bestellnummer | it: matricola | nl: klantnummer | pl: nr_zamowienia | id: no_pesanan | vi: ma_don",
    "ts": "en: created_at updated_at timestamp ts createdAt modified event_time order_date ship_date visit_date "
    "admission_date hire_date last_seen | zh: 创建时间 cjsj 更新时间 gxsj | ru: дата_создания data_sozdaniya | "
    "tr: olusturma_tarihi | es: fecha_alta fecha_pedido | pt: data_criacao dt_cadastro | fr: date_creation | "
    "de: erstellt_am aenderungsdatum | it: data_creazione | nl: aangemaakt_op | pl: data_utworzenia | id: tgl_dibuat | "
    "vi: ngay_tao | ja: 作成日時 | ko: 등록일",
    "year": "en: year model_year publication_year fiscal_year season | ru: год god | es: anio | de: jahr | fr: annee | "
    "tr: yil | zh: 年份 nianfen | id: tahun",
    "org_name": "en: company employer merchant store brand manufacturer vendor supplier bank_name hospital clinic school "
    "carrier team | zh: 公司 gongsi 单位 商户 | ru: организация organizatsiya kompaniya | tr: firma sirket | "
    "es: empresa comercio | pt: empresa loja | fr: societe entreprise | de: firma hersteller | it: azienda | nl: bedrijf | "
    "pl: firma | id: perusahaan toko | vi: cong_ty | ja: 会社 | ko: 회사",
    "product": "en: product product_name item title drug_name model sku_name description | zh: 商品名称 spmc | "
    "ru: товар tovar | tr: urun | es: producto | pt: produto | fr: produit | de: produkt artikel | it: prodotto | "
    "nl: product | pl: produkt | id: produk | vi: san_pham | ja: 商品名 | ko: 상품명",
    "place": "en: city town region state province country district county municipality | zh: 城市 chengshi 省份 sheng | "
    "ru: город gorod oblast region | kk: қала kala oblys | uk: місто misto | tr: il ilce sehir | ar: المدينة madina | "
    "fa: شهر shahr | hi: शहर shahar | id: kota provinsi | ms: bandar negeri | vi: thanh_pho tinh | es: ciudad provincia | "
    "pt: cidade estado | fr: ville region | de: stadt ort land | it: citta provincia | nl: plaats gemeente | pl: miasto | "
    "ja: 都道府県 | ko: 도시",
    "measure": "en: temperature temp humidity voltage pressure battery rpm pm25 co2 reading value level speed altitude "
    "heading | zh: 温度 wendu 湿度 | ru: температура temperatura davlenie_vozdukha | tr: sicaklik nem | es: temperatura humedad | "
    "pt: temperatura umidade | fr: temperature humidite | de: temperatur feuchte spannung | id: suhu kelembaban | vi: nhiet_do",
    "digest": "en: sha256 md5 checksum file_hash etag commit digest content_hash | zh: 校验值 | ru: контрольная_сумма | "
    "de: pruefsumme | es: suma_verificacion | fr: empreinte_fichier",
    "code": "en: sku lot_number batch ean barcode isbn tracking_number part_no serial_lot gtin upc | zh: 批号 pihao 条码 | "
    "ru: артикул artikul partiya | tr: parti_no barkod | es: lote codigo_barras | pt: lote codigo_barras | "
    "fr: lot code_barre | de: charge artikelnummer | it: lotto | nl: partij | pl: partia | id: no_batch | vi: so_lo",
    "money": "en: amount price total salary balance fee qty quantity discount | zh: 金额 jine 价格 | ru: сумма summa tsena | "
    "tr: tutar fiyat | es: importe precio | pt: valor preco | fr: montant prix | de: betrag preis | it: importo | "
    "nl: bedrag | pl: kwota | id: jumlah harga | vi: so_tien",
    "category_word": "en: status gender sex type category marital_status job_title plan tier channel currency language "
    "specialty ward | zh: 状态 zhuangtai 性别 xb | ru: статус status pol | tr: durum cinsiyet | es: estado sexo | "
    "pt: situacao sexo | fr: statut sexe | de: status geschlecht | it: stato sesso | nl: geslacht | pl: plec | "
    "id: jenis_kelamin | vi: gioi_tinh | ja: 性別 | ko: 성별",
    "count": "en: age count visits score rating n clicks downloads stock bed_no floor | zh: 年龄 nianling 数量 | "
    "ru: возраст vozrast kolichestvo | tr: yas adet | es: edad cantidad | pt: idade quantidade | fr: age nombre | "
    "de: alter anzahl | id: umur | vi: tuoi",
    "net": "en: url website domain host hostname user_agent referrer path method status_code port bytes protocol netmask "
    "| zh: 网址 | ru: сайт sait | es: sitio_web | de: webseite",
    "text": "en: notes comment remarks message description feedback bio | zh: 备注 beizhu | ru: примечание primechanie | "
    "tr: aciklama not | es: observaciones comentario | pt: observacao | fr: remarque commentaire | de: bemerkung notiz | "
    "id: catatan keterangan | vi: ghi_chu",
    "flag": "en: is_active active verified deleted opt_in password_changed mfa_enabled consent | ru: активен aktiven | "
    "es: activo | de: aktiv | fr: actif | tr: aktif",
    "username": "en: username login handle nickname screen_name user | zh: 用户名 yhm 昵称 | ru: логин login nik | "
    "tr: kullanici_adi | es: usuario | pt: usuario apelido_login | fr: pseudo identifiant_connexion | de: benutzername | "
    "id: nama_pengguna | vi: ten_dang_nhap | ja: ユーザー名 | ko: 아이디",
    "vector": "en: embedding doc_vector word_vec features tsne pca components | zh: 向量 xiangliang | ru: вектор",
    "pubkey": "en: public_key ssh_key pubkey cert_fingerprint bic swift routing_number card_type expiry masked_pan last4 "
    "| de: bic | fr: bic | es: bic",
    "small_dev": "en: sensor_id device_no node_id gateway unit_id station_id channel_id | zh: 设备编号 | ru: датчик datchik",
}


def _parse(raw: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for seg in raw.split(" | "):
        lang, _, names = seg.partition(":")
        out[lang.strip()] = [n.replace("~", " ") for n in names.split()]
    return out


NAMES: dict[str, dict[str, list[str]]] = {k: _parse(v) for k, v in _RAW.items()}


def names_for(concept: str, lang: str) -> list[str]:
    got = NAMES[concept]
    return got.get(lang) or got["en"]
