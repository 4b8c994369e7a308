"""Reading text: bounded on every kind of input, decoded with care.

* Bounded: files, standard input, pipes, FIFOs and devices are read in
  chunks and refused past :data:`MAX_BYTES` (a file's stated size is not
  trusted: it is 0 for a pipe or ``/dev/zero``).  A FIFO with no writer
  does not hang silently: after a second a note on stderr says what it is
  waiting for.
* Decoded with care: a byte-order mark decides (UTF-8, UTF-16, UTF-32);
  UTF-16 without one is recognised by its high bytes (one alphabet's text);
  otherwise UTF-8, and Windows-1256 only when the bytes read as Arabic in
  it.  Anything else is an error that names ``--encoding``, never text
  decoded into the wrong alphabet.  A PDF, an office document, an archive,
  compressed data, an image or a program is named as such, whatever the
  encoding asked for.
* Folders: their text files, sorted; symbolic links and anything that is
  not a regular file are passed over and listed, not followed.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..types import display_text

#: Inputs larger than this are refused (a brief of a 200 MB file is a mistake).
MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
#: Bytes read at a time.
CHUNK = 1 << 16
#: Seconds to wait on a FIFO before saying so on stderr.
FIFO_NOTICE = 1.0
#: An argument that is a web address, not a path.
_WEB_ADDRESS = re.compile(r"(?i)(https?|ftp)://")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
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
    (re.escape(b"\x7fELF"), "a program", "give the report's text"),
)


def _mb(n: int) -> str:
    return f"{n // (1024 * 1024)} MB"


def read_stream(stream: BinaryIO, *, name: str, limit: int = MAX_BYTES) -> bytes:
    """All of ``stream``, refused once it passes ``limit`` bytes.

    Raises:
        InputError: past the limit, or when reading fails.
    """
    parts: list[bytes] = []
    size = 0
    try:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise InputError(f"{name}: more than {_mb(limit)}; refusing to read on (split it, or summarise a part)")
            if not parts and b"\x00" * 64 in chunk:  # /dev/zero, an image, an archive: stop at once
                raise InputError(f"{name}: looks like a binary file, not text")
            parts.append(chunk)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return b"".join(parts)


def _open(path: Path) -> BinaryIO:
    """Open ``path`` for reading; a FIFO that has no writer yet gets a note on stderr."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISFIFO(mode):
        return path.open("rb")
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["file"] = path.open("rb")
        except OSError as exc:
            box["error"] = exc

    opener = threading.Thread(target=target, daemon=True)
    opener.start()
    opener.join(FIFO_NOTICE)
    if opener.is_alive():
        sys.stderr.write(f"summarizer: waiting for a writer on the FIFO {display_text(str(path))} (Ctrl-C to stop)\n")
        while opener.is_alive():
            opener.join(0.2)
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["file"]  # type: ignore[return-value]


def read_bytes(path: str | os.PathLike, *, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the file, pipe, FIFO or device at ``path``, at most ``limit``.

    Raises:
        InputError: missing, a folder, unreadable, or too large.
    """
    p = Path(path)
    try:
        with _open(p) as f:
            return read_stream(f, name=str(p), limit=limit)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None


def read_stdin(*, encoding: str | None = None, limit: int = MAX_BYTES) -> str:
    """Standard input, bounded and decoded (a note on stderr when it is a terminal)."""
    if sys.stdin is None:
        raise InputError("<stdin>: there is no standard input")
    if sys.stdin.isatty():
        sys.stderr.write("summarizer: reading the report from the terminal; end it with Ctrl-D\n")
    return decode(read_stream(sys.stdin.buffer, name="<stdin>", limit=limit), name="<stdin>", encoding=encoding)


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
    _refuse_other_formats(data, name)
    if encoding is not None:
        codec = codec_name(encoding)
        if not codec.startswith(_WIDE) and b"\x00" in data[:8192]:
            raise InputError(f"{name}: looks like a binary file, not text")
        try:
            return _strip_bom(data.decode(codec))
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} ({_where(exc)})") from None
        except UnicodeError as exc:  # idna, punycode: an error of their own, without a place
            raise InputError(f"{name}: not valid {encoding} ({display_text(str(exc))[:200]})") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _strip_bom(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: has a {codec} byte-order mark but is not {codec} ({_where(exc)})") from None
    if b"\x00" in data[:8192]:
        wide = _bare_utf16(data)
        if wide is None:
            raise InputError(f"{name}: looks like a binary file, not text")
        return wide
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        error = exc
    text = data.decode("cp1256", errors="replace")
    if _reads_as_arabic(text):
        return text
    raise InputError(
        f"{name}: not UTF-8 ({_where(error)}) and not Arabic Windows-1256; "
        "pass --encoding (for example --encoding cp1252, latin-1 or koi8-r)"
    )


def _refuse_other_formats(data: bytes, name: str) -> None:
    """An error naming the format when ``data`` opens as a document, archive,
    image or program does (any encoding would turn it into junk text)."""
    for magic, what, advice in _FORMATS:
        if re.match(magic, data[:16]):
            raise InputError(f"{name}: is {what}, not text; {advice}")


def _bare_utf16(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 without a byte-order mark, when it reads so:
    an even length, and in either byte order the high bytes of its first
    units take at most two values, one of them zero (spaces, digits and
    punctuation), as text in one alphabet does (Latin, Arabic, Cyrillic,
    Greek, Hebrew, Devanagari), with no control character but white space.
    Anything else (an image, an archive, text written without spaces) is no
    such text: ``None``."""
    if len(data) % 2:
        return None
    head = data[:8192]
    for codec, high in (("utf-16-le", 1), ("utf-16-be", 0)):
        counts: dict[int, int] = {}
        for b in head[high::2]:
            counts[b] = counts.get(b, 0) + 1
        top = sorted(counts, key=counts.__getitem__, reverse=True)[:2]
        if 0 not in top or sum(counts[b] for b in top) < 0.98 * (len(head) // 2):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not any(ch < " " and ch not in "\t\n\r\f" for ch in text):
            return text
    return None


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _where(exc: UnicodeDecodeError) -> str:
    return f"byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"


def _reads_as_arabic(text: str) -> bool:
    """Whether ``text`` (bytes decoded as Windows-1256) is Arabic: most of
    its letters Arabic, and bare alef and lam common among them (22-32% of
    the letters of every Arabic text in the shared data; 0-3% in Russian,
    German or French bytes decoded this way, which also give Arabic letters)."""
    letters = [ch for ch in text[:100_000] if ch.isalpha()]
    arabic = [ch for ch in letters if "\u0600" <= ch <= "\u06ff"]
    if not letters or len(arabic) < 0.5 * len(letters):
        return False
    return sum(ch in "ال" for ch in arabic) >= 0.12 * len(arabic)


def read_text(path: str | os.PathLike, *, encoding: str | None = None) -> str:
    """Read one file as text (see :func:`read_bytes` and :func:`decode`)."""
    return decode(read_bytes(path), name=str(path), encoding=encoding)


def expand_paths(paths: Iterable[str | os.PathLike], skipped: list[tuple[str, str]] | None = None) -> list[Path]:
    """Turn files and folders into a list of files to read.

    A folder contributes its ``*.txt``/``*.text``/``*.md`` files and saved pages (``*.html``, ``*.htm``; not
    recursively), sorted by name.  Inside a folder, symbolic links and
    anything that is not a regular file are passed over, with the reason
    appended to ``skipped`` when given; a path named directly is read as it is.

    Raises:
        InputError: for a missing path, an unreadable folder, or a folder without text files.
    """
    files: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            try:
                entries = sorted(p.iterdir())
            except OSError as exc:
                raise InputError(f"{p}: cannot list the folder ({exc.strerror or exc})") from None
            found = []
            for f in entries:
                if f.suffix.lower() not in TEXT_SUFFIXES:
                    continue
                try:
                    mode = f.lstat().st_mode
                except OSError as exc:
                    reason = f"cannot read ({exc.strerror or exc})"
                else:
                    if stat.S_ISREG(mode):
                        found.append(f)
                        continue
                    reason = "a symbolic link, not followed" if stat.S_ISLNK(mode) else "not a regular file"
                if skipped is not None:
                    skipped.append((str(f), reason))
            if not found:
                raise InputError(f"{p}: folder has no text files ({', '.join(TEXT_SUFFIXES)})")
            files.extend(found)
        elif p.exists() or p.is_symlink():
            files.append(p)
        elif _WEB_ADDRESS.match(str(item)):
            raise InputError(
                f"{item}: is a web address; summarizer reads files (save the page as .html and give its path)"
            )
        else:
            raise InputError(f"{p}: no such file or folder")
    return files
