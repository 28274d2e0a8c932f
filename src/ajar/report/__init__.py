"""Reports: render a :class:`~ajar.models.Report` as JSON, Markdown, CSV, HTML, letters, JSON Lines or SARIF.

Public API::

    FORMATS                       # ("json", "md", "csv", "html", "letter", "jsonl", "sarif")
    render(report, fmt) -> str    # one text in the given format
    letters(report) -> dict[str, str]   # "host:port" -> disclosure letter
    schema() -> dict              # the JSON Schema (draft 2020-12) of the JSON report
    validate(data) -> None        # raise ValueError when JSON data does not match the schema

Guarantees: no renderer sees a raw sampled value (the report holds masked examples only);
:func:`render` seals a copy of the report first (:func:`ajar.names.seal_report`: names from a
target masked, control characters removed), whatever built it; letters hold no example at all;
HTML and Markdown escape every server-controlled string.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ajar.models import Report
from ajar.names import sealed_copy

__all__ = ["FORMATS", "letters", "render", "schema", "validate"]

#: format id -> (module of ``ajar.report``, renderer): each imported on first use, so that a scan
#: that writes no report of that kind (or none) pays nothing for jsonschema or Jinja2
_RENDERERS: dict[str, tuple[str, str]] = {
    "json": ("jsonfmt", "render_json"),
    "md": ("markdown", "render_markdown"),
    "csv": ("csvfmt", "render_csv"),
    "html": ("htmlfmt", "render_html"),
    "letter": ("letter", "render_letters"),
    "jsonl": ("jsonl", "render_jsonl"),
    "sarif": ("sarif", "render_sarif"),
}

#: Format ids accepted by :func:`render`.
FORMATS: tuple[str, ...] = tuple(_RENDERERS)


def _renderer(fmt: str) -> Callable[[Report], str]:
    module, name = _RENDERERS[fmt]
    fn: Callable[[Report], str] = getattr(importlib.import_module(f"ajar.report.{module}"), name)
    return fn


def render(report: Report, fmt: str) -> str:
    """Render ``report`` in ``fmt`` (one of :data:`FORMATS`); ``ValueError`` for an unknown format."""
    try:
        fn = _renderer(fmt)
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r:.20}; choose one of: {', '.join(FORMATS)}") from None
    return fn(sealed_copy(report))


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON report."""
    from ajar.report.jsonfmt import schema as _schema

    return _schema()


def validate(data: dict[str, Any]) -> None:
    """Raise ``ValueError`` when JSON data does not match the schema."""
    from ajar.report.jsonfmt import validate as _validate

    _validate(data)


def letters(report: Report) -> dict[str, str]:
    """``"host:port"`` -> disclosure letter, for every service that needs one."""
    from ajar.report.letter import letters as _letters

    return _letters(report)
