"""Every kind of field a template can hold: its label (category), its value maker and the key of its
names in ``fieldnames.NAMES``. The label is decided here, once, by what the values are (the rules of
``bench/classify/realworld3/LABELLING.md``), never by the name a table happens to draw."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import contact
import lookalikes as lk
import people
import sensitive as sx
from langs import Ctx

Maker = Callable[[Ctx, int], object]
NONE = "none"


@dataclass(frozen=True)
class Kind:
    category: str
    make: Maker
    names: str
    children: tuple[tuple[str, str], ...] = ()  # for object values: (key, category) of each child


def k(category: str, make: Maker, names: str) -> Kind:
    return Kind(category, make, names)


NAME, DOB, NID = "person.name", "person.birth_date", "person.national_id"
PHONE, EMAIL, ADDR, GEO = "contact.phone", "contact.email", "contact.address", "location.coordinates"
IP, DEV, CARD, IBAN = "network.ip_address", "device.identifier", "financial.card_number", "financial.iban"
ETH, REL, HEALTH = "special.ethnicity", "special.religion", "special.health"
FACE, SECRET = "biometric.face_embedding", "credential.secret"


def _first(c: Ctx, o: int) -> object:
    return people.name(c, "first")


def _last(c: Ctx, o: int) -> object:
    return people.name(c, "last")


def _middle(c: Ctx, o: int) -> object:
    return people.name(c, "middle")


KINDS: dict[str, Kind] = {
    # personal
    "full_name": k(NAME, people.full_name, "full_name"),
    "first_name": k(NAME, _first, "first_name"),
    "last_name": k(NAME, _last, "last_name"),
    "middle_name": k(NAME, _middle, "middle_name"),
    "kana_name": k(NAME, people.kana_name, "kana_name"),
    "roman_name": k(NAME, people.romanised_name, "roman_name"),
    "contact_person": k(NAME, people.full_name, "contact_person"),
    "doctor": k(NAME, people.full_name, "doctor"),
    "father_name": k(NAME, _first, "father_name"),
    "dob": k(DOB, people.dob_text, "dob"),
    "dob_date": k(DOB, people.dob_date, "dob"),
    "dob_int": k(DOB, people.dob_int, "dob"),
    "dob_epoch": k(DOB, people.dob_epoch, "dob"),
    "birth_year": k(DOB, people.birth_year, "birth_year"),
    "national_id": k(NID, people.national_id, "national_id"),
    "passport": k(NID, people.passport, "passport"),
    "licence": k(NID, people.driving_licence, "licence"),
    "phone": k(PHONE, contact.phone, "phone"),
    "phone_long": k(PHONE, contact.phone_long, "phone"),
    "phones": k(PHONE, contact.phone_list, "phone"),
    "fax": k(PHONE, contact.phone, "fax"),
    "email": k(EMAIL, contact.email, "email"),
    "emails": k(EMAIL, contact.email_list, "email"),
    "address": k(ADDR, contact.address_full, "address"),
    "street": k(ADDR, contact.street, "street"),
    "street_name": k(ADDR, contact.street_name, "street"),
    "house_no": k(ADDR, contact.house_number, "house_no"),
    "address_line2": k(ADDR, contact.address_line2, "address_line2"),
    "postcode": k(ADDR, contact.postcode, "postcode"),
    "lat": k(GEO, contact.latitude, "lat"),
    "lon": k(GEO, contact.longitude, "lon"),
    "latlon_text": k(GEO, contact.latlon_text, "latlon"),
    "lonlat": k(GEO, contact.lonlat_array, "latlon"),
    "geojson": Kind(GEO, contact.geojson_point, "latlon", (("type", NONE), ("coordinates", GEO))),
    "ip": k(IP, sx.ip_any, "ip"),
    "ipv4": k(IP, sx.ipv4, "ip"),
    "ipv6": k(IP, sx.ipv6, "ip"),
    "forwarded": k(IP, sx.ip_chain, "forwarded"),
    "imei": k(DEV, sx.imei, "imei"),
    "mac": k(DEV, sx.mac, "mac"),
    "ad_id": k(DEV, sx.ad_id, "ad_id"),
    "android_id": k(DEV, sx.android_id, "android_id"),
    "device_serial": k(DEV, sx.device_serial, "device_serial"),
    "push_token": k(DEV, sx.push_token, "push_token"),
    "card": k(CARD, sx.card, "card"),
    "iban": k(IBAN, sx.iban, "iban"),
    "ethnicity": k(ETH, sx.ethnicity, "ethnicity"),
    "ethnicity_code": k(ETH, sx.ethnicity_code, "ethnicity"),
    "race_check": k(ETH, sx.checkbox, "race_check"),
    "religion": k(REL, sx.religion, "religion"),
    "religion_code": k(REL, sx.religion_code, "religion"),
    "diagnosis": k(HEALTH, sx.diagnosis, "diagnosis"),
    "icd": k(HEALTH, sx.icd10, "icd"),
    "medication": k(HEALTH, sx.medication, "medication"),
    "allergy": k(HEALTH, sx.allergy, "allergy"),
    "blood_type": k(HEALTH, sx.blood_type, "blood_type"),
    "smoker": k(HEALTH, sx.smoker, "smoker"),
    "disability": k(HEALTH, sx.disability, "disability"),
    "vaccine": k(HEALTH, sx.vaccine, "vaccine"),
    "bmi": k(HEALTH, sx.bmi, "bmi"),
    "bp": k(HEALTH, sx.blood_pressure, "bp"),
    "glucose": k(HEALTH, sx.glucose, "glucose"),
    "hba1c": k(HEALTH, sx.hba1c, "hba1c"),
    "hiv": k(HEALTH, sx.hiv_status, "hiv"),
    "pregnant": k(HEALTH, sx.pregnant, "pregnant"),
    "face": k(FACE, sx.face_vector, "face"),
    "face_bin": k(FACE, sx.face_binary, "face"),
    "password": k(SECRET, sx.password, "password"),
    "password_hash": k(SECRET, sx.password_hash, "password_hash"),
    "api_key": k(SECRET, sx.api_key, "api_key"),
    "jwt": k(SECRET, sx.jwt, "token"),
    "token": k(SECRET, sx.opaque_token, "token"),
    "totp": k(SECRET, sx.totp_secret, "totp"),
    # not personal
    "id": k(NONE, lk.rec_int, "id"),
    "birthplace": k(NONE, lk.city, "birthplace"),
    "openid": k(NONE, lk.openid, "openid"),
    "chat_id": k(NONE, lk.chat_id, "chat_id"),
    "avatar": k(NONE, lk.url, "avatar"),
    "uuid": k(NONE, lk.uuid_id, "uuid"),
    "oid": k(NONE, lk.oid, "oid"),
    "user_ref": k(NONE, lk.rec_int, "user_ref"),
    "customer_no": k(NONE, lk.customer_no, "customer_no"),
    "sku": k(NONE, lk.sku, "sku"),
    "order_no": k(NONE, lk.order_no, "order_no"),
    "invoice_no": k(NONE, lk.invoice_no, "invoice_no"),
    "tracking_no": k(NONE, lk.tracking_no, "tracking_no"),
    "version": k(NONE, lk.version, "version"),
    "created": k(NONE, lk.event_time, "created"),
    "updated": k(NONE, lk.event_time, "updated"),
    "hire_date": k(NONE, lk.event_date, "hire_date"),
    "visit_date": k(NONE, lk.event_date, "visit_date"),
    "expiry_date": k(NONE, lk.event_date, "expiry_date"),
    "release_year": k(NONE, lk.year, "release_year"),
    "year": k(NONE, lk.year, "year"),
    "product": k(NONE, lk.product, "product"),
    "category": k(NONE, lk.category, "category"),
    "brand": k(NONE, lk.company, "brand"),
    "company": k(NONE, lk.company, "company"),
    "company_reg": k(NONE, lk.company_reg, "company_reg"),
    "price": k(NONE, lk.price, "price"),
    "amount": k(NONE, lk.amount, "amount"),
    "currency": k(NONE, lk.currency, "currency"),
    "qty": k(NONE, lk.qty, "qty"),
    "status": k(NONE, lk.status, "status"),
    "gender": k(NONE, lk.gender, "gender"),
    "age": k(NONE, lk.age, "age"),
    "city": k(NONE, lk.city, "city"),
    "region": k(NONE, lk.region, "region"),
    "country": k(NONE, lk.country, "country"),
    "job": k(NONE, lk.job, "job"),
    "department": k(NONE, lk.department, "department"),
    "salary": k(NONE, lk.salary, "salary"),
    "rating": k(NONE, lk.rating, "rating"),
    "population": k(NONE, lk.population, "population"),
    "area": k(NONE, lk.area_km2, "area"),
    "temperature": k(NONE, lk.temperature, "temperature"),
    "humidity": k(NONE, lk.humidity, "humidity"),
    "weight": k(NONE, lk.weight, "weight"),
    "altitude": k(NONE, lk.altitude, "altitude"),
    "heading": k(NONE, lk.heading, "heading"),
    "chart_x": k(NONE, lk.chart_xy, "chart_x"),
    "chart_y": k(NONE, lk.chart_xy, "chart_y"),
    "speed": k(NONE, lk.speed, "speed"),
    "voltage": k(NONE, lk.voltage, "voltage"),
    "checksum": k(NONE, lk.sha256_file, "checksum"),
    "commit": k(NONE, lk.git_sha, "commit"),
    "etag": k(NONE, lk.md5_etag, "etag"),
    "url": k(NONE, lk.url, "url"),
    "domain": k(NONE, lk.domain, "domain"),
    "hostname": k(NONE, lk.hostname, "hostname"),
    "port": k(NONE, lk.port, "port"),
    "user_agent": k(NONE, lk.user_agent, "user_agent"),
    "mime": k(NONE, lk.mime, "mime"),
    "file_size": k(NONE, lk.file_size, "file_size"),
    "lang_code": k(NONE, lk.lang_code, "lang_code"),
    "timezone": k(NONE, lk.timezone, "timezone"),
    "color": k(NONE, lk.color, "color"),
    "isbn": k(NONE, lk.isbn13, "isbn"),
    "ean": k(NONE, lk.ean13, "ean"),
    "flight": k(NONE, lk.flight_no, "flight"),
    "plate": k(NONE, lk.plate, "plate"),
    "masked_card": k(NONE, lk.masked_card, "masked_card"),
    "card_brand": k(NONE, lk.card_brand, "card_brand"),
    "card_expiry": k(NONE, lk.card_expiry, "card_expiry"),
    "bic": k(NONE, lk.bic, "bic"),
    "bank": k(NONE, lk.bank_name, "bank"),
    "username": k(NONE, lk.username, "username"),
    "comment": k(NONE, lk.comment, "comment"),
    "tags": k(NONE, lk.tags, "tags"),
    "flag": k(NONE, lk.flag, "flag"),
    "count": k(NONE, lk.count, "count"),
    "percent": k(NONE, lk.percent, "percent"),
    "duration": k(NONE, lk.duration_ms, "duration"),
    "http_status": k(NONE, lk.http_status, "http_status"),
    "marital": k(NONE, lk.marital, "marital"),
    "shelf": k(NONE, lk.shelf, "shelf"),
    "pet_name": k(NONE, lk.pet_name, "pet_name"),
    "device_model": k(NONE, lk.device_model, "device_model"),
    "os": k(NONE, lk.os_name, "os"),
    "event_type": k(NONE, lk.event_type, "event_type"),
    "weather": k(NONE, lk.weather, "weather"),
    "doc_embedding": k(NONE, lk.doc_embedding, "doc_embedding"),
    "public_key": k(NONE, lk.public_key, "public_key"),
    "unit": k(NONE, lk.unit, "unit"),
    "steps": k(NONE, lk.steps, "steps"),
    "mcc": k(NONE, lk.mcc, "mcc"),
    "error_code": k(NONE, lk.error_code, "error_code"),
    "room": k(NONE, lk.room, "room"),
    "score": k(NONE, lk.score, "score"),
    "counter": k(NONE, lk.counter_long, "counter"),
    # group-level columns of aggregate tables: rows are groups, not people (LABELLING.md)
    "ethnic_group": k(NONE, sx.ethnicity, "ethnic_group"),
    "religion_group": k(NONE, sx.religion, "religion_group"),
    "disease_group": k(NONE, sx.diagnosis, "disease_group"),
    "drug_catalog": k(NONE, sx.medication, "drug_catalog"),
}
