"""What every file reader shares: the dataset it yields, the reservoir, the byte and time budget, the source.

A :class:`Source` is one file's bytes, wherever they live: a file on disk, a member of an
archive, the output of a decompressor. Readers never see where; they call
:meth:`Source.open` for a stream (as often as they need: each call starts again) or
:meth:`Source.path` when a library needs a real file (SQLite, Parquet, spreadsheets), which
spools a member to a private temporary directory, never next to the evidence.

Every byte that comes out of a decompressor or an archive is counted against one
:class:`Budget` per top-level file: a total-bytes cap, a decompression-ratio cap and a
deadline. Crossing any of them raises :class:`BudgetExceeded`, which the reader turns into
a note on the dataset (a bomb is a note, not an outage).
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import fcntl
import io
import itertools
import json
import os
import random
import re
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Protocol

from ajar.models import Record
from ajar.names import theirs

__all__ = [
    "cut_short",
    "json_cells",
    "numbered",
    "MAX_DIGITS",
    "MAX_ELEMENT",
    "MAX_RATIO",
    "MAX_UNPACKED",
    "REPLACE",
    "BadRecords",
    "Budget",
    "Head",
    "BudgetExceeded",
    "FileDataset",
    "Reservoir",
    "SkipReason",
    "Source",
    "big_int",
    "lines",
    "open_regular",
    "problem",
    "replaced",
]

#: Records read per dataset at most; the sample is drawn from these (``files.MAX_SCAN`` overrides).
MAX_SCAN = 100_000
#: One JSON element, JSON line, SQL statement or BSON document may be at most this many bytes.
MAX_ELEMENT = 32 << 20
#: Bytes one top-level file may expand to, across all its compressed layers and archive members.
MAX_UNPACKED = 1 << 30
#: Output bytes per input byte a decompressor may give (beyond the first :data:`RATIO_SLACK`).
MAX_RATIO = 200
RATIO_SLACK = 1 << 20
#: Archives inside archives are opened this deep at most.
MAX_NESTING = 3
#: One value kept in a sample is cut to this many bytes (characters for text).
MAX_VALUE = 64 << 10
#: Containers nested deeper than this inside one record are dropped from the sample.
MAX_DEPTH = 64
_COPY = 1 << 16
#: Digits of an integer parsed as a number; a longer one stays text (Python refuses to convert it).
MAX_DIGITS = 4000
#: Problems with single records named in notes, per dataset; the rest are counted.
NOTED = 3

#: The error handler that replaces undecodable bytes with U+FFFD and counts them (:func:`replaced`).
REPLACE = "ajar.replace"
_replaced = threading.local()


def _count_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _replaced.n = replaced() + (exc.end - exc.start)
    return "\ufffd", exc.end


codecs.register_error(REPLACE, _count_replace)


def replaced() -> int:
    """Bytes this thread has replaced with U+FFFD so far (compare before and after a decode)."""
    return int(getattr(_replaced, "n", 0))


def big_int(text: str) -> int | str:
    """An integer literal as a number, or as text when it has more than :data:`MAX_DIGITS` digits."""
    return int(text) if len(text) <= MAX_DIGITS else text


_LINE_CHUNK = 1 << 20
#: Bytes read to judge a file's shape (its first lines) at most, however long those lines are.
LOOK_BYTES = 256 << 20


class Readable(Protocol):
    """Anything with a binary ``read``."""

    def read(self, n: int = -1, /) -> bytes: ...


class Head:
    """The first ``n`` bytes of a stream, then end of file: a look at a file's start stays bounded."""

    def __init__(self, fh: Readable, n: int = LOOK_BYTES) -> None:
        self.fh, self.left = fh, n

    def read(self, n: int = -1, /) -> bytes:
        return self._take(self.fh.read, n)

    def read1(self, n: int = -1, /) -> bytes:
        """At most one read of the stream below where it buffers (:func:`lines` reads so): what a truncated
        compressed stream decompressed before its cut is given before the error, not dropped with it."""
        return self._take(getattr(self.fh, "read1", self.fh.read), n)

    def _take(self, read: Callable[[int], bytes], n: int) -> bytes:
        if self.left <= 0:
            return b""
        data = read(self.left if n < 0 else min(n, self.left))
        self.left -= len(data)
        return data


def lines(fh: Readable, budget: Budget, limit: int = MAX_ELEMENT, sep: bytes = b"\n") -> Iterator[bytes | None]:
    """The lines of a binary stream (each with its ``sep``), none longer than ``limit`` bytes.

    A longer line is consumed in pieces, never held, and given as None: the reader notes it and
    reads on. Read in chunks (a skipped line of gigabytes costs a scan for its end, bounded by
    the time budget), not with ``readline(limit)``, which is slow over long lines.
    """
    parts: list[bytes] = []
    held = 0
    skipping = False
    # one raw read at a time where the stream buffers: a buffered read of 1 MiB that meets a truncated
    # compressed stream drops what it had decompressed before the error (a .csv.gz cut short lost every row)
    read = getattr(fh, "read1", fh.read)
    while True:
        chunk = read(_LINE_CHUNK)
        if not chunk:
            if skipping:
                yield None
            elif held:
                yield b"".join(parts)
            return
        budget.check_time()
        pos = 0
        while (i := chunk.find(sep, pos)) >= 0:
            if skipping or held + i + 1 - pos > limit:
                yield None
            elif parts:
                parts.append(chunk[pos : i + 1])
                yield b"".join(parts)
            else:
                yield chunk[pos : i + 1]
            parts, held, skipping = [], 0, False
            pos = i + 1
        if pos < len(chunk) and not skipping:
            held += len(chunk) - pos
            if held > limit:
                parts, held, skipping = [], 0, True
            else:
                parts.append(chunk[pos:])


def text_lines(src: Source, bad: BadRecords) -> Iterator[tuple[int, str | None]]:
    """A text file's lines, numbered from 1: UTF-8 (bad bytes replaced), the file's BOM dropped, each with its line
    end.

    A line longer than :data:`MAX_ELEMENT` is None: skipped unread (:func:`lines`) and noted in ``bad``. The
    time budget is checked every 1,024 lines. The readers of a client's saved output use it (``clientout``,
    ``mongosh``)."""
    with src.open() as raw:
        for lineno, b in enumerate(lines(raw, src.budget), 1):
            if lineno % 1024 == 0:
                src.budget.check_time()
            if b is None:
                bad.add(f"line {lineno:,}", f"longer than {MAX_ELEMENT >> 20} MiB, skipped unread")
                yield lineno, None
                continue
            text = b.decode("utf-8", "replace")
            # the file's mark, once; a U+FEFF that begins a later line (or follows the mark) is the text's own
            yield lineno, text.removeprefix("\ufeff") if lineno == 1 else text


def open_regular(path: Path | str, *, follow: bool = True) -> io.FileIO:
    """A regular file opened read-only without blocking (a FIFO never hangs) and without touching its
    access time; ``follow=False`` refuses a symlink (``ELOOP``). Anything else raises ``OSError``."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | (0 if follow else os.O_NOFOLLOW)
    try:
        fd = os.open(path, flags | getattr(os, "O_NOATIME", 0))
    except PermissionError:
        fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(errno.EINVAL, "not a regular file")
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    except BaseException:
        os.close(fd)
        raise
    return io.FileIO(fd, "r", closefd=True)


class BadRecords:
    """Records that could not be read, as notes: where each was (line, row, element), never what it held.

    The first :data:`NOTED` are named one by one, the rest counted by :meth:`notes`.
    """

    def __init__(self, unit: str = "records") -> None:
        self.unit = unit
        self.count = 0
        self.named: list[str] = []

    def add(self, where: str, why: str) -> None:
        """Note one bad record: ``where`` like ``line 7``, ``why`` naming the problem, never a value."""
        self.count += 1
        if self.count <= NOTED:
            self.named.append(f"{where}: {why}")

    def notes(self) -> list[str]:
        """The notes for the dataset."""
        more = [f"{self.count:,} {self.unit} in all could not be read"] if self.count > NOTED else []
        return [*self.named, *more]


class SkipReason(StrEnum):
    """Why a file or archive member was not read: the report counts each."""

    NOT_REGULAR = "not_a_regular_file"  # FIFO, device, socket, or a symlink to one
    OUTSIDE = "link_outside_target"  # a symlink leading out of the directory that was named
    UNSUPPORTED = "unsupported_format"
    TOO_DEEP = "too_deep"  # below the directory depth limit, or archives nested too deep
    HIDDEN = "hidden"  # dot-files and dot-directories
    METADATA = "dump_metadata"  # mongodump's *.metadata.json beside the .bson, mysqldump --tab's t.sql
    UNSAFE_MEMBER = "unsafe_member_path"  # an archive member named ``../x`` or ``/x``
    ENCRYPTED = "encrypted_member"
    BUDGET = "byte_budget_exceeded"  # decompression ratio, total bytes or element size
    UNREADABLE = "unreadable"  # permission denied, I/O error, or listing failed
    TOO_MANY = "too_many_files"
    LOOP = "symlink_loop"
    SAME_FILE = "same_file"  # a second name (a symlink, a hard link) of a file or folder read under its own
    OVER_LIMIT = "datasets_over_limit"  # the run's datasets-per-service bound was reached
    READER_FAILED = "reader_failed"  # the reader failed outright (an internal error), not a budget
    READER_CRASHED = "reader_crashed"  # the reader child was ended by a signal (a native parser aborted)
    READER_TIMEOUT = "reader_timeout"  # the reader child overran the file's deadline and was stopped


class BudgetExceeded(Exception):  # noqa: N818 - a condition, not an error of ajar's
    """A byte or time budget ran out; the message says which, never a value."""


@dataclass
class Budget:
    """Bytes and time one top-level file may cost. Shared by every layer and member of it."""

    max_bytes: int = MAX_UNPACKED
    max_ratio: int = MAX_RATIO
    seconds: float = 30.0
    unpacked: int = 0
    started: float = field(default_factory=time.monotonic)
    depth: int = 0

    @property
    def deadline(self) -> float:
        """The monotonic time after which reading stops."""
        return self.started + self.seconds

    def check_time(self) -> None:
        """Raise :class:`BudgetExceeded` once the deadline is past."""
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(f"time budget of {self.seconds:g} s ran out")

    def take(self, n: int) -> None:
        """Count ``n`` more unpacked bytes; raise when the total cap is crossed."""
        self.unpacked += n
        if self.unpacked > self.max_bytes:
            raise BudgetExceeded(f"expands beyond the {self.max_bytes >> 20} MiB unpacked-bytes budget")


class Corrupt(OSError):
    """A compressed stream or archive member that cannot be decompressed further."""


class Counted(io.RawIOBase):
    """A decompressor's output, counted against the budget and against its input (ratio cap)."""

    def __init__(self, out: IO[bytes], inp: Counter | None, budget: Budget, what: str) -> None:
        self.out, self.inp, self.budget, self.what = out, inp, budget, what
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        try:
            data = self.out.read(min(len(view), _COPY))
        except BudgetExceeded:
            raise
        except Exception as exc:  # noqa: BLE001 - zlib.error, EOFError, LZMAError, ZstdError, BadZipFile...
            # a corrupt or truncated stream is an I/O problem of this source: readers keep what they read
            raise Corrupt(errno.EIO, f"{self.what} is corrupt or truncated ({type(exc).__name__})") from None
        n = len(data)
        view[:n] = data
        self.given += n
        self.budget.take(n)
        if (
            self.inp is not None
            and self.given > RATIO_SLACK
            and self.given > self.budget.max_ratio * max(1, self.inp.n)
        ):
            raise BudgetExceeded(f"{self.what} expands more than {self.budget.max_ratio}:1 (a decompression bomb?)")
        return n

    def close(self) -> None:
        try:
            self.out.close()
        finally:
            super().close()


class Counter(io.RawIOBase):
    """Counts the compressed bytes a decompressor consumed (the ratio's denominator)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.n = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        data = self.raw.read(len(view))
        view[: len(data)] = data
        self.n += len(data)
        return len(data)

    def close(self) -> None:
        try:
            self.raw.close()
        finally:
            super().close()


class Source:
    """One file's bytes and its display name, from disk or from inside an archive.

    ``opener`` gives a fresh binary stream each call. ``disk`` is the file on disk when the
    bytes are a plain file there (SQLite then opens it in place, immutable and read-only). ``size`` is
    the bytes the target holds, before any decompression or transcoding (a file's size on disk; a
    ZIP member's compressed size; a tar member's size in the tar): a layer read from a source
    (gzip, UTF-16 read as UTF-8) keeps its source's; it is each dataset's ``size_bytes``.
    ``spool_dir`` gives the private temporary directory of the top-level file; ``depth``
    counts the archives this source is inside. ``notes`` is where a layer says what its reading
    met (trailing garbage after a gzip, bzip2 or xz stream): each dataset read from the source carries them.
    """

    def __init__(
        self,
        display: str,
        opener: Callable[[], IO[bytes]],
        budget: Budget,
        *,
        disk: Path | None = None,
        size: int | None = None,
        spool_dir: Callable[[], Path],
        depth: int = 0,
        notes: list[str] | None = None,
    ) -> None:
        self.display = display
        self.notes = notes if notes is not None else []
        self._opener = opener
        self.budget = budget
        self.disk = disk
        self.size = size
        self.spool_dir = spool_dir
        self.depth = depth
        self._spooled: Path | None = None

    @property
    def shown(self) -> str:
        """The display name as an error or a note may say it: the target's names in it masked
        (:func:`ajar.names.theirs`)."""
        return theirs(self.display)

    def open(self) -> IO[bytes]:
        """A new binary stream over the whole source."""
        return self._opener()

    def path(self) -> Path:
        """A real file holding the bytes: the file itself, or a spooled copy (bounded by the budget)."""
        if self.disk is not None:
            return self.disk
        if self._spooled is None:
            fd, name = tempfile.mkstemp(dir=self.spool_dir())
            with os.fdopen(fd, "wb") as out, self.open() as inp:
                while chunk := inp.read(_COPY):
                    out.write(chunk)
                    self.budget.check_time()
            self._spooled = Path(name)
        return self._spooled

    def release(self) -> None:
        """Delete the spooled copy, if any."""
        if self._spooled is not None:
            self._spooled.unlink(missing_ok=True)
            self._spooled = None


class SpoolDir:
    """A private temporary directory, made on first use and removed with everything in it.

    ``parent`` (when given) is a private directory to make it in, itself made on first use (mode 0700)
    and refused unless it is a directory of this user's that is not a link (its name is random)."""

    def __init__(self, parent: str | None = None) -> None:
        self._path: Path | None = None
        self._parent = parent

    def __call__(self) -> Path:
        if self._path is None:
            if self._parent is not None:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(self._parent, 0o700)
                st = os.lstat(self._parent)
                if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid() or st.st_mode & 0o077:
                    raise OSError(errno.EPERM, "the spool directory is not ajar's own")
            self._path = Path(tempfile.mkdtemp(prefix="ajar-spool-", dir=self._parent))
        return self._path

    def remove(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None


@dataclass
class FileDataset:
    """One dataset read from a local file: its name, format, counts and a sample of records.

    ``sample`` holds raw values (in memory only); ``error`` says, without any value, why the
    file could not be read (fully), or is None; ``notes`` say how it was read when that is
    not obvious (a ``.json`` read as JSON Lines), never a value.
    """

    name: str
    kind: str
    records: int | None
    size_bytes: int  # the bytes the target holds, before decompression or transcoding (Source.size)
    sample: list[Record] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    #: what a reader child's handler made of this dataset (``read_path(..., jobs=N, handle=...)``); the
    #: sample is then left in the child (empty here). None: not handled yet.
    handled: Any = None

    def __post_init__(self) -> None:
        # a file name that is not UTF-8 (an old share, a tar member) is read by its bytes and shown with U+FFFD
        self.name = shown(self.name)
        self.error = shown(self.error) if self.error is not None else None
        self.notes = [shown(n) for n in self.notes]

    def __repr__(self) -> str:  # never show the sample
        return (
            f"FileDataset(name={self.name!r}, kind={self.kind!r}, records={self.records}, "
            f"size_bytes={self.size_bytes}, sampled={len(self.sample)}, error={self.error!r})"
        )


def shown(text: str) -> str:
    """``text`` with the bytes a file name held that were not UTF-8 (surrogate escapes) shown as U+FFFD."""
    return _ESCAPES.sub("\ufffd", text)


_ESCAPES = re.compile("[\ud800-\udfff]")


def _key(key: str) -> str:
    key = key[:256]
    return key if key.isascii() and type(key) is str else _ESCAPES.sub("\ufffd", key)


def _text(value: str, budget: list[int] | None = None) -> str:
    value = value if len(value) <= MAX_VALUE else value[:MAX_VALUE]
    if budget is not None:
        budget[1] -= len(value)
        if budget[1] < 0:
            value = value[: max(0, budget[1] + len(value))]
    if value.isascii() and type(value) is str:  # no surrogate: nothing to replace (most text; O(1))
        return value
    return _ESCAPES.sub("\ufffd", value)  # a lone surrogate (JSON's "\ud800") cannot be written anywhere


#: values :func:`cut` keeps as they are (taken in place inside objects and arrays, without a call each)
_PLAIN = frozenset({int, float, bool, type(None)})


#: values one kept record holds at most, counted by container, and characters of text: three JSON lines
#: of 4 million short strings each (20 MB, under the line bound) kept whole ran the reader out of memory,
#: and so did twelve lines of 480 values of 60 KB
MAX_RECORD_VALUES = 200_000
MAX_RECORD_TEXT = 4 << 20


def cut(value: Any, depth: int = 0, budget: list[int] | None = None) -> Any:
    """A value bounded in bytes and depth: text and bytes cut to :data:`MAX_VALUE`, keys to 256
    characters, containers walked to :data:`MAX_DEPTH` levels (deeper ones are dropped), the items
    of its containers to :data:`MAX_RECORD_VALUES` in all (those after are left out) and its text to
    :data:`MAX_RECORD_TEXT` characters (text after that is empty); a lone surrogate in text or a key
    becomes U+FFFD."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bytes | bytearray):
        return bytes(value[:MAX_VALUE])
    if isinstance(value, dict | list) and depth >= MAX_DEPTH:
        return None
    if budget is None:
        budget = [MAX_RECORD_VALUES, MAX_RECORD_TEXT]
    if isinstance(value, dict):
        left = budget[0]
        budget[0] -= len(value)
        out = {}
        for k, v in (value.items() if len(value) <= left else itertools.islice(value.items(), max(left, 0))):
            t = type(v)
            out[_key(k) if isinstance(k, str) else k] = (
                v if t in _PLAIN else _text(v, budget) if t is str else cut(v, depth + 1, budget)
            )
        return out
    if isinstance(value, list):
        left = budget[0]
        budget[0] -= len(value)
        return [v if type(v) in _PLAIN else _text(v, budget) if type(v) is str else cut(v, depth + 1, budget)
                for v in (value if len(value) <= left else value[: max(left, 0)])]
    return value


class Reservoir:
    """Uniform reservoir sample (Algorithm R) over at most ``max_scan`` items, seeded so runs repeat."""

    def __init__(self, size: int, seed: str, max_scan: int) -> None:
        self.size = max(0, size)
        self.items: list[Record] = []
        self.seen = 0
        self.max_scan = max_scan
        self.rng = random.Random(seed.encode("utf-8", "surrogatepass"))

    @property
    def full(self) -> bool:
        """True once ``max_scan`` records were read."""
        return self.seen >= self.max_scan

    def offer(self, data: Any, meta: dict[str, Any] | None = None) -> None:
        """Count one record; keep it with the reservoir's probability."""
        self.seen += 1
        if len(self.items) < self.size:
            j = len(self.items)
        else:
            j = self.rng.randrange(self.seen)
            if j >= self.size:
                return
        if not isinstance(data, dict):
            data = {"value": data}
        rec = Record(cut(data), meta)
        if j == len(self.items):
            self.items.append(rec)
        else:
            self.items[j] = rec


#: a sampled cell read as the JSON it holds: shorter than this (a cell cut at :data:`MAX_VALUE` is no whole JSON) ...
JSON_CELL_MAX = MAX_VALUE
#: ... and with at most this many opening brackets (so at most this deep), counted before it is parsed
JSON_CELL_BRACKETS = 1024
_JSON_ENDS = {"{": "}", "[": "]"}


def json_cells(ds: FileDataset) -> None:
    """Read the cells of ``ds``'s sample that hold a JSON object or array as text as the JSON they hold, in place
    (a JSON column kept as text: SQLite's ``JSON`` type, Django's and Rails' JSON fields, a CSV or Parquet column,
    a JSON Lines field holding an API payload as a string): ``data`` = ``'{"email": ...}'`` becomes the fields
    ``data.email``..., as a SQL dump's ``json``/``jsonb`` column is. Only a record's own cells (its top-level
    values), only a text that starts and ends as a non-empty object or array does, and bounded before it is
    parsed: shorter than :data:`JSON_CELL_MAX`, at most :data:`JSON_CELL_BRACKETS` opening brackets; the value
    parsed is cut as every value read is (:func:`cut`). A cell that starts and ends so but is not read (invalid
    JSON, too long, too deep), or starts so and was cut at :data:`MAX_VALUE`, stays text, and a note counts such
    cells; the rest of the record is read."""
    bad = 0
    for rec in ds.sample:
        budget = [MAX_RECORD_VALUES, MAX_RECORD_TEXT]  # one for the record's cells together, as for a record read
        for key, value in rec.data.items():
            if type(value) is not str or value[:1] not in _JSON_ENDS:
                continue
            if value.rstrip()[-1:] != _JSON_ENDS[value[0]] and len(value) < JSON_CELL_MAX:
                continue  # text that only starts as JSON does (a cell cut at MAX_VALUE may have been JSON: too long)
            parsed = _json_cell(value)
            if parsed is None:
                bad += 1
            elif parsed:
                rec.data[key] = cut(parsed, 1, budget)
    if bad:
        ds.notes.append(f"{bad:,} cell{'s' if bad > 1 else ''} that look{'' if bad > 1 else 's'} like JSON text "
                        f"left as text (not JSON, or {JSON_CELL_MAX >> 10} KiB or longer, or more than "
                        f"{JSON_CELL_BRACKETS:,} brackets)")


def _json_cell(value: str) -> Any:
    """The object or array a cell's text holds, or None when it is not read (see :func:`json_cells`)."""
    if len(value) >= JSON_CELL_MAX or value.count("{") + value.count("[") > JSON_CELL_BRACKETS:
        return None
    try:
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, dict | list) else None


def numbered(name: str, taken: set[str], last: dict[str, int], form: str = "{} ({})") -> str:
    """``name (2)`` (or ``(3)``..., as ``form`` writes a name and its number): the first not in ``taken``, which
    it is added to. A dataset's name that is already another's (a dump can hold one path twice, ajar's own dots and
    slashes can join two paths into one name), a field's name repeated in a header. ``last`` holds the number each
    name was last given, where the search starts again (``taken`` only grows, so the numbers below it are still
    taken): one name met 10,000 times is numbered in linear time (from 2 each time, it took 8 s)."""
    k = last.get(name, 1) + 1
    while (out := form.format(name, k)) in taken:
        k += 1
    taken.add(out)
    last[name] = k
    return out


def field_names(row: list[str]) -> list[str]:
    """Field names from a header's cells: an empty cell is ``column<n>``, a repeated name ``<name>_<k>``
    (``nome``, ``nome_2``: a record keeps both columns), the first number no other cell holds, so two columns
    never share a name (``x``, ``x_3``, ``x`` is ``x``, ``x_3``, ``x_2``). A CSV's and a drawn table's header."""
    out: list[str] = []
    seen: set[str] = set()
    last: dict[str, int] = {}  # (from _2 each time, a header of one name 10,000 times took seconds: quadratic)
    for i, cell in enumerate(row):
        name = cell.strip()[:256] or f"column{i + 1}"
        if name in seen:
            name = numbered(name, seen, last, "{}_{}")
        seen.add(name)
        out.append(name)
    return out


def cut_short(records: int) -> str:
    """The note of a file cut short (a compressed stream or a document that ends early) whose records read up to
    the cut are counted: its ``records`` is a lower bound."""
    return f"cut short: the {records:,} records read up to the cut are counted, a lower bound of what it held"


def problem(where: str, what: str, exc: BaseException) -> str:
    """An error message naming the file (its names masked: :func:`ajar.names.theirs`) and the kind of
    problem, never a value."""
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    if isinstance(exc, json.JSONDecodeError):
        detail = f"invalid JSON at line {exc.lineno:,} column {exc.colno:,}"
    elif isinstance(exc, UnicodeDecodeError):
        detail = f"undecodable bytes at offset {exc.start:,}"
    elif isinstance(exc, BudgetExceeded):
        detail = str(exc)
    return f"{theirs(where)}: {what} ({detail})"
