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

from collections.abc import Callable

from ajar.models import Report
from ajar.names import seal_report
from ajar.report.csvfmt import render_csv
from ajar.report.htmlfmt import render_html
from ajar.report.jsonfmt import render_json, schema, validate
from ajar.report.jsonl import render_jsonl
from ajar.report.letter import letters, render_letters
from ajar.report.markdown import render_markdown
from ajar.report.sarif import render_sarif

__all__ = ["FORMATS", "letters", "render", "schema", "validate"]

_RENDERERS: dict[str, Callable[[Report], str]] = {
    "json": render_json,
    "md": render_markdown,
    "csv": render_csv,
    "html": render_html,
    "letter": render_letters,
    "jsonl": render_jsonl,
    "sarif": render_sarif,
}

#: Format ids accepted by :func:`render`.
FORMATS: tuple[str, ...] = tuple(_RENDERERS)


def render(report: Report, fmt: str) -> str:
    """Render ``report`` in ``fmt`` (one of :data:`FORMATS`); ``ValueError`` for an unknown format."""
    try:
        fn = _RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r:.20}; choose one of: {', '.join(FORMATS)}") from None
    return fn(seal_report(report.model_copy(deep=True)))
