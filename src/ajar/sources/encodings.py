"""Text in UTF-16 (R3-5): Windows PowerShell's ``>`` and ``Out-File``, Excel's "Unicode Text",
``bcp -w``; and in UTF-32 (``iconv -t UTF-32``, Python's ``encode("utf-32")``, some Java and .NET exports).
A byte-order mark, or the NULs that ASCII text in these encodings has (every other byte in UTF-16, three
bytes of four in UTF-32), decides the encoding before the format is sniffed; the file is then read as the
same text in UTF-8, like its UTF-8 twin. Undecodable units are replaced (U+FFFD), never fatal.
"""

from __future__ import annotations

import codecs
import io
from typing import IO

from ajar.sources.base import REPLACE, Source

__all__ = ["text_codec", "transcoded_source", "utf16", "utf32"]

#: bytes of the head looked at
_LOOK = 1024
#: share of the head's code units that must be text (printable or whitespace) for the head to be UTF-16 text
_TEXT_SHARE = 0.9


def _text_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for c in text if c.isprintable() or c in "\t\r\n") / len(text)


def utf16(head: bytes) -> str | None:
    """The codec of a UTF-16 text head (``utf-16`` with a mark, ``utf-16-le`` / ``-be`` without), or None."""
    look = head[:_LOOK]
    if look[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        candidates = ["utf-16"]
    elif len(look) >= 16:
        even, odd = look[0::2], look[1::2]
        if odd.count(0) >= 0.7 * len(odd) and even.count(0) <= 0.1 * len(even):
            candidates = ["utf-16-le"]
        elif even.count(0) >= 0.7 * len(even) and odd.count(0) <= 0.1 * len(odd):
            candidates = ["utf-16-be"]
        else:
            return None
    else:
        return None
    codec = candidates[0]
    body = look[: len(look) - len(look) % 2]
    text = codecs.getincrementaldecoder(codec)("replace").decode(body, final=False)
    return codec if _text_share(text.lstrip("\ufeff")) >= _TEXT_SHARE else None


def utf32(head: bytes) -> str | None:
    """The codec of a UTF-32 text head (``utf-32`` with a mark, ``utf-32-le`` / ``-be`` without), or None.

    Checked before :func:`utf16`: UTF-32-LE's mark ``FF FE 00 00`` begins with UTF-16-LE's."""
    look = head[: _LOOK - _LOOK % 4]
    if look[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
        codec = "utf-32"
    elif len(look) >= 32:
        lanes = [look[i::4] for i in range(4)]
        nuls = [lane.count(0) / len(lane) for lane in lanes]
        if nuls[1] >= 0.9 and nuls[2] >= 0.9 and nuls[3] >= 0.9 and nuls[0] <= 0.1:
            codec = "utf-32-le"
        elif nuls[0] >= 0.9 and nuls[1] >= 0.9 and nuls[2] >= 0.9 and nuls[3] <= 0.1:
            codec = "utf-32-be"
        else:
            return None
    else:
        return None
    text = codecs.getincrementaldecoder(codec)("replace").decode(look, final=False)
    return codec if _text_share(text.lstrip("\ufeff")) >= _TEXT_SHARE else None


def text_codec(head: bytes) -> str | None:
    """The codec of a head of text in UTF-32 or UTF-16 (read through :func:`transcoded_source`), or None."""
    return utf32(head) or utf16(head)


class _Transcoded(io.RawIOBase):
    """The UTF-8 bytes of a UTF-16 or UTF-32 stream, decoded as it is read. The mark at the very start of the file
    is dropped by the codec (``utf-16``, ``utf-32``: a file without one is read as ``-le`` or ``-be``, and does
    not begin with one); a U+FEFF anywhere else is text, kept wherever a read of the stream begins. One right after
    the mark is given after a UTF-8 mark: a UTF-8 reader takes the U+FEFF its text begins with for its file's mark."""

    def __init__(self, raw: IO[bytes], codec: str) -> None:
        self._raw = raw
        self._dec = codecs.getincrementaldecoder(codec)(REPLACE)
        self._buf = b""
        self._eof = False
        self._start = codec in ("utf-16", "utf-32")  # the codec drops the mark: the text may begin with a U+FEFF

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buf and not self._eof:
            chunk = self._raw.read(1 << 16)
            self._eof = not chunk
            text = self._dec.decode(chunk, final=self._eof)
            if self._start and text:
                self._start = False
                text = "\ufeff" + text if text[0] == "\ufeff" else text  # the mark, then the text's own
            self._buf = text.encode("utf-8", "surrogatepass") if text else b""
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def transcoded_source(src: Source, codec: str) -> Source:
    """``src`` (in UTF-16 or UTF-32, ``codec``) read as UTF-8 text."""

    def opener() -> IO[bytes]:
        return io.BufferedReader(_Transcoded(src.open(), codec), buffer_size=1 << 16)

    label = "UTF-32" if "32" in codec else "UTF-16"
    return Source(
        f"{src.display} ({label})", opener, src.budget, size=src.size, spool_dir=src.spool_dir, depth=src.depth
    )  # its size: the bytes the target holds (in UTF-16 or UTF-32), not the UTF-8 read
