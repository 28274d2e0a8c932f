"""Masking and redaction: the only way a sampled value may leave memory.

``mask`` keeps the shape of a value (length, separators, a few edge characters) and hides
the rest, e.g. ``110101199003071234`` → ``1101**********123X``-style ``1101**********1234``.
``redact`` is for free text (server replies in evidence, error messages): it masks every
run of letters or digits that could be a value, keeping only short protocol words.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

_KEEP_WORDS = re.compile(r"[A-Za-z_]{2,24}\d{0,2}[.!?]?")


def mask(value: Any, keep: int = 2) -> str:
    """Mask one value for a report: at most ``keep`` characters at each end stay visible.

    Short values (6 characters or fewer) keep only their first character. Numbers and
    containers are masked through their text form; the result is capped at 48 characters.
    """
    text = value if isinstance(value, str) else repr(value)
    text = text.replace("\n", " ")[:64]
    n = len(text)
    if n == 0:
        return ""
    if n <= 6:
        return text[0] + "*" * (n - 1)
    head = keep if n < 16 else keep * 2
    tail = keep
    middle = "".join("*" if not ch.isspace() and ch not in "-@.:/,+ " else ch for ch in text[head : n - tail])
    out = text[:head] + middle + text[n - tail :]
    return out[:48]


def salted_hash(value: Any, salt: bytes) -> str:
    """A salted SHA-256 of a value, for counting distinct values without keeping them."""
    text = value if isinstance(value, str) else repr(value)
    return hashlib.sha256(salt + text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


_VERSION = re.compile(r"v?\d{1,4}(\.\d{1,4}){1,3}([~+-][A-Za-z0-9.]{1,12})?")
_PROTOCOL_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*([_-][A-Za-z0-9]+){1,5}")
_TOKEN = re.compile(r"[^\s\"'{}\[\]():;,=]+")


def redact(text: str, limit: int = 400) -> str:
    """Redact free text from a server or an error: keep protocol words, mask anything else.

    Words made only of ASCII letters and underscores (up to 24) stay, since they are
    command names, keys of a status reply, or error words; numbers, mixed tokens, and
    anything in other scripts are masked. The result is cut to ``limit`` characters.
    """

    def _one(m: re.Match[str]) -> str:
        tok = m.group(0)
        if _KEEP_WORDS.fullmatch(tok) or tok in {"ok", "OK", "-", "+"}:
            return tok
        if re.fullmatch(r"\d{1,5}(\.\d{1,5}){0,3}", tok) or _VERSION.fullmatch(tok):
            return tok  # small numbers and version strings: codes, counts, versions
        if _PROTOCOL_WORD.fullmatch(tok) and sum(ch.isdigit() for ch in tok) <= 3:
            return tok  # SCRAM-SHA-256, caching_sha2_password, x-elastic-product
        return mask(tok, keep=1)

    out = _TOKEN.sub(_one, text)
    return out if len(out) <= limit else out[: limit - 1] + "…"
