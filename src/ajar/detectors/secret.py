"""Credentials (``credential.secret``): passwords, password hashes, API keys, session tokens.

Detected:

* password hashes by format: bcrypt (``$2b$``), argon2, scrypt, crypt ``$1$``/``$5$``/``$6$``,
  Django/werkzeug ``pbkdf2_sha256$``/``pbkdf2:sha256:``, ``{SSHA}`` LDAP;
* API keys with known prefixes: AWS ``AKIA``/``ASIA``, GitHub ``ghp_``/``gho_``/``github_pat_``,
  GitLab ``glpat-``, Slack ``xox[abpr]-``, Stripe ``sk_live_``/``rk_live_``, Google ``AIza``,
  OpenAI-style ``sk-``, private-key PEM headers;
* JSON Web Tokens (three base64url parts, the first decoding to a JSON header);
* TOTP/HOTP seeds (``otpauth://`` URIs; base32 in groups of four, medium), database password hashes (PostgreSQL
  ``md5``/``SCRAM-SHA-256$``, MySQL ``*`` + 40 hex), passwords in a connection URI or after their key
  (``postgres://app:pw@db``, ``password=...``);
* opaque tokens (hex of 32+ characters, base64/url-safe strings of 20+ characters with mixed
  classes): these are also digests and ids, so they are weak and need the field's name
  (``token``, ``session``, ``secret``, ``api_key``...), as does a plaintext ``password``.

Validated: format; nothing is ever tried against a service.

>>> SecretDetector().detect("$2b$12$" + "a" * 53) is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_HASHES = re.compile(
    r"\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}|\$argon2(?:id|i|d)\$[^\s]{20,}|\$scrypt\$[^\s]{20,}|"
    r"\$[156]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}|"
    r"pbkdf2_sha(?:1|256|512)\$\d+\$[^\s$]+\$[^\s$]+|pbkdf2:sha(?:1|256|512):\d+\$[^\s$]+\$[0-9a-f]+|"
    r"\{(?:SSHA|SHA|SSHA256|SSHA512|CRYPT)\}[A-Za-z0-9+/=.$]{8,}|sha(?:1|256)\$[^\s$]*\$[0-9a-f]{40,64}"
)
# (Azure: ``{40}.*``, not ``{40,}.*``: the same strings under fullmatch, as ``.`` takes every key character,
# but the two overlapping runs backtracked quadratically on a long key followed by a line break: 0.23 s at 8 KB)
_KEYS = re.compile(
    r"(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{50,}|glpat-[A-Za-z0-9_\-]{20}|"
    r"xox[abprs]-[A-Za-z0-9\-]{10,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_\-]{35}|"
    r"sk-(?:proj-)?[A-Za-z0-9_\-]{32,}|SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}|npm_[A-Za-z0-9]{36}|"
    r"hf_[A-Za-z0-9]{34}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|dop_v1_[a-f0-9]{64}|pypi-AgEI[A-Za-z0-9_\-]{50,}|"
    r"ya29\.[A-Za-z0-9_\-]{20,}|\d{8,10}:AA[A-Za-z0-9_\-]{33}|"
    r"DefaultEndpointsProtocol=https?;AccountName=[^;]+;AccountKey=[A-Za-z0-9+/=]{40}.*|"
    r"https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/\-]{20,}|"
    r"https://(?:discord|discordapp)\.com/api/webhooks/\d{6,}/[A-Za-z0-9_\-]{20,}|"
    r"-----BEGIN (?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----[\s\S]*"
)
# stored database passwords: PostgreSQL's pg_authid (md5 + 32 hex; SCRAM-SHA-256$iterations:salt$stored:server),
# MySQL's mysql_native_password (* + 40 upper-case hex)
_DB_HASHES = re.compile(
    r"md5[0-9a-f]{32}|SCRAM-SHA-256\$\d{1,7}:[A-Za-z0-9+/=]{8,}\$[A-Za-z0-9+/=]{20,}:[A-Za-z0-9+/=]{20,}|\*[0-9A-F]{40}"
)
# a TOTP/HOTP seed: an otpauth:// URI with its secret, or base32 in groups of four as authenticator apps show it
_OTPAUTH = re.compile(r"otpauth://[th]otp/[^\s?]*\?(?:[^\s#]*&)?secret=[A-Za-z2-7]{16,}=*(?:&[^\s#]*)?", re.IGNORECASE)
_B32_GROUPS = re.compile(r"(?:[a-z2-7]{4} ){3,15}[a-z2-7]{4}|(?:[A-Z2-7]{4} ){3,15}[A-Z2-7]{4}")
# a password in a connection URI (postgres://user:password@host) or after its key (password=..., pwd: ...)
_URI_PASSWORD = re.compile(r"[a-z][a-z0-9+.\-]{1,20}://[^\s:/@]{1,256}:[^\s@/]{1,256}@[^\s@]+", re.IGNORECASE)
_KEY_PASSWORD = re.compile(
    r"(?:password|passwd|pwd|passphrase|secret|api_?key)\s*[=:]\s*(\S{4,256})", re.IGNORECASE
)
# what stands after such a key and is no password: a mask (********, xxxx), a mask or a template's placeholder in
# brackets or braces ([REDACTED], <hidden>, (masked), ${API_KEY}), a flag or an empty value, YOUR_API_KEY, a path (a
# shell's pwd)
_NO_PASSWORD = re.compile(
    r"[*•●xX]+|[\[<({].*[\]>)}]|\$\{.*\}|null|none|nil|true|false|empty|redacted|hidden|masked|filtered|your[_\-]\w+|/\S*/\S*",
    re.IGNORECASE,
)
_JWT = re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{0,}")
_HEX = re.compile(r"[0-9a-fA-F]{32,128}")
# an HTTP Authorization value: a scheme and its credentials
_AUTH = re.compile(r"(Bearer|Basic|Token|Digest|Bot|ApiKey|Api-Key|OAuth)\s+(\S{8,4096})", re.IGNORECASE)
_B64ISH = re.compile(r"[A-Za-z0-9+/_\-.~]+={0,2}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_OPAQUE = re.compile(r"[A-Za-z0-9_\-+/=.:]{20,512}")


# credential field names in many languages: passwords, card security codes, keys, one-time codes
_MORE_NAMES = (
    "security_code", "securitycode", "card_security_code", "cvv", "cvc", "cvv2", "cvc2", "verification_code",
    "verify_code", "confirmation_code", "auth_code", "otp_code", "encryption_key", "encryptionkey", "secret_key",
    "secretkey", "signing_key", "access_key", "accesskey", "api_secret", "app_secret", "local_key", "localkey",
    "master_key", "user_password", "userpassword", "login_password", "loginpwd", "hashed_password",
    "contrasena", "contrasenia", "clave_acceso", "haslo", "hasło", "şifre", "sifre", "wachtwoord",
    "kennwort", "salasana", "heslo", "lozinka", "jelszo", "jelszó", "parolă", "kata_sandi", "katasandi",
    "sandi", "mat_khau", "mật_khẩu", "motdepasse", "mot_passe", "senha_hash", "passwd_hash",
    "пароля", "құпия_сөз", "құпиясөз", "كلمة_السر", "كلمة السر", "رمز_عبور", "رمز عبور", "گذرواژه",
    "پسورد", "पासवर्ड", "パスワード", "暗証番号", "비밀번호", "암호", "验证码", "密碼", "秘钥", "私钥",
)  # fmt: skip


class SecretDetector(Detector):
    """A password hash, API key, JWT, or (with a credential field name) a token or password."""

    id = "secret"
    category = Category.SECRET
    description = "Credentials: password hashes, API keys, JWTs; tokens and passwords with a credential field name."
    name_hints = (
        "password",
        "passwd",
        "pwd",
        "pass",
        "passphrase",
        "pw",
        "secret",
        "secrets",
        "token",
        "tokens",
        "access_token",
        "accesstoken",
        "refresh_token",
        "auth",
        "authorization",
        "bearer",
        "apikey",
        "api_key",
        "key_secret",
        "client_secret",
        "private_key",
        "privatekey",
        "credential",
        "credentials",
        "session",
        "sessionid",
        "session_id",
        "sid",
        "jwt",
        "cookie",
        "password_hash",
        "passwordhash",
        "pwdhash",
        "otp",
        "pin",
        "mm",
        "mima",
        "dlmm",
        "密码",
        "口令",
        "令牌",
        "密钥",
        "пароль",
        "токен",
        "كلمة_المرور",
        "كلمة",
        "رمز",
        "passwort",
        "contraseña",
        "senha",
        "mot_de_passe",
        # found by an outside review (review25b): a TOTP/MFA seed, Portugal's and France's short forms, pinyin
        # 密钥 (``seed`` alone is a random generator's, a database's: left out)
        "totp",
        "totp_seed",
        "otp_seed",
        "mfa_seed",
        "palavra_passe",
        "palavrapasse",
        "mdp",
        "miyao",
        "security_answer",
        # 2FA recovery and backup codes, a verification code in es/pt, a secret key in it, de, tr, ru, id
        "recovery_code",
        "recovery_codes",
        "backup_code",
        "backup_codes",
        "codigo_verificacion",
        "codigo_verificacao",
        "chiave_segreta",
        "geheimer_schluessel",
        "geheimer_schlüssel",
        "gizli_anahtar",
        "секретный_ключ",
        "kunci_rahasia",
        *_MORE_NAMES,
    )
    # also other things: a map's key, a file's hash, Italian ``parola`` (a word), India's postal ``pincode``
    conditional_hints = ("key", "hash", "parola", "pincode")
    strong_hints = (
        "password",
        "passwd",
        "pwd",
        "passcode",
        "passphrase",
        "pin",
        "otp",
        "cvv",
        "cvc",
        "cvv2",
        "cvc2",
        "mima",
        "密码",
        "пароль",
        "passwort",
        "contraseña",
        "senha",
        "mot_de_passe",
    )
    negative_hints = (
        "checksum",
        "digest",
        "md5",
        "sha1",
        "sha256",
        "etag",
        "commit",
        "revision",
        "rev",
        "file",
        "content",
        "image",
        "object",
        "doc",
        "uuid",
        "guid",
        "request",
        "trace",
        "span",
        "order",
        "txn",
        "transaction",
        "version",
        "hint",
        "policy",
        # a password policy in other languages, a secretary (``secretar`` is a prefix of secretary, secretaria,
        # secretariat, secretario) (review25b)
        "politica",
        "política",
        "politique",
        "richtlinie",
        "secretar",
        "secretair",
        # a secret's name and its rotation period, a length, a path, a bucket's size, an issuer (review25b)
        "name",
        "rotation",
        "len",
        "min_len",
        "path",
        "bucket",
        "issuer",
        "expires",
        "expiry",
        "ttl",
        "type",
        "length",
        "count",
        "strength",
        "reset_at",
        "changed",
        "updated",
        "created",
        # what a credential field says besides the credential (``session_date``, ``is_auth``, ``password_label``)
        "date",
        "duration",
        "label",
        "allowance",
        "agent",
        "user_agent",
        "hidden",
        "instrument",
        "is",
        "has",
        "enabled",
        "required",
        "reached",
        "check",
    )
    # an id OF a token is not the token: UUIDs under ``token_id``/``session_id`` are identifiers
    id_kinds = frozenset({"uuid"})
    accepts = frozenset({"str"})

    def detect(self, value: Any) -> Hit | None:
        if not isinstance(value, str) or len(value) > 8192:
            return None
        text = value.strip()
        n = len(text)
        if n < 4:
            return None
        if text[0] in "${" or text[:7] in ("pbkdf2_", "pbkdf2:") or text[:4] in ("sha1", "sha2"):
            if _HASHES.fullmatch(text):
                return Hit(0.95, {"kind": "password_hash"})
        if _KEYS.fullmatch(text):
            return Hit(0.95, {"kind": "api_key"})
        if text[:3] in ("md5", "SCR") or text[0] == "*":
            if _DB_HASHES.fullmatch(text):
                return Hit(0.9, {"kind": "password_hash"})
        if text[:8].lower() == "otpauth:" and _OTPAUTH.fullmatch(text):
            return Hit(0.95, {"kind": "otp_seed"})
        if "://" in text and "@" in text and _URI_PASSWORD.fullmatch(text):
            return Hit(0.8, {"kind": "uri_password"})
        if ("=" in text or ":" in text) and (m := _KEY_PASSWORD.fullmatch(text)) and not _NO_PASSWORD.fullmatch(m[1]):
            return Hit(0.8, {"kind": "key_password"})
        if " " in text and 19 <= n <= 79 and _B32_GROUPS.fullmatch(text) and 2 <= sum(map(str.isdigit, text)) < n * 0.6:
            return Hit(0.5, {"kind": "otp_seed"})
        if text.startswith("eyJ") and _JWT.fullmatch(text):
            return Hit(0.9, {"kind": "jwt"})
        if " " in text and n <= 4200:
            m = _AUTH.fullmatch(text)
            if m is not None:
                cred = m.group(2)
                if (cred.startswith("eyJ") and _JWT.fullmatch(cred)) or (len(cred) >= 12 and _B64ISH.fullmatch(cred)):
                    return Hit(0.9, {"kind": "authorization"})
        short = short_text(text, 512)
        if short is None:
            return None
        if _HEX.fullmatch(short):
            return Hit(0.2, {"kind": "hex_token"})
        if n == 36 and _UUID.fullmatch(short):
            # a random UUID: a token in ``session_token``, an identifier in ``token_id`` (``id_kinds``)
            return Hit(0.1, {"kind": "uuid"})
        if n >= 20 and " " not in short and _OPAQUE.fullmatch(short):
            classes = (
                any(map(str.islower, short)) + any(map(str.isupper, short)) + any(map(str.isdigit, short))
            )
            if classes >= 3:
                return Hit(0.25, {"kind": "opaque_token"})
        if 4 <= n <= 64 and " " not in short:
            if short.isdigit():
                # approval codes, OTPs, PINs: only a name that says password/PIN/OTP counts them
                return Hit(0.05, {"kind": "numeric"})
            return Hit(0.1, {"kind": "plaintext"})
        return None
