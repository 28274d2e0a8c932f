"""Draw the second labeller's sample of columns from the frozen real-world sets (issue 10).

    python bench/classify/agreement/sample.py            # writes sample_rw2.csv and sample_rw3.csv
    python bench/classify/agreement/sample.py --show rw3 # prints each sampled column with a few values
    python bench/classify/agreement/sample.py --set rw5  # writes sample_rw5.csv (realworld5, seed "20261206-rw5")
    python bench/classify/agreement/sample.py --set rw6  # writes sample_rw6.csv (realworld6, seed "20261206-rw6")
    python bench/classify/agreement/sample.py --set rw7  # writes sample_rw7.csv (realworld7, seed "20261206-rw7")
    python bench/classify/agreement/sample.py --rare     # the rare-category supplement (sample_rare_*.csv)
    python bench/classify/agreement/sample.py --idhealth # the national-id and health supplement

Columns are enumerated from the data files themselves (the manifest's file ids, read with
realworld2's ``check.read_columns``: CSV header cells, dotted JSON paths with arrays transparent and
Extended JSON wrappers as one leaf), never from the sets' label files. Two strata per set:

* ``personal``: columns whose *name* looks like it may hold personal data (a keyword list written
  by the second labeller before labelling, below); ``N_PERSONAL`` of them are drawn;
* ``rest``: every other column; the remainder of the sample is drawn from them.

A supplement (``--rare``, drawn after the main sample's labels were committed, before any of its own
first labels were read) takes *every* other column whose name points at one of the rare categories
(IBAN / account, card, religion, ethnicity / nationality, device ids, embeddings), because the random
sample holds at most a few of them and the per-category recall targets rest on exactly those columns.
It is compared separately (``sample_rare_*.csv``, ``second_labels_rare_*.csv``). A second supplement
(``--idhealth``, drawn after the first comparison showed how few national-id and health columns the
random sample held: 1 of realworld3's 29 national-id columns) takes up to ``N_IDHEALTH`` further
columns whose names point at national ids or health data, with the same seed, labelled blind too
(``sample_idhealth_*.csv``, ``second_labels_idhealth_*.csv``).

Both draws use ``random.Random(SEED)``, so the sample is reproducible. The stratum of each sampled
column and the size of each stratum are written beside it, so that agreement can be reweighted to the
whole set (``compare.py`` does).

``--show`` prints values to the terminal for labelling by hand; they are never written to a file.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CLASSIFY = HERE.parent
SEED = 20261206
SETS = {
    # set -> (manifest folder, data folder, sample size, of which from the "personal" stratum)
    "rw2": ("realworld2", Path("/work/data/realworld2"), 200, 120),
    "rw3": ("realworld3", Path("/work/data/realworld3"), 300, 150),
    "rw5": ("realworld5", Path("/work/data/realworld5"), 300, 150),
    "rw6": ("realworld6", Path("/work/data/realworld6"), 300, 150),
    "rw7": ("realworld7", Path("/work/data/realworld7"), 300, 150),
}
# set -> the check.py whose ``read_columns`` enumerates its columns (realworld5, realworld6 and realworld7
# have their own readers, realworld3's with the set's folders; rw2 and rw3 were drawn with realworld2's and stay so)
CHECKS = {"rw2": "realworld2", "rw3": "realworld2", "rw5": "realworld5", "rw6": "realworld6", "rw7": "realworld7"}
# sets drawn when no --set is given (rw5, rw6 and rw7 were added later, after rw2 and rw3 were labelled)
DEFAULT = ("rw2", "rw3")
PERSONAL = re.compile(
    r"name|nom|nome|nombre|first|last|surname|family|given|author|contact|owner|person|user|"
    r"customer|client|patient|employee|student|member|"
    r"mail|phone|tel|mobile|cell|fax|whats|"
    r"addr|street|road|house|zip|post|plz|cep|city|address|direc|endere|"
    r"birth|dob|born|nasc|nacim|geburt|"
    r"ssn|social|national|nid|passport|licen|tax|cpf|cnpj|dni|nik|npwp|inn|snils|kimlik|"
    r"lat|lon|lng|geo|coord|location|gps|"
    r"ip|host|mac|imei|device|serial|udid|idfa|"
    r"card|cc_|pan|cvv|iban|account|acct|bank|"
    r"race|ethnic|religion|faith|"
    r"diag|disease|condition|symptom|medic|drug|allerg|blood|glucose|bmi|cholest|pressure|health|"
    r"pregnan|disab|smok|icd|treat|test|result|heart|insulin|"
    r"pass|pwd|secret|token|key|hash|auth|jwt|session|"
    r"face|embed|encod|biometric",
    re.I,
)
RARE = re.compile(
    r"iban|rekening|konto|cuenta|conta|account_?n|acct|card|karta|tarjeta|cart[aã]o|kart|"
    r"religi|agama|faith|glaube|geloof|din\b|ethnic|race|raza|ra[cç]a|etnia|nation|"
    r"imei|mac|device|udid|idfa|gaid|android|embed|face|encod|vector|biometr|finger",
    re.I,
)


IDHEALTH = re.compile(
    r"ssn|social|national|nid|nik|npwp|cpf|rut\b|cnic|curp|rfc|dni|nie\b|passport|pasaporte|licen|driver|"
    r"kimlik|tc_?no|aadhaa?r|inn\b|snils|document|cedula|cédula|nif|nir|pesel|fiscal|\bcf\b|tax|ktp|nric|"
    r"identity|identidad|id_?card|ident|"
    r"diag|disease|condition|symptom|sintom|medic|drug|allerg|alergi|blood|sangu|glucose|sugar|bmi|cholest|"
    r"pressure|presion|health|sa[uú]de|salud|pregnan|disab|smok|icd|treat|trat|therap|prescri|heart|insulin|"
    r"hba1c|hdl|ldl|creat|weight|height|pulse|spo2|temperat|vital|lab|test|outcome|cancer|diabet|hypert|"
    r"asthma|hiv|vaccin|antecedent|enferm|doen|malad|krank|penyakit|keluhan|complaint|triage|triaj|note",
    re.I,
)
N_IDHEALTH = 60


def _load_check(name: str = "rw2") -> Any:
    folder = CHECKS[name]
    spec = importlib.util.spec_from_file_location(f"{folder}_check", CLASSIFY / folder / "check.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def columns(name: str) -> list[tuple[str, str]]:
    """Every (file id, path) of a set, in manifest order."""
    folder, data, _, _ = SETS[name]
    chk = _load_check(name)
    out: list[tuple[str, str]] = []
    with (CLASSIFY / folder / "manifest.csv").open(newline="", encoding="utf-8") as fh:
        for m in csv.DictReader(fh):
            path = chk.data_file(data, m["file_id"])
            if path is None:
                sys.exit(f"{m['file_id']}: no data file in {data}")
            out.extend((m["file_id"], c) for c in chk.read_columns(path))
    return out


def leaf(path: str) -> str:
    return path.rsplit(".", 1)[-1]


def draw(name: str) -> list[tuple[str, str, str, int]]:
    """(file id, path, stratum, stratum size) of the sample, sorted by file id and path."""
    _, _, size, n_personal = SETS[name]
    cols = columns(name)
    personal = [c for c in cols if PERSONAL.search(leaf(c[1]))]
    rest = [c for c in cols if not PERSONAL.search(leaf(c[1]))]
    rng = random.Random(f"{SEED}-{name}")
    picked = [(*c, "personal", len(personal)) for c in rng.sample(personal, min(n_personal, len(personal)))]
    picked += [(*c, "rest", len(rest)) for c in rng.sample(rest, size - len(picked))]
    return sorted(picked)


def draw_rare(name: str) -> list[tuple[str, str, str, int]]:
    """Every column not in the main sample whose name matches ``RARE``."""
    with (HERE / f"sample_{name}.csv").open(newline="", encoding="utf-8") as fh:
        taken = {(r["file_id"], r["path"]) for r in csv.DictReader(fh)}
    cols = [c for c in columns(name) if c not in taken and RARE.search(leaf(c[1]))]
    return sorted((*c, "rare", len(cols)) for c in cols)


def draw_idhealth(name: str) -> list[tuple[str, str, str, int]]:
    """Up to ``N_IDHEALTH`` columns outside both earlier draws whose name matches ``IDHEALTH``."""
    taken: set[tuple[str, str]] = set()
    for prefix in ("sample_", "sample_rare_"):
        with (HERE / f"{prefix}{name}.csv").open(newline="", encoding="utf-8") as fh:
            taken |= {(r["file_id"], r["path"]) for r in csv.DictReader(fh)}
    cols = [c for c in columns(name) if c not in taken and IDHEALTH.search(leaf(c[1]))]
    rng = random.Random(f"{SEED}-idhealth-{name}")
    return sorted((*c, "idhealth", len(cols)) for c in rng.sample(cols, min(N_IDHEALTH, len(cols))))


def write(path: Path, rows: list[tuple[str, str, str, int]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "path", "stratum", "stratum_size"])
        w.writerows(rows)


def show(name: str, prefix: str) -> None:
    folder, data, _, _ = SETS[name]
    chk = _load_check(name)
    cache: dict[str, dict[str, list[Any]]] = {}
    with (HERE / f"{prefix}{name}.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            fid = r["file_id"]
            if fid not in cache:
                cache[fid] = chk.read_columns(chk.data_file(data, fid))
                print(f"[{fid}]  columns: {', '.join(list(cache[fid])[:40])}")
            vals = cache[fid].get(r["path"], [])
            uniq: list[str] = []
            for v in vals:
                s = json.dumps(v, ensure_ascii=False)[:40]
                if s not in uniq:
                    uniq.append(s)
                if len(uniq) == 6:
                    break
            print(f"  {r['path'][:45]:45} n={len(vals):3} {' | '.join(uniq)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", choices=sorted(SETS))
    ap.add_argument("--rare", action="store_true", help="the rare-category supplement instead of the main sample")
    ap.add_argument("--idhealth", action="store_true", help="the national-id and health supplement")
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="draw these sets only (default rw2, rw3)")
    a = ap.parse_args()
    prefix = "sample_idhealth_" if a.idhealth else "sample_rare_" if a.rare else "sample_"
    if a.show:
        show(a.show, prefix)
        return
    for name in a.set or DEFAULT:
        rows = draw_idhealth(name) if a.idhealth else draw_rare(name) if a.rare else draw(name)
        write(HERE / f"{prefix}{name}.csv", rows)
        print(f"{name}: {len(rows)} columns {'taken' if a.rare else f'sampled, seed {SEED}'}")


if __name__ == "__main__":
    main()
