"""Bytes made text: the encoding of a file, or of a feed's lines, found with care.

* A byte-order mark decides (UTF-8, UTF-16, UTF-32); UTF-16 without one is
  recognised by its high bytes (one alphabet's text); otherwise UTF-8, and
  Windows-1256 only when the bytes read as Arabic in it and hold no UTF-8
  text beside it (two encodings in one file).  Anything else is an error
  that names ``--encoding``, never text decoded into the wrong alphabet.
* A PDF, an office document, an archive, compressed data, an image or a
  program is named as such, whatever the encoding asked for; other binary
  data is refused from its first bytes (:func:`refuse_binary`).
* A feed (JSON Lines) is decoded a line at a time (:func:`text_lines`): its
  first bytes decide its encoding as a file's do, and a line that cannot be
  decoded is reported with its number, the next lines read on.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from ..types import display_text

#: Bytes looked at to tell text from binary data (a NUL byte in them is
#: binary, unless they are UTF-16 or UTF-32).
HEAD = 8192

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: The byte order each wide byte-order mark stands for (UTF-32's first: it opens as UTF-16's LE mark does).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE = ("utf-16", "utf-32")
#: The opening bytes of formats that are not text (a regular expression), what
#: they are, and what to do.
_FORMATS = (
    (re.escape(b"%PDF-"), "a PDF document", "extract its text first (for example with pdftotext)"),
    (re.escape(b"PK\x03\x04"), "a ZIP archive (as .docx, .odt and .epub files are)", "save the report as text or HTML"),
    (re.escape(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "a Microsoft Office document (.doc)", "save it as text or HTML"),
    (re.escape(b"{\\rtf"), "an RTF document", "save it as text or HTML"),
    (re.escape(b"\x1f\x8b"), "compressed (gzip)", "decompress it first"),
    (b"BZh[1-9](?:1AY&SY|\x17rE8P\x90)", "compressed (bzip2)", "decompress it first"),
    (re.escape(b"\xfd7zXZ\x00"), "compressed (xz)", "decompress it first"),
    (re.escape(b"(\xb5/\xfd"), "compressed (zstd)", "decompress it first"),
    (re.escape(b"7z\xbc\xaf\x27\x1c"), "a 7-Zip archive", "extract the report first"),
    (re.escape(b"Rar!\x1a\x07"), "a RAR archive", "extract the report first"),
    (re.escape(b"\x89PNG\r\n\x1a\n"), "an image (PNG)", "give the report's text"),
    (re.escape(b"\xff\xd8\xff"), "an image (JPEG)", "give the report's text"),
    (re.escape(b"GIF8"), "an image (GIF)", "give the report's text"),
    # Linux (ELF), macOS (Mach-O, 32 and 64 bits, either order; a universal
    # binary or a Java class) and Windows (MZ, then a NUL no text has there)
    (
        rb"\x7fELF|\xfe\xed\xfa[\xce\xcf]|[\xce\xcf]\xfa\xed\xfe|\xca\xfe\xba\xbe|MZ[\x00-\xff]\x00",
        "a program",
        "give the report's text",
    ),
)
#: Latin letters with an accent (à, é, ï: Windows-1256 has a few) per Arabic
#: letter that Arabic in Windows-1256 may hold (see :func:`_reads_as_arabic`).
MAX_ACCENTED = 0.05
#: Three characters in a row of valid UTF-8 beyond ASCII: a word of UTF-8
#: text.  In Windows-1256 Arabic, a letter is a UTF-8 lead byte and the
#: Arabic comma, semicolon, question mark and quotes are continuation bytes,
#: so one such character comes by chance ("ة،" is U+0261); two in a row came
#: in none of the 608 Arabic texts of the shared data (seeds, EASC,
#: MultiLing, UD PUD) written in Windows-1256, each had 0 to 42 alone.
_UTF8_WORD = re.compile(rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}){3}")


def codec_name(encoding: str) -> str:
    """The codec ``encoding`` names (``cp1256``, ``UTF-8``, ``latin-1``).

    Raises:
        InputError: when it names none.
    """
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r} (for example utf-8, cp1256, cp1252, latin-1)") from None
    # base64, hex, zlib, rot13 turn bytes into bytes or text into text: no
    # character encoding; "undefined" refuses every byte by design
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        raise InputError(
            f"{encoding!r} is no text encoding (a file's encoding is, for example, utf-8, cp1256, cp1252 or latin-1)"
        )
    return info.name


def decode(data: bytes, *, name: str = "<input>", encoding: str | None = None) -> str:
    """Decode ``data`` (see the module docstring).

    Raises:
        InputError: for binary data, an unknown encoding, or bytes that are
            neither UTF-8 nor Arabic Windows-1256 (naming ``--encoding``).
    """
    codec = None if encoding is None else codec_name(encoding)
    try:
        refuse_binary(data, codec)
        if codec is not None:
            return _strip_bom(_named(data, encoding or codec, codec))
        return _detected(data)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None


def refuse_binary(data: bytes, codec: str | None = None) -> None:
    """An error when ``data`` (a file's first bytes will do) opens as a
    document, archive, image or program does, or is binary: a NUL byte in
    its first :data:`HEAD` bytes, unless it is UTF-16 or UTF-32 (marked,
    named as ``codec``, or recognised).  Any encoding would turn such bytes
    into junk text.

    Raises:
        InputError: saying what the bytes are (without a name).
    """
    for magic, what, advice in _FORMATS:
        if re.match(magic, data[:16]):
            raise InputError(f"is {what}, not text; {advice}")
    head = data[:HEAD]
    if b"\x00" not in head or (codec or "").startswith(_WIDE):
        return
    if codec is None and (any(head.startswith(bom) for bom, _ in _WIDE_BOMS) or _utf16_order(head) is not None):
        return
    raise InputError("looks like a binary file, not text")


def _named(data: bytes, encoding: str, codec: str) -> str:
    """``data`` in the encoding the user named."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding} ({_where(exc)})") from None
    except UnicodeError as exc:  # idna, punycode: an error of their own, without a place
        raise InputError(f"not valid {encoding} ({display_text(str(exc))[:200]})") from None


def _detected(data: bytes) -> str:
    """``data`` in the encoding its bytes show (see the module docstring)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _strip_bom(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise InputError(f"has a {codec} byte-order mark but is not {codec} ({_where(exc)})") from None
    if b"\x00" in data[:HEAD]:
        text = _bare_utf16(data)
        if text is None:
            raise InputError("looks like a binary file, not text")
        return text
    return _utf8_or_arabic(data)


def _bare_utf16(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 without a byte-order mark when it reads so
    (:func:`_utf16_order`, an even length, no control character), else ``None``."""
    order = _utf16_order(data)
    if order is None or len(data) % 2:
        return None
    try:
        text = data.decode(order)
    except UnicodeDecodeError:
        return None
    return None if _controls(text) else text


def _utf8_or_arabic(data: bytes) -> str:
    """``data`` as UTF-8, else as Windows-1256 when it reads as Arabic in it
    and holds no word of UTF-8 (two encodings in one file)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        error = exc
    word = _UTF8_WORD.search(data)
    if word is not None:
        raise InputError(_not_quite_utf8(data, error, word.start()))
    text = data.decode("cp1256", errors="replace")
    if _reads_as_arabic(text):
        return text
    letters = [ch for ch in text[:100_000] if ch.isalpha()]
    if letters and sum("\u0600" <= ch <= "\u06ff" for ch in letters) >= 0.5 * len(letters):
        hint = "--encoding cp1256 if it is Arabic"  # too few letters to tell by alef and lam
    else:
        hint = "for example --encoding cp1252, latin-1 or koi8-r"
    raise InputError(f"not UTF-8 ({_where(error)}) and not Arabic Windows-1256; pass --encoding ({hint})")


#: A file of UTF-8 text with at most this many bytes that are not UTF-8
#: is damaged UTF-8, not two encodings: a paragraph in another encoding
#: gives a bad sequence every few letters.
DAMAGED = 3


def _not_quite_utf8(data: bytes, error: UnicodeDecodeError, utf8_at: int) -> str:
    """Why ``data``, UTF-8 text at ``utf8_at`` that does not decode, is
    refused: cut short inside a character, a few damaged bytes, or two
    encodings (then another encoding read over the whole would garble
    the UTF-8 part: the advice is to save it in one)."""
    if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
        return f"not UTF-8: it ends inside a character ({_where(error)}): was it cut short?"
    bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    if bad <= DAMAGED:
        return (
            f"UTF-8 but for {bad} byte sequence{'s' if bad > 1 else ''} ({_where(error)}): damaged? "
            "save it again as UTF-8 (another --encoding would garble the rest)"
        )
    return (
        f"not UTF-8 ({_where(error)}) though it holds UTF-8 text (at offset {utf8_at}): two encodings "
        "in one file? save it in one, or pass --encoding (for example --encoding cp1256 or latin-1)"
    )


def _utf16_order(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` opens as UTF-16
    without a byte-order mark does: in that byte order the high bytes of its
    first units take at most two values, one of them zero (spaces, digits
    and punctuation), as text in one alphabet does (Latin, Arabic, Cyrillic,
    Greek, Hebrew, Devanagari), and they decode with no control character
    but white space.  Anything else (an image, an archive, text written
    without spaces) is no such text: ``None``."""
    head = data[:HEAD]
    head = head[: len(head) - len(head) % 2]
    for codec, high in (("utf-16-le", 1), ("utf-16-be", 0)):
        counts: dict[int, int] = {}
        for b in head[high::2]:
            counts[b] = counts.get(b, 0) + 1
        top = sorted(counts, key=counts.__getitem__, reverse=True)[:2]
        if 0 not in top or sum(counts[b] for b in top) < 0.98 * (len(head) // 2):
            continue
        try:  # the head may end inside a surrogate pair: not final
            text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if not _controls(text):
            return codec
    return None


def _controls(text: str) -> bool:
    """Whether ``text`` holds a control character other than white space."""
    return any(ch < " " and ch not in "\t\n\r\f" for ch in text)


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _where(exc: UnicodeDecodeError) -> str:
    return f"byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"


def _reads_as_arabic(text: str) -> bool:
    """Whether ``text`` (bytes decoded as Windows-1256) is Arabic: most of
    its letters Arabic, bare alef and lam common among them (22-32% of
    the letters of every Arabic text in the shared data; 0-3% in Russian,
    German or French bytes decoded this way, which also give Arabic
    letters), and hardly a Latin letter with an accent beside them (at most
    0.11% of the Arabic letters in the 608 Arabic texts of the shared data;
    75% or more in its Greek and Hebrew reports in their Windows code
    pages, 54 of which passed the other two tests)."""
    letters = [ch for ch in text[:100_000] if ch.isalpha()]
    arabic = [ch for ch in letters if "\u0600" <= ch <= "\u06ff"]
    if not letters or len(arabic) < 0.5 * len(letters):
        return False
    accented = sum("\u00c0" <= ch <= "\u00ff" for ch in letters)
    return sum(ch in "ال" for ch in arabic) >= 0.12 * len(arabic) and accented <= MAX_ACCENTED * len(arabic)


# -- a feed's lines ------------------------------------------------------------------------------


def text_lines(
    stream: BinaryIO, name: str, *, encoding: str | None = None, max_line: int
) -> Iterator[tuple[int, str | InputError, int]]:
    """``(line number, its text or the InputError saying why not, its
    bytes)`` for each line of ``stream``, read as it comes.  The first
    line decides the encoding: ``encoding`` when given, else a byte-order
    mark, else UTF-16 by its bytes (:func:`_utf16_order`), else each line is
    UTF-8, or Windows-1256 when it reads as Arabic.  A line longer than
    ``max_line`` bytes is an error, read to its end and not kept.

    Raises:
        InputError: for an unknown encoding, or when reading fails.
    """
    codec = None if encoding is None else codec_name(encoding)
    first = _readline(stream, name, max_line + 1)
    wide = _wide_codec(first, codec)
    if wide is not None:
        raws = _wide_lines(stream, name, first, "\n".encode(wide), max_line)
    else:
        raws = _narrow_lines(stream, name, first, max_line)
    for n, (raw, size) in enumerate(raws, 1):
        if raw is None:
            yield n, InputError(f"longer than {max_line >> 20} MB"), size
            continue
        try:
            if wide is not None:
                text = raw.decode(wide)
            elif codec is not None:
                text = _named(raw, encoding or codec, codec)
            else:
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = _utf8_or_arabic(raw)  # Windows-1256 Arabic, else refused
                    codec = "cp1256"  # one line read so: the feed is in it from here on
        except UnicodeDecodeError as exc:
            yield n, InputError(f"not valid {wide} ({_where(exc)})"), size
        except InputError as exc:
            yield n, exc, size
        else:
            yield n, _strip_bom(text), size  # every line's: feeds are joined with cat


def _wide_codec(first: bytes, codec: str | None) -> str | None:
    """The UTF-16 or UTF-32 codec of one byte order that a feed opening with
    ``first`` is in (``codec`` named, a byte-order mark, the bytes of
    UTF-16), else ``None``."""
    if codec is not None and not codec.startswith(_WIDE):
        return None
    for bom, ordered in _WIDE_BOMS:
        if first.startswith(bom) and (codec is None or ordered.startswith(codec)):
            return ordered
    if codec is not None:  # "utf-16" without a mark: the machine's order, as Python reads it
        return codec if codec.endswith(("-le", "-be")) else f"{codec}-{sys.byteorder[0]}e"
    return _utf16_order(first) if b"\x00" in first else None


def _readline(stream: BinaryIO, name: str, size: int) -> bytes:
    try:
        return stream.readline(size)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def _narrow_lines(stream: BinaryIO, name: str, first: bytes, max_line: int) -> Iterator[tuple[bytes | None, int]]:
    """``(line, its size)`` for each line ending in a ``\\n`` byte, ``(None,
    size)`` for one longer than ``max_line``; blank lines included."""
    raw = first
    while raw:
        if len(raw) > max_line and not raw.endswith(b"\n"):  # too long: skip to its end, keeping nothing
            size = len(raw)
            while True:
                rest = _readline(stream, name, 1 << 16)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None, size
        else:
            yield raw, len(raw)
        raw = _readline(stream, name, max_line + 1)


def _wide_lines(
    stream: BinaryIO, name: str, first: bytes, newline: bytes, max_line: int
) -> Iterator[tuple[bytes | None, int]]:
    """As :func:`_narrow_lines`, for lines ending in ``newline`` (``\\n`` in
    UTF-16 or UTF-32) where it starts a character (``\\n\\x00`` also ends
    one character and opens the next: U+0A0D, U+0041 in UTF-16-LE)."""
    width = len(newline)
    pending = bytearray(first)
    begin = search = dropped = 0  # the line's start in pending, where to look on, its bytes left out
    while True:
        end = pending.find(newline, search)
        while end >= 0 and (end - begin) % width:
            end = pending.find(newline, end + 1)
        if end >= 0:
            cut = end + width
            size = dropped + cut - begin
            yield (None, size) if size > max_line else (bytes(pending[begin:cut]), size)
            begin = search = cut
            dropped = 0
            continue
        if dropped + len(pending) - begin > max_line:  # too long: keep its last, unfinished character only
            drop = (len(pending) - begin) - (len(pending) - begin) % width
            dropped += drop
            begin += drop
        del pending[:begin]
        search = len(pending) - len(pending) % width
        begin = 0
        chunk = _readline(stream, name, 1 << 16)
        if not chunk:
            if pending or dropped:
                size = dropped + len(pending)
                yield (None, size) if size > max_line else (bytes(pending), size)
            return
        pending += chunk
