"""Fault-injection points: tests kill ajar at one exact place, as ``kill -9`` would, without a race.

A point is a name the code passes through (:func:`point`). With ``AJAR_FAULT=NAME`` in the
environment, the process sends itself ``SIGKILL`` the first time it reaches ``NAME``;
``AJAR_FAULT=NAME@K`` the K-th time. Nothing runs after it: no ``finally``, no ``atexit``, no
flush of Python's buffers, exactly as when another process runs ``kill -9``. Without the variable a
point costs one dictionary lookup.

The points (each named where it is placed):

* ``checkpoint.event``: an event joined the checkpoint's batch, before the batch may be written
  (``pipeline/checkpoint.py``);
* ``checkpoint.flushed``: a batch of checkpoint events was written (``pipeline/checkpoint.py``);
* ``scan.finished``: the scan is done and its report built, nothing written yet (``console.py``);
* ``scan.reported``: the report is written to every output, the run not yet recorded (``cli.py``);
* ``scan.recorded``: the run is recorded (a store run) and its checkpoint gone, the run's lock
  and journal not yet removed (``console.py``).
"""

from __future__ import annotations

import os
import signal

_seen: dict[str, int] = {}


def point(name: str) -> None:
    """Die here, by ``SIGKILL``, if ``AJAR_FAULT`` names this point (``NAME`` or ``NAME@K``)."""
    spec = os.environ.get("AJAR_FAULT")
    if not spec:
        return
    want, _, nth = spec.partition("@")
    if want != name:
        return
    _seen[name] = _seen.get(name, 0) + 1
    if _seen[name] == (int(nth) if nth.isdigit() else 1):
        os.kill(os.getpid(), signal.SIGKILL)
