"""Schema templates for evalgen2, written for this set (not derived from any other set in the repo).

A template is a name and one field per line, ``path:kind``. A path segment ``@concept`` is spelt in
the table's language (``lexicon.LEX``); ``a.b`` nests an object, ``a[].b`` an array of objects; a
trailing ``?`` makes the field sparse (often null or absent). The kind decides the value and the
label (``values.KINDS``). ``INSTANCES`` lists the tables: template, language, export format and
naming style.
"""

from __future__ import annotations

T: dict[str, str] = {}

# ---------------------------------------------------------------- people-heavy domains
T["ride_trips"] = """
_id:oid
trip_ref:rec_uuid
rider.@name:name
rider.@phone:phone_e164
rider.rating:rating
driver.@name:name
driver.@phone:phone_local
driver.plate:plate
driver.vehicle_color:color
driver.payout_iban:iban
pickup.@lat:lat
pickup.@lon:lon
dropoff:lonlat
fare:money
currency:currency
distance_km:distance_km
duration_s:duration
surge:ratio
device_ad_id:ad_id
client_ip:ipv4
@created:ts
@status:status
"""
T["school_enrolment"] = """
student_no:seq
@last:last
@first:first
@birth:birth_local
@gender:gender
grade_level:small
class_code:code
guardian_name:name
guardian_phone:phone_local
guardian_email:email
home.@address:address_1l
home.@postcode:postcode
@religion:religion
@ethnicity:ethnicity
allergies_medical:allergy
enrolled_on:day
fee_paid:bool
@note:empty_note
"""
T["hotel_guests"] = """
_id:oid
folio:code
@name:name_upper
@passport:passport
@birth:birth_date
nationality:nationality
@email:email
@phone:phone_intl
@address:address
room:room
arrival:ts
departure:ts
adults:small
children:small
rate_eur:money
card_on_file:card
card_exp:expiry
card_type:card_brand
loyalty_tier:status
"""
T["telecom_cdr"] = """
cdr_id:seq
calling_number:phone_digits
called_number:phone_float
imei:imei
cell_lat:lat
cell_lon:lon
cell_id:qty
lac:qty
start_time:ts_iso
duration_sec:duration
bytes_up:price_int
bytes_down:price_int
roaming:bool
tariff:word
switch_host:hostname
"""
T["pharmacy_dispensing"] = """
_id:oid
rx_number:code
patient.@name:name
patient.@birth:birth_iso
patient.@natid:natid
@medication:medication
@icd:icd
prescriber:name
pharmacy:company
qty_dispensed:qty
refills_left:small
price:money
dispensed_at:ts
batch_no:sku
"""
T["visa_applications"] = """
application_id:rec_uuid
surname:last
given_names:first
@birth:birth_iso
place_of_birth:city
passport_number:passport
nationality:country
@religion:religion?
@phone:phone_intl
@email:email
home_address:address
photo_face_vector:face128
purpose:word
entries:code12
fee:money
submitted:ts
officer:username
decision:status
"""
T["dating_profiles"] = """
_id:oid
handle:username
display_name:first
@birth:birth_compact
@ethnicity:ethnicity_en
@religion:religion
height_cm:qty
smoker:health_bool
bio:sentence
last_seen.@lat:lat
last_seen.@lon:lon
last_ip:ipv6
push_token:push_token
photos_count:small
premium:bool
@created:ts
"""
T["smart_home_devices"] = """
_id:oid
serial:device_serial
mac:mac
model:phone_model
firmware:semver
owner_email:email
home_location:geojson
lan_ip:ipv4_any
api_token:api_key
room_label:word
battery:ratio
online:bool
last_report:ts_ms
"""
T["loyalty_members"] = """
member_no:seq
@name:name
@email:email_upper
@phone:phone_faker
@birth:birth_local
linked_card:card_spaced
points:price_int
tier:status
@city:city
enrolled:day
opt_in_sms:bool
favourite_store:company
"""
T["voter_roll"] = """
voter_id:seq
@last:last
@first:first
middle_initial:code_wb
@birth:birth_year
race:ethnicity_code
@gender:gender
res_street:street_us
res_zip:postcode
precinct:qty
party:code_wb
registered:day
status_cd:code_wb
"""
T["parish_members"] = """
_id:oid
@name:name
baptism_date:day
@birth:birth_date
@religion:religion
@address:address_1l
@phone:phone_local
@email:email
household_size:small
tithe_monthly:money
ministry:word
"""
T["mosque_donations"] = """
receipt_no:seq
donor:name
donor_phone:phone_e164
donor_iban:iban_spaced
card_no:card?
zakat_amount:money
sadaqah_amount:money
currency:currency
paid_via:card_brand
@created:ts_iso
collector:username
"""
T["clinic_appointments"] = """
_id:oid
appt_no:code
@name:name
@natid:natid_fmt
@birth:birth_iso
@phone:phone_list
@diagnosis:diagnosis
@blood:blood
bp:bp
glucose_mmol:glucose
bmi:bmi
doctor:name
clinic_room:room
slot:ts
duration_min:small
insurer:company
"""
T["insurance_claims"] = """
claim_id:code
policy_no:code
insured.@name:name
insured.@birth:birth_date
insured.@natid:natid
insured.@iban:iban
diagnosis_codes:icd_list
procedure:word
amount_claimed:money
amount_paid:money
hospital:company
hospital_phone:phone_intl
@status:status
adjuster:username
filed:ts
"""
T["gym_checkins"] = """
checkin_id:seq
member:name
app_device_id:android_id
payment_card:card
door:code
club_lat:lat
club_lon:lon
ts:ts_epoch
duration_min:duration
plan:word
"""
T["courier_pings"] = """
_id:oid
courier.@name:name
courier.@phone:phone_e164
courier.device:imei
vehicle:word
pings[].@lat:lat
pings[].@lon:lon
pings[].at:ts
pings[].speed_kmh:distance_km
pings[].heading:bearing
pings[].alt_m:altitude
order_ids:code
shift:code_wb
"""
T["police_stops"] = """
stop_id:seq
officer_badge:qty
subject_name:name_upper
subject_dob:birth_local
subject_race:ethnicity_code
subject_sex:gender
license_no:natid
location_text:address_1l
geo:latlon_text
reason:word
outcome:status
search_conducted:bool
stop_time:ts_iso
beat:region
"""
T["refugee_registration"] = """
_id:oid
case_no:code
@name:name
name_en:name_latin
@birth:birth_date
country_of_origin:country_name
@ethnicity:ethnicity
@religion:religion
@phone:phone_intl
camp_block:code
household:small
vulnerabilities:diagnosis
biometric.face:face_bin
biometric.enrolled:ts
registered_by:username
"""
T["fintech_kyc"] = """
_id:oid
customer_id:rec_uuid
@name:name
@natid:natid
@birth:birth_iso
@email:email_named
@phone:phone_e164
@address:address
@iban:iban
card_pan:card_spaced
selfie_embedding:face512
risk_score:ratio
pep:bool
kyc_level:small
onboard_ip:ipv4
device_fingerprint:android_id
created:ts
"""
T["adtech_bids"] = """
bid_id:rec_uuid
imp_id:rec_uuid
ifa:ad_id
ip:ipv4
ipv6:ipv6
ua:user_agent
geo.lat:lat
geo.lon:lon
geo.country:country
bidfloor:rate
price:rate
seat:code
os:os_name
model:phone_model
ts:ts_ms
"""
T["password_resets"] = """
id:seq
user_email:email
reset_token:reset_token
token_expires:ts
requested_ip:ip_xff
user_agent:user_agent
used:bool
"""
T["biometric_enrolment"] = """
_id:oid
subject.@name:name
subject.@natid:natid
face_template:face_b64
template_version:semver
quality:ratio
capture_device:equipment_serial
station:code
captured_at:ts
"""
T["app_users"] = """
_id:oid
@name:name
username:username
@email:email
@password:bcrypt
totp_secret:totp
refresh_token:jwt
last_login_ip:ipv4
last_login:ts
locale:language
plan:word
@created:ts
"""
T["hr_employees"] = """
emp_no:seq
@name:name
@natid:natid
@birth:birth_excel
@phone:phone_local
@email:email
@address:address_1l
salary_iban:iban
hire_date:day
department:word
job_title:job
salary:price_int
@gender:gender
marital_status:marital
"""
T["lab_results"] = """
sample_id:code
patient_ref:seq
@name:name_lf
collected:day
test:word
result_value:glucose
hba1c:hba1c
covid_pcr:covid
hiv_test:hiv
@icd:icd
analyzer:equipment_serial
lab_tech:username
"""
T["ecommerce_orders"] = """
_id:oid
order_no:code
customer.@name:name
customer.@email:email
customer.@phone:phone_local
shipping.@street:street
shipping.addr_line2:addr2
shipping.@postcode:postcode
shipping.@city:city
billing.card_masked:masked_card
billing.card_brand:card_brand
items[].sku:sku
items[].qty:small
items[].price:money
total:money
ip:ipv4
@status:status
placed:ts
"""
T["payments"] = """
txn_id:rec_uuid
payer:name
payer_card:card
payer_iban:iban
payee:company
payee_bic:bic
amount:money
currency:currency
card_expiry:expiry
auth_code:code
ts:ts_iso
"""
T["vaccination_registry"] = """
record_id:seq
@name:name
@natid:natid
@birth:birth_iso
vaccine:word
dose:small
lot:sku
site:city
adverse_reaction:allergy
pregnant:health_yn
date_given:day
"""
T["mobile_sessions"] = """
_id:oid
user_id:seq
device.imei:imei_float
device.android_id:android_id
device.model:phone_model
device.os:os_name
ip:ipv4
session_start:ts
session_len:duration
screens:small
crash:bool
"""
T["census_microdata"] = """
person_id:seq
household_id:seq
@birth:birth_year
@gender:gender
race___0:ethnicity_num
@religion:religion_code
marital:marital
@city:city
income:price_int
disability:health_yn
"""
T["blood_donors"] = """
donor_no:seq
@name:name
@birth:birth_local
@natid:natid
@blood:blood
@phone:phone_dashed
last_donation:day
hb_level:glucose
eligible:bool
"""
T["tenant_screening"] = """
applicant:name
ssn:natid_fmt
dob:birth_local
current_address:address
prev_address:address?
phone_numbers:phone_list
employer:company
income:price_int
credit_score:qty
bank_iban:iban
"""
T["chat_accounts"] = """
_id:oid
@phone:phone_e164
nickname:username
avatar:url
bot_token:api_key
last_ip:ipv6
lang:language
registered:ts
"""
T["wifi_hotspot_logs"] = """
ts:ts_iso
ap_name:hostname
client_mac:mac
client_ip:ipv4_any
bytes:price_int
auth_phone:phone_digits
ssid:word
"""
T["taxi_drivers_registry"] = """
licence_no:code
@name:name
@natid:natid
@birth:birth_iso
@phone:phone_local
@address:address_1l
payout_iban:iban
vehicle_vin:vin
plate:plate
base_lat:lat_str
base_lon:lon_str
insurance_exp:day
"""
T["dental_records"] = """
_id:oid
@name:name
@birth:birth_date
tooth:small
procedure:word
@diagnosis:diagnosis
@medication:medication
@allergy:allergy
dentist:name
visit:ts
cost:money
"""
T["cloud_credentials"] = """
account:username
access_key_id:code
secret_access_key:aws_secret
region:region
created:ts_iso
last_used_ip:ipv4
mfa:bool
"""
T["students_exam"] = """
roll_no:seq
@name:name
@birth:birth_local
@natid:natid_float
@phone:phone_float
school:company
maths:qty
science:qty
@religion:religion
@ethnicity:ethnicity
result:grade
"""
T["legacy_users"] = """
uid:seq
login:username
pwd_md5:md5_salted
pass_clear:plain_pw
email:email
reg_ip:ipv4
signup:day
"""
T["delivery_addresses"] = """
_id:oid
@name:name
@phone:phone_local
@address:address
@postcode:postcode
location:geojson
instructions:sentence
is_default:bool
"""
T["sso_sessions"] = """
sid:rec_uuid
user:email
id_token:jwt
pbkdf2_pass:pbkdf2
client_ip:ipv4
ua:user_agent
expires:ts
"""
T["family_tree"] = """
_id:oid
@name:name
@birth:birth_iso
death_date:day
mother:name
father:name
@religion:religion
@ethnicity:ethnicity
notes:sentence
"""
T["face_gallery"] = """
_id:oid
person_name:name
embedding:face_text
camera:hostname
seen_at:ts
box:tsne
"""

T["card_transactions"] = """
_id:oid
txn_ref:rec_uuid
@card:card
card_holder:name_upper
card_brand:card_brand
card_last4_masked:masked_card
exp:expiry
mcc:qty
merchant:company
merchant_city:city
amount:money
currency:currency
acquirer_ip:ipv4
authorised:bool
ts:ts
"""
T["card_vault"] = """
token_id:rec_uuid
primary_pan:card_long
backup_pan:card_spaced?
holder:name
billing_zip:postcode
vault_key:aws_secret
created:ts_iso
"""
T["direct_debits"] = """
mandate_ref:code
debtor.@name:name
debtor.@iban:iban
debtor.@address:address_1l
creditor:company
creditor_iban:iban_spaced
creditor_bic:bic
amount:money
due:day
sequence:status
"""
T["patient_intake"] = """
_id:oid
mrn:seq
@name:name
@birth:birth_date
@gender:gender
@ethnicity:ethnicity
@religion:religion
@diagnosis:diagnosis
@blood:blood
@allergy:allergy
smoker:health_yn
@phone:phone_intl
emergency_contact.name:name
emergency_contact.phone:phone_local
ward:room
admitted:ts
"""
T["hr_diversity"] = """
employee_id:seq
@name:name
@ethnicity:ethnicity
@religion:religion
disability_status:health_yn
@gender:gender
age_band:code12
department:word
grade:grade
survey_date:day
"""
T["service_accounts"] = """
service:word
owner_email:email
api_key:api_key
webhook_secret:reset_token
db_password:plain_pw
signing_key_pub:public_key
rotated:ts_iso
env:region
"""

# ---------------------------------------------------------------- non-personal domains (hard negatives)
T["inventory"] = """
sku:sku
title:product
warehouse:code
bin:code_wb
qty_on_hand:qty
reorder_level:small
unit_cost:money
supplier:company
supplier_tax_no:company_taxno
updated:ts
"""
T["sensor_readings"] = """
sensor:sensor_id
ts:ts_epoch
temp_c:temp
humidity:ratio
pressure_hpa:price_int
battery_v:ratio
fw:semver
gateway:hostname
"""
T["build_logs"] = """
build_id:seq
commit:git_sha
branch:word
runner:hostname
artifact_sha256:sha256_file
duration_s:duration
result:status
level:level
started:ts_iso
"""
T["exchange_rates"] = """
base:currency
quote:currency
rate:rate
source:company
as_of:day
"""
T["weather_obs"] = """
station:sensor_id
station_lat:lat
station_lon:lon
elevation_m:altitude
obs_time:ts_iso
temp:temp_unit
wind_dir:bearing
wind_kt:small
precip_mm:ratio
"""
T["product_catalogue"] = """
_id:oid
sku:sku
name:product
brand:company
price:price_int
currency:currency
colour:color
text_embedding:doc_embedding
rating:rating
in_stock:bool
"""
T["regional_sales"] = """
region:region
quarter:code12
revenue:float_artefact
units:qty
growth:pct
manager_code:code
"""
T["machine_telemetry"] = """
machine:code
rpm:price_int
vibration:ratio
temp:temp
state:code_wb
error_code:http_status
ts:ts_ms
"""
T["map_tiles"] = """
tile:tile
zoom:zoom
x:grid_xy
y:grid_xy
bytes:price_int
etag:sha256_file
cached:ts
"""
T["lab_samples_science"] = """
sample:code
species:species
ph:ph
temp_c:temp
od600:ratio
plate_x:grid_xy
plate_y:grid_xy
embedding_2d:tsne
run:seq
"""
T["api_access_log"] = """
ts:ts_iso
method:word
path:url
status:http_status
latency_ms:duration
upstream:hostname
upstream_port:port
request_id:rec_uuid
"""
T["network_inventory"] = """
device:hostname
subnet:cidr
mask:netmask
vlan:qty
port:port
vendor:company
deploy_key:public_key
"""
T["flight_schedule"] = """
flight:code
origin:country
dest:country
dep:ts
arr:ts
aircraft:word
gate:room
seats:qty
"""
T["census_aggregates"] = """
region:region
year:qty
ethnic_group:ethnic_group_agg
population:float_artefact
share:pct
median_age:age
"""
T["restaurant_menu"] = """
item:product
category:word
price:money
kcal:qty
spicy:code12
available_days:weekday
"""
T["fleet_vehicles"] = """
vin:vin
plate:plate
make:company
colour:color
odometer_km:price_int
depot:city
next_service:day
"""

# (template, language, format, naming style)
# formats: mrel = mongoexport relaxed JSONL (.json), mcan = canonical, csv, jarr = JSON array, jsonl
INSTANCES: list[tuple[str, str, str, str]] = [
    ("ride_trips", "id", "mrel", "snake"), ("ride_trips", "tr", "mcan", "camel"),
    ("school_enrolment", "vi", "csv", "snake"), ("school_enrolment", "kk", "csv", "snake"),
    ("hotel_guests", "ja", "mrel", "snake"), ("hotel_guests", "it", "mcan", "camel"),
    ("telecom_cdr", "ru", "csv", "upper"), ("telecom_cdr", "ar", "jsonl", "snake"),
    ("pharmacy_dispensing", "pl", "mrel", "snake"), ("pharmacy_dispensing", "zh", "mcan", "snake"),
    ("visa_applications", "fa", "jarr", "snake"), ("visa_applications", "en", "mrel", "camel"),
    ("dating_profiles", "pt", "mrel", "camel"), ("dating_profiles", "ko", "jsonl", "snake"),
    ("smart_home_devices", "de", "mcan", "snake"), ("smart_home_devices", "nl", "mrel", "camel"),
    ("loyalty_members", "es", "csv", "spaces"), ("loyalty_members", "ms", "csv", "snake"),
    ("voter_roll", "en", "csv", "upper"), ("parish_members", "pl", "mrel", "snake"),
    ("parish_members", "fr", "jarr", "snake"), ("mosque_donations", "ar", "csv", "snake"),
    ("mosque_donations", "ms", "mrel", "snake"), ("clinic_appointments", "ko", "mrel", "snake"),
    ("clinic_appointments", "es", "mcan", "snake"), ("clinic_appointments", "hi", "jsonl", "snake"),
    ("insurance_claims", "de", "mrel", "camel"), ("insurance_claims", "nl", "jarr", "snake"),
    ("gym_checkins", "en", "csv", "snake"), ("gym_checkins", "uk", "csv", "snake"),
    ("courier_pings", "zh", "mrel", "snake"), ("courier_pings", "pt", "mcan", "snake"),
    ("police_stops", "en", "csv", "prefix"), ("refugee_registration", "ar", "mrel", "snake"),
    ("refugee_registration", "uk", "mcan", "snake"), ("fintech_kyc", "tr", "mrel", "snake"),
    ("fintech_kyc", "ru", "mcan", "snake"), ("fintech_kyc", "hi", "jarr", "camel"),
    ("adtech_bids", "en", "jsonl", "snake"), ("adtech_bids", "vi", "mrel", "snake"),
    ("password_resets", "fr", "csv", "snake"), ("password_resets", "ja", "mrel", "camel"),
    ("biometric_enrolment", "kk", "mrel", "snake"), ("biometric_enrolment", "id", "mcan", "snake"),
    ("app_users", "ko", "mcan", "snake"), ("app_users", "it", "mrel", "snake"),
    ("hr_employees", "de", "csv", "spaces"), ("hr_employees", "zh", "csv", "snake"),
    ("hr_employees", "fa", "jsonl", "snake"),
    ("lab_results", "fr", "csv", "upper"), ("lab_results", "tr", "mrel", "snake"),
    ("ecommerce_orders", "pl", "mrel", "camel"), ("ecommerce_orders", "id", "mcan", "snake"),
    ("payments", "nl", "csv", "snake"), ("payments", "es", "jsonl", "camel"),
    ("vaccination_registry", "vi", "mrel", "snake"), ("vaccination_registry", "it", "csv", "snake"),
    ("mobile_sessions", "ru", "mrel", "snake"), ("mobile_sessions", "ja", "mcan", "camel"),
    ("census_microdata", "en", "csv", "snake"), ("census_microdata", "id", "csv", "upper"),
    ("census_microdata", "ru", "jsonl", "snake"), ("hr_diversity", "fr", "mrel", "snake"),
    ("mobile_sessions", "tr", "jarr", "snake"),
    ("blood_donors", "hi", "csv", "snake"), ("blood_donors", "ru", "jarr", "snake"),
    ("tenant_screening", "en", "jarr", "snake"), ("chat_accounts", "fa", "mrel", "snake"),
    ("chat_accounts", "zh", "mcan", "camel"), ("wifi_hotspot_logs", "tr", "csv", "snake"),
    ("wifi_hotspot_logs", "kk", "jsonl", "snake"),
    ("taxi_drivers_registry", "uk", "csv", "snake"), ("taxi_drivers_registry", "es", "mrel", "snake"),
    ("dental_records", "nl", "mrel", "snake"), ("dental_records", "ja", "jarr", "snake"),
    ("cloud_credentials", "en", "csv", "snake"), ("students_exam", "hi", "csv", "spaces"),
    ("students_exam", "ms", "jsonl", "snake"), ("legacy_users", "pt", "csv", "upper"),
    ("delivery_addresses", "ko", "mrel", "snake"), ("delivery_addresses", "it", "mcan", "camel"),
    ("sso_sessions", "de", "mrel", "snake"), ("family_tree", "kk", "jarr", "snake"),
    ("family_tree", "vi", "mrel", "snake"), ("face_gallery", "zh", "mrel", "snake"),
    ("face_gallery", "en", "csv", "snake"),
    ("card_transactions", "en", "mrel", "snake"), ("card_transactions", "tr", "mcan", "snake"),
    ("card_transactions", "ru", "csv", "snake"), ("card_transactions", "zh", "jsonl", "camel"),
    ("card_transactions", "pt", "jarr", "snake"), ("card_vault", "en", "mcan", "snake"),
    ("card_vault", "ja", "mrel", "camel"), ("card_vault", "es", "csv", "snake"),
    ("direct_debits", "de", "mrel", "snake"), ("direct_debits", "fr", "csv", "snake"),
    ("direct_debits", "nl", "mcan", "camel"), ("direct_debits", "uk", "jsonl", "snake"),
    ("payments", "ar", "mrel", "snake"), ("payments", "ko", "csv", "snake"),
    ("patient_intake", "en", "mrel", "camel"), ("patient_intake", "ru", "mcan", "snake"),
    ("patient_intake", "zh", "csv", "snake"), ("patient_intake", "id", "mrel", "snake"),
    ("patient_intake", "fa", "jsonl", "snake"), ("patient_intake", "pl", "csv", "spaces"),
    ("hr_diversity", "nl", "csv", "snake"), ("hr_diversity", "ms", "mrel", "snake"),
    ("hr_diversity", "pt", "csv", "upper"), ("hr_diversity", "kk", "mcan", "snake"),
    ("service_accounts", "en", "jsonl", "snake"), ("service_accounts", "de", "mrel", "camel"),
    ("service_accounts", "ko", "csv", "snake"),
    # non-personal
    ("inventory", "de", "csv", "snake"), ("inventory", "zh", "mrel", "camel"), ("inventory", "tr", "jarr", "snake"),
    ("sensor_readings", "en", "csv", "snake"), ("sensor_readings", "ko", "mcan", "snake"),
    ("build_logs", "en", "jsonl", "snake"), ("build_logs", "ru", "mrel", "snake"),
    ("exchange_rates", "fa", "csv", "upper"), ("weather_obs", "pl", "csv", "snake"),
    ("weather_obs", "ja", "mrel", "snake"), ("product_catalogue", "fr", "mrel", "camel"),
    ("product_catalogue", "id", "mcan", "snake"), ("regional_sales", "es", "csv", "spaces"),
    ("regional_sales", "it", "jarr", "snake"), ("machine_telemetry", "de", "mcan", "snake"),
    ("machine_telemetry", "vi", "csv", "snake"), ("map_tiles", "nl", "mrel", "snake"),
    ("lab_samples_science", "pt", "csv", "snake"), ("lab_samples_science", "uk", "mrel", "snake"),
    ("api_access_log", "en", "jsonl", "snake"), ("api_access_log", "hi", "mrel", "snake"),
    ("network_inventory", "kk", "csv", "snake"), ("flight_schedule", "ar", "mrel", "snake"),
    ("flight_schedule", "ms", "csv", "upper"), ("census_aggregates", "en", "csv", "snake"),
    ("restaurant_menu", "ko", "jarr", "snake"), ("restaurant_menu", "tr", "csv", "snake"),
    ("fleet_vehicles", "pl", "mrel", "snake"), ("fleet_vehicles", "fa", "jsonl", "camel"),
]
