"""Microsoft Presidio's analyzer as the classify benchmarks' peer: its setup, and a whole-process file run.

Imports nothing from ajar, so that, run as a script, it is Presidio's own process:

    .venv-bench/bin/python bench/classify/presidio_peer.py DIR

reads every data file directly in DIR (``.csv``; ``.json``/``.jsonl``: JSON Lines, ``mongoexport``
Extended JSON or one JSON array), analyses every non-empty leaf value with every predefined
``PatternRecognizer`` plus ``PhoneRecognizer`` (no NLP model, ``nlp_artifacts=None``), gives each
field the category that at least half of its values carry with score >= 0.3 (as ``run.py`` does),
and prints one JSON line of counts (files, records, values, fields, fields given a category),
never a value. ``throughput.py`` times this process from exec to exit; ``run.py`` imports
:func:`presidio_recognizers` and :data:`ENTITIES` for its in-process comparison.
"""

from __future__ import annotations

import csv
import inspect
import json
import sys
from collections import Counter
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

#: Presidio entity -> the ajar category id it counts as (``ajar.models.Category`` values)
ENTITIES: dict[str, str] = {
    "EMAIL_ADDRESS": "contact.email",
    "PHONE_NUMBER": "contact.phone",
    "CREDIT_CARD": "financial.card_number",
    "IBAN_CODE": "financial.iban",
    "IP_ADDRESS": "network.ip_address",
    "MAC_ADDRESS": "device.identifier",
    "DATE_TIME": "person.birth_date",
    "UK_POSTCODE": "contact.address",
    "CA_POSTAL_CODE": "contact.address",
    "DE_PLZ": "contact.address",
    "MEDICAL_LICENSE": "special.health",
}
for _e in (
    "US_SSN US_PASSPORT US_DRIVER_LICENSE US_ITIN UK_NHS UK_NINO UK_PASSPORT ES_NIF ES_NIE ES_PASSPORT "
    "IT_FISCAL_CODE IT_IDENTITY_CARD IT_PASSPORT IT_DRIVER_LICENSE IN_AADHAAR IN_PAN IN_PASSPORT IN_VOTER PL_PESEL "
    "FI_PERSONAL_IDENTITY_CODE SE_PERSONNUMMER TR_NATIONAL_ID KR_RRN KR_FRN KR_PASSPORT KR_DRIVER_LICENSE "
    "DE_ID_CARD DE_PASSPORT DE_TAX_ID DE_SOCIAL_SECURITY DE_HEALTH_INSURANCE DE_FUEHRERSCHEIN SG_NRIC_FIN TH_TNIN "
    "NG_NIN PH_UMID PH_TIN PH_PASSPORT AU_TFN AU_MEDICARE CA_SIN UK_DRIVING_LICENCE US_MBI"
).split():
    ENTITIES[_e] = "person.national_id"

#: file suffixes read by :func:`leaves`
DATA_SUFFIXES = (".csv", ".json", ".jsonl")


def presidio_recognizers() -> list[Any]:
    """Every predefined ``PatternRecognizer`` that builds without configuration, plus ``PhoneRecognizer``."""
    import presidio_analyzer.predefined_recognizers as pre
    from presidio_analyzer import PatternRecognizer

    out = []
    for name in sorted(dir(pre)):
        cls = getattr(pre, name)
        if not (inspect.isclass(cls) and name.endswith("Recognizer")):
            continue
        if not (issubclass(cls, PatternRecognizer) or name == "PhoneRecognizer"):
            continue
        try:
            out.append(cls())
        except Exception:  # noqa: BLE001,S112 - a recognizer that needs configuration is skipped
            continue
    return out


def categories(text: str, recognizers: list[Any]) -> set[str]:
    """The category ids that any recognizer finds in ``text`` with score >= 0.3."""
    found: set[str] = set()
    for recognizer in recognizers:
        for res in recognizer.analyze(text, recognizer.supported_entities, None) or ():
            cat = ENTITIES.get(res.entity_type)
            if cat is not None and res.score >= 0.3:
                found.add(cat)
    return found


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _walk(node: Any, path: str) -> Iterator[tuple[str, str]]:
    """(field path, text) of each non-empty leaf: arrays are not indexed, a list of numbers is one
    value (a vector, a position), an Extended JSON wrapper (``{"$date": ...}``) is one value."""
    if isinstance(node, dict):
        if node and all(k.startswith("$") for k in node):
            inner: Any = node
            while isinstance(inner, dict) and inner:
                inner = next(iter(inner.values()))
            yield from _walk(inner, path)
            return
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        if node and all(isinstance(x, int | float) and not isinstance(x, bool) for x in node):
            yield path, _text(node)
            return
        for item in node:
            yield from _walk(item, path)
    elif node is not None and node != "" and not isinstance(node, bool):
        yield path, _text(node)


def records(file: Path) -> Iterator[Any]:
    """The records of one file, by its suffix: CSV rows, JSON Lines (mongoexport) or a JSON array."""
    if file.suffix == ".csv":
        with file.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)
        return
    text = file.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        yield from json.loads(text)
        return
    for line in text.splitlines():
        if line.strip():
            yield json.loads(line)


def data_files(folder: Path) -> list[Path]:
    return sorted(f for f in folder.iterdir() if f.is_file() and f.suffix in DATA_SUFFIXES)


def leaves(file: Path) -> Iterator[tuple[str, str]]:
    """(field path, text) of every non-empty leaf value of a file."""
    for rec in records(file):
        yield from _walk(rec, "")


def analyse(folder: Path) -> dict[str, int | str]:
    """Analyse every value of every file in ``folder`` with Presidio; counts only, never a value."""
    recognizers = presidio_recognizers()
    n_records = n_values = n_fields = n_classified = 0
    files = data_files(folder)
    for file in files:
        counts: dict[str, Counter[str]] = {}
        totals: Counter[str] = Counter()
        for rec in records(file):
            n_records += 1
            for path, text in _walk(rec, ""):
                n_values += 1
                totals[path] += 1
                counts.setdefault(path, Counter()).update(categories(text, recognizers))
        n_fields += len(totals)
        for path, seen in counts.items():
            if seen and seen.most_common(1)[0][1] >= 0.5 * totals[path]:
                n_classified += 1
    return {
        "files": len(files),
        "records": n_records,
        "values": n_values,
        "fields": n_fields,
        "classified": n_classified,
        "recognizers": len(recognizers),
        "version": version("presidio-analyzer"),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: presidio_peer.py DIR (a folder of .csv/.json/.jsonl files)", file=sys.stderr)
        return 2
    print(json.dumps(analyse(Path(argv[0]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
