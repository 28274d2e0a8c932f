"""The one exception tree of ajar.

::

    AjarError
    ├── UsageError            bad input from the user: exit code 2, before any traffic
    │   ├── ConfigError       an option or setting is invalid
    │   └── TargetError       a target cannot be parsed, or a target list cannot be read
    ├── ScopeError            a connection to an address outside the scope was attempted
    ├── ProbeError            a probe failed against one service (recorded, the scan goes on)
    │   ├── ConnectError      the TCP/TLS connection failed (refused, unreachable)
    │   ├── ProbeTimeout      the server was silent for longer than the limit
    │   ├── TLSFailure        the TLS handshake failed
    │   ├── NotThisEngine     the server does not speak this probe's protocol
    │   ├── ProtocolMismatch  the server spoke, but the reply is broken or hostile
    │   └── ForbiddenCommand  a probe tried to send a command it did not declare
    └── StoreError            the scan store cannot be opened, migrated or written

Every message names the problem and the fix, and never holds a sampled value; a password in a URI
it quotes (a target as typed) is masked whichever command prints it.
"""

from __future__ import annotations


class AjarError(Exception):
    """Base of every error ajar raises on purpose."""

    def __str__(self) -> str:
        from ajar.names import mask_uri  # late: names needs the models, errors needs nothing

        return mask_uri(super().__str__())


class UsageError(AjarError):
    """The user asked for something that cannot be done; exit code 2, no traffic sent."""


class ConfigError(UsageError):
    """An option or setting is invalid."""


class TargetError(UsageError):
    """A target cannot be parsed, or a target list cannot be read."""


class ScopeError(AjarError):
    """A connection outside the scope was attempted and refused before any packet left."""


class ProbeError(AjarError):
    """A probe failed against one service; recorded on the service, the scan goes on."""


class ConnectError(ProbeError):
    """The connection was refused or the host is unreachable."""


class ProbeTimeout(ProbeError):
    """The server stayed silent for longer than the time limit."""


class TLSFailure(ProbeError):
    """The TLS handshake failed."""


class NotThisEngine(ProbeError):
    """The server does not speak this probe's protocol."""


class ProtocolMismatch(ProbeError):
    """The server answered, but the reply is malformed, truncated, oversized or hostile."""


class ForbiddenCommand(ProbeError):
    """A probe tried to send a command it did not declare: refused before it left."""


class StoreError(AjarError):
    """The scan store (SQLite or PostgreSQL) cannot be opened, migrated or written; the message says why."""

