"""Engine probes. ``PROBES`` is the one registry of built-ins: alphabetical, one line each.

Adding an engine: one file ``probes/<id>.py`` (see ``base.py``), one line here, one test
file ``tests/probes/test_<id>.py``. ``tests/contract/test_probes.py`` fails until all three exist.
"""

from __future__ import annotations

from ajar.probes.base import Probe
from ajar.probes.mongodb import MongodbProbe
from ajar.probes.redis import RedisProbe

PROBES: tuple[type[Probe], ...] = (
    MongodbProbe,
    RedisProbe,
)

#: Modules in this package that are not probes, with the reason.
EXCLUDED: dict[str, str] = {"base": "the probe contract"}

__all__ = ["PROBES", "EXCLUDED", "Probe"]
