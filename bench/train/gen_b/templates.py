# ruff: noqa: E501  (one template a line: a wrapped template is harder to read)
"""gen_b's schema templates: one line each, ``name: field field ...``.

A field is ``concept[:hint][@group]``: the concept picks the value factory and the name lexicon
(``values.FACTORIES``, ``lexicon.NAMES``), the hint narrows it (``device_id:mac``), and ``@group``
nests it in a sub-document (``street@addr`` becomes ``addr.street``; ``@group[]`` an array of
sub-documents). Domains: registries, health, finance, commerce, transport, IoT, education, HR,
social, surveys, biometrics, auth and logs; the second list has no person in its rows but holds
look-alikes (record times, internal numbers, company and product names, places, sensor readings,
checksums, codes, router MACs, catalogues, aggregated statistics).
"""

from __future__ import annotations

PERSONAL = """
civil_registry: rec_id national_id last_name first_name birth_date place:city category_word:sex full_address ts
voter_roll: rec_id full_name birth_year street house_number postcode place:city category_word:sex int_ref
tax_payers: national_id full_name iban money year place:state ts
passport_office: rec_id national_id:passport last_name first_name birth_date place:country ts:recent digest
household_survey: rec_id count:age category_word:sex ethnicity religion category_word:marital place:state count
ethnic_census_form: int_ref ethnicity religion birth_year place:city category_word:sex category_word:lang
hospital_admissions: int_ref full_name birth_date diagnosis ts person_role_name category_word:ward count
fhir_patient: rec_id first_name@name last_name@name birth_date phone@telecom[] email@telecom[] street@address postcode@address place:city@address national_id@identifier ts
lab_results: int_ref national_id ts vital vital diagnosis person_role_name code:lot
pharmacy_rx: int_ref full_name birth_date medication person_role_name ts money
insurer_claims: int_ref national_id full_name diagnosis money ts iban category_word:status
insurer_members: int_ref first_name last_name birth_date phone email street postcode place:city flag
telecom_subscribers: phone national_id full_name device_id:imei ts category_word:plan place:city
telecom_cdr: phone phone ts count place:city device_id:imei lat lon
bank_kyc: national_id full_name birth_date iban full_address category_word:marital ts email face_vec
sepa_transfers: iban full_name iban money category_word:currency ts text pubkey:bic
card_payments: card pubkey:expiry pubkey:card_type money org_name ts ip place:country
shop_orders: int_ref email full_name full_address phone money product ts ip
shop_customers: rec_id username email secret first_name last_name birth_date phone ts flag
courier_parcels: code:tracking full_name phone street house_number postcode place:city lat lon ts measure
ride_trips: rec_id person_role_name:plain phone geo_point geo_point money ts measure
ride_riders: full_name phone email card device_id:push ip ts
fleet_tracker: device_id:imei lat lon measure measure ts person_role_name:plain code:plate
school_pupils: int_ref full_name birth_date ethnicity religion phone person_role_name:plain place:city category_word:sex
university_applicants: full_name email birth_date national_id full_address category_word:sex count
hr_staff: int_ref first_name last_name national_id birth_date iban money category_word:job ts phone email
payroll_run: int_ref full_name iban money money ts national_id
dating_profiles: username first_name birth_date religion ethnicity lat lon email text face_vec
social_posts: username text ts ip device_id:adid geo_point count
face_gallery: int_ref full_name face_vec ts digest category_word:status
auth_sessions: email secret:jwt ip net:ua ts flag
api_credentials: int_ref secret:apikey ts username category_word:plan
web_access_log: ip ts net:method net:path net:status net:bytes net:ua net:url
firewall_log: ip ip net:port net:method ts category_word:action
app_installs: device_id:adid device_id:android ip ts category_word:os net:version
parish_members: full_name religion birth_date phone full_address ts
zakat_register: full_name religion money phone place:city
clinic_bookings: full_name phone ts person_role_name category_word:specialty diagnosis
vaccinations: national_id full_name birth_date medication:vaccine ts code:lot place:city
mental_health_survey: rec_id count:age category_word:sex health_flag health_flag place:state ts
blood_donors: full_name blood_type phone birth_date ts place:city
hotel_guests: full_name national_id:passport place:country phone email ts card
airline_pnr: last_name first_name birth_date national_id:passport email phone code:flight ts
gym_members: full_name email phone vital vital ts card
loyalty_cards: int_ref email phone count ts birth_date
crm_leads: full_name org_name email phone place:city text ts
helpdesk_tickets: int_ref email text ts category_word:status ip
job_applications: full_name email phone full_address birth_date text ts
tenants: full_name phone street house_number addr_line2 postcode money iban
meter_readings: int_ref full_name full_address measure ts lat lon
parking_fines: code:plate full_name full_address money ts lat lon
police_incidents: int_ref full_name birth_date ethnicity full_address text ts
prison_roster: int_ref full_name birth_date ethnicity religion health_flag place:city
refugee_intake: full_name birth_date ethnicity religion place:country national_id phone
wearables: device_id:serial vital vital count ts lat lon
telemedicine: full_name email diagnosis medication ip ts
mobile_wallet: phone national_id card iban money device_id ip
crypto_kyc: email full_name national_id birth_date secret:apikey ip face_vec
newsletter: email first_name flag ts place:country ip
marketplace_sellers: org_name full_name phone iban full_address pubkey:bic
smart_home: email secret device_id:mac ip place:city ts
family_tree: full_name birth_date place:city year person_role_name:plain text
ward_round: count full_name vital diagnosis person_role_name category_word:ward allergy
sms_gateway: phone text ts category_word:status money
nested_customer: rec_id full_name@profile birth_date@profile email@profile phone@contacts[] street@addresses[] postcode@addresses[] place:city@addresses[] ts
student_health: int_ref full_name blood_type allergy vital birth_date person_role_name:plain phone
"""

NON_PERSONAL = """
product_catalog: code:sku product org_name money count code:ean ts
drug_catalogue: code:atc product:drug org_name health_agg money code:lot
network_inventory: net:host ip device_id:mac category_word:model place:city ts net:netmask
sensor_stream: small_dev ts measure measure measure flag
weather_stations: small_dev place:city lat lon measure measure ts
file_manifest: net:path digest:sha256 digest:md5 count ts
git_commits: digest:sha1 username text ts count
company_registry: org_name int_ref place:city year money category_word:status
ethnic_population: place:state ethnic_agg count count year
sales_by_region: place:state place:city money count year category_word:currency
warehouse_lots: code:lot code:sku ts count place:city measure
app_releases: net:version ts count digest category_word:os
flight_schedule: code:flight place:city place:city ts ts count
stock_quotes: code:ticker ts money money count
ml_vectors: rec_id vector category_word:status count
feature_flags: rec_id text flag ts category_word:plan
hospital_directory: org_name:hospital phone street postcode place:city count category_word:specialty
disease_stats: place:state health_agg count year money
job_postings: category_word:job org_name place:city money ts text
dns_zone: net:domain ip count net:method ts
vehicle_telemetry: small_dev lat lon measure measure ts
cert_inventory: net:host pubkey digest ts category_word:status
order_lines: int_ref int_ref code:sku count money ts
"""


def parse(block: str) -> list[tuple[str, list[str]]]:
    out = []
    for line in block.strip().splitlines():
        name, _, fields = line.partition(":")
        out.append((name.strip(), fields.split()))
    return out


TEMPLATES: list[tuple[str, list[str]]] = parse(PERSONAL) + parse(NON_PERSONAL)
