"""``bench/train/name_patch.py`` carries a change of the detectors' hint lists into the real training rows without
their tables: a row it re-makes must be the row ``real_columns.py`` makes from the table on the new hints."""

from __future__ import annotations

import copy
import csv
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ajar.detectors.health import HealthDetector
from ajar.pipeline import classify, features
from ajar.pipeline.names import field_name

WORD = "zorblax"  # a name no hint list holds: the new hints add it to health's


class _MoreHealth(HealthDetector):
    name_hints = (*HealthDetector.name_hints, WORD)


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def _set(tmp: Path) -> tuple[Path, Path]:
    """A synthetic labelled set: t1 labelled whole, t2 with a column nobody labelled (its siblings unknown)."""
    data, meta = tmp / "files", tmp / "meta"
    data.mkdir()
    meta.mkdir()
    given = ["Ana Lima", "Rui Costa", "Eva Souza", "Leo Dias", "Ivo Reis", "Mia Luz", "Teo Sá", "Bia Paz"]
    _write(
        data / "t1.csv",
        ["person_name", WORD, "visit_no", "city"],
        [[n, ["yes", "no"][i % 2], str(100 + i), ["Porto", "Braga", "Faro"][i % 3]] for i, n in enumerate(given)],
    )
    _write(data / "t2.csv", [WORD, "remarks"], [[str(i % 3), f"r{i}"] for i in range(8)])
    with (meta / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "path", "category", "note"])
        w.writerows(
            [
                ["t1", "person_name", "person.name", ""],
                ["t1", WORD, "special.health", ""],
                ["t1", "visit_no", "none", ""],
                ["t1", "city", "none", ""],
                ["t2", WORD, "special.health", ""],
            ]
        )
    with (meta / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file_id", "repo"])
        w.writerows([["t1", "synthetic/one"], ["t2", "synthetic/two"]])
    return data, meta


def _x(row: dict[str, Any]) -> dict[int, float]:
    return {int(i): float(v) for i, v in row["x"]}


def _built(
    tmp: Path, monkeypatch: pytest.MonkeyPatch, real_columns: ModuleType
) -> tuple[Path, list[dict[str, Any]], list[dict[str, Any]], tuple[Any, ...], tuple[Any, ...]]:
    """The synthetic set's labels folder, its rows on the old hints and on the new (health's with ``WORD``), and
    the two tuples of detectors."""
    data, meta = _set(tmp)
    before, _ = real_columns.build("syn", data, meta)
    dets = classify._DETECTOR_INSTANCES
    more = tuple(_MoreHealth() if d.id == "health" else d for d in dets)
    monkeypatch.setattr(classify, "_DETECTOR_INSTANCES", more)
    after, _ = real_columns.build("syn", data, meta)
    return meta, before, after, dets, more


def test_a_patched_row_is_the_row_made_from_its_table_on_the_new_hints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, train: Callable[[str], ModuleType]
) -> None:
    real_columns = train("real_columns")
    name_patch = train("name_patch")
    meta, before, after, dets, more = _built(tmp_path, monkeypatch, real_columns)
    assert len(before) == len(after) and before != after  # the new hint changes rows: the test can fail
    old = name_patch.Namer(features, field_name, dets)
    new = name_patch.Namer(features, field_name, more)
    patched = copy.deepcopy(before)
    stats, changed = name_patch.verify_and_patch(patched, old, new, {"syn": meta})
    t1 = real_columns.table_of("syn", "t1")
    n1 = sum(1 for r in before if r["t"] == t1)
    assert stats["syn"] == {"rows": len(before), "verified": n1, "partly": len(before) - n1, "changed": changed}
    assert changed > 0
    own = set(name_patch._keys(new, "own"))
    for p, a in zip(patched, after, strict=True):
        xp, xa = _x(p), _x(a)
        if p["t"] == t1:  # every name of the table known: the row is the table's, to the stored digits
            assert xp.keys() == xa.keys()
            assert all(abs(xp[k] - xa[k]) <= name_patch.TOL for k in xp)
        else:  # a sibling nobody labelled: only the row's own name's features are re-made, and they are right
            assert {k: v for k, v in xp.items() if k in own} == {k: v for k, v in xa.items() if k in own}
    # the row of the new word now says health through its name; before, it did not
    agrees = new.index["health.agrees"]
    assert all(agrees in _x(r) for r in patched if r["y"] == "special.health")
    assert not any(agrees in _x(r) for r in before if r["y"] == "special.health")


def test_a_row_whose_names_do_not_make_it_again_is_left_as_it_is(
    tmp_path: Path, train: Callable[[str], ModuleType]
) -> None:
    real_columns = train("real_columns")
    name_patch = train("name_patch")
    data, meta = _set(tmp_path)
    rows, _ = real_columns.build("syn", data, meta)
    dets = classify._DETECTOR_INSTANCES
    namer = name_patch.Namer(features, field_name, dets)
    people = namer.index["people"]
    for r in rows:  # a stored people flag the table's names do not make: that part is not verified, nor re-made
        r["x"] = [[i, v] for i, v in r["x"] if i != people]
    more = tuple(_MoreHealth() if d.id == "health" else d for d in dets)
    patched = copy.deepcopy(rows)
    stats, _ = name_patch.verify_and_patch(patched, namer, name_patch.Namer(features, field_name, more), {"syn": meta})
    assert stats["syn"].get("verified", 0) == 0
    assert all(people not in _x(r) for r in patched)


def test_remade_takes_only_the_sets_re_made_from_their_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, train: Callable[[str], ModuleType]
) -> None:
    """``real_columns.py --update k --out COPY`` re-makes k and keeps every other set's rows as the copy held them
    (bench/README's recipe copies the committed file before the patch: the old hints). ``--remade COPY`` took every
    table of the copy, so the kept sets' patched rows were put back as they were before the patch."""
    import gzip
    import json

    real_columns = train("real_columns")
    name_patch = train("name_patch")
    meta, before, after, dets, more = _built(tmp_path, monkeypatch, real_columns)
    # a set whose tables are not on the machine (the same tables under another set name): patched only
    ids = {real_columns.table_of("syn", ds): real_columns.table_of("absent", ds) for ds in ("t1", "t2")}
    absent = [{**r, "s": "absent", "t": ids[r["t"]]} for r in before]
    rows = copy.deepcopy(before + absent)
    old, new = name_patch.Namer(features, field_name, dets), name_patch.Namer(features, field_name, more)
    name_patch.verify_and_patch(rows, old, new, {"syn": meta, "absent": meta})
    patched_absent = [r for r in rows if r["s"] == "absent"]
    assert [_x(r) for r in patched_absent] != [_x(r) for r in absent]  # the patch changed them: the test can fail
    remade = tmp_path / "remade.jsonl.gz"  # what --update syn wrote on a copy of the file before the patch
    with gzip.open(remade, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"dense": new.dense}) + "\n")
        for r in [*absent, *after]:
            fh.write(json.dumps(r) + "\n")
    assert name_patch.substitute(rows, remade, new.dense, {"syn"}) == len(after)
    assert [r for r in rows if r["s"] == "syn"] == after
    assert [r for r in rows if r["s"] == "absent"] == patched_absent


class _MoreHealth42(HealthDetector):
    name_hints = (*HealthDetector.name_hints, "zorblax42")


def test_a_row_is_not_re_made_from_a_labelled_name_it_may_not_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, train: Callable[[str], ModuleType]
) -> None:
    """A row's path is found by its name grams, which leave digits out: ``zorblax21`` (labelled, but not in the
    table: ``real_columns`` finds no column) and ``zorblax42`` hold the same grams, so the row of ``zorblax42`` was
    taken for ``zorblax21``; the old hints say the same of both, so it verified, and it was re-made from the wrong
    name on the new hints (``zorblax42`` agrees with health, ``zorblax21`` does not)."""
    real_columns = train("real_columns")
    name_patch = train("name_patch")
    data, meta = tmp_path / "files", tmp_path / "meta"
    data.mkdir()
    meta.mkdir()
    _write(data / "t1.csv", ["person_name", "zorblax42", "city"],
           [[f"Ana Lima {i}", str(i % 3), ["Porto", "Braga"][i % 2]] for i in range(8)])
    with (meta / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["file_id", "path", "category", "note"], ["t1", "person_name", "person.name", ""],
                                  ["t1", "zorblax21", "special.health", ""], ["t1", "zorblax42", "special.health", ""],
                                  ["t1", "city", "none", ""]])
    with (meta / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["file_id", "repo"], ["t1", "synthetic/one"]])
    before, _ = real_columns.build("syn", data, meta)
    dets = classify._DETECTOR_INSTANCES
    more = tuple(_MoreHealth42() if d.id == "health" else d for d in dets)
    monkeypatch.setattr(classify, "_DETECTOR_INSTANCES", more)
    after, _ = real_columns.build("syn", data, meta)
    new = name_patch.Namer(features, field_name, more)
    agrees = new.index["health.agrees"]
    assert all(agrees in _x(r) for r in after if r["y"] == "special.health")  # the test can fail
    patched = copy.deepcopy(before)
    stats, _ = name_patch.verify_and_patch(patched, name_patch.Namer(features, field_name, dets), new, {"syn": meta})
    def near(a: dict[int, float], b: dict[int, float]) -> bool:
        return a.keys() == b.keys() and all(abs(a[k] - b[k]) <= name_patch.TOL for k in a)

    for p, a, b in zip(patched, after, before, strict=True):  # each row re-made right, or left as it was
        assert near(_x(p), _x(a)) or _x(p) == _x(b), (a["y"], stats)
    assert stats["syn"]["ambiguous"] == sum(1 for r in before if r["y"] == "special.health")


def test_the_table_part_is_not_re_made_from_a_table_whose_names_are_not_all_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, train: Callable[[str], ModuleType]
) -> None:
    """The table's people flag is made from every column's name, the labelled ones' and the others'. Verified on
    the labelled names alone (t2: ``zorbquux`` labelled, ``full_name`` not), it holds by accident: both say
    people on the old hints; on new hints without ``zorbquux`` the labelled names no longer say it, ``full_name``
    still does, and the patch took the flag away."""
    import types

    real_columns = train("real_columns")
    name_patch = train("name_patch")
    data, meta = tmp_path / "files", tmp_path / "meta"
    data.mkdir()
    meta.mkdir()
    _write(data / "t2.csv", ["zorbquux", "full_name"], [[str(i % 3), f"Ana Lima {i}"] for i in range(8)])
    with (meta / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["file_id", "path", "category", "note"], ["t2", "zorbquux", "none", ""]])
    with (meta / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["file_id", "repo"], ["t2", "synthetic/two"]])
    hints = features._PEOPLE_HINTS
    monkeypatch.setattr(features, "_PEOPLE_HINTS", (*hints, "zorbquux"))
    before, _ = real_columns.build("syn", data, meta)
    old_people = (*hints, "zorbquux")
    old_f = types.SimpleNamespace(**vars(features))
    old_f.people_context = lambda names: any(features.matches(n, old_people) for n in names.values())
    old = name_patch.Namer(old_f, field_name, classify._DETECTOR_INSTANCES)
    monkeypatch.setattr(features, "_PEOPLE_HINTS", hints)
    after, _ = real_columns.build("syn", data, meta)
    people = old.index["people"]
    assert all(people in _x(r) for r in before) and all(people in _x(r) for r in after)  # full_name says it
    patched = copy.deepcopy(before)
    stats, _ = name_patch.verify_and_patch(
        patched, old, name_patch.Namer(features, field_name, classify._DETECTOR_INSTANCES), {"syn": meta}
    )
    assert stats["syn"]["partly"] == len(before)  # the own part verified; the siblings are not known
    assert all(people in _x(r) for r in patched), stats
