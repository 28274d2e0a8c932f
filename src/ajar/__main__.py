"""``python -m ajar`` runs the command line."""

from ajar.cli import main

main()
