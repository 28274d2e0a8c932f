"""What the command line reads and writes: target lists, stored reports, report outputs.

Everything here runs before any traffic, and fails with a :class:`~ajar.errors.UsageError`
that names the problem and the fix:

* :func:`read_text` reads a target list or a stored report (``-`` is stdin), bounded in bytes,
  refusing what is not a regular file (``/dev/zero``, a FIFO that would hang, a directory), a
  file with NUL bytes, and text that is not UTF-8 (the message gives the line).
* :func:`plan_outputs` turns every ``-o`` into an :class:`Output` (``-`` is stdout), with a
  format taken from the extension (``.json``, ``.md``, ``.html``, ``.csv``, ``.txt`` for letters,
  ``.sarif``, ``.jsonl``), or from ``--format`` for ``-`` and other extensions, and checks that
  each can be written, without creating or truncating anything yet.
* :class:`JsonlStream` writes one line per service the moment it is finished, for every
  ``jsonl`` output; :func:`write_outputs` writes the others once the report is complete (or
  partial, after Ctrl-C).
* :func:`guard_stdout` makes a standard output closed by its reader (``ajar scan -o - | head -1``)
  no error: what would have gone there is dropped, and the command goes on and exits as its outcome
  says (the findings for ``scan`` and ``report``, 0 for a listing), never 1 (a finding) or 3 (a bug),
  and never 141: the reader chose to read less, which says nothing about the estate audited, and
  a 141 would fail a ``set -o pipefail`` gate that only looked at the head. The scan's other ``-o``
  files and its record in the store are written in full.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

from ajar.errors import ConfigError, UsageError
from ajar.models import Report, Service
from ajar.report import FORMATS, render
from ajar.report.jsonl import incomplete_line, service_line

#: A target list larger than this is refused (a million targets fit in ~30 MB).
MAX_TARGET_LIST = 64 * 1024 * 1024
#: A stored report larger than this is refused.
MAX_REPORT = 512 * 1024 * 1024

#: Extension → format of an ``-o`` file.
EXTENSIONS = {
    ".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv",
    ".txt": "letter", ".letter": "letter", ".sarif": "sarif", ".jsonl": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip


def read_text(path: str, what: str, flag: str, limit: int) -> str:
    """The UTF-8 text of ``path`` (``-``: standard input), at most ``limit`` bytes.

    ``what`` names the file in messages (``target list``), ``flag`` the option that gave it.
    """
    shown = "standard input" if path == "-" else path
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            raise UsageError(f"{what} {shown} does not exist; check the path given to {flag}") from None
        except OSError as e:
            raise UsageError(f"{what} {shown} cannot be read ({e.strerror}); check the path given to {flag}") from None
        if stat.S_ISDIR(st.st_mode):
            raise UsageError(f"{what} {shown} is a directory; {flag} takes a file")
        if not stat.S_ISREG(st.st_mode):
            raise UsageError(f"{what} {shown} is not a regular file (a device, FIFO or socket); "
                             f"give {flag} a file, or - to read standard input")  # fmt: skip
        try:
            with open(path, "rb") as f:
                data = f.read(limit + 1)
        except OSError as e:
            raise UsageError(f"{what} {shown} cannot be read ({e.strerror}); check its permissions") from None
    if len(data) > limit:
        raise UsageError(f"{what} {shown} is larger than {limit // (1024 * 1024)} MiB; split it")
    if b"\x00" in data:
        raise UsageError(f"{what} {shown} holds NUL bytes: it is not a text file; give {flag} a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise UsageError(f"{what} {shown} is not UTF-8 text (line {line}); save it as UTF-8") from None


def read_target_list(path: str) -> list[str]:
    """Targets of an ``-iL`` file (``-``: standard input), one per line, ``#`` comments; never empty."""
    text = read_text(path, "target list", "-iL", MAX_TARGET_LIST).removeprefix("\ufeff")  # Windows tools' BOM
    targets = [ln.split("#", 1)[0].strip() for ln in text.splitlines()]
    targets = [t for t in targets if t]
    if not targets:
        shown = "standard input" if path == "-" else path
        raise UsageError(f"target list {shown} holds no target (only blank lines or comments); "
                         "put one address, CIDR, URI or path per line")  # fmt: skip
    return targets


@dataclass(frozen=True)
class Output:
    """One ``-o``: where (``-`` is standard output) and in which format."""

    path: str
    fmt: str

    @property
    def stdout(self) -> bool:
        """True when the report goes to standard output."""
        return self.path == "-"


def plan_outputs(paths: list[str], fmt: str | None, default: str = "json") -> list[Output]:
    """Every ``-o`` with its format; raise :class:`ConfigError` for one that cannot be written.

    A known extension decides its file's format; ``--format`` (``fmt``) decides for ``-`` and
    for any other extension, and for the one file when a single ``-o`` is given with it; without
    it ``-`` is ``default`` and an unknown extension is an error.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    outs: list[Output] = []
    for p in paths:
        if p == "-":
            outs.append(Output("-", fmt or default))
            continue
        ext = Path(p).suffix.lower()
        chosen = fmt if (fmt and len(paths) == 1) else EXTENSIONS.get(ext) or fmt
        if chosen is None:
            known = ", ".join(sorted(EXTENSIONS))
            raise ConfigError(f"-o {p}: cannot tell the report format from {ext or 'no extension'!r}; "
                              f"use one of {known}, or give --format")  # fmt: skip
        _check_writable(p)
        outs.append(Output(p, chosen))
    if sum(o.stdout for o in outs) > 1:
        raise ConfigError("-o - is given more than once: standard output can hold one report")
    if len({os.path.realpath(o.path) for o in outs if not o.stdout}) < sum(not o.stdout for o in outs):
        raise ConfigError("the same file is given to -o twice; give each report its own file")
    return outs


def _check_writable(path: str) -> None:
    p = Path(path)
    if p.is_dir():
        raise ConfigError(f"-o {path} is a directory; give a file name, e.g. {p / 'report.json'}")
    if p.exists():
        if not os.access(p, os.W_OK):
            raise ConfigError(f"-o {path} cannot be written (permission denied); choose another file")
        return
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise ConfigError(f"-o {path}: the folder {parent} does not exist; create it or choose another path")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(f"-o {path}: the folder {parent} cannot be written (permission denied)")


class JsonlStream:
    """Writes one JSON line per finished service to every ``jsonl`` output, flushed at once."""

    def __init__(self, outputs: list[Output]) -> None:
        self.files: list[IO[str]] = []
        for o in outputs:
            if o.fmt == "jsonl":
                self.files.append(sys.stdout if o.stdout else open(o.path, "w", encoding="utf-8"))  # noqa: SIM115

    def service(self, svc: Service) -> None:
        """Append ``svc`` (already sealed by the pipeline) as one line."""
        line = service_line(svc)
        for f in self.files:
            f.write(line)
            f.flush()

    def close(self, incomplete: str | None = None) -> None:
        """Close the files (never standard output), after the ``{"incomplete": ...}`` line of a scan that
        did not finish (``incomplete``: the report's own, why and how to finish it)."""
        for f in self.files:
            if incomplete:
                f.write(incomplete_line(incomplete))
                f.flush()
            if f is not sys.stdout:
                f.close()
        self.files = []


class ReaderGoneStdout(io.TextIOBase):
    """Standard output that a reader closing its end cannot break.

    Every write and flush goes to ``real``; the first that fails with ``EPIPE`` points the descriptor at
    ``/dev/null`` (so what ``real`` still buffers is flushed there at exit, not reported as an error) and
    every later one is dropped. Any other error (a full disk) is raised as it is.
    """

    def __init__(self, real: TextIO) -> None:
        super().__init__()
        self.real = real
        #: True once the reader closed its end.
        self.reader_gone = False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        """The encoding of the real standard output."""
        return self.real.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        """The error handler of the real standard output."""
        return self.real.errors

    def writable(self) -> bool:
        """Always true: a write after the reader left is dropped, not refused."""
        return True

    def isatty(self) -> bool:
        """Whether the real standard output is a terminal."""
        return self.real.isatty()

    def fileno(self) -> int:
        """The real standard output's descriptor."""
        return self.real.fileno()

    def write(self, text: str) -> int:
        """Write ``text`` (dropped once the reader is gone); its length."""
        if not self.reader_gone:
            try:
                self.real.write(text)
            except OSError as e:
                self._failed(e)
        return len(text)

    def flush(self) -> None:
        """Flush the real standard output (nothing once the reader is gone)."""
        if not self.reader_gone:
            try:
                self.real.flush()
            except OSError as e:
                self._failed(e)

    def _failed(self, e: OSError) -> None:
        if e.errno != errno.EPIPE:
            raise e
        self.reader_gone = True
        try:
            null = os.open(os.devnull, os.O_WRONLY)
        except OSError:
            return
        try:
            os.dup2(null, self.real.fileno())
        except (OSError, ValueError):
            pass  # no descriptor (an embedding's stream): what it buffers stays there
        finally:
            os.close(null)


def guard_stdout() -> None:
    """Make ``sys.stdout`` a :class:`ReaderGoneStdout` (idempotent; the command line runs it first)."""
    if not isinstance(sys.stdout, ReaderGoneStdout) and sys.stdout is not None:
        sys.stdout = ReaderGoneStdout(sys.stdout)


def write_outputs(report: Report, outputs: list[Output]) -> dict[Output, str]:
    """Write every non-streamed output; return each output that failed with its problem (never raises).

    Keyed by the :class:`Output` itself, never matched by its path in a message: ``r.json`` is a part of
    ``rr.json``'s problem, and ``plan_outputs`` already refused two outputs resolving to one file.
    """
    problems: dict[Output, str] = {}
    for o in outputs:
        if o.fmt == "jsonl":
            continue  # written line by line while the scan ran
        try:
            text = render(report, o.fmt)
            if o.stdout:
                sys.stdout.write(text)
                sys.stdout.flush()
            else:
                Path(o.path).write_text(text, encoding="utf-8")
        except OSError as e:
            problems[o] = f"cannot write the report to {o.path}: {e.strerror}"
    return problems
