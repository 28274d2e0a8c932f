"""Local files as scan targets: data dumps read from disk, never from the network.

:func:`read_path` takes a file or a directory and yields one :class:`FileDataset` per
dataset found. Every file is sniffed by its content, never trusted by its extension:

* ``jsonl``: one JSON value per line (mongoexport's default, even named ``.json``), one
  dataset per file; ``json``: one document (an array: one dataset; an object of arrays: one
  per array, ``<file>.<key>``); Extended JSON unwrapped in both (``jsonfile.py``);
* ``elasticdump`` / ``es_bulk``: Elasticsearch exports, one dataset per file (``_source`` /
  source lines);
* ``csv`` (dialect sniffed; values stay text), ``parquet``, ``bson`` (mongodump): one per
  file; ``sqlite``: one per table, ``<file>.<table>`` (``tabular.py``);
* ``sql_mysql`` / ``sql_postgres`` / ``sql_sqlite``: mysqldump, pg_dump (plain), SQLite
  ``.dump``: one per table, ``<file>.<table>`` (``sqldump.py``); ``mysql_tab``: ``mysqldump --tab``'s
  ``t.txt``, its columns named by ``t.sql`` beside it (which is counted as ``dump_metadata``);
* ``psql_table`` / ``psql_expanded`` / ``mysql_table``: a query result saved from ``psql`` (aligned or ``\\x``)
  or ``mysql -t`` (``clientout.py``); ``mongo_shell``: documents mongosh or the legacy mongo shell printed
  (``mongosh.py``);
* ``xlsx`` / ``ods``: one per sheet, ``<file>.<sheet>`` (``sheets.py``);
* layers: gzip, bzip2, xz, zstd; ZIP and tar, whose members are ``<archive>/<member>``
  (``archives.py``).

A directory is walked to :data:`MAX_DEPTH` levels (``dump/<db>/<coll>.bson`` gives
``<db>.<coll>``). Nothing outside what was named is read: a symlink leading out of the
directory (``link -> ..``) is skipped; one inside is followed, each file read once by its identity,
under its own name (the other names counted as ``same_file``); skipped too are FIFOs, devices and sockets (opened
non-blocking and checked with ``fstat``, so a FIFO never hangs the run), dot-files and
mongodump's ``*.metadata.json`` (``.metadata.json.gz`` with ``--gzip``). Every skipped file is counted by reason in
:class:`Coverage`, so nothing is silently unseen.

Bounded: top-level files are read in turn by a reader child process (:class:`_Reader`, one
``fork`` for many files) under an address-space limit (:data:`MEMORY_LIMIT` beyond the parent's)
and a deadline per file; it sends each file's datasets back over a pipe as it finishes them (raw
values travel only between ajar's own processes, in memory), and reads the next file while the
caller handles this one's. A file that blows the memory limit, crashes or hangs the reader ends
as a note, and the next file gets a fresh child, so the run goes on. A scan with ``--jobs`` N >= 2 has
N such children (:class:`_Pool`), each reading whole files and handling (classifying) their datasets
itself, sending back what the handler made instead of the sample. Inside, every layer is
bounded in bytes (:class:`~ajar.sources.base.Budget`), records are streamed, at most
:data:`MAX_SCAN` records per dataset are read and ``sample`` of them kept by reservoir sampling
(uniform, seeded, so runs repeat). ``records`` is exact when the whole dataset was read or the
format stores a count (Parquet metadata, SQLite ``COUNT(*)``), else None.

Forked from a worker thread: ``ajar scan`` reads a path in a thread of the asyncio loop's executor
(so that the loop, and its Ctrl-C handler, run meanwhile), and that thread forks the reader children.
A forked child holds only the forking thread; a lock another thread held at the fork stays held in
the child for good, and the child waits forever on its first use of it. At the fork the scan has
(measured, ``-j 1`` and ``-j 2``) three threads: the loop's, waiting in ``select`` (it holds no lock
the child takes), the forking one, and, on a terminal without ``-q``, rich's progress refresh, which
ten times a second takes its console's lock and ``sys.stderr``'s buffer lock to draw (for as long as
the write takes: a stalled terminal, a paused ``ssh``, holds it). What a reader child takes, and why
each is safe:

* ``sys.stdout``/``sys.stderr``: the child writes to neither itself, but a library may (a warning, a
  ``print``), and a dataset being classified (``-j`` N) has no deadline but CPU time, so a child
  blocked there would hang the scan. The child replaces both with its own objects on descriptors 1
  and 2 first thing (:func:`_own_stdio`), and never finalizes the parent's (that would flush them:
  their lock, and the parent's unwritten bytes written twice). ``tests/sources/test_reader_fork.py``
  forks with another thread blocked inside a write to ``sys.stderr``; it hung before.
* the dynamic loader's lock (``PR_SET_PDEATHSIG`` goes through ``ctypes``): ``prctl`` is looked up
  in the parent before the fork (:func:`_prctl`), so the child opens and looks nothing up.
* the import machinery: CPython resets its global import lock in the child; a module's own lock is
  held only by a thread importing that module, and neither other thread imports what the child does
  (file parsers, and with ``-j`` N the classifier, which ``before_fork`` imported and loaded before).
* ``logging``: CPython's own fork handlers re-create its locks in the child; the child logs nothing.
* the allocator: Python's is guarded by the GIL, which the forking thread holds; glibc's ``malloc``
  takes its arenas' locks around ``fork``.
* the child's other state (pipes, its timer, its limits) is made after the fork, by the child.

Errors: a path that does not exist raises :class:`~ajar.errors.TargetError`; a file that
cannot be read or parsed gives a dataset with ``error`` set (naming the file and the problem,
never a value) and whatever sample was read before the problem; nothing raises for one bad
file.
"""

from __future__ import annotations

import errno
import fcntl
import io
import math
import os
import pickle
import secrets
import select
import shutil
import signal
import stat
import struct
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any

from ajar import defaults
from ajar.errors import TargetError
from ajar.knowledge import EngineKnowledge, Guide
from ajar.names import theirs
from ajar.sources import base
from ajar.sources.archives import compressed_source, distinct_names, guarded, logical_name, read_tar, read_zip
from ajar.sources.base import Budget, BudgetExceeded, FileDataset, SkipReason, Source, SpoolDir
from ajar.sources.clientout import client_table, read_client_table, read_psql_expanded
from ajar.sources.encodings import text_codec, transcoded_source
from ajar.sources.jsonfile import read_json
from ajar.sources.mongosh import mongo_shell, read_mongo_shell
from ajar.sources.sheets import read_sheets
from ajar.sources.sqldump import looks_like_sql, read_sql, read_tab, tab_schema, tab_schema_only
from ajar.sources.tabular import read_bson, read_csv, read_parquet, read_sqlite, sqlite_companion

__all__ = [
    "FILE_SECONDS_PER_TIMEOUT", "MAX_DEPTH", "MAX_SCAN", "Coverage", "FileDataset", "SkipReason", "end_readers",
    "read_path",
]  # fmt: skip

#: Records read per dataset at most; the sample is drawn from these.
MAX_SCAN = base.MAX_SCAN
#: Directory levels walked below the directory that was named (``--depth``).
MAX_DEPTH = defaults.FILE_DEPTH
#: Files read from one directory tree at most.
MAX_FILES = 10_000
#: mongodump's index/options file beside each collection (``--gzip`` compresses it too): metadata, not data.
MONGO_METADATA = (".metadata.json", ".metadata.json.gz")
#: Bytes of address space a file's reader may use beyond what the parent process had.
MEMORY_LIMIT = 768 << 20
#: Seconds one top-level file may take, unless the caller says otherwise.
FILE_SECONDS = 30.0
#: A scan gives each top-level file this many ``--timeout`` periods.
FILE_SECONDS_PER_TIMEOUT = 6
_SNIFF = 4096
_GRACE = 5.0


@dataclass
class Coverage:
    """What a path scan read and what it skipped, by reason (counts only: no names, no values)."""

    files_read: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: SkipReason, where: str = "") -> None:
        """Count one skipped file or member."""
        self.skipped[reason.value] = self.skipped.get(reason.value, 0) + 1


def read_path(
    path: Path,
    sample: int,
    coverage: Coverage | None = None,
    *,
    max_depth: int = MAX_DEPTH,
    seconds: float = FILE_SECONDS,
    isolate: bool = True,
    max_datasets: int | None = None,
    jobs: int = 1,
    handle: Callable[[FileDataset], object] | None = None,
    handle_seconds: float = FILE_SECONDS,
    before_fork: Callable[[], object] | None = None,
    stop: threading.Event | None = None,
) -> Iterator[FileDataset]:
    """Datasets of a local file or directory, each with up to ``sample`` records.

    ``coverage`` (if given) is filled with the files read and skipped. ``seconds`` bounds
    each top-level file; ``isolate`` reads each in a memory-limited child process. After
    ``max_datasets`` datasets, the rest (and the files not yet read) are counted, not read.
    Raises :class:`TargetError` when ``path`` does not exist; never for one bad file.

    With ``handle``, ``jobs`` >= 2 and ``isolate``, when there are at least two files, up to ``jobs``
    reader children (:class:`_Pool`, forked from this process as it is: whatever ``handle`` needs is
    best loaded before) read the files at once, each file whole in one child, and each child calls
    ``handle(ds)`` on each dataset it read, under its limits (memory; ``handle_seconds`` of CPU a
    dataset as a backstop; ``before_fork()`` is called first, to load what ``handle`` needs once for
    all): the dataset comes back with :attr:`FileDataset.handled` set to what
    ``handle`` returned and its sample left in the child (empty). Datasets are yielded in the same
    order as without ``handle``; one with ``handled`` None (a file that could not be opened, or
    whose reader failed: a note, no sample) was not handled, and neither was any dataset when the
    files are read one at a time, so a caller handles those itself.

    When ``stop`` is set (a Ctrl-C, from another thread), :class:`Stopped` is raised between files,
    between datasets, or within a second while a reader child reads: the children are killed and
    reaped first, so the caller's thread returns at once and leaves no process behind. A process that
    exits without waiting for that thread calls :func:`end_readers` first.
    """
    cov = coverage if coverage is not None else Coverage()
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise TargetError(f"local path {str(path)!r} does not exist: give an existing file or directory") from None
    except OSError as exc:
        raise TargetError(f"local path {str(path)!r} cannot be read ({exc.strerror or type(exc).__name__})") from None
    if stat.S_ISDIR(st.st_mode):
        files = _walk(path, max_depth, cov)
    else:
        files = [(path, logical_name(path.name), None, ())]
    named = not stat.S_ISDIR(st.st_mode)
    given = 0

    def over() -> bool:
        return max_datasets is not None and given >= max_datasets

    reader: _Reader | _Pool | None = None
    if isolate:
        _fork_again()
        n = min(jobs, len(files)) if handle is not None else 1
        if n >= 2 and before_fork is not None:
            before_fork()
        reader = _Pool(n, handle, handle_seconds, stop) if n >= 2 else _Reader(stop=stop)
    try:
        for ready in _each_file(files, reader, sample, cov, seconds, named, over):
            _check(stop)
            if ready is None:  # not read: the run's limit was reached before it
                cov.skip(SkipReason.OVER_LIMIT)
                continue
            for ds in ready:
                if over():
                    cov.skip(SkipReason.OVER_LIMIT)
                    continue
                _check(stop)
                given += 1
                yield ds
    finally:
        if reader is not None:
            reader.close()


class Stopped(Exception):  # noqa: N818 - a stop asked for, not an error
    """The reading was stopped (:func:`read_path`'s ``stop`` was set): what was yielded is all there is."""


def _check(stop: threading.Event | None) -> None:
    if stop is not None and stop.is_set():
        raise Stopped


# --- the directory walk --------------------------------------------------------------------------


#: A file found by the walk: its resolved path, dataset name, (st_dev, st_ino) when walked (None for a file
#: named by the user), and the notes its datasets get (how links led to it)
_Found = tuple[Path, str, "tuple[int, int] | None", tuple[str, ...]]


def _walk(root: Path, max_depth: int, cov: Coverage) -> list[_Found]:
    """Regular files under ``root`` (never outside it), with their dataset names (distinct:
    :func:`~ajar.sources.archives.distinct_names`) and identities; the rest counted.

    Each file and folder is read once, by its identity: the walk takes what is there under its own names
    first, and follows the symlinks it met (those that stay inside ``root``) after, so a file that is also
    linked (``alias.csv -> people.csv``, a hard link) is read under its own name, each other name counted as
    ``same_file`` and said in a note on its datasets; a link to what the walk does not reach otherwise (a
    dot-file, a folder below the depth) is followed, with a note that it was."""
    real_root = os.path.realpath(root)
    seen_dirs = {real_root}
    out: list[tuple[Path, tuple[int, int]]] = []  # each file's resolved path and identity
    parts: list[tuple[str, ...]] = []  # each file's folders below the root and its own name
    linked: list[bool] = []  # each file reached only through a symlink
    others: list[int] = []  # each file's other names (links) not read again
    index: dict[tuple[int, int], int] = {}  # identity -> its place in ``out``
    links: deque[tuple[os.DirEntry[str], list[str], int]] = deque()  # met, followed once the walk is done

    def inside(real: str, of: str = real_root) -> bool:
        return real == of or real.startswith(of.rstrip(os.sep) + os.sep)

    def walk(d: Path, prefix: list[str], depth: int) -> None:
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            cov.skip(SkipReason.UNREADABLE)
            return
        for e in entries:
            if e.name.startswith("."):
                cov.skip(SkipReason.HIDDEN)
            elif e.is_symlink():
                links.append((e, prefix, depth))
            else:
                entry(e, prefix, depth, link=False)

    def entry(e: os.DirEntry[str], prefix: list[str], depth: int, *, link: bool) -> None:
        full = Path(e.path)
        real = os.path.realpath(full)
        if link and not inside(real):
            cov.skip(SkipReason.OUTSIDE)
            return
        try:
            st = os.stat(full)
        except OSError as exc:
            cov.skip(SkipReason.LOOP if exc.errno == errno.ELOOP else SkipReason.UNREADABLE)
            return
        if stat.S_ISDIR(st.st_mode):
            if real in seen_dirs:  # a link to a folder above it, or to one walked already under its own name
                cov.skip(SkipReason.LOOP if inside(os.path.realpath(full.parent), real) else SkipReason.SAME_FILE)
                return
            if depth >= max_depth:
                cov.skip(SkipReason.TOO_DEEP)
                return
            seen_dirs.add(real)
            walk(full, [*prefix, e.name], depth + 1)
        elif stat.S_ISREG(st.st_mode):
            if e.name.endswith(MONGO_METADATA):  # mongodump's index/options file beside the .bson
                cov.skip(SkipReason.METADATA)
                return
            ident = (st.st_dev, st.st_ino)
            if ident in index:  # read once, under the name the walk found first (links come last)
                cov.skip(SkipReason.SAME_FILE)
                others[index[ident]] += 1
                return
            if len(out) >= MAX_FILES:
                cov.skip(SkipReason.TOO_MANY)
                return
            index[ident] = len(out)
            # read the resolved path that was checked to be inside, not the link (which could be swapped)
            out.append((Path(real), ident))
            parts.append((*prefix, e.name))
            linked.append(link)
            others.append(0)
        else:
            cov.skip(SkipReason.NOT_REGULAR)

    walk(root, [], 1)
    while links:  # each folder is walked once (seen_dirs), so this ends
        e, prefix, depth = links.popleft()
        entry(e, prefix, depth, link=True)
    order = sorted(range(len(out)), key=lambda i: parts[i])  # the walk's order: by folders, then names
    names = distinct_names([parts[i] for i in order], ".")
    return [(out[i][0], n, out[i][1], _link_notes(linked[i], others[i])) for i, n in zip(order, names, strict=True)]


def _link_notes(linked: bool, others: int) -> tuple[str, ...]:
    """What a file's datasets say of the links that led to it (ajar's words: no name of the target's)."""
    notes: list[str] = []
    if linked:
        notes.append("read through a symbolic link (the file it leads to is inside the folder named)")
    if others:
        notes.append(f"read once: {others} other name{'s' if others > 1 else ''} in the folder (symbolic or hard "
                     f"links) lead{'' if others > 1 else 's'} to the same file (coverage: same_file)")
    return tuple(notes)


# --- each top-level file, in a reader child -----------------------------------------------------


def _open_regular(path: Path, follow: bool = True) -> IO[bytes]:
    """Open a regular file without blocking (a FIFO never hangs) and without touching its access time;
    ``follow=False`` for a file found by the walk (its path is already resolved, so a symlink there is one
    swapped in after the walk, and may lead out of the target: ``ELOOP``)."""
    return io.BufferedReader(base.open_regular(path, follow=follow), buffer_size=1 << 16)


@dataclass
class _Job:
    """One top-level file to read (what the reader child is sent: a path of ours, never a value)."""

    path: Path
    name: str
    size: int
    sample: int
    seconds: float
    named: bool
    spool: str | None = None  # the reader's directory for spooled members (removed by the parent)
    skipped: Coverage = field(default_factory=Coverage)  # counted before reading (merged when collected)
    ident: tuple[int, int] | None = None  # (st_dev, st_ino) of the file the walk found
    notes: tuple[str, ...] = ()  # what each of its datasets says of the links that led to it (the walk's)
    ready: list[FileDataset] | None = None  # known without reading (a file that cannot be opened)


def _open_job(job: _Job) -> IO[bytes]:
    """Open the job's file: the very file the walk found. A path swapped after the walk (the file for a
    link, or a directory above it for a link out of the target) is refused with ``ELOOP``."""
    fh = _open_regular(job.path, follow=job.named)
    st = os.fstat(fh.fileno())
    if job.ident is not None and (st.st_dev, st.st_ino) != job.ident:
        fh.close()
        raise OSError(errno.ELOOP, "not the file the walk found")
    return fh


def _job(path: Path, name: str, sample: int, seconds: float, named: bool, ident: tuple[int, int] | None,
         notes: tuple[str, ...] = ()) -> _Job:
    """The job of reading ``path``, or, when it is not a regular file that can be opened, its outcome."""
    job = _Job(path, name, 0, sample, seconds, named, ident=ident, notes=notes)
    try:
        with _open_job(job) as fh:
            job.size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        reason = SkipReason.NOT_REGULAR if exc.errno in (errno.EINVAL, errno.EISDIR) else SkipReason.UNREADABLE
        if exc.errno == errno.ELOOP:
            reason = SkipReason.OUTSIDE  # a symlink swapped in after the walk: not followed
        job.skipped.skip(reason)
        job.ready = []
        if named:
            why = "not a regular file (a FIFO, device or socket)" if reason is SkipReason.NOT_REGULAR else "cannot read"
            job.ready.append(FileDataset(name, "unknown", None, 0, [], f"{theirs(str(path))}: {why}"))
    return job


def _each_file(
    files: list[_Found],
    reader: _Reader | _Pool | None,
    sample: int,
    cov: Coverage,
    seconds: float,
    named: bool,
    over: Any,
) -> Iterator[list[FileDataset] | None]:
    """Each top-level file's datasets, in order (None for a file not read because ``over()``).

    With a reader child, the next :data:`READ_AHEAD` files (four times that per child of a :class:`_Pool`,
    which sends each to a child as one finishes) are read while the caller handles this one's datasets;
    files read ahead that the run's limit then leaves out are dropped unseen (the child is stopped, nothing
    of them counted).
    """
    ahead: deque[_Job] = deque()  # started, for the files from this one on, in order
    started = 0
    for i in range(len(files)):
        if over():
            if ahead and reader is not None:
                reader.close()
            ahead.clear()
            yield None
            continue
        while started <= i or (reader is not None and started < len(files) and started <= i + reader.ahead):
            p, n, ident, notes = files[started]
            ahead.append(_start(reader, _job(p, n, sample, seconds, named, ident, notes)))
            started += 1
        yield _finish(reader, ahead.popleft(), cov)


def _start(reader: _Reader | _Pool | None, job: _Job) -> _Job:
    if reader is not None and job.ready is None:
        job.spool = reader.spool
        reader.submit(job)
    return job


def _finish(reader: _Reader | _Pool | None, job: _Job, cov: Coverage) -> list[FileDataset]:
    """What reading ``job`` gave (counted in ``cov``)."""
    _merge(cov, job.skipped)
    if job.ready is not None:
        return job.ready
    if reader is not None:
        got = reader.collect(job, cov)
    else:
        got = []
        for tag, obj in _read_here(job):
            if tag == "dataset":
                got.append(obj)
            else:
                _merge(cov, obj)
    cov.files_read += 1
    return got


def _read_here(job: _Job) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []

    def keep(msg: tuple[str, Any]) -> float:
        out.append(msg)
        return 0.0

    _read_job(job, keep)
    return out


def _read_job(job: _Job, send: Any) -> None:
    """Read one top-level file, sending ``("dataset", ds)`` for each dataset, then ``("coverage", ...)``.

    ``send`` returns the seconds it waited for the parent to take the message: not reading time,
    so the file's time budget is moved on by them."""
    spool = SpoolDir(job.spool)
    budget = Budget(seconds=job.seconds)
    path = job.path
    src = Source(str(path), lambda: _open_job(job), budget, disk=path, size=job.size, spool_dir=spool)
    local = Coverage()
    try:
        for ds in read_source(src, job.name, job.sample, local, named=job.named):
            ds.notes.extend(job.notes)
            budget.started += send(("dataset", ds))
    finally:
        spool.remove()
        send(("coverage", local))


def _merge(cov: Coverage, other: Coverage) -> None:
    for k, v in other.skipped.items():
        cov.skipped[k] = cov.skipped.get(k, 0) + v


def _vm_size() -> int:
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


#: Files sent to the reader child ahead of the one being handled (it reads them in turn; a full pipe
#: holds it back, so no more than about one file's datasets wait in memory); a :class:`_Pool`'s child is
#: sent a file while it has fewer than this many unfinished.
READ_AHEAD = 4
#: Seconds between two reads of the other children's pipes while a :class:`_Pool` awaits one child's file (a
#: child finishes a file in milliseconds to seconds; each read costs the scan process a wake-up)
POOL_POLL = 0.01
#: A reader child whose address space grew this much beyond its start (memory a parser kept) is
#: replaced before the next file, so each file has nearly all of :data:`MEMORY_LIMIT` to itself.
RECYCLE_GROWTH = 64 << 20
#: A dataset being handled (classified) by a :class:`_Pool`'s child may take this many times its CPU-time
#: bound, plus :data:`HANDLE_WALL_MARGIN` seconds, of wall-clock time: the backstop for a child blocked on
#: something other than the CPU (a lock, a pipe, a write to a stalled stderr), which its CPU-time limit never
#: stops. Generous, so that a loaded machine (eight processes on two cores) does not trip it.
HANDLE_WALL_FACTOR = 4
#: Seconds added to the wall-clock backstop of a dataset's handling (:data:`HANDLE_WALL_FACTOR`).
HANDLE_WALL_MARGIN = 60.0


def handle_wall_seconds(handle_seconds: float) -> float:
    """Wall-clock seconds a dataset's handling may take before its child is killed (the dataset becomes a note)."""
    return HANDLE_WALL_FACTOR * handle_seconds + HANDLE_WALL_MARGIN


class _Reader:
    """One forked child that reads top-level files in turn, under an address-space limit
    (:data:`MEMORY_LIMIT` beyond the parent's at the fork) and a deadline per file.

    The parent sends a :class:`_Job`; the child sends back each dataset as it finishes it, the
    file's coverage, then ``done``. A child that runs out of memory, crashes, or overruns its
    file's deadline (its own interval timer, and the parent's ``SIGKILL`` as a backstop) ends that
    file as a note; the next file gets a fresh child. One fork serves many files: forking a
    loaded interpreter per file cost more than reading the files.

    With ``handle`` (a :class:`_Pool`'s child), the child also calls ``handle(ds)`` on each dataset
    it read and sends the dataset back with its result instead of its sample (:func:`_handled`):
    the time that takes is not the file's reading time (the child says ``busy`` first, and the
    parent waits until the result under a deadline of its own: the child's CPU-time limit stops a
    handler that spins, and a generous wall-clock backstop, :func:`handle_wall_seconds`, one that
    blocks; past it the child is killed and the dataset's file ends as a note).
    """

    #: files sent ahead of the one being handled
    ahead = READ_AHEAD

    def __init__(
        self, handle: Callable[[FileDataset], object] | None = None, handle_seconds: float = 0.0,
        stop: threading.Event | None = None,
    ) -> None:  # fmt: skip
        self._stop_asked = stop  # set from another thread: collect raises Stopped within a second
        self._handle = handle
        self._handle_seconds = handle_seconds
        self.pid = 0
        self._token: object = None  # the current child's, in :data:`_CHILDREN`
        self._spool: str | None = None
        self._req = self._res = -1
        self._buf = bytearray()
        # frames read ahead of their collection (:meth:`pump`), in order, and how many of them end a job
        self._frames: deque[tuple[str, Any]] = deque()
        self._ended = 0
        self._eof = False  # the current child's result pipe is at its end (it exited or died)
        self._queue: list[_Job] = []  # submitted, not yet collected, in order
        self._sent = 0  # how many of ``_queue`` (from its head) the current child was sent

    def submit(self, job: _Job) -> None:
        """Queue ``job`` and send it to the child (started as needed). Jobs are collected in order."""
        self._queue.append(job)
        self._send()

    def _send(self) -> None:
        """Send the queued jobs the current child was not sent (all of them to a fresh child)."""
        for attempt in (1, 2):
            if not self.pid:
                self._start()
            try:
                for job in self._queue[self._sent :]:
                    data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
                    view = memoryview(struct.pack("<Q", len(data)) + data)
                    while view:
                        view = view[os.write(self._req, view) :]
                    self._sent += 1
                return
            except OSError:  # the child is gone
                if self._sent:  # with files of ours: what it sent of them is collected first (a fresh child
                    return  # now would read them again, one maybe being collected), then the rest re-sent
                self._stop(kill=True)  # it died idle: a fresh one
                if attempt == 2:
                    raise

    def collect(
        self, job: _Job, cov: Coverage, others: Callable[[], bool] | None = None,
        other_ready: Callable[[], object] | None = None,
    ) -> list[FileDataset]:  # fmt: skip
        """The datasets of ``job``, the oldest job not yet collected, with a note when its reading failed.

        ``others`` (a :class:`_Pool`'s): whether other children are to be kept busy while this one is awaited;
        while it says so, ``other_ready()`` is called every :data:`POOL_POLL` seconds (the pool reads their pipes
        ahead and sends more files)."""
        if not self._queue or self._queue[0] is not job:
            raise ValueError("reader jobs are collected in the order they were submitted")
        if not self._sent:  # the child it was sent to was replaced before reaching it
            self._send()
        deadline = time.monotonic() + job.seconds + _GRACE  # the child's own timer started with its reading
        done: list[FileDataset] = []
        died: str | None = None
        killed = finished = recycle = got_coverage = False
        status: int | None = None
        busy: float | None = None  # the file's time left when its child began handling a dataset
        polled = time.monotonic()  # when the other children's pipes were last read (``other_ready``)
        while not finished:
            frame = self._frame()
            if frame is None:
                _check(self._stop_asked)  # the caller's close() kills the children
                left = deadline - time.monotonic()
                if left <= 0:
                    killed = True
                    break
                # with other children to keep busy (a pool's), their pipes are read every POOL_POLL seconds while
                # this one is awaited, not on each of their frames (each would wake this process)
                poll = others is not None and other_ready is not None and others()
                wait = POOL_POLL if poll else 1.0 if self._stop_asked is None else 0.25
                ready, _, _ = select.select([self._res], [], [], min(left, wait))
                if poll and other_ready is not None and time.monotonic() >= polled + POOL_POLL:
                    other_ready()
                    polled = time.monotonic()
                if ready:
                    chunk = os.read(self._res, 1 << 20)
                    if not chunk:
                        break  # the child ended
                    self._buf += chunk
                continue
            tag, obj = frame
            if busy is not None:  # the handling ended: the file's deadline runs again
                deadline, busy = time.monotonic() + busy, None
            if tag == "busy":  # the file's deadline waits; the handling has its own wall-clock backstop
                now = time.monotonic()
                busy, deadline = deadline - now, now + handle_wall_seconds(self._handle_seconds)
            elif tag == "dataset":
                done.append(obj)  # handed on once the file is finished: its deadline is its own
            elif tag == "coverage":
                _merge(cov, obj)
                got_coverage = True
            elif tag == "died":
                died = obj
            elif tag == "done":
                finished, recycle = True, bool(obj)
        self._queue.pop(0)
        self._sent -= 1
        if not finished or recycle:
            status = self._stop(kill=not finished)  # the jobs sent after this one go to a fresh child
        reason = SkipReason.READER_FAILED
        if killed and busy is not None:  # blocked while it classified a dataset: killed by the backstop
            wall = handle_wall_seconds(self._handle_seconds)
            died = f"classifying a dataset took longer than {wall:g} s (wall clock) and was stopped"
            reason = SkipReason.READER_TIMEOUT
        elif busy is not None and status is not None and os.WIFSIGNALED(status) and not finished:
            sig = os.WTERMSIG(status)  # it died classifying a dataset, not reading the file
            died = (f"classifying a dataset took longer than {self._handle_seconds:g} s of CPU and was stopped"
                    if sig == signal.SIGXCPU else _crash(sig))
            reason = SkipReason.READER_TIMEOUT if sig == signal.SIGXCPU else SkipReason.READER_CRASHED
        elif killed:
            died, reason = f"reading took longer than {job.seconds:g} s and was stopped", SkipReason.READER_TIMEOUT
        elif status is not None and os.WIFSIGNALED(status) and not finished:
            sig = os.WTERMSIG(status)
            if sig in (signal.SIGALRM, signal.SIGXCPU):
                died, reason = f"reading took longer than {job.seconds:g} s and was stopped", SkipReason.READER_TIMEOUT
            else:
                died, reason = _crash(sig), SkipReason.READER_CRASHED
        elif died is not None and "memory" in died:
            reason = SkipReason.BUDGET  # a MemoryError: the reader's memory limit, a budget
        if died is not None or not got_coverage:
            cov.skip(reason)
            done.append(
                FileDataset(
                    job.name, "unknown", None, job.size, [],
                    f"{theirs(str(job.path))}: {died or 'the reader stopped without a result'}",
                )
            )
        return done

    def watched(self) -> int | None:
        """The result pipe of the current child while it may still say something (for :meth:`pump`), else None."""
        return self._res if self.pid and self._res >= 0 and not self._eof else None

    def pump(self) -> None:
        """Read what the child has sent so far, without waiting, and keep its frames for :meth:`collect` (in
        order): a :class:`_Pool` learns so how many of the jobs sent are done before it collects them."""
        if not self.pid:
            return
        while (fd := self.watched()) is not None and select.select([fd], [], [], 0)[0]:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                self._eof = True  # collect reads the end again and ends the job there
                break
            self._buf += chunk
        while (msg := self._parse()) is not None:
            self._frames.append(msg)
            self._ended += msg[0] == "done"

    def unfinished(self) -> int:
        """How many of the jobs sent (or queued for a fresh child) the child has not finished, as far as read."""
        return len(self._queue) - self._ended

    @property
    def spool(self) -> str:
        """The directory the children spool archive members to (made by a child when it first spools;
        its name is random): the parent's to remove, so a child stopped mid-file leaves nothing behind."""
        if self._spool is None:
            self._spool = os.path.join(tempfile.gettempdir(), f"ajar-read-{secrets.token_hex(12)}")
        return self._spool

    def close(self) -> None:
        """End the child (killed if it is still reading files nobody will collect); forget the jobs not
        collected and remove what the children spooled."""
        if self.pid:
            self._stop(kill=True)
        self._queue.clear()
        if self._spool is not None:
            shutil.rmtree(self._spool, ignore_errors=True)
            self._spool = None

    def _frame(self) -> tuple[str, Any] | None:
        if self._frames:
            msg = self._frames.popleft()
            self._ended -= msg[0] == "done"
            return msg
        return self._parse()

    def _parse(self) -> tuple[str, Any] | None:
        buf = self._buf
        if len(buf) < 8:
            return None
        (n,) = struct.unpack("<Q", buf[:8])
        if len(buf) < 8 + n:
            return None
        msg = pickle.loads(bytes(buf[8 : 8 + n]))  # noqa: S301 - our own child's frames
        del buf[: 8 + n]
        return msg  # type: ignore[no-any-return]

    def _start(self) -> None:
        limit = _vm_size() + MEMORY_LIMIT
        req_r, req_w = os.pipe()
        res_r, res_w = os.pipe()
        with suppress(OSError, AttributeError):
            fcntl.fcntl(res_w, fcntl.F_SETPIPE_SZ, 1 << 20)  # fewer waits on the parent
        parent = os.getpid()
        prctl = _prctl()  # looked up here: see the module's "Forked from a worker thread"
        if _CHILDREN.ended:  # the scan is exiting (end_readers): no new child
            for fd in (req_r, req_w, res_r, res_w):
                os.close(fd)
            raise Stopped
        pid = os.fork()
        if pid == 0:  # the child: serve files until the pipe closes; never run the parent's cleanup
            try:
                _own_stdio()
                _die_with_parent(parent, prctl)
                os.close(req_w)
                os.close(res_r)
                _serve(req_r, res_w, limit, self._handle, self._handle_seconds)
            finally:
                os._exit(0)
        os.close(req_r)
        os.close(res_w)
        self.pid, self._req, self._res = pid, req_w, res_r
        self._buf = bytearray()
        self._frames.clear()
        self._ended = 0
        self._eof = False
        self._token = _CHILDREN.add(pid)
        if _CHILDREN.ended:  # end_readers ran between the check above and the fork (if it was before the
            self._stop(kill=True)  # add, the child is killed here; if after, there and here: either reaps)
            raise Stopped

    def _stop(self, *, kill: bool) -> int:
        """Reap the child (killed first if ``kill``); its wait status (:meth:`_Children.end`)."""
        pid, self.pid = self.pid, 0
        self._sent = 0  # what the child had not read is sent again to the next one
        for fd in (self._req, self._res):
            with suppress(OSError):
                os.close(fd)
        self._req = self._res = -1
        self._frames.clear()  # what the child sent of jobs not collected is made again by the next one
        self._ended = 0
        return _CHILDREN.end(pid, self._token, kill=kill)


class _Children:
    """The reader children this process has forked and not yet reaped: the one owner of their killing and
    reaping. The reading thread forks and reaps them (:class:`_Reader`), and the scan's main thread may end
    them all while that thread is still reading (:func:`end_readers`); both go through here.

    A pid is signalled only while it is registered (ours and not reaped: a zombie keeps its pid, so it is
    no other process's), under the lock, and it is forgotten in the same hold of the lock that reaps it: once
    reaped, the kernel may give the pid to another process, which no one here signals or waits for. The wait
    for the exit (``waitid`` with ``WNOWAIT``: the child stays a zombie) is outside the lock, so neither
    thread is held behind the other's child; the reaping, which cannot block then, is inside. Each child has
    a token of its own, so a pid reused by a later child is never taken for the one before."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: dict[int, object] = {}  # pid -> the token of the child that has it
        self._reaped: dict[object, int] = {}  # token -> wait status, of a child reaped by end_all
        #: set by :meth:`end_all`: no new child may be forked (until :meth:`allow`)
        self.ended = False

    def add(self, pid: int) -> object:
        """Register a child just forked; its token (for :meth:`end`)."""
        token = object()
        with self._lock:
            self._live[pid] = token
        return token

    def end(self, pid: int, token: object, *, kill: bool, keep: bool = False) -> int:
        """Reap the child ``token`` (at ``pid``), sent ``SIGKILL`` first if ``kill``; its wait status. A child
        the other thread reaped first gives the status it recorded there (``keep``: record it)."""
        with self._lock:
            if self._live.get(pid) is not token:
                return self._reaped.pop(token, signal.SIGKILL)
            if kill:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        with suppress(ChildProcessError):  # the other thread reaped it meanwhile
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
        with self._lock:
            if self._live.get(pid) is not token:
                return self._reaped.pop(token, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)  # it has exited: at once
            del self._live[pid]
            if keep:
                self._reaped[token] = status
            return status

    def end_all(self) -> None:
        """Kill every child (all at once), reap each, and let no new one be forked."""
        with self._lock:
            self.ended = True
            live = sorted(self._live.items())
            for pid, _ in live:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        for pid, token in live:
            self.end(pid, token, kill=False, keep=True)

    def allow(self) -> None:
        """New children may be forked again (a new reading, in a process that went on after :meth:`end_all`)."""
        with self._lock:
            self.ended = False
            self._reaped.clear()


_CHILDREN = _Children()


def end_readers() -> None:
    """Kill and reap every reader child of this process, and fork none after: for a scan that exits while
    its reading thread may still run (a stop whose grace ran out before that thread saw it, as on a loaded
    machine, where a dataset being classified keeps it busy for seconds). The kernel would kill them once
    this process is gone (``PR_SET_PDEATHSIG``), but only after: they would outlive the scan for a moment,
    with sampled values in their memory. The reading thread, if it goes on, gets :class:`Stopped`."""
    _CHILDREN.end_all()


def _fork_again() -> None:
    """A new reading may fork reader children again (after :func:`end_readers`, in a process that went on)."""
    _CHILDREN.allow()


@cache
def _prctl() -> Callable[..., int] | None:
    """libc's ``prctl`` (Linux), looked up once in the scan's process, before any fork: looking a symbol
    up takes the dynamic loader's lock, which another thread of the parent could hold at the fork."""
    try:
        import ctypes

        fn: Callable[..., int] = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return fn


def _die_with_parent(parent: int, prctl: Callable[..., int] | None) -> None:
    """Have the kernel kill this child when its parent dies, even by SIGKILL (the OOM killer, a CI
    runner's ``timeout -s KILL``), so no orphan keeps parsing hostile input with sampled values in its
    memory (Linux ``PR_SET_PDEATHSIG`` through ``prctl``, :func:`_prctl`; it fires when the forking
    thread ends, and the reader lives within one ``read_path`` call of that thread). If the parent is
    already gone, end now. ``SIGTERM`` ends the child (the CLI's handler, inherited, made it deaf to it)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if prctl is not None:
        with suppress(OSError):
            prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)


#: The parent's ``sys.stdout``/``sys.stderr`` objects, kept alive in a reader child that replaced them
#: (:func:`_own_stdio`): their finalizer would flush, under a lock that may be held for good.
_INHERITED_STDIO: list[object] = []


def _own_stdio() -> None:
    """In a reader child, first thing after the fork: its own ``sys.stdout`` and ``sys.stderr``, new
    objects on file descriptors 1 and 2, in place of the parent's. Another thread of the parent (rich's
    progress display, writing to stderr; the loop, writing ``--format jsonl`` to stdout) may have held
    one's lock at the fork, for good in this copy where that thread does not run: the first write here
    (a library's warning, a ``print``) would wait forever, and a dataset being classified has no
    deadline but CPU time. The parent's buffered, unwritten bytes are not written again from here either.
    """
    for name in ("stdout", "stderr"):
        old = getattr(sys, name)
        _INHERITED_STDIO.append(old)
        fd = 1 if name == "stdout" else 2
        try:  # the child's, open until it ends
            new: IO[str] = open(  # noqa: SIM115
                fd, "w", encoding="utf-8", errors="backslashreplace", buffering=1, closefd=False
            )
        except OSError:  # no such descriptor: nowhere to write
            new = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        setattr(sys, name, new)
        setattr(sys, f"__{name}__", new)


def _cpu_limit(seconds: float) -> None:
    """A backstop for the reader's per-file timer: ``SIGXCPU`` once this process has used ``seconds``
    more CPU time than so far (raised again for each file; the hard limit is left alone)."""
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    want = int(used.ru_utime + used.ru_stime + seconds) + 1
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    with suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (want, hard))


def _crash(sig: int) -> str:
    """What a signal that ended the reader says, without guessing more than it tells."""
    try:
        name = f"{signal.Signals(sig).name}, signal {sig}"
    except ValueError:
        name = f"signal {sig}"
    if sig == signal.SIGABRT:  # what a native parser does when an allocation fails under the memory limit
        return f"the reader crashed ({name}: a native parser aborted, often on memory it could not get)"
    return f"the reader crashed ({name})"


def _serve(
    req: int, res: int, limit: int, handle: Callable[[FileDataset], object] | None = None, handle_seconds: float = 0.0
) -> None:
    """The reader child: under ``limit`` bytes of address space, read each job sent on ``req``,
    answering on ``res``; return when ``req`` closes or the child should be replaced. With ``handle``,
    each dataset is handled here before it is sent (:func:`_handled`)."""
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    start_vm = _vm_size()
    inp = os.fdopen(req, "rb")
    out = os.fdopen(res, "wb")

    def write(msg: tuple[str, Any]) -> None:
        data = pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(struct.pack("<Q", len(data)) + data)
        out.flush()

    def send(msg: tuple[str, Any]) -> float:
        left, _ = signal.setitimer(signal.ITIMER_REAL, 0)  # time waiting for the parent is not reading time
        t = time.monotonic()
        if handle is not None and msg[0] == "dataset":  # nor is handling the dataset
            write(("busy", None))
            msg = ("dataset", _handled(msg[1], handle, handle_seconds))
        write(msg)
        if left:
            signal.setitimer(signal.ITIMER_REAL, left)
        return time.monotonic() - t

    while True:
        head = inp.read(8)
        if len(head) < 8:
            return
        (n,) = struct.unpack("<Q", head)
        job: _Job = pickle.loads(inp.read(n))  # noqa: S301 - our own parent's frames
        signal.setitimer(signal.ITIMER_REAL, job.seconds + _GRACE + 1)
        _cpu_limit(job.seconds + 2 * _GRACE + 2)
        failed = True
        try:
            _read_job(job, send)
            failed = False
        except MemoryError:
            send(("died", "ran out of its memory limit"))
        except BaseException as exc:  # noqa: BLE001 - reported as a note by the parent
            send(("died", f"internal error ({type(exc).__name__})"))
        signal.setitimer(signal.ITIMER_REAL, 0)
        recycle = failed or _vm_size() > start_vm + RECYCLE_GROWTH
        send(("done", recycle))
        if recycle:
            return


def _handled(ds: FileDataset, handle: Callable[[FileDataset], object], seconds: float) -> FileDataset:
    """``ds`` with ``handle(ds)`` as :attr:`~FileDataset.handled` and without its sample (it stays in this
    child). The handling gets ``seconds`` of CPU time of its own beyond the file's (``SIGXCPU`` past them);
    the file's limit then moves on by what it used."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    start = time.process_time()
    _cpu_limit(seconds)
    try:
        ds.handled = handle(ds)
    finally:
        if soft != resource.RLIM_INFINITY:
            soft += math.ceil(time.process_time() - start)
            if hard != resource.RLIM_INFINITY:
                soft = min(soft, hard)
            with suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    ds.sample = []
    return ds


class _Pool:
    """Up to ``n`` :class:`_Reader` children reading files at once, each handling its datasets with
    ``handle``; jobs are collected in the order they were submitted (each child's in its own order), so what
    the caller sees is what one child gives. The children share one spool directory (the pool's to remove).

    A job waits in the pool until a child has fewer than :data:`READ_AHEAD` jobs it has not finished, then goes
    to the one with the fewest (then the fewest bytes of files not yet collected): while the oldest job is
    awaited, the other children's pipes are read too (:meth:`_Reader.pump`), so a child that finished its
    jobs gets more at once instead of waiting for the oldest one, and the files are shared out as the children
    finish them, not by their sizes alone. What a child finished ahead waits in this process (reports, not
    samples) until its turn; the caller submits at most :attr:`ahead` jobs past the one it collects."""

    def __init__(
        self, n: int, handle: Callable[[FileDataset], object] | None, handle_seconds: float,
        stop: threading.Event | None = None,
    ) -> None:  # fmt: skip
        self._readers = [_Reader(handle, handle_seconds, stop) for _ in range(n)]
        self._of: dict[int, _Reader] = {}  # id of a job not yet collected -> its reader
        self._waiting: deque[_Job] = deque()  # submitted, not yet sent to a child, in order
        self._collecting: _Reader | None = None  # the reader whose job is awaited (its pipe is its own to read)
        self._spool: str | None = None
        self.ahead = 4 * READ_AHEAD * n

    @property
    def spool(self) -> str:
        if self._spool is None:
            self._spool = os.path.join(tempfile.gettempdir(), f"ajar-read-{secrets.token_hex(12)}")
        return self._spool

    def submit(self, job: _Job) -> None:
        self._waiting.append(job)
        self._dispatch()

    def _least_busy(self) -> _Reader:
        return min(self._readers, key=lambda r: (r.unfinished(), sum(j.size for j in r._queue)))

    def _send(self, reader: _Reader, job: _Job) -> None:
        """Send ``job`` to ``reader``'s child (the reader that collects it)."""
        self._of[id(job)] = reader
        reader.submit(job)

    def _dispatch(self) -> None:
        """Send waiting jobs, oldest first, to the children with fewer than :data:`READ_AHEAD` unfinished."""
        for reader in self._readers:
            if reader is not self._collecting:
                reader.pump()
        while self._waiting:
            reader = self._least_busy()
            if reader.unfinished() >= READ_AHEAD:
                return
            self._send(reader, self._waiting.popleft())

    def _others(self) -> bool:
        """Whether the other children's pipes are worth reading while a job is awaited: some job waits for a child
        and another child may still say something."""
        return bool(self._waiting) and any(r is not self._collecting and r.watched() is not None for r in self._readers)

    def collect(self, job: _Job, cov: Coverage) -> list[FileDataset]:
        self._dispatch()
        if self._waiting and self._waiting[0] is job:  # every child is busy: it goes to the least busy now
            self._send(self._least_busy(), self._waiting.popleft())
        reader = self._of.pop(id(job))
        self._collecting = reader
        try:
            return reader.collect(job, cov, self._others, self._dispatch)
        finally:
            self._collecting = None

    def close(self) -> None:
        """End every child (see :meth:`_Reader.close`) and remove what they spooled."""
        try:
            for reader in self._readers:
                reader.close()
        finally:
            self._of.clear()
            self._waiting.clear()
            if self._spool is not None:
                shutil.rmtree(self._spool, ignore_errors=True)
                self._spool = None


# --- one source: sniffed, then read --------------------------------------------------------------


def sniff(head: bytes, suffix: str) -> str | None:
    """The format of a file from its first bytes (the suffix only breaks ties between text formats)."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh") and len(head) > 3 and head[3:4].isdigit():
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if head.startswith(b"\x28\xb5\x2f\xfd"):
        return "zstd"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if len(head) >= 262 and head[257:262] == b"ustar":
        return "tar"
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.startswith(b"PAR1"):
        return "parquet"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"{", b"[")):
        return "json"
    if looks_like_sql(head):
        return "sql"
    if _bson_like(head) or (suffix == ".bson" and len(head) >= 5):
        return "bson"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".json", ".jsonl", ".ndjson", ".jsonlines", ".geojson"):
        # a table saved under a JSON name (``people.json`` holding ``"id","name",...`` rows) is read as the CSV
        # it is: its content says so, its name does not
        return "csv" if _csv_like(head) and not _json_lines_like(head) else "json"
    if _json_lines_like(head):
        return "json"
    if _csv_like(head):
        return "csv"
    return None


def _csv_like(head: bytes) -> bool:
    """Delimited text: of the first lines (at least two), all but one in five hold the same non-zero count
    of one delimiter (so one odd line, first or not, does not hide a table)."""
    if b"\x00" in head:
        return False
    lines = [ln for ln in head.split(b"\n")[:-1][:20] if ln.strip()] if b"\n" in head else []
    if len(lines) < 2:
        return False
    for delim in (b",", b";", b"\t", b"|"):
        counts = Counter(ln.count(delim) for ln in lines)
        n, agree = counts.most_common(1)[0]
        if n and agree >= 2 and agree * 5 >= len(lines) * 4:
            return True
    return False


def _json_lines_like(head: bytes) -> bool:
    """JSON Lines whose first line is not JSON: most of the first whole lines start with ``{`` or ``[``."""
    lines = [ln.strip() for ln in head.split(b"\n")[:-1][:20] if ln.strip()]
    starts = sum(1 for ln in lines if ln[:1] in (b"{", b"["))
    return starts >= 2 and starts * 2 > len(lines)


def _inner_suffix(display: str) -> str:
    """The suffix that says what the bytes are: ``people.jsonl.gz`` decompressed is ``.jsonl``."""
    p = Path(display)
    while p.suffix.lower() in _COMPRESSED_SUFFIXES and p.stem != p.name:
        p = Path(p.stem)
    return p.suffix.lower()


_COMPRESSED_SUFFIXES = frozenset({".gz", ".gzip", ".bz2", ".xz", ".zst", ".zstd"})


def _past_first_line(src: Source) -> bytes:
    """The lines after the first (a sniff's worth), looking at most :data:`~base.LOOK_BYTES` bytes in."""
    out = b""
    with src.open() as fh:
        for i, line in enumerate(base.lines(base.Head(fh), src.budget, _SNIFF)):
            if i and line is not None:
                out += line
                if len(out) >= _SNIFF:
                    break
    return out[:_SNIFF]


def _bson_like(head: bytes) -> bool:
    if len(head) < 7:
        return False
    n = int.from_bytes(head[:4], "little")
    if not 5 <= n <= 16 << 20 or head[4] not in (*range(1, 20), 0x7F, 0xFF):
        return False
    return b"\x00" in head[5 : min(len(head), n, 260)] and (n > len(head) or head[n - 1] == 0)


_SPREADSHEET = {"xl/workbook.xml": "xlsx", "xl/workbook.bin": "xlsx"}


def _zip_kind(src: Source) -> str:
    import zipfile

    try:
        with zipfile.ZipFile(src.path()) as zf:
            names = set(zf.namelist()[:10_000])
            if names & set(_SPREADSHEET):
                return "xlsx"
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 256 and b"opendocument.spreadsheet" in zf.read(info):
                    return "ods"
    except (OSError, zipfile.BadZipFile, BudgetExceeded, EOFError, KeyError):
        return "zip"
    return "zip"


def read_source(src: Source, name: str, sample: int, cov: Coverage, *, named: bool = False) -> Iterator[FileDataset]:
    """Sniff ``src`` and read it: layers (compression, archives) are peeled, members read in turn."""
    max_scan = MAX_SCAN
    try:
        with src.open() as fh:
            head = fh.read(_SNIFF)
    except (OSError, BudgetExceeded) as exc:
        cov.skip(SkipReason.BUDGET if isinstance(exc, BudgetExceeded) else SkipReason.UNREADABLE)
        yield FileDataset(name, "unknown", None, src.size or 0, [], base.problem(src.display, "cannot read", exc))
        return
    if sqlite_companion(src.disk, head):
        return  # a database's -wal, -shm or -journal: read (or noted) with the database beside it
    codec = text_codec(head)
    if codec is not None:  # UTF-16 or UTF-32 text: read as the same text in UTF-8
        yield from read_source(transcoded_source(src, codec), name, sample, cov, named=named)
        return
    suffix = _inner_suffix(src.display.split(" (")[0])
    kind = sniff(head, suffix)
    if kind is None and b"\n" not in head.rstrip(b"\n") and len(head) == _SNIFF:
        # one line longer than the sniff: judge by what follows it, so one long first line hides nothing
        try:
            kind = sniff(_past_first_line(src), suffix)
        except (OSError, BudgetExceeded):
            kind = None
    if kind == "sql" and not named and tab_schema_only(src.disk, head):
        cov.skip(SkipReason.METADATA)  # mysqldump --tab's t.sql: read with its rows, t.txt
        return
    if kind in ("csv", None) and tab_schema(src.disk) is not None:
        kind = "mysql_tab"
    if kind in ("csv", None):
        kind = client_table(head) or kind  # a table drawn by psql or mysql -t, saved to a file
    if kind in ("json", "csv", None) and mongo_shell(head):  # (its lines, a comma at each end, look like a CSV)
        kind = "mongo_shell"  # documents a MongoDB shell printed (JavaScript, not JSON), saved to a file
    if kind in ("gzip", "bzip2", "xz", "zstd"):
        inner = compressed_source(src, kind)
        for ds in read_source(inner, name, sample, cov, named=named):
            ds.notes.extend(n for n in inner.notes if n not in ds.notes)  # what the layer met while it was read
            yield ds
        return
    if kind == "zip":
        kind = _zip_kind(src)
    if kind in ("zip", "tar"):
        if src.depth >= base.MAX_NESTING:
            cov.skip(SkipReason.TOO_DEEP)
            yield FileDataset(
                name, kind, None, src.size or 0, [], f"{src.shown}: archives nested deeper than {base.MAX_NESTING}"
            )
            return

        def member(child: Source, child_name: str) -> Iterator[FileDataset]:
            if child_name.endswith(".metadata") and child.display.endswith(MONGO_METADATA):
                cov.skip(SkipReason.METADATA)
                return iter(())
            return read_source(child, child_name, sample, cov)

        reader = read_zip if kind == "zip" else read_tar
        yield from reader(src, name, member, cov.skip)
        return
    if kind is None:
        cov.skip(SkipReason.UNSUPPORTED)
        if named:
            yield FileDataset(
                name, "unknown", None, src.size or 0, [], f"{src.shown}: not a supported format ({_FORMATS})"
            )
        return
    for ds in guarded(_read_leaf(kind, src, sample, name, max_scan), src, name):
        base.json_cells(ds)  # a column holding JSON as text is read as its fields
        if ds.records is None and ds.error is None:
            ds.notes.append(
                f"read up to its first {max_scan:,} records: the count is unknown and the sample is drawn from those"
            )
        yield ds


def _read_leaf(kind: str, src: Source, sample: int, name: str, max_scan: int) -> Iterator[FileDataset]:
    if kind == "json":
        yield from read_json(src, sample, name, max_scan)
    elif kind == "sql":
        yield from read_sql(src, sample, name, max_scan)
    elif kind in ("xlsx", "ods"):
        yield from read_sheets(src, sample, name, max_scan, kind)
    elif kind == "csv":
        yield from read_csv(src, sample, name, max_scan)
    elif kind == "parquet":
        yield from read_parquet(src, sample, name, max_scan)
    elif kind == "sqlite":
        yield from read_sqlite(src, sample, name, max_scan)
    elif kind == "bson":
        yield from read_bson(src, sample, name, max_scan)
    elif kind == "mysql_tab":
        yield from read_tab(src, sample, name, max_scan)
    elif kind in ("psql_table", "mysql_table"):
        yield from read_client_table(src, sample, name, max_scan, kind)
    elif kind == "psql_expanded":
        yield from read_psql_expanded(src, sample, name, max_scan)
    elif kind == "mongo_shell":
        yield from read_mongo_shell(src, sample, name, max_scan)


_FORMATS = (
    "JSON, JSON Lines, Extended JSON, Elasticsearch exports, CSV, Parquet, SQLite, BSON, SQL dumps, "
    "psql/mysql query output, mongosh/mongo shell output, XLSX/ODS, gzip/bzip2/xz/zstd, ZIP, tar"
)


class FilesKnowledge(EngineKnowledge):
    """What ajar knows of data files found on disk: how to close them (they have no port)."""

    id = "files"
    guide = Guide(
        "Data files",
        auth="Move the files out of any shared or served directory, restrict them to their owner "
        "(`chmod 600 FILE`), encrypt them at rest, and delete copies that are not needed.",
        bind="Make sure no web server, share or sync folder serves the directory.",
        tls="Transfer such files only over encrypted channels (SFTP, HTTPS).",
        verify="`ls -l FILE` shows mode -rw-------; fetching it through the share or URL answers 403 or 404; "
        "`ajar scan PATH` after moving finds nothing.",
    )
