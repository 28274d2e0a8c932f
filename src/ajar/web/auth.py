"""Dashboard accounts: argon2id password hashes (argon2-cffi), never the password itself."""

from __future__ import annotations

from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from ajar.store import Store
from ajar.store import schema as t

_HASHER = PasswordHasher()
#: Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY = _HASHER.hash("ajar-no-such-user")


def set_password(store: Store, name: str, password: str) -> None:
    """Create ``name`` or replace its password."""
    h = _HASHER.hash(password)
    with store.write() as s:
        user = s.scalar(select(t.User).where(t.User.name == name))
        if user is None:
            s.add(t.User(name=name, password_hash=h, created=datetime.now(UTC)))
            store.log("cli", "users.add", name, s)
        else:
            user.password_hash = h
            store.log("cli", "users.password", name, s)


def check_password(store: Store, name: str, password: str) -> bool:
    """True when ``name`` exists and ``password`` matches its hash."""
    with store.read() as s:
        h = s.scalar(select(t.User.password_hash).where(t.User.name == name))
    try:
        return _HASHER.verify(h or _DUMMY, password) and h is not None
    except (VerificationError, InvalidHashError):
        return False
