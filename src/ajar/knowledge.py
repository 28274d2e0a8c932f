"""What ajar knows about one engine, declared where the engine lives (its probe).

An engine's probe (``probes/<id>.py``) is the one place that knows the engine. Beside the
commands it sends, it declares, as class attributes of :class:`EngineKnowledge`:

* :attr:`~EngineKnowledge.guide`: how to close it (require authentication, limit where it
  listens, enable TLS, upgrade, restore safe settings) and how to verify it is closed;
* :attr:`~EngineKnowledge.end_of_life`: the oldest release branch still supported upstream,
  per product the engine id covers (MariaDB under ``mysql``, OpenSearch under ``elasticsearch``);
* :attr:`~EngineKnowledge.weaknesses`: the rows it adds to the rule table, for findings only
  it can see (``mqtt.anonymous_subscribe``), each with a severity, a title and, when the
  generic advice does not fit, its own remediation;
* :meth:`~EngineKnowledge.dataset_signals`: an optional hook that looks at one dataset's
  sampled records and signals what only this engine's data can show (Redis cron payloads).

Probes report what they see as :class:`Signal` values, never as findings: a signal names a
rule (a row of :data:`ajar.rules.RULES` or one of the probe's own weaknesses), a value-free
detail and the datasets concerned. The rule table decides the title and the severity; the
remediation comes from the probe's weakness row or its guide (:mod:`ajar.remediation`).

This module holds the shapes only: no engine's data lives here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from ajar.models import Record, Severity

__all__ = [
    "GENERIC_GUIDE",
    "EndOfLife",
    "EngineKnowledge",
    "Guide",
    "Signal",
    "Weakness",
    "end_of_life_hit",
    "parse_version",
]


@dataclass(frozen=True)
class Guide:
    """How to close one engine and how to check it is closed.

    Each text holds exact configuration lines where the engine has them. ``HOST`` and
    ``PORT`` are placeholders the assess stage fills in for the service.
    """

    #: the engine's name as people write it (``MySQL / MariaDB``)
    name: str
    #: require authentication
    auth: str
    #: listen on loopback or a private interface only
    bind: str
    #: enable TLS and turn off the plain-text listener
    tls: str
    #: how to check from outside that the service now asks for credentials
    verify: str
    #: where to find a supported release (empty: the generic advice)
    upgrade: str = ""
    #: how to restore the engine's safe defaults (``weak.dangerous_setting``; empty: generic)
    settings: str = ""


#: The guide of an engine that declares none.
GENERIC_GUIDE = Guide(
    "the service",
    auth="Require authentication for every client (the engine's password or certificate setting), with a "
    "unique long secret.",
    bind="Listen on loopback or a private interface only.",
    tls="Enable TLS on the listener and disable the plain-text port.",
    verify="`ajar scan HOST:PORT` shows access auth_required.",
    upgrade="Upgrade to a release the vendor still supports.",
    settings="Restore the engine's secure default for the setting named above.",
)


@dataclass(frozen=True)
class EndOfLife:
    """The oldest release branch of ``product`` still supported upstream.

    ``marker`` (lower case) picks the product from the version string when one engine id
    covers several products (``"mariadb"`` in ``10.5.21-MariaDB``); ``None`` matches any
    version. The first floor of an engine whose marker matches applies.
    """

    product: str
    floor: tuple[int, int]
    marker: str | None = None


@dataclass(frozen=True)
class Weakness:
    """A rule-table row a probe adds for a weakness only it can see.

    ``id`` is dotted and lower-case (``<engine>.<what>`` by convention) and never renamed
    once released. ``remediation``/``verify`` of ``None`` take the generic advice, built
    with the probe's :class:`Guide`.
    """

    id: str
    severity: Severity
    title: str
    #: the condition in words (docs and tests)
    when: str
    remediation: str | None = None
    verify: str | None = None


@dataclass(frozen=True)
class Signal:
    """A rule fired, as a probe or the assess stage saw it; the rule table makes it a finding.

    ``detail`` and ``datasets`` never hold a sampled value (dataset names, field paths,
    counts, setting names only).
    """

    rule: str
    detail: str = ""
    datasets: tuple[str, ...] = ()


_VERSION = re.compile(r"(\d{1,9})\.(\d{1,9})")


def parse_version(version: str | None) -> tuple[int, int] | None:
    """``"7.0.15"`` → ``(7, 0)``; ``None`` when no ``major.minor`` is found."""
    if not version:
        return None
    m = _VERSION.search(version[:200])
    return (int(m.group(1)), int(m.group(2))) if m else None


def end_of_life_hit(floors: Sequence[EndOfLife], version: str | None) -> EndOfLife | None:
    """The floor ``version`` is below (end-of-life), or ``None`` (supported, or unknown)."""
    low = (version or "").lower()
    floor = next((f for f in floors if f.marker is None or f.marker in low), None)
    parsed = parse_version(version)
    if floor is None or parsed is None:
        return None
    return floor if parsed < floor.floor else None


class EngineKnowledge:
    """The knowledge one engine declares; :class:`~ajar.probes.base.Probe` derives from it.

    Every attribute has a default, so a probe declares only what it knows. The framework
    reads these; nothing else holds per-engine tables.
    """

    #: the engine id (``redis``); equals the probe's id
    id: ClassVar[str] = ""
    #: how to close it and verify it is closed
    guide: ClassVar[Guide] = GENERIC_GUIDE
    #: oldest supported release branches (empty: no clear upstream policy)
    end_of_life: ClassVar[tuple[EndOfLife, ...]] = ()
    #: rule-table rows for weaknesses only this engine's probe can see
    weaknesses: ClassVar[tuple[Weakness, ...]] = ()

    @classmethod
    def dataset_signals(cls, dataset: str, records: Sequence[Record]) -> list[Signal]:
        """Signals only this engine's data can show, from one dataset's sampled records.

        Called once per sampled dataset while its raw records are in memory; must be linear
        in the bytes it reads and bound what it reads. The default signals nothing.
        """
        return []
