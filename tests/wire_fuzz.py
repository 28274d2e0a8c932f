"""Shared checks for the wire-format fuzz tests (``tests/probes/wire/``).

A decoder given any bytes either returns or raises :class:`~ajar.errors.ProbeError` (a
``ProtocolMismatch`` or ``NotThisEngine``): never another exception, never a hang. A frame cut at
every length must fail that way too, unless the cut still holds a complete frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from ajar.errors import NotThisEngine, ProtocolMismatch

REFUSALS = (ProtocolMismatch, NotThisEngine)

#: each decoder sees this many random inputs; the deadline bounds its time per input
FUZZ = settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.too_slow])

#: garbage: random bytes, and random bytes after a plausible prefix
garbage = st.binary(max_size=2048)


def refuses_or_returns(decode: Callable[[bytes], Any], data: bytes) -> Any:
    """``decode(data)``, or None when it refused the input the way decoders must."""
    try:
        return decode(data)
    except REFUSALS:
        return None


def every_cut_refused(decode: Callable[[bytes], Any], frame: bytes) -> None:
    """``decode`` refuses every proper prefix of ``frame`` and accepts ``frame`` itself."""
    decode(frame)
    for n in range(len(frame)):
        try:
            decode(frame[:n])
        except REFUSALS:
            continue
        raise AssertionError(f"a frame cut to {n} of {len(frame)} bytes was accepted")
