"""``ajar scan -j N``: local files read, classified and assessed by N reader children at once (issue 10).

The report must be the one ``-j 1`` makes (one reader child, classification in the scan's process),
field by field; raw values must stay in the children; the children's limits hold (a handler spinning
past its CPU time is one note, the next file goes on), and they die with the scan.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ajar.config import ScanConfig
from ajar.pipeline import run
from ajar.sources import files
from ajar.sources.base import FileDataset

ROOT = Path(__file__).resolve().parents[2]
VOLATILE = frozenset({"started", "finished", "newest_record_age_seconds"})


def _strip(doc: Any) -> Any:
    if isinstance(doc, dict):
        return {k: _strip(v) for k, v in doc.items() if k not in VOLATILE}
    if isinstance(doc, list):
        return [_strip(v) for v in doc]
    return doc


@pytest.fixture(scope="module")
def evalgen2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The evalgen2 generator's files (the throughput benchmark's seed, 8 records a table), without labels,
    with a bad file, an empty one and one that is not data beside them."""
    pytest.importorskip("faker")
    out = tmp_path_factory.mktemp("eg2") / "files"
    gen = ROOT / "bench/classify/evalgen2/generate.py"
    subprocess.run([sys.executable, str(gen), "--out", str(out), "--records", "8", "--seed", "4242"],
                   check=True, capture_output=True)  # fmt: skip
    (out / "labels.csv").unlink()
    (out / "zz_broken.json").write_text('[{"email": "a@example.org", "name": ')
    (out / "zz_empty.jsonl").write_text("")
    (out / "zz_binary.dat").write_bytes(bytes(range(256)) * 4)
    return out


def _scan(folder: Path, tmp: Path, *extra: str) -> Any:
    out = tmp / f"report{'-'.join(extra)}.json"
    cmd = [sys.executable, "-m", "ajar", "scan", str(folder), "--no-store", "-o", str(out),
           "--sample", "10000", "--max-datasets", "100000", "-q", *extra]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return _strip(json.loads(out.read_text(encoding="utf-8")))


def test_jobs_2_writes_the_report_jobs_1_writes_on_the_evalgen2_files(evalgen2: Path, tmp_path: Path) -> None:
    one, two = _scan(evalgen2, tmp_path, "-j", "1"), _scan(evalgen2, tmp_path, "-j", "2")
    assert one == two
    (svc,) = two["services"]
    assert len(svc["datasets"]) > 140 and sum(1 for d in svc["datasets"] if d.get("fields")) > 100
    assert any("zz_broken" in d["name"] and d.get("notes") for d in svc["datasets"])  # one bad file, one note


def test_the_datasets_come_back_in_order_with_their_samples_left_behind(evalgen2: Path) -> None:
    cfg = ScanConfig(targets=[str(evalgen2)], sample=10_000, max_datasets=100_000)
    serial = run._scan_path(evalgen2, cfg, jobs=1)[0]
    pool = run._scan_path(evalgen2, cfg, jobs=3)[0]
    assert _strip(pool.model_dump(mode="json")) == _strip(serial.model_dump(mode="json"))
    got: list[FileDataset] = list(files.read_path(evalgen2, 10, jobs=2, handle=lambda ds: len(ds.sample)))
    want = list(files.read_path(evalgen2, 10))
    assert [d.name for d in got] == [d.name for d in want]
    for g, w in zip(got, want, strict=True):
        assert g.sample == [] and g.handled in (len(w.sample), None)  # raw values never come back
        assert g.handled is not None or (w.error is not None and not w.sample)


def test_a_limit_of_datasets_leaves_the_same_ones_out(evalgen2: Path) -> None:
    cfg = ScanConfig(targets=[str(evalgen2)], sample=10, max_datasets=7)
    serial, pool = (run._scan_path(evalgen2, cfg, jobs=j)[0] for j in (1, 2))
    assert _strip(pool.model_dump(mode="json")) == _strip(serial.model_dump(mode="json"))
    assert len(pool.datasets) == 7 and pool.coverage is not None and pool.coverage.skipped


def _spin(ds: FileDataset) -> int:
    if ds.name.startswith("b"):
        while True:
            pass
    return len(ds.sample)


def test_a_child_is_not_kept_waiting_behind_a_slow_file_of_the_other(tmp_path: Path) -> None:
    """Files go to the children as they finish them: while one child spends long on the first file, the other
    reads and handles the files after it, not only the few sent ahead before it (which left it idle, waiting
    for the first file to be collected). The datasets still come back in order."""
    for i in range(24):
        (tmp_path / f"f{i:02d}.jsonl").write_text('{"email": "x@example.org"}\n' * 3)
    log = tmp_path.parent / f"{tmp_path.name}-handled.log"

    def handle(ds: FileDataset) -> str:
        if ds.name == "f00":
            time.sleep(3.0)
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{ds.name} {os.getpid()} {time.monotonic()}\n")
        return ds.name

    got = [d.handled for d in files.read_path(tmp_path, 10, jobs=2, handle=handle, seconds=60, handle_seconds=60)]
    assert got == [f"f{i:02d}" for i in range(24)]
    rows = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    (slow,) = [r for r in rows if r[0] == "f00"]
    other = [r for r in rows if r[1] != slow[1]]
    # before the slow file was done, the other child handled every file but those queued behind it in the slow
    # child (fewer than READ_AHEAD: the pool's read-ahead reaches past the 24 files); when the files were shared
    # out only as the oldest was collected, it handled at most READ_AHEAD * 2 - 1 of them
    early = [r for r in other if float(r[2]) < float(slow[2])]
    assert len(early) >= 24 - files.READ_AHEAD - 1


def test_a_handler_spinning_past_its_cpu_time_is_one_note_and_the_rest_goes_on(tmp_path: Path) -> None:
    for name in ("a", "b", "c", "d"):
        (tmp_path / f"{name}.jsonl").write_text('{"email": "x@example.org"}\n' * 3)
    cov = files.Coverage()
    got = list(files.read_path(tmp_path, 10, cov, jobs=2, handle=_spin, handle_seconds=1))
    assert [(d.name, d.handled) for d in got if d.name != "b"] == [("a", 3), ("c", 3), ("d", 3)]
    (b,) = [d for d in got if d.name == "b"]
    assert b.handled is None and b.error is not None and "classifying a dataset took longer than 1 s" in b.error
    assert cov.files_read == 4 and cov.skipped == {"reader_timeout": 1}


def test_a_handler_blocked_past_the_wall_clock_backstop_is_one_note_and_the_scan_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child blocked (not spinning: its CPU-time limit never comes) while it classifies is killed by the
    parent's wall-clock backstop; the dataset is a note, the other files are read and handled."""
    for name in ("a", "b", "c", "d"):
        (tmp_path / f"{name}.jsonl").write_text('{"email": "x@example.org"}\n' * 3)
    never, _keep = os.pipe()  # nobody writes: a read blocks for good, using no CPU

    def block(ds: FileDataset) -> int:
        if ds.name == "b":
            os.read(never, 1)
        return len(ds.sample)

    monkeypatch.setattr(files, "HANDLE_WALL_MARGIN", 2.0)
    cov = files.Coverage()
    t0 = time.monotonic()
    try:
        got = list(files.read_path(tmp_path, 10, cov, jobs=2, handle=block, handle_seconds=1))
    finally:
        os.close(never)
        os.close(_keep)
    assert time.monotonic() - t0 < 60  # the backstop is 4 x 1 + 2 s: ended, well before any test timeout
    assert [(d.name, d.handled) for d in got if d.name != "b"] == [("a", 3), ("c", 3), ("d", 3)]
    (b,) = [d for d in got if d.name == "b"]
    assert b.handled is None and b.error is not None
    assert "classifying a dataset took longer than 6 s (wall clock) and was stopped" in b.error, b.error
    assert cov.files_read == 4 and cov.skipped == {"reader_timeout": 1}


SCRIPT = """
import sys, time
from pathlib import Path
from ajar.sources import files

def hang(ds):
    print("handling", flush=True)
    while True:
        time.sleep(0.05)

for _ in files.read_path(Path(sys.argv[1]), 10, jobs=2, handle=hang, seconds=300, handle_seconds=300):
    pass
"""


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_the_children_die_with_a_killed_parent(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.jsonl").write_text('{"email": "x@example.org"}\n')
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path)], stdout=subprocess.PIPE, env=env)
    kids: list[int] = []
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"handling"
        deadline = time.monotonic() + 30
        while len(kids) < 2 and time.monotonic() < deadline:
            kids = _children(proc.pid)
            time.sleep(0.05)
        assert len(kids) == 2 and all(map(_alive, kids))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        deadline = time.monotonic() + 30
        while any(map(_alive, kids)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(_alive, kids)), "a reader child outlived its killed parent"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
        for k in kids:
            if _alive(k):
                os.kill(k, signal.SIGKILL)  # our own test's orphan, by its pid


def test_jobs_default_to_the_usable_cpus_capped() -> None:
    assert run.jobs_for(3) == 3
    assert 1 <= run.jobs_for(None) <= 4


def _gone(pid: int) -> bool:
    """The child ``pid`` has exited (it stays a zombie: not reaped here)."""
    info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT | os.WNOHANG)
    return info is not None


def test_a_file_sent_while_the_awaited_child_has_died_is_not_read_again_into_the_same_result(tmp_path: Path) -> None:
    """A pool sends files (its ``other_ready``) while one child's file is awaited, to that child too: if that
    child died mid-file just before, the send met a closed pipe and started a fresh child on the whole queue,
    the awaited file included, while it was still being collected: what the dead child had sent of it came
    back twice (here the first member's dataset, then the fresh child's copy, then the note)."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "two.zip", "w") as zf:
        zf.writestr("a.jsonl", '{"email": "x@example.org"}\n' * 3)
        zf.writestr("b.jsonl", '{"email": "y@example.org"}\n' * 3)
    (tmp_path / "next.jsonl").write_text('{"email": "z@example.org"}\n' * 3)

    def handle(ds: FileDataset) -> str:
        if ds.name.endswith("b"):
            time.sleep(0.5)
            os.kill(os.getpid(), signal.SIGKILL)  # dies handling the archive's second member
        return ds.name

    reader = files._Reader(handle, 30.0)
    first = files._job(tmp_path / "two.zip", "two", 10, 30.0, False, None)
    later = files._job(tmp_path / "next.jsonl", "next", 10, 30.0, False, None)
    reader.submit(first)
    pid, started, sent = reader.pid, time.monotonic(), []

    def other_ready() -> None:  # the pool's dispatch, slow once (a fork) as the child dies
        if sent or time.monotonic() < started + 0.3:
            return
        while not _gone(pid):
            time.sleep(0.01)
        sent.append(later)
        reader.submit(later)

    cov = files.Coverage()
    try:
        got = reader.collect(first, cov, lambda: [0], other_ready)
        assert sent
        names = [d.name for d in got]
        assert names.count("two/a") <= 1, names
        assert [d.handled for d in reader.collect(later, cov)] == ["next"]
    finally:
        reader.close()


def test_a_child_replaced_after_its_files_has_none_of_them_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child that ends after a file (replaced, as when its memory grew) with files of its own done and not yet
    collected: a file sent to it then met a closed pipe, and the fresh child was sent all of them again, each
    read and classified twice (what the first child had sent of them dropped)."""
    monkeypatch.setattr(files, "RECYCLE_GROWTH", -1)  # every child is replaced after each file
    for i in range(24):
        (tmp_path / f"f{i:02d}.jsonl").write_text('{"email": "x@example.org"}\n' * 3)
    log = tmp_path.parent / f"{tmp_path.name}-handled.log"

    def handle(ds: FileDataset) -> str:
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{ds.name}\n")
        return ds.name

    got = [d.handled for d in files.read_path(tmp_path, 10, jobs=2, handle=handle, seconds=60, handle_seconds=60)]
    assert got == [f"f{i:02d}" for i in range(24)]
    handled = log.read_text(encoding="utf-8").split()
    assert sorted(handled) == got  # each file classified once
