# ruff: noqa: E501  (tables of templates and words: one line each)
"""Makers of structured values for evalgen8: every value with a check digit is built and then
checked with python-stdnum (or phonenumbers); the rest follow their published format. All synthetic.

Every maker takes the set's ``random.Random`` first, so the output depends on the seed only."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import string
import struct
from collections.abc import Callable

import phonenumbers
from stdnum import iban as std_iban
from stdnum import imei as std_imei
from stdnum import luhn, verhoeff
from stdnum.ar import dni as ar_dni
from stdnum.be import nn as be_nn
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.id import nik
from stdnum.in_ import aadhaar, pan
from stdnum.iso7064 import mod_97_10
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif as pt_nif
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn
from stdnum.za import idnr as za_idnr

R = random.Random
REF = dt.date(2026, 1, 1)  # "now" for every date: nothing depends on the day the set is made


def digits(rng: R, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def birth(rng: R, lo: int = 18, hi: int = 88) -> dt.date:
    return REF - dt.timedelta(days=rng.randint(lo * 365, hi * 365))


def _until(rng: R, make: Callable[[R], str], ok: Callable[[str], bool]) -> str:
    for _ in range(500):
        v = make(rng)
        if ok(v):
            return v
    raise RuntimeError("no valid value")


def _last(rng: R, body: Callable[[R], str], ok: Callable[[str], bool]) -> str:
    """Append the one digit that makes ``ok`` true (for formats whose key stdnum checks but does not compute)."""

    def make(r: R) -> str:
        b = body(r)
        for d in "0123456789":
            if ok(b + d):
                return b + d
        return b + "x"

    return _until(rng, make, ok)


# --- national ids, one maker per country (iso2 -> (maker, local name)) ---

def cn_ric(rng: R) -> str:
    b = rng.choice(["110105", "310115", "440305", "510107", "330106", "420111", "650102", "610113"])
    b += birth(rng).strftime("%Y%m%d") + digits(rng, 3)
    return b + ric.calc_check_digit(b)


def tr_tc(rng: R) -> str:
    b = digits(rng, 9, "123456789")
    return b + tckimlik.calc_check_digits(b)


def ru_inn(rng: R) -> str:
    b = rng.choice(["77", "78", "50", "66", "16", "54"]) + digits(rng, 8)
    return b + inn.calc_personal_check_digits(b)


def ru_snils(rng: R) -> str:
    b = digits(rng, 9, "123456789")
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    s = s % 101
    k = 0 if s in (100, 101) else s
    if k == 100:
        k = 0
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {k:02d}"


def kz_iin(rng: R) -> str:
    def make(r: R) -> str:
        d = birth(r)
        b = d.strftime("%y%m%d") + r.choice("3456"[(d.year >= 2000) * 2:][:2]) + digits(r, 4)
        w1 = range(1, 12)
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        k = sum(int(c) * w for c, w in zip(b, w1, strict=True)) % 11
        if k == 10:
            k = sum(int(c) * w for c, w in zip(b, w2, strict=True)) % 11
        return b + str(k) if k < 10 else ""

    return _until(rng, make, bool)


def ua_rnokpp(rng: R) -> str:
    b = str((birth(rng) - dt.date(1899, 12, 31)).days).zfill(5) + digits(rng, 4)
    return b + rntrc.calc_check_digit(b)


def ir_melli(rng: R) -> str:
    def make(r: R) -> str:
        b = digits(r, 9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(b)) % 11
        return b + str(s if s < 2 else 11 - s)

    return _until(rng, make, lambda v: len(set(v)) > 1)


def sa_nid(rng: R) -> str:
    b = rng.choice("12") + digits(rng, 8)
    return b + luhn.calc_check_digit(b)


def in_aadhaar(rng: R) -> str:
    b = digits(rng, 11, "23456789")
    v = b + verhoeff.calc_check_digit(b)
    assert aadhaar.is_valid(v)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if rng.random() < 0.5 else v


def in_pan(rng: R) -> str:
    return _until(rng, lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + "P"
                  + r.choice(string.ascii_uppercase) + digits(r, 4) + r.choice(string.ascii_uppercase), pan.is_valid)


def id_nik(rng: R) -> str:
    def make(r: R) -> str:
        d = birth(r)
        day = d.day + (40 if r.random() < 0.5 else 0)
        return r.choice(["3171", "3273", "3578", "3374", "5171", "1271", "6471", "7371"]) + digits(r, 2, "01") \
            + f"{day:02d}{d.month:02d}{d.year % 100:02d}" + digits(r, 4, "0") 

    return _until(rng, make, nik.is_valid)


def my_nric(rng: R) -> str:
    def make(r: R) -> str:
        return birth(r).strftime("%y%m%d") + r.choice(["01", "10", "14", "08", "07", "13"]) + digits(r, 4)

    v = _until(rng, make, nric.is_valid)
    return f"{v[:6]}-{v[6:8]}-{v[8:]}" if rng.random() < 0.6 else v


def vn_cccd(rng: R) -> str:
    d = birth(rng)
    return rng.choice(["001", "079", "031", "048", "092"]) + ("0" if d.year < 2000 else "2") + f"{d.year % 100:02d}" + digits(rng, 6)


def es_id(rng: R) -> str:
    if rng.random() < 0.7:
        b = digits(rng, 8)
        return b + es_dni.calc_check_digit(b)
    b = rng.choice("XYZ") + digits(rng, 7)
    v = b + es_nie.calc_check_digit(b)
    assert es_nie.is_valid(v)
    return v


def mx_curp(rng: R) -> str:
    def make(r: R) -> str:
        up = string.ascii_uppercase
        cons = "BCDFGHJKLMNPQRSTVWXYZ"
        d = birth(r)
        b = (r.choice(cons) + r.choice("AEIOU") + r.choice(up) + r.choice(up) + d.strftime("%y%m%d")
             + r.choice("HM") + r.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT"]) + r.choice(cons) + r.choice(cons)
             + r.choice(cons) + ("0" if d.year < 2000 else "A"))
        return b + curp.calc_check_digit(b)

    return _until(rng, make, curp.is_valid)


def br_cpf(rng: R) -> str:
    b = digits(rng, 9)
    v = b + cpf._calc_check_digits(b)
    return cpf.format(v) if rng.random() < 0.6 else v


def pt_nif_(rng: R) -> str:
    b = rng.choice("123") + digits(rng, 7)
    return b + pt_nif.calc_check_digit(b)


def fr_nir(rng: R) -> str:
    d = birth(rng)
    b = rng.choice("12") + d.strftime("%y%m") + rng.choice(["75", "69", "13", "33", "59", "44"]) + digits(rng, 3, "0") + digits(rng, 3)
    v = b + nir.calc_check_digits(b)
    return nir.format(v) if rng.random() < 0.5 else v


def de_idnr(rng: R) -> str:
    def body(r: R) -> str:
        ds = r.sample(string.digits[1:], 8)
        rep = ds[r.randrange(8)]
        pos = r.sample(range(10), 10)
        ds = ds + [rep]
        ds = ["0"] + ds if "0" not in ds else ds
        order = [ds[i % len(ds)] for i in pos][:10]
        return "".join(order)

    return _last(rng, body, idnr.is_valid)


def it_cf(rng: R) -> str:
    def make(r: R) -> str:
        up = "BCDFGHLMNPRSTVZ"
        d = birth(r)
        day = d.day + (40 if r.random() < 0.5 else 0)
        b = ("".join(r.choice(up) for _ in range(6)) + f"{d.year % 100:02d}" + "ABCDEHLMPRST"[d.month - 1] + f"{day:02d}"
             + r.choice(["H501", "F205", "L219", "G273", "A662", "D612"]))
        return b + codicefiscale.calc_check_digit(b)

    return _until(rng, make, codicefiscale.is_valid)


def nl_bsn(rng: R) -> str:
    def make(r: R) -> str:
        b = digits(r, 8, "123456")
        for d in "0123456789":
            if bsn.is_valid(b + d):
                return b + d
        return ""

    return _until(rng, make, bool)


def pl_pesel(rng: R) -> str:
    d = birth(rng)
    m = d.month + (20 if d.year >= 2000 else 0)
    b = f"{d.year % 100:02d}{m:02d}{d.day:02d}" + digits(rng, 4)
    return b + pesel.calc_check_digit(b)


def jp_mynumber(rng: R) -> str:
    b = digits(rng, 11)
    v = b + mynumber.calc_check_digit(b)
    return f"{v[:4]} {v[4:8]} {v[8:]}" if rng.random() < 0.4 else v


def kr_rrn(rng: R) -> str:
    def make(r: R) -> str:
        d = birth(r, 20, 80)
        g = ("1", "2") if d.year < 2000 else ("3", "4")
        b = d.strftime("%y%m%d") + r.choice(g) + f"{r.randint(0, 96):02d}" + digits(r, 3)
        return b + rrn.calc_check_digit(b)

    v = _until(rng, make, rrn.is_valid)
    return f"{v[:6]}-{v[6:]}"


def us_ssn(rng: R) -> str:
    v = _until(rng, lambda r: digits(r, 3, "1234567") + digits(r, 2, "123456789") + digits(r, 4, "123456789"), ssn.is_valid)
    return ssn.format(v) if rng.random() < 0.7 else v


def gb_nhs(rng: R) -> str:
    return _last(rng, lambda r: digits(r, 9, "4679"), nhs.is_valid)


def ar_dni_(rng: R) -> str:
    v = _until(rng, lambda r: digits(r, 8, "123"), ar_dni.is_valid)
    return ar_dni.format(v) if rng.random() < 0.5 else v


def cl_rut(rng: R) -> str:
    b = str(rng.randint(5_000_000, 25_000_000))
    return rut.format(b + rut.calc_check_digit(b))


def za_id(rng: R) -> str:
    return _last(rng, lambda r: birth(r).strftime("%y%m%d") + digits(r, 4) + "08", za_idnr.is_valid)


def th_id(rng: R) -> str:
    b = digits(rng, 12, "12345678")
    return b + th_pin.calc_check_digit(b)


def be_rrn(rng: R) -> str:
    return _until(rng, lambda r: (lambda b: b + f"{97 - int(b) % 97:02d}")(birth(r, 20, 25).strftime("%y%m%d") + digits(r, 3)),
                  be_nn.is_valid)


def se_pnr(rng: R) -> str:
    v = _last(rng, lambda r: birth(r).strftime("%y%m%d") + digits(r, 3), personnummer.is_valid)
    return f"{v[:6]}-{v[6:]}"


def eg_nid(rng: R) -> str:
    d = birth(rng)
    return ("2" if d.year < 2000 else "3") + d.strftime("%y%m%d") + rng.choice(["01", "02", "21", "88"]) + digits(rng, 5)


def pk_cnic(rng: R) -> str:
    return f"{digits(rng, 5, '1234567')}-{digits(rng, 7)}-{rng.randint(1, 9)}"


def passport(rng: R) -> str:
    return rng.choice(["E", "G", "P", "U", "C", "K", "A"]) + digits(rng, rng.choice([7, 8]))


NATIONAL = {
    "cn": cn_ric, "tr": tr_tc, "ru": ru_inn, "ru2": ru_snils, "kk": kz_iin, "uk": ua_rnokpp, "fa": ir_melli,
    "ar": sa_nid, "ar2": eg_nid, "hi": in_aadhaar, "hi2": in_pan, "id": id_nik, "ms": my_nric, "vi": vn_cccd,
    "es": es_id, "es2": mx_curp, "es3": ar_dni_, "es4": cl_rut, "pt": br_cpf, "pt2": pt_nif_, "fr": fr_nir,
    "de": de_idnr, "it": it_cf, "nl": nl_bsn, "pl": pl_pesel, "ja": jp_mynumber, "ko": kr_rrn, "en": us_ssn,
    "en2": gb_nhs, "en3": za_id, "en4": pk_cnic, "th": th_id, "be": be_rrn, "sv": se_pnr,
}


# --- money ---

IBAN_BODY = {  # country: (bank code length and alphabet, account digits)
    "DE": "8n10n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n", "PL": "8n16n",
    "TR": "5n1n16n", "PT": "4n4n11n2n", "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12n", "SA": "2n18n",
    "AE": "3n16n", "UA": "6n19n", "KZ": "3n13n", "GB": "4a6n8n", "IE": "4a6n8n", "SE": "3n17n", "EG": "4n4n17n",
    "PK": "4a16n", "BR": "8n5n10n1a1n", "RO": "4a16n", "IR": "3n19n",
}


def iban(rng: R, cc: str | None = None) -> str:
    """A valid IBAN (python-stdnum checks the key and, where it knows them, national keys and bank codes)."""
    cc = cc or rng.choice(list(IBAN_BODY))
    for _ in range(300):
        v = _iban(rng, cc)
        if cc == "IR" or std_iban.is_valid(v):
            return v
    raise RuntimeError(cc)


def _iban(rng: R, cc: str) -> str:
    body = ""
    spec = IBAN_BODY[cc]
    import re

    for n, kind in re.findall(r"(\d+)([an])", spec):
        pool = string.ascii_uppercase if kind == "a" else string.digits
        body += "".join(rng.choice(pool) for _ in range(int(n)))
    if cc == "BE":
        body = body[:10] + f"{int(body[:10]) % 97 or 97:02d}"
    if cc == "PL":
        body = _pl_bank(body)
    if cc == "IR":  # شبا: an IBAN, but not in the registry python-stdnum ships; its key is ISO 7064 mod 97-10 all the same
        body = "0" + body[1:]
        k = mod_97_10.calc_check_digits(body + "IR")
        assert mod_97_10.is_valid(body + "IR" + k)
        return "IR" + k + body
    return cc + std_iban.calc_check_digits(cc + "00" + body) + body


def _pl_bank(body: str) -> str:
    w = [3, 9, 7, 1, 3, 9, 7]
    k = (10 - sum(int(c) * x for c, x in zip(body[:7], w, strict=True)) % 10) % 10
    return body[:7] + str(k) + body[8:]


def iban_print(rng: R, v: str) -> str:
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if rng.random() < 0.35 else v


def card(rng: R) -> str:
    pre, n = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
                         ("62", 16), ("35", 16), ("9792", 16), ("5019", 16), ("4", 13), ("2200", 16), ("6062", 16)])
    b = pre + digits(rng, n - len(pre) - 1)
    v = b + luhn.calc_check_digit(b)
    r = rng.random()
    if r < 0.25:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if r < 0.35:
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def masked_card(rng: R) -> str:
    return rng.choice(["**** **** **** ", "XXXXXXXXXXXX", "411111******", "5*** **** **** "]) + digits(rng, 4)


# --- devices, network ---

def imei(rng: R) -> str:
    b = rng.choice(["35", "86", "01", "99", "49"]) + digits(rng, 12)
    v = b + luhn.calc_check_digit(b)
    assert std_imei.is_valid(v)
    return v


def mac(rng: R) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    h = [f"{x:02x}" for x in b]
    st = rng.randrange(4)
    if st == 0:
        return ":".join(h)
    if st == 1:
        return "-".join(h).upper()
    if st == 2:
        return ".".join("".join(h[i:i + 2]) for i in (0, 2, 4))
    return "".join(h).upper()


def ad_id(rng: R) -> str:
    h = f"{rng.getrandbits(128):032x}"
    v = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[rng.randrange(4)]}{h[17:20]}-{h[20:]}"
    return v.upper() if rng.random() < 0.5 else v


def android_id(rng: R) -> str:
    return f"{rng.getrandbits(64):016x}"


def serial(rng: R) -> str:
    return rng.choice(["C02", "F4G", "DMP", "R58", "SN-"]) + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))


def web_push(rng: R) -> str:
    return "https://fcm.googleapis.com/fcm/send/" + token(rng, 22) + ":" + token(rng, 120)


def ipv4(rng: R, private: bool = False) -> str:
    if private:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    return f"{rng.choice([31, 46, 77, 85, 91, 103, 118, 151, 177, 186, 197, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: R) -> str:
    return "2a02:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(3)) + "::" + f"{rng.randrange(65536):x}"


def ip_any(rng: R) -> str:
    r = rng.random()
    return ipv6(rng) if r < 0.2 else ipv4(rng, private=r > 0.8)


# --- secrets ---

ALNUM = string.ascii_letters + string.digits


def token(rng: R, n: int) -> str:
    return "".join(rng.choice(ALNUM + "-_") for _ in range(n))


def b64(rng: R, n: int) -> str:
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def secret(rng: R, kind: str | None = None) -> str:
    kind = kind or rng.choice(["bcrypt", "argon", "sha256crypt", "django", "api", "jwt", "github", "stripe", "slack", "aws", "plain"])
    if kind == "bcrypt":
        return "$2b$12$" + "".join(rng.choice(string.ascii_letters + string.digits + "./") for _ in range(53))
    if kind == "argon":
        return f"$argon2id$v=19$m=65536,t=3,p=4${b64(rng, 16).rstrip('=')}${b64(rng, 32).rstrip('=')}"
    if kind == "sha256crypt":
        return "$5$rounds=535000$" + token(rng, 16).replace("-", ".") + "$" + token(rng, 43).replace("-", "/")
    if kind == "django":
        return f"pbkdf2_sha256$870000${token(rng, 22)}${b64(rng, 32)}"
    if kind == "api":
        return rng.choice(["sk-proj-", "AIza", "xkeysib-", "SG.", "key-"]) + token(rng, 39)
    if kind == "jwt":
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = base64.urlsafe_b64encode(f'{{"sub":"{rng.randint(1000, 99999)}","iat":{1767225600 + rng.randint(0, 9 ** 6)}}}'.encode()).decode().rstrip("=")
        return f"{head}.{body}.{token(rng, 43)}"
    if kind == "github":
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    if kind == "stripe":
        return "sk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if kind == "slack":
        return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{''.join(rng.choice(ALNUM) for _ in range(24))}"
    if kind == "aws":
        return "".join(rng.choice(ALNUM + "/+") for _ in range(40))
    # a password as people choose them
    return rng.choice(["Summer", "Istanbul", "Qwerty", "Pa$$w0rd", "Dragon", "Moskva", "Jakarta", "Mariposa", "Sonne", "Bintang"]) \
        + rng.choice(["!", "#", "", "_", "@"]) + str(rng.randint(1, 2025))


def sha256(rng: R) -> str:
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()


def uuid(rng: R) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def oid(rng: R) -> str:
    return "%024x" % ((rng.randint(0x64000000, 0x69000000) << 64) | rng.getrandbits(64))


# --- embeddings ---

def unit_vector(rng: R, n: int) -> list[float]:
    v = [rng.gauss(0, 1) for _ in range(n)]
    s = sum(x * x for x in v) ** 0.5
    return [round(x / s, 6) for x in v]


def packed(v: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode()


# --- phones ---

PHONE_REGION = {"zh": "CN", "ru": "RU", "kk": "KZ", "uk": "UA", "tr": "TR", "ar": "SA", "fa": "IR", "hi": "IN", "id": "ID",
                "ms": "MY", "vi": "VN", "es": "ES", "pt": "BR", "fr": "FR", "de": "DE", "it": "IT", "nl": "NL", "pl": "PL",
                "ja": "JP", "ko": "KR", "en": "US"}


def phone(rng: R, lang: str) -> str:
    """A valid mobile number of the language's country, in one of several notations."""
    region = PHONE_REGION.get(lang, "US")
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert ex is not None
    nat = str(ex.national_number)
    for _ in range(200):
        cand = nat[:3] + digits(rng, len(nat) - 3)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            break
    else:
        num = ex
    r = rng.random()
    if r < 0.3:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if r < 0.5:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if r < 0.7:
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if r < 0.8:
        return f"{num.country_code}{num.national_number}"
    if r < 0.9:
        return "tel:" + phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.RFC3966)[4:]
    return f"00{num.country_code} {num.national_number}"
