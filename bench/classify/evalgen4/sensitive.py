"""Makers of network, device, financial, special-category, biometric and credential values."""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import math
import struct
import uuid

import ids
import vocab
from ejson import Bin
from langs import Ctx

B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rand_str(ctx: Ctx, alphabet: str, n: int) -> str:
    return "".join(ctx.rng.choice(alphabet) for _ in range(n))


def ruuid(ctx: Ctx) -> str:
    return str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4))


# -- network -----------------------------------------------------------------------------------------
def ipv4(ctx: Ctx, opt: int) -> str:
    r = ctx.rng
    kind = opt % 3
    if kind == 0:
        return f"{r.choice((10, 172, 192))}.{r.randint(0, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return str(ipaddress.IPv4Address(r.randint(0x0B000000, 0xDFFFFFFF)))


def ipv6(ctx: Ctx, opt: int) -> str:
    v = ipaddress.IPv6Address((0x2001 << 112) | ctx.rng.getrandbits(100))
    return v.compressed if opt % 2 else v.exploded


def ip_any(ctx: Ctx, opt: int) -> str:
    return ipv6(ctx, opt) if ctx.rng.random() < 0.3 else ipv4(ctx, opt + 1)


def ip_chain(ctx: Ctx, opt: int) -> str:
    return ", ".join(ipv4(ctx, opt + 1) for _ in range(ctx.rng.randint(1, 3)))


# -- devices -----------------------------------------------------------------------------------------
def imei(ctx: Ctx, opt: int) -> object:
    v = ids.imei_number(ctx.rng)
    return int(v) if opt % 4 == 1 else v


def mac(ctx: Ctx, opt: int) -> str:
    b = [ctx.rng.randint(0, 255) for _ in range(6)]
    sep = (":", "-", "", ".")[opt % 4]
    h = [f"{x:02x}" for x in b]
    if opt % 4 == 1:
        h = [x.upper() for x in h]
    if sep == ".":
        s = "".join(h)
        return ".".join((s[0:4], s[4:8], s[8:12]))
    return sep.join(h)


def ad_id(ctx: Ctx, opt: int) -> str:
    v = ruuid(ctx)
    return v.upper() if opt % 2 else v


def android_id(ctx: Ctx, opt: int) -> str:
    return rand_str(ctx, HEX, 16)


def device_serial(ctx: Ctx, opt: int) -> str:
    forms = ("F2LX{0}{1}Q1GH", "R58N{0}{1}K", "SN-{0}-{1}", "C02{0}{1}MD6M")
    return ctx.rng.choice(forms).format(rand_str(ctx, "0123456789ABCDEFGHJKLMNPQRSTVWXYZ", 4),
                                        rand_str(ctx, "0123456789", 3))


def push_token(ctx: Ctx, opt: int) -> str:
    if opt % 2:
        return rand_str(ctx, HEX, 64)  # APNs device token
    return rand_str(ctx, ALNUM + "-_", 22) + ":APA91b" + rand_str(ctx, ALNUM + "-_", 134)  # FCM registration


# -- finance -----------------------------------------------------------------------------------------
def card(ctx: Ctx, opt: int) -> object:
    v = ids.card_number(ctx.rng)
    style = opt % 4
    if style == 1:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == 2:
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == 3 and len(v) == 16:
        return int(v)
    return v


def iban(ctx: Ctx, opt: int) -> str:
    v = ids.iban_number(ctx.rng, ctx.rng.choice(ctx.lang.iban))
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if opt % 3 == 1 else v


# -- special categories --------------------------------------------------------------------------------
def pick(ctx: Ctx, table: dict[str, tuple[str, ...]]) -> str:
    return ctx.rng.choice(table.get(ctx.base, table["en"]))


def ethnicity(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.ETHNICITY)


def ethnicity_code(ctx: Ctx, opt: int) -> object:
    if opt % 2:
        return ctx.rng.randint(1, 7)
    return ctx.rng.choice(vocab.ETHNICITY_CODES)


def checkbox(ctx: Ctx, opt: int) -> object:
    v = int(ctx.rng.random() < 0.25)
    return str(v) if opt % 2 else v


def religion(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.RELIGION)


def religion_code(ctx: Ctx, opt: int) -> object:
    return ctx.rng.choice(vocab.RELIGION_CODES) if opt % 2 else ctx.rng.randint(1, 8)


def diagnosis(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.DIAGNOSIS)


def icd10(ctx: Ctx, opt: int) -> object:
    codes = ctx.rng.sample(vocab.ICD10, ctx.rng.randint(1, 3))
    return codes if opt % 3 == 1 else codes[0]


def medication(ctx: Ctx, opt: int) -> object:
    meds = ctx.rng.sample(vocab.MEDICATION, ctx.rng.randint(1, 3))
    return meds if opt % 2 else "; ".join(meds)


def allergy(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.ALLERGY)


def blood_type(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.BLOOD_TYPES)


def smoker(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.SMOKER)


def disability(ctx: Ctx, opt: int) -> str:
    return pick(ctx, vocab.DISABILITY)


def vaccine(ctx: Ctx, opt: int) -> str:
    return ctx.rng.choice(vocab.VACCINE)


def bmi(ctx: Ctx, opt: int) -> object:
    v = round(ctx.rng.uniform(17.0, 39.0), 1)
    return str(v) if opt % 3 == 0 else v


def blood_pressure(ctx: Ctx, opt: int) -> str:
    s = ctx.rng.randint(95, 175)
    return f"{s}/{ctx.rng.randint(55, min(110, s - 20))}" + (" mmHg" if opt % 2 else "")


def glucose(ctx: Ctx, opt: int) -> object:
    v = round(ctx.rng.uniform(3.8, 14.5), 1)
    return f"{v} mmol/L" if opt % 3 == 0 else v


def hba1c(ctx: Ctx, opt: int) -> float:
    return round(ctx.rng.uniform(4.6, 11.2), 1)


def hiv_status(ctx: Ctx, opt: int) -> object:
    return ctx.rng.choice(("positive", "negative", "negative", "negative")) if opt % 2 else ctx.rng.random() < 0.1


def pregnant(ctx: Ctx, opt: int) -> object:
    return ctx.rng.random() < 0.2 if opt % 2 else ctx.rng.choice(("Y", "N", "N", "N"))


# -- face templates --------------------------------------------------------------------------------------
def unit_vector(ctx: Ctx, n: int) -> list[float]:
    v = [ctx.rng.gauss(0.0, 1.0) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 6) for x in v]


def face_vector(ctx: Ctx, opt: int) -> object:
    n = (128, 512, 128, 256)[opt % 4]
    v = unit_vector(ctx, n)
    return json.dumps(v) if opt % 5 == 4 else v


def face_binary(ctx: Ctx, opt: int) -> Bin:
    return Bin(struct.pack(f"<{128}f", *unit_vector(ctx, 128)))


# -- secrets -------------------------------------------------------------------------------------------
PASSWORD_WORDS = ("sunshine", "dragon", "Qwerty", "monkey", "password", "letmein", "Parol", "mima", "sifre", "Passwort")


def password(ctx: Ctx, opt: int) -> str:
    r = ctx.rng
    if opt % 2:
        return rand_str(ctx, ALNUM + "!@#$%", r.randint(10, 16))
    return r.choice(PASSWORD_WORDS) + str(r.randint(1, 2024)) + r.choice(("", "!", "#", "$"))


def password_hash(ctx: Ctx, opt: int) -> str:
    style = opt % 4
    salt = rand_str(ctx, ALNUM, 16)
    digest = hashlib.sha256((salt + str(ctx.rng.random())).encode()).digest()
    if style == 0:
        return "$2b$12$" + rand_str(ctx, ALNUM + "./", 53)
    if style == 1:
        return "pbkdf2_sha256$600000$" + salt + "$" + base64.b64encode(digest).decode()
    if style == 2:
        return "$argon2id$v=19$m=65536,t=3,p=4$" + base64.b64encode(salt.encode()).decode().rstrip("=") + "$" + \
            base64.b64encode(digest).decode().rstrip("=")
    return digest.hex()


def api_key(ctx: Ctx, opt: int) -> str:
    prefixes = ("sk_live_", "pk_test_", "AKIA", "ghp_", "xoxb-", "AIza", "key-", "")
    p = prefixes[opt % len(prefixes)]
    n = 16 if p == "AKIA" else 36
    body = rand_str(ctx, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if p == "AKIA" else ALNUM, n)
    return p + body


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(ctx: Ctx, opt: int) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = b64url(json.dumps({"sub": str(ctx.rng.randint(1000, 99999)), "iat": 1733000000 + ctx.rng.randint(0, 10**6),
                              "scope": "read write"}).encode())
    token = f"{head}.{body}.{rand_str(ctx, B64URL, 43)}"
    return "Bearer " + token if opt % 4 == 1 else token


def opaque_token(ctx: Ctx, opt: int) -> str:
    return (rand_str(ctx, HEX, 40), rand_str(ctx, B64URL, 64), "rt_" + rand_str(ctx, ALNUM, 48))[opt % 3]


def totp_secret(ctx: Ctx, opt: int) -> str:
    return rand_str(ctx, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
