"""A file linked inside the folder named is read once (review of round 9).

A symlink whose file is also in the folder (``alias.csv -> people.csv``) was read twice, two datasets of one
file; a hard link too. Now each file is read once, by its identity (device and inode), under its own name: the
other names are counted (``same_file``) and the dataset says it was linked; a link to a file the walk does not
reach otherwise (a dot-file) is followed, and the dataset says so. A link out of the folder is still never
followed (README: "Nothing outside what was named is read"). Each walk runs in a child under an address-space
limit and a timeout (``scan_bounded``). Every file is synthetic.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.sources.test_hostile_files import scan_bounded

CSV = "full_name,email\nAna Costa,ana@example.org\nJoao Silva,joao@example.org\n"


def test_a_file_and_its_links_are_one_dataset(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    (root / "sub").mkdir(parents=True)
    (root / "people.csv").write_text(CSV)
    (root / "a_alias.csv").symlink_to("people.csv")  # walked before its file
    (root / "z_alias.csv").symlink_to(root / "people.csv")  # absolute, after it
    (root / "sub" / "up.csv").symlink_to("../people.csv")  # from a folder below
    os.link(root / "people.csv", root / "sub" / "hard.csv")  # a hard link: the same file too
    (root / "orders.csv").write_text("order,total\n1,2\n3,4\n")
    got, skipped, _ = scan_bounded(root)
    assert [(g[0], g[1]) for g in got] == [("orders", 2), ("people", 2)], got
    assert skipped == {"same_file": 4}, skipped
    notes = got[1][4]
    assert any("4 other names" in n and "read once" in n for n in notes), notes
    assert not any("link" in n for n in got[0][4]), got[0][4]


def test_a_linked_folder_is_read_once_under_its_own_name(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    (root / "crm").mkdir(parents=True)
    (root / "crm" / "people.csv").write_text(CSV)
    (root / "a_crm").symlink_to("crm")  # walked before the folder it leads to
    (root / "loop").symlink_to(".")
    got, skipped, _ = scan_bounded(root)
    assert [g[0] for g in got] == ["crm.people"], got
    assert skipped == {"same_file": 1, "symlink_loop": 1}, skipped


def test_a_link_to_what_the_walk_skips_is_followed_and_said(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    root.mkdir()
    (root / ".people.csv").write_text(CSV)
    (root / "people.csv").symlink_to(".people.csv")
    (tmp_path / "outside.csv").write_text(CSV)
    (root / "out.csv").symlink_to(tmp_path / "outside.csv")  # out of the folder: never followed
    got, skipped, _ = scan_bounded(root)
    assert [(g[0], g[1]) for g in got] == [("people", 2)], got
    assert any("read through a symbolic link" in n for n in got[0][4]), got[0][4]
    assert skipped == {"hidden": 1, "link_outside_target": 1}, skipped
