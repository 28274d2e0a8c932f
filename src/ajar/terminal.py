"""The terminal's two streams and the few ways ajar writes a target's text there, below every module that prints.

:mod:`ajar.console` (the scan's progress and listings) and :mod:`ajar.resume` (opening a run's store) both
print here; keeping these few names in a module that imports neither keeps the import graph free of cycles.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape

from ajar.names import clean

if TYPE_CHECKING:
    from ajar.store import Store

#: stdout: streamed service lines, the summary table, listings
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
#: stderr: progress bars, errors, notes
err = Console(stderr=True, highlight=False)


def safe(text: object) -> str:
    """Text from a target, safe in rich markup: no control characters, no markup (``[/x]`` stays text)."""
    return escape(clean(text))


def note_new_store(store: Store, quiet: bool = False) -> None:
    """Say on stderr that opening ``store`` made it (a mistyped --store would be an empty store without a
    word), unless ``quiet``: the one way every command says it, cleaned and never read as markup."""
    note = store.created_note()
    if note and not quiet:
        err.print(safe(note), highlight=False, soft_wrap=True)
