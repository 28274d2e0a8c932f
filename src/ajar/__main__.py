"""``python -m ajar`` runs the command line (as the ``ajar`` script does: :mod:`ajar.launch`)."""

from ajar.launch import main

main()
