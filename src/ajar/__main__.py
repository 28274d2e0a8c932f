"""``python -m ajar`` runs the command line."""

import sys

try:
    from ajar.cli import main
except KeyboardInterrupt:  # Ctrl-C while ajar is still loading: nothing was scanned, and no traceback
    sys.stderr.write("interrupted before anything was scanned; exit 130\n")
    sys.exit(130)

main()
