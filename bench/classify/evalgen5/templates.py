"""Schema templates of evalgen5, written for this set.

One line a template: ``id | languages | formats | instances | fields``.
formats: c CSV, t TSV, j JSON array, l JSON Lines, m mongoexport (Extended JSON), o JSON object of arrays.
fields: ``concept``, ``concept?`` (present in about 60 % of the instances), ``concept#2`` (numbered copies),
``g:group{...}`` (a nested object; flattened with the group's name as prefix in CSV/TSV),
``a:group{...}`` (an array of objects), ``rcb`` (REDCap race checkboxes ``race___1``..).
"""

# ruff: noqa: E501 - tables of names, values and templates read best one entry a line

from __future__ import annotations

RAW = r"""
clinic_visit | ru,kk,tr,es,id,vi | cjmt | 2 | id patient_no fullname dob gender phone g:address{street,city,zip} visit_date diagnosis icd specialty doctor note?
emr_encounter | en,de,fr,nl | jml | 2 | oid patient_no g:patient{first,last,dob,gender} g:vitals{bp,hr,glucose?} visit_date icd medication facility updated
lab_order | en,pt,it,pl | ctl | 1 | id patient_no fullname dob test_result specialty visit_date status facility
hiv_cohort | en,es,pt,fr | cj | 2 | id patient_no age gender test_result medication visit_date region rcb? note
pharmacy_rx | en,ja,ko,tr | cjl | 1 | id order_no fullname dob medication allergy? doctor order_date price qty facility
dental_booking | de,fr,es,nl | cjm | 1 | id fullname mobile email visit_date specialty status note? created
maternity_ward | pt,id,ms,hl | cjm | 2 | id fullname dob pregnant blood room visit_date doctor phone kin_name
blood_donor | tr,ar,fa,zh | cjm | 1 | id fullname natid dob blood gender mobile city created status
vaccine_registry | vi,id,ru,en | cjl | 2 | id natid fullname dob g:address{address,region} test_result? visit_date facility status
disability_benefit | pl,uk,ru,ms | cjt | 2 | id fullname natid dob disability iban amount order_date status
insurance_claim | en,de,ja,ko | jmc | 1 | policy_no fullname dob icd diagnosis amount currency iban visit_date status facility
fitness_tracker | en,ko,ja,zh | jml | 2 | oid device_id g:user{username,dob?,gender} hr bp? token? event_time battery model
psych_intake | en,nl,fr,it | cj | 2 | id fullname dob diagnosis medication smoker religion marital created note
hospital_discharge | zh,py,ja,ru | cjm | 2 | id patient_no fullname gender age visit_date visit_date#2 diagnosis icd room doctor
vet_clinic | en,de,es,fr | cjt | 1 | id pet_name species age weight diagnosis medication contact_person phone visit_date price
disease_counts | en,ru,es,zh,pt | ct | 1 | year region agg_disease cases population percent
ward_census | en,de,tr | ct | 1 | id facility specialty room cases percent updated
hr_employees | de,fr,pl,tr,ru,uk | cjmt | 2 | employee_no first last patronymic? dob gender email phone job department hire_date salary iban religion? city
payroll_run | ru,uk,kk,es,pt | cjt | 2 | employee_no fullname natid iban salary currency order_date department religion?
hr_diversity | en,nl,pt | cj | 2 | employee_no fullname ethnicity religion disability? gender age department hire_date
recruiting_ats | hi,es,pt,id,vi | jmlo | 1 | oid g:applicant{fullname,email,mobile,dob?} pwd_hash? job status created url? note
school_enrol | hi,id,ms,vi,ko | cjmt | 2 | student_no fullname dob gender class_name school g:guardian{kin_name,mobile} address religion created
university_grades | fr,de,it,es,pl | ct | 1 | student_no last first exam class_name year status
exam_proctor | zh,py,ko,hi | jm | 4 | oid student_no fullname face ip event_time status
kindergarten | ja,ko,tr,kk | cj | 1 | id fullname dob gender allergy blood kin_name mobile class_name
voter_roll | hi,hl,id,ms | cjt | 1 | id fullname dob gender address zip region status
census_household | hi,pt,es,vi | cjl | 2 | id fullname gender birth_year ethnicity religion marital job region
census_ethnic_counts | en,ru,kk,zh,pt | ct | 1 | year region agg_ethnic population percent
religion_by_region | en,de,id,ru | ct | 1 | year region agg_religion population percent
visa_application | en,fr,de,it | jmo | 2 | oid g:applicant{first,last,dob,passport,country_code} g:contact{email,phone} issue_date status
refugee_intake | ar,fa,tr,de | cjm | 2 | id fullname dob gender country_code ethnicity religion passport? phone city note
kyc_onboarding | ru,tr,id,pt,hi,fa | jmc | 3 | oid fullname natid dob mobile email address face ip? status created
tenant_screening | en,nl,de | cjl | 1 | id fullname dob email phone salary company status created
civil_registry_ir | fa | cjm | 1 | id first last patronymic natid dob gender city religion
aadhaar_ekyc | hi,hl | cjm | 2 | id fullname natid dob gender address zip mobile email created
citizen_kz | kk,ru,rl | cjm | 2 | id last first patronymic natid dob ethnicity region address phone
citizen_vn | vi | cjm | 2 | id fullname natid dob gender ethnicity religion address issue_date
shop_orders | en,es,pt,de,fr,it,nl | cjmlto | 2 | order_no customer_no fullname email phone g:shipping{street,city,zip,country} a:items{sku,product,qty,price} amount currency card? order_date status
card_vault | en,tr,ru,pl | jmc | 3 | oid customer_no holder card card#2? expiry card_brand created
payment_gateway | en,es,pt,id | jml | 2 | uuid order_no masked_card card_brand card? amount currency status ip event_time user_agent?
chargebacks | en,de,fr | ct | 2 | id order_no card holder amount currency order_date status note
bank_transfers | de,nl,pl,it,uk,fr | cjt | 2 | id holder iban bic amount currency order_date note status
direct_debit | de,fr,nl,es | cj | 2 | id fullname iban bic company_taxid? amount order_date status
loyalty_members | tr,ja,ko,py,ar | jmco | 2 | customer_no fullname mobile email dob? plan rating created city
courier_jobs | id,ms,vi,tr,ru | jml | 2 | tracking_no driver g:receiver{fullname,mobile,address} lat lon weight status event_time
ride_hailing | id,vi,hl,ar,es | jml | 2 | oid g:rider{fullname,mobile} driver g:pickup{lat,lon} g:dropoff{lat,lon} amount currency event_time
fleet_gps | en,ru,de,pl | cjl | 2 | id vehicle lat lon speed heading altitude odometer event_time
iot_sensors | en,de,zh,ja | jlc | 1 | id sku mac? temperature humidity battery signal? version? event_time
mdm_inventory | en,fr,es,ko | cjm | 1 | id serial imei mac model os version username? department updated
telecom_subscribers | ru,kk,tr,id,pt | cjm | 2 | id fullname natid mobile imei plan carrier address created status
app_installs | py,zh,ja,ko,vi | jml | 2 | uuid adid device_id push_token? model os version channel created language timezone?
crash_reports | py,zh,ru | jl | 2 | uuid device_id model os version ip event_time note
auth_sessions | en,es,de,ja | jml | 2 | uuid username ip user_agent device_id? token event_time status
oauth_tokens | en,fr,pl | jm | 3 | oid key_id api_key token created expiry
password_resets | fa,ru,tr,pt | jmc | 2 | id email token ip created status
users_table | ru,uk,es,pt,id,vi,fr,fa | cjmto | 2 | id username email pwd_hash fullname? mobile? ip? otp_secret? created updated flag language timezone?
nginx_log | en | cl | 1 | event_time ip method url http_status bytes user_agent duration session_id?
firewall_log | en,ru,de | ct | 1 | event_time ip ip#2 port port#2 action bytes hostname netmask?
face_enrolment | zh,py,ko,ja,ru,uk | jm | 5 | oid employee_no fullname face created facility status
face_gallery | en,zh,tr | jl | 3 | uuid face face#2? fullname? event_time facility
dating_profiles | ar,es,pt,tr,uk | jm | 3 | oid username fullname? dob gender city religion ethnicity? face avatar thumbnail? created
church_register | en,pl,it,nl | cj | 2 | id fullname dob religion address phone issue_date note
mosque_charity | ar,ms,id,fa | cjm | 2 | id fullname mobile religion amount currency iban? order_date city
funeral_home | en,es,de | cj | 2 | id fullname dob death_date religion contact_person phone amount
telegram_bot_users | ru,uk,kk,fa | jm | 1 | oid key_id username first last? phone language created status
wechat_miniapp | zh,py | jm | 2 | oid username fullname mobile city avatar created channel
product_catalogue | en,zh,ru,de,es | cjt | 2 | sku ean product category price currency weight color status updated
pharmacy_catalogue | en,fr,ja | ct | 1 | sku ean product category price qty status
city_stats | en,tr,es,id | ct | 1 | city region population percent year lat lon
weather_obs | en,de,ja,kk | ctl | 1 | id city lat lon temperature humidity speed heading altitude event_time
build_artifacts | en,zh,de | jlc | 1 | id file_hash commit etag? version created bytes status
app_releases | en,ko,ja | cj | 1 | version commit event_time channel bytes note
chart_points | en,zh | cj | 1 | id chart_x chart_y category percent
text_embeddings | en,es,ja | jl | 1 | uuid title text_vec category created
server_inventory | en,ru,ko | cjt | 1 | hostname ip mac netmask port os version department updated
library_books | en,fr,de,ru | cjo | 1 | id isbn title author year category qty
flights | en,de,tr,ar | cj | 1 | id product year status event_time duration city city#2
energy_meters | de,nl,pl,uk | cjl | 1 | id customer_no sensor temperature event_time status
exam_results_agg | en,id,vi | ct | 1 | school class_name year exam percent population
gov_benefit_form | es,pt,fr,it | cjm | 2 | id fullname natid dob marital g:address{street,house_no,addr2?,zip,city} phone iban amount status created
tax_return | de,it,nl,pl,en | cjt | 2 | id fullname natid dob company company_taxid salary amount iban year
driver_licence | en,ja,ko,tr | cjm | 1 | id fullname dob passport issue_date expiry address blood?
border_crossing | kk,ru,uk,tr | jmc | 3 | oid fullname passport dob country_code face event_time vehicle
hotel_guests | es,it,ar,ja,tr | cjm | 2 | id fullname passport country_code dob email phone visit_date amount room card
gym_access | ar,ko,id,es | jm | 3 | oid customer_no fullname face plan event_time status
hackathon_signup | en,pl,vi,tr | cjo | 1 | id fullname email username url consent created
crm_leads | es,pt,de,it,fr,ar | cjmt | 2 | id fullname company job email phone fax? city country channel status note
crm_accounts | en,ru,de,ja | jmo | 2 | oid company company_taxid url g:billing{street,zip,city,country} contact_person phone email api_key? created
newsletter | en,fr,nl,de | ct | 1 | id email domain? language consent channel created
support_tickets | fa,es,ru,zh | jlo | 1 | uuid customer_no email title msg status event_time category
survey_responses | en,es,pt,id | ct | 2 | id age gender region rating note rcb? race_code? religion created
redcap_baseline | en | c | 2 | id dob gender rcb smoker bmi glucose bp created
health_survey | en,pt,es,fr,de | cj | 2 | id age gender smoker bmi disability? religion? region created
sms_gateway | en,ru,id,tr,ar | cl | 1 | id mobile msg carrier status event_time
call_records | en,ru,kk,fa | ct | 1 | id phone phone#2 duration carrier event_time action
sim_activation | vi,id,ms,hi,ar | cjm | 2 | id fullname natid mobile imei carrier created status
smart_home | en,de,nl | jm | 2 | oid device_id mac ip g:home{street,zip,city} g:loc{geo_type,geo_coords}? temperature updated
scooter_rides | en,fr,de,es | jl | 1 | uuid vehicle customer_no lat lon lat#2? lon#2? duration amount event_time
delivery_zones | en,tr,ru | cj | 1 | id city region lat lon population category
wifi_portal | en,tr,ar,ru | jl | 2 | uuid mac ip mobile? email? geo? event_time facility
api_credentials | en,ja,de | jm | 2 | oid key_id api_key public_key? hostname created status
mfa_devices | en,fr,ko | jm | 2 | oid username otp_secret device_id? model created
school_health | ru,uk,kk,tr | cj | 2 | student_no fullname dob class_name blood allergy disability? kin_name mobile
employee_medical | ja,ko,py,de | cjm | 2 | employee_no fullname dob glucose bp bmi smoker visit_date department
covid_tests | uk,vi,id,ko,it | cjl | 2 | id fullname natid? mobile test_result visit_date facility
church_stats | en,pl,it | ct | 1 | year region agg_religion population percent cases
marketplace_sellers | zh,py,id,vi,pt | jmo | 2 | oid company fullname mobile email iban address created rating
rent_payments | en,de,pl,nl | ct | 2 | id invoice_no fullname iban amount order_date address status
pension_fund | ru,kk,uk,pl | cjm | 2 | id fullname snils? natid dob acct? amount order_date
student_loans | en,es,it | cj | 2 | student_no fullname dob natid amount school status order_date
car_sharing | de,ja,ko,fr | jm | 2 | oid fullname passport mobile card g:car{vehicle,lat,lon} event_time amount
parking_tickets | en,nl,it | ct | 1 | id vehicle city street event_time amount status
ecommerce_reviews | en,ja,ko,zh | jlo | 1 | uuid username sku rating title msg created
legacy_forum_users | en,ru,pt,tr,vi | ctj | 2 | id username email password birth_year? city created flag
ach_payouts | en | cj | 2 | id holder routing card amount currency order_date status
store_locator | en,es,ja,id | jco | 2 | id company street zip city geo phone url
sports_club | de,nl,fr,it | cj | 2 | id first last dob address zip email phone plan iban created
pos_terminal_log | uk,tr,es,ru | ct | 3 | id event_time card expiry amount currency company status
card_issuance | ru,kk,uk,tr,pl | cjm | 4 | id holder card expiry natid iban mobile issue_date status
fraud_cases | en,pt,id | jm | 2 | oid card ip device_id amount event_time status note
prepaid_topups | id,vi,hi,ar | cj | 2 | id mobile card amount currency carrier event_time
subscription_billing | en,de,fr,ja | jmc | 2 | customer_no email card plan amount currency created status
webhook_configs | en,de,zh | jl | 3 | id url api_key event_time status
smtp_settings | en,ru,es | cj | 3 | id hostname port username password created
iot_provisioning | py,zh,ko | jm | 2 | oid device_id serial token version created
wifi_vouchers | tr,id,ar,es | ct | 2 | id password plan duration created status
vpn_sessions | en,ru,fa | jl | 2 | uuid username ip ip#2 device_id bytes event_time
email_open_tracking | en,fr,pt | cl | 2 | uuid email ip user_agent event_time action
hospital_chaplaincy | ar,fa,pl,it | cj | 3 | id fullname religion room visit_date note
marriage_registry | tr,fa,ar,ms,hi | cjm | 3 | id fullname fullname#2 natid natid#2 religion issue_date city
attendance_kiosk | zh,py,ko,ja,id | jm | 4 | oid employee_no face event_time facility status
visitor_management | ar,tr,vi,kk | jm | 3 | oid fullname mobile company face event_time
refund_requests | de,nl,fr,es | cj | 2 | id order_no fullname iban amount order_date status
freelancer_payouts | en,pl,uk,pt | cjt | 3 | id fullname email iban bic amount currency order_date
clinical_trial_demographics | en,es,fr | ct | 2 | id patient_no age gender race_code ethnicity visit_date
translation_memory | en,de,fr,ru | cj | 1 | id title note language version updated
"""


def parse_fields(s: str) -> list:
    """'a b? c#2 g:grp{x,y?} a:grp{z}' -> nested list of ('f', concept, opt, n) / ('g'|'a', grp, opt, children)."""
    out: list = []
    i = 0
    toks: list[str] = []
    depth = 0
    cur = ""
    for ch in s.strip() + " ":
        if ch in " ," and depth == 0:
            if cur:
                toks.append(cur)
            cur = ""
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        cur += ch
    for t in toks:
        if ":" in t and "{" in t:
            kind, rest = t.split(":", 1)
            grp, inner = rest.split("{", 1)
            inner = inner.rsplit("}", 1)[0]
            tail = rest.rsplit("}", 1)[1]
            out.append((kind, grp, tail == "?", parse_fields(inner)))
            continue
        optional = t.endswith("?")
        t = t.rstrip("?")
        n = 1
        if "#" in t:
            t, k = t.split("#")
            n = int(k)
        out.append(("f", t, optional, n))
        i += 1
    return out


def templates() -> list[dict]:
    out = []
    for line in RAW.strip().splitlines():
        tid, langs, fmts, n, fields = (x.strip() for x in line.split("|"))
        out.append({"id": tid, "langs": langs.split(","), "formats": fmts, "n": int(n), "fields": parse_fields(fields)})
    return out
