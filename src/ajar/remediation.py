"""How to close what a rule found, and how to check that it is closed.

:func:`remediation_for` gives ``(remediation, verify)`` for a rule id from an engine's
:class:`~ajar.knowledge.Guide`, which the engine's probe declares (the texts hold exact
configuration lines: ``mongod.conf`` ``security.authorization: enabled``, ``redis.conf``
``requirepass``...). This module composes the advice; it holds no engine's text. ``HOST``
and ``PORT`` are placeholders; the assess stage fills them in for the service.

The 2019 lesson is built in: blocking foreign IP addresses is not a fix. Every exposure
remediation says to require authentication first, then to limit the listening interface.
"""

from __future__ import annotations

from ajar.knowledge import GENERIC_GUIDE, Guide

NOT_GEO_BLOCK = (
    "Do not rely on blocking foreign IP addresses or hiding the port: anyone in the allowed ranges, "
    "and anyone who reaches an allowed host, still reads everything. Require authentication."
)

def _close(g: Guide, urgent: str = "") -> str:
    parts = [urgent] if urgent else []
    parts += [f"1. Require authentication. {g.auth}", f"2. Limit where it listens. {g.bind}", NOT_GEO_BLOCK]
    return "\n".join(parts)


#: The first step after any sign of an earlier compromise.
INCIDENT = (
    "Treat this as an incident: keep a copy of the evidence (the note, the logs), assume the data was "
    "copied, do not pay, restore from a backup taken before the intrusion, rotate every credential the "
    "server held, and notify the people affected and the regulator where the law requires it "
    "(GDPR Art. 33: within 72 hours)."
)


def remediation_for(rule_id: str, g: Guide = GENERIC_GUIDE) -> tuple[str, str]:
    """``(remediation, verify)`` for a rule id, from an engine's guide. Other rules get the closing advice."""
    family = rule_id.split(".", 1)[0]
    if rule_id == "access.auth_required":
        return (
            "Nothing to close. Keep authentication on, use unique long secrets, and enable TLS.",
            g.verify,
        )
    if rule_id == "weak.no_tls":
        return (
            f"Enable TLS. {g.tls}",
            "`ajar scan HOST:PORT` shows tls: true; "
            "`openssl s_client -connect HOST:PORT </dev/null` completes a handshake.",
        )
    if rule_id == "weak.eol_version":
        return (
            g.upgrade or GENERIC_GUIDE.upgrade,
            "`ajar scan HOST:PORT` shows the new version and no weak.eol_version finding.",
        )
    if rule_id == "weak.dangerous_setting":
        return (g.settings or GENERIC_GUIDE.settings, "`ajar scan HOST:PORT` no longer reports weak.dangerous_setting.")
    if family == "compromise":
        return (INCIDENT + "\n" + _close(g), g.verify)
    if rule_id == "exposure.unknown":
        return (
            "ajar could not tell whether this service requires credentials; this is not a sign that it is "
            "closed. Check by hand and, if it answers without credentials:\n" + _close(g),
            g.verify,
        )
    if family == "stakes":
        urgent = {
            "stakes.live_personal": "Close it now: new personal data keeps arriving, so every hour adds to the leak.",
            "stakes.live_data": "Close it now: new records keep arriving.",
            "stakes.volume": "Close it now, then assess your notification duties for the people affected.",
            "stakes.volume_massive": "Close it now, then assess your notification duties for the people affected.",
        }.get(rule_id, "")
        return (_close(g, urgent), g.verify)
    if rule_id == "access.anonymous_write":
        return (
            _close(g, "Anonymous clients can change or delete the data (and leave ransom notes)."),
            g.verify,
        )
    return (_close(g), g.verify)
