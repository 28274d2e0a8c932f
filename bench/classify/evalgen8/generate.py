# ruff: noqa: E501  (tables of templates and words: one line each)
"""Generate evalgen8: a generated multilingual export set, labelled field by field (issue 10).

    python bench/classify/evalgen8/generate.py --out DIR [--seed N]

Writes the tables (CSV in four dialects, TSV, JSON, JSON Lines, mongoexport relaxed and canonical
Extended JSON, elasticdump, Redis hash dumps) and DIR/labels.csv (file_id, path, category, note).
Deterministic: the same seed gives the same bytes; no value depends on today's date. See README.md."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import string
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

if os.environ.get("PYTHONHASHSEED") != "0":  # set iteration and hashing must not vary between runs
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.run([sys.executable, *sys.argv], env=env).returncode)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import datetime as dt  # noqa: E402

import ids  # noqa: E402
import vocab  # noqa: E402
from faker import Faker  # noqa: E402
from stdnum import ean  # noqa: E402

SEED = 1796582078  # `date +%s` when this set was started (2026-12-06)
NONE = "none"

# ---------------------------------------------------------------- templates
# (stem, field-name language, format, columns). A column is `concept`, `name=concept` or
# `name=concept:arg`; a name may be a dotted path (JSON nesting) and `x[].y` is an array of objects.
# A column without a name takes the language's word for the concept (vocab.FIELDS).
TEMPLATES: list[tuple[str, str, str, str]] = [
    # travel and hospitality
    ("ficha_hospedagem", "pt", "csv", "hospede=name cpf=nid:pt dob celular=phone email endereco=addr cep=zip quarto=room diaria=amount checkin=date city"),
    ("meldeschein", "de", "csv_semi", "gast_name=name geburtsdatum=dob staatsangehoerigkeit=country reisepassnummer=passport heimatanschrift=addr plz=zip zimmer_nr=room anreise=date"),
    ("minshuku_yoyaku", "ja", "json", "宿泊者.氏名=name 宿泊者.カナ=name_kana 宿泊者.電話=phone 宿泊者.住所=addr 郵便番号=zip 旅券番号=passport 人数=qty 泊数=count 料金=amount"),
    ("otel_konaklama", "tr", "mongo_rel", "misafir.ad_soyad=name misafir.tc_kimlik_no=nid dogum_tarihi=dob cep_telefonu=phone oda_no=room giris=created yuz_vektoru=face:128 kart_son4=last4"),
    ("homestay_booking", "vi", "jsonl", "khach.ho_ten=name khach.so_cccd=nid khach.so_dien_thoai=phone email ngay_nhan_phong=date so_dem=count gia=amount ghi_chu=note"),
    ("car_rental_contract", "en", "csv", "renter_name=name driver_licence=nid:en dob mobile=phone email home_address=addr zip=zip card_on_file=card vin pickup_branch=city plate odometer_km=qty"),
    ("prokat_avto", "ru", "json", "арендатор.фио=name арендатор.номер_паспорта=passport арендатор.телефон=phone водительское_удостоверение=dl:ru vin гос_номер=plate пробег=qty сумма=amount"),
    ("airline_pnr", "en", "es", "pnr=pnr pax[].surname=last pax[].given_name=first pax[].dob=dob pax[].passport=passport contact.phone=phone contact.email=email flight=flight seat=seat fare_basis=code"),
    ("feribot_bilet", "tr", "csv_pipe", "yolcu_adi=name tc_kimlik_no=nid cep=phone sefer=code arac_plaka=plate koltuk=seat ucret=amount"),
    ("xe_khach_dat_ve", "vi", "csv", "ho_ten=name so_dien_thoai=phone diem_don=addr tuyen=route ghe=seat gia_ve=amount ngay_di=date"),
    ("ski_pass_sales", "fr", "json", "skieur.prenom=first skieur.nom=last skieur.date_naissance=dob photo_gabarit=face:512 forfait=code station=city prix=amount puce_rfid=rfid"),
    ("hajj_pilgrims", "ar", "mongo_can", "الاسم_الكامل=name رقم_الجواز=passport رقم_الهوية=nid:ar2 تاريخ_الميلاد=dob رقم_الجوال=phone الديانة=religion بصمة_الوجه=face:512 رقم_الحملة=code"),
    ("ziarat_karvan", "fa", "json", "زائر.نام=first زائر.نام_خانوادگی=last کد_ملی=nid تلفن_همراه=phone مذهب=religion گروه_خونی=blood شماره_گذرنامه=passport کاروان=code"),
    ("museum_members", "nl", "csv_semi", "voornaam=first achternaam=last e_mailadres=email straat_huisnummer=addr postcode=zip woonplaats=city lidmaatschap=tier vervaldatum=date"),
    ("fan_club", "ko", "jsonl", "성명=name 아이디=user 이메일=email 휴대폰번호=phone 생년월일=byear 등급=tier 가입일=created"),
    # health
    ("donor_darah", "id", "csv", "nama_lengkap=name nik=nid tgl_lahir=dob gol_darah=blood no_hp=phone alamat=addr hb=hb riwayat_penyakit=diag tanggal_donor=date"),
    ("vaccination_campaign", "hi", "json", "लाभार्थी.नाम=name लाभार्थी.आधार=nid जन्म_वर्ष=byear मोबाइल=phone टीका=vaccine खुराक=count केंद्र=city"),
    ("apteka_otpusk", "ru_lat", "csv_semi", "fio_patsienta=name snils=nid:ru2 data_rozhdeniya=dob preparat=med diagnoz_mkb=icd vrach=name kolichestvo=qty summa=amount"),
    ("hospice_admissions", "en", "mongo_rel", "patient.name=name patient.nhs_number=nid:en2 patient.dob=dob primary_diagnosis=diag medications=med next_of_kin.name=name next_of_kin.phone=phone ward=room admitted=created religion=religion"),
    ("dialysis_sessions", "de", "json", "patient.vorname=first patient.nachname=last versichertennr=kvnr dialysedauer_min=count blutdruck=bp gewicht_vorher=weight diagnose=diag station=room"),
    ("antenatal_visits", "ms", "csv", "nama_ibu=name no_kp=nid tarikh_lahir=dob no_telefon=phone usia_kandungan=preg tekanan_darah=bp bangsa=ethnic klinik=company"),
    ("clinical_trial_enrol", "fr", "csv_semi", "code_patient=code initiales=initials date_naissance=dob groupe=arm effets_indesirables=diag traitement=med origine_ethnique=ethnic centre=city"),
    ("genetik_onam", "tr", "json", "hasta.ad_soyad=name hasta.tc_kimlik_no=nid hasta.dogum_tarihi=dob tani=diag etnik_koken=ethnic numune_kodu=code imza_tarihi=date"),
    ("health_claims", "en", "csv", "member_name=name member_id=code ssn=nid:en dob claim_amount=amount icd10=icd provider=company provider_phone=phone service_date=date"),
    ("yiliao_baoxiao", "zh_py", "jsonl", "hzxm=name sfzh=nid csrq=dob zdmc=diag fyje=amount yljg=company jsrq=date"),
    ("life_policy", "it", "mongo_can", "contraente.nome_cognome=name contraente.codice_fiscale=nid contraente.data_nascita=dob fumatore=smoker beneficiario.nome=name iban=iban premio=amount polizza=code"),
    ("travel_insurance", "es", "json", "asegurado.nombre=first asegurado.apellidos=last asegurado.dni=nid:es asegurado.fecha_nacimiento=dob enfermedades_previas=diag destino=country prima=amount"),
    ("pet_insurance", "nl", "csv_semi", "eigenaar=name e_mailadres=email huisdier_naam=pet ras=breed diagnose_dier=petdiag premie=amount iban=iban"),
    ("rehab_intake", "pl", "json", "pacjent.imie=first pacjent.nazwisko=last pesel=nid rozpoznanie=diag leki=med alergie=allergy grupa_krwi=blood oddzial=room"),
    ("kampo_clinic", "ja", "csv", "患者名=name 生年月日=dob 電話番号=phone 主訴=symptom 処方=med アレルギー=allergy 保険者番号=code"),
    ("hanbang_clinic", "ko", "json", "환자.성명=name 환자.주민등록번호=nid 진단명=diag 복용약=med 혈액형=blood 방문일=date"),
    ("medkarta_kz", "kk", "json", "науқас.аты_жөні=name жсн=nid туған_күні=dob диагноз=diag ұлты=ethnic қан_тобы=blood телефон=phone"),
    ("likarnia_vypysky", "uk_lat", "csv", "pib=name rnokpp=nid data_narodzhennia=dob diahnoz=diag liky=med viddilennia=room data_vypysky=date"),
    ("sehat_camp", "hi", "csv", "name=name age=age gender=gender village=city bp=bp sugar=glucose diagnosis=diag mobile=phone"),
    ("tiem_chung", "vi", "mongo_rel", "ho_ten=name ngay_sinh=dob so_cccd=nid di_ung=allergy vaccine=vaccine mui=count dan_toc=ethnic dia_chi=addr"),
    # finance and commerce
    ("bank_statement", "de", "csv_semi", "auftraggeber=name iban=iban bic=bic verwendungszweck=note betrag=amount buchungstag=date waehrung=currency"),
    ("sepa_mandates", "fr", "json", "debiteur.nom_complet=name debiteur.iban=iban debiteur.adresse=addr debiteur.code_postal=zip rum=code date_signature=date creancier=company"),
    ("standing_orders", "nl", "mongo_rel", "rekeninghouder=name iban=iban tegenrekening=iban2 bedrag=amount frequentie=freq startdatum=date"),
    ("p2p_lending", "id", "json", "peminjam.nama_lengkap=name peminjam.nik=nid peminjam.no_hp=phone no_rekening=acct:id pinjaman=amount tenor=count agama=religion suku=ethnic skor=score"),
    ("crowdfunding_backers", "en", "jsonl", "backer.name=name backer.email=email shipping.line1=addr shipping.postal_code=zip shipping.country=country pledge=amount reward=tier card_last4=last4"),
    ("gift_aid_donors", "en", "csv", "title=title first_name=first surname=last house_name_number=addr postcode=zip donation=amount date=date"),
    ("waqf_donors", "ar", "json", "المتبرع.الاسم=name المتبرع.الجوال=phone الآيبان=iban:SA المبلغ=amount المسجد=company التاريخ=date"),
    ("pawn_tickets", "es", "csv", "cliente=name dni=nid:es3 telefono=phone articulo=item peso_gr=qty prestamo=amount vencimiento=date"),
    ("doviz_burosu", "tr", "mongo_can", "musteri.ad_soyad=name musteri.tc_kimlik_no=nid musteri.dogum_tarihi=dob doviz=currency tutar=amount kur=rate sube=city"),
    ("fuel_cards", "pl", "csv_semi", "kierowca=name nr_karty=card nr_rejestracyjny=plate stacja=company litry=qty kwota=amount data=date"),
    ("atm_journal", "en", "tsv", "card_pan=card atm_id=code atm_lat=lat atm_lon=lon amount=amount txn_time=created response=status"),
    ("avtorski_vynahorody", "uk", "json", "автор.піб=name рнокпп=nid рахунок_iban=iban:UA сума=amount твір=title2 видавництво=company"),
    ("shakhmat_zhulde", "kk_lat", "csv", "aty_zhoni=name zhsn=nid iban_shot=iban:KZ soma=amount oryn=count reiting=score"),
    ("tax_returns", "it", "csv_semi", "codice_fiscale=nid cognome=last nome=first data_nascita=dob reddito=amount iban_rimborso=iban:IT comune=city"),
    ("loyalty_card", "fr", "jsonl", "client.prenom=first client.nom=last client.courriel=email client.tel_portable=phone points=count carte_fidelite=code magasin=city"),
    ("auction_bidders", "de", "es", "bieter.name=name bieter.e_mail=email bieter.ip=ip los_nr=code gebot=amount zeit=created"),
    ("marketplace_orders", "pt", "mongo_rel", "comprador.nome=name comprador.cpf=nid:pt comprador.email=email entrega.endereco=addr entrega.cep=zip pedido=code total=amount ip_compra=ip"),
    ("gift_cards", "en", "csv", "card_code=code balance=amount purchaser_email=email expires=date store=city"),
    ("subscription_box", "es", "json", "suscriptor.nombre_completo=name suscriptor.correo=email envio.direccion=addr envio.codigo_postal=zip tarjeta=card plan=tier"),
    ("second_hand_listings", "pl", "jsonl", "sprzedawca=user tytul=item cena=amount miasto=city telefon_kontakt=phone kategoria=cat"),
    ("farmers_market", "id", "csv", "nama_pedagang=name no_hp=phone kios=room komoditas=item omzet=amount pasar=city"),
    ("sberkassa_vklady", "ru", "mongo_can", "вкладчик.фио=name вкладчик.инн=nid вкладчик.дата_рождения=dob номер_счета=acct:ru сумма=amount ставка=rate"),
    ("yinhang_kaihu", "zh", "json", "客户.姓名=name 客户.身份证号=nid 客户.手机号=phone 银行卡号=card 开户行=bank 民族=ethnic 职业=job"),
    ("kartu_kredit_tagihan", "ms", "csv", "nama_pemegang=name no_kad=card had_kredit=amount baki=amount2 tarikh_penyata=date"),
    ("sanad_bank", "fa", "csv", "نام_کامل=name کد_ملی=nid شبا=iban:IR شماره_کارت=card مبلغ=amount شعبه=city"),
    ("ecommerce_refunds", "ko", "mongo_rel", "주문자=name 휴대폰번호=phone 환불계좌=acct:ko 카드번호=card 금액=amount 사유=note"),
    # network, security, devices
    ("vpn_sessions", "en", "jsonl", "user=user src_ip=ip assigned_ip=ip_private device_mac=mac client_version=ver bytes_in=count started=created"),
    ("hotspot_logins", "tr", "csv", "kullanici_adi=user cep_telefonu=phone mac_adresi=mac ip_adresi=ip oturum_suresi=count konum=city"),
    ("nginx_access", "en", "es", "remote_addr=ip request=path status=status body_bytes_sent=count http_user_agent=ua time_local=created"),
    ("fw_drops", "de", "tsv", "quell_ip=ip ziel_ip=ip_private ziel_port=port protokoll=proto regel=code zeitstempel=created"),
    ("sshd_failures", "ru_lat", "jsonl", "ip_adres=ip polzovatel=user popytok=count port=port hostname=host"),
    ("siem_alerts", "fr", "es", "ip_source=ip poste.mac=mac poste.nom_hote=host regle=code severite=status utilisateur=user"),
    ("cdn_edge_logs", "ja", "jsonl", "クライアントIP=ip パス=path キャッシュ=status 応答時間ms=count ユーザーエージェント=ua"),
    ("password_manager_export", "en", "csv", "name=site url=url username=user password=plainpwd totp=totp notes=note"),
    ("ci_variables", "en", "json", "key=envkey value=apikey protected=flag environment_scope=env"),
    ("k8s_secrets_dump", "en", "jsonl", "metadata.name=host metadata.namespace=env data.DB_PASSWORD=plainpwd data.JWT_SECRET=apikey data.STRIPE_KEY=stripe type=status"),
    ("forum_users", "ru", "mongo_can", "логин=user эл_почта=email хэш_пароля=pwd ip_регистрации=ip дата_рождения=dob подпись=note"),
    ("web_push_subs", "pt", "json", "endpoint=webpush keys.p256dh=pubkey keys.auth=pushauth usuario=user navegador=ua"),
    ("analytics_events", "es", "jsonl", "evento=code id_publicidad=adid ip=ip pais=country version_app=ver ts=created"),
    ("it_asset_inventory", "nl", "csv", "serienummer=serial mac_adres=mac ip_adres=ip_private gebruiker=name afdeling=dept model=model"),
    ("printer_fleet", "pl", "csv_semi", "nr_seryjny=serialx adres_ip=ip_private mac=mac licznik_stron=count lokalizacja=room model=model"),
    ("phone_repair_tickets", "hi", "json", "ग्राहक.नाम=name ग्राहक.मोबाइल=phone imei=imei मॉडल=model समस्या=note शुल्क=amount"),
    ("mobile_shop_sales", "id", "mongo_rel", "pembeli.nama_lengkap=name pembeli.nik=nid imei_1=imei imei_2=imei merek=model harga=amount"),
    ("phone_trade_in", "ms", "json", "nama_penuh=name no_kp=nid no_telefon=phone imei=imei alamat=addr poskod=zip tawaran=amount model=model"),
    ("lost_phones", "fr", "csv_semi", "declarant=name tel_portable=phone imei=imei marque=model commissariat=city date=date"),
    ("toll_transponders", "it", "csv", "titolare=name targa=plate id_dispositivo=obu iban=iban:IT telepass=code"),
    ("ev_charging", "nl", "jsonl", "laadpas=code gebruiker=name kwh=qty paal.breedtegraad=lat paal.lengtegraad=lon duur_min=count"),
    ("dns_zone", "en", "csv", "name=host type=rrtype value=ip ttl=count"),
    ("whois_registrants", "en", "json", "domain=host registrant.name=name registrant.email=email registrant.phone=phone registrant.street=addr registrant.postal_code=zip registrar=company created=date"),
    ("ssl_inventory", "en", "csv", "common_name=host serial_hex=sha fingerprint_sha256=fp not_after=date issuer=company key_bits=count"),
    ("wifi_probe_requests", "zh_py", "jsonl", "sbh=mac rssi=count ssid=ssid cjsj=created tzdm=code"),
    ("smart_meter_readings", "uk", "csv", "лічильник=code адреса=addr поштовий_індекс=zip показник_квтг=qty дата=date"),
    ("bug_bounty_reports", "en", "es", "researcher.handle=user researcher.email=email target=url severity=status bounty=amount poc_token=apikey"),
    ("oss_contributors", "en", "csv", "author_name=name author_email=email commit=sha files_changed=count repo=url"),
    ("game_server_bans", "ko", "csv", "아이디=user IP주소=ip 기기ID=adid 사유=note 기간=count"),
    ("app_sessions", "ar", "jsonl", "اسم_المستخدم=user معرف_الجهاز=androidid رمز_الوصول=jwt عنوان_ip=ip الإصدار=ver"),
    ("redis_sessions", "en", "redis", "user_email=email csrf=token session_secret=token last_ip=ip locale=lang"),
    ("redis_otp_cache", "tr", "redis", "cep_telefonu=phone kod=otp deneme=count"),
    ("redis_cart", "pt", "redis", "usuario=user itens=count total=amount cep=zip"),
    ("redis_rate_limit", "en", "redis", "ip=ip hits=count window_s=count2"),
    # people in institutions
    ("library_loans", "de", "csv_semi", "leser_nr=code vorname=first nachname=last e_mail=email isbn=isbn titel=title2 faellig=date"),
    ("daycare_pickup", "en", "json", "child.first_name=first child.dob=dob:1-6 child.allergies=allergy authorised[].name=name authorised[].phone=phone authorised[].face_template=face:128 room=room"),
    ("driving_school", "es", "csv", "alumno=name dni=nid:es fecha_nacimiento=dob telefono=phone permiso=tier clases=count profesor=name"),
    ("language_school", "it", "json", "studente.nome=first studente.cognome=last studente.email=email livello=tier nazionalita=country corso=code"),
    ("tutoring_market", "vi", "csv", "ho_ten_gia_su=name so_dien_thoai=phone email mon_hoc=subject hoc_phi=amount quan=city"),
    ("conference_regs", "en", "csv", "first_name=first last_name=last affiliation=company email ticket_type=tier dietary=diet t_shirt=size"),
    ("journal_reviewers", "fr", "jsonl", "relecteur.nom_complet=name relecteur.courriel=email orcid=orcid discipline=subject nb_relectures=count"),
    ("hackathon_teams", "id", "json", "tim=team anggota[].nama=name anggota[].email=email anggota[].github=user skor=score"),
    ("thesis_repository", "pt", "csv", "autor=name orientador=name titulo=title2 ano=year programa=dept doi=doi"),
    ("sports_club_youth", "pl", "csv_semi", "imie=first nazwisko=last pesel=nid data_urodzenia=dob:7-17 opiekun=name telefon_opiekuna=phone druzyna=team"),
    ("marathon_entries", "de", "mongo_rel", "startnr=count laeufer.vorname=first laeufer.nachname=last laeufer.geburtsjahr=byear verein=team zielzeit=dur foto_match=face:512"),
    ("race_photo_index", "en", "jsonl", "photo_id=code bib=count face_embedding=facestr:128 camera.lat=lat camera.lon=lon taken=created"),
    ("casino_exclusion", "en", "mongo_can", "patron.name=name patron.dob=dob patron.ssn=nid:en face=face:512 excluded_until=date property=company"),
    ("coworking_access", "nl", "jsonl", "lid=name pas_id=code deur=room gezichtsvector=faceb64:128 tijd=created"),
    ("egate_crossings", "tr", "mongo_can", "yolcu.ad=first yolcu.soyad=last pasaport_no=passport uyruk=country yuz_sablonu=face:512 kapi=code gecis=created"),
    ("inmate_register", "en", "csv", "inmate_name=name booking_no=code dob race=race religion=religion charge=charge cell=room"),
    ("ispravitelnaya_koloniya", "ru", "json", "осуждённый.фио=name осуждённый.дата_рождения=dob национальность=ethnic вероисповедание=religion статья=charge отряд=room биометрия=face:128"),
    ("refugee_registration", "ar", "mongo_rel", "اللاجئ.الاسم_الكامل=name اللاجئ.تاريخ_الميلاد=dob العرق=ethnic الديانة=religion بصمة_الوجه=faceb64:512 رقم_الحالة=code المخيم=city"),
    ("census_household", "kk", "json", "үй_шаруашылығы=code мүшелер[].аты_жөні=name мүшелер[].туған_күні=dob мүшелер[].ұлты=ethnic мүшелер[].діні=religion мүшелер[].жынысы=gender"),
    ("ketkhuu_hokhau", "vi", "csv", "ho_ten=name ngay_sinh=dob dan_toc=ethnic ton_giao=religion so_cccd=nid quan_he=relation"),
    ("opinion_poll", "es", "csv", "id_encuestado=id edad=age sexo=gender etnia=ethnic religion=religion voto=party provincia=city"),
    ("survey_respondents_in", "hi", "jsonl", "उत्तरदाता=name धर्म=religion जातीय_समूह=ethnic आयु=age राज्य=city आय=amount"),
    ("conscript_register", "uk", "mongo_can", "призовник.піб=name призовник.дата_народження=dob рнокпп=nid група_крові=blood діагноз=diag військкомат=city"),
    ("firearms_licences", "en", "csv", "holder=name dob licence_no=licence home_address=addr postcode=zip weapon_serial=wserial expiry=date"),
    ("hunting_permits", "fr", "csv_semi", "chasseur=name date_naissance=dob permis=licence federation=company adresse=addr code_postal=zip espece=species"),
    ("seafarers_crew_list", "en", "tsv", "surname=last given_names=first nationality=country passport=passport dob=dob rank=job vessel_imo=imo"),
    ("pilot_licences", "it", "json", "pilota.nome_cognome=name pilota.data_nascita=dob licenza=licence classe_medica=tier scadenza_medica=date ore_volo=count"),
    ("mine_workers", "zh", "csv", "姓名=name 身份证号=nid 工种=job 班组=team 体检结论=diag 下井次数=count"),
    ("construction_induction", "en", "json", "worker.full_name=name worker.phone=phone emergency_contact.name=name emergency_contact.phone=phone trade=job site=city medical_conditions=diag"),
    ("police_incidents", "nl", "csv_semi", "melder=name telefoon=phone locatie.breedtegraad=lat locatie.lengtegraad=lon incidenttype=code tijd=created"),
    ("temple_seva", "hi", "csv", "भक्त_नाम=name मोबाइल=phone गोत्र=note सेवा=item राशि=amount दिनांक=date"),
    ("parish_baptisms", "pl", "json", "dziecko.imie=first dziecko.nazwisko=last data_urodzenia=dob:0-1 ojciec=name matka=name parafia=company wyznanie=religion"),
    ("synagogue_members", "en", "csv", "family_name=last first_name=first hebrew_name=name email phone=phone dues=amount yahrzeit=date"),
    ("matrimony_profiles", "hi", "mongo_rel", "profile.name=name profile.dob=dob profile.religion=religion profile.community=ethnic profile.mobile=phone height_cm=qty education=tier"),
    ("dating_profiles", "en", "jsonl", "display_name=first birthdate=dob ethnicity=ethnic religion=religion last_lat=lat last_lon=lon bio=note"),
    ("newsletter_subs", "de", "csv", "e_mail=email vorname=first anrede=title opt_in=created quelle=code"),
    ("b2b_crm_contacts", "fr", "json", "societe=company contact.nom_complet=name contact.courriel=email contact.tel=phone siret=siret adresse_siege=addr code_postal=zip"),
    ("call_centre_leads", "tr", "csv", "ad_soyad=name cep_telefonu=phone sehir=city kampanya=code sonuc=status arama_sayisi=count"),
    ("temp_staff_shifts", "nl", "csv_semi", "medewerker=name bsn=nid iban=iban vestiging=city uren=qty uurloon=amount"),
    ("home_cleaning", "es", "mongo_rel", "cliente.nombre_completo=name cliente.telefono=phone servicio.direccion=addr servicio.codigo_postal=zip servicio.geo=geojson limpiador=name precio=amount"),
    ("warranty_registrations", "ja", "csv", "氏名=name メールアドレス=email 郵便番号=zip 住所=addr 製品=model シリアル番号=serial 購入日=date"),
    ("solar_installs", "de", "json", "kunde.name=name anlage.strasse=addr anlage.plz=zip anlage.lat=lat anlage.lon=lon leistung_kwp=qty wechselrichter_sn=sensor"),
    ("building_permits", "it", "csv_semi", "richiedente=name codice_fiscale=nid indirizzo=addr cap=zip foglio=code particella=code2 importo=amount"),
    ("land_parcels", "uk_lat", "json", "vlasnyk=name rnokpp=nid kadastrovyi_nomer=code tsentr=geojson ploshcha_ha=qty"),
    ("vehicle_registry", "ko", "csv", "소유자=name 주민등록번호=nid 차량번호=plate 차대번호=vin 주소=addr 등록일=date"),
    ("gas_cylinder_delivery", "hi", "csv", "उपभोक्ता_नाम=name मोबाइल=phone पता=addr पिन_कोड=zip उपभोक्ता_संख्या=code सिलेंडर=qty"),
    ("kisan_subsidy", "hi", "json", "farmer.name=name farmer.aadhaar=nid bank_account=acct:hi ifsc=ifsc land_acres=qty district=city"),
    ("fisher_licences", "id", "csv", "nama_nelayan=name nik=nid kapal=vessel gt=qty pelabuhan=city no_hp=phone"),
    ("homeowners_dues", "en", "csv", "owner=name unit=room email phone=phone dues=amount autopay_account=iban:GB"),
    ("parking_permits", "fr", "csv", "titulaire=name plaque=plate zone=code adresse=addr code_postal=zip expiration=date"),
    ("wedding_photo_clients", "it", "jsonl", "sposa=name sposo=name cellulare=phone email data_matrimonio=date location=city acconto=amount"),
    ("daycare_faces", "zh", "mongo_can", "幼儿.姓名=name 幼儿.出生日期=dob:1-6 家长.手机号=phone 接送人脸=face:128 班级=room"),
    ("kitaphana_turniket", "kk_lat", "jsonl", "aty_zhoni=name oqyrman_bileti=code bet_vektory=face:128 kiru_uakyty=created"),
    ("wildlife_collars", "en", "csv", "collar_id=sensor species=species lat=lat lon=lon altitude_m=alt fix_time=created"),
    ("earthquake_catalogue", "ja", "json", "震源.緯度=lat 震源.経度=lon 深さkm=depth マグニチュード=mag 発生時刻=created"),
    ("ais_positions", "en", "jsonl", "mmsi=code vessel=vessel position=geojson sog=speed cog=heading"),
    ("adsb_tracks", "de", "csv", "icao24=code rufzeichen=flight breite=lat laenge=lon hoehe_ft=alt"),
    ("tree_inventory", "nl", "csv_semi", "boom_id=code soort=species x_rd=gridx y_rd=gridy stamdiameter=qty plantjaar=year"),
    ("restaurant_inspections", "es", "csv", "establecimiento=company direccion=addr codigo_postal=zip telefono=phone puntuacion=score fecha=date"),
    ("pharmacy_locator", "ru", "json", "аптека=company адрес=addr телефон=phone широта=lat долгота=lon режим=hours"),
    ("atm_locator", "ar", "csv", "البنك=bank العنوان=addr الإحداثيات=latlon الحالة=status"),
    # added for the rare categories (cards, faces, secrets, religion, ethnicity) and the rarer languages
    ("cinema_bookings", "ko", "csv_pipe", "예매자=name 휴대폰번호=phone 카드번호=card 좌석=seat 금액=amount 상영관=room"),
    ("hotel_folio_cards", "de", "tsv", "gast=name kartennummer=card ablauf=expiry zimmer=room betrag=amount"),
    ("parking_garage_pay", "nl", "csv_semi", "kenteken=plate kaartnummer=card bedrag=amount inrit=created uitrit=created2"),
    ("online_kurs_odeme", "tr", "mongo_can", "ad_soyad=name kart_numarasi=card e_posta=email ip_adresi=ip kurs=code tutar=amount"),
    ("recurring_donations", "es", "jsonl", "donante=name numero_tarjeta=card correo=email importe=amount periodicidad=freq"),
    ("lounge_access", "en", "csv_pipe", "passenger=name card_pan=card lounge=code flight=flight visit_time=created"),
    ("abonnements_presse", "fr", "csv_semi", "abonne=name numero_carte=card adresse=addr code_postal=zip titre=title2"),
    ("mobile_topups", "ar", "jsonl", "رقم_الجوال=phone رقم_البطاقة=card المبلغ=amount المشغل=company"),
    ("chuyen_tien_the", "vi", "tsv", "chu_the=name so_the=card so_tien=amount ngan_hang=bank ngay=date"),
    ("elektrichka_bilety", "ru", "csv", "пассажир=name номер_карты=card маршрут=route сумма=amount"),
    ("internet_magazyn", "uk", "json", "покупець.піб=name покупець.ел_пошта=email номер_картки=card сума=amount доставка.адреса=addr"),
    ("ketabforoushi", "fa", "csv", "نام_کامل=name شماره_کارت=card مبلغ=amount کتاب=title2 تلفن_همراه=phone"),
    ("wangke_zhifu", "zh_py", "jsonl", "xm=name yhkh=card je=amount kc=code sjh=phone"),
    ("tsuhan_chumon", "ja", "mongo_rel", "氏名=name カード番号=card 金額=amount 郵便番号=zip 住所=addr"),
    ("kommunaldyq_tolem", "kk", "csv", "аты_жөні=name карта_нөмірі=card сома=amount шот=code мекенжай=addr"),
    ("schwimmbad_drehkreuz", "de", "jsonl", "mitglied=name gesichtsmerkmale=faceb64:128 eintritt=created tarif=tier"),
    ("bank_video_kyc", "hi", "mongo_can", "ग्राहक.नाम=name ग्राहक.आधार=nid चेहरा_वेक्टर=face:512 मोबाइल=phone शाखा=city"),
    ("hostel_checkin", "vi", "json", "ho_ten=name so_cccd=nid vector_khuon_mat=face:128 phong=room ngay_den=date"),
    ("ditie_shualian", "zh", "csv", "姓名=name 手机号=phone 人脸特征=facestr:512 银行卡号=card 进站=created"),
    ("canteen_face_pay", "ko", "jsonl", "성명=name 학번=code 얼굴특징벡터=face:128 잔액=amount"),
    ("care_home_wander", "en", "json", "resident.name=name resident.dob=dob conditions=diag face_descriptor=face:512 wing=room"),
    ("wordpress_users", "en", "tsv", "ID=id user_login=user user_pass=wppass user_email=email user_registered=created display_name=name"),
    ("router_abonenty", "ru_lat", "csv", "abonent=name login=user parol=plainpwd ip_adres=ip mac=mac tarif=tier"),
    ("ipc_camera_list", "zh", "csv", "设备号=serialx IP地址=ip_private 密码=plainpwd 位置=room 型号=model"),
    ("mbanking_sessions", "id", "jsonl", "no_hp=phone token_akses=jwt refresh_token=token alamat_ip=ip versi=ver"),
    ("veli_portal", "tr", "mongo_can", "kullanici_adi=user sifre=pwd e_posta=email veli_telefonu=phone ogrenci=name"),
    ("portal_kadrowy", "pl", "csv_semi", "login=user haslo=pwd email=email imie_nazwisko=name dzial=dept"),
    ("api_partner", "de", "json", "partner=company api_key=apikey webhook_secret=token kontakt.e_mail=email kontakt.name=name"),
    ("telegram_boty", "ru", "json", "бот=user токен=bottoken владелец=name создан=created"),
    ("gateway_lojistas", "pt", "json", "loja=company chave_api=stripe responsavel=name email=email cnpj=siret"),
    ("religionsunterricht", "de", "csv_semi", "schueler=name geburtsdatum=dob:10-17 konfession=religion klasse=room"),
    ("dog_tags", "en", "csv", "name=name service_no=licence blood_type=blood religion=religion unit=team"),
    ("jadwal_ramadan", "id", "csv", "nama_lengkap=name agama=religion shift=code divisi=dept"),
    ("konkur_davtalaban", "fa", "json", "داوطلب.نام=first داوطلب.نام_خانوادگی=last کد_ملی=nid دین=religion قومیت=ethnic سهمیه=tier"),
    ("ly_lich_trich_ngang", "vi", "csv", "ho_ten=name ngay_sinh=dob dan_toc=ethnic ton_giao=religion que_quan=city"),
    ("daftar_wad", "ms", "json", "pesakit.nama_penuh=name pesakit.no_kp=nid bangsa=ethnic agama=religion diagnosis=diag wad=room"),
    ("ipyeong_daesang", "ko", "csv", "성명=name 주민등록번호=nid 종교=religion 혈액형=blood 부대=team"),
    ("danka_meibo", "ja", "csv", "氏名=name 住所=addr 宗派=religion 電話番号=phone 墓所=code"),
    ("jury_questionnaire", "en", "csv", "juror_name=name race=race hispanic_origin=hisp zip=zip occupation=job"),
    ("gaokao_jiafen", "zh", "json", "考生.姓名=name 考生.身份证号=nid 民族=ethnic 加分=count 考区=city"),
    ("cartao_sus", "pt", "json", "paciente.nome=name paciente.cpf=nid:pt raca_cor=ethnic unidade=company vacina=vaccine"),
    ("hospital_episodes", "en", "csv", "patient=name nhs_no=nid:en2 ethnic_category=race admission=date specialty=dept"),
    # aggregates and catalogues (hard negatives: rows are not people)
    ("census_by_district", "ru_lat", "csv", "rayon=city natsionalnost=agg_ethnic chislennost=count dolya=rate"),
    ("religion_stats", "id", "csv", "provinsi=city agama=agg_religion jumlah_penduduk=count persen=rate"),
    ("disease_weekly", "pt", "json", "municipio=city doenca=agg_diag semana=count casos=count2 obitos=count3"),
    ("ethnic_school_stats", "zh", "csv", "地区=city 民族=agg_ethnic 在校生人数=count 比例=rate"),
    ("election_precincts", "en", "csv", "precinct=code candidate=official party=party votes=count"),
    ("bed_occupancy", "fr", "csv_semi", "etablissement=company service=dept lits=count occupes=count2 taux=rate"),
    ("icd_catalogue", "de", "json", "code=icdcat bezeichnung=agg_diag kapitel=code gueltig_ab=date"),
    ("drug_catalogue", "ko", "csv", "품목코드=ean 제품명=agg_med 제조사=company 단가=amount"),
    ("vet_visits", "tr", "json", "sahip.ad_soyad=name sahip.cep_telefonu=phone hayvan_adi=pet tur=species tani_hayvan=petdiag ucret=amount"),
    ("product_embeddings", "en", "jsonl", "sku=ean title=item embedding=docvec:64 category=cat"),
    ("test_accounts_seed", "pl", "json", "imie_nazwisko=placeholder login=user rola=status utworzono=created"),
    ("ab_test_assignments", "ja", "csv", "ユーザーID=id 実験=code バリアント=status 割当日時=created"),
    ("feature_flags", "en", "json", "flag=envkey enabled=flag rollout_pct=rate owner_team=team"),
    ("warehouse_stock", "zh_py", "csv", "spbm=ean spmc=item kcsl=qty ck=city"),
    ("vending_telemetry", "it", "jsonl", "macchina=sensor temperatura=temp vendite=count incasso=amount firmware=ver"),
]


# ---------------------------------------------------------------- values
class Ctx:
    """What a table's values are made from: its language, the set's random source and its Fakers."""

    LOCALE = {"zh": "zh_CN", "ru": "ru_RU", "uk": "uk_UA", "tr": "tr_TR", "ar": "ar_SA", "fa": "fa_IR", "hi": "hi_IN",
              "id": "id_ID", "ms": "en_MS", "vi": "vi_VN", "es": "es_ES", "pt": "pt_BR", "fr": "fr_FR", "de": "de_DE",
              "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL", "ja": "ja_JP", "ko": "ko_KR", "en": "en_US", "kk": "ru_RU"}
    NID = {"zh": ["cn"], "ru": ["ru"], "kk": ["kk"], "uk": ["uk"], "tr": ["tr"], "ar": ["ar", "ar2"], "fa": ["fa"],
           "hi": ["hi"], "id": ["id"], "ms": ["ms"], "vi": ["vi"], "es": ["es", "es2", "es3", "es4"], "pt": ["pt", "pt2"],
           "fr": ["fr", "be"], "de": ["de"], "it": ["it"], "nl": ["nl"], "pl": ["pl"], "ja": ["ja"], "ko": ["ko"],
           "en": ["en", "en2", "en3", "en4"]}
    IBAN_CC = {"ru": "KZ", "kk": "KZ", "uk": "UA", "tr": "TR", "ar": "SA", "fa": "IR", "hi": "AE", "id": "GB", "ms": "GB",
               "vi": "DE", "es": "ES", "pt": "PT", "fr": "FR", "de": "DE", "it": "IT", "nl": "NL", "pl": "PL", "ja": "CH",
               "ko": "GB", "en": "GB", "zh": "DE"}
    _fakers: dict[str, Faker] = {}

    def __init__(self, rng: random.Random, lang: str, fmt: str) -> None:
        self.rng, self.lang, self.base, self.fmt = rng, lang, lang.split("_")[0], fmt
        self.latin = lang.endswith("_lat")
        loc = self.LOCALE[self.base]
        if self.base == "es" and rng.random() < 0.4:
            loc = rng.choice(["es_MX", "es_AR", "es_CO"])
        if self.base == "en" and rng.random() < 0.4:
            loc = rng.choice(["en_GB", "en_IN", "en_NG", "en_PH"])
        if loc not in self._fakers:
            self._fakers[loc] = Faker(loc)
        self.fk = self._fakers[loc]
        self.fk.seed_instance(rng.getrandbits(32))
        self.nid_key = rng.choice(self.NID[self.base])
        self.mongo = fmt.startswith("mongo")
        self.canonical = fmt == "mongo_can"

    # names
    def first(self) -> str:
        if self.base == "kk":
            return self.rng.choice(vocab.KK_FIRST_LAT if self.latin else vocab.KK_FIRST)
        if self.base == "ms":
            return self.rng.choice(vocab.MS_FIRST)
        return self.fk.first_name()

    def last(self) -> str:
        if self.base == "kk":
            return self.rng.choice(vocab.KK_LAST_LAT if self.latin else vocab.KK_LAST)
        if self.base == "ms":
            return self.rng.choice(vocab.MS_LAST)
        return self.fk.last_name()

    def name(self) -> str:
        f, la = self.first(), self.last()
        if self.base in ("zh", "ja", "ko"):
            return la + f if self.rng.random() < 0.85 else f"{la} {f}"
        if self.base in ("ru", "uk", "kk") and not self.latin:
            r = self.rng.random()
            pat = self.fk.middle_name() if self.base != "kk" and hasattr(self.fk, "middle_name") else ""
            return f"{la} {f} {pat}".strip() if r < 0.6 else f"{la.upper()} {f}"
        if self.base == "ms":
            return f"{f} {la}"
        r = self.rng.random()
        if r < 0.1:
            return f"{la.upper()}, {f}"
        if r < 0.18:
            return f"{f} {la}".upper()
        return f"{f} {la}"

    def date_str(self, d: dt.date) -> Any:
        if self.mongo and self.rng.random() < 0.8:
            iso = d.isoformat() + "T00:00:00Z"
            if self.canonical:
                ms = int((dt.datetime(d.year, d.month, d.day) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
                return {"$date": {"$numberLong": str(ms)}}
            return {"$date": iso}
        if self.fmt in ("json", "jsonl", "es") and self.rng.random() < 0.4:
            return d.isoformat()
        b, r = self.base, self.rng.random()
        if b == "zh":
            return d.strftime("%Y年%m月%d日") if r < 0.4 else d.strftime("%Y%m%d") if r < 0.6 else d.isoformat()
        if b in ("ru", "kk", "uk", "de", "tr", "pl"):
            return d.strftime("%d.%m.%Y")
        if b == "fa":
            return d.strftime("%Y/%m/%d").translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) if r < 0.5 else d.strftime("%Y/%m/%d")
        if b == "ar":
            return d.strftime("%d/%m/%Y") if r < 0.6 else d.strftime("%Y-%m-%d")
        if b == "ja":
            return d.strftime("%Y/%m/%d") if r < 0.6 else f"{d.year}年{d.month}月{d.day}日"
        if b == "ko":
            return d.strftime("%Y.%m.%d") if r < 0.6 else d.strftime("%Y%m%d")
        if b == "en":
            return d.strftime("%m/%d/%Y") if r < 0.5 else d.strftime("%d-%b-%Y") if r < 0.7 else d.isoformat()
        if b == "nl":
            return d.strftime("%d-%m-%Y")
        return d.strftime("%d/%m/%Y")

    def when(self) -> Any:
        t = dt.datetime(2025, 1, 1) + dt.timedelta(seconds=self.rng.randint(0, 360 * 86400))
        if self.mongo:
            if self.canonical:
                return {"$date": {"$numberLong": str(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000))}}
            return {"$date": t.isoformat() + ".000Z"}
        r = self.rng.random()
        if r < 0.3:
            return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
        return t.strftime("%Y-%m-%d %H:%M:%S") if r < 0.7 else t.isoformat() + "Z"

    def num(self, v: int | str) -> Any:
        """A long number as exports write it: a string, an int, a float or an Extended JSON wrapper."""
        s = str(v)
        if self.mongo and s.isdigit() and self.rng.random() < 0.5:
            return {"$numberLong": s} if self.canonical or self.rng.random() < 0.5 else int(s)
        if self.fmt.startswith("csv") and s.isdigit() and self.rng.random() < 0.1:
            return s + ".0"
        return s


def _coord(c: Ctx, lat: bool) -> Any:
    v = round(c.rng.uniform(-35, 60) if lat else c.rng.uniform(-100, 140), c.rng.choice([4, 5, 6, 7]))
    r = c.rng.random()
    if c.fmt == "csv_semi" and r < 0.5:
        return str(v).replace(".", ",")
    if r < 0.15:
        return str(v)
    if r < 0.2:
        return v + 1e-13  # float artefact
    return v


def _face(c: Ctx, n: int, how: str = "list") -> Any:
    v = ids.unit_vector(c.rng, n)
    if how == "b64":
        b = ids.packed(v)
        if c.mongo:
            return {"$binary": {"base64": b, "subType": "00"}} if c.canonical or c.rng.random() < 0.5 else {"$binary": b, "$type": "00"}
        return b
    if how == "str" or c.fmt.startswith("csv") or c.fmt == "tsv":
        return " ".join(f"{x:.5f}" for x in v) if c.rng.random() < 0.5 else json.dumps(v)
    return v


def _phone(c: Ctx) -> Any:
    p = ids.phone(c.rng, c.base)
    r = c.rng.random()
    if r < 0.08 and c.fmt in ("json", "jsonl", "mongo_rel", "mongo_can", "es"):
        d = "".join(ch for ch in p if ch.isdigit())
        return c.num(d) if not d.startswith("0") else p
    if r < 0.12:
        return p + c.rng.choice([" ext. 21", " (WhatsApp)", " (home)"])
    return p


def _email(c: Ctx) -> str:
    e = c.fk.free_email() if c.rng.random() < 0.5 else c.fk.email()
    if not e.isascii():
        e = "".join(ch for ch in e if ch.isascii()) or f"user{c.rng.randint(1, 999)}@example.org"
    return e.upper() if c.rng.random() < 0.07 else e


def _addr(c: Ctx) -> str:
    a = c.fk.street_address()
    r = c.rng.random()
    if r < 0.15 and c.fmt not in ("tsv",):
        return a + "\n" + c.fk.city()
    if r < 0.3:
        return a.upper()
    return a


def _zip(c: Ctx) -> Any:
    z = c.fk.postcode()
    return int(z) if z.isdigit() and not z.startswith("0") and c.rng.random() < 0.3 else z


def _acct(c: Ctx, kind: str) -> str:
    if kind == "ru":
        return "40817810" + ids.digits(c.rng, 12)
    if kind == "hi":
        return ids.digits(c.rng, c.rng.choice([11, 12, 14]), "123456789")
    if kind == "ko":
        return f"{ids.digits(c.rng, 3)}-{ids.digits(c.rng, 6)}-{ids.digits(c.rng, 2)}-{ids.digits(c.rng, 3)}"
    if kind == "id":
        return ids.digits(c.rng, 10, "0123456789")
    return ids.iban(c.rng)


def _nid(c: Ctx, key: str | None) -> Any:
    v = ids.NATIONAL[key or c.nid_key](c.rng)
    return c.num(v) if v.isdigit() and not v.startswith("0") else v


def _dl(c: Ctx, kind: str) -> str:
    if kind == "ru":
        return f"{ids.digits(c.rng, 2)} {ids.digits(c.rng, 2)} {ids.digits(c.rng, 6)}"
    return c.rng.choice("ABCDEFGHKLMNPRSTW") + ids.digits(c.rng, 7) + c.rng.choice(["", "", "-" + ids.digits(c.rng, 2)])


def _ean(c: Ctx) -> str:
    b = c.rng.choice(["400", "690", "880", "789", "460"]) + ids.digits(c.rng, 9)
    return b + ean.calc_check_digit(b)


def _pick(c: Ctx, table: dict[str, str], key: str | None = None) -> str:
    words = table.get(key or c.base) or table.get("latin") or table["en"]
    return c.rng.choice(words.split("|"))


def _geojson(c: Ctx) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [round(c.rng.uniform(-10, 40), 6), round(c.rng.uniform(35, 60), 6)]}


# concept -> (category, maker(ctx, arg))
Maker = Callable[[Ctx, str], Any]
C: dict[str, tuple[str, Maker]] = {
    "name": ("person.name", lambda c, a: c.name()),
    "first": ("person.name", lambda c, a: c.first()),
    "last": ("person.name", lambda c, a: c.last().upper() if c.rng.random() < 0.1 else c.last()),
    "name_kana": ("person.name", lambda c, a: c.fk.last_kana_name() + " " + c.fk.first_kana_name()),
    "nid": ("person.national_id", lambda c, a: _nid(c, a or None)),
    "passport": ("person.national_id", lambda c, a: ids.passport(c.rng)),
    "dl": ("person.national_id", lambda c, a: _dl(c, a)),
    "kvnr": ("person.national_id", lambda c, a: c.rng.choice(string.ascii_uppercase) + ids.digits(c.rng, 9)),
    "dob": ("person.birth_date", lambda c, a: c.date_str(ids.birth(c.rng, *map(int, a.split("-"))) if a else ids.birth(c.rng))),
    "byear": ("person.birth_date", lambda c, a: ids.birth(c.rng).year if c.rng.random() < 0.7 else str(ids.birth(c.rng).year)),
    "phone": ("contact.phone", lambda c, a: _phone(c)),
    "email": ("contact.email", lambda c, a: _email(c)),
    "addr": ("contact.address", lambda c, a: _addr(c)),
    "zip": ("contact.address", lambda c, a: _zip(c)),
    "lat": ("location.coordinates", lambda c, a: _coord(c, True)),
    "lon": ("location.coordinates", lambda c, a: _coord(c, False)),
    "latlon": ("location.coordinates", lambda c, a: f"{round(c.rng.uniform(15, 35), 5)},{round(c.rng.uniform(35, 55), 5)}"),
    "ip": ("network.ip_address", lambda c, a: ids.ip_any(c.rng)),
    "ip_private": ("network.ip_address", lambda c, a: ids.ipv4(c.rng, private=True)),
    "imei": ("device.identifier", lambda c, a: c.num(ids.imei(c.rng))),
    "mac": ("device.identifier", lambda c, a: ids.mac(c.rng)),
    "adid": ("device.identifier", lambda c, a: ids.ad_id(c.rng)),
    "androidid": ("device.identifier", lambda c, a: ids.android_id(c.rng)),
    "serial": ("device.identifier", lambda c, a: ids.serial(c.rng)),
    "serialx": ("device.identifier", lambda c, a: ids.serial(c.rng)),  # of a printer or a camera: unsure
    "webpush": ("device.identifier", lambda c, a: ids.web_push(c.rng)),
    "obu": ("device.identifier", lambda c, a: ids.mac(c.rng)),
    "card": ("financial.card_number", lambda c, a: c.num(ids.card(c.rng))),
    "iban": ("financial.iban", lambda c, a: ids.iban_print(c.rng, ids.iban(c.rng, a or Ctx.IBAN_CC[c.base]))),
    "iban2": ("financial.iban", lambda c, a: ids.iban(c.rng)),
    "acct": ("financial.iban", lambda c, a: _acct(c, a)),
    "ethnic": ("special.ethnicity", lambda c, a: _pick(c, vocab.ETHNIC)),
    "race": ("special.ethnicity", lambda c, a: c.rng.choice(["W", "B", "H", "A", "I", "O", "U"])),
    "religion": ("special.religion", lambda c, a: _pick(c, vocab.RELIGION)),
    "diag": ("special.health", lambda c, a: _pick(c, vocab.DIAG) if c.rng.random() < 0.85 else c.rng.choice(vocab.ICD10)),
    "icd": ("special.health", lambda c, a: c.rng.choice(vocab.ICD10)),
    "med": ("special.health", lambda c, a: _pick(c, vocab.MEDS)),
    "allergy": ("special.health", lambda c, a: _pick(c, vocab.ALLERGY)),
    "blood": ("special.health", lambda c, a: c.rng.choice(vocab.BLOOD)),
    "bp": ("special.health", lambda c, a: f"{c.rng.randint(100, 175)}/{c.rng.randint(60, 105)}"),
    "glucose": ("special.health", lambda c, a: c.rng.choice([f"{c.rng.uniform(4, 14):.1f} mmol/L", str(c.rng.randint(80, 260))])),
    "hb": ("special.health", lambda c, a: round(c.rng.uniform(10.5, 17.5), 1)),
    "preg": ("special.health", lambda c, a: f"{c.rng.randint(6, 40)} minggu"),
    "smoker": ("special.health", lambda c, a: c.rng.choice(["sì", "no", "ex fumatore"])),
    "symptom": ("special.health", lambda c, a: c.rng.choice(["頭痛", "めまい", "冷え性", "不眠", "腰痛", "動悸"])),
    "vaccine": ("special.health", lambda c, a: c.rng.choice(["BCG", "OPV", "DPT-HepB-Hib", "MR", "HPV", "Td"])),
    "face": ("biometric.face_embedding", lambda c, a: _face(c, int(a or 128))),
    "faceb64": ("biometric.face_embedding", lambda c, a: _face(c, int(a or 128), "b64")),
    "facestr": ("biometric.face_embedding", lambda c, a: _face(c, int(a or 128), "str")),
    "pwd": ("credential.secret", lambda c, a: ids.secret(c.rng, c.rng.choice(["bcrypt", "argon", "sha256crypt", "django"]))),
    "plainpwd": ("credential.secret", lambda c, a: ids.secret(c.rng, "plain")),
    "apikey": ("credential.secret", lambda c, a: ids.secret(c.rng, c.rng.choice(["api", "github", "slack", "aws"]))),
    "stripe": ("credential.secret", lambda c, a: ids.secret(c.rng, "stripe")),
    "jwt": ("credential.secret", lambda c, a: ids.secret(c.rng, "jwt")),
    "token": ("credential.secret", lambda c, a: ids.token(c.rng, c.rng.choice([32, 43, 64]))),
    "totp": ("credential.secret", lambda c, a: "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))),
    "geojson": ("location.coordinates", lambda c, a: _geojson(c)),
    "otp": ("credential.secret", lambda c, a: ids.digits(c.rng, 6)),
    "wppass": ("credential.secret", lambda c, a: "$P$B" + "".join(c.rng.choice(string.ascii_letters + string.digits + "./") for _ in range(31))),
    "bottoken": ("credential.secret", lambda c, a: f"{c.rng.randint(10 ** 8, 7 * 10 ** 9)}:AA" + ids.token(c.rng, 33)),
    "hisp": ("special.ethnicity", lambda c, a: c.rng.choice(["Y", "N", "Hispanic", "Not Hispanic", "U"])),
    "pushauth": ("credential.secret", lambda c, a: ids.b64(c.rng, 16).rstrip("=")),
}
_N: dict[str, Maker] = {  # non-personal concepts (hard negatives among them)
    "id": lambda c, a: c.rng.randint(1, 99999),
    "code": lambda c, a: c.rng.choice(["", "BK-", "A", "TX", "№"]) + ids.digits(c.rng, c.rng.choice([5, 6, 8])),
    "code2": lambda c, a: str(c.rng.randint(1, 2000)),
    "pnr": lambda c, a: "".join(c.rng.choice(string.ascii_uppercase + "23456789") for _ in range(6)),
    "status": lambda c, a: c.rng.choice(["ACTIVE", "pending", "closed", "OK", "REJECTED", "1", "0", "new"]),
    "amount": lambda c, a: c.rng.choice([round(c.rng.uniform(1, 9000), 2), f"{c.rng.uniform(1, 900):.2f}",
                                         round(c.rng.uniform(1, 90), 1) + 0.30000000000000004, c.rng.randint(1, 500) * 1000]),
    "amount2": lambda c, a: round(c.rng.uniform(0, 20000), 2),
    "rate": lambda c, a: round(c.rng.random(), 4),
    "score": lambda c, a: c.rng.randint(300, 850),
    "date": lambda c, a: c.date_str(dt.date(2025, 1, 1) + dt.timedelta(days=c.rng.randint(0, 600))),
    "created": lambda c, a: c.when(),
    "year": lambda c, a: c.rng.randint(1995, 2025),
    "city": lambda c, a: c.fk.city(),
    "country": lambda c, a: c.rng.choice([c.fk.country(), c.fk.country_code()]),
    "gender": lambda c, a: c.rng.choice(["M", "F", "1", "2", "男", "女", "L", "P", "K", "E"]),
    "age": lambda c, a: c.rng.choice([c.rng.randint(1, 95), f"{c.rng.randint(18, 90)} yrs"]),
    "user": lambda c, a: c.fk.user_name() if c.fk.user_name().isascii() else f"user_{c.rng.randint(100, 99999)}",
    "company": lambda c, a: c.fk.company(),
    "bank": lambda c, a: c.rng.choice(["Sberbank", "Ziraat Bankası", "ING", "BNP Paribas", "Bank Mandiri", "Maybank", "ПриватБанк", "Halyk"]),
    "bic": lambda c, a: c.rng.choice(["COBADEFFXXX", "INGBNL2A", "BNPAFRPP", "DEUTDEFF500", "RABONL2U"]),
    "ifsc": lambda c, a: c.rng.choice(["SBIN", "HDFC", "ICIC", "PUNB"]) + "0" + ids.digits(c.rng, 6),
    "currency": lambda c, a: c.rng.choice(["EUR", "USD", "TRY", "GBP", "€", "₺"]),
    "qty": lambda c, a: c.rng.choice([c.rng.randint(1, 50), f"{c.rng.randint(1, 90)} kg", f"{c.rng.uniform(0.5, 80):.1f}", f"{c.rng.randint(1, 9)} pcs"]),
    "count": lambda c, a: c.rng.randint(0, 400),
    "count2": lambda c, a: c.rng.randint(0, 900),
    "count3": lambda c, a: c.rng.randint(0, 20),
    "note": lambda c, a: c.rng.choice(["", "ok", "call back later", "см. договор", "urgent", "—", "N/A", "paid in cash", "送货上门"]),
    "room": lambda c, a: c.rng.choice(["", "B-", "R"]) + str(c.rng.randint(1, 450)),
    "tier": lambda c, a: c.rng.choice(["gold", "silver", "basic", "A1", "B2", "premium", "VIP"]),
    "sha": lambda c, a: ids.sha256(c.rng) if c.rng.random() < 0.7 else ids.sha256(c.rng)[:40],
    "fp": lambda c, a: "SHA256:" + ids.b64(c.rng, 32).rstrip("="),
    "pubkey": lambda c, a: "B" + ids.b64(c.rng, 64).rstrip("="),
    "ver": lambda c, a: f"{c.rng.randint(1, 12)}.{c.rng.randint(0, 30)}.{c.rng.randint(0, 99)}",
    "url": lambda c, a: f"https://{c.rng.choice(['shop', 'app', 'git', 'api'])}.example.{c.rng.choice(['com', 'org', 'io'])}/{ids.token(c.rng, 8)}",
    "path": lambda c, a: c.rng.choice(["/", "/api/v2/items", "/login", "/static/app.js", "/search?q=shoes"]),
    "ua": lambda c, a: c.fk.user_agent(),
    "host": lambda c, a: f"{c.rng.choice(['web', 'db', 'edge', 'vpn', 'mail'])}-{c.rng.randint(1, 40):02d}.{c.rng.choice(['corp.local', 'example.net'])}",
    "port": lambda c, a: c.rng.choice([22, 443, 3389, 8080, 5432, 6379]),
    "proto": lambda c, a: c.rng.choice(["TCP", "UDP", "ICMP"]),
    "rrtype": lambda c, a: "A",
    "last4": lambda c, a: ids.digits(c.rng, 4),
    "vin": lambda c, a: "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)),
    "plate": lambda c, a: c.rng.choice(["34 ABC 123", "А123ВС77", "B-MK 4021", "AB-123-CD", "12가3456", "WX 84219"]),
    "flight": lambda c, a: c.rng.choice(["TK", "LH", "SU", "GA", "VN", "KE"]) + str(c.rng.randint(10, 2999)),
    "seat": lambda c, a: f"{c.rng.randint(1, 45)}{c.rng.choice('ABCDEF')}",
    "route": lambda c, a: c.rng.choice(["HN-HP", "SG-DL", "HN-NB"]),
    "item": lambda c, a: c.rng.choice(["iPhone 12", "gold ring 18k", "tomat 5kg", "laptop", "bicycle", "watch"]),
    "model": lambda c, a: c.rng.choice(["Galaxy A54", "iPhone 13", "Redmi Note 12", "HP LaserJet M404", "ThinkPad T14"]),
    "ean": lambda c, a: _ean(c),
    "isbn": lambda c, a: "978" + ids.digits(c.rng, 10),
    "title2": lambda c, a: c.rng.choice(["Der Process", "Clean Code", "Analisis Data", "Les Misérables"]),
    "title": lambda c, a: c.rng.choice(["Mr", "Mrs", "Ms", "Dr", "Herr", "Frau"]),
    "job": lambda c, a: c.fk.job() if c.rng.random() < 0.7 else "operator",
    "dept": lambda c, a: c.rng.choice(["IT", "HR", "Finance", "Logistics", "R&D"]),
    "team": lambda c, a: c.rng.choice(["U12 A", "Team Rocket", "Blue", "TSV 1860", "Bravo"]),
    "lang": lambda c, a: c.rng.choice(["tr-TR", "en-US", "pt-BR", "de"]),
    "envkey": lambda c, a: c.rng.choice(["DATABASE_URL_HOST", "FEATURE_NEW_UI", "LOG_LEVEL", "AWS_REGION", "SENTRY_ENV"]),
    "env": lambda c, a: c.rng.choice(["production", "staging", "*"]),
    "flag": lambda c, a: c.rng.choice([True, False]),
    "freq": lambda c, a: c.rng.choice(["maandelijks", "per kwartaal", "wekelijks"]),
    "rfid": lambda c, a: "E200" + f"{c.rng.getrandbits(80):020X}",
    "sensor": lambda c, a: c.rng.choice(["TAG-", "INV-", "SN"]) + ids.digits(c.rng, 6),
    "species": lambda c, a: c.rng.choice(["Quercus robur", "Cervus elaphus", "sanglier", "kedi", "köpek", "Tilia cordata"]),
    "pet": lambda c, a: c.rng.choice(["Boris", "Pamuk", "Luna", "Max", "Karabaş", "Minoes"]),
    "breed": lambda c, a: c.rng.choice(["labrador", "Maine Coon", "beagle"]),
    "petdiag": lambda c, a: c.rng.choice(["otitis", "parvovirus", "kırık bacak", "FIV", "heupdysplasie"]),
    "placeholder": lambda c, a: f"Test User {c.rng.randint(1, 40)}",
    "official": lambda c, a: c.rng.choice(["Candidate A", "Candidate B", "Write-in", "Proposition 12 YES"]),
    "party": lambda c, a: c.rng.choice(["DEM", "REP", "PSOE", "PP", "Vox", "none"]),
    "agg_ethnic": lambda c, a: _pick(c, vocab.ETHNIC),
    "agg_religion": lambda c, a: _pick(c, vocab.RELIGION),
    "agg_diag": lambda c, a: _pick(c, vocab.DIAG),
    "agg_med": lambda c, a: _pick(c, vocab.MEDS),
    "icdcat": lambda c, a: c.rng.choice(vocab.ICD10),
    "docvec": lambda c, a: ids.unit_vector(c.rng, int(a or 64)),
    "gridx": lambda c, a: round(c.rng.uniform(80000, 250000), 2),
    "gridy": lambda c, a: round(c.rng.uniform(330000, 600000), 2),
    "alt": lambda c, a: round(c.rng.uniform(0, 12000), 1),
    "depth": lambda c, a: round(c.rng.uniform(1, 600), 1),
    "mag": lambda c, a: round(c.rng.uniform(2, 7.5), 1),
    "speed": lambda c, a: round(c.rng.uniform(0, 25), 1),
    "heading": lambda c, a: c.rng.randint(0, 359),
    "temp": lambda c, a: f"{c.rng.uniform(2, 9):.1f} °C",
    "vessel": lambda c, a: c.rng.choice(["KM Sinar Jaya", "MSC Aurora", "Ever Given", "Bahari 7"]),
    "imo": lambda c, a: "IMO " + ids.digits(c.rng, 7, "9"),
    "siret": lambda c, a: ids.digits(c.rng, 14),
    "orcid": lambda c, a: f"0000-000{c.rng.randint(1, 3)}-{ids.digits(c.rng, 4)}-{ids.digits(c.rng, 4)}",
    "doi": lambda c, a: f"10.{c.rng.randint(1000, 9999)}/{ids.token(c.rng, 8)}",
    "subject": lambda c, a: c.rng.choice(["Toán", "physique", "Tiếng Anh", "chimie"]),
    "diet": lambda c, a: c.rng.choice(["vegetarian", "none", "vegan", "gluten-free"]),
    "size": lambda c, a: c.rng.choice(["S", "M", "L", "XL"]),
    "arm": lambda c, a: c.rng.choice(["A", "B", "placebo"]),
    "initials": lambda c, a: c.rng.choice(string.ascii_uppercase) + "." + c.rng.choice(string.ascii_uppercase) + ".",
    "relation": lambda c, a: c.rng.choice(["chủ hộ", "vợ", "con", "mẹ"]),
    "charge": lambda c, a: c.rng.choice(["burglary", "DUI", "fraud", "ст. 158 УК РФ", "ст. 228 УК РФ"]),
    "wserial": lambda c, a: c.rng.choice(["BRT", "GLK", "RM"]) + ids.digits(c.rng, 6),
    "dur": lambda c, a: f"{c.rng.randint(2, 5)}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}",
    "weight": lambda c, a: f"{c.rng.uniform(45, 110):.1f} kg",
    "hours": lambda c, a: c.rng.choice(["09:00-21:00", "круглосуточно"]),
    "cat": lambda c, a: c.rng.choice(["electronics", "moda", "dom", "books"]),
    "ssid": lambda c, a: c.rng.choice(["ChinaNet-5G", "CMCC-WEB", "TP-LINK_8A2C", "Starbucks"]),
    "id2": lambda c, a: ids.uuid(c.rng),
    "licence": lambda c, a: c.rng.choice(["FAC-", "LIC ", "", "I-"]) + ids.digits(c.rng, c.rng.choice([6, 8])),  # a licence or service number (not an id card): unsure
    "created2": lambda c, a: c.when(),
    "site": lambda c, a: c.rng.choice(["GitHub", "Netflix", "Trendyol", "Tokopedia", "VK", "Gmail", "Booking.com"]),
}
for _k, _f in _N.items():
    C[_k] = (NONE, _f)

# padding: columns added to reach ~60 % none, named in the table's language (vocab.FIELDS) or in English
PAD = ["id", "status", "amount", "date", "city", "country", "gender", "age", "user", "company", "qty", "note", "created",
       "sha", "ver", "url", "ua", "host", "port", "last4", "masked", "expiry", "bic", "uuid", "lang", "code", "rate"]
PAD_EN = {"created": "created_at", "sha": "checksum", "ver": "app_version", "url": "profile_url", "ua": "user_agent",
          "host": "hostname", "port": "port", "last4": "card_last4", "masked": "masked_pan", "expiry": "card_expiry",
          "bic": "bic", "uuid": "uuid", "lang": "locale", "code": "ref_code", "rate": "ratio"}
C["masked"] = (NONE, lambda c, a: ids.masked_card(c.rng))
C["expiry"] = (NONE, lambda c, a: f"{c.rng.randint(1, 12):02d}/{c.rng.randint(26, 32)}")
C["uuid"] = (NONE, lambda c, a: ids.uuid(c.rng))


# ---------------------------------------------------------------- tables
STYLES = ("asis", "asis", "camel", "pascal", "screaming", "prefix", "upper_first")


def restyle(seg: str, style: str, prefix: str) -> str:
    parts = [p for p in seg.replace("-", "_").split("_") if p]
    if style == "camel" and len(parts) > 1:
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if style == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts) or seg
    if style == "screaming":
        return seg.upper()
    if style == "prefix":
        return prefix + seg
    if style == "upper_first":
        return seg[:1].upper() + seg[1:]
    return seg


class Column:
    def __init__(self, path: str, concept: str, arg: str) -> None:
        self.path, self.concept, self.arg = path, concept, arg
        self.category = C[concept][0]
        self.empty = 0.0
        self.blank = ""


def parse(spec: str, lang: str) -> list[Column]:
    cols = []
    for tok in spec.split():
        name, _, concept = tok.rpartition("=")
        concept, _, arg = concept.partition(":")
        if not name:
            name = vocab.FIELDS[lang].get(concept) or concept
        cols.append(Column(name, concept, arg))
    return cols


def build_table(rng: random.Random, stem: str, lang: str, fmt: str, spec: str, style: str) -> tuple[list[Column], list[dict[str, Any]], Ctx]:
    ctx = Ctx(rng, lang, fmt)
    cols = parse(spec, lang)
    used = {c.path for c in cols}
    n_none = sum(c.category == NONE for c in cols)
    pads = [p for p in PAD if p not in {c.concept for c in cols}]
    rng.shuffle(pads)
    while n_none < 0.55 * len(cols) or rng.random() < 0.08 and len(cols) < 14:
        if not pads:
            break
        p = pads.pop()
        name = vocab.FIELDS[lang].get(p) if p in vocab.FIELDS[lang] else PAD_EN.get(p, p)
        if name is None or name in used:
            continue
        used.add(name)
        cols.append(Column(name, p, ""))
        n_none += 1
    prefix = rng.choice(["f_", "c_", "usr_", stem.split("_")[0][:4] + "_"])
    for c in cols:
        segs = c.path.split(".")
        c.path = ".".join(restyle(s.replace("[]", ""), style if style != "prefix" or i == 0 else "asis", prefix)
                          + ("[]" if s.endswith("[]") else "") for i, s in enumerate(segs))
        # a GeoJSON object must not be null in some documents and an object in others: never empty
        c.empty = rng.choice([0, 0, 0, 0.03, 0.08, 0.15]) if c.concept not in ("id", "code", "geojson") else 0
        c.blank = rng.choice(["", "", "", "NULL", "N/A", "-", "null", " "])  # how a flat file writes an empty cell
    assert len({c.path for c in cols}) == len(cols), (stem, [c.path for c in cols])
    rows = []
    for _ in range(rng.randint(18, 40)):
        row: dict[str, Any] = {}
        for c in cols:
            row[c.path] = ("__EMPTY__" if rng.random() < c.empty else C[c.concept][1](ctx, c.arg))
        rows.append(row)
    return cols, rows, ctx


def nest(flat: dict[str, Any], rng: random.Random, absent: bool) -> dict[str, Any]:
    """Dotted paths to nested objects; `a[].b` to an array of 1-3 objects (every element built afresh)."""
    out: dict[str, Any] = {}
    arrays: dict[str, list[tuple[str, Any]]] = {}
    for path, v in flat.items():
        if v == "__EMPTY__":
            if absent:
                continue
            v = None
        if "[]." in path:
            head, _, rest = path.partition("[].")
            arrays.setdefault(head, []).append((rest, v))
            continue
        cur = out
        parts = path.split(".")
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = v
    for head, items in arrays.items():
        cur = out
        parts = head.split(".")
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = [nest(dict(items), rng, absent)]
    return out


def label_paths(cols: list[Column], fmt: str) -> list[tuple[str, str, str]]:
    """(path, category, note) of every field the file holds, as the scorer names them."""
    out = []
    for c in cols:
        p = c.path.replace("[]", "") if fmt not in FLAT else c.path.replace("[]", ".0")
        if fmt in ("es", "redis"):
            p = ("_source." if fmt == "es" else "value.") + p
        if c.concept == "geojson" and fmt not in FLAT:  # in a CSV cell it is JSON text: one column, coordinates
            out += [(p + ".coordinates", "location.coordinates", ""), (p + ".type", NONE, "")]
            continue
        out.append((p, c.category, "unsure" if c.concept in UNSURE else ""))
    extra = {"es": ["_index", "_type", "_id", "_score"], "mongo_rel": ["_id"], "mongo_can": ["_id"], "redis": ["key", "type", "ttl"]}
    out += [(p, NONE, "") for p in extra.get(fmt, [])]
    return out


# debatable columns, labelled by LABELLING.md and marked `unsure`
UNSURE = {"placeholder", "docvec", "obu", "webpush", "pushauth", "kvnr", "otp", "gridx", "gridy", "smoker", "initials",
          "serialx", "licence"}
FLAT = ("csv", "csv_semi", "csv_pipe", "tsv")
EXT = {"csv": ".csv", "csv_semi": ".csv", "csv_pipe": ".csv", "tsv": ".tsv", "json": ".json", "json_obj": ".json",
       "jsonl": ".jsonl", "mongo_rel": ".json", "mongo_can": ".json", "es": ".ndjson", "redis": ".jsonl"}


def cell(v: Any, fmt: str) -> str:
    if v is None or v == "__EMPTY__":
        return "\\N" if fmt == "tsv" else ""
    if isinstance(v, dict) and "$date" in v:
        return str(v["$date"]) if not isinstance(v["$date"], dict) else v["$date"]["$numberLong"]
    if isinstance(v, dict) and "$numberLong" in v:
        return v["$numberLong"]
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def write(out: Path, fid: str, fmt: str, cols: list[Column], rows: list[dict[str, Any]], rng: random.Random) -> None:
    path = out / (fid + EXT[fmt])
    if fmt in FLAT:
        heads = [c.path.replace("[]", ".0") for c in cols]
        if any(c.concept == "geojson" for c in cols):
            rows = [{k: (json.dumps(v) if isinstance(v, dict) and "coordinates" in v else v) for k, v in r.items()} for r in rows]
        buf = io.StringIO()
        delim = {"csv": ",", "csv_semi": ";", "csv_pipe": "|", "tsv": "\t"}[fmt]
        quoting = csv.QUOTE_ALL if fmt == "csv" and rng.random() < 0.25 else csv.QUOTE_MINIMAL
        if fmt == "tsv":
            quoting = csv.QUOTE_NONE
        end = rng.choice(["\n", "\r\n"])
        if fmt == "tsv":  # mysql SELECT ... INTO OUTFILE style: no quoting, NULL as \N
            lines = ["\t".join(heads)] + ["\t".join(cell(r[c.path], fmt).replace("\t", " ").replace("\n", " ") for c in cols) for r in rows]
            text = end.join(lines) + end
        else:
            w = csv.writer(buf, delimiter=delim, quoting=quoting, lineterminator=end)
            w.writerow(heads)
            for r in rows:
                w.writerow([c.blank if r[c.path] == "__EMPTY__" else cell(r[c.path], fmt) for c in cols])
            text = buf.getvalue()
        bom = "\ufeff" if rng.random() < 0.2 else ""
        path.write_text(bom + text, encoding="utf-8", newline="")
        return
    absent = rng.random() < 0.5
    docs = [nest(r, rng, absent) for r in rows]
    if fmt.startswith("mongo"):
        canonical = fmt == "mongo_can"
        docs = [{"_id": {"$oid": ids.oid(rng)}, **d} for d in docs]
        if canonical:
            docs = [_canon(d) for d in docs]
        if rng.random() < 0.3:
            path.write_text(json.dumps(docs, ensure_ascii=False, indent=rng.choice([None, 2])), encoding="utf-8")
        else:
            path.write_text("".join(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n" for d in docs), encoding="utf-8")
        return
    if fmt == "es":
        idx = fid.split("_")[0] + "-2025." + f"{rng.randint(1, 12):02d}"
        lines = [json.dumps({"_index": idx, "_type": "_doc", "_id": ids.token(rng, 20), "_score": 1, "_source": d}, ensure_ascii=False) for d in docs]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    if fmt == "redis":
        pre = fid.split("_")[1] if "_" in fid else "k"
        lines = [json.dumps({"key": f"{pre}:{ids.token(rng, 12)}", "type": "hash", "ttl": rng.choice([-1, 600, 86400]),
                             "value": {k: (v if isinstance(v, str) or v is None else str(v)) for k, v in d.items()}},
                            ensure_ascii=False) for d in docs]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        return
    if fmt == "json_obj":
        path.write_text(json.dumps({fid.split("_")[0]: docs}, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    path.write_text(json.dumps(docs, ensure_ascii=False, indent=rng.choice([None, 1, 2, 4])), encoding="utf-8")


def _canon(v: Any) -> Any:
    """Canonical Extended JSON: every number wrapped."""
    if isinstance(v, dict):
        if any(k.startswith("$") for k in v):
            return v
        return {k: _canon(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_canon(x) for x in v]
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return {"$numberInt": str(v)} if abs(v) < 2 ** 31 else {"$numberLong": str(v)}
    if isinstance(v, float):
        return {"$numberDouble": repr(v)}
    return v


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    a.out.mkdir(parents=True, exist_ok=True)
    stems = [t[0] for t in TEMPLATES]
    assert len(set(stems)) == len(stems), "template stems must be unique"
    jobs: list[tuple[str, str, str, str]] = list(TEMPLATES)
    # one more table (own format and naming) of the templates that carry a rare category, until each has >= 25 fields
    counts: Counter[str] = Counter()
    for _, lang, _, spec in TEMPLATES:
        counts.update(c.category for c in parse(spec, lang))
    copies: Counter[str] = Counter()
    formats = list(EXT)
    formats.remove("redis")
    for _ in range(400):
        rare = [cat for cat, _ in sorted(counts.items(), key=lambda kv: kv[1]) if cat != NONE and counts[cat] < 25]
        if not rare:
            break
        carriers = [t for t in TEMPLATES if t[2] != "redis" and any(c.category == rare[0] for c in parse(t[3], t[1]))]
        stem, lang, _, spec = carriers[copies[rare[0]] % len(carriers)]
        copies[rare[0]] += 1
        n = sum(1 for j in jobs if j[0] == stem or j[0].startswith(stem + "_")) + 1
        jobs.append((f"{stem}_{n}", lang, rng.choice(formats), spec))
        counts.update(c.category for c in parse(spec, lang))
    labels: list[tuple[str, str, str, str]] = []
    for stem, lang, fmt, spec in jobs:
        style = rng.choice(STYLES)
        if fmt in ("json", "jsonl") and rng.random() < 0.12:
            fmt = "json_obj"
        cols, rows, _ = build_table(rng, stem, lang, fmt, spec, style)
        write(a.out, stem, fmt, cols, rows, rng)
        paths = label_paths(cols, fmt)
        if fmt == "json_obj":
            paths = [(stem.split("_")[0] + "." + p, cat, note) for p, cat, note in paths]
        labels += [(stem, p, cat, note) for p, cat, note in paths]
    with (a.out / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file_id", "path", "category", "note"])
        w.writerows(labels)


if __name__ == "__main__":
    main()
