"""Compressed files (gzip, bzip2, xz, zstd) and archives (ZIP, tar), read as streams within the budget.

* A compressed file is a stream: its output is counted against the run's unpacked-bytes
  cap and against its own input (ratio cap) as it is read, and the result is sniffed and
  read like any file (``people.json.gz`` is the dataset ``people``).
* A ZIP's members are checked before one is opened: declared size against what remains of
  the budget, declared size against compressed size (ratio), path (``../x``, ``/x``,
  ``C:x`` never escape: they are skipped and counted), encryption, symlinks.
* A tar is read in one pass (``tarfile`` stream mode); each regular member is spooled to a
  private temporary file within the budget and read from there; links, devices and FIFOs
  inside are skipped and counted.
* Members are datasets named ``<archive>/<member>``; archives inside archives are opened
  :data:`~ajar.sources.base.MAX_NESTING` deep at most.
"""

from __future__ import annotations

import bz2
import collections
import errno
import io
import lzma
import os
import stat
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import IO, Any

from ajar.sources.base import (
    RATIO_SLACK,
    BudgetExceeded,
    Corrupt,
    Counted,
    Counter,
    FileDataset,
    SkipReason,
    Source,
    numbered,
    problem,
)

__all__ = ["COMPRESSED", "compressed_source", "guarded", "read_tar", "read_zip", "safe_member"]

#: compression kind -> what it is called in notes
COMPRESSED = {"gzip": "gzip", "bzip2": "bzip2", "xz": "xz", "zstd": "zstd"}
_COPY = 1 << 16

#: reads a member's datasets: (source, logical name, skipped-counter callback) -> datasets
Reader = Callable[[Source, str], Iterator[FileDataset]]
Skip = Callable[[SkipReason, str], None]


#: what a gzip file's dataset notes when bytes that are not gzip follow its last member
TRAILING_GARBAGE = "trailing garbage after the gzip data ignored, as gzip -d does (the data before it is read)"


def trailing_garbage(kind: str) -> str:
    """What a compressed file's dataset notes when bytes that begin no stream of ``kind`` follow its last one."""
    return TRAILING_GARBAGE.replace("gzip", COMPRESSED[kind])


#: kind -> (a new decompressor, the magic number a stream begins with, whether zero bytes between streams are padding)
_STREAMS: dict[str, tuple[Callable[[], Any], bytes, bool]] = {
    "gzip": (lambda: zlib.decompressobj(16 + zlib.MAX_WBITS), b"\x1f\x8b", True),
    "bzip2": (bz2.BZ2Decompressor, b"BZh", False),
    "xz": (lzma.LZMADecompressor, b"\xfd7zXZ\x00", True),  # xz's stream padding
}


class _Streams(io.RawIOBase):
    """The members of a gzip file, or the streams of a bzip2 or xz file, one after another, as ``gzip -d``,
    ``bzip2 -d`` and ``xz -d`` read them.

    Zero bytes after a gzip member or an xz stream are padding. Bytes after a stream that do not begin
    another one are trailing garbage: reading ends there and :func:`trailing_garbage` is noted (``gzip -d``:
    "decompression OK, trailing garbage ignored"; ``bzip2 -d``: "trailing garbage after EOF ignored"), where
    ``gzip.GzipFile`` raised (the file was reported unreadable) and ``bz2.BZ2File`` and ``lzma.LZMAFile`` ended
    without a word. A corrupt stream, or a file that ends inside one, still raises (``zlib.error``,
    ``OSError``, ``LZMAError``, ``EOFError``).
    """

    def __init__(self, kind: str, raw: IO[bytes], notes: list[str], check: Callable[[], None]) -> None:
        self.kind, self.raw, self.notes, self.check = kind, raw, notes, check
        self.new, self.magic, self.padding = _STREAMS[kind]
        self.dec = self.new()
        self.pending = b""  # input for the decompressor not yet given to it
        self.done = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        while len(view) and not self.done:
            if self.dec.eof:
                self._next_stream()
                continue
            if self.kind == "gzip":  # zlib keeps what it did not use in unconsumed_tail; bz2 and lzma inside
                data = self.dec.unconsumed_tail
                need = not data
            else:
                data, need = b"", self.dec.needs_input
            if need:
                data = self.pending or self.raw.read(_COPY)
                self.pending = b""
                if not data:
                    raise EOFError(f"the file ends inside a {self.kind} stream")
            out = self.dec.decompress(data, len(view))  # bounded output per call: a bomb is counted as it grows
            if out:
                view[: len(out)] = out
                return len(out)
        return 0

    def _next_stream(self) -> None:
        rest = self.dec.unused_data + self.pending
        while True:
            if self.padding:
                rest = rest.lstrip(b"\0")
            if len(rest) >= len(self.magic):
                break
            more = self.raw.read(_COPY)
            if not more:
                break
            rest += more
            self.check()  # many empty streams, or gigabytes of zero padding, stay within the deadline
        if not rest:
            self.done = True  # the end, or padding to the end
        elif rest.startswith(self.magic):
            self.dec = self.new()
            self.pending = rest
            self.check()
        else:
            self.done = True
            if trailing_garbage(self.kind) not in self.notes:
                self.notes.append(trailing_garbage(self.kind))

    def close(self) -> None:
        try:
            self.raw.close()
        finally:
            super().close()


def _decompressor(kind: str, raw: Any, notes: list[str], check: Callable[[], None]) -> Any:
    if kind in _STREAMS:
        return _Streams(kind, raw, notes, check)
    import zstandard

    return zstandard.ZstdDecompressor(max_window_size=1 << 27).stream_reader(raw, read_across_frames=True)


def compressed_source(src: Source, kind: str) -> Source:
    """The decompressed stream of ``src``, counted against the budget (total and ratio)."""

    notes: list[str] = []

    def opener() -> IO[bytes]:
        cnt = Counter(src.open())
        out = Counted(_decompressor(kind, cnt, notes, src.budget.check_time), cnt, src.budget,
                      f"the {COMPRESSED[kind]} stream")  # fmt: skip
        return io.BufferedReader(out, buffer_size=_COPY)

    return Source(
        f"{src.display} ({COMPRESSED[kind]})", opener, src.budget, size=src.size, spool_dir=src.spool_dir,
        depth=src.depth, notes=notes,
    )  # fmt: skip  (its size: the compressed bytes the target holds)


def safe_member(name: str) -> str | None:
    """The member's path if it stays inside the archive, else None (``../x``, ``/x``, ``C:\\x``)."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(norm).parts if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts) or any("\x00" in p for p in parts):
        return None
    return "/".join(parts)


def _member_source(parent: Source, display: str, opener: Callable[[], IO[bytes]], size: int) -> Source:
    return Source(
        f"{parent.display}/{display}", opener, parent.budget, size=size, spool_dir=parent.spool_dir,
        depth=parent.depth + 1,
    )  # fmt: skip


#: members of one archive read at most; the others are counted (``too_many_files``) and named in a note
MAX_MEMBERS = 10_000


def read_zip(src: Source, name: str, read: Reader, skip: Skip) -> Iterator[FileDataset]:
    """The datasets of every member of a ZIP archive."""
    try:
        zf = zipfile.ZipFile(src.path())
    except (OSError, zipfile.BadZipFile, BudgetExceeded, EOFError) as exc:
        yield FileDataset(
            name, "zip", None, src.size or 0, [], problem(src.display, "cannot open the ZIP archive", exc)
        )
        return
    with zf:
        files = [info for info in zf.infolist() if not info.is_dir()]
        for _ in files[MAX_MEMBERS:]:
            skip(SkipReason.TOO_MANY, src.display)
        if len(files) > MAX_MEMBERS:
            yield _beyond(src, name, "zip", len(files) - MAX_MEMBERS)
        members = [safe_member(info.filename) for info in files[:MAX_MEMBERS]]
        readable = [i for i, (m, info) in enumerate(zip(members, files, strict=False)) if m and _regular(info)]
        parts = [tuple(str(members[i]).split("/")) for i in readable]
        names = dict(zip(readable, distinct_names(parts, "/"), strict=True))  # by position: a path may be there twice
        for i, (info, member) in enumerate(zip(files[:MAX_MEMBERS], members, strict=True)):
            if member is None:
                skip(SkipReason.UNSAFE_MEMBER, src.display)
                continue
            if not _regular(info):
                skip(SkipReason.NOT_REGULAR, src.display)
                continue
            given = f"{name}/{names[i]}"
            if info.flag_bits & 0x1:
                skip(SkipReason.ENCRYPTED, src.display)
                continue
            if info.file_size > RATIO_SLACK and info.file_size > src.budget.max_ratio * max(1, info.compress_size):
                skip(SkipReason.BUDGET, src.display)
                yield _bomb(src, given, f"expands more than {src.budget.max_ratio}:1 (a decompression bomb?)")
                continue
            if info.file_size > src.budget.max_bytes - src.budget.unpacked:
                skip(SkipReason.BUDGET, src.display)
                yield _bomb(src, given, "declares more bytes than remain in the unpacked-bytes budget")
                continue

            def opener(info: zipfile.ZipInfo = info) -> IO[bytes]:
                try:
                    raw = zf.open(info)
                except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as exc:
                    raise Corrupt(errno.EIO, f"a ZIP member cannot be opened ({type(exc).__name__})") from None
                return io.BufferedReader(Counted(raw, None, src.budget, "a ZIP member"), buffer_size=_COPY)

            child = _member_source(src, member, opener, info.compress_size)  # as stored, as a file's
            try:
                yield from guarded(read(child, given), child, given)
            finally:
                child.release()


def _regular(info: zipfile.ZipInfo) -> bool:
    """A ZIP member that is a regular file, or says nothing of its type (most archivers)."""
    kind = stat.S_IFMT(info.external_attr >> 16)
    return not kind or kind == stat.S_IFREG


def read_tar(src: Source, name: str, read: Reader, skip: Skip) -> Iterator[FileDataset]:
    """The datasets of every member of a tar archive, read in one pass."""
    try:
        raw = src.open()
    except (OSError, BudgetExceeded) as exc:
        yield FileDataset(
            name, "tar", None, src.size or 0, [], problem(src.display, "cannot open the tar archive", exc)
        )
        return
    n = beyond = 0
    seen = SeenNames()
    try:
        with raw, tarfile.open(fileobj=raw, mode="r|") as tf:
            for m in tf:
                src.budget.check_time()
                if m.isdir():
                    continue
                n += 1
                if n > MAX_MEMBERS:  # counted, not read: the stream is skipped to the next header
                    skip(SkipReason.TOO_MANY, src.display)
                    beyond += 1
                    continue
                member = safe_member(m.name)
                if member is None:
                    skip(SkipReason.UNSAFE_MEMBER, src.display)
                    continue
                if not m.isreg():
                    skip(SkipReason.NOT_REGULAR, src.display)
                    continue
                given = f"{name}/{seen.name(member)}"
                if m.size > src.budget.max_bytes - src.budget.unpacked:
                    skip(SkipReason.BUDGET, src.display)
                    yield _bomb(src, given, "declares more bytes than remain in the unpacked-bytes budget")
                    continue
                fh = tf.extractfile(m)
                if fh is None:
                    continue
                spooled = _spool(fh, src)
                child = _member_source(src, member, _file_opener(spooled), m.size)
                child.disk = spooled
                try:
                    yield from guarded(read(child, given), child, given)
                finally:
                    os.unlink(spooled)
    except (OSError, tarfile.TarError, BudgetExceeded, EOFError, zipfile.BadZipFile) as exc:
        yield FileDataset(
            name, "tar", None, src.size or 0, [], problem(src.display, f"tar reading stopped after {n:,} members", exc)
        )
    if beyond:
        yield _beyond(src, name, "tar", beyond)


def _beyond(src: Source, name: str, kind: str, count: int) -> FileDataset:
    """The note of an archive whose members beyond :data:`MAX_MEMBERS` were counted, not read."""
    return FileDataset(
        name, kind, None, src.size or 0, [],
        f"{src.shown}: {count:,} members after the first {MAX_MEMBERS:,} were not read (the per-archive member "
        "limit); coverage counts them as too_many_files",
    )  # fmt: skip


def guarded(datasets: Iterator[FileDataset], src: Source, name: str) -> Iterator[FileDataset]:
    """The datasets of one file or member; if its reader fails outright, a note in their place, and the
    archive's other members (the run's other files) are still read."""
    try:
        yield from datasets
    except MemoryError:
        raise  # the reader's process is past its memory limit: its parent says so
    except Exception as exc:  # noqa: BLE001 - one member's failure is a note, not the archive's end
        yield FileDataset(name, "unknown", None, src.size or 0, [], problem(src.display, "cannot read", exc))


def _file_opener(path: Path) -> Callable[[], IO[bytes]]:
    def opener() -> IO[bytes]:
        return io.BufferedReader(io.FileIO(path, "r"))

    return opener


def _spool(fh: IO[bytes], src: Source) -> Path:
    fd, tmp = tempfile.mkstemp(dir=src.spool_dir())
    with os.fdopen(fd, "wb") as out:
        while chunk := fh.read(_COPY):
            src.budget.take(len(chunk))
            out.write(chunk)
            src.budget.check_time()
    return Path(tmp)


def _bomb(src: Source, given: str, why: str) -> FileDataset:
    """The note of a member not read (``given``: its dataset name, archive's included)."""
    return FileDataset(given, "archive_member", None, 0, [], f"{src.shown}: a member {why}")


#: suffixes left out of dataset names: ``people.json.gz`` is ``people``
DATA_SUFFIXES = frozenset(
    {
        ".json", ".jsonl", ".ndjson", ".jsonlines", ".geojson", ".csv", ".tsv", ".parquet", ".pq", ".sqlite",
        ".sqlite3", ".db", ".bson", ".sql", ".dump", ".xlsx", ".xlsm", ".ods", ".gz", ".gzip", ".tgz", ".bz2",
        ".tbz2", ".xz", ".txz", ".zst", ".zstd", ".zip", ".tar", ".bulk",
    }
)  # fmt: skip


def _logical(member: str) -> str:
    p = PurePosixPath(member)
    stem = p.name
    while True:
        suffix = PurePosixPath(stem).suffix.lower()
        if not suffix or suffix not in DATA_SUFFIXES or stem == suffix:
            break
        stem = stem[: -len(suffix)]
    return str(p.parent / stem) if str(p.parent) != "." else stem


logical_name = _logical


def distinct_names(paths: Sequence[tuple[str, ...]], sep: str) -> list[str]:
    """The dataset name of each file, given as its path parts (``("db", "people.csv")``): the parts joined
    by ``sep``, the last one's data suffixes dropped (``db.people``), so that names stay as they always
    were; but every file whose name so made is another's too (``people.csv`` and ``people.jsonl`` in one
    folder) keeps its own full name (``db.people.csv``, ``db.people.jsonl``), so that no two files are one
    dataset, in a report or in the store's history. Full names that are still alike (an archive holding one
    path twice; a folder ``a`` with ``b.csv`` beside a file ``a.b.csv``) are told apart by :func:`numbered`:
    the file with the fewest folders (then the first) keeps the name, the others get ``(2)``, ``(3)``..."""
    short = [sep.join([*p[:-1], _logical(p[-1])]) for p in paths]
    shared = {n for n, c in collections.Counter(short).items() if c > 1}
    full = [sep.join(p) if n in shared else n for p, n in zip(paths, short, strict=True)]
    clash = {n for n, c in collections.Counter(full).items() if c > 1}
    taken = set(full)
    last: dict[str, int] = {}
    for i in sorted((i for i, n in enumerate(full) if n in clash), key=lambda i: (len(paths[i]), i)):
        if full[i] in clash:
            clash.discard(full[i])  # the first of its name keeps it
        else:
            full[i] = numbered(full[i], taken, last)
    return full


class SeenNames:
    """Dataset names of members met one at a time (a tar archive, read in one pass): the logical name,
    or the member's full name when the logical name was already given to an earlier member."""

    def __init__(self) -> None:
        self.given: set[str] = set()
        self.last: dict[str, int] = {}  # for :func:`numbered`

    def name(self, member: str) -> str:
        """The name of ``member``, distinct from the names given before (:func:`distinct_names`'s rule,
        but only the later members of a pair can keep their suffix: the earlier was already read; a full name
        already given, one path twice, is :func:`numbered`)."""
        n = _logical(member)
        if n in self.given:
            n = member
        if n in self.given:
            return numbered(n, self.given, self.last)
        self.given.add(n)
        return n
