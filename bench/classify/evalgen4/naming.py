"""Field-name forms: snake_case, camelCase, PascalCase, SCREAMING_CASE, kebab-case, Title Case, and the
decorations real schemas carry (table-wide prefixes like ``b_`` or ``UF_``, numbered copies like
``phone2``, REDCap checkbox columns like ``race___3``)."""

from __future__ import annotations

import random

STYLES = ("snake", "snake", "camel", "camel", "pascal", "scream", "kebab", "title", "lower")
PREFIXES = ("b_", "c_", "usr_", "f_", "UF_", "p_", "cust_", "x_", "tbl_", "s_")


def words(name: str) -> list[str]:
    return [w for w in name.split("_") if w]


def styled(name: str, style: str) -> str:
    ws = words(name)
    if not ws:
        return name
    if style in ("camel", "pascal") and not name.isascii() and not any(c.isupper() or c.islower() for c in name):
        return "_".join(ws)  # scripts without case (hanzi, Arabic...) keep their separators
    if style == "camel":
        return ws[0] + "".join(w[:1].upper() + w[1:] for w in ws[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in ws)
    if style == "scream":
        return "_".join(w.upper() for w in ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "title":
        return " ".join(w[:1].upper() + w[1:] for w in ws)
    if style == "lower" and name.isascii():
        return "".join(ws)
    return "_".join(ws)


def pick_style(rng: random.Random, fmt: str) -> str:
    """Title Case headers only in CSV, where spreadsheets make them."""
    style = rng.choice(STYLES)
    return "snake" if style == "title" and fmt != "csv" else style


def table_prefix(rng: random.Random) -> str:
    return rng.choice(PREFIXES) if rng.random() < 0.15 else ""


def numbered(name: str, n: int, style: str) -> str:
    if style in ("snake", "scream"):
        return f"{name}_{n}" if n % 2 else f"{name}{n}"
    return f"{name}{n}"


def checkbox(name: str, n: int) -> str:
    """REDCap's export of one checkbox option: ``race___3``."""
    return f"{name}___{n}"


def unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    i = 2
    while f"{name}{i}" in taken:
        i += 1
    return f"{name}{i}"
