"""``python -m ajar`` runs the command line."""

import signal
import sys

# Ctrl-C while ajar is still loading: nothing was scanned, so exit 130 with one line, no traceback.
# The signal is held until the imports end, not raised inside them: raised while a C extension is
# initialising (pydantic_core imports datetime's C API), the KeyboardInterrupt came out as an
# ImportError with a traceback and exit 1. A Ctrl-C ignored by whoever started us stays ignored.
_held: list[int] = []
_default = signal.getsignal(signal.SIGINT) is signal.default_int_handler
if _default:
    signal.signal(signal.SIGINT, lambda signum, frame: _held.append(signum))
try:
    from ajar.cli import main
except KeyboardInterrupt:  # pragma: no cover - only when SIGINT was not ours to hold
    _held.append(signal.SIGINT)
finally:
    if _default:
        signal.signal(signal.SIGINT, signal.default_int_handler)
if _held:
    sys.stderr.write("interrupted before anything was scanned; exit 130\n")
    sys.exit(130)

main()
