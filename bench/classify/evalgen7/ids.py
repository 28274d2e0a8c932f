# ruff: noqa: E501 -- data tables: one template, word list or format per line
"""evalgen7's own makers for identifiers with check digits (national ids, IBANs, cards, IMEIs, …).

Every maker takes a ``random.Random`` and returns a string; none calls anything that depends on today.
"""

from __future__ import annotations

import base64
import random
import re
import string
from datetime import date

DIG = string.digits
UP = string.ascii_uppercase


def digits(r: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(r.choice(DIG) for _ in range(n))
    if first_nonzero and s and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def luhn(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


# ---------------------------------------------------------------- national ids (country code -> maker)

def cn_id(r: random.Random, dob: date, female: bool) -> str:
    region = r.choice(["110105", "310115", "440306", "510104", "330102", "420111", "650104", "370202", "500103"])
    seq = f"{r.randrange(0, 100):02d}{r.choice('02468' if female else '13579')}"
    body = region + dob.strftime("%Y%m%d") + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11]


def tr_tckn(r: random.Random) -> str:
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def ir_melli(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if len(set(d)) > 2:
            break
    s = sum(x * (10 - i) for i, x in enumerate(d)) % 11
    return "".join(map(str, d)) + str(s if s < 2 else 11 - s)


def ru_inn(r: random.Random) -> str:
    d = [int(c) for c in r.choice(["77", "78", "50", "16", "66", "54", "02"]) + digits(r, 8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1, strict=True)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2, strict=True)) % 11 % 10)
    return "".join(map(str, d))


def ru_snils(r: random.Random) -> str:
    d = digits(r, 9, True)
    s = sum(int(c) * (9 - i) for i, c in enumerate(d))
    c = s if s < 100 else 0 if s in (100, 101) else s % 101
    c = 0 if c == 100 else c
    return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def ru_passport(r: random.Random) -> str:
    return r.choice(["{} {} {}", "{}{}{}", "{} {} №{}"]).format(digits(r, 2, True), digits(r, 2), digits(r, 6))


def kz_iin(r: random.Random, dob: date, female: bool) -> str:
    cent = (3 if dob.year < 2000 else 5) + (1 if female else 0)
    while True:
        body = dob.strftime("%y%m%d") + str(cent) + digits(r, 4)
        d = [int(c) for c in body]
        c = sum(x * (i + 1) for i, x in enumerate(d)) % 11
        if c == 10:
            w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            c = sum(x * y for x, y in zip(d, w, strict=True)) % 11
        if c != 10:
            return body + str(c)


def ua_rnokpp(r: random.Random, dob: date, female: bool) -> str:
    days = (dob - date(1899, 12, 31)).days
    body = f"{days:05d}" + digits(r, 3) + r.choice("02468" if female else "13579")
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11 % 10)


def sa_id(r: random.Random, resident: bool = False) -> str:
    body = ("2" if resident else "1") + digits(r, 8)
    return body + luhn(body)


def eg_id(r: random.Random, dob: date, female: bool) -> str:
    return (("2" if dob.year < 2000 else "3") + dob.strftime("%y%m%d") + r.choice(["01", "02", "21", "12", "88"])
            + digits(r, 3) + r.choice("02468" if female else "13579") + digits(r, 1))


def ae_eid(r: random.Random, dob: date) -> str:
    body = "784" + str(dob.year) + digits(r, 7)
    c = luhn(body)
    return f"784-{dob.year}-{body[7:]}-{c}"


def in_aadhaar(r: random.Random) -> str:
    body = r.choice("23456789") + digits(r, 10)
    s = body + verhoeff(body)
    return r.choice([s, f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}-{s[4:8]}-{s[8:]}"])


def in_pan(r: random.Random) -> str:
    return "".join(r.choice(UP) for _ in range(3)) + "P" + r.choice(UP) + digits(r, 4) + r.choice(UP)


def id_nik(r: random.Random, dob: date, female: bool) -> str:
    region = r.choice(["317101", "327301", "357801", "517102", "127101", "337404", "647201"])
    return region + f"{dob.day + (40 if female else 0):02d}{dob:%m%y}" + f"{r.randint(1, 9999):04d}"


def my_mykad(r: random.Random, dob: date, female: bool) -> str:
    body = f"{dob:%y%m%d}-{r.choice(['01', '10', '14', '07', '08', '12', '13'])}-{digits(r, 3)}{r.choice('02468' if female else '13579')}"
    return body if r.random() < 0.7 else body.replace("-", "")


def vn_cccd(r: random.Random, dob: date, female: bool) -> str:
    g = (0 if dob.year < 2000 else 2) + (1 if female else 0)
    return r.choice(["001", "079", "048", "031", "092", "038"]) + str(g) + dob.strftime("%y") + digits(r, 6)


def es_dni(r: random.Random) -> str:
    n = r.randint(1_000_000, 79_999_999)
    s = f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    return s if r.random() < 0.8 else f"{s[:8]}-{s[8]}"


def es_nie(r: random.Random) -> str:
    p = r.randint(0, 2)
    n = r.randint(0, 9_999_999)
    return "XYZ"[p] + f"{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{p}{n:07d}") % 23]


def mx_curp(r: random.Random, first: str, last: str, dob: date, female: bool) -> str:
    import unicodedata

    def asc(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if c in UP) or "X"

    la, fi = asc(last), asc(first)
    vow = next((c for c in la[1:] if c in "AEIOU"), "X")
    head = la[0] + vow + r.choice(UP) + fi[0]
    cons = "".join(next((c for c in w[1:] if c not in "AEIOU"), "X") for w in (la, asc(r.choice(["Lopez", "Ruiz", "Diaz"])), fi))
    return (head + dob.strftime("%y%m%d") + ("M" if female else "H") + r.choice(["DF", "JC", "NL", "PL", "VZ", "MC"])
            + cons + r.choice("0123456789" if dob.year < 2000 else "ABCD") + digits(r, 1))


def br_cpf(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        d.append((s * 10) % 11 % 10)
    s = "".join(map(str, d))
    return r.choice([f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s, f"{s[:9]}-{s[9:]}"])


def pt_nif(r: random.Random) -> str:
    d = [r.randint(1, 3)] + [r.randint(0, 9) for _ in range(7)]
    c = 11 - sum(x * (9 - i) for i, x in enumerate(d)) % 11
    return "".join(map(str, d)) + str(0 if c >= 10 else c)


def fr_nir(r: random.Random, dob: date, female: bool) -> str:
    body = f"{2 if female else 1}{dob:%y%m}{r.choice(['75', '69', '13', '33', '59', '2A', '99'])}{digits(r, 3)}{digits(r, 3)}"
    num = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - num % 97
    s = f"{body}{key:02d}"
    return s if r.random() < 0.5 else f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"


def be_rrn(r: random.Random, dob: date, female: bool) -> str:
    seq = r.randrange(2 if female else 1, 998, 2)
    body = f"{dob:%y%m%d}{seq:03d}"
    n = int(("2" if dob.year >= 2000 else "") + body)
    s = f"{body}{97 - n % 97:02d}"
    return r.choice([s, f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])


def de_steuerid(r: random.Random) -> str:
    pool = r.sample(range(10), 9)
    pool.append(pool[r.randrange(9)])
    r.shuffle(pool)
    if pool[0] == 0:
        i = next(i for i, x in enumerate(pool) if x)
        pool[0], pool[i] = pool[i], pool[0]
    product = 10
    for d in pool:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    c = 11 - product
    s = "".join(map(str, pool)) + str(0 if c == 10 else c)
    return s if r.random() < 0.7 else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def de_ausweis(r: random.Random) -> str:
    return "".join(r.choice("CFGHJKLMNPRTVWXYZ") for _ in range(1)) + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))


def at_svnr(r: random.Random, dob: date) -> str:
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        body = digits(r, 3, True) + "0" + dob.strftime("%d%m%y")
        c = sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11
        if c < 10:
            s = body[:3] + str(c) + body[4:]
            return s if r.random() < 0.6 else f"{s[:4]} {s[4:]}"


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cf(r: random.Random, first: str, last: str, dob: date, female: bool) -> str:
    import unicodedata

    def asc(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if c in UP)

    def part(s: str, name: bool) -> str:
        s = asc(s)
        cons = [c for c in s if c not in "AEIOU"]
        vows = [c for c in s if c in "AEIOU"]
        if name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]

    body = (part(last, False) + part(first, True) + dob.strftime("%y") + "ABCDEHLMPRST"[dob.month - 1]
            + f"{dob.day + (40 if female else 0):02d}" + r.choice("ABCDEFGHLM") + digits(r, 3))
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return body + chr(65 + tot % 26)


def nl_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        c = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if c < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(c)


def pl_pesel(r: random.Random, dob: date, female: bool) -> str:
    m = dob.month + (20 if dob.year >= 2000 else 0)
    body = f"{dob:%y}{m:02d}{dob:%d}" + digits(r, 3) + r.choice("02468" if female else "13579")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 10) % 10)


def pl_dowod(r: random.Random) -> str:
    letters = "".join(r.choice(UP) for _ in range(3))
    nums = digits(r, 5)
    vals = [ord(c) - 55 for c in letters] + [0] + [int(c) for c in nums]
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    c = sum(a * b for a, b in zip(vals, w, strict=True)) % 10
    return letters + str(c) + nums


def jp_mynumber(r: random.Random) -> str:
    d = digits(r, 11)
    s = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    rem = s % 11
    s2 = d + str(0 if rem <= 1 else 11 - rem)
    return s2 if r.random() < 0.6 else f"{s2[:4]} {s2[4:8]} {s2[8:]}"


def kr_rrn(r: random.Random, dob: date, female: bool) -> str:
    g = (1 if dob.year < 2000 else 3) + (1 if female else 0)
    body = dob.strftime("%y%m%d") + str(g) + digits(r, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def us_ssn(r: random.Random) -> str:
    area = r.choice([x for x in range(1, 900) if x != 666])
    s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if r.random() < 0.8 else s.replace("-", "")


def gb_nino(r: random.Random) -> str:
    ok = "ABCEGHJKLMNPRSTWXYZ"
    s = r.choice(ok) + r.choice(ok.replace("O", "")) + digits(r, 6) + r.choice("ABCD")
    return s if r.random() < 0.5 else f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"


def au_tfn(r: random.Random) -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] and sum(a * b for a, b in zip(d, w, strict=True)) % 11 == 0:
            s = "".join(map(str, d))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def co_cedula(r: random.Random) -> str:
    n = r.randint(1_000_000_000, 1_099_999_999) if r.random() < 0.5 else r.randint(10_000_000, 99_999_999)
    return f"{n:,}".replace(",", ".") if r.random() < 0.4 else str(n)


def ar_dni(r: random.Random) -> str:
    n = r.randint(20_000_000, 45_999_999)
    return f"{n:,}".replace(",", ".") if r.random() < 0.5 else str(n)


def ng_nin(r: random.Random) -> str:
    return digits(r, 11, True)


def passport(r: random.Random, cc: str) -> str:
    pat = {"US": "9n", "CN": "E8n", "RU": "2n 7n", "IN": "1A7n", "DE": "C8x", "FR": "2n2A5n", "GB": "9n",
           "JP": "TK7n", "KR": "M8n", "TR": "U8n", "SA": "1A7n", "IR": "K8n", "ID": "C7n", "VN": "C7n",
           "BR": "FZ6n", "ES": "PA3A3n", "IT": "YA7n", "NL": "NX9x", "PL": "E2A7n", "UA": "FX6n", "KZ": "N8n",
           "MX": "G8n", "AE": "8n"}.get(cc, "2A7n")
    out = ""
    for n, kind, lit in re.findall(r"(\d+)([nAx])|(.)", pat):
        if lit:
            out += lit
        elif kind == "n":
            out += digits(r, int(n))
        elif kind == "A":
            out += "".join(r.choice(UP) for _ in range(int(n)))
        else:
            out += "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(int(n)))
    return out


def driving_licence(r: random.Random, cc: str, last: str, dob: date) -> str:
    if cc == "US":
        return r.choice(UP) + digits(r, r.choice([7, 8, 12]))
    if cc == "GB":
        import unicodedata

        sur = "".join(c for c in unicodedata.normalize("NFKD", last.upper()) if c in UP)[:5].ljust(5, "9")
        return f"{sur}{str(dob.year)[2]}{dob.month:02d}{dob.day:02d}{dob.year % 10}{r.choice(UP)}{r.choice(UP)}9{r.choice(UP)}{r.choice(UP)}"
    if cc in ("RU", "KZ", "UA"):
        return f"{digits(r, 2)} {digits(r, 2)} {digits(r, 6)}"
    if cc == "KR":
        return f"{r.randint(11, 28)}-{digits(r, 2)}-{digits(r, 6)}-{digits(r, 2)}"
    if cc == "JP":
        return digits(r, 12)
    if cc == "PL":
        return f"{digits(r, 5)}/{digits(r, 2)}/{digits(r, 4)}"
    return "".join(r.choice(UP) for _ in range(2)) + digits(r, 7)


def nid(r: random.Random, cc: str, first: str, last: str, dob: date, female: bool) -> str:
    """The country's national id / social security number of one person."""
    m = {
        "CN": lambda: cn_id(r, dob, female), "TW": lambda: r.choice(UP) + ("2" if female else "1") + digits(r, 8),
        "TR": lambda: tr_tckn(r), "IR": lambda: ir_melli(r), "RU": lambda: ru_snils(r),
        "KZ": lambda: kz_iin(r, dob, female), "UA": lambda: ua_rnokpp(r, dob, female), "SA": lambda: sa_id(r, r.random() < 0.3),
        "EG": lambda: eg_id(r, dob, female), "AE": lambda: ae_eid(r, dob), "IN": lambda: in_aadhaar(r),
        "ID": lambda: id_nik(r, dob, female), "MY": lambda: my_mykad(r, dob, female), "VN": lambda: vn_cccd(r, dob, female),
        "ES": lambda: es_dni(r) if r.random() < 0.85 else es_nie(r), "MX": lambda: mx_curp(r, first, last, dob, female),
        "AR": lambda: ar_dni(r), "CO": lambda: co_cedula(r), "BR": lambda: br_cpf(r), "PT": lambda: pt_nif(r),
        "FR": lambda: fr_nir(r, dob, female), "BE": lambda: be_rrn(r, dob, female), "DE": lambda: de_steuerid(r),
        "AT": lambda: at_svnr(r, dob), "IT": lambda: it_cf(r, first, last, dob, female), "NL": lambda: nl_bsn(r),
        "PL": lambda: pl_pesel(r, dob, female), "JP": lambda: jp_mynumber(r), "KR": lambda: kr_rrn(r, dob, female),
        "US": lambda: us_ssn(r), "GB": lambda: gb_nino(r), "AU": lambda: au_tfn(r), "NG": lambda: ng_nin(r),
    }
    return m.get(cc, lambda: digits(r, 10, True))()


def taxid(r: random.Random, cc: str, first: str, last: str, dob: date, female: bool) -> str:
    """A personal tax number where it differs from the national id."""
    m = {"RU": lambda: ru_inn(r), "IN": lambda: in_pan(r), "ES": lambda: es_dni(r), "MX": lambda: mx_curp(r, first, last, dob, female)[:10] + "".join(r.choice(UP + DIG) for _ in range(3)),
         "FR": lambda: r.choice("0123") + digits(r, 12), "DE": lambda: de_steuerid(r), "PT": lambda: pt_nif(r),
         "UA": lambda: ua_rnokpp(r, dob, female), "PL": lambda: pl_pesel(r, dob, female)}
    return m.get(cc, lambda: nid(r, cc, first, last, dob, female))()


# ---------------------------------------------------------------- bank accounts and cards

_BBAN = {"DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1A10n12c", "NL": "4A10n", "PL": "24n", "PT": "21n",
         "BE": "12n", "AT": "16n", "TR": "6n16c", "SA": "2n18c", "AE": "19n", "UA": "6n19c", "KZ": "3n13c",
         "GB": "4A14n", "BR": "23n1A1c", "EG": "25n", "IR": "22n", "CH": "17n", "SE": "20n", "IE": "4A14n"}
_BANKS = {"NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO"], "GB": ["BARC", "HBUK", "NWBK", "LOYD", "MONZ"],
          "IE": ["AIBK", "BOFI"]}


def iban(r: random.Random, cc: str, spaced: bool = False) -> str:
    cc = cc if cc in _BBAN else r.choice(["DE", "FR", "NL", "ES"])
    fmt = _BBAN[cc]
    bban = ""
    num = ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        if ch == "n" or ch == "c":
            bban += digits(r, n)
        elif cc in _BANKS and n == 4:
            bban += r.choice(_BANKS[cc])
        else:
            bban += "".join(r.choice(UP) for _ in range(n))
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(conv) % 97
    s = f"{cc}{check:02d}{bban}"
    if spaced:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bank_account(r: random.Random, cc: str) -> str:
    """A personal account number of a country without IBANs."""
    if cc == "RU" or cc == "KZ":
        return "40817810" + digits(r, 12)
    if cc == "MX":
        return digits(r, 17) + digits(r, 1)
    if cc == "JP":
        return f"{digits(r, 3)}-{r.choice(['普通', '当座'])}-{digits(r, 7)}"
    if cc == "VN":
        return digits(r, r.choice([10, 12, 13, 14]), True)
    if cc == "ID":
        return r.choice([digits(r, 10, True), f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 5)}-{digits(r, 1)}"])
    if cc == "NG":
        return digits(r, 10)
    if cc == "IN":
        return digits(r, r.choice([11, 12, 14, 16]), True)
    if cc == "KR":
        return f"{digits(r, 3)}-{digits(r, 6)}-{digits(r, 5)}"
    if cc == "CN":
        return "62" + digits(r, 17)
    return digits(r, r.choice([8, 10, 12]), True)


_CARDS = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
          ("62", 16), ("62", 19), ("35", 16), ("2200", 16), ("2202", 16), ("9792", 16), ("5067", 16)]


def card(r: random.Random, style: str = "plain") -> str:
    pre, n = r.choice(_CARDS)
    body = pre + digits(r, n - 1 - len(pre))
    s = body + luhn(body)
    if style == "space":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if n != 15 else f"{s[:4]} {s[4:10]} {s[10:]}"
    if style == "dash":
        return "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


_TAC = ["35332510", "35891110", "86012304", "35420511", "35693803", "86769104", "35260811", "49015420", "35875009"]


def imei(r: random.Random, style: str = "plain") -> str:
    body = r.choice(_TAC) + digits(r, 6)
    s = body + luhn(body)
    if style == "dash":
        return f"{s[:2]}-{s[2:8]}-{s[8:14]}-{s[14]}"
    if style == "slash":
        return f"{s[:8]}/{s[8:14]}/{s[14]}"
    return s


def mac(r: random.Random, style: str = "colon") -> str:
    b = [r.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    h = [f"{x:02x}" for x in b]
    if style == "dash":
        return "-".join(h).upper()
    if style == "dot":
        s = "".join(h)
        return f"{s[:4]}.{s[4:8]}.{s[8:]}"
    if style == "upper":
        return ":".join(h).upper()
    return ":".join(h)


def b32(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def urlsafe(r: random.Random, n: int) -> str:
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(n))).decode().rstrip("=")


def hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))
