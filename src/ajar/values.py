"""Walking a decoded record: the values at a dotted path, and every string inside a value.

Both are bounded: paths walk arrays without indexing them; :func:`strings_in` stops at a depth
and cuts bytes to a size, so a hostile record costs time linear in what is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

#: deepest nesting :func:`strings_in` descends into
MAX_DEPTH = 8
#: bytes of one ``bytes`` value decoded by :func:`strings_in`
MAX_BYTES = 64 * 1024


def values_at(data: Any, path: str) -> Iterator[Any]:
    """Values at a dotted path; arrays are walked (paths do not index them)."""
    parts = path.split(".") if path else []

    def walk(node: Any, i: int) -> Iterator[Any]:
        if isinstance(node, list | tuple):
            for item in node:
                yield from walk(item, i)
            return
        if i == len(parts):
            yield node
            return
        if isinstance(node, Mapping):
            if parts[i] in node:
                yield from walk(node[parts[i]], i + 1)
            else:  # a key that itself holds a dot
                rest = ".".join(parts[i:])
                if rest in node:
                    yield from walk(node[rest], len(parts))

    yield from walk(data, 0)


def strings_in(node: Any, depth: int = 0) -> Iterator[str]:
    """Every string (keys included, ``bytes`` decoded as Latin-1) inside a value, bounded in depth."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, str):
        yield node
    elif isinstance(node, bytes | bytearray):
        yield bytes(node[:MAX_BYTES]).decode("latin-1")
    elif isinstance(node, Mapping):
        for k, v in node.items():
            if isinstance(k, str):
                yield k
            yield from strings_in(v, depth + 1)
    elif isinstance(node, list | tuple | set):
        for v in node:
            yield from strings_in(v, depth + 1)
