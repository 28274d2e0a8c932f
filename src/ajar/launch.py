"""The ``ajar`` command's entry point, for the console script and ``python -m ajar`` alike.

Ctrl-C while ajar is still loading: nothing was scanned, so exit 130 with one line, no traceback.
The signal is held until the imports end, not raised inside them: raised while a C extension is
initialising (pydantic_core imports datetime's C API), the KeyboardInterrupt came out as an
ImportError with a traceback and exit 1. A Ctrl-C ignored by whoever started us stays ignored.
This module imports nothing heavy itself, so the window it cannot cover is Python's own start-up.

The garbage collector does not run during those imports, and what they made is frozen after them
(``gc.freeze``): ~90k objects that live as long as the process, which the collections the imports
caused walked again and again (~5 % of the instructions of the imports, more of their time: the
walks miss the caches).
"""

from __future__ import annotations

import gc
import signal
import sys

__all__ = ["main"]


def main() -> None:
    """Load the command line with Ctrl-C held, then run it."""
    held: list[int] = []
    ours = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    if ours:
        signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    collecting = gc.isenabled()
    gc.disable()  # the imports make ~90k objects that live as long as the process: no collection walks them
    try:
        from ajar.cli import main as cli_main  # noqa: PLC0415 - imported with the signal held
    except KeyboardInterrupt:  # pragma: no cover - only when SIGINT was not ours to hold
        held.append(signal.SIGINT)
    finally:
        gc.freeze()  # ... later ones either (as the scan's start-up freezes what it made: pipeline/run.py)
        if collecting:
            gc.enable()
        if ours:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    if held:
        sys.stderr.write("interrupted before anything was scanned; exit 130\n")
        sys.exit(130)
    cli_main()
