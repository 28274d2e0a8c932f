"""The detector contract: how one category of personal data is recognised in values.

A detector is one small class in one file, registered in ``DETECTORS``
(``detectors/__init__.py``). It never prints, logs, or keeps a value.

Two kinds:

* :class:`Detector` looks at one value at a time (``detect``) and says whether the value
  supports its category, with optional detail (a national-ID scheme, a country). Values
  arrive as they were decoded from the store: ``str``, ``int``, ``float``, ``bool``,
  ``list`` or ``dict`` (composite values, such as a ``[lon, lat]`` array, a GeoJSON object
  or an embedding vector, are offered at their own path as well as flattened).
* :class:`DatasetDetector` looks at a whole dataset's fields at once (for example a
  latitude field and a longitude field that only together are a position).

The field-level decision (how many values must support a category, how much a field's
name weighs) belongs to ``pipeline/classify.py``, not to detectors.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ajar.models import Category


@dataclass(frozen=True, slots=True)
class Hit:
    """A value supports a category. ``detail`` holds finer, non-identifying facts only

    (e.g. ``{"scheme": "cn_ric", "country": "cn"}``), never the value itself.
    ``strength`` is how sure the detector is from the value alone (0..1): a validated
    check digit is strong, a plausible pattern without one is weaker.
    """

    strength: float = 1.0
    detail: Mapping[str, str] = field(default_factory=dict)


class Detector(ABC):
    """Recognises one category in single values.

    Class attributes:
      * ``id``: snake_case, equal to the module name; stable forever.
      * ``category``: the :class:`Category` it finds.
      * ``description``: one line for ``ajar detectors`` and the docs.
      * ``name_hints``: lower-case tokens of field names that suggest the category, in any
        language (``"sfzh"``, ``"身份证"``, ``"passport"``...). Matching is done by the
        framework on the normalised last path segment.
      * ``negative_hints``: tokens that argue against the category (``"model"`` for phones).
      * ``needs_hint``: True when values alone are too ambiguous (a bare number as a
        birth date) and the field's name or neighbours must agree.
    """

    id: ClassVar[str]
    category: ClassVar[Category]
    description: ClassVar[str]
    name_hints: ClassVar[tuple[str, ...]] = ()
    negative_hints: ClassVar[tuple[str, ...]] = ()
    needs_hint: ClassVar[bool] = False

    @abstractmethod
    def detect(self, value: Any) -> Hit | None:
        """Return a :class:`Hit` when ``value`` supports the category, else None.

        Must never raise on any input (huge strings, NaN, bytes, deep nesting): the
        contract test feeds junk to every detector.
        """


@dataclass(frozen=True, slots=True)
class DatasetHit:
    """A finding that spans fields: which paths, which category, how sure, and detail."""

    paths: tuple[str, ...]
    category: Category
    confidence: float
    detail: Mapping[str, str] = field(default_factory=dict)


class DatasetDetector(ABC):
    """Recognises a category that only shows across several fields of one dataset."""

    id: ClassVar[str]
    category: ClassVar[Category]
    description: ClassVar[str]

    @abstractmethod
    def detect_dataset(self, columns: Mapping[str, Sequence[Any]]) -> list[DatasetHit]:
        """``columns`` maps each flattened field path to its sampled values (None removed)."""
