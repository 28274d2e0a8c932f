"""Email addresses (``contact.email``).

Detected: ``local@domain.tld`` with an RFC 5322-ish dot-atom local part, a domain of
letter/digit labels and an alphabetic (or punycode) top-level domain of 2-24 characters.
Validated: shape only (no DNS, no traffic). ``mailto:`` prefixes are accepted.

>>> EmailDetector().detect("li.wei@example.cn") is not None
True
"""

from __future__ import annotations

import re
from typing import Any

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_EMAIL = re.compile(
    r"(?:mailto:)?[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})",
)
_HIT = Hit(0.95)


class EmailDetector(Detector):
    """An email address."""

    id = "email"
    category = Category.EMAIL
    description = "Email addresses (local@domain.tld shape)."
    name_hints = (
        "email",
        "mail",
        "e_mail",
        "emailaddress",
        "邮箱",
        "电子邮件",
        "邮件",
        "yx",
        "dzyx",
        "почта",
        "эл",
        "البريد",
        "بريد",
        "courriel",
        "correo",
        # e-mail in more of issue 10's languages
        "surel",
        "thư điện tử",
        "thu_dien_tu",
        "メール",
        "メアド",
        "이메일",
        "전자우편",
        "пошта",
        "ایمیل",
        "پست_الکترونیک",
        "پست الکترونیک",
        "ईमेल",
        "ई-मेल",
        "eposta",
        "e_posta",
        "posta_elettronica",
        "電子郵件",
        "电邮",
        # nl mailadres, ro poștă electronică, tr elektronik posta, ko 메일
        "mailadres",
        "posta_electronica",
        "poștă electronică",
        "elektronik_posta",
        "메일",
        # found by an outside review (review25b): pt correio eletrônico, ru pochta, zh youxiang
        "correio_eletronico",
        "correioeletronico",
        "correio_electronico",
        "pochta",
        "youxiang",
    )
    # what a mail field says besides an address (review25b): counts, a switch, a template, a domain, a server, a
    # campaign; as phrases (``account`` ends with ``count``: an e-mail account is an address)
    negative_hints = (
        "email_count",
        "emails_count",
        "mail_count",
        "count_emails",
        "enabled",
        "template",
        "templates",
        "domain",
        "server",
        "mailserver",
        "smtp_host",
        "smtp_server",
        "smtp_port",
        "email_campaign",
        "mail_campaign",
    )
    accepts = frozenset({"str"})
    text_needs_one_of = frozenset("@")

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 254)
        if text is None or "@" not in text:
            return None
        return _HIT if _EMAIL.fullmatch(text) else None
