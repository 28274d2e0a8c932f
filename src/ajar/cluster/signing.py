"""Ed25519 signatures on shards: a worker runs only what the coordinator it trusts has signed.

The coordinator's private key lives in the state directory (``coordinator.key``, PEM, mode
0600; made on first use) and its public key beside it (``coordinator.pub``), which is what a
worker is given (``ajar worker --trust coordinator.pub``). A shard message is the JSON body
and its signature; the worker checks the signature over the exact bytes before it parses
anything else, so a forged or altered shard (another scope, other ports, other limits) is
refused without a packet.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ajar.errors import ScopeError, UsageError


def load_or_create_key(path: Path) -> Ed25519PrivateKey:
    """The private key at ``path``; a new one (and ``.pub`` beside it) when there is none."""
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise UsageError(f"{path} is not an Ed25519 private key")
        return key
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    path.with_suffix(".pub").write_bytes(public_pem(key))
    return key


def public_pem(key: Ed25519PrivateKey) -> bytes:
    """The public half of ``key``, PEM."""
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public(path: Path) -> Ed25519PublicKey:
    """A trusted coordinator's public key (PEM)."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as e:
        raise UsageError(f"cannot read the coordinator's public key {path}: {e}; give the coordinator.pub "
                         "file the coordinator wrote") from e
    if not isinstance(key, Ed25519PublicKey):
        raise UsageError(f"{path} is not an Ed25519 public key")
    return key


def sign(key: Ed25519PrivateKey, body: dict[str, Any]) -> bytes:
    """A signed message: ``{"body": "<json>", "sig": "<base64>"}``."""
    raw = json.dumps(body, separators=(",", ":"), sort_keys=True)
    sig = base64.b64encode(key.sign(raw.encode())).decode()
    return json.dumps({"body": raw, "sig": sig}).encode()


def verify(trusted: list[Ed25519PublicKey], message: bytes) -> dict[str, Any]:
    """The body of a message signed by one of ``trusted``; :class:`ScopeError` otherwise."""
    try:
        outer = json.loads(message)
        raw, sig = outer["body"], base64.b64decode(outer["sig"], validate=True)
        if not isinstance(raw, str):
            raise TypeError("body")
    except (ValueError, KeyError, TypeError) as e:
        raise ScopeError("refused a shard that is not a signed message") from e
    for key in trusted:
        try:
            key.verify(sig, raw.encode())
        except InvalidSignature:
            continue
        body = json.loads(raw)
        if not isinstance(body, dict):
            raise ScopeError("refused a shard whose body is not an object")
        return body
    raise ScopeError("refused a shard whose signature does not verify against a trusted coordinator key")
