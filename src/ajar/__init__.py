"""ajar: find the data stores you left ajar, before someone else does."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
